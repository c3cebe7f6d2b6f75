/* sc-catalog-values.h - reading and writing the cells of product files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quantities, yes/no flags and weights as the platforms write them, read
 * exactly: a weight is a decimal kept as text ("226.796185" grams), never
 * a double, so that a file read and written again says the same thing.
 */
#pragma once

#include <glib.h>

#include "sc-catalog-product.h"
#include "sc-money.h"

G_BEGIN_DECLS

gboolean  sc_catalog_parse_money       (const char        *text,
                                        const ScCurrency  *currency,
                                        ScMoney           *out_money,
                                        GError           **error);
gboolean  sc_catalog_parse_bool        (const char    *text,
                                        gboolean      *out_value);
gboolean  sc_catalog_parse_quantity    (const char    *text,
                                        gint64        *out_value);
char     *sc_catalog_decimal_normalize (const char    *text);
char     *sc_catalog_weight_to_grams   (const char    *value,
                                        ScWeightUnit   unit);
char     *sc_catalog_weight_from_grams (const char    *grams,
                                        ScWeightUnit   unit);

G_END_DECLS
