/* sc-woocommerce-csv-cells.c - reading the modelled cells of a WooCommerce row
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prices (a sale price is the price, the regular one the compare-at
 * price), stock, back orders, tax status, weight, publication; and the
 * cells Shopcraft keeps as they are. A cell that cannot be read is
 * reported and left at the value a new variant has in the admin.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog-values.h"
#include "sc-woocommerce-csv-private.h"

/* Cells */

static void
take_money (ScWooImport *self,
            ScWooField   field,
            gboolean    *has_value,
            ScMoney     *money)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = sc_woocommerce_import_take_trimmed (self, field);

  *has_value = FALSE;
  if (*text == '\0')
    return;
  if (sc_catalog_parse_money (text, self->currency, money, &error))
    *has_value = TRUE;
  else
    /* Translators: "Regular price: “abc” is not an amount: …; it was left empty." */
    sc_woocommerce_import_problem (self, _("%s: %s; it was left empty."), sc_woocommerce_import_column_name (self, field), error->message);
}

static void
take_identifier (ScWooImport  *self,
                 ScWooField    field,
                 char        **out_value)
{
  g_autofree char *message = NULL;

  sc_catalog_set_string (out_value, sc_woocommerce_import_take (self, field));
  if (*out_value != NULL)
    message = sc_csv_check_identifier (sc_woocommerce_import_column_name (self, field), *out_value);
  if (message != NULL)
    sc_woocommerce_import_problem (self, "%s.", message);
}

void
sc_woocommerce_import_take_publication (ScWooImport      *self,
                                        ScCatalogProduct *product)
{
  g_autofree char *text = sc_woocommerce_import_take_trimmed (self, WOO_PUBLISHED);
  gboolean flag;

  product->status = SC_PRODUCT_STATUS_DRAFT;
  product->published = FALSE;
  if (*text == '\0' || strcmp (text, "-1") == 0)
    return;

  if (!sc_catalog_parse_bool (text, &flag))
    {
      sc_woocommerce_import_problem (self, _("%s: “%s” is not 1 (published), 0 (private) or -1 (draft); the product was made a draft."),
                                     sc_woocommerce_import_column_name (self, WOO_PUBLISHED), text);
      return;
    }

  /* 0 is "private": in the store, but not on the storefront. */
  product->status = SC_PRODUCT_STATUS_ACTIVE;
  product->published = flag;
}

/* Fields of the variant: a simple product's row, or a variation's. */
/* A kept cell of a column Shopcraft knows is kept under the column's own
 * name ("Backorders allowed?", not the file's "backorders allowed?"), so
 * the export, which writes that column, finds it and reads it back the
 * same; other columns keep the file's spelling. */
static const char *
kept_column_name (ScWooImport *self,
                  guint        column)
{
  const char *name = sc_csv_reader_get_column_name (self->reader, column);

  for (guint f = 0; f < WOO_N_FIELDS; f++)
    if (self->columns[f] == (int) column)
      {
        const char *own = sc_woocommerce_field_name ((ScWooField) f);
        g_autofree char *name_key = sc_csv_normalize_name (name);

        /* Only a different spelling: "Weight (lbs)" says its unit. */
        return sc_csv_key_is_name (name_key, own) ? own : name;
      }

  return name;
}

