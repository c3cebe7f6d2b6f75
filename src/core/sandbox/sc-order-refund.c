/* sc-order-refund.c - refunds: items with a restock type, shipping, and their tax
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A request is checked whole into a plan (how many units of each line go
 * which way, and the amount) before anything is written, so a request
 * that fails on its last item changes nothing. sc_order_calculate_refund ()
 * stops after the plan: the refund dialog shows the amount it would give
 * back and, when the request is wrong, the same error the refund would.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-private.h"

#define N_RESTOCKS (SC_ORDER_RESTOCK_RETURN_DAMAGED + 1)

typedef struct
{
  gint64 *units;   /* [line index × N_RESTOCKS + restock]: the request, added up per line */
  gint64  amount;  /* items + their tax + shipping */
} RefundPlan;

static gboolean
restock_is_unshipped (ScOrderRestock restock)
{
  return restock == SC_ORDER_RESTOCK_CANCEL || restock == SC_ORDER_RESTOCK_REMOVE;
}

/* Whether the units asked of one line fit what the line still has. */
static gboolean
check_line (const ScOrder      *self,
            const ScOrderLine  *line,
            const gint64       *units,
            GError            **error)
{
  gint64 unshipped = units[SC_ORDER_RESTOCK_CANCEL] + units[SC_ORDER_RESTOCK_REMOVE];
  gint64 shipped = units[SC_ORDER_RESTOCK_NONE] + units[SC_ORDER_RESTOCK_RETURN]
                   + units[SC_ORDER_RESTOCK_RETURN_DAMAGED];
  gint64 waiting = sc_order_line_get_unfulfilled (line);
  gint64 refundable = line->fulfilled - line->refunded;

  if (unshipped > waiting)
    {
      if (waiting == 0)
        return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                              _("No item of %s in order %s is waiting to ship; refund shipped "
                                "items with a return or with no restock"),
                              line->sku, self->name);
      return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "Only %" G_GINT64_FORMAT " item of %s in order %s is "
                                         "waiting to ship; %" G_GINT64_FORMAT " cannot be removed",
                                         "Only %" G_GINT64_FORMAT " items of %s in order %s are "
                                         "waiting to ship; %" G_GINT64_FORMAT " cannot be removed",
                                         waiting),
                            waiting, line->sku, self->name, unshipped);
    }

  if (shipped > refundable)
    {
      if (line->fulfilled == 0)
        return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                              _("No item of %s in order %s has shipped; refund it with the "
                                "cancel restock type, which takes it off the order"),
                              line->sku, self->name);
      if (refundable == 0)
        return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                              _("Every shipped item of %s in order %s has already been refunded"),
                              line->sku, self->name);
      return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "Only %" G_GINT64_FORMAT " shipped item of %s in order "
                                         "%s can still be refunded; %" G_GINT64_FORMAT " is more",
                                         "Only %" G_GINT64_FORMAT " shipped items of %s in order "
                                         "%s can still be refunded; %" G_GINT64_FORMAT " is more",
                                         refundable),
                            refundable, line->sku, self->name, shipped);
    }

  return TRUE;
}

static gboolean
check_shipping (const ScOrder  *self,
                ScMoney         shipping,
                GError        **error)
{
  gint64 left = self->shipping - self->shipping_refunded;

  if (!sc_order_check_amount (self, shipping, _("shipping refund"), error))
    return FALSE;
  if (shipping.minor <= left)
    return TRUE;

  if (left == 0 && self->shipping == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Order %s shipped for free; there is no shipping to refund"),
                          self->name);
  if (left == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("The shipping of order %s has already been refunded"), self->name);
  {
    g_autofree char *asked = sc_order_format_amount (self, shipping.minor);
    g_autofree char *most = sc_order_format_amount (self, left);

    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("At most %s of the shipping of order %s can be refunded; %s is more"),
                          most, self->name, asked);
  }
}

/* The money: the items at their unit prices, the tax on them (the change
 * in the cumulative tax share, see sc-order.h), and the shipping. */
