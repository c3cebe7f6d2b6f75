/* test-scenario.c - scenarios: the file, the seeded store, and runs started from them
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-database.h"
#include "sc-learner.h"
#include "sc-lint.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario.h"
#include "test-db-util.h"

static ScScenario *
load_builtin (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                           "ecommerce-operations", NULL);
  g_autofree char *real_dir = g_canonicalize_filename (dir, NULL);
  ScScenario *scenario;

  scenario = sc_scenario_load (real_dir, "scenarios/price-the-range.xml", problems);
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_test_message ("%s", line);
    }
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
  g_assert_nonnull (scenario);

  return scenario;
}

static void
test_scenario_file (void)
{
  g_autoptr(ScScenario) scenario = load_builtin ();

  g_assert_cmpstr (scenario->id, ==, "price-the-range");
  g_assert_cmpstr (scenario->title, ==, "Price the range");
  g_assert_cmpstr (scenario->currency->code, ==, "EUR");
  g_assert_cmpuint (scenario->n_products, ==, 4);
  g_assert_cmpuint (scenario->max_variants, ==, 3);
  g_assert_cmpuint (scenario->missing_sku_percent, ==, 30);
  g_assert_cmpuint (scenario->goals->len, ==, 3);
  g_assert_cmpstr (scenario->policy_id, ==, "general-marketplace");
  g_assert_null (scenario->catalog);
  g_assert_cmpuint (scenario->n_defects, ==, 0);
}

/* A store given as a product file is read from the course folder only. */
static void
test_scenario_given_store (void)
{
  static const char xml[] =
    "<scenario id=\"s\" policy=\"strict-marketplace\">\n"
    "  <title>Given</title>\n"
    "  <store catalog=\"scenarios/s.csv\" format=\"excel\" products=\"3\">\n"
    "    <defects count=\"0\" kinds=\"typos\"/>\n"
    "    <orders/>\n"
    "  </store>\n"
    "</scenario>\n";
  static const char * const expected[] = {
    "x.xml:3: a <store> with a catalog file is not generated: remove products, variants and missing-skus",
    "x.xml:3: format=\"excel\" is not a product file format; use shopify, woocommerce or auto",
    "x.xml:4: count=\"0\" must be a whole number from 1 to 500",
    "x.xml:4: “typos” is not a kind of defect",
    "x.xml:5: <store> may hold one <defects>, not this <orders>",
  };
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScScenario) scenario = sc_scenario_parse (xml, strlen (xml), "x.xml", problems);

  g_assert_null (scenario);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_test_message ("%s", line);
      g_assert_true (g_str_has_prefix (line, expected[i]));
    }
}

static void
test_scenario_problems (void)
{
  static const char bad[] =
    "<scenario>\n"
    "  <store currency=\"XXX\" products=\"0\" variants=\"4\"/>\n"
    "  <shop/>\n"
    "</scenario>\n";
  static const char * const expected[] = {
    "x.xml:1: <scenario> needs an id attribute",
    "x.xml:1: <scenario> needs a <title>",
    "x.xml:2: currency=\"XXX\" is not an ISO 4217 code",
    "x.xml:2: products=\"0\" must be a whole number from 1 to 50",
    "x.xml:2: variants=\"4\" must be a whole number from 1 to 3",
    "x.xml:3: <scenario> holds one <title>, one <store>, one <orders>, one <stock> and one <goals>, "
    "not this <shop>",
  };
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScScenario) scenario = sc_scenario_parse (bad, strlen (bad), "x.xml", problems);

  g_assert_null (scenario);
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_test_message ("%s", line);
    }
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_assert_true (g_str_has_prefix (line, expected[i]));
    }
}

static void
test_scenario_generate (void)
{
  g_autoptr(ScScenario) scenario = load_builtin ();
  g_autoptr(ScCatalog) first = sc_scenario_generate (scenario, 42);
  g_autoptr(ScCatalog) again = sc_scenario_generate (scenario, 42);
  g_autoptr(ScCatalog) other = sc_scenario_generate (scenario, 43);
  g_autofree char *first_dump = sc_catalog_dump (first);
  g_autofree char *again_dump = sc_catalog_dump (again);
  g_autofree char *other_dump = sc_catalog_dump (other);

  g_assert_cmpstr (first_dump, ==, again_dump);
  g_assert_cmpstr (first_dump, !=, other_dump);
  g_assert_cmpuint (sc_catalog_get_n_products (first), ==, 4);

  for (guint p = 0; p < sc_catalog_get_n_products (first); p++)
    {
      const ScCatalogProduct *product = sc_catalog_get_product (first, p);

      g_assert_true (sc_catalog_handle_is_valid (product->handle));
      g_assert_cmpuint (product->variants->len, >=, 1);
      g_assert_cmpuint (product->variants->len, <=, 3);
      for (guint v = 0; v < product->variants->len; v++)
        {
          const ScCatalogVariant *variant = g_ptr_array_index (product->variants, v);

          g_assert_true (sc_lint_gtin_is_valid (variant->barcode, NULL));
          g_assert_true (variant->has_price && variant->has_cost);
          g_assert_cmpint (variant->cost.minor, <, variant->price.minor);
        }
    }
}

