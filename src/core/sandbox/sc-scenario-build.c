/* sc-scenario-build.c - a scenario's orders and stock, built on its catalog at a run's start
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inventory starts from the catalog: one item per variant that has a
 * SKU and tracks its quantity (the first variant with a SKU wins when two
 * share it), with the variant's title, cost and policy, and its quantity
 * as the opening available stock. <stock> items then adjust those.
 *
 * Everything then happens in time order, because the ledger never goes
 * back in time: the opening stock (received, reference "Opening stock")
 * at the earliest time the file names, then each order's placing and
 * history steps and each count, by time, the file's order breaking ties.
 * Every order operation runs on a copy of the order, and its stock moves
 * go to the inventory with the order's name as reference; only when both
 * take it does the copy replace the order, so a refused step leaves the
 * order and the inventory as they were and the order's later steps are
 * skipped (they would only repeat the refusal).
 *
 * Each refusal is reported as FILE:LINE with the model's own message.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-scenario-private.h"

#define OPENING_REFERENCE "Opening stock"

typedef enum
{
  EVENT_PLACE,
  EVENT_STEP,
  EVENT_COUNT,
} EventKind;

typedef struct
{
  gint64    time;      /* relative to the start */
  guint     sequence;  /* the file's order */
  EventKind kind;
  guint     index;     /* the order or the count */
  guint     step;
} Event;

typedef struct
{
  const ScScenario *scenario;
  gint64            start;
  const char       *file;
  ScCourseProblems *problems;
  ScInventory      *stock;
  GHashTable       *variants;  /* SKU → ScCatalogVariant, tracked ones */
  GHashTable       *titles;    /* SKU → title */
  GHashTable       *untracked; /* SKUs of variants that do not track their quantity */
  GPtrArray        *orders;    /* ScOrder, NULL for a broken one */
  gboolean         *stopped;   /* per order: a step was refused */
} Build;

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a;
  const Event *y = b;

  if (x->time != y->time)
    return x->time < y->time ? -1 : 1;

  return x->sequence < y->sequence ? -1 : x->sequence > y->sequence;
}

static char *
variant_title (const ScCatalogProduct *product,
               const ScCatalogVariant *variant)
{
  g_autoptr(GString) title = g_string_new (product->title != NULL ? product->title : product->handle);
  gboolean first = TRUE;

  if (product->kind != SC_PRODUCT_KIND_VARIABLE)
    return g_string_free (g_steal_pointer (&title), FALSE);
  for (guint i = 0; i < product->options->len && i < SC_CATALOG_MAX_OPTIONS; i++)
    {
      if (variant->option_values[i] == NULL)
        continue;
      g_string_append (title, first ? " - " : " / ");
      g_string_append (title, variant->option_values[i]);
      first = FALSE;
    }

  return g_string_free (g_steal_pointer (&title), FALSE);
}

/* The tracked variants, as inventory items with their settings. */
static void
add_catalog_items (Build     *build,
                   ScCatalog *catalog)
{
  for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, p);

      for (guint v = 0; v < product->variants->len; v++)
        {
          ScCatalogVariant *variant = g_ptr_array_index (product->variants, v);
          g_autofree char *title = NULL;

          if (variant->sku == NULL || *variant->sku == '\0'
              || g_hash_table_contains (build->variants, variant->sku))
            continue;
          if (!variant->track_quantity)
            {
              g_hash_table_add (build->untracked, variant->sku);
              continue;
            }
          title = variant_title (product, variant);
          sc_inventory_add_item (build->stock, variant->sku, title, NULL);
          if (variant->has_cost && variant->cost.currency == sc_inventory_get_currency (build->stock)
              && variant->cost.minor >= 0)
            sc_inventory_set_unit_cost (build->stock, variant->sku, &variant->cost, NULL);
          sc_inventory_set_policy (build->stock, variant->sku, variant->inventory_policy, NULL);
          g_hash_table_insert (build->variants, variant->sku, variant);
          g_hash_table_insert (build->titles, variant->sku, g_steal_pointer (&title));
        }
    }
}

