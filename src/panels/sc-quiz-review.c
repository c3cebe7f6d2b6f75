/* sc-quiz-review.c - the quiz player's lists: answers before submitting, results after
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before submitting, one row per question says whether it is answered
 * and flagged and takes the learner back to it. After submitting, the
 * results page gives the score ("7.5 / 10", "+ pending" while essays
 * await a grader), passed or not against the pass mark, and for each
 * question the learner's answer, how it fared, its marks and feedback.
 * Learner names never appear: the page may be on a projector.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sc-question-media.h"
#include "sc-quiz-review.h"
#include "sc-quiz-text.h"
#include "sc-rich-text-view.h"

/**
 * sc_quiz_review_slot_status:
 *
 * Returns: (transfer full): "Answered", "Not answered", with ", flagged"
 */
char *
sc_quiz_review_slot_status (const ScAttemptSlot *slot)
{
  const char *answered;

  if (slot->question->type == SC_QUESTION_DESCRIPTION)
    answered = _("Nothing to answer");
  else if (sc_quiz_text_is_answered (slot))
    answered = _("Answered");
  else
    answered = _("Not answered");

  if (slot->flagged)
    /* Translators: a question's status, then that the learner flagged it */
    return g_strdup_printf (_("%s, flagged"), answered);

  return g_strdup (answered);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

void
sc_quiz_review_fill_summary (GtkListBox *list,
                             GtkLabel   *label,
                             ScAttempt  *attempt)
{
  guint n = sc_attempt_get_n_slots (attempt);
  guint unanswered = 0;
  guint flagged = 0;
  g_autofree char *summary = NULL;

  clear_box (GTK_WIDGET (list));
  for (guint i = 1; i <= n; i++)
    {
      const ScAttemptSlot *slot = sc_attempt_get_slot (attempt, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *go = gtk_image_new_from_icon_name ("go-next-symbolic");
      g_autofree char *title = g_strdup_printf (_("Question %u"), i);
      g_autofree char *status = sc_quiz_review_slot_status (slot);

      if (slot->question->type != SC_QUESTION_DESCRIPTION && !sc_quiz_text_is_answered (slot))
        unanswered++;
      if (slot->flagged)
        flagged++;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status);
      if (!sc_quiz_text_is_answered (slot) && slot->question->type != SC_QUESTION_DESCRIPTION)
        gtk_widget_add_css_class (row, "sc-quiz-unanswered");
      if (slot->flagged)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("starred-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), go);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "quiz.go");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", i);
      gtk_list_box_append (list, row);
    }

  if (unanswered == 0 && flagged == 0)
    summary = g_strdup (_("Every question is answered. Once submitted, answers cannot be changed."));
  else
    /* Translators: the state of the quiz before submitting */
    summary = g_strdup_printf (_("%u not answered, %u flagged. Once submitted, answers cannot be changed."),
                               unanswered, flagged);
  gtk_label_set_text (label, summary);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static const char *
slot_outcome (const ScAttemptSlot *slot)
{
  const char *outcome = sc_quiz_text_outcome (slot);

  return outcome != NULL ? outcome : _("Not answered");
}

static GtkWidget *
slot_result (const ScAttemptSlot *slot)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *heading = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *answer_line = NULL;
  g_autoptr(GPtrArray) feedback = sc_quiz_text_feedback (slot);
  g_autoptr(ScRichText) stem = sc_quiz_text_rich (&slot->question->stem);
  GtkWidget *stem_view = sc_rich_text_view_new ();
  GtkWidget *media;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "sc-quiz-result");
  gtk_widget_set_name (card, "sc-quiz-result");

  if (slot->question->type == SC_QUESTION_DESCRIPTION)
    heading = g_strdup_printf (_("Question %u"), slot->number);
  else if (slot->state == SC_SLOT_GRADED)
    {
      g_autofree char *mark = sc_quiz_text_marks (MAX (slot->mark, 0.0));
      g_autofree char *max = sc_quiz_text_marks (slot->max_mark);

      /* Translators: "Question 2 · Correct · 2 / 2 marks" */
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Question %u · %s · %s / %s mark",
                                              "Question %u · %s · %s / %s marks",
                                              slot->max_mark == 1.0 ? 1 : 2),
                                 slot->number,
                                 slot_outcome (slot), mark, max);
      if (sc_grade_state_for_fraction (slot->fraction) == SC_GRADE_CORRECT)
        gtk_widget_add_css_class (card, "sc-quiz-correct");
      else if (sc_grade_state_for_fraction (slot->fraction) == SC_GRADE_PARTIAL)
        gtk_widget_add_css_class (card, "sc-quiz-partial");
      else
        gtk_widget_add_css_class (card, "sc-quiz-wrong");
    }
  else
    {
      g_autofree char *max = sc_quiz_text_marks (slot->max_mark);

      /* Translators: "Question 5 · Awaits grading · 3 marks" */
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Question %u · %s · %s mark",
                                              "Question %u · %s · %s marks",
                                              slot->max_mark == 1.0 ? 1 : 2),
                                 slot->number, slot_outcome (slot), max);
    }
  gtk_box_append (GTK_BOX (card), label_new (heading, "heading"));

  sc_rich_text_view_set_compact (SC_RICH_TEXT_VIEW (stem_view), TRUE);
  media = sc_question_media_attach (SC_RICH_TEXT_VIEW (stem_view), &slot->question->stem);
  sc_rich_text_view_set_text (SC_RICH_TEXT_VIEW (stem_view), stem);
  gtk_box_append (GTK_BOX (card), stem_view);
  if (media != NULL)
    gtk_box_append (GTK_BOX (card), media);

  if (slot->question->type != SC_QUESTION_DESCRIPTION)
    {
      answer = sc_quiz_text_response (slot->question, slot->response);
      /* Translators: the learner's answer in the review */
      answer_line = g_strdup_printf (_("Your answer: %s"), answer);
      gtk_box_append (GTK_BOX (card), label_new (answer_line, "sc-quiz-answer"));
    }

  if (slot->state == SC_SLOT_GRADED && slot->grade_comment != NULL && slot->grade_comment[0] != '\0')
    {
      /* Translators: the comment an instructor gave with an essay's mark */
      g_autofree char *line = g_strdup_printf (_("Grader’s comment: %s"), slot->grade_comment);
      GtkWidget *comment = label_new (line, "sc-quiz-grader-comment");

      gtk_widget_set_name (comment, "sc-quiz-grader-comment");
      gtk_box_append (GTK_BOX (card), comment);
    }

  for (guint i = 0; i < feedback->len; i++)
    {
      GtkWidget *view = sc_rich_text_view_new ();

      sc_rich_text_view_set_compact (SC_RICH_TEXT_VIEW (view), TRUE);
      sc_rich_text_view_set_text (SC_RICH_TEXT_VIEW (view), g_ptr_array_index (feedback, i));
      gtk_widget_add_css_class (view, "sc-quiz-feedback");
      gtk_box_append (GTK_BOX (card), view);
    }

  return card;
}

