/* sc-inventory.h - the inventory sheet's rules: items, buckets, ledger, purchases, counts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pure model (no database, no GTK) of a store's stock at one location,
 * after Shopify's inventory states:
 *
 *   on hand = available + committed + unavailable,   plus incoming
 *
 * Quantities change only by stock movements (sc-stock.h), each applied
 * as one reason-coded, append-only ledger row that records the item's
 * available and on-hand quantities after it. A refused movement changes
 * nothing; sc_inventory_apply_all () applies a batch all or nothing.
 *
 * The rules, on top of the (reason, from, to) pairs of sc-stock.h:
 *
 *  - No bucket goes below zero, with one exception: committing an order
 *    (order-committed) may take available below zero when the item's
 *    policy is SC_INVENTORY_POLICY_CONTINUE ("continue selling when out
 *    of stock"). A negative available means exactly that: units
 *    promised to orders that are not on the shelf.
 *  - Those oversold units cannot leave the store: shipping, or
 *    cancelling without restock, may take at most the committed units
 *    that are in stock (committed minus the oversold ones), so on hand
 *    never goes below zero. Receive stock first.
 *  - Purchase movements carry the purchase order's reference ("PO-7"):
 *    ordering adds to that order's line for the SKU, receiving and
 *    cancelling take from what is still to come on that line, never
 *    more. An order with nothing left to come is finished; ordering
 *    more takes a new reference.
 *  - Ledger times never go back: a movement is dated at or after the
 *    ledger's last row, so the ledger reads in time order.
 *
 * Counts: a count snapshots the on-hand quantity of its SKUs (expected);
 * the learner enters what was found, or leaves a SKU uncounted; applying
 * adds each variance (counted − expected) to available as it is then,
 * reason cycle-count, reference "Count N", so movements recorded during
 * the count stay. A variance may remove at most what is available: units
 * missing beyond that were committed or unavailable, and the count
 * cannot say which, so it is refused until the learner settles them
 * (sc-inventory-count.c says why).
 *
 * Reordering: an item needs it when available + incoming <= its reorder
 * point; sc_inventory_suggest_reorder_point () gives
 * ⌈demand × lead time ÷ demand days⌉ + safety stock, in whole units.
 * An item may carry the planning figures that formula reads (its sales
 * history as demand over days, its supplier's lead time and its safety
 * stock): sc_inventory_item_suggest_reorder_point () applies it to them.
 *
 * Times are the sandbox clock's seconds (Unix time, UTC), never the wall
 * clock, so a scenario replays the same everywhere. Errors are in
 * SC_INVENTORY_ERROR, with messages a learner can act on.
 */
#pragma once

#include <glib-object.h>

#include "sc-catalog-product.h"
#include "sc-money.h"
#include "sc-stock.h"

G_BEGIN_DECLS

#define SC_INVENTORY_ERROR (sc_inventory_error_quark ())

typedef enum
{
  SC_INVENTORY_ERROR_INVALID,        /* a value that means nothing: an empty SKU, a negative cost */
  SC_INVENTORY_ERROR_NOT_ALLOWED,    /* the reason does not move stock between these buckets */
  SC_INVENTORY_ERROR_UNKNOWN_SKU,    /* no item has this SKU */
  SC_INVENTORY_ERROR_DUPLICATE,      /* an item with this SKU exists already */
  SC_INVENTORY_ERROR_INSUFFICIENT,   /* a bucket would go below what the rules allow */
  SC_INVENTORY_ERROR_PURCHASE_ORDER, /* no such purchase order, or not that much still to come */
  SC_INVENTORY_ERROR_COUNT,          /* no such count, or not in a state to do that */
  SC_INVENTORY_ERROR_OVERFLOW,       /* a quantity or an amount too large to hold exactly */
} ScInventoryError;

typedef enum
{
  SC_INVENTORY_COUNT_OPEN,       /* counted quantities may still be entered */
  SC_INVENTORY_COUNT_APPLIED,    /* its variances are in the ledger */
  SC_INVENTORY_COUNT_CANCELLED,  /* closed without changing stock */
} ScInventoryCountState;

