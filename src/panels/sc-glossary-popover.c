/* sc-glossary-popover.c - a glossary entry beside the term it explains
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The definition is rich text, drawn by the same renderer as the lesson.
 * A term inside a definition, or a "See also" entry, replaces the entry
 * shown in place: the learner follows a chain of terms without losing
 * their place in the lesson underneath.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-glossary-popover.h"
#include "sc-rich-text-markup.h"
#include "sc-rich-text-view.h"

struct _ScGlossaryPopover
{
  GtkPopover      parent_instance;

  /* Template children */
  ScRichTextView *definition_view;
  GtkLabel       *see_also_label;
  GtkLabel       *term_label;

  GObject        *owner;     /* keeps the glossary alive */
  ScGlossary     *glossary;
  char           *term_id;
};

G_DEFINE_FINAL_TYPE (ScGlossaryPopover, sc_glossary_popover, GTK_TYPE_POPOVER)

static void
definition_term_cb (ScGlossaryPopover *self,
                    const char        *term_id)
{
  sc_glossary_popover_show_term (self, term_id);
}

static gboolean
see_also_link_cb (ScGlossaryPopover *self,
                  const char        *uri)
{
  ScRichLinkKind kind;
  const char *target;

  if (sc_rich_link_parse (uri, &kind, &target) && kind == SC_RICH_LINK_TERM)
    sc_glossary_popover_show_term (self, target);

  return TRUE;
}

static void
sc_glossary_popover_dispose (GObject *object)
{
  ScGlossaryPopover *self = SC_GLOSSARY_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_GLOSSARY_POPOVER);
  self->glossary = NULL;
  g_clear_object (&self->owner);

  G_OBJECT_CLASS (sc_glossary_popover_parent_class)->dispose (object);
}

static void
sc_glossary_popover_finalize (GObject *object)
{
  ScGlossaryPopover *self = SC_GLOSSARY_POPOVER (object);

  g_free (self->term_id);

  G_OBJECT_CLASS (sc_glossary_popover_parent_class)->finalize (object);
}

static void
sc_glossary_popover_class_init (ScGlossaryPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_glossary_popover_dispose;
  object_class->finalize = sc_glossary_popover_finalize;

  g_type_ensure (SC_TYPE_RICH_TEXT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-glossary-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, ScGlossaryPopover, definition_view);
  gtk_widget_class_bind_template_child (widget_class, ScGlossaryPopover, see_also_label);
  gtk_widget_class_bind_template_child (widget_class, ScGlossaryPopover, term_label);
  gtk_widget_class_bind_template_callback (widget_class, definition_term_cb);
  gtk_widget_class_bind_template_callback (widget_class, see_also_link_cb);
}

static void
sc_glossary_popover_init (ScGlossaryPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sc_glossary_popover_new (void)
{
  return g_object_new (SC_TYPE_GLOSSARY_POPOVER, NULL);
}

/**
 * sc_glossary_popover_set_glossary:
 * @owner: (nullable): the object that owns @glossary (the course); it is
 *   kept alive while the popover may show the glossary
 * @glossary: (nullable): the glossary
 */
void
sc_glossary_popover_set_glossary (ScGlossaryPopover *self,
                                  GObject           *owner,
                                  ScGlossary        *glossary)
{
  g_return_if_fail (SC_IS_GLOSSARY_POPOVER (self));

  if (owner != NULL)
    g_object_ref (owner);
  g_clear_object (&self->owner);
  self->owner = owner;
  self->glossary = glossary;

  g_clear_pointer (&self->term_id, g_free);
  sc_rich_text_view_set_text (self->definition_view, NULL);
}

/**
 * sc_glossary_popover_show_term:
 *
 * Fills the popover with @term_id's entry; the caller pops it up.
 *
 * Returns: %TRUE if the glossary has the entry
 */
gboolean
sc_glossary_popover_show_term (ScGlossaryPopover *self,
                               const char        *term_id)
{
  const ScGlossaryEntry *entry;
  GString *see_also;

  g_return_val_if_fail (SC_IS_GLOSSARY_POPOVER (self), FALSE);

  entry = self->glossary != NULL && term_id != NULL
          ? sc_glossary_lookup (self->glossary, term_id) : NULL;
  if (entry == NULL)
    return FALSE;

  g_free (self->term_id);
  self->term_id = g_strdup (term_id);

  gtk_label_set_label (self->term_label, entry->term);
  sc_rich_text_view_set_text (self->definition_view, entry->definition);

  see_also = g_string_new (NULL);
  for (guint i = 0; entry->see_also != NULL && entry->see_also[i] != NULL; i++)
    {
      const ScGlossaryEntry *other = sc_glossary_lookup (self->glossary, entry->see_also[i]);
      g_autofree char *uri = NULL;
      g_autofree char *escaped_uri = NULL;
      g_autofree char *escaped_term = NULL;

      if (other == NULL)
        continue;

      uri = sc_rich_link_uri (SC_RICH_LINK_TERM, other->id);
      escaped_uri = sc_rich_markup_escape (uri);
      escaped_term = sc_rich_markup_escape (other->term);
      if (see_also->len > 0)
        /* Translators: separates the entries after "See also:". */
        g_string_append (see_also, _(", "));
      g_string_append_printf (see_also, "<a href=\"%s\">%s</a>", escaped_uri, escaped_term);
    }

  if (see_also->len > 0)
    {
      g_autofree char *heading = sc_rich_markup_escape (_("See also:"));

      g_string_prepend_c (see_also, ' ');
      g_string_prepend (see_also, heading);
    }

  gtk_label_set_markup (self->see_also_label, see_also->str);
  gtk_widget_set_visible (GTK_WIDGET (self->see_also_label), see_also->len > 0);
  g_string_free (see_also, TRUE);

  return TRUE;
}

/**
 * sc_glossary_popover_get_term_id:
 *
 * Returns: (nullable): the entry shown
 */
const char *
sc_glossary_popover_get_term_id (ScGlossaryPopover *self)
{
  g_return_val_if_fail (SC_IS_GLOSSARY_POPOVER (self), NULL);

  return self->term_id;
}
