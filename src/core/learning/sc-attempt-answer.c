/* sc-attempt-answer.c - saving answers, flags and Check, within the time limit
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving an answer and flagging a question are one short UPDATE each, so
 * the learner never waits and a killed process keeps every answer that
 * was acknowledged. Check (immediate and interactive behaviours) runs in
 * one transaction with its "answered" statement and the module status
 * that changes:
 *
 *   immediate    the question is graded, once.
 *   interactive  each Check is a try; a right answer, or the last try
 *                (one more than the question's hints), closes the
 *                question with the penalty taken off per extra try;
 *                after a wrong try the next hint is shown.
 *
 * Time limits are counted from the saved start. A write after the
 * deadline submits the attempt as it was at the deadline (answers saved
 * after it are not taken) and fails, saying so.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-attempt-private.h"

/* Refuses a write to an attempt that is over; one whose time has run
 * out is submitted first. */
static gboolean
ensure_in_progress (ScAttempt   *self,
                    ScDatabase  *database,
                    GDateTime   *now,
                    GError     **error)
{
  g_autoptr(GDateTime) deadline = NULL;
  g_autofree char *at = NULL;

  if (self->state != SC_ATTEMPT_IN_PROGRESS)
    return sc_attempt_fail_not_in_progress (self, error);
  if (!sc_attempt_is_overdue (self, now))
    return TRUE;

  if (!sc_attempt_submit (self, database, now, error))
    return FALSE;

  deadline = sc_attempt_dup_deadline (self);
  at = g_date_time_format (deadline, "%X");
  g_set_error (error, SC_ERROR, SC_ERROR_FAILED,
               _("The time for “%s” ran out at %s, so the attempt was submitted with the answers saved until then."),
               self->quiz_title != NULL ? self->quiz_title : self->quiz_id, at);

  return FALSE;
}

/**
 * sc_attempt_save_response:
 * @number: the question, 1 for the first shown
 * @response: (nullable): the answer as it stands; %NULL clears it
 * @now: (nullable): the time of the save (tests pass their own clock)
 *
 * Saves the learner's answer to one question, in one short write, as
 * soon as it is given. Only a question still open takes an answer.
 */
gboolean
sc_attempt_save_response (ScAttempt         *self,
                          ScDatabase        *database,
                          guint              number,
                          const ScResponse  *response,
                          GDateTime         *now,
                          GError           **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *json = NULL;
  g_autofree char *saved_at = NULL;
  ScAttemptSlot *slot;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), FALSE);
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);

  if ((slot = sc_attempt_lookup_slot (self, number, error)) == NULL ||
      !ensure_in_progress (self, database, now, error))
    return FALSE;
  if (slot->state != SC_SLOT_OPEN)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Question %u was already checked; its answer can no longer change."),
                   number);
      return FALSE;
    }

  time = sc_attempt_dup_now (now);
  saved_at = sc_attempt_format_time (time);
  if (response != NULL)
    json = sc_attempt_response_to_json (response);

  stmt = sc_learning_prepare (database,
                              "UPDATE responses SET response = ?1, saved_at = ?2"
                              " WHERE attempt = ?3 AND slot = ?4 AND state = 'open'"
                              "   AND EXISTS (SELECT 1 FROM attempts WHERE uuid = ?3 AND state = 'in-progress')",
                              error);
  if (stmt == NULL)
    return FALSE;
  sc_learning_bind_text (stmt, 1, json);
  sc_learning_bind_text (stmt, 2, saved_at);
  sc_learning_bind_text (stmt, 3, self->uuid);
  sqlite3_bind_int64 (stmt, 4, number);
  if (!sc_learning_step_done (database, stmt, error))
    return FALSE;
  if (sqlite3_changes (sc_database_get_handle (database)) == 0)
    return sc_attempt_fail_not_in_progress (self, error);

  g_clear_pointer (&slot->response, sc_response_free);
  slot->response = response != NULL ? sc_response_copy (response) : NULL;
  g_free (slot->saved_at);
  slot->saved_at = g_steal_pointer (&saved_at);

  return TRUE;
}

/**
 * sc_attempt_set_flagged:
 *
 * Flags a question to come back to (or clears the flag), in one short
 * write. Flags stay visible on review.
 */
gboolean
sc_attempt_set_flagged (ScAttempt   *self,
                        ScDatabase  *database,
                        guint        number,
                        gboolean     flagged,
                        GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  ScAttemptSlot *slot;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), FALSE);
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);

  if ((slot = sc_attempt_lookup_slot (self, number, error)) == NULL)
    return FALSE;
  if (self->state != SC_ATTEMPT_IN_PROGRESS)
    return sc_attempt_fail_not_in_progress (self, error);

  stmt = sc_learning_prepare (database,
                              "UPDATE responses SET flagged = ?1 WHERE attempt = ?2 AND slot = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, flagged ? 1 : 0);
  sc_learning_bind_text (stmt, 2, self->uuid);
  sqlite3_bind_int64 (stmt, 3, number);
  if (!sc_learning_step_done (database, stmt, error))
    return FALSE;

  slot->flagged = flagged != FALSE;

  return TRUE;
}

gboolean
sc_attempt_check (ScAttempt   *self,
                  ScDatabase  *database,
                  guint        number,
                  GDateTime   *now,
                  GError     **error)
{
  ScAttemptSlot *slot;
  ScSlotUpdate update;
  ScLearningTx tx;
  double try_mark;
  guint max_tries;

  g_return_val_if_fail (SC_IS_ATTEMPT (self), FALSE);
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);

  if ((slot = sc_attempt_lookup_slot (self, number, error)) == NULL ||
      !ensure_in_progress (self, database, now, error))
    return FALSE;

  if (self->behaviour == SC_BEHAVIOUR_DEFERRED)
    {
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                           _("This quiz marks answers at the end: submit it to see your marks."));
      return FALSE;
    }
  if (slot->state != SC_SLOT_OPEN)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Question %u was already checked."), number);
      return FALSE;
    }
  if (slot->question->type == SC_QUESTION_ESSAY || slot->question->type == SC_QUESTION_DESCRIPTION)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Question %u is not checked on its own: it is marked after you submit the quiz."),
                   number);
      return FALSE;
    }
  if (sc_response_is_empty (slot->response))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Answer question %u before checking it."), number);
      return FALSE;
    }

  update.tries = slot->tries + 1;
  update.fraction = sc_attempt_grade_fraction (slot);
  update.fraction = MAX (update.fraction, 0.0);
  max_tries = self->behaviour == SC_BEHAVIOUR_INTERACTIVE ? slot->question->hints->len + 1 : 1;
  try_mark = (self->behaviour == SC_BEHAVIOUR_INTERACTIVE
              ? sc_grade_mark_after_tries (update.fraction, slot->question->penalty, update.tries)
              : update.fraction) * slot->max_mark;
  if (sc_grade_state_for_fraction (update.fraction) == SC_GRADE_CORRECT || update.tries >= max_tries)
    {
      update.state = SC_SLOT_GRADED;
      update.mark = try_mark;
    }
  else
    {
      update.state = SC_SLOT_OPEN;
      update.mark = -1.0;
    }

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;
  if (!sc_attempt_write_slot (self, database, number, &update, error) ||
      !sc_attempt_record_answer (self, database, slot, &update, try_mark, error) ||
      !sc_learning_tx_commit (&tx, error))
    return sc_learning_tx_fail (&tx);

  sc_attempt_apply_update (slot, &update);

  return TRUE;
}
