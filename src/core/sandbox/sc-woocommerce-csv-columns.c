/* sc-woocommerce-csv-columns.c - the columns of WooCommerce product files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names as WooCommerce's exporter writes them and its importer maps them
 * (WooCommerce 7.9, class-wc-product-csv-exporter.php). The weight column
 * carries the store's unit: "Weight (kg)", "Weight (lbs)".
 */
#include "config.h"

#include <string.h>

#include "sc-woocommerce-csv-private.h"

static const char * const field_names[WOO_N_FIELDS] = {
  [WOO_ID]            = "ID",
  [WOO_TYPE]          = "Type",
  [WOO_SKU]           = "SKU",
  [WOO_GTIN]          = "GTIN, UPC, EAN, or ISBN",
  [WOO_NAME]          = "Name",
  [WOO_PUBLISHED]     = "Published",
  [WOO_DESCRIPTION]   = "Description",
  [WOO_TAX_STATUS]    = "Tax status",
  [WOO_IN_STOCK]      = "In stock?",
  [WOO_STOCK]         = "Stock",
  [WOO_BACKORDERS]    = "Backorders allowed?",
  [WOO_WEIGHT]        = "Weight (kg)",
  [WOO_SALE_PRICE]    = "Sale price",
  [WOO_REGULAR_PRICE] = "Regular price",
  [WOO_CATEGORIES]    = "Categories",
  [WOO_TAGS]          = "Tags",
  [WOO_IMAGES]        = "Images",
  [WOO_PARENT]        = "Parent",
};

const char *
sc_woocommerce_field_name (ScWooField field)
{
  g_return_val_if_fail ((guint) field < WOO_N_FIELDS, NULL);

  return field_names[field];
}

/**
 * sc_woocommerce_parse_type:
 *
 * Returns: %FALSE when @text names no product type
 */
gboolean
sc_woocommerce_parse_type (const char *text,
                           ScWooType  *out_type)
{
  g_auto(GStrv) words = g_strsplit (text != NULL ? text : "", ",", -1);
  ScWooType type = { FALSE, SC_PRODUCT_KIND_SIMPLE, FALSE, FALSE, TRUE };
  gboolean have_kind = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = g_strstrip (words[i]);
      ScProductKind kind;

      if (*word == '\0')
        continue;
      if (g_ascii_strcasecmp (word, "variation") == 0)
        {
          type.is_variation = TRUE;
          have_kind = TRUE;
        }
      else if (g_ascii_strcasecmp (word, "virtual") == 0)
        type.is_virtual = TRUE;
      else if (g_ascii_strcasecmp (word, "downloadable") == 0)
        type.is_downloadable = TRUE;
      else if (sc_product_kind_from_string (word, &kind))
        {
          type.kind = kind;
          have_kind = TRUE;
        }
      else
        type.known = FALSE;
    }

  *out_type = type;

  return have_kind;
}

/**
 * sc_woocommerce_parse_weight_unit:
 * @column: a header cell such as "Weight (lbs)"
 *
 * Returns: whether @column is the weight column; its unit in @out_unit
 */
gboolean
sc_woocommerce_parse_weight_unit (const char   *column,
                                  ScWeightUnit *out_unit)
{
  g_autofree char *key = sc_csv_normalize_name (column);
  const char *unit;
  gsize length;

  if (!g_str_has_prefix (key, "weight (") || !g_str_has_suffix (key, ")"))
    return FALSE;

  unit = key + strlen ("weight (");
  length = strlen (unit) - 1;
  if (length == 2 && strncmp (unit, "kg", 2) == 0)
    *out_unit = SC_WEIGHT_UNIT_KG;
  else if (length == 1 && unit[0] == 'g')
    *out_unit = SC_WEIGHT_UNIT_G;
  else if ((length == 3 && strncmp (unit, "lbs", 3) == 0) || (length == 2 && strncmp (unit, "lb", 2) == 0))
    *out_unit = SC_WEIGHT_UNIT_LB;
  else if (length == 2 && strncmp (unit, "oz", 2) == 0)
    *out_unit = SC_WEIGHT_UNIT_OZ;
  else
    return FALSE;

  return TRUE;
}

const char *
sc_woocommerce_weight_column (ScWeightUnit unit)
{
  static const char * const names[] = {
    [SC_WEIGHT_UNIT_G] = "Weight (g)",
    [SC_WEIGHT_UNIT_KG] = "Weight (kg)",
    [SC_WEIGHT_UNIT_LB] = "Weight (lbs)",
    [SC_WEIGHT_UNIT_OZ] = "Weight (oz)",
  };

  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (names), NULL);

  return names[unit];
}

/**
 * sc_woocommerce_attribute_column:
 * @column: a header cell such as "Attribute 2 value(s)"
 * @out_number: (out): 2
 * @out_part: (out): which of the attribute's columns it is
 *
 * Returns: whether @column is one of the Attribute N columns
 */
gboolean
sc_woocommerce_attribute_column (const char         *column,
                                 guint              *out_number,
                                 ScWooAttributePart *out_part)
{
  /* In lower case, as sc_csv_normalize_name () leaves a header. */
  static const char * const parts[] = { "name", "value(s)", "visible", "global", "default" };
  g_autofree char *key = sc_csv_normalize_name (column);
  const char *p;
  guint64 number;
  char *end;

  if (!g_str_has_prefix (key, "attribute "))
    return FALSE;

  p = key + strlen ("attribute ");
  if (!g_ascii_isdigit (*p))
    return FALSE;
  number = g_ascii_strtoull (p, &end, 10);
  if (number < 1 || number > 1000 || *end != ' ')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (strcmp (end + 1, parts[i]) == 0)
      {
        *out_number = (guint) number;
        *out_part = (ScWooAttributePart) i;
        return TRUE;
      }

  return FALSE;
}
