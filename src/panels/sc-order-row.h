/* sc-order-row.h - one order as a row of the Orders section's queue
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-order.h"

G_BEGIN_DECLS

#define SC_TYPE_ORDER_ROW (sc_order_row_get_type ())

G_DECLARE_FINAL_TYPE (ScOrderRow, sc_order_row, SC, ORDER_ROW, GObject)

/* Which orders the queue shows (the filter's positions). */
typedef enum
{
  SC_ORDER_VIEW_ALL,
  SC_ORDER_VIEW_TO_FULFIL,   /* open, something left to ship, not held */
  SC_ORDER_VIEW_UNPAID,      /* open, pending or authorized */
  SC_ORDER_VIEW_ON_HOLD,
  SC_ORDER_VIEW_AWAITING_REPLY, /* the customer wrote and has had no answer since */
  SC_ORDER_VIEW_CLOSED,      /* archived or cancelled */
} ScOrderView;

ScOrderRow    *sc_order_row_new              (const ScOrder  *order,
                                              gint64          now);
void           sc_order_row_set_now          (ScOrderRow     *self,
                                              gint64          now);
const ScOrder *sc_order_row_get_order        (ScOrderRow     *self);
const char    *sc_order_row_get_name         (ScOrderRow     *self);
gboolean       sc_order_row_in_view          (ScOrderRow     *self,
                                              ScOrderView     view);

char          *sc_order_describe_financial   (const ScOrder  *order,
                                              gint64          now);
char          *sc_order_describe_fulfilment  (const ScOrder  *order);
char          *sc_order_describe_deadline    (const ScOrder  *order,
                                              gint64          now);
const char    *sc_order_describe_risk        (ScOrderRiskLevel level);
const char    *sc_order_describe_hold        (ScOrderHoldReason reason);
const char    *sc_order_describe_cancel      (ScOrderCancelReason reason);
char          *sc_order_describe_money         (const ScOrder  *order,
                                              gint64          minor);
char          *sc_order_describe_time          (gint64          time);

G_END_DECLS
