/* test-sandbox-check.c - goals of a practice store: the <goals> reader and the checks
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-database.h"
#include "sc-learner.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario.h"
#include "test-db-util.h"
#include "test-sandbox-util.h"
#include "test-tote-store.h"

static const char goals_xml[] =
  "<goals>\n"
  "  <goal id=\"clean\" type=\"no-lint-errors\" product=\"tote\"/>\n"
  "  <goal id=\"ids\" type=\"variant-identifiers\" product=\"tote\"/>\n"
  "  <goal id=\"margin\" type=\"price-over-cost\" product=\"tote\" ratio=\"1.5\">\n"
  "    <message>Price the tote at half as much again as it costs.</message>\n"
  "  </goal>\n"
  "  <goal id=\"live\" type=\"status\" product=\"tote\" status=\"active\"/>\n"
  "</goals>\n";

static const char policy_xml[] =
  "<policy id=\"test-market\">\n"
  "  <title>Test market</title>\n"
  "  <source>The test's own numbers</source>\n"
  "  <date>2026-11-30</date>\n"
  "  <limit rule=\"title-length\" name=\"min\" value=\"10\"/>\n"
  "  <limit rule=\"title-length\" name=\"max\" value=\"150\"/>\n"
  "  <limit rule=\"barcode\" name=\"required\" value=\"1\"/>\n"
  "</policy>\n";

typedef ToteStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  tote_store_set_up (f, policy_xml, goals_xml);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tote_store_tear_down (f);
}

/* The goals that pass, as "clean ids" and so on; each failure's message
 * in @out_messages when given. */
