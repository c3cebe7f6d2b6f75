/* sc-run-orders.c - a run's orders in the database: reading them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Orders are read whole (lines, shipments and their items, messages) and
 * checked with sc_order_check (), so a damaged row is reported where it
 * is read; sc-run-orders-write.c writes them back.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-error.h"
#include "sc-run-orders-private.h"
#include "sc-sandbox-action-private.h"

const char * const sc_run_order_tables[] = {
  "sandbox_orders",
  "sandbox_order_lines",
  "sandbox_shipments",
  "sandbox_shipment_items",
  "sandbox_order_messages",
  NULL,
};

/* The columns of sandbox_orders after run_uuid and learner_id, in the
 * order the reader reads and the writer binds them. */
const char * const sc_run_order_columns[SC_RUN_N_ORDER_COLUMNS] = {
  "name", "customer", "state", "payment", "shipping", "tax", "handling_hours", "placed_at",
  "ship_by", "authorized", "authorized_at", "captured", "refunded", "shipping_refunded",
  "voided", "hold", "risk", "reviewed", "cancel_reason", "cancelled_at", "closed_at",
  "last_shipped_at", "fulfilled_at",
};

/* Prepares @sql with the run bound as ?1 and the learner as ?2. */
sqlite3_stmt *
sc_run_orders_prepare (sqlite3     *db,
                       const ScRun *run,
                       const char  *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, run->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, run->learner_id);

  return stmt;
}

gboolean
sc_run_orders_corrupt (GError      **error,
                       const ScRun  *run,
                       const char   *problem)
{
  g_set_error (error, SC_ERROR, SC_ERROR_CORRUPT,
               _("The practice run “%s” is damaged: %s. Check the database with "
                 "Preferences › Check now, or start the run over."),
               run->name, problem);
  return FALSE;
}

static gboolean
order_corrupt (GError        **error,
               const ScRun    *run,
               const char     *name,
               const char     *problem)
{
  g_autofree char *text = g_strdup_printf (_("order %s %s"), name, problem);

  return sc_run_orders_corrupt (error, run, text);
}

static gboolean
risk_from_text (const char         *text,
                ScOrderRiskSignals *out_risk)
{
  g_auto(GStrv) names = g_strsplit (text, " ", -1);
  ScOrderRiskSignals risk = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      ScOrderRiskSignals signal;

      if (*names[i] == '\0' && names[1] == NULL)
        break;
      if (!sc_order_risk_signal_from_string (names[i], &signal))
        return FALSE;
      risk |= signal;
    }

  *out_risk = risk;
  return TRUE;
}

/* Reading */

typedef struct
{
  sqlite3     *db;
  const ScRun *run;
  gint64       order_id;   /* the one order to read its rows, or 0 for all */
  GPtrArray   *orders;     /* (element-type ScOrder) */
  GHashTable  *by_id;      /* row id → ScOrder */
  GHashTable  *shipments;  /* row id → ScOrderShipment */
} Loader;

static const char *
peek_text (sqlite3_stmt *stmt,
           int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gpointer
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* A row the query read but SQLite could not finish is an I/O problem,
 * not damage: report it as SQLite says. */
static gboolean
finish (Loader        *self,
        sqlite3_stmt  *stmt,
        int            rc,
        gboolean       ok,
        GError       **error)
{
  sqlite3_finalize (stmt);
  if (!ok)
    return FALSE;
  if (stmt == NULL || rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, self->db);
      return FALSE;
    }

  return TRUE;
}

static ScOrder *
read_order (Loader        *self,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  const char *name = peek_text (stmt, 1);
  g_autoptr(ScOrder) order = sc_order_new (*name != '\0' ? name : "?", peek_text (stmt, 2),
                                           self->run->currency);
  ScOrderState state;
  ScOrderPayment payment;
  ScOrderHoldReason hold;
  ScOrderCancelReason cancel_reason;
  ScOrderRiskSignals risk;

  if (!sc_order_state_from_string (peek_text (stmt, 3), &state)
      || !sc_order_payment_from_string (peek_text (stmt, 4), &payment)
      || !sc_order_hold_reason_from_string (peek_text (stmt, 16), &hold)
      || !risk_from_text (peek_text (stmt, 17), &risk)
      || !sc_order_cancel_reason_from_string (peek_text (stmt, 19), &cancel_reason))
    {
      order_corrupt (error, self->run, order->name,
                     _("has a state, reason or signal Shopcraft does not know"));
      return NULL;
    }

  order->state = state;
  order->payment = payment;
  order->shipping = sqlite3_column_int64 (stmt, 5);
  order->tax = sqlite3_column_int64 (stmt, 6);
  order->handling_hours = sqlite3_column_int64 (stmt, 7);
  order->placed_at = sqlite3_column_int64 (stmt, 8);
  order->ship_by = sqlite3_column_int64 (stmt, 9);
  order->authorized = sqlite3_column_int64 (stmt, 10);
  order->authorized_at = sqlite3_column_int64 (stmt, 11);
  order->captured = sqlite3_column_int64 (stmt, 12);
  order->refunded = sqlite3_column_int64 (stmt, 13);
  order->shipping_refunded = sqlite3_column_int64 (stmt, 14);
  order->voided = sqlite3_column_int64 (stmt, 15) != 0;
  order->hold = hold;
  order->risk = risk;
  order->reviewed = sqlite3_column_int64 (stmt, 18) != 0;
  order->cancel_reason = cancel_reason;
  order->cancelled_at = sqlite3_column_int64 (stmt, 20);
  order->closed_at = sqlite3_column_int64 (stmt, 21);
  order->last_shipped_at = sqlite3_column_int64 (stmt, 22);
  order->fulfilled_at = sqlite3_column_int64 (stmt, 23);

  return g_steal_pointer (&order);
}

