/* sc-run-orders-write.c - a run's orders in the database: writing what changed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An order is compared with what was read and only the rows that differ
 * are written: lines, shipments and messages are addressed by their
 * position in the order, which the reader checks runs 1, 2, … without
 * gaps. Under the session of an action, the changeset then holds exactly
 * the step and nothing else.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-run-orders-private.h"
#include "sc-sandbox-action-private.h"

static char *
risk_to_text (ScOrderRiskSignals risk)
{
  GString *text = g_string_new (NULL);

  for (guint bit = 0; bit < 32; bit++)
    if (risk & (1u << bit))
      {
        if (text->len > 0)
          g_string_append_c (text, ' ');
        g_string_append (text, sc_order_risk_signal_to_string (1u << bit));
      }

  return g_string_free (text, FALSE);
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/* Binds sc_run_order_columns of @order from ?3 on. */
static void
bind_order (sqlite3_stmt  *stmt,
            const ScOrder *order)
{
  g_autofree char *risk = risk_to_text (order->risk);
  const gint64 integers[] = {
    order->shipping, order->tax, order->handling_hours, order->placed_at, order->ship_by,
    order->authorized, order->authorized_at, order->captured, order->refunded,
    order->shipping_refunded, order->voided ? 1 : 0,
  };
  int index = 3;

  sqlite3_bind_text (stmt, index++, order->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, index++, order->customer, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, index++, sc_order_state_to_string (order->state), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, index++, sc_order_payment_to_string (order->payment), -1,
                     SQLITE_STATIC);
  for (guint i = 0; i < G_N_ELEMENTS (integers); i++)
    sqlite3_bind_int64 (stmt, index++, integers[i]);
  sqlite3_bind_text (stmt, index++, sc_order_hold_reason_to_string (order->hold), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, index++, risk, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, index++, order->reviewed ? 1 : 0);
  sqlite3_bind_text (stmt, index++, sc_order_cancel_reason_to_string (order->cancel_reason), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, index++, order->cancelled_at);
  sqlite3_bind_int64 (stmt, index++, order->closed_at);
  sqlite3_bind_int64 (stmt, index++, order->last_shipped_at);
  sqlite3_bind_int64 (stmt, index++, order->fulfilled_at);
  g_assert (index == 3 + (int) SC_RUN_N_ORDER_COLUMNS);
}

static gboolean
order_row_differs (const ScOrder *a,
                   const ScOrder *b)
{
  return g_strcmp0 (a->customer, b->customer) != 0 || a->state != b->state
         || a->payment != b->payment || a->shipping != b->shipping || a->tax != b->tax
         || a->handling_hours != b->handling_hours || a->placed_at != b->placed_at
         || a->ship_by != b->ship_by || a->authorized != b->authorized
         || a->authorized_at != b->authorized_at || a->captured != b->captured
         || a->refunded != b->refunded || a->shipping_refunded != b->shipping_refunded
         || !a->voided != !b->voided || a->hold != b->hold || a->risk != b->risk
         || !a->reviewed != !b->reviewed || a->cancel_reason != b->cancel_reason
         || a->cancelled_at != b->cancelled_at || a->closed_at != b->closed_at
         || a->last_shipped_at != b->last_shipped_at || a->fulfilled_at != b->fulfilled_at;
}

static gboolean
write_order_row (sqlite3        *db,
                 const ScRun    *run,
                 const ScOrder  *order,
                 gint64          id,
                 gint64         *out_id,
                 GError        **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;

  if (id == 0)
    {
      g_string_append (sql, "INSERT INTO sandbox_orders (run_uuid, learner_id");
      for (guint i = 0; i < SC_RUN_N_ORDER_COLUMNS; i++)
        g_string_append_printf (sql, ", %s", sc_run_order_columns[i]);
      g_string_append (sql, ") VALUES (?1, ?2");
      for (guint i = 0; i < SC_RUN_N_ORDER_COLUMNS; i++)
        g_string_append_printf (sql, ", ?%u", i + 3);
      g_string_append (sql, ")");
    }
  else
    {
      g_string_append (sql, "UPDATE sandbox_orders SET ");
      for (guint i = 0; i < SC_RUN_N_ORDER_COLUMNS; i++)
        g_string_append_printf (sql, "%s%s = ?%u", i > 0 ? ", " : "", sc_run_order_columns[i],
                                i + 3);
      g_string_append_printf (sql, " WHERE run_uuid = ?1 AND learner_id = ?2 AND id = ?%u",
                              (guint) SC_RUN_N_ORDER_COLUMNS + 3);
    }

  stmt = sc_run_orders_prepare (db, run, sql->str);
  if (stmt != NULL)
    {
      bind_order (stmt, order);
      if (id != 0)
        sqlite3_bind_int64 (stmt, SC_RUN_N_ORDER_COLUMNS + 3, id);
    }
  if (!sc_sandbox_run (stmt, db, error))
    return FALSE;

  *out_id = id != 0 ? id : sqlite3_last_insert_rowid (db);
  return TRUE;
}

