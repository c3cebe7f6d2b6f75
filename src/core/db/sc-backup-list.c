/* sc-backup-list.c - the automatic backups of a data folder, newest first
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Automatic backups are named by the day they were made
 * (backups/shopcraft-YYYY-MM-DD.db), so the name alone says which is
 * newest and what to call it ("the backup of 28 November 2026").
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-backup.h"
#include "sc-database.h"

#define DAILY_PREFIX "shopcraft-"
#define DAILY_SUFFIX ".db"

void
sc_backup_info_free (ScBackupInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->path);
  g_clear_pointer (&info->date, g_date_time_unref);
  g_free (info);
}

/**
 * sc_backup_daily_name:
 *
 * Returns: (transfer full): the file name of the automatic backup made on
 *   the day of @date: `shopcraft-YYYY-MM-DD.db`
 */
char *
sc_backup_daily_name (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* Not g_date_time_format ()'s %Y, which writes the year 999 as "999":
   * sc_backup_parse_daily_name () reads four digits. */
  return g_strdup_printf (DAILY_PREFIX "%04d-%02d-%02d" DAILY_SUFFIX,
                          g_date_time_get_year (date), g_date_time_get_month (date),
                          g_date_time_get_day_of_month (date));
}

/**
 * sc_backup_parse_daily_name:
 *
 * Returns: (transfer full) (nullable): local midnight of the day named by
 *   @basename, or %NULL when it is not the name of an automatic backup
 */
GDateTime *
sc_backup_parse_daily_name (const char *basename)
{
  guint64 year, month, day;
  char digits[11];

  g_return_val_if_fail (basename != NULL, NULL);

  if (strlen (basename) != strlen (DAILY_PREFIX "YYYY-MM-DD" DAILY_SUFFIX) ||
      !g_str_has_prefix (basename, DAILY_PREFIX) ||
      !g_str_has_suffix (basename, DAILY_SUFFIX))
    return NULL;

  memcpy (digits, basename + strlen (DAILY_PREFIX), 10);
  digits[10] = '\0';
  if (digits[4] != '-' || digits[7] != '-')
    return NULL;
  /* Digits only: g_ascii_string_to_unsigned () lets strtoull () skip a
   * vertical tab in front ("2026-\v3-07"). */
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (digits[i]))
      return NULL;
  digits[4] = digits[7] = '\0';

  if (!g_ascii_string_to_unsigned (digits, 10, 1, 9999, &year, NULL) ||
      !g_ascii_string_to_unsigned (digits + 5, 10, 1, 12, &month, NULL) ||
      !g_ascii_string_to_unsigned (digits + 8, 10, 1, 31, &day, NULL))
    return NULL;

  return g_date_time_new_local ((int) year, (int) month, (int) day, 0, 0, 0);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const ScBackupInfo *info_a = *(ScBackupInfo * const *) a;
  const ScBackupInfo *info_b = *(ScBackupInfo * const *) b;

  return g_date_time_compare (info_b->date, info_a->date);
}

static gboolean
backup_is_sound (const char *path)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db;
  gboolean ok;

  if (!sc_sqlite_check_header (path, SC_SQLITE_ROLE_CANDIDATE, &error))
    return FALSE;

  db = sc_sqlite_open (path, SC_SQLITE_OPEN_READONLY, SC_SQLITE_ROLE_CANDIDATE, &error);
  ok = db != NULL &&
       sc_sqlite_probe (db, path, SC_SQLITE_ROLE_CANDIDATE, sc_database_get_latest_version (), NULL, &error) &&
       sc_sqlite_quick_check (db, path, SC_SQLITE_ROLE_CANDIDATE, &error);
  sc_sqlite_close (db);

  if (!ok)
    g_debug ("Not offering %s: %s", path, error->message);

  return ok;
}

/**
 * sc_backup_list:
 * @verify: whether to check each backup page by page (slow: use
 *   sc_backup_list_async() from a window) and leave out bad ones
 *
 * Returns: (transfer full) (element-type ScBackupInfo): the automatic
 *   backups of @data_dir, newest first; empty when there are none
 */
GPtrArray *
sc_backup_list (const char  *data_dir,
                gboolean     verify,
                GError     **error)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_backup_info_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (data_dir != NULL, NULL);

  dir_path = g_build_filename (data_dir, SC_BACKUP_DIR_NAME, NULL);
  dir = g_dir_open (dir_path, 0, &local_error);
  if (dir == NULL)
    {
      g_autofree char *cause = NULL;

      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&backups);

      cause = g_strdup_printf (_("%s cannot be read (%s)."), dir_path, local_error->message);
      sc_sqlite_fail (error, SC_ERROR_IO, SC_SQLITE_ROLE_DATABASE, cause);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GDateTime) date = sc_backup_parse_daily_name (name);
      g_autofree char *path = NULL;
      ScBackupInfo *info;

      if (date == NULL)
        continue;

      path = g_build_filename (dir_path, name, NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) || (verify && !backup_is_sound (path)))
        continue;

      info = g_new0 (ScBackupInfo, 1);
      info->path = g_steal_pointer (&path);
      info->date = g_steal_pointer (&date);
      g_ptr_array_add (backups, info);
    }

  g_ptr_array_sort (backups, compare_newest_first);

  return g_steal_pointer (&backups);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *backups;

  backups = sc_backup_list (task_data, TRUE, &error);
  if (backups == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, backups, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * sc_backup_list_async:
 *
 * Lists the sound automatic backups of @data_dir, newest first, checking
 * each in a worker thread: what the application offers after finding the
 * database damaged ("Restore the backup of 28 November 2026").
 */
void
sc_backup_list_async (const char          *data_dir,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (data_dir != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sc_backup_list_async);
  g_task_set_task_data (task, g_strdup (data_dir), g_free);
  g_task_run_in_thread (task, list_thread);
}

/**
 * sc_backup_list_finish:
 *
 * Returns: (transfer full) (element-type ScBackupInfo): the backups
 */
GPtrArray *
sc_backup_list_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