static gboolean
load_orders (Loader      *self,
             const char  *name,
             GError     **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT id");
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc = SQLITE_ERROR;

  for (guint i = 0; i < SC_RUN_N_ORDER_COLUMNS; i++)
    g_string_append_printf (sql, ", %s", sc_run_order_columns[i]);
  /* Drafts have not been placed: they come last. */
  g_string_append (sql, " FROM sandbox_orders WHERE run_uuid = ?1 AND learner_id = ?2 "
                        "AND (?3 IS NULL OR name = ?3) "
                        "ORDER BY placed_at = 0, placed_at, name");
  stmt = sc_run_orders_prepare (self->db, self->run, sql->str);
  if (stmt != NULL)
    {
      if (name != NULL)
        sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
      while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          ScOrder *order = read_order (self, stmt, error);

          if ((ok = order != NULL))
            {
              g_ptr_array_add (self->orders, order);
              g_hash_table_insert (self->by_id, id_key (sqlite3_column_int64 (stmt, 0)), order);
              if (name != NULL)
                self->order_id = sqlite3_column_int64 (stmt, 0);
            }
        }
    }

  return finish (self, stmt, rc, ok, error);
}

/* The rows of a child table, each with its parent's row id in column 0
 * and its position in column 1; @read adds one to its parent. */
typedef gboolean (*ReadChild) (Loader        *self,
                               gpointer       parent,
                               sqlite3_stmt  *stmt,
                               GError       **error);

static gboolean
load_children (Loader      *self,
               const char  *sql,
               GHashTable  *parents,
               ReadChild    read,
               GError     **error)
{
  sqlite3_stmt *stmt = sc_run_orders_prepare (self->db, self->run, sql);
  gboolean ok = TRUE;
  int rc = SQLITE_ERROR;

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, self->order_id);
      while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 parent_id = sqlite3_column_int64 (stmt, 0);
          gpointer parent = g_hash_table_lookup (parents, &parent_id);

          if (parent != NULL)
            ok = read (self, parent, stmt, error);
        }
    }

  return finish (self, stmt, rc, ok, error);
}

static gboolean
check_position (Loader        *self,
                const ScOrder *order,
                sqlite3_stmt  *stmt,
                guint          n_before,
                GError       **error)
{
  if (sqlite3_column_int64 (stmt, 1) == (gint64) n_before + 1)
    return TRUE;

  return order_corrupt (error, self->run, order->name, _("has rows out of position"));
}

static gboolean
read_line (Loader        *self,
           gpointer       parent,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  ScOrder *order = parent;
  ScOrderLine *line;

  if (!check_position (self, order, stmt, order->lines->len, error))
    return FALSE;

  line = sc_order_line_new (peek_text (stmt, 2), peek_text (stmt, 3),
                            sqlite3_column_int64 (stmt, 4), sqlite3_column_int64 (stmt, 5));
  line->fulfilled = sqlite3_column_int64 (stmt, 6);
  line->removed = sqlite3_column_int64 (stmt, 7);
  line->refunded = sqlite3_column_int64 (stmt, 8);
  line->returned = sqlite3_column_int64 (stmt, 9);
  g_ptr_array_add (order->lines, line);

  return TRUE;
}

static gboolean
read_shipment (Loader        *self,
               gpointer       parent,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  ScOrder *order = parent;
  ScOrderShipment *shipment;

  if (!check_position (self, order, stmt, order->shipments->len, error))
    return FALSE;

  shipment = sc_order_shipment_new (sqlite3_column_int64 (stmt, 2),
                                    (const char *) sqlite3_column_text (stmt, 3),
                                    (const char *) sqlite3_column_text (stmt, 4));
  g_ptr_array_add (order->shipments, shipment);
  g_hash_table_insert (self->shipments, id_key (sqlite3_column_int64 (stmt, 5)), shipment);

  return TRUE;
}

