/* test-shopify-csv.c - Shopify product files in and out, as a store admin would see them
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-shopify-csv.h"
#include "test-catalog-util.h"

static void
test_shopify_image_only_rows (void)
{
  g_autofree char *path = test_fixture_path ("shopify-image-only.csv");
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = test_import (path, SC_CATALOG_FORMAT_AUTO, &problems, NULL);
  g_autofree char *colours = NULL;
  ScCatalogProduct *tote;
  ScCatalogProduct *pin;
  ScCatalogVariant *natural;
  ScCatalogVariant *black;

  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 2);
  g_assert_cmpuint (sc_catalog_count_variants (catalog), ==, 3);
  g_assert_cmpuint (sc_catalog_count_images (catalog), ==, 4);

  tote = test_product (catalog, "canvas-tote");
  g_assert_cmpstr (tote->title, ==, "Canvas Tote");
  /* A quoted cell keeps its line break. */
  g_assert_cmpstr (tote->description, ==, "<p>Heavy canvas.</p>\n<p>Two handles, one pocket.</p>");
  g_assert_cmpint (tote->description_format, ==, SC_DESCRIPTION_FORMAT_HTML);
  g_assert_cmpstr (tote->tags[0], ==, "bags");
  g_assert_cmpstr (tote->tags[1], ==, "canvas");
  g_assert_null (tote->tags[2]);
  g_assert_cmpint (tote->status, ==, SC_PRODUCT_STATUS_ACTIVE);
  g_assert_true (tote->published);
  g_assert_cmpint (tote->kind, ==, SC_PRODUCT_KIND_VARIABLE);
  colours = test_option_values (tote, 0);
  g_assert_cmpstr (test_option (tote, 0)->name, ==, "Colour");
  g_assert_cmpstr (colours, ==, "Natural|Black");

  /* Numbered images first, in their order, then the unnumbered one;
   * the image-only rows add images, not variants. */
  g_assert_cmpstr (test_image (tote, 0)->src, ==, "images/tote-natural.jpg");
  g_assert_cmpstr (test_image (tote, 1)->src, ==, "https://example.com/tote-detail.jpg");
  g_assert_cmpstr (test_image (tote, 1)->alt, ==, "Stitching detail");
  g_assert_cmpstr (test_image (tote, 2)->src, ==, "images/tote-black.jpg");
  g_assert_cmpstr (test_image (tote, 3)->alt, ==, "Strap");

  natural = test_variant (tote, 0);
  black = test_variant (tote, 1);
  g_assert_cmpstr (natural->sku, ==, "TOTE-NAT");
  g_assert_cmpstr (natural->barcode, ==, "0012345678905");  /* leading zeros kept */
  g_assert_cmpint (natural->price.minor, ==, 2450);
  g_assert_true (natural->has_compare_at);
  g_assert_cmpint (natural->compare_at.minor, ==, 3000);
  g_assert_cmpint (natural->cost.minor, ==, 980);
  g_assert_true (natural->track_quantity);
  g_assert_cmpint (natural->quantity, ==, 12);
  g_assert_cmpstr (natural->weight_grams, ==, "420");
  g_assert_true (sc_catalog_product_get_variant_image (tote, natural) == test_image (tote, 0));
  g_assert_cmpstr (sc_catalog_extras_lookup (tote->extras, SC_CATALOG_PLATFORM_SHOPIFY,
                                             "Google Shopping / Condition"), ==, "new");
  g_assert_false (black->has_compare_at);
  g_assert_cmpint (black->inventory_policy, ==, SC_INVENTORY_POLICY_CONTINUE);
  g_assert_cmpint (black->quantity, ==, 0);

  /* One way to buy it: Shopify's "Title: Default Title" is no option. */
  pin = test_product (catalog, "enamel-pin");
  g_assert_cmpuint (pin->options->len, ==, 0);
  g_assert_cmpint (pin->kind, ==, SC_PRODUCT_KIND_SIMPLE);
  g_assert_null (test_variant (pin, 0)->option_values[0]);
  g_assert_false (test_variant (pin, 0)->taxable);
  g_assert_false (test_variant (pin, 0)->track_quantity);
  g_assert_cmpint (pin->status, ==, SC_PRODUCT_STATUS_DRAFT);
  g_assert_false (pin->published);
}

