/* sc-order-ops.c - the steps of an order's life: place, pay, hold, fulfil, cancel, close
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each operation asks sc_order_can () first, then checks its own
 * arguments, builds its stock moves aside, and only then writes to the
 * order: a refusal leaves the order and @moves_out exactly as they were.
 * Refunds are in sc-order-refund.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-private.h"

/**
 * sc_order_place:
 * @payment: how checkout took the money
 * @now: when the customer placed it
 * @moves_out: (out) (optional) (transfer full) (element-type ScStockMove):
 *   one order-committed move per line, available → committed
 *
 * Opens the draft, starts its handling time and takes the payment:
 * %SC_ORDER_PAYMENT_AUTHORIZE authorizes the total for 7 days,
 * %SC_ORDER_PAYMENT_AUTOMATIC captures it, %SC_ORDER_PAYMENT_MANUAL
 * leaves it pending. A free order is paid at once whatever @payment says.
 */
gboolean
sc_order_place (ScOrder         *self,
                ScOrderPayment   payment,
                gint64           now,
                GPtrArray      **moves_out,
                GError         **error)
{
  g_autoptr(GPtrArray) moves = NULL;
  gint64 total;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (payment <= SC_ORDER_PAYMENT_AUTOMATIC, FALSE);
  g_return_val_if_fail (now > 0 && now < G_MAXINT64 / 2, FALSE);
  g_return_val_if_fail (moves_out == NULL || *moves_out == NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_PLACE, now, error)
      || !sc_order_total_minor (self, &total, error))
    return FALSE;

  moves = sc_order_moves_new ();
  for (guint i = 0; i < self->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (self->lines, i);

      sc_order_add_move (moves, line->sku, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_COMMITTED,
                         line->quantity, SC_STOCK_REASON_ORDER_COMMITTED);
    }

  self->state = SC_ORDER_STATE_OPEN;
  self->payment = payment;
  self->placed_at = now;
  self->ship_by = now + self->handling_hours * 3600;
  if (total > 0 && payment == SC_ORDER_PAYMENT_AUTHORIZE)
    {
      self->authorized = total;
      self->authorized_at = now;
    }
  else if (payment == SC_ORDER_PAYMENT_AUTOMATIC)
    {
      self->captured = total;
    }

  if (moves_out != NULL)
    *moves_out = g_steal_pointer (&moves);
  return TRUE;
}

/**
 * sc_order_capture:
 * @amount: above zero, at most sc_order_get_capturable (); less is a
 *   partial capture, and the rest stays capturable until the
 *   authorization expires
 */
gboolean
sc_order_capture (ScOrder  *self,
                  ScMoney   amount,
                  gint64    now,
                  GError  **error)
{
  gint64 capturable;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_CAPTURE, now, error)
      || !sc_order_check_amount (self, amount, _("amount to capture"), error))
    return FALSE;

  if (amount.minor == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Enter an amount above zero to capture on order %s"), self->name);

  capturable = sc_order_capturable_minor (self, now);
  if (amount.minor > capturable)
    {
      g_autofree char *asked = sc_order_format_amount (self, amount.minor);
      g_autofree char *most = sc_order_format_amount (self, capturable);

      return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                            _("At most %s can be captured on order %s; %s is more"),
                            most, self->name, asked);
    }

  self->captured += amount.minor;
  return TRUE;
}

/* A payment collected outside the card gateway (bank transfer, cash):
 * records the whole outstanding amount as captured. */
gboolean
sc_order_mark_as_paid (ScOrder  *self,
                       gint64    now,
                       GError  **error)
{
  ScMoney outstanding;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_MARK_AS_PAID, now, error)
      || !sc_order_get_outstanding (self, &outstanding, error))
    return FALSE;

  self->captured += outstanding.minor;
  return TRUE;
}

/* Releases an uncaptured authorization, or gives up on a pending
 * payment; the order stays open until someone cancels it. */
