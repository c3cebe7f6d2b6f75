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
 */
#include <string.h>
#include <glib.h>

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
  /* Without its course folder a scenario cannot name a product file. */
  g_assert_null (scenario->catalog_file);
  g_assert_true (scenario->n_defects == 0 || scenario->defect_kinds != NULL);

  check_store (scenario, 1);
  check_store (scenario, G_MAXUINT64);

  sc_scenario_free (scenario);

  return 0;
}
