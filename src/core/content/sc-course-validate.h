/* sc-course-validate.h - `shopcraft --validate-course DIR`
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sc_course_validate_command (const char *dir);

G_END_DECLS
