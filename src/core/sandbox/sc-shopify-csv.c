/* sc-shopify-csv.c - reading Shopify product CSV files into a catalog
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One product spans the rows that share its handle. Its first row holds
 * the product's fields and, usually, its first variant and image; each
 * later row may add a variant (option values, SKU, price, …), an image,
 * or both; a row with only image columns adds an image. A product with
 * one "Title: Default Title" variant has no options in the catalog, as
 * in Shopify's admin.
 *
 * Nothing stops the import but a file that cannot be read: each doubtful
 * cell is reported as FILE:ROW: message, and the rest of the row kept.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog-values.h"
#include "sc-error.h"
#include "sc-shopify-csv-private.h"

typedef struct
{
  guint           position;  /* from the file; G_MAXUINT when it gave none */
  guint           order;     /* the order the rows gave the images */
  ScCatalogImage *image;
} PendingImage;

static void
pending_images_free (GArray *images)
{
  for (guint i = 0; i < images->len; i++)
    sc_catalog_image_free (g_array_index (images, PendingImage, i).image);
  g_array_unref (images);
}

const char *
sc_shopify_import_cell (ScShopifyImport *self,
                        ScShopifyField   field)
{
  int column = self->columns[field];

  return column < 0 ? "" : sc_csv_reader_get_field (self->reader, (guint) column);
}

/* The field's column as the file names it, or as its header set would. */
const char *
sc_shopify_import_column_name (ScShopifyImport *self,
                               ScShopifyField   field)
{
  if (self->columns[field] < 0)
    return sc_shopify_column_get (field)->names[self->set];

  return sc_csv_reader_get_column_name (self->reader, (guint) self->columns[field]);
}

/* A text cell without the apostrophe an export put before a formula. */
char *
sc_shopify_import_text_cell (ScShopifyImport *self,
                             ScShopifyField   field)
{
  return sc_csv_unneutralize (sc_shopify_import_cell (self, field));
}

char *
sc_shopify_import_trimmed_cell (ScShopifyImport *self,
                                ScShopifyField   field)
{
  return g_strstrip (g_strdup (sc_shopify_import_cell (self, field)));
}

gboolean
sc_shopify_import_is_empty (ScShopifyImport *self,
                            ScShopifyField   field)
{
  const char *text = sc_shopify_import_cell (self, field);

  while (*text == ' ')
    text++;

  return *text == '\0';
}

static void
map_columns (ScShopifyImport    *self,
             ScShopifyHeaderSet *out_set)
{
  int votes[2] = { 0, 0 };

  for (guint f = 0; f < SHOPIFY_N_FIELDS; f++)
    self->columns[f] = -1;

  self->n_columns = sc_csv_reader_get_n_columns (self->reader);
  self->modelled = g_new0 (gboolean, self->n_columns);

  for (guint c = 0; c < self->n_columns; c++)
    {
      const char *key = sc_csv_reader_get_column_key (self->reader, c);
      gboolean is_legacy;
      gboolean is_modern;
      int f = sc_shopify_field_for_key (key, &is_legacy, &is_modern);

      if (f < 0)
        continue;
      if (self->columns[f] >= 0)
        {
          /* Another name for a column already read ("Handle" beside
           * "URL handle"): not read, and not kept either, or an export
           * would write both and the next import read the other one. */
          self->modelled[c] = TRUE;
          if (self->problems != NULL)
            sc_catalog_problems_add (self->problems, 1,
                                     _("column %u (“%s”) is another name for column %u (“%s”); only column %u is read"),
                                     c + 1, sc_csv_reader_get_column_name (self->reader, c),
                                     (guint) self->columns[f] + 1,
                                     sc_csv_reader_get_column_name (self->reader, (guint) self->columns[f]),
                                     (guint) self->columns[f] + 1);
          continue;
        }

      self->columns[f] = (int) c;
      self->modelled[c] = TRUE;
      if (is_legacy != is_modern)
        votes[is_modern ? 1 : 0]++;
    }

  if (out_set != NULL)
    *out_set = votes[1] > votes[0] ? SC_SHOPIFY_HEADER_SET_2025 : SC_SHOPIFY_HEADER_SET_LEGACY;
}

/**
 * sc_shopify_csv_sniff:
 * @out_set: (out) (optional): the header set the columns use most
 *
 * Returns: whether the header of @reader is a Shopify product file's
 */
