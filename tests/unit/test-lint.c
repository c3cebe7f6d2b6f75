/* test-lint.c - the listing linter: one passing and one failing product per rule
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-lint.h"
#include "sc-policy.h"

static GPtrArray *policies;

static const ScPolicy *
get_policy (const char *id)
{
  for (guint i = 0; i < policies->len; i++)
    if (g_str_equal (sc_policy_get_id (g_ptr_array_index (policies, i)), id))
      return g_ptr_array_index (policies, i);

  g_assert_not_reached ();
}

#define DESCRIPTION \
  "<p>A crew neck sweater knitted from fine <strong>merino wool</strong>: warm in winter, " \
  "breathable in spring, and soft enough to wear next to the skin.</p>" \
  "<ul><li>100% merino wool, 18.5 micron</li><li>Machine wash cold, dry flat</li>" \
  "<li>Regular fit; the model is 183 cm tall and wears size M</li></ul>" \
  "<p>Ribbed cuffs and hem keep their shape after many washes.</p>"

static ScCatalogVariant *
make_variant (const char *size,
              const char *sku)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");
  ScCatalogVariant *variant = sc_catalog_variant_new (usd);

  sc_catalog_variant_set_option_value (variant, 0, size);
  sc_catalog_variant_set_option_value (variant, 1, "Navy");
  variant->sku = g_strdup (sku);
  variant->barcode = g_strdup ("4006381333931");
  variant->has_price = TRUE;
  variant->price = sc_money_init (5900, usd);
  variant->has_compare_at = TRUE;
  variant->compare_at = sc_money_init (7900, usd);
  variant->has_cost = TRUE;
  variant->cost = sc_money_init (2200, usd);
  variant->track_quantity = TRUE;
  variant->quantity = 10;

  return variant;
}

/* Clean under both shipped policies. */
static ScCatalogProduct *
make_product (void)
{
  ScCatalogProduct *product = sc_catalog_product_new ("merino-wool-crew-sweater");
  ScCatalogOption *size = sc_catalog_option_new ("Size");
  ScCatalogOption *color = sc_catalog_option_new ("Color");

  product->title = g_strdup ("Merino Wool Crew Neck Sweater for Men");
  product->description = g_strdup (DESCRIPTION);
  product->vendor = g_strdup ("Northwind");
  product->category = g_strdup ("Apparel & Accessories > Clothing > Sweaters");
  product->status = SC_PRODUCT_STATUS_ACTIVE;
  product->seo_title = g_strdup ("Merino Wool Crew Neck Sweater | Northwind");
  product->seo_description = g_strdup ("Fine merino crew neck sweater: warm, breathable, soft. "
                                       "Machine washable. Sizes S and M in navy.");
  sc_catalog_option_add_value (size, "S");
  sc_catalog_option_add_value (size, "M");
  sc_catalog_option_add_value (color, "Navy");
  g_ptr_array_add (product->options, size);
  g_ptr_array_add (product->options, color);
  g_ptr_array_add (product->variants, make_variant ("S", "NW-MER-S"));
  g_ptr_array_add (product->variants, make_variant ("M", "NW-MER-M"));
  g_ptr_array_add (product->images, sc_catalog_image_new ("media/sweater-navy.jpg",
                                                          "Navy merino crew neck sweater, front"));
  return product;
}

#define V(p, i) ((ScCatalogVariant *) g_ptr_array_index ((p)->variants, (i)))

