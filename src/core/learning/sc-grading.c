/* sc-grading.c - the essays awaiting an instructor's mark, across learners, and grading one
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The queue is read from the working tables: every response in the
 * state "needs-grading" of a submitted attempt, oldest submission
 * first, whoever the learner. Grading one loads its attempt for its own
 * learner and gives the mark through sc_attempt_grade_manually(), so the
 * mark, the comment, the "scored" statement (registration: the
 * attempt), the new total, the outcome once nothing is pending and the
 * module status are written in one transaction.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-attempt-private.h"
#include "sc-grading.h"
#include "sc-question-bank.h"

void
sc_grading_item_free (ScGradingItem *item)
{
  if (item == NULL)
    return;

  g_free (item->attempt_uuid);
  g_free (item->learner_uuid);
  g_free (item->learner_name);
  g_free (item->course_id);
  g_free (item->quiz_id);
  g_free (item->quiz_title);
  g_free (item->submitted_at);
  g_clear_pointer (&item->question, sc_question_free);
  g_free (item->answer);
  g_free (item->comment);
  g_free (item->graded_at);
  g_free (item);
}

#define ITEM_COLUMNS \
  "SELECT a.uuid, r.slot, a.learner_id, l.uuid, l.display_name, a.course_id," \
  " a.quiz_id, a.quiz_title, a.submitted_at, s.max_mark, s.question_id, r.response"

/* The answers @stmt selects, ITEM_COLUMNS first, then for graded ones
 * the mark, comment and time of their latest grade. */
static GPtrArray *
read_items (ScDatabase      *database,
            ScLearningStmt  *stmt,
            gboolean         graded,
            GError         **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_grading_item_free);
  int rc;

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      ScGradingItem *item = g_new0 (ScGradingItem, 1);
      g_autoptr(ScResponse) response = NULL;

      g_ptr_array_add (items, item);
      item->attempt_uuid = g_strdup (sc_learning_column_text (stmt, 0));
      item->slot = (guint) sqlite3_column_int64 (stmt, 1);
      item->learner_id = sqlite3_column_int64 (stmt, 2);
      item->learner_uuid = g_strdup (sc_learning_column_text (stmt, 3));
      item->learner_name = g_strdup (sc_learning_column_text (stmt, 4));
      item->course_id = g_strdup (sc_learning_column_text (stmt, 5));
      item->quiz_id = g_strdup (sc_learning_column_text (stmt, 6));
      item->quiz_title = g_strdup (sc_learning_column_text (stmt, 7));
      item->submitted_at = g_strdup (sc_learning_column_text (stmt, 8));
      item->max_mark = sqlite3_column_double (stmt, 9);
      response = sc_attempt_response_from_json (sc_learning_column_text (stmt, 11));
      item->answer = g_strdup (response != NULL && response->text != NULL ? response->text : "");
      item->question = sc_question_bank_load_question (database, sqlite3_column_int64 (stmt, 10), error);
      if (item->question == NULL)
        return NULL;
      if (graded)
        {
          item->graded = TRUE;
          item->mark = sqlite3_column_double (stmt, 12);
          item->comment = g_strdup (sc_learning_column_text (stmt, 13) != NULL
                                    ? sc_learning_column_text (stmt, 13) : "");
          item->graded_at = g_strdup (sc_learning_column_text (stmt, 14));
        }
    }
  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&items);
}

/* The answers awaiting a grader, of @learner_id's attempts only when it
 * is not 0. */
static GPtrArray *
queue_list (ScDatabase  *database,
            gint64       learner_id,
            GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;

  stmt = sc_learning_prepare (database,
                              ITEM_COLUMNS
                              " FROM responses r"
                              " JOIN attempts a ON a.uuid = r.attempt"
                              " JOIN attempt_slots s ON s.attempt = r.attempt AND s.slot = r.slot"
                              " JOIN learners l ON l.id = a.learner_id"
                              " WHERE r.state = 'needs-grading' AND a.state <> 'in-progress'"
                              "   AND (?1 = 0 OR a.learner_id = ?1)"
                              " ORDER BY a.submitted_at, a.uuid, r.slot",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, learner_id);

  return read_items (database, stmt, FALSE, error);
}

