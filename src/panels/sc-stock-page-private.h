/* sc-stock-page-private.h - what the files of ScStockPage share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc-stock-page.c        the page: quantities, reordering, purchase orders, history
 * sc-stock-page-forms.c  the dialogs that ask what a step needs (a quantity,
 *                        a reason, a purchase order, counted quantities),
 *                        then hand the request on
 */
#pragma once

#include "sc-stock-page.h"

G_BEGIN_DECLS

struct _ScStockPage
{
  AdwBin       parent_instance;

  /* Template children */
  GtkFlowBox  *actions;
  GtkLabel    *heading;
  GtkLabel    *policy_pill;
  GtkBox      *sections;
  GtkLabel    *status_pill;
  GtkLabel    *summary;

  ScInventory *inventory;
  char        *sku;
  GHashTable  *buttons;   /* ScStockStep → GtkButton */
};

const ScInventoryItem *sc_stock_page_item         (ScStockPage          *self);
void                   sc_stock_page_emit_request (ScStockPage          *self,
                                                   const ScStockRequest *request);
GtkWidget             *sc_stock_page_form_new     (ScStockPage          *self,
                                                   ScStockStep           step);
char                  *sc_stock_next_purchase_reference (ScInventory    *inventory);

G_END_DECLS
