/* test-database.c - opening, migrating and refusing databases
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <utime.h>

#include "sc-database.h"
#include "sc-error.h"
#include "test-db-util.h"

static void
test_database_creates_and_migrates (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *nested = g_build_filename (dir, "a", "b", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *wal = NULL;
  sqlite3 *db;

  g_unsetenv ("SHOPCRAFT_BUSY_TIMEOUT_MS");
  database = sc_database_open_in_dir (nested, &error);
  g_assert_no_error (error);
  g_assert_nonnull (database);
  g_assert_cmpint (sc_database_get_latest_version (), >=, 1);
  g_assert_cmpint (sc_database_get_schema_version (database), ==, sc_database_get_latest_version ());
  g_assert_true (g_str_has_suffix (sc_database_get_path (database), "/a/b/shopcraft.db"));
  g_assert_null (sc_database_get_warning (database));
  g_assert_true (sc_database_is_wal (database));

  db = sc_database_get_handle (database);
  mode = test_query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (test_query_int (db, "PRAGMA application_id"), ==, SC_DATABASE_APPLICATION_ID);
  g_assert_cmpint (test_query_int (db, "PRAGMA user_version"), ==, sc_database_get_latest_version ());
  g_assert_cmpint (test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (test_query_int (db, "PRAGMA synchronous"), ==, 1); /* NORMAL */
  g_assert_cmpint (test_query_int (db, "PRAGMA busy_timeout"), ==, SC_SQLITE_DEFAULT_BUSY_TIMEOUT);

  sc_database_set_busy_timeout (database, 250);
  g_assert_cmpint (test_query_int (db, "PRAGMA busy_timeout"), ==, 250);

  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
  g_assert_null (sc_database_get_handle (database));
  /* Closing folds the WAL back into the file. */
  wal = g_strconcat (sc_database_get_path (database), "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  test_remove_tree (dir);
}

static void
test_database_keeps_data (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;

  test_make_database (path, 3);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "SELECT count(*) FROM learners"), ==, 3);
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "SELECT count(*) FROM statements"), ==, 6);

  g_clear_object (&database);
  test_remove_tree (dir);
}

/* A new database has 16 KiB pages; one made with SQLite's 4 KiB pages
 * keeps them, and its data, when it is opened again. */
static void
test_database_page_size (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *check = NULL;
  sqlite3 *db = NULL;

  test_make_database (path, 2);
  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "PRAGMA page_size"), ==, 16384);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
  g_clear_object (&database);

  /* Rewritten with 4 KiB pages, as databases of earlier versions are. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  test_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM");
  g_assert_cmpint (test_query_int (db, "PRAGMA page_size"), ==, 4096);
  sqlite3_close (db);

  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "PRAGMA page_size"), ==, 4096);
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "SELECT count(*) FROM learners"), ==, 2);
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "SELECT count(*) FROM statements"), ==, 4);
  check = test_query_text (sc_database_get_handle (database), "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");

  g_clear_object (&database);
  test_remove_tree (dir);
}

/* A backup or restore killed half-way leaves hidden copies: the next
 * start removes those older than an hour, and nothing else. */
