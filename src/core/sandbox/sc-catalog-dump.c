/* sc-catalog-dump.c - the canonical, sorted text of a catalog
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two catalogs hold the same store exactly when their dumps are equal:
 * the dump checks that a seed gives the same store on every machine and
 * that a file exported and imported again loses nothing. So it lists
 * every field, always in the same order: products sorted by handle,
 * their options, images and variants by position, extras sorted by
 * platform, column and value. What only decides how a file is laid out
 * (the order products were added, an extra column's place in its source
 * header) is left out. Text is quoted with C-style escapes, one field a
 * line, so a diff of two dumps points at the field that differs.
 */
#include "config.h"

#include <string.h>

#include "sc-catalog.h"
#include "sc-dump.h"

static void
append_field (GString    *out,
              const char *indent,
              const char *name,
              const char *text)
{
  /* Appended piece by piece: the dump is made twice per import in the
   * fuzz target, and printf makes a string for each call. */
  g_string_append (out, indent);
  g_string_append (out, name);
  g_string_append_c (out, ' ');
  sc_dump_append_quoted (out, text);
  g_string_append_c (out, '\n');
}

static void
append_word (GString    *out,
             const char *indent,
             const char *name,
             const char *word)
{
  g_string_append (out, indent);
  g_string_append (out, name);
  g_string_append_c (out, ' ');
  g_string_append (out, word);
  g_string_append_c (out, '\n');
}

static void
append_money (GString       *out,
              const char    *indent,
              const char    *name,
              gboolean       has_value,
              const ScMoney *money)
{
  g_autofree char *text = NULL;

  if (!has_value)
    {
      append_word (out, indent, name, "none");
      return;
    }

  text = sc_money_format (*money, '.', '\0');
  append_word (out, indent, name, text);
}

static int
compare_extras (gconstpointer a,
                gconstpointer b)
{
  const ScCatalogExtra *ea = *(ScCatalogExtra * const *) a;
  const ScCatalogExtra *eb = *(ScCatalogExtra * const *) b;
  int result;

  if (ea->platform != eb->platform)
    return ea->platform < eb->platform ? -1 : 1;
  result = g_strcmp0 (ea->column, eb->column);
  if (result != 0)
    return result;

  return g_strcmp0 (ea->value, eb->value);
}

static void
append_extras (GString    *out,
               const char *indent,
               GPtrArray  *extras)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (extras->len);

  /* A copy of the pointers only: g_ptr_array_copy () would free them. */
  for (guint i = 0; i < extras->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (extras, i));
  g_ptr_array_sort (sorted, compare_extras);
  for (guint i = 0; i < sorted->len; i++)
    {
      const ScCatalogExtra *extra = g_ptr_array_index (sorted, i);

      g_string_append (out, indent);
      g_string_append (out, "extra ");
      g_string_append (out, sc_catalog_platform_to_string (extra->platform));
      g_string_append_c (out, ' ');
      sc_dump_append_quoted (out, extra->column);
      g_string_append_c (out, ' ');
      sc_dump_append_quoted (out, extra->value);
      g_string_append_c (out, '\n');
    }
}

static void
append_variant (GString                *out,
                const ScCatalogProduct *product,
                const ScCatalogVariant *variant,
                guint                   position)
{
  const char *indent = "    ";
  static const char * const option_names[] = { "option1", "option2", "option3" };

  G_STATIC_ASSERT (G_N_ELEMENTS (option_names) == SC_CATALOG_MAX_OPTIONS);

  g_string_append_printf (out, "  variant %u\n", position);
  for (guint i = 0; i < product->options->len && i < SC_CATALOG_MAX_OPTIONS; i++)
    append_field (out, indent, option_names[i], variant->option_values[i]);
  append_field (out, indent, "sku", variant->sku);
  append_field (out, indent, "barcode", variant->barcode);
  append_money (out, indent, "price", variant->has_price, &variant->price);
  append_money (out, indent, "compare-at", variant->has_compare_at, &variant->compare_at);
  append_money (out, indent, "cost", variant->has_cost, &variant->cost);
  append_word (out, indent, "track-quantity", variant->track_quantity ? "yes" : "no");
  g_string_append_printf (out, "%squantity %" G_GINT64_FORMAT "\n", indent, variant->quantity);
  append_word (out, indent, "inventory-policy",
               sc_inventory_policy_to_string (variant->inventory_policy));
  append_word (out, indent, "weight-grams",
               variant->weight_grams != NULL ? variant->weight_grams : "none");
  append_word (out, indent, "weight-unit", sc_weight_unit_to_string (variant->weight_unit));
  append_word (out, indent, "requires-shipping", variant->requires_shipping ? "yes" : "no");
  append_word (out, indent, "taxable", variant->taxable ? "yes" : "no");
  append_field (out, indent, "image", variant->image_src);
  append_extras (out, indent, variant->extras);
}

