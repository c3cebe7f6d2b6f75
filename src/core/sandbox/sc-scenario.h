/* sc-scenario.h - a practice scenario: a store generated from a seed, and its goals
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A course ships its scenarios as the .xml files of its scenarios/ folder:
 *
 *   <scenario id="price-the-range">
 *     <title>Price the range</title>
 *     <store currency="EUR" products="4" variants="3" missing-skus="30"/>
 *     <goals> … </goals>                         (sc-sandbox-goal.h)
 *   </scenario>
 *
 * <store> gives the generator's parameters: how many products (1–50),
 * at most how many size variants each (1–3), the percentage of variants
 * generated without a SKU (0–100), the currency (ISO 4217, default EUR).
 * The store itself comes from those and a seed through the project's own
 * PRNG, so a seed and SC_SCENARIO_GENERATOR_VERSION give the same store,
 * and the same `shopcraft --dump-run` text, on every machine.
 */
#pragma once

#include <gio/gio.h>

#include "sc-catalog.h"
#include "sc-course-problems.h"
#include "sc-run.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* Recorded on every run started from a scenario. Bump it whenever the
 * generator draws or uses numbers differently (SC_PRNG_VERSION included). */
#define SC_SCENARIO_GENERATOR_VERSION 1

typedef struct
{
  char             *id;
  char             *title;
  const ScCurrency *currency;
  guint             n_products;
  guint             max_variants;
  guint             missing_sku_percent;
  GPtrArray        *goals;  /* (element-type ScGoal): may be empty */
} ScScenario;

ScScenario *sc_scenario_parse    (const char        *data,
                                  gsize              length,
                                  const char        *file,
                                  ScCourseProblems  *problems);
ScScenario *sc_scenario_load     (const char        *course_dir,
                                  const char        *relative,
                                  ScCourseProblems  *problems);
void        sc_scenario_free     (ScScenario        *self);

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
