/* fuzz-catalog.c - arbitrary bytes as a Shopify or WooCommerce product file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes go through sc_catalog_file_import_bytes () with the platform
 * told by the header, then as each platform in turn: the CSV reader, the
 * column mapping, money and identifier checks, variants, options, images
 * and the columns Shopcraft keeps verbatim. An import returns a catalog or
 * an error naming the file, never both; every problem is valid UTF-8 on a
 * row that exists. A catalog that came in is exported as it came (its
 * platform and Shopify header set), and the export must import again with
 * no error and give the same canonical dump.
 */
#include <string.h>

#include <glib.h>

#include "sc-catalog-file.h"
#include "sc-error.h"
#include "sc-fuzz.h"

#define NAME "fuzz.csv"

static void
check_round_trip (ScCatalog          *catalog,
                  ScCatalogFormat     format,
                  ScShopifyHeaderSet  set)
{
  g_autoptr(ScCatalogProblems) problems = sc_catalog_problems_new ("export.csv");
  g_autoptr(GBytes) bytes = sc_catalog_file_export_bytes (catalog, format, set);
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  again = sc_catalog_file_import_bytes (bytes, "export.csv", format,
                                        sc_catalog_get_currency (catalog), problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);

  before = sc_catalog_dump (catalog);
  after = sc_catalog_dump (again);
  g_assert_cmpstr (before, ==, after);
}

static void
import_as (GBytes          *bytes,
           ScCatalogFormat  format)
{
  g_autoptr(ScCatalogProblems) problems = sc_catalog_problems_new (NAME);
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;

  catalog = sc_catalog_file_import_bytes (bytes, NAME, format, NULL, problems, &source, &error);
  if (catalog == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == SC_ERROR);
      g_assert_true (g_str_has_prefix (error->message, NAME));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return;
    }

  g_assert_no_error (error);
  g_assert_nonnull (source);
  for (guint i = 0; i < sc_catalog_problems_get_n_items (problems); i++)
    {
      g_autofree char *line = sc_catalog_problems_format (problems, i);

      g_assert_true (g_str_has_prefix (line, NAME));
      g_assert_true (g_utf8_validate (line, -1, NULL));
    }

  /* Written back as the file came, which is what an export does unless
   * told otherwise. (Into the other Shopify header set, a column the file
   * kept can share its name with a column that set writes, such as a
   * legacy file's own "SKU" column and 2025's "SKU": one of them has to
   * go. The conformance tests convert real files between the sets.) */
  if (g_str_equal (source, SC_CATALOG_SOURCE_WOOCOMMERCE))
    check_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, SC_SHOPIFY_HEADER_SET_DEFAULT);
  else if (g_str_equal (source, SC_CATALOG_SOURCE_SHOPIFY_LEGACY))
    check_round_trip (catalog, SC_CATALOG_FORMAT_SHOPIFY, SC_SHOPIFY_HEADER_SET_LEGACY);
  else
    check_round_trip (catalog, SC_CATALOG_FORMAT_SHOPIFY, SC_SHOPIFY_HEADER_SET_2025);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  import_as (bytes, SC_CATALOG_FORMAT_AUTO);
  import_as (bytes, SC_CATALOG_FORMAT_SHOPIFY);
  import_as (bytes, SC_CATALOG_FORMAT_WOOCOMMERCE);

  return 0;
}
