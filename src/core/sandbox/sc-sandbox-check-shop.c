/* sc-sandbox-check-shop.c - the goal kinds about the order queue and the stock sheet
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The orders and the stock are read as they are now (sc_run_load_orders (),
 * sc_run_load_inventory ()); the kinds about the order in which the
 * learner worked read the log since the store was made, undone steps
 * included (sc_sandbox_log_load ()): a step on an order logs the order's
 * statuses before and after it ("pending · unfulfilled · …"), so the log
 * tells what the payment was when a parcel left. Undoing a fulfilment
 * puts the records back, not the parcel, so it still counts, and the
 * message says it was undone.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-order.h"
#include "sc-run-orders.h"
#include "sc-sandbox-check-private.h"

#define FULFIL_KIND SC_SANDBOX_ACTION_ORDER_PREFIX "fulfil"
#define ORDER_TARGET "order:"

static const ScOrder *
find_order (const ScCheckState *state,
            const char         *name)
{
  for (guint i = 0; i < state->orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (state->orders, i);

      if (g_strcmp0 (order->name, name) == 0)
        return order;
    }

  return NULL;
}

/* The order, or NULL with a problem saying the queue lacks it. */
static const ScOrder *
require_order (const ScCheckState *state,
               const char         *name,
               ScCheckProblems    *problems)
{
  const ScOrder *order = find_order (state, name);

  if (order == NULL)
    sc_check_add_problem (problems, _("The queue has no order %s."), name);

  return order;
}

static gboolean
in_list (const char * const *list,
         const char         *text)
{
  return list != NULL && text != NULL && g_strv_contains (list, text);
}

/* "#1001" of a step's target "order:#1001", or NULL. */
static const char *
action_order (const ScSandboxAction *action)
{
  if (action->target == NULL || !g_str_has_prefix (action->target, ORDER_TARGET))
    return NULL;

  return action->target + strlen (ORDER_TARGET);
}

/* The financial status a step's summary starts with. */
static gboolean
summary_is_unpaid (const char *summary)
{
  const char *end;
  gsize length;

  if (summary == NULL)
    return FALSE;
  end = strchr (summary, ' ');
  length = end != NULL ? (gsize) (end - summary) : strlen (summary);

  return (length == strlen ("pending") && strncmp (summary, "pending", length) == 0) ||
         (length == strlen ("authorized") && strncmp (summary, "authorized", length) == 0);
}

static void
check_order_status (const ScGoal       *goal,
                    const ScCheckState *state,
                    ScCheckProblems    *problems)
{
  for (guint i = 0; goal->orders[i] != NULL; i++)
    {
      const ScOrder *order = require_order (state, goal->orders[i], problems);
      int financial;
      int fulfilment;

      if (order == NULL)
        continue;
      financial = sc_order_get_financial_status (order);
      fulfilment = sc_order_get_fulfilment_status (order);
      if (goal->financial != SC_GOAL_ANY && financial != goal->financial)
        sc_check_add_problem (problems, _("%s's payment is %s, not %s."), order->name,
                              sc_order_financial_status_to_string (financial),
                              sc_order_financial_status_to_string (goal->financial));
      if (goal->fulfilment != SC_GOAL_ANY && fulfilment != goal->fulfilment)
        sc_check_add_problem (problems, _("%s is %s, not %s."), order->name,
                              sc_order_fulfilment_status_to_string (fulfilment),
                              sc_order_fulfilment_status_to_string (goal->fulfilment));
      if (goal->hold != SC_GOAL_ANY && (int) order->hold != goal->hold)
        {
          if (order->hold == SC_ORDER_HOLD_NONE)
            sc_check_add_problem (problems, _("%s is not on hold; it should be held for %s."), order->name,
                                  sc_order_hold_reason_to_string (goal->hold));
          else if (goal->hold == SC_ORDER_HOLD_NONE)
            sc_check_add_problem (problems, _("%s is still on hold for %s."), order->name,
                                  sc_order_hold_reason_to_string (order->hold));
          else
            sc_check_add_problem (problems, _("%s is on hold for %s, not %s."), order->name,
                                  sc_order_hold_reason_to_string (order->hold),
                                  sc_order_hold_reason_to_string (goal->hold));
        }
      if (goal->state != SC_GOAL_ANY && (int) order->state != goal->state)
        sc_check_add_problem (problems, _("%s is %s, not %s."), order->name,
                              sc_order_state_to_string (order->state), sc_order_state_to_string (goal->state));
      if (goal->notified == 1 && sc_order_count_sent (order) == 0)
        sc_check_add_problem (problems, _("%s's customer has not been sent a message."), order->name);
      else if (goal->notified == 0 && sc_order_count_sent (order) > 0)
        sc_check_add_problem (problems, _("%s's customer was sent a message, which was not needed."),
                              order->name);
    }
}

