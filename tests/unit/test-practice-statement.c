/* test-practice-statement.c - "Check my work" recorded as statements, as a quiz attempt is
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-error.h"
#include "sc-module-status.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario-run.h"
#include "sc-xapi.h"
#include "test-learning-util.h"

#define SCENARIO_ID   "price-the-range"
#define IRI_BASE      "https://example.org/shopcraft/example-shop/"
#define PRACTICE_IRI  IRI_BASE "practice/" SCENARIO_ID
#define VERB(name)    "http://adlnet.gov/expapi/verbs/" name

/* A number at a JSONPath, compared as a number. */
#define assert_number(root, path, expected) \
  G_STMT_START { \
    g_autofree char *_text = test_json_at ((root), (path)); \
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (_text, NULL), (expected), 1e-6); \
  } G_STMT_END

static ScScenario *
find_builtin (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                           "ecommerce-operations", NULL);
  g_autofree char *real_dir = g_canonicalize_filename (dir, NULL);
  g_autoptr(GError) error = NULL;
  ScScenario *scenario = sc_scenario_find (real_dir, SCENARIO_ID, &error);

  g_assert_no_error (error);

  return scenario;
}

/* Results of three goals, the first @n_passed of them passing. */
static GPtrArray *
make_results (guint n_passed)
{
  static const char * const ids[] = { "identifiers", "margin", "listings" };
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_goal_result_free);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ScGoalResult *result = g_new0 (ScGoalResult, 1);

      result->goal_id = g_strdup (ids[i]);
      result->kind = SC_GOAL_STATUS;
      result->passed = i < n_passed;
      result->message = result->passed ? NULL : g_strdup ("Fix it.");
      g_ptr_array_add (results, result);
    }

  return results;
}

static ScRun *
start_run (Fixture *f)
{
  g_autoptr(ScScenario) scenario = find_builtin ();
  g_autoptr(GError) error = NULL;
  ScRun *run = sc_scenario_open_run (f->database, f->learner->id, scenario, &error);

  g_assert_no_error (error);

  return run;
}

static void
record (Fixture     *f,
        const ScRun *run,
        const char  *lesson_id,
        guint        n_passed)
{
  g_autoptr(GPtrArray) results = make_results (n_passed);
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_record_check (f->database, f->course, run, lesson_id, results, &error));
  g_assert_no_error (error);
}

/* The verbs of @registration's statements, sorted (statements written in
 * the same millisecond have no order of their own). */
static char *
verbs_of (Fixture    *f,
          const char *registration)
{
  g_autofree char *sql = g_strdup_printf ("SELECT substr (verb, 32) FROM statements WHERE registration = '%s' "
                                          "ORDER BY verb",
                                          registration);

  return test_dump (f->db, sql);
}

static JsonNode *
statement_of (Fixture    *f,
              const char *registration,
              const char *verb)
{
  g_autofree char *sql = g_strdup_printf ("SELECT json FROM statements WHERE registration = '%s' AND verb = '%s' "
                                          "ORDER BY stored DESC LIMIT 1", registration, verb);

  return test_statement_json (f->db, sql);
}