static void
write_aged (const char *path,
            gint64      age_seconds)
{
  struct utimbuf times;

  g_assert_true (g_file_set_contents (path, "half a copy", -1, NULL));
  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - age_seconds);
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static void
test_database_removes_stale_scratch (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  const struct { const char *name; gint64 age; gboolean removed; } files[] = {
    { ".shopcraft.db.tmp-Ab12Cd", 7200, TRUE },
    { ".shopcraft.db.tmp-Ab12Cd-journal", 7200, TRUE },
    { ".shopcraft-before-restore-2026-11-01.db.tmp-x9Y8z7", 7200, TRUE },
    { "backups/.shopcraft-2026-11-02.db.tmp", 7200, TRUE },
    { ".shopcraft.db.tmp-Qw34Er", 60, FALSE },      /* maybe still written */
    { ".shopcraft.db.tmp-toolong1", 7200, FALSE },  /* not our pattern */
    { ".hidden-notes", 7200, FALSE },
    { "shopcraft.db.tmp-Ab12Cd", 7200, FALSE },     /* not hidden */
    { "backups/shopcraft-2026-11-02.db", 7200, FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;

  g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *file = g_build_filename (dir, files[i].name, NULL);

      write_aged (file, files[i].age);
    }

  database = sc_database_open (path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *file = g_build_filename (dir, files[i].name, NULL);

      g_test_message ("%s", files[i].name);
      g_assert_cmpint (g_file_test (file, G_FILE_TEST_EXISTS), ==, !files[i].removed);
    }

  g_clear_object (&database);
  test_remove_tree (dir);
}

/* An empty file, or an SQLite file with nothing in it (whatever version
 * its header claims), becomes a new Shopcraft database. */
static void
test_database_adopts_empty_file (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  sqlite3 *db;

  for (int claimed = 0; claimed <= 1; claimed++)
    {
      g_unlink (path);
      if (claimed == 0)
        test_write_file (path, (const guint8 *) "", 0);
      else
        {
          db = test_open_raw (path);
          test_exec (db, "PRAGMA user_version = 1; CREATE TABLE t (x); DROP TABLE t;");
          sqlite3_close (db);
        }

      database = sc_database_open (path, &error);
      g_assert_no_error (error);
      db = sc_database_get_handle (database);
      g_assert_cmpint (test_query_int (db, "PRAGMA application_id"), ==, SC_DATABASE_APPLICATION_ID);
      g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'learners'"), ==, 1);
      g_assert_true (sc_database_close (database, &error));
      g_clear_object (&database);
    }

  test_remove_tree (dir);
}

static void
test_database_refuses_damaged (gconstpointer data)
{
  TestDamage damage = GPOINTER_TO_INT (data);
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  test_make_damaged (path, damage);
  before = test_fingerprint (path);

  database = sc_database_open (path, &error);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, SC_ERROR, test_damage_error (damage));
  g_assert_null (database);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (strchr (error->message, '\n'));
  if (damage == DAMAGE_NEWER)
    g_assert_nonnull (strstr (error->message, "newer Shopcraft"));
  else if (damage == DAMAGE_FOREIGN)
    g_assert_nonnull (strstr (error->message, "not a Shopcraft database"));
  else
    g_assert_nonnull (strstr (error->message, "--restore"));

  after = test_fingerprint (path);
  g_assert_cmpstr (before, ==, after);

  test_remove_tree (dir);
}

/* A corrupted table page is not seen at open (only page 1 is read), and
 * then only the check finds it: see test-database-threads.c and
 * test-backup.c. Opening it changes none of its bytes. */
static void
test_database_corrupt_page_opens_untouched (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  test_make_damaged (path, DAMAGE_CORRUPT_PAGE);
  before = test_fingerprint (path);

  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));

  after = test_fingerprint (path);
  g_assert_cmpstr (before, ==, after);

  test_remove_tree (dir);
}

static void
test_database_refuses_locked (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TestHolder holder;

  test_make_database (path, 1);
  holder = test_hold_lock (path);
  before = test_fingerprint (path);

  g_setenv ("SHOPCRAFT_BUSY_TIMEOUT_MS", "100", TRUE);
  database = sc_database_open (path, &error);
  g_unsetenv ("SHOPCRAFT_BUSY_TIMEOUT_MS");
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, SC_ERROR, SC_ERROR_LOCKED);
  g_assert_null (database);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "Close other copies of Shopcraft"));

  after = test_fingerprint (path);
  g_assert_cmpstr (before, ==, after);

  test_release_lock (&holder);
  g_assert_cmpint (test_count_learners (path), ==, 2);
  test_remove_tree (dir);
}