static void
set (char       **field,
     const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* A title of exactly @length characters that is otherwise clean. */
static char *
title_of_length (guint length)
{
  GString *title = g_string_new ("Merino Wool Crew Neck Sweater ");

  while (title->len < length)
    g_string_append_c (title, 'a');
  return g_string_free (title, FALSE);
}

static char *
text_of_length (guint length)
{
  GString *text = g_string_new ("Merino sweater ");

  while (text->len < length)
    g_string_append_c (text, 'x');
  return g_string_free (text, FALSE);
}

static void nothing (ScCatalogProduct *p) { }
static void title_151 (ScCatalogProduct *p) { g_free (p->title); p->title = title_of_length (151); }
static void title_150 (ScCatalogProduct *p) { g_free (p->title); p->title = title_of_length (150); }
static void title_short (ScCatalogProduct *p) { set (&p->title, "Wool Sweater"); }
static void title_star (ScCatalogProduct *p) { set (&p->title, "★ Merino Wool Crew Neck Sweater"); }
static void title_emoji (ScCatalogProduct *p) { set (&p->title, "Merino Wool Crew Neck Sweater 🧶"); }
static void title_dash (ScCatalogProduct *p) { set (&p->title, "Merino Wool Crew Neck Sweater - Navy"); }
static void title_caps (ScCatalogProduct *p) { set (&p->title, "MERINO WOOL CREW Neck Sweater"); }
static void title_two_caps (ScCatalogProduct *p) { set (&p->title, "Merino Wool Crew Neck Sweater, UK Size XL"); }
static void title_promo (ScCatalogProduct *p) { set (&p->title, "Merino Wool Crew Neck Sweater Free Shipping"); }
static void title_salesman (ScCatalogProduct *p) { set (&p->title, "Merino Wool Salesman Crew Neck Sweater"); }
static void title_filler (ScCatalogProduct *p) { set (&p->title, "Northwind New Premium Quality Set"); }
static void title_scarf (ScCatalogProduct *p) { set (&p->title, "Northwind New Premium Quality Scarf"); }
static void description_short (ScCatalogProduct *p) { set (&p->description, "<p>Soft merino sweater.</p>"); }
static void description_100 (ScCatalogProduct *p) { g_free (p->description); p->description = text_of_length (100); p->description_format = SC_DESCRIPTION_FORMAT_PLAIN; }
static void description_title (ScCatalogProduct *p) { set (&p->description, "<p>Merino wool crew-neck sweater, for men!</p>"); }
static void option_fit (ScCatalogProduct *p) { set (&((ScCatalogOption *) p->options->pdata[0])->name, "Fit"); }
static void option_upper (ScCatalogProduct *p) { set (&((ScCatalogOption *) p->options->pdata[0])->name, "SIZE"); }
static void sku_none (ScCatalogProduct *p) { set (&V (p, 1)->sku, NULL); }
static void sku_same (ScCatalogProduct *p) { set (&V (p, 1)->sku, "NW-MER-S"); }
static void barcode_none (ScCatalogProduct *p) { set (&V (p, 0)->barcode, NULL); }
static void barcode_wrong (ScCatalogProduct *p) { set (&V (p, 0)->barcode, "4006381333932"); }
static void barcode_short (ScCatalogProduct *p) { set (&V (p, 0)->barcode, "40063813339"); }
static void barcode_letters (ScCatalogProduct *p) { set (&V (p, 0)->barcode, "4006381E+12"); }
static void barcode_other (ScCatalogProduct *p) { set (&V (p, 0)->barcode, "96385074"); set (&V (p, 1)->barcode, "10012345678902"); }
static void barcode_upc (ScCatalogProduct *p) { set (&V (p, 0)->barcode, "036000291452"); }
static void compare_equal (ScCatalogProduct *p) { V (p, 0)->compare_at.minor = 5900; }
static void compare_above (ScCatalogProduct *p) { V (p, 0)->compare_at.minor = 5901; }
static void cost_above (ScCatalogProduct *p) { V (p, 0)->cost.minor = 6000; }
static void cost_equal (ScCatalogProduct *p) { V (p, 0)->cost.minor = 5900; }
static void images_none (ScCatalogProduct *p) { g_ptr_array_set_size (p->images, 0); }
static void alt_blank (ScCatalogProduct *p) { set (&((ScCatalogImage *) p->images->pdata[0])->alt, "  "); }
static void seo_title_none (ScCatalogProduct *p) { set (&p->seo_title, NULL); }
static void seo_title_71 (ScCatalogProduct *p) { g_free (p->seo_title); p->seo_title = text_of_length (71); }
static void seo_title_70 (ScCatalogProduct *p) { g_free (p->seo_title); p->seo_title = text_of_length (70); }
static void seo_description_none (ScCatalogProduct *p) { set (&p->seo_description, NULL); }
static void seo_description_161 (ScCatalogProduct *p) { g_free (p->seo_description); p->seo_description = text_of_length (161); }
static void seo_description_160 (ScCatalogProduct *p) { g_free (p->seo_description); p->seo_description = text_of_length (160); }
static void handle_underscore (ScCatalogProduct *p) { set (&p->handle, "merino_sweater"); }
static void handle_dashes (ScCatalogProduct *p) { set (&p->handle, "merino--sweater"); }
static void handle_digits (ScCatalogProduct *p) { set (&p->handle, "merino-sweater-2"); }
static void variants_same (ScCatalogProduct *p) { sc_catalog_variant_set_option_value (V (p, 1), 0, "s"); }
static void option_value_twice (ScCatalogProduct *p) { sc_catalog_option_add_value (p->options->pdata[0], "m"); }
static void stock_none (ScCatalogProduct *p) { V (p, 0)->quantity = 0; V (p, 1)->quantity = -2; }
static void stock_none_continue (ScCatalogProduct *p) { stock_none (p); V (p, 1)->inventory_policy = SC_INVENTORY_POLICY_CONTINUE; }
static void stock_none_draft (ScCatalogProduct *p) { stock_none (p); p->status = SC_PRODUCT_STATUS_DRAFT; }

typedef struct
{
  const char *rule;
  const char *policy;
  void      (*pass) (ScCatalogProduct *product);
  void      (*fail) (ScCatalogProduct *product);
  const char *message;  /* the first finding of @rule on the failing product */
  int         variant;
  int         image;
} Fixture;

static const Fixture fixtures[] = {
  { "title-length", "general-marketplace", title_150, title_151,
    "Title is 151 characters; this marketplace allows 150", -1, -1 },
  { "title-length", "general-marketplace", nothing, title_short,
    "Title is 12 characters; this marketplace asks for at least 20", -1, -1 },
  { "title-decorative-characters", "general-marketplace", title_dash, title_star,
    "Title contains decorative characters: “★”", -1, -1 },
  { "title-decorative-characters", "general-marketplace", title_dash, title_emoji,
    "Title contains decorative characters: “🧶”", -1, -1 },
  { "title-all-caps", "general-marketplace", title_two_caps, title_caps,
    "Title has 3 words in capitals (MERINO, WOOL, CREW); this marketplace allows 2", -1, -1 },
  { "title-promotional", "general-marketplace", title_salesman, title_promo,
    "Title contains promotional wording: “free shipping”", -1, -1 },
  { "title-product-words", "general-marketplace", title_scarf, title_filler,
    "Title “Northwind New Premium Quality Set” has only brand names and filler words; "
    "say what the product is", -1, -1 },
  { "description-length", "general-marketplace", description_100, description_short,
    "Description is 20 characters; write at least 100", -1, -1 },
  { "description-copies-title", "general-marketplace", nothing, description_title,
    "Description only repeats the title; describe materials, size and use", -1, -1 },
  { "category-attributes", "general-marketplace", option_upper, option_fit,
    "Category “Apparel & Accessories > Clothing” needs a “size” option; add it under Options",
    -1, -1 },
  { "sku-missing", "general-marketplace", nothing, sku_none, "Variant 2 has no SKU", 1, -1 },
  { "sku-duplicate", "general-marketplace", nothing, sku_same,
    "SKU “NW-MER-S” of variant 1 is used by 2 variants; give each its own", 0, -1 },
  { "barcode-missing", "strict-marketplace", nothing, barcode_none,
    "Variant 1 has no barcode; this marketplace requires a GTIN", 0, -1 },
  { "barcode-check-digit", "general-marketplace", barcode_other, barcode_wrong,
    "Barcode “4006381333932” of variant 1 ends in 2; its GS1 check digit is 1", 0, -1 },
  { "barcode-check-digit", "general-marketplace", barcode_upc, barcode_short,
    "Barcode “40063813339” of variant 1 has 11 digits; a GTIN has 8, 12, 13 or 14", 0, -1 },
  { "barcode-check-digit", "general-marketplace", nothing, barcode_letters,
    "Barcode “4006381E+12” of variant 1 is not only digits; a GTIN is digits", 0, -1 },
  { "compare-at-price", "general-marketplace", compare_above, compare_equal,
    "Variant 1: compare-at price 59.00 is not above the price 59.00", 0, -1 },
  { "price-below-cost", "general-marketplace", cost_equal, cost_above,
    "Variant 1: price 59.00 is below the cost 60.00", 0, -1 },
  { "image-missing", "general-marketplace", nothing, images_none,
    "The product has no image", -1, -1 },
  { "image-alt-missing", "general-marketplace", nothing, alt_blank,
    "Image 1 has no alt text", -1, 0 },
  { "seo-title-missing", "general-marketplace", nothing, seo_title_none,
    "No SEO title; search engines will show the product title as it is", -1, -1 },
  { "seo-title-length", "general-marketplace", seo_title_70, seo_title_71,
    "SEO title is 71 characters; search results show 70", -1, -1 },
  { "seo-description-missing", "general-marketplace", nothing, seo_description_none,
    "No meta description; search engines will pick a snippet themselves", -1, -1 },
  { "seo-description-length", "general-marketplace", seo_description_160, seo_description_161,
    "Meta description is 161 characters; search results show 160", -1, -1 },
  { "handle-invalid", "general-marketplace", handle_digits, handle_underscore,
    "URL handle “merino_sweater” contains “_”; use lower-case letters, digits and single dashes",
    -1, -1 },
  { "handle-invalid", "general-marketplace", nothing, handle_dashes,
    "URL handle “merino--sweater” starts or ends with a dash or has two in a row", -1, -1 },
  { "option-values-duplicate", "general-marketplace", nothing, variants_same,
    "Variants 1 and 2 both have the options “s / Navy”", 1, -1 },
  { "option-values-duplicate", "general-marketplace", nothing, option_value_twice,
    "Option “Size” lists “m” twice", -1, -1 },
  { "active-out-of-stock", "general-marketplace", stock_none_continue, stock_none,
    "Active, but every variant is out of stock and overselling is denied: shoppers cannot buy it",
    -1, -1 },
  { "active-out-of-stock", "general-marketplace", stock_none_draft, stock_none,
    "Active, but every variant is out of stock and overselling is denied: shoppers cannot buy it",
    -1, -1 },
};

static char *
describe (GPtrArray *findings)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);

      g_string_append_printf (text, "[%s] %s\n", finding->rule->id, finding->message);
    }
  return g_string_free (text, FALSE);
}

