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

/* sc-scenario-shop.c */
void     sc_scenario_read_orders (ScScenario        *self,
                                  xmlNode           *node,
                                  const char        *file,
                                  ScCourseProblems  *problems);
void     sc_scenario_read_stock  (ScScenario        *self,
                                  xmlNode           *node,
                                  const char        *file,
                                  ScCourseProblems  *problems);

/* sc-scenario-build.c */
gboolean sc_scenario_build_in    (const ScScenario  *self,
                                  ScCatalog         *catalog,
                                  gint64             start,
                                  const char        *file,
                                  ScCourseProblems  *problems,
                                  GPtrArray        **orders_out,
                                  ScInventory      **stock_out);

G_END_DECLS