void
sc_woocommerce_import_take_variant_fields (ScWooImport      *self,
                                           ScCatalogVariant *variant,
                                           GPtrArray        *extras,
                                           const ScWooType  *type)
{
  g_autofree char *tax = sc_woocommerce_import_take_trimmed (self, WOO_TAX_STATUS);
  g_autofree char *stock = sc_woocommerce_import_take_trimmed (self, WOO_STOCK);
  g_autofree char *backorders = sc_woocommerce_import_take_trimmed (self, WOO_BACKORDERS);
  g_autofree char *weight = sc_woocommerce_import_take_trimmed (self, WOO_WEIGHT);
  gboolean has_sale;
  gboolean has_regular;
  ScMoney sale;
  ScMoney regular;
  gboolean flag;

  take_identifier (self, WOO_SKU, &variant->sku);
  take_identifier (self, WOO_GTIN, &variant->barcode);

  /* On sale, the sale price is what customers pay and the regular price
   * is shown struck through: Shopify's price and compare-at price. */
  take_money (self, WOO_SALE_PRICE, &has_sale, &sale);
  take_money (self, WOO_REGULAR_PRICE, &has_regular, &regular);
  if (has_sale)
    {
      variant->has_price = TRUE;
      variant->price = sale;
      variant->has_compare_at = has_regular;
      variant->compare_at = regular;
    }
  else
    {
      variant->has_price = has_regular;
      variant->price = regular;
    }

  if (*stock != '\0')
    {
      variant->track_quantity = TRUE;
      sc_woocommerce_import_take (self, WOO_IN_STOCK);  /* follows from the quantity */
      if (!sc_catalog_parse_quantity (stock, &variant->quantity))
        sc_woocommerce_import_problem (self, _("%s: “%s” is not a whole number; the quantity was set to 0."),
                                       sc_woocommerce_import_column_name (self, WOO_STOCK), stock);
    }

  /* WooCommerce's keywords are read in any case and kept in its own
   * spelling, the one its exporter (and ours) writes. */
  if (g_ascii_strcasecmp (backorders, "notify") == 0)
    {
      variant->inventory_policy = SC_INVENTORY_POLICY_CONTINUE;
      sc_catalog_extras_set (extras, SC_CATALOG_PLATFORM_WOOCOMMERCE,
                             kept_column_name (self, (guint) self->columns[WOO_BACKORDERS]),
                             "notify", (guint) self->columns[WOO_BACKORDERS]);
    }
  else if (*backorders != '\0')
    {
      if (!sc_catalog_parse_bool (backorders, &flag))
        {
          flag = FALSE;
          sc_woocommerce_import_problem (self, _("%s: “%s” is not 1, 0 or notify; back orders are not allowed."),
                                         sc_woocommerce_import_column_name (self, WOO_BACKORDERS), backorders);
        }
      variant->inventory_policy = flag ? SC_INVENTORY_POLICY_CONTINUE : SC_INVENTORY_POLICY_DENY;
    }

  variant->taxable = *tax == '\0' || g_ascii_strcasecmp (tax, "taxable") == 0;
  if (g_ascii_strcasecmp (tax, "shipping") == 0)
    sc_catalog_extras_set (extras, SC_CATALOG_PLATFORM_WOOCOMMERCE,
                           kept_column_name (self, (guint) self->columns[WOO_TAX_STATUS]),
                           "shipping", (guint) self->columns[WOO_TAX_STATUS]);
  else if (*tax != '\0' && g_ascii_strcasecmp (tax, "taxable") != 0 &&
           g_ascii_strcasecmp (tax, "none") != 0)
    sc_woocommerce_import_problem (self, _("%s: “%s” is not taxable, shipping or none; the product is taxed."),
                                   sc_woocommerce_import_column_name (self, WOO_TAX_STATUS), tax);

  if (*weight != '\0')
    {
      variant->weight_grams = sc_catalog_weight_to_grams (weight, self->weight_unit);
      if (variant->weight_grams == NULL)
        sc_woocommerce_import_problem (self, _("%s: “%s” is not a weight; the variant has no weight."),
                                       sc_woocommerce_import_column_name (self, WOO_WEIGHT), weight);
    }
  variant->weight_unit = self->weight_unit;
  variant->requires_shipping = !type->is_virtual;
}

void
sc_woocommerce_import_keep_type (ScWooImport     *self,
                                 GPtrArray       *extras,
                                 const ScWooType *type)
{
  /* The model has no "downloadable": keep the cell as written. */
  if (type->is_downloadable)
    sc_catalog_extras_set (extras, SC_CATALOG_PLATFORM_WOOCOMMERCE,
                           kept_column_name (self, (guint) self->columns[WOO_TYPE]),
                           sc_woocommerce_import_peek (self, WOO_TYPE),
                           (guint) self->columns[WOO_TYPE]);
}


void
sc_woocommerce_import_keep_extras (ScWooImport *self,
                                   GPtrArray   *extras)
{
  for (guint c = 0; c < self->row->n_cells && c < self->n_columns; c++)
    {
      if (self->row->used[c] || self->row->cells[c][0] == '\0' ||
          sc_csv_reader_column_is_duplicate (self->reader, c) || self->repeated[c])
        continue;
      sc_catalog_extras_set (extras, SC_CATALOG_PLATFORM_WOOCOMMERCE,
                             kept_column_name (self, c), self->row->cells[c], c);
    }
}