typedef enum
{
  SC_PURCHASE_ORDER_OPEN,      /* something is still to come */
  SC_PURCHASE_ORDER_RECEIVED,  /* everything ordered arrived */
  SC_PURCHASE_ORDER_CLOSED,    /* nothing more will come; some of it never arrived */
} ScPurchaseOrderState;

/* One tracked item (a variant's SKU). Read-only: change it through the
 * ScInventory that owns it. */
typedef struct
{
  char              *sku;
  char              *title;
  gint64             quantities[SC_STOCK_N_BUCKETS];  /* [SC_STOCK_BUCKET_OUTSIDE] is always 0 */
  gboolean           has_unit_cost;
  ScMoney            unit_cost;          /* in the inventory's currency, >= 0 */
  ScInventoryPolicy  policy;             /* CONTINUE: orders may commit beyond available */
  gboolean           has_reorder_point;
  gint64             reorder_point;      /* >= 0: reorder when available + incoming <= it */
  gint64             reorder_quantity;   /* > 0: how many to order then */
  gboolean           has_demand;
  gint64             demand;             /* >= 0: units sold in demand_days days (sales history) */
  gint64             demand_days;        /* >= 1 */
  gboolean           has_lead_time;
  gint64             lead_time_days;     /* >= 0: the supplier's days from ordering to receiving */
  gint64             safety_stock;       /* >= 0: units kept for demand above the average */
} ScInventoryItem;

/* One ledger row: an applied movement and what it left. */
typedef struct
{
  guint64        sequence;        /* 1, 2, … in the order applied */
  gint64         time;
  char          *sku;
  ScStockBucket  from;
  ScStockBucket  to;
  gint64         quantity;        /* > 0 */
  ScStockReason  reason;
  char          *reference;       /* "#1001", "PO-7", "Count 3"; "" when none */
  char          *note;            /* "" when none */
  gint64         available_after;
  gint64         on_hand_after;
} ScInventoryRow;

typedef struct
{
  char   *sku;
  gint64  ordered;
  gint64  received;          /* arrived sellable: to available */
  gint64  received_damaged;  /* arrived damaged: to unavailable */
  gint64  cancelled;         /* will not come */
} ScPurchaseLine;

typedef struct
{
  char      *reference;  /* "PO-7" */
  GPtrArray *lines;      /* (element-type ScPurchaseLine): sorted by SKU */
} ScPurchaseOrder;

typedef struct
{
  char     *sku;
  gint64    expected;     /* on hand when the count began */
  gboolean  has_counted;  /* FALSE: left uncounted, so not adjusted */
  gint64    counted;      /* >= 0 */
} ScInventoryCountLine;

typedef struct
{
  guint                  number;    /* 1, 2, …: the ledger reference is "Count N" */
  ScInventoryCountState  state;
  gint64                 started;
  gint64                 finished;  /* applied or cancelled; 0 while open */
  GPtrArray             *lines;     /* (element-type ScInventoryCountLine): sorted by SKU */
} ScInventoryCount;

#define SC_TYPE_INVENTORY (sc_inventory_get_type ())

G_DECLARE_FINAL_TYPE (ScInventory, sc_inventory, SC, INVENTORY, GObject)

GQuark                 sc_inventory_error_quark           (void);

ScInventory           *sc_inventory_new                   (const ScCurrency       *currency);
const ScCurrency      *sc_inventory_get_currency          (ScInventory            *self);

/* Items (sc-inventory.c) */
gboolean               sc_inventory_add_item              (ScInventory            *self,
                                                           const char             *sku,
                                                           const char             *title,
                                                           GError                **error);
const ScInventoryItem *sc_inventory_lookup                (ScInventory            *self,
                                                           const char             *sku);
guint                  sc_inventory_get_n_items           (ScInventory            *self);
GPtrArray             *sc_inventory_list_items            (ScInventory            *self);
gboolean               sc_inventory_set_title             (ScInventory            *self,
                                                           const char             *sku,
                                                           const char             *title,
                                                           GError                **error);
gboolean               sc_inventory_set_unit_cost         (ScInventory            *self,
                                                           const char             *sku,
                                                           const ScMoney          *unit_cost,
                                                           GError                **error);
gboolean               sc_inventory_set_policy            (ScInventory            *self,
                                                           const char             *sku,
                                                           ScInventoryPolicy       policy,
                                                           GError                **error);
