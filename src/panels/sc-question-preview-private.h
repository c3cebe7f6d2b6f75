/* sc-question-preview-private.h - what the files of ScQuestionPreview share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-question-preview.h"
#include "sc-rich-text-view.h"

G_BEGIN_DECLS

struct _ScQuestionPreview
{
  GtkWidget         parent_instance;

  /* Template children */
  GtkLabel         *answers_heading;
  GtkListBox       *answers_list;
  GtkLabel         *feedback_heading;
  ScRichTextView   *feedback_view;
  GtkLabel         *meta_label;
  AdwBin           *media_bin;
  GtkLabel         *name_label;
  GtkWidget        *next_button;
  GtkWidget        *present_button;
  GtkWidget        *previous_button;
  GtkWidget        *reveal_button;
  GtkStack         *stack;
  ScRichTextView   *stem_view;

  ScQuestion       *question;
  gboolean          presenting;
  gboolean          revealed;
};

char      *sc_question_preview_plain_text    (const ScQuestionText *text);
GtkWidget *sc_question_preview_wrapped_label (const char           *text,
                                              const char           *css_class);
gboolean   sc_question_preview_hiding        (ScQuestionPreview    *self);

/* sc-question-preview-present.c */
void       sc_question_preview_show_hidden   (ScQuestionPreview    *self);
gboolean   sc_question_preview_has_secret    (const ScQuestion     *question);
void       sc_question_preview_add_keys      (ScQuestionPreview    *self);

G_END_DECLS
