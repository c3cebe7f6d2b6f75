/* test-scenario-run.c - finding scenarios, resuming a learner's run of one, and starting it over
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "sc-error.h"
#include "sc-sandbox-action.h"
#include "sc-scenario-run.h"
#include "test-learning-util.h"

#define SCENARIO_ID "price-the-range"

static char *
builtin_course_dir (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                           "ecommerce-operations", NULL);

  return g_canonicalize_filename (dir, NULL);
}

static ScScenario *
find_builtin (void)
{
  g_autofree char *dir = builtin_course_dir ();
  g_autoptr(GError) error = NULL;
  ScScenario *scenario = sc_scenario_find (dir, SCENARIO_ID, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenario);

  return scenario;
}

static void
write_scenario (const char *course_dir,
                const char *file,
                const char *xml)
{
  g_autofree char *folder = g_build_filename (course_dir, "scenarios", NULL);
  g_autofree char *path = g_build_filename (folder, file, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, xml, -1, &error);
  g_assert_no_error (error);
}

#define GOOD(id) \
  "<scenario id=\"" id "\">\n  <title>Store " id "</title>\n  <store products=\"2\"/>\n</scenario>\n"

static void
test_find (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *real_dir = g_canonicalize_filename (dir, NULL);
  g_autoptr(ScScenario) builtin = find_builtin ();
  g_autoptr(ScScenario) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (builtin->id, ==, SCENARIO_ID);
  g_assert_cmpstr (builtin->title, ==, "Price the range");

  write_scenario (real_dir, "good.xml", GOOD ("good"));
  write_scenario (real_dir, "broken.xml", "<scenario id=\"broken\">\n  <title>Broken</title>\n</scenario>\n");
  write_scenario (real_dir, "renamed.xml", GOOD ("other"));

  found = sc_scenario_find (real_dir, "good", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->title, ==, "Store good");
  g_assert_cmpuint (found->n_products, ==, 2);

  /* Missing: the error names the file it looked for. */
  g_assert_null (sc_scenario_find (real_dir, "nope", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "scenarios/nope.xml"));
  g_clear_error (&error);

  /* Broken: the file and line of the problem. */
  g_assert_null (sc_scenario_find (real_dir, "broken", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "scenarios/broken.xml:1: <scenario> needs a <store>"));
  g_clear_error (&error);

  /* A file whose id is not its name is found by neither. */
  g_assert_null (sc_scenario_find (real_dir, "renamed", &error));
  g_assert_nonnull (strstr (error->message, "rename the file to scenarios/other.xml"));
  g_clear_error (&error);

  /* An id is a file name, never a path. */
  g_assert_null (sc_scenario_find (real_dir, "../good", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  test_remove_tree (dir);
}

static void
test_load_all (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *real_dir = g_canonicalize_filename (dir, NULL);
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autofree char *problem = NULL;

  /* No scenarios folder: none, and no problem. */
  scenarios = sc_scenario_load_all (real_dir, problems);
  g_assert_cmpuint (scenarios->len, ==, 0);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
  g_clear_pointer (&scenarios, g_ptr_array_unref);

  write_scenario (real_dir, "zebra.xml", GOOD ("zebra"));
  write_scenario (real_dir, "apple.xml", GOOD ("apple"));
  write_scenario (real_dir, "mango.xml", "<scenario id=\"mango\"><title>Mango</title><store products=\"99\"/></scenario>");
  write_scenario (real_dir, "notes.txt", "not a scenario");

  scenarios = sc_scenario_load_all (real_dir, problems);
  g_assert_cmpuint (scenarios->len, ==, 2);
  g_assert_cmpstr (((ScScenario *) g_ptr_array_index (scenarios, 0))->id, ==, "apple");
  g_assert_cmpstr (((ScScenario *) g_ptr_array_index (scenarios, 1))->id, ==, "zebra");
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 1);
  problem = sc_course_problem_to_string (sc_course_problems_get (problems, 0));
  g_assert_true (g_str_has_prefix (problem, "scenarios/mango.xml:1: products=\"99\""));

  test_remove_tree (dir);
}

