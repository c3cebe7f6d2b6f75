/* sc-woocommerce-csv.c - reading WooCommerce product CSV files into a catalog
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A simple, grouped or external product is one row: a product with one
 * variant. A variable product is a row of its own (its attributes become
 * the options, with the values it lists) followed, anywhere in the file,
 * by "variation" rows naming it in Parent, by SKU or as "id:NN"; each
 * becomes a variant. A variation's empty attribute value means "any".
 *
 * WooCommerce has no URL handle in its files, so each product gets one
 * made from its name. Cells Shopcraft does not model are kept on the row
 * they came from, and so are the few modelled ones whose value says more
 * than the model ("notify" for back orders, "shipping" as tax status,
 * "downloadable" in the type), to be written back unchanged.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog-values.h"
#include "sc-error.h"
#include "sc-woocommerce-csv-private.h"

typedef struct
{
  guint number;
  int   parts[SC_WOO_ATTRIBUTE_N_PARTS];  /* the first column of each part, or -1 */
} Attribute;

static void
row_free (ScWooRow *row)
{
  g_strfreev (row->cells);
  g_free (row->used);
  g_free (row);
}

static const char *
peek_column (ScWooImport *self,
             int          column)
{
  if (column < 0 || (guint) column >= self->row->n_cells)
    return "";

  return self->row->cells[column];
}

const char *
sc_woocommerce_import_peek (ScWooImport *self,
                            ScWooField   field)
{
  return peek_column (self, self->columns[field]);
}

/* Reads a cell and marks it as modelled, so it is not kept as an extra. */
static const char *
take_column (ScWooImport *self,
             int          column)
{
  if (column >= 0 && (guint) column < self->row->n_cells)
    self->row->used[column] = TRUE;

  return peek_column (self, column);
}

const char *
sc_woocommerce_import_take (ScWooImport *self,
                            ScWooField   field)
{
  return take_column (self, self->columns[field]);
}

static char *
take_text (ScWooImport *self,
           ScWooField   field)
{
  return sc_csv_unneutralize (sc_woocommerce_import_take (self, field));
}

char *
sc_woocommerce_import_take_trimmed (ScWooImport *self,
                                    ScWooField   field)
{
  return g_strstrip (g_strdup (sc_woocommerce_import_take (self, field)));
}

const char *
sc_woocommerce_import_column_name (ScWooImport *self,
                                   ScWooField   field)
{
  if (self->columns[field] < 0)
    return sc_woocommerce_field_name (field);

  return sc_csv_reader_get_column_name (self->reader, (guint) self->columns[field]);
}

void
sc_woocommerce_import_problem (ScWooImport *self,
                               const char  *format,
                               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  sc_catalog_problems_add (self->problems, self->row->line, "%s", message);
}

static int
compare_attributes (gconstpointer a,
                    gconstpointer b)
{
  const Attribute *aa = a;
  const Attribute *ab = b;

  return (aa->number > ab->number) - (aa->number < ab->number);
}

/* Column @c is @part of @attribute. It is not read when an earlier column
 * was that part under another spelling ("Attribute 01 value(s)", then
 * "Attribute 1 value(s)"), as the CSV reader does with two columns of one
 * name: kept, it would come back under the column the export writes for
 * the part, where it cannot go (a catalog fuzz finding). */
static void
add_attribute_column (ScWooImport        *self,
                      Attribute          *attribute,
                      guint               c,
                      ScWooAttributePart  part)
{
  if (sc_csv_reader_column_is_duplicate (self->reader, c))
    return;  /* the same name: the reader said so */
  if (attribute->parts[part] < 0)
    {
      attribute->parts[part] = (int) c;
      return;
    }

  self->repeated[c] = TRUE;
  sc_catalog_problems_add (self->problems, sc_csv_reader_get_line (self->reader),
                           _("column %u (“%s”) is the same attribute column as column %u (“%s”); only column %u is read"),
                           c + 1, sc_csv_reader_get_column_name (self->reader, c),
                           attribute->parts[part] + 1,
                           sc_csv_reader_get_column_name (self->reader, (guint) attribute->parts[part]),
                           attribute->parts[part] + 1);
}

