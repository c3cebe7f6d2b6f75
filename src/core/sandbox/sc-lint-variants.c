/* sc-lint-variants.c - linter rules over variants, prices, media, options and stock
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Messages number variants and images from 1, as the editor shows them;
 * findings keep the 0-based index.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-lint-private.h"

#define VARIANT(product, i) ((ScCatalogVariant *) g_ptr_array_index ((product)->variants, (i)))

void
sc_lint_check_sku_missing (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;

  for (guint i = 0; i < product->variants->len; i++)
    if (VARIANT (product, i)->sku == NULL)
      sc_lint_report (context, i, -1, N_("Variant %u has no SKU"), i + 1);
}

/* SKU → variants using it: this product's own, plus those of the other
 * products of the catalog (the product may be an edited copy of the
 * catalog's: its handle is skipped). One pass over the catalog, whatever
 * the number of variants, or one lookup a SKU in the catalog's index. */
static GHashTable *
count_skus (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;
  GHashTable *counts = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  for (guint i = 0; i < product->variants->len; i++)
    {
      char *sku = VARIANT (product, i)->sku;

      if (sku != NULL)
        g_hash_table_insert (counts, sku,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, sku)) + 1));
    }

  if (context->index != NULL)
    {
      GHashTableIter iter;
      gpointer key;
      gpointer count;

      g_hash_table_iter_init (&iter, counts);
      while (g_hash_table_iter_next (&iter, &key, &count))
        g_hash_table_iter_replace (&iter, GUINT_TO_POINTER (GPOINTER_TO_UINT (count) +
                                                            sc_lint_index_count_sku (context->index, key,
                                                                                     product->handle)));
      return counts;
    }

  if (context->catalog == NULL || g_hash_table_size (counts) == 0)
    return counts;

  n = sc_catalog_get_n_products (context->catalog);
  for (guint i = 0; i < n; i++)
    {
      ScCatalogProduct *other = sc_catalog_get_product (context->catalog, i);

      if (other == product || g_strcmp0 (other->handle, product->handle) == 0)
        continue;
      for (guint v = 0; v < other->variants->len; v++)
        {
          const char *sku = VARIANT (other, v)->sku;
          gpointer key;
          gpointer count;

          if (sku != NULL && g_hash_table_lookup_extended (counts, sku, &key, &count))
            g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
        }
    }

  return counts;
}

void
sc_lint_check_sku_duplicate (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;
  g_autoptr(GHashTable) counts = NULL;

  if (!context->totals)
    counts = count_skus (context);

  for (guint i = 0; i < product->variants->len; i++)
    {
      const char *sku = VARIANT (product, i)->sku;
      guint count;

      if (sku == NULL)
        continue;

      /* Linting a whole catalog, its index counts every product's SKUs,
       * this one's included. */
      if (context->totals)
        count = sc_lint_index_count_total (context->index, sku);
      else
        count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, sku));
      if (count > 1)
        sc_lint_report (context, i, -1,
                        N_("SKU “%s” of variant %u is used by %u variants; give each its own"),
                        sku, i + 1, count);
    }
}

void
sc_lint_check_barcode_missing (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;
  gint64 required = 0;

  if (!sc_lint_get_limit (context, SC_LINT_LIMIT_BARCODE_REQUIRED, &required) || required == 0)
    return;

  for (guint i = 0; i < product->variants->len; i++)
    if (VARIANT (product, i)->barcode == NULL)
      sc_lint_report (context, i, -1,
                      N_("Variant %u has no barcode; this marketplace requires a GTIN"), i + 1);
}

