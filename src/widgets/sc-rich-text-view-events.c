/* sc-rich-text-view-events.c - what the learner does in the text: links, ticks, copies
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built widgets call back here, and the view turns each act into one
 * of its signals. Links are found by the URI the markup gave them
 * (sc-rich-text-markup.c); where a term's text lies is kept so a popover
 * can point at it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-rich-text-markup.h"
#include "sc-rich-text-view-private.h"

static GtkCheckButton *
lookup_step (ScRichTextView *self,
             const char     *sop_id,
             guint           index)
{
  GPtrArray *checks;

  sc_rich_text_view_complete (self);
  checks = g_hash_table_lookup (self->sops, sop_id != NULL ? sop_id : "");

  if (checks == NULL || index >= checks->len)
    return NULL;

  return g_ptr_array_index (checks, index);
}

gboolean
sc_rich_text_view_get_sop_step (ScRichTextView *self,
                                const char     *sop_id,
                                guint           index)
{
  GtkCheckButton *check;

  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), FALSE);

  check = lookup_step (self, sop_id, index);

  return check != NULL && gtk_check_button_get_active (check);
}

/**
 * sc_rich_text_view_set_sop_step:
 *
 * Restores a step's tick, for instance from the learner's saved work,
 * without emitting ScRichTextView::sop-step-toggled.
 */
void
sc_rich_text_view_set_sop_step (ScRichTextView *self,
                                const char     *sop_id,
                                guint           index,
                                gboolean        active)
{
  GtkCheckButton *check;

  g_return_if_fail (SC_IS_RICH_TEXT_VIEW (self));

  check = lookup_step (self, sop_id, index);
  if (check == NULL)
    return;

  self->setting_sop = TRUE;
  gtk_check_button_set_active (check, active);
  self->setting_sop = FALSE;
}

/**
 * sc_rich_text_view_get_link_area:
 * @area: (out): where the last link activated lies, in the view's
 *   coordinates
 *
 * Returns: %TRUE if a link was activated since the text was set
 */
gboolean
sc_rich_text_view_get_link_area (ScRichTextView *self,
                                 GdkRectangle   *area)
{
  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  if (!self->has_link_area)
    return FALSE;

  *area = self->link_area;
  return TRUE;
}

/**
 * sc_rich_text_view_activate_link:
 * @uri: a link's URI, such as "term:sku"
 *
 * Activates the first link to @uri as if it had been clicked.
 *
 * Returns: %TRUE if the text has such a link
 */
gboolean
sc_rich_text_view_activate_link (ScRichTextView *self,
                                 const char     *uri)
{
  gboolean handled = FALSE;

  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), FALSE);
  g_return_val_if_fail (uri != NULL, FALSE);

  sc_rich_text_view_complete (self);
  for (guint i = 0; i < self->link_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->link_labels, i);
      GPtrArray *links = g_object_get_data (G_OBJECT (label), "sc-links");

      for (guint j = 0; links != NULL && j < links->len; j++)
        if (g_strcmp0 (((ScRichLinkSpan *) g_ptr_array_index (links, j))->uri, uri) == 0)
          {
            g_signal_emit_by_name (label, "activate-link", uri, &handled);
            return TRUE;
          }
    }

  return FALSE;
}