/* Both names of one column ("Handle" and 2025's "URL handle"): the first
 * is read, the other is said to be ignored and really is, so it is not
 * written back as a column of its own. */
static void
test_shopify_column_aliases (void)
{
  const char *text = "Handle,Title,URL handle,Variant Price\r\nmug,Mug,other-mug,12.00\r\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(ScCatalogProblems) problems = sc_catalog_problems_new ("aliases.csv");
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;

  catalog = sc_catalog_file_import_bytes (bytes, "aliases.csv", SC_CATALOG_FORMAT_SHOPIFY, NULL,
                                          problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 1);
  test_assert_problem (problems, 0, 1, "column 3 (“URL handle”) is another name for column 1 "
                                       "(“Handle”); only column 1 is read");
  dump = sc_catalog_dump (catalog);
  g_assert_nonnull (strstr (dump, "product \"mug\""));
  g_assert_null (strstr (dump, "other-mug"));
}

static void
test_shopify_semicolons (void)
{
  g_autofree char *path = test_fixture_path ("shopify-semicolon.csv");
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = test_import (path, SC_CATALOG_FORMAT_AUTO, &problems, NULL);
  g_autofree char *colours = NULL;
  ScCatalogProduct *mug;

  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
  mug = test_product (catalog, "kaffeebecher");
  g_assert_cmpstr (mug->vendor, ==, "Töpferei Nord");
  g_assert_cmpstr (mug->description, ==, "<p>Steingut; 300 ml</p>");
  colours = test_option_values (mug, 0);
  g_assert_cmpstr (colours, ==, "Blau|Grün");
  /* German spreadsheets write decimal commas. */
  g_assert_cmpint (test_variant (mug, 0)->price.minor, ==, 1290);
  g_assert_cmpint (test_variant (mug, 0)->compare_at.minor, ==, 1500);
  g_assert_cmpint (test_variant (mug, 1)->quantity, ==, 5);
  g_assert_cmpstr (test_variant (mug, 1)->barcode, ==, "4006381333948");
}

static void
test_shopify_utf16 (void)
{
  g_autofree char *path = test_fixture_path ("shopify-utf16.csv");
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = test_import (path, SC_CATALOG_FORMAT_AUTO, &problems, NULL);
  ScCatalogProduct *tea;

  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
  tea = test_product (catalog, "green-tea");
  g_assert_cmpstr (tea->title, ==, "Thé vert «Sencha»");
  g_assert_cmpint (test_variant (tea, 0)->price.minor, ==, 850);
  g_assert_cmpint (test_variant (tea, 0)->quantity, ==, 40);
}

static void
test_shopify_mangled_barcodes (void)
{
  g_autofree char *path = test_fixture_path ("shopify-mangled-barcodes.csv");
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = test_import (path, SC_CATALOG_FORMAT_AUTO, &problems, NULL);
  g_autofree char *first = NULL;
  ScCatalogProduct *lamp;

  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 4);
  first = sc_catalog_problems_format (problems, 0);
  g_assert_cmpstr (first, ==,
                   "shopify-mangled-barcodes.csv:2: “3.65275E+11” in column “Variant Barcode” is a "
                   "number a spreadsheet rewrote in scientific notation, so its digits are lost. "
                   "Export the file again from the store, or format the column as Text in the "
                   "spreadsheet and type the codes again.");
  test_assert_problem (problems, 1, 4, "“4.00638E+12” in column “Variant Barcode”");
  test_assert_problem (problems, 2, 4, "Variant Price: “thirty” is not an amount");
  test_assert_problem (problems, 3, 4, "Variant Inventory Qty: “4.5” is not a whole number");

  /* What could be read is kept, barcodes as written, for the linter. */
  lamp = test_product (catalog, "desk-lamp");
  g_assert_cmpuint (lamp->variants->len, ==, 3);
  g_assert_cmpstr (test_variant (lamp, 0)->barcode, ==, "3.65275E+11");
  g_assert_cmpstr (test_variant (lamp, 1)->barcode, ==, "036000291452");
  g_assert_false (test_variant (lamp, 2)->has_price);
  g_assert_cmpint (test_variant (lamp, 2)->quantity, ==, 0);
}

