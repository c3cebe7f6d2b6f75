/* sc-inventory-count.c - cycle counts: snapshot, counted quantities, variances
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A count remembers each SKU's on-hand quantity when it began (the
 * expected quantity); the learner enters what was found, and the
 * variance is counted − expected. Applying adds each variance to the
 * available quantity as it is then, with reason cycle-count and the
 * reference "Count N", rather than setting on hand to the counted
 * number: a sale, a shipment or a delivery recorded while the shelves
 * were being counted is a real movement the count did not see, and
 * setting the quantity would undo it.
 *
 * A variance may remove at most what is available. Units that are
 * missing beyond that were promised to orders or set aside as
 * unavailable, and the count cannot know which: turning them into a
 * negative available would quietly oversell the orders, and taking them
 * from unavailable would guess. So such a count is refused with what to
 * settle first (cancel the orders that cannot be filled, write off the
 * missing unavailable units), and so is a variance that would leave
 * fewer than zero on hand, which only happens when units that left
 * during the count were also counted as missing.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-inventory-private.h"

static ScInventoryCountLine *
find_line (const ScInventoryCount *count,
           const char             *sku)
{
  for (guint i = 0; sku != NULL && i < count->lines->len; i++)
    {
      ScInventoryCountLine *line = g_ptr_array_index (count->lines, i);

      if (g_str_equal (line->sku, sku))
        return line;
    }

  return NULL;
}

static ScInventoryCount *
find_count (ScInventory  *self,
            guint         number,
            GError      **error)
{
  if (number >= 1 && number <= self->counts->len)
    return g_ptr_array_index (self->counts, number - 1);

  g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT,
               _("There is no count %u"), number);
  return NULL;
}

static ScInventoryCount *
find_open_count (ScInventory  *self,
                 guint         number,
                 GError      **error)
{
  ScInventoryCount *count = find_count (self, number, error);

  if (count == NULL || count->state == SC_INVENTORY_COUNT_OPEN)
    return count;

  g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT,
               _("Count %u was %s; start a new count to count again"),
               number, sc_inventory_count_state_to_string (count->state));
  return NULL;
}

static ScInventoryCountLine *
find_count_line (ScInventoryCount  *count,
                 const char        *sku,
                 GError           **error)
{
  ScInventoryCountLine *line = find_line (count, sku);

  if (line == NULL)
    g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT,
                 _("SKU %s is not part of count %u"), sku != NULL ? sku : "", count->number);

  return line;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const ScInventoryCountLine *line_a = *(ScInventoryCountLine * const *) a;
  const ScInventoryCountLine *line_b = *(ScInventoryCountLine * const *) b;

  return strcmp (line_a->sku, line_b->sku);
}

/* The open count that already has @sku, if any: two counts of the same
 * shelf would each apply the same variance. */
static const ScInventoryCount *
find_counting (ScInventory *self,
               const char  *sku)
{
  for (guint i = 0; i < self->counts->len; i++)
    {
      const ScInventoryCount *count = g_ptr_array_index (self->counts, i);

      if (count->state == SC_INVENTORY_COUNT_OPEN && find_line (count, sku) != NULL)
        return count;
    }

  return NULL;
}

/**
 * sc_inventory_count_begin:
 * @skus: (array zero-terminated=1): the SKUs to count, at least one
 * @number: (out) (optional): the new count's number: 1, 2, …
 *
 * Starts a count of @skus, remembering each one's on-hand quantity now.
 * A SKU may be in one open count at a time.
 */
gboolean
sc_inventory_count_begin (ScInventory         *self,
                          const char * const  *skus,
                          gint64               time,
                          guint               *number,
                          GError             **error)
{
  g_autoptr(ScInventoryCount) count = NULL;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if (skus == NULL || skus[0] == NULL)
    {
      g_set_error_literal (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT,
                           _("A count needs at least one SKU to count"));
      return FALSE;
    }
  if (!sc_inventory_check_time (self, time, error))
    return FALSE;

  count = sc_inventory_count_new (self->counts->len + 1, time);
  for (guint i = 0; skus[i] != NULL; i++)
    {
      const ScInventoryItem *item = sc_inventory_find_item (self, skus[i], error);
      const ScInventoryCount *other;
      ScInventoryCountLine *line;

      if (item == NULL)
        return FALSE;
      if (find_line (count, skus[i]) != NULL)
        {
          g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT,
                       _("SKU %s is listed twice; a count counts each SKU once"), skus[i]);
          return FALSE;
        }
      if ((other = find_counting (self, skus[i])) != NULL)
        {
          g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT,
                       _("SKU %s is already being counted in count %u; apply or cancel that "
                         "count first"),
                       skus[i], other->number);
          return FALSE;
        }

      line = g_new0 (ScInventoryCountLine, 1);
      line->sku = g_strdup (skus[i]);
      line->expected = sc_inventory_item_get_on_hand (item);
      g_ptr_array_add (count->lines, line);
    }
  g_ptr_array_sort (count->lines, compare_lines);

  if (number != NULL)
    *number = count->number;
  g_ptr_array_add (self->counts, g_steal_pointer (&count));

  return TRUE;
}

