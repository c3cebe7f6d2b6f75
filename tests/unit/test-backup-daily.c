/* test-backup-daily.c - automatic backups, the list of them, damaged files set aside
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
backup_on (ScDatabase *database,
           int         month,
           int         day,
           int         hour)
{
  g_autoptr(GDateTime) now = at (2026, month, day, hour, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_database_backup_daily (database, now, &error));
  g_assert_no_error (error);
}

static void
assert_day (ScBackupInfo *info,
            int           month,
            int           day)
{
  g_autofree char *name = g_strdup_printf ("shopcraft-2026-%02d-%02d.db", month, day);
  g_autofree char *base = g_path_get_basename (info->path);

  g_assert_cmpstr (base, ==, name);
  g_assert_cmpint (g_date_time_get_year (info->date), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (info->date), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (info->date), ==, day);
}

static void
test_daily_names (void)
{
  g_autoptr(GDateTime) now = at (2026, 3, 7, 23, 59);
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *name = sc_backup_daily_name (now);

  g_assert_cmpstr (name, ==, "shopcraft-2026-03-07.db");
  parsed = sc_backup_parse_daily_name (name);
  g_assert_nonnull (parsed);
  g_assert_cmpint (g_date_time_get_day_of_month (parsed), ==, 7);
  g_assert_cmpint (g_date_time_get_hour (parsed), ==, 0);

  g_assert_null (sc_backup_parse_daily_name ("shopcraft.db"));
  g_assert_null (sc_backup_parse_daily_name ("shopcraft-2026-13-01.db"));
  g_assert_null (sc_backup_parse_daily_name ("shopcraft-2026-03-07.db-wal"));
  g_assert_null (sc_backup_parse_daily_name ("shopcraft-before-restore-20260307-101010.db"));
  g_assert_null (sc_backup_parse_daily_name ("shopcraft-2026x03x07.db"));
  g_assert_null (sc_backup_parse_daily_name ("shopcraft-2026-\v3-07.db"));
  g_assert_null (sc_backup_parse_daily_name ("shopcraft-2026-+3-07.db"));

  /* The year in four digits, as the name is read back. */
  {
    g_autoptr(GDateTime) early = at (999, 1, 2, 3, 4);
    g_autofree char *early_name = sc_backup_daily_name (early);

    g_assert_cmpstr (early_name, ==, "shopcraft-0999-01-02.db");
  }
}

