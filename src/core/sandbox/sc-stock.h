/* sc-stock.h - stock movements: what an order or a count does to inventory
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order queue and the inventory sheet meet here and nowhere else. An
 * order operation (sc-order.c) never touches quantities: it returns the
 * movements it causes, and the inventory (sc-inventory.c) applies them,
 * each as one reason-coded ledger row. So a cancelled order's restock, a
 * received purchase order and a cycle count's shrinkage all read alike
 * in the ledger.
 *
 * Quantities sit in buckets, as in a real back office:
 *
 *   on hand = available + committed + unavailable
 *
 * plus incoming (ordered from a supplier, not yet here), which is not on
 * hand. A movement takes a positive quantity from one bucket to another;
 * SC_STOCK_BUCKET_OUTSIDE is the world beyond the store (a supplier, a
 * customer, a thief), so received goods come from it and shipped goods
 * go to it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SC_STOCK_BUCKET_OUTSIDE,
  SC_STOCK_BUCKET_AVAILABLE,    /* can be sold */
  SC_STOCK_BUCKET_COMMITTED,    /* on hand, promised to an unfulfilled order */
  SC_STOCK_BUCKET_UNAVAILABLE,  /* on hand, cannot be sold: damaged, quality control, safety stock */
  SC_STOCK_BUCKET_INCOMING,     /* ordered from a supplier, not on hand */
} ScStockBucket;

#define SC_STOCK_N_BUCKETS (SC_STOCK_BUCKET_INCOMING + 1)

/* Why a quantity moved; every ledger row has exactly one. The names in
 * sc_stock_reason_to_string () are the stable ids stored in the database
 * and shown in the ledger's reason column. Each reason allows only the
 * movements listed beside it (sc_stock_reason_allows ()), so a ledger row
 * always reads as something that happens in a real stockroom. */
typedef enum
{
  SC_STOCK_REASON_RECEIVED,          /* goods arrived without a purchase order: outside → available */
  SC_STOCK_REASON_PURCHASE_ORDERED,  /* outside → incoming; incoming → outside when the supplier's
                                      * order is reduced or closed before all of it arrived */
  SC_STOCK_REASON_PURCHASE_RECEIVED, /* incoming → available (or unavailable when received damaged) */
  SC_STOCK_REASON_CORRECTION,        /* a known mistake put right, either way:
                                      * outside → available or available → outside */
  SC_STOCK_REASON_CYCLE_COUNT,       /* a count found a different quantity:
                                      * outside → available or available → outside */
  SC_STOCK_REASON_DAMAGED,           /* available → unavailable */
  SC_STOCK_REASON_QUALITY_CONTROL,   /* available ↔ unavailable, held for inspection */
  SC_STOCK_REASON_SAFETY_STOCK,      /* available ↔ unavailable, held back on purpose */
  SC_STOCK_REASON_SHRINKAGE,         /* lost, stolen or written off:
                                      * available or unavailable → outside */
  SC_STOCK_REASON_ORDER_COMMITTED,   /* an order was placed: available → committed */
  SC_STOCK_REASON_ORDER_FULFILLED,   /* shipped: committed → outside */
  SC_STOCK_REASON_ORDER_CANCELLED,   /* cancelled or removed before shipping: committed → available,
                                      * or committed → outside when cancelled without restocking */
  SC_STOCK_REASON_RETURN_RESTOCKED,  /* a refund's returned goods: outside → available */
  SC_STOCK_REASON_RETURN_DAMAGED,    /* a refund's returned goods, not sellable: outside → unavailable */
} ScStockReason;

#define SC_STOCK_N_REASONS (SC_STOCK_REASON_RETURN_DAMAGED + 1)

/* A movement that cannot happen, whatever the quantities on hand. */
#define SC_STOCK_ERROR (sc_stock_error_quark ())

typedef enum
{
  SC_STOCK_ERROR_INVALID,      /* no SKU, no quantity, or from and to the same bucket */
  SC_STOCK_ERROR_NOT_ALLOWED,  /* the reason does not move stock between these buckets */
} ScStockError;

typedef struct
{
  char          *sku;       /* the item moved; never NULL or empty */
  ScStockBucket  from;
  ScStockBucket  to;        /* never the same as from */
  gint64         quantity;  /* > 0 */
  ScStockReason  reason;
} ScStockMove;

ScStockMove *sc_stock_move_new              (const char     *sku,
                                             ScStockBucket   from,
                                             ScStockBucket   to,
                                             gint64          quantity,
                                             ScStockReason   reason);
ScStockMove *sc_stock_move_copy             (const ScStockMove *move);
void         sc_stock_move_free             (ScStockMove    *move);
gboolean     sc_stock_move_check            (const ScStockMove *move,
                                             GError        **error);
gboolean     sc_stock_reason_allows         (ScStockReason   reason,
                                             ScStockBucket   from,
                                             ScStockBucket   to);

GQuark       sc_stock_error_quark           (void);

const char  *sc_stock_bucket_to_string      (ScStockBucket   bucket);
gboolean     sc_stock_bucket_from_string    (const char     *text,
                                             ScStockBucket  *bucket);
const char  *sc_stock_reason_to_string      (ScStockReason   reason);
gboolean     sc_stock_reason_from_string    (const char     *text,
                                             ScStockReason  *reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScStockMove, sc_stock_move_free)

G_END_DECLS