static void
test_clean_product (void)
{
  for (guint i = 0; i < policies->len; i++)
    {
      g_autoptr(ScCatalogProduct) product = make_product ();
      g_autoptr(GPtrArray) findings = sc_lint_product (product, NULL,
                                                       g_ptr_array_index (policies, i));
      g_autofree char *text = describe (findings);

      g_assert_cmpstr (text, ==, "");
      g_assert_cmpuint (sc_lint_score (findings), ==, 100);
    }
}

static void
test_fixture (gconstpointer data)
{
  const Fixture *fixture = data;
  const ScPolicy *policy = get_policy (fixture->policy);
  g_autoptr(ScCatalogProduct) passing = make_product ();
  g_autoptr(ScCatalogProduct) failing = make_product ();
  g_autoptr(GPtrArray) pass_findings = NULL;
  g_autoptr(GPtrArray) fail_findings = NULL;
  g_autofree char *pass_text = NULL;
  const ScLintFinding *found = NULL;

  g_assert_nonnull (sc_lint_lookup_rule (fixture->rule));

  fixture->pass (passing);
  pass_findings = sc_lint_product (passing, NULL, policy);
  pass_text = describe (pass_findings);
  g_assert_cmpstr (pass_text, ==, "");

  fixture->fail (failing);
  fail_findings = sc_lint_product (failing, NULL, policy);
  for (guint i = 0; i < fail_findings->len && found == NULL; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (fail_findings, i);

      if (g_str_equal (finding->rule->id, fixture->rule))
        found = finding;
    }

  if (found == NULL)
    {
      g_autofree char *text = describe (fail_findings);

      g_test_message ("no %s finding; findings:\n%s", fixture->rule, text);
      g_test_fail ();
      return;
    }
  g_assert_cmpstr (found->message, ==, fixture->message);
  g_assert_cmpstr (found->handle, ==, failing->handle);
  g_assert_cmpint (found->variant, ==, fixture->variant);
  g_assert_cmpint (found->image, ==, fixture->image);
  g_assert_cmpuint (sc_lint_score (fail_findings), <, 100);
}

