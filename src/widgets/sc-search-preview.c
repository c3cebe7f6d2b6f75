/* sc-search-preview.c - how a product looks as a search engine's result
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The URL as a breadcrumb (a placeholder shop domain › products › the
 * handle), the SEO title (or the product title) and the meta description
 * (or the description's words), each cut at the policy's limit in
 * characters with "…", as a results page cuts them, and each with a
 * counter in words ("58 / 70 characters") so the limit does not rest on
 * the picture alone.
 *
 * Fed on every keystroke: the description's words are worked out again
 * only when its source text changed, and labels are set only when their
 * text did.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-lint.h"
#include "sc-search-preview.h"

struct _ScSearchPreview
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *description;
  GtkWidget *description_count;
  GtkWidget *title;
  GtkWidget *title_count;
  GtkWidget *url;

  char      *description_source;  /* the description the words below are of */
  char      *description_words;
};

G_DEFINE_FINAL_TYPE (ScSearchPreview, sc_search_preview, GTK_TYPE_WIDGET)

static void
set_text (GtkWidget  *label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

/**
 * sc_search_preview_cut:
 * @limit: the most characters shown, or < 1 for no limit
 *
 * Returns: (transfer full): @text cut after @limit characters, trailing
 *   spaces dropped and "…" added, as a results page shows it; @text
 *   itself when it fits
 */
char *
sc_search_preview_cut (const char *text,
                       gint64      limit)
{
  g_autofree char *head = NULL;

  if (text == NULL)
    return g_strdup ("");
  if (limit < 1 || g_utf8_strlen (text, -1) <= limit)
    return g_strdup (text);

  head = g_utf8_substring (text, 0, limit);
  g_strchomp (head);

  return g_strconcat (head, "…", NULL);
}

/* "58 / 70 characters", "72 / 70 characters — too long", "58 characters". */
static void
set_count (GtkWidget  *label,
           const char *what,
           const char *text,
           gboolean    fallback,
           gint64      limit)
{
  glong length = g_utf8_strlen (text, -1);
  g_autofree char *count = NULL;
  g_autofree char *line = NULL;
  gboolean too_long;

  /* An empty field's stand-in is the search engine's to cut: no warning. */
  too_long = !fallback && limit >= 1 && length > limit;

  if (limit < 1)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%ld character", "%ld characters",
                                          length), length);
  else if (too_long)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%ld / %ld character — too long",
                                          "%ld / %ld characters — too long", limit),
                             length, (long) limit);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%ld / %ld character",
                                          "%ld / %ld characters", limit),
                             length, (long) limit);

  /* TRANSLATORS: "SEO title: 58 / 70 characters"; the second form when the
   * field is empty and the preview shows another field's text instead */
  line = fallback ? g_strdup_printf (_("%s: not set, shown from the product: %s"), what, count)
                  : g_strdup_printf (_("%s: %s"), what, count);
  set_text (label, line);

  if (too_long)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
}

static gint64
policy_limit (const ScPolicy *policy,
              const char     *rule)
{
  gint64 limit = 0;

  if (policy == NULL || !sc_policy_get_value (policy, rule, "max", &limit))
    return 0;

  return limit;
}

/* The plain text puts a space where each tag was, so "<b>wool</b>:"
 * reads "wool :"; a results page shows "wool:". Works in place. */
static char *
tidy_spaces (char *text)
{
  char *out = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' && p[1] != '\0' && strchr (",.:;!?)", p[1]) != NULL)
        continue;
      *out++ = *p;
    }
  *out = '\0';

  return text;
}

static const char *
description_words (ScSearchPreview        *self,
                   const ScCatalogProduct *product)
{
  if (self->description_words == NULL ||
      g_strcmp0 (self->description_source, product->description) != 0)
    {
      g_free (self->description_source);
      g_free (self->description_words);
      self->description_source = g_strdup (product->description);
      self->description_words = tidy_spaces (sc_lint_plain_text (product->description,
                                                                 product->description_format));
    }

  return self->description_words;
}

