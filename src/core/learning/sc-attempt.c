/* sc-attempt.c - one attempt at a quiz: questions fixed at the start, answers saved as given
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An attempt is started by sc_attempt_start() (sc-attempt-start.c), which
 * fixes and stores everything the learner will see; this file reads an
 * attempt back, to resume it after a crash or to review it, and answers
 * questions about it. The attempt's UUID is the registration of its
 * statements.
 *
 * Answers are saved as they are given (sc-attempt-answer.c), each in one
 * short write; grading, statements and module status happen at Check
 * and at submit (sc-attempt-submit.c).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-attempt-private.h"
#include "sc-question-bank.h"

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

/* Resuming */

static gboolean
read_attempt (ScAttempt   *self,
              ScDatabase  *database,
              GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  const char *state;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT a.course_id, a.module_id, a.quiz_id, a.quiz_title, a.bank_id,"
                              " b.name, a.behaviour, a.state, a.started_at, a.time_limit,"
                              " a.submitted_at, a.seed, a.pass_fraction"
                              " FROM attempts a JOIN question_banks b ON b.id = a.bank_id"
                              " WHERE a.uuid = ?1 AND a.learner_id = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sc_learning_bind_text (stmt, 1, self->uuid);
  sqlite3_bind_int64 (stmt, 2, self->learner->id);

  rc = sc_learning_step_row (database, stmt, error);
  if (rc == SQLITE_DONE)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("There is no quiz attempt %s for %s; it may have been deleted with its learner. Start the quiz again."),
                 self->uuid, self->learner->display_name);
  if (rc != SQLITE_ROW)
    return FALSE;

  self->course_id = g_strdup (sc_learning_column_text (stmt, 0));
  self->module_id = g_strdup (sc_learning_column_text (stmt, 1));
  self->quiz_id = g_strdup (sc_learning_column_text (stmt, 2));
  self->quiz_title = g_strdup (sc_learning_column_text (stmt, 3));
  self->bank_id = sqlite3_column_int64 (stmt, 4);
  self->bank_name = g_strdup (sc_learning_column_text (stmt, 5));
  if (!sc_behaviour_from_string (sc_learning_column_text (stmt, 6), &self->behaviour))
    self->behaviour = SC_BEHAVIOUR_DEFERRED;
  state = sc_learning_column_text (stmt, 7);
  self->state = g_strcmp0 (state, "finished") == 0 ? SC_ATTEMPT_FINISHED
                : g_strcmp0 (state, "needs-grading") == 0 ? SC_ATTEMPT_NEEDS_GRADING
                : SC_ATTEMPT_IN_PROGRESS;
  self->started_at = g_strdup (sc_learning_column_text (stmt, 8));
  self->time_limit = (guint) sqlite3_column_int64 (stmt, 9);
  self->submitted_at = g_strdup (sc_learning_column_text (stmt, 10));
  self->seed = (guint32) sqlite3_column_int64 (stmt, 11);
  self->pass_fraction = sqlite3_column_double (stmt, 12);

  return TRUE;
}

static double
column_or (ScLearningStmt *stmt,
           int             index,
           double          fallback)
{
  return sqlite3_column_type (stmt, index) == SQLITE_NULL ? fallback : sqlite3_column_double (stmt, index);
}

