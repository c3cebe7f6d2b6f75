/* sc-course-problems.h - every problem found in a course, as FILE:LINE: message
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char  *file;    /* relative to the course folder */
  guint  line;    /* 0 when the problem is about the whole file */
  char  *message;
} ScCourseProblem;

typedef struct _ScCourseProblems ScCourseProblems;

ScCourseProblems      *sc_course_problems_new         (void);
void                   sc_course_problems_free        (ScCourseProblems *self);
void                   sc_course_problems_add         (ScCourseProblems *self,
                                                       const char       *file,
                                                       guint             line,
                                                       const char       *format,
                                                       ...) G_GNUC_PRINTF (4, 5);
void                   sc_course_problems_add_literal (ScCourseProblems *self,
                                                       const char       *file,
                                                       guint             line,
                                                       const char       *message);
guint                  sc_course_problems_get_len     (ScCourseProblems *self);
guint                  sc_course_problems_count_file  (ScCourseProblems *self,
                                                       const char       *file);
const ScCourseProblem *sc_course_problems_get         (ScCourseProblems *self,
                                                       guint             index);
GStrv                  sc_course_problems_to_strv     (ScCourseProblems *self);
char                  *sc_course_problem_to_string    (const ScCourseProblem *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCourseProblems, sc_course_problems_free)

G_END_DECLS
