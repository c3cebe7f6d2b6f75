/* test-scenario-content.c - every listing scenario of the course can be solved with the editor's edits
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each scenario: its store is generated, every goal fails at the
 * start, a scripted solution made only of product and variant edits (what
 * a learner does in the listing editor) makes every goal pass, and the
 * same seed gives the same `--dump-run` text.
 */
#include <string.h>

#include "sc-database.h"
#include "sc-learner.h"
#include "sc-lint.h"
#include "sc-policy.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario.h"
#include "test-db-util.h"
#include "test-scenario-util.h"

#define SEED 20261130

typedef struct
{
  char        *course_dir;
  char        *dir;
  ScDatabase  *database;
  ScLearner   *ada;
  ScScenario  *scenario;
  ScPolicy    *policy;
  ScRun       *run;
} Practice;

static void
practice_start (Practice   *p,
                const char *id,
                guint64     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *policy = NULL;

  p->course_dir = course_dir (&id);
  p->scenario = load_scenario (p->course_dir, id);
  policy = g_strdup_printf ("policies/%s.xml", p->scenario->policy_id);
  p->policy = sc_policy_load (p->course_dir, policy, problems);
  assert_no_problems (problems);
  g_assert_nonnull (p->policy);

  p->dir = test_make_dir ();
  p->database = sc_database_open_in_dir (p->dir, &error);
  g_assert_no_error (error);
  p->ada = sc_learner_create (p->database, "Ada", &error);
  g_assert_no_error (error);
  p->run = sc_scenario_start (p->database, p->ada->id, p->scenario, seed, id, &error);
  g_assert_no_error (error);
}

static void
practice_finish (Practice *p)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_database_close (p->database, &error));
  g_assert_no_error (error);
  test_remove_tree (p->dir);
  g_clear_pointer (&p->run, sc_run_free);
  g_clear_pointer (&p->ada, sc_learner_free);
  g_clear_object (&p->database);
  g_clear_pointer (&p->scenario, sc_scenario_free);
  g_clear_pointer (&p->policy, sc_policy_free);
  g_clear_pointer (&p->dir, g_free);
  g_clear_pointer (&p->course_dir, g_free);
}

