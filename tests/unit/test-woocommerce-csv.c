/* test-woocommerce-csv.c - WooCommerce product files in and out
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-woocommerce-csv.h"
#include "test-catalog-util.h"

static void
test_woocommerce_variable (void)
{
  g_autofree char *path = test_fixture_path ("woocommerce-variable.csv");
  g_autofree char *source = NULL;
  g_autofree char *colours = NULL;
  g_autofree char *sizes = NULL;
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = test_import (path, SC_CATALOG_FORMAT_AUTO, &problems, &source);
  ScCatalogProduct *mug;
  ScCatalogVariant *red;
  ScCatalogVariant *blue;
  ScCatalogVariant *green;
  ScCatalogProduct *set;
  ScCatalogProduct *poster;
  ScCatalogProduct *ebook;

  g_assert_cmpstr (source, ==, SC_CATALOG_SOURCE_WOOCOMMERCE);
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 4);
  g_assert_cmpuint (sc_catalog_count_variants (catalog), ==, 6);
  g_assert_cmpuint (sc_catalog_count_images (catalog), ==, 3);

  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 2);
  test_assert_problem (problems, 0, 5, "The variation “ghost-1” names the parent “id:999”, which is not in this file");
  test_assert_problem (problems, 1, 6, "Regular price: “twelve” is not an amount");

  mug = test_product (catalog, "mug");
  g_assert_cmpint (mug->kind, ==, SC_PRODUCT_KIND_VARIABLE);
  g_assert_cmpstr (mug->description, ==, "<p>Stoneware, 350 ml</p>");
  g_assert_cmpstr (mug->category, ==, "Kitchen > Mugs, Gifts");
  /* "\," is a comma inside one item. */
  g_assert_cmpstr (mug->tags[0], ==, "stoneware");
  g_assert_cmpstr (mug->tags[1], ==, "gift, boxed");
  g_assert_cmpuint (mug->images->len, ==, 2);
  g_assert_cmpstr (test_image (mug, 1)->src, ==, "https://example.com/mug-back.jpg");
  colours = test_option_values (mug, 0);
  sizes = test_option_values (mug, 1);
  g_assert_cmpstr (colours, ==, "Red|Blue|Green");
  g_assert_cmpstr (sizes, ==, "Small, 250 ml|Large");
  g_assert_cmpstr (sc_catalog_extras_lookup (mug->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "Meta: _custom_note"),
                   ==, "keep me");
  g_assert_cmpstr (sc_catalog_extras_lookup (mug->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "SKU"), ==, "mug");

  /* The variation before its parent, by id:; the next by SKU. */
  g_assert_cmpuint (mug->variants->len, ==, 3);
  red = test_variant (mug, 0);
  blue = test_variant (mug, 1);
  green = test_variant (mug, 2);
  g_assert_cmpstr (red->sku, ==, "mug-red");
  g_assert_cmpstr (red->option_values[0], ==, "Red");
  g_assert_null (red->option_values[1]);  /* "any" size */
  /* On sale: the sale price is charged, the regular one struck through. */
  g_assert_cmpint (red->price.minor, ==, 1000);
  g_assert_cmpint (red->compare_at.minor, ==, 1200);
  g_assert_true (red->track_quantity);
  g_assert_cmpint (red->quantity, ==, 5);
  g_assert_cmpint (red->inventory_policy, ==, SC_INVENTORY_POLICY_CONTINUE);
  g_assert_cmpstr (red->weight_grams, ==, "350");
  g_assert_cmpint (red->weight_unit, ==, SC_WEIGHT_UNIT_KG);
  g_assert_cmpstr (red->image_src, ==, "https://example.com/mug-red.jpg");
  g_assert_cmpstr (blue->sku, ==, "mug-blue");
  g_assert_cmpstr (blue->option_values[1], ==, "Large");
  g_assert_false (blue->taxable);
  g_assert_false (blue->track_quantity);
  g_assert_cmpint (blue->price.minor, ==, 1200);
  g_assert_false (blue->has_compare_at);
  g_assert_false (green->has_price);

  set = test_product (catalog, "mug-set");
  g_assert_cmpint (set->kind, ==, SC_PRODUCT_KIND_GROUPED);
  g_assert_false (test_variant (set, 0)->has_price);

  poster = test_product (catalog, "poster");
  g_assert_cmpint (poster->kind, ==, SC_PRODUCT_KIND_EXTERNAL);
  g_assert_cmpint (poster->status, ==, SC_PRODUCT_STATUS_DRAFT);
  g_assert_false (test_variant (poster, 0)->taxable);
  g_assert_cmpint (test_variant (poster, 0)->price.minor, ==, 2000);

  ebook = test_product (catalog, "e-book-guide");
  g_assert_cmpint (ebook->kind, ==, SC_PRODUCT_KIND_SIMPLE);
  g_assert_cmpint (ebook->status, ==, SC_PRODUCT_STATUS_ACTIVE);
  g_assert_false (ebook->published);  /* 0 is private */
  g_assert_false (test_variant (ebook, 0)->requires_shipping);  /* virtual */
}

