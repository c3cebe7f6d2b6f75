/* test-lint-index.c - a product linted against its catalog's SKU index finds what the catalog scan finds
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-course-problems.h"
#include "sc-lint.h"
#include "sc-policy.h"
#include "sc-prng.h"

#define PRODUCTS 1500
#define SKU_POOL 4000   /* about 3,700 SKUs drawn from 4,000: many shared */

static GPtrArray *policies;

#define V(p, i) ((ScCatalogVariant *) g_ptr_array_index ((p)->variants, (i)))

static char *
random_sku (ScPrng *prng)
{
  /* One variant in ten has none. */
  if (sc_prng_next_chance (prng, 1, 10))
    return NULL;

  return g_strdup_printf ("SKU-%04u", (guint) sc_prng_next_below (prng, SKU_POOL));
}

/* @n products, 1-4 variants each, SKUs from a small pool so that some
 * repeat within a product and many across products. */
static ScCatalog *
generate_catalog (guint64 seed,
                  guint   n)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");
  ScCatalog *catalog = sc_catalog_new (usd);
  g_autoptr(ScPrng) prng = sc_prng_new (seed);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *handle = g_strdup_printf ("product-%u", i);
      ScCatalogProduct *product = sc_catalog_product_new (handle);
      guint variants = 1 + (guint) sc_prng_next_below (prng, 4);

      product->title = g_strdup_printf ("Merino Wool Crew Neck Sweater %u", i);
      for (guint v = 0; v < variants; v++)
        {
          ScCatalogVariant *variant = sc_catalog_variant_new (usd);

          variant->sku = random_sku (prng);
          variant->has_price = TRUE;
          variant->price = sc_money_init (1000 + 100 * v, usd);
          g_ptr_array_add (product->variants, variant);
        }
      g_assert_true (sc_catalog_add_product (catalog, product, NULL));
    }

  return catalog;
}

static char *
describe (GPtrArray *findings)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);

      g_string_append_printf (text, "%s %s v%d i%d: %s\n", finding->handle, finding->rule->id,
                              finding->variant, finding->image, finding->message);
    }

  return g_string_free (text, FALSE);
}

static guint
count_rule (GPtrArray  *findings,
            const char *id)
{
  guint count = 0;

  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((ScLintFinding *) g_ptr_array_index (findings, i))->rule->id, id))
      count++;

  return count;
}

/* Asserts that @product lints the same against @catalog and @index;
 * returns its SKU duplicate findings. */
static guint
assert_same (const ScCatalogProduct *product,
             ScCatalog              *catalog,
             const ScLintIndex      *index)
{
  const ScPolicy *policy = g_ptr_array_index (policies, 0);
  g_autoptr(GPtrArray) scanned = sc_lint_product (product, catalog, policy);
  g_autoptr(GPtrArray) indexed = sc_lint_product_indexed (product, index, policy);
  g_autofree char *scanned_text = describe (scanned);
  g_autofree char *indexed_text = describe (indexed);

  g_assert_cmpstr (indexed_text, ==, scanned_text);

  return count_rule (scanned, "sku-duplicate");
}

static void
test_generated_catalog (void)
{
  g_autoptr(ScCatalog) catalog = generate_catalog (20261130, PRODUCTS);
  g_autoptr(ScLintIndex) index = sc_lint_index_new (catalog);
  g_autoptr(ScPrng) prng = sc_prng_new (7);
  guint duplicates = 0;
  guint edited_duplicates = 0;

  for (guint i = 0; i < PRODUCTS; i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, i);
      g_autoptr(ScCatalogProduct) edited = sc_catalog_product_copy (product);

      /* The product as stored, and as the page edits it: a copy with one
       * SKU retyped (to another product's, often) and, for some, a
       * variant added or the handle changed or cleared. */
      duplicates += assert_same (product, catalog, index);

      g_free (V (edited, 0)->sku);
      V (edited, 0)->sku = random_sku (prng);
      if (i % 7 == 0)
        {
          ScCatalogVariant *variant = sc_catalog_variant_copy (V (edited, 0));

          g_ptr_array_add (edited->variants, variant);
        }
      if (i % 11 == 0)
        g_clear_pointer (&edited->handle, g_free);
      else if (i % 13 == 0)
        {
          g_free (edited->handle);
          edited->handle = g_strdup_printf ("product-%u", (i + 1) % PRODUCTS);
        }
      edited_duplicates += assert_same (edited, catalog, index);
    }

  /* The catalog has what the index must get right. */
  g_assert_cmpuint (duplicates, >, PRODUCTS / 4);
  g_assert_cmpuint (edited_duplicates, >, PRODUCTS / 4);
}

/* The product page's setup: the edited product's stored self is not in
 * the catalog the index is built from. */
static void
test_product_left_out (void)
{
  g_autoptr(ScCatalog) catalog = generate_catalog (42, 300);
  g_autoptr(ScCatalog) others = sc_catalog_copy (catalog);
  g_autoptr(ScLintIndex) index = NULL;
  ScCatalogProduct *product = sc_catalog_get_product (catalog, 120);
  g_autoptr(ScCatalogProduct) edited = sc_catalog_product_copy (product);

  g_assert_true (sc_catalog_remove_product (others, edited->handle));
  index = sc_lint_index_new (others);
  assert_same (edited, catalog, index);
  assert_same (edited, others, index);
}