static void
test_every_rule_has_fixtures (void)
{
  guint n_rules;
  const ScLintRule *rules = sc_lint_get_rules (&n_rules);

  g_assert_cmpuint (n_rules, >=, 23);
  for (guint r = 0; r < n_rules; r++)
    {
      gboolean covered = FALSE;

      for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
        covered |= g_str_equal (fixtures[f].rule, rules[r].id);

      g_assert_true (covered);
      g_assert_nonnull (rules[r].field);
      g_assert_cmpstr (sc_lint_rule_get_why (&rules[r]), !=, "");
      g_assert_nonnull (sc_lint_severity_to_string (rules[r].severity));
    }
}

static void
test_policies_differ (void)
{
  g_autoptr(ScCatalogProduct) product = make_product ();
  g_autoptr(GPtrArray) general = NULL;
  g_autoptr(GPtrArray) strict = NULL;
  g_autofree char *general_text = NULL;
  g_autofree char *strict_text = NULL;

  g_free (product->title);
  product->title = title_of_length (100);
  set (&V (product, 1)->barcode, NULL);

  general = sc_lint_product (product, NULL, get_policy ("general-marketplace"));
  strict = sc_lint_product (product, NULL, get_policy ("strict-marketplace"));
  general_text = describe (general);
  strict_text = describe (strict);

  g_assert_cmpstr (general_text, ==, "");
  g_assert_cmpstr (strict_text, ==,
                   "[title-length] Title is 100 characters; this marketplace allows 80\n"
                   "[barcode-missing] Variant 2 has no barcode; this marketplace requires a GTIN\n");
  g_assert_cmpuint (sc_lint_score (general), ==, 100);
  g_assert_cmpuint (sc_lint_score (strict), ==, 50);
}