static void
test_woocommerce_round_trip (void)
{
  g_autofree char *path = test_fixture_path ("woocommerce-variable.csv");
  g_autoptr(ScCatalog) catalog = test_import (path, SC_CATALOG_FORMAT_WOOCOMMERCE, NULL, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScCatalog) again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  test_assert_same_dump (catalog, again);

  /* WooCommerce's exporter writes a byte order mark and its own column
   * order; variations name their parent; kept cells come back as written. */
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbfID,Type,SKU,Name,Published,Description,Tax status,In stock?,"
                                         "Stock,Backorders allowed?,Weight (kg),Sale price,Regular price,"));
  g_assert_nonnull (strstr (text, "\r\n100,variable,mug,Mug,1,\"<p>Stoneware, 350 ml</p>\",taxable,"));
  g_assert_nonnull (strstr (text, "\"stoneware, gift\\, boxed\""));
  g_assert_nonnull (strstr (text, "\"Small\\, 250 ml, Large\""));
  g_assert_nonnull (strstr (text, "\r\n201,variation,mug-red,Mug - Red,1,,taxable,1,5,notify,0.35,10.00,12.00,"));
  g_assert_nonnull (strstr (text, ",mug,Colour,Red,"));
  g_assert_nonnull (strstr (text, "\r\n202,variation,mug-blue,Mug - Blue,1,,shipping,"));
  g_assert_nonnull (strstr (text, "500,\"simple, downloadable, virtual\",ebook,"));
  g_assert_nonnull (strstr (text, ",keep me\r\n"));
  g_assert_null (strstr (text, "ghost-1"));
}

/* WooCommerce reads "notify" and "shipping" in any case; Shopcraft keeps
 * them in WooCommerce's own spelling, so an export writes them back and
 * the next import reads the same store (a fuzzer finding: "notifY" was
 * kept as written, and the exporter, which writes only "notify", lost it). */
