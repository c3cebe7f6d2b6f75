/* sc-order-page-private.h - what the files of ScOrderPage share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc-order-page.c        the page: status, items, money, shipments, messages
 * sc-order-page-forms.c  the dialogs that ask what a step needs (quantities,
 *                        reasons, amounts), then hand the request on
 */
#pragma once

#include "sc-order-page.h"

G_BEGIN_DECLS

struct _ScOrderPage
{
  AdwBin      parent_instance;

  /* Template children */
  GtkFlowBox *actions;
  GtkLabel   *fulfilment_pill;
  GtkLabel   *heading;
  GtkLabel   *payment_pill;
  GtkBox     *sections;
  GtkLabel   *summary;

  ScOrder    *order;
  gint64      now;
  GHashTable *buttons;  /* ScOrderAction → GtkButton */
};

void       sc_order_page_emit_request (ScOrderPage          *self,
                                       const ScOrderRequest *request);
GtkWidget *sc_order_page_form_new     (ScOrderPage          *self,
                                       ScOrderAction         action);

G_END_DECLS