static void
check_unpaid_fulfilment (const ScCheckState *state,
                         ScCheckProblems    *problems)
{
  for (guint i = 0; i < state->log->len; i++)
    {
      const ScSandboxAction *action = g_ptr_array_index (state->log, i);
      const char *name = action_order (action);

      if (name == NULL || g_strcmp0 (action->kind, FULFIL_KIND) != 0 || !summary_is_unpaid (action->before))
        continue;
      if (sc_sandbox_log_is_undone (state->log, i))
        sc_check_add_problem (problems, _("%s was fulfilled while its payment was %.*s (undone later, but "
                                          "the parcel had left)."),
                              name, (int) strcspn (action->before, " "), action->before);
      else
        sc_check_add_problem (problems, _("%s was fulfilled while its payment was %.*s."), name,
                              (int) strcspn (action->before, " "), action->before);
    }
}

/* Units of @sku the ledger moved with @reason, for @reference (any
 * when NULL), into the bucket @to (any when SC_GOAL_ANY). */
static gint64
ledger_units (ScInventory   *stock,
              const char    *sku,
              const char    *reference,
              ScStockReason  reason,
              int            to)
{
  g_autoptr(GPtrArray) rows = sc_inventory_list_rows_for_sku (stock, sku);
  gint64 units = 0;

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const ScInventoryRow *row = g_ptr_array_index (rows, i);

      if (row->reason == reason && (reference == NULL || g_strcmp0 (row->reference, reference) == 0) &&
          (to == SC_GOAL_ANY || (int) row->to == to))
        units += row->quantity;
    }

  return units;
}

static void
check_refunded (const ScGoal       *goal,
                const ScCheckState *state,
                ScCheckProblems    *problems)
{
  const char *restock = sc_order_restock_to_string (goal->restock);

  for (guint i = 0; goal->orders[i] != NULL; i++)
    {
      const ScOrder *order = require_order (state, goal->orders[i], problems);
      const ScOrderLine *line;
      gint64 units = 0;

      if (order == NULL)
        continue;
      line = sc_order_find_line (order, goal->sku);
      if (line == NULL)
        {
          sc_check_add_problem (problems, _("%s has no line with the SKU %s."), order->name, goal->sku);
          continue;
        }
      switch (goal->restock)
        {
        case SC_ORDER_RESTOCK_NONE:
          units = line->refunded - line->returned;
          if (line->returned > 0)
            sc_check_add_problem (problems, _("%s: %" G_GINT64_FORMAT " × %s came back into stock; the "
                                              "customer kept them."),
                                  order->name, line->returned, goal->sku);
          break;
        case SC_ORDER_RESTOCK_RETURN:
          units = ledger_units (state->stock, goal->sku, order->name, SC_STOCK_REASON_RETURN_RESTOCKED,
                                SC_GOAL_ANY);
          break;
        case SC_ORDER_RESTOCK_RETURN_DAMAGED:
          units = ledger_units (state->stock, goal->sku, order->name, SC_STOCK_REASON_RETURN_DAMAGED,
                                SC_GOAL_ANY);
          break;
        case SC_ORDER_RESTOCK_CANCEL:
          units = ledger_units (state->stock, goal->sku, order->name, SC_STOCK_REASON_ORDER_CANCELLED,
                                SC_STOCK_BUCKET_AVAILABLE);
          break;
        case SC_ORDER_RESTOCK_REMOVE:
          units = ledger_units (state->stock, goal->sku, order->name, SC_STOCK_REASON_ORDER_CANCELLED,
                                SC_STOCK_BUCKET_OUTSIDE);
          break;
        default:
          g_assert_not_reached ();
        }
      if (units != goal->quantity)
        sc_check_add_problem (problems, _("%s: %" G_GINT64_FORMAT " × %s refunded as %s; it should be %"
                                          G_GINT64_FORMAT "."),
                              order->name, units, goal->sku, restock, goal->quantity);
    }
}