static void
test_woocommerce_keyword_case (void)
{
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  catalog = test_import_text ("Type,SKU,Name,Regular price,Stock,Backorders allowed?,Tax status\n"
                              "simple,cup,Cup,4.00,2,NotifY,SHIPPING\n",
                              "cup.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
  g_assert_cmpint (test_variant (test_product (catalog, "cup"), 0)->inventory_policy, ==,
                   SC_INVENTORY_POLICY_CONTINUE);
  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  test_assert_same_dump (catalog, again);
  g_assert_nonnull (strstr (text, ",notify,"));
  g_assert_nonnull (strstr (text, ",shipping,"));
}

/* Variations name their parent by its SKU or its ID. A variable product
 * with neither is exported with its handle as SKU, so it gets that SKU
 * on import already and the re-import reads the same store (a fuzzer
 * finding: the re-import had an SKU the first import did not). */
static void
test_woocommerce_parent_without_reference (void)
{
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ScCatalogProduct *lamp;

  catalog = test_import_text ("Type,Name,Regular price,Attribute 1 name,Attribute 1 value(s)\n"
                              "variable,Desk lamp,,Colour,\"Black, White\"\n",
                              "lamp.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  lamp = test_product (catalog, "desk-lamp");
  g_assert_cmpstr (sc_catalog_extras_lookup (lamp->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "SKU"),
                   ==, "desk-lamp");
  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  test_assert_same_dump (catalog, again);
}

/* A variable product whose own row says "downloadable, virtual" keeps
 * the cell (the model has neither word for a variable product's row),
 * and an export writes it back, so the re-import is the same catalog
 * (a catalog fuzz finding). */
static void
test_woocommerce_virtual_parent (void)
{
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  ScCatalogProduct *guide;

  catalog = test_import_text ("ID,Type,SKU,Name,Parent,Regular price,Attribute 1 name,Attribute 1 value(s)\n"
                              "10,\"variable, downloadable, virtual\",guide,Style guide,,,Format,\"PDF, EPUB\"\n"
                              "11,\"variation, downloadable, virtual\",guide-pdf,Style guide - PDF,id:10,9.00,Format,PDF\n",
                              "guide.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  guide = test_product (catalog, "style-guide");
  g_assert_cmpint (guide->kind, ==, SC_PRODUCT_KIND_VARIABLE);
  g_assert_cmpstr (sc_catalog_extras_lookup (guide->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "Type"),
                   ==, "variable, downloadable, virtual");

  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  test_assert_same_dump (catalog, again);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "\r\n10,\"variable, downloadable, virtual\",guide,"));
}

/* Two variable products share a SKU, as stores that copy a product do.
 * Each variation goes to the nearest of them above it, and the export,
 * which writes each parent followed by its variations, reads back the
 * same store (a catalog fuzz finding: the last parent took them all). */
static void
test_woocommerce_shared_sku (void)
{
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ScCatalogProduct *mug;
  ScCatalogProduct *copy;

  catalog = test_import_text ("ID,Type,SKU,Name,Parent,Regular price,Attribute 1 name,Attribute 1 value(s)\n"
                              "100,variable,mug,Mug,,,Colour,\"Red, Blue\"\n"
                              "101,variation,mug-red,Mug - Red,mug,10.00,Colour,Red\n"
                              "110,variable,mug,Mug (copy),,,Colour,\"Red, Blue\"\n"
                              "111,variation,mug-blue,Mug (copy) - Blue,mug,11.00,Colour,Blue\n"
                              "112,variation,mug-red-2,Mug - Red again,id:100,12.00,Colour,Red\n",
                              "mugs.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  mug = test_product (catalog, "mug");
  copy = test_product (catalog, "mug-copy");
  g_assert_cmpuint (mug->variants->len, ==, 2);
  g_assert_cmpstr (test_variant (mug, 0)->sku, ==, "mug-red");
  g_assert_cmpstr (test_variant (mug, 1)->sku, ==, "mug-red-2");
  g_assert_cmpuint (copy->variants->len, ==, 1);
  g_assert_cmpstr (test_variant (copy, 0)->sku, ==, "mug-blue");

  /* The shared SKU is worth telling, on each variation it decided. */
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 2);
  test_assert_problem (problems, 0, 3, "2 products have the SKU “mug”; the variation was given to the one in row 2, the nearest above it.");
  test_assert_problem (problems, 1, 5, "2 products have the SKU “mug”; the variation was given to the one in row 4, the nearest above it.");

  /* Each of the three variations is told again on the way back. */
  again = test_round_trip_reporting (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, 3, &bytes);
  test_assert_same_dump (catalog, again);
}

/* A parent with two attributes of one name: a variation's attribute
 * names the parent's attribute in the same place, so its empty second
 * "Colour" does not overwrite its first (a catalog fuzz finding), and
 * the export reads back the same. */
static void
test_woocommerce_repeated_attribute (void)
{
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ScCatalogProduct *mug;

  catalog = test_import_text ("ID,Type,SKU,Name,Parent,Regular price,Attribute 1 name,Attribute 1 value(s),"
                              "Attribute 2 name,Attribute 2 value(s)\n"
                              "100,variable,mug,Mug,,,Colour,\"Red, Blue\",colour,Green\n"
                              "101,variation,mug-red,Mug - Red,mug,10.00,Colour,Red,colour,\n"
                              "102,variation,mug-green,Mug - Green,mug,10.00,Colour,,colour,Green\n",
                              "mugs.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  mug = test_product (catalog, "mug");
  g_assert_cmpuint (mug->options->len, ==, 2);
  g_assert_cmpstr (test_variant (mug, 0)->option_values[0], ==, "Red");
  g_assert_cmpstr (test_variant (mug, 1)->option_values[1], ==, "Green");

  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  test_assert_same_dump (catalog, again);
}

/* An attribute column spelled a second way ("Attribute 01 value(s)" and
 * later "Attribute 1 value(s)") is read once, from the first, and the
 * second is reported and left out: kept, it would come back under the
 * column the export writes for the attribute's values, and be lost
 * there (a catalog fuzz finding). */
static void
test_woocommerce_attribute_spelled_twice (void)
{
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *problem = NULL;
  ScCatalogProduct *mug;

  catalog = test_import_text ("Type,SKU,Name,Regular price,Attribute 1 name,Attribute 01 value(s),"
                              "Attribute 1 value(s)\n"
                              "simple,mug,Mug,10.00,Colour,Red,Blue\n",
                              "mugs.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  mug = test_product (catalog, "mug");
  g_assert_cmpuint (mug->options->len, ==, 1);
  g_assert_cmpstr (test_variant (mug, 0)->option_values[0], ==, "Red");
  g_assert_null (sc_catalog_extras_lookup (mug->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE,
                                           "Attribute 1 value(s)"));
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 1);
  problem = sc_catalog_problems_format (problems, 0);
  g_assert_cmpstr (problem, ==, "mugs.csv:1: column 7 (“Attribute 1 value(s)”) is the same attribute "
                                "column as column 6 (“Attribute 01 value(s)”); only column 6 is read");

  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  test_assert_same_dump (catalog, again);
}

/* A file in grams without a single weight is written back in grams: the
 * unit is the variants', and a re-import in kilograms would change it (a
 * catalog fuzz finding). */
static void
test_woocommerce_unit_without_weights (void)
{
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  catalog = test_import_text ("Type,SKU,Name,Regular price,Weight (g)\n"
                              "simple,cup,Cup,4.00,\n",
                              "cup.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  g_assert_cmpint (test_variant (test_product (catalog, "cup"), 0)->weight_unit, ==, SC_WEIGHT_UNIT_G);
  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  test_assert_same_dump (catalog, again);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, ",Weight (g),"));
}

/* A file with a second weight column in another unit: the first is the
 * weight, the second is kept as it is, for simple and variable products
 * alike. The export is written in the variants' unit (the kept column's
 * unit counts only when no variant has a weight) with the kept column
 * after the weight column, so the file comes back the same (a catalog
 * fuzz finding: it came back in kilograms, the kept cells lost). */
static void
test_woocommerce_second_weight_column (void)
{
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  const char *grams;
  const char *kilograms;

  catalog = test_import_text ("Type,SKU,Name,Regular price,Weight (g),Parent,"
                              "Attribute 1 name,Attribute 1 value(s),Weight (kg)\n"
                              "simple,cup,Cup,4.00,250,,,,0.3\n"
                              "simple,mug,Mug,5.00,,,,,2\n"
                              "variable,tee,Tee,,,,Size,\"S, M\",1.5\n"
                              "variation,tee-s,,10.00,,tee,Size,S,\n"
                              "variation,tee-m,,10.00,,tee,Size,M,\n",
                              "weights.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  g_assert_cmpint (test_variant (test_product (catalog, "cup"), 0)->weight_unit, ==, SC_WEIGHT_UNIT_G);
  g_assert_cmpstr (test_variant (test_product (catalog, "cup"), 0)->weight_grams, ==, "250");
  g_assert_cmpstr (sc_catalog_extras_lookup (test_product (catalog, "mug")->extras,
                                             SC_CATALOG_PLATFORM_WOOCOMMERCE, "Weight (kg)"), ==, "2");
  g_assert_cmpstr (sc_catalog_extras_lookup (test_product (catalog, "tee")->extras,
                                             SC_CATALOG_PLATFORM_WOOCOMMERCE, "Weight (kg)"), ==, "1.5");

  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  test_assert_same_dump (catalog, again);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  grams = strstr (text, ",Weight (g),");
  kilograms = strstr (text, "Weight (kg)");
  g_assert_nonnull (grams);
  g_assert_nonnull (kilograms);
  g_assert_true (grams < kilograms);

  /* No variant with a weight: the variants' unit still names the
   * column, not the kept column's. */
  g_clear_pointer (&catalog, g_object_unref);
  g_clear_pointer (&again, g_object_unref);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&problems, sc_catalog_problems_free);
  g_clear_pointer (&text, g_free);
  catalog = test_import_text ("Type,SKU,Name,Regular price,Weight (kg),Weight (g)\n"
                              "simple,cup,Cup,4.00,,250\n",
                              "weights.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  g_assert_cmpint (test_variant (test_product (catalog, "cup"), 0)->weight_unit, ==, SC_WEIGHT_UNIT_KG);
  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  test_assert_same_dump (catalog, again);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  kilograms = strstr (text, ",Weight (kg),");
  grams = strstr (text, "Weight (g)");
  g_assert_nonnull (kilograms);
  g_assert_nonnull (grams);
  g_assert_true (kilograms < grams);
}

static void
test_woocommerce_from_shopify (void)
{
  g_autofree char *path = test_fixture_path ("shopify-legacy.csv");
  g_autoptr(ScCatalog) catalog = test_import (path, SC_CATALOG_FORMAT_SHOPIFY, NULL, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScCatalog) again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  ScCatalogProduct *sock;

  /* Shopify's kept columns stay out of a WooCommerce file. */
  g_assert_null (strstr (text, "Google Shopping"));
  /* The variable product has no SKU of its own: its handle stands in.
   * Barcodes go to WooCommerce's GTIN column. */
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbfType,SKU,\"GTIN, UPC, EAN, or ISBN\",Name,"));
  g_assert_nonnull (strstr (text, "\r\nvariable,trail-sock,,Trail Sock,1,"));
  g_assert_nonnull (strstr (text, "\r\nvariation,SOCK-L-N,5012345678924,"));
  /* 80 g is no round number of ounces: kilograms keep it exact. */
  g_assert_nonnull (strstr (text, "Weight (kg)"));

  g_assert_cmpuint (sc_catalog_get_n_products (again), ==, 1);
  sock = test_product (again, "trail-sock");
  g_assert_cmpuint (sock->variants->len, ==, 3);
  g_assert_cmpuint (sock->images->len, ==, 3);
  g_assert_cmpint (test_variant (sock, 0)->price.minor, ==, 1400);
  g_assert_cmpint (test_variant (sock, 0)->compare_at.minor, ==, 1800);
  g_assert_cmpint (test_variant (sock, 0)->quantity, ==, 30);
  g_assert_cmpstr (test_variant (sock, 0)->weight_grams, ==, "80");
  g_assert_cmpstr (test_variant (sock, 2)->option_values[1], ==, "Navy");
  g_assert_cmpstr (test_variant (sock, 2)->barcode, ==, "5012345678924");
}

