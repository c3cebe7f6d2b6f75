/* sc-sqlite.c - connection helpers shared by the database files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every connection Shopcraft opens comes from here, so every one gets the
 * same hardening and the same busy timeout, and every failure the same
 * kind of message: the file, the cause, then what to do next (which
 * depends on whether the file is the user's database, a file offered for
 * restore, or a backup being written).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-sqlite.h"

static const char *
next_step (ScError      code,
           ScSqliteRole role)
{
  switch (role)
    {
    case SC_SQLITE_ROLE_CANDIDATE:
      switch (code)
        {
        case SC_ERROR_LOCKED:
          return _("Close the program using it and try again.");
        case SC_ERROR_TOO_NEW:
          return _("Update Shopcraft to restore it; the file was left as it is.");
        case SC_ERROR_FULL:
          return _("Free some disk space and try again.");
        case SC_ERROR_IO:
          return _("Check that the file exists and can be read.");
        default:
          return _("Choose another backup file; this one was left as it is.");
        }

    case SC_SQLITE_ROLE_COPY:
      switch (code)
        {
        case SC_ERROR_FULL:
          return _("Free some disk space, or write the backup to another disk.");
        case SC_ERROR_IO:
          return _("Check the folder’s permissions, or choose another file name.");
        default:
          return _("Try again, or choose another file name.");
        }

    case SC_SQLITE_ROLE_CACHE:
      switch (code)
        {
        case SC_ERROR_FULL:
          return _("Free some disk space; Shopcraft tries again at its next start.");
        case SC_ERROR_IO:
          return _("Check the folder’s permissions; Shopcraft tries again at its next start.");
        default:
          return _("Shopcraft tries again at its next start; nothing of yours is in it.");
        }

    case SC_SQLITE_ROLE_DATABASE:
    default:
      switch (code)
        {
        case SC_ERROR_LOCKED:
          return _("Close other copies of Shopcraft and try again.");
        case SC_ERROR_CORRUPT:
          return _("Restore a backup with --restore FILE, or choose another folder with --data-dir.");
        case SC_ERROR_FOREIGN:
          return _("Move it away, or choose another folder with --data-dir.");
        case SC_ERROR_TOO_NEW:
          return _("Update Shopcraft; the file was left as it is.");
        case SC_ERROR_FULL:
          return _("Free some disk space and try again.");
        case SC_ERROR_IO:
          return _("Choose another folder with --data-dir, or check the folder’s permissions.");
        default:
          return _("Try again; if it keeps failing, restore a backup with --restore FILE.");
        }
    }
}

/**
 * sc_sqlite_fail:
 * @cause: one translated sentence naming the file and what is wrong
 *
 * Sets @error to @cause followed by the next step for @code and @role, on
 * one line.
 */
void
sc_sqlite_fail (GError       **error,
                ScError        code,
                ScSqliteRole   role,
                const char    *cause)
{
  g_autofree char *message = g_strdup_printf ("%s %s", cause, next_step (code, role));
  g_autofree char *valid = NULL;

  /* File names are bytes: keep the message UTF-8 whatever they hold. */
  valid = g_utf8_make_valid (message, -1);
  g_set_error_literal (error, SC_ERROR, code, valid);
}

void
sc_sqlite_set_error (GError       **error,
                     sqlite3       *db,
                     int            rc,
                     const char    *path,
                     ScSqliteRole   role)
{
  g_autofree char *detail = NULL;
  g_autofree char *cause = NULL;
  ScError code;

  /* SQLite quotes bytes of the file in some messages: keep them UTF-8. */
  detail = g_utf8_make_valid (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc), -1);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = SC_ERROR_LOCKED;
      cause = g_strdup_printf (_("%s is in use by another program (%s)."), path, detail);
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      code = SC_ERROR_CORRUPT;
      cause = g_strdup_printf (_("%s is damaged or is not a database (%s)."), path, detail);
      break;

    case SQLITE_FULL:
      code = SC_ERROR_FULL;
      cause = g_strdup_printf (_("%s cannot grow: the disk is full (%s)."), path, detail);
      break;

    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_IOERR:
      code = SC_ERROR_IO;
      if (role == SC_SQLITE_ROLE_CANDIDATE)
        cause = g_strdup_printf (_("%s cannot be read (%s)."), path, detail);
      else
        cause = g_strdup_printf (_("%s cannot be opened for writing (%s)."), path, detail);
      break;

    default:
      code = SC_ERROR_FAILED;
      cause = g_strdup_printf (_("%s could not be used (%s)."), path, detail);
    }

  sc_sqlite_fail (error, code, role, cause);
}

int
sc_sqlite_get_busy_timeout (void)
{
  const char *env = g_getenv ("SHOPCRAFT_BUSY_TIMEOUT_MS");
  guint64 value;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 0, G_MAXINT, &value, NULL))
    return (int) value;

  return SC_SQLITE_DEFAULT_BUSY_TIMEOUT;
}

/**
 * sc_sqlite_open:
 *
 * Opens a connection with the settings every Shopcraft connection has:
 * extended result codes, the busy timeout, defensive mode (no SQL may
 * deliberately corrupt the file), no extension loading, and symbolic
 * links refused. Nothing is read yet.
 *
 * Returns: (transfer full) (nullable): the connection; close it with
 *   sc_sqlite_close() on the thread that opened it.
 */
