/* sc-woocommerce-csv.h - WooCommerce product CSV files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-catalog-problems.h"
#include "sc-catalog.h"
#include "sc-csv.h"

G_BEGIN_DECLS

gboolean     sc_woocommerce_csv_sniff  (ScCsvReader        *reader);
ScCatalog   *sc_woocommerce_csv_import (ScCsvReader        *reader,
                                        const ScCurrency   *currency,
                                        ScCatalogProblems  *problems,
                                        GError            **error);
ScCsvWriter *sc_woocommerce_csv_export (ScCatalog          *catalog);

G_END_DECLS