gboolean               sc_inventory_set_reorder           (ScInventory            *self,
                                                           const char             *sku,
                                                           gint64                  reorder_point,
                                                           gint64                  reorder_quantity,
                                                           GError                **error);
gboolean               sc_inventory_clear_reorder         (ScInventory            *self,
                                                           const char             *sku,
                                                           GError                **error);
gint64                 sc_inventory_item_get_on_hand      (const ScInventoryItem  *item);

/* Movements and the ledger (sc-inventory-apply.c) */
gboolean               sc_inventory_apply                 (ScInventory            *self,
                                                           const ScStockMove      *move,
                                                           gint64                  time,
                                                           const char             *reference,
                                                           const char             *note,
                                                           GError                **error);
gboolean               sc_inventory_apply_all             (ScInventory            *self,
                                                           GPtrArray              *moves,
                                                           gint64                  time,
                                                           const char             *reference,
                                                           const char             *note,
                                                           GError                **error);
guint                  sc_inventory_get_n_rows            (ScInventory            *self);
const ScInventoryRow  *sc_inventory_get_row               (ScInventory            *self,
                                                           guint                   index);
GPtrArray             *sc_inventory_list_rows_for_sku     (ScInventory            *self,
                                                           const char             *sku);

/* Everyday changes, each one movement (sc-inventory-adjust.c) */
gboolean               sc_inventory_adjust                (ScInventory            *self,
                                                           const char             *sku,
                                                           gint64                  delta,
                                                           ScStockReason           reason,
                                                           gint64                  time,
                                                           const char             *reference,
                                                           const char             *note,
                                                           GError                **error);
gboolean               sc_inventory_mark_unavailable      (ScInventory            *self,
                                                           const char             *sku,
                                                           gint64                  quantity,
                                                           ScStockReason           reason,
                                                           gint64                  time,
                                                           const char             *reference,
                                                           const char             *note,
                                                           GError                **error);
gboolean               sc_inventory_release_unavailable   (ScInventory            *self,
                                                           const char             *sku,
                                                           gint64                  quantity,
                                                           ScStockReason           reason,
                                                           gint64                  time,
                                                           const char             *reference,
                                                           const char             *note,
                                                           GError                **error);

/* Purchase orders: ordering and receiving (sc-inventory-adjust.c), reading (sc-inventory.c) */
gboolean               sc_inventory_order_purchase        (ScInventory            *self,
                                                           const char             *reference,
                                                           const char             *sku,
                                                           gint64                  quantity,
                                                           gint64                  time,
                                                           const char             *note,
                                                           GError                **error);
gboolean               sc_inventory_receive_purchase      (ScInventory            *self,
                                                           const char             *reference,
                                                           const char             *sku,
                                                           gint64                  accepted,
                                                           gint64                  damaged,
                                                           gint64                  time,
                                                           const char             *note,
                                                           GError                **error);
gboolean               sc_inventory_close_purchase        (ScInventory            *self,
                                                           const char             *reference,
                                                           gint64                  time,
                                                           const char             *note,
                                                           GError                **error);
const ScPurchaseOrder *sc_inventory_lookup_purchase       (ScInventory            *self,
                                                           const char             *reference);
GPtrArray             *sc_inventory_list_purchases        (ScInventory            *self);
ScPurchaseOrderState   sc_purchase_order_get_state        (const ScPurchaseOrder  *order);
const ScPurchaseLine  *sc_purchase_order_get_line         (const ScPurchaseOrder  *order,
                                                           const char             *sku);
gint64                 sc_purchase_line_get_outstanding   (const ScPurchaseLine   *line);

/* Counts (sc-inventory-count.c) */
gboolean               sc_inventory_count_begin           (ScInventory            *self,
                                                           const char * const     *skus,
                                                           gint64                  time,
                                                           guint                  *number,
                                                           GError                **error);
gboolean               sc_inventory_count_set             (ScInventory            *self,
                                                           guint                   number,
                                                           const char             *sku,
                                                           gint64                  counted,
                                                           GError                **error);
gboolean               sc_inventory_count_unset           (ScInventory            *self,
                                                           guint                   number,
                                                           const char             *sku,
                                                           GError                **error);
