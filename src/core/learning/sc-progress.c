/* sc-progress.c - a learner's progress through lessons, recorded as statements
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a lesson, ticking a step of a procedure, saving the reading
 * position and marking a lesson done (or not done after all, which voids
 * the completion) each write their statements and the summary rows they
 * imply (sc-progress-apply.c), in one short
 * transaction on the writer connection: a process killed at any moment
 * leaves each call either wholly recorded or not at all. The functions
 * take the database, the learner and the course explicitly, so a test
 * or a child process can drive them without a window.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sc-learning-private.h"
#include "sc-progress-private.h"

ScLesson *
sc_progress_find_lesson (ScCourse    *course,
                         const char  *lesson_id,
                         GError     **error)
{
  ScLesson *lesson = sc_course_lookup_lesson (course, lesson_id);

  if (lesson == NULL)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("The course “%s” has no lesson “%s”; it may have been removed in a newer version of the course. Choose a lesson from the course again."),
                 sc_course_get_id (course), lesson_id);

  return lesson;
}

static ScRichBlock *
find_sop (ScRichBlock *block,
          const char  *sop_id)
{
  if (block->kind == SC_RICH_BLOCK_SOP && g_strcmp0 (block->id, sop_id) == 0)
    return block;

  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    {
      ScRichBlock *found = find_sop (g_ptr_array_index (block->children, i), sop_id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The registration of the newest open reading session of the lesson, so
 * ticks and scrolls made while reading belong to that session. */