gboolean
sc_shopify_csv_sniff (ScCsvReader        *reader,
                      ScShopifyHeaderSet *out_set)
{
  ScShopifyImport self = { .reader = reader };
  guint n_found = 0;
  gboolean found;

  g_return_val_if_fail (reader != NULL, FALSE);

  map_columns (&self, out_set);
  for (guint f = 0; f < SHOPIFY_N_FIELDS; f++)
    n_found += self.columns[f] >= 0;
  g_free (self.modelled);

  found = self.columns[SHOPIFY_HANDLE] >= 0 ||
          (self.columns[SHOPIFY_TITLE] >= 0 && self.columns[SHOPIFY_OPTION1_NAME] >= 0);

  return found && n_found >= 4;
}

gboolean
sc_shopify_import_read_bool (ScShopifyImport *self,
                             ScShopifyField   field,
                             gboolean         fallback)
{
  gboolean value = fallback;

  if (sc_shopify_import_is_empty (self, field))
    return fallback;
  if (!sc_catalog_parse_bool (sc_shopify_import_cell (self, field), &value))
    sc_catalog_problems_add (self->problems, self->line,
                             _("%s: “%s” is neither TRUE nor FALSE; %s was used."),
                             sc_shopify_import_column_name (self, field),
                             sc_shopify_import_cell (self, field),
                             fallback ? "TRUE" : "FALSE");

  return value;
}

/* Products */

static GStrv
split_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  GPtrArray *tags = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag != '\0')
        g_ptr_array_add (tags, g_strdup (tag));
    }
  g_ptr_array_add (tags, NULL);

  return (GStrv) g_ptr_array_free (tags, FALSE);
}

static void
read_product_fields (ScShopifyImport  *self,
                     ScCatalogProduct *product)
{
  g_autofree char *status = sc_shopify_import_trimmed_cell (self, SHOPIFY_STATUS);
  g_autofree char *tags = sc_shopify_import_text_cell (self, SHOPIFY_TAGS);

  product->title = sc_shopify_import_text_cell (self, SHOPIFY_TITLE);
  product->description = sc_shopify_import_text_cell (self, SHOPIFY_BODY);
  product->description_format = SC_DESCRIPTION_FORMAT_HTML;
  product->vendor = sc_shopify_import_text_cell (self, SHOPIFY_VENDOR);
  product->product_type = sc_shopify_import_text_cell (self, SHOPIFY_TYPE);
  product->category = sc_shopify_import_text_cell (self, SHOPIFY_CATEGORY);
  product->seo_title = sc_shopify_import_text_cell (self, SHOPIFY_SEO_TITLE);
  product->seo_description = sc_shopify_import_text_cell (self, SHOPIFY_SEO_DESCRIPTION);
  g_strfreev (product->tags);
  product->tags = split_tags (tags);
  product->published = sc_shopify_import_read_bool (self, SHOPIFY_PUBLISHED, FALSE);

  /* Files from before statuses existed only held active products. */
  product->status = SC_PRODUCT_STATUS_ACTIVE;
  if (*status != '\0' && !sc_product_status_from_string (status, &product->status))
    {
      product->status = SC_PRODUCT_STATUS_DRAFT;
      sc_catalog_problems_add (self->problems, self->line,
                               _("%s: “%s” is not active, draft or archived; the product was made a draft."),
                               sc_shopify_import_column_name (self, SHOPIFY_STATUS), status);
    }

  /* Store "" as NULL, as the setters do. */
  sc_catalog_set_string (&product->title, product->title);
  sc_catalog_set_string (&product->description, product->description);
  sc_catalog_set_string (&product->vendor, product->vendor);
  sc_catalog_set_string (&product->product_type, product->product_type);
  sc_catalog_set_string (&product->category, product->category);
  sc_catalog_set_string (&product->seo_title, product->seo_title);
  sc_catalog_set_string (&product->seo_description, product->seo_description);

  for (guint i = 0; i < SC_CATALOG_MAX_OPTIONS; i++)
    {
      ScShopifyField field = SHOPIFY_OPTION1_NAME + 2 * i;
      g_autofree char *name = sc_shopify_import_text_cell (self, field);

      if (*name == '\0')
        continue;
      while (product->options->len < i)
        {
          g_autofree char *placeholder = g_strdup_printf (_("Option %u"), product->options->len + 1);

          sc_catalog_problems_add (self->problems, self->line,
                                   _("%s is set but the option before it has no name; it was called “%s”."),
                                   sc_shopify_import_column_name (self, field), placeholder);
          g_ptr_array_add (product->options, sc_catalog_option_new (placeholder));
        }
      g_ptr_array_add (product->options, sc_catalog_option_new (name));
    }
}

/* Images */