static void
test_woocommerce_neutralizing (void)
{
  static const char text[] =
    "ID,Type,SKU,Name,Published,Regular price,Tags\n"
    "7,simple,neg-1,'=SUM(A1:A9),1,-2,\"'@home, '-sale\"\n";
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = test_import_text (text, "formula.csv", SC_CATALOG_FORMAT_AUTO, &problems);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autofree char *out = NULL;
  ScCatalogProduct *product;

  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
  product = test_product (catalog, "sum-a1-a9");
  /* WooCommerce's exporter put the apostrophe there; it goes on import. */
  g_assert_cmpstr (product->title, ==, "=SUM(A1:A9)");
  g_assert_cmpint (test_variant (product, 0)->price.minor, ==, -200);
  /* The whole cell was neutralised, so only its start was. */
  g_assert_cmpstr (product->tags[0], ==, "@home");
  g_assert_cmpstr (product->tags[1], ==, "'-sale");

  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, &bytes);
  test_assert_same_dump (catalog, again);
  out = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (out, ",'=SUM(A1:A9),"));
  g_assert_nonnull (strstr (out, ",-2.00,"));
}

/* Attribute cells that fit nowhere are reported and left out: kept,
 * they would clash with the parent's attributes when written back. */
static void
test_woocommerce_stray_attributes (void)
{
  static const char text[] =
    "ID,Type,SKU,Name,Regular price,Parent,Attribute 1 name,Attribute 1 value(s),Attribute 2 name,Attribute 2 value(s)\n"
    "1,variable,lamp,Lamp,,,Colour,\"Red, Blue\",,Large\n"
    "2,variation,lamp-red,Lamp - Red,10,lamp,Colour,Red,Shade,Linen\n";
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = test_import_text (text, "stray.csv", SC_CATALOG_FORMAT_WOOCOMMERCE, &problems);
  g_autoptr(ScCatalog) again = NULL;
  ScCatalogProduct *lamp = test_product (catalog, "lamp");

  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 2);
  test_assert_problem (problems, 0, 2, "Attribute 2 value(s): “Large” has no attribute name beside it");
  test_assert_problem (problems, 1, 3, "The variation “lamp-red” sets the attribute “Shade”, which its parent “lamp” does not have; it was left out");
  g_assert_cmpuint (lamp->options->len, ==, 1);
  g_assert_cmpstr (test_variant (lamp, 0)->option_values[0], ==, "Red");
  g_assert_null (sc_catalog_extras_lookup (test_variant (lamp, 0)->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE,
                                           "Attribute 2 name"));

  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, NULL);
  test_assert_same_dump (catalog, again);
}

