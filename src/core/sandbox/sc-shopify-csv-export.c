/* sc-shopify-csv-export.c - writing a catalog as a Shopify product CSV file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As Shopify's own export: one row per variant or image, whichever a
 * product has more of, the product's fields on its first row only, and
 * a product without options written as one "Title: Default Title"
 * variant. Columns kept from a Shopify file go back on the row they came
 * from, under the header set's name for them. Text columns are
 * neutralised against spreadsheet formulas; prices, quantities,
 * barcodes, handles and URLs never are.
 */
#include "config.h"

#include <string.h>

#include "sc-shopify-csv-private.h"

typedef struct
{
  ScShopifyField  field;   /* or SHOPIFY_EXTRA for a kept column */
  char           *name;    /* the header cell */
} OutColumn;

typedef struct
{
  ScShopifyHeaderSet  set;
  GArray             *columns;   /* (element-type OutColumn) */
  GHashTable         *kept;      /* a kept column's source name → its OutColumn index + 1 */
  int                 fields[SHOPIFY_N_FIELDS];
  const char        **cells;     /* the row being written, not owned */
  gboolean           *text;      /* whether each cell of the row is text */
  GPtrArray          *owned;     /* strings the row made */
} Export;

typedef struct
{
  char  *name;
  guint  column_index;  /* the smallest place it had in a source */
  guint  out;           /* where it is written: index + 1 */
} OtherColumn;

static void
other_column_free (OtherColumn *other)
{
  g_free (other->name);
  g_free (other);
}

static int
compare_others (gconstpointer a,
                gconstpointer b)
{
  const OtherColumn *oa = *(OtherColumn * const *) a;
  const OtherColumn *ob = *(OtherColumn * const *) b;

  if (oa->column_index != ob->column_index)
    return oa->column_index < ob->column_index ? -1 : 1;

  return strcmp (oa->name, ob->name);
}

typedef struct
{
  const ScShopifyLayoutColumn *layout;
  guint                        n_layout;
  gboolean                    *used;      /* by layout column */
  GHashTable                  *where;     /* source name → layout index + 1, or 0 for "other" */
  GHashTable                  *others;    /* renamed name → OtherColumn */
  ScShopifyHeaderSet           set;
} Survey;

static void
survey_extras (Survey    *survey,
               GPtrArray *extras)
{
  for (guint i = 0; i < extras->len; i++)
    {
      const ScCatalogExtra *extra = g_ptr_array_index (extras, i);
      gpointer found;
      guint at;

      if (extra->platform != SC_CATALOG_PLATFORM_SHOPIFY)
        continue;

      if (g_hash_table_lookup_extended (survey->where, extra->column, NULL, &found))
        at = GPOINTER_TO_UINT (found);
      else
        {
          g_autofree char *key = sc_csv_normalize_name (extra->column);

          /* Which layout column holds it: index + 1, or 0 for none. */
          at = sc_shopify_layout_find_extra (survey->set, key);
          g_hash_table_insert (survey->where, g_strdup (extra->column), GUINT_TO_POINTER (at));
        }

      if (at > 0)
        survey->used[at - 1] = TRUE;
      else
        {
          g_autofree char *name = sc_shopify_rename_extra (extra->column, survey->set);
          OtherColumn *other = g_hash_table_lookup (survey->others, name);

          if (other == NULL)
            {
              other = g_new0 (OtherColumn, 1);
              other->name = g_steal_pointer (&name);
              other->column_index = extra->column_index;
              g_hash_table_insert (survey->others, other->name, other);
            }
          other->column_index = MIN (other->column_index, extra->column_index);
        }
    }
}

static void
add_column (Export         *self,
            ScShopifyField  field,
            const char     *name)
{
  OutColumn column = { field, g_strdup (name) };

  if (field < SHOPIFY_N_FIELDS)
    self->fields[field] = (int) self->columns->len;
  g_array_append_val (self->columns, column);
}

/* The columns of the file: the layout of the header set, with the kept
 * columns the catalog has values for. */
