/* sc-attempt-submit.c - submitting an attempt, its deadline, and grading essays by hand
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Submit and a manual grade each run in one transaction with the
 * statements they imply and the module status those change:
 *
 *   submit       every open question is graded (interactive: the
 *                submission counts as a try), an "answered" statement
 *                for each, then "passed"/"failed" (with a pass mark) or
 *                "completed". Essays wait for a grader: the attempt
 *                "needs grading" and its score reads "x / y + pending";
 *                it ends with a "completed" statement carrying the marks
 *                so far and the pending ones.
 *   manual grade a "scored" statement about the question (with the
 *                grader's comment); the last one an attempt waits for
 *                ends it with "passed"/"failed" or, without a pass mark,
 *                a "scored" statement about the quiz. The outcome is
 *                deferred until then because a statement cannot be taken
 *                back: "completed" with the pending marks says what is
 *                known at submit.
 *   regrade      a mark given again to an answer graded by hand: one more
 *                "scored" statement about the question, the newest mark
 *                replaces the old one in the attempt's total, and the
 *                quiz's outcome is said again only when it changes
 *                (passed <-> failed). Module status keeps its best score,
 *                so a lower regrade does not take a mastery back.
 *
 * An attempt past its deadline is submitted as at the deadline.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-attempt-private.h"

/* What submitting does to one slot. */
static ScSlotUpdate
grade_at_submit (ScAttempt           *self,
                 const ScAttemptSlot *slot)
{
  ScSlotUpdate update = { slot->state, slot->tries, slot->fraction, slot->mark };
  gboolean empty = sc_response_is_empty (slot->response);

  if (slot->state != SC_SLOT_OPEN)
    return update;

  update.state = SC_SLOT_GRADED;
  if (slot->question->type == SC_QUESTION_DESCRIPTION)
    {
      update.fraction = -1.0;
      update.mark = 0.0;
      return update;
    }
  if (slot->question->type == SC_QUESTION_ESSAY && !empty)
    {
      update.state = SC_SLOT_NEEDS_GRADING;
      update.fraction = -1.0;
      update.mark = -1.0;
      return update;
    }
  if (empty)
    {
      update.fraction = 0.0;
      update.mark = 0.0;
      return update;
    }

  update.tries = slot->tries + 1;
  update.fraction = MAX (sc_attempt_grade_fraction (slot), 0.0);
  update.mark = (self->behaviour == SC_BEHAVIOUR_INTERACTIVE
                 ? sc_grade_mark_after_tries (update.fraction, slot->question->penalty, update.tries)
                 : update.fraction) * slot->max_mark;

  return update;
}

static double
total (const ScSlotUpdate *updates,
       guint               n,
       gboolean            pending)
{
  double sum = 0.0;

  for (guint i = 0; i < n; i++)
    if (pending ? updates[i].state == SC_SLOT_NEEDS_GRADING
                : updates[i].state == SC_SLOT_GRADED && updates[i].mark > 0)
      sum += updates[i].mark;

  return sum;
}

static gint64
duration (ScAttempt  *self,
          const char *end)
{
  g_autoptr(GDateTime) start = sc_attempt_parse_time (self->started_at);
  g_autoptr(GDateTime) stop = sc_attempt_parse_time (end);

  if (start == NULL || stop == NULL)
    return -1;

  return MAX (g_date_time_difference (stop, start) / G_TIME_SPAN_SECOND, 0);
}

/* The quiz-level statement that ends an attempt (or, pending, says it
 * was submitted). */
static gboolean
record_outcome (ScAttempt   *self,
                ScDatabase  *database,
                double       score,
                double       pending,
                gboolean     after_grading,
                GError     **error)
{
  ScAttemptResult result = SC_ATTEMPT_RESULT_INIT;
  double max = sc_attempt_get_max_score (self);
  ScVerb verb = SC_VERB_COMPLETED;

  result.has_score = max > 0;
  result.raw = score;
  result.max = max;
  result.completion = TRUE;
  result.duration = duration (self, self->submitted_at);
  if (pending > 0)
    result.pending = pending;
  else if (self->pass_fraction > 0 && max > 0)
    {
      result.success = score / max >= self->pass_fraction - 1e-9;
      verb = result.success ? SC_VERB_PASSED : SC_VERB_FAILED;
    }
  else if (after_grading)
    verb = SC_VERB_SCORED;

  return sc_attempt_record (self, database, verb, NULL, &result, NULL, error);
}

