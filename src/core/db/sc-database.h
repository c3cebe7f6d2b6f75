/* sc-database.h - the learner's local database
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "sc-types.h"

G_BEGIN_DECLS

/* "Shcf" in the SQLite header marks a Shopcraft database. */
#define SC_DATABASE_APPLICATION_ID 0x53686366
#define SC_DATABASE_FILE_NAME      "shopcraft.db"

#define SC_TYPE_DATABASE (sc_database_get_type ())

G_DECLARE_FINAL_TYPE (ScDatabase, sc_database, SC, DATABASE, GObject)

char        *sc_database_resolve_dir       (const char  *override_dir);
ScDatabase  *sc_database_open              (const char  *path,
                                            GError     **error);
ScDatabase  *sc_database_open_in_dir       (const char  *dir,
                                            GError     **error);
const char  *sc_database_get_path          (ScDatabase  *self);
sqlite3     *sc_database_get_handle        (ScDatabase  *self);
int          sc_database_get_schema_version (ScDatabase *self);
int          sc_database_get_latest_version (void);
gboolean     sc_database_exec              (ScDatabase  *self,
                                            const char  *sql,
                                            GError     **error);

G_END_DECLS