gboolean
sc_order_void (ScOrder  *self,
               gint64    now,
               GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_VOID, now, error))
    return FALSE;

  self->voided = TRUE;
  return TRUE;
}

gboolean
sc_order_hold (ScOrder            *self,
               ScOrderHoldReason   reason,
               gint64              now,
               GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (reason <= SC_ORDER_HOLD_PAYMENT_ISSUE, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_HOLD, now, error))
    return FALSE;
  if (reason == SC_ORDER_HOLD_NONE)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Choose why order %s goes on hold"), self->name);

  self->hold = reason;
  return TRUE;
}

/**
 * sc_order_release_hold:
 * @reviewed: someone looked at the order's risk signals; required to
 *   release a fraud-review hold, and remembered (sc_order_needs_review ())
 */
gboolean
sc_order_release_hold (ScOrder   *self,
                       gboolean   reviewed,
                       gint64     now,
                       GError   **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_RELEASE_HOLD, now, error))
    return FALSE;
  if (self->hold == SC_ORDER_HOLD_FRAUD_REVIEW && !reviewed)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s is on hold for fraud review; "
                            "review its risk signals before releasing the hold"),
                          self->name);

  self->hold = SC_ORDER_HOLD_NONE;
  if (reviewed)
    self->reviewed = TRUE;
  return TRUE;
}

static gboolean
fail_unknown_sku (const ScOrder  *self,
                  const char     *sku,
                  GError        **error)
{
  return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                        _("Order %s has no item with SKU %s"), self->name, sku);
}

/**
 * sc_order_fulfil:
 * @quantity: at least 1, at most the line's unfulfilled units; fewer is a
 *   partial fulfilment
 * @now: when the shipment left
 * @moves_out: (out) (optional) (transfer full) (element-type ScStockMove):
 *   one order-fulfilled move, committed → outside
 *
 * Ships units of one line. When nothing is left to ship, the order is
 * fulfilled at @now (its SLA is then met or missed).
 */
gboolean
sc_order_fulfil (ScOrder     *self,
                 const char  *sku,
                 gint64       quantity,
                 gint64       now,
                 GPtrArray  **moves_out,
                 GError     **error)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(ScOrderShipment) shipment = NULL;
  ScOrderLine *line;
  gint64 unfulfilled;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (sku != NULL, FALSE);
  g_return_val_if_fail (moves_out == NULL || *moves_out == NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_FULFIL, now, error))
    return FALSE;

  line = sc_order_find_line (self, sku);
  if (line == NULL)
    return fail_unknown_sku (self, sku, error);
  if (quantity < 1)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Enter how many items of %s to fulfil; at least 1"), sku);

  unfulfilled = sc_order_line_get_unfulfilled (line);
  if (unfulfilled == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Every item of %s in order %s has shipped or been removed"),
                          sku, self->name);
  if (quantity > unfulfilled)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Only %" G_GINT64_FORMAT " item of %s in order %s is "
                                       "left to fulfil; %" G_GINT64_FORMAT " is more",
                                       "Only %" G_GINT64_FORMAT " items of %s in order %s are "
                                       "left to fulfil; %" G_GINT64_FORMAT " is more",
                                       unfulfilled),
                          unfulfilled, sku, self->name, quantity);

  moves = sc_order_moves_new ();
  sc_order_add_move (moves, sku, SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, quantity,
                     SC_STOCK_REASON_ORDER_FULFILLED);

  shipment = sc_order_shipment_new (now, NULL, NULL);
  sc_order_shipment_add_item (shipment, sku, quantity);
  g_ptr_array_add (self->shipments, g_steal_pointer (&shipment));
  line->fulfilled += quantity;
  self->last_shipped_at = now;
  sc_order_settle_lines (self);

  if (moves_out != NULL)
    *moves_out = g_steal_pointer (&moves);
  return TRUE;
}

/* Ships everything left, one move per line with units left: the
 * "Fulfil items" button. */
