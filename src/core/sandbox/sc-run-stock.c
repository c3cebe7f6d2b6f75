/* sc-run-stock.c - a run's inventory in the database: reading it, writing what changed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inventory comes back through sc_inventory_restore_* (), which
 * checks each piece, so a damaged row is reported where it is read.
 * Writing compares the inventory with what was read and touches only the
 * rows that differ; ledger rows are only ever added.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-error.h"
#include "sc-run-orders-private.h"
#include "sc-sandbox-action-private.h"

const char * const sc_run_stock_tables[] = {
  "sandbox_stock_items",
  "sandbox_stock_ledger",
  "sandbox_purchase_orders",
  "sandbox_purchase_lines",
  "sandbox_counts",
  "sandbox_count_lines",
  NULL,
};

static const char *
peek_text (sqlite3_stmt *stmt,
           int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

/* A refusal of sc_inventory_restore_* () is damage; anything else is
 * SQLite's own error. */
static gboolean
finish (sqlite3       *db,
        const ScRun   *run,
        sqlite3_stmt  *stmt,
        int            rc,
        GError        *problem,
        GError       **error)
{
  sqlite3_finalize (stmt);
  if (problem != NULL)
    {
      sc_run_orders_corrupt (error, run, problem->message);
      g_error_free (problem);
      return FALSE;
    }
  if (stmt == NULL || rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  return TRUE;
}

static gboolean
damaged (GError     **problem,
         const char  *sku,
         const char  *what)
{
  g_set_error (problem, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID,
               _("the stock of SKU %s has an unknown %s"), sku, what);
  return FALSE;
}

static gboolean
read_item (ScInventory   *stock,
           sqlite3_stmt  *stmt,
           GError       **problem)
{
  ScInventoryItem item = { 0 };

  item.sku = (char *) peek_text (stmt, 0);
  item.title = (char *) peek_text (stmt, 1);
  item.quantities[SC_STOCK_BUCKET_AVAILABLE] = sqlite3_column_int64 (stmt, 2);
  item.quantities[SC_STOCK_BUCKET_COMMITTED] = sqlite3_column_int64 (stmt, 3);
  item.quantities[SC_STOCK_BUCKET_UNAVAILABLE] = sqlite3_column_int64 (stmt, 4);
  item.quantities[SC_STOCK_BUCKET_INCOMING] = sqlite3_column_int64 (stmt, 5);
  item.has_unit_cost = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
  item.unit_cost = sc_money_init (sqlite3_column_int64 (stmt, 6),
                                  sc_inventory_get_currency (stock));
  if (!sc_inventory_policy_from_string (peek_text (stmt, 7), &item.policy))
    return damaged (problem, item.sku, _("policy"));
  item.has_reorder_point = sqlite3_column_type (stmt, 8) != SQLITE_NULL;
  item.reorder_point = sqlite3_column_int64 (stmt, 8);
  item.reorder_quantity = sqlite3_column_int64 (stmt, 9);
  item.has_demand = sqlite3_column_type (stmt, 10) != SQLITE_NULL;
  item.demand = sqlite3_column_int64 (stmt, 10);
  item.demand_days = sqlite3_column_int64 (stmt, 11);
  item.has_lead_time = sqlite3_column_type (stmt, 12) != SQLITE_NULL;
  item.lead_time_days = sqlite3_column_int64 (stmt, 12);
  item.safety_stock = sqlite3_column_int64 (stmt, 13);

  return sc_inventory_restore_item (stock, &item, problem);
}

static gboolean
read_row (ScInventory   *stock,
          sqlite3_stmt  *stmt,
          GError       **problem)
{
  ScInventoryRow row = { 0 };

  row.sequence = (guint64) sqlite3_column_int64 (stmt, 0);
  row.time = sqlite3_column_int64 (stmt, 1);
  row.sku = (char *) peek_text (stmt, 2);
  if (!sc_stock_bucket_from_string (peek_text (stmt, 3), &row.from)
      || !sc_stock_bucket_from_string (peek_text (stmt, 4), &row.to)
      || !sc_stock_reason_from_string (peek_text (stmt, 6), &row.reason))
    return damaged (problem, row.sku, _("ledger bucket or reason"));
  row.quantity = sqlite3_column_int64 (stmt, 5);
  row.reference = (char *) peek_text (stmt, 7);
  row.note = (char *) peek_text (stmt, 8);
  row.available_after = sqlite3_column_int64 (stmt, 9);
  row.on_hand_after = sqlite3_column_int64 (stmt, 10);

  return sc_inventory_restore_row (stock, &row, problem);
}

static gboolean
read_purchase_line (ScInventory   *stock,
                    sqlite3_stmt  *stmt,
                    GError       **problem)
{
  ScPurchaseLine line = { 0 };

  line.sku = (char *) peek_text (stmt, 1);
  line.ordered = sqlite3_column_int64 (stmt, 2);
  line.received = sqlite3_column_int64 (stmt, 3);
  line.received_damaged = sqlite3_column_int64 (stmt, 4);
  line.cancelled = sqlite3_column_int64 (stmt, 5);

  return sc_inventory_restore_purchase_line (stock, peek_text (stmt, 0), &line, problem);
}

static void
count_line_free (ScInventoryCountLine *line)
{
  g_free (line->sku);
  g_free (line);
}

/* Columns: number, state, started, finished, then one line's sku,
 * expected, counted; rows sorted by number then SKU. The count is
 * restored when its last line has been read. */
typedef struct
{
  ScInventoryCount  count;
  gboolean          pending;
} CountReader;

static gboolean
flush_count (ScInventory  *stock,
             CountReader  *reader,
             GError      **problem)
{
  gboolean ok = TRUE;

  if (reader->pending)
    ok = sc_inventory_restore_count (stock, &reader->count, problem);
  g_ptr_array_set_size (reader->count.lines, 0);
  reader->pending = FALSE;

  return ok;
}

static gboolean
read_count_line (ScInventory   *stock,
                 CountReader   *reader,
                 sqlite3_stmt  *stmt,
                 GError       **problem)
{
  guint number = (guint) sqlite3_column_int64 (stmt, 0);
  ScInventoryCountLine *line;

  if (reader->pending && number != reader->count.number && !flush_count (stock, reader, problem))
    return FALSE;
  if (!reader->pending)
    {
      g_autofree char *what = g_strdup_printf ("count %u", number);

      if (!sc_inventory_count_state_from_string (peek_text (stmt, 1), &reader->count.state))
        return damaged (problem, what, _("state"));
      reader->count.number = number;
      reader->count.started = sqlite3_column_int64 (stmt, 2);
      reader->count.finished = sqlite3_column_int64 (stmt, 3);
      reader->pending = TRUE;
    }

  line = g_new0 (ScInventoryCountLine, 1);
  line->sku = g_strdup (peek_text (stmt, 4));
  line->expected = sqlite3_column_int64 (stmt, 5);
  line->has_counted = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
  line->counted = sqlite3_column_int64 (stmt, 6);
  g_ptr_array_add (reader->count.lines, line);

  return TRUE;
}

typedef gboolean (*ReadRow) (ScInventory   *stock,
                             sqlite3_stmt  *stmt,
                             GError       **problem);

static gboolean
load_rows (sqlite3      *db,
           const ScRun  *run,
           ScInventory  *stock,
           const char   *sql,
           ReadRow       read,
           GError      **error)
{
  sqlite3_stmt *stmt = sc_run_orders_prepare (db, run, sql);
  GError *problem = NULL;
  int rc = SQLITE_ERROR;

  while (stmt != NULL && problem == NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    read (stock, stmt, &problem);

  return finish (db, run, stmt, rc, problem, error);
}

static gboolean
load_counts (sqlite3      *db,
             const ScRun  *run,
             ScInventory  *stock,
             GError      **error)
{
  sqlite3_stmt *stmt = sc_run_orders_prepare (db, run,
                                              "SELECT c.number, c.state, c.started, c.finished, "
                                              "l.sku, l.expected, l.counted "
                                              "FROM sandbox_count_lines l "
                                              "JOIN sandbox_counts c ON c.id = l.count_id "
                                              "WHERE l.run_uuid = ?1 AND l.learner_id = ?2 "
                                              "ORDER BY c.number, l.sku");
  CountReader reader = { { 0 }, FALSE };
  GError *problem = NULL;
  int rc = SQLITE_ERROR;

  reader.count.lines = g_ptr_array_new_with_free_func ((GDestroyNotify) count_line_free);
  while (stmt != NULL && problem == NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    read_count_line (stock, &reader, stmt, &problem);
  if (problem == NULL && rc == SQLITE_DONE)
    flush_count (stock, &reader, &problem);
  g_ptr_array_unref (reader.count.lines);

  return finish (db, run, stmt, rc, problem, error);
}

/**
 * sc_run_load_inventory:
 *
 * Reads the stock of @run: items, ledger, purchase orders and counts,
 * each piece checked. A run without stock gives an empty inventory in
 * its currency.
 *
 * Returns: (transfer full) (nullable): the inventory
 */
ScInventory *
sc_run_load_inventory (sqlite3      *db,
                       const ScRun  *run,
                       GError      **error)
{
  g_autoptr(ScInventory) stock = NULL;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (run != NULL, NULL);

  stock = sc_inventory_new (run->currency);
  if (!load_rows (db, run, stock,
                  "SELECT sku, title, available, committed, unavailable, incoming, unit_cost, "
                  "policy, reorder_point, reorder_quantity, demand, demand_days, lead_time_days, "
                  "safety_stock FROM sandbox_stock_items "
                  "WHERE run_uuid = ?1 AND learner_id = ?2 ORDER BY sku",
                  read_item, error)
      || !load_rows (db, run, stock,
                     "SELECT sequence, time, sku, from_bucket, to_bucket, quantity, reason, "
                     "reference, note, available_after, on_hand_after FROM sandbox_stock_ledger "
                     "WHERE run_uuid = ?1 AND learner_id = ?2 ORDER BY sequence",
                     read_row, error)
      || !load_rows (db, run, stock,
                     "SELECT p.reference, l.sku, l.ordered, l.received, l.received_damaged, "
                     "l.cancelled FROM sandbox_purchase_lines l "
                     "JOIN sandbox_purchase_orders p ON p.id = l.purchase_id "
                     "WHERE l.run_uuid = ?1 AND l.learner_id = ?2 ORDER BY p.reference, l.sku",
                     read_purchase_line, error)
      || !load_counts (db, run, stock, error))
    return NULL;

  return g_steal_pointer (&stock);
}

/* Writing */

static gboolean
item_differs (const ScInventoryItem *a,
              const ScInventoryItem *b)
{
  for (guint bucket = 0; bucket < SC_STOCK_N_BUCKETS; bucket++)
    if (a->quantities[bucket] != b->quantities[bucket])
      return TRUE;

  return g_strcmp0 (a->title, b->title) != 0 || !a->has_unit_cost != !b->has_unit_cost
         || a->unit_cost.minor != b->unit_cost.minor || a->policy != b->policy
         || !a->has_reorder_point != !b->has_reorder_point
         || a->reorder_point != b->reorder_point || a->reorder_quantity != b->reorder_quantity
         || !a->has_demand != !b->has_demand || a->demand != b->demand
         || a->demand_days != b->demand_days || !a->has_lead_time != !b->has_lead_time
         || a->lead_time_days != b->lead_time_days || a->safety_stock != b->safety_stock;
}

static gboolean
write_item (sqlite3                *db,
            const ScRun            *run,
            const ScInventoryItem  *item,
            gboolean                insert,
            GError                **error)
{
  sqlite3_stmt *stmt;

  stmt = sc_run_orders_prepare (db, run,
                                insert
                                ? "INSERT INTO sandbox_stock_items (run_uuid, learner_id, sku, "
                                  "title, available, committed, unavailable, incoming, "
                                  "unit_cost, policy, reorder_point, reorder_quantity, demand, "
                                  "demand_days, lead_time_days, safety_stock) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                  "?13, ?14, ?15, ?16)"
                                : "UPDATE sandbox_stock_items SET title = ?4, available = ?5, "
                                  "committed = ?6, unavailable = ?7, incoming = ?8, "
                                  "unit_cost = ?9, policy = ?10, reorder_point = ?11, "
                                  "reorder_quantity = ?12, demand = ?13, demand_days = ?14, "
                                  "lead_time_days = ?15, safety_stock = ?16 "
                                  "WHERE run_uuid = ?1 AND learner_id = ?2 AND sku = ?3");
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 3, item->sku, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, item->title, -1, SQLITE_TRANSIENT);
      for (guint bucket = SC_STOCK_BUCKET_AVAILABLE; bucket < SC_STOCK_N_BUCKETS; bucket++)
        sqlite3_bind_int64 (stmt, 4 + bucket, item->quantities[bucket]);
      if (item->has_unit_cost)
        sqlite3_bind_int64 (stmt, 9, item->unit_cost.minor);
      sqlite3_bind_text (stmt, 10, sc_inventory_policy_to_string (item->policy), -1,
                         SQLITE_STATIC);
      if (item->has_reorder_point)
        {
          sqlite3_bind_int64 (stmt, 11, item->reorder_point);
          sqlite3_bind_int64 (stmt, 12, item->reorder_quantity);
        }
      if (item->has_demand)
        {
          sqlite3_bind_int64 (stmt, 13, item->demand);
          sqlite3_bind_int64 (stmt, 14, item->demand_days);
        }
      if (item->has_lead_time)
        sqlite3_bind_int64 (stmt, 15, item->lead_time_days);
      sqlite3_bind_int64 (stmt, 16, item->safety_stock);
    }

  return sc_sandbox_run (stmt, db, error);
}