static void
plan_columns (Export    *self,
              ScCatalog *catalog)
{
  g_autoptr(GHashTable) where = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) others = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) other_column_free);
  g_autofree gboolean *used = NULL;
  g_autofree guint *kept_at = NULL;
  Survey survey = { 0 };
  GHashTableIter iter;
  gpointer key, value;

  survey.layout = sc_shopify_layout_get (self->set, &survey.n_layout);
  survey.used = used = g_new0 (gboolean, survey.n_layout);
  survey.where = where;
  survey.others = others;
  survey.set = self->set;

  for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, p);

      survey_extras (&survey, product->extras);
      for (guint i = 0; i < product->variants->len; i++)
        {
          ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);

          survey_extras (&survey, variant->extras);
        }
      for (guint i = 0; i < product->images->len; i++)
        survey_extras (&survey, ((ScCatalogImage *) g_ptr_array_index (product->images, i))->extras);
    }

  kept_at = g_new0 (guint, survey.n_layout);
  for (guint i = 0; i < survey.n_layout; i++)
    {
      const ScShopifyLayoutColumn *entry = &survey.layout[i];

      if (entry->field < SHOPIFY_N_FIELDS)
        add_column (self, entry->field, sc_shopify_column_get (entry->field)->names[self->set]);
      else if (entry->field == SHOPIFY_EXTRA && used[i])
        {
          kept_at[i] = self->columns->len + 1;
          add_column (self, SHOPIFY_EXTRA, entry->names[self->set]);
        }
      else if (entry->field == SHOPIFY_OTHER_EXTRAS)
        {
          g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

          g_hash_table_iter_init (&iter, others);
          while (g_hash_table_iter_next (&iter, NULL, &value))
            g_ptr_array_add (sorted, value);
          g_ptr_array_sort (sorted, compare_others);
          for (guint k = 0; k < sorted->len; k++)
            {
              OtherColumn *other = g_ptr_array_index (sorted, k);

              other->out = self->columns->len + 1;
              add_column (self, SHOPIFY_EXTRA, other->name);
            }
        }
    }

  /* Each source name of a kept column → where it is written. */
  g_hash_table_iter_init (&iter, where);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint at = GPOINTER_TO_UINT (value);
      guint out;

      if (at > 0)
        out = kept_at[at - 1];
      else
        {
          g_autofree char *name = sc_shopify_rename_extra (key, self->set);

          out = ((OtherColumn *) g_hash_table_lookup (others, name))->out;
        }
      g_hash_table_insert (self->kept, g_strdup (key), GUINT_TO_POINTER (out));
    }
}

static void
set_cell (Export         *self,
          ScShopifyField  field,
          const char     *value)
{
  self->cells[self->fields[field]] = value;
  self->text[self->fields[field]] = sc_shopify_column_get (field)->text;
}

static void
take_cell (Export         *self,
           ScShopifyField  field,
           char           *value)
{
  g_ptr_array_add (self->owned, value);
  set_cell (self, field, value);
}

static const char *
bool_text (gboolean value)
{
  return value ? "TRUE" : "FALSE";
}

static char *
money_text (gboolean       has_value,
            const ScMoney *money)
{
  return has_value ? sc_money_format (*money, '.', '\0') : g_strdup ("");
}

static void
fill_product (Export                 *self,
              const ScCatalogProduct *product)
{
  static const char * const statuses[2][3] = {
    { "active", "draft", "archived" },
    { "Active", "Draft", "Archived" },
  };

  set_cell (self, SHOPIFY_TITLE, product->title);
  set_cell (self, SHOPIFY_BODY, product->description);
  set_cell (self, SHOPIFY_VENDOR, product->vendor);
  set_cell (self, SHOPIFY_CATEGORY, product->category);
  set_cell (self, SHOPIFY_TYPE, product->product_type);
  take_cell (self, SHOPIFY_TAGS, g_strjoinv (", ", product->tags));
  set_cell (self, SHOPIFY_PUBLISHED, bool_text (product->published));
  set_cell (self, SHOPIFY_SEO_TITLE, product->seo_title);
  set_cell (self, SHOPIFY_SEO_DESCRIPTION, product->seo_description);
  set_cell (self, SHOPIFY_STATUS, statuses[self->set][product->status]);

  for (guint i = 0; i < product->options->len && i < SC_CATALOG_MAX_OPTIONS; i++)
    set_cell (self, SHOPIFY_OPTION1_NAME + 2 * i,
              ((ScCatalogOption *) g_ptr_array_index (product->options, i))->name);
  if (product->options->len == 0 && product->variants->len > 0)
    set_cell (self, SHOPIFY_OPTION1_NAME, "Title");
}