void
sc_lint_check_barcode_digits (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;

  for (guint i = 0; i < product->variants->len; i++)
    {
      const char *barcode = VARIANT (product, i)->barcode;
      gsize length = 0;
      guint weight = 3;
      guint sum = 0;
      int expected;

      if (barcode == NULL)
        continue;

      while (barcode[length] >= '0' && barcode[length] <= '9')
        length++;
      if (barcode[length] != '\0')
        {
          sc_lint_report (context, i, -1,
                          N_("Barcode “%s” of variant %u is not only digits; a GTIN is digits"),
                          barcode, i + 1);
          continue;
        }
      if (length == 0)
        continue;

      /* GS1 mod-10, as sc_lint_gtin_is_valid (), on digits already checked. */
      if (length == 8 || length == 12 || length == 13 || length == 14)
        {
          for (gsize c = length - 1; c-- > 0; weight = 4 - weight)
            sum += (guint) (barcode[c] - '0') * weight;
          expected = (int) ((10 - sum % 10) % 10);
          if (barcode[length - 1] - '0' == expected)
            continue;
        }
      else
        expected = -1;

      if (expected < 0)
        sc_lint_report (context, i, -1,
                        N_("Barcode “%s” of variant %u has %u digits; a GTIN has 8, 12, 13 or 14"),
                        barcode, i + 1, (guint) length);
      else
        sc_lint_report (context, i, -1,
                        N_("Barcode “%s” of variant %u ends in %c; its GS1 check digit is %d"),
                        barcode, i + 1, barcode[length - 1], expected);
    }
}

void
sc_lint_check_compare_at (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = VARIANT (product, i);
      g_autofree char *compare_at = NULL;
      g_autofree char *price = NULL;

      if (!variant->has_compare_at || !variant->has_price ||
          sc_money_compare (variant->compare_at, variant->price) > 0)
        continue;

      compare_at = sc_money_to_string (variant->compare_at);
      price = sc_money_to_string (variant->price);
      sc_lint_report (context, i, -1,
                      N_("Variant %u: compare-at price %s is not above the price %s"),
                      i + 1, compare_at, price);
    }
}

void
sc_lint_check_price_below_cost (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = VARIANT (product, i);
      g_autofree char *cost = NULL;
      g_autofree char *price = NULL;

      if (!variant->has_price || !variant->has_cost ||
          sc_money_compare (variant->price, variant->cost) >= 0)
        continue;

      cost = sc_money_to_string (variant->cost);
      price = sc_money_to_string (variant->price);
      sc_lint_report (context, i, -1, N_("Variant %u: price %s is below the cost %s"),
                      i + 1, price, cost);
    }
}

void
sc_lint_check_image_missing (ScLintContext *context)
{
  if (context->product->images->len == 0)
    sc_lint_report (context, -1, -1, N_("The product has no image"));
}

void
sc_lint_check_image_alt (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;

  for (guint i = 0; i < product->images->len; i++)
    {
      const ScCatalogImage *image = g_ptr_array_index (product->images, i);
      const char *p = image->alt != NULL ? image->alt : "";

      /* Empty once g_strstrip ()ped: only g_ascii_isspace () characters. */
      while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
        p++;
      if (*p == '\0')
        sc_lint_report (context, -1, i, N_("Image %u has no alt text"), i + 1);
    }
}

/* Folded strings seen so far, each with the index it came from: a short
 * list compared in order (most products have a few values and variants),
 * a hash table past SMALL_SET. The list lives in the lint's shared
 * buffers, reused from product to product. */
#define SMALL_SET 32

typedef struct
{
  GString    *pool;                    /* the folded strings, each ended by a NUL */
  guint       n;
  guint       offsets[SMALL_SET + 1];  /* where each starts in pool */
  guint       indices[SMALL_SET + 1];
  GHashTable *table;                   /* folded (owned) → index + 1, once past SMALL_SET */
} FoldedSet;

static void
folded_set_init (FoldedSet    *set,
                 ScLintShared *shared)
{
  set->pool = shared->pool;
  set->n = 0;
  set->table = NULL;
  g_string_truncate (set->pool, 0);
}

static void
folded_set_clear (FoldedSet *set)
{
  g_clear_pointer (&set->table, g_hash_table_unref);
}

/* Adds @text (@length bytes, or -1), case-folded, unless it is there:
 * then returns FALSE with the index it was added with. */
