/* sc-course-reader.h - a course folder into an ScCourse, or every reason why not
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-course.h"
#include "sc-course-checks.h"
#include "sc-course-index-stream.h"
#include "sc-course-problems.h"

G_BEGIN_DECLS

void      sc_course_reader_init  (void);
char     *sc_course_resolve_dir  (const char        *option_dir,
                                  const char        *course_id);
ScCourse *sc_course_load         (const char        *dir,
                                  ScCourseProblems  *problems,
                                  GError           **error);
ScCourse *sc_course_load_checked (const char        *dir,
                                  ScCourseChecks    *checks,
                                  ScCourseProblems  *problems,
                                  GError           **error);
ScCourse *sc_course_load_indexed (const char           *dir,
                                  ScCourseChecks       *checks,
                                  ScCourseIndexStream  *stream,
                                  ScCourseProblems     *problems,
                                  GError              **error);

G_END_DECLS