static void
test_seed (void)
{
  guint64 ada = sc_scenario_derive_seed ("6f1c2a5e-0d51-4c1b-9a4e-2b7f3c9d8e01", SCENARIO_ID);
  guint64 ben = sc_scenario_derive_seed ("0b4d9e7a-3c2f-4e8b-a1d6-5f9e8c7b6a02", SCENARIO_ID);

  /* Stable on every machine: a changed derivation changes every store. */
  g_assert_cmpuint (ada, ==, sc_scenario_derive_seed ("6f1c2a5e-0d51-4c1b-9a4e-2b7f3c9d8e01", SCENARIO_ID));
  g_assert_cmpuint (ada, !=, ben);
  g_assert_cmpuint (ada, !=, sc_scenario_derive_seed ("6f1c2a5e-0d51-4c1b-9a4e-2b7f3c9d8e01", "other"));
  g_assert_cmpuint (ada, <=, G_MAXUINT32);
  g_assert_cmpuint (ben, <=, G_MAXUINT32);
}

static void
test_open_run (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ScScenario) scenario = find_builtin ();
  g_autoptr(ScLearner) ben = NULL;
  g_autoptr(ScRun) first = NULL;
  g_autoptr(ScRun) again = NULL;
  g_autoptr(ScRun) bens = NULL;
  g_autoptr(ScRun) blocker = NULL;
  g_autoptr(ScRun) other = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (sc_scenario_lookup_open_run (f->database, f->learner->id, SCENARIO_ID, &error));
  g_assert_no_error (error);

  /* A run of another kind already has the scenario's title. */
  blocker = sc_run_create (f->database, f->learner->id, "Price the range", NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);

  first = sc_scenario_open_run (f->database, f->learner->id, scenario, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->name, ==, "Price the range 2");
  g_assert_cmpstr (first->scenario_id, ==, SCENARIO_ID);
  g_assert_cmpuint (first->seed, ==, sc_scenario_derive_seed (f->learner->uuid, SCENARIO_ID));
  g_assert_cmpuint (first->generator_version, ==, SC_SCENARIO_GENERATOR_VERSION);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM sandbox_products"), ==, 4);

  /* Opening again resumes it. */
  again = sc_scenario_open_run (f->database, f->learner->id, scenario, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->uuid, ==, first->uuid);
  g_assert_cmpstr (again->registration, ==, first->registration);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM sandbox_runs"), ==, 2);

  /* The newest open run wins. */
  other = sc_scenario_new_run (f->database, f->learner->id, scenario, "Second try", TRUE, 42, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other->seed, ==, 42);
  g_clear_pointer (&again, sc_run_free);
  again = sc_scenario_open_run (f->database, f->learner->id, scenario, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->uuid, ==, other->uuid);

  /* Another learner gets a store of their own, from another seed. */
  ben = sc_learner_create (f->database, "Ben", &error);
  g_assert_no_error (error);
  bens = sc_scenario_open_run (f->database, ben->id, scenario, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bens->name, ==, "Price the range");
  g_assert_cmpuint (bens->seed, !=, first->seed);
}

static char *
dump_run (Fixture     *f,
          const ScRun *run)
{
  g_autoptr(GError) error = NULL;
  char *dump = sc_run_dump (f->db, run, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dump);

  return dump;
}

static gint64
first_id (Fixture    *f,
          const char *table,
          const ScRun *run)
{
  g_autofree char *sql = g_strdup_printf ("SELECT min(id) FROM %s WHERE run_uuid = '%s'", table, run->uuid);

  return test_query_int (f->db, sql);
}