gboolean
sc_order_fulfil_remaining (ScOrder     *self,
                           gint64       now,
                           GPtrArray  **moves_out,
                           GError     **error)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(ScOrderShipment) shipment = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (moves_out == NULL || *moves_out == NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_FULFIL, now, error))
    return FALSE;

  moves = sc_order_moves_new ();
  shipment = sc_order_shipment_new (now, NULL, NULL);
  for (guint i = 0; i < self->lines->len; i++)
    {
      ScOrderLine *line = g_ptr_array_index (self->lines, i);
      gint64 unfulfilled = sc_order_line_get_unfulfilled (line);

      if (unfulfilled == 0)
        continue;
      sc_order_shipment_add_item (shipment, line->sku, unfulfilled);
      sc_order_add_move (moves, line->sku, SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE,
                         unfulfilled, SC_STOCK_REASON_ORDER_FULFILLED);
      line->fulfilled += unfulfilled;
    }

  g_ptr_array_add (self->shipments, g_steal_pointer (&shipment));
  self->last_shipped_at = now;
  sc_order_settle_lines (self);

  if (moves_out != NULL)
    *moves_out = g_steal_pointer (&moves);
  return TRUE;
}

/**
 * sc_order_cancel:
 * @restock: put the unshipped items back on sale (committed → available);
 *   without it they leave the store (committed → outside)
 * @moves_out: (out) (optional) (transfer full) (element-type ScStockMove):
 *   one order-cancelled move per line with units left
 *
 * Only before anything shipped. Refunds everything captured and not yet
 * refunded; with nothing captured, voids the payment (an authorization
 * is released, a pending payment is no longer expected). Removes every
 * unshipped unit and lifts any hold.
 */
gboolean
sc_order_cancel (ScOrder              *self,
                 ScOrderCancelReason   reason,
                 gboolean              restock,
                 gint64                now,
                 GPtrArray           **moves_out,
                 GError              **error)
{
  g_autoptr(GPtrArray) moves = NULL;
  ScMoney outstanding;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (reason <= SC_ORDER_CANCEL_OTHER, FALSE);
  g_return_val_if_fail (moves_out == NULL || *moves_out == NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_CANCEL, now, error)
      || !sc_order_get_outstanding (self, &outstanding, error))
    return FALSE;

  moves = sc_order_moves_new ();
  for (guint i = 0; i < self->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (self->lines, i);

      sc_order_add_move (moves, line->sku, SC_STOCK_BUCKET_COMMITTED,
                         restock ? SC_STOCK_BUCKET_AVAILABLE : SC_STOCK_BUCKET_OUTSIDE,
                         sc_order_line_get_unfulfilled (line), SC_STOCK_REASON_ORDER_CANCELLED);
    }

  for (guint i = 0; i < self->lines->len; i++)
    {
      ScOrderLine *line = g_ptr_array_index (self->lines, i);

      line->removed += sc_order_line_get_unfulfilled (line);
    }

  if (self->captured > 0)
    self->refunded = self->captured;
  else if (outstanding.minor > 0)
    self->voided = TRUE;
  self->state = SC_ORDER_STATE_CANCELLED;
  self->cancel_reason = reason;
  self->cancelled_at = now;
  self->hold = SC_ORDER_HOLD_NONE;

  if (moves_out != NULL)
    *moves_out = g_steal_pointer (&moves);
  return TRUE;
}

/* Archives a finished order: nothing left to ship, nothing owed. */
gboolean
sc_order_close (ScOrder  *self,
                gint64    now,
                GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_CLOSE, now, error))
    return FALSE;

  self->state = SC_ORDER_STATE_CLOSED;
  self->closed_at = now;
  return TRUE;
}

gboolean
sc_order_reopen (ScOrder  *self,
                 gint64    now,
                 GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_REOPEN, now, error))
    return FALSE;

  self->state = SC_ORDER_STATE_OPEN;
  self->closed_at = 0;
  return TRUE;
}