static void
test_shopify_header_sets (void)
{
  g_autofree char *legacy_path = test_fixture_path ("shopify-legacy.csv");
  g_autofree char *modern_path = test_fixture_path ("shopify-2025.csv");
  g_autofree char *legacy_source = NULL;
  g_autofree char *modern_source = NULL;
  g_autoptr(ScCatalog) legacy = test_import (legacy_path, SC_CATALOG_FORMAT_AUTO, NULL, &legacy_source);
  g_autoptr(ScCatalog) modern = test_import (modern_path, SC_CATALOG_FORMAT_SHOPIFY, NULL, &modern_source);
  g_autoptr(GBytes) legacy_bytes = NULL;
  g_autoptr(GBytes) modern_bytes = NULL;
  g_autoptr(ScCatalog) via_legacy = NULL;
  g_autoptr(ScCatalog) via_modern = NULL;
  ScCatalogProduct *sock;
  g_autofree char *legacy_text = NULL;
  g_autofree char *modern_text = NULL;
  const char *text;

  g_assert_cmpstr (legacy_source, ==, SC_CATALOG_SOURCE_SHOPIFY_LEGACY);
  g_assert_cmpstr (modern_source, ==, SC_CATALOG_SOURCE_SHOPIFY_2025);

  /* The same store in either set of column names is the same store,
   * kept columns included ("Google Shopping / MPN" was renamed). */
  test_assert_same_dump (legacy, modern);
  sock = test_product (legacy, "trail-sock");
  g_assert_cmpuint (sock->variants->len, ==, 3);
  g_assert_cmpuint (sock->images->len, ==, 3);
  g_assert_cmpstr (test_variant (sock, 0)->weight_grams, ==, "80");
  g_assert_cmpint (test_variant (sock, 0)->weight_unit, ==, SC_WEIGHT_UNIT_OZ);
  g_assert_cmpint (test_variant (sock, 2)->inventory_policy, ==, SC_INVENTORY_POLICY_CONTINUE);
  g_assert_cmpstr (sc_catalog_extras_lookup (test_variant (sock, 1)->extras, SC_CATALOG_PLATFORM_SHOPIFY,
                                             "Google Shopping / Manufacturer part number (MPN)"),
                   ==, "SOCK-L-G-MPN");

  /* Written in either set, each header says so, and reads back equal. */
  via_legacy = test_round_trip (modern, SC_CATALOG_FORMAT_SHOPIFY, SC_SHOPIFY_HEADER_SET_LEGACY, &legacy_bytes);
  via_modern = test_round_trip (legacy, SC_CATALOG_FORMAT_SHOPIFY, SC_SHOPIFY_HEADER_SET_2025, &modern_bytes);
  test_assert_same_dump (legacy, via_legacy);
  test_assert_same_dump (legacy, via_modern);

  /* The exports are bytes, not strings: no NUL at the end. */
  legacy_text = g_strndup (g_bytes_get_data (legacy_bytes, NULL), g_bytes_get_size (legacy_bytes));
  text = legacy_text;
  g_assert_true (g_str_has_prefix (text, "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,"));
  g_assert_nonnull (strstr (text, ",Google Shopping / MPN,"));
  g_assert_nonnull (strstr (text, ",Compare At Price / International,Status\r\n"));
  g_assert_nonnull (strstr (text, ",deny,manual,14.00,18.00,"));
  modern_text = g_strndup (g_bytes_get_data (modern_bytes, NULL), g_bytes_get_size (modern_bytes));
  text = modern_text;
  g_assert_true (g_str_has_prefix (text, "Title,URL handle,Description,Vendor,Product category,Type,Tags,"
                                         "Published on online store,Status,SKU,Barcode,"));
  g_assert_nonnull (strstr (text, ",Google Shopping / Manufacturer part number (MPN)"));
  g_assert_nonnull (strstr (text, "Compare-at price / International"));
  g_assert_nonnull (strstr (text, "Trail Sock,trail-sock,<p>Merino blend.</p>,Ridge Co,"));
}