static void
check_cancelled (const ScGoal       *goal,
                 const ScCheckState *state,
                 ScCheckProblems    *problems)
{
  for (guint i = 0; goal->orders[i] != NULL; i++)
    {
      const ScOrder *order = require_order (state, goal->orders[i], problems);

      if (order == NULL)
        continue;
      if (order->state != SC_ORDER_STATE_CANCELLED)
        sc_check_add_problem (problems, _("%s is not cancelled."), order->name);
      else if (goal->cancel_reason != SC_GOAL_ANY && (int) order->cancel_reason != goal->cancel_reason)
        sc_check_add_problem (problems, _("%s was cancelled with the reason %s, not %s."), order->name,
                              sc_order_cancel_reason_to_string (order->cancel_reason),
                              sc_order_cancel_reason_to_string (goal->cancel_reason));
    }
  for (guint i = 0; i < state->orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (state->orders, i);

      if (order->state == SC_ORDER_STATE_CANCELLED && order->cancel_reason == SC_ORDER_CANCEL_OTHER &&
          !(in_list ((const char * const *) goal->orders, order->name) && goal->cancel_reason == SC_ORDER_CANCEL_OTHER))
        sc_check_add_problem (problems, _("%s was cancelled with the reason other; name the real one."),
                              order->name);
    }
}

static void
check_fulfilled_first (const ScGoal       *goal,
                       const ScCheckState *state,
                       ScCheckProblems    *problems)
{
  g_autoptr(GHashTable) waiting = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) reported = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *first = g_strjoinv (" ", goal->orders);

  for (guint i = 0; goal->orders[i] != NULL; i++)
    g_hash_table_add (waiting, goal->orders[i]);

  for (guint i = 0; i < state->log->len; i++)
    {
      const ScSandboxAction *action = g_ptr_array_index (state->log, i);
      const char *name = action_order (action);

      if (name == NULL || g_strcmp0 (action->kind, FULFIL_KIND) != 0)
        continue;
      if (in_list ((const char * const *) goal->orders, name))
        g_hash_table_remove (waiting, name);
      else if (g_hash_table_size (waiting) > 0 && !g_hash_table_contains (reported, name))
        {
          g_hash_table_add (reported, (gpointer) name);
          sc_check_add_problem (problems, sc_sandbox_log_is_undone (state->log, i)
                                          ? _("%s was fulfilled before %s (undone later, but the parcel had left).")
                                          : _("%s was fulfilled before %s."),
                                name, first);
        }
    }

  for (guint i = 0; goal->orders[i] != NULL; i++)
    {
      const ScOrder *order = require_order (state, goal->orders[i], problems);

      if (order != NULL && sc_order_get_fulfilment_status (order) != SC_ORDER_FULFILMENT_FULFILLED)
        sc_check_add_problem (problems, _("%s is %s, not fulfilled."), order->name,
                              sc_order_fulfilment_status_to_string (sc_order_get_fulfilment_status (order)));
    }
}