static void
test_reset (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScScenario) scenario = find_builtin ();
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScRun) fresh = NULL;
  g_autoptr(ScRun) stored = NULL;
  g_autoptr(ScSandboxHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fresh_dump = NULL;
  g_autofree char *edited_dump = NULL;
  g_autofree char *reset_dump = NULL;
  g_autofree char *old_registration = NULL;
  g_autofree char *log = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *expected_log = NULL;

  run = sc_scenario_open_run (f->database, f->learner->id, scenario, &error);
  g_assert_no_error (error);
  old_registration = g_strdup (run->registration);

  /* What a fresh generation with the same seed holds, in a run of its own. */
  fresh = sc_scenario_new_run (f->database, f->learner->id, scenario, "Fresh", TRUE, run->seed, &error);
  g_assert_no_error (error);
  fresh_dump = dump_run (f, fresh);

  g_assert_true (sc_sandbox_edit_product (f->database, run, f->learner->id,
                                          first_id (f, "sandbox_products", run),
                                          "title", "My own title", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sc_sandbox_edit_variant (f->database, run, f->learner->id,
                                          first_id (f, "sandbox_variants", run),
                                          "price", "123.45", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sc_sandbox_undo (f->database, run, f->learner->id, NULL, &error));
  g_assert_no_error (error);
  edited_dump = dump_run (f, run);
  g_assert_cmpstr (edited_dump, !=, fresh_dump);

  g_assert_true (sc_scenario_reset_run (f->database, scenario, run, &error));
  g_assert_no_error (error);

  /* The store is a fresh generation with the run's own seed. */
  reset_dump = dump_run (f, run);
  g_assert_cmpstr (reset_dump, ==, fresh_dump);

  /* A new registration, in the struct and in the database. */
  g_assert_cmpstr (run->registration, !=, old_registration);
  g_assert_true (g_uuid_string_is_valid (run->registration));
  stored = sc_run_lookup (f->database, f->learner->id, run->name, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->registration, ==, run->registration);
  g_assert_cmpstr (stored->uuid, ==, run->uuid);
  g_assert_cmpuint (stored->seed, ==, run->seed);

  /* History is kept: the reset is appended, stamped with the new
   * registration; what came before keeps the old one. */
  sql = g_strdup_printf ("SELECT sequence, kind, registration = '%s' FROM sandbox_actions "
                         "WHERE run_uuid = '%s' ORDER BY sequence", run->registration, run->uuid);
  log = test_dump (f->db, sql);
  expected_log = g_strdup ("1|create|0\n2|edit-product|0\n3|edit-variant|0\n4|undo|0\n5|reset|1\n");
  g_assert_cmpstr (log, ==, expected_log);

  /* Neither undo nor redo crosses a reset. */
  history = sc_sandbox_history_load (f->db, run, f->learner->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->undo->len, ==, 0);
  g_assert_cmpuint (history->redo->len, ==, 0);
  g_assert_false (sc_sandbox_undo (f->database, run, f->learner->id, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_sandbox_redo (f->database, run, f->learner->id, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Edits after a reset undo as before, back to the reset and no further. */
  g_assert_true (sc_sandbox_edit_product (f->database, run, f->learner->id,
                                          first_id (f, "sandbox_products", run),
                                          "title", "After the reset", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sc_sandbox_undo (f->database, run, f->learner->id, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&reset_dump, g_free);
  reset_dump = dump_run (f, run);
  g_assert_cmpstr (reset_dump, ==, fresh_dump);
  g_assert_false (sc_sandbox_undo (f->database, run, f->learner->id, NULL, &error));
  g_clear_error (&error);

  /* A second reset: another registration again. */
  g_clear_pointer (&old_registration, g_free);
  old_registration = g_strdup (run->registration);
  g_assert_true (sc_scenario_reset_run (f->database, scenario, run, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (run->registration, !=, old_registration);
  g_assert_cmpint (sc_run_count_actions (f->db, run), ==, 8);
  g_clear_pointer (&reset_dump, g_free);
  reset_dump = dump_run (f, run);
  g_assert_cmpstr (reset_dump, ==, fresh_dump);
}

static void
test_reset_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ScScenario) scenario = find_builtin ();
  g_autoptr(ScRun) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *registration = NULL;

  imported = sc_run_create (f->database, f->learner->id, "Imported", NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);
  registration = g_strdup (imported->registration);

  g_assert_false (sc_scenario_reset_run (f->database, scenario, imported, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“Imported” was imported from a product file"));
  g_assert_cmpstr (imported->registration, ==, registration);
  g_assert_cmpint (sc_run_count_actions (f->db, imported), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario-run/find", test_find);
  g_test_add_func ("/scenario-run/load-all", test_load_all);
  g_test_add_func ("/scenario-run/seed", test_seed);
  g_test_add ("/scenario-run/open", Fixture, NULL, fixture_set_up, test_open_run, fixture_tear_down);
  g_test_add ("/scenario-run/reset", Fixture, NULL, fixture_set_up, test_reset, fixture_tear_down);
  g_test_add ("/scenario-run/reset-refused", Fixture, NULL, fixture_set_up, test_reset_refused,
              fixture_tear_down);

  return g_test_run ();
}
