/* sc-inventory-adjust.c - everyday changes and purchase orders, as movements
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a learner does on the inventory sheet (add or remove stock, set
 * units aside, order from a supplier and receive the delivery) becomes
 * ordinary movements applied by sc-inventory-apply.c, so these functions
 * hold no rule of their own beyond turning a form's fields into moves.
 * The moves are built on the stack rather than with sc_stock_move_new ():
 * a quantity the learner typed may be zero or negative, and that is an
 * error to report, not a programming error to warn about.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-inventory-private.h"

static gboolean
apply_simple (ScInventory    *self,
              const char     *sku,
              ScStockBucket   from,
              ScStockBucket   to,
              gint64          quantity,
              ScStockReason   reason,
              gint64          time,
              const char     *reference,
              const char     *note,
              GError        **error)
{
  ScStockMove move = { (char *) sku, from, to, quantity, reason };

  return sc_inventory_apply (self, &move, time, reference, note, error);
}

/**
 * sc_inventory_adjust:
 * @delta: units to add to available (> 0) or remove from it (< 0)
 * @reason: one that moves stock between outside and available:
 *   received, correction, cycle-count, shrinkage (removing only) or
 *   return-restocked (adding only)
 *
 * The sheet's "adjust available" field: one movement between outside
 * and available.
 */
gboolean
sc_inventory_adjust (ScInventory    *self,
                     const char     *sku,
                     gint64          delta,
                     ScStockReason   reason,
                     gint64          time,
                     const char     *reference,
                     const char     *note,
                     GError        **error)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if (delta == 0 || delta == G_MININT64)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("An adjustment of SKU %s adds or removes at least one unit; %"
                     G_GINT64_FORMAT " is not a change to make"),
                   sku != NULL ? sku : "", delta);
      return FALSE;
    }

  if (delta > 0)
    return apply_simple (self, sku, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE, delta,
                         reason, time, reference, note, error);

  return apply_simple (self, sku, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_OUTSIDE, -delta,
                       reason, time, reference, note, error);
}

/**
 * sc_inventory_mark_unavailable:
 * @reason: damaged, quality-control or safety-stock
 *
 * Sets @quantity available units aside: they stay on hand but cannot be
 * sold.
 */
gboolean
sc_inventory_mark_unavailable (ScInventory    *self,
                               const char     *sku,
                               gint64          quantity,
                               ScStockReason   reason,
                               gint64          time,
                               const char     *reference,
                               const char     *note,
                               GError        **error)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  return apply_simple (self, sku, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_UNAVAILABLE,
                       quantity, reason, time, reference, note, error);
}

/**
 * sc_inventory_release_unavailable:
 * @reason: quality-control or safety-stock (damaged units are written
 *   off as shrinkage, not made sellable again)
 *
 * Makes @quantity unavailable units sellable again.
 */
gboolean
sc_inventory_release_unavailable (ScInventory    *self,
                                  const char     *sku,
                                  gint64          quantity,
                                  ScStockReason   reason,
                                  gint64          time,
                                  const char     *reference,
                                  const char     *note,
                                  GError        **error)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  return apply_simple (self, sku, SC_STOCK_BUCKET_UNAVAILABLE, SC_STOCK_BUCKET_AVAILABLE,
                       quantity, reason, time, reference, note, error);
}

/* Purchase orders */

/**
 * sc_inventory_order_purchase:
 * @reference: the purchase order, "PO-7": created by its first line
 *
 * Orders @quantity of @sku from the supplier on @reference: they become
 * incoming. Ordering the same SKU again on an open order adds to its
 * line.
 */
gboolean
sc_inventory_order_purchase (ScInventory  *self,
                             const char   *reference,
                             const char   *sku,
                             gint64        quantity,
                             gint64        time,
                             const char   *note,
                             GError      **error)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  return apply_simple (self, sku, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_INCOMING, quantity,
                       SC_STOCK_REASON_PURCHASE_ORDERED, time, reference, note, error);
}

/**
 * sc_inventory_receive_purchase:
 * @accepted: units that arrived sellable: to available
 * @damaged: units that arrived damaged: to unavailable
 *
 * Receives part or all of what is still to come of @sku on @reference,
 * as one or two ledger rows applied together. More than is still to
 * come is refused: a supplier's extra units are received without the
 * purchase order ("received"), or ordered on it first.
 */