static void
test_no_catalog (void)
{
  g_autoptr(ScCatalog) catalog = generate_catalog (3, 50);
  g_autoptr(ScLintIndex) empty = sc_lint_index_new (NULL);

  for (guint i = 0; i < 50; i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, i);
      const ScPolicy *policy = g_ptr_array_index (policies, 0);
      g_autoptr(GPtrArray) alone = sc_lint_product (product, NULL, policy);
      g_autoptr(GPtrArray) with_empty = sc_lint_product_indexed (product, empty, policy);
      g_autoptr(GPtrArray) with_none = sc_lint_product_indexed (product, NULL, policy);
      g_autofree char *alone_text = describe (alone);
      g_autofree char *empty_text = describe (with_empty);
      g_autofree char *none_text = describe (with_none);

      g_assert_cmpstr (empty_text, ==, alone_text);
      g_assert_cmpstr (none_text, ==, alone_text);
    }
}

/* Committed changes kept in step (remove as it was, add as it is) leave
 * the index counting what a new index of the changed catalog counts. */
static void
test_updates (void)
{
  g_autoptr(ScCatalog) catalog = generate_catalog (99, 400);
  g_autoptr(ScLintIndex) index = sc_lint_index_new (catalog);
  g_autoptr(ScLintIndex) fresh = NULL;
  g_autoptr(ScPrng) prng = sc_prng_new (11);

  for (guint i = 0; i < 400; i += 3)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, i);

      sc_lint_index_remove_product (index, product);
      g_free (V (product, 0)->sku);
      V (product, 0)->sku = random_sku (prng);
      sc_lint_index_add_product (index, product);
    }
  for (guint i = 0; i < 40; i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, 399 - 2 * i);

      sc_lint_index_remove_product (index, product);
      g_assert_true (sc_catalog_remove_product (catalog, product->handle));
    }

  fresh = sc_lint_index_new (catalog);
  for (guint s = 0; s < SKU_POOL; s++)
    {
      g_autofree char *sku = g_strdup_printf ("SKU-%04u", s);

      g_assert_cmpuint (sc_lint_index_count_sku (index, sku, NULL), ==,
                        sc_lint_index_count_sku (fresh, sku, NULL));
      g_assert_cmpuint (sc_lint_index_count_sku (index, sku, "product-3"), ==,
                        sc_lint_index_count_sku (fresh, sku, "product-3"));
    }
  for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
    assert_same (sc_catalog_get_product (catalog, i), catalog, index);

  /* Every product gone: nothing is counted. */
  while (sc_catalog_get_n_products (catalog) > 0)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, 0);

      sc_lint_index_remove_product (index, product);
      g_assert_true (sc_catalog_remove_product (catalog, product->handle));
    }
  for (guint s = 0; s < SKU_POOL; s++)
    {
      g_autofree char *sku = g_strdup_printf ("SKU-%04u", s);

      g_assert_cmpuint (sc_lint_index_count_sku (index, sku, NULL), ==, 0);
    }
}

static ScCatalogProduct *
product_with_skus (const char         *handle,
                   const char * const *skus)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");
  ScCatalogProduct *product = sc_catalog_product_new (handle);

  for (guint i = 0; skus[i] != NULL; i++)
    {
      ScCatalogVariant *variant = sc_catalog_variant_new (usd);

      variant->sku = g_strdup (skus[i]);
      g_ptr_array_add (product->variants, variant);
    }

  return product;
}

/* A SKU repeated within a product and across products, a product added
 * twice under one handle, and one removed that was never added. */
static void
test_repeats (void)
{
  const char * const first_skus[] = { "A", "B", "A", NULL };
  const char * const second_skus[] = { "A", "C", NULL };
  g_autoptr(ScCatalogProduct) first = product_with_skus ("first", first_skus);
  g_autoptr(ScCatalogProduct) second = product_with_skus ("second", second_skus);
  g_autoptr(ScCatalogProduct) stray = product_with_skus ("stray", second_skus);
  g_autoptr(ScLintIndex) index = sc_lint_index_new (NULL);

  sc_lint_index_add_product (index, first);
  sc_lint_index_add_product (index, second);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "A", NULL), ==, 3);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "A", "first"), ==, 1);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "A", "second"), ==, 2);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "B", "first"), ==, 0);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "D", NULL), ==, 0);

  sc_lint_index_add_product (index, first);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "A", NULL), ==, 5);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "A", "first"), ==, 1);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "A", "second"), ==, 4);

  sc_lint_index_remove_product (index, stray);
  sc_lint_index_remove_product (index, first);
  sc_lint_index_remove_product (index, first);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "A", NULL), ==, 1);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "A", "second"), ==, 0);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "B", NULL), ==, 0);
  g_assert_cmpuint (sc_lint_index_count_sku (index, "C", "first"), ==, 1);
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
  g_assert_cmpuint (policies->len, >, 0);

  g_test_add_func ("/lint-index/generated-catalog", test_generated_catalog);
  g_test_add_func ("/lint-index/product-left-out", test_product_left_out);
  g_test_add_func ("/lint-index/no-catalog", test_no_catalog);
  g_test_add_func ("/lint-index/updates", test_updates);
  g_test_add_func ("/lint-index/repeats", test_repeats);

  result = g_test_run ();
  g_ptr_array_unref (policies);
  return result;
}