static gboolean
plan_amount (const ScOrder  *self,
             RefundPlan     *plan,
             ScMoney         shipping,
             GError        **error)
{
  ScMoney items = sc_money_init (0, self->currency);
  ScMoney amount;
  gint64 before, after, tax_before, tax_after;

  for (guint i = 0; i < self->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (self->lines, i);
      ScMoney value;
      gint64 units = 0;

      for (guint r = 0; r < N_RESTOCKS; r++)
        units += plan->units[i * N_RESTOCKS + r];
      if (!sc_money_multiply (sc_money_init (line->unit_price, self->currency), units, &value, NULL)
          || !sc_money_add (items, value, &items, NULL))
        return sc_order_fail_overflow (self, error);
    }

  if (!sc_order_items_refunded (self, &before, error)
      || !sc_order_tax_share (self, before, &tax_before, error))
    return FALSE;
  if (__builtin_add_overflow (before, items.minor, &after))
    return sc_order_fail_overflow (self, error);
  if (!sc_order_tax_share (self, after, &tax_after, error))
    return FALSE;

  if (!sc_money_add (items, sc_money_init (tax_after - tax_before, self->currency), &amount, NULL)
      || !sc_money_add (amount, shipping, &amount, NULL))
    return sc_order_fail_overflow (self, error);

  plan->amount = amount.minor;
  return TRUE;
}

static gboolean
plan_refund (const ScOrder            *self,
             const ScOrderRefundLine  *lines,
             guint                     n_lines,
             ScMoney                   shipping,
             gint64                    now,
             RefundPlan               *plan,
             GError                  **error)
{
  gint64 refundable;

  if (!sc_order_can (self, SC_ORDER_ACTION_REFUND, now, error)
      || !check_shipping (self, shipping, error))
    return FALSE;
  if (n_lines == 0 && shipping.minor == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Choose the items or the shipping to refund on order %s"),
                          self->name);

  plan->units = g_new0 (gint64, (gsize) self->lines->len * N_RESTOCKS);
  for (guint i = 0; i < n_lines; i++)
    {
      const ScOrderRefundLine *request = &lines[i];
      guint index;

      g_return_val_if_fail (request->sku != NULL, FALSE);
      g_return_val_if_fail (request->restock < N_RESTOCKS, FALSE);

      for (index = 0; index < self->lines->len; index++)
        if (g_str_equal (((const ScOrderLine *) g_ptr_array_index (self->lines, index))->sku,
                         request->sku))
          break;
      if (index == self->lines->len)
        return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                              _("Order %s has no item with SKU %s"), self->name, request->sku);
      if (request->quantity < 1 || request->quantity > SC_ORDER_MAX_QUANTITY)
        return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                              _("Enter how many items of %s to refund; at least 1"),
                              request->sku);

      /* Both at most SC_ORDER_MAX_QUANTITY × n_lines: no overflow. */
      plan->units[index * N_RESTOCKS + request->restock] += request->quantity;
    }

  for (guint i = 0; i < self->lines->len; i++)
    if (!check_line (self, g_ptr_array_index (self->lines, i), &plan->units[i * N_RESTOCKS], error))
      return FALSE;

  if (!plan_amount (self, plan, shipping, error))
    return FALSE;

  refundable = self->captured - self->refunded;
  if (plan->amount > refundable)
    {
      g_autofree char *asked = sc_order_format_amount (self, plan->amount);
      g_autofree char *most = sc_order_format_amount (self, refundable);

      return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                            _("The refund of %s is more than the %s that can still be refunded "
                              "on order %s"),
                            asked, most, self->name);
    }

  return TRUE;
}

/**
 * sc_order_calculate_refund:
 * @lines: (array length=n_lines): the items; a SKU may appear more than
 *   once, with different restock types
 * @shipping: the part of the shipping to give back; 0 for none
 * @amount: (out): what sc_order_refund () would give back
 *
 * Checks a refund without making it.
 */
