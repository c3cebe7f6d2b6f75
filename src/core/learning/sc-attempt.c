/* sc-attempt.c - one attempt at a quiz: questions fixed at the start, answers saved as given
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An attempt is started by sc_attempt_start() (sc-attempt-start.c), which
 * fixes and stores everything the learner will see; sc-attempt-load.c
 * reads an attempt back, to resume it after a crash or to review it; this
 * file answers questions about it. The attempt's UUID is the registration
 * of its statements.
 *
 * Answers are saved as they are given (sc-attempt-answer.c), each in one
 * short write; grading, statements and module status happen at Check
 * and at submit (sc-attempt-submit.c).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-attempt-private.h"

G_DEFINE_FINAL_TYPE (ScAttempt, sc_attempt, G_TYPE_OBJECT)

/**
 * sc_attempt_part_order_free:
 * @order: (nullable): the shown order of one cloze part's answers; %NULL
 *   for a part whose answers are not shuffled
 *
 * The free function of ScAttemptSlot.part_choices, which holds %NULL for
 * parts without choices (a GPtrArray calls it on %NULL elements too).
 */
void
sc_attempt_part_order_free (gpointer order)
{
  if (order != NULL)
    g_array_unref (order);
}

void
sc_attempt_slot_free (ScAttemptSlot *slot)
{
  if (slot == NULL)
    return;

  sc_question_free (slot->question);
  g_clear_pointer (&slot->choices, g_array_unref);
  g_clear_pointer (&slot->stems, g_array_unref);
  g_clear_pointer (&slot->items, g_array_unref);
  g_clear_pointer (&slot->part_choices, g_ptr_array_unref);
  g_clear_pointer (&slot->response, sc_response_free);
  g_free (slot->saved_at);
  g_free (slot->grade_comment);
  g_free (slot);
}

static void
sc_attempt_finalize (GObject *object)
{
  ScAttempt *self = SC_ATTEMPT (object);

  g_free (self->uuid);
  g_clear_pointer (&self->learner, sc_learner_free);
  g_clear_object (&self->course);
  g_clear_pointer (&self->rules, sc_module_rules_unref);
  g_free (self->course_id);
  g_free (self->module_id);
  g_free (self->quiz_id);
  g_free (self->quiz_title);
  g_free (self->bank_name);
  g_free (self->started_at);
  g_free (self->submitted_at);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_attempt_parent_class)->finalize (object);
}

static void
sc_attempt_class_init (ScAttemptClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_attempt_finalize;
}

static void
sc_attempt_init (ScAttempt *self)
{
  self->slots = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_attempt_slot_free);
}

const char *
sc_attempt_state_to_string (ScAttemptState state)
{
  switch (state)
    {
    case SC_ATTEMPT_NEEDS_GRADING:
      return "needs-grading";
    case SC_ATTEMPT_FINISHED:
      return "finished";
    case SC_ATTEMPT_IN_PROGRESS:
    default:
      return "in-progress";
    }
}

char *
sc_attempt_format_time (GDateTime *time)
{
  return sc_xapi_format_timestamp (time);
}

GDateTime *
sc_attempt_parse_time (const char *text)
{
  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

/* Getters */

const char *
sc_attempt_get_uuid (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), NULL);

  return self->uuid;
}

const char *
sc_attempt_get_quiz_id (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), NULL);

  return self->quiz_id;
}

const char *
sc_attempt_get_quiz_title (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), NULL);

  return self->quiz_title;
}

ScBehaviour
sc_attempt_get_behaviour (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), SC_BEHAVIOUR_DEFERRED);

  return self->behaviour;
}

ScAttemptState
sc_attempt_get_state (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), SC_ATTEMPT_IN_PROGRESS);

  return self->state;
}

guint32
sc_attempt_get_seed (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), 0);

  return self->seed;
}

const char *
sc_attempt_get_started_at (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), NULL);

  return self->started_at;
}

/**
 * sc_attempt_get_submitted_at:
 *
 * Returns: (nullable): when it was submitted; the deadline for an attempt
 *   submitted because its time ran out
 */
const char *
sc_attempt_get_submitted_at (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), NULL);

  return self->submitted_at;
}

guint
sc_attempt_get_time_limit (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), 0);

  return self->time_limit;
}

/**
 * sc_attempt_dup_deadline:
 *
 * Returns: (transfer full) (nullable): when the time limit runs out,
 *   counted from the saved start; %NULL without a limit
 */
