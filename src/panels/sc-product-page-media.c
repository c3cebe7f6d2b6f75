/* sc-product-page-media.c - the product's images, in order, with their alt text
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A local image file shows as a thumbnail. A remote URL from an import
 * is kept as a reference and never downloaded: it shows as a placeholder
 * with its address. Each image's alt text is a field that commits as one
 * sc_sandbox_edit_image () action; "Add Image…" picks a local file and
 * adds it as one sc_sandbox_add_image () action.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-product-page-private.h"
#include "sc-sandbox-action.h"
#include "sc-tooltip.h"

/* Pictures larger than this are not decoded on the main loop. */
#define THUMBNAIL_MAX_BYTES (16 * 1024 * 1024)
#define THUMBNAIL_SIZE      88

static char *
read_alt (ScProductPage          *self,
          const ScPageField      *field,
          const ScCatalogProduct *product)
{
  const ScCatalogImage *image;

  if (field->image < 0 || (guint) field->image >= product->images->len)
    return NULL;
  image = g_ptr_array_index (product->images, field->image);

  return g_strdup (image->alt);
}

static void
apply_alt (ScProductPage     *self,
           const ScPageField *field,
           ScCatalogProduct  *copy,
           const char        *text)
{
  ScCatalogImage *image;

  if (field->image < 0 || (guint) field->image >= copy->images->len)
    return;
  image = g_ptr_array_index (copy->images, field->image);
  sc_catalog_set_string (&image->alt, text);
}

static gboolean
is_remote (const char *src)
{
  g_autofree char *scheme = g_uri_parse_scheme (src);

  return scheme != NULL && g_ascii_strcasecmp (scheme, "file") != 0;
}

/* The thumbnail, or a placeholder with what the image is; @out_note
 * says which in words. */
static GtkWidget *
thumbnail (const char  *src,
           const char **out_note)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *child;

  gtk_widget_set_size_request (frame, THUMBNAIL_SIZE, THUMBNAIL_SIZE);
  gtk_widget_set_valign (frame, GTK_ALIGN_START);
  gtk_widget_set_halign (frame, GTK_ALIGN_START);
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (frame, "sc-thumbnail");

  if (is_remote (src))
    {
      *out_note = _("Remote image: kept as a reference, never downloaded");
      child = gtk_image_new_from_icon_name ("folder-remote-symbolic");
    }
  else
    {
      file = g_str_has_prefix (src, "file:") ? g_file_new_for_uri (src) : g_file_new_for_path (src);
      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
      if (info != NULL && g_file_info_get_size (info) <= THUMBNAIL_MAX_BYTES)
        texture = gdk_texture_new_from_file (file, NULL);
      if (texture != NULL)
        {
          *out_note = _("Local file");
          child = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
          gtk_picture_set_content_fit (GTK_PICTURE (child), GTK_CONTENT_FIT_COVER);
          gtk_picture_set_can_shrink (GTK_PICTURE (child), TRUE);
          /* A square cut, whatever the picture's own shape, inside the frame's border. */
          gtk_widget_set_size_request (child, THUMBNAIL_SIZE - 2, THUMBNAIL_SIZE - 2);
        }
      else
        {
          *out_note = info == NULL ? _("Local file, not found on this computer")
                                   : _("Local file that cannot be shown here");
          child = gtk_image_new_from_icon_name ("image-missing-symbolic");
        }
    }

  if (GTK_IS_IMAGE (child))
    {
      gtk_image_set_pixel_size (GTK_IMAGE (child), 32);
      gtk_widget_add_css_class (child, "dim-label");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, *out_note, -1);
  gtk_frame_set_child (GTK_FRAME (frame), child);

  return frame;
}

