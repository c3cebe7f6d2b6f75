/* sc-product-page-variants.c - options (up to three) and the variant table of the product page
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each option is a name and its values, typed as a comma-separated list
 * ("S, M, L"); committing either is one sc_sandbox_set_option () call,
 * which regenerates the variant matrix in the store. A new option commits
 * once it has both a name and a value; an option whose name and values
 * are both cleared is removed.
 *
 * The variant table has a row per variant: its option values, then its
 * price, SKU, barcode and quantity, each a field that commits on its own.
 * The table is rebuilt only when the options or the variants change, so
 * a commit inside it keeps the focus where it is.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-product-page-private.h"
#include "sc-sandbox-action.h"

static ScCatalogOption *
field_option (ScProductPage     *self,
              const ScPageField *field)
{
  if (self->product == NULL || field->position == 0 || field->position > self->product->options->len)
    return NULL;

  return g_ptr_array_index (self->product->options, field->position - 1);
}

static char *
read_option (ScProductPage          *self,
             const ScPageField      *field,
             const ScCatalogProduct *product)
{
  ScCatalogOption *option = field_option (self, field);
  GString *values;

  if (option == NULL)
    return NULL;
  if (g_str_equal (field->name, "option-name"))
    return g_strdup (option->name);

  values = g_string_new (NULL);
  for (guint i = 0; i < option->values->len; i++)
    g_string_append_printf (values, "%s%s", i > 0 ? ", " : "", (const char *) option->values->pdata[i]);

  return g_string_free (values, FALSE);
}

static ScPageField *
option_partner (ScProductPage *self,
                ScPageField   *field,
                const char    *name)
{
  for (guint i = 0; i < self->option_fields->len; i++)
    {
      ScPageField *other = g_ptr_array_index (self->option_fields, i);

      if (other->position == field->position && g_str_equal (other->name, name))
        return other;
    }

  return NULL;
}

static gboolean
commit_option (ScProductPage  *self,
               ScPageField    *field,
               const char     *value,
               gint64         *out_sequence,
               GError        **error)
{
  ScPageField *name_field = option_partner (self, field, "option-name");
  ScPageField *values_field = option_partner (self, field, "option-values");
  g_autofree char *name = g_strstrip (sc_page_field_get_text (name_field));
  g_autofree char *values_text = sc_page_field_get_text (values_field);
  g_auto(GStrv) parts = g_strsplit (values_text, ",", -1);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  gboolean exists = field_option (self, field) != NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_ptr_array_add (values, parts[i]);
  g_ptr_array_add (values, NULL);

  if (*name == '\0' && values->len == 1)
    {
      if (!exists)
        {
          *out_sequence = -1;
          return TRUE;
        }
      return sc_sandbox_set_option (sc_context_get_database (self->context), self->run,
                                    sc_product_page_learner_id (self), self->product_id,
                                    field->position, NULL, NULL, out_sequence, error);
    }
  if (*name == '\0')
    {
      /* A new option's values may come first: wait for its name. */
      if (!exists)
        {
          *out_sequence = -1;
          return TRUE;
        }
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                           _("Give the option a name, such as Size; clear its values too to remove it."));
      return FALSE;
    }
  if (values->len == 1)
    {
      if (!exists)
        {
          *out_sequence = -1;
          return TRUE;
        }
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                           _("List the option’s values separated by commas, such as S, M, L."));
      return FALSE;
    }

  return sc_sandbox_set_option (sc_context_get_database (self->context), self->run,
                                sc_product_page_learner_id (self), self->product_id,
                                field->position, name, (const char * const *) values->pdata,
                                out_sequence, error);
}

static void
build_option_row (ScProductPage *self,
                  GtkWidget     *box,
                  guint          position)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *name_label = g_strdup_printf (_("Option %u name"), position);
  g_autofree char *values_label = g_strdup_printf (_("Option %u values"), position);
  ScPageField *name = sc_page_field_new (self, SC_PAGE_INPUT_ENTRY, "option-name", name_label);
  ScPageField *values = sc_page_field_new (self, SC_PAGE_INPUT_ENTRY, "option-values", values_label);

  for (ScPageField **each = (ScPageField *[]) { name, values, NULL }; *each != NULL; each++)
    {
      (*each)->target = SC_PAGE_TARGET_CUSTOM;
      (*each)->position = position;
      (*each)->read = read_option;
      (*each)->commit = commit_option;
      g_free ((*each)->lint_field);
      (*each)->lint_field = g_strdup ("options");
      g_ptr_array_add (self->option_fields, *each);
    }
  /* Examples differ by row, so a second option does not look like a copy. */
  gtk_entry_set_placeholder_text (GTK_ENTRY (name->input),
                                  position == 1 ? _("Size") : position == 2 ? _("Colour") : _("Material"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (values->input),
                                  position == 1 ? _("Small, Medium, Large")
                                  : position == 2 ? _("Black, Natural, Olive") : _("Cotton, Linen"));
  gtk_widget_set_size_request (name->box, 160, -1);
  gtk_widget_set_hexpand (name->box, FALSE);
  gtk_widget_set_hexpand (values->box, TRUE);
  sc_page_field_set_hint (values, _("Separate values with commas."), FALSE);
  gtk_box_append (GTK_BOX (row), name->box);
  gtk_box_append (GTK_BOX (row), values->box);
  gtk_box_append (GTK_BOX (box), row);
}