/* Where @uri's text lies in @label, in the view's coordinates. */
static void
remember_link_area (ScRichTextView *self,
                    GtkLabel       *label,
                    const char     *uri)
{
  GPtrArray *links = g_object_get_data (G_OBJECT (label), "sc-links");
  PangoLayout *layout = gtk_label_get_layout (label);
  PangoRectangle start;
  PangoRectangle end;
  graphene_point_t point;
  int x;
  int y;

  self->has_link_area = FALSE;

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      ScRichLinkSpan *span = g_ptr_array_index (links, i);

      if (g_strcmp0 (span->uri, uri) != 0)
        continue;

      gtk_label_get_layout_offsets (label, &x, &y);
      pango_layout_index_to_pos (layout, (int) span->start, &start);
      pango_layout_index_to_pos (layout, (int) MAX (span->start, span->end - 1), &end);

      /* A link broken over two lines: point at its first part. */
      if (end.y != start.y || end.x < start.x)
        end = start;

      if (!gtk_widget_compute_point (GTK_WIDGET (label), GTK_WIDGET (self),
                                     &GRAPHENE_POINT_INIT (x + PANGO_PIXELS (start.x),
                                                           y + PANGO_PIXELS (start.y)),
                                     &point))
        return;

      self->link_area.x = (int) point.x;
      self->link_area.y = (int) point.y;
      self->link_area.width = MAX (1, PANGO_PIXELS (end.x + end.width - start.x));
      self->link_area.height = MAX (1, PANGO_PIXELS (start.height));
      self->has_link_area = TRUE;
      return;
    }
}

gboolean
sc_rich_text_view_label_link_cb (GtkLabel       *label,
                                 const char     *uri,
                                 ScRichTextView *self)
{
  ScRichLinkKind kind;
  const char *target;
  gboolean handled = FALSE;

  if (!sc_rich_link_parse (uri, &kind, &target))
    return TRUE;  /* nothing the renderer made: ignore rather than guess */

  remember_link_area (self, label, uri);

  switch (kind)
    {
    case SC_RICH_LINK_LESSON:
      g_signal_emit (self, sc_rich_text_view_signals[SC_RTV_LESSON_ACTIVATED], 0, target);
      break;

    case SC_RICH_LINK_TERM:
      g_signal_emit (self, sc_rich_text_view_signals[SC_RTV_TERM_ACTIVATED], 0, target);
      break;

    case SC_RICH_LINK_URI:
      g_signal_emit (self, sc_rich_text_view_signals[SC_RTV_OPEN_URI], 0, target, &handled);
      break;

    case SC_RICH_LINK_NONE:
    default:
      break;
    }

  return TRUE;
}

void
sc_rich_text_view_sop_toggled (ScRichTextView *self,
                               GtkCheckButton *check)
{
  const char *sop_id = g_object_get_data (G_OBJECT (check), "sc-sop-id");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "sc-sop-index"));
  GPtrArray *checks = g_hash_table_lookup (self->sops, sop_id);
  GtkLabel *progress = g_object_get_data (G_OBJECT (check), "sc-sop-progress");
  guint done = 0;

  for (guint i = 0; checks != NULL && i < checks->len; i++)
    done += gtk_check_button_get_active (g_ptr_array_index (checks, i));

  if (progress != NULL && checks != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: progress through a procedure's steps. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u step done",
                                           "%u of %u steps done", checks->len),
                              done, checks->len);
      gtk_label_set_label (progress, text);
    }

  if (!self->setting_sop)
    g_signal_emit (self, sc_rich_text_view_signals[SC_RTV_SOP_STEP_TOGGLED], 0, sop_id, index,
                   gtk_check_button_get_active (check));
}

void
sc_rich_text_view_template_copy (ScRichTextView *self,
                                 ScRichBlock    *block)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  g_autofree char *message = NULL;

  gdk_clipboard_set_text (clipboard, block->text != NULL ? block->text : "");

  if (block->title != NULL && *block->title != '\0')
    /* Translators: %s is a template's title, such as "Delay e-mail". */
    message = g_strdup_printf (_("“%s” copied to the clipboard"), block->title);
  else
    message = g_strdup (_("Template copied to the clipboard"));

  g_signal_emit (self, sc_rich_text_view_signals[SC_RTV_SHOW_TOAST], 0, message);
}

void
sc_rich_text_view_practice_start (ScRichTextView *self,
                                  ScRichBlock    *block)
{
  static const char * const panels[] = { "listings", "orders", "inventory" };
  guint panel = CLAMP (block->variant, 0, (int) G_N_ELEMENTS (panels) - 1);

  g_signal_emit (self, sc_rich_text_view_signals[SC_RTV_PRACTICE_ACTIVATED], 0,
                 panels[panel], block->target);
}
