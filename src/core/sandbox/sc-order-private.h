/* sc-order-private.h - what the order files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files depend in one direction only: sc-order-names.c and
 * sc-order.c (facts, sums, statuses) at the bottom, sc-order-rules.c
 * (sc_order_can ()) above them, the operations (sc-order-ops.c,
 * sc-order-refund.c) and the dump on top.
 */
#pragma once

#include "sc-order.h"

G_BEGIN_DECLS

/* sc-order.c */
gboolean     sc_order_fail                (GError           **error,
                                           ScOrderError       code,
                                           const char        *format,
                                           ...) G_GNUC_PRINTF (3, 4);
gboolean     sc_order_fail_overflow       (const ScOrder     *self,
                                           GError           **error);
char        *sc_order_format_amount       (const ScOrder     *self,
                                           gint64             minor);
char        *sc_order_format_time         (gint64             time);
gboolean     sc_order_check_amount        (const ScOrder     *self,
                                           ScMoney            amount,
                                           const char        *what,
                                           GError           **error);
gboolean     sc_order_total_minor         (const ScOrder     *self,
                                           gint64            *total,
                                           GError           **error);
gboolean     sc_order_items_refunded      (const ScOrder     *self,
                                           gint64            *value,
                                           GError           **error);
gboolean     sc_order_tax_share           (const ScOrder     *self,
                                           gint64             items_value,
                                           gint64            *share,
                                           GError           **error);
gint64       sc_order_capturable_minor    (const ScOrder     *self,
                                           gint64             now);
GPtrArray   *sc_order_moves_new           (void);
void         sc_order_add_move            (GPtrArray         *moves,
                                           const char        *sku,
                                           ScStockBucket      from,
                                           ScStockBucket      to,
                                           gint64             quantity,
                                           ScStockReason      reason);
void         sc_order_settle_lines        (ScOrder           *self);

/* sc-order-shipments.c */
gboolean     sc_order_check_tracking      (const ScOrder     *self,
                                           const char        *carrier,
                                           const char        *tracking,
                                           GError           **error);

/* sc-order-names.c */
const char  *sc_order_hold_reason_phrase  (ScOrderHoldReason  reason);

G_END_DECLS
