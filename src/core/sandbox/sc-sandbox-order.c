/* sc-sandbox-order.c - a run's whole shop saved, and each learner step on it as one logged action
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An order step loads the order (and, when the step moves stock, the
 * inventory), applies the request with the models' rules, writes back
 * exactly the rows that changed under a session attached to the order
 * and stock tables, and appends one action with that changeset, all in
 * one transaction. A refusal rolls back before anything is written, so
 * the database and the log stay as they were and the model's error
 * reaches the learner word for word.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-run-orders-private.h"
#include "sc-sandbox-action-private.h"

/* Saving the whole shop */

static gboolean
delete_rows (sqlite3             *db,
             const ScRun         *run,
             const char * const  *tables,
             GError             **error)
{
  guint n = g_strv_length ((char **) tables);

  /* Children first: no cascade is needed, whatever the connection's
   * foreign-key setting. */
  for (guint i = n; i > 0; i--)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE run_uuid = ?1 "
                                              "AND learner_id = ?2", tables[i - 1]);

      if (!sc_sandbox_run (sc_run_orders_prepare (db, run, sql), db, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_currency (const ScRun       *run,
                const ScCurrency  *currency,
                const char        *what,
                GError           **error)
{
  if (currency == run->currency || g_strcmp0 (currency->code, run->currency->code) == 0)
    return TRUE;

  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               _("%s is in %s, but the practice run “%s” is in %s; convert it first."),
               what, currency->code, run->name, run->currency->code);
  return FALSE;
}

/**
 * sc_run_save_shop:
 * @db: a connection inside the caller's transaction
 * @orders: (element-type ScOrder): the run's orders, each one that
 *   sc_order_check () accepts, in the run's currency, names unique
 * @stock: (nullable): the run's inventory, in its currency; %NULL for none
 *
 * Replaces every order and all stock of @run (items, ledger, purchase
 * orders, counts) with @orders and @stock, as a scenario's start or
 * "Start over" does. Logs nothing: the caller's action does.
 */
gboolean
sc_run_save_shop (sqlite3      *db,
                  const ScRun  *run,
                  GPtrArray    *orders,
                  ScInventory  *stock,
                  GError      **error)
{
  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (run != NULL, FALSE);
  g_return_val_if_fail (orders != NULL, FALSE);
  g_return_val_if_fail (stock == NULL || SC_IS_INVENTORY (stock), FALSE);

  for (guint i = 0; i < orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (orders, i);
      g_autoptr(GError) problem = NULL;
      g_autofree char *what = g_strdup_printf (_("Order %s"), order->name);

      if (!check_currency (run, order->currency, what, error))
        return FALSE;
      if (!sc_order_check (order, &problem))
        {
          g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT, problem->message);
          return FALSE;
        }
    }
  if (stock != NULL
      && !check_currency (run, sc_inventory_get_currency (stock), _("The inventory"), error))
    return FALSE;

  if (!delete_rows (db, run, sc_run_order_tables, error)
      || !delete_rows (db, run, sc_run_stock_tables, error))
    return FALSE;

  for (guint i = 0; i < orders->len; i++)
    if (!sc_run_write_order (db, run, NULL, g_ptr_array_index (orders, i), error))
      return FALSE;

  return stock == NULL || sc_run_write_inventory (db, run, NULL, stock, error);
}

/* Summaries for the log's before and after */

/* "paid · unfulfilled", then what else sets the order apart: its state
 * when not open, a hold, untracked shipments, messages sent, and a
 * customer waiting for an answer. */
