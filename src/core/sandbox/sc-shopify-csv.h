/* sc-shopify-csv.h - Shopify product CSV files, legacy and 2025 header sets
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-catalog-problems.h"
#include "sc-catalog.h"
#include "sc-csv.h"

G_BEGIN_DECLS

typedef enum
{
  SC_SHOPIFY_HEADER_SET_LEGACY,  /* Handle, Body (HTML), Variant Price, … (until 2024) */
  SC_SHOPIFY_HEADER_SET_2025,    /* URL handle, Description, Price, … */
} ScShopifyHeaderSet;

#define SC_SHOPIFY_HEADER_SET_DEFAULT SC_SHOPIFY_HEADER_SET_2025

const char *sc_shopify_header_set_to_string   (ScShopifyHeaderSet   set);
gboolean    sc_shopify_header_set_from_string (const char          *text,
                                               ScShopifyHeaderSet  *out_set);

gboolean    sc_shopify_csv_sniff              (ScCsvReader         *reader,
                                               ScShopifyHeaderSet  *out_set);
ScCatalog  *sc_shopify_csv_import             (ScCsvReader         *reader,
                                               const ScCurrency    *currency,
                                               ScCatalogProblems   *problems,
                                               ScShopifyHeaderSet  *out_set,
                                               GError             **error);
ScCsvWriter *sc_shopify_csv_export            (ScCatalog           *catalog,
                                               ScShopifyHeaderSet   set);

G_END_DECLS