static gboolean
folded_set_add (FoldedSet    *set,
                ScLintShared *shared,
                const char   *text,
                gssize        length,
                guint         index,
                guint        *out_first)
{
  GString *folded = shared->fold_a;

  sc_lint_fold_into (folded, text, length);

  if (set->table != NULL)
    {
      gpointer first = g_hash_table_lookup (set->table, folded->str);

      if (first != NULL)
        {
          *out_first = GPOINTER_TO_UINT (first) - 1;
          return FALSE;
        }
      g_hash_table_insert (set->table, g_strndup (folded->str, folded->len),
                           GUINT_TO_POINTER (index + 1));
      return TRUE;
    }

  for (guint i = 0; i < set->n; i++)
    if (strcmp (set->pool->str + set->offsets[i], folded->str) == 0)
      {
        *out_first = set->indices[i];
        return FALSE;
      }

  set->offsets[set->n] = (guint) set->pool->len;
  set->indices[set->n] = index;
  set->n++;
  g_string_set_size (set->pool, set->pool->len + folded->len + 1);   /* with its NUL */
  memcpy (set->pool->str + set->offsets[set->n - 1], folded->str, folded->len + 1);
  if (set->n > SMALL_SET)
    {
      set->table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < set->n; i++)
        g_hash_table_insert (set->table, g_strdup (set->pool->str + set->offsets[i]),
                             GUINT_TO_POINTER (set->indices[i] + 1));
    }

  return TRUE;
}

void
sc_lint_check_option_duplicates (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;
  ScLintShared *shared = context->shared;
  GString *key = shared->key;
  guint n_options;
  FoldedSet seen;

  for (guint o = 0; o < product->options->len; o++)
    {
      const ScCatalogOption *option = g_ptr_array_index (product->options, o);
      FoldedSet values;

      folded_set_init (&values, shared);
      for (guint v = 0; v < option->values->len; v++)
        {
          const char *value = g_ptr_array_index (option->values, v);
          guint first;

          if (!folded_set_add (&values, shared, value, -1, v, &first))
            sc_lint_report (context, -1, -1, N_("Option “%s” lists “%s” twice"),
                            option->name != NULL ? option->name : "", value);
        }
      folded_set_clear (&values);
    }

  if (product->options->len == 0)
    return;

  /* Variant combinations, compared without regard to case as shoppers
   * see them: "value / value", or the value itself for one option. */
  n_options = MIN (product->options->len, SC_CATALOG_MAX_OPTIONS);
  folded_set_init (&seen, shared);
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = VARIANT (product, i);
      const char *text;
      gsize length;
      guint first;

      if (n_options == 1)
        {
          text = variant->option_values[0] != NULL ? variant->option_values[0] : "";
          length = strlen (text);
        }
      else
        {
          gsize lengths[SC_CATALOG_MAX_OPTIONS];
          gsize total = 0;
          char *out;

          for (guint o = 0; o < n_options; o++)
            {
              const char *value = variant->option_values[o];

              lengths[o] = value != NULL ? strlen (value) : 0;
              total += lengths[o] + (o > 0 ? 3 : 0);
            }
          g_string_set_size (key, total);
          out = key->str;
          for (guint o = 0; o < n_options; o++)
            {
              if (o > 0)
                {
                  memcpy (out, " / ", 3);
                  out += 3;
                }
              if (lengths[o] > 0)
                memcpy (out, variant->option_values[o], lengths[o]);
              out += lengths[o];
            }
          text = key->str;
          length = key->len;
        }

      if (!folded_set_add (&seen, shared, text, length, i, &first))
        sc_lint_report (context, i, -1, N_("Variants %u and %u both have the options “%s”"),
                        first + 1, i + 1, text);
    }
  folded_set_clear (&seen);
}

void
sc_lint_check_out_of_stock (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;

  if (product->status != SC_PRODUCT_STATUS_ACTIVE || product->variants->len == 0)
    return;

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = VARIANT (product, i);

      if (!variant->track_quantity || variant->quantity > 0 ||
          variant->inventory_policy != SC_INVENTORY_POLICY_DENY)
        return;
    }

  sc_lint_report (context, -1, -1,
                  N_("Active, but every variant is out of stock and overselling is denied: "
                    "shoppers cannot buy it"));
}
