/* sc-practice-check.h - "Check My Work" for a practice store of the Orders or Inventory section
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-context.h"
#include "sc-run.h"
#include "sc-scenario.h"

G_BEGIN_DECLS

gboolean          sc_practice_has_goals     (const ScScenario  *scenario);
const ScScenario *sc_practice_find_scenario (GPtrArray         *scenarios,
                                             const ScRun       *run);
GtkWidget        *sc_practice_check         (GtkWidget         *panel,
                                             const ScRun       *run,
                                             GPtrArray         *scenarios,
                                             const char        *lesson_id);

G_END_DECLS
