/* sc-lint-index.c - the SKUs of a catalog's products, counted once for linting one product at a time
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One open-addressing table of SKUs, each with the number of variants
 * using it and, per product handle, how many of those are that handle's
 * ("uses"). A product linted alone skips the catalog's products with its
 * own handle (its stored self when it is an edited copy), so the count
 * of a SKU "elsewhere" is the total less the uses under that handle: a
 * lookup and a walk of the SKU's few uses. Products without a handle
 * share the NULL handle, as the scan they replace treats two missing
 * handles as the same.
 *
 * Building it is what the product page does at every load, so it
 * allocates by the block: SKUs and handles are copied into string
 * chunks, SKUs and uses are array elements, the table holds indices.
 * An SKU stays in the table when its total falls to 0 (it counts 0),
 * and a handle's copy stays in its chunk: what a page session adds that
 * way is a few bytes a committed change.
 */
#include "config.h"

#include <string.h>

#include "sc-lint-index.h"
#include "sc-lint-private.h"

#define NONE G_MAXUINT

typedef struct
{
  const char *sku;        /* in skus */
  guint       hash;
  guint       total;
  guint       first_use;  /* in uses, or NONE */
} Entry;

typedef struct
{
  const char *handle;     /* in handles; NULL for products without one */
  guint       count;
  guint       next;       /* in uses, or NONE */
} Use;

struct _ScLintIndex
{
  GStringChunk *skus;
  GStringChunk *handles;
  GArray       *entries;  /* Entry */
  GArray       *uses;     /* Use */
  guint        *slots;    /* entry index + 1, or 0 for an empty slot */
  guint         n_slots;  /* a power of two, at least twice the entries */
  guint         free_use; /* a use to reuse (count 0, unlinked), or NONE */
  gboolean      totals_only;  /* SKUs borrowed, no uses: sc_lint_index_new_totals () */
};

static inline guint
hash_sku (const char *sku,
          gsize      *out_length)
{
  const char *p = sku;
  guint32 hash = 5381;   /* g_str_hash ()'s djb2 */

  for (; *p != '\0'; p++)
    hash = (hash << 5) + hash + (guchar) *p;
  *out_length = p - sku;

  return hash;
}

static void
grow (ScLintIndex *self)
{
  guint n_slots = self->n_slots * 2;
  guint mask = n_slots - 1;

  g_free (self->slots);
  self->slots = g_new0 (guint, n_slots);
  self->n_slots = n_slots;
  for (guint e = 0; e < self->entries->len; e++)
    {
      guint slot = g_array_index (self->entries, Entry, e).hash & mask;

      while (self->slots[slot] != 0)
        slot = (slot + 1) & mask;
      self->slots[slot] = e + 1;
    }
}

/* The entry of @sku, added with a total of 0 when @create. */
static Entry *
find (ScLintIndex *self,
      const char  *sku,
      gboolean     create)
{
  gsize length;
  guint hash = hash_sku (sku, &length);
  guint mask = self->n_slots - 1;
  guint slot = hash & mask;
  Entry entry;

  for (; self->slots[slot] != 0; slot = (slot + 1) & mask)
    {
      Entry *seen = &g_array_index (self->entries, Entry, self->slots[slot] - 1);

      if (seen->hash == hash && strcmp (seen->sku, sku) == 0)
        return seen;
    }

  if (!create)
    return NULL;

  entry.sku = self->totals_only ? sku
                                : g_string_chunk_insert_len (self->skus, sku, (gssize) length);
  entry.hash = hash;
  entry.total = 0;
  entry.first_use = NONE;
  g_array_append_val (self->entries, entry);
  self->slots[slot] = self->entries->len;
  if (self->entries->len * 2 > self->n_slots)
    grow (self);

  return &g_array_index (self->entries, Entry, self->entries->len - 1);
}