gboolean
sc_inventory_receive_purchase (ScInventory  *self,
                               const char   *reference,
                               const char   *sku,
                               gint64        accepted,
                               gint64        damaged,
                               gint64        time,
                               const char   *note,
                               GError      **error)
{
  g_autoptr(GPtrArray) moves = g_ptr_array_new ();
  ScStockMove good = { (char *) sku, SC_STOCK_BUCKET_INCOMING, SC_STOCK_BUCKET_AVAILABLE,
                       accepted, SC_STOCK_REASON_PURCHASE_RECEIVED };
  ScStockMove bad = { (char *) sku, SC_STOCK_BUCKET_INCOMING, SC_STOCK_BUCKET_UNAVAILABLE,
                      damaged, SC_STOCK_REASON_PURCHASE_RECEIVED };
  const ScPurchaseOrder *order;
  const ScPurchaseLine *line;
  gint64 total;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if (accepted < 0 || damaged < 0 || __builtin_add_overflow (accepted, damaged, &total)
      || total == 0)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("A receipt of SKU %s takes at least one unit, and no negative quantity "
                     "(%" G_GINT64_FORMAT " accepted, %" G_GINT64_FORMAT " damaged)"),
                   sku != NULL ? sku : "", accepted, damaged);
      return FALSE;
    }

  /* Said for the receipt as a whole: the second row alone would report
   * what the first one left. */
  order = reference != NULL ? sc_inventory_lookup_purchase (self, reference) : NULL;
  line = order != NULL && sku != NULL ? sc_purchase_order_get_line (order, sku) : NULL;
  if (line != NULL && total > sc_purchase_line_get_outstanding (line))
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER,
                   _("Purchase order %s has only %" G_GINT64_FORMAT " of SKU %s still to come; "
                     "%" G_GINT64_FORMAT " (%" G_GINT64_FORMAT " accepted, %" G_GINT64_FORMAT
                     " damaged) cannot be received"),
                   reference, sc_purchase_line_get_outstanding (line), sku, total, accepted,
                   damaged);
      return FALSE;
    }

  if (accepted > 0)
    g_ptr_array_add (moves, &good);
  if (damaged > 0)
    g_ptr_array_add (moves, &bad);

  return sc_inventory_apply_all (self, moves, time, reference, note, error);
}

/**
 * sc_inventory_close_purchase:
 *
 * Closes @reference: whatever is still to come of it will not, so it
 * leaves incoming (one row per SKU, reason purchase-ordered, from
 * incoming to outside). Only an open order can be closed.
 */
gboolean
sc_inventory_close_purchase (ScInventory  *self,
                             const char   *reference,
                             gint64        time,
                             const char   *note,
                             GError      **error)
{
  g_autoptr(GPtrArray) moves = NULL;
  const ScPurchaseOrder *order;
  ScPurchaseOrderState state;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  order = reference != NULL ? sc_inventory_lookup_purchase (self, reference) : NULL;
  if (order == NULL)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER,
                   _("There is no purchase order %s to close"),
                   reference != NULL ? reference : "");
      return FALSE;
    }
  if ((state = sc_purchase_order_get_state (order)) != SC_PURCHASE_ORDER_OPEN)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER,
                   _("Purchase order %s is %s already: nothing is left to close"),
                   reference, sc_purchase_order_state_to_string (state));
      return FALSE;
    }

  moves = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_stock_move_free);
  for (guint i = 0; i < order->lines->len; i++)
    {
      const ScPurchaseLine *line = g_ptr_array_index (order->lines, i);
      gint64 outstanding = sc_purchase_line_get_outstanding (line);

      if (outstanding > 0)
        g_ptr_array_add (moves, sc_stock_move_new (line->sku, SC_STOCK_BUCKET_INCOMING,
                                                   SC_STOCK_BUCKET_OUTSIDE, outstanding,
                                                   SC_STOCK_REASON_PURCHASE_ORDERED));
    }

  return sc_inventory_apply_all (self, moves, time, reference, note, error);
}
