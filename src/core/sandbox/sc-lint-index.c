/* sc-lint-index.c - the SKUs of a catalog's products, counted once for linting one product at a time
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two tables: every SKU with the number of variants using it, and every
 * handle with its products' SKUs (repeats kept). A product linted alone
 * skips the catalog's products with its own handle (its stored self when
 * it is an edited copy), so the count of a SKU "elsewhere" is the total
 * less the uses under that handle: a lookup and a scan of one product's
 * few variants. Products without a handle share one list, as the scan
 * they replace treats two missing handles as the same.
 */
#include "config.h"

#include <string.h>

#include "sc-lint-index.h"

struct _ScLintIndex
{
  GHashTable *totals;      /* SKU (owned) → variants using it */
  GHashTable *by_handle;   /* handle (owned) → GPtrArray of its products' SKUs (owned) */
  GPtrArray  *unhandled;   /* the SKUs of products without a handle */
};

static GPtrArray *
handle_skus (const ScLintIndex *self,
             const char        *handle,
             gboolean           create)
{
  GPtrArray *skus;

  if (handle == NULL)
    return self->unhandled;

  skus = g_hash_table_lookup (self->by_handle, handle);
  if (skus == NULL && create)
    {
      skus = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->by_handle, g_strdup (handle), skus);
    }

  return skus;
}

/* Adds @delta to @sku's total; a total that reaches 0 leaves the table. */
static void
add_to_total (ScLintIndex *self,
              const char  *sku,
              int          delta)
{
  gpointer key = NULL;
  gpointer count = NULL;
  int total;

  if (!g_hash_table_steal_extended (self->totals, sku, &key, &count))
    key = g_strdup (sku);

  total = (int) GPOINTER_TO_UINT (count) + delta;
  if (total > 0)
    g_hash_table_insert (self->totals, key, GUINT_TO_POINTER ((guint) total));
  else
    g_free (key);
}

/**
 * sc_lint_index_new:
 * @catalog: (nullable): the catalog to count; without one the index is
 *   empty, as linting without a catalog is
 *
 * Returns: (transfer full): the catalog's SKUs, counted
 */
ScLintIndex *
sc_lint_index_new (ScCatalog *catalog)
{
  ScLintIndex *self;

  g_return_val_if_fail (catalog == NULL || SC_IS_CATALOG (catalog), NULL);

  self = g_new0 (ScLintIndex, 1);
  self->totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_handle = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  self->unhandled = g_ptr_array_new_with_free_func (g_free);

  if (catalog != NULL)
    {
      guint n = sc_catalog_get_n_products (catalog);

      for (guint i = 0; i < n; i++)
        sc_lint_index_add_product (self, sc_catalog_get_product (catalog, i));
    }

  return self;
}

void
sc_lint_index_free (ScLintIndex *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->totals);
  g_hash_table_unref (self->by_handle);
  g_ptr_array_unref (self->unhandled);
  g_free (self);
}

/**
 * sc_lint_index_add_product:
 * @product: a product now in the catalog, as it is
 */
void
sc_lint_index_add_product (ScLintIndex            *self,
                           const ScCatalogProduct *product)
{
  GPtrArray *skus;

  g_return_if_fail (self != NULL);
  g_return_if_fail (product != NULL);

  skus = handle_skus (self, product->handle, TRUE);
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);

      if (variant->sku == NULL)
        continue;

      add_to_total (self, variant->sku, 1);
      g_ptr_array_add (skus, g_strdup (variant->sku));
    }
}

/**
 * sc_lint_index_remove_product:
 * @product: a product leaving the catalog, or about to change, as it was
 *   when it was added (same handle, same SKUs)
 */
void
sc_lint_index_remove_product (ScLintIndex            *self,
                              const ScCatalogProduct *product)
{
  GPtrArray *skus;

  g_return_if_fail (self != NULL);
  g_return_if_fail (product != NULL);

  skus = handle_skus (self, product->handle, FALSE);
  if (skus == NULL)
    return;

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);
      guint at;

      if (variant->sku == NULL)
        continue;

      for (at = 0; at < skus->len; at++)
        if (strcmp (g_ptr_array_index (skus, at), variant->sku) == 0)
          break;
      g_return_if_fail (at < skus->len);
      g_ptr_array_remove_index_fast (skus, at);
      add_to_total (self, variant->sku, -1);
    }

  if (skus->len == 0 && product->handle != NULL)
    g_hash_table_remove (self->by_handle, product->handle);
}

/**
 * sc_lint_index_count_sku:
 * @sku: a SKU
 * @except_handle: (nullable): a handle whose products are left out (the
 *   product being linted, whose stored self would count twice); %NULL
 *   leaves out the products without a handle
 *
 * Returns: how many variants of the indexed products use @sku
 */
guint
sc_lint_index_count_sku (const ScLintIndex *self,
                         const char        *sku,
                         const char        *except_handle)
{
  GPtrArray *skus;
  guint count;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (sku != NULL, 0);

  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->totals, sku));
  if (count == 0)
    return 0;

  skus = handle_skus (self, except_handle, FALSE);
  for (guint i = 0; skus != NULL && i < skus->len; i++)
    if (strcmp (g_ptr_array_index (skus, i), sku) == 0)
      count--;

  return count;
}