static gboolean
write_row (sqlite3               *db,
           const ScRun           *run,
           const ScInventoryRow  *row,
           GError               **error)
{
  sqlite3_stmt *stmt = sc_run_orders_prepare (db, run,
                                              "INSERT INTO sandbox_stock_ledger (run_uuid, "
                                              "learner_id, sequence, time, sku, from_bucket, "
                                              "to_bucket, quantity, reason, reference, note, "
                                              "available_after, on_hand_after) VALUES (?1, ?2, "
                                              "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, (gint64) row->sequence);
      sqlite3_bind_int64 (stmt, 4, row->time);
      sqlite3_bind_text (stmt, 5, row->sku, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, sc_stock_bucket_to_string (row->from), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, sc_stock_bucket_to_string (row->to), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 8, row->quantity);
      sqlite3_bind_text (stmt, 9, sc_stock_reason_to_string (row->reason), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 10, row->reference, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 11, row->note, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 12, row->available_after);
      sqlite3_bind_int64 (stmt, 13, row->on_hand_after);
    }

  return sc_sandbox_run (stmt, db, error);
}

/* The row id of @key in @table, inserting the row when @insert. */
static gboolean
parent_id (sqlite3      *db,
           const ScRun  *run,
           const char   *select_sql,
           const char   *insert_sql,
           const char   *key,
           gint64        number,
           gboolean      insert,
           gint64       *out_id,
           GError      **error)
{
  sqlite3_stmt *stmt = sc_run_orders_prepare (db, run, insert ? insert_sql : select_sql);
  int rc = SQLITE_ERROR;

  if (stmt != NULL)
    {
      if (key != NULL)
        sqlite3_bind_text (stmt, 3, key, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, 3, number);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *out_id = sqlite3_column_int64 (stmt, 0);
      else if (rc == SQLITE_DONE && insert)
        *out_id = sqlite3_last_insert_rowid (db);
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_ROW || (rc == SQLITE_DONE && insert))
    return TRUE;
  if (rc == SQLITE_DONE)
    return sc_run_orders_corrupt (error, run, _("a purchase order or count is gone"));

  sc_run_set_sqlite_error (error, db);
  return FALSE;
}

