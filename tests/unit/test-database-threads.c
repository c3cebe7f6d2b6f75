/* test-database-threads.c - readers, staged writes and the check, each on its own thread
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-database-stage.h"
#include "sc-database.h"
#include "sc-error.h"
#include "test-db-util.h"

typedef struct
{
  GMutex            mutex;
  GCond             cond;
  ScDatabase       *database;
  ScDatabaseStage  *stage;
  int               step;       /* how far the worker (odd) or main (even) got */
  int               n_rows;
  int               seen_before;
  int               seen_during;
  int               seen_after;
  int               write_rc;
} Shared;

static void
shared_set_step (Shared *shared,
                 int     step)
{
  g_mutex_lock (&shared->mutex);
  shared->step = step;
  g_cond_broadcast (&shared->cond);
  g_mutex_unlock (&shared->mutex);
}

static void
shared_wait_step (Shared *shared,
                  int     step)
{
  g_mutex_lock (&shared->mutex);
  while (shared->step < step)
    g_cond_wait (&shared->cond, &shared->mutex);
  g_mutex_unlock (&shared->mutex);
}

static int
shared_get_step (Shared *shared)
{
  int step;

  g_mutex_lock (&shared->mutex);
  step = shared->step;
  g_mutex_unlock (&shared->mutex);

  return step;
}

/* Worker: one transaction on the stage, open for about a second. */
static gpointer
stage_worker (gpointer data)
{
  Shared *shared = data;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start;
  sqlite3 *db;

  db = sc_database_stage_open (shared->stage, &error);
  g_assert_no_error (error);

  test_exec (db, "BEGIN");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO rows (uuid, name) VALUES (?1, ?2)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  start = g_get_monotonic_time ();
  while (g_get_monotonic_time () - start < G_USEC_PER_SEC)
    {
      g_autofree char *uuid = g_strdup_printf ("staged-%d", shared->n_rows);

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, "Imported learner", -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
      if (shared->n_rows++ == 0)
        shared_set_step (shared, 1);
      if (shared->n_rows % 100 == 0)
        g_usleep (1000);
    }
  sqlite3_finalize (stmt);
  test_exec (db, "COMMIT");
  sqlite3_close_v2 (db);

  shared_set_step (shared, 3);

  return NULL;
}

static void
test_threads_stage_does_not_block_writer (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *stage_path = NULL;
  Shared shared = { 0 };
  GThread *thread;
  int n_writes = 0;

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  /* Any lock conflict fails at once instead of being waited out. */
  sc_database_set_busy_timeout (database, 0);

  shared.stage = sc_database_stage_new (database, "CREATE TABLE rows (uuid TEXT NOT NULL, name TEXT NOT NULL)",
                                        &error);
  g_assert_no_error (error);
  stage_path = g_strdup (sc_database_stage_get_path (shared.stage));
  g_assert_true (g_str_has_prefix (stage_path, dir));
  g_assert_true (g_file_test (stage_path, G_FILE_TEST_EXISTS));

  thread = g_thread_new ("stage-worker", stage_worker, &shared);
  shared_wait_step (&shared, 1);

  /* Quiz answers from the window while the import's transaction is open:
   * each one is committed within 100 ms (the one timed assertion the
   * issue asks for). */
  while (shared_get_step (&shared) < 3 && n_writes < 8)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO learners (uuid, display_name) VALUES ('ui-%d', 'UI')",
                                              n_writes);
      gint64 start = g_get_monotonic_time ();

      g_assert_true (sc_database_exec (database, sql, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 100 * 1000);
      n_writes++;
      g_usleep (50 * 1000);
    }
  g_thread_join (thread);
  g_assert_cmpint (n_writes, >=, 1);
  g_assert_cmpint (shared.n_rows, >, 1);

  /* The short transaction that brings the rows over. */
  g_assert_true (sc_database_stage_finish (shared.stage, database,
                                           "INSERT INTO main.learners (uuid, display_name)"
                                           " SELECT uuid, name FROM stage.rows", &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (sc_database_get_handle (database), "SELECT count(*) FROM learners"),
                   ==, shared.n_rows + n_writes);
  g_assert_false (g_file_test (stage_path, G_FILE_TEST_EXISTS));

  g_clear_object (&shared.stage);
  g_clear_object (&database);
  test_remove_tree (dir);
}

