/* test-run-command-practice.c - shopcraft --start-scenario, --check-run and --reset-run
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built executable (SHOPCRAFT_EXE) as a user would, with no
 * display, a temporary --data-dir and a copy of the example course with
 * a scenario for its "titles" lesson's practice card.
 */
#include "test-run-command-util.h"

#define LEARNER  "Ada Park"
#define RUN_NAME "Clean up the titles"

static const char scenario_xml[] =
  "<scenario id=\"title-cleanup\">\n"
  "  <title>" RUN_NAME "</title>\n"
  "  <store currency=\"EUR\" products=\"2\" variants=\"2\"/>\n"
  "  <goals>\n"
  "    <goal id=\"live\" type=\"status\" product=\"*\" status=\"active\">\n"
  "      <message>Make every product active.</message>\n"
  "    </goal>\n"
  "    <goal id=\"margin\" type=\"price-over-cost\" product=\"*\" ratio=\"1.01\"/>\n"
  "  </goals>\n"
  "</scenario>\n";

typedef struct
{
  char *dir;
  char *data;
  char *course;
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autofree char *example = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "docs", "example-course", NULL);
  g_autofree char *scenarios = NULL;
  g_autofree char *scenario = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "cp", "-R", example, NULL, NULL };
  int wait_status = 0;

  f->dir = test_make_dir ();
  f->data = g_build_filename (f->dir, "data", NULL);
  f->course = g_build_filename (f->dir, "course", NULL);
  f->db_path = g_build_filename (f->data, "shopcraft.db", NULL);

  argv[3] = f->course;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));

  scenarios = g_build_filename (f->course, "scenarios", NULL);
  g_assert_cmpint (g_mkdir_with_parents (scenarios, 0700), ==, 0);
  scenario = g_build_filename (scenarios, "title-cleanup.xml", NULL);
  g_file_set_contents (scenario, scenario_xml, -1, &error);
  g_assert_no_error (error);

  g_setenv ("SHOPCRAFT_COURSE_DIR", f->course, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_unsetenv ("SHOPCRAFT_COURSE_DIR");
  test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->data);
  g_free (f->course);
  g_free (f->db_path);
}

static int
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3 *db = test_open_raw (f->db_path);
  int value = test_query_int (db, sql);

  sqlite3_close (db);

  return value;
}

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  sqlite3 *db = test_open_raw (f->db_path);

  test_exec (db, sql);
  sqlite3_close (db);
}

