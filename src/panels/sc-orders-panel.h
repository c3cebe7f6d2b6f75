/* sc-orders-panel.h - the Orders section (order queue practice)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_ORDERS_PANEL (sc_orders_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScOrdersPanel, sc_orders_panel, SC, ORDERS_PANEL, ScPanel)

GtkWidget *sc_orders_panel_new (void);

G_END_DECLS
