/* sc-quiz-player-actions.c - what the quiz player's buttons and shortcuts do
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * quiz.start (Start or Continue Attempt), quiz.previous and quiz.next
 * (Alt+Left, Alt+Right), quiz.go (a question by number; 0 for the one
 * shown last), quiz.flag, quiz.check, quiz.summary, quiz.submit (with a
 * confirmation) and quiz.primary (Ctrl+Enter: the step forward the page
 * offers).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-module-status.h"
#include "sc-quiz-player-private.h"
#include "sc-quiz-text.h"

/* Actions */

void
sc_quiz_player_start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ScQuizPlayer *self = SC_QUIZ_PLAYER (widget);
  g_autoptr(ScModuleRules) rules = NULL;
  g_autoptr(GError) error = NULL;
  ScAttempt *attempt;

  if (self->attempt != NULL)
    {
      sc_quiz_player_show_question (self, self->current);
      return;
    }

  /* The attempt's statements keep the learner's module status. */
  if (self->course != NULL)
    rules = sc_module_rules_new_for_course (self->course);
  if (self->open_uuid != NULL)
    attempt = sc_attempt_load (self->database, self->learner, self->course, rules, self->open_uuid, &error);
  else
    attempt = sc_attempt_start (self->database, self->learner, self->course, rules, self->quiz, 0, NULL, &error);
  if (attempt == NULL)
    {
      sc_quiz_player_toast (self, error->message);
      return;
    }
  self->attempt = attempt;

  if (sc_quiz_player_enforce_deadline (self))
    return;
  if (!sc_quiz_player_in_progress (self))
    {
      sc_quiz_player_show_review (self);
      return;
    }

  sc_quiz_player_start_timer (self);
  sc_quiz_player_show_question (self, sc_quiz_player_first_unanswered (self->attempt));
}

void
sc_quiz_player_previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ScQuizPlayer *self = SC_QUIZ_PLAYER (widget);

  if (self->current > 1)
    sc_quiz_player_show_question (self, self->current - 1);
}

void
sc_quiz_player_next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScQuizPlayer *self = SC_QUIZ_PLAYER (widget);

  if (self->current < sc_attempt_get_n_slots (self->attempt))
    sc_quiz_player_show_question (self, self->current + 1);
  else if (sc_quiz_player_in_progress (self))
    sc_quiz_player_show_summary (self);
  else
    sc_quiz_player_show_review (self);
}

void
sc_quiz_player_go_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  ScQuizPlayer *self = SC_QUIZ_PLAYER (widget);
  guint number = g_variant_get_uint32 (parameter);

  sc_quiz_player_show_question (self, number > 0 ? number : self->current);
}

void
sc_quiz_player_flag_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScQuizPlayer *self = SC_QUIZ_PLAYER (widget);
  const ScAttemptSlot *slot = sc_attempt_get_slot (self->attempt, self->current);
  g_autoptr(GError) error = NULL;

  if (!sc_attempt_set_flagged (self->attempt, self->database, self->current, !slot->flagged, &error))
    sc_quiz_player_toast (self, error->message);
  sc_quiz_player_fill_navigator (self);
  sc_quiz_player_update_actions (self);
}

void
sc_quiz_player_check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ScQuizPlayer *self = SC_QUIZ_PLAYER (widget);
  g_autoptr(GError) error = NULL;

  if (!sc_attempt_check (self->attempt, self->database, self->current, NULL, &error))
    {
      sc_quiz_player_toast (self, error->message);
      if (!sc_quiz_player_in_progress (self))
        sc_quiz_player_show_review (self);
      return;
    }

  sc_quiz_player_show_question (self, self->current);
}

void
sc_quiz_player_summary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sc_quiz_player_show_summary (SC_QUIZ_PLAYER (widget));
}

static void
submit_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ScQuizPlayer     *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "submit") != 0 || !sc_quiz_player_in_progress (self))
    return;

  if (!sc_attempt_submit (self->attempt, self->database, NULL, &error))
    {
      sc_quiz_player_toast (self, error->message);
      return;
    }

  sc_quiz_player_show_review (self);
}

void
sc_quiz_player_submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScQuizPlayer *self = SC_QUIZ_PLAYER (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  guint unanswered = 0;
  g_autofree char *body = NULL;

  for (guint i = 1; i <= sc_attempt_get_n_slots (self->attempt); i++)
    {
      const ScAttemptSlot *slot = sc_attempt_get_slot (self->attempt, i);

      if (slot->question->type != SC_QUESTION_DESCRIPTION && !sc_quiz_text_is_answered (slot))
        unanswered++;
    }

  if (unanswered > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u question is not answered. Once submitted, answers cannot be changed.",
                                         "%u questions are not answered. Once submitted, answers cannot be changed.",
                                         unanswered),
                            unanswered);
  else
    body = g_strdup (_("Once submitted, answers cannot be changed."));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Submit Your Answers?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Answering"),
                                    "submit", _("_Submit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "submit",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "submit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* A dialog is a window of its own: it follows presentation mode too. */
  if (root != NULL && gtk_widget_has_css_class (GTK_WIDGET (root), "presentation"))
    gtk_widget_add_css_class (dialog, "presentation");
  g_signal_connect_object (dialog, "response", G_CALLBACK (submit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ctrl+Enter: the step forward the page offers. */
void
sc_quiz_player_primary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ScQuizPlayer *self = SC_QUIZ_PLAYER (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_str_equal (page, "start"))
    gtk_widget_activate_action (widget, "quiz.start", NULL);
  else if (g_str_equal (page, "question") && gtk_widget_is_sensitive (GTK_WIDGET (self->check_button)) &&
           gtk_widget_get_visible (GTK_WIDGET (self->check_button)))
    gtk_widget_activate_action (widget, "quiz.check", NULL);
  else if (g_str_equal (page, "question") && sc_quiz_player_in_progress (self))
    sc_quiz_player_show_summary (self);
  else if (g_str_equal (page, "summary"))
    gtk_widget_activate_action (widget, "quiz.submit", NULL);
}