static void
test_threads_stage_failure_keeps_stage (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScDatabaseStage) stage = NULL;
  g_autofree char *stage_path = NULL;
  sqlite3 *db;
  sqlite3 *conn;

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  db = sc_database_get_handle (database);
  stage = sc_database_stage_new (database, "CREATE TABLE rows (uuid TEXT)", &error);
  g_assert_no_error (error);
  stage_path = g_strdup (sc_database_stage_get_path (stage));

  conn = sc_database_stage_open (stage, &error);
  g_assert_no_error (error);
  test_exec (conn, "INSERT INTO rows VALUES ('a'), ('b'), ('a')");
  sqlite3_close_v2 (conn);

  /* The duplicate breaks the UNIQUE uuid: nothing is kept, the stage is. */
  g_assert_false (sc_database_stage_finish (stage, database,
                                            "INSERT INTO main.learners (uuid, display_name)"
                                            " SELECT uuid, 'x' FROM stage.rows", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM learners"), ==, 0);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM pragma_database_list WHERE name = 'stage'"), ==, 0);
  g_assert_true (g_file_test (stage_path, G_FILE_TEST_EXISTS));

  g_assert_true (sc_database_stage_finish (stage, database,
                                           "INSERT INTO main.learners (uuid, display_name)"
                                           " SELECT DISTINCT uuid, 'x' FROM stage.rows", &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM learners"), ==, 2);

  /* A stage given up without finishing leaves no file behind. */
  g_clear_object (&stage);
  stage = sc_database_stage_new (database, "CREATE TABLE rows (uuid TEXT)", &error);
  g_assert_no_error (error);
  g_free (stage_path);
  stage_path = g_strdup (sc_database_stage_get_path (stage));
  g_assert_true (g_file_test (stage_path, G_FILE_TEST_EXISTS));
  g_clear_object (&stage);
  g_assert_false (g_file_test (stage_path, G_FILE_TEST_EXISTS));

  g_clear_object (&database);
  test_remove_tree (dir);
}

/* Worker: a read transaction held open across a write of the main thread. */
static gpointer
reader_worker (gpointer data)
{
  Shared *shared = data;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  db = sc_database_open_reader (shared->database, &error);
  g_assert_no_error (error);

  test_exec (db, "BEGIN");
  shared->seen_before = test_query_int (db, "SELECT count(*) FROM learners");
  shared_set_step (shared, 1);

  shared_wait_step (shared, 2);
  shared->seen_during = test_query_int (db, "SELECT count(*) FROM learners");
  test_exec (db, "COMMIT");
  shared->seen_after = test_query_int (db, "SELECT count(*) FROM learners");
  shared->write_rc = sqlite3_exec (db, "INSERT INTO learners (uuid, display_name) VALUES ('r', 'R')",
                                   NULL, NULL, NULL);
  sqlite3_close_v2 (db);

  return NULL;
}

static void
test_threads_reader_does_not_block_writer (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  Shared shared = { 0 };
  GThread *thread;

  test_make_database (path, 3);
  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  sc_database_set_busy_timeout (database, 0);
  shared.database = database;

  thread = g_thread_new ("reader", reader_worker, &shared);
  shared_wait_step (&shared, 1);

  g_assert_true (sc_database_exec (database,
                                   "INSERT INTO learners (uuid, display_name) VALUES ('new', 'New')", &error));
  g_assert_no_error (error);
  shared_set_step (&shared, 2);
  g_thread_join (thread);

  /* The reader kept its snapshot, then saw the write; it cannot write. */
  g_assert_cmpint (shared.seen_before, ==, 3);
  g_assert_cmpint (shared.seen_during, ==, 3);
  g_assert_cmpint (shared.seen_after, ==, 4);
  g_assert_cmpint (shared.write_rc & 0xff, ==, SQLITE_READONLY);

  g_clear_object (&database);
  test_remove_tree (dir);
}

static void
on_checked (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GError **error = user_data;
  gboolean ok;

  ok = sc_database_check_finish (SC_DATABASE (object), result, error);
  g_assert_true (ok == (*error == NULL));
  /* Report the end even on success. */
  if (ok)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "checked");
}

static GError *
check_and_wait (ScDatabase   *database,
                GCancellable *cancellable)
{
  GError *error = NULL;

  sc_database_check_async (database, cancellable, on_checked, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_clear_error (&error);

  return error;
}

static void
test_threads_check (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *good = g_build_filename (dir, "good.db", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.db", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;

  test_make_database (good, 20);
  database = sc_database_open (good, &error);
  g_assert_no_error (error);
  error = check_and_wait (database, NULL);
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  error = check_and_wait (database, cancellable);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_object (&database);

  /* Opens fine; the check finds the damage and says what to do. */
  test_make_damaged (bad, DAMAGE_CORRUPT_PAGE);
  database = sc_database_open (bad, &error);
  g_assert_no_error (error);
  error = check_and_wait (database, NULL);
  g_assert_error (error, SC_ERROR, SC_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, bad));
  g_assert_nonnull (strstr (error->message, "--restore"));

  g_clear_object (&database);
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database-threads/stage-does-not-block-writer", test_threads_stage_does_not_block_writer);
  g_test_add_func ("/database-threads/stage-failure-keeps-stage", test_threads_stage_failure_keeps_stage);
  g_test_add_func ("/database-threads/reader-does-not-block-writer", test_threads_reader_does_not_block_writer);
  g_test_add_func ("/database-threads/check", test_threads_check);

  return g_test_run ();
}
