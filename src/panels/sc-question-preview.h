/* sc-question-preview.h - one stored question as a person reads it: stem, answers, feedback
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-question.h"

G_BEGIN_DECLS

#define SC_TYPE_QUESTION_PREVIEW (sc_question_preview_get_type ())

G_DECLARE_FINAL_TYPE (ScQuestionPreview, sc_question_preview, SC, QUESTION_PREVIEW, GtkWidget)

GtkWidget        *sc_question_preview_new          (void);
void              sc_question_preview_set_question (ScQuestionPreview *self,
                                                    const ScQuestion  *question);
const ScQuestion *sc_question_preview_get_question (ScQuestionPreview *self);
void              sc_question_preview_set_presenting (ScQuestionPreview *self,
                                                      gboolean           presenting);
gboolean          sc_question_preview_get_presenting (ScQuestionPreview *self);
gboolean          sc_question_preview_get_revealed   (ScQuestionPreview *self);

G_END_DECLS
