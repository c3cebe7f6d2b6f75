/* sc-backup.c - backup files: save one, restore one
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backup is one self-contained SQLite file (rollback-journal mode, no
 * WAL beside it), checked page by page before it is given its name.
 *
 * Restoring treats the offered file as untrusted: it is never opened in
 * place (not even its locks are touched) but copied into the data folder
 * first, and the copy is opened in defensive mode with trusted_schema off,
 * so nothing in its schema can run with side effects. It must carry
 * Shopcraft's application id, a schema version this build knows and pass
 * quick_check. Only then is the current database replaced, after a copy
 * of it was kept beside it (or, when it is too damaged to copy, after it
 * was renamed aside): a restore never loses anything.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-backup.h"
#include "sc-database.h"

static void
remove_database_files (const char *path)
{
  static const char * const suffixes[] = { "-journal", "-wal", "-shm", "" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/* A new empty file beside @near, for SQLite to fill: renamed into place
 * only when complete, so a half-written backup never carries the name. */
static char *
make_temp_beside (const char    *near,
                  ScSqliteRole   role,
                  GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (near);
  g_autofree char *base = g_path_get_basename (near);
  g_autofree char *template = NULL;
  int fd;

  template = g_strdup_printf ("%s%s.%s.tmp-XXXXXX", dir, G_DIR_SEPARATOR_S, base);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *cause = g_strdup_printf (_("%s cannot be written (%s)."), near,
                                                g_strerror (saved_errno));

      sc_sqlite_fail (error, SC_ERROR_IO, role, cause);
      return NULL;
    }
  close (fd);

  return g_steal_pointer (&template);
}

/* Fills @temp (named @dest_path in messages) with a copy of @source,
 * leaves it in rollback-journal mode and checks it page by page. */
static gboolean
write_copy (sqlite3       *source,
            const char    *source_path,
            ScSqliteRole   source_role,
            const char    *temp,
            const char    *dest_path,
            GError       **error)
{
  g_autofree char *mode = NULL;
  sqlite3 *dest;
  gboolean ok;

  dest = sc_sqlite_open (temp, SC_SQLITE_OPEN_DEFAULT, SC_SQLITE_ROLE_COPY, error);
  if (dest == NULL)
    return FALSE;

  ok = sc_sqlite_copy (source, source_path, source_role, dest, dest_path, SC_SQLITE_ROLE_COPY, error);
  if (ok)
    {
      /* The copied header says WAL when the source was: make it one file. */
      mode = sc_sqlite_query_text (dest, "PRAGMA journal_mode = DELETE");
      if (g_strcmp0 (mode, "delete") != 0)
        {
          sc_sqlite_set_error (error, dest, sqlite3_extended_errcode (dest), dest_path, SC_SQLITE_ROLE_COPY);
          ok = FALSE;
        }
    }
  ok = ok && sc_sqlite_quick_check (dest, dest_path, SC_SQLITE_ROLE_COPY, error);
  sc_sqlite_close (dest);

  return ok;
}

static gboolean
rename_into_place (const char    *temp,
                   const char    *dest_path,
                   ScSqliteRole   role,
                   GError       **error)
{
  if (g_rename (temp, dest_path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *cause = g_strdup_printf (_("%s cannot be written (%s)."), dest_path,
                                                g_strerror (saved_errno));

      sc_sqlite_fail (error, SC_ERROR_IO, role, cause);
      return FALSE;
    }

  return TRUE;
}

/* An empty file with no write-ahead log beside it: SQLite would open it
 * as a new database and the "backup" would be an empty file too. */
static gboolean
holds_nothing (const char *db_path)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  GStatBuf st;

  if (g_stat (db_path, &st) != 0 || st.st_size != 0)
    return FALSE;

  return g_stat (wal, &st) != 0 || st.st_size == 0;
}

/**
 * sc_backup_save:
 * @db_path: the database to back up; it is only read
 * @dest_path: the backup file to create; it must not exist yet
 *
 * Copies @db_path into @dest_path with SQLite's backup API, after
 * checking it page by page: a damaged database is refused rather than
 * copied over a good backup. Works while Shopcraft is running.
 */
