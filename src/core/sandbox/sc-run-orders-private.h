/* sc-run-orders-private.h - what the files of a run's orders and stock share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc-sandbox-order.c (saving the shop, the actions) calls down into
 * sc-run-orders-write.c and sc-run-orders.c (orders) and sc-run-stock.c
 * (stock); the writer uses the reader's helpers; nothing calls back up.
 */
#pragma once

#include "sc-run-orders.h"
#include "sc-run-private.h"

G_BEGIN_DECLS

/* The tables of 0009-orders.sql, parents before children. */
extern const char * const sc_run_order_tables[];
extern const char * const sc_run_stock_tables[];

#define SC_RUN_N_ORDER_COLUMNS 23
extern const char * const sc_run_order_columns[SC_RUN_N_ORDER_COLUMNS];

/* sc-run-orders.c */
sqlite3_stmt *sc_run_orders_prepare   (sqlite3           *db,
                                       const ScRun       *run,
                                       const char        *sql);
gboolean      sc_run_orders_corrupt   (GError          **error,
                                       const ScRun       *run,
                                       const char        *problem);

/* sc-run-orders-write.c */
gboolean      sc_run_write_order      (sqlite3           *db,
                                       const ScRun       *run,
                                       const ScOrder     *before,
                                       const ScOrder     *after,
                                       GError           **error);

/* sc-run-stock.c */
gboolean      sc_run_write_inventory  (sqlite3           *db,
                                       const ScRun       *run,
                                       ScInventory       *before,
                                       ScInventory       *after,
                                       GError           **error);

G_END_DECLS
