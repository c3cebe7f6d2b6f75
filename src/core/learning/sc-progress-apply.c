/* sc-progress-apply.c - lesson_progress and sop_ticks, derived from statements
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements are the evidence of record; lesson_progress and sop_ticks
 * only summarise them. Every write of the progress API inserts its
 * statement and then passes the very same statement through
 * sc_progress_apply(), in one transaction; sc_progress_rebuild() empties
 * both tables and passes every stored statement through it again. The
 * summary therefore comes out the same whichever way it was built.
 *
 * How statements map to rows. A statement counts when its context has the
 * extensions urn:shopcraft:ext:course and urn:shopcraft:ext:lesson (the
 * ids, because IRIs depend on the course's IRI base); others (quizzes,
 * practice) are left to their own summaries.
 *
 *   initialized  the lesson was opened (a reading session began)
 *   experienced  a reading session ended; result.duration is added to
 *                active_secs
 *   progressed   result.extensions urn:shopcraft:ext:scroll: the reading
 *                position, in ten-thousandths of the lesson from the top
 *                (an integer, so the JSON and the REAL column are exact)
 *   interacted   result.extensions urn:shopcraft:ext:sop-step:
 *                {"sop": id, "step": 0-based index, "ticked": bool};
 *                the object is the procedure's activity
 *   completed    the lesson is done
 *
 *   voided       object: a StatementRef to a `completed` statement (the
 *                learner un-marked the lesson, sc_progress_uncomplete_lesson())
 *
 * Any of them makes the lesson in progress, `completed` makes it done,
 * and updated_at is the newest statement time. Scroll and ticks keep the
 * value of the newest statement, ordered by (timestamp, id): the "stamp"
 * columns hold that pair, so the outcome does not depend on the order
 * statements arrive in (another device's, imported later, fit in by
 * time).
 *
 * Voiding: a voided statement counts for nothing. Rebuilding skips it; a
 * `completed` statement that arrives already voided is skipped the same
 * way; and a `voided` statement of a completion makes its lesson done only
 * while another completion of it stands, updated_at taking the voiding
 * statement's time (never older than what it voids). Either way the
 * lesson is done exactly when a completion that nobody voided exists.
 * Shopcraft voids only completions; voiding other statements changes no
 * summary here.
 */
#include "config.h"

#include "sc-json.h"
#include "sc-learning-private.h"
#include "sc-progress-private.h"

/* JSON paths of the context extensions that name a statement's lesson. */
#define COURSE_PATH "'$.context.extensions.\"" SC_XAPI_EXT_COURSE "\"'"
#define LESSON_PATH "'$.context.extensions.\"" SC_XAPI_EXT_LESSON "\"'"

/* The completions of lesson ?3 of course ?2 by learner ?1 that stand:
 * ?4 is the completed verb, ?5 the voided one. */
#define STANDING_COMPLETIONS \
  " FROM statements AS c" \
  " WHERE c.learner_id = ?1 AND c.verb = ?4" \
  "   AND json_extract (c.json, " COURSE_PATH ") = ?2" \
  "   AND json_extract (c.json, " LESSON_PATH ") = ?3" \
  "   AND c.id NOT IN (SELECT object_id FROM statements WHERE verb = ?5)"

typedef struct
{
  const char *course_id;
  const char *lesson_id;
  const char *state;
  gint64      active_secs;
  const char *timestamp;
} LessonChange;

static JsonObject *
get_object (JsonObject *parent,
            const char *name)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonNode *
get_value (JsonObject *parent,
           const char *name,
           GType       type)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (type == G_TYPE_INT64 && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return node;

  return json_node_get_value_type (node) == type ? node : NULL;
}

static const char *
get_string (JsonObject *parent,
            const char *name)
{
  JsonNode *node = get_value (parent, name, G_TYPE_STRING);

  return node != NULL ? json_node_get_string (node) : NULL;
}

static gboolean
get_int (JsonObject *parent,
         const char *name,
         gint64     *out_value)
{
  JsonNode *node = get_value (parent, name, G_TYPE_INT64);

  if (node == NULL)
    return FALSE;

  *out_value = json_node_get_value_type (node) == G_TYPE_DOUBLE
               ? (gint64) json_node_get_double (node)
               : json_node_get_int (node);

  return TRUE;
}