gboolean
sc_backup_save (const char  *db_path,
                const char  *dest_path,
                GError     **error)
{
  g_autofree char *temp = NULL;
  sqlite3 *source = NULL;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("There is no database at %s, so there is nothing to back up. Check --data-dir or SHOPCRAFT_DATA_DIR."),
                                                  db_path);
      g_autofree char *valid = g_utf8_make_valid (message, -1);

      g_set_error_literal (error, SC_ERROR, SC_ERROR_IO, valid);
      return FALSE;
    }

  if (g_file_test (dest_path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
    {
      g_autofree char *message = g_strdup_printf (_("%s already exists. Choose a new file name, or move the old file away first."),
                                                  dest_path);
      g_autofree char *valid = g_utf8_make_valid (message, -1);

      g_set_error_literal (error, SC_ERROR, SC_ERROR_IO, valid);
      return FALSE;
    }

  if (!sc_sqlite_check_header (db_path, SC_SQLITE_ROLE_DATABASE, error))
    return FALSE;

  if (holds_nothing (db_path))
    {
      g_autofree char *message = g_strdup_printf (_("%s holds no Shopcraft data yet, so there is nothing to back up. Start Shopcraft once, or check --data-dir or SHOPCRAFT_DATA_DIR."),
                                                  db_path);
      g_autofree char *valid = g_utf8_make_valid (message, -1);

      g_set_error_literal (error, SC_ERROR, SC_ERROR_IO, valid);
      return FALSE;
    }

  source = sc_sqlite_open (db_path, SC_SQLITE_OPEN_DEFAULT, SC_SQLITE_ROLE_DATABASE, error);
  ok = source != NULL &&
       sc_sqlite_probe (source, db_path, SC_SQLITE_ROLE_DATABASE,
                        sc_database_get_latest_version (), NULL, error) &&
       sc_sqlite_quick_check (source, db_path, SC_SQLITE_ROLE_DATABASE, error) &&
       (temp = make_temp_beside (dest_path, SC_SQLITE_ROLE_COPY, error)) != NULL &&
       write_copy (source, db_path, SC_SQLITE_ROLE_DATABASE, temp, dest_path, error) &&
       rename_into_place (temp, dest_path, SC_SQLITE_ROLE_COPY, error);
  sc_sqlite_close (source);

  if (!ok && temp != NULL)
    remove_database_files (temp);

  return ok;
}

static gboolean
copy_file (const char    *from,
           const char    *to,
           const char    *named,
           ScSqliteRole   role,
           GError       **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_copy (source, dest, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                    NULL, NULL, NULL, &local_error))
    {
      g_autofree char *cause = g_strdup_printf (_("%s cannot be copied (%s)."), named,
                                                local_error->message);

      sc_sqlite_fail (error, g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE)
                      ? SC_ERROR_FULL : SC_ERROR_IO, role, cause);
      return FALSE;
    }

  return TRUE;
}

/* Copies the offered file (and a WAL beside it) to @temp, which is then
 * opened as untrusted and checked; messages name @backup_path. */
static sqlite3 *
open_candidate (const char  *backup_path,
                const char  *temp,
                GError     **error)
{
  g_autofree char *wal = g_strconcat (backup_path, "-wal", NULL);
  g_autofree char *temp_wal = g_strconcat (temp, "-wal", NULL);
  sqlite3 *db;

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *cause = g_strdup_printf (_("%s does not exist or is not a file."), backup_path);

      sc_sqlite_fail (error, SC_ERROR_IO, SC_SQLITE_ROLE_CANDIDATE, cause);
      return NULL;
    }

  if (!sc_sqlite_check_header (backup_path, SC_SQLITE_ROLE_CANDIDATE, error) ||
      !copy_file (backup_path, temp, backup_path, SC_SQLITE_ROLE_CANDIDATE, error) ||
      (g_file_test (wal, G_FILE_TEST_IS_REGULAR) &&
       !copy_file (wal, temp_wal, backup_path, SC_SQLITE_ROLE_CANDIDATE, error)))
    return NULL;

  db = sc_sqlite_open (temp, SC_SQLITE_OPEN_DEFAULT, SC_SQLITE_ROLE_CANDIDATE, error);
  if (db == NULL)
    return NULL;

  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  if (!sc_sqlite_exec (db, "PRAGMA trusted_schema = OFF", backup_path, SC_SQLITE_ROLE_CANDIDATE, error) ||
      !sc_sqlite_probe (db, backup_path, SC_SQLITE_ROLE_CANDIDATE,
                        sc_database_get_latest_version (), NULL, error) ||
      !sc_sqlite_quick_check (db, backup_path, SC_SQLITE_ROLE_CANDIDATE, error))
    g_clear_pointer (&db, sc_sqlite_close);

  return db;
}

static char *
unique_kept_path (const char *data_dir,
                  GDateTime  *now)
{
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *path = NULL;

  for (guint n = 1; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = NULL;

      g_free (path);
      if (n == 1)
        name = g_strdup_printf ("shopcraft-before-restore-%s.db", stamp);
      else
        name = g_strdup_printf ("shopcraft-before-restore-%s-%u.db", stamp, n);
      path = g_build_filename (data_dir, name, NULL);
    }

  return path;
}

/* Takes the current database for this process alone and keeps a copy of
 * it. Returns the connection holding the lock, or %NULL with @out_kept
 * set when the file was too damaged to copy and was renamed aside
 * instead, or %NULL with @error set. */
