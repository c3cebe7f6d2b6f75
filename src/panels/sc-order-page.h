/* sc-order-page.h - one order of the Orders section: what it is, and the steps a learner may take
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-order.h"
#include "sc-order-request.h"

G_BEGIN_DECLS

#define SC_TYPE_ORDER_PAGE (sc_order_page_get_type ())

G_DECLARE_FINAL_TYPE (ScOrderPage, sc_order_page, SC, ORDER_PAGE, AdwBin)

GtkWidget     *sc_order_page_new       (void);
void           sc_order_page_set_order (ScOrderPage   *self,
                                        const ScOrder *order,
                                        gint64         now);
void           sc_order_page_set_now   (ScOrderPage   *self,
                                        gint64         now);
const ScOrder *sc_order_page_get_order (ScOrderPage   *self);
GtkWidget     *sc_order_page_get_action_button (ScOrderPage   *self,
                                                ScOrderAction  action);
void           sc_order_page_focus_steps (ScOrderPage *self);
GtkWidget     *sc_order_page_open_form (ScOrderPage   *self,
                                        ScOrderAction  action);
GtkWidget     *sc_order_page_explain   (ScOrderPage   *self,
                                        const char    *message);

G_END_DECLS
