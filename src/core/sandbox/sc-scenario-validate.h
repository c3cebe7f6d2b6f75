/* sc-scenario-validate.h - `--validate-course` for a course's scenarios and the practice blocks naming them
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-course.h"
#include "sc-course-problems.h"

G_BEGIN_DECLS

void sc_scenario_validate_course  (ScCourse         *course,
                                   ScCourseProblems *problems);
int  sc_scenario_validate_command (const char       *dir);

G_END_DECLS
