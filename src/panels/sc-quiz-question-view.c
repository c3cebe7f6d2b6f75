/* sc-quiz-question-view.c - one question of an attempt: its stem, its inputs, its outcome
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view shows the slot as the attempt holds it and reports every
 * change of an input with "response-changed"; the player saves the
 * response at once, so the view never holds anything the database does
 * not. A slot that is closed (checked for good, or submitted) is shown
 * read-only with its outcome and feedback.
 *
 * Keyboard: the number keys 1-9 pick the options of a choice question
 * through a shortcut controller on this view only, so they never reach
 * it from outside and never act while a text field has the focus (a "3"
 * typed into a numerical answer stays a 3). Every option, field and
 * drop-down has an accessible name: its own text or the text it answers.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "sc-question-media.h"
#include "sc-quiz-question-view-private.h"
#include "sc-quiz-text.h"
#include "sc-rich-text-view.h"
#include "sc-tooltip.h"


G_DEFINE_FINAL_TYPE (ScQuizQuestionView, sc_quiz_question_view, GTK_TYPE_WIDGET)

enum { RESPONSE_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

const ScAttemptSlot *
sc_quiz_question_view_get_slot (ScQuizQuestionView *self)
{
  return sc_attempt_get_slot (self->attempt, self->number);
}

void
sc_quiz_question_view_changed (ScQuizQuestionView *self)
{
  if (!self->building && self->editable)
    g_signal_emit (self, signals[RESPONSE_CHANGED], 0);
}

/* Into one of the view's boxes, or at the end of the view itself. */
static void
append (GtkWidget *parent,
        GtkWidget *child)
{
  if (GTK_IS_BOX (parent))
    gtk_box_append (GTK_BOX (parent), child);
  else
    gtk_widget_insert_before (child, parent, NULL);
}

GtkWidget *
sc_quiz_question_view_add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  append (box, label);

  return label;
}

static GtkWidget *
add_rich (GtkWidget  *box,
          ScRichText *text)
{
  GtkWidget *view = sc_rich_text_view_new ();

  sc_rich_text_view_set_text (SC_RICH_TEXT_VIEW (view), text);
  append (box, view);

  return view;
}

void
sc_quiz_question_view_set_first (ScQuizQuestionView *self,
           GtkWidget          *widget)
{
  if (self->first_input == NULL)
    self->first_input = widget;
}

/* Choices */

static void
choice_toggled_cb (GtkCheckButton     *button,
                   ScQuizQuestionView *self)
{
  /* In a group, one toggle turns another off: save once, for the one on. */
  if (sc_quiz_question_view_get_slot (self)->question->type != SC_QUESTION_MULTIPLE_RESPONSE &&
      !gtk_check_button_get_active (button))
    return;

  sc_quiz_question_view_changed (self);
}

static void
build_choices (ScQuizQuestionView *self)
{
  const ScAttemptSlot *slot = sc_quiz_question_view_get_slot (self);
  const ScQuestion *question = slot->question;
  gboolean single = question->type != SC_QUESTION_MULTIPLE_RESPONSE;
  guint n = slot->choices != NULL ? slot->choices->len : question->answers->len;
  GtkCheckButton *group = NULL;

  self->choices = g_ptr_array_new ();
  self->choice_answers = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!single)
    sc_quiz_question_view_add_label (self->inputs, _("Select all that apply."), "dim-label");

  for (guint i = 0; i < n; i++)
    {
      guint answer = slot->choices != NULL ? g_array_index (slot->choices, guint, i) : i;
      g_autofree char *text = sc_quiz_text_answer (question, answer);
      g_autofree char *key = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *key_label = gtk_label_new (i < 9 ? key : "");
      GtkWidget *button = gtk_check_button_new_with_label (text);
      gboolean active = FALSE;

      gtk_widget_add_css_class (row, "sc-quiz-option");
      gtk_widget_add_css_class (key_label, "sc-quiz-key");
      gtk_widget_add_css_class (key_label, "dim-label");
      gtk_widget_set_valign (key_label, GTK_ALIGN_CENTER);
      /* The key is for the eye; the option's name is its text. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (key_label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (row), key_label);

      gtk_widget_set_hexpand (button, TRUE);
      gtk_label_set_wrap (GTK_LABEL (gtk_widget_get_last_child (button)), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      if (i < 9)
        {
          /* Translators: how to pick an option from the keyboard; %u is a digit */
          g_autofree char *how = g_strdup_printf (_("Press %u"), i + 1);

          sc_tooltip_set_text (button, how);
        }
      if (single)
        {
          if (group != NULL)
            gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
          else
            group = GTK_CHECK_BUTTON (button);
        }
      if (slot->response != NULL)
        for (guint k = 0; k < slot->response->choices->len; k++)
          active |= g_array_index (slot->response->choices, guint, k) == answer;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (button), active);
      gtk_widget_set_sensitive (button, self->editable);
      g_signal_connect (button, "toggled", G_CALLBACK (choice_toggled_cb), self);
      gtk_box_append (GTK_BOX (row), button);
      gtk_box_append (GTK_BOX (self->inputs), row);

      g_ptr_array_add (self->choices, button);
      g_array_append_val (self->choice_answers, answer);
      sc_quiz_question_view_set_first (self, button);
    }
}

