/* sc-scenario.h - a practice scenario: a store generated from a seed, and its goals
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A course ships its scenarios as the .xml files of its scenarios/ folder
 * (data/rng/shopcraft-scenario.rng is their schema):
 *
 *   <scenario id="price-the-range" policy="general-marketplace">
 *     <title>Price the range</title>
 *     <store currency="EUR" products="4" variants="3" missing-skus="30"/>
 *     <goals> … </goals>                         (sc-sandbox-goal.h)
 *   </scenario>
 *
 * policy names the course's policies/ID.xml the goals and the listing
 * checker apply (default general-marketplace).
 *
 * The store is generated or given. A generated <store> has the
 * generator's parameters: how many products (1–50), at most how many size
 * variants each (1–3), the percentage of variants generated without a SKU
 * (0–100), the currency (ISO 4217, default EUR). A given store names a
 * product file of the course instead, read once when the scenario is
 * loaded with the catalog importer, every problem reported as FILE:ROW:
 *
 *   <store currency="EUR" catalog="scenarios/fix-suppressed-listing.csv"
 *          format="shopify"/>
 *
 * (format: shopify, woocommerce or auto, the default). Either store may
 * hold <defects count="50" kinds="sku-missing price-below-cost"/>: that
 * many defects of those kinds (default: all of SC_SCENARIO_DEFECT_KINDS)
 * put into the store by the seed, each in its own field, so learners get
 * different defects of the same skill. A given store must have room for
 * them (sc-scenario-defects.c says which fields each kind uses).
 *
 * The store comes from those and a seed through the project's own PRNG,
 * so a seed and SC_SCENARIO_GENERATOR_VERSION give the same store, and
 * the same `shopcraft --dump-run` text, on every machine.
 */
#pragma once

#include <gio/gio.h>

#include "sc-catalog.h"
#include "sc-prng.h"
#include "sc-course-problems.h"
#include "sc-run.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* Recorded on every run started from a scenario. Bump it whenever the
 * generator draws or uses numbers differently (SC_PRNG_VERSION included). */
#define SC_SCENARIO_GENERATOR_VERSION 1

/* The policy of a scenario that names none. */
#define SC_SCENARIO_DEFAULT_POLICY "general-marketplace"

/* Every kind of defect <defects> may put into a store, space-separated. */
#define SC_SCENARIO_DEFECT_KINDS "sku-missing sku-duplicate barcode-check-digit price-below-cost " \
                                 "compare-at-invalid title-all-caps title-promotional seo-title-missing " \
                                 "seo-description-missing vendor-missing"

typedef struct
{
  char             *id;
  char             *title;
  const ScCurrency *currency;
  guint             n_products;
  guint             max_variants;
  guint             missing_sku_percent;
  GPtrArray        *goals;  /* (element-type ScGoal): may be empty */
  char             *policy_id;      /* never NULL: SC_SCENARIO_DEFAULT_POLICY when not named */
  char             *catalog_file;   /* a given store's file, relative to the course; or NULL */
  ScCatalog        *catalog;        /* the given store as read, or NULL when generated */
  guint             n_defects;      /* how many defects the seed puts into the store */
  GStrv             defect_kinds;   /* which kinds; never NULL when n_defects > 0 */
} ScScenario;

ScScenario *sc_scenario_parse    (const char        *data,
                                  gsize              length,
                                  const char        *file,
                                  ScCourseProblems  *problems);
ScScenario *sc_scenario_load     (const char        *course_dir,
                                  const char        *relative,
                                  ScCourseProblems  *problems);
void        sc_scenario_free     (ScScenario        *self);

gboolean    sc_scenario_defect_kind_is_known (const char *kind);
guint       sc_scenario_count_defect_room    (ScCatalog  *catalog,
                                              GStrv       kinds);
void        sc_scenario_add_defects          (ScCatalog  *catalog,
                                              guint       count,
                                              GStrv       kinds,
                                              ScPrng     *prng);

ScCatalog  *sc_scenario_generate (const ScScenario  *self,
                                  guint64            seed);
ScRun      *sc_scenario_start    (ScDatabase        *database,
                                  gint64             learner_id,
                                  const ScScenario  *self,
                                  guint64            seed,
                                  const char        *name,
                                  GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScScenario, sc_scenario_free)

G_END_DECLS