static gboolean
known_sku (Build      *build,
           const char *sku,
           const char *element,
           guint       line)
{
  if (sku != NULL && g_hash_table_contains (build->variants, sku))
    return TRUE;

  if (sku != NULL && g_hash_table_contains (build->untracked, sku))
    sc_course_problems_add (build->problems, build->file, line,
                            _("SKU %s of <%s> does not track its quantity in the store's catalog, so it "
                              "has no stock to commit or count; track it in the product file"),
                            sku, element);
  else
    sc_course_problems_add (build->problems, build->file, line,
                            _("SKU %s of <%s> is not in the store's catalog; use the SKU of one of its "
                              "variants"),
                            sku, element);
  return FALSE;
}

static void
report (Build      *build,
        guint       line,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static void
report (Build      *build,
        guint       line,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  sc_course_problems_add_literal (build->problems, build->file, line, message);
}

/* <stock>: settings now, quantities at the opening time. */
static void
apply_stock_settings (Build *build)
{
  for (guint i = 0; i < build->scenario->stock->len; i++)
    {
      const ScScenarioStockItem *item = g_ptr_array_index (build->scenario->stock, i);
      g_autoptr(GError) error = NULL;
      gboolean ok = TRUE;

      if (item->broken || !known_sku (build, item->sku, "item", item->line))
        continue;
      if (item->has_policy)
        ok = sc_inventory_set_policy (build->stock, item->sku, item->policy, &error);
      if (ok && item->has_reorder)
        ok = sc_inventory_set_reorder (build->stock, item->sku, item->reorder_point,
                                       item->reorder_quantity, &error);
      if (ok && item->has_demand)
        ok = sc_inventory_set_demand (build->stock, item->sku, item->demand, item->demand_days,
                                      &error);
      if (ok && item->has_lead_time)
        ok = sc_inventory_set_lead_time (build->stock, item->sku, item->lead_time_days, &error);
      if (ok)
        ok = sc_inventory_set_safety_stock (build->stock, item->sku, item->safety_stock, &error);
      if (!ok)
        report (build, item->line, _("<item> %s: %s"), item->sku, error->message);
    }
}

static const ScScenarioStockItem *
find_stock_item (Build      *build,
                 const char *sku)
{
  for (guint i = 0; i < build->scenario->stock->len; i++)
    {
      const ScScenarioStockItem *item = g_ptr_array_index (build->scenario->stock, i);

      if (!item->broken && g_strcmp0 (item->sku, sku) == 0)
        return item;
    }

  return NULL;
}

static void
open_stock (Build  *build,
            gint64  time)
{
  g_autoptr(GPtrArray) items = sc_inventory_list_items (build->stock);

  for (guint i = 0; i < items->len; i++)
    {
      const ScInventoryItem *item = g_ptr_array_index (items, i);
      const ScCatalogVariant *variant = g_hash_table_lookup (build->variants, item->sku);
      const ScScenarioStockItem *given = find_stock_item (build, item->sku);
      g_autoptr(GError) error = NULL;
      gint64 available = given != NULL && given->has_available ? given->available : variant->quantity;
      gint64 unavailable = given != NULL ? given->unavailable : 0;
      guint line = given != NULL ? given->line : 0;

      if (available < 0)
        {
          report (build, line,
                  _("SKU %s starts with %" G_GINT64_FORMAT " in the catalog; an opening stock cannot be "
                    "negative: give it available=\"0\" in an <item>, and policy=\"continue\" to oversell"),
                  item->sku, available);
          available = 0;
        }
      if ((available + unavailable > 0
           && !sc_inventory_adjust (build->stock, item->sku, available + unavailable,
                                    SC_STOCK_REASON_RECEIVED, time, OPENING_REFERENCE, NULL, &error))
          || (unavailable > 0
              && !sc_inventory_mark_unavailable (build->stock, item->sku, unavailable,
                                                 given->unavailable_reason, time, OPENING_REFERENCE, NULL,
                                                 &error))
          || (given != NULL && given->incoming > 0
              && !sc_inventory_order_purchase (build->stock, given->purchase, item->sku, given->incoming,
                                               time, NULL, &error)))
        report (build, line, _("<item> %s: %s"), item->sku, error->message);
    }
}

static ScOrder *
make_draft (Build                 *build,
            const ScScenarioOrder *given)
{
  const ScCurrency *currency = sc_inventory_get_currency (build->stock);
  g_autoptr(ScOrder) order = sc_order_new (given->name, given->customer, currency);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  for (guint i = 0; i < given->lines->len; i++)
    {
      const ScScenarioOrderLine *line = g_ptr_array_index (given->lines, i);
      const ScCatalogVariant *variant;
      ScMoney price;

      if (!known_sku (build, line->sku, "line", line->line))
        {
          ok = FALSE;
          continue;
        }
      variant = g_hash_table_lookup (build->variants, line->sku);
      if (line->has_price)
        price = sc_money_init (line->price, currency);
      else if (variant->has_price && variant->price.currency == currency)
        price = variant->price;
      else
        {
          report (build, line->line,
                  _("SKU %s has no price in the catalog: give the <line> a price, for example price=\"9.90\""),
                  line->sku);
          ok = FALSE;
          continue;
        }
      if (!sc_order_add_line (order, line->sku, g_hash_table_lookup (build->titles, line->sku),
                              line->quantity, price, &error))
        {
          report (build, line->line, _("<line>: %s"), error->message);
          g_clear_error (&error);
          ok = FALSE;
        }
    }
  if (!sc_order_set_shipping (order, sc_money_init (given->shipping, currency), &error)
      || !sc_order_set_tax (order, sc_money_init (given->tax, currency), &error)
      || !sc_order_set_handling_hours (order, given->handling_hours, &error))
    {
      report (build, given->line, _("<order> %s: %s"), given->name, error->message);
      ok = FALSE;
    }
  sc_order_set_risk_signals (order, given->risk);

  return ok ? g_steal_pointer (&order) : NULL;
}

static gboolean
run_refund (ScOrder               *order,
            const ScScenarioStep  *step,
            gint64                 now,
            GPtrArray            **moves,
            GError               **error)
{
  g_autofree ScOrderRefundLine *lines = g_new0 (ScOrderRefundLine, step->refund_lines->len + 1);
  ScMoney amount;

  for (guint i = 0; i < step->refund_lines->len; i++)
    {
      const ScScenarioRefundLine *line = g_ptr_array_index (step->refund_lines, i);

      lines[i].sku = line->sku;
      lines[i].quantity = line->quantity;
      lines[i].restock = line->restock;
    }

  return sc_order_refund (order, lines, step->refund_lines->len,
                          sc_money_init (step->amount, order->currency), now, &amount, moves,
                          error);
}

static gboolean
run_step (ScOrder               *order,
          const ScScenarioStep  *step,
          gint64                 now,
          GPtrArray            **moves,
          GError               **error)
{
  ScMoney amount;

  switch (step->action)
    {
    case SC_ORDER_ACTION_CAPTURE:
      if (step->has_amount)
        amount = sc_money_init (step->amount, order->currency);
      else if (!sc_order_get_capturable (order, now, &amount, error))
        return FALSE;
      return sc_order_capture (order, amount, now, error);
    case SC_ORDER_ACTION_MARK_AS_PAID:
      return sc_order_mark_as_paid (order, now, error);
    case SC_ORDER_ACTION_VOID:
      return sc_order_void (order, now, error);
    case SC_ORDER_ACTION_HOLD:
      return sc_order_hold (order, step->hold_reason, now, error);
    case SC_ORDER_ACTION_RELEASE_HOLD:
      return sc_order_release_hold (order, step->reviewed, now, error);
    case SC_ORDER_ACTION_FULFIL:
      if (step->sku == NULL)
        {
          if (!sc_order_fulfil_remaining (order, now, moves, error))
            return FALSE;
        }
      else
        {
          const ScOrderLine *line = sc_order_find_line (order, step->sku);
          gint64 quantity = step->quantity;

          if (quantity == 0)
            quantity = line != NULL ? MAX (sc_order_line_get_unfulfilled (line), 1) : 1;
          if (!sc_order_fulfil (order, step->sku, quantity, now, moves, error))
            return FALSE;
        }
      return step->carrier == NULL
             || sc_order_add_tracking (order, order->shipments->len - 1, step->carrier, step->tracking,
                                       now, error);
    case SC_ORDER_ACTION_CANCEL:
      return sc_order_cancel (order, step->cancel_reason, step->restock, now, moves, error);
    case SC_ORDER_ACTION_REFUND:
      return run_refund (order, step, now, moves, error);
    case SC_ORDER_ACTION_CLOSE:
      return sc_order_close (order, now, error);
    case SC_ORDER_ACTION_REOPEN:
      return sc_order_reopen (order, now, error);
    case SC_ORDER_ACTION_NOTIFY:
      return step->from_customer ? sc_order_receive (order, step->text, now, error)
                                 : sc_order_notify (order, step->text, now, error);
    case SC_ORDER_ACTION_EDIT:
    case SC_ORDER_ACTION_PLACE:
    default:
      g_assert_not_reached ();
    }
}

/* One placing or step, on a copy; the copy replaces the order when the
 * order's rules and the inventory both take it. */
static void
run_event (Build       *build,
           const Event *event)
{
  const ScScenarioOrder *given = g_ptr_array_index (build->scenario->orders, event->index);
  ScOrder *order = g_ptr_array_index (build->orders, event->index);
  const ScScenarioStep *step = NULL;
  g_autoptr(ScOrder) work = NULL;
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = build->start + event->time;
  const char *element = "order";
  guint line = given->line;
  gboolean ok;

  if (order == NULL || build->stopped[event->index])
    return;

  work = sc_order_copy (order);
  if (event->kind == EVENT_PLACE)
    ok = sc_order_place (work, given->payment, now, &moves, &error);
  else
    {
      step = g_ptr_array_index (given->history, event->step);
      element = step->from_customer ? "customer-message" : sc_order_action_to_string (step->action);
      line = step->line;
      ok = run_step (work, step, now, &moves, &error);
    }
  if (ok && moves != NULL && moves->len > 0)
    ok = sc_inventory_apply_all (build->stock, moves, now, work->name, NULL, &error);
  if (!ok)
    {
      report (build, line,
              event->kind == EVENT_PLACE ? _("<%s> %s cannot be placed: %s")
                                         : _("<%s> of order %s is refused: %s"),
              element, given->name, error->message);
      build->stopped[event->index] = TRUE;
      return;
    }

  build->orders->pdata[event->index] = g_steal_pointer (&work);
  sc_order_free (order);
}

static void
run_count (Build                 *build,
           const ScScenarioCount *count,
           gint64                 now)
{
  g_autoptr(GPtrArray) skus = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint number = 0;

  for (guint i = 0; i < count->lines->len; i++)
    {
      const ScScenarioCountLine *line = g_ptr_array_index (count->lines, i);

      if (!known_sku (build, line->sku, "line", line->line))
        return;
      g_ptr_array_add (skus, line->sku);
    }
  g_ptr_array_add (skus, NULL);
  if (!sc_inventory_count_begin (build->stock, (const char * const *) skus->pdata, now, &number, &error))
    {
      report (build, count->line, _("<count>: %s"), error->message);
      return;
    }
  for (guint i = 0; i < count->lines->len; i++)
    {
      const ScScenarioCountLine *line = g_ptr_array_index (count->lines, i);

      if (line->has_counted && !sc_inventory_count_set (build->stock, number, line->sku, line->counted, &error))
        {
          report (build, line->line, _("<line> of <count>: %s"), error->message);
          g_clear_error (&error);
        }
    }
}

static GArray *
list_events (const ScScenario *self,
             gint64           *earliest)
{
  GArray *events = g_array_new (FALSE, FALSE, sizeof (Event));
  guint sequence = 0;

  *earliest = 0;
  for (guint o = 0; o < self->orders->len; o++)
    {
      const ScScenarioOrder *order = g_ptr_array_index (self->orders, o);
      Event place = { order->placed, sequence++, EVENT_PLACE, o, 0 };

      g_array_append_val (events, place);
      *earliest = MIN (*earliest, order->placed);
      for (guint s = 0; s < order->history->len; s++)
        {
          const ScScenarioStep *step = g_ptr_array_index (order->history, s);
          Event event = { step->at, sequence++, EVENT_STEP, o, s };

          g_array_append_val (events, event);
        }
    }
  for (guint c = 0; c < self->counts->len; c++)
    {
      const ScScenarioCount *count = g_ptr_array_index (self->counts, c);
      Event event = { count->at, sequence++, EVENT_COUNT, c, 0 };

      g_array_append_val (events, event);
      *earliest = MIN (*earliest, count->at);
    }
  /* Stable: equal times keep the file's order. */
  g_array_sort (events, compare_events);

  return events;
}

/**
 * sc_scenario_build_in:
 * @file: the scenario's file, for problems
 * @orders_out: (out) (optional) (element-type ScOrder): the orders, in the file's order
 * @stock_out: (out) (optional): the inventory
 *
 * Builds the shop, adding every refusal to @problems. Broken orders,
 * stock items and counts (the reader found problems in them) are left out.
 *
 * Returns: whether nothing was refused
 */
gboolean
sc_scenario_build_in (const ScScenario  *self,
                      ScCatalog         *catalog,
                      gint64             start,
                      const char        *file,
                      ScCourseProblems  *problems,
                      GPtrArray        **orders_out,
                      ScInventory      **stock_out)
{
  g_autoptr(GHashTable) variants = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) untracked = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(ScInventory) stock = sc_inventory_new (sc_catalog_get_currency (catalog));
  g_autoptr(GPtrArray) orders = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_order_free);
  g_autofree gboolean *stopped = g_new0 (gboolean, self->orders->len + 1);
  g_autoptr(GArray) events = NULL;
  Build build = { self, start, file, problems, stock, variants, titles, untracked, orders, stopped };
  guint before = sc_course_problems_count_file (problems, file);
  gint64 earliest;

  add_catalog_items (&build, catalog);
  apply_stock_settings (&build);
  events = list_events (self, &earliest);
  open_stock (&build, start + earliest);

  for (guint o = 0; o < self->orders->len; o++)
    {
      const ScScenarioOrder *given = g_ptr_array_index (self->orders, o);

      g_ptr_array_add (orders, given->broken ? NULL : make_draft (&build, given));
    }
  for (guint i = 0; i < events->len; i++)
    {
      const Event *event = &g_array_index (events, Event, i);
      const ScScenarioCount *count;

      if (event->kind != EVENT_COUNT)
        {
          run_event (&build, event);
          continue;
        }
      count = g_ptr_array_index (self->counts, event->index);
      if (!count->broken)
        run_count (&build, count, start + event->time);
    }

  /* Broken orders are left out of the shop. */
  for (guint o = orders->len; o > 0; o--)
    if (g_ptr_array_index (orders, o - 1) == NULL)
      g_ptr_array_remove_index (orders, o - 1);
  if (orders_out != NULL)
    *orders_out = g_steal_pointer (&orders);
  if (stock_out != NULL)
    *stock_out = g_steal_pointer (&stock);

  return sc_course_problems_count_file (problems, file) == before;
}