static gboolean
find_order_id (sqlite3      *db,
               const ScRun  *run,
               const char   *name,
               gint64       *out_id,
               GError      **error)
{
  sqlite3_stmt *stmt = sc_run_orders_prepare (db, run,
                                              "SELECT id FROM sandbox_orders "
                                              "WHERE run_uuid = ?1 AND learner_id = ?2 "
                                              "AND name = ?3");
  int rc = SQLITE_ERROR;

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        *out_id = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    {
      g_autofree char *problem = g_strdup_printf (_("order %s is gone"), name);

      return sc_run_orders_corrupt (error, run, problem);
    }

  sc_run_set_sqlite_error (error, db);
  return FALSE;
}

static gboolean
line_differs (const ScOrderLine *a,
              const ScOrderLine *b)
{
  return g_strcmp0 (a->sku, b->sku) != 0 || g_strcmp0 (a->title, b->title) != 0
         || a->quantity != b->quantity || a->unit_price != b->unit_price
         || a->fulfilled != b->fulfilled || a->removed != b->removed
         || a->refunded != b->refunded || a->returned != b->returned;
}

static gboolean
write_line (sqlite3            *db,
            const ScRun        *run,
            gint64              order_id,
            guint               position,
            const ScOrderLine  *line,
            gboolean            insert,
            GError            **error)
{
  sqlite3_stmt *stmt;

  stmt = sc_run_orders_prepare (db, run,
                                insert
                                ? "INSERT INTO sandbox_order_lines (run_uuid, learner_id, "
                                  "order_id, position, sku, title, quantity, unit_price, "
                                  "fulfilled, removed, refunded, returned) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                                : "UPDATE sandbox_order_lines SET sku = ?5, title = ?6, "
                                  "quantity = ?7, unit_price = ?8, fulfilled = ?9, "
                                  "removed = ?10, refunded = ?11, returned = ?12 "
                                  "WHERE run_uuid = ?1 AND learner_id = ?2 AND order_id = ?3 "
                                  "AND position = ?4");
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, order_id);
      sqlite3_bind_int64 (stmt, 4, position);
      sqlite3_bind_text (stmt, 5, line->sku, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, line->title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 7, line->quantity);
      sqlite3_bind_int64 (stmt, 8, line->unit_price);
      sqlite3_bind_int64 (stmt, 9, line->fulfilled);
      sqlite3_bind_int64 (stmt, 10, line->removed);
      sqlite3_bind_int64 (stmt, 11, line->refunded);
      sqlite3_bind_int64 (stmt, 12, line->returned);
    }

  return sc_sandbox_run (stmt, db, error);
}

