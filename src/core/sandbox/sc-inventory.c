/* sc-inventory.c - the inventory's state: items and their settings, purchase orders, names
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quantities are not set here: they change only through the movements
 * of sc-inventory-apply.c, which writes the ledger. What is here are the
 * settings a learner edits directly (title, cost, policy, reorder) and
 * the structures the other files read.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-inventory-private.h"

G_DEFINE_QUARK (sc-inventory-error-quark, sc_inventory_error)

G_DEFINE_FINAL_TYPE (ScInventory, sc_inventory, G_TYPE_OBJECT)

/* Stored in the database and dumped: never rename one, only add. */
static const char * const count_state_names[] = {
  [SC_INVENTORY_COUNT_OPEN] = "open",
  [SC_INVENTORY_COUNT_APPLIED] = "applied",
  [SC_INVENTORY_COUNT_CANCELLED] = "cancelled",
};

static const char * const purchase_state_names[] = {
  [SC_PURCHASE_ORDER_OPEN] = "open",
  [SC_PURCHASE_ORDER_RECEIVED] = "received",
  [SC_PURCHASE_ORDER_CLOSED] = "closed",
};

static void
item_free (ScInventoryItem *item)
{
  g_free (item->sku);
  g_free (item->title);
  g_free (item);
}

static void
row_free (ScInventoryRow *row)
{
  g_free (row->sku);
  g_free (row->reference);
  g_free (row->note);
  g_free (row);
}

static void
purchase_line_free (ScPurchaseLine *line)
{
  g_free (line->sku);
  g_free (line);
}

static void
purchase_order_free (ScPurchaseOrder *order)
{
  g_free (order->reference);
  g_ptr_array_unref (order->lines);
  g_free (order);
}

static void
count_line_free (ScInventoryCountLine *line)
{
  g_free (line->sku);
  g_free (line);
}

ScInventoryCount *
sc_inventory_count_new (guint  number,
                        gint64 started)
{
  ScInventoryCount *count = g_new0 (ScInventoryCount, 1);

  count->number = number;
  count->state = SC_INVENTORY_COUNT_OPEN;
  count->started = started;
  count->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) count_line_free);

  return count;
}

void
sc_inventory_count_free (ScInventoryCount *count)
{
  if (count == NULL)
    return;

  g_clear_pointer (&count->lines, g_ptr_array_unref);
  g_free (count);
}

static void
sc_inventory_finalize (GObject *object)
{
  ScInventory *self = SC_INVENTORY (object);

  g_ptr_array_unref (self->counts);
  g_hash_table_unref (self->purchases);
  g_ptr_array_unref (self->rows);
  g_hash_table_unref (self->items);

  G_OBJECT_CLASS (sc_inventory_parent_class)->finalize (object);
}

static void
sc_inventory_class_init (ScInventoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_inventory_finalize;
}

static void
sc_inventory_init (ScInventory *self)
{
  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) item_free);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->purchases = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) purchase_order_free);
  self->counts = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_inventory_count_free);
}

/**
 * sc_inventory_new:
 * @currency: (nullable): the currency of unit costs; %NULL for the default
 *
 * Returns: (transfer full): an inventory with no items
 */
ScInventory *
sc_inventory_new (const ScCurrency *currency)
{
  ScInventory *self = g_object_new (SC_TYPE_INVENTORY, NULL);

  self->currency = currency != NULL ? currency : sc_currency_get_default ();

  return self;
}

const ScCurrency *
sc_inventory_get_currency (ScInventory *self)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), NULL);

  return self->currency;
}

/* Items */

ScInventoryItem *
sc_inventory_find_item (ScInventory  *self,
                        const char   *sku,
                        GError      **error)
{
  ScInventoryItem *item = sku != NULL ? g_hash_table_lookup (self->items, sku) : NULL;

  if (item == NULL)
    g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_UNKNOWN_SKU,
                 _("There is no item with SKU %s in the inventory; add it first"),
                 sku != NULL ? sku : "");

  return item;
}

