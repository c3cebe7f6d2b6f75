/* test-lint-catalog.c - linting a whole generated catalog finds what linting each product against it finds
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The catalog is the lint benchmark's (tests/bench/bench-catalog.c), with
 * a share of its products given the defects the generator never makes
 * (emoji, capitals and accents in titles, entities in descriptions, bad
 * handles, option values that differ only in case…). Every product is
 * linted three ways under each shipped policy: with sc_lint_catalog (),
 * against the catalog by a scan of its SKUs, and against an ScLintIndex
 * of the catalog; all three must give the same findings, and those must
 * be the findings recorded here (counted by rule, and a checksum of
 * every finding's text), so that a faster linter is checked to find
 * exactly what the linter found before.
 */
#include "config.h"

#include <string.h>

#include "bench-catalog.h"
#include "sc-course-problems.h"
#include "sc-lint-private.h"
#include "sc-policy.h"

#define PRODUCTS 1500

#define V(p, i) ((ScCatalogVariant *) g_ptr_array_index ((p)->variants, (i)))

static GPtrArray *policies;

static const ScPolicy *
get_policy (const char *id)
{
  for (guint i = 0; i < policies->len; i++)
    if (g_str_equal (sc_policy_get_id (g_ptr_array_index (policies, i)), id))
      return g_ptr_array_index (policies, i);

  g_assert_not_reached ();
}

static void
set (char       **field,
     const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* The defects bench-catalog.c does not make, one kind for every
 * seventh product, in turn. */
static void
twist (ScCatalog        *catalog,
       ScCatalogProduct *product,
       guint             number)
{
  ScCatalogOption *option;
  g_autofree char *handle = NULL;

  if (number % 7 != 3)
    return;

  switch ((number / 7) % 18)
    {
    case 0:
      set (&product->title, "⭐ Merino Wool Sweater 🎁 for Winter");
      break;
    case 1:
      set (&product->title, "ÜBER WARM Merino Pullover ★ by Fjällräven Goods");
      break;
    case 2:
      set (&product->title, "The Best Item");
      break;
    case 3:
      set (&product->title, "Große Wanderschuhe – Größe 42, wasserdicht!! Sale");
      break;
    case 4:
      set (&product->description, "<p>Merino &amp; silk &lt;blend&gt; &nbsp; &copy; "
                                  "<b>soft</b> &#39;n&#39; warm</p>&unterminated");
      break;
    case 5:
      set (&product->description, NULL);
      set (&product->title, NULL);
      break;
    case 6:
      handle = g_strdup_printf ("Product-Ünique %u", number);
      g_assert_true (sc_catalog_set_handle (catalog, product, handle, NULL));
      break;
    case 7:
      handle = g_strdup_printf ("-product--%u-", number);
      g_assert_true (sc_catalog_set_handle (catalog, product, handle, NULL));
      break;
    case 8:
      option = sc_catalog_option_new ("Größe");
      sc_catalog_option_add_value (option, "Straße");
      sc_catalog_option_add_value (option, "STRASSE");
      sc_catalog_option_add_value (option, "straße");
      g_ptr_array_add (product->options, option);
      break;
    case 9:
      if (product->options->len > 0)
        set (&((ScCatalogOption *) product->options->pdata[0])->name, "SIZE");
      set (&product->category, "apparel & accessories > clothing");
      break;
    case 10:
      set (&V (product, 0)->barcode, "40063813X3931");
      break;
    case 11:
      set (&V (product, 0)->barcode, "1234567");
      break;
    case 12:
      set (&V (product, 0)->sku, "SC-00001-0");    /* another product's */
      break;
    case 13:
      if (product->images->len > 0)
        set (&((ScCatalogImage *) product->images->pdata[0])->alt, "  \t ");
      set (&product->seo_title, "Merino Wool Crew Neck Sweater by Fjällräven Goods, "
                                "Warm, Soft and Washable");
      break;
    case 14:
      set (&product->vendor, "Merino Wool");
      set (&product->title, "Merino Wool Sweater");
      break;
    case 15:
      set (&product->description, "Merino   wool\tsweater");
      product->description_format = SC_DESCRIPTION_FORMAT_PLAIN;
      set (&product->title, "Merino Wool Sweater");
      break;
    case 16:
      set (&product->category, "Electronics > Audio");
      set (&product->title, "USB LED HDMI Cable");
      break;
    default:
      set (&product->title, "Ελληνικό ΜΑΛΛΙΝΟ πουλόβερ, ΝΕΟ");
      break;
    }
}

static ScCatalog *
generate_catalog (void)
{
  ScCatalog *catalog = sc_bench_generate_catalog (PRODUCTS);

  for (guint i = 0; i < PRODUCTS; i++)
    twist (catalog, sc_catalog_get_product (catalog, i), i);

  return catalog;
}

static void
describe_into (GString   *text,
               GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);

      g_string_append_printf (text, "%s %s v%d i%d: %s\n", finding->handle, finding->rule->id,
                              finding->variant, finding->image, finding->message);
    }
}

/* "rule-id N" for each rule with findings, in rule order. */
static char *
count_by_rule (GPtrArray *findings)
{
  GString *text = g_string_new (NULL);
  guint n_rules;
  const ScLintRule *rules = sc_lint_get_rules (&n_rules);

  for (guint r = 0; r < n_rules; r++)
    {
      guint count = 0;

      for (guint i = 0; i < findings->len; i++)
        if (((ScLintFinding *) g_ptr_array_index (findings, i))->rule == &rules[r])
          count++;
      if (count > 0)
        g_string_append_printf (text, "%s %u\n", rules[r].id, count);
    }

  return g_string_free (text, FALSE);
}