/* Opens @dir as "nobody" in a child and returns "CODE MESSAGE". */
static char *
open_as_nobody (const char *dir)
{
  g_autoptr(GString) result = g_string_new (NULL);
  char buffer[1024];
  ssize_t n;
  int fds[2];
  int status = 0;
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScDatabase) database = NULL;
      g_autofree char *line = NULL;

      close (fds[0]);
      if (!test_become_nobody ())
        _exit (77);
      database = sc_database_open_in_dir (dir, &error);
      line = error != NULL ? g_strdup_printf ("%d %s", error->code, error->message) : g_strdup ("ok");
      if (write (fds[1], line, strlen (line)) < 0)
        _exit (1);
      _exit (0);
    }

  close (fds[1]);
  while ((n = read (fds[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (result, buffer, n);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == 77)
    return NULL;
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  return g_string_free (g_steal_pointer (&result), FALSE);
}

static void
test_database_refuses_unwritable_folder (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *locked_dir = g_build_filename (dir, "readonly", NULL);
  g_autofree char *path = g_build_filename (locked_dir, "shopcraft.db", NULL);
  g_autofree char *missing = g_build_filename (locked_dir, "new", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *result = NULL;
  g_autofree char *result_missing = NULL;

  g_assert_cmpint (g_mkdir (locked_dir, 0700), ==, 0);
  test_make_database (path, 1);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (locked_dir, 0555), ==, 0);
  before = test_fingerprint (path);

  result = open_as_nobody (locked_dir);
  if (result == NULL)
    {
      test_remove_tree (dir);
      g_test_skip ("cannot become another user to meet folder permissions");
      return;
    }

  g_test_message ("%s", result);
  expected = g_strdup_printf ("%d The folder %s is not writable (Permission denied).", SC_ERROR_IO, locked_dir);
  g_assert_true (g_str_has_prefix (result, expected));
  g_assert_nonnull (strstr (result, "--data-dir"));

  result_missing = open_as_nobody (missing);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%d The folder %s cannot be created", SC_ERROR_IO, missing);
  g_assert_true (g_str_has_prefix (result_missing, expected));

  after = test_fingerprint (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  test_remove_tree (dir);
}

static void
test_database_network_fallback (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *mode = NULL;

  g_assert_true (sc_sqlite_fs_magic_is_network (0x6969));      /* NFS */
  g_assert_true (sc_sqlite_fs_magic_is_network (0x517B));      /* SMB */
  g_assert_true (sc_sqlite_fs_magic_is_network (0xFF534D42));  /* CIFS */
  g_assert_true (sc_sqlite_fs_magic_is_network (0xFE534D42));  /* SMB2 */
  g_assert_false (sc_sqlite_fs_magic_is_network (0xEF53));     /* ext4 */
  g_assert_false (sc_sqlite_fs_magic_is_network (0x01021994)); /* tmpfs */
  g_assert_false (sc_sqlite_dir_is_network (dir));

  sc_sqlite_set_fs_magic_for_testing (0x6969);
  database = sc_database_open_in_dir (dir, &error);
  sc_sqlite_set_fs_magic_for_testing (0);
  g_assert_no_error (error);

  g_assert_false (sc_database_is_wal (database));
  g_assert_nonnull (sc_database_get_warning (database));
  g_assert_nonnull (strstr (sc_database_get_warning (database), dir));
  g_assert_nonnull (strstr (sc_database_get_warning (database), "network file system"));
  mode = test_query_text (sc_database_get_handle (database), "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "PRAGMA synchronous"), ==, 2); /* FULL */
  g_assert_true (sc_database_exec (database,
                                   "INSERT INTO learners (uuid, display_name) VALUES ('u', 'U')", &error));
  g_assert_no_error (error);
  g_clear_object (&database);

  /* Back on a local disk the same file returns to WAL, warning-free. */
  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_is_wal (database));
  g_assert_null (sc_database_get_warning (database));
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "SELECT count(*) FROM learners"), ==, 1);

  g_clear_object (&database);
  test_remove_tree (dir);
}

static void
test_database_statements_append_only (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  sqlite3 *db;
  static const char * const refused[] = {
    "DELETE FROM statements WHERE id = 's-1-a'",
    "DELETE FROM statements",
    "UPDATE statements SET verb = 'urn:other' WHERE id = 's-1-a'",
    ("INSERT OR REPLACE INTO statements (id, learner_id, verb, object_id, timestamp, json)"
     " VALUES ('s-1-a', 1, 'urn:changed', 'urn:object', '2026-11-28T11:00:00Z', '{}')"),
    "UPDATE learners SET id = 9 WHERE id = 1",
  };

  test_make_database (path, 2);
  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  db = sc_database_get_handle (database);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) local_error = NULL;

      g_assert_false (sc_database_exec (database, refused[i], &local_error));
      g_assert_nonnull (local_error);
      g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM statements"), ==, 4);
      g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM statements WHERE verb = 'urn:verb'"), ==, 4);
    }

  /* Deleting a learner takes its statements, and only its own. */
  g_assert_true (sc_database_exec (database, "DELETE FROM learners WHERE id = 1", &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM statements WHERE learner_id = 1"), ==, 0);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM statements WHERE learner_id = 2"), ==, 2);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM learners"), ==, 1);

  /* A failed write inside its own transaction leaves no transaction open. */
  g_assert_false (sc_database_exec (database,
                                    "BEGIN; INSERT INTO learners (uuid, display_name) VALUES ('x', 'X');"
                                    "DELETE FROM statements; COMMIT;", &error));
  g_clear_error (&error);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM learners"), ==, 1);

  g_clear_object (&database);
  test_remove_tree (dir);
}