static char *
variant_title (const ScCatalogProduct *product,
               const ScCatalogVariant *variant)
{
  GString *title = g_string_new (NULL);

  for (guint i = 0; i < product->options->len; i++)
    {
      const char *value = sc_catalog_variant_get_option_value (variant, i);

      g_string_append_printf (title, "%s%s", i > 0 ? " / " : "", value != NULL ? value : "—");
    }

  return g_string_free (title, FALSE);
}

static void
table_barcode_typed (ScProductPage *self,
                     ScPageField   *field,
                     const char    *text)
{
  sc_product_page_barcode_hint (field, text);
  /* In a table only a problem is worth a line. */
  if (!gtk_widget_has_css_class (field->hint, "warning"))
    sc_page_field_set_hint (field, NULL, FALSE);
}

static void
add_cell (ScProductPage *self,
          GtkGrid       *table,
          int            column,
          int            row,
          const char    *name,
          const char    *lint_field,
          const char    *accessible)
{
  ScPageField *field = sc_page_field_new (self, SC_PAGE_INPUT_ENTRY, name, accessible);

  field->target = SC_PAGE_TARGET_VARIANT;
  field->variant = row - 1;
  field->read = sc_product_page_read_variant;
  g_free (field->lint_field);
  field->lint_field = g_strdup (lint_field);
  gtk_widget_set_visible (field->label, FALSE);
  sc_page_field_set_accessible (field, accessible);
  gtk_editable_set_width_chars (GTK_EDITABLE (field->input), 8);
  if (g_str_equal (name, "price") || g_str_equal (name, "quantity"))
    {
      gtk_entry_set_alignment (GTK_ENTRY (field->input), 1.0f);
      gtk_widget_add_css_class (field->input, "numeric");
    }
  if (g_str_equal (name, "price"))
    field->apply = sc_product_page_apply_variant;
  if (g_str_equal (name, "barcode"))
    field->typed = table_barcode_typed;
  gtk_widget_set_valign (field->box, GTK_ALIGN_START);
  gtk_grid_attach (table, field->box, column, row, 1, 1);
  g_ptr_array_add (self->variant_fields, field);
}

/* The variant's image, picked among the product's. */
static void
add_image_cell (ScProductPage *self,
                GtkGrid       *table,
                int            column,
                int            row,
                GtkStringList *labels,
                const char    *accessible)
{
  ScPageField *field = sc_page_field_new (self, SC_PAGE_INPUT_CHOICE, "image", accessible);

  field->target = SC_PAGE_TARGET_VARIANT;
  field->variant = row - 1;
  field->read = sc_product_page_read_variant;
  field->choices = (const char * const *) self->variant_images;
  g_free (field->lint_field);
  field->lint_field = g_strdup ("variants.image");
  gtk_widget_set_visible (field->label, FALSE);
  sc_page_field_set_accessible (field, accessible);
  gtk_drop_down_set_model (GTK_DROP_DOWN (field->input), G_LIST_MODEL (labels));
  gtk_widget_set_valign (field->box, GTK_ALIGN_START);
  gtk_grid_attach (table, field->box, column, row, 1, 1);
  g_ptr_array_add (self->variant_fields, field);
}

/* "" for no image, then each image's src; labelled by place and name. */
static GtkStringList *
image_choices (ScProductPage *self)
{
  const ScCatalogProduct *product = self->product;
  GtkStringList *labels = gtk_string_list_new (NULL);
  GStrvBuilder *values = g_strv_builder_new ();

  g_strv_builder_add (values, "");
  gtk_string_list_append (labels, _("No image"));
  for (guint i = 0; i < product->images->len; i++)
    {
      const ScCatalogImage *image = product->images->pdata[i];
      g_autofree char *name = g_path_get_basename (image->src);
      g_autofree char *label = g_strdup_printf (_("%u · %s"), i + 1, name);

      g_strv_builder_add (values, image->src);
      gtk_string_list_append (labels, label);
    }
  g_strfreev (self->variant_images);
  self->variant_images = g_strv_builder_end (values);
  g_strv_builder_unref (values);

  return labels;
}