sqlite3 *
sc_sqlite_open (const char         *path,
                ScSqliteOpenFlags   flags,
                ScSqliteRole        role,
                GError            **error)
{
  sqlite3 *db = NULL;
  int oflags = SQLITE_OPEN_NOFOLLOW;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (flags & SC_SQLITE_OPEN_READONLY)
    oflags |= SQLITE_OPEN_READONLY;
  else
    oflags |= SQLITE_OPEN_READWRITE;
  if (flags & SC_SQLITE_OPEN_CREATE)
    oflags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (path, &db, oflags, NULL);
  if (rc != SQLITE_OK)
    {
      sc_sqlite_set_error (error, db, rc, path, role);
      sqlite3_close_v2 (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, sc_sqlite_get_busy_timeout ());
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);

  return db;
}

void
sc_sqlite_close (sqlite3 *db)
{
  /* _v2 never fails: a statement left unfinalized only delays the close. */
  if (db != NULL)
    sqlite3_close_v2 (db);
}

gboolean
sc_sqlite_exec (sqlite3       *db,
                const char    *sql,
                const char    *path,
                ScSqliteRole   role,
                GError       **error)
{
  int rc;

  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sc_sqlite_set_error (error, db, rc, path, role);
      return FALSE;
    }

  return TRUE;
}

gboolean
sc_sqlite_query_int (sqlite3    *db,
                     const char *sql,
                     int        *out_value,
                     int        *out_rc)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out_value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  if (out_rc != NULL)
    *out_rc = rc;

  return rc == SQLITE_OK;
}

/**
 * sc_sqlite_query_text:
 *
 * Returns: (transfer full) (nullable): the first column of the first row,
 *   or %NULL when there is none or the query fails.
 */
char *
sc_sqlite_query_text (sqlite3    *db,
                      const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW &&
      sqlite3_column_text (stmt, 0) != NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

/**
 * sc_sqlite_probe:
 * @latest_version: the newest schema this build knows
 * @out_version: (out): the file's `user_version`
 *
 * Reads the schema, the application id and the schema version: the first
 * read of a file, which fails cleanly on a file that is not a database.
 * For %SC_SQLITE_ROLE_DATABASE an empty file passes as a new database;
 * any other file must carry Shopcraft's application id.
 */
gboolean
sc_sqlite_probe (sqlite3       *db,
                 const char    *path,
                 ScSqliteRole   role,
                 int            latest_version,
                 int           *out_version,
                 GError       **error)
{
  g_autofree char *cause = NULL;
  int n_objects = 0;
  int app_id = 0;
  int version = 0;
  int rc;

  if (!sc_sqlite_query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &rc) ||
      !sc_sqlite_query_int (db, "PRAGMA application_id", &app_id, &rc) ||
      !sc_sqlite_query_int (db, "PRAGMA user_version", &version, &rc))
    {
      sc_sqlite_set_error (error, db, rc, path, role);
      return FALSE;
    }

  /* An empty file is a new database, whatever version its header
   * claims: nothing in it can be lost, and migrating from 0 gives it
   * the tables and the application id. */
  if (role == SC_SQLITE_ROLE_DATABASE && app_id == 0 && n_objects == 0)
    version = 0;
  else if (app_id != SC_DATABASE_APPLICATION_ID)
    {
      cause = g_strdup_printf (_("%s is not a Shopcraft database."), path);
      sc_sqlite_fail (error, SC_ERROR_FOREIGN, role, cause);
      return FALSE;
    }

  if (version > latest_version)
    {
      cause = g_strdup_printf (_("%s was written by a newer Shopcraft (schema %d; this version knows %d)."),
                               path, version, latest_version);
      sc_sqlite_fail (error, SC_ERROR_TOO_NEW, role, cause);
      return FALSE;
    }

  if (out_version != NULL)
    *out_version = version;

  return TRUE;
}

/**
 * sc_sqlite_quick_check:
 *
 * Runs `PRAGMA quick_check`, which reads every page: O(size of the file),
 * so never on the main thread of a window.
 */
gboolean
sc_sqlite_quick_check (sqlite3       *db,
                       const char    *path,
                       ScSqliteRole   role,
                       GError       **error)
{
  g_autofree char *problem = NULL;
  g_autofree char *cause = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *row = (const char *) sqlite3_column_text (stmt, 0);

      if (problem == NULL && g_strcmp0 (row, "ok") != 0)
        problem = g_utf8_make_valid (row != NULL ? row : "?", -1);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      sc_sqlite_set_error (error, db, rc, path, role);
      return FALSE;
    }

  if (problem != NULL)
    {
      g_strdelimit (problem, "\r\n", ' ');
      cause = g_strdup_printf (_("%s is damaged (the integrity check found: %s)."), path, problem);
      sc_sqlite_fail (error, SC_ERROR_CORRUPT, role, cause);
      return FALSE;
    }

  return TRUE;
}

/**
 * sc_sqlite_copy:
 *
 * Copies the main database of @source into @dest with SQLite's backup
 * API, in one step: the copy is one consistent snapshot, even while
 * another connection writes to @source.
 */
gboolean
sc_sqlite_copy (sqlite3       *source,
                const char    *source_path,
                ScSqliteRole   source_role,
                sqlite3       *dest,
                const char    *dest_path,
                ScSqliteRole   dest_role,
                GError       **error)
{
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      sc_sqlite_set_error (error, dest, sqlite3_errcode (dest), dest_path, dest_role);
      return FALSE;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE)
    return TRUE;

  /* Failures to write belong to the copy, failures to read to the source. */
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_IOERR:
      sc_sqlite_set_error (error, NULL, rc, dest_path, dest_role);
      break;

    default:
      sc_sqlite_set_error (error, NULL, rc, source_path, source_role);
    }

  return FALSE;
}