static void
add_finding (GPtrArray  *findings,
             const char *rule)
{
  ScLintFinding *finding = g_new0 (ScLintFinding, 1);

  finding->rule = sc_lint_lookup_rule (rule);
  g_assert_nonnull (finding->rule);
  finding->handle = g_strdup ("x");
  finding->message = g_strdup ("x");
  finding->variant = finding->image = -1;
  g_ptr_array_add (findings, finding);
}

/* A finding keeps its product's handle and its message in its own block;
 * either may be replaced, and the finding still frees what it holds
 * (valgrind or the allocator would catch a bad free). */
static void
test_finding_fields (void)
{
  g_autoptr(ScCatalogProduct) product = make_product ();
  g_autoptr(GPtrArray) findings = NULL;
  ScLintFinding *finding;

  set (&product->handle, "merino--sweater");
  set (&product->seo_title, NULL);
  set (&product->seo_description, NULL);
  findings = sc_lint_product (product, NULL, get_policy ("general-marketplace"));
  g_assert_cmpuint (findings->len, >=, 3);
  for (guint i = 0; i < findings->len; i++)
    {
      finding = g_ptr_array_index (findings, i);
      g_assert_cmpstr (finding->handle, ==, "merino--sweater");
      g_assert_nonnull (finding->message);
    }

  /* Freed with its handle replaced, its message replaced, both, neither
   * (the block's own strings are not freed on their own). */
  finding = g_ptr_array_index (findings, 0);
  finding->handle = g_strdup ("renamed");
  finding = g_ptr_array_index (findings, 1);
  finding->message = g_strdup ("reworded");
  finding = g_ptr_array_index (findings, 2);
  finding->handle = NULL;
  finding->message = g_strdup ("reworded");
  g_assert_cmpstr (((ScLintFinding *) g_ptr_array_index (findings, 0))->handle, ==, "renamed");
  g_assert_cmpstr (((ScLintFinding *) g_ptr_array_index (findings, 1))->handle, ==,
                   "merino--sweater");
  g_assert_cmpstr (((ScLintFinding *) g_ptr_array_index (findings, 1))->message, ==, "reworded");

  /* A product without a handle gives findings without one. */
  set (&product->handle, NULL);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = sc_lint_product (product, NULL, get_policy ("general-marketplace"));
  g_assert_cmpuint (findings->len, >=, 1);
  for (guint i = 0; i < findings->len; i++)
    {
      finding = g_ptr_array_index (findings, i);
      g_assert_null (finding->handle);
      g_assert_nonnull (finding->message);
      g_assert_cmpuint (strlen (finding->message), >, 0);
    }
}