void
sc_quiz_review_fill_results (GtkBox    *box,
                             ScAttempt *attempt)
{
  g_autofree char *score = sc_attempt_format_score (attempt);
  double max = sc_attempt_get_max_score (attempt);
  double pass = sc_attempt_get_pass_fraction (attempt);
  const char *title = sc_attempt_get_quiz_title (attempt);
  GtkWidget *score_label = label_new (score, "title-1");
  g_autofree char *verdict = NULL;
  GtkWidget *verdict_label;

  clear_box (GTK_WIDGET (box));

  gtk_box_append (box, label_new (title != NULL ? title : sc_attempt_get_quiz_id (attempt), "title-3"));
  gtk_widget_set_name (score_label, "sc-quiz-score");
  gtk_box_append (box, score_label);

  if (pass <= 0)
    verdict = g_strdup (_("This quiz has no pass mark."));
  else if (sc_attempt_get_pending (attempt) > 0)
    /* Translators: %.0f %% is the pass mark, "80 %" */
    verdict = g_strdup_printf (_("Passed or not once a grader has marked the essays (pass mark %.0f %%)."),
                               pass * 100);
  else if (max > 0 && sc_attempt_get_score (attempt) + 1e-9 >= pass * max)
    verdict = g_strdup_printf (_("Passed (pass mark %.0f %%)"), pass * 100);
  else
    verdict = g_strdup_printf (_("Not passed (pass mark %.0f %%)"), pass * 100);
  verdict_label = label_new (verdict, "title-4");
  gtk_widget_set_name (verdict_label, "sc-quiz-verdict");
  gtk_box_append (box, verdict_label);

  for (guint i = 1; i <= sc_attempt_get_n_slots (attempt); i++)
    gtk_box_append (box, slot_result (sc_attempt_get_slot (attempt, i)));
}
