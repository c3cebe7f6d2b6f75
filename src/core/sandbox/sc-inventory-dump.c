/* sc-inventory-dump.c - the canonical, sorted text of an inventory
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two inventories hold the same stock, history and paperwork exactly
 * when their dumps are equal: a scenario checks that a seed gives the
 * same inventory on every machine, and a test that a refused movement
 * changed nothing. Items are sorted by SKU, purchase orders by
 * reference (their lines by SKU), counts by number (their lines by SKU)
 * and the ledger is in sequence order. Text is quoted with C-style
 * escapes, so a note with a newline cannot fake a row.
 */
#include "config.h"

#include "sc-dump.h"
#include "sc-inventory-private.h"

static void
append_item (GString               *out,
             const ScInventoryItem *item)
{
  g_string_append (out, "item ");
  sc_dump_append_quoted (out, item->sku);
  g_string_append (out, "\n  title ");
  sc_dump_append_quoted (out, item->title);
  g_string_append_printf (out, "\n  policy %s\n", sc_inventory_policy_to_string (item->policy));
  if (item->has_unit_cost)
    {
      g_autofree char *cost = sc_money_to_string (item->unit_cost);

      g_string_append_printf (out, "  unit-cost %s %s\n", cost, item->unit_cost.currency->code);
    }
  else
    {
      g_string_append (out, "  unit-cost none\n");
    }
  if (item->has_reorder_point)
    g_string_append_printf (out, "  reorder point %" G_GINT64_FORMAT " quantity %" G_GINT64_FORMAT
                            "\n", item->reorder_point, item->reorder_quantity);
  else
    g_string_append (out, "  reorder none\n");
  /* Only when set, so the dumps of stores that never plan stay as they were. */
  if (item->has_demand)
    g_string_append_printf (out, "  demand %" G_GINT64_FORMAT " days %" G_GINT64_FORMAT "\n",
                            item->demand, item->demand_days);
  if (item->has_lead_time)
    g_string_append_printf (out, "  lead-time-days %" G_GINT64_FORMAT "\n", item->lead_time_days);
  if (item->safety_stock != 0)
    g_string_append_printf (out, "  safety-stock %" G_GINT64_FORMAT "\n", item->safety_stock);
  for (guint bucket = SC_STOCK_BUCKET_AVAILABLE; bucket < SC_STOCK_N_BUCKETS; bucket++)
    g_string_append_printf (out, "  %s %" G_GINT64_FORMAT "\n",
                            sc_stock_bucket_to_string (bucket), item->quantities[bucket]);
  g_string_append_printf (out, "  on-hand %" G_GINT64_FORMAT "\n",
                          sc_inventory_item_get_on_hand (item));
}

static void
append_purchase (GString               *out,
                 const ScPurchaseOrder *order)
{
  g_string_append (out, "purchase-order ");
  sc_dump_append_quoted (out, order->reference);
  g_string_append_printf (out, " %s\n",
                          sc_purchase_order_state_to_string (sc_purchase_order_get_state (order)));
  for (guint i = 0; i < order->lines->len; i++)
    {
      const ScPurchaseLine *line = g_ptr_array_index (order->lines, i);

      g_string_append (out, "  line ");
      sc_dump_append_quoted (out, line->sku);
      g_string_append_printf (out, " ordered %" G_GINT64_FORMAT " received %" G_GINT64_FORMAT
                              " damaged %" G_GINT64_FORMAT " cancelled %" G_GINT64_FORMAT "\n",
                              line->ordered, line->received, line->received_damaged,
                              line->cancelled);
    }
}

static void
append_count (GString                *out,
              const ScInventoryCount *count)
{
  g_string_append_printf (out, "count %u %s started %" G_GINT64_FORMAT " finished %"
                          G_GINT64_FORMAT "\n",
                          count->number, sc_inventory_count_state_to_string (count->state),
                          count->started, count->finished);
  for (guint i = 0; i < count->lines->len; i++)
    {
      const ScInventoryCountLine *line = g_ptr_array_index (count->lines, i);

      g_string_append (out, "  line ");
      sc_dump_append_quoted (out, line->sku);
      g_string_append_printf (out, " expected %" G_GINT64_FORMAT, line->expected);
      if (line->has_counted)
        g_string_append_printf (out, " counted %" G_GINT64_FORMAT "\n", line->counted);
      else
        g_string_append (out, " uncounted\n");
    }
}

static void
append_row (GString              *out,
            const ScInventoryRow *row)
{
  g_string_append_printf (out, "row %" G_GUINT64_FORMAT " time %" G_GINT64_FORMAT " sku ",
                          row->sequence, row->time);
  sc_dump_append_quoted (out, row->sku);
  g_string_append_printf (out, " %s %s>%s %" G_GINT64_FORMAT " reference ",
                          sc_stock_reason_to_string (row->reason),
                          sc_stock_bucket_to_string (row->from),
                          sc_stock_bucket_to_string (row->to), row->quantity);
  sc_dump_append_quoted (out, row->reference);
  g_string_append (out, " note ");
  sc_dump_append_quoted (out, row->note);
  g_string_append_printf (out, " available %" G_GINT64_FORMAT " on-hand %" G_GINT64_FORMAT "\n",
                          row->available_after, row->on_hand_after);
}

/**
 * sc_inventory_dump:
 * @out: the text is appended to it
 *
 * Appends the canonical text of @self: its currency, every item, every
 * purchase order and count, and the whole ledger.
 */
void
sc_inventory_dump (ScInventory *self,
                   GString     *out)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) purchases = NULL;

  g_return_if_fail (SC_IS_INVENTORY (self));
  g_return_if_fail (out != NULL);

  g_string_append_printf (out, "inventory currency %s\n", self->currency->code);

  items = sc_inventory_list_items (self);
  for (guint i = 0; i < items->len; i++)
    append_item (out, g_ptr_array_index (items, i));

  purchases = sc_inventory_list_purchases (self);
  for (guint i = 0; i < purchases->len; i++)
    append_purchase (out, g_ptr_array_index (purchases, i));

  for (guint i = 0; i < self->counts->len; i++)
    append_count (out, g_ptr_array_index (self->counts, i));

  for (guint i = 0; i < self->rows->len; i++)
    append_row (out, g_ptr_array_index (self->rows, i));
}