/**
 * sc_inventory_add_item:
 * @title: (nullable): what the sheet shows beside the SKU
 *
 * Adds an item with every quantity at zero: stock arrives through the
 * ledger like any other movement ("received", "correction"), so even the
 * opening quantity has a row.
 */
gboolean
sc_inventory_add_item (ScInventory  *self,
                       const char   *sku,
                       const char   *title,
                       GError      **error)
{
  ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if (sku == NULL || *sku == '\0')
    {
      g_set_error_literal (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                           _("An inventory item needs a SKU"));
      return FALSE;
    }
  if (g_hash_table_contains (self->items, sku))
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_DUPLICATE,
                   _("The inventory already has an item with SKU %s; each SKU is tracked once"),
                   sku);
      return FALSE;
    }

  item = g_new0 (ScInventoryItem, 1);
  item->sku = g_strdup (sku);
  item->title = g_strdup (title != NULL ? title : "");
  item->unit_cost = sc_money_init (0, self->currency);
  item->policy = SC_INVENTORY_POLICY_DENY;
  g_hash_table_insert (self->items, item->sku, item);

  return TRUE;
}

/**
 * sc_inventory_lookup:
 *
 * Returns: (transfer none) (nullable): the item with @sku
 */
const ScInventoryItem *
sc_inventory_lookup (ScInventory *self,
                     const char  *sku)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), NULL);
  g_return_val_if_fail (sku != NULL, NULL);

  return g_hash_table_lookup (self->items, sku);
}

guint
sc_inventory_get_n_items (ScInventory *self)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), 0);

  return g_hash_table_size (self->items);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const ScInventoryItem *item_a = *(ScInventoryItem * const *) a;
  const ScInventoryItem *item_b = *(ScInventoryItem * const *) b;

  return strcmp (item_a->sku, item_b->sku);
}

/* Items sorted by SKU (byte order, the same on every machine), those
 * @keep accepts when it is not NULL. */
GPtrArray *
sc_inventory_sort_items (ScInventory           *self,
                         ScInventoryItemFilter  keep)
{
  GPtrArray *items = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (keep == NULL || keep (value))
        g_ptr_array_add (items, value);
    }
  g_ptr_array_sort (items, compare_items);

  return items;
}

/**
 * sc_inventory_list_items:
 *
 * Returns: (transfer container) (element-type ScInventoryItem): every
 *   item, sorted by SKU
 */
GPtrArray *
sc_inventory_list_items (ScInventory *self)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), NULL);

  return sc_inventory_sort_items (self, NULL);
}

gboolean
sc_inventory_set_title (ScInventory  *self,
                        const char   *sku,
                        const char   *title,
                        GError      **error)
{
  ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((item = sc_inventory_find_item (self, sku, error)) == NULL)
    return FALSE;

  g_free (item->title);
  item->title = g_strdup (title != NULL ? title : "");

  return TRUE;
}

/**
 * sc_inventory_set_unit_cost:
 * @unit_cost: (nullable): what one unit cost the store; %NULL when unknown
 *
 * The cost is what the stock value counts; it is in the inventory's
 * currency and never negative.
 */
gboolean
sc_inventory_set_unit_cost (ScInventory    *self,
                            const char     *sku,
                            const ScMoney  *unit_cost,
                            GError        **error)
{
  ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((item = sc_inventory_find_item (self, sku, error)) == NULL)
    return FALSE;

  if (unit_cost == NULL)
    {
      item->has_unit_cost = FALSE;
      item->unit_cost = sc_money_init (0, self->currency);
      return TRUE;
    }
  if (unit_cost->currency != self->currency)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("The unit cost of SKU %s must be in %s, the store's currency, not %s"),
                   sku, self->currency->code,
                   unit_cost->currency != NULL ? unit_cost->currency->code : "");
      return FALSE;
    }
  if (unit_cost->minor < 0)
    {
      g_autofree char *text = sc_money_to_string (*unit_cost);

      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("The unit cost of SKU %s cannot be negative (%s)"), sku, text);
      return FALSE;
    }

  item->has_unit_cost = TRUE;
  item->unit_cost = *unit_cost;

  return TRUE;
}

