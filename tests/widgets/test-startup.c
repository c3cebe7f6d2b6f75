/* test-startup.c - what start-up does once the database and the course are there
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real application on a data folder with the built-in course and
 * quits it as a user does: reading sessions a crash left open are closed
 * for the learner, and the search index is filled at the first start and
 * left alone (not rewritten) at the next.
 */
#include "config.h"

#include "app-run-util.h"
#include "sc-course-reader.h"
#include "sc-progress.h"

static void
test_recovers_sessions (void)
{
  g_autofree char *dir = data_dir_new ("sessions");
  g_autofree char *course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data",
                                                  "courses", "ecommerce-operations", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScLearner) active = NULL;
  g_autofree char *registration = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *closed_at = NULL;
  ScLesson *lesson;

  course = sc_course_load (course_dir, NULL, &error);
  g_assert_no_error (error);
  lesson = g_ptr_array_index (sc_course_get_lessons (course), 0);

  /* A session a crash left open, its last heartbeat long ago. */
  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  g_assert_true (sc_progress_open_lesson (database, learner, course, lesson->id, &registration, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE reading_sessions SET started_at = '2020-01-06T09:00:00.000Z',"
                         " heartbeat_at = '2020-01-06T09:10:00.000Z', active_secs = 600"
                         " WHERE registration = '%s'", registration);
  g_assert_true (sc_database_exec (database, sql, &error));
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_clear_pointer (&sql, g_free);

  active = run_app (dir, NULL, NULL, NULL);
  g_assert_cmpstr (active->uuid, ==, learner->uuid);

  sql = g_strdup_printf ("SELECT closed_at FROM reading_sessions WHERE registration = '%s'",
                         registration);
  closed_at = query_text (dir, sql);
  g_assert_nonnull (closed_at);
}

static void
test_search_index (void)
{
  g_autofree char *dir = data_dir_new ("search");
  g_autoptr(ScLearner) first = NULL;
  g_autoptr(ScLearner) second = NULL;
  g_autofree char *first_indexed = NULL;
  g_autofree char *second_indexed = NULL;
  int n_docs;

  first = run_app (dir, NULL, NULL, NULL);
  n_docs = query_int (dir, "SELECT count(*) FROM search_docs WHERE course_id = '" SC_COURSE_BUILTIN_ID "'");
  g_assert_cmpint (n_docs, >, 0);
  g_assert_cmpint (query_int (dir, "SELECT n_docs FROM search_index_state"
                                   " WHERE course_id = '" SC_COURSE_BUILTIN_ID "'"), ==, n_docs);
  g_assert_cmpint (query_int (dir, "SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"margin\"'"),
                   >, 0);
  first_indexed = query_text (dir, "SELECT indexed_at FROM search_index_state");
  g_assert_nonnull (first_indexed);

  /* The same course the next day: search is ready, nothing rewritten. */
  second = run_app (dir, NULL, NULL, NULL);
  second_indexed = query_text (dir, "SELECT indexed_at FROM search_index_state");
  g_assert_cmpstr (second_indexed, ==, first_indexed);
  g_assert_cmpint (query_int (dir, "SELECT count(*) FROM search_docs"), ==, n_docs);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *course_dir = NULL;
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-startup: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();
  test_tmp_dir = sc_test_make_tmp_dir ();

  g_test_add_func ("/startup/recovers-sessions", test_recovers_sessions);
  g_test_add_func ("/startup/search-index", test_search_index);

  status = g_test_run ();

  sc_test_remove_tree (test_tmp_dir);
  g_free (test_tmp_dir);

  return status;
}
