/* sc-inventory-apply.c - the one path that moves stock, and the ledger it writes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change of quantity goes through apply_one (): check everything
 * first, then change, so a refused movement leaves no trace. A batch
 * (sc_inventory_apply_all ()) applies its movements one by one, each
 * checked against what the earlier ones left, and on a refusal undoes
 * the applied ones in reverse order. Undoing cannot fail: it subtracts
 * exactly what was added, so the checks need no second, simulated copy
 * of the state.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-inventory-private.h"

/* What happens to the units, for "5 cannot be …". */
const char *
sc_inventory_describe_taking (ScStockReason reason,
                              ScStockBucket to)
{
  switch (reason)
    {
    case SC_STOCK_REASON_RECEIVED:
    case SC_STOCK_REASON_PURCHASE_RECEIVED:
      return _("received");
    case SC_STOCK_REASON_PURCHASE_ORDERED:
      return to == SC_STOCK_BUCKET_OUTSIDE ? _("cancelled from the purchase order") : _("ordered");
    case SC_STOCK_REASON_CORRECTION:
      return to == SC_STOCK_BUCKET_OUTSIDE ? _("removed as a correction")
                                           : _("added as a correction");
    case SC_STOCK_REASON_CYCLE_COUNT:
      return to == SC_STOCK_BUCKET_OUTSIDE ? _("removed by a count") : _("added by a count");
    case SC_STOCK_REASON_DAMAGED:
      return _("marked damaged");
    case SC_STOCK_REASON_QUALITY_CONTROL:
      return to == SC_STOCK_BUCKET_AVAILABLE ? _("released from quality control")
                                             : _("held for quality control");
    case SC_STOCK_REASON_SAFETY_STOCK:
      return to == SC_STOCK_BUCKET_AVAILABLE ? _("released from safety stock")
                                             : _("held as safety stock");
    case SC_STOCK_REASON_SHRINKAGE:
      return _("written off as shrinkage");
    case SC_STOCK_REASON_ORDER_COMMITTED:
      return _("committed to an order");
    case SC_STOCK_REASON_ORDER_FULFILLED:
      return _("shipped");
    case SC_STOCK_REASON_ORDER_CANCELLED:
      return to == SC_STOCK_BUCKET_OUTSIDE ? _("cancelled without restocking")
                                           : _("restocked from a cancelled order");
    case SC_STOCK_REASON_RETURN_RESTOCKED:
    case SC_STOCK_REASON_RETURN_DAMAGED:
      return _("returned");
    default:
      g_assert_not_reached ();
    }
}

/* "Only 3 of SKU TEE-BLK-M are available; 5 cannot be marked damaged" */
static char *
format_shortage (const ScStockMove *move,
                 ScStockBucket      bucket,
                 gint64             have)
{
  const char *what = sc_inventory_describe_taking (move->reason, move->to);
  const char *name = sc_stock_bucket_to_string (bucket);

  if (have <= 0)
    return g_strdup_printf (_("None of SKU %s are %s; %" G_GINT64_FORMAT " cannot be %s"),
                            move->sku, name, move->quantity, what);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Only %" G_GINT64_FORMAT " of SKU %s is %s; %"
                                       G_GINT64_FORMAT " cannot be %s",
                                       "Only %" G_GINT64_FORMAT " of SKU %s are %s; %"
                                       G_GINT64_FORMAT " cannot be %s",
                                       (gulong) MIN (have, G_MAXLONG)),
                          have, move->sku, name, move->quantity, what);
}

static gboolean
set_insufficient (GError            **error,
                  const ScStockMove  *move,
                  ScStockBucket       bucket,
                  gint64              have)
{
  g_autofree char *message = format_shortage (move, bucket, have);

  g_set_error_literal (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT, message);
  return FALSE;
}