/**
 * sc_inventory_set_policy:
 *
 * The policy decides only whether new orders may commit beyond what is
 * available: an item already oversold stays so when the policy becomes
 * %SC_INVENTORY_POLICY_DENY, until stock arrives or orders are cancelled.
 */
gboolean
sc_inventory_set_policy (ScInventory        *self,
                         const char         *sku,
                         ScInventoryPolicy   policy,
                         GError            **error)
{
  ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);
  g_return_val_if_fail (policy == SC_INVENTORY_POLICY_DENY
                        || policy == SC_INVENTORY_POLICY_CONTINUE, FALSE);

  if ((item = sc_inventory_find_item (self, sku, error)) == NULL)
    return FALSE;

  item->policy = policy;

  return TRUE;
}

/**
 * sc_inventory_set_reorder:
 * @reorder_point: >= 0: the item needs reordering when available plus
 *   incoming falls to it (sc_inventory_item_needs_reorder ())
 * @reorder_quantity: >= 1: how many to order from the supplier then
 */
gboolean
sc_inventory_set_reorder (ScInventory  *self,
                          const char   *sku,
                          gint64        reorder_point,
                          gint64        reorder_quantity,
                          GError      **error)
{
  ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((item = sc_inventory_find_item (self, sku, error)) == NULL)
    return FALSE;

  if (reorder_point < 0)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("The reorder point of SKU %s cannot be negative (%" G_GINT64_FORMAT ")"),
                   sku, reorder_point);
      return FALSE;
    }
  if (reorder_quantity < 1)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("The reorder quantity of SKU %s must be at least 1, not %" G_GINT64_FORMAT),
                   sku, reorder_quantity);
      return FALSE;
    }

  item->has_reorder_point = TRUE;
  item->reorder_point = reorder_point;
  item->reorder_quantity = reorder_quantity;

  return TRUE;
}

/* An item the store no longer reorders (discontinued, made to order). */
gboolean
sc_inventory_clear_reorder (ScInventory  *self,
                            const char   *sku,
                            GError      **error)
{
  ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((item = sc_inventory_find_item (self, sku, error)) == NULL)
    return FALSE;

  item->has_reorder_point = FALSE;
  item->reorder_point = 0;
  item->reorder_quantity = 0;

  return TRUE;
}

/* Never overflows: apply_one () refuses a movement whose on hand would. */
gint64
sc_inventory_item_get_on_hand (const ScInventoryItem *item)
{
  g_return_val_if_fail (item != NULL, 0);

  return item->quantities[SC_STOCK_BUCKET_AVAILABLE]
         + item->quantities[SC_STOCK_BUCKET_COMMITTED]
         + item->quantities[SC_STOCK_BUCKET_UNAVAILABLE];
}

/* Purchase orders */

ScPurchaseOrder *
sc_inventory_purchase_new (const char *reference)
{
  ScPurchaseOrder *order = g_new0 (ScPurchaseOrder, 1);

  order->reference = g_strdup (reference);
  order->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) purchase_line_free);

  return order;
}

ScPurchaseLine *
sc_inventory_purchase_find_line (const ScPurchaseOrder *order,
                                 const char            *sku,
                                 guint                 *out_index)
{
  for (guint i = 0; order != NULL && i < order->lines->len; i++)
    {
      ScPurchaseLine *line = g_ptr_array_index (order->lines, i);
      int cmp = strcmp (line->sku, sku);

      if (cmp == 0)
        {
          if (out_index != NULL)
            *out_index = i;
          return line;
        }
      if (cmp > 0)
        break;
    }

  return NULL;
}

