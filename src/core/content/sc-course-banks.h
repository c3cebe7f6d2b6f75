/* sc-course-banks.h - a course's questions/FILE.xml stored as question banks of the database
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-course-problems.h"
#include "sc-course.h"
#include "sc-types.h"

G_BEGIN_DECLS

char     *sc_course_dup_bank_name (ScCourse          *course,
                                   const char        *file);
gboolean  sc_course_store_banks   (ScDatabase        *database,
                                   ScCourse          *course,
                                   ScCourseProblems  *problems,
                                   guint             *out_n_stored,
                                   GError           **error);

G_END_DECLS
