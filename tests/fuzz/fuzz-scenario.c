/* fuzz-scenario.c - arbitrary bytes as a practice scenario file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes go through sc_scenario_parse (): the size, compression and
 * UTF-8 checks, libxml2 with the course options (DOCTYPE refused), the
 * store's numbers, currency and defects, and every goal. It must return
 * either a scenario with no problem or problems and no scenario. A
 * scenario's store is then generated, as a learner's run does: it has the
 * number of products the scenario asks for, each with between one and
 * the most variants it allows, the same seed gives the same store, and
 * the listing linter reads it under a policy without a complaint.
 *
 * The bytes are parsed a second time with a small candle store as the
 * given store's product file, so <orders> and <stock> naming its SKUs
 * are built: a scenario the reader took builds its shop on that store at
 * any start, the same start gives the same dump, and every order is one
 * sc_order_check () accepts.
 */
#include <string.h>
#include <glib.h>

#include "sc-catalog-file.h"
#include "sc-catalog-product.h"
#include "sc-fuzz.h"
#include "sc-lint.h"
#include "sc-policy.h"
#include "sc-scenario.h"

static const char policy_xml[] =
  "<policy id=\"fuzz\"><title>Fuzz</title><source>The fuzz target</source><date>2026-12-01</date>"
  "<limit rule=\"title-length\" name=\"min\" value=\"20\"/>"
  "<limit rule=\"title-length\" name=\"max\" value=\"150\"/>"
  "</policy>";

static const char candles_csv[] =
  "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,"
  "Variant Inventory Policy,Variant Price,Cost per item,Status\n"
  "beeswax-pillar-candle,Beeswax Pillar Candle,Size,Small,HW-BEES-S,shopify,40,deny,12.90,4.20,active\n"
  "beeswax-pillar-candle,,,Large,HW-BEES-L,shopify,24,deny,19.90,6.80,\n"
  "soy-candle-fig-cedar,Soy Candle Fig & Cedar,Size,220 g,HW-FIG-220,shopify,30,deny,24.95,7.40,active\n"
  "soy-candle-fig-cedar,,,400 g,HW-FIG-400,shopify,18,deny,34.95,10.90,\n"
  "soy-candle-lavender,Soy Candle Lavender,Title,Default Title,HW-LAV-220,shopify,26,continue,24.95,7.40,active\n"
  "dinner-taper-candles,Dinner Tapers,Color,Ivory,HW-TAPER-IVY,shopify,50,deny,9.90,2.90,active\n"
  "dinner-taper-candles,,,Sage,HW-TAPER-SAGE,shopify,16,deny,9.90,2.90,\n"
  "tealight-candles-24,Tealights,Title,Default Title,HW-TEA-24,shopify,60,deny,7.50,2.10,active\n"
  "advent-candle,Advent Candle,Title,Default Title,HW-ADVENT,shopify,0,continue,16.90,5.60,active\n"
  "gift-card,Gift Card,Title,Default Title,GIFT-CARD,,,deny,25.00,,active\n";