static void
test_shopify_fixtures_round_trip (void)
{
  static const char * const fixtures[] = {
    "shopify-image-only.csv", "shopify-semicolon.csv", "shopify-utf16.csv",
    "shopify-mangled-barcodes.csv", "shopify-legacy.csv", "shopify-2025.csv",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    for (guint set = 0; set < 2; set++)
      {
        g_autofree char *path = test_fixture_path (fixtures[i]);
        g_autoptr(ScCatalog) catalog = test_import (path, SC_CATALOG_FORMAT_SHOPIFY, NULL, NULL);
        /* The two barcodes a spreadsheet ruined stay as they were, and
         * are reported again. */
        guint n_problems = strcmp (fixtures[i], "shopify-mangled-barcodes.csv") == 0 ? 2 : 0;
        g_autoptr(ScCatalog) again = test_round_trip_reporting (catalog, SC_CATALOG_FORMAT_SHOPIFY, set,
                                                                n_problems, NULL);

        g_test_message ("%s in the %s header set", fixtures[i], sc_shopify_header_set_to_string (set));
        test_assert_same_dump (catalog, again);
      }
}

static void
test_shopify_neutralizing (void)
{
  g_autoptr(ScCatalog) catalog = sc_catalog_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScCatalog) again = NULL;
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  ScCatalogProduct *product = sc_catalog_product_new ("formula");
  ScCatalogVariant *variant = sc_catalog_variant_new (sc_catalog_get_currency (catalog));

  sc_catalog_set_string (&product->title, "=HYPERLINK(\"http://example.com\")");
  sc_catalog_set_string (&product->vendor, "+Acme");
  sc_catalog_set_string (&product->seo_title, "'=already neutralised");
  sc_catalog_set_string (&variant->sku, "-5");
  sc_catalog_set_string (&variant->barcode, "+4006381333931");
  variant->has_price = TRUE;
  variant->price = sc_money_init (-500, sc_catalog_get_currency (catalog));
  variant->quantity = -3;
  g_ptr_array_add (product->variants, variant);
  sc_catalog_add_product (catalog, product, NULL);

  again = test_round_trip (catalog, SC_CATALOG_FORMAT_SHOPIFY, SC_SHOPIFY_HEADER_SET_LEGACY, &bytes);
  test_assert_same_dump (catalog, again);

  /* In the file, text cells cannot start a formula; numbers and codes
   * are as they are. */
  reader = sc_csv_reader_new_for_bytes (bytes, "export.csv", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_csv_reader_next (reader, &error));
  g_assert_cmpstr (sc_csv_reader_get_field_by_name (reader, "Title"), ==, "'=HYPERLINK(\"http://example.com\")");
  g_assert_cmpstr (sc_csv_reader_get_field_by_name (reader, "Vendor"), ==, "'+Acme");
  g_assert_cmpstr (sc_csv_reader_get_field_by_name (reader, "SEO Title"), ==, "''=already neutralised");
  g_assert_cmpstr (sc_csv_reader_get_field_by_name (reader, "Variant SKU"), ==, "-5");
  g_assert_cmpstr (sc_csv_reader_get_field_by_name (reader, "Variant Barcode"), ==, "+4006381333931");
  g_assert_cmpstr (sc_csv_reader_get_field_by_name (reader, "Variant Price"), ==, "-5.00");
  g_assert_cmpstr (sc_csv_reader_get_field_by_name (reader, "Variant Inventory Qty"), ==, "-3");
}

