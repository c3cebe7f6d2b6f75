/* fuzz-policy.c - arbitrary bytes as a marketplace policy file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes go through sc_policy_parse (): the size, compression and UTF-8
 * checks, libxml2 with the course options (DOCTYPE refused), and every
 * <limit>, <category> and <phrases>. It must return either a policy with
 * no problem or problems and no policy. A policy's limits and phrases,
 * whatever their values, then drive the listing linter over a generated
 * store, as the Listings section does: every finding names a rule the
 * linter knows, a product of the store and, when it names one, a variant
 * or picture the product has; the score stays in [0, 100].
 */
#include <string.h>
#include <glib.h>

#include "sc-fuzz.h"
#include "sc-lint.h"
#include "sc-policy.h"
#include "sc-scenario.h"

/* A store of every kind of product the generator makes, with defects of
 * every kind, so each lint rule has something to look at. */
static const char store_scenario[] =
  "<scenario id=\"fuzz-store\">"
  "  <title>Fuzz store</title>"
  "  <store currency=\"EUR\" products=\"12\" variants=\"3\" missing-skus=\"20\">"
  "    <defects count=\"12\"/>"
  "  </store>"
  "</scenario>";

static ScCatalog *
store (void)
{
  static ScCatalog *catalog;

  if (catalog == NULL)
    {
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      ScScenario *scenario = sc_scenario_parse (store_scenario, strlen (store_scenario),
                                                "scenarios/fuzz-store.xml", problems);

      g_assert_nonnull (scenario);
      catalog = sc_scenario_generate (scenario, 7);
      sc_scenario_free (scenario);
    }

  return catalog;
}

static ScCatalogProduct *
find_product (ScCatalog  *catalog,
              const char *handle)
{
  for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, i);

      if (g_strcmp0 (product->handle, handle) == 0)
        return product;
    }

  return NULL;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autoptr(ScPolicy) policy = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  ScCatalog *catalog;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  problems = sc_course_problems_new ();
  policy = sc_policy_parse ((const char *) data, size, "policies/fuzz.xml", problems);
  if (policy == NULL)
    {
      g_assert_cmpuint (sc_course_problems_get_len (problems), >, 0);
      return 0;
    }

  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
  g_assert_nonnull (sc_policy_get_id (policy));
  g_assert_nonnull (sc_policy_get_title (policy));

  catalog = store ();
  findings = sc_lint_catalog (catalog, policy);
  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);
      ScCatalogProduct *product = find_product (catalog, finding->handle);

      g_assert_nonnull (finding->rule);
      g_assert_true (sc_lint_lookup_rule (finding->rule->id) == finding->rule);
      g_assert_nonnull (product);
      g_assert_cmpint (finding->variant, >=, -1);
      g_assert_cmpint (finding->variant, <, (int) product->variants->len);
      g_assert_cmpint (finding->image, >=, -1);
      g_assert_cmpint (finding->image, <, (int) product->images->len);
      g_assert_nonnull (finding->message);
    }
  g_assert_cmpuint (sc_lint_score (findings), <=, 100);

  return 0;
}