static void
test_woocommerce_sample (void)
{
  g_autofree char *dir = test_samples_dir ();
  g_autofree char *path = NULL;
  g_autofree char *colours = NULL;
  g_autofree char *sizes = NULL;
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScCatalog) again = NULL;
  ScCatalogProduct *vneck;
  ScCatalogProduct *hoodie;
  ScCatalogProduct *beanie;
  ScCatalogProduct *album;
  ScCatalogProduct *pennant;
  ScCatalogProduct *collection;

  if (dir == NULL)
    return;

  path = test_sample_path (dir, "woocommerce_products", "woocommerce_sample_products.csv");
  catalog = test_import (path, SC_CATALOG_FORMAT_AUTO, &problems, NULL);
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 18);
  g_assert_cmpuint (sc_catalog_count_variants (catalog), ==, 23);
  g_assert_cmpuint (sc_catalog_count_images (catalog), ==, 26);

  vneck = test_product (catalog, "v-neck-t-shirt");
  g_assert_cmpint (vneck->kind, ==, SC_PRODUCT_KIND_VARIABLE);
  colours = test_option_values (vneck, 0);
  sizes = test_option_values (vneck, 1);
  g_assert_cmpstr (colours, ==, "Blue|Green|Red");
  g_assert_cmpstr (sizes, ==, "Large|Medium|Small");
  g_assert_cmpuint (vneck->variants->len, ==, 3);
  g_assert_cmpstr (test_variant (vneck, 0)->sku, ==, "woo-vneck-tee-red");
  g_assert_cmpint (test_variant (vneck, 0)->price.minor, ==, 2000);
  g_assert_cmpint (test_variant (vneck, 2)->price.minor, ==, 1500);
  g_assert_cmpstr (sc_catalog_extras_lookup (vneck->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "Weight (lbs)"),
                   ==, ".5");

  hoodie = test_product (catalog, "hoodie");
  g_assert_cmpuint (hoodie->variants->len, ==, 4);
  g_assert_cmpint (test_variant (hoodie, 0)->price.minor, ==, 4200);
  g_assert_cmpint (test_variant (hoodie, 0)->compare_at.minor, ==, 4500);
  g_assert_cmpstr (test_variant (hoodie, 3)->option_values[1], ==, "Yes");

  beanie = test_product (catalog, "beanie");
  g_assert_cmpint (test_variant (beanie, 0)->price.minor, ==, 1800);
  g_assert_cmpint (test_variant (beanie, 0)->compare_at.minor, ==, 2000);
  g_assert_cmpstr (test_variant (beanie, 0)->weight_grams, ==, "90.718474");  /* .2 lbs */
  g_assert_cmpint (test_variant (beanie, 0)->weight_unit, ==, SC_WEIGHT_UNIT_LB);

  album = test_product (catalog, "album");
  g_assert_false (test_variant (album, 0)->requires_shipping);
  g_assert_cmpstr (sc_catalog_extras_lookup (album->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "Download 1 name"),
                   ==, "Single 1");

  pennant = test_product (catalog, "wordpress-pennant");
  g_assert_cmpint (pennant->kind, ==, SC_PRODUCT_KIND_EXTERNAL);
  g_assert_cmpint (test_variant (pennant, 0)->price.minor, ==, 1105);

  collection = test_product (catalog, "logo-collection");
  g_assert_cmpint (collection->kind, ==, SC_PRODUCT_KIND_GROUPED);
  g_assert_cmpuint (collection->images->len, ==, 4);

  again = test_round_trip (catalog, SC_CATALOG_FORMAT_WOOCOMMERCE, 0, NULL);
  test_assert_same_dump (catalog, again);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/woocommerce-csv/variable", test_woocommerce_variable);
  g_test_add_func ("/woocommerce-csv/round-trip", test_woocommerce_round_trip);
  g_test_add_func ("/woocommerce-csv/keyword-case", test_woocommerce_keyword_case);
  g_test_add_func ("/woocommerce-csv/parent-without-reference", test_woocommerce_parent_without_reference);
  g_test_add_func ("/woocommerce-csv/virtual-parent", test_woocommerce_virtual_parent);
  g_test_add_func ("/woocommerce-csv/shared-sku", test_woocommerce_shared_sku);
  g_test_add_func ("/woocommerce-csv/repeated-attribute", test_woocommerce_repeated_attribute);
  g_test_add_func ("/woocommerce-csv/attribute-spelled-twice", test_woocommerce_attribute_spelled_twice);
  g_test_add_func ("/woocommerce-csv/unit-without-weights", test_woocommerce_unit_without_weights);
  g_test_add_func ("/woocommerce-csv/second-weight-column", test_woocommerce_second_weight_column);
  g_test_add_func ("/woocommerce-csv/from-shopify", test_woocommerce_from_shopify);
  g_test_add_func ("/woocommerce-csv/neutralizing", test_woocommerce_neutralizing);
  g_test_add_func ("/woocommerce-csv/stray-attributes", test_woocommerce_stray_attributes);
  g_test_add_func ("/woocommerce-csv/sample", test_woocommerce_sample);

  return g_test_run ();
}