static void
test_shopify_doubtful_cells (void)
{
  static const char text[] =
    "Handle,Title,Published,Status,Option1 Name,Option1 Value,Option2 Value,Variant Price,"
    "Variant Inventory Policy,Variant Requires Shipping,Variant Weight Unit,Image Src,Image Position,Image Alt Text\n"
    "lamp,Lamp,maybe,sold,Colour,Red,Large,10,sometimes,TRUE,stone,,,Red lamp\n"
    ",,,,,,,,,,,,,\n"
    ",,,,,Blue,,10,deny,perhaps,g,lamp.jpg,first,\n"
    "lamp,Another lamp,,,,Green,,10,deny,TRUE,g,,,\n";
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = test_import_text (text, "doubtful.csv", SC_CATALOG_FORMAT_SHOPIFY, &problems);
  ScCatalogProduct *lamp = test_product (catalog, "lamp");

  test_assert_problem (problems, 0, 2, "Published: “maybe” is neither TRUE nor FALSE");
  test_assert_problem (problems, 1, 2, "Status: “sold” is not active, draft or archived");
  test_assert_problem (problems, 2, 2, "Option2 Value: “Large” belongs to no option");
  test_assert_problem (problems, 3, 2, "Variant Inventory Policy: “sometimes” is neither deny nor continue");
  test_assert_problem (problems, 4, 2, "Variant Weight Unit: “stone” is not g, kg, lb or oz");
  test_assert_problem (problems, 5, 2, "Image Alt Text: “Red lamp” describes no image, because the row has no Image Src");
  /* Line 3 is blank and skipped; line 4 has no handle and no title. */
  test_assert_problem (problems, 6, 4, "neither a Handle nor a Title");
  test_assert_problem (problems, 7, 5, "The handle “lamp” already belongs to “Lamp” (line 2)");
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 8);

  g_assert_cmpint (lamp->status, ==, SC_PRODUCT_STATUS_DRAFT);
  g_assert_false (lamp->published);
  g_assert_cmpuint (lamp->variants->len, ==, 2);
  g_assert_cmpstr (test_variant (lamp, 1)->option_values[0], ==, "Green");
}

/* Kept columns belong to the row they came from: the product's first
 * row, a variant's row or an image-only row, and are written back there. */
static void
test_shopify_kept_columns (void)
{
  static const char text[] =
    "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price,Image Src,Image Position,"
    "Gift Card,Google Shopping / MPN,Note\n"
    "kettle,Kettle,Colour,,,,,,FALSE,,product note\n"
    "kettle,,,Steel,KET-S,30,kettle.jpg,1,,MPN-S,steel note\n"
    "kettle,,,Copper,KET-C,35,,,,MPN-C,\n"
    "kettle,,,,,,kettle-side.jpg,2,,,side note\n";
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = test_import_text (text, "kept.csv", SC_CATALOG_FORMAT_SHOPIFY, &problems);
  ScCatalogProduct *kettle = test_product (catalog, "kettle");

  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
  g_assert_cmpuint (kettle->variants->len, ==, 2);
  g_assert_cmpstr (sc_catalog_extras_lookup (kettle->extras, SC_CATALOG_PLATFORM_SHOPIFY, "Note"), ==, "product note");
  /* Stored under its 2025 name. */
  g_assert_cmpstr (sc_catalog_extras_lookup (kettle->extras, SC_CATALOG_PLATFORM_SHOPIFY, "Gift card"), ==, "FALSE");
  g_assert_cmpstr (sc_catalog_extras_lookup (test_variant (kettle, 0)->extras, SC_CATALOG_PLATFORM_SHOPIFY, "Note"),
                   ==, "steel note");
  g_assert_cmpstr (sc_catalog_extras_lookup (test_variant (kettle, 1)->extras, SC_CATALOG_PLATFORM_SHOPIFY,
                                             "Google Shopping / Manufacturer part number (MPN)"), ==, "MPN-C");
  g_assert_cmpstr (sc_catalog_extras_lookup (test_image (kettle, 1)->extras, SC_CATALOG_PLATFORM_SHOPIFY, "Note"),
                   ==, "side note");

  for (guint set = 0; set < 2; set++)
    {
      g_autoptr(ScCatalog) again = test_round_trip (catalog, SC_CATALOG_FORMAT_SHOPIFY, set, NULL);

      test_assert_same_dump (catalog, again);
    }
}