static gboolean
focus_is_text (ScQuizQuestionView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus))
      return TRUE;

  return FALSE;
}

static gboolean
number_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  ScQuizQuestionView *self = SC_QUIZ_QUESTION_VIEW (widget);

  if (focus_is_text (self))
    return FALSE;

  return sc_quiz_question_view_pick (self, GPOINTER_TO_UINT (user_data));
}

static void
add_number_keys (ScQuizQuestionView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_name (controller, "sc-quiz-number-keys");
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 1; i <= MIN (self->choices->len, 9); i++)
    {
      guint keys[] = { GDK_KEY_0 + i, GDK_KEY_KP_0 + i };

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                              gtk_shortcut_new (gtk_keyval_trigger_new (keys[k], 0),
                                                                gtk_callback_action_new (number_key_cb,
                                                                                         GUINT_TO_POINTER (i),
                                                                                         NULL)));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Text */

static void
entry_changed_cb (ScQuizQuestionView *self)
{
  sc_quiz_question_view_changed (self);
}

static void
build_entry (ScQuizQuestionView *self)
{
  const ScAttemptSlot *slot = sc_quiz_question_view_get_slot (self);
  gboolean numerical = slot->question->type == SC_QUESTION_NUMERICAL;

  self->entry = gtk_entry_new ();
  gtk_widget_set_name (self->entry, "sc-quiz-answer");
  gtk_entry_set_activates_default (GTK_ENTRY (self->entry), FALSE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry),
                                  numerical ? _("A number, with its unit if it has one")
                                            : _("Your answer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your answer"), -1);
  if (numerical)
    gtk_entry_set_input_purpose (GTK_ENTRY (self->entry), GTK_INPUT_PURPOSE_NUMBER);
  if (slot->response != NULL && slot->response->text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), slot->response->text);
  gtk_editable_set_editable (GTK_EDITABLE (self->entry), self->editable);
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (entry_changed_cb), self);
  gtk_box_append (GTK_BOX (self->inputs), self->entry);
  sc_quiz_question_view_set_first (self, self->entry);
}

