/* sc-quiz-question-view.h - one question of an attempt: its stem, its inputs, its outcome
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-attempt.h"

G_BEGIN_DECLS

#define SC_TYPE_QUIZ_QUESTION_VIEW (sc_quiz_question_view_get_type ())

G_DECLARE_FINAL_TYPE (ScQuizQuestionView, sc_quiz_question_view, SC, QUIZ_QUESTION_VIEW, GtkWidget)

GtkWidget  *sc_quiz_question_view_new          (ScAttempt          *attempt,
                                                guint               number);
guint       sc_quiz_question_view_get_number   (ScQuizQuestionView *self);
gboolean    sc_quiz_question_view_get_editable (ScQuizQuestionView *self);
ScResponse *sc_quiz_question_view_dup_response (ScQuizQuestionView *self);
gboolean    sc_quiz_question_view_pick         (ScQuizQuestionView *self,
                                                guint               position);
gboolean    sc_quiz_question_view_focus_input  (ScQuizQuestionView *self);

G_END_DECLS