static void
test_start_check_reset (Fixture       *f,
                        gconstpointer  user_data)
{
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  {
    const char * const args[] = { "--learner", LEARNER, "--start-scenario", "title-cleanup", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Started the practice run “" RUN_NAME "” of " LEARNER
                                   " on the scenario title-cleanup (seed "));
  g_assert_nonnull (strstr (run.out, "): 2 products, "));
  g_assert_nonnull (strstr (run.out, "\nGoals:\n  live: Make every product active.\n"
                                     "  margin: price-over-cost, every product\n"));
  g_assert_cmpstr (run.err, ==, "");

  /* Opening it again resumes it. */
  {
    const char * const args[] = { "--learner", LEARNER, "--start-scenario", "title-cleanup", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Resumed the practice run “" RUN_NAME "”"));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM sandbox_runs"), ==, 1);

  /* Not every goal passes: status 1, each goal on a line of its own. */
  {
    const char * const args[] = { "--learner", LEARNER, "--check-run", RUN_NAME, NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  assert_has_line (run.out, "FAIL live");
  assert_has_line (run.out, "  Make every product active.");
  assert_has_line (run.out, "PASS margin");
  assert_has_line (run.out, "1 of 2 goals pass in the practice run “" RUN_NAME "”; the check is recorded for "
                   LEARNER ".");
  /* Recorded under the run's registration, with the lesson's competency. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM statements s JOIN sandbox_runs r "
                                 "ON s.registration = r.registration"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM statements WHERE verb LIKE '%/failed' AND "
                                 "json_extract (json, '$.context.contextActivities.category[0].id') = "
                                 "'https://example.org/shopcraft/example-shop/competency/listing.titles' AND "
                                 "json_extract (json, '$.result.score.raw') = 1 AND "
                                 "json_extract (json, '$.result.score.max') = 2"), ==, 1);

  /* The learner fixes the store: every goal passes, status 0. */
  exec_sql (f, "UPDATE sandbox_products SET status = 'active'");
  {
    const char * const args[] = { "--learner", LEARNER, "--check-run", RUN_NAME, NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  assert_has_line (run.out, "PASS live");
  assert_has_line (run.out, "PASS margin");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM statements WHERE verb LIKE '%/passed'"), ==, 1);

  /* Starting over: a fresh store under a new registration. */
  {
    const char * const args[] = { "--learner", LEARNER, "--reset-run", RUN_NAME, NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Started the practice run “" RUN_NAME "” over with a fresh store "
                                   "from the scenario title-cleanup (seed "));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM sandbox_products WHERE status = 'active'"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM statements s JOIN sandbox_runs r "
                                 "ON s.registration = r.registration"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM sandbox_actions WHERE kind = 'reset'"), ==, 1);

  {
    const char * const args[] = { "--learner", LEARNER, "--check-run", RUN_NAME, NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM statements s JOIN sandbox_runs r "
                                 "ON s.registration = r.registration WHERE s.verb LIKE '%/attempted'"), ==, 1);
}

static void
test_seed_and_name (Fixture       *f,
                    gconstpointer  user_data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *first = NULL;

  if (!have_executable ())
    return;

  {
    const char * const args[] = { "--start-scenario", "title-cleanup", "--run", "Seeded", "--seed", "42", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "“Seeded”"));
  g_assert_nonnull (strstr (run.out, "(seed 42)"));

  {
    const char * const args[] = { "--dump-run", "Seeded", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "scenario title-cleanup\nseed 42\ngenerator-version "));
  first = g_steal_pointer (&run.out);

  /* The same seed gives the same store. */
  {
    const char * const args[] = { "--start-scenario", "title-cleanup", "--run", "Again", "--seed", "42", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  {
    const char * const args[] = { "--dump-run", "Again", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpstr (run.out, ==, first);

  /* --run names an existing run: resumed, unless --seed disagrees. */
  {
    const char * const args[] = { "--start-scenario", "title-cleanup", "--run", "Seeded", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Resumed the practice run “Seeded”"));
  {
    const char * const args[] = { "--start-scenario", "title-cleanup", "--run", "Seeded", "--seed", "7", NULL };

    run_shopcraft (&run, f->data, args);
  }
  assert_failed (&run, "already exists with the seed 42");
}

static void
test_errors (Fixture       *f,
             gconstpointer  user_data)
{
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  {
    const char * const args[] = { "--start-scenario", "no-such-store", NULL };

    run_shopcraft (&run, f->data, args);
  }
  assert_failed (&run, "has no practice scenario “no-such-store”; use one of: title-cleanup.");

  {
    const char * const args[] = { "--start-scenario", "title-cleanup", "--seed", "many", NULL };

    run_shopcraft (&run, f->data, args);
  }
  assert_failed (&run, "--seed many is not a whole number");

  {
    const char * const args[] = { "--check-run", "Nothing here", NULL };

    run_shopcraft (&run, f->data, args);
  }
  assert_failed (&run, "has no practice run called “Nothing here”. Start one with --start-scenario ID");

  {
    const char * const args[] = { "--reset-run", "Nothing here", NULL };

    run_shopcraft (&run, f->data, args);
  }
  assert_failed (&run, "has no practice run called “Nothing here”");

  {
    const char * const args[] = { "--learner", "Nobody", "--check-run", "Nothing here", NULL };

    run_shopcraft (&run, f->data, args);
  }
  assert_failed (&run, "There is no learner called “Nobody”");

  {
    const char * const args[] = { "--check-run", "A", "--reset-run", "A", NULL };

    run_shopcraft (&run, f->data, args);
  }
  assert_failed (&run, "cannot be used together");
}

/* The built-in course's order practice: the run holds the queue and the
 * stock sheet, --dump-run prints them, and starting over gives the same
 * queue back after a step. */
static void
test_order_queue (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *builtin = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data",
                                               "courses", "ecommerce-operations", NULL);
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  g_setenv ("SHOPCRAFT_COURSE_DIR", builtin, TRUE);
  {
    const char * const args[] = { "--start-scenario", "order-queue-basics", "--run", "Queue", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);

  {
    const char * const args[] = { "--dump-run", "Queue", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "scenario order-queue-basics\n"));
  /* Twelve orders, one of them high-risk, and the candles' stock. */
  g_assert_nonnull (strstr (run.out, "order \"#1001\"\n"));
  g_assert_nonnull (strstr (run.out, "order \"#1012\"\n"));
  g_assert_null (strstr (run.out, "order \"#1013\"\n"));
  g_assert_nonnull (strstr (run.out, "risk-level high\n"));
  g_assert_null (strstr (strstr (run.out, "risk-level high\n") + 1, "risk-level high\n"));
  g_assert_nonnull (strstr (run.out, "HW-FIG-220"));

  /* "Check My Work" on the fresh queue: nothing was shipped unpaid yet,
   * the rest is still to do, each with what is wrong and what to do. */
  {
    const char * const args[] = { "--check-run", "Queue", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  assert_has_line (run.out, "PASS no-unpaid-shipped");
  assert_has_line (run.out, "FAIL risky-on-hold");
  assert_has_line (run.out, "  • #1004 is not on hold; it should be held for fraud-review.");
  assert_has_line (run.out, "FAIL broken-candle");
  assert_has_line (run.out, "  • #1009: 0 × HW-FIG-220 refunded as no-restock; it should be 1.");
  assert_has_line (run.out, "FAIL cancel-reason");
  assert_has_line (run.out, "  • #1001 is not cancelled.");
  g_assert_nonnull (strstr (run.out, "1 of 4 goals pass in the practice run “Queue”"));

  {
    const char * const args[] = { "--reset-run", "Queue", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  {
    const char * const args[] = { "--dump-run", "Queue", NULL };

    run_shopcraft (&run, f->data, args);
  }
  g_assert_nonnull (strstr (run.out, "order \"#1012\"\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/run-command-practice/start-check-reset", Fixture, NULL, fixture_set_up,
              test_start_check_reset, fixture_tear_down);
  g_test_add ("/run-command-practice/seed-and-name", Fixture, NULL, fixture_set_up,
              test_seed_and_name, fixture_tear_down);
  g_test_add ("/run-command-practice/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  g_test_add ("/run-command-practice/order-queue", Fixture, NULL, fixture_set_up, test_order_queue,
              fixture_tear_down);

  return g_test_run ();
}