/**
 * sc_inventory_count_set:
 * @counted: the units found on the shelves, >= 0
 *
 * Enters (or corrects) what count @number found of @sku.
 */
gboolean
sc_inventory_count_set (ScInventory  *self,
                        guint         number,
                        const char   *sku,
                        gint64        counted,
                        GError      **error)
{
  ScInventoryCount *count;
  ScInventoryCountLine *line;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((count = find_open_count (self, number, error)) == NULL
      || (line = find_count_line (count, sku, error)) == NULL)
    return FALSE;
  if (counted < 0)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("A counted quantity cannot be negative (SKU %s: %" G_GINT64_FORMAT ")"),
                   sku, counted);
      return FALSE;
    }

  line->has_counted = TRUE;
  line->counted = counted;

  return TRUE;
}

/* Leaves @sku uncounted again: applying the count will not touch it. */
gboolean
sc_inventory_count_unset (ScInventory  *self,
                          guint         number,
                          const char   *sku,
                          GError      **error)
{
  ScInventoryCount *count;
  ScInventoryCountLine *line;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((count = find_open_count (self, number, error)) == NULL
      || (line = find_count_line (count, sku, error)) == NULL)
    return FALSE;

  line->has_counted = FALSE;
  line->counted = 0;

  return TRUE;
}

/* The refusals described at the top of this file. */
static gboolean
check_variance (const ScInventoryCount      *count,
                const ScInventoryCountLine  *line,
                const ScInventoryItem       *item,
                gint64                       variance,
                GError                     **error)
{
  const gint64 *q = item->quantities;
  gint64 on_hand = sc_inventory_item_get_on_hand (item);
  gint64 available_after;

  if (variance >= 0)
    return TRUE;

  if (on_hand + variance < 0)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT,
                   _("Count %u found %" G_GINT64_FORMAT " of SKU %s, %" G_GINT64_FORMAT
                     " fewer than the %" G_GINT64_FORMAT " on hand when it began, but on hand "
                     "is now %" G_GINT64_FORMAT ": units that left during the count were counted "
                     "as missing. Recount SKU %s"),
                   count->number, line->counted, line->sku, -variance, line->expected, on_hand,
                   line->sku);
      return FALSE;
    }
  if (__builtin_add_overflow (q[SC_STOCK_BUCKET_AVAILABLE], variance, &available_after)
      || available_after < 0)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT,
                   _("Count %u found %" G_GINT64_FORMAT " fewer of SKU %s than expected, but only %"
                     G_GINT64_FORMAT " are available; the rest is committed to orders (%"
                     G_GINT64_FORMAT ") or unavailable (%" G_GINT64_FORMAT "). Recount, or first "
                     "cancel the orders that cannot be filled or write off the missing "
                     "unavailable units, then apply the count"),
                   count->number, -variance, line->sku, MAX (q[SC_STOCK_BUCKET_AVAILABLE], 0),
                   q[SC_STOCK_BUCKET_COMMITTED], q[SC_STOCK_BUCKET_UNAVAILABLE]);
      return FALSE;
    }

  return TRUE;
}

/**
 * sc_inventory_count_apply:
 * @time: not before the count began nor before the ledger's last row
 *
 * Adds each counted SKU's variance to its available quantity, as one
 * batch of cycle-count rows with the reference "Count N" (none for a
 * variance of zero), and closes the count. Uncounted SKUs are left as
 * they are; a count with nothing counted is refused. All or nothing.
 */
