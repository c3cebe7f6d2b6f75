/* sc-quiz-player.c - a quiz: its start page, one question at a time, the check before submitting, the review
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pages: "start" (title, questions, pass mark, time limit, attempts left,
 * Start or Continue), "question" (a navigator of numbers, the time left,
 * Flag, one ScQuizQuestionView, Previous / Check / Next), "summary"
 * (what is answered and flagged, Submit) and "review" (sc-quiz-review.c).
 *
 * Every change of an answer is saved at once with
 * sc_attempt_save_response(), so a killed app resumes with every answer
 * kept; the deadline counts from the start saved in the database and
 * sc_attempt_submit_if_overdue() enforces it, on each tick and on resume.
 *
 * Keyboard: Alt+Left / Alt+Right go to the previous / next question;
 * Ctrl+Enter checks the question (immediate and interactive quizzes),
 * otherwise goes on to the summary, and there submits. The number keys
 * belong to the question view. The first input of each question takes the
 * focus when it is shown.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-quiz-player-private.h"
#include "sc-quiz-question-view.h"
#include "sc-quiz-review.h"
#include "sc-quiz-text.h"
#include "sc-styles.h"
#include "sc-toasts.h"
#include "sc-tooltip.h"


G_DEFINE_FINAL_TYPE (ScQuizPlayer, sc_quiz_player, SC_TYPE_PANEL)

void
sc_quiz_player_toast (ScQuizPlayer *self,
       const char   *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  sc_toasts_add (self->toasts, toast);
}

static void
set_row_value (AdwActionRow *row,
               const char   *value)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (row), "sc-value");

  if (label == NULL)
    {
      label = gtk_label_new (NULL);
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (row, label);
      g_object_set_data (G_OBJECT (row), "sc-value", label);
    }
  gtk_label_set_text (GTK_LABEL (label), value);
}

gboolean
sc_quiz_player_in_progress (ScQuizPlayer *self)
{
  return self->attempt != NULL && sc_attempt_get_state (self->attempt) == SC_ATTEMPT_IN_PROGRESS;
}

/* After anything changed the attempt: which actions make sense now. */
void
sc_quiz_player_update_actions (ScQuizPlayer *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean on_question = g_strcmp0 (page, "question") == 0 && self->attempt != NULL;
  guint n = self->attempt != NULL ? sc_attempt_get_n_slots (self->attempt) : 0;
  const ScAttemptSlot *slot = on_question ? sc_attempt_get_slot (self->attempt, self->current) : NULL;
  gboolean can_check = slot != NULL && sc_quiz_player_in_progress (self) &&
                       sc_attempt_get_behaviour (self->attempt) != SC_BEHAVIOUR_DEFERRED &&
                       slot->state == SC_SLOT_OPEN && slot->question->type != SC_QUESTION_ESSAY &&
                       slot->question->type != SC_QUESTION_DESCRIPTION && sc_quiz_text_is_answered (slot);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.previous", on_question && self->current > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.next", on_question && self->current <= n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.check", can_check);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.flag", on_question && sc_quiz_player_in_progress (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.submit", sc_quiz_player_in_progress (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.summary", sc_quiz_player_in_progress (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.go", self->attempt != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->check_button),
                          self->attempt != NULL &&
                          sc_attempt_get_behaviour (self->attempt) != SC_BEHAVIOUR_DEFERRED);
  gtk_button_set_label (self->next_button, self->current < n ? _("_Next") : _("_Review Answers"));
  if (slot != NULL)
    {
      gtk_toggle_button_set_active (self->flag_button, slot->flagged);
      gtk_button_set_icon_name (GTK_BUTTON (self->flag_button),
                                slot->flagged ? "starred-symbolic" : "non-starred-symbolic");
    }
}

void
sc_quiz_player_fill_navigator (ScQuizPlayer *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->navigator))) != NULL)
    gtk_box_remove (self->navigator, child);

  for (guint i = 1; self->attempt != NULL && i <= sc_attempt_get_n_slots (self->attempt); i++)
    {
      const ScAttemptSlot *slot = sc_attempt_get_slot (self->attempt, i);
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *status = sc_quiz_review_slot_status (slot);
      /* Translators: a button of the question navigator: "Question 3: Answered, flagged" */
      g_autofree char *name = g_strdup_printf (_("Question %u: %s"), i, status);
      GtkWidget *button = gtk_button_new_with_label (number);

      gtk_widget_add_css_class (button, "sc-quiz-number");
      gtk_widget_add_css_class (button, "circular");
      if (sc_quiz_text_is_answered (slot))
        gtk_widget_add_css_class (button, "sc-answered");
      if (slot->flagged)
        gtk_widget_add_css_class (button, "sc-flagged");
      if (i == self->current)
        {
          gtk_widget_add_css_class (button, "sc-current");
          gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_SELECTED, TRUE, -1);
        }
      sc_tooltip_set_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "quiz.go");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", i);
      gtk_box_append (self->navigator, button);
    }
}

