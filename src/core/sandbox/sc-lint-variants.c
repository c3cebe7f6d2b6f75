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
      sc_lint_report (context, i, -1, _("Variant %u has no SKU"), i + 1);
}

static guint
count_sku (const ScCatalogProduct *product,
           const char             *sku)
{
  guint count = 0;

  for (guint i = 0; i < product->variants->len; i++)
    if (g_strcmp0 (VARIANT (product, i)->sku, sku) == 0)
      count++;

  return count;
}

static guint
count_sku_everywhere (ScLintContext *context,
                      const char    *sku)
{
  const ScCatalogProduct *product = context->product;
  guint count;
  guint n;

  if (context->sku_counts != NULL)
    return GPOINTER_TO_UINT (g_hash_table_lookup (context->sku_counts, sku));

  count = count_sku (product, sku);
  if (context->catalog == NULL)
    return count;

  /* The product may be an edited copy of the catalog's: skip its handle. */
  n = sc_catalog_get_n_products (context->catalog);
  for (guint i = 0; i < n; i++)
    {
      ScCatalogProduct *other = sc_catalog_get_product (context->catalog, i);

      if (other != product && g_strcmp0 (other->handle, product->handle) != 0)
        count += count_sku (other, sku);
    }

  return count;
}

void
sc_lint_check_sku_duplicate (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;

  for (guint i = 0; i < product->variants->len; i++)
    {
      const char *sku = VARIANT (product, i)->sku;
      guint count;

      if (sku == NULL)
        continue;

      count = count_sku_everywhere (context, sku);
      if (count > 1)
        sc_lint_report (context, i, -1,
                        _("SKU “%s” of variant %u is used by %u variants; give each its own"),
                        sku, i + 1, count);
    }
}

void
sc_lint_check_barcode_missing (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;
  gint64 required = 0;

  if (!sc_policy_get_value (context->policy, "barcode", "required", &required) || required == 0)
    return;

  for (guint i = 0; i < product->variants->len; i++)
    if (VARIANT (product, i)->barcode == NULL)
      sc_lint_report (context, i, -1,
                      _("Variant %u has no barcode; this marketplace requires a GTIN"), i + 1);
}

void
sc_lint_check_barcode_digits (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;

  for (guint i = 0; i < product->variants->len; i++)
    {
      const char *barcode = VARIANT (product, i)->barcode;
      gsize length;
      int expected;

      if (barcode == NULL)
        continue;

      length = strlen (barcode);
      for (gsize c = 0; c < length; c++)
        if (!g_ascii_isdigit (barcode[c]))
          {
            sc_lint_report (context, i, -1,
                            _("Barcode “%s” of variant %u is not only digits; a GTIN is digits"),
                            barcode, i + 1);
            length = 0;
            break;
          }
      if (length == 0)
        continue;

      if (sc_lint_gtin_is_valid (barcode, &expected))
        continue;

      if (expected < 0)
        sc_lint_report (context, i, -1,
                        _("Barcode “%s” of variant %u has %u digits; a GTIN has 8, 12, 13 or 14"),
                        barcode, i + 1, (guint) length);
      else
        sc_lint_report (context, i, -1,
                        _("Barcode “%s” of variant %u ends in %c; its GS1 check digit is %d"),
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
                      _("Variant %u: compare-at price %s is not above the price %s"),
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
      sc_lint_report (context, i, -1, _("Variant %u: price %s is below the cost %s"),
                      i + 1, price, cost);
    }
}

void
sc_lint_check_image_missing (ScLintContext *context)
{
  if (context->product->images->len == 0)
    sc_lint_report (context, -1, -1, _("The product has no image"));
}

void
sc_lint_check_image_alt (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;

  for (guint i = 0; i < product->images->len; i++)
    {
      const ScCatalogImage *image = g_ptr_array_index (product->images, i);
      g_autofree char *alt = g_strstrip (g_strdup (image->alt != NULL ? image->alt : ""));

      if (*alt == '\0')
        sc_lint_report (context, -1, i, _("Image %u has no alt text"), i + 1);
    }
}

void
sc_lint_check_option_duplicates (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;
  g_autoptr(GHashTable) seen = NULL;

  for (guint o = 0; o < product->options->len; o++)
    {
      const ScCatalogOption *option = g_ptr_array_index (product->options, o);
      g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint v = 0; v < option->values->len; v++)
        {
          const char *value = g_ptr_array_index (option->values, v);

          if (!g_hash_table_add (values, g_utf8_casefold (value, -1)))
            sc_lint_report (context, -1, -1, _("Option “%s” lists “%s” twice"),
                            option->name != NULL ? option->name : "", value);
        }
    }

  if (product->options->len == 0)
    return;

  /* Variant combinations, compared without regard to case as shoppers see them. */
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = VARIANT (product, i);
      GString *key = g_string_new (NULL);
      g_autofree char *folded = NULL;
      gpointer first;

      for (guint o = 0; o < product->options->len && o < SC_CATALOG_MAX_OPTIONS; o++)
        {
          const char *value = variant->option_values[o];

          if (o > 0)
            g_string_append (key, " / ");
          g_string_append (key, value != NULL ? value : "");
        }

      folded = g_utf8_casefold (key->str, -1);
      if (g_hash_table_lookup_extended (seen, folded, NULL, &first))
        sc_lint_report (context, i, -1, _("Variants %u and %u both have the options “%s”"),
                        GPOINTER_TO_UINT (first) + 1, i + 1, key->str);
      else
        g_hash_table_insert (seen, g_steal_pointer (&folded), GUINT_TO_POINTER (i));
      g_string_free (key, TRUE);
    }
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
                  _("Active, but every variant is out of stock and overselling is denied: "
                    "shoppers cannot buy it"));
}