/* The goals that pass, space-separated, in the scenario's order. */
static char *
passing (Practice *p)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = sc_sandbox_check (p->database, p->run, p->scenario->goals, p->policy, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, p->scenario->goals->len);
  for (guint i = 0; i < results->len; i++)
    {
      const ScGoalResult *result = g_ptr_array_index (results, i);

      if (result->passed)
        g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", result->goal_id);
      else
        {
          g_assert_nonnull (result->message);
          g_test_message ("%s fails:\n%s", result->goal_id, result->message);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The message of the goal @id, which fails. */
static char *
failure (Practice   *p,
         const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = sc_sandbox_check (p->database, p->run, p->scenario->goals, p->policy, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    {
      const ScGoalResult *result = g_ptr_array_index (results, i);

      if (g_strcmp0 (result->goal_id, id) == 0)
        {
          g_assert_false (result->passed);
          return g_strdup (result->message);
        }
    }
  g_assert_not_reached ();
}

static char *
all_goals (Practice *p)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < p->scenario->goals->len; i++)
    g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "",
                            ((const ScGoal *) g_ptr_array_index (p->scenario->goals, i))->id);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_passing(p, expected) G_STMT_START { \
    g_autofree char *passing__ = passing (p);      \
    g_assert_cmpstr (passing__, ==, expected);     \
  } G_STMT_END

static void
assert_all_pass (Practice *p)
{
  g_autofree char *all = all_goals (p);

  assert_passing (p, all);
}

static ScCatalog *
store (Practice *p)
{
  g_autoptr(GError) error = NULL;
  ScCatalog *catalog = sc_run_load_catalog (sc_database_get_handle (p->database), p->run, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  return catalog;
}

static void
edit_product (Practice   *p,
              const char *handle,
              const char *field,
              const char *value)
{
  g_autoptr(ScCatalog) catalog = store (p);
  g_autoptr(GError) error = NULL;
  const ScCatalogProduct *product = sc_catalog_lookup_product (catalog, handle);

  g_assert_nonnull (product);
  g_assert_true (sc_sandbox_edit_product (p->database, p->run, p->ada->id, product->id, field, value,
                                          NULL, &error));
  g_assert_no_error (error);
}

static void
edit_variant (Practice               *p,
              const ScCatalogVariant *variant,
              const char             *field,
              const char             *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_edit_variant (p->database, p->run, p->ada->id, variant->id, field, value,
                                          NULL, &error));
  g_assert_no_error (error);
}

static void
edit_money (Practice               *p,
            const ScCatalogVariant *variant,
            const char             *field,
            gint64                  minor)
{
  g_autofree char *text = sc_money_to_string (sc_money_init (minor, variant->price.currency));

  edit_variant (p, variant, field, text);
}

/* The GTIN with its check digit corrected. */
static char *
fix_check_digit (const char *barcode)
{
  char *fixed = g_strdup (barcode);
  int expected = 0;

  g_assert_false (sc_lint_gtin_is_valid (barcode, &expected));
  fixed[strlen (fixed) - 1] = (char) ('0' + expected);
  g_assert_true (sc_lint_gtin_is_valid (fixed, NULL));

  return fixed;
}

static void
assert_same_dump (const char *id)
{
  g_autoptr(GError) error = NULL;
  Practice p = { NULL, };
  g_autoptr(ScRun) twin = NULL;
  g_autoptr(ScRun) other = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *twin_dump = NULL;
  g_autofree char *other_dump = NULL;
  sqlite3 *db;

  practice_start (&p, id, SEED);
  db = sc_database_get_handle (p.database);
  twin = sc_scenario_start (p.database, p.ada->id, p.scenario, SEED, "twin", &error);
  g_assert_no_error (error);
  other = sc_scenario_start (p.database, p.ada->id, p.scenario, SEED + 1, "other", &error);
  g_assert_no_error (error);
  dump = sc_run_dump (db, p.run, &error);
  g_assert_no_error (error);
  twin_dump = sc_run_dump (db, twin, &error);
  g_assert_no_error (error);
  other_dump = sc_run_dump (db, other, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (dump, ==, twin_dump);
  /* A given store is the same for every seed unless defects are drawn. */
  if (p.scenario->n_defects > 0)
    g_assert_cmpstr (dump, !=, other_dump);
  else
    g_assert_cmpstr (strstr (dump, "\ncurrency"), ==, strstr (other_dump, "\ncurrency"));
  practice_finish (&p);
}

static void
test_fix_suppressed_listing (void)
{
  Practice p = { NULL, };
  g_autoptr(ScCatalog) catalog = NULL;
  const ScCatalogProduct *coffee;
  g_autofree char *barcode = NULL;

  practice_start (&p, "fix-suppressed-listing", SEED);
  g_assert_cmpstr (p.scenario->policy_id, ==, "strict-marketplace");
  assert_passing (&p, "");

  edit_product (&p, "soy-candle-fig-cedar", "title", "Hearth & Wick Soy Wax Candle, Fig and Cedar, 220 g");
  edit_product (&p, "soy-candle-fig-cedar", "category", "Home & Garden > Decor > Home Fragrances > Candles");
  assert_passing (&p, "attributes-complete");
  edit_product (&p, "silicone-case-iphone-15", "title", "Cascade Slim Silicone Phone Case for iPhone 15 and 15 Pro");
  assert_passing (&p, "clean-titles attributes-complete");

  catalog = store (&p);
  coffee = sc_catalog_lookup_product (catalog, "yirgacheffe-coffee-beans");
  barcode = fix_check_digit (((ScCatalogVariant *) g_ptr_array_index (coffee->variants, 0))->barcode);
  edit_variant (&p, g_ptr_array_index (coffee->variants, 0), "barcode", barcode);
  assert_passing (&p, "searchable-again clean-titles attributes-complete");
  edit_product (&p, "yirgacheffe-coffee-beans", "description",
                "<p>Washed Yirgacheffe from smallholder farms at 1,900 m, roasted medium-light in Hamburg. "
                "Notes of bergamot, jasmine and apricot.</p><p>250 g whole beans in a resealable bag with a "
                "valve. Grind just before brewing; best within six weeks of the roast date.</p>");
  assert_all_pass (&p);

  /* Undoing the rewrite brings the claim back, and the goal fails again. */
  g_assert_true (sc_sandbox_undo (p.database, p.run, p.ada->id, NULL, NULL));
  assert_passing (&p, "searchable-again clean-titles attributes-complete");
  g_assert_true (sc_sandbox_redo (p.database, p.run, p.ada->id, NULL, NULL));
  assert_all_pass (&p);
  practice_finish (&p);

  assert_same_dump ("fix-suppressed-listing");
}

static void
test_draft_to_active (void)
{
  Practice p = { NULL, };

  practice_start (&p, "draft-to-active", SEED);
  assert_passing (&p, "");

  edit_product (&p, "speckled-stoneware-mug", "title", "Tonwerk Speckled Stoneware Mug, 350 ml");
  edit_product (&p, "speckled-stoneware-mug", "category",
                "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs");
  edit_product (&p, "speckled-stoneware-mug", "seo-title", "Speckled Stoneware Mug, 350 ml | Tonwerk Studio");
  assert_passing (&p, "title-pattern organised");
  edit_product (&p, "speckled-stoneware-mug", "seo-description",
                "Hand-thrown stoneware mug with a speckled glaze, made in Leipzig. Holds 350 ml; safe in the "
                "dishwasher and the microwave.");
  edit_product (&p, "speckled-stoneware-mug", "status", "active");
  assert_all_pass (&p);

  /* Undo the last action: the mug is a draft again; redo publishes it. */
  g_assert_true (sc_sandbox_undo (p.database, p.run, p.ada->id, NULL, NULL));
  assert_passing (&p, "title-pattern organised seo-fields");
  g_assert_true (sc_sandbox_redo (p.database, p.run, p.ada->id, NULL, NULL));
  assert_all_pass (&p);
  practice_finish (&p);

  assert_same_dump ("draft-to-active");
}

static const char *
code (const char *value)
{
  static const char * const codes[][2] = {
    { "Black", "BLK" }, { "White", "WHT" }, { "Heather Grey", "HGR" },
    { "Regular", "REG" }, { "Slim", "SLM" }, { "Relaxed", "RLX" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (g_str_equal (codes[i][0], value))
      return codes[i][1];

  return value;
}

static void
test_variant_matrix (void)
{
  Practice p = { NULL, };
  g_autoptr(ScCatalog) catalog = NULL;
  g_autofree char *message = NULL;
  const ScCatalogProduct *tee;

  practice_start (&p, "variant-matrix", SEED);
  assert_passing (&p, "");
  /* Five SKUs and two prices missing: the first five listed, two counted. */
  message = failure (&p, "matrix-complete");
  g_assert_true (g_str_has_prefix (message, "• Variant 3 (S / Black / Relaxed) has no SKU.\n"));
  g_assert_nonnull (strstr (message, "\n• and 2 more problems\nEach of the 27 combinations"));

  catalog = store (&p);
  tee = sc_catalog_lookup_product (catalog, "organic-cotton-tee");
  g_assert_cmpuint (tee->options->len, ==, 3);
  g_assert_cmpuint (tee->variants->len, ==, 27);
  for (guint i = 0; i < tee->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (tee->variants, i);
      g_autofree char *sku = g_strdup_printf ("TEE-ORG-%s-%s-%s", variant->option_values[0],
                                              code (variant->option_values[1]), code (variant->option_values[2]));

      if (g_strcmp0 (variant->sku, sku) != 0)
        edit_variant (&p, variant, "sku", sku);
      if (!variant->has_price)
        edit_variant (&p, variant, "price", "29.95");
    }
  assert_passing (&p, "matrix-complete unique-skus");

  for (guint i = 0; i < tee->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (tee->variants, i);

      if (!sc_lint_gtin_is_valid (variant->barcode, NULL))
        {
          g_autofree char *barcode = fix_check_digit (variant->barcode);

          edit_variant (&p, variant, "barcode", barcode);
        }
    }
  assert_all_pass (&p);
  practice_finish (&p);

  assert_same_dump ("variant-matrix");
}

static void
test_prices_below_cost (void)
{
  Practice p = { NULL, };
  g_autoptr(ScCatalog) catalog = NULL;

  practice_start (&p, "prices-below-cost", SEED);
  assert_passing (&p, "");

  /* 60 % margin: price ≥ cost × 2.5, rounded up to the next .95. */
  catalog = store (&p);
  for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
    {
      const ScCatalogProduct *product = sc_catalog_get_product (catalog, i);

      for (guint v = 0; v < product->variants->len; v++)
        {
          const ScCatalogVariant *variant = g_ptr_array_index (product->variants, v);
          gint64 lowest = (variant->cost.minor * 5 + 1) / 2;
          gint64 price = lowest + ((95 - lowest % 100) + 100) % 100;

          if (variant->price.minor < lowest || variant->price.minor % 100 != 95)
            edit_money (&p, variant, "price", price);
          else
            price = variant->price.minor;
          if (variant->has_compare_at && variant->compare_at.minor <= price)
            edit_variant (&p, variant, "compare-at", "");
        }
    }
  assert_all_pass (&p);
  practice_finish (&p);

  assert_same_dump ("prices-below-cost");
}

static void
test_compliant_title_seo (void)
{
  Practice p = { NULL, };

  practice_start (&p, "compliant-title-seo", SEED);
  assert_passing (&p, "");

  edit_product (&p, "merino-rib-beanie", "title", "Fjellgarn Merino Rib Knit Beanie");
  edit_product (&p, "merino-rib-beanie", "description",
                "<p>A close-fitting beanie knitted in a 2 x 2 rib from soft, non-itch merino wool spun in "
                "Norway. The deep cuff folds up over the ears.</p><p>Hand wash cold and dry flat.</p>");
  assert_passing (&p, "title-rules description-rules");
  edit_product (&p, "merino-rib-beanie", "seo-title", "Merino Rib Knit Beanie | Fjellgarn");
  edit_product (&p, "merino-rib-beanie", "seo-description",
                "Soft, non-itch merino wool beanie in a 2 x 2 rib with a deep cuff, in forest green or "
                "charcoal. Knitted from Norwegian yarn.");
  assert_all_pass (&p);
  practice_finish (&p);

  assert_same_dump ("compliant-title-seo");
}

static guint
restore_product (Practice               *p,
                 const ScCatalogProduct *now,
                 const ScCatalogProduct *was)
{
  static const char * const fields[] = { "title", "seo-title", "seo-description", "vendor" };
  const char *now_values[] = { now->title, now->seo_title, now->seo_description, now->vendor };
  const char *was_values[] = { was->title, was->seo_title, was->seo_description, was->vendor };
  guint n = 0;

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    if (g_strcmp0 (now_values[f], was_values[f]) != 0)
      {
        edit_product (p, now->handle, fields[f], was_values[f]);
        n++;
      }

  for (guint v = 0; v < now->variants->len; v++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (now->variants, v);
      const ScCatalogVariant *original = g_ptr_array_index (was->variants, v);

      if (g_strcmp0 (variant->sku, original->sku) != 0)
        {
          edit_variant (p, variant, "sku", original->sku);
          n++;
        }
      if (g_strcmp0 (variant->barcode, original->barcode) != 0)
        {
          edit_variant (p, variant, "barcode", original->barcode);
          n++;
        }
      if (variant->price.minor != original->price.minor)
        {
          edit_money (p, variant, "price", original->price.minor);
          n++;
        }
      if (variant->has_compare_at)
        {
          edit_variant (p, variant, "compare-at", "");
          n++;
        }
    }

  return n;
}

static void
test_clean_imported_catalog (void)
{
  Practice p = { NULL, };
  g_autoptr(ScCatalog) catalog = NULL;
  guint n_fixed = 0;

  practice_start (&p, "clean-imported-catalog", SEED);
  g_assert_cmpuint (p.scenario->n_defects, ==, 50);
  g_assert_nonnull (p.scenario->catalog);
  assert_passing (&p, "");

  /* Every defect is one field the import changed: put each one back. */
  catalog = store (&p);
  for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
    {
      const ScCatalogProduct *product = sc_catalog_get_product (catalog, i);

      n_fixed += restore_product (&p, product, sc_catalog_lookup_product (p.scenario->catalog, product->handle));
    }
  g_assert_cmpuint (n_fixed, ==, 50);
  assert_all_pass (&p);
  practice_finish (&p);

  assert_same_dump ("clean-imported-catalog");
}

static void
test_strict_marketplace_ready (void)
{
  Practice p = { NULL, };

  practice_start (&p, "strict-marketplace-ready", SEED);
  g_assert_cmpstr (p.scenario->policy_id, ==, "strict-marketplace");
  assert_passing (&p, "");

  edit_product (&p, "merino-throw-blanket", "title", "Nordhaven Merino Wool Throw Blanket, 130 x 170 cm");
  assert_passing (&p, "no-errors title-clean");
  edit_product (&p, "merino-throw-blanket", "description",
                "<p>A throw woven from extra-fine 17.5 micron merino wool in a family mill in the Black "
                "Forest, light enough for the sofa in summer and warm enough for winter evenings.</p>"
                "<p>130 x 170 cm, 900 g, with knotted fringes at both ends. Wash on the wool cycle at 30 °C "
                "and dry flat; air it outside between washes.</p>");
  edit_product (&p, "merino-throw-blanket", "seo-title", "Merino Wool Throw, 130 x 170 cm | Nordhaven Home");
  edit_product (&p, "merino-throw-blanket", "seo-description",
                "Extra-fine merino wool throw woven in the Black Forest, 130 x 170 cm with knotted fringes. "
                "Soft, warm and washable on the wool cycle.");
  assert_all_pass (&p);
  practice_finish (&p);

  assert_same_dump ("strict-marketplace-ready");
}

/* The example course of docs/course-format.md has a scenario too. */
static void
test_example_title_cleanup (void)
{
  Practice p = { NULL, };

  practice_start (&p, "example:title-cleanup", SEED);
  assert_passing (&p, "");
  edit_product (&p, "enamel-mug-blue", "title", "Enamel Camp Mug, Blue");
  assert_passing (&p, "no-caps");
  edit_product (&p, "stoneware-mug-oat", "title", "Speckled Stoneware Mug, Oat, 300 ml");
  assert_all_pass (&p);
  practice_finish (&p);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario-content/fix-suppressed-listing", test_fix_suppressed_listing);
  g_test_add_func ("/scenario-content/draft-to-active", test_draft_to_active);
  g_test_add_func ("/scenario-content/variant-matrix", test_variant_matrix);
  g_test_add_func ("/scenario-content/prices-below-cost", test_prices_below_cost);
  g_test_add_func ("/scenario-content/compliant-title-seo", test_compliant_title_seo);
  g_test_add_func ("/scenario-content/clean-imported-catalog", test_clean_imported_catalog);
  g_test_add_func ("/scenario-content/strict-marketplace-ready", test_strict_marketplace_ready);
  g_test_add_func ("/scenario-content/example-title-cleanup", test_example_title_cleanup);

  return g_test_run ();
}