GDateTime *
sc_attempt_dup_deadline (ScAttempt *self)
{
  g_autoptr(GDateTime) start = NULL;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), NULL);

  if (self->time_limit == 0 || (start = sc_attempt_parse_time (self->started_at)) == NULL)
    return NULL;

  return g_date_time_add_seconds (start, self->time_limit);
}

/**
 * sc_attempt_is_overdue:
 * @now: (nullable): the time to judge by; %NULL for the current time
 */
gboolean
sc_attempt_is_overdue (ScAttempt *self,
                       GDateTime *now)
{
  g_autoptr(GDateTime) deadline = NULL;
  g_autoptr(GDateTime) current = NULL;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), FALSE);

  deadline = sc_attempt_dup_deadline (self);
  if (deadline == NULL || self->state != SC_ATTEMPT_IN_PROGRESS)
    return FALSE;
  current = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();

  return g_date_time_compare (current, deadline) > 0;
}

guint
sc_attempt_get_n_slots (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), 0);

  return self->slots->len;
}

/**
 * sc_attempt_get_slot:
 * @number: 1 for the first question shown
 *
 * Returns: (transfer none) (nullable): the slot, %NULL past the last
 */
const ScAttemptSlot *
sc_attempt_get_slot (ScAttempt *self,
                     guint      number)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), NULL);

  if (number == 0 || number > self->slots->len)
    return NULL;

  return g_ptr_array_index (self->slots, number - 1);
}

/**
 * sc_attempt_get_score:
 *
 * Returns: the marks earned so far: graded answers, manual grades included
 */
double
sc_attempt_get_score (ScAttempt *self)
{
  double score = 0.0;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), 0.0);

  for (guint i = 0; i < self->slots->len; i++)
    {
      ScAttemptSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot->state == SC_SLOT_GRADED && slot->mark > 0)
        score += slot->mark;
    }

  return score;
}

double
sc_attempt_get_max_score (ScAttempt *self)
{
  double max = 0.0;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), 0.0);

  for (guint i = 0; i < self->slots->len; i++)
    max += ((ScAttemptSlot *) g_ptr_array_index (self->slots, i))->max_mark;

  return max;
}

/**
 * sc_attempt_get_pending:
 *
 * Returns: the marks of answers that await a grader
 */
double
sc_attempt_get_pending (ScAttempt *self)
{
  double pending = 0.0;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), 0.0);

  for (guint i = 0; i < self->slots->len; i++)
    {
      ScAttemptSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot->state == SC_SLOT_NEEDS_GRADING)
        pending += slot->max_mark;
    }

  return pending;
}

double
sc_attempt_get_pass_fraction (ScAttempt *self)
{
  g_return_val_if_fail (SC_IS_ATTEMPT (self), 0.0);

  return self->pass_fraction;
}

static char *
format_marks (double marks)
{
  char *text = g_strdup_printf ("%.2f", marks);
  char *point = strpbrk (text, ".,");
  char *end;

  if (point == NULL)
    return text;

  /* "4.50" → "4.5", "4.00" → "4" */
  end = text + strlen (text);
  while (end > point + 1 && end[-1] == '0')
    *--end = '\0';
  if (end == point + 1)
    *point = '\0';

  return text;
}

/**
 * sc_attempt_format_score:
 *
 * Returns: (transfer full): the score for the learner: "7 / 10", or
 *   "7 / 10 + pending" while answers await a grader
 */
char *
sc_attempt_format_score (ScAttempt *self)
{
  g_autofree char *score = NULL;
  g_autofree char *max = NULL;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), NULL);

  score = format_marks (sc_attempt_get_score (self));
  max = format_marks (sc_attempt_get_max_score (self));
  if (sc_attempt_get_pending (self) > 0)
    /* Translators: marks earned / marks possible, while some answers still await a grader */
    return g_strdup_printf (_("%s / %s + pending"), score, max);

  /* Translators: marks earned / marks possible */
  return g_strdup_printf (_("%s / %s"), score, max);
}

/**
 * sc_attempt_get_hint:
 *
 * Returns: (transfer none) (nullable): in interactive mode, the hint to
 *   show after the slot's last wrong try, if the question has one for it
 */
const ScQuestionHint *
sc_attempt_get_hint (ScAttempt *self,
                     guint      number)
{
  const ScAttemptSlot *slot;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), NULL);

  slot = sc_attempt_get_slot (self, number);
  if (slot == NULL || self->behaviour != SC_BEHAVIOUR_INTERACTIVE || slot->tries == 0 ||
      slot->state != SC_SLOT_OPEN || slot->tries > slot->question->hints->len)
    return NULL;

  return g_ptr_array_index (slot->question->hints, slot->tries - 1);
}
