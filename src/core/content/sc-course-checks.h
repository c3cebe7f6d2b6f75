/* sc-course-checks.h - the checks a course passed, kept so an unchanged course is not checked twice
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ScCourseChecks ScCourseChecks;

ScCourseChecks *sc_course_checks_new           (void);
void            sc_course_checks_free          (ScCourseChecks  *self);
gboolean        sc_course_checks_read          (ScCourseChecks  *self,
                                                const char      *path,
                                                GError         **error);
gboolean        sc_course_checks_write         (ScCourseChecks  *self,
                                                const char      *path,
                                                GError         **error);
gboolean        sc_course_checks_get_changed   (ScCourseChecks  *self);
guint           sc_course_checks_get_n_passed  (ScCourseChecks  *self);
guint           sc_course_checks_get_n_reused  (ScCourseChecks  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScCourseChecks, sc_course_checks_free)

G_END_DECLS