static ScCatalogImage *
read_image (ScShopifyImport  *self,
            ScCatalogProduct *product)
{
  g_autofree char *src = sc_shopify_import_trimmed_cell (self, SHOPIFY_IMAGE_SRC);
  g_autofree char *alt = sc_shopify_import_text_cell (self, SHOPIFY_IMAGE_ALT);
  g_autofree char *position_text = sc_shopify_import_trimmed_cell (self, SHOPIFY_IMAGE_POSITION);
  PendingImage pending = { G_MAXUINT, self->n_images++, NULL };
  GArray *images;
  gint64 position;

  if (*src == '\0')
    {
      if (*alt != '\0')
        sc_catalog_problems_add (self->problems, self->line,
                                 _("%s: “%s” describes no image, because the row has no %s; it was left out."),
                                 sc_shopify_import_column_name (self, SHOPIFY_IMAGE_ALT), alt,
                                 sc_shopify_import_column_name (self, SHOPIFY_IMAGE_SRC));
      return NULL;
    }

  if (*position_text != '\0')
    {
      if (sc_catalog_parse_quantity (position_text, &position) && position >= 1 && position < G_MAXUINT)
        pending.position = (guint) position;
      else
        sc_catalog_problems_add (self->problems, self->line,
                                 _("%s: “%s” is not a position from 1 up; the image comes after the numbered ones."),
                                 sc_shopify_import_column_name (self, SHOPIFY_IMAGE_POSITION), position_text);
    }

  pending.image = sc_catalog_image_new (src, alt);
  images = g_hash_table_lookup (self->images, product);
  if (images == NULL)
    {
      images = g_array_new (FALSE, FALSE, sizeof (PendingImage));
      g_hash_table_insert (self->images, product, images);
    }
  g_array_append_val (images, pending);

  return pending.image;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const PendingImage *pa = a;
  const PendingImage *pb = b;

  if (pa->position != pb->position)
    return pa->position < pb->position ? -1 : 1;

  return (pa->order > pb->order) - (pa->order < pb->order);
}

/* Rows */

static void
keep_extras (ScShopifyImport *self,
             GPtrArray       *extras)
{
  for (guint c = 0; c < self->n_columns; c++)
    {
      const char *value;

      if (self->modelled[c] || sc_csv_reader_column_is_duplicate (self->reader, c))
        continue;
      value = sc_csv_reader_get_field (self->reader, c);
      if (*value == '\0')
        continue;
      sc_catalog_extras_set (extras, SC_CATALOG_PLATFORM_SHOPIFY, self->kept_names[c], value, c);
    }
}

static ScCatalogProduct *
start_product (ScShopifyImport *self,
               const char      *handle)
{
  g_autofree char *made = NULL;
  ScCatalogProduct *product;

  if (*handle == '\0')
    {
      g_autofree char *title = sc_shopify_import_text_cell (self, SHOPIFY_TITLE);

      made = sc_catalog_make_handle (self->catalog, title);
      handle = made;
    }

  product = sc_catalog_product_new (handle);
  read_product_fields (self, product);

  /* The handle is new (the caller looked it up) or made unique. */
  if (!sc_catalog_add_product (self->catalog, product, NULL))
    g_assert_not_reached ();
  g_hash_table_insert (self->first_rows, product, GUINT_TO_POINTER (self->line));

  return product;
}

static void
read_row (ScShopifyImport *self)
{
  g_autofree char *handle = sc_shopify_import_trimmed_cell (self, SHOPIFY_HANDLE);
  ScCatalogProduct *product = NULL;
  ScCatalogVariant *variant = NULL;
  ScCatalogImage *image;
  gboolean first_row = FALSE;

  if (*handle != '\0')
    product = sc_catalog_lookup_product (self->catalog, handle);

  if (product == NULL && *handle == '\0' && sc_shopify_import_is_empty (self, SHOPIFY_TITLE))
    {
      sc_catalog_problems_add (self->problems, self->line,
                               _("The row has neither a %s nor a %s, so it belongs to no product; it was left out."),
                               sc_shopify_import_column_name (self, SHOPIFY_HANDLE),
                               sc_shopify_import_column_name (self, SHOPIFY_TITLE));
      return;
    }

  if (product == NULL)
    {
      product = start_product (self, handle);
      first_row = TRUE;
    }
  else if (!sc_shopify_import_is_empty (self, SHOPIFY_TITLE))
    {
      g_autofree char *title = sc_shopify_import_text_cell (self, SHOPIFY_TITLE);

      if (g_strcmp0 (title, product->title) != 0)
        sc_catalog_problems_add (self->problems, self->line,
                                 _("The handle “%s” already belongs to “%s” (line %u); this row was added to that product and its title “%s” ignored. Give each product its own handle."),
                                 handle, product->title != NULL ? product->title : "",
                                 GPOINTER_TO_UINT (g_hash_table_lookup (self->first_rows, product)),
                                 title);
    }

  if (sc_shopify_import_row_has_variant (self))
    variant = sc_shopify_import_read_variant (self, product);
  image = read_image (self, product);

  if (first_row)
    keep_extras (self, product->extras);
  else if (variant != NULL)
    keep_extras (self, variant->extras);
  else if (image != NULL)
    keep_extras (self, image->extras);
  else
    keep_extras (self, product->extras);
}