/* The time limit */

static void
stop_timer (ScQuizPlayer *self)
{
  g_clear_handle_id (&self->timer_id, g_source_remove);
}

/* Submits an attempt whose time ran out. Returns whether it did. */
gboolean
sc_quiz_player_enforce_deadline (ScQuizPlayer *self)
{
  g_autoptr(GError) error = NULL;
  gboolean submitted = FALSE;

  if (!sc_quiz_player_in_progress (self))
    return FALSE;
  if (!sc_attempt_submit_if_overdue (self->attempt, self->database, NULL, &submitted, &error))
    {
      sc_quiz_player_toast (self, error->message);
      return FALSE;
    }
  if (submitted)
    {
      sc_quiz_player_toast (self, _("Time is up: the answers given were submitted."));
      sc_quiz_player_show_review (self);
    }

  return submitted;
}

static gboolean
tick_cb (gpointer data)
{
  ScQuizPlayer *self = data;
  g_autoptr(GDateTime) deadline = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  GTimeSpan left;
  gint64 seconds;

  if (!sc_quiz_player_in_progress (self) || sc_quiz_player_enforce_deadline (self))
    {
      self->timer_id = 0;
      gtk_widget_set_visible (GTK_WIDGET (self->timer_label), FALSE);
      return G_SOURCE_REMOVE;
    }

  deadline = sc_attempt_dup_deadline (self->attempt);
  if (deadline == NULL)
    {
      self->timer_id = 0;
      return G_SOURCE_REMOVE;
    }
  now = g_date_time_new_now_utc ();
  left = g_date_time_difference (deadline, now);
  seconds = MAX (left / G_TIME_SPAN_SECOND, 0);

  if (seconds >= 3600)
    /* Translators: the time left of a timed quiz, hours:minutes:seconds */
    text = g_strdup_printf (_("%d:%02d:%02d left"), (int) (seconds / 3600), (int) (seconds / 60 % 60),
                            (int) (seconds % 60));
  else
    /* Translators: the time left of a timed quiz, minutes:seconds */
    text = g_strdup_printf (_("%d:%02d left"), (int) (seconds / 60), (int) (seconds % 60));
  gtk_label_set_text (self->timer_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label), TRUE);
  if (seconds < 60)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "error");

  return G_SOURCE_CONTINUE;
}

void
sc_quiz_player_start_timer (ScQuizPlayer *self)
{
  stop_timer (self);
  if (self->attempt == NULL || sc_attempt_get_time_limit (self->attempt) == 0)
    return;

  self->timer_id = g_timeout_add_seconds (1, tick_cb, self);
  tick_cb (self);
}

/* Pages */

static void
fill_start (ScQuizPlayer *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *questions = NULL;
  g_autofree char *pass = NULL;
  g_autofree char *time = NULL;
  g_autofree char *attempts = NULL;
  guint count = 0;
  guint n_questions = 0;
  gboolean can_start = TRUE;
  const char *behaviour;

  gtk_label_set_text (self->title_label, self->quiz->title != NULL ? self->quiz->title : self->quiz->id);

  for (guint i = 0; i < self->quiz->picks->len; i++)
    n_questions += ((ScQuizPick *) g_ptr_array_index (self->quiz->picks, i))->count;
  questions = g_strdup_printf ("%u", n_questions);
  set_row_value (self->questions_row, questions);

  pass = self->quiz->pass_fraction > 0 ? g_strdup_printf (_("%.0f %%"), self->quiz->pass_fraction * 100)
                                       : g_strdup (_("None"));
  set_row_value (self->pass_row, pass);

  if (self->quiz->time_limit == 0)
    time = g_strdup (_("None"));
  else
    time = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes",
                                         (self->quiz->time_limit + 59) / 60),
                            (self->quiz->time_limit + 59) / 60);
  set_row_value (self->time_row, time);

  switch (self->quiz->behaviour)
    {
    case SC_BEHAVIOUR_IMMEDIATE:
      behaviour = _("Check each answer once");
      break;
    case SC_BEHAVIOUR_INTERACTIVE:
      behaviour = _("Check each answer, with hints after a wrong try");
      break;
    case SC_BEHAVIOUR_DEFERRED:
    default:
      behaviour = _("After you submit");
      break;
    }
  set_row_value (self->feedback_row, behaviour);

  g_clear_pointer (&self->open_uuid, g_free);
  if (!sc_attempt_find_open (self->database, self->learner, self->quiz->course_id, self->quiz->id,
                             &self->open_uuid, &error) ||
      !sc_attempt_count (self->database, self->learner, self->quiz->course_id, self->quiz->id,
                         &count, &error))
    {
      gtk_label_set_text (self->start_message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->start_message), TRUE);
      can_start = FALSE;
    }

  if (self->quiz->attempts_allowed == 0)
    attempts = g_strdup (_("Unlimited"));
  else
    attempts = g_strdup_printf ("%u", self->quiz->attempts_allowed - MIN (count, self->quiz->attempts_allowed));
  set_row_value (self->attempts_row, attempts);

  if (self->open_uuid != NULL)
    gtk_button_set_label (self->start_button, _("_Continue Attempt"));
  else if (self->quiz->attempts_allowed > 0 && count >= self->quiz->attempts_allowed)
    {
      gtk_label_set_text (self->start_message, _("Every attempt allowed has been used."));
      gtk_widget_set_visible (GTK_WIDGET (self->start_message), TRUE);
      can_start = FALSE;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.start", can_start);
}

