/* sc-listings-update.c - the product list kept in step with a change to a few products
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After an edit, an undo or a redo, the list reads again only the
 * products the action touched (sc_run_load_product ()), swaps them into
 * the catalog it keeps, moves their SKUs in the catalog's ScLintIndex
 * (out as they were, in as they are) and lints again their rows and the
 * rows of the products that share a SKU that came or went: those are the
 * only rows whose duplicate-SKU findings can change. Each such row is
 * updated in place and its item is put back into the store, so the sort
 * and the filter see it, without rebuilding the model. Anything it
 * cannot account for (a product that is gone or new) loads the whole
 * list again.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sc-database.h"
#include "sc-lint.h"
#include "sc-listing-row.h"
#include "sc-listings-panel-private.h"
#include "sc-product-page.h"

/* Everything again, when the change is not one the list can follow. */
static void
reload_all (ScListingsPanel *self)
{
  sc_listings_panel_load_list (self);
  if (self->product_page != NULL)
    sc_product_page_other_changed (SC_PRODUCT_PAGE (self->product_page), NULL, NULL);
}

/* The product whose variant or image has @id, in the list's catalog. */
static ScCatalogProduct *
find_owner (ScListingsPanel *self,
            gboolean         image,
            gint64           id)
{
  guint n = sc_catalog_get_n_products (self->catalog);

  for (guint i = 0; i < n; i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (self->catalog, i);
      GPtrArray *items = image ? product->images : product->variants;

      for (guint j = 0; j < items->len; j++)
        if ((image ? ((ScCatalogImage *) items->pdata[j])->id
                   : ((ScCatalogVariant *) items->pdata[j])->id) == id)
          return product;
    }

  return NULL;
}

/**
 * sc_listings_panel_action_products:
 * @target: an action's target: "product:ID:…", "variant:ID:…" or "image:ID:…"
 * @ids: (element-type gint64): where the product's id is appended
 *
 * Which product an action changes, as the list knows the store now
 * (before the action is undone or redone).
 *
 * Returns: %FALSE when the list cannot tell
 */
gboolean
sc_listings_panel_action_products (ScListingsPanel *self,
                                   const char      *target,
                                   GArray          *ids)
{
  g_auto(GStrv) parts = NULL;
  const ScCatalogProduct *product = NULL;
  gint64 id;
  char *end = NULL;

  if (target == NULL || self->catalog == NULL)
    return FALSE;

  parts = g_strsplit (target, ":", 3);
  if (g_strv_length (parts) < 2)
    return FALSE;
  id = g_ascii_strtoll (parts[1], &end, 10);
  if (end == parts[1] || *end != '\0')
    return FALSE;

  if (strcmp (parts[0], "product") == 0)
    product = g_hash_table_lookup (self->products, &id);
  else if (strcmp (parts[0], "variant") == 0)
    product = find_owner (self, FALSE, id);
  else if (strcmp (parts[0], "image") == 0)
    product = find_owner (self, TRUE, id);
  if (product == NULL)
    return FALSE;

  g_array_append_val (ids, product->id);

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The product's SKUs, sorted (repeats kept). */
static GPtrArray *
sorted_skus (const ScCatalogProduct *product)
{
  GPtrArray *skus = g_ptr_array_new ();

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = product->variants->pdata[i];

      if (variant->sku != NULL)
        g_ptr_array_add (skus, variant->sku);
    }
  g_ptr_array_sort (skus, compare_strings);

  return skus;
}

/* Adds to @changed (a set of owned strings) the SKUs whose count in the
 * catalog moves when @before becomes @after: when its SKUs or its handle
 * (the linter leaves a product's own handle out) differ, all of both. */