/* A product sold in one way has one "Title: Default Title" variant in
 * Shopify's files; Shopcraft gives it no options instead (and so does a
 * product whose variants all say "Default Title", as its export would). */
static void
drop_default_title (ScCatalogProduct *product)
{
  ScCatalogOption *option;

  if (product->options->len != 1)
    return;

  option = g_ptr_array_index (product->options, 0);
  if (g_ascii_strcasecmp (option->name, "Title") != 0)
    return;

  for (guint i = 0; i < product->variants->len; i++)
    {
      ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);

      if (variant->option_values[0] != NULL &&
          strcmp (variant->option_values[0], "Default Title") != 0)
        return;
    }

  for (guint i = 0; i < product->variants->len; i++)
    sc_catalog_variant_set_option_value (g_ptr_array_index (product->variants, i), 0, NULL);
  g_ptr_array_set_size (product->options, 0);
}

static void
finish_products (ScShopifyImport *self)
{
  for (guint i = 0; i < sc_catalog_get_n_products (self->catalog); i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (self->catalog, i);
      GArray *images = g_hash_table_lookup (self->images, product);

      drop_default_title (product);
      sc_catalog_product_collect_option_values (product);
      product->kind = product->options->len > 0 ? SC_PRODUCT_KIND_VARIABLE : SC_PRODUCT_KIND_SIMPLE;

      if (images == NULL)
        continue;
      g_array_sort (images, compare_pending);
      for (guint k = 0; k < images->len; k++)
        {
          PendingImage *pending = &g_array_index (images, PendingImage, k);

          g_ptr_array_add (product->images, g_steal_pointer (&pending->image));
        }
    }
}

static void
copy_reader_problems (ScShopifyImport *self)
{
  for (guint i = 0; i < sc_csv_reader_get_n_problems (self->reader); i++)
    {
      const ScCsvProblem *problem = sc_csv_reader_get_problem (self->reader, i);

      sc_catalog_problems_add (self->problems, problem->line, "%s", problem->message);
    }
}

/**
 * sc_shopify_csv_import:
 * @reader: a reader positioned after the header
 * @currency: (nullable): the store's currency; %NULL for the default
 * @problems: where doubtful cells are reported
 * @out_set: (out) (optional): the header set the file uses
 *
 * Reads every row of @reader. Fails only when the file cannot be read on
 * (a quote never closed, …) or is no Shopify product file.
 *
 * Returns: (transfer full) (nullable): the catalog
 */
ScCatalog *
sc_shopify_csv_import (ScCsvReader         *reader,
                       const ScCurrency    *currency,
                       ScCatalogProblems   *problems,
                       ScShopifyHeaderSet  *out_set,
                       GError             **error)
{
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(GError) local_error = NULL;
  ScShopifyImport self = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  catalog = sc_catalog_new (currency);
  self.reader = reader;
  self.catalog = catalog;
  self.problems = problems;
  self.currency = sc_catalog_get_currency (catalog);
  self.images = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) pending_images_free);
  self.first_rows = g_hash_table_new (NULL, NULL);
  map_columns (&self, &self.set);
  if (out_set != NULL)
    *out_set = self.set;
  self.kept_names = g_new0 (char *, self.n_columns + 1);
  for (guint c = 0; c < self.n_columns; c++)
    self.kept_names[c] = sc_shopify_canonical_extra (sc_csv_reader_get_column_name (reader, c),
                                                     sc_csv_reader_get_column_key (reader, c));

  if (self.columns[SHOPIFY_HANDLE] < 0 && self.columns[SHOPIFY_TITLE] < 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("%s has no “Handle”, “URL handle” or “Title” column, so it is not a Shopify product file. Export the products again from Shopify (Products → Export)."),
                   sc_csv_reader_get_display_name (reader));
      ok = FALSE;
    }

  while (ok && sc_csv_reader_next (reader, &local_error))
    {
      if (sc_csv_reader_is_blank (reader))
        continue;
      self.line = sc_csv_reader_get_line (reader);
      read_row (&self);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      ok = FALSE;
    }

  if (ok)
    {
      finish_products (&self);
      copy_reader_problems (&self);
      sc_catalog_problems_sort (problems);
    }

  g_hash_table_unref (self.images);
  g_hash_table_unref (self.first_rows);
  g_free (self.modelled);
  g_strfreev (self.kept_names);

  return ok ? g_steal_pointer (&catalog) : NULL;
}