static gboolean
write_attempt (ScAttempt       *self,
               ScDatabase      *database,
               ScAttemptState   state,
               double           score,
               double           pending,
               GError         **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;

  stmt = sc_learning_prepare (database,
                              "UPDATE attempts SET state = ?1, submitted_at = ?2, score = ?3, pending = ?4"
                              " WHERE uuid = ?5",
                              error);
  if (stmt == NULL)
    return FALSE;
  sc_learning_bind_text (stmt, 1, sc_attempt_state_to_string (state));
  sc_learning_bind_text (stmt, 2, self->submitted_at);
  sqlite3_bind_double (stmt, 3, score);
  sqlite3_bind_double (stmt, 4, pending);
  sc_learning_bind_text (stmt, 5, self->uuid);

  return sc_learning_step_done (database, stmt, error);
}

/**
 * sc_attempt_submit:
 * @now: (nullable): the time of the submission; past the deadline, the
 *   attempt is submitted as at the deadline
 *
 * Ends the attempt: grades every open question, records an "answered"
 * statement for each and the attempt's outcome, in one transaction.
 * Essays leave the attempt waiting for a grader.
 */
gboolean
sc_attempt_submit (ScAttempt   *self,
                   ScDatabase  *database,
                   GDateTime   *now,
                   GError     **error)
{
  g_autofree ScSlotUpdate *updates = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *previous = NULL;
  ScAttemptState state;
  ScLearningTx tx;
  double score;
  double pending;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), FALSE);
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);

  if (self->state != SC_ATTEMPT_IN_PROGRESS)
    return sc_attempt_fail_not_in_progress (self, error);

  time = sc_attempt_is_overdue (self, now) ? sc_attempt_dup_deadline (self) : sc_attempt_dup_now (now);
  previous = g_steal_pointer (&self->submitted_at);
  self->submitted_at = sc_attempt_format_time (time);

  updates = g_new0 (ScSlotUpdate, self->slots->len);
  for (guint i = 0; i < self->slots->len; i++)
    updates[i] = grade_at_submit (self, g_ptr_array_index (self->slots, i));
  score = total (updates, self->slots->len, FALSE);
  pending = 0.0;
  for (guint i = 0; i < self->slots->len; i++)
    if (updates[i].state == SC_SLOT_NEEDS_GRADING)
      pending += ((ScAttemptSlot *) g_ptr_array_index (self->slots, i))->max_mark;
  state = pending > 0 ? SC_ATTEMPT_NEEDS_GRADING : SC_ATTEMPT_FINISHED;

  if (!sc_learning_tx_begin (&tx, database, error))
    goto failed;

  for (guint i = 0; i < self->slots->len; i++)
    {
      ScAttemptSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot->state != SC_SLOT_OPEN)
        continue;
      if (!sc_attempt_write_slot (self, database, slot->number, &updates[i], error) ||
          (slot->question->type != SC_QUESTION_DESCRIPTION &&
           !sc_attempt_record_answer (self, database, slot, &updates[i], MAX (updates[i].mark, 0.0), error)))
        goto failed;
    }

  if (!write_attempt (self, database, state, score, pending, error) ||
      !record_outcome (self, database, score, pending, FALSE, error) ||
      !sc_learning_tx_commit (&tx, error))
    goto failed;

  for (guint i = 0; i < self->slots->len; i++)
    sc_attempt_apply_update (g_ptr_array_index (self->slots, i), &updates[i]);
  self->state = state;

  return TRUE;

failed:
  sc_learning_tx_fail (&tx);
  g_free (self->submitted_at);
  self->submitted_at = g_steal_pointer (&previous);

  return FALSE;
}

/**
 * sc_attempt_submit_if_overdue:
 * @out_submitted: (out) (optional): whether it was submitted now
 *
 * Submits an attempt whose time has run out, as at its deadline: call it
 * when an attempt is resumed, and when the player's countdown ends.
 */
gboolean
sc_attempt_submit_if_overdue (ScAttempt   *self,
                              ScDatabase  *database,
                              GDateTime   *now,
                              gboolean    *out_submitted,
                              GError     **error)
{
  gboolean overdue;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), FALSE);

  overdue = sc_attempt_is_overdue (self, now);
  if (out_submitted != NULL)
    *out_submitted = FALSE;
  if (!overdue)
    return TRUE;

  if (!sc_attempt_submit (self, database, now, error))
    return FALSE;
  if (out_submitted != NULL)
    *out_submitted = TRUE;

  return TRUE;
}

/* Whether @score passes: -1 without a pass mark. */
static int
passes (ScAttempt *self,
        double     score)
{
  double max = sc_attempt_get_max_score (self);

  if (self->pass_fraction <= 0 || max <= 0)
    return -1;

  return score / max >= self->pass_fraction - 1e-9;
}

