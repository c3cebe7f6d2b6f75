/* sc-moodle-xml-writer.h - questions to Moodle XML, with their files and their HTML as written
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-question.h"

G_BEGIN_DECLS

char     *sc_moodle_xml_write      (GPtrArray   *questions,
                                    guint       *n_skipped);
gboolean  sc_moodle_xml_write_file (const char  *path,
                                    GPtrArray   *questions,
                                    guint       *n_skipped,
                                    GError     **error);

G_END_DECLS