/* Lines stay sorted by SKU, so the dump and the sheet need no sorting. */
ScPurchaseLine *
sc_inventory_purchase_add_line (ScPurchaseOrder *order,
                                const char      *sku)
{
  ScPurchaseLine *line = g_new0 (ScPurchaseLine, 1);
  guint index = 0;

  line->sku = g_strdup (sku);
  while (index < order->lines->len
         && strcmp (((ScPurchaseLine *) g_ptr_array_index (order->lines, index))->sku, sku) < 0)
    index++;
  g_ptr_array_insert (order->lines, index, line);

  return line;
}

/**
 * sc_inventory_lookup_purchase:
 *
 * Returns: (transfer none) (nullable): the purchase order @reference
 */
const ScPurchaseOrder *
sc_inventory_lookup_purchase (ScInventory *self,
                              const char  *reference)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  return g_hash_table_lookup (self->purchases, reference);
}

static int
compare_purchases (gconstpointer a,
                   gconstpointer b)
{
  const ScPurchaseOrder *order_a = *(ScPurchaseOrder * const *) a;
  const ScPurchaseOrder *order_b = *(ScPurchaseOrder * const *) b;

  return strcmp (order_a->reference, order_b->reference);
}

/**
 * sc_inventory_list_purchases:
 *
 * Returns: (transfer container) (element-type ScPurchaseOrder): every
 *   purchase order, sorted by reference
 */
GPtrArray *
sc_inventory_list_purchases (ScInventory *self)
{
  GPtrArray *orders;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (SC_IS_INVENTORY (self), NULL);

  orders = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->purchases);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (orders, value);
  g_ptr_array_sort (orders, compare_purchases);

  return orders;
}

gint64
sc_purchase_line_get_outstanding (const ScPurchaseLine *line)
{
  g_return_val_if_fail (line != NULL, 0);

  /* Receipts and cancellations never exceed what was ordered. */
  return line->ordered - line->received - line->received_damaged - line->cancelled;
}

/**
 * sc_purchase_order_get_line:
 *
 * Returns: (transfer none) (nullable): the line of @order for @sku
 */
const ScPurchaseLine *
sc_purchase_order_get_line (const ScPurchaseOrder *order,
                            const char            *sku)
{
  g_return_val_if_fail (order != NULL, NULL);
  g_return_val_if_fail (sku != NULL, NULL);

  return sc_inventory_purchase_find_line (order, sku, NULL);
}

/* Derived from the lines, so no movement can leave it stale. */
ScPurchaseOrderState
sc_purchase_order_get_state (const ScPurchaseOrder *order)
{
  gboolean cancelled = FALSE;

  g_return_val_if_fail (order != NULL, SC_PURCHASE_ORDER_OPEN);

  for (guint i = 0; i < order->lines->len; i++)
    {
      const ScPurchaseLine *line = g_ptr_array_index (order->lines, i);

      if (sc_purchase_line_get_outstanding (line) > 0)
        return SC_PURCHASE_ORDER_OPEN;
      cancelled |= line->cancelled > 0;
    }

  return cancelled ? SC_PURCHASE_ORDER_CLOSED : SC_PURCHASE_ORDER_RECEIVED;
}

/* Names */

const char *
sc_inventory_count_state_to_string (ScInventoryCountState state)
{
  g_return_val_if_fail (state < G_N_ELEMENTS (count_state_names), NULL);

  return count_state_names[state];
}

gboolean
sc_inventory_count_state_from_string (const char            *text,
                                      ScInventoryCountState *out_state)
{
  g_return_val_if_fail (out_state != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (count_state_names); i++)
    {
      if (g_str_equal (text, count_state_names[i]))
        {
          *out_state = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
sc_purchase_order_state_to_string (ScPurchaseOrderState state)
{
  g_return_val_if_fail (state < G_N_ELEMENTS (purchase_state_names), NULL);

  return purchase_state_names[state];
}

gboolean
sc_purchase_order_state_from_string (const char           *text,
                                     ScPurchaseOrderState *out_state)
{
  g_return_val_if_fail (out_state != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (purchase_state_names); i++)
    {
      if (g_str_equal (text, purchase_state_names[i]))
        {
          *out_state = i;
          return TRUE;
        }
    }

  return FALSE;
}