static gboolean
upsert_lesson (ScDatabase          *database,
               gint64               learner_id,
               const LessonChange  *change,
               GError             **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;

  stmt = sc_learning_prepare (database,
                              "INSERT INTO lesson_progress"
                              " (learner_id, course_id, lesson_id, state, active_secs, updated_at)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                              " ON CONFLICT (learner_id, course_id, lesson_id) DO UPDATE SET"
                              "  state = CASE WHEN state = 'done' OR excluded.state = 'done'"
                              "          THEN 'done' ELSE 'in-progress' END,"
                              "  active_secs = active_secs + excluded.active_secs,"
                              "  updated_at = max (updated_at, excluded.updated_at)",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, change->course_id);
  sc_learning_bind_text (stmt, 3, change->lesson_id);
  sc_learning_bind_text (stmt, 4, change->state);
  sqlite3_bind_int64 (stmt, 5, change->active_secs);
  sc_learning_bind_text (stmt, 6, change->timestamp);

  return sc_learning_step_done (database, stmt, error);
}

static void
bind_completions (ScLearningStmt *stmt,
                  gint64          learner_id,
                  const char     *course_id,
                  const char     *lesson_id)
{
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, course_id);
  sc_learning_bind_text (stmt, 3, lesson_id);
  sc_learning_bind_text (stmt, 4, sc_verb_get_iri (SC_VERB_COMPLETED));
  sc_learning_bind_text (stmt, 5, sc_verb_get_iri (SC_VERB_VOIDED));
}

/**
 * sc_progress_dup_completions:
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the ids of the
 *   learner's `completed` statements about the lesson that no `voided`
 *   statement voids, oldest first; %NULL with @error set on failure
 */
GPtrArray *
sc_progress_dup_completions (ScDatabase  *database,
                             gint64       learner_id,
                             const char  *course_id,
                             const char  *lesson_id,
                             GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT c.id" STANDING_COMPLETIONS " ORDER BY c.timestamp, c.id",
                              error);
  if (stmt == NULL)
    return NULL;
  bind_completions (stmt, learner_id, course_id, lesson_id);

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup (sc_learning_column_text (stmt, 0)));

  return rc == SQLITE_DONE ? g_steal_pointer (&ids) : NULL;
}

/* Whether a `voided` statement of the learner voids @statement_id. */
static int
is_voided (ScDatabase  *database,
           gint64       learner_id,
           const char  *statement_id,
           GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT 1 FROM statements"
                              " WHERE learner_id = ?1 AND object_id = ?2 AND verb = ?3",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, statement_id);
  sc_learning_bind_text (stmt, 3, sc_verb_get_iri (SC_VERB_VOIDED));

  rc = sc_learning_step_row (database, stmt, error);

  return rc == -1 ? -1 : rc == SQLITE_ROW;
}

/* A `voided` statement about @voided_id: when that is a completion of a
 * lesson, the lesson is done only while another completion stands. */
