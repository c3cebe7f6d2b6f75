/* sc-course-checks-private.h - how the course reader asks for and records checks passed
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-course-checks.h"

G_BEGIN_DECLS

gboolean  sc_course_checks_read_data (ScCourseChecks  *self,
                                      const char      *data,
                                      gsize            length,
                                      const char      *name,
                                      GError         **error);
char     *sc_course_checks_to_data   (ScCourseChecks  *self);

void      sc_course_checks_begin  (ScCourseChecks *self);
char     *sc_course_checks_key    (ScCourseChecks *self,
                                   const char     *check,
                                   GBytes         *first,
                                   GBytes         *second);
gboolean  sc_course_checks_reuse  (ScCourseChecks *self,
                                   const char     *key);
void      sc_course_checks_finish (ScCourseChecks *self,
                                   gboolean        passed);

G_END_DECLS