static void
map_columns (ScWooImport *self)
{
  self->n_columns = sc_csv_reader_get_n_columns (self->reader);
  self->attributes = g_array_new (FALSE, FALSE, sizeof (Attribute));
  self->repeated = g_new0 (gboolean, self->n_columns);

  for (guint f = 0; f < WOO_N_FIELDS; f++)
    self->columns[f] = f == WOO_WEIGHT
                       ? -1
                       : sc_csv_reader_find_column (self->reader, sc_woocommerce_field_name (f));

  for (guint c = 0; c < self->n_columns; c++)
    {
      const char *name = sc_csv_reader_get_column_name (self->reader, c);
      ScWooAttributePart part;
      guint number;

      if (self->columns[WOO_WEIGHT] < 0 && sc_woocommerce_parse_weight_unit (name, &self->weight_unit))
        self->columns[WOO_WEIGHT] = (int) c;

      if (sc_woocommerce_attribute_column (name, &number, &part))
        {
          Attribute *attribute = NULL;

          for (guint i = 0; i < self->attributes->len; i++)
            if (g_array_index (self->attributes, Attribute, i).number == number)
              attribute = &g_array_index (self->attributes, Attribute, i);
          if (attribute == NULL)
            {
              Attribute added = { number, { -1, -1, -1, -1, -1 } };

              g_array_append_val (self->attributes, added);
              attribute = &g_array_index (self->attributes, Attribute, self->attributes->len - 1);
            }
          add_attribute_column (self, attribute, c, part);
        }
    }

  g_array_sort (self->attributes, compare_attributes);
}

/**
 * sc_woocommerce_csv_sniff:
 *
 * Returns: whether the header of @reader is a WooCommerce product file's
 */
gboolean
sc_woocommerce_csv_sniff (ScCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  return sc_csv_reader_find_column (reader, "Type") >= 0 &&
         sc_csv_reader_find_column (reader, "Name") >= 0 &&
         (sc_csv_reader_find_column (reader, "Regular price") >= 0 ||
          sc_csv_reader_find_column (reader, "Parent") >= 0 ||
          sc_csv_reader_find_column (reader, "SKU") >= 0);
}

/* Products */

static void
take_options (ScWooImport      *self,
              ScCatalogProduct *product)
{
  for (guint i = 0; i < self->attributes->len; i++)
    {
      const Attribute *attribute = &g_array_index (self->attributes, Attribute, i);
      g_autofree char *name = sc_csv_unneutralize (peek_column (self, attribute->parts[SC_WOO_ATTRIBUTE_NAME]));
      g_autofree char *values = NULL;
      g_auto(GStrv) items = NULL;
      ScCatalogOption *option;

      if (*name == '\0')
        {
          g_autofree char *orphan = sc_csv_unneutralize (take_column (self, attribute->parts[SC_WOO_ATTRIBUTE_VALUES]));

          if (*orphan != '\0')
            sc_woocommerce_import_problem (self, _("Attribute %u value(s): “%s” has no attribute name beside it; it was left out."),
                                           attribute->number, orphan);
          continue;
        }
      if (product->options->len >= SC_CATALOG_MAX_OPTIONS)
        {
          sc_woocommerce_import_problem (self, _("Attribute %u “%s” is kept as it is: Shopcraft models %d options per product."),
                                         attribute->number, name, SC_CATALOG_MAX_OPTIONS);
          continue;
        }

      take_column (self, attribute->parts[SC_WOO_ATTRIBUTE_NAME]);
      values = sc_csv_unneutralize (take_column (self, attribute->parts[SC_WOO_ATTRIBUTE_VALUES]));
      items = sc_csv_split_list (values);
      option = sc_catalog_option_new (name);
      for (guint k = 0; items[k] != NULL; k++)
        sc_catalog_option_add_value (option, items[k]);
      g_ptr_array_add (product->options, option);
    }
}

static void
take_images (ScWooImport      *self,
             ScCatalogProduct *product)
{
  g_auto(GStrv) sources = sc_csv_split_list (sc_woocommerce_import_take (self, WOO_IMAGES));

  for (guint i = 0; sources[i] != NULL; i++)
    g_ptr_array_add (product->images, sc_catalog_image_new (sources[i], NULL));
}

