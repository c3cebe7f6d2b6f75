/* sc-stock-row.c - one item as a row of the Inventory section's sheet
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row holds the inventory it was read from and one of its items: the
 * numbers each column shows and sorts by, and the item's status as a
 * word (never a colour alone) with the style classes of its pill. The
 * sheet makes new rows whenever the stock changes; a row never changes.
 *
 * The words for reasons and buckets live here too, so the sheet, the
 * item page and its forms say the same.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-stock-row.h"

struct _ScStockRow
{
  GObject                parent_instance;

  ScInventory           *inventory;
  const ScInventoryItem *item;  /* owned by inventory */
};

G_DEFINE_FINAL_TYPE (ScStockRow, sc_stock_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SKU,
  PROP_TITLE,
  PROP_AVAILABLE,
  PROP_COMMITTED,
  PROP_UNAVAILABLE,
  PROP_ON_HAND,
  PROP_INCOMING,
  PROP_REORDER_POINT,
  PROP_AVAILABLE_SORT,
  PROP_COMMITTED_SORT,
  PROP_UNAVAILABLE_SORT,
  PROP_ON_HAND_SORT,
  PROP_INCOMING_SORT,
  PROP_REORDER_POINT_SORT,
  PROP_STATUS,
  PROP_STATUS_CLASSES,
  PROP_POLICY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
sc_stock_describe_reason (ScStockReason reason)
{
  switch (reason)
    {
    case SC_STOCK_REASON_RECEIVED:
      return _("Received");
    case SC_STOCK_REASON_PURCHASE_ORDERED:
      return _("Ordered from supplier");
    case SC_STOCK_REASON_PURCHASE_RECEIVED:
      return _("Received from supplier");
    case SC_STOCK_REASON_CORRECTION:
      return _("Correction");
    case SC_STOCK_REASON_CYCLE_COUNT:
      return _("Count correction");
    case SC_STOCK_REASON_DAMAGED:
      return _("Damaged");
    case SC_STOCK_REASON_QUALITY_CONTROL:
      return _("Quality control");
    case SC_STOCK_REASON_SAFETY_STOCK:
      return _("Safety stock");
    case SC_STOCK_REASON_SHRINKAGE:
      return _("Shrinkage");
    case SC_STOCK_REASON_ORDER_COMMITTED:
      return _("Order placed");
    case SC_STOCK_REASON_ORDER_FULFILLED:
      return _("Order shipped");
    case SC_STOCK_REASON_ORDER_CANCELLED:
      return _("Order cancelled");
    case SC_STOCK_REASON_RETURN_RESTOCKED:
      return _("Return restocked");
    case SC_STOCK_REASON_RETURN_DAMAGED:
    default:
      return _("Return damaged");
    }
}

const char *
sc_stock_describe_bucket (ScStockBucket bucket)
{
  switch (bucket)
    {
    case SC_STOCK_BUCKET_AVAILABLE:
      return _("Available");
    case SC_STOCK_BUCKET_COMMITTED:
      return _("Committed");
    case SC_STOCK_BUCKET_UNAVAILABLE:
      return _("Unavailable");
    case SC_STOCK_BUCKET_INCOMING:
      return _("Incoming");
    case SC_STOCK_BUCKET_OUTSIDE:
    default:
      return _("Outside");
    }
}

/**
 * sc_stock_describe_status:
 * @tone: (out): the pill's style classes
 *
 * The one word a clerk needs first: oversold, out of stock, time to
 * reorder, or in stock.
 */
const char *
sc_stock_describe_status (const ScInventoryItem *item,
                          const char           **tone)
{
  gint64 available = item->quantities[SC_STOCK_BUCKET_AVAILABLE];

  if (available < 0)
    {
      *tone = "sc-status-pill sc-status-error";
      return _("Oversold");
    }
  if (available == 0)
    {
      *tone = "sc-status-pill sc-status-error";
      return _("Out of stock");
    }
  if (sc_inventory_item_needs_reorder (item))
    {
      *tone = "sc-status-pill sc-status-warning";
      return _("Reorder");
    }
  *tone = "sc-status-pill sc-status-active";
  return _("In stock");
}

/* "2 Dec, 08:15" in the learner's time zone. */
char *
sc_stock_describe_time (gint64 time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup ("");

  /* Translators: when a stock movement happened, as g_date_time_format ()
   * writes it: "2 Dec, 08:15" */
  return g_date_time_format (local, _("%-d %b, %H:%M"));
}

static char *
number (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

static void
sc_stock_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScStockRow *self = SC_STOCK_ROW (object);
  const ScInventoryItem *item = self->item;
  const char *tone = NULL;

  switch (prop_id)
    {
    case PROP_SKU:
      g_value_set_string (value, item->sku);
      break;
    case PROP_TITLE:
      g_value_set_string (value, item->title);
      break;
    case PROP_AVAILABLE:
      g_value_take_string (value, number (item->quantities[SC_STOCK_BUCKET_AVAILABLE]));
      break;
    case PROP_COMMITTED:
      g_value_take_string (value, number (item->quantities[SC_STOCK_BUCKET_COMMITTED]));
      break;
    case PROP_UNAVAILABLE:
      g_value_take_string (value, number (item->quantities[SC_STOCK_BUCKET_UNAVAILABLE]));
      break;
    case PROP_ON_HAND:
      g_value_take_string (value, number (sc_inventory_item_get_on_hand (item)));
      break;
    case PROP_INCOMING:
      g_value_take_string (value, number (item->quantities[SC_STOCK_BUCKET_INCOMING]));
      break;
    case PROP_REORDER_POINT:
      g_value_take_string (value, item->has_reorder_point ? number (item->reorder_point)
                                                          : g_strdup (C_("reorder point", "None")));
      break;
    case PROP_AVAILABLE_SORT:
      g_value_set_int64 (value, item->quantities[SC_STOCK_BUCKET_AVAILABLE]);
      break;
    case PROP_COMMITTED_SORT:
      g_value_set_int64 (value, item->quantities[SC_STOCK_BUCKET_COMMITTED]);
      break;
    case PROP_UNAVAILABLE_SORT:
      g_value_set_int64 (value, item->quantities[SC_STOCK_BUCKET_UNAVAILABLE]);
      break;
    case PROP_ON_HAND_SORT:
      g_value_set_int64 (value, sc_inventory_item_get_on_hand (item));
      break;
    case PROP_INCOMING_SORT:
      g_value_set_int64 (value, item->quantities[SC_STOCK_BUCKET_INCOMING]);
      break;
    case PROP_REORDER_POINT_SORT:
      g_value_set_int64 (value, item->has_reorder_point ? item->reorder_point : -1);
      break;
    case PROP_STATUS:
      g_value_set_string (value, sc_stock_describe_status (item, &tone));
      break;
    case PROP_STATUS_CLASSES:
      sc_stock_describe_status (item, &tone);
      g_value_take_boxed (value, g_strsplit (tone, " ", -1));
      break;
    case PROP_POLICY:
      g_value_set_string (value, item->policy == SC_INVENTORY_POLICY_CONTINUE
                                 ? _("Sells when out") : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_stock_row_finalize (GObject *object)
{
  ScStockRow *self = SC_STOCK_ROW (object);

  g_clear_object (&self->inventory);

  G_OBJECT_CLASS (sc_stock_row_parent_class)->finalize (object);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
number_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
sc_stock_row_class_init (ScStockRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_stock_row_finalize;
  object_class->get_property = sc_stock_row_get_property;

  properties[PROP_SKU] = string_property ("sku");
  properties[PROP_TITLE] = string_property ("title");
  properties[PROP_AVAILABLE] = string_property ("available");
  properties[PROP_COMMITTED] = string_property ("committed");
  properties[PROP_UNAVAILABLE] = string_property ("unavailable");
  properties[PROP_ON_HAND] = string_property ("on-hand");
  properties[PROP_INCOMING] = string_property ("incoming");
  properties[PROP_REORDER_POINT] = string_property ("reorder-point");
  properties[PROP_AVAILABLE_SORT] = number_property ("available-sort");
  properties[PROP_COMMITTED_SORT] = number_property ("committed-sort");
  properties[PROP_UNAVAILABLE_SORT] = number_property ("unavailable-sort");
  properties[PROP_ON_HAND_SORT] = number_property ("on-hand-sort");
  properties[PROP_INCOMING_SORT] = number_property ("incoming-sort");
  properties[PROP_REORDER_POINT_SORT] = number_property ("reorder-point-sort");
  properties[PROP_STATUS] = string_property ("status");
  properties[PROP_STATUS_CLASSES] =
    g_param_spec_boxed ("status-classes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POLICY] = string_property ("policy");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_stock_row_init (ScStockRow *self)
{
}

/**
 * sc_stock_row_new:
 * @item: an item of @inventory, which the row keeps alive
 */
ScStockRow *
sc_stock_row_new (ScInventory           *inventory,
                  const ScInventoryItem *item)
{
  ScStockRow *self;

  g_return_val_if_fail (SC_IS_INVENTORY (inventory), NULL);
  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (SC_TYPE_STOCK_ROW, NULL);
  self->inventory = g_object_ref (inventory);
  self->item = item;
  return self;
}

const ScInventoryItem *
sc_stock_row_get_item (ScStockRow *self)
{
  g_return_val_if_fail (SC_IS_STOCK_ROW (self), NULL);

  return self->item;
}

const char *
sc_stock_row_get_sku (ScStockRow *self)
{
  g_return_val_if_fail (SC_IS_STOCK_ROW (self), NULL);

  return self->item->sku;
}

gboolean
sc_stock_row_in_view (ScStockRow  *self,
                      ScStockView  view)
{
  const ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_STOCK_ROW (self), FALSE);

  item = self->item;
  switch (view)
    {
    case SC_STOCK_VIEW_REORDER:
      return sc_inventory_item_needs_reorder (item);
    case SC_STOCK_VIEW_OUT_OF_STOCK:
      return item->quantities[SC_STOCK_BUCKET_AVAILABLE] <= 0;
    case SC_STOCK_VIEW_UNAVAILABLE:
      return item->quantities[SC_STOCK_BUCKET_UNAVAILABLE] > 0;
    case SC_STOCK_VIEW_INCOMING:
      return item->quantities[SC_STOCK_BUCKET_INCOMING] > 0;
    case SC_STOCK_VIEW_ALL:
    default:
      return TRUE;
    }
}