/**
 * sc_search_preview_set_product:
 * @policy: (nullable): where the length limits come from; without one
 *   nothing is cut
 */
void
sc_search_preview_set_product (ScSearchPreview        *self,
                               const ScCatalogProduct *product,
                               const ScPolicy         *policy)
{
  gint64 title_limit = policy_limit (policy, "seo-title-length");
  gint64 description_limit = policy_limit (policy, "seo-description-length");
  const char *title;
  const char *description;
  g_autofree char *url = NULL;
  g_autofree char *shown_title = NULL;
  g_autofree char *shown_description = NULL;

  g_return_if_fail (SC_IS_SEARCH_PREVIEW (self));
  g_return_if_fail (product != NULL);

  title = product->seo_title;
  description = product->seo_description;
  if (title == NULL)
    title = product->title != NULL ? product->title : "";
  if (description == NULL)
    description = description_words (self, product);

  /* TRANSLATORS: a placeholder shop address, then the path of the product's page */
  url = g_strdup_printf (_("your-shop.example › products › %s"),
                         product->handle != NULL ? product->handle : "");
  shown_title = sc_search_preview_cut (title, title_limit);
  shown_description = sc_search_preview_cut (description, description_limit);

  set_text (self->url, url);
  set_text (self->title, shown_title);
  set_text (self->description, *shown_description != '\0' ? shown_description
                                                          : _("No description"));
  set_count (self->title_count, _("SEO title"), title, product->seo_title == NULL, title_limit);
  set_count (self->description_count, _("Meta description"), description,
             product->seo_description == NULL, description_limit);
}

const char *
sc_search_preview_get_url (ScSearchPreview *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PREVIEW (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->url));
}

const char *
sc_search_preview_get_title (ScSearchPreview *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PREVIEW (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->title));
}

const char *
sc_search_preview_get_description (ScSearchPreview *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PREVIEW (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->description));
}

const char *
sc_search_preview_get_title_count (ScSearchPreview *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PREVIEW (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->title_count));
}

const char *
sc_search_preview_get_description_count (ScSearchPreview *self)
{
  g_return_val_if_fail (SC_IS_SEARCH_PREVIEW (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->description_count));
}

static GtkWidget *
new_label (GtkWidget  *box,
           const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (!wrap)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);

  return label;
}

static void
sc_search_preview_dispose (GObject *object)
{
  ScSearchPreview *self = SC_SEARCH_PREVIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (sc_search_preview_parent_class)->dispose (object);
}

static void
sc_search_preview_finalize (GObject *object)
{
  ScSearchPreview *self = SC_SEARCH_PREVIEW (object);

  g_free (self->description_source);
  g_free (self->description_words);

  G_OBJECT_CLASS (sc_search_preview_parent_class)->finalize (object);
}

static void
sc_search_preview_class_init (ScSearchPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_search_preview_dispose;
  object_class->finalize = sc_search_preview_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sc-search-preview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sc_search_preview_init (ScSearchPreview *self)
{
  GtkWidget *result = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *counts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_add_css_class (result, "card");
  gtk_widget_add_css_class (result, "sc-search-result");
  self->url = new_label (result, "caption", FALSE);
  gtk_widget_add_css_class (self->url, "dim-label");
  self->title = new_label (result, "title-4", TRUE);
  gtk_widget_add_css_class (self->title, "accent");
  self->description = new_label (result, "body", TRUE);
  gtk_box_append (GTK_BOX (self->box), result);

  self->title_count = new_label (counts, "caption", TRUE);
  gtk_widget_set_name (self->title_count, "title-count");
  self->description_count = new_label (counts, "caption", TRUE);
  gtk_box_append (GTK_BOX (self->box), counts);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search result preview"), -1);
}

GtkWidget *
sc_search_preview_new (void)
{
  return g_object_new (SC_TYPE_SEARCH_PREVIEW, NULL);
}
