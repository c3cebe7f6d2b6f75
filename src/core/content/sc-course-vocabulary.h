/* sc-course-vocabulary.h - the elements of the course format and the structural pass
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "sc-course-problems.h"

G_BEGIN_DECLS

typedef enum
{
  SC_COURSE_FILE_COURSE,    /* course.xml, root <course> */
  SC_COURSE_FILE_GLOSSARY,  /* root <glossary> */
  SC_COURSE_FILE_LESSON,    /* lessons/…, root <lesson> */
  SC_COURSE_FILE_QUIZ,      /* quizzes/…, root <quiz> */
} ScCourseFileKind;

#define SC_LESSON_MAX_MINUTES 600
#define SC_QUIZ_MAX_ATTEMPTS  100
#define SC_QUIZ_MAX_DRAW      1000

gboolean sc_course_vocabulary_check (xmlDoc           *doc,
                                     ScCourseFileKind  kind,
                                     const char       *file,
                                     ScCourseProblems *problems);

G_END_DECLS
