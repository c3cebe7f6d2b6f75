/* test-scenario-defects.c - the seeded defects of a given store: how many, which kinds, each as described
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-lint.h"
#include "sc-scenario.h"
#include "test-scenario-util.h"

/* What one defect did to a field, from the store before and after. */
static const char *
classify (const char *field,
          const char *was,
          const char *now)
{
  if (g_str_equal (field, "title"))
    {
      g_autofree char *upper = g_utf8_strup (was, -1);

      return g_strcmp0 (now, upper) == 0 ? "title-all-caps" : "title-promotional";
    }
  if (g_str_equal (field, "seo-title"))
    return "seo-title-missing";
  if (g_str_equal (field, "seo-description"))
    return "seo-description-missing";
  if (g_str_equal (field, "vendor"))
    return "vendor-missing";
  if (g_str_equal (field, "sku"))
    return now == NULL ? "sku-missing" : "sku-duplicate";
  if (g_str_equal (field, "barcode"))
    return "barcode-check-digit";
  if (g_str_equal (field, "price"))
    return "price-below-cost";

  return "compare-at-invalid";
}

static void
count_defect (GHashTable *kinds,
              const char *field,
              const char *was,
              const char *now)
{
  const char *kind = classify (field, was, now);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (kinds, kind));

  g_hash_table_replace (kinds, (gpointer) kind, GUINT_TO_POINTER (n + 1));
}

static guint
count_sku (ScCatalog  *catalog,
           const char *sku)
{
  guint n = 0;

  for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
    {
      const ScCatalogProduct *product = sc_catalog_get_product (catalog, i);

      for (guint v = 0; v < product->variants->len; v++)
        n += g_strcmp0 (((const ScCatalogVariant *) g_ptr_array_index (product->variants, v))->sku, sku) == 0;
    }

  return n;
}

/* Every seed gives 50 defects, each in its own field, and every kind at
 * least once; a duplicate SKU is another variant's SKU; a price defect
 * is below the cost; a compare-at defect is at or below the price. */
static void
test_defects (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(ScScenario) scenario = NULL;
  const char *id = "clean-imported-catalog";
  g_auto(GStrv) all_kinds = g_strsplit (SC_SCENARIO_DEFECT_KINDS, " ", -1);

  dir = course_dir (&id);
  scenario = load_scenario (dir, id);
  for (guint64 seed = 1; seed <= 40; seed++)
    {
      g_autoptr(ScCatalog) catalog = sc_scenario_generate (scenario, seed);
      g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
      guint n = 0;

      for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
        {
          const ScCatalogProduct *now = sc_catalog_get_product (catalog, i);
          const ScCatalogProduct *was = sc_catalog_lookup_product (scenario->catalog, now->handle);
          const char *fields[] = { "title", "seo-title", "seo-description", "vendor" };
          const char *now_values[] = { now->title, now->seo_title, now->seo_description, now->vendor };
          const char *was_values[] = { was->title, was->seo_title, was->seo_description, was->vendor };

          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            if (g_strcmp0 (now_values[f], was_values[f]) != 0)
              {
                count_defect (kinds, fields[f], was_values[f], now_values[f]);
                n++;
              }
          for (guint v = 0; v < now->variants->len; v++)
            {
              const ScCatalogVariant *variant = g_ptr_array_index (now->variants, v);
              const ScCatalogVariant *original = g_ptr_array_index (was->variants, v);

              if (g_strcmp0 (variant->sku, original->sku) != 0)
                {
                  g_assert_true (variant->sku == NULL || count_sku (catalog, variant->sku) >= 2);
                  count_defect (kinds, "sku", original->sku, variant->sku);
                  n++;
                }
              if (g_strcmp0 (variant->barcode, original->barcode) != 0)
                {
                  g_assert_false (sc_lint_gtin_is_valid (variant->barcode, NULL));
                  count_defect (kinds, "barcode", original->barcode, variant->barcode);
                  n++;
                }
              if (variant->price.minor != original->price.minor)
                {
                  g_assert_cmpint (variant->price.minor, <, variant->cost.minor);
                  count_defect (kinds, "price", NULL, NULL);
                  n++;
                }
              if (variant->has_compare_at)
                {
                  g_assert_cmpint (variant->compare_at.minor, <=, variant->price.minor);
                  count_defect (kinds, "compare-at", NULL, NULL);
                  n++;
                }
            }
        }

      g_assert_cmpuint (n, ==, 50);
      for (guint k = 0; all_kinds[k] != NULL; k++)
        {
          if (!g_hash_table_contains (kinds, all_kinds[k]))
            g_test_message ("seed %" G_GUINT64_FORMAT ": no %s", seed, all_kinds[k]);
          g_assert_true (g_hash_table_contains (kinds, all_kinds[k]));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario-defects/every-seed", test_defects);

  return g_test_run ();
}