static gboolean
purchase_line_differs (const ScPurchaseLine *a,
                       const ScPurchaseLine *b)
{
  return a->ordered != b->ordered || a->received != b->received
         || a->received_damaged != b->received_damaged || a->cancelled != b->cancelled;
}

static gboolean
write_purchase (sqlite3                *db,
                const ScRun            *run,
                const ScPurchaseOrder  *before,
                const ScPurchaseOrder  *after,
                GError                **error)
{
  gint64 id = 0;

  if (!parent_id (db, run,
                  "SELECT id FROM sandbox_purchase_orders "
                  "WHERE run_uuid = ?1 AND learner_id = ?2 AND reference = ?3",
                  "INSERT INTO sandbox_purchase_orders (run_uuid, learner_id, reference) "
                  "VALUES (?1, ?2, ?3)",
                  after->reference, 0, before == NULL, &id, error))
    return FALSE;

  for (guint i = 0; i < after->lines->len; i++)
    {
      const ScPurchaseLine *line = g_ptr_array_index (after->lines, i);
      const ScPurchaseLine *old = before != NULL ? sc_purchase_order_get_line (before, line->sku)
                                                 : NULL;
      sqlite3_stmt *stmt;

      if (old != NULL && !purchase_line_differs (old, line))
        continue;

      stmt = sc_run_orders_prepare (db, run,
                                    old == NULL
                                    ? "INSERT INTO sandbox_purchase_lines (run_uuid, learner_id, "
                                      "purchase_id, sku, ordered, received, received_damaged, "
                                      "cancelled) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                                    : "UPDATE sandbox_purchase_lines SET ordered = ?5, "
                                      "received = ?6, received_damaged = ?7, cancelled = ?8 "
                                      "WHERE run_uuid = ?1 AND learner_id = ?2 "
                                      "AND purchase_id = ?3 AND sku = ?4");
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 3, id);
          sqlite3_bind_text (stmt, 4, line->sku, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 5, line->ordered);
          sqlite3_bind_int64 (stmt, 6, line->received);
          sqlite3_bind_int64 (stmt, 7, line->received_damaged);
          sqlite3_bind_int64 (stmt, 8, line->cancelled);
        }
      if (!sc_sandbox_run (stmt, db, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
count_differs (const ScInventoryCount *a,
               const ScInventoryCount *b)
{
  return a->state != b->state || a->started != b->started || a->finished != b->finished;
}

static gboolean
count_line_differs (const ScInventoryCountLine *a,
                    const ScInventoryCountLine *b)
{
  return a->expected != b->expected || !a->has_counted != !b->has_counted
         || a->counted != b->counted;
}

static gboolean
write_count (sqlite3                 *db,
             const ScRun             *run,
             const ScInventoryCount  *before,
             const ScInventoryCount  *after,
             GError                 **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (!parent_id (db, run,
                  "SELECT id FROM sandbox_counts "
                  "WHERE run_uuid = ?1 AND learner_id = ?2 AND number = ?3",
                  "INSERT INTO sandbox_counts (run_uuid, learner_id, number, started) "
                  "VALUES (?1, ?2, ?3, 0)",
                  NULL, after->number, before == NULL, &id, error))
    return FALSE;

  if (before == NULL || count_differs (before, after))
    {
      stmt = sc_run_orders_prepare (db, run,
                                    "UPDATE sandbox_counts SET state = ?4, started = ?5, "
                                    "finished = ?6 WHERE run_uuid = ?1 AND learner_id = ?2 "
                                    "AND id = ?3");
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 3, id);
          sqlite3_bind_text (stmt, 4, sc_inventory_count_state_to_string (after->state), -1,
                             SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 5, after->started);
          sqlite3_bind_int64 (stmt, 6, after->finished);
        }
      if (!sc_sandbox_run (stmt, db, error))
        return FALSE;
    }

  for (guint i = 0; i < after->lines->len; i++)
    {
      const ScInventoryCountLine *line = g_ptr_array_index (after->lines, i);
      const ScInventoryCountLine *old = before != NULL
                                        ? sc_inventory_count_get_line (before, line->sku) : NULL;

      if (old != NULL && !count_line_differs (old, line))
        continue;

      stmt = sc_run_orders_prepare (db, run,
                                    old == NULL
                                    ? "INSERT INTO sandbox_count_lines (run_uuid, learner_id, "
                                      "count_id, sku, expected, counted) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                                    : "UPDATE sandbox_count_lines SET expected = ?5, "
                                      "counted = ?6 WHERE run_uuid = ?1 AND learner_id = ?2 "
                                      "AND count_id = ?3 AND sku = ?4");
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 3, id);
          sqlite3_bind_text (stmt, 4, line->sku, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 5, line->expected);
          if (line->has_counted)
            sqlite3_bind_int64 (stmt, 6, line->counted);
        }
      if (!sc_sandbox_run (stmt, db, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * sc_run_write_inventory:
 * @before: (nullable): the inventory as read from the database, or %NULL
 *   when @run has no stock rows yet
 * @after: the same inventory after the operations
 *
 * Writes the rows of @after that differ from @before, and no other.
 */
gboolean
sc_run_write_inventory (sqlite3      *db,
                        const ScRun  *run,
                        ScInventory  *before,
                        ScInventory  *after,
                        GError      **error)
{
  g_autoptr(GPtrArray) items = sc_inventory_list_items (after);
  g_autoptr(GPtrArray) purchases = sc_inventory_list_purchases (after);
  guint n_rows = before != NULL ? sc_inventory_get_n_rows (before) : 0;
  guint n_counts = before != NULL ? sc_inventory_get_n_counts (before) : 0;

  g_assert (sc_inventory_get_n_rows (after) >= n_rows);
  g_assert (sc_inventory_get_n_counts (after) >= n_counts);

  for (guint i = 0; i < items->len; i++)
    {
      const ScInventoryItem *item = g_ptr_array_index (items, i);
      const ScInventoryItem *old = before != NULL ? sc_inventory_lookup (before, item->sku) : NULL;

      if ((old == NULL || item_differs (old, item))
          && !write_item (db, run, item, old == NULL, error))
        return FALSE;
    }

  for (guint i = n_rows; i < sc_inventory_get_n_rows (after); i++)
    if (!write_row (db, run, sc_inventory_get_row (after, i), error))
      return FALSE;

  for (guint i = 0; i < purchases->len; i++)
    {
      const ScPurchaseOrder *order = g_ptr_array_index (purchases, i);
      const ScPurchaseOrder *old = before != NULL
                                   ? sc_inventory_lookup_purchase (before, order->reference)
                                   : NULL;

      if (!write_purchase (db, run, old, order, error))
        return FALSE;
    }

  for (guint number = 1; number <= sc_inventory_get_n_counts (after); number++)
    if (!write_count (db, run,
                      number <= n_counts ? sc_inventory_lookup_count (before, number) : NULL,
                      sc_inventory_lookup_count (after, number), error))
      return FALSE;

  return TRUE;
}
