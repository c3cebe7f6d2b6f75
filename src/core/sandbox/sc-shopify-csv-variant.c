/* sc-shopify-csv-variant.c - reading a variant from a row of a Shopify product file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Option values, SKU, barcode, prices, inventory, weight and the rest of
 * a variant's columns. A cell that cannot be read is reported and left
 * at the value a new variant has in the admin.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-catalog-values.h"
#include "sc-shopify-csv-private.h"

/* Money */

static void
read_money (ScShopifyImport *self,
            ScShopifyField   field,
            gboolean        *has_value,
            ScMoney         *money,
            const char      *consequence)
{
  g_autoptr(GError) error = NULL;

  *has_value = FALSE;
  if (sc_shopify_import_is_empty (self, field))
    return;

  if (sc_catalog_parse_money (sc_shopify_import_cell (self, field), self->currency, money, &error))
    {
      *has_value = TRUE;
      return;
    }

  /* Translators: "Variant Price: “abc” is not an amount: …; the variant has no price." */
  sc_catalog_problems_add (self->problems, self->line, _("%s: %s; %s."),
                           sc_shopify_import_column_name (self, field), error->message, consequence);
}

/* Variants */

static const ScShopifyField variant_fields[] = {
  SHOPIFY_OPTION1_VALUE, SHOPIFY_OPTION2_VALUE, SHOPIFY_OPTION3_VALUE, SHOPIFY_SKU,
  SHOPIFY_GRAMS, SHOPIFY_TRACKER, SHOPIFY_QUANTITY, SHOPIFY_POLICY, SHOPIFY_PRICE,
  SHOPIFY_COMPARE_AT, SHOPIFY_REQUIRES_SHIPPING, SHOPIFY_TAXABLE, SHOPIFY_BARCODE,
  SHOPIFY_VARIANT_IMAGE, SHOPIFY_WEIGHT_UNIT, SHOPIFY_COST,
};

gboolean
sc_shopify_import_row_has_variant (ScShopifyImport *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (variant_fields); i++)
    if (!sc_shopify_import_is_empty (self, variant_fields[i]))
      return TRUE;

  return FALSE;
}

static void
read_weight (ScShopifyImport  *self,
             ScCatalogVariant *variant)
{
  g_autofree char *unit = sc_shopify_import_trimmed_cell (self, SHOPIFY_WEIGHT_UNIT);

  if (!sc_shopify_import_is_empty (self, SHOPIFY_GRAMS))
    {
      const char *grams = sc_shopify_import_cell (self, SHOPIFY_GRAMS);

      variant->weight_grams = sc_catalog_decimal_normalize (grams);
      if (variant->weight_grams == NULL || variant->weight_grams[0] == '-')
        {
          g_clear_pointer (&variant->weight_grams, g_free);
          sc_catalog_problems_add (self->problems, self->line,
                                   _("%s: “%s” is not a weight in grams; the variant has no weight."),
                                   sc_shopify_import_column_name (self, SHOPIFY_GRAMS), grams);
        }
    }

  if (*unit == '\0')
    return;
  if (g_ascii_strcasecmp (unit, "lbs") == 0)
    variant->weight_unit = SC_WEIGHT_UNIT_LB;
  else if (!sc_weight_unit_from_string (unit, &variant->weight_unit))
    sc_catalog_problems_add (self->problems, self->line,
                             _("%s: “%s” is not g, kg, lb or oz; grams were used."),
                             sc_shopify_import_column_name (self, SHOPIFY_WEIGHT_UNIT), unit);
}