static void
fill_variant (Export                 *self,
              const ScCatalogProduct *product,
              const ScCatalogVariant *variant)
{
  static const char * const policies[2][2] = {
    { "deny", "continue" },
    { "DENY", "CONTINUE" },
  };

  for (guint i = 0; i < product->options->len && i < SC_CATALOG_MAX_OPTIONS; i++)
    set_cell (self, SHOPIFY_OPTION1_VALUE + 2 * i, variant->option_values[i]);
  if (product->options->len == 0)
    set_cell (self, SHOPIFY_OPTION1_VALUE, "Default Title");

  set_cell (self, SHOPIFY_SKU, variant->sku);
  set_cell (self, SHOPIFY_BARCODE, variant->barcode);
  set_cell (self, SHOPIFY_GRAMS, variant->weight_grams);
  set_cell (self, SHOPIFY_WEIGHT_UNIT, sc_weight_unit_to_string (variant->weight_unit));
  set_cell (self, SHOPIFY_TRACKER, variant->track_quantity ? "shopify" : NULL);
  take_cell (self, SHOPIFY_QUANTITY, g_strdup_printf ("%" G_GINT64_FORMAT, variant->quantity));
  set_cell (self, SHOPIFY_POLICY, policies[self->set][variant->inventory_policy]);
  take_cell (self, SHOPIFY_PRICE, money_text (variant->has_price, &variant->price));
  take_cell (self, SHOPIFY_COMPARE_AT, money_text (variant->has_compare_at, &variant->compare_at));
  take_cell (self, SHOPIFY_COST, money_text (variant->has_cost, &variant->cost));
  set_cell (self, SHOPIFY_REQUIRES_SHIPPING, bool_text (variant->requires_shipping));
  set_cell (self, SHOPIFY_TAXABLE, bool_text (variant->taxable));
  set_cell (self, SHOPIFY_VARIANT_IMAGE, variant->image_src);
}

static void
fill_extras (Export    *self,
             GPtrArray *extras)
{
  for (guint i = 0; i < extras->len; i++)
    {
      const ScCatalogExtra *extra = g_ptr_array_index (extras, i);
      guint out;

      if (extra->platform != SC_CATALOG_PLATFORM_SHOPIFY)
        continue;
      out = GPOINTER_TO_UINT (g_hash_table_lookup (self->kept, extra->column));
      if (out > 0 && self->cells[out - 1] == NULL)
        self->cells[out - 1] = extra->value;
    }
}

static gboolean
has_kept (GPtrArray *extras)
{
  for (guint i = 0; i < extras->len; i++)
    if (((ScCatalogExtra *) g_ptr_array_index (extras, i))->platform == SC_CATALOG_PLATFORM_SHOPIFY)
      return TRUE;

  return FALSE;
}

static void
write_row (Export                 *self,
           ScCsvWriter            *writer,
           const ScCatalogProduct *product,
           gboolean                first,
           ScCatalogVariant       *variant,
           ScCatalogImage         *image,
           guint                   position)
{
  memset (self->cells, 0, sizeof (char *) * self->columns->len);
  memset (self->text, 0, sizeof (gboolean) * self->columns->len);
  g_ptr_array_set_size (self->owned, 0);

  set_cell (self, SHOPIFY_HANDLE, product->handle);
  if (first)
    fill_product (self, product);
  if (variant != NULL)
    fill_variant (self, product, variant);
  if (image != NULL)
    {
      set_cell (self, SHOPIFY_IMAGE_SRC, image->src);
      take_cell (self, SHOPIFY_IMAGE_POSITION, g_strdup_printf ("%u", position));
      set_cell (self, SHOPIFY_IMAGE_ALT, image->alt);
    }

  if (first)
    fill_extras (self, product->extras);
  if (variant != NULL)
    fill_extras (self, variant->extras);
  if (image != NULL)
    fill_extras (self, image->extras);

  for (guint c = 0; c < self->columns->len; c++)
    {
      const char *value = self->cells[c] != NULL ? self->cells[c] : "";

      if (self->text[c])
        sc_csv_writer_add_text (writer, value);
      else
        sc_csv_writer_add (writer, value);
    }
  sc_csv_writer_end_row (writer);
}