static void
test_shopify_not_a_product_file (void)
{
  static const char text[] = "Date,Amount\n2026-01-02,12.00\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(ScCatalogProblems) problems = sc_catalog_problems_new ("bank.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalog) catalog = NULL;

  catalog = sc_catalog_file_import_bytes (bytes, "bank.csv", SC_CATALOG_FORMAT_AUTO, NULL, problems, NULL, &error);
  g_assert_null (catalog);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_true (g_str_has_prefix (error->message, "bank.csv is neither a Shopify nor a WooCommerce product file"));
  g_clear_error (&error);

  catalog = sc_catalog_file_import_bytes (bytes, "bank.csv", SC_CATALOG_FORMAT_SHOPIFY, NULL, problems, NULL, &error);
  g_assert_null (catalog);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "is not a Shopify product file"));
}

/* Conformance with Shopify's own files. */

static void
test_shopify_sample_legacy_template (void)
{
  g_autofree char *dir = test_samples_dir ();
  g_autofree char *path = NULL;
  g_autofree char *colours = NULL;
  g_autofree char *sizes = NULL;
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  ScCatalogProduct *shirt;
  ScCatalogProduct *pants;
  ScCatalogProduct *hat;

  if (dir == NULL)
    return;

  path = test_sample_path (dir, "shopify_products", "shopify_product_template_2024_legacy_headers.csv");
  catalog = test_import (path, SC_CATALOG_FORMAT_AUTO, &problems, NULL);
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 3);
  g_assert_cmpuint (sc_catalog_count_variants (catalog), ==, 16);
  g_assert_cmpuint (sc_catalog_count_images (catalog), ==, 11);

  shirt = test_product (catalog, "example-shirt");
  g_assert_cmpuint (shirt->variants->len, ==, 12);
  colours = test_option_values (shirt, 0);
  sizes = test_option_values (shirt, 1);
  g_assert_cmpstr (colours, ==, "Green|Blue|Gray|Purple");
  g_assert_cmpstr (sizes, ==, "S|M|L");
  g_assert_cmpstr (test_variant (shirt, 0)->sku, ==, "SRT_COT_111");
  g_assert_cmpstr (test_variant (shirt, 0)->barcode, ==, "365275101829");
  g_assert_cmpint (test_variant (shirt, 0)->price.minor, ==, 2500);
  g_assert_cmpstr (test_variant (shirt, 11)->option_values[0], ==, "Purple");
  g_assert_cmpstr (test_variant (shirt, 11)->option_values[1], ==, "L");
  g_assert_cmpstr (test_variant (shirt, 11)->barcode, ==, "738293196816");
  g_assert_cmpstr (shirt->category, ==, "Apparel & Accessories > Clothing > Clothing Tops > T-Shirts");
  g_assert_cmpstr (sc_catalog_extras_lookup (shirt->extras, SC_CATALOG_PLATFORM_SHOPIFY,
                                             "Included / United States"), ==, "TRUE");

  pants = test_product (catalog, "example-pants");
  g_assert_cmpint (pants->status, ==, SC_PRODUCT_STATUS_DRAFT);
  g_assert_cmpuint (pants->images->len, ==, 4);
  g_assert_cmpstr (test_image (pants, 3)->alt, ==, "Large tapered stone wash jeans");
  g_assert_cmpint (test_variant (pants, 0)->price.minor, ==, 9500);
  g_assert_cmpint (test_variant (pants, 0)->compare_at.minor, ==, 6495);
  g_assert_cmpint (test_variant (pants, 0)->cost.minor, ==, 5000);
  g_assert_cmpint (test_variant (pants, 0)->quantity, ==, 20);
  g_assert_cmpint (test_variant (pants, 1)->quantity, ==, 15);
  g_assert_cmpint (test_variant (pants, 2)->quantity, ==, 10);
  g_assert_cmpstr (test_variant (pants, 0)->weight_grams, ==, "226.796185");
  g_assert_cmpint (test_variant (pants, 0)->weight_unit, ==, SC_WEIGHT_UNIT_OZ);

  hat = test_product (catalog, "example-hat");
  g_assert_cmpint (hat->status, ==, SC_PRODUCT_STATUS_ARCHIVED);
  g_assert_cmpuint (hat->options->len, ==, 0);
  g_assert_cmpint (test_variant (hat, 0)->price.minor, ==, 1799);
  g_assert_cmpint (test_variant (hat, 0)->cost.minor, ==, 850);
  g_assert_cmpint (test_variant (hat, 0)->quantity, ==, 50);
}