gboolean
sc_inventory_count_apply (ScInventory  *self,
                          guint         number,
                          gint64        time,
                          const char   *note,
                          GError      **error)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autofree char *reference = NULL;
  ScInventoryCount *count;
  guint n_counted = 0;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((count = find_open_count (self, number, error)) == NULL)
    return FALSE;
  if (time < count->started)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("Count %u began at %" G_GINT64_FORMAT "; it cannot be applied at %"
                     G_GINT64_FORMAT ", before it began"),
                   number, count->started, time);
      return FALSE;
    }
  if (!sc_inventory_check_time (self, time, error))
    return FALSE;

  moves = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_stock_move_free);
  for (guint i = 0; i < count->lines->len; i++)
    {
      const ScInventoryCountLine *line = g_ptr_array_index (count->lines, i);
      const ScInventoryItem *item = sc_inventory_lookup (self, line->sku);
      gint64 variance;

      if (!sc_inventory_count_line_get_variance (line, &variance))
        continue;
      n_counted++;
      if (!check_variance (count, line, item, variance, error))
        return FALSE;
      if (variance > 0)
        g_ptr_array_add (moves, sc_stock_move_new (line->sku, SC_STOCK_BUCKET_OUTSIDE,
                                                   SC_STOCK_BUCKET_AVAILABLE, variance,
                                                   SC_STOCK_REASON_CYCLE_COUNT));
      else if (variance < 0)
        g_ptr_array_add (moves, sc_stock_move_new (line->sku, SC_STOCK_BUCKET_AVAILABLE,
                                                   SC_STOCK_BUCKET_OUTSIDE, -variance,
                                                   SC_STOCK_REASON_CYCLE_COUNT));
    }
  if (n_counted == 0)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT,
                   _("Count %u has no counted quantities; enter what was found, or cancel "
                     "the count"),
                   number);
      return FALSE;
    }

  /* Not translated: the reference is stored in the ledger. */
  reference = g_strdup_printf ("Count %u", number);
  if (!sc_inventory_apply_all (self, moves, time, reference, note, error))
    return FALSE;

  count->state = SC_INVENTORY_COUNT_APPLIED;
  count->finished = time;

  return TRUE;
}

/* Closes count @number without touching any quantity. */
gboolean
sc_inventory_count_cancel (ScInventory  *self,
                           guint         number,
                           gint64        time,
                           GError      **error)
{
  ScInventoryCount *count;

  g_return_val_if_fail (SC_IS_INVENTORY (self), FALSE);

  if ((count = find_open_count (self, number, error)) == NULL)
    return FALSE;
  if (time < count->started)
    {
      g_set_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
                   _("Count %u began at %" G_GINT64_FORMAT "; it cannot be cancelled at %"
                     G_GINT64_FORMAT ", before it began"),
                   number, count->started, time);
      return FALSE;
    }

  count->state = SC_INVENTORY_COUNT_CANCELLED;
  count->finished = time;

  return TRUE;
}

/**
 * sc_inventory_lookup_count:
 *
 * Returns: (transfer none) (nullable): count @number
 */
const ScInventoryCount *
sc_inventory_lookup_count (ScInventory *self,
                           guint        number)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), NULL);

  return find_count (self, number, NULL);
}

/* Counts are numbered 1 to this, in the order begun. */
guint
sc_inventory_get_n_counts (ScInventory *self)
{
  g_return_val_if_fail (SC_IS_INVENTORY (self), 0);

  return self->counts->len;
}

/**
 * sc_inventory_count_get_line:
 *
 * Returns: (transfer none) (nullable): the line of @count for @sku
 */
const ScInventoryCountLine *
sc_inventory_count_get_line (const ScInventoryCount *count,
                             const char             *sku)
{
  g_return_val_if_fail (count != NULL, NULL);
  g_return_val_if_fail (sku != NULL, NULL);

  return find_line (count, sku);
}

/**
 * sc_inventory_count_line_get_variance:
 * @variance: (out): counted − expected: negative when units are missing
 *
 * Returns: %FALSE when @line was left uncounted
 */
gboolean
sc_inventory_count_line_get_variance (const ScInventoryCountLine *line,
                                      gint64                     *variance)
{
  g_return_val_if_fail (line != NULL, FALSE);
  g_return_val_if_fail (variance != NULL, FALSE);

  if (!line->has_counted)
    return FALSE;

  /* Both are >= 0, so this cannot overflow. */
  *variance = line->counted - line->expected;
  return TRUE;
}