static void
check_tracked (const ScGoal       *goal,
               const ScCheckState *state,
               ScCheckProblems    *problems)
{
  guint n_shipments = 0;

  if (goal->orders != NULL)
    for (guint i = 0; goal->orders[i] != NULL; i++)
      require_order (state, goal->orders[i], problems);

  for (guint i = 0; i < state->orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (state->orders, i);

      if (goal->orders != NULL && !in_list ((const char * const *) goal->orders, order->name))
        continue;
      for (guint s = 0; s < order->shipments->len; s++)
        {
          const ScOrderShipment *shipment = g_ptr_array_index (order->shipments, s);

          n_shipments++;
          if (shipment->carrier == NULL || *shipment->carrier == '\0' || shipment->tracking == NULL ||
              *shipment->tracking == '\0')
            sc_check_add_problem (problems, _("%s: shipment %u has no carrier and tracking number."),
                                  order->name, s + 1);
        }
    }
  if (n_shipments == 0)
    sc_check_add_problem (problems, "%s", _("Nothing has been shipped yet."));
}

static void
check_answered (const ScGoal       *goal,
                const ScCheckState *state,
                ScCheckProblems    *problems)
{
  guint n_written = 0;

  if (goal->orders != NULL)
    for (guint i = 0; goal->orders[i] != NULL; i++)
      require_order (state, goal->orders[i], problems);

  for (guint i = 0; i < state->orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (state->orders, i);
      gboolean wrote = FALSE;

      if (goal->orders != NULL && !in_list ((const char * const *) goal->orders, order->name))
        continue;
      for (guint m = 0; m < order->messages->len && !wrote; m++)
        wrote = ((const ScOrderMessage *) g_ptr_array_index (order->messages, m))->from_customer;
      if (!wrote)
        {
          if (goal->orders != NULL)
            sc_check_add_problem (problems, _("The customer of %s has not written."), order->name);
          continue;
        }
      n_written++;
      if (sc_order_awaits_reply (order))
        sc_check_add_problem (problems, _("%s: %s wrote and has had no answer since."), order->name,
                              order->customer);
    }
  if (goal->orders == NULL && n_written == 0)
    sc_check_add_problem (problems, "%s", _("No customer has written about an order."));
}

static void
check_purchase (const ScGoal       *goal,
                const ScCheckState *state,
                ScCheckProblems    *problems)
{
  const ScPurchaseOrder *purchase = sc_inventory_lookup_purchase (state->stock, goal->purchase);

  if (purchase == NULL)
    {
      sc_check_add_problem (problems, _("The stock sheet has no purchase order %s."), goal->purchase);
      return;
    }
  for (guint i = 0; i < purchase->lines->len; i++)
    {
      const ScPurchaseLine *line = g_ptr_array_index (purchase->lines, i);
      gint64 outstanding = sc_purchase_line_get_outstanding (line);

      if (outstanding > 0)
        sc_check_add_problem (problems, _("%s: %" G_GINT64_FORMAT " × %s are still to come."), goal->purchase,
                              outstanding, line->sku);
      else if (line->cancelled > 0)
        sc_check_add_problem (problems, _("%s: %" G_GINT64_FORMAT " × %s were closed off as never coming, "
                                          "not received."),
                              goal->purchase, line->cancelled, line->sku);
    }
}

