/* sc-product-page-description.c - the description: its source text, edited as written, and a preview
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store keeps a description's source byte for byte in the format it
 * came in (imports give HTML), so exports round-trip. The page edits
 * that source as text, in its own format, and draws what a shopper sees
 * below it with the one rich-text renderer, as the learner types. What
 * the renderer cannot show as written is said under the preview. A
 * WYSIWYG editor would have to rewrite the learner's HTML; this does not.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-product-page-private.h"
#include "sc-product-page-render.h"
#include "sc-rich-text-view.h"

static ScDescriptionSource
source_format (ScDescriptionFormat format)
{
  switch (format)
    {
    case SC_DESCRIPTION_FORMAT_MARKDOWN:
      return SC_DESCRIPTION_SOURCE_MARKDOWN;
    case SC_DESCRIPTION_FORMAT_PLAIN:
      return SC_DESCRIPTION_SOURCE_PLAIN;
    case SC_DESCRIPTION_FORMAT_HTML:
    default:
      return SC_DESCRIPTION_SOURCE_HTML;
    }
}

static const char *
format_hint (ScDescriptionFormat format)
{
  switch (format)
    {
    case SC_DESCRIPTION_FORMAT_MARKDOWN:
      return _("Written in Markdown: blank lines between paragraphs, **bold**, - lists, [links](https://…). "
               "Ctrl+Enter saves.");
    case SC_DESCRIPTION_FORMAT_PLAIN:
      return _("Plain text: blank lines between paragraphs. Ctrl+Enter saves.");
    case SC_DESCRIPTION_FORMAT_HTML:
    default:
      return _("Written in HTML, as imported: <p>, <strong>, <em>, <ul>/<li> and <a href>. Ctrl+Enter saves.");
    }
}

static char *
read_description (ScProductPage          *self,
                  const ScPageField      *field,
                  const ScCatalogProduct *product)
{
  return g_strdup (product->description);
}

static void
apply_description (ScProductPage     *self,
                   const ScPageField *field,
                   ScCatalogProduct  *copy,
                   const char        *text)
{
  sc_catalog_set_string (&copy->description, text);
}

void
sc_product_page_render_description (ScProductPage *self,
                                    const char    *source)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScRichText) text = NULL;
  GString *note;

  if (self->product == NULL || self->preview == NULL)
    return;

  text = sc_product_page_render_source (source, source_format (self->product->description_format), simplified);
  sc_rich_text_view_set_text (SC_RICH_TEXT_VIEW (self->preview), text);

  note = g_string_new (NULL);
  if (sc_rich_text_is_empty (text))
    g_string_append (note, _("Nothing to show yet: shoppers see an empty description."));
  for (guint i = 0; i < simplified->len; i++)
    g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : _("Formatting simplified: "),
                            (const char *) simplified->pdata[i]);
  gtk_label_set_text (GTK_LABEL (self->preview_note), note->str);
  gtk_widget_set_visible (self->preview_note, note->len > 0);
  g_string_free (note, TRUE);
}

static void
description_typed (ScProductPage *self,
                   ScPageField   *field,
                   const char    *text)
{
  if (self->product != NULL)
    sc_page_field_set_hint (field, format_hint (self->product->description_format), FALSE);
  sc_product_page_render_description (self, text);
}

void
sc_product_page_build_description (ScProductPage *self)
{
  ScPageField *field = sc_page_field_new (self, SC_PAGE_INPUT_TEXT, "description", _("Description"));
  GtkWidget *heading = gtk_label_new (_("Preview"));
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  field->read = read_description;
  field->apply = apply_description;
  field->typed = description_typed;
  g_ptr_array_add (self->fields, field);
  gtk_box_append (GTK_BOX (self->description_box), field->box);

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_widget_add_css_class (heading, "sc-field-label");
  gtk_box_append (GTK_BOX (self->description_box), heading);

  self->preview = sc_rich_text_view_new ();
  sc_rich_text_view_set_compact (SC_RICH_TEXT_VIEW (self->preview), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->preview),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                  -1);
  gtk_widget_add_css_class (frame, "sc-description-preview");
  gtk_box_append (GTK_BOX (frame), self->preview);
  gtk_box_append (GTK_BOX (self->description_box), frame);

  self->preview_note = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->preview_note), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (self->preview_note), TRUE);
  gtk_widget_add_css_class (self->preview_note, "caption");
  gtk_widget_add_css_class (self->preview_note, "dim-label");
  gtk_widget_set_visible (self->preview_note, FALSE);
  gtk_box_append (GTK_BOX (self->description_box), self->preview_note);
}
