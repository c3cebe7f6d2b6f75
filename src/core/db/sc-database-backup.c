/* sc-database-backup.c - automatic daily backups at a clean exit
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At a clean exit the application calls sc_database_backup_daily(): at
 * most one backup a day, made with VACUUM INTO (a compact, consistent,
 * self-contained copy), checked page by page before it gets its dated
 * name, and only the newest three kept.
 */
#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-backup.h"
#include "sc-database.h"

static gboolean
vacuum_into (ScDatabase  *self,
             const char  *temp,
             const char  *final_path,
             GError     **error)
{
  sqlite3 *db = sc_database_get_handle (self);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "VACUUM INTO ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, temp, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      /* Reading the database failing is its fault; writing, the copy's. */
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_BUSY)
        sc_sqlite_set_error (error, db, rc, sc_database_get_path (self), SC_SQLITE_ROLE_DATABASE);
      else
        sc_sqlite_set_error (error, db, rc, final_path, SC_SQLITE_ROLE_COPY);
      return FALSE;
    }

  return TRUE;
}

static gboolean
verify_copy (const char  *temp,
             const char  *final_path,
             GError     **error)
{
  sqlite3 *db;
  gboolean ok;

  db = sc_sqlite_open (temp, SC_SQLITE_OPEN_READONLY, SC_SQLITE_ROLE_COPY, error);
  ok = db != NULL &&
       sc_sqlite_probe (db, final_path, SC_SQLITE_ROLE_COPY, sc_database_get_latest_version (), NULL, error) &&
       sc_sqlite_quick_check (db, final_path, SC_SQLITE_ROLE_COPY, error);
  sc_sqlite_close (db);

  return ok;
}

static void
prune (const char *data_dir)
{
  g_autoptr(GPtrArray) backups = sc_backup_list (data_dir, FALSE, NULL);

  for (guint i = SC_BACKUP_DAILY_KEEP; backups != NULL && i < backups->len; i++)
    {
      ScBackupInfo *info = g_ptr_array_index (backups, i);

      g_unlink (info->path);
    }
}

/**
 * sc_database_backup_daily:
 * @now: (nullable): the current local time (tests pass their own)
 *
 * Makes today's automatic backup in `<data dir>/backups/` unless there
 * is one already, and removes all but the newest three. A backup that
 * fails its check is deleted and reported. Call at a clean exit, before
 * sc_database_close(), outside any transaction.
 */
gboolean
sc_database_backup_daily (ScDatabase  *self,
                          GDateTime   *now,
                          GError     **error)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *backups_dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *final_path = NULL;
  g_autofree char *temp = NULL;
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sc_database_get_handle (self) != NULL, FALSE);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();

  backups_dir = g_build_filename (sc_database_get_dir (self), SC_BACKUP_DIR_NAME, NULL);
  if (!sc_sqlite_ensure_folder (backups_dir, SC_SQLITE_ROLE_COPY, error))
    return FALSE;

  name = sc_backup_daily_name (now);
  final_path = g_build_filename (backups_dir, name, NULL);
  if (!g_file_test (final_path, G_FILE_TEST_EXISTS))
    {
      temp = g_strconcat (backups_dir, G_DIR_SEPARATOR_S ".", name, ".tmp", NULL);
      g_unlink (temp);

      ok = vacuum_into (self, temp, final_path, error) &&
           verify_copy (temp, final_path, error);
      if (ok && g_rename (temp, final_path) != 0)
        {
          int saved_errno = errno;
          g_autofree char *cause = g_strdup_printf (_("%s cannot be written (%s)."), final_path,
                                                    g_strerror (saved_errno));

          sc_sqlite_fail (error, SC_ERROR_IO, SC_SQLITE_ROLE_COPY, cause);
          ok = FALSE;
        }
      if (!ok)
        {
          g_autofree char *journal = g_strconcat (temp, "-journal", NULL);

          g_unlink (journal);
          g_unlink (temp);
          return FALSE;
        }
    }

  prune (sc_database_get_dir (self));

  return TRUE;
}
