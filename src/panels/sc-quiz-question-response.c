/* sc-quiz-question-response.c - the response a question view's inputs show
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read back from whichever inputs sc-quiz-question-view.c and
 * sc-quiz-question-inputs.c built for the question's type.
 */
#include "config.h"

#include "sc-quiz-question-view-private.h"

static char *
editable_text (GtkWidget *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return *text != '\0' ? g_strdup (text) : NULL;
}

/**
 * sc_quiz_question_view_dup_response:
 *
 * Returns: (transfer full): the response the inputs show
 */
ScResponse *
sc_quiz_question_view_dup_response (ScQuizQuestionView *self)
{
  const ScQuestion *question;
  ScResponse *response;

  g_return_val_if_fail (SC_IS_QUIZ_QUESTION_VIEW (self), NULL);

  question = sc_quiz_question_view_get_slot (self)->question;
  response = sc_response_new ();

  for (guint i = 0; self->choices != NULL && i < self->choices->len; i++)
    if (gtk_check_button_get_active (self->choices->pdata[i]))
      sc_response_add_choice (response, g_array_index (self->choice_answers, guint, i));

  if (self->entry != NULL)
    {
      g_autofree char *text = editable_text (self->entry);

      sc_response_set_text (response, text);
      if (question->type == SC_QUESTION_NUMERICAL)
        response->decimal_separator = sc_grade_locale_decimal_separator ();
    }

  if (self->essay != NULL)
    {
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (self->essay, &start, &end);
      text = gtk_text_buffer_get_text (self->essay, &start, &end, FALSE);
      sc_response_set_text (response, *text != '\0' ? text : NULL);
    }

  if (question->type == SC_QUESTION_MATCHING)
    for (guint i = 0; i < self->dropdowns->len; i++)
      {
        guint selected = gtk_drop_down_get_selected (self->dropdowns->pdata[i]);

        if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
          sc_response_set_pair (response, g_array_index (self->stems, guint, i),
                                g_array_index (self->offered, guint, selected - 1));
      }

  if (self->order != NULL)
    for (guint i = 0; i < self->order->len; i++)
      sc_response_add_order (response, g_array_index (self->order, guint, i));

  if (question->type == SC_QUESTION_CLOZE)
    for (guint i = 0; i < self->part_entries->len; i++)
      {
        GtkWidget *entry = self->part_entries->pdata[i];
        GtkWidget *dropdown = self->dropdowns->pdata[i];

        if (entry != NULL)
          {
            g_autofree char *text = editable_text (entry);

            if (text != NULL)
              sc_response_set_text (sc_response_ensure_part (response, i), text);
          }
        else if (dropdown != NULL)
          {
            guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

            if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
              sc_response_add_choice (sc_response_ensure_part (response, i),
                                      sc_quiz_question_view_part_answer (self, i, selected - 1));
          }
      }

  return response;
}
