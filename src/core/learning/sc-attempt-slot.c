/* sc-attempt-slot.c - one question's grade, its row and its "answered" statement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Check (sc-attempt-answer.c) and submit (sc-attempt-submit.c)
 * share: a grade is computed, written to the slot's responses row and
 * recorded as a statement in the caller's transaction, and only applied
 * to the attempt in memory once that transaction has committed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-attempt-private.h"

GDateTime *
sc_attempt_dup_now (GDateTime *now)
{
  return now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
}

ScAttemptSlot *
sc_attempt_lookup_slot (ScAttempt  *self,
                        guint       number,
                        GError    **error)
{
  if (number == 0 || number > self->slots->len)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The quiz “%s” has no question %u."),
                   self->quiz_title != NULL ? self->quiz_title : self->quiz_id, number);
      return NULL;
    }

  return g_ptr_array_index (self->slots, number - 1);
}

gboolean
sc_attempt_fail_not_in_progress (ScAttempt  *self,
                                 GError    **error)
{
  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               _("This attempt at “%s” was already submitted; its answers can no longer change. Start a new attempt to try again."),
               self->quiz_title != NULL ? self->quiz_title : self->quiz_id);

  return FALSE;
}

gboolean
sc_attempt_write_slot (ScAttempt           *self,
                       ScDatabase          *database,
                       guint                number,
                       const ScSlotUpdate  *update,
                       GError             **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  static const char * const states[] = { "open", "graded", "needs-grading" };

  stmt = sc_learning_prepare (database,
                              "UPDATE responses SET tries = ?1, fraction = ?2, mark = ?3, state = ?4"
                              " WHERE attempt = ?5 AND slot = ?6",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, update->tries);
  if (update->fraction >= 0)
    sqlite3_bind_double (stmt, 2, update->fraction);
  else
    sqlite3_bind_null (stmt, 2);
  if (update->mark >= 0)
    sqlite3_bind_double (stmt, 3, update->mark);
  else
    sqlite3_bind_null (stmt, 3);
  sc_learning_bind_text (stmt, 4, states[update->state]);
  sc_learning_bind_text (stmt, 5, self->uuid);
  sqlite3_bind_int64 (stmt, 6, number);

  return sc_learning_step_done (database, stmt, error);
}

void
sc_attempt_apply_update (ScAttemptSlot      *slot,
                         const ScSlotUpdate *update)
{
  slot->state = update->state;
  slot->tries = update->tries;
  slot->fraction = update->fraction;
  slot->mark = update->mark;
}

/* The "answered" statement of one graded (or, for an essay, submitted) answer. */
gboolean
sc_attempt_record_answer (ScAttempt            *self,
                          ScDatabase           *database,
                          const ScAttemptSlot  *slot,
                          const ScSlotUpdate   *update,
                          double                try_mark,
                          GError              **error)
{
  ScAttemptResult result = SC_ATTEMPT_RESULT_INIT;
  g_autofree char *response = sc_attempt_response_to_xapi (slot->question, slot->response);

  result.response = response;
  if (update->state != SC_SLOT_NEEDS_GRADING)
    {
      result.has_score = TRUE;
      result.raw = try_mark;
      result.max = slot->max_mark;
      result.success = update->fraction >= 0 &&
                       sc_grade_state_for_fraction (update->fraction) == SC_GRADE_CORRECT;
    }

  return sc_attempt_record (self, database, SC_VERB_ANSWERED, slot, &result, NULL, error);
}

double
sc_attempt_grade_fraction (const ScAttemptSlot *slot)
{
  g_auto(ScGradeResult) result = { 0, };
  g_autoptr(ScResponse) empty = sc_response_new ();

  sc_grade (slot->question, slot->response != NULL ? slot->response : empty, &result);

  return result.state == SC_GRADE_NEEDS_GRADING || result.state == SC_GRADE_NOT_SCORED
         ? -1.0 : result.fraction;
}

/**
 * sc_attempt_check:
 * @now: (nullable): the time of the Check
 *
 * Checks the saved answer to one question (immediate and interactive
 * behaviours): grades it, records an "answered" statement and, when the
 * question is done, closes it with its mark. Essays and descriptions are
 * not checked, nor empty answers.
 */
