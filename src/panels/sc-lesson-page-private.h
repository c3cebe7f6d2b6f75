/* sc-lesson-page-private.h - what the files of ScLessonPage share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-lesson-page.h"

G_BEGIN_DECLS

struct _ScLessonPage
{
  GtkWidget          parent_instance;

  /* Template children */
  GtkBox            *bar;
  AdwClamp          *clamp;
  GtkButton         *contents_button;
  AdwButtonContent  *done_content;
  GtkToggleButton   *done_button;
  GtkBox            *footer;
  GtkToggleButton   *footer_done;
  AdwButtonContent  *footer_done_content;
  GtkButton         *footer_next;
  GtkLabel          *footer_next_title;
  GtkButton         *footer_previous;
  GtkLabel          *footer_previous_title;
  GtkLabel          *meta_label;
  GtkButton         *next_button;
  GtkLabel          *module_label;
  GtkBox            *objectives_box;
  GtkBox            *objectives_list;
  GtkLabel          *position_label;
  GtkButton         *previous_button;
  GtkLabel          *practice_best;
  GtkButton         *practice_button;
  GtkBox            *practice_card;
  GtkLabel          *practice_summary;
  GtkScrolledWindow *scroller;
  GtkLabel          *title_label;
  ScRichTextView    *view;

  GtkWidget         *glossary;
  ScCourse          *course;
  ScLesson          *lesson;
  double             pending_scroll;
  guint              scroll_tick_id;
  guint              scroll_ticks;
  GtkWidget         *section;         /* a section to show, until shown */
  guint              section_tick_id;
  guint              section_ticks;
};

/* sc-lesson-page-scroll.c */
void sc_lesson_page_stop_positions (ScLessonPage *self);

G_END_DECLS
