/* sc-catalog-file.h - product files of either platform, by path
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-catalog-problems.h"
#include "sc-catalog.h"
#include "sc-shopify-csv.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CATALOG_FORMAT_AUTO,         /* told by the header */
  SC_CATALOG_FORMAT_SHOPIFY,
  SC_CATALOG_FORMAT_WOOCOMMERCE,
} ScCatalogFormat;

/* What a run records as its source: the export's default layout. */
#define SC_CATALOG_SOURCE_SHOPIFY_LEGACY "shopify-legacy"
#define SC_CATALOG_SOURCE_SHOPIFY_2025   "shopify-2025"
#define SC_CATALOG_SOURCE_WOOCOMMERCE    "woocommerce"

const char *sc_catalog_format_to_string   (ScCatalogFormat     format);
gboolean    sc_catalog_format_from_string (const char         *text,
                                           ScCatalogFormat    *out_format);

ScCatalog  *sc_catalog_file_import        (const char         *path,
                                           const char         *display_name,
                                           ScCatalogFormat     format,
                                           const ScCurrency   *currency,
                                           ScCatalogProblems  *problems,
                                           char              **out_source,
                                           GError            **error);
ScCatalog  *sc_catalog_file_import_bytes  (GBytes             *bytes,
                                           const char         *display_name,
                                           ScCatalogFormat     format,
                                           const ScCurrency   *currency,
                                           ScCatalogProblems  *problems,
                                           char              **out_source,
                                           GError            **error);
gboolean    sc_catalog_file_export        (ScCatalog          *catalog,
                                           const char         *path,
                                           ScCatalogFormat     format,
                                           ScShopifyHeaderSet  header_set,
                                           GError            **error);
GBytes     *sc_catalog_file_export_bytes  (ScCatalog          *catalog,
                                           ScCatalogFormat     format,
                                           ScShopifyHeaderSet  header_set);

G_END_DECLS