/* The graded answers, of @learner_id's attempts only when it is not 0. */
static GPtrArray *
graded_list (ScDatabase  *database,
             gint64       learner_id,
             GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;

  stmt = sc_learning_prepare (database,
                              ITEM_COLUMNS ", g.mark, g.comment, g.graded_at"
                              " FROM manual_grades g"
                              " JOIN responses r ON r.attempt = g.attempt AND r.slot = g.slot"
                              " JOIN attempts a ON a.uuid = r.attempt"
                              " JOIN attempt_slots s ON s.attempt = r.attempt AND s.slot = r.slot"
                              " JOIN learners l ON l.id = a.learner_id"
                              " WHERE r.state = 'graded'"
                              "   AND (?1 = 0 OR a.learner_id = ?1)"
                              "   AND g.id = (SELECT max (h.id) FROM manual_grades h"
                              "               WHERE h.attempt = g.attempt AND h.slot = g.slot)"
                              " ORDER BY g.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, learner_id);

  return read_items (database, stmt, TRUE, error);
}

/**
 * sc_grading_queue_list:
 *
 * Returns: (transfer full) (element-type ScGradingItem) (nullable): the
 *   answers awaiting a grader, the oldest submission first
 */
GPtrArray *
sc_grading_queue_list (ScDatabase  *database,
                       GError     **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  return queue_list (database, 0, error);
}

/**
 * sc_grading_graded_list:
 *
 * The answers an instructor has graded, each with its latest mark and
 * comment, to look at again and regrade with sc_attempt_grade_essay().
 *
 * Returns: (transfer full) (element-type ScGradingItem) (nullable): the
 *   graded answers, the most recently graded first
 */
GPtrArray *
sc_grading_graded_list (ScDatabase  *database,
                        GError     **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  return graded_list (database, 0, error);
}

/**
 * sc_grading_list_learner:
 * @graded: the graded answers, as sc_grading_graded_list (); otherwise
 *   those awaiting a grader, as sc_grading_queue_list ()
 *
 * The same lists for one learner's attempts: what a portfolio shows,
 * without reading every other learner's questions.
 *
 * Returns: (transfer full) (element-type ScGradingItem) (nullable): the
 *   answers, in the order of the list they come from
 */
GPtrArray *
sc_grading_list_learner (ScDatabase  *database,
                         gint64       learner_id,
                         gboolean     graded,
                         GError     **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner_id > 0, NULL);

  return graded ? graded_list (database, learner_id, error) : queue_list (database, learner_id, error);
}

/* The learner who made the attempt, and its course. */
static gboolean
read_owner (ScDatabase  *database,
            const char  *attempt_uuid,
            ScLearner  **out_learner,
            char       **out_course_id,
            GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autofree char *learner_uuid = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT l.uuid, a.course_id FROM attempts a JOIN learners l ON l.id = a.learner_id"
                              " WHERE a.uuid = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sc_learning_bind_text (stmt, 1, attempt_uuid);

  rc = sc_learning_step_row (database, stmt, error);
  if (rc == SQLITE_ROW)
    {
      learner_uuid = g_strdup (sc_learning_column_text (stmt, 0));
      *out_course_id = g_strdup (sc_learning_column_text (stmt, 1));
      *out_learner = sc_learner_lookup_uuid (database, learner_uuid, error);
      if (*out_learner != NULL)
        return TRUE;
      if (error != NULL && *error != NULL)
        return FALSE;
    }
  else if (rc != SQLITE_DONE)
    return FALSE;

  g_set_error (error, SC_ERROR, SC_ERROR_CONFLICT,
               _("The attempt %s or its learner is no longer in this database; refresh the grading list."),
               attempt_uuid);

  return FALSE;
}

/**
 * sc_attempt_grade_essay:
 * @course: (nullable): the course the attempt was taken in, for its
 *   activity IRIs; %NULL or another course: the attempt's defaults
 * @rules: (nullable): the module rules of @course
 * @slot: the question's number in the attempt
 * @score: 0 … the question's marks in the quiz
 * @comment: (nullable): for the learner
 * @grader: (nullable): who gives the mark
 * @now: (nullable): the time of the grade
 *
 * Gives an answer awaiting a grader (or graded by hand before) its mark,
 * whichever learner wrote it; see sc_attempt_grade_manually().
 */
gboolean
sc_attempt_grade_essay (ScDatabase     *database,
                        ScCourse       *course,
                        ScModuleRules  *rules,
                        const char     *attempt_uuid,
                        guint           slot,
                        double          score,
                        const char     *comment,
                        const char     *grader,
                        GDateTime      *now,
                        GError        **error)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScAttempt) attempt = NULL;
  g_autofree char *course_id = NULL;
  gboolean same_course;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (attempt_uuid != NULL, FALSE);

  if (!read_owner (database, attempt_uuid, &learner, &course_id, error))
    return FALSE;

  /* Taken outside @course, the attempt's statements keep their own IRIs. */
  same_course = course != NULL && g_strcmp0 (course_id, sc_course_get_id (course)) == 0;
  attempt = sc_attempt_load (database, learner, same_course ? course : NULL, same_course ? rules : NULL,
                             attempt_uuid, error);
  if (attempt == NULL)
    return FALSE;

  return sc_attempt_grade_manually (attempt, database, slot, score, comment, grader, now, error);
}