static char *
summarize_order (const ScOrder *order)
{
  GString *text = g_string_new (NULL);
  guint untracked = sc_order_count_untracked (order);
  ScOrderFinancialStatus financial = sc_order_get_financial_status (order);
  ScOrderFulfilmentStatus fulfilment = sc_order_get_fulfilment_status (order);

  g_string_append_printf (text, "%s · %s", sc_order_financial_status_to_string (financial),
                          sc_order_fulfilment_status_to_string (fulfilment));
  if (order->state != SC_ORDER_STATE_OPEN)
    g_string_append_printf (text, " · %s", sc_order_state_to_string (order->state));
  if (order->hold != SC_ORDER_HOLD_NONE)
    g_string_append_printf (text, " · hold %s", sc_order_hold_reason_to_string (order->hold));
  if (untracked > 0)
    g_string_append_printf (text, " · %u untracked", untracked);
  if (sc_order_count_sent (order) > 0)
    g_string_append_printf (text, " · %u sent", sc_order_count_sent (order));
  if (sc_order_awaits_reply (order))
    g_string_append (text, " · awaits reply");

  return g_string_free (text, FALSE);
}

static char *
summarize_item (ScInventory          *stock,
                const ScStockRequest *request)
{
  const ScInventoryItem *item = request->sku != NULL ? sc_inventory_lookup (stock, request->sku)
                                                     : NULL;

  if (item == NULL)
    return NULL;

  switch (request->step)
    {
    case SC_STOCK_STEP_SET_POLICY:
      return g_strdup (sc_inventory_policy_to_string (item->policy));
    case SC_STOCK_STEP_SET_REORDER:
      if (!item->has_reorder_point)
        return g_strdup ("no reorder point");
      return g_strdup_printf ("reorder point %" G_GINT64_FORMAT " · quantity %" G_GINT64_FORMAT,
                              item->reorder_point, item->reorder_quantity);
    default:
      return g_strdup_printf ("available %" G_GINT64_FORMAT " · unavailable %" G_GINT64_FORMAT
                              " · on hand %" G_GINT64_FORMAT,
                              item->quantities[SC_STOCK_BUCKET_AVAILABLE],
                              item->quantities[SC_STOCK_BUCKET_UNAVAILABLE],
                              sc_inventory_item_get_on_hand (item));
    }
}

static char *
summarize_purchase (ScInventory *stock,
                    const char  *reference)
{
  const ScPurchaseOrder *order = reference != NULL ? sc_inventory_lookup_purchase (stock, reference)
                                                   : NULL;
  gint64 sums[4] = { 0 };

  if (order == NULL)
    return NULL;

  for (guint i = 0; i < order->lines->len; i++)
    {
      const ScPurchaseLine *line = g_ptr_array_index (order->lines, i);

      sums[0] += line->ordered;
      sums[1] += line->received;
      sums[2] += line->received_damaged;
      sums[3] += line->cancelled;
    }

  return g_strdup_printf ("%s · ordered %" G_GINT64_FORMAT " · received %" G_GINT64_FORMAT
                          " · damaged %" G_GINT64_FORMAT " · cancelled %" G_GINT64_FORMAT,
                          sc_purchase_order_state_to_string (sc_purchase_order_get_state (order)),
                          sums[0], sums[1], sums[2], sums[3]);
}

static char *
summarize_count (ScInventory *stock,
                 guint        number)
{
  const ScInventoryCount *count = sc_inventory_lookup_count (stock, number);
  guint counted = 0;

  if (count == NULL)
    return NULL;

  for (guint i = 0; i < count->lines->len; i++)
    counted += ((const ScInventoryCountLine *) g_ptr_array_index (count->lines, i))->has_counted;

  return g_strdup_printf ("%s · counted %u of %u",
                          sc_inventory_count_state_to_string (count->state), counted,
                          count->lines->len);
}

/* The step's target in the log and its summary in @stock. @number is
 * the count a count step works on. */
static char *
summarize_stock (ScInventory          *stock,
                 const ScStockRequest *request,
                 guint                 number,
                 char                **out_target)
{
  switch (request->step)
    {
    case SC_STOCK_STEP_ORDER_PURCHASE:
    case SC_STOCK_STEP_RECEIVE_PURCHASE:
    case SC_STOCK_STEP_CLOSE_PURCHASE:
      *out_target = g_strdup_printf ("purchase:%s", request->reference);
      return summarize_purchase (stock, request->reference);
    case SC_STOCK_STEP_COUNT_BEGIN:
    case SC_STOCK_STEP_COUNT_SET:
    case SC_STOCK_STEP_COUNT_APPLY:
    case SC_STOCK_STEP_COUNT_CANCEL:
      *out_target = g_strdup_printf ("count:%u", number);
      return summarize_count (stock, number);
    default:
      *out_target = g_strdup_printf ("stock:%s", request->sku);
      return summarize_item (stock, request);
    }
}