static void
test_shopify_sample_2025_template (void)
{
  g_autofree char *dir = test_samples_dir ();
  g_autofree char *path = NULL;
  g_autofree char *sizes = NULL;
  g_autofree char *colours = NULL;
  g_autofree char *source = NULL;
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  ScCatalogProduct *tee;
  ScCatalogProduct *book;

  if (dir == NULL)
    return;

  path = test_sample_path (dir, "shopify_products", "shopify_product_template_2025_new_headers.csv");
  catalog = test_import (path, SC_CATALOG_FORMAT_AUTO, &problems, &source);
  g_assert_cmpstr (source, ==, SC_CATALOG_SOURCE_SHOPIFY_2025);
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 2);
  g_assert_cmpuint (sc_catalog_count_variants (catalog), ==, 15);
  g_assert_cmpuint (sc_catalog_count_images (catalog), ==, 1);

  /* Rows 3 to 13 describe images without giving them: each is told. */
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 11);
  test_assert_problem (problems, 0, 3, "Image alt text: “Gray t-shirt with The Band graphic” describes no image");
  test_assert_problem (problems, 10, 13, "describes no image");

  tee = test_product (catalog, "physical-product-the-band-t-shirt");
  g_assert_cmpstr (tee->title, ==, "Physical Product “The Band” T-Shirt");
  g_assert_cmpint (tee->status, ==, SC_PRODUCT_STATUS_ACTIVE);
  sizes = test_option_values (tee, 0);
  colours = test_option_values (tee, 1);
  g_assert_cmpstr (sizes, ==, "Small|Medium|Large|XL");
  g_assert_cmpstr (colours, ==, "green|gray|red");
  g_assert_cmpuint (tee->variants->len, ==, 12);
  g_assert_cmpint (test_variant (tee, 0)->quantity, ==, 47);
  g_assert_cmpint (test_variant (tee, 1)->quantity, ==, 42);
  g_assert_cmpint (test_variant (tee, 0)->price.minor, ==, 1999);
  g_assert_cmpint (test_variant (tee, 0)->compare_at.minor, ==, 2499);
  g_assert_cmpint (test_variant (tee, 0)->cost.minor, ==, 1100);
  g_assert_cmpstr (test_variant (tee, 0)->barcode, ==, "5784397765");
  g_assert_cmpstr (sc_catalog_extras_lookup (tee->extras, SC_CATALOG_PLATFORM_SHOPIFY,
                                             "Color (product.metafields.shopify.color-pattern)"),
                   ==, "green; gray; red");

  book = test_product (catalog, "digital-product-the-history-of-rock-music");
  g_assert_cmpuint (book->variants->len, ==, 3);
  g_assert_cmpint (test_variant (book, 0)->price.minor, ==, 1499);
  g_assert_cmpint (test_variant (book, 1)->price.minor, ==, 2199);
  g_assert_cmpint (test_variant (book, 2)->price.minor, ==, 999);
  g_assert_cmpint (test_variant (book, 2)->compare_at.minor, ==, 1499);
  g_assert_false (test_variant (book, 0)->requires_shipping);
  g_assert_cmpint (test_variant (book, 0)->inventory_policy, ==, SC_INVENTORY_POLICY_CONTINUE);
  g_assert_cmpstr (test_variant (book, 0)->barcode, ==, "978-1-98765-432-1");
}

