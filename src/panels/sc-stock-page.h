/* sc-stock-page.h - one item of the Inventory section: its quantities, history, and the steps a learner may take
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-inventory.h"
#include "sc-order-request.h"

G_BEGIN_DECLS

#define SC_TYPE_STOCK_PAGE (sc_stock_page_get_type ())

G_DECLARE_FINAL_TYPE (ScStockPage, sc_stock_page, SC, STOCK_PAGE, AdwBin)

GtkWidget             *sc_stock_page_new             (void);
void                   sc_stock_page_set_item        (ScStockPage  *self,
                                                      ScInventory  *inventory,
                                                      const char   *sku);
const ScInventoryItem *sc_stock_page_get_item        (ScStockPage  *self);
void                   sc_stock_page_show_top        (ScStockPage  *self);
GtkWidget             *sc_stock_page_get_step_button (ScStockPage  *self,
                                                      ScStockStep   step);
GtkWidget             *sc_stock_page_open_form       (ScStockPage  *self,
                                                      ScStockStep   step);
GtkWidget             *sc_stock_page_open_count      (ScStockPage  *self,
                                                      ScInventory  *inventory);
GtkWidget             *sc_stock_page_explain         (ScStockPage  *self,
                                                      const char   *message);
const ScInventoryCount *sc_stock_find_open_count     (ScInventory  *inventory);

G_END_DECLS
