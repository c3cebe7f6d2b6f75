/* sc-order-request.c - a learner's step on an order or the stock, dispatched to the model
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No rule lives here: each request becomes one call of the order or
 * inventory model, which checks it and refuses with its own words. The
 * one step made of two calls, a fulfilment that also records tracking,
 * checks the tracking before shipping so it stays all or nothing.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-private.h"
#include "sc-order-request.h"

/* Stored in the action log ("stock-" + name): never rename one, only add. */
static const char * const step_names[] = {
  [SC_STOCK_STEP_ADJUST] = "adjust",
  [SC_STOCK_STEP_MARK_UNAVAILABLE] = "mark-unavailable",
  [SC_STOCK_STEP_RELEASE_UNAVAILABLE] = "release-unavailable",
  [SC_STOCK_STEP_SET_POLICY] = "set-policy",
  [SC_STOCK_STEP_SET_REORDER] = "set-reorder",
  [SC_STOCK_STEP_ORDER_PURCHASE] = "order-purchase",
  [SC_STOCK_STEP_RECEIVE_PURCHASE] = "receive-purchase",
  [SC_STOCK_STEP_CLOSE_PURCHASE] = "close-purchase",
  [SC_STOCK_STEP_COUNT_BEGIN] = "count-begin",
  [SC_STOCK_STEP_COUNT_SET] = "count-set",
  [SC_STOCK_STEP_COUNT_APPLY] = "count-apply",
  [SC_STOCK_STEP_COUNT_CANCEL] = "count-cancel",
};

static ScMoney
money_or_zero (const ScOrder *order,
               ScMoney        money)
{
  if (money.currency == NULL && money.minor == 0)
    return sc_money_init (0, order->currency);

  return money;
}

static gboolean
fulfil (ScOrder               *order,
        const ScOrderRequest  *request,
        gint64                 now,
        GPtrArray            **moves,
        GError               **error)
{
  gboolean tracked = request->carrier != NULL || request->tracking != NULL;
  gboolean ok;

  if (tracked && !sc_order_check_tracking (order, request->carrier, request->tracking, error))
    return FALSE;

  if (request->sku == NULL)
    ok = sc_order_fulfil_remaining (order, now, moves, error);
  else
    ok = sc_order_fulfil (order, request->sku, request->quantity, now, moves, error);
  if (!ok || !tracked)
    return ok;

  /* Checked above, on a shipment that now exists: cannot fail. */
  ok = sc_order_add_tracking (order, order->shipments->len - 1, request->carrier,
                              request->tracking, now, NULL);
  g_assert (ok);
  return TRUE;
}

static gboolean
dispatch (ScOrder               *order,
          const ScOrderRequest  *request,
          gint64                 now,
          GPtrArray            **moves,
          GError               **error)
{
  ScMoney refunded;

  switch (request->action)
    {
    case SC_ORDER_ACTION_EDIT:
      if (!sc_order_can (order, SC_ORDER_ACTION_EDIT, now, error))
        return FALSE;
      return sc_order_add_line (order, request->sku, NULL, request->quantity,
                                money_or_zero (order, request->amount), error);
    case SC_ORDER_ACTION_PLACE:
      return sc_order_place (order, request->payment, now, moves, error);
    case SC_ORDER_ACTION_CAPTURE:
      return sc_order_capture (order, money_or_zero (order, request->amount), now, error);
    case SC_ORDER_ACTION_MARK_AS_PAID:
      return sc_order_mark_as_paid (order, now, error);
    case SC_ORDER_ACTION_VOID:
      return sc_order_void (order, now, error);
    case SC_ORDER_ACTION_HOLD:
      return sc_order_hold (order, request->hold_reason, now, error);
    case SC_ORDER_ACTION_RELEASE_HOLD:
      return sc_order_release_hold (order, request->reviewed, now, error);
    case SC_ORDER_ACTION_FULFIL:
      return fulfil (order, request, now, moves, error);
    case SC_ORDER_ACTION_CANCEL:
      return sc_order_cancel (order, request->cancel_reason, request->restock, now, moves, error);
    case SC_ORDER_ACTION_REFUND:
      return sc_order_refund (order, request->refund_lines, request->n_refund_lines,
                              money_or_zero (order, request->refund_shipping), now, &refunded,
                              moves, error);
    case SC_ORDER_ACTION_CLOSE:
      return sc_order_close (order, now, error);
    case SC_ORDER_ACTION_REOPEN:
      return sc_order_reopen (order, now, error);
    case SC_ORDER_ACTION_ADD_TRACKING:
      if (!sc_order_can (order, SC_ORDER_ACTION_ADD_TRACKING, now, error))
        return FALSE;
      return sc_order_add_tracking (order, request->shipment, request->carrier,
                                    request->tracking, now, error);
    case SC_ORDER_ACTION_NOTIFY:
      return sc_order_notify (order, request->message, now, error);
    default:
      return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                            _("Order %s cannot take an unknown step"), order->name);
    }
}

