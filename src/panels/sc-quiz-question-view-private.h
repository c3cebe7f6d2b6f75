/* sc-quiz-question-view-private.h - shared by the question view and its inputs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-quiz-question-view.h"

G_BEGIN_DECLS

struct _ScQuizQuestionView
{
  GtkWidget      parent_instance;

  ScAttempt     *attempt;
  guint          number;
  gboolean       editable;
  gboolean       building;

  GtkWidget     *inputs;        /* the box the inputs are in */
  GtkWidget     *first_input;
  GPtrArray     *choices;       /* GtkCheckButton, in the order shown */
  GArray        *choice_answers;/* guint: the answer index of each */
  GtkWidget     *entry;         /* short answer, numerical */
  GtkTextBuffer *essay;
  GPtrArray     *dropdowns;     /* matching: GtkDropDown per stem; cloze: per part (or NULL) */
  GArray        *stems;         /* matching: the subquestion index of each drop-down */
  GArray        *offered;       /* matching: the subquestion index of each item after "Choose" */
  GPtrArray     *part_entries;  /* cloze: a GtkEntry per part, or NULL */
  GArray        *order;         /* ordering: answer indices, first to last */
  GtkWidget     *order_box;
};

const ScAttemptSlot *sc_quiz_question_view_get_slot       (ScQuizQuestionView *self);
void                 sc_quiz_question_view_changed        (ScQuizQuestionView *self);
GtkWidget           *sc_quiz_question_view_add_label      (GtkWidget          *box,
                                                           const char         *text,
                                                           const char         *css_class);
void                 sc_quiz_question_view_set_first      (ScQuizQuestionView *self,
                                                           GtkWidget          *widget);

/* sc-quiz-question-inputs.c */
void                 sc_quiz_question_view_build_matching (ScQuizQuestionView *self);
void                 sc_quiz_question_view_build_ordering (ScQuizQuestionView *self);
void                 sc_quiz_question_view_build_cloze    (ScQuizQuestionView *self);
char                *sc_quiz_question_view_cloze_stem     (const ScQuestion   *question);
guint                sc_quiz_question_view_part_answer    (ScQuizQuestionView *self,
                                                           guint               part,
                                                           guint               position);

G_END_DECLS
