/* fuzz-database.c - arbitrary bytes as a learner's database file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes are written to a database file in a private folder and opened
 * with sc_database_open (), which reads the header, application id and
 * schema version and migrates. Opening must either succeed or fail with an
 * SC_ERROR naming the file; a file refused as foreign or too new must be
 * left byte for byte as it was.
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-fuzz.h"

static char *work_dir;
static char *db_path;

static void
remove_database_files (void)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db_path, suffixes[i], NULL);

      g_unlink (path);
    }
}

static void
remove_work_dir (void)
{
  remove_database_files ();
  g_rmdir (work_dir);
}

static void
ensure_work_dir (void)
{
  g_autoptr(GError) error = NULL;

  if (work_dir != NULL)
    return;

  /* Anything unexpected, even a warning, is a finding. */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  work_dir = g_dir_make_tmp ("shopcraft-fuzz-database-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (work_dir, SC_DATABASE_FILE_NAME, NULL);
  atexit (remove_work_dir);
}

/* Read the application id with SQLite alone, so the check does not depend
 * on the database layer's API beyond opening. */
static int
read_application_id (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int app_id = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "PRAGMA application_id", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    app_id = sqlite3_column_int (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  return app_id;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  ScDatabase *database;

  ensure_work_dir ();
  remove_database_files ();

  g_file_set_contents_full (db_path, (const char *) data, (gssize) size,
                            G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);

  database = sc_database_open (db_path, &error);
  if (database != NULL)
    {
      g_assert_no_error (error);
      g_object_unref (database);

      /* Whatever was accepted is now a Shopcraft database. */
      g_assert_cmpint (read_application_id (db_path), ==, SC_DATABASE_APPLICATION_ID);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == SC_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_nonnull (strstr (error->message, db_path));

      if (g_error_matches (error, SC_ERROR, SC_ERROR_FOREIGN) ||
          g_error_matches (error, SC_ERROR, SC_ERROR_TOO_NEW))
        {
          g_autofree char *after = NULL;
          gsize after_size = 0;

          g_file_get_contents (db_path, &after, &after_size, NULL);
          g_assert_cmpmem (after, after_size, data, size);
        }
    }

  remove_database_files ();

  return 0;
}