static void
check_unavailable (const ScGoal       *goal,
                   const ScCheckState *state,
                   ScCheckProblems    *problems)
{
  const ScInventoryItem *item = sc_inventory_lookup (state->stock, goal->sku);
  gint64 unavailable;

  if (item == NULL)
    {
      sc_check_add_problem (problems, _("The stock sheet has no item %s."), goal->sku);
      return;
    }
  unavailable = item->quantities[SC_STOCK_BUCKET_UNAVAILABLE];
  if (unavailable < goal->quantity)
    sc_check_add_problem (problems, _("%s has %" G_GINT64_FORMAT " unavailable; at least %" G_GINT64_FORMAT
                                      " should be."),
                          goal->sku, unavailable, goal->quantity);
  else if (goal->stock_reason != SC_GOAL_ANY)
    {
      gint64 in = ledger_units (state->stock, goal->sku, NULL, goal->stock_reason, SC_STOCK_BUCKET_UNAVAILABLE);
      gint64 out = 0;
      g_autoptr(GPtrArray) rows = sc_inventory_list_rows_for_sku (state->stock, goal->sku);

      for (guint i = 0; rows != NULL && i < rows->len; i++)
        {
          const ScInventoryRow *row = g_ptr_array_index (rows, i);

          if ((int) row->reason == goal->stock_reason && row->from == SC_STOCK_BUCKET_UNAVAILABLE)
            out += row->quantity;
        }
      if (in - out < goal->quantity)
        sc_check_add_problem (problems, _("%s: %" G_GINT64_FORMAT " units were made unavailable with the "
                                          "reason %s; at least %" G_GINT64_FORMAT " should be."),
                              goal->sku, in - out, sc_stock_reason_to_string (goal->stock_reason),
                              goal->quantity);
    }
}

static gboolean
is_hand_adjustment (ScStockReason reason)
{
  return reason == SC_STOCK_REASON_RECEIVED || reason == SC_STOCK_REASON_CORRECTION ||
         reason == SC_STOCK_REASON_SHRINKAGE;
}

static void
check_one_count (const ScInventoryCount *count,
                 const ScCheckState     *state,
                 ScCheckProblems        *problems)
{
  if (count->state == SC_INVENTORY_COUNT_OPEN)
    sc_check_add_problem (problems, _("Count %u is not applied: its differences are not in the stock yet."),
                          count->number);
  else if (count->state == SC_INVENTORY_COUNT_CANCELLED)
    sc_check_add_problem (problems, _("Count %u was cancelled, so its differences were never recorded."),
                          count->number);

  for (guint i = 0; i < count->lines->len; i++)
    {
      const ScInventoryCountLine *line = g_ptr_array_index (count->lines, i);
      g_autoptr(GPtrArray) rows = sc_inventory_list_rows_for_sku (state->stock, line->sku);

      for (guint r = 0; rows != NULL && r < rows->len; r++)
        {
          const ScInventoryRow *row = g_ptr_array_index (rows, r);

          if (row->time >= count->started && is_hand_adjustment (row->reason))
            {
              sc_check_add_problem (problems, _("%s was adjusted by hand with the reason %s during count %u."),
                                    line->sku, sc_stock_reason_to_string (row->reason), count->number);
              break;
            }
        }
    }
}

static void
check_counts (const ScGoal       *goal,
              const ScCheckState *state,
              ScCheckProblems    *problems)
{
  guint n = sc_inventory_get_n_counts (state->stock);

  if (goal->count != 0)
    {
      const ScInventoryCount *count = goal->count <= n ? sc_inventory_lookup_count (state->stock, goal->count)
                                                       : NULL;

      if (count == NULL)
        sc_check_add_problem (problems, _("The stock sheet has no count %u."), goal->count);
      else
        check_one_count (count, state, problems);
      return;
    }
  if (n == 0)
    sc_check_add_problem (problems, "%s", _("The stock sheet has no count."));
  for (guint i = 1; i <= n; i++)
    check_one_count (sc_inventory_lookup_count (state->stock, i), state, problems);
}

static void
check_oversell (const ScGoal       *goal,
                const ScCheckState *state,
                ScCheckProblems    *problems)
{
  g_autoptr(GPtrArray) items = sc_inventory_list_items (state->stock);

  for (guint i = 0; i < items->len; i++)
    {
      const ScInventoryItem *item = g_ptr_array_index (items, i);

      if (item->policy == SC_INVENTORY_POLICY_CONTINUE && !in_list ((const char * const *) goal->except, item->sku))
        sc_check_add_problem (problems, _("%s keeps selling when out of stock."), item->sku);
    }
}

/* The point @item should reorder at: the suggested one when it has the
 * planning figures, its own otherwise; FALSE when it has neither. */
