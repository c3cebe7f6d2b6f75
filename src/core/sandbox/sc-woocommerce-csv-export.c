/* sc-woocommerce-csv-export.c - writing a catalog as a WooCommerce product CSV file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In the column order of WooCommerce's own exporter, with its UTF-8 byte
 * order mark. A simple, grouped or external product is one row; a
 * variable one (or any with several variants) is a row followed by its
 * variations, which name it in Parent by its SKU (or "id:NN" when it came
 * from WooCommerce without one). Cells kept from a WooCommerce file go
 * back on their row. Weights are written in the unit most variants show
 * when that is exact, else in kilograms.
 */
#include "config.h"

#include <string.h>

#include "sc-catalog-values.h"
#include "sc-woocommerce-csv-private.h"

static void
set_cell (ScWooExport *self,
          int          column,
          const char  *value,
          gboolean     text)
{
  if (column < 0)
    return;
  self->cells[column] = value != NULL ? value : "";
  self->text[column] = text;
}

static void
set_field (ScWooExport *self,
           ScWooField   field,
           const char  *value)
{
  gboolean text = field == WOO_NAME || field == WOO_DESCRIPTION ||
                  field == WOO_CATEGORIES || field == WOO_TAGS;

  set_cell (self, self->fields[field], value, text);
}

static void
take_field (ScWooExport *self,
            ScWooField   field,
            char        *value)
{
  g_ptr_array_add (self->owned, value);
  set_field (self, field, value);
}

/* A kept cell of this row, from the first list that has it. */
static const char *
lookup_kept (GPtrArray  **lists,
             const char  *column)
{
  for (guint i = 0; lists[i] != NULL; i++)
    {
      const char *value = sc_catalog_extras_lookup (lists[i], SC_CATALOG_PLATFORM_WOOCOMMERCE, column);

      if (value != NULL)
        return value;
    }

  return NULL;
}

static void
fill_kept (ScWooExport  *self,
           GPtrArray   **lists)
{
  for (guint l = 0; lists[l] != NULL; l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const ScCatalogExtra *extra = g_ptr_array_index (lists[l], i);
        gpointer unit;
        guint out;

        if (extra->platform != SC_CATALOG_PLATFORM_WOOCOMMERCE)
          continue;

        /* A variable product's own weight, kept under the weight
         * column's name, goes back into that column when the file is
         * written in its unit. In another unit it has a column of its own
         * (sc_woocommerce_export_plan ()): converting it would give it
         * the other column's name, and a file with two weight columns
         * would not come back the same (a catalog fuzz finding). */
        unit = g_hash_table_lookup (self->weight_columns, extra->column);
        if (GPOINTER_TO_UINT (unit) == self->unit + 1)
          {
            if (self->fields[WOO_WEIGHT] >= 0 && self->cells[self->fields[WOO_WEIGHT]] == NULL)
              set_field (self, WOO_WEIGHT, extra->value);
            continue;
          }

        out = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_name, extra->column));
        if (out > 0 && self->cells[out - 1] == NULL)
          self->cells[out - 1] = extra->value;
      }
}

static const char *
publication (const ScCatalogProduct *product)
{
  if (product->status == SC_PRODUCT_STATUS_DRAFT)
    return "-1";

  return product->status == SC_PRODUCT_STATUS_ACTIVE && product->published ? "1" : "0";
}

static char *
money_text (gboolean       has_value,
            const ScMoney *money)
{
  return has_value ? sc_money_format (*money, '.', '\0') : g_strdup ("");
}

/* The type as computed, or the kept cell when it says the same and more
 * ("simple, downloadable, virtual"). A variable product's own row has no
 * "virtual" in the model (its variations do), so there the kept cell's
 * word stands. */
static void
fill_type (ScWooExport  *self,
           GPtrArray   **lists,
           const char   *computed)
{
  const char *kept = lookup_kept (lists, sc_woocommerce_field_name (WOO_TYPE));
  ScWooType a;
  ScWooType b;

  if (kept != NULL &&
      sc_woocommerce_parse_type (kept, &a) && sc_woocommerce_parse_type (computed, &b) &&
      a.is_variation == b.is_variation && a.kind == b.kind &&
      (a.is_virtual == b.is_virtual || (b.kind == SC_PRODUCT_KIND_VARIABLE && !b.is_variation)))
    set_field (self, WOO_TYPE, kept);
  else
    take_field (self, WOO_TYPE, g_strdup (computed));
}