static gboolean
dup_open_registration (ScDatabase       *database,
                       const ScLearner  *learner,
                       ScCourse         *course,
                       const char       *lesson_id,
                       char            **out_registration,
                       GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  *out_registration = NULL;
  stmt = sc_learning_prepare (database,
                              "SELECT registration FROM reading_sessions"
                              " WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3"
                              "   AND closed_at IS NULL"
                              " ORDER BY started_at DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, sc_course_get_id (course));
  sc_learning_bind_text (stmt, 3, lesson_id);

  rc = sc_learning_step_row (database, stmt, error);
  if (rc == SQLITE_ROW)
    *out_registration = g_strdup (sc_learning_column_text (stmt, 0));

  return rc != -1;
}

/* Writes @statement (made by @make once the session is known) in one
 * transaction. */
typedef ScStatement *(*MakeStatement) (const ScLearner *learner,
                                       ScCourse        *course,
                                       ScLesson        *lesson,
                                       const char      *registration,
                                       gpointer         data);

static gboolean
write_one (ScDatabase       *database,
           const ScLearner  *learner,
           ScCourse         *course,
           ScLesson         *lesson,
           MakeStatement     make,
           gpointer          data,
           GError          **error)
{
  g_autoptr(ScStatement) statement = NULL;
  g_autofree char *registration = NULL;
  ScLearningTx tx;

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  if (!dup_open_registration (database, learner, course, lesson->id, &registration, error))
    return sc_learning_tx_fail (&tx);

  statement = make (learner, course, lesson, registration, data);
  if (!sc_progress_write (database, learner, statement, error))
    return sc_learning_tx_fail (&tx);

  return sc_learning_tx_commit (&tx, error);
}

/**
 * sc_progress_open_lesson:
 * @out_registration: (out) (optional) (transfer full): the new reading
 *   session's UUID, for sc_progress_heartbeat() and sc_progress_close_session()
 *
 * Starts a reading session of @lesson_id: an `initialized` statement and
 * an open session row. The lesson is in progress from now on. Usually
 * called through ScReadingSession, which also measures the active time.
 */
gboolean
sc_progress_open_lesson (ScDatabase       *database,
                         const ScLearner  *learner,
                         ScCourse         *course,
                         const char       *lesson_id,
                         char            **out_registration,
                         GError          **error)
{
  g_autoptr(ScStatement) statement = NULL;
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autofree char *registration = NULL;
  ScLearningTx tx;
  ScLesson *lesson;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);

  lesson = sc_progress_find_lesson (course, lesson_id, error);
  if (lesson == NULL || !sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  registration = g_uuid_string_random ();
  statement = sc_statement_new_for_lesson (learner, SC_VERB_INITIALIZED, course, lesson, registration);

  stmt = sc_learning_prepare (database,
                              "INSERT INTO reading_sessions"
                              " (registration, learner_id, course_id, lesson_id, started_at, heartbeat_at)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                              error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sc_learning_bind_text (stmt, 1, registration);
  sqlite3_bind_int64 (stmt, 2, learner->id);
  sc_learning_bind_text (stmt, 3, sc_course_get_id (course));
  sc_learning_bind_text (stmt, 4, lesson_id);
  sc_learning_bind_text (stmt, 5, sc_statement_get_timestamp (statement));

  if (!sc_learning_step_done (database, stmt, error) ||
      !sc_progress_write (database, learner, statement, error) ||
      !sc_learning_tx_commit (&tx, error))
    return sc_learning_tx_fail (&tx);

  if (out_registration != NULL)
    *out_registration = g_steal_pointer (&registration);

  return TRUE;
}

static ScStatement *
make_completed (const ScLearner *learner,
                ScCourse        *course,
                ScLesson        *lesson,
                const char      *registration,
                gpointer         data)
{
  ScStatement *statement;

  statement = sc_statement_new_for_lesson (learner, SC_VERB_COMPLETED, course, lesson, registration);
  sc_statement_set_completion (statement, TRUE);

  return statement;
}

/**
 * sc_progress_complete_lesson:
 *
 * Marks the lesson done with a `completed` statement (result.completion
 * true). A done lesson stays done; completing it again adds evidence of
 * the later reading but changes no state.
 */
gboolean
sc_progress_complete_lesson (ScDatabase       *database,
                             const ScLearner  *learner,
                             ScCourse         *course,
                             const char       *lesson_id,
                             GError          **error)
{
  ScLesson *lesson;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);

  lesson = sc_progress_find_lesson (course, lesson_id, error);

  return lesson != NULL &&
         write_one (database, learner, course, lesson, make_completed, NULL, error);
}

/* A `voided` statement of the statement @voided_id. xAPI wants its object
 * to be a StatementRef; the lesson's context stays on it, so a reader of
 * the record sees what was un-done without looking the statement up. */
static char *
voiding_json (const ScLearner *learner,
              ScCourse        *course,
              ScLesson        *lesson,
              const char      *registration,
              const char      *voided_id)
{
  g_autoptr(ScStatement) statement = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  JsonObject *ref = json_object_new ();

  statement = sc_statement_new_for_lesson (learner, SC_VERB_VOIDED, course, lesson, registration);
  json = sc_statement_to_json (statement);
  root = json_from_string (json, NULL);
  g_assert (root != NULL && JSON_NODE_HOLDS_OBJECT (root));

  json_object_set_string_member (ref, "objectType", "StatementRef");
  json_object_set_string_member (ref, "id", voided_id);
  json_object_set_object_member (json_node_get_object (root), "object", ref);

  return json_to_string (root, FALSE);
}

/**
 * sc_progress_uncomplete_lesson:
 *
 * Takes back "done" for the lesson: each `completed` statement of it
 * that stands is voided by a `voided` statement (statements are never
 * changed or removed), in one transaction, and the lesson is in progress
 * again. A lesson that is not done is left as it is, and nothing is
 * written. Marking it done later adds a new completion.
 */
gboolean
sc_progress_uncomplete_lesson (ScDatabase       *database,
                               const ScLearner  *learner,
                               ScCourse         *course,
                               const char       *lesson_id,
                               GError          **error)
{
  g_autoptr(GPtrArray) completions = NULL;
  g_autofree char *registration = NULL;
  ScLearningTx tx;
  ScLesson *lesson;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);

  lesson = sc_progress_find_lesson (course, lesson_id, error);
  if (lesson == NULL || !sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  completions = sc_progress_dup_completions (database, learner->id, sc_course_get_id (course),
                                             lesson_id, error);
  if (completions == NULL ||
      !dup_open_registration (database, learner, course, lesson_id, &registration, error))
    return sc_learning_tx_fail (&tx);

  for (guint i = 0; i < completions->len; i++)
    {
      g_autofree char *json = voiding_json (learner, course, lesson, registration,
                                            g_ptr_array_index (completions, i));
      g_autoptr(JsonNode) root = NULL;

      if (!sc_statement_insert_json (database, learner->id, json, &root, error) ||
          !sc_progress_apply (database, learner->id, json_node_get_object (root), error))
        return sc_learning_tx_fail (&tx);
    }

  return sc_learning_tx_commit (&tx, error);
}

typedef struct
{
  ScRichBlock *sop;
  guint        step;
  gboolean     ticked;
} TickData;

static ScStatement *
make_tick (const ScLearner *learner,
           ScCourse        *course,
           ScLesson        *lesson,
           const char      *registration,
           gpointer         data)
{
  TickData *tick = data;
  ScStatement *statement;
  JsonObject *value = json_object_new ();

  statement = sc_statement_new_for_sop (learner, SC_VERB_INTERACTED, course, lesson,
                                        tick->sop->id, tick->sop->title, registration);
  json_object_set_string_member (value, "sop", tick->sop->id);
  json_object_set_int_member (value, "step", tick->step);
  json_object_set_boolean_member (value, "ticked", tick->ticked);
  sc_statement_set_result_extension (statement, SC_XAPI_EXT_SOP_STEP,
                                     json_node_init_object (json_node_alloc (), value));
  json_object_unref (value);

  return statement;
}

/**
 * sc_progress_tick_sop_step:
 * @sop_id: a procedure (`<sop id="…">`) of the lesson
 * @step: which of its steps, 0 for the first
 * @ticked: %FALSE to untick
 *
 * Records that the learner ticked or unticked one step of a procedure
 * (an `interacted` statement about the procedure).
 */
gboolean
sc_progress_tick_sop_step (ScDatabase       *database,
                           const ScLearner  *learner,
                           ScCourse         *course,
                           const char       *lesson_id,
                           const char       *sop_id,
                           guint             step,
                           gboolean          ticked,
                           GError          **error)
{
  TickData tick = { NULL, step, ticked };
  ScLesson *lesson;
  ScRichText *body;
  guint n_steps = 0;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);
  g_return_val_if_fail (lesson_id != NULL && sop_id != NULL, FALSE);

  lesson = sc_progress_find_lesson (course, lesson_id, error);
  if (lesson == NULL)
    return FALSE;

  body = sc_lesson_get_body (lesson);
  for (guint i = 0; tick.sop == NULL && i < sc_rich_text_get_n_blocks (body); i++)
    tick.sop = find_sop (sc_rich_text_get_block (body, i), sop_id);
  if (tick.sop != NULL)
    n_steps = sc_rich_block_count (tick.sop, SC_RICH_BLOCK_STEP);

  if (tick.sop == NULL || step >= n_steps)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The lesson “%s” has no step %u in a procedure “%s”; the course may have changed. Open the lesson again."),
                   lesson_id, step + 1, sop_id);
      return FALSE;
    }

  return write_one (database, learner, course, lesson, make_tick, &tick, error);
}