static void
test_score (void)
{
  g_autoptr(GPtrArray) findings =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sc_lint_finding_free);

  g_assert_cmpuint (sc_lint_score (findings), ==, 100);
  add_finding (findings, "seo-title-missing");              /* suggestion: −2 */
  g_assert_cmpuint (sc_lint_score (findings), ==, 98);
  add_finding (findings, "image-alt-missing");              /* warning: −8 */
  g_assert_cmpuint (sc_lint_score (findings), ==, 90);
  add_finding (findings, "price-below-cost");               /* error: −25 */
  g_assert_cmpuint (sc_lint_score (findings), ==, 65);
  add_finding (findings, "image-missing");
  add_finding (findings, "handle-invalid");
  g_assert_cmpuint (sc_lint_score (findings), ==, 15);
  add_finding (findings, "title-length");                   /* floored at 0 */
  g_assert_cmpuint (sc_lint_score (findings), ==, 0);
}

static void
test_gtin (void)
{
  int expected;

  g_assert_true (sc_lint_gtin_is_valid ("96385074", NULL));        /* GTIN-8 */
  g_assert_true (sc_lint_gtin_is_valid ("036000291452", NULL));    /* GTIN-12 */
  g_assert_true (sc_lint_gtin_is_valid ("4006381333931", NULL));   /* GTIN-13 */
  g_assert_true (sc_lint_gtin_is_valid ("10012345678902", NULL));  /* GTIN-14 */
  g_assert_false (sc_lint_gtin_is_valid ("10012345678905", &expected));
  g_assert_cmpint (expected, ==, 2);
  g_assert_false (sc_lint_gtin_is_valid ("1234567", &expected));
  g_assert_cmpint (expected, ==, -1);
  g_assert_false (sc_lint_gtin_is_valid ("40063813339x1", &expected));
  g_assert_cmpint (expected, ==, -1);
}

static void
test_duplicate_sku_across_catalog (void)
{
  g_autoptr(ScCatalog) catalog = sc_catalog_new (sc_currency_lookup ("USD"));
  g_autoptr(ScCatalogProduct) edited = NULL;
  g_autoptr(GPtrArray) alone = NULL;
  g_autoptr(GPtrArray) all = NULL;
  ScCatalogProduct *other = make_product ();
  g_autofree char *text = NULL;

  set (&other->handle, "merino-wool-crew-sweater-grey");
  set (&V (other, 0)->sku, "NW-MER-X");
  g_assert_true (sc_catalog_add_product (catalog, make_product (), NULL));
  g_assert_true (sc_catalog_add_product (catalog, other, NULL));

  /* The copy being edited is not counted twice with its own catalog entry. */
  edited = sc_catalog_product_copy (sc_catalog_get_product (catalog, 0));
  alone = sc_lint_product (edited, catalog, get_policy ("general-marketplace"));
  text = describe (alone);
  g_assert_cmpstr (text, ==,
                   "[sku-duplicate] SKU “NW-MER-M” of variant 2 is used by 2 variants; "
                   "give each its own\n");

  all = sc_lint_catalog (catalog, get_policy ("general-marketplace"));
  g_clear_pointer (&text, g_free);
  text = describe (all);
  g_assert_cmpstr (text, ==,
                   "[sku-duplicate] SKU “NW-MER-M” of variant 2 is used by 2 variants; "
                   "give each its own\n"
                   "[sku-duplicate] SKU “NW-MER-M” of variant 2 is used by 2 variants; "
                   "give each its own\n");
  g_assert_cmpstr (((ScLintFinding *) all->pdata[1])->handle, ==, "merino-wool-crew-sweater-grey");
}