static gboolean
read_shipment_item (Loader        *self,
                    gpointer       parent,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  ScOrderShipment *shipment = parent;
  ScOrderShipmentItem *item;

  if (sqlite3_column_int64 (stmt, 1) != (gint64) shipment->items->len + 1
      || sqlite3_column_int64 (stmt, 3) < 1 || *peek_text (stmt, 2) == '\0')
    return order_corrupt (error, self->run, peek_text (stmt, 4),
                          _("has a shipment whose items are out of position"));

  item = g_new0 (ScOrderShipmentItem, 1);
  item->sku = g_strdup (peek_text (stmt, 2));
  item->quantity = sqlite3_column_int64 (stmt, 3);
  g_ptr_array_add (shipment->items, item);

  return TRUE;
}

static gboolean
read_message (Loader        *self,
              gpointer       parent,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  ScOrder *order = parent;
  ScOrderMessage *message;

  if (!check_position (self, order, stmt, order->messages->len, error))
    return FALSE;

  message = sc_order_message_new (sqlite3_column_int64 (stmt, 2), peek_text (stmt, 3));
  message->from_customer = sqlite3_column_int (stmt, 4) != 0;
  g_ptr_array_add (order->messages, message);

  return TRUE;
}

static gboolean
load_all (Loader      *self,
          const char  *name,
          GError     **error)
{
  if (!load_orders (self, name, error))
    return FALSE;
  if (self->orders->len == 0)
    return TRUE;

  if (!load_children (self,
                      "SELECT order_id, position, sku, title, quantity, unit_price, fulfilled, "
                      "removed, refunded, returned FROM sandbox_order_lines "
                      "WHERE run_uuid = ?1 AND learner_id = ?2 AND (?3 = 0 OR order_id = ?3) "
                      "ORDER BY order_id, position",
                      self->by_id, read_line, error)
      || !load_children (self,
                         "SELECT order_id, position, shipped_at, carrier, tracking, id "
                         "FROM sandbox_shipments "
                         "WHERE run_uuid = ?1 AND learner_id = ?2 AND (?3 = 0 OR order_id = ?3) "
                         "ORDER BY order_id, position",
                         self->by_id, read_shipment, error)
      || !load_children (self,
                         "SELECT i.shipment_id, i.position, i.sku, i.quantity, o.name "
                         "FROM sandbox_shipment_items i "
                         "JOIN sandbox_shipments s ON s.id = i.shipment_id "
                         "JOIN sandbox_orders o ON o.id = s.order_id "
                         "WHERE i.run_uuid = ?1 AND i.learner_id = ?2 "
                         "AND (?3 = 0 OR s.order_id = ?3) "
                         "ORDER BY i.shipment_id, i.position",
                         self->shipments, read_shipment_item, error)
      || !load_children (self,
                         "SELECT order_id, position, sent_at, text, from_customer "
                         "FROM sandbox_order_messages "
                         "WHERE run_uuid = ?1 AND learner_id = ?2 AND (?3 = 0 OR order_id = ?3) "
                         "ORDER BY order_id, position",
                         self->by_id, read_message, error))
    return FALSE;

  for (guint i = 0; i < self->orders->len; i++)
    {
      g_autoptr(GError) problem = NULL;

      if (!sc_order_check (g_ptr_array_index (self->orders, i), &problem))
        return sc_run_orders_corrupt (error, self->run, problem->message);
    }

  return TRUE;
}

static GPtrArray *
load (sqlite3      *db,
      const ScRun  *run,
      const char   *name,
      GError      **error)
{
  g_autoptr(GPtrArray) orders = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_order_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) shipments = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                           NULL);
  Loader loader = { db, run, 0, orders, by_id, shipments };

  if (!load_all (&loader, name, error))
    return NULL;

  return g_steal_pointer (&orders);
}

/**
 * sc_run_load_orders:
 *
 * Reads every order of @run, each checked with sc_order_check (): a
 * damaged one is an SC_ERROR_CORRUPT error naming it.
 *
 * Returns: (transfer container) (element-type ScOrder) (nullable): the
 *   orders, oldest placed first, then by name; drafts last
 */
GPtrArray *
sc_run_load_orders (sqlite3      *db,
                    const ScRun  *run,
                    GError      **error)
{
  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (run != NULL, NULL);

  return load (db, run, NULL, error);
}

/**
 * sc_run_load_order:
 * @name: the order's name, "#1001"
 *
 * Returns: (transfer full) (nullable): the order; SC_ERROR_INVALID_INPUT
 *   when @run has none of that name
 */
ScOrder *
sc_run_load_order (sqlite3      *db,
                   const ScRun  *run,
                   const char   *name,
                   GError      **error)
{
  g_autoptr(GPtrArray) orders = NULL;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (run != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  orders = load (db, run, name, error);
  if (orders == NULL)
    return NULL;
  if (orders->len == 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The practice run “%s” has no order %s; reload the orders and try again."),
                   run->name, name);
      return NULL;
    }

  return g_ptr_array_steal_index (orders, 0);
}
