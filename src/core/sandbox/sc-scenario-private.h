/* sc-scenario-private.h - what the scenario reader's files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-scenario.h"

G_BEGIN_DECLS

/* The start the reader builds a scenario's shop at to check it: any start
 * gives the same refusals, as every time in the file is relative to it. */
#define SC_SCENARIO_CHECK_START G_GINT64_CONSTANT (1796115600)  /* 2026-12-01 09:00 UTC */

/* Where the readers of <orders> and <stock> report, and in which currency amounts are. */
typedef struct
{
  const char       *file;
  ScCourseProblems *problems;
  const ScCurrency *currency;
} ScScenarioReader;

/* sc-scenario-shop.c: attributes, checked and reported as FILE:LINE */
const char *sc_scenario_node_name        (xmlNode             *node);
guint       sc_scenario_count_problems   (ScScenarioReader    *reader);
void        sc_scenario_check_attributes (ScScenarioReader    *reader,
                                          xmlNode             *node,
                                          const char * const  *allowed);
char       *sc_scenario_require          (ScScenarioReader    *reader,
                                          xmlNode             *node,
                                          const char          *name,
                                          const char          *example);
gint64      sc_scenario_read_integer     (ScScenarioReader    *reader,
                                          xmlNode             *node,
                                          const char          *name,
                                          gint64               low,
                                          gint64               high,
                                          gint64               fallback,
                                          gboolean            *present);
gint64      sc_scenario_read_time        (ScScenarioReader    *reader,
                                          xmlNode             *node,
                                          const char          *name,
                                          gint64               fallback);
gint64      sc_scenario_parse_amount     (ScScenarioReader    *reader,
                                          xmlNode             *node,
                                          const char          *what,
                                          const char          *text);
gint64      sc_scenario_read_amount      (ScScenarioReader    *reader,
                                          xmlNode             *node,
                                          const char          *name,
                                          gboolean            *present);
gboolean    sc_scenario_read_yes_no      (ScScenarioReader    *reader,
                                          xmlNode             *node,
                                          const char          *name,
                                          gboolean             fallback);

/* sc-scenario-orders.c */
void        sc_scenario_read_orders      (ScScenario          *self,
                                          xmlNode             *node,
                                          const char          *file,
                                          ScCourseProblems    *problems);

/* sc-scenario-stock.c */
void        sc_scenario_read_stock       (ScScenario          *self,
                                          xmlNode             *node,
                                          const char          *file,
                                          ScCourseProblems    *problems);

/* sc-scenario-build.c */
gboolean    sc_scenario_build_in         (const ScScenario    *self,
                                          ScCatalog           *catalog,
                                          gint64               start,
                                          const char          *file,
                                          ScCourseProblems    *problems,
                                          GPtrArray          **orders_out,
                                          ScInventory        **stock_out);

G_END_DECLS
