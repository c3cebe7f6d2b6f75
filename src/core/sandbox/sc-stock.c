/* sc-stock.c - stock movements and the names of buckets and reasons
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-stock.h"

/* Stored in the database: never rename one, only add. */
static const char * const bucket_names[SC_STOCK_N_BUCKETS] = {
  [SC_STOCK_BUCKET_OUTSIDE] = "outside",
  [SC_STOCK_BUCKET_AVAILABLE] = "available",
  [SC_STOCK_BUCKET_COMMITTED] = "committed",
  [SC_STOCK_BUCKET_UNAVAILABLE] = "unavailable",
  [SC_STOCK_BUCKET_INCOMING] = "incoming",
};

static const char * const reason_names[SC_STOCK_N_REASONS] = {
  [SC_STOCK_REASON_RECEIVED] = "received",
  [SC_STOCK_REASON_PURCHASE_ORDERED] = "purchase-ordered",
  [SC_STOCK_REASON_PURCHASE_RECEIVED] = "purchase-received",
  [SC_STOCK_REASON_CORRECTION] = "correction",
  [SC_STOCK_REASON_CYCLE_COUNT] = "cycle-count",
  [SC_STOCK_REASON_DAMAGED] = "damaged",
  [SC_STOCK_REASON_QUALITY_CONTROL] = "quality-control",
  [SC_STOCK_REASON_SAFETY_STOCK] = "safety-stock",
  [SC_STOCK_REASON_SHRINKAGE] = "shrinkage",
  [SC_STOCK_REASON_ORDER_COMMITTED] = "order-committed",
  [SC_STOCK_REASON_ORDER_FULFILLED] = "order-fulfilled",
  [SC_STOCK_REASON_ORDER_CANCELLED] = "order-cancelled",
  [SC_STOCK_REASON_RETURN_RESTOCKED] = "return-restocked",
  [SC_STOCK_REASON_RETURN_DAMAGED] = "return-damaged",
};

ScStockMove *
sc_stock_move_new (const char    *sku,
                   ScStockBucket  from,
                   ScStockBucket  to,
                   gint64         quantity,
                   ScStockReason  reason)
{
  ScStockMove *move;

  g_return_val_if_fail (sku != NULL && *sku != '\0', NULL);
  g_return_val_if_fail (from < SC_STOCK_N_BUCKETS && to < SC_STOCK_N_BUCKETS, NULL);
  g_return_val_if_fail (from != to, NULL);
  g_return_val_if_fail (quantity > 0, NULL);
  g_return_val_if_fail (reason < SC_STOCK_N_REASONS, NULL);

  move = g_new0 (ScStockMove, 1);
  move->sku = g_strdup (sku);
  move->from = from;
  move->to = to;
  move->quantity = quantity;
  move->reason = reason;

  return move;
}

ScStockMove *
sc_stock_move_copy (const ScStockMove *move)
{
  g_return_val_if_fail (move != NULL, NULL);

  return sc_stock_move_new (move->sku, move->from, move->to, move->quantity, move->reason);
}

void
sc_stock_move_free (ScStockMove *move)
{
  if (move == NULL)
    return;

  g_free (move->sku);
  g_free (move);
}

const char *
sc_stock_bucket_to_string (ScStockBucket bucket)
{
  g_return_val_if_fail (bucket < SC_STOCK_N_BUCKETS, NULL);

  return bucket_names[bucket];
}

gboolean
sc_stock_bucket_from_string (const char    *text,
                             ScStockBucket *bucket)
{
  g_return_val_if_fail (bucket != NULL, FALSE);

  for (guint i = 0; text != NULL && i < SC_STOCK_N_BUCKETS; i++)
    {
      if (g_str_equal (text, bucket_names[i]))
        {
          *bucket = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
sc_stock_reason_to_string (ScStockReason reason)
{
  g_return_val_if_fail (reason < SC_STOCK_N_REASONS, NULL);

  return reason_names[reason];
}

gboolean
sc_stock_reason_from_string (const char    *text,
                             ScStockReason *reason)
{
  g_return_val_if_fail (reason != NULL, FALSE);

  for (guint i = 0; text != NULL && i < SC_STOCK_N_REASONS; i++)
    {
      if (g_str_equal (text, reason_names[i]))
        {
          *reason = i;
          return TRUE;
        }
    }

  return FALSE;
}