static gboolean
apply_void (ScDatabase  *database,
            gint64       learner_id,
            const char  *voided_id,
            const char  *timestamp,
            GError     **error)
{
  g_autoptr(ScLearningStmt) target = NULL;
  g_autoptr(ScLearningStmt) stmt = NULL;
  LessonChange change = { NULL, };
  int rc;

  target = sc_learning_prepare (database,
                                "SELECT json_extract (json, " COURSE_PATH "),"
                                "       json_extract (json, " LESSON_PATH ")"
                                "  FROM statements"
                                " WHERE id = ?1 AND learner_id = ?2 AND verb = ?3",
                                error);
  if (target == NULL)
    return FALSE;
  sc_learning_bind_text (target, 1, voided_id);
  sqlite3_bind_int64 (target, 2, learner_id);
  sc_learning_bind_text (target, 3, sc_verb_get_iri (SC_VERB_COMPLETED));

  rc = sc_learning_step_row (database, target, error);
  if (rc != SQLITE_ROW)
    return rc == SQLITE_DONE;
  if (sqlite3_column_type (target, 0) != SQLITE_TEXT || sqlite3_column_type (target, 1) != SQLITE_TEXT)
    return TRUE;

  change.course_id = sc_learning_column_text (target, 0);
  change.lesson_id = sc_learning_column_text (target, 1);
  change.state = "in-progress";
  change.timestamp = timestamp;
  if (!upsert_lesson (database, learner_id, &change, error))
    return FALSE;

  stmt = sc_learning_prepare (database,
                              "UPDATE lesson_progress"
                              "   SET state = CASE WHEN EXISTS (SELECT 1" STANDING_COMPLETIONS ")"
                              "               THEN 'done' ELSE 'in-progress' END"
                              " WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  bind_completions (stmt, learner_id, change.course_id, change.lesson_id);

  return sc_learning_step_done (database, stmt, error);
}

static gboolean
apply_scroll (ScDatabase          *database,
              gint64               learner_id,
              const LessonChange  *change,
              gint64               permyriad,
              const char          *stamp,
              GError             **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;

  stmt = sc_learning_prepare (database,
                              "UPDATE lesson_progress SET scroll = ?4, scroll_stamp = ?5"
                              " WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3"
                              "   AND scroll_stamp < ?5",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, change->course_id);
  sc_learning_bind_text (stmt, 3, change->lesson_id);
  sqlite3_bind_double (stmt, 4, CLAMP (permyriad, 0, 10000) / 10000.0);
  sc_learning_bind_text (stmt, 5, stamp);

  return sc_learning_step_done (database, stmt, error);
}

static gboolean
apply_tick (ScDatabase          *database,
            gint64               learner_id,
            const LessonChange  *change,
            JsonObject          *tick,
            const char          *stamp,
            GError             **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  JsonNode *ticked = get_value (tick, "ticked", G_TYPE_BOOLEAN);
  const char *sop_id = get_string (tick, "sop");
  gint64 step;

  if (sop_id == NULL || ticked == NULL || !get_int (tick, "step", &step) || step < 0 || step > G_MAXINT)
    return TRUE;

  stmt = sc_learning_prepare (database,
                              "INSERT INTO sop_ticks"
                              " (learner_id, course_id, lesson_id, sop_id, step, ticked, stamp)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                              " ON CONFLICT (learner_id, course_id, lesson_id, sop_id, step) DO UPDATE SET"
                              "  ticked = excluded.ticked, stamp = excluded.stamp"
                              "  WHERE excluded.stamp > stamp",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, change->course_id);
  sc_learning_bind_text (stmt, 3, change->lesson_id);
  sc_learning_bind_text (stmt, 4, sop_id);
  sqlite3_bind_int64 (stmt, 5, step);
  sqlite3_bind_int (stmt, 6, json_node_get_boolean (ticked) ? 1 : 0);
  sc_learning_bind_text (stmt, 7, stamp);

  return sc_learning_step_done (database, stmt, error);
}

/**
 * sc_progress_apply:
 * @statement: a statement just stored for @learner_id
 *
 * Folds @statement into lesson_progress and sop_ticks, in the caller's
 * transaction. A statement that is not about a lesson changes nothing.
 */
gboolean
sc_progress_apply (ScDatabase  *database,
                   gint64       learner_id,
                   JsonObject  *statement,
                   GError     **error)
{
  JsonObject *extensions = get_object (get_object (statement, "context"), "extensions");
  JsonObject *result = get_object (statement, "result");
  JsonObject *result_extensions = get_object (result, "extensions");
  g_autofree char *timestamp = NULL;
  g_autofree char *stamp = NULL;
  LessonChange change = { NULL, };
  const char *duration;
  gint64 msec;
  ScVerb verb;

  change.course_id = get_string (extensions, SC_XAPI_EXT_COURSE);
  change.lesson_id = get_string (extensions, SC_XAPI_EXT_LESSON);
  timestamp = sc_xapi_normalize_timestamp (get_string (statement, "timestamp"));
  if (timestamp == NULL ||
      !sc_verb_from_iri (get_string (get_object (statement, "verb"), "id"), &verb))
    return TRUE;

  /* The voided statement says which lesson, whatever the voiding one's
   * context holds. */
  if (verb == SC_VERB_VOIDED)
    {
      JsonObject *object = get_object (statement, "object");

      if (g_strcmp0 (get_string (object, "objectType"), "StatementRef") != 0 ||
          get_string (object, "id") == NULL)
        return TRUE;

      return apply_void (database, learner_id, get_string (object, "id"), timestamp, error);
    }

  if (change.course_id == NULL || change.lesson_id == NULL)
    return TRUE;

  change.timestamp = timestamp;
  change.state = "in-progress";
  switch (verb)
    {
    case SC_VERB_INITIALIZED:
    case SC_VERB_PROGRESSED:
    case SC_VERB_INTERACTED:
      break;

    case SC_VERB_EXPERIENCED:
      duration = get_string (result, "duration");
      if (duration != NULL && sc_xapi_parse_duration (duration, &msec))
        change.active_secs = msec / 1000;
      break;

    case SC_VERB_COMPLETED:
      /* Voided before it arrived (imported out of order): as if never made. */
      switch (is_voided (database, learner_id, get_string (statement, "id"), error))
        {
        case -1:
          return FALSE;
        case 1:
          return TRUE;
        default:
          break;
        }
      change.state = "done";
      break;

    case SC_VERB_ATTEMPTED:
    case SC_VERB_ANSWERED:
    case SC_VERB_PASSED:
    case SC_VERB_FAILED:
    case SC_VERB_SCORED:
    case SC_VERB_VOIDED:
    case SC_N_VERBS:
    default:
      return TRUE;
    }

  if (!upsert_lesson (database, learner_id, &change, error))
    return FALSE;

  stamp = g_strconcat (timestamp, " ", get_string (statement, "id"), NULL);
  if (verb == SC_VERB_PROGRESSED && get_int (result_extensions, SC_XAPI_EXT_SCROLL, &msec))
    return apply_scroll (database, learner_id, &change, msec, stamp, error);
  if (verb == SC_VERB_INTERACTED && get_object (result_extensions, SC_XAPI_EXT_SOP_STEP) != NULL)
    return apply_tick (database, learner_id, &change,
                       get_object (result_extensions, SC_XAPI_EXT_SOP_STEP), stamp, error);

  return TRUE;
}

/**
 * sc_progress_write:
 *
 * Stores @statement and folds it into the summary tables, in the
 * caller's transaction: the one path every progress write takes.
 */
gboolean
sc_progress_write (ScDatabase       *database,
                   const ScLearner  *learner,
                   ScStatement      *statement,
                   GError          **error)
{
  g_autoptr(JsonNode) root = NULL;

  return sc_statement_insert (database, learner, statement, &root, error) &&
         sc_progress_apply (database, learner->id, json_node_get_object (root), error);
}

static gboolean
run_with_learner (ScDatabase       *database,
                  const char       *sql,
                  const ScLearner  *learner,
                  GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = sc_learning_prepare (database, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner != NULL ? learner->id : 0);
  sqlite3_bind_int (stmt, 2, learner == NULL);

  return sc_learning_step_done (database, stmt, error);
}

/**
 * sc_progress_rebuild:
 * @learner: (nullable): whose summary to rebuild; %NULL for everyone
 *
 * Empties lesson_progress and sop_ticks and computes them again from the
 * statements, in one transaction. Reading sessions are working state,
 * not a summary: they stay as they are.
 */
gboolean
sc_progress_rebuild (ScDatabase       *database,
                     const ScLearner  *learner,
                     GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  ScLearningTx tx;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  if (!run_with_learner (database, "DELETE FROM lesson_progress WHERE learner_id = ?1 OR ?2",
                         learner, error) ||
      !run_with_learner (database, "DELETE FROM sop_ticks WHERE learner_id = ?1 OR ?2",
                         learner, error))
    return sc_learning_tx_fail (&tx);

  stmt = sc_learning_prepare (database,
                              "SELECT learner_id, json FROM statements"
                              " WHERE (learner_id = ?1 OR ?2)"
                              "   AND id NOT IN (SELECT object_id FROM statements WHERE verb = ?3)"
                              " ORDER BY learner_id, timestamp, id",
                              error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sqlite3_bind_int64 (stmt, 1, learner != NULL ? learner->id : 0);
  sqlite3_bind_int (stmt, 2, learner == NULL);
  sc_learning_bind_text (stmt, 3, sc_verb_get_iri (SC_VERB_VOIDED));

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(JsonNode) root = sc_json_parse (sc_learning_column_text (stmt, 1), NULL);

      /* Every stored statement was checked on the way in. */
      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
          !sc_progress_apply (database, sqlite3_column_int64 (stmt, 0),
                              json_node_get_object (root), error))
        return sc_learning_tx_fail (&tx);
    }
  if (rc != SQLITE_DONE)
    return sc_learning_tx_fail (&tx);

  g_clear_pointer (&stmt, sqlite3_finalize);

  return sc_learning_tx_commit (&tx, error);
}
