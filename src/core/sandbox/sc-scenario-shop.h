/* sc-scenario-shop.h - a scenario's orders and stock, as its file gives them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What <orders> and <stock> say, read but not yet applied: times are
 * seconds relative to the run's start (never after it), amounts minor
 * units of the scenario's currency. sc_scenario_build_shop () turns them
 * into ScOrders and an ScInventory; sc-scenario.h describes the format.
 */
#pragma once

#include <glib.h>

#include "sc-inventory.h"
#include "sc-order.h"

G_BEGIN_DECLS

/* How far before the run's start a scenario's orders and steps may lie. */
#define SC_SCENARIO_MAX_PAST_SECONDS (G_GINT64_CONSTANT (366) * 24 * 3600)

typedef struct
{
  char     *sku;
  gint64    quantity;
  gboolean  has_price;  /* FALSE: the catalog's price */
  gint64    price;
  guint     line;
} ScScenarioOrderLine;

typedef struct
{
  char           *sku;
  gint64          quantity;
  ScOrderRestock  restock;
} ScScenarioRefundLine;

/* One step of an order's <history>: the element's name is the action's
 * id (sc_order_action_to_string ()); only the fields of that action mean
 * anything. A <customer-message> is a notify step with from_customer
 * set: the customer wrote @text. */
typedef struct
{
  ScOrderAction        action;
  gint64               at;            /* relative to the run's start, <= 0 */
  guint                line;
  gboolean             has_amount;    /* capture: FALSE takes everything capturable */
  gint64               amount;        /* capture: the amount; refund: the shipping refunded */
  char                *sku;           /* fulfil: NULL ships everything left, in one parcel */
  gint64               quantity;      /* fulfil: 0 ships the line's unfulfilled units */
  char                *carrier;       /* fulfil: with tracking, or both NULL */
  char                *tracking;
  ScOrderHoldReason    hold_reason;
  gboolean             reviewed;      /* release-hold */
  ScOrderCancelReason  cancel_reason;
  gboolean             restock;       /* cancel */
  GPtrArray           *refund_lines;  /* refund: (element-type ScScenarioRefundLine) */
  char                *text;          /* notify: the message, as written */
  gboolean             from_customer; /* notify: written by the customer */
} ScScenarioStep;

typedef struct
{
  char               *name;            /* "#1001", unique in the scenario */
  char               *customer;
  gint64              placed;          /* relative to the run's start, <= 0 */
  ScOrderPayment      payment;
  gint64              handling_hours;
  ScOrderRiskSignals  risk;
  gint64              shipping;
  gint64              tax;
  GPtrArray          *lines;           /* (element-type ScScenarioOrderLine) */
  GPtrArray          *history;         /* (element-type ScScenarioStep): in time order */
  guint               line;
  gboolean            broken;          /* it had a problem: building leaves it out */
} ScScenarioOrder;

/* What <stock> says of one catalog SKU. */
typedef struct
{
  char               *sku;
  guint               line;
  gboolean            has_available;     /* FALSE: the catalog's quantity */
  gint64              available;
  gboolean            has_policy;
  ScInventoryPolicy   policy;
  gint64              unavailable;       /* on hand besides available, not sellable */
  ScStockReason       unavailable_reason;
  gint64              incoming;          /* on the purchase order below */
  char               *purchase;
  gboolean            has_reorder;
  gint64              reorder_point;
  gint64              reorder_quantity;
  gboolean            has_demand;
  gint64              demand;
  gint64              demand_days;
  gboolean            has_lead_time;
  gint64              lead_time_days;
  gint64              safety_stock;
  gboolean            broken;
} ScScenarioStockItem;

typedef struct
{
  char     *sku;
  gboolean  has_counted;  /* FALSE: left for the learner to count */
  gint64    counted;
  guint     line;
} ScScenarioCountLine;

/* A cycle count begun before the run, waiting to be applied. */
typedef struct
{
  gint64     at;
  guint      line;
  GPtrArray *lines;  /* (element-type ScScenarioCountLine) */
  gboolean   broken;
} ScScenarioCount;

void sc_scenario_order_free      (ScScenarioOrder     *order);
void sc_scenario_stock_item_free (ScScenarioStockItem *item);
void sc_scenario_count_free      (ScScenarioCount     *count);

G_END_DECLS