/**
 * sc_order_request_apply:
 * @moves_out: (out) (optional) (transfer full): the stock moves the step
 *   causes (an empty array when none), for sc_inventory_apply_all (); set
 *   only on success; *@moves_out must be %NULL on entry
 *
 * Applies @request to @order by the model's rules (sc-order.h): all of
 * it, or nothing with the model's SC_ORDER_ERROR.
 */
gboolean
sc_order_request_apply (ScOrder               *order,
                        const ScOrderRequest  *request,
                        gint64                 now,
                        GPtrArray            **moves_out,
                        GError               **error)
{
  g_autoptr(GPtrArray) moves = NULL;

  g_return_val_if_fail (order != NULL, FALSE);
  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (moves_out == NULL || *moves_out == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!dispatch (order, request, now, &moves, error))
    return FALSE;

  if (moves == NULL)
    moves = sc_order_moves_new ();
  if (moves_out != NULL)
    *moves_out = g_steal_pointer (&moves);
  return TRUE;
}

static gboolean
fail_unknown_step (GError **error)
{
  g_set_error_literal (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                       _("The inventory cannot take an unknown step"));
  return FALSE;
}

/**
 * sc_inventory_request_apply:
 *
 * Applies @request to @stock with the sc_inventory_* function of its
 * step (the fields each reads are listed in sc-order-request.h): all of
 * it, or nothing with the inventory's SC_INVENTORY_ERROR.
 */
gboolean
sc_inventory_request_apply (ScInventory           *stock,
                            const ScStockRequest  *request,
                            gint64                 now,
                            GError               **error)
{
  const char *reference;

  g_return_val_if_fail (SC_IS_INVENTORY (stock), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reference = request->reference;
  switch (request->step)
    {
    case SC_STOCK_STEP_ADJUST:
      return sc_inventory_adjust (stock, request->sku, request->quantity, request->reason, now,
                                  reference, request->note, error);
    case SC_STOCK_STEP_MARK_UNAVAILABLE:
      return sc_inventory_mark_unavailable (stock, request->sku, request->quantity,
                                            request->reason, now, reference, request->note,
                                            error);
    case SC_STOCK_STEP_RELEASE_UNAVAILABLE:
      return sc_inventory_release_unavailable (stock, request->sku, request->quantity,
                                               request->reason, now, reference, request->note,
                                               error);
    case SC_STOCK_STEP_SET_POLICY:
      if (request->policy != SC_INVENTORY_POLICY_DENY
          && request->policy != SC_INVENTORY_POLICY_CONTINUE)
        return fail_unknown_step (error);
      return sc_inventory_set_policy (stock, request->sku, request->policy, error);
    case SC_STOCK_STEP_SET_REORDER:
      if (request->clear)
        return sc_inventory_clear_reorder (stock, request->sku, error);
      return sc_inventory_set_reorder (stock, request->sku, request->reorder_point,
                                       request->reorder_quantity, error);
    case SC_STOCK_STEP_ORDER_PURCHASE:
      return sc_inventory_order_purchase (stock, reference, request->sku, request->quantity, now,
                                          request->note, error);
    case SC_STOCK_STEP_RECEIVE_PURCHASE:
      return sc_inventory_receive_purchase (stock, reference, request->sku, request->quantity,
                                            request->damaged, now, request->note, error);
    case SC_STOCK_STEP_CLOSE_PURCHASE:
      return sc_inventory_close_purchase (stock, reference, now, request->note, error);
    case SC_STOCK_STEP_COUNT_BEGIN:
      return sc_inventory_count_begin (stock, request->skus, now, NULL, error);
    case SC_STOCK_STEP_COUNT_SET:
      if (request->clear)
        return sc_inventory_count_unset (stock, request->count, request->sku, error);
      return sc_inventory_count_set (stock, request->count, request->sku, request->quantity,
                                     error);
    case SC_STOCK_STEP_COUNT_APPLY:
      return sc_inventory_count_apply (stock, request->count, now, request->note, error);
    case SC_STOCK_STEP_COUNT_CANCEL:
      return sc_inventory_count_cancel (stock, request->count, now, error);
    default:
      return fail_unknown_step (error);
    }
}

const char *
sc_stock_step_to_string (ScStockStep step)
{
  g_return_val_if_fail ((guint) step < G_N_ELEMENTS (step_names), NULL);

  return step_names[step];
}

gboolean
sc_stock_step_from_string (const char  *text,
                           ScStockStep *out_step)
{
  g_return_val_if_fail (out_step != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (step_names); i++)
    {
      if (g_str_equal (text, step_names[i]))
        {
          *out_step = i;
          return TRUE;
        }
    }

  return FALSE;
}
