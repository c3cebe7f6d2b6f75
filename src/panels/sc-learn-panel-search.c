/* sc-learn-panel-search.c - the Learn panel's search: Ctrl+F, results, the match shown
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ctrl+F (learn.search) opens the search bar above the course tree; the
 * results replace the tree while searching (sc-search-pane.c). Choosing a
 * result opens its lesson; for a section, the lesson is scrolled so the
 * section's heading shows near the top, once the text has been laid out.
 */
#include "config.h"

#include "sc-context.h"
#include "sc-learn-panel-private.h"

/* Room kept above a section heading scrolled to. */
#define HEADING_MARGIN 24.0

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScLearnPanel *self = SC_LEARN_PANEL (widget);

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

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  GtkWidget *child;

  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
clear_target (ScLearnPanel *self)
{
  if (self->scroll_target_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->lesson_page), self->scroll_target_tick);
  self->scroll_target_tick = 0;
  g_clear_object (&self->scroll_target);
}

/* The text is laid out height-for-width over the first frames: the
 * position is set again until it has settled. */
static gboolean
scroll_target_tick_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  ScLearnPanel *self = user_data;
  GtkAdjustment *adjustment = sc_lesson_page_get_vadjustment (self->lesson_page);
  GtkWidget *scroller = gtk_widget_get_ancestor (self->scroll_target, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = scroller != NULL ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)) : NULL;
  double x = 0.0;
  double y = 0.0;

  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));

  if (content != NULL &&
      gtk_widget_translate_coordinates (self->scroll_target, content, 0.0, 0.0, &x, &y))
    gtk_adjustment_set_value (adjustment, MAX (y - HEADING_MARGIN, 0.0));

  if (++self->scroll_target_frames < 4)
    return G_SOURCE_CONTINUE;

  self->scroll_target_tick = 0;
  g_clear_object (&self->scroll_target);
  return G_SOURCE_REMOVE;
}

static void
search_hit_activated_cb (ScLearnPanel      *self,
                         const ScSearchHit *hit)
{
  ScLesson *lesson;
  ScRichBlock *block;
  GtkWidget *heading;

  if (hit->kind == SC_SEARCH_KIND_GLOSSARY)
    {
      if (self->lesson != NULL)
        sc_lesson_page_show_term (self->lesson_page, hit->entry_id);
      return;
    }

  if (!sc_learn_panel_show_lesson (self, hit->lesson_id, SC_LEARN_NAV_PUSH))
    return;

  clear_target (self);
  lesson = self->lesson;
  block = hit->kind == SC_SEARCH_KIND_SECTION ? sc_search_hit_find_section (hit, lesson) : NULL;
  heading = block != NULL
            ? find_label (GTK_WIDGET (sc_lesson_page_get_view (self->lesson_page)), hit->title)
            : NULL;

  if (heading == NULL)
    {
      sc_lesson_page_set_scroll (self->lesson_page, 0.0);
      return;
    }

  sc_lesson_page_set_scroll (self->lesson_page, 0.0);
  self->scroll_target = g_object_ref (heading);
  self->scroll_target_frames = 0;
  self->scroll_target_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->lesson_page),
                                                           scroll_target_tick_cb, self, NULL);
}

void
sc_learn_panel_update_search (ScLearnPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  gboolean ready = context != NULL && sc_context_get_search_ready (context) && self->course != NULL;

  sc_search_pane_set_source (self->search_pane,
                             ready ? sc_context_get_database (context) : NULL,
                             ready ? sc_course_get_id (self->course) : NULL);
}

void
sc_learn_panel_search_dispose (ScLearnPanel *self)
{
  clear_target (self);
}

void
sc_learn_panel_class_init_search (GtkWidgetClass *widget_class)
{
  g_type_ensure (SC_TYPE_SEARCH_PANE);

  gtk_widget_class_install_action (widget_class, "learn.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "learn.search", NULL);
  gtk_widget_class_bind_template_callback (widget_class, search_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_hit_activated_cb);
}
