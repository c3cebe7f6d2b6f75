/* sc-stock.c - stock movements and the names of buckets and reasons
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-stock.h"

G_DEFINE_QUARK (sc-stock-error-quark, sc_stock_error)

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

/* The movements each reason allows, one bit per (from, to) pair. A
 * table rather than a switch, so that the refusal can list what the
 * reason does allow from the same data that decides it. */
#define PAIR(from, to) (1u << ((from) * SC_STOCK_N_BUCKETS + (to)))

#define OUTSIDE     SC_STOCK_BUCKET_OUTSIDE
#define AVAILABLE   SC_STOCK_BUCKET_AVAILABLE
#define COMMITTED   SC_STOCK_BUCKET_COMMITTED
#define UNAVAILABLE SC_STOCK_BUCKET_UNAVAILABLE
#define INCOMING    SC_STOCK_BUCKET_INCOMING

G_STATIC_ASSERT (SC_STOCK_N_BUCKETS * SC_STOCK_N_BUCKETS <= 32);

static const guint32 reason_pairs[SC_STOCK_N_REASONS] = {
  [SC_STOCK_REASON_RECEIVED] = PAIR (OUTSIDE, AVAILABLE),
  [SC_STOCK_REASON_PURCHASE_ORDERED] = PAIR (OUTSIDE, INCOMING) | PAIR (INCOMING, OUTSIDE),
  [SC_STOCK_REASON_PURCHASE_RECEIVED] = PAIR (INCOMING, AVAILABLE) | PAIR (INCOMING, UNAVAILABLE),
  [SC_STOCK_REASON_CORRECTION] = PAIR (OUTSIDE, AVAILABLE) | PAIR (AVAILABLE, OUTSIDE),
  [SC_STOCK_REASON_CYCLE_COUNT] = PAIR (OUTSIDE, AVAILABLE) | PAIR (AVAILABLE, OUTSIDE),
  [SC_STOCK_REASON_DAMAGED] = PAIR (AVAILABLE, UNAVAILABLE),
  [SC_STOCK_REASON_QUALITY_CONTROL] = PAIR (AVAILABLE, UNAVAILABLE) | PAIR (UNAVAILABLE, AVAILABLE),
  [SC_STOCK_REASON_SAFETY_STOCK] = PAIR (AVAILABLE, UNAVAILABLE) | PAIR (UNAVAILABLE, AVAILABLE),
  [SC_STOCK_REASON_SHRINKAGE] = PAIR (AVAILABLE, OUTSIDE) | PAIR (UNAVAILABLE, OUTSIDE),
  [SC_STOCK_REASON_ORDER_COMMITTED] = PAIR (AVAILABLE, COMMITTED),
  [SC_STOCK_REASON_ORDER_FULFILLED] = PAIR (COMMITTED, OUTSIDE),
  [SC_STOCK_REASON_ORDER_CANCELLED] = PAIR (COMMITTED, AVAILABLE) | PAIR (COMMITTED, OUTSIDE),
  [SC_STOCK_REASON_RETURN_RESTOCKED] = PAIR (OUTSIDE, AVAILABLE),
  [SC_STOCK_REASON_RETURN_DAMAGED] = PAIR (OUTSIDE, UNAVAILABLE),
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

/**
 * sc_stock_reason_allows:
 *
 * Returns: whether @reason may move stock from @from to @to (the pairs
 *   listed beside each reason in sc-stock.h)
 */
gboolean
sc_stock_reason_allows (ScStockReason reason,
                        ScStockBucket from,
                        ScStockBucket to)
{
  g_return_val_if_fail (reason < SC_STOCK_N_REASONS, FALSE);
  g_return_val_if_fail (from < SC_STOCK_N_BUCKETS && to < SC_STOCK_N_BUCKETS, FALSE);

  return (reason_pairs[reason] & PAIR (from, to)) != 0;
}

/* "from available to unavailable or from unavailable to available":
 * the store's own buckets first, the world outside last, as a learner
 * reads the sheet's columns. */
static char *
describe_pairs (ScStockReason reason)
{
  static const ScStockBucket order[SC_STOCK_N_BUCKETS] = {
    AVAILABLE, COMMITTED, UNAVAILABLE, INCOMING, OUTSIDE,
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < SC_STOCK_N_BUCKETS; i++)
    {
      for (guint j = 0; j < SC_STOCK_N_BUCKETS; j++)
        {
          ScStockBucket from = order[i];
          ScStockBucket to = order[j];

          if ((reason_pairs[reason] & PAIR (from, to)) == 0)
            continue;
          if (text->len > 0)
            g_string_append (text, _(" or "));
          /* TRANSLATORS: the buckets are stable ids: available, committed, … */
          g_string_append_printf (text, _("from %s to %s"), bucket_names[from], bucket_names[to]);
        }
    }

  return g_string_free (text, FALSE);
}

/**
 * sc_stock_move_check:
 *
 * Checks what can be known of @move without the inventory: that it names
 * a SKU, moves at least one unit between two different buckets, and that
 * its reason allows that movement. Whether the units are there is the
 * inventory's to judge (sc_inventory_apply ()).
 *
 * Returns: %TRUE when @move is a movement that can happen; otherwise
 *   %FALSE with %SC_STOCK_ERROR set
 */
gboolean
sc_stock_move_check (const ScStockMove  *move,
                     GError            **error)
{
  g_autofree char *allowed = NULL;

  g_return_val_if_fail (move != NULL, FALSE);
  g_return_val_if_fail (move->from < SC_STOCK_N_BUCKETS && move->to < SC_STOCK_N_BUCKETS, FALSE);
  g_return_val_if_fail (move->reason < SC_STOCK_N_REASONS, FALSE);

  if (move->sku == NULL || *move->sku == '\0')
    {
      g_set_error_literal (error, SC_STOCK_ERROR, SC_STOCK_ERROR_INVALID,
                           _("A stock movement needs the SKU of the item it moves"));
      return FALSE;
    }
  if (move->quantity <= 0)
    {
      g_set_error (error, SC_STOCK_ERROR, SC_STOCK_ERROR_INVALID,
                   _("A stock movement of SKU %s moves at least one unit; "
                     "%" G_GINT64_FORMAT " is not a quantity to move"),
                   move->sku, move->quantity);
      return FALSE;
    }
  if (move->from == move->to)
    {
      g_set_error (error, SC_STOCK_ERROR, SC_STOCK_ERROR_INVALID,
                   _("A stock movement of SKU %s goes from one bucket to another, "
                     "not from %s to %s"),
                   move->sku, bucket_names[move->from], bucket_names[move->to]);
      return FALSE;
    }
  if (sc_stock_reason_allows (move->reason, move->from, move->to))
    return TRUE;

  allowed = describe_pairs (move->reason);
  g_set_error (error, SC_STOCK_ERROR, SC_STOCK_ERROR_NOT_ALLOWED,
               _("Reason “%s” moves stock %s, not from %s to %s"),
               reason_names[move->reason], allowed,
               bucket_names[move->from], bucket_names[move->to]);
  return FALSE;
}
