/* sc-database-check.c - integrity check off the main thread, damaged files set aside
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After an unclean shutdown the application checks the database without
 * freezing the window: `PRAGMA quick_check` reads every page, so it runs
 * in a GTask thread on a connection of its own. A database found damaged
 * is never overwritten and never deleted: it is renamed, together with
 * the WAL, shared-memory and journal files SQLite keeps beside it, so a
 * specialist can still recover rows from it later.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-database.h"

/* The main file goes last: if a sibling cannot move, nothing is split. */
static const char * const sibling_suffixes[] = { "-wal", "-shm", "-journal", "" };

static int
check_progress (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *path = task_data;
  GError *error = NULL;
  sqlite3 *db;
  gboolean ok;

  db = sc_sqlite_open (path, SC_SQLITE_OPEN_READONLY, SC_SQLITE_ROLE_DATABASE, &error);
  if (db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (cancellable != NULL)
    sqlite3_progress_handler (db, 1000, check_progress, cancellable);

  ok = sc_sqlite_quick_check (db, path, SC_SQLITE_ROLE_DATABASE, &error);
  sc_sqlite_close (db);

  /* An interrupted check says "cancelled", not "damaged". */
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_clear_error (&error);
      g_cancellable_set_error_if_cancelled (cancellable, &error);
      ok = FALSE;
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sc_database_check_async:
 *
 * Checks every page of the database (`PRAGMA quick_check`) in a worker
 * thread with its own read-only connection. Writes on @self may go on
 * meanwhile.
 */
void
sc_database_check_async (ScDatabase          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SC_IS_DATABASE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sc_database_check_async);
  g_task_set_task_data (task, g_strdup (sc_database_get_path (self)), g_free);
  g_task_run_in_thread (task, check_thread);
}

/**
 * sc_database_check_finish:
 *
 * Returns: %TRUE when the database is sound; %FALSE with
 *   %SC_ERROR_CORRUPT when it is damaged (then close it, move it away
 *   with sc_database_set_aside() and offer sc_backup_list()), or another
 *   error when it could not be checked.
 */
gboolean
sc_database_check_finish (ScDatabase    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sc_database_check_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
any_sibling_exists (const char *base)
{
  for (guint i = 0; i < G_N_ELEMENTS (sibling_suffixes); i++)
    {
      g_autofree char *name = g_strconcat (base, sibling_suffixes[i], NULL);

      if (g_file_test (name, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
        return TRUE;
    }

  return FALSE;
}

/**
 * sc_database_set_aside:
 * @path: a damaged database, closed by every connection of this process
 * @now: (nullable): the time to name it with; the current time if %NULL
 *
 * Renames @path and its `-wal`, `-shm` and `-journal` files to
 * `NAME-damaged-YYYYMMDD-HHMMSS.db` (plus a number when that exists),
 * keeping their pairing so SQLite can still open the set. Nothing is
 * overwritten or deleted; the next sc_database_open() starts afresh or
 * a backup is restored in its place.
 *
 * Returns: (transfer full) (nullable): the new name of @path
 */
char *
sc_database_set_aside (const char  *path,
                       GDateTime   *now,
                       GError     **error)
{
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *target = NULL;
  g_autofree char *cause = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      cause = g_strdup_printf (_("%s does not exist."), path);
      sc_sqlite_fail (error, SC_ERROR_IO, SC_SQLITE_ROLE_DATABASE, cause);
      return NULL;
    }

  if (now == NULL)
    now = local_now = g_date_time_new_now_local ();
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  stem = g_str_has_suffix (path, ".db") ? g_strndup (path, strlen (path) - 3) : g_strdup (path);

  for (guint n = 1; target == NULL || any_sibling_exists (target); n++)
    {
      g_free (target);
      if (n == 1)
        target = g_strdup_printf ("%s-damaged-%s.db", stem, stamp);
      else
        target = g_strdup_printf ("%s-damaged-%s-%u.db", stem, stamp, n);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sibling_suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, sibling_suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, sibling_suffixes[i], NULL);
      int saved_errno;

      if (g_rename (from, to) == 0 || (errno == ENOENT && *sibling_suffixes[i] != '\0'))
        continue;

      saved_errno = errno;
      cause = g_strdup_printf (_("%s cannot be moved to %s (%s)."), from, to, g_strerror (saved_errno));
      sc_sqlite_fail (error, SC_ERROR_IO, SC_SQLITE_ROLE_DATABASE, cause);

      /* Put back what already moved, so the set stays together. */
      while (i-- > 0)
        {
          g_autofree char *moved = g_strconcat (target, sibling_suffixes[i], NULL);
          g_autofree char *back = g_strconcat (path, sibling_suffixes[i], NULL);

          g_rename (moved, back);
        }
      return NULL;
    }

  return g_steal_pointer (&target);
}