static gboolean
insert_grade (ScAttempt   *self,
              ScDatabase  *database,
              guint        number,
              double       mark,
              const char  *comment,
              const char  *grader,
              const char  *graded_at,
              const char  *statement_id,
              GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;

  stmt = sc_learning_prepare (database,
                              "INSERT INTO manual_grades (attempt, learner_id, slot, mark, comment, grader,"
                              " graded_at, statement_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sc_learning_bind_text (stmt, 1, self->uuid);
  sqlite3_bind_int64 (stmt, 2, self->learner->id);
  sqlite3_bind_int64 (stmt, 3, number);
  sqlite3_bind_double (stmt, 4, mark);
  sc_learning_bind_text (stmt, 5, comment != NULL ? comment : "");
  sc_learning_bind_text (stmt, 6, grader);
  sc_learning_bind_text (stmt, 7, graded_at);
  sc_learning_bind_text (stmt, 8, statement_id);

  return sc_learning_step_done (database, stmt, error);
}

/**
 * sc_attempt_grade_manually:
 * @number: a question awaiting a grader (an essay), or one graded by hand
 *   before (to change its mark)
 * @mark: 0 … the question's marks in this quiz
 * @comment: (nullable): for the learner
 * @grader: (nullable): who gives the mark
 * @now: (nullable): the time of the grade
 *
 * Records an instructor's mark as a "scored" statement with the attempt's
 * registration. When no answer awaits a grader any more, the attempt ends
 * with its outcome.
 */
gboolean
sc_attempt_grade_manually (ScAttempt   *self,
                           ScDatabase  *database,
                           guint        number,
                           double       mark,
                           const char  *comment,
                           const char  *grader,
                           GDateTime   *now,
                           GError     **error)
{
  ScAttemptResult result = SC_ATTEMPT_RESULT_INIT;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *graded_at = NULL;
  g_autofree char *statement_id = NULL;
  g_autofree ScSlotUpdate *updates = NULL;
  ScAttemptSlot *slot;
  ScAttemptState state;
  ScLearningTx tx;
  gboolean say_outcome;
  double score;
  double pending;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), FALSE);
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);

  if ((slot = sc_attempt_lookup_slot (self, number, error)) == NULL)
    return FALSE;
  if (self->state == SC_ATTEMPT_IN_PROGRESS ||
      (slot->state != SC_SLOT_NEEDS_GRADING && slot->question->type != SC_QUESTION_ESSAY))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Question %u of this attempt does not wait for a grader. Only submitted essays are graded by hand."),
                   number);
      return FALSE;
    }
  if (!(mark >= 0.0 && mark <= slot->max_mark + 1e-9))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("A mark of %g for question %u is outside its marks: give between 0 and %g."),
                   mark, number, slot->max_mark);
      return FALSE;
    }

  time = sc_attempt_dup_now (now);
  graded_at = sc_attempt_format_time (time);
  updates = g_new0 (ScSlotUpdate, self->slots->len);
  for (guint i = 0; i < self->slots->len; i++)
    {
      ScAttemptSlot *other = g_ptr_array_index (self->slots, i);
      ScSlotUpdate same = { other->state, other->tries, other->fraction, other->mark };

      updates[i] = same;
    }
  updates[number - 1].state = SC_SLOT_GRADED;
  updates[number - 1].mark = mark;
  updates[number - 1].fraction = slot->max_mark > 0 ? mark / slot->max_mark : 0.0;
  score = total (updates, self->slots->len, FALSE);
  pending = 0.0;
  for (guint i = 0; i < self->slots->len; i++)
    if (updates[i].state == SC_SLOT_NEEDS_GRADING)
      pending += ((ScAttemptSlot *) g_ptr_array_index (self->slots, i))->max_mark;
  state = pending > 0 ? SC_ATTEMPT_NEEDS_GRADING : SC_ATTEMPT_FINISHED;
  say_outcome = pending == 0 &&
                (self->state == SC_ATTEMPT_NEEDS_GRADING ||
                 passes (self, sc_attempt_get_score (self)) != passes (self, score));

  result.has_score = TRUE;
  result.raw = mark;
  result.max = slot->max_mark;
  /* Right or wrong as an answer graded by the machine, so the module
   * rules that count correct answers (streaks, m of n) count it too. */
  result.success = sc_grade_state_for_fraction (updates[number - 1].fraction) == SC_GRADE_CORRECT;
  result.comment = comment;
  result.grader = grader;

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;
  if (!sc_attempt_write_slot (self, database, number, &updates[number - 1], error) ||
      !sc_attempt_record (self, database, SC_VERB_SCORED, slot, &result, &statement_id, error) ||
      !insert_grade (self, database, number, mark, comment, grader, graded_at, statement_id, error) ||
      !write_attempt (self, database, state, score, pending, error) ||
      (say_outcome && !record_outcome (self, database, score, 0, TRUE, error)) ||
      !sc_learning_tx_commit (&tx, error))
    return sc_learning_tx_fail (&tx);

  sc_attempt_apply_update (slot, &updates[number - 1]);
  g_free (slot->grade_comment);
  slot->grade_comment = g_strdup (comment != NULL ? comment : "");
  self->state = state;

  return TRUE;
}