/* Generator version 1 on every machine: seed 42 gives exactly this store.
 * A change here means a new SC_SCENARIO_GENERATOR_VERSION. */
static void
test_scenario_pinned (void)
{
  static const char xml[] = "<scenario id=\"s\"><title>Two</title>"
                            "<store products=\"2\" variants=\"2\" missing-skus=\"50\"/></scenario>";
  static const char * const lines[] = {
    "currency EUR\nproducts 2\nproduct \"ceramic-tray\"\n  title \"Ceramic tray\"\n",
    "  vendor \"Little Loom\"\n",
    "  option 1 \"Size\" values \"Small\" \"Medium\"\n",
    "    sku \"CERAMIC-TRAY-1\"\n    barcode \"2008593023015\"\n    price 60.99\n    compare-at none\n"
    "    cost 24.39\n    track-quantity yes\n    quantity 9\n",
    "    sku \"CERAMIC-TRAY-2\"\n    barcode \"2008959528444\"\n    price 61.99\n",
    "product \"cotton-scarf\"\n",
    "    sku \"COTTON-SCARF-1\"\n    barcode \"2007941379217\"\n    price 48.99\n",
  };
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScScenario) scenario = sc_scenario_parse (xml, strlen (xml), "x.xml", problems);
  g_autoptr(ScCatalog) catalog = NULL;
  g_autofree char *dump = NULL;

  g_assert_nonnull (scenario);
  catalog = sc_scenario_generate (scenario, 42);
  dump = sc_catalog_dump (catalog);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      if (strstr (dump, lines[i]) == NULL)
        g_test_message ("not in the store of seed 42:\n%s\nthe store:\n%s", lines[i], dump);
      g_assert_nonnull (strstr (dump, lines[i]));
    }
}

static void
test_scenario_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScScenario) scenario = load_builtin ();
  g_autofree char *dir = test_make_dir ();
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScLearner) ada = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScRun) twin = NULL;
  g_autoptr(ScRun) other = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *run_dump = NULL;
  g_autofree char *twin_dump = NULL;
  g_autofree char *other_dump = NULL;
  sqlite3 *db;

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  db = sc_database_get_handle (database);
  ada = sc_learner_create (database, "Ada", &error);
  g_assert_no_error (error);

  run = sc_scenario_start (database, ada->id, scenario, 20261130, "Practice 1", &error);
  g_assert_no_error (error);
  twin = sc_scenario_start (database, ada->id, scenario, 20261130, "Practice 2", &error);
  g_assert_no_error (error);
  other = sc_scenario_start (database, ada->id, scenario, 7, "Practice 3", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (run->scenario_id, ==, "price-the-range");
  g_assert_cmpuint (run->seed, ==, 20261130);
  g_assert_cmpuint (run->generator_version, ==, SC_SCENARIO_GENERATOR_VERSION);

  /* What --dump-run prints: the same seed gives the same store. */
  run_dump = sc_run_dump (db, run, &error);
  g_assert_no_error (error);
  twin_dump = sc_run_dump (db, twin, &error);
  g_assert_no_error (error);
  other_dump = sc_run_dump (db, other, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (run_dump, ==, twin_dump);
  g_assert_cmpstr (run_dump, !=, other_dump);
  g_assert_true (g_str_has_prefix (run_dump, "scenario price-the-range\nseed 20261130\ngenerator-version 1\n"));
  /* One action created the run and its whole store. */
  g_assert_cmpint (sc_run_count_actions (db, run), ==, 1);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM sandbox_actions WHERE kind = 'create' "
                                       "AND target = 'price-the-range' AND after LIKE 'products=4 %'"), ==, 3);

  /* Its goals check against the store; each result has its goal. */
  results = sc_sandbox_check (database, run, scenario->goals, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, scenario->goals->len);
  for (guint i = 0; i < results->len; i++)
    {
      const ScGoalResult *result = g_ptr_array_index (results, i);

      g_test_message ("%s: %s", result->goal_id, result->passed ? "passed" : result->message);
    }
  /* No policy given: the listing goal cannot pass, and says why. */
  g_assert_false (((ScGoalResult *) g_ptr_array_index (results, 2))->passed);
  g_assert_nonnull (strstr (((ScGoalResult *) g_ptr_array_index (results, 2))->message,
                            "No marketplace policy"));

  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario/file", test_scenario_file);
  g_test_add_func ("/scenario/problems", test_scenario_problems);
  g_test_add_func ("/scenario/given-store", test_scenario_given_store);
  g_test_add_func ("/scenario/generate", test_scenario_generate);
  g_test_add_func ("/scenario/pinned", test_scenario_pinned);
  g_test_add_func ("/scenario/start", test_scenario_start);

  return g_test_run ();
}