static void
test_same_three_ways (void)
{
  g_autoptr(ScCatalog) catalog = generate_catalog ();
  g_autoptr(ScLintIndex) index = sc_lint_index_new (catalog);

  for (guint p = 0; p < policies->len; p++)
    {
      const ScPolicy *policy = g_ptr_array_index (policies, p);
      g_autoptr(GPtrArray) all = sc_lint_catalog (catalog, policy);
      g_autoptr(GString) whole = g_string_new (NULL);
      g_autoptr(GString) scanned = g_string_new (NULL);
      g_autoptr(GString) indexed = g_string_new (NULL);

      describe_into (whole, all);
      for (guint i = 0; i < PRODUCTS; i++)
        {
          ScCatalogProduct *product = sc_catalog_get_product (catalog, i);
          g_autoptr(GPtrArray) one = sc_lint_product (product, catalog, policy);
          g_autoptr(GPtrArray) from_index = sc_lint_product_indexed (product, index, policy);

          describe_into (scanned, one);
          describe_into (indexed, from_index);
        }

      g_assert_cmpstr (whole->str, ==, scanned->str);
      g_assert_cmpstr (whole->str, ==, indexed->str);
    }
}

typedef struct
{
  const char *policy;
  const char *counts;
  const char *checksum;   /* SHA-256 of the findings' text */
} Recorded;

/* What the linter found in the catalog before it was made fast. */
static const Recorded recorded[] = {
  { "general-marketplace",
    "title-length 104\n"
    "title-decorative-characters 65\n"
    "title-all-caps 11\n"
    "title-promotional 41\n"
    "title-product-words 12\n"
    "description-length 155\n"
    "description-copies-title 130\n"
    "category-attributes 156\n"
    "sku-missing 121\n"
    "sku-duplicate 12\n"
    "barcode-check-digit 190\n"
    "compare-at-price 172\n"
    "price-below-cost 107\n"
    "image-missing 383\n"
    "image-alt-missing 454\n"
    "seo-title-missing 591\n"
    "seo-title-length 12\n"
    "seo-description-missing 752\n"
    "handle-invalid 24\n"
    "option-values-duplicate 57\n"
    "active-out-of-stock 19\n",
    "a0a4240b621bf430224d37fa232b398e42143a3a0681a727d0952a78bf0a0d4d" },
  { "strict-marketplace",
    "title-length 189\n"
    "title-decorative-characters 65\n"
    "title-all-caps 63\n"
    "title-promotional 41\n"
    "title-product-words 12\n"
    "description-length 1500\n"
    "description-copies-title 130\n"
    "category-attributes 631\n"
    "sku-missing 121\n"
    "sku-duplicate 12\n"
    "barcode-missing 629\n"
    "barcode-check-digit 190\n"
    "compare-at-price 172\n"
    "price-below-cost 107\n"
    "image-missing 383\n"
    "image-alt-missing 454\n"
    "seo-title-missing 591\n"
    "seo-title-length 12\n"
    "seo-description-missing 752\n"
    "handle-invalid 24\n"
    "option-values-duplicate 57\n"
    "active-out-of-stock 19\n",
    "84d74852097cdbc05a132e4bfe3b979334b58e1a75dd05d8b62e78d05a0ec084" },
};

static void
test_recorded (void)
{
  g_autoptr(ScCatalog) catalog = generate_catalog ();

  for (guint r = 0; r < G_N_ELEMENTS (recorded); r++)
    {
      g_autoptr(GPtrArray) all = sc_lint_catalog (catalog, get_policy (recorded[r].policy));
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *counts = count_by_rule (all);
      g_autofree char *checksum = NULL;

      describe_into (text, all);
      checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text->str, text->len);
      /* SC_TEST_PRINT_RECORDED=1 prints what to record instead of checking it. */
      if (g_getenv ("SC_TEST_PRINT_RECORDED") != NULL)
        {
          g_printerr ("%s\n%s%s\n", recorded[r].policy, counts, checksum);
          g_test_skip ("printed what to record");
          continue;
        }
      g_assert_cmpstr (counts, ==, recorded[r].counts);
      g_assert_cmpstr (checksum, ==, recorded[r].checksum);
    }
}

/* The linter folds some characters itself (ASCII, U+0080 to U+00FF) and
 * hands the others to g_utf8_casefold (): every one of the first 2,048
 * characters, alone and between others, folds as g_utf8_casefold ()
 * folds it. */
static void
test_fold (void)
{
  for (gunichar c = 1; c < 0x800; c++)
    {
      char utf8[8] = { 0 };
      g_autofree char *alone = NULL;
      g_autofree char *expected_alone = NULL;
      g_autofree char *around = NULL;
      g_autofree char *mixed = NULL;
      g_autofree char *expected_mixed = NULL;

      g_unichar_to_utf8 (c, utf8);
      alone = sc_lint_fold (utf8, -1);
      expected_alone = g_utf8_casefold (utf8, -1);
      g_assert_cmpstr (alone, ==, expected_alone);

      around = g_strdup_printf ("Ab%sÉ%sΣx", utf8, utf8);
      mixed = sc_lint_fold (around, -1);
      expected_mixed = g_utf8_casefold (around, -1);
      g_assert_cmpstr (mixed, ==, expected_mixed);
    }
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

  g_test_add_func ("/lint-catalog/same-three-ways", test_same_three_ways);
  g_test_add_func ("/lint-catalog/recorded", test_recorded);
  g_test_add_func ("/lint-catalog/fold", test_fold);

  result = g_test_run ();
  g_ptr_array_unref (policies);
  return result;
}