static void
test_database_full_disk (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *check = NULL;
  sqlite3 *db;
  int pages;

  test_make_database (path, 5);
  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  db = sc_database_get_handle (database);

  /* The file may grow by two pages, no more: a full disk, reproducibly. */
  pages = test_query_int (db, "PRAGMA page_count");
  sql = g_strdup_printf ("PRAGMA max_page_count = %d", pages + 2);
  test_exec (db, sql);

  g_assert_false (sc_database_exec (database,
                                    "BEGIN;"
                                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)"
                                    " INSERT INTO learners (uuid, display_name)"
                                    " SELECT 'bulk-' || i, hex (randomblob (500)) FROM n;"
                                    "COMMIT;", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_nonnull (strstr (error->message, "Free some disk space"));
  g_clear_error (&error);

  /* Nothing half-written: the transaction is gone and the file is sound. */
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM learners"), ==, 5);
  check = test_query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");

  /* Room again: writing works again. */
  test_exec (db, "PRAGMA max_page_count = 1000000");
  g_assert_true (sc_database_exec (database,
                                   "INSERT INTO learners (uuid, display_name) VALUES ('after', 'After')", &error));
  g_assert_no_error (error);

  g_assert_true (sc_database_close (database, &error));
  g_assert_cmpint (test_count_learners (path), ==, 6);
  test_remove_tree (dir);
}

static void
test_database_unclean_marker (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *marker = g_build_filename (dir, SC_DATABASE_MARKER_NAME, NULL);
  g_autofree char *stale_stage = g_build_filename (dir, SC_DATABASE_STAGE_PREFIX "abc123.db", NULL);
  g_autofree char *boot_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  g_assert_false (sc_database_was_unclean (database));
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));

  g_assert_true (sc_database_mark_running (database, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));

  /* Dropped without closing, as a crash would leave it. */
  g_clear_object (&database);
  g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));

  /* The crashed session also left a stage it can never finish. */
  test_write_file (stale_stage, (const guint8 *) "", 0);

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_was_unclean (database));
  g_assert_true (sc_database_mark_running (database, &error));
  g_assert_false (g_file_test (stale_stage, G_FILE_TEST_EXISTS));
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));
  g_assert_true (sc_database_close (database, &error));
  g_clear_object (&database);

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  g_assert_false (sc_database_was_unclean (database));

  /* Batch commands never mark: closing without marking leaves none. */
  g_assert_true (sc_database_close (database, &error));
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));
  g_clear_object (&database);

  /* A marker of a process still running (a second window on this folder)
   * is not a crash; the same process id after a reboot is. */
  g_file_get_contents ("/proc/sys/kernel/random/boot_id", &boot_id, NULL, NULL);
  if (boot_id != NULL)
    {
      g_autofree char *live = g_strdup_printf ("%d %s", (int) getppid (), g_strstrip (boot_id));
      g_autofree char *rebooted = g_strdup_printf ("%d 00000000-0000-0000-0000-000000000000", (int) getppid ());

      test_write_file (marker, (const guint8 *) live, strlen (live));
      database = sc_database_open_in_dir (dir, &error);
      g_assert_no_error (error);
      g_assert_false (sc_database_was_unclean (database));
      g_clear_object (&database);

      test_write_file (marker, (const guint8 *) rebooted, strlen (rebooted));
      database = sc_database_open_in_dir (dir, &error);
      g_assert_no_error (error);
      g_assert_true (sc_database_was_unclean (database));
      g_clear_object (&database);
    }

  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database/creates-and-migrates", test_database_creates_and_migrates);
  g_test_add_func ("/database/keeps-data", test_database_keeps_data);
  g_test_add_func ("/database/page-size", test_database_page_size);
  g_test_add_func ("/database/adopts-empty-file", test_database_adopts_empty_file);
  g_test_add_func ("/database/removes-stale-scratch", test_database_removes_stale_scratch);
  for (TestDamage damage = 0; damage < N_DAMAGES; damage++)
    {
      g_autofree char *name = NULL;

      if (damage == DAMAGE_CORRUPT_PAGE)
        continue;
      name = g_strdup_printf ("/database/refuses/%s", test_damage_name (damage));
      g_test_add_data_func (name, GINT_TO_POINTER (damage), test_database_refuses_damaged);
    }
  g_test_add_func ("/database/refuses/locked", test_database_refuses_locked);
  g_test_add_func ("/database/refuses/unwritable-folder", test_database_refuses_unwritable_folder);
  g_test_add_func ("/database/corrupt-page-opens-untouched", test_database_corrupt_page_opens_untouched);
  g_test_add_func ("/database/network-fallback", test_database_network_fallback);
  g_test_add_func ("/database/statements-append-only", test_database_statements_append_only);
  g_test_add_func ("/database/full-disk", test_database_full_disk);
  g_test_add_func ("/database/unclean-marker", test_database_unclean_marker);

  return g_test_run ();
}
