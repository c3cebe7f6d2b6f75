/* sc-sqlite.h - connection helpers shared by the database files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "sc-error.h"

G_BEGIN_DECLS

/* "Shcf" in the SQLite header marks a Shopcraft database. */
#define SC_DATABASE_APPLICATION_ID 0x53686366

/* Busy timeout of every connection, in milliseconds, unless
 * SHOPCRAFT_BUSY_TIMEOUT_MS says otherwise (tests use a short one). */
#define SC_SQLITE_DEFAULT_BUSY_TIMEOUT 5000

/* What a file is to the user: it decides the "next step" of a message. */
typedef enum
{
  SC_SQLITE_ROLE_DATABASE,  /* the user's own database */
  SC_SQLITE_ROLE_CANDIDATE, /* a file offered to --restore */
  SC_SQLITE_ROLE_COPY,      /* a backup being written */
  SC_SQLITE_ROLE_CACHE,     /* made again from the course: the search store */
} ScSqliteRole;

typedef enum
{
  SC_SQLITE_OPEN_DEFAULT  = 0,
  SC_SQLITE_OPEN_CREATE   = 1 << 0,
  SC_SQLITE_OPEN_READONLY = 1 << 1,
} ScSqliteOpenFlags;

sqlite3  *sc_sqlite_open              (const char         *path,
                                       ScSqliteOpenFlags   flags,
                                       ScSqliteRole        role,
                                       GError            **error);
void      sc_sqlite_close             (sqlite3            *db);
int       sc_sqlite_get_busy_timeout  (void);
void      sc_sqlite_fail              (GError            **error,
                                       ScError             code,
                                       ScSqliteRole        role,
                                       const char         *cause);
void      sc_sqlite_set_error         (GError            **error,
                                       sqlite3            *db,
                                       int                 rc,
                                       const char         *path,
                                       ScSqliteRole        role);
gboolean  sc_sqlite_exec              (sqlite3            *db,
                                       const char         *sql,
                                       const char         *path,
                                       ScSqliteRole        role,
                                       GError            **error);
gboolean  sc_sqlite_query_int         (sqlite3            *db,
                                       const char         *sql,
                                       int                *out_value,
                                       int                *out_rc);
char     *sc_sqlite_query_text        (sqlite3            *db,
                                       const char         *sql);
gboolean  sc_sqlite_ensure_folder     (const char         *dir,
                                       ScSqliteRole        role,
                                       GError            **error);
gboolean  sc_sqlite_check_plain_file  (const char         *path,
                                       ScSqliteRole        role,
                                       GError            **error);
guint     sc_sqlite_remove_stale_scratch (const char      *dir,
                                          gint64           max_age_seconds);
gboolean  sc_sqlite_check_header      (const char         *path,
                                       ScSqliteRole        role,
                                       GError            **error);
gboolean  sc_sqlite_probe             (sqlite3            *db,
                                       const char         *path,
                                       ScSqliteRole        role,
                                       int                 latest_version,
                                       int                *out_version,
                                       GError            **error);
gboolean  sc_sqlite_quick_check       (sqlite3            *db,
                                       const char         *path,
                                       ScSqliteRole        role,
                                       GError            **error);
gboolean  sc_sqlite_copy              (sqlite3            *source,
                                       const char         *source_path,
                                       ScSqliteRole        source_role,
                                       sqlite3            *dest,
                                       const char         *dest_path,
                                       ScSqliteRole        dest_role,
                                       GError            **error);
gboolean  sc_sqlite_fs_magic_is_network (guint32           magic);
gboolean  sc_sqlite_dir_is_network    (const char         *dir);
void      sc_sqlite_set_fs_magic_for_testing (guint32      magic);

G_END_DECLS