static void
fill_variant (ScWooExport             *self,
              const ScCatalogVariant  *variant,
              GPtrArray              **lists)
{
  const char *kept;

  set_field (self, WOO_SKU, variant->sku);
  set_field (self, WOO_GTIN, variant->barcode);

  if (variant->has_compare_at)
    {
      take_field (self, WOO_REGULAR_PRICE, money_text (TRUE, &variant->compare_at));
      take_field (self, WOO_SALE_PRICE, money_text (variant->has_price, &variant->price));
    }
  else
    {
      take_field (self, WOO_REGULAR_PRICE, money_text (variant->has_price, &variant->price));
      set_field (self, WOO_SALE_PRICE, "");
    }

  if (variant->track_quantity)
    {
      take_field (self, WOO_STOCK, g_strdup_printf ("%" G_GINT64_FORMAT, variant->quantity));
      if (variant->quantity > 0)
        set_field (self, WOO_IN_STOCK, "1");
      else
        set_field (self, WOO_IN_STOCK,
                   variant->inventory_policy == SC_INVENTORY_POLICY_CONTINUE ? "backorder" : "0");
    }
  else
    set_field (self, WOO_STOCK, "");

  kept = lookup_kept (lists, sc_woocommerce_field_name (WOO_BACKORDERS));
  if (variant->inventory_policy == SC_INVENTORY_POLICY_CONTINUE)
    set_field (self, WOO_BACKORDERS, g_strcmp0 (kept, "notify") == 0 ? kept : "1");
  else
    set_field (self, WOO_BACKORDERS, "0");

  kept = lookup_kept (lists, sc_woocommerce_field_name (WOO_TAX_STATUS));
  if (variant->taxable)
    set_field (self, WOO_TAX_STATUS, "taxable");
  else
    set_field (self, WOO_TAX_STATUS, g_strcmp0 (kept, "shipping") == 0 ? kept : "none");

  if (variant->weight_grams != NULL)
    take_field (self, WOO_WEIGHT, sc_catalog_weight_from_grams (variant->weight_grams, self->unit));
  else
    set_field (self, WOO_WEIGHT, "");
}

static void
fill_product (ScWooExport            *self,
              const ScCatalogProduct *product)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  set_field (self, WOO_NAME, product->title);
  set_field (self, WOO_PUBLISHED, publication (product));
  set_field (self, WOO_DESCRIPTION, product->description);
  set_field (self, WOO_CATEGORIES, product->category);
  take_field (self, WOO_TAGS, sc_csv_join_list ((const char * const *) product->tags));

  for (guint i = 0; i < product->images->len; i++)
    g_ptr_array_add (sources, ((ScCatalogImage *) g_ptr_array_index (product->images, i))->src);
  g_ptr_array_add (sources, NULL);
  take_field (self, WOO_IMAGES, sc_csv_join_list ((const char * const *) sources->pdata));

  for (guint o = 0; o < product->options->len && o < SC_CATALOG_MAX_OPTIONS; o++)
    {
      const ScCatalogOption *option = g_ptr_array_index (product->options, o);
      g_autoptr(GPtrArray) items = g_ptr_array_sized_new (option->values->len + 1);
      char *values;

      for (guint k = 0; k < option->values->len; k++)
        g_ptr_array_add (items, g_ptr_array_index (option->values, k));
      g_ptr_array_add (items, NULL);
      values = sc_csv_join_list ((const char * const *) items->pdata);
      g_ptr_array_add (self->owned, values);

      set_cell (self, self->option_columns[o][SC_WOO_ATTRIBUTE_NAME], option->name, TRUE);
      set_cell (self, self->option_columns[o][SC_WOO_ATTRIBUTE_VALUES], values, TRUE);
    }
}

/* An untracked variant's "In stock?" is what the file said, or empty,
 * which WooCommerce reads as in stock. */
static void
write_row (ScWooExport  *self,
           ScCsvWriter  *writer,
           GPtrArray   **lists)
{
  fill_kept (self, lists);

  for (guint c = 0; c < self->columns->len; c++)
    {
      const char *value = self->cells[c] != NULL ? self->cells[c] : "";

      if (self->text[c])
        sc_csv_writer_add_text (writer, value);
      else
        sc_csv_writer_add (writer, value);
    }
  sc_csv_writer_end_row (writer);

  memset (self->cells, 0, sizeof (char *) * self->columns->len);
  memset (self->text, 0, sizeof (gboolean) * self->columns->len);
  g_ptr_array_set_size (self->owned, 0);
}

/* Simple, grouped and external products are one row; a variable one,
 * or any with several variants, a row and one per variation. */
static gboolean
is_single_row (const ScCatalogProduct *product)
{
  return product->kind != SC_PRODUCT_KIND_VARIABLE && product->variants->len <= 1;
}

