/* sc-lesson-page-scroll.c - where the lesson page is scrolled to
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two kinds of position: a fraction of the lesson
 * (sc_lesson_page_set_scroll(), a saved reading position) and a section
 * by its id (sc_lesson_page_show_section(), a search result). Lesson text
 * is laid out height-for-width over the first frames after it is set, so
 * each is applied again on a few frames until the height has settled.
 */
#include "config.h"

#include "sc-lesson-page-private.h"

/* Room kept above a section heading scrolled to. */
#define SECTION_MARGIN 24.0

static void
clear_section (ScLessonPage *self)
{
  if (self->section_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->section_tick_id);
  self->section_tick_id = 0;
  g_clear_object (&self->section);
}

/* Forgets any position still to be applied (a new lesson, disposal). */
void
sc_lesson_page_stop_positions (ScLessonPage *self)
{
  if (self->scroll_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
  self->scroll_tick_id = 0;
  self->pending_scroll = -1.0;
  clear_section (self);
}

/**
 * sc_lesson_page_get_scroll:
 *
 * Returns: how far down the lesson the reader is, from 0 (top) to 1 (end)
 */
double
sc_lesson_page_get_scroll (ScLessonPage *self)
{
  GtkAdjustment *adjustment;
  double range;

  g_return_val_if_fail (SC_IS_LESSON_PAGE (self), 0.0);

  if (self->pending_scroll >= 0.0)
    return self->pending_scroll;

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  range = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  return range > 0.0 ? CLAMP (gtk_adjustment_get_value (adjustment) / range, 0.0, 1.0) : 0.0;
}

/* Lesson text is laid out height-for-width over the first frames; the
 * position is applied once the height has settled. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  ScLessonPage *self = SC_LESSON_PAGE (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double range = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  gtk_adjustment_set_value (adjustment, MAX (range, 0.0) * self->pending_scroll);

  if (++self->scroll_ticks < 3)
    return G_SOURCE_CONTINUE;

  self->pending_scroll = -1.0;
  self->scroll_tick_id = 0;
  return G_SOURCE_REMOVE;
}

void
sc_lesson_page_set_scroll (ScLessonPage *self,
                           double        scroll)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (SC_IS_LESSON_PAGE (self));

  clear_section (self);
  scroll = CLAMP (scroll, 0.0, 1.0);
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, 0.0);
  if (scroll == 0.0)
    {
      if (self->scroll_tick_id != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
      self->scroll_tick_id = 0;
      self->pending_scroll = -1.0;
      return;
    }

  /* A position down the lesson needs all of its text to be there. */
  sc_rich_text_view_complete (self->view);
  self->pending_scroll = scroll;
  self->scroll_ticks = 0;
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb,
                                                         NULL, NULL);
}

static gboolean
section_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  ScLessonPage *self = SC_LESSON_PAGE (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *content = gtk_scrolled_window_get_child (self->scroller);
  graphene_point_t point;

  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));

  if (content != NULL &&
      gtk_widget_compute_point (self->section, content, &GRAPHENE_POINT_INIT (0.0f, 0.0f), &point))
    gtk_adjustment_set_value (adjustment, MAX (point.y - SECTION_MARGIN, 0.0));

  if (++self->section_ticks < 4)
    return G_SOURCE_CONTINUE;

  self->section_tick_id = 0;
  g_clear_object (&self->section);
  return G_SOURCE_REMOVE;
}

/**
 * sc_lesson_page_show_section:
 * @section_id: the id of a section of the lesson shown
 *
 * Scrolls the lesson so the section's heading shows near the top, once
 * the text has been laid out; without such a section, to the top.
 *
 * Returns: %TRUE if the lesson has the section
 */
gboolean
sc_lesson_page_show_section (ScLessonPage *self,
                             const char   *section_id)
{
  GtkWidget *section;

  g_return_val_if_fail (SC_IS_LESSON_PAGE (self), FALSE);

  sc_lesson_page_set_scroll (self, 0.0);
  section = sc_rich_text_view_lookup_section (self->view, section_id);
  if (section == NULL)
    return FALSE;

  self->section = g_object_ref (section);
  self->section_ticks = 0;
  self->section_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), section_tick_cb,
                                                        NULL, NULL);

  return TRUE;
}

/**
 * sc_lesson_page_get_vadjustment:
 *
 * Returns: (transfer none): the vertical adjustment of the lesson's text
 */
GtkAdjustment *
sc_lesson_page_get_vadjustment (ScLessonPage *self)
{
  g_return_val_if_fail (SC_IS_LESSON_PAGE (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scroller);
}