static void
build_essay (ScQuizQuestionView *self)
{
  const ScAttemptSlot *slot = sc_quiz_question_view_get_slot (self);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  self->essay = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_widget_set_name (view, "sc-quiz-essay");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), self->editable);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your answer"), -1);
  if (slot->response != NULL && slot->response->text != NULL)
    gtk_text_buffer_set_text (self->essay, slot->response->text, -1);
  g_signal_connect_swapped (self->essay, "changed", G_CALLBACK (entry_changed_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_widget_add_css_class (scroller, "card");
  gtk_box_append (GTK_BOX (self->inputs), scroller);
  sc_quiz_question_view_set_first (self, view);
}

/* The whole view */

static void
build_outcome (ScQuizQuestionView *self)
{
  const ScAttemptSlot *slot = sc_quiz_question_view_get_slot (self);
  const char *outcome = sc_quiz_text_outcome (slot);
  const ScQuestionHint *hint = sc_attempt_get_hint (self->attempt, self->number);
  g_autoptr(GPtrArray) feedback = NULL;
  GtkWidget *box;

  if (outcome == NULL && hint == NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_name (box, "sc-quiz-outcome");
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "sc-quiz-outcome");
  append (GTK_WIDGET (self), box);

  if (outcome != NULL)
    {
      g_autofree char *line = NULL;

      if (slot->state == SC_SLOT_GRADED)
        {
          g_autofree char *mark = sc_quiz_text_marks (MAX (slot->mark, 0.0));
          g_autofree char *max = sc_quiz_text_marks (slot->max_mark);

          /* Translators: an outcome and the marks earned: "Correct: 2 / 2 marks" */
          line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s / %s mark", "%s: %s / %s marks",
                                               slot->max_mark == 1.0 ? 1 : 2),
                                  outcome, mark, max);
        }
      else if (slot->state == SC_SLOT_OPEN)
        /* Translators: after a wrong try in an interactive quiz */
        line = g_strdup_printf (_("%s. Change your answer and check it again."), outcome);
      else
        line = g_strdup (outcome);
      sc_quiz_question_view_add_label (box, line, "heading");
      if (sc_grade_state_for_fraction (slot->fraction) == SC_GRADE_CORRECT && slot->state == SC_SLOT_GRADED)
        gtk_widget_add_css_class (box, "sc-quiz-correct");
      else if (slot->state == SC_SLOT_GRADED || slot->tries > 0)
        gtk_widget_add_css_class (box, "sc-quiz-wrong");
    }

  if (slot->state != SC_SLOT_OPEN)
    {
      feedback = sc_quiz_text_feedback (slot);
      for (guint i = 0; i < feedback->len; i++)
        add_rich (box, g_ptr_array_index (feedback, i));
    }

  if (hint != NULL && !sc_question_text_is_empty (&hint->text))
    {
      g_autoptr(ScRichText) text = sc_quiz_text_rich (&hint->text);

      sc_quiz_question_view_add_label (box, _("Hint"), "heading");
      add_rich (box, text);
    }
}

static void
build (ScQuizQuestionView *self)
{
  const ScAttemptSlot *slot = sc_quiz_question_view_get_slot (self);
  const ScQuestion *question = slot->question;
  GtkWidget *stem_view;
  GtkWidget *media;
  g_autoptr(ScRichText) stem = NULL;
  g_autofree char *position = NULL;

  self->building = TRUE;
  self->editable = sc_attempt_get_state (self->attempt) == SC_ATTEMPT_IN_PROGRESS &&
                   slot->state == SC_SLOT_OPEN;

  if (slot->max_mark > 0)
    {
      g_autofree char *marks = sc_quiz_text_marks (slot->max_mark);

      /* Translators: "Question 2 of 8 · 2 marks" */
      position = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Question %u of %u · %s mark",
                                               "Question %u of %u · %s marks",
                                               slot->max_mark == 1.0 ? 1 : 2),
                                  self->number, sc_attempt_get_n_slots (self->attempt), marks);
    }
  else
    position = g_strdup_printf (_("Question %u of %u"), self->number, sc_attempt_get_n_slots (self->attempt));
  sc_quiz_question_view_add_label (GTK_WIDGET (self), position, "dim-label");

  if (question->type == SC_QUESTION_CLOZE)
    {
      ScQuestionText text = question->stem;

      text.source = sc_quiz_question_view_cloze_stem (question);
      stem = sc_quiz_text_rich (&text);
      g_free (text.source);
    }
  else
    stem = sc_quiz_text_rich (&question->stem);
  /* The pictures are on disk before the text is drawn, which shows them. */
  stem_view = sc_rich_text_view_new ();
  gtk_widget_set_name (stem_view, "sc-quiz-stem");
  media = sc_question_media_attach (SC_RICH_TEXT_VIEW (stem_view), &question->stem);
  sc_rich_text_view_set_text (SC_RICH_TEXT_VIEW (stem_view), stem);
  append (GTK_WIDGET (self), stem_view);
  if (media != NULL)
    append (GTK_WIDGET (self), media);

  self->inputs = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->inputs, "sc-quiz-inputs");
  append (GTK_WIDGET (self), self->inputs);

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
    case SC_QUESTION_TRUE_FALSE:
      build_choices (self);
      if (self->editable)
        add_number_keys (self);
      break;
    case SC_QUESTION_SHORT_ANSWER:
    case SC_QUESTION_NUMERICAL:
      build_entry (self);
      break;
    case SC_QUESTION_ESSAY:
      build_essay (self);
      break;
    case SC_QUESTION_MATCHING:
      sc_quiz_question_view_build_matching (self);
      break;
    case SC_QUESTION_ORDERING:
      sc_quiz_question_view_build_ordering (self);
      break;
    case SC_QUESTION_CLOZE:
      sc_quiz_question_view_build_cloze (self);
      break;
    case SC_QUESTION_DESCRIPTION:
      break;
    case SC_QUESTION_UNSUPPORTED:
    default:
      sc_quiz_question_view_add_label (self->inputs, _("Shopcraft cannot show this kind of question. It is left unanswered."),
                 "dim-label");
      break;
    }

  build_outcome (self);
  self->building = FALSE;
}