static void
build_image_row (ScProductPage        *self,
                 const ScCatalogImage *image,
                 guint                 index)
{
  g_autofree char *alt_label = g_strdup_printf (_("Alt text of image %u"), index + 1);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *src = gtk_label_new (image->src);
  GtkWidget *note_label;
  const char *note = NULL;
  ScPageField *alt;

  gtk_widget_add_css_class (row, "sc-media-row");
  gtk_box_append (GTK_BOX (row), thumbnail (image->src, &note));

  gtk_label_set_xalign (GTK_LABEL (src), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (src), PANGO_ELLIPSIZE_MIDDLE);
  sc_tooltip_set_text (src, image->src);
  note_label = gtk_label_new (note);
  gtk_label_set_xalign (GTK_LABEL (note_label), 0.0f);
  gtk_widget_add_css_class (note_label, "caption");
  gtk_widget_add_css_class (note_label, "dim-label");

  alt = sc_page_field_new (self, SC_PAGE_INPUT_ENTRY, "alt", alt_label);
  alt->target = SC_PAGE_TARGET_IMAGE;
  alt->image = (int) index;
  alt->read = read_alt;
  alt->apply = apply_alt;
  g_free (alt->lint_field);
  alt->lint_field = g_strdup ("media.alt");
  gtk_entry_set_placeholder_text (GTK_ENTRY (alt->input), _("What the picture shows, for people who cannot see it"));
  g_ptr_array_add (self->media_fields, alt);

  gtk_widget_set_hexpand (details, TRUE);
  gtk_box_append (GTK_BOX (details), src);
  gtk_box_append (GTK_BOX (details), note_label);
  gtk_box_append (GTK_BOX (details), alt->box);
  gtk_box_append (GTK_BOX (row), details);
  gtk_box_append (GTK_BOX (self->media_list), row);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     ScProductPage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 sequence = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    path = g_file_get_uri (file);
  if (!sc_sandbox_add_image (sc_context_get_database (self->context), self->run,
                             sc_product_page_learner_id (self), self->product_id,
                             path, NULL, &sequence, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->media_error), error->message);
      gtk_widget_set_visible (self->media_error, TRUE);
      return;
    }

  gtk_widget_set_visible (self->media_error, FALSE);
  sc_product_page_action_done (self, sequence);
}

/* Opens the file chooser; the image is added when a file is picked. */
void
sc_product_page_add_image (ScProductPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Add Image"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Add"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_mime_type (filter, "image/*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_add_clicked (GtkButton     *button,
                ScProductPage *self)
{
  sc_product_page_add_image (self);
}

static char *
media_shape (const ScCatalogProduct *product)
{
  GString *shape = g_string_new (NULL);

  for (guint i = 0; i < product->images->len; i++)
    {
      const ScCatalogImage *image = product->images->pdata[i];

      g_string_append_printf (shape, "%" G_GINT64_FORMAT "=%s|", image->id, image->src);
    }

  return g_string_free (shape, FALSE);
}

void
sc_product_page_build_media (ScProductPage *self)
{
  g_autofree char *shape = NULL;
  GtkWidget *child;
  GtkWidget *button;

  if (self->product == NULL)
    return;

  shape = media_shape (self->product);
  if (g_strcmp0 (shape, self->media_shape) != 0)
    {
      g_ptr_array_set_size (self->media_fields, 0);
      while ((child = gtk_widget_get_first_child (self->media_box)) != NULL)
        gtk_box_remove (GTK_BOX (self->media_box), child);

      self->media_list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      gtk_box_append (GTK_BOX (self->media_box), self->media_list);
      if (self->product->images->len == 0)
        {
          GtkWidget *empty = gtk_label_new (_("No images yet. Listings without an image are not shown "
                                              "by most marketplaces."));

          gtk_label_set_xalign (GTK_LABEL (empty), 0.0f);
          gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
          gtk_widget_add_css_class (empty, "dim-label");
          gtk_box_append (GTK_BOX (self->media_list), empty);
        }
      for (guint i = 0; i < self->product->images->len; i++)
        build_image_row (self, g_ptr_array_index (self->product->images, i), i);

      self->add_image_button = button = gtk_button_new_with_mnemonic (_("Add _Image…"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_add_clicked), self, 0);
      gtk_box_append (GTK_BOX (self->media_box), button);

      self->media_error = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->media_error), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (self->media_error), TRUE);
      gtk_widget_add_css_class (self->media_error, "caption");
      gtk_widget_add_css_class (self->media_error, "error");
      gtk_widget_set_visible (self->media_error, FALSE);
      gtk_box_append (GTK_BOX (self->media_box), self->media_error);

      g_free (self->media_shape);
      self->media_shape = g_steal_pointer (&shape);
    }

  for (guint i = 0; i < self->media_fields->len; i++)
    sc_page_field_populate (g_ptr_array_index (self->media_fields, i), self->product);
}