static void
write_variable (ScWooExport            *self,
                ScCsvWriter            *writer,
                const ScCatalogProduct *product)
{
  const char *sku = sc_catalog_extras_lookup (product->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "SKU");
  const char *id = sc_catalog_extras_lookup (product->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "ID");
  g_autofree char *reference = NULL;
  GPtrArray *lists[3] = { product->extras, NULL, NULL };

  /* Variations find their parent by its SKU, or by its WooCommerce ID;
   * a product with neither is given its handle as SKU. They follow it,
   * so a SKU or ID other products share still names it: the importer
   * takes the nearest product above. */
  if (sku != NULL)
    reference = g_strdup (sku);
  else if (id != NULL)
    reference = g_strconcat ("id:", id, NULL);
  else
    {
      reference = g_strdup (product->handle);
      set_field (self, WOO_SKU, reference);
    }

  fill_type (self, lists, "variable");
  fill_product (self, product);
  write_row (self, writer, lists);

  for (guint v = 0; v < product->variants->len; v++)
    {
      ScCatalogVariant *variant = g_ptr_array_index (product->variants, v);

      lists[0] = variant->extras;
      fill_type (self, lists, variant->requires_shipping ? "variation" : "variation, virtual");
      fill_variant (self, variant, lists);
      set_field (self, WOO_PARENT, reference);
      set_field (self, WOO_IMAGES, variant->image_src);
      for (guint o = 0; o < product->options->len && o < SC_CATALOG_MAX_OPTIONS; o++)
        {
          set_cell (self, self->option_columns[o][SC_WOO_ATTRIBUTE_NAME],
                    ((ScCatalogOption *) g_ptr_array_index (product->options, o))->name, TRUE);
          set_cell (self, self->option_columns[o][SC_WOO_ATTRIBUTE_VALUES], variant->option_values[o], TRUE);
        }
      write_row (self, writer, lists);
    }
}

static void
write_product (ScWooExport            *self,
               ScCsvWriter            *writer,
               const ScCatalogProduct *product)
{
  ScCatalogVariant *variant;
  GPtrArray *lists[3] = { product->extras, NULL, NULL };
  const char *kind;

  if (!is_single_row (product))
    {
      write_variable (self, writer, product);
      return;
    }

  variant = product->variants->len > 0 ? g_ptr_array_index (product->variants, 0) : NULL;
  if (variant != NULL)
    lists[1] = variant->extras;

  kind = sc_product_kind_to_string (product->kind);
  if (variant != NULL && !variant->requires_shipping)
    {
      g_autofree char *computed = g_strconcat (kind, ", virtual", NULL);

      fill_type (self, lists, computed);
    }
  else
    fill_type (self, lists, kind);

  fill_product (self, product);
  if (variant != NULL)
    fill_variant (self, variant, lists);
  write_row (self, writer, lists);
}

/**
 * sc_woocommerce_csv_export:
 *
 * Returns: (transfer full): the file, ready to save
 */
ScCsvWriter *
sc_woocommerce_csv_export (ScCatalog *catalog)
{
  ScCsvWriter *writer;
  ScWooExport self = { 0 };

  g_return_val_if_fail (SC_IS_CATALOG (catalog), NULL);

  for (guint f = 0; f < WOO_N_FIELDS; f++)
    self.fields[f] = -1;
  for (guint o = 0; o < SC_CATALOG_MAX_OPTIONS; o++)
    self.option_columns[o][SC_WOO_ATTRIBUTE_NAME] = self.option_columns[o][SC_WOO_ATTRIBUTE_VALUES] = -1;
  self.columns = g_ptr_array_new_with_free_func (g_free);
  self.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.weight_columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.owned = g_ptr_array_new_with_free_func (g_free);
  sc_woocommerce_export_plan (&self, catalog);
  self.cells = g_new0 (const char *, self.columns->len);
  self.text = g_new0 (gboolean, self.columns->len);

  writer = sc_csv_writer_new (',', SC_CSV_WRITER_BOM);
  for (guint c = 0; c < self.columns->len; c++)
    sc_csv_writer_add (writer, g_ptr_array_index (self.columns, c));
  sc_csv_writer_end_row (writer);

  for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
    write_product (&self, writer, sc_catalog_get_product (catalog, p));

  g_free (self.cells);
  g_free (self.text);
  g_ptr_array_unref (self.owned);
  g_hash_table_unref (self.weight_columns);
  g_hash_table_unref (self.by_name);
  g_ptr_array_unref (self.columns);

  return writer;
}