/* The actions */

typedef struct
{
  const ScRun   *run;
  const ScOrder *order_before;
  const ScOrder *order_after;
  ScInventory   *stock_before;
  ScInventory   *stock_after;
} Write;

static gboolean
write_changes (sqlite3   *db,
               gpointer   user_data,
               GError   **error)
{
  const Write *write = user_data;

  if (write->order_after != NULL
      && !sc_run_write_order (db, write->run, write->order_before, write->order_after, error))
    return FALSE;

  return write->stock_after == NULL
         || sc_run_write_inventory (db, write->run, write->stock_before, write->stock_after,
                                    error);
}

static const char **
all_tables (void)
{
  GPtrArray *tables = g_ptr_array_new ();

  for (guint i = 0; sc_run_order_tables[i] != NULL; i++)
    g_ptr_array_add (tables, (gpointer) sc_run_order_tables[i]);
  for (guint i = 0; sc_run_stock_tables[i] != NULL; i++)
    g_ptr_array_add (tables, (gpointer) sc_run_stock_tables[i]);
  g_ptr_array_add (tables, NULL);

  return (const char **) g_ptr_array_free (tables, FALSE);
}

/* Records @write, and logs it when it changed something. */
static gboolean
record_and_log (sqlite3      *db,
                const ScRun  *run,
                Write        *write,
                const char   *kind,
                const char   *target,
                const char   *before,
                const char   *after,
                gint64       *out_sequence,
                GError      **error)
{
  g_autofree const char **tables = all_tables ();
  g_autoptr(GBytes) changeset = NULL;

  if (!sc_sandbox_record (db, tables, write_changes, write, &changeset, error))
    return FALSE;
  /* A step that changes nothing (a policy set to what it was) logs nothing. */
  if (changeset == NULL)
    return TRUE;

  return sc_run_append_action (db, run, kind, target, before, after, 0, changeset, out_sequence,
                               error);
}

static gboolean
order_act (ScDatabase            *database,
           const ScRun           *run,
           const char            *order_name,
           const ScOrderRequest  *request,
           gint64                 now,
           gint64                *out_sequence,
           GError               **error)
{
  sqlite3 *db = sc_database_get_handle (database);
  g_autoptr(ScOrder) before = NULL;
  g_autoptr(ScOrder) after = NULL;
  g_autoptr(ScInventory) stock_before = NULL;
  g_autoptr(ScInventory) stock_after = NULL;
  g_autoptr(GPtrArray) moves = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *target = NULL;
  g_autofree char *summary_before = NULL;
  g_autofree char *summary_after = NULL;
  Write write;

  if ((before = sc_run_load_order (db, run, order_name, error)) == NULL)
    return FALSE;
  after = sc_order_copy (before);
  if (!sc_order_request_apply (after, request, now, &moves, error))
    return FALSE;

  /* Only a step that moves stock reads and writes the inventory. */
  if (moves->len > 0)
    {
      if ((stock_before = sc_run_load_inventory (db, run, error)) == NULL
          || (stock_after = sc_run_load_inventory (db, run, error)) == NULL
          || !sc_inventory_apply_all (stock_after, moves, now, after->name, NULL, error))
        return FALSE;
    }

  kind = g_strconcat (SC_SANDBOX_ACTION_ORDER_PREFIX, sc_order_action_to_string (request->action),
                      NULL);
  target = g_strdup_printf ("order:%s", after->name);
  summary_before = summarize_order (before);
  summary_after = summarize_order (after);
  write = (Write) { run, before, after, stock_before, stock_after };

  return record_and_log (db, run, &write, kind, target, summary_before, summary_after,
                         out_sequence, error);
}

