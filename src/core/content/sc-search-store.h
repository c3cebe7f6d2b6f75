/* sc-search-store.h - the search index in a file of its own, beside the database
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "sc-database.h"

G_BEGIN_DECLS

#define SC_SEARCH_STORE_FILE_NAME "shopcraft-search.db"

char    *sc_search_store_path        (ScDatabase  *database);
sqlite3 *sc_search_store_open_writer (const char  *path,
                                      GError     **error);
sqlite3 *sc_search_store_open_reader (const char  *path,
                                      GError     **error);
void     sc_search_store_remove      (const char  *path);

G_END_DECLS
