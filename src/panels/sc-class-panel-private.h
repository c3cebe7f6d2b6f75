/* sc-class-panel-private.h - what the files of ScClassPanel share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-class-panel.h"
#include "sc-grading.h"
#include "sc-rich-text-view.h"

G_BEGIN_DECLS

struct _ScClassPanel
{
  ScPanel          parent_instance;

  /* Template children */
  GtkLabel        *answer_label;
  GtkTextView     *comment_view;
  GtkLabel        *count_label;
  GtkButton       *empty_button;
  AdwStatusPage   *empty_page;
  GtkLabel        *meta_label;
  GtkLabel        *question_label;
  GtkListBox      *queue_list;
  GtkWidget       *save_button;
  GtkAdjustment   *score_adjustment;
  AdwActionRow    *score_row;
  GtkSpinButton   *score_spin;
  GtkStack        *stack;
  ScRichTextView  *stem_view;
  GtkBox          *learners_box;
  GtkStack        *views;

  GPtrArray       *queue;        /* ScGradingItem, as listed */
  GPtrArray       *learners;     /* (nullable) the Learners view's one ScReportSection */
  GHashTable      *numbers;      /* learner id -> its number in presentation mode */
  GtkWidget       *root;         /* (unowned): the window whose style we follow */
  gulong           root_handler;
  char            *shown;        /* "<attempt> <slot>" in the form, kept while it stays */
  gboolean         anonymous;    /* presentation mode: no learner names */
  gboolean         graded;       /* the list shows graded answers, to regrade */
  guint            filling : 1;  /* the list is being refilled */
};

ScDatabase          *sc_class_panel_get_database    (ScClassPanel *self);
void                 sc_class_panel_add_toast       (ScClassPanel *self,
                                                     const char   *title);
void                 sc_class_panel_reload          (ScClassPanel *self,
                                                     guint         select);
void                 sc_class_panel_reload_learners (ScClassPanel *self);
const ScGradingItem *sc_class_panel_get_item        (ScClassPanel *self);
char                *sc_class_panel_learner_label   (ScClassPanel        *self,
                                                     const ScGradingItem *item);

/* sc-class-panel-grading.c */
char                *sc_class_panel_format_age      (const char   *submitted_at,
                                                     GDateTime    *now);
char                *sc_class_panel_format_marks    (double        marks);
void                 sc_class_panel_show_item       (ScClassPanel *self);
void                 sc_class_panel_class_init_grading (GtkWidgetClass *widget_class);
void                 sc_class_panel_init_grading    (ScClassPanel *self);

G_END_DECLS
