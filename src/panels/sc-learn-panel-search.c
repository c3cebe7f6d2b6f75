/* sc-learn-panel-search.c - the Learn panel's search: Ctrl+F, results, the match shown
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ctrl+F (learn.search) opens the search bar above the course tree; the
 * results replace the tree while searching (sc-search-pane.c). Choosing a
 * result opens its lesson; for a section, the lesson page scrolls so the
 * section's heading shows near the top (sc_lesson_page_show_section()).
 */
#include "config.h"

#include "sc-context.h"
#include "sc-learn-panel-private.h"

static void search_active_cb        (ScLearnPanel      *self);
static void search_hit_activated_cb (ScLearnPanel      *self,
                                     const ScSearchHit *hit);

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScLearnPanel *self = SC_LEARN_PANEL (widget);

  /* Made when first asked for, above the tree, so start-up neither
   * builds nor lays it out. */
  if (self->search_pane == NULL)
    {
      self->search_pane = SC_SEARCH_PANE (sc_search_pane_new ());
      g_signal_connect_object (self->search_pane, "notify::active",
                               G_CALLBACK (search_active_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->search_pane, "hit-activated",
                               G_CALLBACK (search_hit_activated_cb), self, G_CONNECT_SWAPPED);
      gtk_box_prepend (GTK_BOX (self->contents), GTK_WIDGET (self->search_pane));
      sc_learn_panel_update_search (self);
    }

  sc_search_pane_set_active (self->search_pane, !sc_search_pane_get_active (self->search_pane));
}

static void
search_active_cb (ScLearnPanel *self)
{
  gboolean active = sc_search_pane_get_active (self->search_pane);

  gtk_widget_set_visible (GTK_WIDGET (self->tree), !active);
  if (active)
    adw_leaflet_set_visible_child (self->leaflet, self->contents);
}

static void
search_hit_activated_cb (ScLearnPanel      *self,
                         const ScSearchHit *hit)
{
  if (hit->kind == SC_SEARCH_KIND_GLOSSARY)
    {
      if (self->lesson != NULL)
        sc_lesson_page_show_term (self->lesson_page, hit->entry_id);
      return;
    }

  if (!sc_learn_panel_show_lesson (self, hit->lesson_id, SC_LEARN_NAV_PUSH))
    return;

  /* By the section's id, never its heading: two sections may share one.
   * A lesson hit, or a section gone since the index was made, opens at
   * the top. */
  if (hit->kind != SC_SEARCH_KIND_SECTION ||
      !sc_lesson_page_show_section (self->lesson_page, hit->section_id))
    sc_lesson_page_set_scroll (self->lesson_page, 0.0);
}

void
sc_learn_panel_update_search (ScLearnPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  gboolean ready = context != NULL && sc_context_get_search_ready (context) && self->course != NULL;

  if (self->search_pane == NULL)
    return;  /* search_action () sets it up when the pane is made */

  sc_search_pane_set_source (self->search_pane,
                             ready ? sc_context_get_database (context) : NULL,
                             ready ? sc_course_get_id (self->course) : NULL);
}

void
sc_learn_panel_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "learn.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "learn.search", NULL);
}