gboolean               sc_inventory_count_apply           (ScInventory            *self,
                                                           guint                   number,
                                                           gint64                  time,
                                                           const char             *note,
                                                           GError                **error);
gboolean               sc_inventory_count_cancel          (ScInventory            *self,
                                                           guint                   number,
                                                           gint64                  time,
                                                           GError                **error);
const ScInventoryCount *sc_inventory_lookup_count         (ScInventory            *self,
                                                           guint                   number);
guint                  sc_inventory_get_n_counts          (ScInventory            *self);
const ScInventoryCountLine *sc_inventory_count_get_line   (const ScInventoryCount *count,
                                                           const char             *sku);
gboolean               sc_inventory_count_line_get_variance (const ScInventoryCountLine *line,
                                                           gint64                 *variance);

/* Reorder points and value (sc-inventory-reorder.c) */
gboolean               sc_inventory_item_needs_reorder    (const ScInventoryItem  *item);
GPtrArray             *sc_inventory_list_reorders         (ScInventory            *self);
gboolean               sc_inventory_suggest_reorder_point (gint64                  demand,
                                                           gint64                  demand_days,
                                                           gint64                  lead_time_days,
                                                           gint64                  safety_stock,
                                                           gint64                 *reorder_point,
                                                           GError                **error);
gboolean               sc_inventory_set_demand            (ScInventory            *self,
                                                           const char             *sku,
                                                           gint64                  demand,
                                                           gint64                  demand_days,
                                                           GError                **error);
gboolean               sc_inventory_set_lead_time         (ScInventory            *self,
                                                           const char             *sku,
                                                           gint64                  lead_time_days,
                                                           GError                **error);
gboolean               sc_inventory_set_safety_stock      (ScInventory            *self,
                                                           const char             *sku,
                                                           gint64                  safety_stock,
                                                           GError                **error);
gboolean               sc_inventory_item_suggest_reorder_point (const ScInventoryItem *item,
                                                           gint64                 *reorder_point,
                                                           GError                **error);
gint64                 sc_inventory_get_units_shipped     (ScInventory            *self,
                                                           const char             *sku,
                                                           gint64                  since,
                                                           gint64                  until);
gboolean               sc_inventory_item_get_value        (ScInventory            *self,
                                                           const ScInventoryItem  *item,
                                                           ScMoney                *value,
                                                           GError                **error);
gboolean               sc_inventory_get_stock_value       (ScInventory            *self,
                                                           ScMoney                *value,
                                                           guint                  *n_without_cost,
                                                           GError                **error);

/* Rebuilding a saved inventory, piece by piece (sc-inventory-restore.c).
 * For a database layer: each piece is checked against the rules of a
 * sheet the operations could have made, and a damaged one is refused
 * with SC_INVENTORY_ERROR_INVALID. Items come first, then the ledger in
 * sequence order, purchase order lines and counts in number order. */
gboolean               sc_inventory_restore_item          (ScInventory            *self,
                                                           const ScInventoryItem  *item,
                                                           GError                **error);
gboolean               sc_inventory_restore_row           (ScInventory            *self,
                                                           const ScInventoryRow   *row,
                                                           GError                **error);
gboolean               sc_inventory_restore_purchase_line (ScInventory            *self,
                                                           const char             *reference,
                                                           const ScPurchaseLine   *line,
                                                           GError                **error);
gboolean               sc_inventory_restore_count         (ScInventory            *self,
                                                           const ScInventoryCount *count,
                                                           GError                **error);

/* The canonical, sorted text of items, purchases, counts and ledger (sc-inventory-dump.c) */
void                   sc_inventory_dump                  (ScInventory            *self,
                                                           GString                *out);

/* Names as they are stored and dumped */
const char            *sc_inventory_count_state_to_string   (ScInventoryCountState  state);
gboolean               sc_inventory_count_state_from_string (const char            *text,
                                                             ScInventoryCountState *out_state);
const char            *sc_purchase_order_state_to_string    (ScPurchaseOrderState   state);
gboolean               sc_purchase_order_state_from_string  (const char            *text,
                                                             ScPurchaseOrderState  *out_state);

G_END_DECLS