static gboolean
wanted_reorder_point (const ScInventoryItem *item,
                      gint64                *point)
{
  if (item->has_demand && item->has_lead_time)
    return sc_inventory_item_suggest_reorder_point (item, point, NULL);
  *point = item->reorder_point;

  return item->has_reorder_point;
}

static void
check_reorder_point (const ScGoal          *goal,
                     const ScInventoryItem *item,
                     ScCheckProblems       *problems)
{
  gint64 suggested = 0;

  if (!item->has_demand || !item->has_lead_time)
    {
      sc_check_add_problem (problems, _("%s has no sales history or lead time to work its reorder point out "
                                        "from."),
                            item->sku);
      return;
    }
  if (!sc_inventory_item_suggest_reorder_point (item, &suggested, NULL))
    return;
  if (!item->has_reorder_point)
    sc_check_add_problem (problems, _("%s has no reorder point; demand during lead time plus safety stock is %"
                                      G_GINT64_FORMAT "."),
                          item->sku, suggested);
  else if (item->reorder_point != suggested)
    sc_check_add_problem (problems, _("%s reorders at %" G_GINT64_FORMAT "; demand during lead time plus "
                                      "safety stock is %" G_GINT64_FORMAT "."),
                          item->sku, item->reorder_point, suggested);
}

static void
check_reorder_points (const ScGoal       *goal,
                      const ScCheckState *state,
                      ScCheckProblems    *problems)
{
  g_autoptr(GPtrArray) items = NULL;

  if (g_strcmp0 (goal->sku, SC_GOAL_EVERY_PRODUCT) != 0)
    {
      const ScInventoryItem *item = sc_inventory_lookup (state->stock, goal->sku);

      if (item == NULL)
        sc_check_add_problem (problems, _("The stock sheet has no item %s."), goal->sku);
      else
        check_reorder_point (goal, item, problems);
      return;
    }
  items = sc_inventory_list_items (state->stock);
  for (guint i = 0; i < items->len; i++)
    {
      const ScInventoryItem *item = g_ptr_array_index (items, i);

      if (item->has_demand && item->has_lead_time)
        check_reorder_point (goal, item, problems);
    }
}

static void
check_reorders (const ScCheckState *state,
                ScCheckProblems    *problems)
{
  g_autoptr(GPtrArray) items = sc_inventory_list_items (state->stock);

  for (guint i = 0; i < items->len; i++)
    {
      const ScInventoryItem *item = g_ptr_array_index (items, i);
      gint64 available = item->quantities[SC_STOCK_BUCKET_AVAILABLE];
      gint64 incoming = item->quantities[SC_STOCK_BUCKET_INCOMING];
      gint64 point = 0;

      if (wanted_reorder_point (item, &point) && available + incoming <= point)
        sc_check_add_problem (problems, _("%s: %" G_GINT64_FORMAT " available and %" G_GINT64_FORMAT
                                          " incoming are at or below its reorder point of %" G_GINT64_FORMAT
                                          "."),
                              item->sku, available, incoming, point);
    }
}

gboolean
sc_check_shop_reads_log (ScGoalKind kind)
{
  return kind == SC_GOAL_NO_UNPAID_FULFILMENT || kind == SC_GOAL_FULFILLED_FIRST;
}

/**
 * sc_check_shop:
 *
 * Checks the run's orders and stock against a goal of a shop kind.
 */