static void
add_parent (GHashTable       *parents,
            const char       *reference,
            guint             line,
            ScCatalogProduct *product)
{
  GArray *list = g_hash_table_lookup (parents, reference);
  ScWooParent parent = { line, product };

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (ScWooParent));
      g_hash_table_insert (parents, g_strdup (reference), list);
    }
  g_array_append_val (list, parent);
}

static void
read_product (ScWooImport     *self,
              const ScWooType *type)
{
  g_autofree char *name = take_text (self, WOO_NAME);
  g_autofree char *handle = sc_catalog_make_handle (self->catalog, name);
  g_autofree char *categories = take_text (self, WOO_CATEGORIES);
  g_autofree char *tags = take_text (self, WOO_TAGS);
  g_autofree char *id = g_strstrip (g_strdup (sc_woocommerce_import_peek (self, WOO_ID)));
  g_autofree char *sku = g_strstrip (g_strdup (sc_woocommerce_import_peek (self, WOO_SKU)));
  ScCatalogProduct *product = sc_catalog_product_new (handle);

  sc_woocommerce_import_take (self, WOO_TYPE);
  product->kind = type->kind;
  sc_catalog_set_string (&product->title, name);
  product->description = sc_csv_unneutralize (sc_woocommerce_import_take (self, WOO_DESCRIPTION));
  sc_catalog_set_string (&product->description, product->description);
  product->description_format = SC_DESCRIPTION_FORMAT_HTML;
  sc_catalog_set_string (&product->category, categories);
  g_strfreev (product->tags);
  product->tags = sc_csv_split_list (tags);
  sc_woocommerce_import_take_publication (self, product);
  take_images (self, product);
  take_options (self, product);

  if (type->kind != SC_PRODUCT_KIND_VARIABLE)
    {
      ScCatalogVariant *variant = sc_catalog_variant_new (self->currency);

      sc_woocommerce_import_take_variant_fields (self, variant, product->extras, type);
      /* A simple product's attribute with one value describes its one variant. */
      for (guint i = 0; i < product->options->len; i++)
        {
          ScCatalogOption *option = g_ptr_array_index (product->options, i);

          if (option->values->len == 1)
            sc_catalog_variant_set_option_value (variant, i, g_ptr_array_index (option->values, 0));
        }
      g_ptr_array_add (product->variants, variant);
    }

  sc_woocommerce_import_keep_type (self, product->extras, type);
  sc_woocommerce_import_keep_extras (self, product->extras);

  /* A variable product with neither SKU nor ID is written back with its
   * handle as SKU, the one reference its variations can name; it has
   * that SKU from the start, so an export and its re-import agree. */
  if (type->kind == SC_PRODUCT_KIND_VARIABLE && *sku == '\0' && *id == '\0' &&
      sc_catalog_extras_lookup (product->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "SKU") == NULL)
    sc_catalog_extras_set (product->extras, SC_CATALOG_PLATFORM_WOOCOMMERCE, "SKU", product->handle,
                           self->columns[WOO_SKU] >= 0 ? (guint) self->columns[WOO_SKU] : 0);

  /* The handle was made unique in this catalog. */
  if (!sc_catalog_add_product (self->catalog, product, NULL))
    g_assert_not_reached ();

  if (*id != '\0')
    add_parent (self->by_id, id, self->row->line, product);
  if (*sku != '\0')
    add_parent (self->by_sku, sku, self->row->line, product);
}

/* Variations */

/* A SKU or ID several products share names the nearest of them above
 * the variation, or the first below when none is above: a file that
 * lists each parent followed by its variations, as exports do, reads
 * back whole however its SKUs and IDs repeat. */
static ScCatalogProduct *
find_parent (ScWooImport *self,
             const char  *reference)
{
  g_autofree char *id = NULL;
  GArray *parents;
  guint line = self->row->line;
  guint chosen = 0;

  if (g_ascii_strncasecmp (reference, "id:", 3) == 0)
    {
      id = g_strstrip (g_strdup (reference + 3));
      parents = g_hash_table_lookup (self->by_id, id);
    }
  else
    parents = g_hash_table_lookup (self->by_sku, reference);

  if (parents == NULL)
    return NULL;

  for (guint i = 0; i < parents->len && g_array_index (parents, ScWooParent, i).line < line; i++)
    chosen = i;

  if (parents->len > 1)
    sc_woocommerce_import_problem (self, _("%u products have the %s “%s”; the variation was given to the one in row %u, the nearest above it."),
                                   parents->len,
                                   sc_woocommerce_import_column_name (self, id != NULL ? WOO_ID : WOO_SKU),
                                   id != NULL ? id : reference,
                                   g_array_index (parents, ScWooParent, chosen).line);

  return g_array_index (parents, ScWooParent, chosen).product;
}