static void
collect_changed_skus (const ScCatalogProduct *before,
                      const ScCatalogProduct *after,
                      GHashTable             *changed)
{
  g_autoptr(GPtrArray) old_skus = sorted_skus (before);
  g_autoptr(GPtrArray) new_skus = sorted_skus (after);
  gboolean same = old_skus->len == new_skus->len && g_strcmp0 (before->handle, after->handle) == 0;

  for (guint i = 0; same && i < old_skus->len; i++)
    same = strcmp (old_skus->pdata[i], new_skus->pdata[i]) == 0;
  if (same)
    return;

  for (guint i = 0; i < old_skus->len; i++)
    g_hash_table_add (changed, g_strdup (old_skus->pdata[i]));
  for (guint i = 0; i < new_skus->len; i++)
    g_hash_table_add (changed, g_strdup (new_skus->pdata[i]));
}

static void
set_titles (ScListingsPanel        *self,
            const ScCatalogProduct *product,
            const char             *title)
{
  g_hash_table_insert (self->titles, g_strdup_printf ("product:%" G_GINT64_FORMAT, product->id),
                       g_strdup (title));
  for (guint j = 0; j < product->variants->len; j++)
    g_hash_table_insert (self->titles,
                         g_strdup_printf ("variant:%" G_GINT64_FORMAT,
                                          ((ScCatalogVariant *) product->variants->pdata[j])->id),
                         g_strdup (title));
  for (guint j = 0; j < product->images->len; j++)
    g_hash_table_insert (self->titles,
                         g_strdup_printf ("image:%" G_GINT64_FORMAT,
                                          ((ScCatalogImage *) product->images->pdata[j])->id),
                         g_strdup (title));
}

static void
remove_titles (ScListingsPanel        *self,
               const ScCatalogProduct *product)
{
  for (guint j = 0; j < product->variants->len; j++)
    {
      g_autofree char *key = g_strdup_printf ("variant:%" G_GINT64_FORMAT,
                                              ((ScCatalogVariant *) product->variants->pdata[j])->id);

      g_hash_table_remove (self->titles, key);
    }
  for (guint j = 0; j < product->images->len; j++)
    {
      g_autofree char *key = g_strdup_printf ("image:%" G_GINT64_FORMAT,
                                              ((ScCatalogImage *) product->images->pdata[j])->id);

      g_hash_table_remove (self->titles, key);
    }
}

/* Puts @after in the catalog in place of @before (which is freed), with
 * its SKUs moved in the index. */
static gboolean
swap_product (ScListingsPanel  *self,
              ScCatalogProduct *before,
              ScCatalogProduct *after)
{
  /* An open page of another product lints against the others' SKUs too. */
  if (self->product_page != NULL &&
      sc_product_page_get_product_id (SC_PRODUCT_PAGE (self->product_page)) != after->id)
    sc_product_page_other_changed (SC_PRODUCT_PAGE (self->product_page), before, after);

  if (self->lint_index != NULL)
    {
      sc_lint_index_remove_product (self->lint_index, before);
      sc_lint_index_add_product (self->lint_index, after);
    }
  remove_titles (self, before);
  g_hash_table_remove (self->products, &before->id);
  sc_catalog_remove_product (self->catalog, before->handle);
  if (!sc_catalog_add_product (self->catalog, after, NULL))
    return FALSE;
  g_hash_table_insert (self->products, &after->id, after);

  return TRUE;
}

/* Lints @product's row again and updates it; the store hears of it. */
static void
update_row (ScListingsPanel        *self,
            const ScCatalogProduct *product,
            const ScPolicy         *policy)
{
  g_autoptr(GPtrArray) findings = NULL;
  ScListingRow *row = g_hash_table_lookup (self->rows, &product->id);
  gboolean had_errors;
  guint position;

  if (row == NULL)
    return;

  if (policy != NULL)
    findings = sc_lint_product_indexed (product, self->lint_index, policy);
  had_errors = sc_listing_row_get_lint (row) == SC_LISTING_LINT_ERRORS;
  if (!sc_listing_row_update (row, product, sc_catalog_get_currency (self->catalog), findings))
    return;

  if (had_errors)
    self->n_errors--;
  if (sc_listing_row_get_lint (row) == SC_LISTING_LINT_ERRORS)
    self->n_errors++;
  set_titles (self, product, sc_listing_row_get_title (row));

  /* The same item again: the sort and the filter place it anew. */
  if (g_list_store_find (self->store, row, &position))
    {
      g_autoptr(ScListingRow) keep = g_object_ref (row);

      g_list_store_splice (self->store, position, 1, (gpointer *) &keep, 1);
    }
}