static void
append_product (GString                *out,
                const ScCatalogProduct *product)
{
  const char *indent = "  ";

  g_string_append (out, "product ");
  sc_dump_append_quoted (out, product->handle);
  g_string_append_c (out, '\n');

  append_field (out, indent, "title", product->title);
  append_word (out, indent, "description-format",
               sc_description_format_to_string (product->description_format));
  append_field (out, indent, "description", product->description);
  append_field (out, indent, "vendor", product->vendor);
  append_field (out, indent, "type", product->product_type);
  append_field (out, indent, "category", product->category);
  g_string_append (out, indent);
  g_string_append (out, "tags");
  for (guint i = 0; product->tags[i] != NULL; i++)
    {
      g_string_append_c (out, ' ');
      sc_dump_append_quoted (out, product->tags[i]);
    }
  g_string_append_c (out, '\n');
  append_word (out, indent, "status", sc_product_status_to_string (product->status));
  append_word (out, indent, "published", product->published ? "yes" : "no");
  append_word (out, indent, "kind", sc_product_kind_to_string (product->kind));
  append_field (out, indent, "seo-title", product->seo_title);
  append_field (out, indent, "seo-description", product->seo_description);
  append_extras (out, indent, product->extras);

  for (guint i = 0; i < product->options->len; i++)
    {
      const ScCatalogOption *option = g_ptr_array_index (product->options, i);

      g_string_append_printf (out, "  option %u ", i + 1);
      sc_dump_append_quoted (out, option->name);
      g_string_append (out, " values");
      for (guint v = 0; v < option->values->len; v++)
        {
          g_string_append_c (out, ' ');
          sc_dump_append_quoted (out, g_ptr_array_index (option->values, v));
        }
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < product->images->len; i++)
    {
      const ScCatalogImage *image = g_ptr_array_index (product->images, i);

      g_string_append_printf (out, "  image %u ", i + 1);
      sc_dump_append_quoted (out, image->src);
      g_string_append (out, " alt ");
      sc_dump_append_quoted (out, image->alt);
      g_string_append_c (out, '\n');
      append_extras (out, "    ", image->extras);
    }

  for (guint i = 0; i < product->variants->len; i++)
    append_variant (out, product, g_ptr_array_index (product->variants, i), i + 1);
}

static int
compare_handles (gconstpointer a,
                 gconstpointer b)
{
  const ScCatalogProduct *pa = *(ScCatalogProduct * const *) a;
  const ScCatalogProduct *pb = *(ScCatalogProduct * const *) b;

  return g_strcmp0 (pa->handle, pb->handle);
}

/**
 * sc_catalog_dump:
 *
 * Returns: (transfer full): the canonical text of @self (see above);
 *   the same for equal catalogs on every machine
 */
char *
sc_catalog_dump (ScCatalog *self)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GString *out;
  guint n;

  g_return_val_if_fail (SC_IS_CATALOG (self), NULL);

  n = sc_catalog_get_n_products (self);
  sorted = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, sc_catalog_get_product (self, i));
  g_ptr_array_sort (sorted, compare_handles);

  out = g_string_new (NULL);
  g_string_append_printf (out, "currency %s\n", sc_catalog_get_currency (self)->code);
  g_string_append_printf (out, "products %u\n", n);
  for (guint i = 0; i < sorted->len; i++)
    append_product (out, g_ptr_array_index (sorted, i));

  return g_string_free (out, FALSE);
}
