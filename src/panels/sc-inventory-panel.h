/* sc-inventory-panel.h - the Inventory section (inventory sheet practice)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_INVENTORY_PANEL (sc_inventory_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScInventoryPanel, sc_inventory_panel, SC, INVENTORY_PANEL, ScPanel)

GtkWidget  *sc_inventory_panel_new             (void);
gboolean    sc_inventory_panel_open_practice   (ScInventoryPanel *self,
                                                const char       *scenario_id,
                                                const char       *lesson_id);
void        sc_inventory_panel_set_clock       (ScInventoryPanel *self,
                                                gint64          (*clock) (void));
const char *sc_inventory_panel_get_page        (ScInventoryPanel *self);
guint       sc_inventory_panel_get_n_shown     (ScInventoryPanel *self);
GtkWidget  *sc_inventory_panel_open_item       (ScInventoryPanel *self,
                                                const char       *sku);
GtkWidget  *sc_inventory_panel_open_count      (ScInventoryPanel *self);
GtkWidget  *sc_inventory_panel_check           (ScInventoryPanel *self);
void        sc_inventory_panel_set_view        (ScInventoryPanel *self,
                                                guint             view);

G_END_DECLS