/* The purchase order a purchase movement belongs to, and what it allows. */
static gboolean
check_purchase (ScInventory        *self,
                const ScStockMove  *move,
                const char         *reference,
                GError            **error)
{
  ScPurchaseOrder *order;
  ScPurchaseLine *line;
  gint64 outstanding;
  const char *what = sc_inventory_describe_taking (move->reason, move->to);

  if (move->reason != SC_STOCK_REASON_PURCHASE_ORDERED
      && move->reason != SC_STOCK_REASON_PURCHASE_RECEIVED)
    return TRUE;

  if (*reference == '\0')
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER,
                   _("A purchase movement of SKU %s needs its purchase order's reference, "
                     "like “PO-7”"),
                   move->sku);
      return FALSE;
    }

  order = g_hash_table_lookup (self->purchases, reference);
  if (move->from == SC_STOCK_BUCKET_OUTSIDE)
    {
      ScPurchaseOrderState state;

      if (order == NULL || (state = sc_purchase_order_get_state (order)) == SC_PURCHASE_ORDER_OPEN)
        return TRUE;

      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER,
                   _("Purchase order %s is %s: nothing more is to come on it; "
                     "order SKU %s on a new purchase order"),
                   reference, sc_purchase_order_state_to_string (state), move->sku);
      return FALSE;
    }

  if (order == NULL)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER,
                   _("There is no purchase order %s; order SKU %s from the supplier on it first"),
                   reference, move->sku);
      return FALSE;
    }
  if ((line = sc_inventory_purchase_find_line (order, move->sku, NULL)) == NULL)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER,
                   _("Purchase order %s has no SKU %s; %" G_GINT64_FORMAT " cannot be %s"),
                   reference, move->sku, move->quantity, what);
      return FALSE;
    }

  outstanding = sc_purchase_line_get_outstanding (line);
  if (move->quantity <= outstanding)
    return TRUE;

  if (outstanding == 0)
    g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER,
                 _("Purchase order %s has no more of SKU %s to come; %" G_GINT64_FORMAT
                   " cannot be %s"),
                 reference, move->sku, move->quantity, what);
  else
    g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER,
                 _("Purchase order %s has only %" G_GINT64_FORMAT " of SKU %s still to come; %"
                   G_GINT64_FORMAT " cannot be %s"),
                 reference, outstanding, move->sku, move->quantity, what);
  return FALSE;
}

/* Whether the units are there to take, by the rules in sc-inventory.h. */
static gboolean
check_quantities (const ScInventoryItem  *item,
                  const ScStockMove      *move,
                  GError                **error)
{
  const gint64 *q = item->quantities;
  gint64 available = q[SC_STOCK_BUCKET_AVAILABLE];
  gint64 after[SC_STOCK_N_BUCKETS];
  gint64 on_hand = 0;

  memcpy (after, q, sizeof after);
  switch ((int) move->from)
    {
    case SC_STOCK_BUCKET_OUTSIDE:
      break;
    case SC_STOCK_BUCKET_AVAILABLE:
      if (move->reason == SC_STOCK_REASON_ORDER_COMMITTED
          && item->policy == SC_INVENTORY_POLICY_CONTINUE)
        break;
      if (available >= move->quantity)
        break;
      if (move->reason == SC_STOCK_REASON_ORDER_COMMITTED)
        {
          g_autofree char *shortage = format_shortage (move, SC_STOCK_BUCKET_AVAILABLE, available);

          /* The fix is a setting, not a movement: say which. */
          g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT,
                       _("%s. To take orders beyond stock, let SKU %s continue selling when "
                         "out of stock"),
                       shortage, move->sku);
          return FALSE;
        }
      return set_insufficient (error, move, SC_STOCK_BUCKET_AVAILABLE, available);
    case SC_STOCK_BUCKET_COMMITTED:
      if (q[SC_STOCK_BUCKET_COMMITTED] < move->quantity)
        return set_insufficient (error, move, SC_STOCK_BUCKET_COMMITTED,
                                 q[SC_STOCK_BUCKET_COMMITTED]);
      /* Oversold units are committed but not on the shelf. */
      if (move->to == SC_STOCK_BUCKET_OUTSIDE && available < 0
          && q[SC_STOCK_BUCKET_COMMITTED] + available < move->quantity)
        {
          g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT,
                       _("SKU %s has %" G_GINT64_FORMAT " committed units, but only %"
                         G_GINT64_FORMAT " of them are in stock (%" G_GINT64_FORMAT " were "
                         "oversold); %" G_GINT64_FORMAT " cannot be %s until stock is received"),
                       move->sku, q[SC_STOCK_BUCKET_COMMITTED],
                       q[SC_STOCK_BUCKET_COMMITTED] + available, -available, move->quantity,
                       sc_inventory_describe_taking (move->reason, move->to));
          return FALSE;
        }
      break;
    default:
      if (q[move->from] < move->quantity)
        return set_insufficient (error, move, move->from, q[move->from]);
      break;
    }

  /* Far from any real stockroom, but a typed quantity can be that large. */
  if (__builtin_sub_overflow (q[move->from], move->quantity, &after[move->from])
      || __builtin_add_overflow (q[move->to], move->quantity, &after[move->to])
      || __builtin_add_overflow (after[SC_STOCK_BUCKET_AVAILABLE],
                                 after[SC_STOCK_BUCKET_COMMITTED], &on_hand)
      || __builtin_add_overflow (on_hand, after[SC_STOCK_BUCKET_UNAVAILABLE], &on_hand))
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_OVERFLOW,
                   _("SKU %s cannot take %" G_GINT64_FORMAT " more units: its quantities would "
                     "be too large for Shopcraft to hold exactly"),
                   move->sku, move->quantity);
      return FALSE;
    }

  return TRUE;
}
gboolean
sc_inventory_check_time (ScInventory  *self,
                         gint64        time,
                         GError      **error)
{
  const ScInventoryRow *last;

  if (self->rows->len == 0)
    return TRUE;

  last = g_ptr_array_index (self->rows, self->rows->len - 1);
  if (time >= last->time)
    return TRUE;

  g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
               _("The ledger's last row is at %" G_GINT64_FORMAT ", later than %" G_GINT64_FORMAT
                 "; the ledger only moves forward in time"),
               last->time, time);
  return FALSE;
}