/* A variation's attribute names one of its parent's options: the one in
 * the same place (Attribute 2 is option 2) when it has that name, as in
 * an export, which writes them in the parent's order; else the first of
 * that name. A parent can have two attributes of one name, and only the
 * place tells them apart (a catalog fuzz finding: a variation's empty
 * second "Colour" overwrote its first). */
static gboolean
find_variation_option (ScCatalogProduct *parent,
                       guint             number,
                       const char       *name,
                       guint            *index)
{
  if (sc_catalog_product_find_option (parent, name, index) == NULL)
    return FALSE;

  if (number >= 1 && number - 1 < parent->options->len)
    {
      const ScCatalogOption *option = g_ptr_array_index (parent->options, number - 1);

      if (sc_catalog_option_name_equal (option->name, name))
        *index = number - 1;
    }

  return TRUE;
}

static void
read_variation (ScWooImport     *self,
                const ScWooType *type)
{
  g_autofree char *reference = sc_woocommerce_import_take_trimmed (self, WOO_PARENT);
  g_autoptr(ScCatalogVariant) variant = NULL;
  ScCatalogProduct *parent;
  const char *sku = sc_woocommerce_import_peek (self, WOO_SKU);

  /* Named by its SKU in messages, or by its name when it has none. */
  if (*sku == '\0')
    sku = sc_woocommerce_import_peek (self, WOO_NAME);

  if (*reference == '\0')
    {
      sc_woocommerce_import_problem (self, _("The variation “%s” has no %s, so it belongs to no product; it was left out."),
                                     sku, sc_woocommerce_import_column_name (self, WOO_PARENT));
      return;
    }

  parent = find_parent (self, reference);
  if (parent == NULL)
    {
      sc_woocommerce_import_problem (self, _("The variation “%s” names the parent “%s”, which is not in this file; it was left out. Export the variable product together with its variations."),
                                     sku, reference);
      return;
    }
  if (parent->kind != SC_PRODUCT_KIND_VARIABLE)
    {
      sc_woocommerce_import_problem (self, _("The variation “%s” names the parent “%s”, which is a %s product, not a variable one; it was left out."),
                                     sku, reference, sc_product_kind_to_string (parent->kind));
      return;
    }

  sc_woocommerce_import_take (self, WOO_TYPE);
  variant = sc_catalog_variant_new (self->currency);
  sc_woocommerce_import_take_variant_fields (self, variant, variant->extras, type);

  for (guint i = 0; i < self->attributes->len; i++)
    {
      const Attribute *attribute = &g_array_index (self->attributes, Attribute, i);
      g_autofree char *name = sc_csv_unneutralize (peek_column (self, attribute->parts[SC_WOO_ATTRIBUTE_NAME]));
      g_autofree char *value = NULL;
      guint index;

      take_column (self, attribute->parts[SC_WOO_ATTRIBUTE_NAME]);
      value = sc_csv_unneutralize (take_column (self, attribute->parts[SC_WOO_ATTRIBUTE_VALUES]));
      if (*name == '\0')
        {
          if (*value != '\0')
            sc_woocommerce_import_problem (self, _("Attribute %u value(s): “%s” has no attribute name beside it; it was left out."),
                                           attribute->number, value);
          continue;
        }
      /* Kept, these cells would clash with the parent's attributes on
       * export: they are left out. */
      if (!find_variation_option (parent, attribute->number, name, &index))
        {
          sc_woocommerce_import_problem (self, _("The variation “%s” sets the attribute “%s”, which its parent “%s” does not have; it was left out."),
                                         sku, name, reference);
          continue;
        }
      g_strstrip (value);
      sc_catalog_variant_set_option_value (variant, index, value);
    }

  {
    g_auto(GStrv) images = sc_csv_split_list (sc_woocommerce_import_take (self, WOO_IMAGES));

    if (images[0] != NULL)
      sc_catalog_set_string (&variant->image_src, images[0]);
    if (images[0] != NULL && images[1] != NULL)
      sc_woocommerce_import_problem (self, _("The variation “%s” lists several images; a variation shows one, so only the first was kept."),
                                     sku);
  }

  sc_woocommerce_import_keep_type (self, variant->extras, type);
  sc_woocommerce_import_keep_extras (self, variant->extras);
  g_ptr_array_add (parent->variants, g_steal_pointer (&variant));
}

