/* sc-catalog-file.c - product files of either platform, by path
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which platform wrote a file is told by its header: Shopify's files have
 * a handle column ("Handle" or "URL handle"), WooCommerce's a "Type" and
 * a "Name". The learner can say it instead.
 */
#include "config.h"

#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-catalog-file.h"
#include "sc-error.h"
#include "sc-woocommerce-csv.h"

const char *
sc_catalog_format_to_string (ScCatalogFormat format)
{
  switch (format)
    {
    case SC_CATALOG_FORMAT_SHOPIFY:
      return "shopify";
    case SC_CATALOG_FORMAT_WOOCOMMERCE:
      return "woocommerce";
    case SC_CATALOG_FORMAT_AUTO:
    default:
      return "auto";
    }
}

gboolean
sc_catalog_format_from_string (const char      *text,
                               ScCatalogFormat *out_format)
{
  if (g_strcmp0 (text, "shopify") == 0)
    *out_format = SC_CATALOG_FORMAT_SHOPIFY;
  else if (g_strcmp0 (text, "woocommerce") == 0)
    *out_format = SC_CATALOG_FORMAT_WOOCOMMERCE;
  else
    return FALSE;

  return TRUE;
}

static ScCatalog *
import_reader (ScCsvReader        *reader,
               ScCatalogFormat     format,
               const ScCurrency   *currency,
               ScCatalogProblems  *problems,
               char              **out_source,
               GError            **error)
{
  ScShopifyHeaderSet set = SC_SHOPIFY_HEADER_SET_DEFAULT;
  ScCatalog *catalog;

  if (format == SC_CATALOG_FORMAT_AUTO)
    {
      if (sc_shopify_csv_sniff (reader, NULL))
        format = SC_CATALOG_FORMAT_SHOPIFY;
      else if (sc_woocommerce_csv_sniff (reader))
        format = SC_CATALOG_FORMAT_WOOCOMMERCE;
      else
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("%s is neither a Shopify nor a WooCommerce product file: its first line has no “Handle” or “URL handle” column, nor “Type” and “Name”. Export the products from the store again, or give --format if the columns were renamed."),
                       sc_csv_reader_get_display_name (reader));
          return NULL;
        }
    }

  if (format == SC_CATALOG_FORMAT_SHOPIFY)
    {
      catalog = sc_shopify_csv_import (reader, currency, problems, &set, error);
      if (catalog != NULL && out_source != NULL)
        *out_source = g_strdup (set == SC_SHOPIFY_HEADER_SET_LEGACY ? SC_CATALOG_SOURCE_SHOPIFY_LEGACY
                                                                    : SC_CATALOG_SOURCE_SHOPIFY_2025);
      return catalog;
    }

  catalog = sc_woocommerce_csv_import (reader, currency, problems, error);
  if (catalog != NULL && out_source != NULL)
    *out_source = g_strdup (SC_CATALOG_SOURCE_WOOCOMMERCE);

  return catalog;
}

/**
 * sc_catalog_file_import:
 * @display_name: (nullable): the file as problems name it; the path's
 *   base name when %NULL
 * @format: the platform, or %SC_CATALOG_FORMAT_AUTO to tell from the header
 * @currency: (nullable): the store's currency
 * @problems: where doubtful cells are reported
 * @out_source: (out) (optional) (transfer full): what wrote the file, one
 *   of the SC_CATALOG_SOURCE_ names
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL when the
 *   file cannot be read or is no product file
 */
ScCatalog *
sc_catalog_file_import (const char         *path,
                        const char         *display_name,
                        ScCatalogFormat     format,
                        const ScCurrency   *currency,
                        ScCatalogProblems  *problems,
                        char              **out_source,
                        GError            **error)
{
  g_autoptr(ScCsvReader) reader = NULL;
  g_autofree char *base = NULL;
  ScCsvOptions options;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  if (display_name == NULL)
    display_name = base = g_path_get_basename (path);

  /* The reader sets aside as much memory as its size cap allows: when
   * the file is smaller, the file's size is cap enough. A file over the
   * default cap still meets that cap and its message. */
  sc_csv_options_init (&options);
  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) &&
      (guint64) st.st_size < SC_CSV_DEFAULT_MAX_FILE_SIZE)
    options.max_file_size = MAX ((gsize) st.st_size, 1);

  reader = sc_csv_reader_new_for_path (path, display_name, &options, error);
  if (reader == NULL)
    return NULL;

  return import_reader (reader, format, currency, problems, out_source, error);
}

/**
 * sc_catalog_file_import_bytes:
 *
 * As sc_catalog_file_import(), for a file already in memory.
 */
ScCatalog *
sc_catalog_file_import_bytes (GBytes             *bytes,
                              const char         *display_name,
                              ScCatalogFormat     format,
                              const ScCurrency   *currency,
                              ScCatalogProblems  *problems,
                              char              **out_source,
                              GError            **error)
{
  g_autoptr(ScCsvReader) reader = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  reader = sc_csv_reader_new_for_bytes (bytes, display_name, NULL, error);
  if (reader == NULL)
    return NULL;

  return import_reader (reader, format, currency, problems, out_source, error);
}

/**
 * sc_catalog_file_export_bytes:
 * @header_set: the Shopify header set; ignored for WooCommerce
 *
 * Returns: (transfer full): the file's bytes
 */
GBytes *
sc_catalog_file_export_bytes (ScCatalog          *catalog,
                              ScCatalogFormat     format,
                              ScShopifyHeaderSet  header_set)
{
  g_autoptr(ScCsvWriter) writer = NULL;

  g_return_val_if_fail (SC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (format != SC_CATALOG_FORMAT_AUTO, NULL);

  if (format == SC_CATALOG_FORMAT_SHOPIFY)
    writer = sc_shopify_csv_export (catalog, header_set);
  else
    writer = sc_woocommerce_csv_export (catalog);

  return sc_csv_writer_to_bytes (writer);
}

/**
 * sc_catalog_file_export:
 *
 * Writes @catalog to @path in one piece: a failure leaves no half file.
 */
gboolean
sc_catalog_file_export (ScCatalog          *catalog,
                        const char         *path,
                        ScCatalogFormat     format,
                        ScShopifyHeaderSet  header_set,
                        GError            **error)
{
  g_autoptr(ScCsvWriter) writer = NULL;

  g_return_val_if_fail (SC_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != SC_CATALOG_FORMAT_AUTO, FALSE);

  if (format == SC_CATALOG_FORMAT_SHOPIFY)
    writer = sc_shopify_csv_export (catalog, header_set);
  else
    writer = sc_woocommerce_csv_export (catalog);

  return sc_csv_writer_save (writer, path, error);
}