static ScCatalog *
candles (void)
{
  static ScCatalog *catalog;

  if (catalog == NULL)
    {
      g_autoptr(ScCatalogProblems) problems = sc_catalog_problems_new ("candles.csv");
      g_autoptr(GBytes) bytes = g_bytes_new_static (candles_csv, strlen (candles_csv));
      g_autoptr(GError) error = NULL;

      catalog = sc_catalog_file_import_bytes (bytes, "candles.csv", SC_CATALOG_FORMAT_SHOPIFY,
                                              sc_currency_lookup ("EUR"), problems, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
    }

  return catalog;
}

static void
check_shop (const ScScenario *scenario,
            guint64           seed)
{
  g_autoptr(ScCatalog) catalog = sc_scenario_generate (scenario, seed);
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(ScInventory) stock = NULL;
  g_autoptr(ScInventory) stock_again = NULL;
  g_autoptr(ScInventory) stock_later = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_again = NULL;
  g_autofree char *dump_later = NULL;
  const gint64 start = G_GINT64_CONSTANT (1796383800);

  g_assert_true (sc_scenario_build_shop (scenario, catalog, start, &orders, &stock, &error));
  g_assert_no_error (error);
  g_assert_true (sc_scenario_build_shop (scenario, catalog, start, &again, &stock_again, &error));
  g_assert_no_error (error);
  /* Everything is relative to the start: a later one builds alike. */
  g_assert_true (sc_scenario_build_shop (scenario, catalog, start + 86400, &later, &stock_later,
                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (orders->len, ==, scenario->orders->len);
  for (guint i = 0; i < orders->len; i++)
    {
      g_assert_true (sc_order_check (g_ptr_array_index (orders, i), &error));
      g_assert_no_error (error);
    }
  dump = sc_scenario_dump_shop (orders, stock);
  dump_again = sc_scenario_dump_shop (again, stock_again);
  dump_later = sc_scenario_dump_shop (later, stock_later);
  g_assert_cmpstr (dump, ==, dump_again);
  /* Only the times differ, and they keep their ten digits. */
  g_assert_cmpuint (strlen (dump), ==, strlen (dump_later));
}

static ScPolicy *
policy (void)
{
  static ScPolicy *parsed;

  if (parsed == NULL)
    {
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();

      parsed = sc_policy_parse (policy_xml, strlen (policy_xml), "policies/fuzz.xml", problems);
      g_assert_nonnull (parsed);
    }

  return parsed;
}

static void
check_store (const ScScenario *scenario,
             guint64           seed)
{
  g_autoptr(ScCatalog) catalog = sc_scenario_generate (scenario, seed);
  g_autoptr(ScCatalog) again = sc_scenario_generate (scenario, seed);
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_again = NULL;

  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, scenario->n_products);
  for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, i);

      g_assert_cmpuint (product->variants->len, >=, 1);
      g_assert_cmpuint (product->variants->len, <=, MAX (scenario->max_variants, 1));
    }

  dump = sc_catalog_dump (catalog);
  dump_again = sc_catalog_dump (again);
  g_assert_cmpstr (dump, ==, dump_again);

  findings = sc_lint_catalog (catalog, policy ());
  g_assert_cmpuint (sc_lint_score (findings), <=, 100);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(ScCourseProblems) problems = NULL;
  ScScenario *scenario;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  problems = sc_course_problems_new ();
  scenario = sc_scenario_parse_with_catalog ((const char *) data, size, "scenarios/fuzz.xml", candles (),
                                             problems);
  if (scenario == NULL)
    g_assert_cmpuint (sc_course_problems_get_len (problems), >, 0);
  else if (scenario->catalog != NULL)
    {
      g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
      check_shop (scenario, 1);
      check_shop (scenario, G_MAXUINT64);
    }
  g_clear_pointer (&scenario, sc_scenario_free);
  g_clear_pointer (&problems, sc_course_problems_free);

  problems = sc_course_problems_new ();
  scenario = sc_scenario_parse ((const char *) data, size, "scenarios/fuzz.xml", problems);
  if (scenario == NULL)
    {
      g_assert_cmpuint (sc_course_problems_get_len (problems), >, 0);
      return 0;
    }

  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
  g_assert_nonnull (scenario->id);
  g_assert_nonnull (scenario->title);
  g_assert_nonnull (scenario->policy_id);
  g_assert_nonnull (scenario->goals);
  g_assert_nonnull (scenario->orders);
  g_assert_nonnull (scenario->stock);
  g_assert_nonnull (scenario->counts);
  /* Without its course folder a scenario cannot name a product file. */
  g_assert_null (scenario->catalog_file);
  g_assert_true (scenario->n_defects == 0 || scenario->defect_kinds != NULL);

  check_store (scenario, 1);
  check_store (scenario, G_MAXUINT64);

  sc_scenario_free (scenario);

  return 0;
}