/**
 * sc_listings_panel_update_products:
 * @ids: the products an action changed
 *
 * Shows what an action did to @ids: their rows, and the rows whose
 * duplicate-SKU findings it changed, are read and linted again; the rest
 * of the list stays as it is.
 */
void
sc_listings_panel_update_products (ScListingsPanel *self,
                                   const gint64    *ids,
                                   guint            n_ids)
{
  g_autoptr(GHashTable) changed_skus = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) relint = g_hash_table_new (g_int64_hash, g_int64_equal);
  ScDatabase *database = sc_listings_panel_get_database (self);
  const ScPolicy *policy = sc_listings_panel_run_policy (self);
  ScListingRow *selected = gtk_single_selection_get_selected_item (self->selection);
  gboolean categories_changed = FALSE;
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (SC_IS_LISTINGS_PANEL (self));

  if (database == NULL || self->run == NULL || self->catalog == NULL)
    {
      reload_all (self);
      return;
    }

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) error = NULL;
      ScCatalogProduct *before = g_hash_table_lookup (self->products, &ids[i]);
      ScCatalogProduct *after;

      if (g_hash_table_contains (relint, &ids[i]))
        continue;
      if (before == NULL || g_hash_table_lookup (self->rows, &ids[i]) == NULL)
        {
          reload_all (self);
          return;
        }
      after = sc_run_load_product (sc_database_get_handle (database), self->run, ids[i], &error);
      if (after == NULL)
        {
          reload_all (self);
          return;
        }

      collect_changed_skus (before, after, changed_skus);
      categories_changed |= g_strcmp0 (before->category, after->category) != 0 ||
                            g_strcmp0 (before->product_type, after->product_type) != 0;
      if (!swap_product (self, before, after))
        {
          reload_all (self);
          return;
        }
      g_hash_table_add (relint, &after->id);
    }

  /* The other products with a SKU that came or went: their duplicate
   * findings may have changed. Only SKUs still in use are looked for. */
  g_hash_table_iter_init (&iter, changed_skus);
  while (self->lint_index != NULL && g_hash_table_iter_next (&iter, &value, NULL))
    if (sc_lint_index_count_sku (self->lint_index, value, NULL) == 0)
      g_hash_table_iter_remove (&iter);
  if (g_hash_table_size (changed_skus) > 0)
    {
      guint n = sc_catalog_get_n_products (self->catalog);

      for (guint i = 0; i < n; i++)
        {
          ScCatalogProduct *product = sc_catalog_get_product (self->catalog, i);

          for (guint j = 0; j < product->variants->len; j++)
            {
              const ScCatalogVariant *variant = product->variants->pdata[j];

              if (variant->sku != NULL && g_hash_table_contains (changed_skus, variant->sku))
                g_hash_table_add (relint, &product->id);
            }
        }
    }

  g_hash_table_iter_init (&iter, relint);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    update_row (self, g_hash_table_lookup (self->products, value), policy);

  if (categories_changed)
    sc_listings_panel_fill_categories (self);

  /* The product chosen before stays chosen. */
  if (selected != NULL && gtk_single_selection_get_selected_item (self->selection) != selected)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ScListingRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

          if (row == selected)
            {
              gtk_single_selection_set_selected (self->selection, i);
              break;
            }
        }
    }

  sc_listings_panel_update_count (self);
}