static gboolean
write_shipment (sqlite3                *db,
                const ScRun            *run,
                gint64                  order_id,
                guint                   position,
                const ScOrderShipment  *shipment,
                gboolean                insert,
                GError                **error)
{
  sqlite3_stmt *stmt;
  gint64 shipment_id;

  stmt = sc_run_orders_prepare (db, run,
                                insert
                                ? "INSERT INTO sandbox_shipments (run_uuid, learner_id, order_id, "
                                  "position, shipped_at, carrier, tracking) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                : "UPDATE sandbox_shipments SET shipped_at = ?5, carrier = ?6, "
                                  "tracking = ?7 WHERE run_uuid = ?1 AND learner_id = ?2 "
                                  "AND order_id = ?3 AND position = ?4");
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, order_id);
      sqlite3_bind_int64 (stmt, 4, position);
      sqlite3_bind_int64 (stmt, 5, shipment->shipped_at);
      bind_text_or_null (stmt, 6, shipment->carrier);
      bind_text_or_null (stmt, 7, shipment->tracking);
    }
  if (!sc_sandbox_run (stmt, db, error))
    return FALSE;
  if (!insert)
    return TRUE;

  /* A shipment's items never change once it has left. */
  shipment_id = sqlite3_last_insert_rowid (db);
  for (guint i = 0; i < shipment->items->len; i++)
    {
      const ScOrderShipmentItem *item = g_ptr_array_index (shipment->items, i);

      stmt = sc_run_orders_prepare (db, run,
                                    "INSERT INTO sandbox_shipment_items (run_uuid, learner_id, "
                                    "shipment_id, position, sku, quantity) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 3, shipment_id);
          sqlite3_bind_int64 (stmt, 4, i + 1);
          sqlite3_bind_text (stmt, 5, item->sku, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 6, item->quantity);
        }
      if (!sc_sandbox_run (stmt, db, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_message (sqlite3               *db,
               const ScRun           *run,
               gint64                 order_id,
               guint                  position,
               const ScOrderMessage  *message,
               GError               **error)
{
  sqlite3_stmt *stmt = sc_run_orders_prepare (db, run,
                                              "INSERT INTO sandbox_order_messages (run_uuid, "
                                              "learner_id, order_id, position, sent_at, text, "
                                              "from_customer) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, order_id);
      sqlite3_bind_int64 (stmt, 4, position);
      sqlite3_bind_int64 (stmt, 5, message->sent_at);
      sqlite3_bind_text (stmt, 6, message->text, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 7, message->from_customer ? 1 : 0);
    }

  return sc_sandbox_run (stmt, db, error);
}

static gboolean
shipment_differs (const ScOrderShipment *a,
                  const ScOrderShipment *b)
{
  return a->shipped_at != b->shipped_at || g_strcmp0 (a->carrier, b->carrier) != 0
         || g_strcmp0 (a->tracking, b->tracking) != 0;
}

/**
 * sc_run_write_order:
 * @before: (nullable): the order as read from the database, or %NULL
 *   for a new one
 * @after: the same order after the operations: lines, shipments and
 *   messages are only ever added, never taken away
 *
 * Writes the rows of @after that differ from @before, and no other.
 */
gboolean
sc_run_write_order (sqlite3        *db,
                    const ScRun    *run,
                    const ScOrder  *before,
                    const ScOrder  *after,
                    GError        **error)
{
  guint n_lines = before != NULL ? before->lines->len : 0;
  guint n_shipments = before != NULL ? before->shipments->len : 0;
  guint n_messages = before != NULL ? before->messages->len : 0;
  gint64 id = 0;

  g_assert (before == NULL || g_str_equal (before->name, after->name));
  g_assert (after->lines->len >= n_lines && after->shipments->len >= n_shipments
            && after->messages->len >= n_messages);

  if (before != NULL && !find_order_id (db, run, before->name, &id, error))
    return FALSE;
  if ((before == NULL || order_row_differs (before, after))
      && !write_order_row (db, run, after, id, &id, error))
    return FALSE;

  for (guint i = 0; i < after->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (after->lines, i);

      if ((i >= n_lines || line_differs (g_ptr_array_index (before->lines, i), line))
          && !write_line (db, run, id, i + 1, line, i >= n_lines, error))
        return FALSE;
    }
  for (guint i = 0; i < after->shipments->len; i++)
    {
      const ScOrderShipment *shipment = g_ptr_array_index (after->shipments, i);

      if ((i >= n_shipments
           || shipment_differs (g_ptr_array_index (before->shipments, i), shipment))
          && !write_shipment (db, run, id, i + 1, shipment, i >= n_shipments, error))
        return FALSE;
    }
  for (guint i = n_messages; i < after->messages->len; i++)
    if (!write_message (db, run, id, i + 1, g_ptr_array_index (after->messages, i), error))
      return FALSE;

  return TRUE;
}
