/* sc-gift-writer.h - questions to Moodle's GIFT text format
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-course-problems.h"
#include "sc-question.h"

G_BEGIN_DECLS

gboolean  sc_gift_can_write   (const ScQuestion  *question,
                               char             **reason);
char     *sc_gift_write       (GPtrArray         *questions,
                               const char        *file_name,
                               ScCourseProblems  *problems);
gboolean  sc_gift_write_file  (GPtrArray         *questions,
                               const char        *path,
                               ScCourseProblems  *problems,
                               GError           **error);

G_END_DECLS