static void
sc_quiz_question_view_dispose (GObject *object)
{
  ScQuizQuestionView *self = SC_QUIZ_QUESTION_VIEW (object);
  GtkWidget *child;

  if (self->essay != NULL)
    g_signal_handlers_disconnect_by_data (self->essay, self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->essay = NULL;
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->choice_answers, g_array_unref);
  g_clear_pointer (&self->dropdowns, g_ptr_array_unref);
  g_clear_pointer (&self->part_entries, g_ptr_array_unref);
  g_clear_pointer (&self->stems, g_array_unref);
  g_clear_pointer (&self->offered, g_array_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_object (&self->attempt);

  G_OBJECT_CLASS (sc_quiz_question_view_parent_class)->dispose (object);
}

static void
sc_quiz_question_view_class_init (ScQuizQuestionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_quiz_question_view_dispose;

  /**
   * ScQuizQuestionView::response-changed:
   *
   * The learner changed an input; sc_quiz_question_view_dup_response()
   * gives the whole response to save.
   */
  signals[RESPONSE_CHANGED] = g_signal_new ("response-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sc-quiz-question");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sc_quiz_question_view_init (ScQuizQuestionView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);
}

/**
 * sc_quiz_question_view_new:
 * @number: the slot shown, 1 for the first
 *
 * Returns: (transfer floating): a view of the slot as @attempt holds it
 */
GtkWidget *
sc_quiz_question_view_new (ScAttempt *attempt,
                           guint      number)
{
  ScQuizQuestionView *self;

  g_return_val_if_fail (SC_IS_ATTEMPT (attempt), NULL);
  g_return_val_if_fail (sc_attempt_get_slot (attempt, number) != NULL, NULL);

  self = g_object_new (SC_TYPE_QUIZ_QUESTION_VIEW, NULL);
  self->attempt = g_object_ref (attempt);
  self->number = number;
  build (self);

  return GTK_WIDGET (self);
}

guint
sc_quiz_question_view_get_number (ScQuizQuestionView *self)
{
  g_return_val_if_fail (SC_IS_QUIZ_QUESTION_VIEW (self), 0);

  return self->number;
}

gboolean
sc_quiz_question_view_get_editable (ScQuizQuestionView *self)
{
  g_return_val_if_fail (SC_IS_QUIZ_QUESTION_VIEW (self), FALSE);

  return self->editable;
}

/**
 * sc_quiz_question_view_pick:
 * @position: 1 for the first option shown
 *
 * Picks an option as the number keys do: a single choice selects it, a
 * multiple response toggles it; the focus moves to it.
 *
 * Returns: whether there was such an option to pick
 */
gboolean
sc_quiz_question_view_pick (ScQuizQuestionView *self,
                            guint               position)
{
  GtkCheckButton *button;

  g_return_val_if_fail (SC_IS_QUIZ_QUESTION_VIEW (self), FALSE);

  if (!self->editable || self->choices == NULL || position == 0 || position > self->choices->len)
    return FALSE;

  button = self->choices->pdata[position - 1];
  if (sc_quiz_question_view_get_slot (self)->question->type == SC_QUESTION_MULTIPLE_RESPONSE)
    gtk_check_button_set_active (button, !gtk_check_button_get_active (button));
  else
    gtk_check_button_set_active (button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (button));

  return TRUE;
}

/**
 * sc_quiz_question_view_focus_input:
 *
 * Returns: whether the first input took the focus
 */
gboolean
sc_quiz_question_view_focus_input (ScQuizQuestionView *self)
{
  g_return_val_if_fail (SC_IS_QUIZ_QUESTION_VIEW (self), FALSE);

  if (self->first_input == NULL || !gtk_widget_get_sensitive (self->first_input))
    return FALSE;

  return gtk_widget_grab_focus (self->first_input);
}