static gboolean
read_slots (ScAttempt   *self,
            ScDatabase  *database,
            GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT s.slot, s.question_id, s.max_mark, s.layout, r.response, r.flagged,"
                              " r.tries, r.fraction, r.mark, r.state, r.saved_at"
                              " FROM attempt_slots s JOIN responses r ON r.attempt = s.attempt AND r.slot = s.slot"
                              " WHERE s.attempt = ?1 ORDER BY s.slot",
                              error);
  if (stmt == NULL)
    return FALSE;
  sc_learning_bind_text (stmt, 1, self->uuid);

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      ScAttemptSlot *slot = g_new0 (ScAttemptSlot, 1);
      const char *state = sc_learning_column_text (stmt, 9);

      g_ptr_array_add (self->slots, slot);
      slot->number = (guint) sqlite3_column_int64 (stmt, 0);
      slot->question_id = sqlite3_column_int64 (stmt, 1);
      slot->max_mark = sqlite3_column_double (stmt, 2);
      sc_attempt_layout_from_json (slot, sc_learning_column_text (stmt, 3));
      slot->response = sc_attempt_response_from_json (sc_learning_column_text (stmt, 4));
      slot->flagged = sqlite3_column_int (stmt, 5) != 0;
      slot->tries = (guint) sqlite3_column_int64 (stmt, 6);
      slot->fraction = column_or (stmt, 7, -1.0);
      slot->mark = column_or (stmt, 8, -1.0);
      slot->state = g_strcmp0 (state, "graded") == 0 ? SC_SLOT_GRADED
                    : g_strcmp0 (state, "needs-grading") == 0 ? SC_SLOT_NEEDS_GRADING
                    : SC_SLOT_OPEN;
      slot->saved_at = g_strdup (sc_learning_column_text (stmt, 10));
      slot->question = sc_question_bank_load_question (database, slot->question_id, error);
      if (slot->question == NULL)
        return FALSE;
    }

  return rc == SQLITE_DONE;
}

/**
 * sc_attempt_load:
 * @course: (nullable): as given to sc_attempt_start()
 * @rules: (nullable): as given to sc_attempt_start()
 *
 * Reads an attempt back as it was left: its questions in their order and
 * layout, every answer saved, flags, tries and marks. Resuming after a
 * crash is loading the attempt sc_attempt_find_open() names.
 *
 * Returns: (transfer full) (nullable): the attempt
 */
ScAttempt *
sc_attempt_load (ScDatabase       *database,
                 const ScLearner  *learner,
                 ScCourse         *course,
                 ScModuleRules    *rules,
                 const char       *uuid,
                 GError          **error)
{
  g_autoptr(ScAttempt) self = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  self = g_object_new (SC_TYPE_ATTEMPT, NULL);
  self->uuid = g_strdup (uuid);
  self->learner = sc_learner_copy (learner);
  self->course = course != NULL ? g_object_ref (course) : NULL;
  self->rules = rules != NULL ? sc_module_rules_ref (rules) : NULL;

  if (!read_attempt (self, database, error) || !read_slots (self, database, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * sc_attempt_find_open:
 * @course_id: (nullable): the quiz's course
 * @out_uuid: (out) (transfer full) (nullable): the attempt in progress,
 *   %NULL when there is none
 */
gboolean
sc_attempt_find_open (ScDatabase       *database,
                      const ScLearner  *learner,
                      const char       *course_id,
                      const char       *quiz_id,
                      char            **out_uuid,
                      GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL && quiz_id != NULL && out_uuid != NULL, FALSE);

  *out_uuid = NULL;
  stmt = sc_learning_prepare (database,
                              "SELECT uuid FROM attempts"
                              " WHERE learner_id = ?1 AND course_id IS ?2 AND quiz_id = ?3"
                              "   AND state = 'in-progress'"
                              " ORDER BY started_at DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, course_id);
  sc_learning_bind_text (stmt, 3, quiz_id);

  rc = sc_learning_step_row (database, stmt, error);
  if (rc == SQLITE_ROW)
    *out_uuid = g_strdup (sc_learning_column_text (stmt, 0));

  return rc != -1;
}

/**
 * sc_attempt_count:
 * @out_count: (out): the learner's attempts at the quiz, in any state
 */
gboolean
sc_attempt_count (ScDatabase       *database,
                  const ScLearner  *learner,
                  const char       *course_id,
                  const char       *quiz_id,
                  guint            *out_count,
                  GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL && quiz_id != NULL && out_count != NULL, FALSE);

  stmt = sc_learning_prepare (database,
                              "SELECT count(*) FROM attempts"
                              " WHERE learner_id = ?1 AND course_id IS ?2 AND quiz_id = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, course_id);
  sc_learning_bind_text (stmt, 3, quiz_id);

  rc = sc_learning_step_row (database, stmt, error);
  if (rc == SQLITE_ROW)
    *out_count = (guint) sqlite3_column_int64 (stmt, 0);

  return rc == SQLITE_ROW;
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
