/* sc-inventory-panel.h - the Inventory section (inventory sheet practice)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_INVENTORY_PANEL (sc_inventory_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScInventoryPanel, sc_inventory_panel, SC, INVENTORY_PANEL, ScPanel)

GtkWidget *sc_inventory_panel_new (void);

G_END_DECLS