static char *
passing (Fixture     *f,
         GHashTable **out_messages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  results = sc_sandbox_check (f->database, f->run, f->goals, f->policy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, f->goals->len);
  if (out_messages != NULL)
    *out_messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < results->len; i++)
    {
      const ScGoalResult *result = g_ptr_array_index (results, i);
      const ScGoal *goal = g_ptr_array_index (f->goals, i);

      g_assert_cmpstr (result->goal_id, ==, goal->id);
      if (result->passed)
        {
          g_assert_null (result->message);
          g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", result->goal_id);
        }
      else
        {
          g_assert_nonnull (result->message);
          g_test_message ("%s: %s", result->goal_id, result->message);
          if (out_messages != NULL)
            g_hash_table_insert (*out_messages, g_strdup (result->goal_id), g_strdup (result->message));
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_passing(f, expected) G_STMT_START { \
    g_autofree char *passing__ = passing (f, NULL); \
    g_assert_cmpstr (passing__, ==, expected);      \
  } G_STMT_END

static void
test_goals_read (void)
{
  g_autoptr(GPtrArray) goals = tote_store_parse_goals (goals_xml, NULL);
  const ScGoal *margin;
  const ScGoal *live;

  g_assert_nonnull (goals);
  g_assert_cmpuint (goals->len, ==, 4);
  g_assert_cmpint (((ScGoal *) g_ptr_array_index (goals, 0))->kind, ==, SC_GOAL_NO_LINT_ERRORS);
  g_assert_cmpint (((ScGoal *) g_ptr_array_index (goals, 1))->kind, ==, SC_GOAL_VARIANT_IDENTIFIERS);
  margin = g_ptr_array_index (goals, 2);
  g_assert_cmpint (margin->kind, ==, SC_GOAL_PRICE_OVER_COST);
  g_assert_cmpstr (margin->handle, ==, "tote");
  g_assert_cmpint (margin->ratio_num, ==, 15);
  g_assert_cmpint (margin->ratio_den, ==, 10);
  g_assert_cmpstr (margin->message, ==, "Price the tote at half as much again as it costs.");
  live = g_ptr_array_index (goals, 3);
  g_assert_cmpstr (live->status, ==, "active");
  g_assert_null (live->message);
}

static void
test_goals_problems (void)
{
  static const char bad[] =
    "<goals>\n"
    "  <goal id=\"a\" type=\"no-errors\" product=\"tote\"/>\n"
    "  <goal id=\"b\" type=\"status\" product=\"tote\" status=\"published\"/>\n"
    "  <goal id=\"c\" type=\"price-over-cost\" product=\"tote\" ratio=\"1.23456\"/>\n"
    "  <goal id=\"d\" type=\"price-over-cost\" product=\"tote\" ratio=\"0\"/>\n"
    "  <goal id=\"e\" type=\"status\" status=\"active\"/>\n"
    "  <goal id=\"f\" type=\"status\" product=\"tote\" status=\"active\"/>\n"
    "  <goal id=\"f\" type=\"status\" product=\"mug\" status=\"active\"/>\n"
    "  <target/>\n"
    "</goals>\n";
  static const char * const expected[] = {
    "scenarios/tote.xml:2: “no-errors” is not a goal type",
    "scenarios/tote.xml:3: status=\"published\" is not a product status",
    "scenarios/tote.xml:4: ratio=\"1.23456\" is not a ratio",
    "scenarios/tote.xml:5: ratio=\"0\" is not a ratio",
    "scenarios/tote.xml:6: <goal> needs a product attribute",
    "scenarios/tote.xml:8: a goal with id=\"f\" is already in these goals",
    "scenarios/tote.xml:9: <goals> holds only <goal> elements, not <target>",
  };
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autoptr(GPtrArray) goals = tote_store_parse_goals (bad, &problems);

  g_assert_null (goals);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_assert_true (g_str_has_prefix (line, expected[i]));
    }
}

static void
test_check_scripted (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) messages = NULL;
  g_autofree char *none = passing (f, &messages);
  const char *text;

  /* The starting store: no barcodes (an error under this policy), no
   * SKUs, no costs, a draft. */
  g_assert_cmpstr (none, ==, "");
  text = g_hash_table_lookup (messages, "ids");
  g_assert_nonnull (strstr (text, "Variant 1 (Small) has no SKU."));
  g_assert_nonnull (strstr (text, "Variant 2 (Large) has no barcode."));
  g_assert_nonnull (strstr (text, "its own SKU"));
  text = g_hash_table_lookup (messages, "margin");
  g_assert_nonnull (strstr (text, "Variant 1 (Small) has no cost"));
  g_assert_true (g_str_has_suffix (text, "\nPrice the tote at half as much again as it costs."));
  text = g_hash_table_lookup (messages, "live");
  g_assert_nonnull (strstr (text, "“Canvas tote” is draft, not active."));
  g_clear_pointer (&messages, g_hash_table_unref);

  tote_store_edit_variant (f, 0, "sku", "TOTE-S");
  tote_store_edit_variant (f, 1, "sku", "tote-s");
  tote_store_edit_variant (f, 0, "barcode", "4006381333931");
  tote_store_edit_variant (f, 1, "barcode", "4006381333932");
  g_clear_pointer (&none, g_free);
  none = passing (f, &messages);
  g_assert_cmpstr (none, ==, "");
  text = g_hash_table_lookup (messages, "ids");
  g_assert_nonnull (strstr (text, "SKU “TOTE-S”, which another variant of the store also has"));
  g_assert_nonnull (strstr (text, "barcode “4006381333932”, which is not a valid GTIN"));
  g_clear_pointer (&messages, g_hash_table_unref);

  /* A mistake, then its fix: the identifiers goal and the listing pass. */
  tote_store_edit_variant (f, 1, "sku", "TOTE-L");
  tote_store_edit_variant (f, 1, "barcode", "5901234123457");
  assert_passing (f, "clean ids");

  tote_store_edit_variant (f, 0, "cost", "10.00");
  tote_store_edit_variant (f, 1, "cost", "10.00");
  g_clear_pointer (&none, g_free);
  none = passing (f, &messages);
  g_assert_cmpstr (none, ==, "clean ids");
  text = g_hash_table_lookup (messages, "margin");
  g_assert_nonnull (strstr (text, "Variant 2 (Large) sells for 12.00; at 1.5 × its cost it should sell for at "
                                  "least 15.00."));
  g_clear_pointer (&messages, g_hash_table_unref);

  /* Exactly cost × 1.5 is enough; a cent less is not. */
  tote_store_edit_variant (f, 0, "price", "15.00");
  tote_store_edit_variant (f, 1, "price", "14.99");
  assert_passing (f, "clean ids");
  tote_store_edit_variant (f, 1, "price", "15.00");
  assert_passing (f, "clean ids margin");

  tote_store_edit_product (f, "status", "active");
  assert_passing (f, "clean ids margin live");

  /* Undoing the last action fails its goal again; redo restores it. */
  g_assert_true (sc_sandbox_undo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_no_error (error);
  assert_passing (f, "clean ids margin");
  g_assert_true (sc_sandbox_redo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_no_error (error);
  assert_passing (f, "clean ids margin live");

  /* A title the policy refuses breaks the listing goal only. */
  tote_store_edit_product (f, "title", "Tote");
  assert_passing (f, "ids margin live");
  g_assert_true (sc_sandbox_undo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_no_error (error);
  assert_passing (f, "clean ids margin live");
}

static void
test_check_rounds_up (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GHashTable) messages = NULL;
  g_autofree char *passed = NULL;
  ScGoal *margin = g_ptr_array_index (f->goals, 2);

  /* 3.00 × 1.3333 = 3.9999: the lowest passing price is 4.00, exactly. */
  g_assert_true (sc_goal_set_ratio (margin, "1.3333"));
  tote_store_edit_variant (f, 0, "cost", "3.00");
  tote_store_edit_variant (f, 1, "cost", "3.00");
  tote_store_edit_variant (f, 0, "price", "4.00");
  tote_store_edit_variant (f, 1, "price", "3.99");
  passed = passing (f, &messages);
  g_assert_null (strstr (passed, "margin"));
  g_assert_nonnull (strstr (g_hash_table_lookup (messages, "margin"), "should sell for at least 4.00"));
  g_assert_null (strstr (g_hash_table_lookup (messages, "margin"), "Variant 1"));
  tote_store_edit_variant (f, 1, "price", "4.00");
  g_clear_pointer (&passed, g_free);
  passed = passing (f, NULL);
  g_assert_nonnull (strstr (passed, "margin"));
}

static void
test_check_missing_product (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_goal_free);
  g_autoptr(GPtrArray) results = NULL;
  const ScGoalResult *result;
  ScGoal *goal = sc_goal_new ("mug", SC_GOAL_STATUS, "mug");

  goal->status = g_strdup ("active");
  g_ptr_array_add (goals, goal);
  results = sc_sandbox_check (f->database, f->run, goals, f->policy, &error);
  g_assert_no_error (error);
  result = g_ptr_array_index (results, 0);
  g_assert_false (result->passed);
  g_assert_nonnull (strstr (result->message, "no product with the handle “mug”"));
}

/* Past the first five problems a message counts the rest, in words. */
static void
test_check_counts_the_rest (void)
{
  static const char xml[] =
    "<scenario id=\"many\">\n"
    "  <title>Many</title>\n"
    "  <store currency=\"EUR\" products=\"4\" variants=\"3\" missing-skus=\"0\"/>\n"
    "  <goals><goal id=\"margin\" type=\"price-over-cost\" product=\"*\" ratio=\"100\"/></goals>\n"
    "</scenario>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScScenario) scenario = sc_scenario_parse (xml, strlen (xml), "scenarios/many.xml", problems);
  g_autofree char *dir = test_make_dir ();
  g_autoptr(ScDatabase) database = sc_database_open_in_dir (dir, &error);
  g_autoptr(ScLearner) ada = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *expected = NULL;
  const ScGoalResult *result;
  guint n_variants;

  g_assert_no_error (error);
  g_assert_nonnull (scenario);
  ada = sc_learner_create (database, "Ada", &error);
  g_assert_no_error (error);
  run = sc_scenario_start (database, ada->id, scenario, 1, "Many", &error);
  g_assert_no_error (error);
  catalog = sc_scenario_generate (scenario, 1);
  n_variants = sc_catalog_count_variants (catalog);
  g_assert_cmpuint (n_variants, >, 6);

  results = sc_sandbox_check (database, run, scenario->goals, NULL, &error);
  g_assert_no_error (error);
  result = g_ptr_array_index (results, 0);
  g_assert_false (result->passed);
  expected = g_strdup_printf ("• and %u more problems\n", n_variants - 5);
  g_assert_nonnull (strstr (result->message, expected));
  g_assert_null (strstr (result->message, "%u"));

  sc_database_close (database, NULL);
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox-check/goals-read", test_goals_read);
  g_test_add_func ("/sandbox-check/goals-problems", test_goals_problems);
  g_test_add_func ("/sandbox-check/counts-the-rest", test_check_counts_the_rest);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sandbox-check/scripted", test_check_scripted);
  ADD ("/sandbox-check/rounds-up", test_check_rounds_up);
  ADD ("/sandbox-check/missing-product", test_check_missing_product);
#undef ADD

  return g_test_run ();
}