static ScInventoryItem *
check_move (ScInventory        *self,
            const ScStockMove  *move,
            gint64              time,
            const char         *reference,
            GError            **error)
{
  g_autoptr(GError) stock_error = NULL;
  ScInventoryItem *item;

  if (!sc_stock_move_check (move, &stock_error))
    {
      g_set_error_literal (error, SC_INVENTORY_ERROR,
                           stock_error->code == SC_STOCK_ERROR_NOT_ALLOWED
                             ? SC_INVENTORY_ERROR_NOT_ALLOWED
                             : SC_INVENTORY_ERROR_INVALID,
                           stock_error->message);
      return NULL;
    }
  if ((item = sc_inventory_find_item (self, move->sku, error)) == NULL
      || !sc_inventory_check_time (self, time, error)
      || !check_purchase (self, move, reference, error)
      || !check_quantities (item, move, error))
    return NULL;

  return item;
}

static void
record_purchase (ScInventory       *self,
                 const ScStockMove *move,
                 const char        *reference)
{
  ScPurchaseOrder *order = g_hash_table_lookup (self->purchases, reference);
  ScPurchaseLine *line;

  if (move->reason != SC_STOCK_REASON_PURCHASE_ORDERED
      && move->reason != SC_STOCK_REASON_PURCHASE_RECEIVED)
    return;

  if (order == NULL)
    {
      order = sc_inventory_purchase_new (reference);
      g_hash_table_insert (self->purchases, order->reference, order);
    }
  if ((line = sc_inventory_purchase_find_line (order, move->sku, NULL)) == NULL)
    line = sc_inventory_purchase_add_line (order, move->sku);

  if (move->from == SC_STOCK_BUCKET_OUTSIDE)
    line->ordered += move->quantity;
  else if (move->to == SC_STOCK_BUCKET_OUTSIDE)
    line->cancelled += move->quantity;
  else if (move->to == SC_STOCK_BUCKET_UNAVAILABLE)
    line->received_damaged += move->quantity;
  else
    line->received += move->quantity;
}

/* The exact reverse of record_purchase (); a line or an order that only
 * this movement created goes away with it. */
static void
unrecord_purchase (ScInventory       *self,
                   const ScStockMove *move,
                   const char        *reference)
{
  ScPurchaseOrder *order;
  ScPurchaseLine *line;
  guint index;

  if (move->reason != SC_STOCK_REASON_PURCHASE_ORDERED
      && move->reason != SC_STOCK_REASON_PURCHASE_RECEIVED)
    return;

  order = g_hash_table_lookup (self->purchases, reference);
  g_assert (order != NULL);
  line = sc_inventory_purchase_find_line (order, move->sku, &index);
  g_assert (line != NULL);

  if (move->from == SC_STOCK_BUCKET_OUTSIDE)
    line->ordered -= move->quantity;
  else if (move->to == SC_STOCK_BUCKET_OUTSIDE)
    line->cancelled -= move->quantity;
  else if (move->to == SC_STOCK_BUCKET_UNAVAILABLE)
    line->received_damaged -= move->quantity;
  else
    line->received -= move->quantity;

  if (line->ordered == 0)
    g_ptr_array_remove_index (order->lines, index);
  if (order->lines->len == 0)
    g_hash_table_remove (self->purchases, reference);
}

