/* test-database.c - opening, migrating and refusing databases
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "sc-database.h"
#include "sc-error.h"

static void
test_database_creates_and_migrates (void)
{
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-db-XXXXXX", NULL);
  g_autofree char *nested = g_build_filename (dir, "a", "b", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  sqlite3_stmt *stmt = NULL;

  database = sc_database_open_in_dir (nested, &error);
  g_assert_no_error (error);
  g_assert_nonnull (database);
  g_assert_cmpint (sc_database_get_schema_version (database), ==, sc_database_get_latest_version ());
  g_assert_cmpint (sc_database_get_latest_version (), >=, 1);

  g_assert_cmpint (sqlite3_prepare_v2 (sc_database_get_handle (database),
                                       "PRAGMA application_id", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, SC_DATABASE_APPLICATION_ID);
  sqlite3_finalize (stmt);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database/creates-and-migrates", test_database_creates_and_migrates);

  return g_test_run ();
}
