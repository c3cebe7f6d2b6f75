/* sc-order-request.h - one learner step on an order or on the stock, as plain data
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A panel fills a request from its form and the database layer
 * (sc-run-orders.h) applies it to the order and the inventory it loaded,
 * so the same step reads the same whether it is tried in a test, replayed
 * or logged. Applying a request is all or nothing, like the operations it
 * dispatches to (sc-order.h, sc-inventory.h), and passes their refusals
 * through unchanged. No database, no GTK.
 */
#pragma once

#include <glib.h>

#include "sc-inventory.h"
#include "sc-order.h"

G_BEGIN_DECLS

/* What each action reads; the other fields are ignored:
 *
 *   EDIT           sku, quantity, amount (unit price): adds a line to a draft
 *   PLACE          payment
 *   CAPTURE        amount
 *   HOLD           hold_reason
 *   RELEASE_HOLD   reviewed
 *   FULFIL         sku and quantity, or sku NULL for everything left; with
 *                  carrier and tracking set, the new shipment gets them (they
 *                  are checked first, so a typo ships nothing)
 *   CANCEL         cancel_reason, restock
 *   REFUND         refund_lines, n_refund_lines, refund_shipping (a zero
 *                  ScMoney without a currency means none)
 *   ADD_TRACKING   shipment (0 for the first), carrier, tracking
 *   NOTIFY         message
 *
 * payment is last so that a request written with designated
 * initializers stays valid. */
typedef struct
{
  ScOrderAction            action;
  const char              *sku;
  gint64                   quantity;
  ScMoney                  amount;
  ScOrderHoldReason        hold_reason;
  gboolean                 reviewed;
  ScOrderCancelReason      cancel_reason;
  gboolean                 restock;
  const ScOrderRefundLine *refund_lines;
  guint                    n_refund_lines;
  ScMoney                  refund_shipping;
  guint                    shipment;
  const char              *carrier;
  const char              *tracking;
  const char              *message;
  ScOrderPayment           payment;
} ScOrderRequest;

/* The stock sheet's steps. The names of sc_stock_step_to_string () are
 * stable: the action log stores them ("stock-adjust"). */
typedef enum
{
  SC_STOCK_STEP_ADJUST,               /* sku, quantity (a delta), reason, reference, note */
  SC_STOCK_STEP_MARK_UNAVAILABLE,     /* sku, quantity, reason, reference, note */
  SC_STOCK_STEP_RELEASE_UNAVAILABLE,  /* sku, quantity, reason, reference, note */
  SC_STOCK_STEP_SET_POLICY,           /* sku, policy */
  SC_STOCK_STEP_SET_REORDER,          /* sku, reorder_point, reorder_quantity; or clear */
  SC_STOCK_STEP_ORDER_PURCHASE,       /* reference ("PO-7"), sku, quantity, note */
  SC_STOCK_STEP_RECEIVE_PURCHASE,     /* reference, sku, quantity (accepted), damaged, note */
  SC_STOCK_STEP_CLOSE_PURCHASE,       /* reference, note */
  SC_STOCK_STEP_COUNT_BEGIN,          /* skus */
  SC_STOCK_STEP_COUNT_SET,            /* count, sku, quantity (counted); or clear (uncounted) */
  SC_STOCK_STEP_COUNT_APPLY,          /* count, note */
  SC_STOCK_STEP_COUNT_CANCEL,         /* count */
} ScStockStep;

typedef struct _ScStockRequest ScStockRequest;

struct _ScStockRequest
{
  ScStockStep          step;
  const char          *sku;
  gint64               quantity;
  gint64               damaged;
  ScStockReason        reason;
  ScInventoryPolicy    policy;
  gint64               reorder_point;
  gint64               reorder_quantity;
  gboolean             clear;
  const char          *reference;
  guint                count;
  const char * const  *skus;
  const char          *note;
  /* A step done after this one as part of the same action (one undo),
   * such as the counted quantities saved before a count is applied:
   * the last step of the chain names the action. */
  const ScStockRequest *then;
};

gboolean     sc_order_request_apply     (ScOrder               *order,
                                         const ScOrderRequest  *request,
                                         gint64                 now,
                                         GPtrArray            **moves_out,
                                         GError               **error);
gboolean     sc_inventory_request_apply (ScInventory           *stock,
                                         const ScStockRequest  *request,
                                         gint64                 now,
                                         GError               **error);

const char  *sc_stock_step_to_string    (ScStockStep            step);
gboolean     sc_stock_step_from_string  (const char            *text,
                                         ScStockStep           *out_step);

G_END_DECLS
