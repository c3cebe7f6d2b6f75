/* sc-inventory-reorder.c - reorder points, demand and the value of stock
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read-only questions about the inventory, answered exactly in integers:
 * a reorder point is a whole number of units and a stock value a whole
 * number of the currency's minor unit, so nothing here rounds through
 * floating point.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-inventory-private.h"

/**
 * sc_inventory_item_needs_reorder:
 *
 * An item needs reordering when it has a reorder point and what it can
 * still sell without a new purchase order (available, which is already
 * net of orders committed, plus incoming) is at or below that point.
 * Unavailable units do not count: they cannot be sold.
 */
gboolean
sc_inventory_item_needs_reorder (const ScInventoryItem *item)
{
  gint64 coming;

  g_return_val_if_fail (item != NULL, FALSE);

  if (!item->has_reorder_point)
    return FALSE;
  /* Too many to hold is certainly above any reorder point. */
  if (__builtin_add_overflow (item->quantities[SC_STOCK_BUCKET_AVAILABLE],
                              item->quantities[SC_STOCK_BUCKET_INCOMING], &coming))
    return FALSE;

  return coming <= item->reorder_point;
}

/**
 * sc_inventory_list_reorders:
 *
 * Returns: (transfer container) (element-type ScInventoryItem): the
 *   items that need reordering, sorted by SKU
 */
GPtrArray *
sc_inventory_list_reorders (ScInventory *self)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), NULL);

  return sc_inventory_sort_items (self, sc_inventory_item_needs_reorder);
}

/**
 * sc_inventory_suggest_reorder_point:
 * @demand: units sold in @demand_days days, >= 0 (for example from
 *   sc_inventory_get_units_shipped () over the last 30 days)
 * @demand_days: the days @demand was measured over, >= 1
 * @lead_time_days: days from ordering to receiving, >= 0
 * @safety_stock: units kept for demand above the average, >= 0
 * @reorder_point: (out): the suggestion
 *
 * The classic reorder point: the demand expected while a purchase
 * order is on its way, plus safety stock,
 *
 *   reorder point = ⌈demand × lead time ÷ demand days⌉ + safety stock
 *
 * computed exactly in integers and rounded up, because a fraction of a
 * unit short is a sale lost, while a fraction over costs next to
 * nothing: 45 units in 30 days with a 7-day lead time is 10.5 units on
 * the way, so 11, plus safety stock.
 */
gboolean
sc_inventory_suggest_reorder_point (gint64   demand,
                                    gint64   demand_days,
                                    gint64   lead_time_days,
                                    gint64   safety_stock,
                                    gint64  *reorder_point,
                                    GError **error)
{
  gint64 during_lead_time;
  gint64 point;

  g_return_val_if_fail (reorder_point != NULL, FALSE);

  if (demand < 0 || lead_time_days < 0 || safety_stock < 0)
    {
      g_set_error_literal (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                           _("Demand, lead time and safety stock cannot be negative"));
      return FALSE;
    }
  if (demand_days < 1)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("Demand is measured over at least one day, not %" G_GINT64_FORMAT),
                   demand_days);
      return FALSE;
    }
  if (__builtin_mul_overflow (demand, lead_time_days, &during_lead_time))
    goto overflow;
  /* Both are >= 0, so the remainder says whether to round up. */
  point = during_lead_time / demand_days + (during_lead_time % demand_days != 0);
  if (__builtin_add_overflow (point, safety_stock, &point))
    goto overflow;

  *reorder_point = point;
  return TRUE;

overflow:
  g_set_error_literal (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_OVERFLOW,
                       _("The reorder point is too large for Shopcraft to hold exactly"));
  return FALSE;
}

/**
 * sc_inventory_set_demand:
 * @demand: units sold in @demand_days days, >= 0: the item's sales history
 * @demand_days: the days @demand was measured over, >= 1
 *
 * The figures a learner plans with, kept on the item so the sheet can
 * show them beside the reorder point they suggest.
 */
gboolean
sc_inventory_set_demand (ScInventory  *self,
                         const char   *sku,
                         gint64        demand,
                         gint64        demand_days,
                         GError      **error)
{
  ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((item = sc_inventory_find_item (self, sku, error)) == NULL)
    return FALSE;

  if (demand < 0)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("The demand of SKU %s cannot be negative (%" G_GINT64_FORMAT ")"),
                   sku, demand);
      return FALSE;
    }
  if (demand_days < 1)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("The demand of SKU %s is measured over at least one day, not %" G_GINT64_FORMAT),
                   sku, demand_days);
      return FALSE;
    }

  item->has_demand = TRUE;
  item->demand = demand;
  item->demand_days = demand_days;

  return TRUE;
}

/**
 * sc_inventory_set_lead_time:
 * @lead_time_days: days from ordering to receiving, >= 0
 */
gboolean
sc_inventory_set_lead_time (ScInventory  *self,
                            const char   *sku,
                            gint64        lead_time_days,
                            GError      **error)
{
  ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((item = sc_inventory_find_item (self, sku, error)) == NULL)
    return FALSE;

  if (lead_time_days < 0)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("The lead time of SKU %s cannot be negative (%" G_GINT64_FORMAT " days)"),
                   sku, lead_time_days);
      return FALSE;
    }

  item->has_lead_time = TRUE;
  item->lead_time_days = lead_time_days;

  return TRUE;
}