static void
read_rows (ScWooImport  *self,
           GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  while (sc_csv_reader_next (self->reader, &local_error))
    {
      ScWooRow *row;

      if (sc_csv_reader_is_blank (self->reader))
        continue;
      row = g_new0 (ScWooRow, 1);
      row->cells = sc_csv_reader_dup_fields (self->reader);
      row->n_cells = g_strv_length (row->cells);
      row->line = sc_csv_reader_get_line (self->reader);
      row->used = g_new0 (gboolean, row->n_cells);
      g_ptr_array_add (self->rows, row);
    }

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
}

/**
 * sc_woocommerce_csv_import:
 * @reader: a reader positioned after the header
 * @currency: (nullable): the store's currency; %NULL for the default
 * @problems: where doubtful cells are reported
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL when the
 *   file cannot be read on or is no WooCommerce product file
 */
ScCatalog *
sc_woocommerce_csv_import (ScCsvReader        *reader,
                           const ScCurrency   *currency,
                           ScCatalogProblems  *problems,
                           GError            **error)
{
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(GError) local_error = NULL;
  ScWooImport self = { 0 };

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if (sc_csv_reader_find_column (reader, "Type") < 0 || sc_csv_reader_find_column (reader, "Name") < 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("%s has no “Type” or “Name” column, so it is not a WooCommerce product file. Export the products again from WooCommerce (Products → Export)."),
                   sc_csv_reader_get_display_name (reader));
      return NULL;
    }

  catalog = sc_catalog_new (currency);
  self.reader = reader;
  self.catalog = catalog;
  self.problems = problems;
  self.currency = sc_catalog_get_currency (catalog);
  self.weight_unit = SC_WEIGHT_UNIT_KG;
  self.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self.by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  self.by_sku = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  map_columns (&self);
  read_rows (&self, &local_error);

  /* Parents first, wherever their variations are in the file. */
  for (guint pass = 0; local_error == NULL && pass < 2; pass++)
    for (guint i = 0; i < self.rows->len; i++)
      {
        ScWooType type;

        self.row = g_ptr_array_index (self.rows, i);
        if (!sc_woocommerce_parse_type (sc_woocommerce_import_peek (&self, WOO_TYPE), &type))
          {
            if (pass == 0)
              sc_woocommerce_import_problem (&self, _("%s: “%s” is not simple, variable, variation, grouped or external; the row was read as a simple product."),
                                             sc_woocommerce_import_column_name (&self, WOO_TYPE),
                                             sc_woocommerce_import_peek (&self, WOO_TYPE));
            /* Nothing of the cell is trusted, "virtual" included. */
            memset (&type, 0, sizeof type);
            type.kind = SC_PRODUCT_KIND_SIMPLE;
          }
        else if (!type.known && pass == 0)
          sc_woocommerce_import_problem (&self, _("%s: “%s” has words Shopcraft does not know; they were ignored."),
                                         sc_woocommerce_import_column_name (&self, WOO_TYPE),
                                         sc_woocommerce_import_peek (&self, WOO_TYPE));

        if (type.is_variation && pass == 1)
          read_variation (&self, &type);
        else if (!type.is_variation && pass == 0)
          read_product (&self, &type);
      }

  if (local_error == NULL)
    {
      for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
        sc_catalog_product_collect_option_values (sc_catalog_get_product (catalog, i));
      for (guint i = 0; i < sc_csv_reader_get_n_problems (reader); i++)
        {
          const ScCsvProblem *found = sc_csv_reader_get_problem (reader, i);

          sc_catalog_problems_add (problems, found->line, "%s", found->message);
        }
      sc_catalog_problems_sort (problems);
    }

  g_ptr_array_unref (self.rows);
  g_hash_table_unref (self.by_id);
  g_hash_table_unref (self.by_sku);
  g_array_unref (self.attributes);
  g_free (self.repeated);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&catalog);
}