static void
test_verbs_and_score (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ScRun) run = start_run (f);
  g_autoptr(JsonNode) failed = NULL;
  g_autoptr(JsonNode) passed = NULL;
  g_autoptr(JsonNode) attempted = NULL;
  g_autofree char *verbs = NULL;

  record (f, run, "titles", 2);
  verbs = verbs_of (f, run->registration);
  g_assert_cmpstr (verbs, ==, "attempted\ncompleted\nfailed\n");

  failed = statement_of (f, run->registration, VERB ("failed"));
  assert_json (failed, "$.object.id", PRACTICE_IRI);
  assert_json (failed, "$.object.definition.type", SC_XAPI_TYPE_SIMULATION);
  /* The example course has no such scenario file: its id names it. */
  assert_json (failed, "$.object.definition.name.en", SCENARIO_ID);
  assert_json (failed, "$.context.registration", run->registration);
  assert_number (failed, "$.result.score.raw", 2);
  assert_number (failed, "$.result.score.max", 3);
  assert_number (failed, "$.result.score.min", 0);
  assert_number (failed, "$.result.score.scaled", 2.0 / 3.0);
  assert_json (failed, "$.result.success", "false");
  assert_json (failed, "$.result.completion", "true");
  assert_json (failed, "$.result.extensions['" SC_XAPI_EXT_GOALS "'].margin", "true");
  assert_json (failed, "$.result.extensions['" SC_XAPI_EXT_GOALS "'].listings", "false");

  /* The lesson is the parent, its module and the course group it, and
   * its objective's competency is a category. */
  assert_json (failed, "$.context.contextActivities.parent[0].id", IRI_BASE "lesson/titles");
  assert_json (failed, "$.context.contextActivities.grouping[0].id", IRI_BASE "module/listing-basics");
  assert_json (failed, "$.context.contextActivities.grouping[1].id", IRI_BASE "course/example-shop");
  assert_json (failed, "$.context.contextActivities.category[0].id", IRI_BASE "competency/listing.titles");
  assert_json (failed, "$.context.extensions['" SC_XAPI_EXT_SCENARIO "']", SCENARIO_ID);
  assert_json (failed, "$.context.extensions['" SC_ATTEMPT_EXT_MODULE "']", "listing-basics");
  /* Never the lesson's extension: a check does not complete the lesson. */
  assert_json (failed, "$.context.extensions['" SC_XAPI_EXT_LESSON "']", "(none)");

  attempted = statement_of (f, run->registration, VERB ("attempted"));
  assert_json (attempted, "$.result", "(none)");
  assert_json (attempted, "$.context.contextActivities.category[0].id", IRI_BASE "competency/listing.titles");

  /* A second check of the same registration is not a new attempt. */
  record (f, run, "titles", 3);
  g_clear_pointer (&verbs, g_free);
  verbs = verbs_of (f, run->registration);
  g_assert_cmpstr (verbs, ==, "attempted\ncompleted\ncompleted\nfailed\npassed\n");
  passed = statement_of (f, run->registration, VERB ("passed"));
  assert_number (passed, "$.result.score.raw", 3);
  assert_number (passed, "$.result.score.scaled", 1);
  assert_json (passed, "$.result.success", "true");

  /* The lesson's own progress is untouched. */
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM lesson_progress"), ==, 0);
}

static void
test_module_status (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ScRun) run = start_run (f);
  g_autoptr(ScModuleStatus) status = NULL;
  g_autoptr(ScModuleStatus) rebuilt = NULL;
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  g_autoptr(GError) error = NULL;

  record (f, run, "titles", 3);
  status = sc_module_status_get (f->database, f->learner, "example-shop", "listing-basics", &error);
  g_assert_no_error (error);
  g_assert_nonnull (status);
  g_assert_cmpint (status->state, ==, SC_MODULE_IN_PROGRESS);
  g_assert_cmpuint (status->n_evidence, ==, 3);
  /* A practice score is not the module quiz's. */
  g_assert_cmpfloat (status->best_score, <, 0);

  /* Derived: a rebuild from the statements gives the same row. */
  g_assert_true (sc_module_status_rebuild (f->database, f->learner, rules, &error));
  g_assert_no_error (error);
  rebuilt = sc_module_status_get (f->database, f->learner, "example-shop", "listing-basics", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rebuilt->state, ==, status->state);
  g_assert_cmpuint (rebuilt->n_evidence, ==, status->n_evidence);
}

/* A module assessed by a practice (<assessment practice>) counts a check
 * of it opened from the Orders section's start page, with no lesson: the
 * built-in customer-care module and its morning inbox; the module's rule
 * names the practice in words. */
