/* sc-json.h - JSON read back from the database, checked before json-glib sees it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode  *sc_json_parse             (const char  *text,
                                      const char **why);
GPtrArray *sc_json_dup_strings       (const char  *text);
void       sc_json_array_add_strings (JsonArray   *array,
                                      GPtrArray   *strings);

G_END_DECLS
