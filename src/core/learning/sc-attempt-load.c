/* sc-attempt-load.c - reading an attempt back: to resume it or to review it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-attempt-private.h"
#include "sc-question-bank.h"

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
                              " r.tries, r.fraction, r.mark, r.state, r.saved_at,"
                              " (SELECT g.comment FROM manual_grades g WHERE g.attempt = s.attempt"
                              "  AND g.slot = s.slot ORDER BY g.id DESC LIMIT 1)"
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
      slot->grade_comment = g_strdup (sc_learning_column_text (stmt, 11));
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

/* Prepares @sql, binds the learner, the course and the quiz as ?1, ?2 and
 * ?3 and steps it once. Returns: SQLITE_ROW with *@out_stmt on the row,
 * SQLITE_DONE when there is none, -1 with @error set. */
static int
step_quiz_query (ScDatabase       *database,
                 const char       *sql,
                 const ScLearner  *learner,
                 const char       *course_id,
                 const char       *quiz_id,
                 ScLearningStmt  **out_stmt,
                 GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database, sql, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, course_id);
  sc_learning_bind_text (stmt, 3, quiz_id);

  rc = sc_learning_step_row (database, stmt, error);
  *out_stmt = g_steal_pointer (&stmt);

  return rc;
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
  rc = step_quiz_query (database,
                        "SELECT uuid FROM attempts"
                        " WHERE learner_id = ?1 AND course_id IS ?2 AND quiz_id = ?3"
                        "   AND state = 'in-progress'"
                        " ORDER BY started_at DESC LIMIT 1",
                        learner, course_id, quiz_id, &stmt, error);
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

  rc = step_quiz_query (database,
                        "SELECT count(*) FROM attempts"
                        " WHERE learner_id = ?1 AND course_id IS ?2 AND quiz_id = ?3",
                        learner, course_id, quiz_id, &stmt, error);
  if (rc == SQLITE_ROW)
    *out_count = (guint) sqlite3_column_int64 (stmt, 0);

  return rc == SQLITE_ROW;
}

/**
 * sc_attempt_best_fraction:
 * @out_best: (out): the best score of the learner's finished attempts at
 *   the quiz, as a fraction 0 … 1 of their marks; -1 when none is finished
 *
 * What a lesson's practice card shows as "best so far".
 */
gboolean
sc_attempt_best_fraction (ScDatabase       *database,
                          const ScLearner  *learner,
                          const char       *course_id,
                          const char       *quiz_id,
                          double           *out_best,
                          GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL && quiz_id != NULL && out_best != NULL, FALSE);

  rc = step_quiz_query (database,
                        "SELECT max(score / max_score) FROM attempts"
                        " WHERE learner_id = ?1 AND course_id IS ?2 AND quiz_id = ?3"
                        " AND state = 'finished' AND score IS NOT NULL AND max_score > 0",
                        learner, course_id, quiz_id, &stmt, error);
  if (rc == SQLITE_ROW)
    *out_best = sqlite3_column_type (stmt, 0) == SQLITE_NULL
                ? -1.0 : CLAMP (sqlite3_column_double (stmt, 0), 0.0, 1.0);

  return rc == SQLITE_ROW;
}
