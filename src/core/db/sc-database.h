/* sc-database.h - the learner's local database
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "sc-sqlite.h"
#include "sc-types.h"

G_BEGIN_DECLS

#define SC_DATABASE_FILE_NAME   "shopcraft.db"
/* Written when a window starts using the database, removed at a clean close. */
#define SC_DATABASE_MARKER_NAME ".running"
/* Scratch files of ScDatabaseStage, beside the database. */
#define SC_DATABASE_STAGE_PREFIX ".stage-"

#define SC_TYPE_DATABASE (sc_database_get_type ())

G_DECLARE_FINAL_TYPE (ScDatabase, sc_database, SC, DATABASE, GObject)

char        *sc_database_resolve_dir        (const char           *override_dir);
ScDatabase  *sc_database_open               (const char           *path,
                                             GError              **error);
ScDatabase  *sc_database_open_in_dir        (const char           *dir,
                                             GError              **error);
gboolean     sc_database_close              (ScDatabase           *self,
                                             GError              **error);
const char  *sc_database_get_path           (ScDatabase           *self);
const char  *sc_database_get_dir            (ScDatabase           *self);
sqlite3     *sc_database_get_handle         (ScDatabase           *self);
int          sc_database_get_schema_version (ScDatabase           *self);
int          sc_database_get_latest_version (void);
const char  *sc_database_get_warning        (ScDatabase           *self);
gboolean     sc_database_is_wal             (ScDatabase           *self);
void         sc_database_set_busy_timeout   (ScDatabase           *self,
                                             int                   msec);
gboolean     sc_database_exec               (ScDatabase           *self,
                                             const char           *sql,
                                             GError              **error);
sqlite3     *sc_database_open_reader        (ScDatabase           *self,
                                             GError              **error);

/* Unclean shutdown (sc-database.c) */
gboolean     sc_database_mark_running       (ScDatabase           *self,
                                             GError              **error);
gboolean     sc_database_was_unclean        (ScDatabase           *self);

/* Integrity (sc-database-check.c) */
void         sc_database_check_async        (ScDatabase           *self,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean     sc_database_check_finish       (ScDatabase           *self,
                                             GAsyncResult         *result,
                                             GError              **error);
char        *sc_database_set_aside          (const char           *path,
                                             GDateTime            *now,
                                             GError              **error);

/* Automatic backups (sc-database-backup.c) */
gboolean     sc_database_backup_daily       (ScDatabase           *self,
                                             GDateTime            *now,
                                             GError              **error);

G_END_DECLS