gboolean
sc_order_calculate_refund (const ScOrder            *self,
                           const ScOrderRefundLine  *lines,
                           guint                     n_lines,
                           ScMoney                   shipping,
                           gint64                    now,
                           ScMoney                  *amount,
                           GError                  **error)
{
  RefundPlan plan = { NULL, 0 };
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (lines != NULL || n_lines == 0, FALSE);
  g_return_val_if_fail (amount != NULL, FALSE);

  ok = plan_refund (self, lines, n_lines, shipping, now, &plan, error);
  if (ok)
    *amount = sc_money_init (plan.amount, self->currency);

  g_free (plan.units);
  return ok;
}

/**
 * sc_order_refund:
 * @lines: (array length=n_lines): the items; a SKU may appear more than
 *   once, with different restock types
 * @shipping: the part of the shipping to give back; 0 for none
 * @amount: (out) (optional): what was given back
 * @moves_out: (out) (optional) (transfer full) (element-type ScStockMove):
 *   per line, in the order's line order: removed units (cancel:
 *   committed → available, remove: committed → outside, both
 *   order-cancelled), then returned ones (return: outside → available,
 *   return-restocked; return damaged: outside → unavailable,
 *   return-damaged)
 *
 * Gives money back for items (unit price × quantity, plus their share of
 * the tax) and shipping, at most what was captured and not yet refunded.
 * Unshipped units are removed from the order; shipped ones are marked
 * refunded, and returned when they come back.
 */
gboolean
sc_order_refund (ScOrder                  *self,
                 const ScOrderRefundLine  *lines,
                 guint                     n_lines,
                 ScMoney                   shipping,
                 gint64                    now,
                 ScMoney                  *amount,
                 GPtrArray               **moves_out,
                 GError                  **error)
{
  static const struct
  {
    ScOrderRestock restock;
    ScStockBucket  from;
    ScStockBucket  to;
    ScStockReason  reason;
  } effects[] = {
    { SC_ORDER_RESTOCK_CANCEL, SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_AVAILABLE,
      SC_STOCK_REASON_ORDER_CANCELLED },
    { SC_ORDER_RESTOCK_REMOVE, SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE,
      SC_STOCK_REASON_ORDER_CANCELLED },
    { SC_ORDER_RESTOCK_RETURN, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE,
      SC_STOCK_REASON_RETURN_RESTOCKED },
    { SC_ORDER_RESTOCK_RETURN_DAMAGED, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_UNAVAILABLE,
      SC_STOCK_REASON_RETURN_DAMAGED },
  };
  g_autoptr(GPtrArray) moves = NULL;
  RefundPlan plan = { NULL, 0 };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (lines != NULL || n_lines == 0, FALSE);
  g_return_val_if_fail (moves_out == NULL || *moves_out == NULL, FALSE);

  if (!plan_refund (self, lines, n_lines, shipping, now, &plan, error))
    {
      g_free (plan.units);
      return FALSE;
    }

  moves = sc_order_moves_new ();
  for (guint i = 0; i < self->lines->len; i++)
    {
      ScOrderLine *line = g_ptr_array_index (self->lines, i);
      const gint64 *units = &plan.units[i * N_RESTOCKS];

      for (guint e = 0; e < G_N_ELEMENTS (effects); e++)
        sc_order_add_move (moves, line->sku, effects[e].from, effects[e].to,
                           units[effects[e].restock], effects[e].reason);

      for (guint r = 0; r < N_RESTOCKS; r++)
        {
          if (restock_is_unshipped (r))
            line->removed += units[r];
          else
            line->refunded += units[r];
        }
      line->returned += units[SC_ORDER_RESTOCK_RETURN] + units[SC_ORDER_RESTOCK_RETURN_DAMAGED];
    }

  self->shipping_refunded += shipping.minor;
  self->refunded += plan.amount;
  sc_order_settle_lines (self);

  if (amount != NULL)
    *amount = sc_money_init (plan.amount, self->currency);
  if (moves_out != NULL)
    *moves_out = g_steal_pointer (&moves);

  g_free (plan.units);
  return TRUE;
}
