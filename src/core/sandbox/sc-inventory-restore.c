/* sc-inventory-restore.c - an inventory rebuilt from saved pieces, each one checked
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The operations keep an inventory consistent by construction; a saved
 * one comes back through here, so a damaged row is reported where it is
 * read instead of confusing the rules later. The checks are those each
 * piece must pass on its own (quantities in their ranges, a ledger in
 * sequence and time order, movements the reasons allow, lines sorted and
 * unique); the ledger is history and is not replayed.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-inventory-private.h"

static gboolean
fail (GError     **error,
      const char  *what,
      const char  *problem)
{
  g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
               _("The saved inventory is damaged: %s %s"), what, problem);
  return FALSE;
}

/**
 * sc_inventory_restore_item:
 * @item: the item as saved, with its quantities; copied
 */
gboolean
sc_inventory_restore_item (ScInventory            *self,
                           const ScInventoryItem  *item,
                           GError                **error)
{
  ScInventoryItem *copy;
  gint64 on_hand;
  const gint64 *q;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  if (item->sku == NULL || *item->sku == '\0')
    return fail (error, _("an item"), _("has no SKU"));
  if (g_hash_table_contains (self->items, item->sku))
    return fail (error, item->sku, _("is listed twice"));

  q = item->quantities;
  if (q[SC_STOCK_BUCKET_OUTSIDE] != 0 || q[SC_STOCK_BUCKET_COMMITTED] < 0
      || q[SC_STOCK_BUCKET_UNAVAILABLE] < 0 || q[SC_STOCK_BUCKET_INCOMING] < 0
      || __builtin_add_overflow (q[SC_STOCK_BUCKET_AVAILABLE], q[SC_STOCK_BUCKET_COMMITTED],
                                 &on_hand)
      || __builtin_add_overflow (on_hand, q[SC_STOCK_BUCKET_UNAVAILABLE], &on_hand)
      || on_hand < 0)
    return fail (error, item->sku, _("has quantities no movement can leave"));
  if (item->policy != SC_INVENTORY_POLICY_DENY && item->policy != SC_INVENTORY_POLICY_CONTINUE)
    return fail (error, item->sku, _("has an unknown policy"));
  if (item->has_unit_cost
      && (item->unit_cost.minor < 0 || item->unit_cost.currency != self->currency))
    return fail (error, item->sku, _("has a negative unit cost or one in another currency"));
  if (item->has_reorder_point ? item->reorder_point < 0 || item->reorder_quantity < 1
                              : item->reorder_point != 0 || item->reorder_quantity != 0)
    return fail (error, item->sku, _("has a reorder point out of range"));
  if ((item->has_demand && (item->demand < 0 || item->demand_days < 1))
      || (item->has_lead_time && item->lead_time_days < 0) || item->safety_stock < 0)
    return fail (error, item->sku, _("has a sales history or lead time out of range"));

  copy = g_new (ScInventoryItem, 1);
  *copy = *item;
  copy->sku = g_strdup (item->sku);
  copy->title = g_strdup (item->title != NULL ? item->title : "");
  if (!copy->has_unit_cost)
    copy->unit_cost = sc_money_init (0, self->currency);
  g_hash_table_insert (self->items, copy->sku, copy);

  return TRUE;
}

/**
 * sc_inventory_restore_row:
 * @row: the next ledger row, as saved; copied
 */
gboolean
sc_inventory_restore_row (ScInventory           *self,
                          const ScInventoryRow  *row,
                          GError               **error)
{
  g_autofree char *what = NULL;
  const ScInventoryRow *last = NULL;
  ScInventoryRow *copy;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  what = g_strdup_printf (_("ledger row %" G_GUINT64_FORMAT), row->sequence);
  if (self->rows->len > 0)
    last = g_ptr_array_index (self->rows, self->rows->len - 1);

  if (row->sequence != self->rows->len + 1)
    return fail (error, what, _("is out of sequence"));
  if (last != NULL && row->time < last->time)
    return fail (error, what, _("goes back in time"));
  if (row->sku == NULL || !g_hash_table_contains (self->items, row->sku))
    return fail (error, what, _("names no item of the inventory"));
  if (row->quantity < 1 || row->from >= SC_STOCK_N_BUCKETS || row->to >= SC_STOCK_N_BUCKETS
      || row->reason >= SC_STOCK_N_REASONS || !sc_stock_reason_allows (row->reason, row->from,
                                                                        row->to))
    return fail (error, what, _("is not a movement its reason allows"));

  copy = g_new (ScInventoryRow, 1);
  *copy = *row;
  copy->sku = g_strdup (row->sku);
  copy->reference = g_strdup (row->reference != NULL ? row->reference : "");
  copy->note = g_strdup (row->note != NULL ? row->note : "");
  g_ptr_array_add (self->rows, copy);

  return TRUE;
}