/**
 * sc_inventory_set_safety_stock:
 * @safety_stock: units kept for demand above the average, >= 0
 */
gboolean
sc_inventory_set_safety_stock (ScInventory  *self,
                               const char   *sku,
                               gint64        safety_stock,
                               GError      **error)
{
  ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((item = sc_inventory_find_item (self, sku, error)) == NULL)
    return FALSE;

  if (safety_stock < 0)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("The safety stock of SKU %s cannot be negative (%" G_GINT64_FORMAT ")"),
                   sku, safety_stock);
      return FALSE;
    }

  item->safety_stock = safety_stock;

  return TRUE;
}

/**
 * sc_inventory_item_suggest_reorder_point:
 * @reorder_point: (out): sc_inventory_suggest_reorder_point () of the
 *   item's demand, lead time and safety stock
 *
 * Returns: %FALSE with %SC_INVENTORY_ERROR_INVALID when the item lacks
 *   its demand or its lead time, or with the formula's error
 */
gboolean
sc_inventory_item_suggest_reorder_point (const ScInventoryItem  *item,
                                         gint64                 *reorder_point,
                                         GError                **error)
{
  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (reorder_point != NULL, FALSE);

  if (!item->has_demand || !item->has_lead_time)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("SKU %s needs its demand and its supplier's lead time before a reorder point "
                     "can be suggested"),
                   item->sku);
      return FALSE;
    }

  return sc_inventory_suggest_reorder_point (item->demand, item->demand_days, item->lead_time_days,
                                             item->safety_stock, reorder_point, error);
}

/**
 * sc_inventory_get_units_shipped:
 * @since: the first second counted
 * @until: the first second not counted
 *
 * Returns: the units of @sku shipped (order-fulfilled rows) in
 *   [@since, @until): the demand the store actually served
 */
gint64
sc_inventory_get_units_shipped (ScInventory *self,
                                const char  *sku,
                                gint64       since,
                                gint64       until)
{
  gint64 total = 0;

  g_return_val_if_fail (SC_IS_INVENTORY (self), 0);
  g_return_val_if_fail (sku != NULL, 0);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const ScInventoryRow *row = g_ptr_array_index (self->rows, i);

      if (row->reason != SC_STOCK_REASON_ORDER_FULFILLED || row->time < since
          || row->time >= until || !g_str_equal (row->sku, sku))
        continue;
      /* Saturates: no reorder point is ever near it. */
      if (__builtin_add_overflow (total, row->quantity, &total))
        return G_MAXINT64;
    }

  return total;
}

/**
 * sc_inventory_item_get_value:
 * @value: (out): on hand × unit cost; zero for an item with no unit cost
 *
 * Returns: %FALSE with %SC_INVENTORY_ERROR_OVERFLOW when the value is
 *   too large to hold exactly
 */
gboolean
sc_inventory_item_get_value (ScInventory            *self,
                             const ScInventoryItem  *item,
                             ScMoney                *value,
                             GError                **error)
{
  gint64 on_hand;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!item->has_unit_cost)
    {
      *value = sc_money_init (0, self->currency);
      return TRUE;
    }

  on_hand = sc_inventory_item_get_on_hand (item);
  if (!sc_money_multiply (item->unit_cost, on_hand, value, NULL))
    {
      g_autofree char *cost = sc_money_to_string (item->unit_cost);

      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_OVERFLOW,
                   _("The stock value of SKU %s (%" G_GINT64_FORMAT " on hand at %s %s) is too "
                     "large for Shopcraft to hold exactly"),
                   item->sku, on_hand, cost, item->unit_cost.currency->code);
      return FALSE;
    }

  return TRUE;
}

/**
 * sc_inventory_get_stock_value:
 * @value: (out): the sum of every item's on hand × unit cost
 * @n_without_cost: (out) (optional): items with stock on hand but no
 *   unit cost, whose value is missing from @value
 *
 * On hand includes committed units (still the store's until shipped)
 * and unavailable ones, at cost, as a back office's inventory value
 * report does.
 */
gboolean
sc_inventory_get_stock_value (ScInventory  *self,
                              ScMoney      *value,
                              guint        *n_without_cost,
                              GError      **error)
{
  g_autoptr(GPtrArray) items = NULL;
  ScMoney total;
  guint without_cost = 0;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  /* Sorted, so an overflow always names the same SKU. */
  items = sc_inventory_sort_items (self, NULL);
  total = sc_money_init (0, self->currency);
  for (guint i = 0; i < items->len; i++)
    {
      const ScInventoryItem *item = g_ptr_array_index (items, i);
      ScMoney item_value;

      if (!item->has_unit_cost)
        {
          without_cost += sc_inventory_item_get_on_hand (item) != 0;
          continue;
        }
      if (!sc_inventory_item_get_value (self, item, &item_value, error))
        return FALSE;
      if (!sc_money_add (total, item_value, &total, NULL))
        {
          g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_OVERFLOW,
                       _("The total stock value is too large for Shopcraft to hold exactly "
                         "(reached at SKU %s)"),
                       item->sku);
          return FALSE;
        }
    }

  *value = total;
  if (n_without_cost != NULL)
    *n_without_cost = without_cost;

  return TRUE;
}