static ScStatement *
make_scroll (const ScLearner *learner,
             ScCourse        *course,
             ScLesson        *lesson,
             const char      *registration,
             gpointer         data)
{
  ScStatement *statement;
  gint64 permyriad = *(gint64 *) data;

  statement = sc_statement_new_for_lesson (learner, SC_VERB_PROGRESSED, course, lesson, registration);
  sc_statement_set_result_extension (statement, SC_XAPI_EXT_SCROLL,
                                     json_node_init_int (json_node_alloc (), permyriad));

  return statement;
}

/**
 * sc_progress_save_scroll:
 * @scroll: the reading position, 0 (top) to 1 (end); kept to 1/10000
 *
 * Records where the learner is in the lesson (a `progressed` statement).
 * Each call is a statement: save when the learner leaves the lesson or
 * stops scrolling, not on every scroll event.
 */
gboolean
sc_progress_save_scroll (ScDatabase       *database,
                         const ScLearner  *learner,
                         ScCourse         *course,
                         const char       *lesson_id,
                         double            scroll,
                         GError          **error)
{
  ScLesson *lesson;
  gint64 permyriad;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);
  g_return_val_if_fail (lesson_id != NULL, FALSE);
  g_return_val_if_fail (scroll >= 0.0 && scroll <= 1.0, FALSE);

  lesson = sc_progress_find_lesson (course, lesson_id, error);
  permyriad = (gint64) round (scroll * 10000.0);

  return lesson != NULL &&
         write_one (database, learner, course, lesson, make_scroll, &permyriad, error);
}
