/* sc-course-schema.h - the RELAX NG backstop for course files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-course-problems.h"

G_BEGIN_DECLS

#define SC_COURSE_SCHEMA_RESOURCE "/core/rng/shopcraft-course.rng"

typedef struct _ScCourseSchema ScCourseSchema;

ScCourseSchema *sc_course_schema_new      (void);
void            sc_course_schema_free     (ScCourseSchema   *self);
gboolean        sc_course_schema_validate (ScCourseSchema   *self,
                                           xmlDoc           *doc,
                                           const char       *file,
                                           ScCourseProblems *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCourseSchema, sc_course_schema_free)

G_END_DECLS