/**
 * sc_inventory_restore_purchase_line:
 * @reference: the purchase order; created by its first line
 * @line: one line of it, as saved; copied
 */
gboolean
sc_inventory_restore_purchase_line (ScInventory           *self,
                                    const char            *reference,
                                    const ScPurchaseLine  *line,
                                    GError               **error)
{
  ScPurchaseOrder *order;
  ScPurchaseLine *copy;
  gint64 settled;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);
  g_return_val_if_fail (line != NULL, FALSE);

  if (reference == NULL || *reference == '\0')
    return fail (error, _("a purchase order"), _("has no reference"));
  if (line->sku == NULL || !g_hash_table_contains (self->items, line->sku))
    return fail (error, reference, _("has a line for no item of the inventory"));
  if (line->ordered < 1 || line->received < 0 || line->received_damaged < 0
      || line->cancelled < 0
      || __builtin_add_overflow (line->received, line->received_damaged, &settled)
      || __builtin_add_overflow (settled, line->cancelled, &settled)
      || settled > line->ordered)
    return fail (error, reference, _("settled more than it ordered"));

  order = g_hash_table_lookup (self->purchases, reference);
  if (order == NULL)
    {
      order = sc_inventory_purchase_new (reference);
      g_hash_table_insert (self->purchases, order->reference, order);
    }
  if (sc_inventory_purchase_find_line (order, line->sku, NULL) != NULL)
    return fail (error, reference, _("has two lines for one SKU"));

  copy = sc_inventory_purchase_add_line (order, line->sku);
  copy->ordered = line->ordered;
  copy->received = line->received;
  copy->received_damaged = line->received_damaged;
  copy->cancelled = line->cancelled;

  return TRUE;
}

/**
 * sc_inventory_restore_count:
 * @count: the next count, as saved; copied
 */
gboolean
sc_inventory_restore_count (ScInventory             *self,
                            const ScInventoryCount  *count,
                            GError                 **error)
{
  g_autofree char *what = NULL;
  g_autoptr(ScInventoryCount) copy = NULL;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);
  g_return_val_if_fail (count != NULL && count->lines != NULL, FALSE);

  what = g_strdup_printf (_("count %u"), count->number);
  if (count->number != self->counts->len + 1)
    return fail (error, what, _("is out of sequence"));
  if (count->state > SC_INVENTORY_COUNT_CANCELLED
      || (count->state == SC_INVENTORY_COUNT_OPEN) != (count->finished == 0)
      || (count->finished != 0 && count->finished < count->started) || count->lines->len == 0)
    return fail (error, what, _("has a state its times or lines do not match"));

  copy = sc_inventory_count_new (count->number, count->started);
  copy->state = count->state;
  copy->finished = count->finished;
  for (guint i = 0; i < count->lines->len; i++)
    {
      const ScInventoryCountLine *line = g_ptr_array_index (count->lines, i);
      const ScInventoryCountLine *previous = i > 0 ? g_ptr_array_index (count->lines, i - 1)
                                                   : NULL;
      ScInventoryCountLine *line_copy;

      if (line->sku == NULL || !g_hash_table_contains (self->items, line->sku)
          || (previous != NULL && strcmp (previous->sku, line->sku) >= 0)
          || (line->has_counted && line->counted < 0) || (!line->has_counted && line->counted != 0))
        return fail (error, what, _("has a line out of order or out of range"));

      line_copy = g_new (ScInventoryCountLine, 1);
      *line_copy = *line;
      line_copy->sku = g_strdup (line->sku);
      g_ptr_array_add (copy->lines, line_copy);
    }
  g_ptr_array_add (self->counts, g_steal_pointer (&copy));

  return TRUE;
}