static GtkWidget *
header_label (const char *text,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static void
build_table (ScProductPage *self,
             GtkWidget     *box)
{
  const ScCatalogProduct *product = self->product;
  g_autofree char *price_header = g_strdup_printf (_("Price (%s)"), self->run->currency->code);
  g_autoptr(GtkStringList) images = image_choices (self);
  GtkGrid *table;

  self->variant_table = gtk_grid_new ();
  table = GTK_GRID (self->variant_table);
  gtk_grid_set_column_spacing (table, 12);
  gtk_grid_set_row_spacing (table, 8);
  gtk_widget_add_css_class (self->variant_table, "sc-variant-table");
  gtk_grid_attach (table, header_label (_("Variant"), 0.0f), 0, 0, 1, 1);
  gtk_grid_attach (table, header_label (_("Image"), 0.0f), 1, 0, 1, 1);
  gtk_grid_attach (table, header_label (price_header, 1.0f), 2, 0, 1, 1);
  gtk_grid_attach (table, header_label (_("SKU"), 0.0f), 3, 0, 1, 1);
  gtk_grid_attach (table, header_label (_("Barcode"), 0.0f), 4, 0, 1, 1);
  gtk_grid_attach (table, header_label (_("Quantity"), 1.0f), 5, 0, 1, 1);

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);
      g_autofree char *title = variant_title (product, variant);
      g_autofree char *price = g_strdup_printf (_("Price of %s, %s"), title, self->run->currency->code);
      g_autofree char *sku = g_strdup_printf (_("SKU of %s"), title);
      g_autofree char *barcode = g_strdup_printf (_("Barcode of %s"), title);
      g_autofree char *quantity = g_strdup_printf (_("Quantity of %s"), title);
      g_autofree char *image = g_strdup_printf (_("Image of %s"), title);
      GtkWidget *label = gtk_label_new (title);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_grid_attach (table, label, 0, (int) i + 1, 1, 1);
      add_image_cell (self, table, 1, (int) i + 1, images, image);
      add_cell (self, table, 2, (int) i + 1, "price", "variants.price", price);
      add_cell (self, table, 3, (int) i + 1, "sku", "variants.sku", sku);
      add_cell (self, table, 4, (int) i + 1, "barcode", "variants.barcode", barcode);
      add_cell (self, table, 5, (int) i + 1, "quantity", "variants.quantity", quantity);
    }

  gtk_box_append (GTK_BOX (box), self->variant_table);
}

static char *
variant_shape (const ScCatalogProduct *product)
{
  GString *shape = g_string_new (NULL);

  for (guint i = 0; i < product->options->len; i++)
    g_string_append_printf (shape, "%s|", ((ScCatalogOption *) product->options->pdata[i])->name);
  g_string_append_c (shape, ':');
  for (guint i = 0; i < product->images->len; i++)
    g_string_append_printf (shape, "%s|", ((ScCatalogImage *) product->images->pdata[i])->src);
  g_string_append_c (shape, ':');
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = product->variants->pdata[i];
      g_autofree char *title = variant_title (product, variant);

      g_string_append_printf (shape, "%" G_GINT64_FORMAT "=%s|", variant->id, title);
    }

  return g_string_free (shape, FALSE);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

void
sc_product_page_build_variants (ScProductPage *self)
{
  g_autofree char *shape = NULL;
  guint n_options;

  if (self->product == NULL)
    return;

  shape = variant_shape (self->product);
  if (g_strcmp0 (shape, self->variant_shape) != 0)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = GTK_IS_WINDOW (root) ? gtk_window_get_focus (GTK_WINDOW (root)) : NULL;
      g_autofree char *focus_name = NULL;
      guint focus_position = 0;

      /* An option just committed from its entry regenerates everything
       * here: the new row of the same option gets the focus back. */
      for (guint i = 0; focus != NULL && i < self->option_fields->len; i++)
        {
          ScPageField *field = g_ptr_array_index (self->option_fields, i);

          if (focus == field->input || gtk_widget_is_ancestor (focus, field->input))
            {
              focus_name = g_strdup (field->name);
              focus_position = field->position;
            }
        }

      /* Fields first: their inputs may hold the focus as they go. */
      g_ptr_array_set_size (self->option_fields, 0);
      g_ptr_array_set_size (self->variant_fields, 0);
      self->variant_table = NULL;
      self->variants_note = NULL;
      clear_box (self->variants_box);

      n_options = self->product->options->len;
      for (guint i = 1; i <= MIN (n_options + 1, SC_CATALOG_MAX_OPTIONS); i++)
        build_option_row (self, self->variants_box, i);
      if (n_options == 0)
        {
          self->variants_note = gtk_label_new (_("Add options such as size or colour to sell this product "
                                                 "in variants; the table of variants follows from them."));
          gtk_label_set_xalign (GTK_LABEL (self->variants_note), 0.0f);
          gtk_label_set_wrap (GTK_LABEL (self->variants_note), TRUE);
          gtk_widget_add_css_class (self->variants_note, "dim-label");
          gtk_box_append (GTK_BOX (self->variants_box), self->variants_note);
        }
      else
        {
          build_table (self, self->variants_box);
        }
      g_free (self->variant_shape);
      self->variant_shape = g_steal_pointer (&shape);

      for (guint i = 0; focus_name != NULL && i < self->option_fields->len; i++)
        {
          ScPageField *field = g_ptr_array_index (self->option_fields, i);

          if (field->position == focus_position && g_str_equal (field->name, focus_name))
            gtk_widget_grab_focus (field->input);
        }
    }

  for (guint i = 0; i < self->option_fields->len; i++)
    sc_page_field_populate (g_ptr_array_index (self->option_fields, i), self->product);
  for (guint i = 0; i < self->variant_fields->len; i++)
    sc_page_field_populate (g_ptr_array_index (self->variant_fields, i), self->product);
}