static gboolean
apply_one (ScInventory        *self,
           const ScStockMove  *move,
           gint64              time,
           const char         *reference,
           const char         *note,
           GError            **error)
{
  ScInventoryItem *item;
  ScInventoryRow *row;

  if ((item = check_move (self, move, time, reference, error)) == NULL)
    return FALSE;

  item->quantities[move->from] -= move->quantity;
  item->quantities[move->to] += move->quantity;
  item->quantities[SC_STOCK_BUCKET_OUTSIDE] = 0;
  record_purchase (self, move, reference);

  row = g_new0 (ScInventoryRow, 1);
  row->sequence = self->rows->len + 1;
  row->time = time;
  row->sku = g_strdup (move->sku);
  row->from = move->from;
  row->to = move->to;
  row->quantity = move->quantity;
  row->reason = move->reason;
  row->reference = g_strdup (reference);
  row->note = g_strdup (note);
  row->available_after = item->quantities[SC_STOCK_BUCKET_AVAILABLE];
  row->on_hand_after = sc_inventory_item_get_on_hand (item);
  g_ptr_array_add (self->rows, row);

  return TRUE;
}

static void
unapply_last (ScInventory       *self,
              const ScStockMove *move)
{
  const ScInventoryRow *row = g_ptr_array_index (self->rows, self->rows->len - 1);
  ScInventoryItem *item = g_hash_table_lookup (self->items, move->sku);

  g_assert (item != NULL && g_str_equal (row->sku, move->sku));

  item->quantities[move->from] += move->quantity;
  item->quantities[move->to] -= move->quantity;
  item->quantities[SC_STOCK_BUCKET_OUTSIDE] = 0;
  unrecord_purchase (self, move, row->reference);
  g_ptr_array_remove_index (self->rows, self->rows->len - 1);
}

/**
 * sc_inventory_apply:
 * @move: the movement: its reason must allow its buckets (sc-stock.h)
 * @time: when it happened, not before the ledger's last row
 * @reference: (nullable): what caused it: "#1001", "PO-7", "Count 3";
 *   required for purchase movements, the purchase order's reference
 * @note: (nullable): free text for the ledger
 *
 * Applies @move by the rules in sc-inventory.h and appends its ledger
 * row. When it is refused, nothing changes and @error says why in words
 * a learner can act on.
 */
gboolean
sc_inventory_apply (ScInventory        *self,
                    const ScStockMove  *move,
                    gint64              time,
                    const char         *reference,
                    const char         *note,
                    GError            **error)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);
  g_return_val_if_fail (move != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return apply_one (self, move, time, reference != NULL ? reference : "",
                    note != NULL ? note : "", error);
}

/**
 * sc_inventory_apply_all:
 * @moves: (element-type ScStockMove): applied in order, each seeing what
 *   the earlier ones did; empty is allowed and changes nothing
 *
 * Applies every movement of @moves with the same time, reference and
 * note (an order's lines, a purchase receipt's good and damaged parts,
 * a count's variances), or none: on the first refusal the ones applied
 * are undone, and @error is that refusal.
 */
gboolean
sc_inventory_apply_all (ScInventory        *self,
                        GPtrArray          *moves,
                        gint64              time,
                        const char         *reference,
                        const char         *note,
                        GError            **error)
{
  guint applied;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);
  g_return_val_if_fail (moves != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < moves->len; i++)
    g_return_val_if_fail (g_ptr_array_index (moves, i) != NULL, FALSE);

  reference = reference != NULL ? reference : "";
  note = note != NULL ? note : "";

  for (applied = 0; applied < moves->len; applied++)
    {
      if (!apply_one (self, g_ptr_array_index (moves, applied), time, reference, note, error))
        break;
    }
  if (applied == moves->len)
    return TRUE;

  while (applied > 0)
    {
      applied--;
      unapply_last (self, g_ptr_array_index (moves, applied));
    }

  return FALSE;
}

/* The ledger */

guint
sc_inventory_get_n_rows (ScInventory *self)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), 0);

  return self->rows->len;
}

/**
 * sc_inventory_get_row:
 * @index: 0 for the first row, whose sequence is 1
 *
 * Returns: (transfer none): a ledger row; rows never change once written
 */
const ScInventoryRow *
sc_inventory_get_row (ScInventory *self,
                      guint        index)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}

/**
 * sc_inventory_list_rows_for_sku:
 *
 * Returns: (transfer container) (element-type ScInventoryRow): the
 *   ledger rows of @sku, in ledger order
 */
GPtrArray *
sc_inventory_list_rows_for_sku (ScInventory *self,
                                const char  *sku)
{
  GPtrArray *rows;

  g_return_val_if_fail (SC_IS_INVENTORY (self), NULL);
  g_return_val_if_fail (sku != NULL, NULL);

  rows = g_ptr_array_new ();
  for (guint i = 0; i < self->rows->len; i++)
    {
      ScInventoryRow *row = g_ptr_array_index (self->rows, i);

      if (g_str_equal (row->sku, sku))
        g_ptr_array_add (rows, row);
    }

  return rows;
}
