/* sc-course-backstop.h - the RELAX NG backstop of a course's files, on a thread of its own
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-course-problems.h"

G_BEGIN_DECLS

typedef struct _ScCourseBackstop ScCourseBackstop;

/* Frees a validated document; data is what was given with it. */
typedef void (*ScCourseBackstopRelease) (xmlDoc   *doc,
                                         gpointer  data);

ScCourseBackstop *sc_course_backstop_new    (void);
void              sc_course_backstop_push   (ScCourseBackstop        *self,
                                             xmlDoc                  *doc,
                                             const char              *file,
                                             ScCourseBackstopRelease  release,
                                             gpointer                 release_data);
void              sc_course_backstop_finish (ScCourseBackstop *self,
                                             ScCourseProblems *problems);

G_END_DECLS