static void
view_changed_cb (ScQuizPlayer       *self,
                 ScQuizQuestionView *view)
{
  g_autoptr(ScResponse) response = sc_quiz_question_view_dup_response (view);
  g_autoptr(GError) error = NULL;
  guint number = sc_quiz_question_view_get_number (view);

  if (!sc_quiz_player_in_progress (self))
    return;

  if (!sc_attempt_save_response (self->attempt, self->database, number, response, NULL, &error))
    {
      sc_quiz_player_toast (self, error->message);
      if (!sc_quiz_player_in_progress (self))
        sc_quiz_player_show_review (self);
      return;
    }

  sc_quiz_player_fill_navigator (self);
  sc_quiz_player_update_actions (self);
}

void
sc_quiz_player_show_question (ScQuizPlayer *self,
               guint         number)
{
  GtkWidget *view;

  g_assert (self->attempt != NULL);

  if (sc_quiz_player_enforce_deadline (self))
    return;

  number = CLAMP (number, 1, sc_attempt_get_n_slots (self->attempt));
  self->current = number;

  if (self->view != NULL)
    gtk_box_remove (self->question_box, GTK_WIDGET (self->view));
  view = sc_quiz_question_view_new (self->attempt, number);
  self->view = SC_QUIZ_QUESTION_VIEW (view);
  g_signal_connect_object (view, "response-changed", G_CALLBACK (view_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->question_box, view);

  gtk_stack_set_visible_child_name (self->stack, "question");
  sc_quiz_player_fill_navigator (self);
  sc_quiz_player_update_actions (self);

  if (!sc_quiz_question_view_focus_input (self->view))
    gtk_widget_grab_focus (GTK_WIDGET (sc_quiz_player_in_progress (self) ? self->next_button : self->previous_button));
}

void
sc_quiz_player_show_summary (ScQuizPlayer *self)
{
  if (sc_quiz_player_enforce_deadline (self))
    return;

  sc_quiz_review_fill_summary (self->summary_list, self->summary_label, self->attempt);
  gtk_stack_set_visible_child_name (self->stack, "summary");
  sc_quiz_player_update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->submit_button));
}

void
sc_quiz_player_show_review (ScQuizPlayer *self)
{
  stop_timer (self);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label), FALSE);
  sc_quiz_review_fill_results (self->review_box, self->attempt);
  gtk_stack_set_visible_child_name (self->stack, "review");
  sc_quiz_player_update_actions (self);
}

/* The first question without an answer, to resume at. */
guint
sc_quiz_player_first_unanswered (ScAttempt *attempt)
{
  for (guint i = 1; i <= sc_attempt_get_n_slots (attempt); i++)
    {
      const ScAttemptSlot *slot = sc_attempt_get_slot (attempt, i);

      if (!sc_quiz_text_is_answered (slot) && slot->question->type != SC_QUESTION_DESCRIPTION)
        return i;
    }

  return 1;
}

/* The start page is all there is to wait for: it is on screen now. */
static void
sc_quiz_player_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_quiz_player_parent_class)->map (widget);

  sc_panel_set_ready (SC_PANEL (widget), TRUE);
}

static void
sc_quiz_player_dispose (GObject *object)
{
  ScQuizPlayer *self = SC_QUIZ_PLAYER (object);

  stop_timer (self);
  self->view = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_QUIZ_PLAYER);
  g_clear_object (&self->attempt);
  g_clear_object (&self->database);
  g_clear_object (&self->course);
  g_clear_pointer (&self->learner, sc_learner_free);
  g_clear_pointer (&self->quiz, sc_attempt_quiz_free);
  g_clear_pointer (&self->open_uuid, g_free);

  G_OBJECT_CLASS (sc_quiz_player_parent_class)->dispose (object);
}