static ScLintIndex *
index_new (ScCatalog *catalog,
           gboolean   totals_only)
{
  ScLintIndex *self;
  guint n_variants = 0;

  if (catalog != NULL)
    n_variants = sc_catalog_count_variants (catalog);

  self = g_new0 (ScLintIndex, 1);
  self->totals_only = totals_only;
  self->skus = g_string_chunk_new (totals_only ? 64 : MAX (4096, n_variants * 16));
  self->handles = g_string_chunk_new (totals_only ? 64 : MAX (1024, n_variants * 4));
  self->entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), n_variants);
  self->uses = g_array_sized_new (FALSE, FALSE, sizeof (Use), totals_only ? 0 : n_variants);
  self->n_slots = 64;
  while (self->n_slots < n_variants * 2)
    self->n_slots *= 2;
  self->slots = g_new0 (guint, self->n_slots);
  self->free_use = NONE;

  if (catalog != NULL)
    {
      guint n = sc_catalog_get_n_products (catalog);

      for (guint i = 0; i < n; i++)
        sc_lint_index_add_product (self, sc_catalog_get_product (catalog, i));
    }

  return self;
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
  g_return_val_if_fail (catalog == NULL || SC_IS_CATALOG (catalog), NULL);

  return index_new (catalog, FALSE);
}

/* Only the SKUs' totals (sc_lint_index_count_total ()), the SKUs
 * borrowed from @catalog: for a lint of the whole catalog, which does
 * not change while it runs. */
ScLintIndex *
sc_lint_index_new_totals (ScCatalog *catalog)
{
  return index_new (catalog, TRUE);
}

void
sc_lint_index_free (ScLintIndex *self)
{
  if (self == NULL)
    return;

  g_string_chunk_free (self->skus);
  g_string_chunk_free (self->handles);
  g_array_unref (self->entries);
  g_array_unref (self->uses);
  g_free (self->slots);
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
  const char *handle = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (product != NULL);

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);
      Entry *entry;
      guint u;

      if (variant->sku == NULL)
        continue;

      if (handle == NULL && product->handle != NULL && !self->totals_only)
        handle = g_string_chunk_insert (self->handles, product->handle);

      entry = find (self, variant->sku, TRUE);
      entry->total++;
      if (self->totals_only)
        continue;

      /* A SKU repeated in this product: its use is the latest, the first.
       * (Another use under the same handle may follow; counts per handle
       * add up over all of them.) */
      u = entry->first_use;
      if (u != NONE && g_strcmp0 (g_array_index (self->uses, Use, u).handle, product->handle) == 0)
        {
          g_array_index (self->uses, Use, u).count++;
          continue;
        }

      if (self->free_use != NONE)
        {
          u = self->free_use;
          self->free_use = g_array_index (self->uses, Use, u).next;
        }
      else
        {
          u = self->uses->len;
          g_array_set_size (self->uses, u + 1);
        }
      g_array_index (self->uses, Use, u).handle = handle;
      g_array_index (self->uses, Use, u).count = 1;
      g_array_index (self->uses, Use, u).next = entry->first_use;
      entry->first_use = u;
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
  g_return_if_fail (self != NULL);
  g_return_if_fail (product != NULL);
  g_return_if_fail (!self->totals_only);

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);
      Entry *entry;
      guint *link;
      Use *use = NULL;

      if (variant->sku == NULL)
        continue;

      /* A product that was never added has nothing to take away. */
      entry = find (self, variant->sku, FALSE);
      if (entry == NULL)
        continue;
      for (link = &entry->first_use; *link != NONE; link = &use->next)
        {
          use = &g_array_index (self->uses, Use, *link);
          if (g_strcmp0 (use->handle, product->handle) == 0)
            break;
        }
      if (*link == NONE)
        continue;

      entry->total--;
      if (--use->count == 0)
        {
          guint u = *link;

          *link = use->next;
          use->next = self->free_use;
          self->free_use = u;
        }
    }
}

/* How many variants of the indexed products use @sku, whatever their handle. */
guint
sc_lint_index_count_total (const ScLintIndex *self,
                           const char        *sku)
{
  Entry *entry = find ((ScLintIndex *) self, sku, FALSE);

  return entry != NULL ? entry->total : 0;
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
  Entry *entry;
  guint count;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (sku != NULL, 0);
  g_return_val_if_fail (!self->totals_only, 0);

  entry = find ((ScLintIndex *) self, sku, FALSE);
  if (entry == NULL)
    return 0;

  count = entry->total;
  for (guint u = entry->first_use; u != NONE; u = g_array_index (self->uses, Use, u).next)
    {
      const Use *use = &g_array_index (self->uses, Use, u);

      if (g_strcmp0 (use->handle, except_handle) == 0)
        count -= use->count;
    }

  return count;
}
