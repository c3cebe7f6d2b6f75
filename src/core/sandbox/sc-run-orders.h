/* sc-run-orders.h - a run's orders and stock in the database, and the learner's steps on them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order queue and the inventory sheet of a practice run live in the
 * tables of 0009-orders.sql. A scenario's start (or "Start over") writes
 * them whole (sc_run_save_shop ()); from then on every learner step is
 * one action, as an edit of the catalog is (sc-sandbox-action.h): one
 * transaction loads the order and the stock, applies the request with
 * the models' rules (sc-order-request.h), writes back exactly the rows
 * that changed and appends one action with the changeset of that change,
 * so sc_sandbox_undo () and sc_sandbox_redo () reverse it exactly. A
 * refusal changes nothing and logs nothing, and its error is the model's,
 * word for word.
 */
#pragma once

#include <sqlite3.h>

#include "sc-inventory.h"
#include "sc-order-request.h"
#include "sc-order.h"
#include "sc-run.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* Kinds of the log: "order-" or "stock-" and the step's id, e.g.
 * "order-fulfil", "stock-receive-purchase". */
#define SC_SANDBOX_ACTION_ORDER_PREFIX "order-"
#define SC_SANDBOX_ACTION_STOCK_PREFIX "stock-"

/* Reading (sc-run-orders.c, sc-run-stock.c): any connection, no transaction needed */
GPtrArray   *sc_run_load_orders     (sqlite3               *db,
                                     const ScRun           *run,
                                     GError               **error);
ScOrder     *sc_run_load_order      (sqlite3               *db,
                                     const ScRun           *run,
                                     const char            *name,
                                     GError               **error);
ScInventory *sc_run_load_inventory  (sqlite3               *db,
                                     const ScRun           *run,
                                     GError               **error);

/* Writing the whole shop (sc-sandbox-order.c): inside the caller's transaction */
gboolean     sc_run_save_shop       (sqlite3               *db,
                                     const ScRun           *run,
                                     GPtrArray             *orders,
                                     ScInventory           *stock,
                                     GError               **error);

/* The learner's steps, each one logged, undoable action (sc-sandbox-order.c) */
gboolean     sc_sandbox_order_act   (ScDatabase            *database,
                                     const ScRun           *run,
                                     gint64                 learner_id,
                                     const char            *order_name,
                                     const ScOrderRequest  *request,
                                     gint64                 now,
                                     gint64                *out_sequence,
                                     GError               **error);
gboolean     sc_sandbox_stock_act   (ScDatabase            *database,
                                     const ScRun           *run,
                                     gint64                 learner_id,
                                     const ScStockRequest  *request,
                                     gint64                 now,
                                     gint64                *out_sequence,
                                     GError               **error);

G_END_DECLS