static void
sc_quiz_player_class_init (ScQuizPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_quiz_player_dispose;

  widget_class->map = sc_quiz_player_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/sc-quiz-player.ui");
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, attempts_row);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, check_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, feedback_row);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, flag_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, navigator);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, next_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, pass_row);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, previous_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, question_box);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, questions_row);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, review_box);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, stack);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, start_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, start_message);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, submit_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, summary_list);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, time_row);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, timer_label);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScQuizPlayer, toasts);

  gtk_widget_class_install_action (widget_class, "quiz.start", NULL, sc_quiz_player_start_action);
  gtk_widget_class_install_action (widget_class, "quiz.previous", NULL, sc_quiz_player_previous_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "quiz.previous", NULL);
  gtk_widget_class_install_action (widget_class, "quiz.next", NULL, sc_quiz_player_next_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "quiz.next", NULL);
  gtk_widget_class_install_action (widget_class, "quiz.go", "u", sc_quiz_player_go_action);
  gtk_widget_class_install_action (widget_class, "quiz.flag", NULL, sc_quiz_player_flag_action);
  gtk_widget_class_install_action (widget_class, "quiz.check", NULL, sc_quiz_player_check_action);
  gtk_widget_class_install_action (widget_class, "quiz.summary", NULL, sc_quiz_player_summary_action);
  gtk_widget_class_install_action (widget_class, "quiz.submit", NULL, sc_quiz_player_submit_action);
  gtk_widget_class_install_action (widget_class, "quiz.primary", NULL, sc_quiz_player_primary_action);

  gtk_widget_class_set_css_name (widget_class, "sc-quiz-player");

  g_type_ensure (SC_TYPE_QUIZ_QUESTION_VIEW);
}

static void
sc_quiz_player_init (ScQuizPlayer *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  /* Styled by style-pages.css, which the first frame did without. */
  sc_styles_load_pages ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Enter in the capture phase: an essay's text view would take it
   * as a new line otherwise. */
  gtk_event_controller_set_name (controller, "sc-quiz-primary");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], GDK_CONTROL_MASK),
                                                            gtk_named_action_new ("quiz.primary")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * sc_quiz_player_new:
 * @database: where attempts are kept
 * @learner: who takes the quiz
 * @course: (nullable): the course the quiz belongs to
 * @quiz: what an attempt starts from; copied
 *
 * Returns: (transfer floating): a player on its start page, which offers
 *   to continue the learner's open attempt at @quiz if there is one
 */
GtkWidget *
sc_quiz_player_new (ScDatabase          *database,
                    const ScLearner     *learner,
                    ScCourse            *course,
                    const ScAttemptQuiz *quiz)
{
  ScQuizPlayer *self;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (course == NULL || SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (quiz != NULL, NULL);

  self = g_object_new (SC_TYPE_QUIZ_PLAYER, NULL);
  self->database = g_object_ref (database);
  self->learner = sc_learner_copy (learner);
  self->course = course != NULL ? g_object_ref (course) : NULL;
  self->quiz = sc_attempt_quiz_copy (quiz);
  sc_panel_set_title (SC_PANEL (self), quiz->title != NULL ? quiz->title : quiz->id);
  fill_start (self);
  sc_quiz_player_update_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.primary", TRUE);

  return GTK_WIDGET (self);
}

/**
 * sc_quiz_player_get_attempt:
 *
 * Returns: (transfer none) (nullable): the attempt shown, %NULL on the
 *   start page before Start
 */
ScAttempt *
sc_quiz_player_get_attempt (ScQuizPlayer *self)
{
  g_return_val_if_fail (SC_IS_QUIZ_PLAYER (self), NULL);

  return self->attempt;
}

/**
 * sc_quiz_player_get_page:
 *
 * Returns: "start", "question", "summary" or "review"
 */
const char *
sc_quiz_player_get_page (ScQuizPlayer *self)
{
  g_return_val_if_fail (SC_IS_QUIZ_PLAYER (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * sc_quiz_player_get_current:
 *
 * Returns: the number of the question shown last, 0 before any
 */
guint
sc_quiz_player_get_current (ScQuizPlayer *self)
{
  g_return_val_if_fail (SC_IS_QUIZ_PLAYER (self), 0);

  return self->current;
}

/**
 * sc_quiz_player_get_learner_id:
 *
 * Returns: the learner whose attempt the player shows
 */
gint64
sc_quiz_player_get_learner_id (ScQuizPlayer *self)
{
  g_return_val_if_fail (SC_IS_QUIZ_PLAYER (self), 0);

  return self->learner->id;
}