static void
test_daily_at_most_daily_three_kept (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *backups_dir = g_build_filename (dir, "backups", NULL);
  g_autofree char *first = g_build_filename (backups_dir, "shopcraft-2026-11-28.db", NULL);
  g_autofree char *other = g_build_filename (backups_dir, "notes.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *first_print = NULL;
  g_autofree char *first_again = NULL;

  test_make_database (path, 1);
  database = sc_database_open (path, &error);
  g_assert_no_error (error);

  backup_on (database, 11, 28, 21);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (test_count_learners (first), ==, 1);
  first_print = test_fingerprint (first);

  /* Later the same day: the morning's backup stays as it was. */
  g_assert_true (sc_database_exec (database, "INSERT INTO learners (uuid, display_name) VALUES ('b', 'B')", &error));
  backup_on (database, 11, 28, 23);
  first_again = test_fingerprint (first);
  g_assert_cmpstr (first_print, ==, first_again);
  backups = sc_backup_list (dir, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  g_clear_pointer (&backups, g_ptr_array_unref);

  test_write_file (other, (const guint8 *) "mine", 4);
  backup_on (database, 11, 29, 18);
  backup_on (database, 11, 30, 18);
  backup_on (database, 12, 1, 9);

  /* Three kept, newest first; the oldest went; other files stay. */
  backups = sc_backup_list (dir, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 3);
  assert_day (g_ptr_array_index (backups, 0), 12, 1);
  assert_day (g_ptr_array_index (backups, 1), 11, 30);
  assert_day (g_ptr_array_index (backups, 2), 11, 29);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  for (guint i = 0; i < backups->len; i++)
    {
      ScBackupInfo *info = g_ptr_array_index (backups, i);
      sqlite3 *db = test_open_raw (info->path);
      g_autofree char *check = test_query_text (db, "PRAGMA quick_check");

      g_assert_cmpstr (check, ==, "ok");
      g_assert_cmpint (test_query_int (db, "PRAGMA application_id"), ==, SC_DATABASE_APPLICATION_ID);
      g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM learners"), ==, 2);
      sqlite3_close (db);
    }

  g_assert_true (sc_database_close (database, &error));
  test_remove_tree (dir);
}

/* A backup that cannot be made whole leaves nothing behind. */
static void
test_daily_failure_leaves_nothing (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *backups_dir = g_build_filename (dir, "backups", NULL);
  g_autoptr(GDateTime) now = at (2026, 11, 28, 21, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GDir) listing = NULL;

  test_make_damaged (path, DAMAGE_CORRUPT_PAGE);
  database = sc_database_open (path, &error);
  g_assert_no_error (error);

  g_assert_false (sc_database_backup_daily (database, now, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  listing = g_dir_open (backups_dir, 0, &error);
  g_assert_no_error (error);
  g_assert_null (g_dir_read_name (listing));

  g_assert_true (sc_database_close (database, &error));
  test_remove_tree (dir);
}

static void
on_listed (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = sc_backup_list_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_daily_list_leaves_out_bad (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *backups_dir = g_build_filename (dir, "backups", NULL);
  g_autofree char *random = g_build_filename (backups_dir, "shopcraft-2026-11-30.db", NULL);
  g_autofree char *foreign = g_build_filename (backups_dir, "shopcraft-2026-11-29.db", NULL);
  g_autofree char *broken = g_build_filename (backups_dir, "shopcraft-2026-11-27.db", NULL);
  g_autofree char *good = g_build_filename (backups_dir, "shopcraft-2026-11-28.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) sound = NULL;
  g_autoptr(GPtrArray) listed = NULL;

  all = sc_backup_list (dir, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 0);
  g_clear_pointer (&all, g_ptr_array_unref);

  g_assert_cmpint (g_mkdir (backups_dir, 0700), ==, 0);
  test_make_damaged (random, DAMAGE_RANDOM);
  test_make_damaged (foreign, DAMAGE_FOREIGN);
  test_make_damaged (broken, DAMAGE_CORRUPT_PAGE);
  test_make_database (good, 2);

  all = sc_backup_list (dir, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 4);

  sound = sc_backup_list (dir, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sound->len, ==, 1);
  assert_day (g_ptr_array_index (sound, 0), 11, 28);

  sc_backup_list_async (dir, NULL, on_listed, &listed);
  while (listed == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (listed->len, ==, 1);
  assert_day (g_ptr_array_index (listed, 0), 11, 28);

  test_remove_tree (dir);
}

static void
test_daily_set_aside (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *expected = g_build_filename (dir, "shopcraft-damaged-20261128-091500.db", NULL);
  g_autoptr(GDateTime) now = at (2026, 11, 28, 9, 15);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *moved_again = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  sqlite3 *db;

  /* A database left with rows only in its WAL, as after a crash. */
  test_make_database (path, 1);
  db = test_open_raw (path);
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  test_exec (db, "INSERT INTO learners (uuid, display_name) VALUES ('in-wal', 'W')");
  sqlite3_close (db);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = test_fingerprint (path);

  moved = sc_database_set_aside (path, now, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (moved, ==, expected);

  /* Every file moved as it was, none left, none lost. */
  parts = g_strsplit (before, path, -1);
  renamed = g_strjoinv (expected, parts);
  after = test_fingerprint (moved);
  g_assert_cmpstr (after, ==, renamed);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (test_count_learners (moved), ==, 2);

  /* Never overwritten: the same second gets another name. */
  test_make_database (path, 1);
  moved_again = sc_database_set_aside (path, now, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (moved_again, "shopcraft-damaged-20261128-091500-2.db"));
  g_assert_true (g_file_test (moved, G_FILE_TEST_EXISTS));

  g_assert_null (sc_database_set_aside (path, now, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_IO);

  test_remove_tree (dir);
}

static void
on_checked (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GError **error = user_data;

  if (sc_database_check_finish (SC_DATABASE (object), result, error))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "sound");
}

/* What the application does after a crash, from start to end. */
static void
test_daily_recovery_flow (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GDateTime) now = at (2026, 11, 29, 8, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) check_error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *kept = NULL;
  ScBackupInfo *newest;

  /* Yesterday: a session that closed cleanly with its backup. */
  test_make_database (path, 3);
  database = sc_database_open (path, &error);
  g_assert_true (sc_database_mark_running (database, &error));
  backup_on (database, 11, 28, 20);
  g_assert_true (sc_database_close (database, &error));
  g_clear_object (&database);

  /* Today: a session that crashed and left a damaged file. */
  database = sc_database_open (path, &error);
  g_assert_true (sc_database_mark_running (database, &error));
  g_clear_object (&database);
  {
    sqlite3 *db = test_open_raw (path);
    int root = test_query_int (db, "SELECT rootpage FROM sqlite_schema WHERE name = 'statements'");
    int fd;

    sqlite3_close (db);
    fd = g_open (path, O_WRONLY, 0);
    g_assert_cmpint (pwrite (fd, "\x00\x00\x00\x00", 4, (off_t) (root - 1) * 4096), ==, 4);
    close (fd);
  }

  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_was_unclean (database));

  sc_database_check_async (database, NULL, on_checked, &check_error);
  while (check_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (check_error, SC_ERROR, SC_ERROR_CORRUPT);

  g_assert_true (sc_database_close (database, &error));
  g_clear_object (&database);
  moved = sc_database_set_aside (path, now, &error);
  g_assert_no_error (error);

  /* "Restore the backup of 28 November 2026" */
  backups = sc_backup_list (dir, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  newest = g_ptr_array_index (backups, 0);
  assert_day (newest, 11, 28);

  g_assert_true (sc_backup_restore (newest->path, dir, now, &kept, &error));
  g_assert_no_error (error);
  g_assert_null (kept);

  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (sc_database_was_unclean (database));
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "SELECT count(*) FROM statements"), ==, 6);
  g_assert_true (g_file_test (moved, G_FILE_TEST_EXISTS));

  g_assert_true (sc_database_close (database, &error));
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup-daily/names", test_daily_names);
  g_test_add_func ("/backup-daily/at-most-daily-three-kept", test_daily_at_most_daily_three_kept);
  g_test_add_func ("/backup-daily/failure-leaves-nothing", test_daily_failure_leaves_nothing);
  g_test_add_func ("/backup-daily/list-leaves-out-bad", test_daily_list_leaves_out_bad);
  g_test_add_func ("/backup-daily/set-aside", test_daily_set_aside);
  g_test_add_func ("/backup-daily/recovery-flow", test_daily_recovery_flow);

  return g_test_run ();
}