static void
test_shopify_sample_partners (void)
{
  g_autofree char *dir = test_samples_dir ();
  g_autofree char *path = NULL;
  g_autofree char *sizes = NULL;
  g_autoptr(ScCatalogProblems) problems = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  ScCatalogProduct *top;

  if (dir == NULL)
    return;

  path = test_sample_path (dir, "shopify_products", "shopifypartners_apparel.csv");
  catalog = test_import (path, SC_CATALOG_FORMAT_AUTO, &problems, NULL);
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 0);
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 20);
  g_assert_cmpuint (sc_catalog_count_variants (catalog), ==, 22);
  g_assert_cmpuint (sc_catalog_count_images (catalog), ==, 20);

  top = test_product (catalog, "classic-varsity-top");
  sizes = test_option_values (top, 0);
  g_assert_cmpstr (sizes, ==, "Small|Medium|Large");
  g_assert_cmpint (test_variant (top, 2)->price.minor, ==, 6000);
  g_assert_cmpint (test_variant (top, 2)->quantity, ==, 1);
  /* The 2018 files have no Status column: every product was active. */
  g_assert_cmpint (top->status, ==, SC_PRODUCT_STATUS_ACTIVE);
  g_assert_true (top->published);
  g_assert_cmpint (test_product (catalog, "led-high-tops")->variants->len, ==, 1);
  g_assert_cmpint (test_variant (test_product (catalog, "led-high-tops"), 0)->price.minor, ==, 8000);
}

static void
test_shopify_samples_round_trip (void)
{
  static const char * const samples[] = {
    "shopify_product_template_2024_legacy_headers.csv",
    "shopify_product_template_2025_new_headers.csv",
    "shopifypartners_apparel.csv",
  };
  g_autofree char *dir = test_samples_dir ();

  if (dir == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    for (guint set = 0; set < 2; set++)
      {
        g_autofree char *path = test_sample_path (dir, "shopify_products", samples[i]);
        g_autoptr(ScCatalog) catalog = test_import (path, SC_CATALOG_FORMAT_SHOPIFY, NULL, NULL);
        g_autoptr(ScCatalog) again = test_round_trip (catalog, SC_CATALOG_FORMAT_SHOPIFY, set, NULL);

        g_test_message ("%s in the %s header set", samples[i], sc_shopify_header_set_to_string (set));
        test_assert_same_dump (catalog, again);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shopify-csv/image-only-rows", test_shopify_image_only_rows);
  g_test_add_func ("/shopify-csv/semicolons", test_shopify_semicolons);
  g_test_add_func ("/shopify-csv/column-aliases", test_shopify_column_aliases);
  g_test_add_func ("/shopify-csv/utf16", test_shopify_utf16);
  g_test_add_func ("/shopify-csv/mangled-barcodes", test_shopify_mangled_barcodes);
  g_test_add_func ("/shopify-csv/header-sets", test_shopify_header_sets);
  g_test_add_func ("/shopify-csv/fixtures-round-trip", test_shopify_fixtures_round_trip);
  g_test_add_func ("/shopify-csv/neutralizing", test_shopify_neutralizing);
  g_test_add_func ("/shopify-csv/doubtful-cells", test_shopify_doubtful_cells);
  g_test_add_func ("/shopify-csv/kept-columns", test_shopify_kept_columns);
  g_test_add_func ("/shopify-csv/not-a-product-file", test_shopify_not_a_product_file);
  g_test_add_func ("/shopify-csv/sample/legacy-template", test_shopify_sample_legacy_template);
  g_test_add_func ("/shopify-csv/sample/2025-template", test_shopify_sample_2025_template);
  g_test_add_func ("/shopify-csv/sample/partners-apparel", test_shopify_sample_partners);
  g_test_add_func ("/shopify-csv/sample/round-trip", test_shopify_samples_round_trip);

  return g_test_run ();
}
