/* sc-course-validate.h - `shopcraft --validate-course DIR`
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-course.h"
#include "sc-course-problems.h"

G_BEGIN_DECLS

int sc_course_validate_command (const char       *dir);
int sc_course_validate_report  (const char       *dir,
                                ScCourse         *course,
                                ScCourseProblems *problems);

G_END_DECLS