static void
read_inventory (ScShopifyImport  *self,
                ScCatalogVariant *variant)
{
  g_autofree char *tracker = sc_shopify_import_trimmed_cell (self, SHOPIFY_TRACKER);
  g_autofree char *policy = sc_shopify_import_trimmed_cell (self, SHOPIFY_POLICY);

  variant->track_quantity = *tracker != '\0';
  if (*tracker != '\0' && g_ascii_strcasecmp (tracker, "shopify") != 0)
    sc_catalog_problems_add (self->problems, self->line,
                             _("%s: “%s” is another app’s tracker; Shopcraft tracks the quantity itself."),
                             sc_shopify_import_column_name (self, SHOPIFY_TRACKER), tracker);

  if (!sc_shopify_import_is_empty (self, SHOPIFY_QUANTITY) &&
      !sc_catalog_parse_quantity (sc_shopify_import_cell (self, SHOPIFY_QUANTITY), &variant->quantity))
    sc_catalog_problems_add (self->problems, self->line,
                             _("%s: “%s” is not a whole number; the quantity was set to 0."),
                             sc_shopify_import_column_name (self, SHOPIFY_QUANTITY),
                             sc_shopify_import_cell (self, SHOPIFY_QUANTITY));

  if (*policy != '\0' && !sc_inventory_policy_from_string (policy, &variant->inventory_policy))
    sc_catalog_problems_add (self->problems, self->line,
                             _("%s: “%s” is neither deny nor continue; sales stop at zero (deny)."),
                             sc_shopify_import_column_name (self, SHOPIFY_POLICY), policy);
}

/* Codes a spreadsheet turned into "3.65275E+11" are kept, and reported:
 * their digits are gone. */
static void
check_identifier (ScShopifyImport *self,
                  ScShopifyField   field)
{
  g_autofree char *problem = NULL;

  if (!sc_shopify_import_is_empty (self, field))
    problem = sc_csv_check_identifier (sc_shopify_import_column_name (self, field),
                                       sc_shopify_import_cell (self, field));
  if (problem != NULL)
    sc_catalog_problems_add (self->problems, self->line, "%s.", problem);
}

ScCatalogVariant *
sc_shopify_import_read_variant (ScShopifyImport  *self,
                                ScCatalogProduct *product)
{
  g_autoptr(ScCatalogVariant) variant = sc_catalog_variant_new (self->currency);
  g_autofree char *image_src = NULL;

  for (guint i = 0; i < SC_CATALOG_MAX_OPTIONS; i++)
    {
      ScShopifyField field = SHOPIFY_OPTION1_VALUE + 2 * i;
      g_autofree char *value = sc_shopify_import_text_cell (self, field);

      if (*value == '\0')
        continue;
      if (i >= product->options->len)
        {
          sc_catalog_problems_add (self->problems, self->line,
                                   _("%s: “%s” belongs to no option, because the product’s first row names none; it was left out."),
                                   sc_shopify_import_column_name (self, field), value);
          continue;
        }
      sc_catalog_variant_set_option_value (variant, i, value);
    }

  sc_catalog_set_string (&variant->sku, sc_shopify_import_cell (self, SHOPIFY_SKU));
  sc_catalog_set_string (&variant->barcode, sc_shopify_import_cell (self, SHOPIFY_BARCODE));
  check_identifier (self, SHOPIFY_SKU);
  check_identifier (self, SHOPIFY_BARCODE);

  read_money (self, SHOPIFY_PRICE, &variant->has_price, &variant->price,
              _("the variant has no price"));
  read_money (self, SHOPIFY_COMPARE_AT, &variant->has_compare_at, &variant->compare_at,
              _("the variant has no compare-at price"));
  read_money (self, SHOPIFY_COST, &variant->has_cost, &variant->cost,
              _("the variant has no cost"));
  read_inventory (self, variant);
  read_weight (self, variant);
  variant->requires_shipping = sc_shopify_import_read_bool (self, SHOPIFY_REQUIRES_SHIPPING, TRUE);
  variant->taxable = sc_shopify_import_read_bool (self, SHOPIFY_TAXABLE, TRUE);
  image_src = sc_shopify_import_trimmed_cell (self, SHOPIFY_VARIANT_IMAGE);
  sc_catalog_set_string (&variant->image_src, image_src);

  g_ptr_array_add (product->variants, variant);

  return g_steal_pointer (&variant);
}