static sqlite3 *
keep_current (const char  *live_path,
              const char  *data_dir,
              GDateTime   *now,
              char       **out_kept,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *temp = NULL;
  sqlite3 *live;

  live = sc_sqlite_open (live_path, SC_SQLITE_OPEN_DEFAULT, SC_SQLITE_ROLE_DATABASE, error);
  if (live == NULL)
    return NULL;

  /* An exclusive lock held until the restore is done: a running window
   * makes this fail, and nobody can start writing half-way. */
  if (sc_sqlite_exec (live,
                      "PRAGMA locking_mode = EXCLUSIVE;"
                      "BEGIN EXCLUSIVE; COMMIT;",
                      live_path, SC_SQLITE_ROLE_DATABASE, &local_error))
    {
      kept = unique_kept_path (data_dir, now);
      temp = make_temp_beside (kept, SC_SQLITE_ROLE_COPY, error);
      if (temp == NULL)
        {
          sc_sqlite_close (live);
          return NULL;
        }
      if (write_copy (live, live_path, SC_SQLITE_ROLE_DATABASE, temp, kept, &local_error) &&
          rename_into_place (temp, kept, SC_SQLITE_ROLE_COPY, &local_error))
        {
          *out_kept = g_steal_pointer (&kept);
          return live;
        }
      remove_database_files (temp);
    }

  sc_sqlite_close (live);
  if (!g_error_matches (local_error, SC_ERROR, SC_ERROR_CORRUPT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Too damaged to copy: keep it whole under another name. */
  *out_kept = sc_database_set_aside (live_path, now, error);

  return NULL;
}

/**
 * sc_backup_restore:
 * @backup_path: the backup to restore; it is only read
 * @data_dir: the folder of the database to replace
 * @now: (nullable): the time to name the kept copy with
 * @out_kept_path: (out) (optional) (transfer full): where the previous
 *   database was kept, or %NULL when there was none
 *
 * Replaces the database in @data_dir with @backup_path once it proved to
 * be a sound Shopcraft database this build knows, then migrates it.
 * Fails with %SC_ERROR_LOCKED while Shopcraft uses the database.
 */
gboolean
sc_backup_restore (const char  *backup_path,
                   const char  *data_dir,
                   GDateTime   *now,
                   char       **out_kept_path,
                   GError     **error)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *live_path = NULL;
  g_autofree char *marker = NULL;
  g_autofree char *temp = NULL;
  g_autofree char *kept = NULL;
  sqlite3 *candidate = NULL;
  sqlite3 *live = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (data_dir != NULL, FALSE);

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();
  live_path = g_build_filename (data_dir, SC_DATABASE_FILE_NAME, NULL);

  if (!sc_sqlite_ensure_folder (data_dir, SC_SQLITE_ROLE_DATABASE, error) ||
      !sc_sqlite_check_plain_file (live_path, SC_SQLITE_ROLE_DATABASE, error) ||
      (temp = make_temp_beside (live_path, SC_SQLITE_ROLE_DATABASE, error)) == NULL ||
      (candidate = open_candidate (backup_path, temp, error)) == NULL)
    goto out;

  if (g_file_test (live_path, G_FILE_TEST_EXISTS))
    {
      live = keep_current (live_path, data_dir, now, &kept, error);
      if (live == NULL && kept == NULL)
        goto out;
    }

  if (live != NULL)
    {
      /* Under our lock: drop the WAL so a page size of another backup fits. */
      if (!sc_sqlite_exec (live, "PRAGMA journal_mode = DELETE", live_path, SC_SQLITE_ROLE_DATABASE, error))
        goto out;
    }
  else if ((live = sc_sqlite_open (live_path, SC_SQLITE_OPEN_CREATE, SC_SQLITE_ROLE_DATABASE, error)) == NULL)
    goto out;

  if (!sc_sqlite_copy (candidate, backup_path, SC_SQLITE_ROLE_CANDIDATE,
                       live, live_path, SC_SQLITE_ROLE_DATABASE, error))
    goto out;
  g_clear_pointer (&live, sc_sqlite_close);

  /* Nobody had it open (we held the lock): the marker of a crash is stale. */
  marker = g_build_filename (data_dir, SC_DATABASE_MARKER_NAME, NULL);
  g_unlink (marker);

  /* Back to WAL and migrated to this build's schema. */
  database = sc_database_open (live_path, error);
  ok = database != NULL && sc_database_close (database, error);

out:
  sc_sqlite_close (live);
  sc_sqlite_close (candidate);
  if (temp != NULL)
    remove_database_files (temp);
  if (out_kept_path != NULL)
    *out_kept_path = g_steal_pointer (&kept);

  return ok;
}