/* A sanity check that 10,000 products lint at all; the timing is a benchmark's job. */
static void
test_many_products (void)
{
  g_autoptr(ScCatalog) catalog = sc_catalog_new (sc_currency_lookup ("USD"));
  g_autoptr(GPtrArray) findings = NULL;

  for (guint i = 0; i < 10000; i++)
    {
      ScCatalogProduct *product = make_product ();

      g_free (product->handle);
      product->handle = g_strdup_printf ("sweater-%u", i);
      set (&V (product, 0)->sku, NULL);
      V (product, 0)->sku = g_strdup_printf ("SW-%u-S", i);
      set (&V (product, 1)->sku, NULL);
      V (product, 1)->sku = g_strdup_printf ("SW-%u-M", i);
      if (i % 10 == 0)
        images_none (product);
      g_assert_true (sc_catalog_add_product (catalog, product, NULL));
    }

  findings = sc_lint_catalog (catalog, get_policy ("general-marketplace"));
  g_assert_cmpuint (findings->len, ==, 1000);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpstr (((ScLintFinding *) findings->pdata[i])->rule->id, ==, "image-missing");
}

/* Past 32 values the duplicate checks switch from a list to a hash table:
 * the same findings either way, with the first variant named. */
static void
test_many_variants (void)
{
  g_autoptr(ScCatalogProduct) product = make_product ();
  ScCatalogOption *size = product->options->pdata[0];
  g_autoptr(GPtrArray) findings = NULL;
  const ScLintFinding *finding;

  g_ptr_array_set_size (product->variants, 0);
  g_ptr_array_set_size (size->values, 0);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *value = g_strdup_printf ("EU %u", 30 + i);
      g_autofree char *sku = g_strdup_printf ("NW-MER-%u", i);

      sc_catalog_option_add_value (size, value);
      g_ptr_array_add (product->variants, make_variant (value, sku));
    }
  sc_catalog_variant_set_option_value (V (product, 36), 0, "eu 33");
  g_ptr_array_add (size->values, g_strdup ("Eu 65"));

  findings = sc_lint_product (product, NULL, get_policy ("general-marketplace"));
  g_assert_cmpuint (findings->len, ==, 2);
  finding = findings->pdata[0];
  g_assert_cmpstr (finding->rule->id, ==, "option-values-duplicate");
  g_assert_cmpstr (finding->message, ==, "Option “Size” lists “Eu 65” twice");
  finding = findings->pdata[1];
  g_assert_cmpint (finding->variant, ==, 36);
  g_assert_cmpstr (finding->message, ==, "Variants 4 and 37 both have the options “eu 33 / Navy”");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *course_dir = NULL;
  int result;

  g_test_init (&argc, &argv, NULL);

  course_dir = g_test_build_filename (G_TEST_DIST, "..", "data", "courses",
                                      "ecommerce-operations", NULL);
  policies = sc_policy_load_all (course_dir, problems);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
  g_assert_cmpuint (policies->len, ==, 2);

  g_test_add_func ("/lint/clean-product", test_clean_product);
  g_test_add_func ("/lint/every-rule-has-fixtures", test_every_rule_has_fixtures);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/lint/rule/%s/%u", fixtures[i].rule, i);

      g_test_add_data_func (path, &fixtures[i], test_fixture);
    }
  g_test_add_func ("/lint/policies-differ", test_policies_differ);
  g_test_add_func ("/lint/finding-fields", test_finding_fields);
  g_test_add_func ("/lint/score", test_score);
  g_test_add_func ("/lint/gtin", test_gtin);
  g_test_add_func ("/lint/duplicate-sku-across-catalog", test_duplicate_sku_across_catalog);
  g_test_add_func ("/lint/many-products", test_many_products);
  g_test_add_func ("/lint/many-variants", test_many_variants);

  result = g_test_run ();
  g_ptr_array_unref (policies);
  return result;
}