/**
 * sc_sandbox_order_act:
 * @learner_id: who acts: the run's owner
 * @order_name: the order, "#1001"
 * @request: the step (sc-order-request.h)
 * @now: the sandbox clock, Unix seconds
 * @out_sequence: (out) (optional): the action's place in the log, or 0
 *   when the step changed nothing
 *
 * Applies @request to the order and its stock as one action of kind
 * "order-" + the action's id, target "order:#1001", before and after
 * summarising the order's statuses. Refusals are the models' errors
 * (SC_ORDER_ERROR, SC_INVENTORY_ERROR), word for word, and change
 * nothing.
 */
gboolean
sc_sandbox_order_act (ScDatabase            *database,
                      const ScRun           *run,
                      gint64                 learner_id,
                      const char            *order_name,
                      const ScOrderRequest  *request,
                      gint64                 now,
                      gint64                *out_sequence,
                      GError               **error)
{
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);
  g_return_val_if_fail (order_name != NULL, FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  if (out_sequence != NULL)
    *out_sequence = 0;
  if (!sc_sandbox_check_owner (run, learner_id, error) || !sc_sandbox_begin (database, error))
    return FALSE;

  ok = order_act (database, run, order_name, request, now, out_sequence, error);

  return sc_sandbox_end (database, ok, error);
}

static gboolean
stock_act (ScDatabase            *database,
           const ScRun           *run,
           const ScStockRequest  *request,
           gint64                 now,
           gint64                *out_sequence,
           GError               **error)
{
  sqlite3 *db = sc_database_get_handle (database);
  g_autoptr(ScInventory) before = NULL;
  g_autoptr(ScInventory) after = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *target = NULL;
  g_autofree char *summary_before = NULL;
  g_autofree char *summary_after = NULL;
  guint number;
  Write write;

  if ((before = sc_run_load_inventory (db, run, error)) == NULL
      || (after = sc_run_load_inventory (db, run, error)) == NULL)
    return FALSE;
  /* A chain of steps is one action, all or nothing: the last names it. */
  for (;;)
    {
      if (!sc_inventory_request_apply (after, request, now, error))
        return FALSE;
      if (request->then == NULL)
        break;
      request = request->then;
    }

  number = request->count;
  if (request->step == SC_STOCK_STEP_COUNT_BEGIN)
    number = sc_inventory_get_n_counts (after);
  summary_before = summarize_stock (before, request, number, &target);
  g_clear_pointer (&target, g_free);
  summary_after = summarize_stock (after, request, number, &target);
  kind = g_strconcat (SC_SANDBOX_ACTION_STOCK_PREFIX, sc_stock_step_to_string (request->step),
                      NULL);
  write = (Write) { run, NULL, NULL, before, after };

  return record_and_log (db, run, &write, kind, target, summary_before, summary_after,
                         out_sequence, error);
}

/**
 * sc_sandbox_stock_act:
 * @request: the step (sc-order-request.h)
 * @out_sequence: (out) (optional): the action's place in the log, or 0
 *   when the step changed nothing
 *
 * Applies @request to the stock of @run as one action of kind "stock-"
 * + the step's id, target "stock:SKU", "purchase:PO-7" or "count:N".
 * A chain of steps (@request's then) is one action named after its last
 * step, undone at once. Refusals are the inventory's errors, word for
 * word, and change nothing, whichever step of a chain refused.
 */
gboolean
sc_sandbox_stock_act (ScDatabase            *database,
                      const ScRun           *run,
                      gint64                 learner_id,
                      const ScStockRequest  *request,
                      gint64                 now,
                      gint64                *out_sequence,
                      GError               **error)
{
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  if (out_sequence != NULL)
    *out_sequence = 0;
  if (!sc_sandbox_check_owner (run, learner_id, error) || !sc_sandbox_begin (database, error))
    return FALSE;

  ok = stock_act (database, run, request, now, out_sequence, error);

  return sc_sandbox_end (database, ok, error);
}