static void
test_assessed_without_lesson (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                           "ecommerce-operations", NULL);
  g_autofree char *real_dir = g_canonicalize_filename (dir, NULL);
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScScenario) scenario = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(GPtrArray) results = make_results (3);
  g_autoptr(JsonNode) passed = NULL;
  g_autoptr(ScModuleRules) rules = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *described = NULL;

  course = sc_course_load (real_dir, NULL, &error);
  g_assert_no_error (error);
  rules = sc_module_rules_new_for_course (course);
  described = sc_module_rule_describe (sc_module_rules_lookup (rules, "customer-care"));
  g_assert_cmpstr (described, ==, "Pass the module quiz with 80 % and meet every goal of the practice "
                                  "“Clear the morning inbox” to complete this module");
  scenario = sc_scenario_find (real_dir, "customer-inbox", &error);
  g_assert_no_error (error);
  run = sc_scenario_open_run (f->database, f->learner->id, scenario, &error);
  g_assert_no_error (error);

  g_assert_true (sc_sandbox_record_check (f->database, course, run, NULL, results, &error));
  g_assert_no_error (error);
  passed = statement_of (f, run->registration, "http://adlnet.gov/expapi/verbs/passed");
  assert_json (passed, "$.context.extensions['" SC_ATTEMPT_EXT_MODULE "']", "customer-care");
  assert_json (passed, "$.context.extensions['" SC_XAPI_EXT_SCENARIO "']", "customer-inbox");
}

static void
test_after_reset (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ScScenario) scenario = find_builtin ();
  g_autoptr(ScRun) run = start_run (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = g_strdup (run->registration);
  g_autofree char *verbs = NULL;
  g_autofree char *old_verbs = NULL;

  record (f, run, NULL, 1);
  g_assert_true (sc_scenario_reset_run (f->database, scenario, run, &error));
  g_assert_no_error (error);
  record (f, run, NULL, 3);

  /* The new registration starts with "attempted" again; the old
   * registration's statements stay. */
  verbs = verbs_of (f, run->registration);
  g_assert_cmpstr (verbs, ==, "attempted\ncompleted\npassed\n");
  old_verbs = verbs_of (f, first);
  g_assert_cmpstr (old_verbs, ==, "attempted\ncompleted\nfailed\n");
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, 6);

  /* Without a lesson: no parent, no competencies, only the course. */
  {
    g_autoptr(JsonNode) passed = statement_of (f, run->registration, VERB ("passed"));

    assert_json (passed, "$.context.contextActivities.parent", "(none)");
    assert_json (passed, "$.context.contextActivities.category", "(none)");
    assert_json (passed, "$.context.contextActivities.grouping[0].id", IRI_BASE "course/example-shop");
  }
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScRun) run = start_run (f);
  g_autoptr(ScRun) imported = NULL;
  g_autoptr(GPtrArray) results = make_results (3);
  g_autoptr(GError) error = NULL;

  g_assert_false (sc_sandbox_record_check (f->database, f->course, run, "no-such-lesson", results, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "no lesson “no-such-lesson”"));
  g_clear_error (&error);

  imported = sc_run_create (f->database, f->learner->id, "Imported", NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (sc_sandbox_record_check (f->database, f->course, imported, NULL, results, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_cmpint (test_count_statements (f->db, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/practice-statement/verbs-and-score", Fixture, NULL, fixture_set_up, test_verbs_and_score,
              fixture_tear_down);
  g_test_add ("/practice-statement/module-status", Fixture, NULL, fixture_set_up, test_module_status,
              fixture_tear_down);
  g_test_add ("/practice-statement/assessed-without-lesson", Fixture, NULL, fixture_set_up,
              test_assessed_without_lesson, fixture_tear_down);
  g_test_add ("/practice-statement/after-reset", Fixture, NULL, fixture_set_up, test_after_reset,
              fixture_tear_down);
  g_test_add ("/practice-statement/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);

  return g_test_run ();
}
