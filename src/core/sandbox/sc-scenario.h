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
 *       unchecked="cycle-plan": goals the lesson's practice card names
 *       that no goal type can check yet; the card is valid, the check
 *       leaves them out
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
 *
 * Orders and stock
 *
 * A given store may come with its order queue and its stock sheet, after
 * <store> (sc-scenario-shop.h holds them as read):
 *
 *   <orders>
 *     <order name="#1001" customer="Maya Fischer" placed="-14h" payment="authorize"
 *            handling-hours="48" risk="cvv-mismatch many-payment-attempts">
 *       <line sku="CANDLE-BEES-S" quantity="2"/>
 *       <line sku="CANDLE-BEES-L" quantity="1" price="19.90"/>
 *       <shipping>4.90</shipping>
 *       <tax>3.10</tax>
 *       <history>
 *         <capture at="-12h"/>
 *         <fulfil sku="CANDLE-BEES-S" quantity="1" at="-3h" carrier="DHL" tracking="00340434…"/>
 *         <hold reason="awaiting-stock"/>
 *       </history>
 *     </order>
 *   </orders>
 *   <stock>
 *     <item sku="CANDLE-BEES-S" unavailable="2" reason="damaged" incoming="12" purchase="PO-7"
 *           reorder-point="10" reorder-quantity="24" demand="45/30" lead-days="7" safety-stock="5"/>
 *     <count at="-1h"><line sku="CANDLE-BEES-S" counted="9"/></count>
 *   </stock>
 *
 * Times are relative to the run's start ("0", "-14h", "-2d", "-1d6h30m"),
 * never after it and at most 366 days before: the run is created now, and
 * the orders were placed before it, so their deadlines and authorizations
 * are live when the learner arrives. A step without at= happens when the
 * step before it did (or the placing); steps go in time order.
 *
 * - <order>: name (unique), customer, placed (default 0), payment
 *   (automatic, authorize or manual: sc_order_payment_to_string (); default
 *   automatic), handling-hours (default 48), risk (risk signal ids). Its
 *   <line>s name catalog SKUs; the unit price and title are the catalog's,
 *   price= overrides the price. <shipping> and <tax> are amounts (default 0).
 * - <history>: the steps after placing, each element named by its action
 *   id (sc_order_action_to_string ()): <capture amount?> (default:
 *   everything capturable), <mark-as-paid/>, <void/>, <hold reason>,
 *   <release-hold reviewed="yes|no">, <fulfil sku? quantity? carrier?
 *   tracking?> (no sku: everything left; no quantity: the line's rest),
 *   <cancel reason restock="yes|no">, <refund shipping? sku quantity
 *   restock> or <refund> with <line sku quantity restock> children
 *   (restock: sc_order_restock_to_string ()), <close/>, <reopen/>.
 * - <stock><item sku>: available (instead of the catalog's quantity),
 *   policy (deny or continue), unavailable units on hand besides the
 *   available ones with their reason (damaged, quality-control or
 *   safety-stock; default damaged), incoming units on purchase order
 *   purchase=, reorder-point with reorder-quantity, demand="UNITS/DAYS"
 *   (the sales history), lead-days and safety-stock.
 * - <stock><count at>: a cycle count begun then and left open, of its
 *   <line sku counted?> (no counted: left for the learner to count).
 *
 * Orders and stock name SKUs, so they need a given store, and no defects
 * that change SKUs. The reader builds the shop once (sc-scenario-build.c
 * says how) and reports, as FILE:LINE, every SKU the catalog lacks and
 * every step the order's rules or the inventory refuse, with the model's
 * own message.
 */
#pragma once

#include <gio/gio.h>

#include "sc-catalog.h"
#include "sc-prng.h"
#include "sc-course-problems.h"
#include "sc-run.h"
#include "sc-scenario-shop.h"
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
  GStrv             unchecked_goals;  /* <goals unchecked>: card goals without a check, or NULL */
  char             *policy_id;      /* never NULL: SC_SCENARIO_DEFAULT_POLICY when not named */
  char             *catalog_file;   /* a given store's file, relative to the course; or NULL */
  ScCatalog        *catalog;        /* the given store as read, or NULL when generated */
  guint             n_defects;      /* how many defects the seed puts into the store */
  GStrv             defect_kinds;   /* which kinds; never NULL when n_defects > 0 */
  GPtrArray        *orders;         /* (element-type ScScenarioOrder): never NULL; may be empty */
  GPtrArray        *stock;          /* (element-type ScScenarioStockItem): never NULL; may be empty */
  GPtrArray        *counts;         /* (element-type ScScenarioCount): never NULL; may be empty */
} ScScenario;

ScScenario *sc_scenario_parse    (const char        *data,
                                  gsize              length,
                                  const char        *file,
                                  ScCourseProblems  *problems);
ScScenario *sc_scenario_parse_with_catalog (const char        *data,
                                            gsize              length,
                                            const char        *file,
                                            ScCatalog         *catalog,
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
gboolean    sc_scenario_build_shop (const ScScenario  *self,
                                    ScCatalog         *catalog,
                                    gint64             start,
                                    GPtrArray        **orders_out,
                                    ScInventory      **stock_out,
                                    GError           **error);
char       *sc_scenario_dump_shop  (GPtrArray         *orders,
                                    ScInventory       *stock);
gboolean    sc_scenario_has_shop   (const ScScenario  *self);
gboolean    sc_scenario_make_shop  (const ScScenario  *self,
                                    ScCatalog         *catalog,
                                    GPtrArray        **orders_out,
                                    ScInventory      **stock_out,
                                    GError           **error);
ScRun      *sc_scenario_start    (ScDatabase        *database,
                                  gint64             learner_id,
                                  const ScScenario  *self,
                                  guint64            seed,
                                  const char        *name,
                                  GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScScenario, sc_scenario_free)

G_END_DECLS
