/* test-catalog.c - the in-memory catalog, its values and its canonical dump
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-catalog-values.h"
#include "sc-catalog.h"
#include "sc-error.h"
#include "test-catalog-util.h"

static ScCatalogProduct *
make_tee (const char *handle)
{
  ScCatalogProduct *product = sc_catalog_product_new (handle);
  ScCatalogOption *size = sc_catalog_option_new ("Size");
  const ScCurrency *usd = sc_currency_lookup ("USD");

  sc_catalog_set_string (&product->title, "Tee");
  product->status = SC_PRODUCT_STATUS_ACTIVE;
  product->published = TRUE;
  product->kind = SC_PRODUCT_KIND_VARIABLE;
  g_ptr_array_add (product->options, size);
  for (guint i = 0; i < 2; i++)
    {
      ScCatalogVariant *variant = sc_catalog_variant_new (usd);

      sc_catalog_variant_set_option_value (variant, 0, i == 0 ? "S" : "M");
      sc_catalog_set_string (&variant->sku, i == 0 ? "TEE-S" : "TEE-M");
      variant->has_price = TRUE;
      variant->price = sc_money_init (2500, usd);
      g_ptr_array_add (product->variants, variant);
    }
  sc_catalog_product_collect_option_values (product);
  g_ptr_array_add (product->images, sc_catalog_image_new ("images/tee.jpg", "A tee"));

  return product;
}

static void
test_catalog_add_lookup (void)
{
  g_autoptr(ScCatalog) catalog = sc_catalog_new (NULL);
  g_autoptr(GError) error = NULL;
  ScCatalogProduct *untitled = sc_catalog_product_new (NULL);

  g_assert_cmpstr (sc_catalog_get_currency (catalog)->code, ==, "USD");
  g_assert_true (sc_catalog_add_product (catalog, make_tee ("tee"), &error));
  g_assert_no_error (error);
  g_assert_true (sc_catalog_add_product (catalog, make_tee ("hoodie"), &error));
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 2);
  g_assert_cmpuint (sc_catalog_count_variants (catalog), ==, 4);
  g_assert_cmpuint (sc_catalog_count_images (catalog), ==, 2);
  /* The order products were added in. */
  g_assert_cmpstr (sc_catalog_get_product (catalog, 1)->handle, ==, "hoodie");

  /* A handle belongs to one product, as in a real store. */
  g_assert_false (sc_catalog_add_product (catalog, make_tee ("tee"), &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“tee”"));
  g_clear_error (&error);
  g_assert_false (sc_catalog_add_product (catalog, untitled, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 2);

  g_assert_nonnull (sc_catalog_lookup_product (catalog, "tee"));
  g_assert_null (sc_catalog_lookup_product (catalog, "nope"));
  g_assert_true (sc_catalog_remove_product (catalog, "tee"));
  g_assert_false (sc_catalog_remove_product (catalog, "tee"));
  g_assert_null (sc_catalog_lookup_product (catalog, "tee"));
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 1);
}

static void
test_catalog_set_handle (void)
{
  g_autoptr(ScCatalog) catalog = sc_catalog_new (NULL);
  g_autoptr(GError) error = NULL;
  ScCatalogProduct *tee;

  sc_catalog_add_product (catalog, make_tee ("tee"), NULL);
  sc_catalog_add_product (catalog, make_tee ("hoodie"), NULL);
  tee = sc_catalog_lookup_product (catalog, "tee");

  g_assert_false (sc_catalog_set_handle (catalog, tee, "hoodie", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_catalog_set_handle (catalog, tee, "", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (sc_catalog_set_handle (catalog, tee, "cotton-tee", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tee->handle, ==, "cotton-tee");
  g_assert_true (sc_catalog_lookup_product (catalog, "cotton-tee") == tee);
  g_assert_null (sc_catalog_lookup_product (catalog, "tee"));
}

static void
test_catalog_handles (void)
{
  g_autoptr(ScCatalog) catalog = sc_catalog_new (NULL);
  g_autofree char *band = sc_catalog_slugify ("Physical Product “The Band” T-Shirt");
  g_autofree char *tea = sc_catalog_slugify ("Thé vert «Sencha»");
  g_autofree char *empty = sc_catalog_slugify ("");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  g_assert_cmpstr (band, ==, "physical-product-the-band-t-shirt");
  g_assert_cmpstr (tea, ==, "the-vert-sencha");
  g_assert_cmpstr (empty, ==, "product");

  first = sc_catalog_make_handle (catalog, "Hoodie");
  g_assert_cmpstr (first, ==, "hoodie");
  sc_catalog_add_product (catalog, sc_catalog_product_new (first), NULL);
  second = sc_catalog_make_handle (catalog, "Hoodie!");
  g_assert_cmpstr (second, ==, "hoodie-1");
  sc_catalog_add_product (catalog, sc_catalog_product_new (second), NULL);
  third = sc_catalog_make_handle (catalog, "hoodie");
  g_assert_cmpstr (third, ==, "hoodie-2");

  g_assert_true (sc_catalog_handle_is_valid ("trail-sock"));
  g_assert_true (sc_catalog_handle_is_valid ("t-shirt-2"));
  g_assert_true (sc_catalog_handle_is_valid ("café"));
  g_assert_false (sc_catalog_handle_is_valid ("Trail-Sock"));
  g_assert_false (sc_catalog_handle_is_valid ("trail sock"));
  g_assert_false (sc_catalog_handle_is_valid ("-trail"));
  g_assert_false (sc_catalog_handle_is_valid ("trail--sock"));
  g_assert_false (sc_catalog_handle_is_valid ("trail_sock"));
  g_assert_false (sc_catalog_handle_is_valid (""));
}

static void
test_catalog_dump (void)
{
  g_autoptr(ScCatalog) catalog = sc_catalog_new (NULL);
  g_autoptr(ScCatalog) reversed = sc_catalog_new (NULL);
  g_autoptr(ScCatalog) copy = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_copy = NULL;
  g_autofree char *dump_changed = NULL;
  ScCatalogProduct *tee = make_tee ("tee");

  sc_catalog_set_string (&tee->description, "Soft \"combed\" cotton.\nTwo sizes.");
  sc_catalog_extras_set (tee->extras, SC_CATALOG_PLATFORM_SHOPIFY, "Gift card", "FALSE", 20);
  sc_catalog_add_product (catalog, tee, NULL);
  sc_catalog_add_product (catalog, make_tee ("apron"), NULL);
  sc_catalog_add_product (reversed, make_tee ("apron"), NULL);
  sc_catalog_add_product (reversed, sc_catalog_product_copy (tee), NULL);

  dump = sc_catalog_dump (catalog);
  g_test_message ("%s", dump);
  g_assert_true (g_str_has_prefix (dump, "currency USD\nproducts 2\nproduct \"apron\"\n"));
  g_assert_nonnull (strstr (dump, "\n  description \"Soft \\\"combed\\\" cotton.\\nTwo sizes.\"\n"));
  g_assert_nonnull (strstr (dump, "\n  option 1 \"Size\" values \"S\" \"M\"\n"));
  g_assert_nonnull (strstr (dump, "\n  image 1 \"images/tee.jpg\" alt \"A tee\"\n"));
  g_assert_nonnull (strstr (dump, "\n  variant 2\n    option1 \"M\"\n    sku \"TEE-M\"\n    barcode \"\"\n"
                                  "    price 25.00\n    compare-at none\n    cost none\n"));
  g_assert_nonnull (strstr (dump, "\n  extra shopify \"Gift card\" \"FALSE\"\n"));

  /* Sorted: the order products were added in does not matter. */
  dump_copy = sc_catalog_dump (reversed);
  g_assert_cmpstr (dump, ==, dump_copy);
  g_clear_pointer (&dump_copy, g_free);

  copy = sc_catalog_copy (catalog);
  dump_copy = sc_catalog_dump (copy);
  g_assert_cmpstr (dump, ==, dump_copy);

  /* A copy is deep: changing it leaves the original as it was. */
  test_variant (sc_catalog_lookup_product (copy, "tee"), 0)->price.minor = 2400;
  dump_changed = sc_catalog_dump (copy);
  g_assert_cmpstr (dump, !=, dump_changed);
  g_clear_pointer (&dump_copy, g_free);
  dump_copy = sc_catalog_dump (catalog);
  g_assert_cmpstr (dump, ==, dump_copy);
}

static void
test_catalog_product_helpers (void)
{
  g_autoptr(ScCatalogProduct) tee = make_tee ("tee");
  ScCatalogVariant *small = test_variant (tee, 0);
  guint index = 99;
  guint position = 0;

  g_assert_true (sc_catalog_product_find_option (tee, "size", &index) == test_option (tee, 0));
  g_assert_cmpuint (index, ==, 0);
  g_assert_null (sc_catalog_product_find_option (tee, "Colour", NULL));

  g_assert_nonnull (sc_catalog_product_find_image (tee, "images/tee.jpg", &position));
  g_assert_cmpuint (position, ==, 1);
  g_assert_null (sc_catalog_product_get_variant_image (tee, small));
  sc_catalog_set_string (&small->image_src, "images/tee.jpg");
  g_assert_true (sc_catalog_product_get_variant_image (tee, small) == test_image (tee, 0));
  g_assert_cmpuint (sc_catalog_product_count_image_variants (tee, test_image (tee, 0)), ==, 1);

  /* "" is stored as NULL, so an empty cell and a missing one read alike. */
  sc_catalog_set_string (&tee->vendor, "");
  g_assert_null (tee->vendor);
}

static void
test_catalog_extras (void)
{
  g_autoptr(GPtrArray) extras = sc_catalog_extras_new ();

  sc_catalog_extras_set (extras, SC_CATALOG_PLATFORM_SHOPIFY, "Gift card", "FALSE", 3);
  sc_catalog_extras_set (extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "Gift card", "no", 7);
  g_assert_cmpuint (extras->len, ==, 2);
  g_assert_cmpstr (sc_catalog_extras_lookup (extras, SC_CATALOG_PLATFORM_SHOPIFY, "Gift card"), ==, "FALSE");
  g_assert_cmpstr (sc_catalog_extras_lookup (extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "Gift card"), ==, "no");

  sc_catalog_extras_set (extras, SC_CATALOG_PLATFORM_SHOPIFY, "Gift card", "TRUE", 3);
  g_assert_cmpuint (extras->len, ==, 2);
  g_assert_cmpstr (sc_catalog_extras_lookup (extras, SC_CATALOG_PLATFORM_SHOPIFY, "Gift card"), ==, "TRUE");

  sc_catalog_extras_set (extras, SC_CATALOG_PLATFORM_SHOPIFY, "Gift card", "", 3);
  g_assert_null (sc_catalog_extras_lookup (extras, SC_CATALOG_PLATFORM_SHOPIFY, "Gift card"));
  g_assert_cmpuint (extras->len, ==, 1);
}

static void
check_weight (const char   *value,
              ScWeightUnit  unit,
              const char   *grams,
              const char   *back)
{
  g_autofree char *to = sc_catalog_weight_to_grams (value, unit);
  g_autofree char *from = NULL;

  g_assert_cmpstr (to, ==, grams);
  if (grams == NULL)
    return;
  from = sc_catalog_weight_from_grams (grams, unit);
  g_assert_cmpstr (from, ==, back);
}

static void
test_catalog_weights (void)
{
  g_autofree char *rounded = sc_catalog_weight_from_grams ("100", SC_WEIGHT_UNIT_LB);
  g_autofree char *ten_oz = sc_catalog_weight_from_grams ("283.4952313", SC_WEIGHT_UNIT_OZ);

  /* The pound and the ounce are exact numbers of grams. */
  check_weight (".5", SC_WEIGHT_UNIT_LB, "226.796185", "0.5");
  check_weight ("8", SC_WEIGHT_UNIT_OZ, "226.796185", "8");
  check_weight ("1.5", SC_WEIGHT_UNIT_KG, "1500", "1.5");
  check_weight ("145", SC_WEIGHT_UNIT_G, "145", "145");
  check_weight ("0.35", SC_WEIGHT_UNIT_KG, "350", "0.35");
  check_weight ("heavy", SC_WEIGHT_UNIT_KG, NULL, NULL);
  check_weight ("-1", SC_WEIGHT_UNIT_KG, NULL, NULL);
  /* Grams in kilograms end, so they are written whole, however many
   * decimals it takes (a catalog fuzz finding: 3,629.1452 g came back
   * as 3,629.145 g). */
  check_weight ("3.6291452", SC_WEIGHT_UNIT_KG, "3629.1452", "3.6291452");
  check_weight ("0.0000001", SC_WEIGHT_UNIT_KG, "0.0001", "0.0000001");
  check_weight ("1.2345678", SC_WEIGHT_UNIT_G, "1.2345678", "1.2345678");
  /* With many digits too, past what 64 bits hold times a power of ten
   * (a catalog fuzz finding: 501,234,567.8917 g came back as
   * 501,234,567.892 g, 39,060.00291452 g as 39,060.003 g). */
  check_weight ("501234.5678917", SC_WEIGHT_UNIT_KG, "501234567.8917", "501234.5678917");
  check_weight ("39.06000291452", SC_WEIGHT_UNIT_KG, "39060.00291452", "39.06000291452");
  check_weight ("12345678901234.5678", SC_WEIGHT_UNIT_G, "12345678901234.5678", "12345678901234.5678");
  /* Never more digits in grams than a weight is read with, or the
   * export could not write it back (a catalog fuzz finding:
   * 3,600,029,145,260,001 kg came back as no weight). */
  check_weight ("3600029145260001", SC_WEIGHT_UNIT_KG, NULL, NULL);
  check_weight ("999999999999999", SC_WEIGHT_UNIT_KG, "999999999999999000", "999999999999999");
  check_weight ("999999999999.999", SC_WEIGHT_UNIT_KG, "999999999999999", "999999999999.999");

  /* Not exact in the unit: six decimals, rounded half up. */
  g_assert_cmpstr (rounded, ==, "0.220462");
  g_assert_cmpstr (ten_oz, ==, "10");
}

static void
check_normal (const char *text,
              const char *expected)
{
  g_autofree char *normal = sc_catalog_decimal_normalize (text);

  g_assert_cmpstr (normal, ==, expected);
}

static void
test_catalog_values (void)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");
  g_autoptr(GError) error = NULL;
  gboolean flag = FALSE;
  gint64 quantity = 0;
  ScMoney money;

  check_normal ("145", "145");
  check_normal ("0.50", "0.5");
  check_normal (".5", "0.5");
  check_normal ("145.000", "145");
  check_normal ("007", "7");
  check_normal ("1e3", NULL);
  check_normal ("", NULL);

  g_assert_true (sc_catalog_parse_quantity ("12", &quantity));
  g_assert_cmpint (quantity, ==, 12);
  g_assert_true (sc_catalog_parse_quantity ("-3", &quantity));
  g_assert_cmpint (quantity, ==, -3);
  g_assert_true (sc_catalog_parse_quantity ("40.0", &quantity));
  g_assert_cmpint (quantity, ==, 40);
  g_assert_false (sc_catalog_parse_quantity ("4.5", &quantity));
  g_assert_false (sc_catalog_parse_quantity ("", &quantity));
  g_assert_false (sc_catalog_parse_quantity ("many", &quantity));

  g_assert_true (sc_catalog_parse_bool ("TRUE", &flag) && flag);
  g_assert_true (sc_catalog_parse_bool ("false", &flag) && !flag);
  g_assert_true (sc_catalog_parse_bool (" yes ", &flag) && flag);
  g_assert_true (sc_catalog_parse_bool ("0", &flag) && !flag);
  g_assert_false (sc_catalog_parse_bool ("maybe", &flag));

  g_assert_true (sc_catalog_parse_money ("19.99", usd, &money, NULL));
  g_assert_cmpint (money.minor, ==, 1999);
  g_assert_true (sc_catalog_parse_money ("19,99", usd, &money, NULL));
  g_assert_cmpint (money.minor, ==, 1999);
  g_assert_true (sc_catalog_parse_money ("11.000", usd, &money, NULL));
  g_assert_cmpint (money.minor, ==, 1100);
  g_assert_true (sc_catalog_parse_money ("25", usd, &money, NULL));
  g_assert_cmpint (money.minor, ==, 2500);
  g_assert_false (sc_catalog_parse_money ("$25", usd, &money, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "$25"));
}

static void
test_catalog_problems (void)
{
  g_autoptr(ScCatalogProblems) problems = sc_catalog_problems_new ("products.csv");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  sc_catalog_problems_add (problems, 7, "later %s", "row");
  sc_catalog_problems_add (problems, 0, "whole file");
  sc_catalog_problems_add (problems, 3, "earlier");
  sc_catalog_problems_add (problems, 7, "same row, found after");
  sc_catalog_problems_sort (problems);

  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, 4);
  first = sc_catalog_problems_format (problems, 0);
  second = sc_catalog_problems_format (problems, 1);
  third = sc_catalog_problems_format (problems, 2);
  g_assert_cmpstr (first, ==, "products.csv: whole file");
  g_assert_cmpstr (second, ==, "products.csv:3: earlier");
  g_assert_cmpstr (third, ==, "products.csv:7: later row");
  g_assert_cmpstr (sc_catalog_problems_get (problems, 3)->message, ==, "same row, found after");
}

static void
test_catalog_names (void)
{
  ScProductStatus status;
  ScWeightUnit unit;
  ScProductKind kind;

  g_assert_true (sc_product_status_from_string ("Archived", &status));
  g_assert_cmpint (status, ==, SC_PRODUCT_STATUS_ARCHIVED);
  g_assert_false (sc_product_status_from_string ("sold", &status));
  g_assert_true (sc_weight_unit_from_string ("OZ", &unit));
  g_assert_cmpint (unit, ==, SC_WEIGHT_UNIT_OZ);
  g_assert_true (sc_product_kind_from_string ("external", &kind));
  g_assert_cmpstr (sc_product_kind_to_string (kind), ==, "external");
  g_assert_cmpstr (sc_inventory_policy_to_string (SC_INVENTORY_POLICY_CONTINUE), ==, "continue");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/add-lookup", test_catalog_add_lookup);
  g_test_add_func ("/catalog/set-handle", test_catalog_set_handle);
  g_test_add_func ("/catalog/handles", test_catalog_handles);
  g_test_add_func ("/catalog/dump", test_catalog_dump);
  g_test_add_func ("/catalog/product-helpers", test_catalog_product_helpers);
  g_test_add_func ("/catalog/extras", test_catalog_extras);
  g_test_add_func ("/catalog/weights", test_catalog_weights);
  g_test_add_func ("/catalog/values", test_catalog_values);
  g_test_add_func ("/catalog/problems", test_catalog_problems);
  g_test_add_func ("/catalog/names", test_catalog_names);

  return g_test_run ();
}