void
sc_check_shop (const ScGoal       *goal,
               const ScCheckState *state,
               ScCheckProblems    *problems)
{
  g_assert (state->orders != NULL && state->stock != NULL);
  g_assert (state->log != NULL || !sc_check_shop_reads_log (goal->kind));

  switch (goal->kind)
    {
    case SC_GOAL_ORDER_STATUS:
      check_order_status (goal, state, problems);
      break;
    case SC_GOAL_NO_UNPAID_FULFILMENT:
      check_unpaid_fulfilment (state, problems);
      break;
    case SC_GOAL_ORDER_REFUNDED:
      check_refunded (goal, state, problems);
      break;
    case SC_GOAL_ORDER_CANCELLED:
      check_cancelled (goal, state, problems);
      break;
    case SC_GOAL_FULFILLED_FIRST:
      check_fulfilled_first (goal, state, problems);
      break;
    case SC_GOAL_SHIPMENTS_TRACKED:
      check_tracked (goal, state, problems);
      break;
    case SC_GOAL_PURCHASE_RECEIVED:
      check_purchase (goal, state, problems);
      break;
    case SC_GOAL_STOCK_UNAVAILABLE:
      check_unavailable (goal, state, problems);
      break;
    case SC_GOAL_COUNT_APPLIED:
      check_counts (goal, state, problems);
      break;
    case SC_GOAL_NO_OVERSELL:
      check_oversell (goal, state, problems);
      break;
    case SC_GOAL_REORDER_POINT_SUGGESTED:
      check_reorder_points (goal, state, problems);
      break;
    case SC_GOAL_REORDERS_PLACED:
      check_reorders (state, problems);
      break;
    case SC_GOAL_CUSTOMERS_ANSWERED:
      check_answered (goal, state, problems);
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * sc_check_shop_lesson:
 *
 * Returns: what a failed goal of a shop kind teaches, when the course
 *   gives no <message>
 */
const char *
sc_check_shop_lesson (const ScGoal *goal)
{
  switch (goal->kind)
    {
    case SC_GOAL_ORDER_STATUS:
      return _("Bring the order to the state the brief asks for, with the steps its page offers: each status "
               "tells the customer, the warehouse and the bank what happens next.");
    case SC_GOAL_NO_UNPAID_FULFILMENT:
      return _("Ship an order only once its payment is captured: capture an authorization, or wait until a "
               "bank transfer is marked as paid. A parcel that has left cannot be called back.");
    case SC_GOAL_ORDER_REFUNDED:
      return _("Refund exactly the items the customer should not pay for, and choose what happens to them: "
               "broken goods the customer throws away are refunded without restocking.");
    case SC_GOAL_ORDER_CANCELLED:
      return _("Cancel the orders customers asked to cancel, and record why: the reason feeds the shop's "
               "reports, so pick the real one rather than other.");
    case SC_GOAL_FULFILLED_FIRST:
      return _("Work the queue by ship-by time: the overdue orders leave first, before any order that can "
               "still make its deadline.");
    case SC_GOAL_SHIPMENTS_TRACKED:
      return _("Give every shipment its carrier and tracking number, so the customer can follow the parcel "
               "and the shop can answer “where is my order?”.");
    case SC_GOAL_PURCHASE_RECEIVED:
      return _("Receive a delivery against its purchase order, line by line, so it moves from incoming to "
               "available and the order shows as complete.");
    case SC_GOAL_STOCK_UNAVAILABLE:
      return _("Stock that cannot be sold must not stay available: mark it unavailable with the right reason, "
               "so no order is promised an item that is not fit to ship.");
    case SC_GOAL_COUNT_APPLIED:
      return _("Apply the count rather than typing its differences in by hand: the count records each one "
               "with the reason cycle-count, which the shop's reports rely on.");
    case SC_GOAL_NO_OVERSELL:
      return _("Only a pre-order should keep selling when out of stock: set every other item to stop selling "
               "at zero, or customers buy what the shop cannot send.");
    case SC_GOAL_REORDER_POINT_SUGGESTED:
      return _("Set each reorder point to the demand during the supplier's lead time plus the safety stock: "
               "demand ÷ days × lead days, rounded up, plus safety stock.");
    case SC_GOAL_REORDERS_PLACED:
      return _("Place a purchase order for every item whose available and incoming stock is at or below its "
               "reorder point, large enough to lift it above.");
    case SC_GOAL_CUSTOMERS_ANSWERED:
      return _("Answer every customer who wrote: open the order, read what they asked under Messages, do "
               "what it needs, then use Message Customer to tell them what happens next.");
    default:
      g_assert_not_reached ();
    }
}
