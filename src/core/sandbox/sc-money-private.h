/* sc-money-private.h - what the money files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-money.h"

G_BEGIN_DECLS

guint64  sc_money_magnitude    (gint64   value);
gboolean sc_money_set_overflow (GError **error);

G_END_DECLS
