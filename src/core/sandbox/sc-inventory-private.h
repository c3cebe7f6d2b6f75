/* sc-inventory-private.h - what the files of ScInventory share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls go one way, down: dump, reorder, count and adjust call into
 * apply (the one path that changes quantities) and sc-inventory.c (the
 * state); apply calls into sc-inventory.c; nothing calls back up.
 */
#pragma once

#include "sc-inventory.h"

G_BEGIN_DECLS

typedef gboolean (*ScInventoryItemFilter) (const ScInventoryItem *item);

struct _ScInventory
{
  GObject           parent_instance;

  const ScCurrency *currency;
  GHashTable       *items;      /* SKU → ScInventoryItem, owned */
  GPtrArray        *rows;       /* (element-type ScInventoryRow): the ledger, in order */
  GHashTable       *purchases;  /* reference → ScPurchaseOrder, owned */
  GPtrArray        *counts;     /* (element-type ScInventoryCount): number N at N - 1 */
};

/* sc-inventory.c */
ScInventoryItem  *sc_inventory_find_item           (ScInventory            *self,
                                                    const char             *sku,
                                                    GError                **error);
GPtrArray        *sc_inventory_sort_items          (ScInventory            *self,
                                                    ScInventoryItemFilter   keep);
ScPurchaseOrder  *sc_inventory_purchase_new        (const char             *reference);
ScPurchaseLine   *sc_inventory_purchase_find_line  (const ScPurchaseOrder  *order,
                                                    const char             *sku,
                                                    guint                  *out_index);
ScPurchaseLine   *sc_inventory_purchase_add_line   (ScPurchaseOrder        *order,
                                                    const char             *sku);
ScInventoryCount *sc_inventory_count_new           (guint                   number,
                                                    gint64                  started);
void              sc_inventory_count_free          (ScInventoryCount       *count);

/* sc-inventory-apply.c */
gboolean          sc_inventory_check_time          (ScInventory            *self,
                                                    gint64                  time,
                                                    GError                **error);
const char       *sc_inventory_describe_taking     (ScStockReason           reason,
                                                    ScStockBucket           to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScInventoryCount, sc_inventory_count_free)

G_END_DECLS
