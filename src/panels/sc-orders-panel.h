/* sc-orders-panel.h - the Orders section (order queue practice)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_ORDERS_PANEL (sc_orders_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScOrdersPanel, sc_orders_panel, SC, ORDERS_PANEL, ScPanel)

GtkWidget  *sc_orders_panel_new             (void);
gboolean    sc_orders_panel_open_practice   (ScOrdersPanel *self,
                                             const char    *scenario_id,
                                             const char    *lesson_id);
void        sc_orders_panel_set_clock       (ScOrdersPanel *self,
                                             gint64       (*clock) (void));
const char *sc_orders_panel_get_page        (ScOrdersPanel *self);
guint       sc_orders_panel_get_n_shown     (ScOrdersPanel *self);
GtkWidget  *sc_orders_panel_open_order      (ScOrdersPanel *self,
                                             const char    *name);
void        sc_orders_panel_set_view        (ScOrdersPanel *self,
                                             guint          view);
GtkWidget  *sc_orders_panel_check           (ScOrdersPanel *self);

G_END_DECLS
