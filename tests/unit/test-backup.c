/* test-backup.c - saving and restoring backup files, and what they refuse
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-backup.h"
#include "sc-database.h"
#include "sc-error.h"
#include "test-db-util.h"

static GDateTime *
at (int year,
    int month,
    int day,
    int hour,
    int minute)
{
  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

static void
add_learner (const char *path,
             const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *sql = NULL;

  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO learners (uuid, display_name) VALUES ('%s', 'Added')", uuid);
  g_assert_true (sc_database_exec (database, sql, &error));
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined: what a user sees in the folder. */
static char *
list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_sound_backup (const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *check = NULL;
  gsize length;
  sqlite3 *db;

  /* One self-contained file: rollback journal mode in the header. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 100);
  g_assert_cmpint (contents[18], ==, 1);
  g_assert_cmpint (contents[19], ==, 1);

  db = test_open_raw (path);
  g_assert_cmpint (test_query_int (db, "PRAGMA application_id"), ==, SC_DATABASE_APPLICATION_ID);
  g_assert_cmpint (test_query_int (db, "PRAGMA user_version"), ==, sc_database_get_latest_version ());
  check = test_query_text (db, "PRAGMA quick_check");
  g_assert_cmpstr (check, ==, "ok");
  sqlite3_close (db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_backup_save_and_restore (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *data_dir = g_build_filename (dir, "data", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *live = g_build_filename (data_dir, "shopcraft.db", NULL);
  g_autofree char *copy = g_build_filename (out_dir, "copy.db", NULL);
  g_autofree char *expected_kept = g_build_filename (data_dir, "shopcraft-before-restore-20261128-143000.db", NULL);
  g_autoptr(GDateTime) now = at (2026, 11, 28, 14, 30);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_again = NULL;
  g_autofree char *copy_print = NULL;
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir (data_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  test_make_database (live, 2);

  g_assert_true (sc_backup_save (live, copy, &error));
  g_assert_no_error (error);
  assert_sound_backup (copy);
  g_assert_cmpint (test_count_learners (copy), ==, 2);
  listing = list_dir (out_dir);
  g_assert_cmpstr (listing, ==, "copy.db");
  copy_print = test_fingerprint (copy);

  /* A backup never replaces a file. */
  g_assert_false (sc_backup_save (live, copy, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_IO);
  g_assert_nonnull (strstr (error->message, copy));
  g_clear_error (&error);

  add_learner (live, "later");
  g_assert_cmpint (test_count_learners (live), ==, 3);

  g_assert_true (sc_backup_restore (copy, data_dir, now, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, expected_kept);
  g_assert_cmpint (test_count_learners (live), ==, 2);
  g_assert_cmpint (test_count_learners (kept), ==, 3);
  assert_sound_backup (kept);

  /* The restored database is a normal one again: WAL, latest schema. */
  {
    g_autoptr(ScDatabase) database = sc_database_open (live, &error);
    g_autofree char *mode = NULL;

    g_assert_no_error (error);
    mode = test_query_text (sc_database_get_handle (database), "PRAGMA journal_mode");
    g_assert_cmpstr (mode, ==, "wal");
    g_assert_true (sc_database_close (database, &error));
  }

  /* Restoring again in the same second keeps both earlier copies. */
  g_assert_true (sc_backup_restore (copy, data_dir, now, &kept_again, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (kept_again, "shopcraft-before-restore-20261128-143000-2.db"));
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));

  /* The backup file itself was only read. */
  {
    g_autofree char *copy_after = test_fingerprint (copy);

    g_assert_cmpstr (copy_print, ==, copy_after);
  }
  g_clear_pointer (&listing, g_free);
  listing = list_dir (data_dir);
  g_assert_cmpstr (listing, ==, "shopcraft-before-restore-20261128-143000-2.db "
                                "shopcraft-before-restore-20261128-143000.db shopcraft.db");

  test_remove_tree (dir);
}

static void
test_backup_save_refuses (gconstpointer data)
{
  TestDamage damage = GPOINTER_TO_INT (data);
  g_autofree char *dir = test_make_dir ();
  g_autofree char *live = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *copy = g_build_filename (out_dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  test_make_damaged (live, damage);
  before = test_fingerprint (live);

  g_assert_false (sc_backup_save (live, copy, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, SC_ERROR, test_damage_error (damage));
  g_assert_nonnull (strstr (error->message, live));
  if (damage == DAMAGE_CORRUPT_PAGE)
    g_assert_nonnull (strstr (error->message, "integrity check"));

  after = test_fingerprint (live);
  g_assert_cmpstr (before, ==, after);
  listing = list_dir (out_dir);
  g_assert_cmpstr (listing, ==, "");

  test_remove_tree (dir);
}

static void
test_backup_save_refuses_missing_and_locked (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *live = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TestHolder holder;

  g_assert_false (sc_backup_save (live, copy, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "nothing to back up"));
  g_clear_error (&error);

  test_make_database (live, 1);
  holder = test_hold_lock (live);
  before = test_fingerprint (live);
  g_setenv ("SHOPCRAFT_BUSY_TIMEOUT_MS", "100", TRUE);
  g_assert_false (sc_backup_save (live, copy, &error));
  g_unsetenv ("SHOPCRAFT_BUSY_TIMEOUT_MS");
  g_assert_error (error, SC_ERROR, SC_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, live));
  after = test_fingerprint (live);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  test_release_lock (&holder);

  test_remove_tree (dir);
}

static void
test_backup_restore_refuses (gconstpointer data)
{
  TestDamage damage = GPOINTER_TO_INT (data);
  g_autofree char *dir = test_make_dir ();
  g_autofree char *data_dir = g_build_filename (dir, "data", NULL);
  g_autofree char *live = g_build_filename (data_dir, "shopcraft.db", NULL);
  g_autofree char *offered = g_build_filename (dir, "offered.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *live_before = NULL;
  g_autofree char *offered_before = NULL;
  g_autofree char *live_after = NULL;
  g_autofree char *offered_after = NULL;
  g_autofree char *listing = NULL;

  test_make_database (live, 2);
  test_make_damaged (offered, damage);
  live_before = test_fingerprint (live);
  offered_before = test_fingerprint (offered);

  g_assert_false (sc_backup_restore (offered, data_dir, NULL, &kept, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, SC_ERROR, test_damage_error (damage));
  g_assert_nonnull (strstr (error->message, offered));
  g_assert_null (kept);

  live_after = test_fingerprint (live);
  offered_after = test_fingerprint (offered);
  g_assert_cmpstr (live_before, ==, live_after);
  g_assert_cmpstr (offered_before, ==, offered_after);
  listing = list_dir (data_dir);
  g_assert_cmpstr (listing, ==, "shopcraft.db");

  test_remove_tree (dir);
}

static void
test_backup_restore_refuses_locked (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *live = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *offered = g_build_filename (dir, "offered.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TestHolder holder;

  test_make_database (offered, 5);
  test_make_database (live, 1);
  holder = test_hold_lock (live);
  before = test_fingerprint (live);

  g_setenv ("SHOPCRAFT_BUSY_TIMEOUT_MS", "100", TRUE);
  g_assert_false (sc_backup_restore (offered, dir, NULL, &kept, &error));
  g_unsetenv ("SHOPCRAFT_BUSY_TIMEOUT_MS");
  g_assert_error (error, SC_ERROR, SC_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, live));
  g_assert_null (kept);
  after = test_fingerprint (live);
  g_assert_cmpstr (before, ==, after);

  test_release_lock (&holder);
  g_assert_cmpint (test_count_learners (live), ==, 2);
  test_remove_tree (dir);
}

/* Rows a crash left only in the WAL are in the kept copy too. */
static void
test_backup_restore_keeps_wal_content (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *live = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *wal = g_strconcat (live, "-wal", NULL);
  g_autofree char *offered = g_build_filename (dir, "offered.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  sqlite3 *db;

  test_make_database (offered, 1);
  test_make_database (live, 2);
  db = test_open_raw (live);
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  test_exec (db, "INSERT INTO learners (uuid, display_name) VALUES ('only-in-wal', 'W')");
  sqlite3_close (db);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_true (sc_backup_restore (offered, dir, NULL, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count_learners (live), ==, 1);
  g_assert_cmpint (test_count_learners (kept), ==, 3);
  assert_sound_backup (kept);

  test_remove_tree (dir);
}

static void
test_backup_restore_over_damaged (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *live = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *offered = g_build_filename (dir, "offered.db", NULL);
  g_autofree char *expected = g_build_filename (dir, "shopcraft-damaged-20261128-091500.db", NULL);
  g_autoptr(GDateTime) now = at (2026, 11, 28, 9, 15);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *damaged_print = NULL;
  g_autofree char *kept_print = NULL;

  test_make_database (offered, 4);
  test_make_damaged (live, DAMAGE_RANDOM);
  damaged_print = test_fingerprint (live);

  g_assert_true (sc_backup_restore (offered, dir, now, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count_learners (live), ==, 4);

  /* Too damaged to copy, so kept whole under another name. */
  g_assert_cmpstr (kept, ==, expected);
  kept_print = test_fingerprint (kept);
  {
    g_auto(GStrv) parts = g_strsplit (damaged_print, live, -1);
    g_autofree char *renamed = g_strjoinv (expected, parts);

    g_assert_cmpstr (kept_print, ==, renamed);
  }

  test_remove_tree (dir);
}

static void
test_backup_restore_into_empty_folder (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *data_dir = g_build_filename (dir, "new", "data", NULL);
  g_autofree char *live = g_build_filename (data_dir, "shopcraft.db", NULL);
  g_autofree char *offered = g_build_filename (dir, "offered.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *listing = NULL;

  test_make_database (offered, 3);
  g_assert_true (sc_backup_restore (offered, data_dir, NULL, &kept, &error));
  g_assert_no_error (error);
  g_assert_null (kept);
  g_assert_cmpint (test_count_learners (live), ==, 3);
  listing = list_dir (data_dir);
  g_assert_cmpstr (listing, ==, "shopcraft.db");

  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/save-and-restore", test_backup_save_and_restore);
  for (TestDamage damage = 0; damage < N_DAMAGES; damage++)
    {
      g_autofree char *save = g_strdup_printf ("/backup/save-refuses/%s", test_damage_name (damage));
      g_autofree char *restore = g_strdup_printf ("/backup/restore-refuses/%s", test_damage_name (damage));

      g_test_add_data_func (save, GINT_TO_POINTER (damage), test_backup_save_refuses);
      g_test_add_data_func (restore, GINT_TO_POINTER (damage), test_backup_restore_refuses);
    }
  g_test_add_func ("/backup/save-refuses/missing-and-locked", test_backup_save_refuses_missing_and_locked);
  g_test_add_func ("/backup/restore-refuses/locked", test_backup_restore_refuses_locked);
  g_test_add_func ("/backup/restore-keeps-wal-content", test_backup_restore_keeps_wal_content);
  g_test_add_func ("/backup/restore-over-damaged", test_backup_restore_over_damaged);
  g_test_add_func ("/backup/restore-into-empty-folder", test_backup_restore_into_empty_folder);

  return g_test_run ();
}
