/* sc-stock-row.h - one item as a row of the Inventory section's sheet
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-inventory.h"

G_BEGIN_DECLS

#define SC_TYPE_STOCK_ROW (sc_stock_row_get_type ())

G_DECLARE_FINAL_TYPE (ScStockRow, sc_stock_row, SC, STOCK_ROW, GObject)

/* Which items the sheet shows (the filter's positions). */
typedef enum
{
  SC_STOCK_VIEW_ALL,
  SC_STOCK_VIEW_REORDER,       /* available + incoming <= reorder point */
  SC_STOCK_VIEW_OUT_OF_STOCK,  /* nothing available to sell, or oversold */
  SC_STOCK_VIEW_UNAVAILABLE,   /* some units set aside */
  SC_STOCK_VIEW_INCOMING,      /* some units on order from a supplier */
} ScStockView;

ScStockRow            *sc_stock_row_new             (ScInventory           *inventory,
                                                     const ScInventoryItem *item);
const ScInventoryItem *sc_stock_row_get_item        (ScStockRow            *self);
const char            *sc_stock_row_get_sku         (ScStockRow            *self);
gboolean               sc_stock_row_in_view         (ScStockRow            *self,
                                                     ScStockView            view);

const char            *sc_stock_describe_reason     (ScStockReason          reason);
const char            *sc_stock_describe_bucket     (ScStockBucket          bucket);
const char            *sc_stock_describe_status     (const ScInventoryItem *item,
                                                     const char           **tone);
char                  *sc_stock_describe_time       (gint64                 time);

G_END_DECLS