/* Variants take the rows in order, the first sharing the product's row,
 * and images fill the rows beside them, then rows of their own. Kept
 * columns belong to a row, so a row holds one owner's: a first variant
 * with kept columns gets a row after the product's, and an image with
 * kept columns an image-only row. Image positions are written, so where
 * an image's row is does not change its place. */
static void
write_product (Export                 *self,
               ScCsvWriter            *writer,
               const ScCatalogProduct *product)
{
  g_autoptr(GPtrArray) shared = g_ptr_array_new ();
  g_autoptr(GPtrArray) own = g_ptr_array_new ();
  guint next_image = 0;
  guint first_variant = 0;

  for (guint i = 0; i < product->images->len; i++)
    {
      ScCatalogImage *image = g_ptr_array_index (product->images, i);

      g_ptr_array_add (has_kept (image->extras) ? own : shared, GUINT_TO_POINTER (i));
    }

  /* The product's row. */
  {
    ScCatalogVariant *variant = NULL;
    ScCatalogImage *image = NULL;
    guint position = 0;

    if (product->variants->len > 0 &&
        !has_kept (((ScCatalogVariant *) g_ptr_array_index (product->variants, 0))->extras))
      {
        variant = g_ptr_array_index (product->variants, 0);
        first_variant = 1;
      }
    if (next_image < shared->len)
      {
        position = GPOINTER_TO_UINT (g_ptr_array_index (shared, next_image++));
        image = g_ptr_array_index (product->images, position);
      }
    write_row (self, writer, product, TRUE, variant, image, position + 1);
  }

  for (guint v = first_variant; v < product->variants->len; v++)
    {
      ScCatalogImage *image = NULL;
      guint position = 0;

      if (next_image < shared->len)
        {
          position = GPOINTER_TO_UINT (g_ptr_array_index (shared, next_image++));
          image = g_ptr_array_index (product->images, position);
        }
      write_row (self, writer, product, FALSE, g_ptr_array_index (product->variants, v),
                 image, position + 1);
    }

  for (; next_image < shared->len; next_image++)
    {
      guint position = GPOINTER_TO_UINT (g_ptr_array_index (shared, next_image));

      write_row (self, writer, product, FALSE, NULL,
                 g_ptr_array_index (product->images, position), position + 1);
    }
  for (guint i = 0; i < own->len; i++)
    {
      guint position = GPOINTER_TO_UINT (g_ptr_array_index (own, i));

      write_row (self, writer, product, FALSE, NULL,
                 g_ptr_array_index (product->images, position), position + 1);
    }
}

static void
out_column_clear (OutColumn *column)
{
  g_free (column->name);
}

/**
 * sc_shopify_csv_export:
 * @set: the header set to write
 *
 * Returns: (transfer full): the file, ready to save
 */
ScCsvWriter *
sc_shopify_csv_export (ScCatalog          *catalog,
                       ScShopifyHeaderSet  set)
{
  ScCsvWriter *writer;
  Export self = { 0 };

  g_return_val_if_fail (SC_IS_CATALOG (catalog), NULL);

  self.set = set;
  self.columns = g_array_new (FALSE, FALSE, sizeof (OutColumn));
  g_array_set_clear_func (self.columns, (GDestroyNotify) out_column_clear);
  self.kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.owned = g_ptr_array_new_with_free_func (g_free);
  plan_columns (&self, catalog);
  self.cells = g_new0 (const char *, self.columns->len);
  self.text = g_new0 (gboolean, self.columns->len);

  writer = sc_csv_writer_new (',', SC_CSV_WRITER_DEFAULT);
  for (guint c = 0; c < self.columns->len; c++)
    sc_csv_writer_add (writer, g_array_index (self.columns, OutColumn, c).name);
  sc_csv_writer_end_row (writer);

  for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
    write_product (&self, writer, sc_catalog_get_product (catalog, p));

  g_free (self.cells);
  g_free (self.text);
  g_ptr_array_unref (self.owned);
  g_hash_table_unref (self.kept);
  g_array_unref (self.columns);

  return writer;
}
