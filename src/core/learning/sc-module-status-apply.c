/* sc-module-status-apply.c - module_status, derived from the statements of quiz attempts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * module_status summarises statements as lesson_progress does
 * (sc-progress-apply.c): each attempt write inserts its statement and
 * passes it through sc_module_status_apply() in the same transaction, and
 * sc_module_status_rebuild() empties the course's rows and passes every
 * stored statement through it again, giving the same rows.
 *
 * A statement counts for a module when its context extensions name the
 * course of the rules (urn:shopcraft:ext:course) and a module
 * (urn:shopcraft:ext:module). What it adds to the row's evidence:
 *
 *   any such statement      one more piece of evidence (the module is
 *                           in progress)
 *   answered or scored,     an answer, right or wrong by result.success,
 *   about a question        kept by its stamp "<timestamp> <id>"
 *   (cmi.interaction)
 *   passed, failed,         result.score.scaled, when the quiz is the
 *   completed or scored     rule's (urn:shopcraft:ext:quiz); the best
 *   about a quiz            one is kept
 *   (assessment)
 *   passed, about a         that the rule's practice was passed, when
 *   practice (simulation)   the scenario (urn:shopcraft:ext:scenario)
 *                           is the rule's; once passed, it stays
 *
 * Only the newest answers the rule looks at are kept, ordered by stamp,
 * and the best score is a maximum, so the row does not depend on the
 * order statements arrive in. A `voided` statement rebuilds the learner's
 * rows, since the one it voids may have counted.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-json.h"
#include "sc-learning-private.h"
#include "sc-module-status-private.h"
#include "sc-scenario-run.h"
#include "sc-xapi.h"

static JsonObject *
get_object (JsonObject *parent,
            const char *name)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonNode *
get_value (JsonObject *parent,
           const char *name)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? node : NULL;
}

static const char *
get_string (JsonObject *parent,
            const char *name)
{
  JsonNode *node = get_value (parent, name);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

static gboolean
get_number (JsonObject *parent,
            const char *name,
            double     *out_value)
{
  JsonNode *node = get_value (parent, name);
  GType type = node != NULL ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (type == G_TYPE_DOUBLE || type == G_TYPE_INT64)
    *out_value = json_node_get_double (node);
  else if (type == G_TYPE_STRING)
    *out_value = g_ascii_strtod (json_node_get_string (node), NULL);
  else
    return FALSE;

  return isfinite (*out_value);
}

/* Evidence as JSON: {"n": 3, "best": 0.8, "answers": [["stamp", true], …]} */

static void
evidence_read (ScModuleEvidence *evidence,
               const char       *json)
{
  g_autoptr(JsonNode) root = json != NULL ? sc_json_parse (json, NULL) : NULL;
  JsonObject *object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *answers = object != NULL ? json_object_get_member (object, "answers") : NULL;
  double value;

  if (get_number (object, "n", &value))
    evidence->n = (gint64) value;
  if (get_number (object, "best", &value))
    evidence->best = value;
  if (get_value (object, "practice") != NULL &&
      json_node_get_value_type (get_value (object, "practice")) == G_TYPE_BOOLEAN)
    evidence->practice_passed = json_node_get_boolean (get_value (object, "practice"));

  for (guint i = 0; answers != NULL && JSON_NODE_HOLDS_ARRAY (answers) &&
                    i < json_array_get_length (json_node_get_array (answers)); i++)
    {
      JsonArray *pair = json_array_get_array_element (json_node_get_array (answers), i);
      ScModuleAnswer *answer;

      if (pair == NULL || json_array_get_length (pair) != 2)
        continue;
      answer = g_new0 (ScModuleAnswer, 1);
      answer->stamp = g_strdup (json_array_get_string_element (pair, 0));
      answer->correct = json_array_get_boolean_element (pair, 1);
      g_ptr_array_add (evidence->answers, answer);
    }
}

static char *
evidence_write (const ScModuleEvidence *evidence)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  char best[G_ASCII_DTOSTR_BUF_SIZE];

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "n");
  json_builder_add_int_value (builder, evidence->n);
  if (evidence->best >= 0.0)
    {
      /* json-glib 1.6 cannot read back what it writes for "1e-20". */
      g_ascii_dtostr (best, sizeof best, evidence->best);
      json_builder_set_member_name (builder, "best");
      if (strchr (best, 'e') != NULL && strchr (best, '.') == NULL)
        json_builder_add_string_value (builder, best);
      else
        json_builder_add_double_value (builder, evidence->best);
    }
  if (evidence->practice_passed)
    {
      json_builder_set_member_name (builder, "practice");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < evidence->answers->len; i++)
    {
      ScModuleAnswer *answer = g_ptr_array_index (evidence->answers, i);

      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, answer->stamp);
      json_builder_add_boolean_value (builder, answer->correct);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

typedef struct
{
  const char *module_id;
  const char *stamp;
  const char *timestamp;
  gboolean    has_answer;
  gboolean    correct;
  gboolean    has_score;
  double      score;
  gboolean    practice_passed;
} Contribution;

/* What @statement adds to its module's evidence; FALSE when it does not
 * count for a module of @rules' course. */
static gboolean
read_contribution (const ScModuleRules *rules,
                   JsonObject          *statement,
                   ScVerb               verb,
                   Contribution        *out)
{
  JsonObject *extensions = get_object (get_object (statement, "context"), "extensions");
  JsonObject *result = get_object (statement, "result");
  const char *type = get_string (get_object (get_object (statement, "object"), "definition"), "type");
  const ScModuleRule *rule;
  JsonNode *success;

  if (g_strcmp0 (get_string (extensions, SC_XAPI_EXT_COURSE), sc_module_rules_get_course_id (rules)) != 0)
    return FALSE;
  out->module_id = get_string (extensions, SC_ATTEMPT_EXT_MODULE);
  if (out->module_id == NULL)
    return FALSE;

  switch (verb)
    {
    case SC_VERB_ATTEMPTED:
    case SC_VERB_ANSWERED:
    case SC_VERB_PASSED:
    case SC_VERB_FAILED:
    case SC_VERB_COMPLETED:
    case SC_VERB_SCORED:
      break;

    case SC_VERB_EXPERIENCED:
    case SC_VERB_INITIALIZED:
    case SC_VERB_PROGRESSED:
    case SC_VERB_INTERACTED:
    case SC_VERB_VOIDED:
    case SC_N_VERBS:
    default:
      return FALSE;
    }

  success = get_value (result, "success");
  if (g_strcmp0 (type, SC_XAPI_TYPE_INTERACTION) == 0 &&
      (verb == SC_VERB_ANSWERED || verb == SC_VERB_SCORED) &&
      success != NULL && json_node_get_value_type (success) == G_TYPE_BOOLEAN)
    {
      out->has_answer = TRUE;
      out->correct = json_node_get_boolean (success);
    }

  rule = sc_module_rules_lookup (rules, out->module_id);
  if (g_strcmp0 (type, SC_XAPI_TYPE_ASSESSMENT) == 0 && verb != SC_VERB_ATTEMPTED &&
      verb != SC_VERB_ANSWERED && get_number (get_object (result, "score"), "scaled", &out->score) &&
      (rule == NULL || rule->quiz_id == NULL ||
       g_strcmp0 (get_string (extensions, SC_ATTEMPT_EXT_QUIZ), rule->quiz_id) == 0))
    out->has_score = TRUE;

  if (g_strcmp0 (type, SC_XAPI_TYPE_SIMULATION) == 0 && verb == SC_VERB_PASSED &&
      rule != NULL && rule->practice_id != NULL &&
      g_strcmp0 (get_string (extensions, SC_XAPI_EXT_SCENARIO), rule->practice_id) == 0)
    out->practice_passed = TRUE;

  return TRUE;
}

static gboolean rebuild (ScDatabase           *database,
                         gint64                learner_id,
                         const ScModuleRules  *rules,
                         GError              **error);

static gboolean
apply_one (ScDatabase           *database,
           gint64                learner_id,
           const ScModuleRules  *rules,
           JsonObject           *statement,
           gboolean              rebuilding,
           GError              **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_auto(ScModuleEvidence) evidence = { 0, };
  g_autofree char *timestamp = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *updated_at = NULL;
  g_autofree char *json = NULL;
  const ScModuleRule *rule;
  Contribution change = { NULL, };
  ScVerb verb;
  int rc;

  if (!sc_verb_from_iri (get_string (get_object (statement, "verb"), "id"), &verb))
    return TRUE;
  if (verb == SC_VERB_VOIDED)
    return rebuilding || rebuild (database, learner_id, rules, error);

  timestamp = sc_xapi_normalize_timestamp (get_string (statement, "timestamp"));
  if (timestamp == NULL || !read_contribution (rules, statement, verb, &change))
    return TRUE;
  stamp = g_strconcat (timestamp, " ", get_string (statement, "id"), NULL);
  rule = sc_module_rules_lookup (rules, change.module_id);

  sc_module_evidence_init (&evidence);
  stmt = sc_learning_prepare (database,
                              "SELECT evidence, updated_at FROM module_status"
                              " WHERE learner_id = ?1 AND course_id = ?2 AND module_id = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, sc_module_rules_get_course_id (rules));
  sc_learning_bind_text (stmt, 3, change.module_id);
  rc = sc_learning_step_row (database, stmt, error);
  if (rc == -1)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      evidence_read (&evidence, sc_learning_column_text (stmt, 0));
      updated_at = g_strdup (sc_learning_column_text (stmt, 1));
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  evidence.n++;
  if (change.has_answer)
    sc_module_evidence_add (&evidence, stamp, change.correct, sc_module_rule_get_window (rule));
  if (change.has_score)
    evidence.best = MAX (evidence.best, change.score);
  if (change.practice_passed)
    evidence.practice_passed = TRUE;
  if (updated_at == NULL || strcmp (updated_at, timestamp) < 0)
    {
      g_free (updated_at);
      updated_at = g_strdup (timestamp);
    }
  json = evidence_write (&evidence);

  stmt = sc_learning_prepare (database,
                              "INSERT OR REPLACE INTO module_status"
                              " (learner_id, course_id, module_id, state, evidence, updated_at)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, sc_module_rules_get_course_id (rules));
  sc_learning_bind_text (stmt, 3, change.module_id);
  sc_learning_bind_text (stmt, 4, sc_module_state_to_string (sc_module_rule_evaluate (rule, &evidence)));
  sc_learning_bind_text (stmt, 5, json);
  sc_learning_bind_text (stmt, 6, updated_at);

  return sc_learning_step_done (database, stmt, error);
}

/**
 * sc_module_status_apply:
 * @rules: the rules of the course the statement may be about
 * @statement: a statement just stored for @learner_id
 *
 * Folds @statement into module_status, in the caller's transaction. A
 * statement about no module of @rules' course changes nothing.
 */
gboolean
sc_module_status_apply (ScDatabase           *database,
                        gint64                learner_id,
                        const ScModuleRules  *rules,
                        JsonObject           *statement,
                        GError              **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);
  g_return_val_if_fail (statement != NULL, FALSE);

  return apply_one (database, learner_id, rules, statement, FALSE, error);
}

/* @learner_id: 0 for every learner */
static gboolean
rebuild (ScDatabase           *database,
         gint64                learner_id,
         const ScModuleRules  *rules,
         GError              **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  ScLearningTx tx;
  int rc;

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  stmt = sc_learning_prepare (database,
                              "DELETE FROM module_status WHERE (learner_id = ?1 OR ?2) AND course_id = ?3",
                              error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int (stmt, 2, learner_id == 0);
  sc_learning_bind_text (stmt, 3, sc_module_rules_get_course_id (rules));
  if (!sc_learning_step_done (database, stmt, error))
    return sc_learning_tx_fail (&tx);
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* SQLite's JSON functions at run time only narrow the scan; every
   * statement is still read by json-glib, as on the way in. */
  stmt = sc_learning_prepare (database,
                              "SELECT learner_id, json FROM statements"
                              " WHERE (learner_id = ?1 OR ?2)"
                              "   AND json_extract (json, '$.context.extensions.\"" SC_XAPI_EXT_COURSE "\"') = ?3"
                              "   AND id NOT IN (SELECT object_id FROM statements WHERE verb = ?4)"
                              " ORDER BY learner_id, timestamp, id",
                              error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int (stmt, 2, learner_id == 0);
  sc_learning_bind_text (stmt, 3, sc_module_rules_get_course_id (rules));
  sc_learning_bind_text (stmt, 4, sc_verb_get_iri (SC_VERB_VOIDED));

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(JsonNode) root = sc_json_parse (sc_learning_column_text (stmt, 1), NULL);

      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
          !apply_one (database, sqlite3_column_int64 (stmt, 0), rules,
                      json_node_get_object (root), TRUE, error))
        return sc_learning_tx_fail (&tx);
    }
  if (rc != SQLITE_DONE)
    return sc_learning_tx_fail (&tx);

  g_clear_pointer (&stmt, sqlite3_finalize);

  return sc_learning_tx_commit (&tx, error);
}

/**
 * sc_module_status_rebuild:
 * @learner: (nullable): whose rows to rebuild; %NULL for everyone
 *
 * Empties module_status for @rules' course and computes it again from the
 * statements, in one transaction.
 */
gboolean
sc_module_status_rebuild (ScDatabase           *database,
                          const ScLearner      *learner,
                          const ScModuleRules  *rules,
                          GError              **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  return rebuild (database, learner != NULL ? learner->id : 0, rules, error);
}

static ScModuleStatus *
read_status (ScLearningStmt *stmt)
{
  ScModuleStatus *status = g_new0 (ScModuleStatus, 1);
  g_auto(ScModuleEvidence) evidence = { 0, };
  const char *state = sc_learning_column_text (stmt, 2);

  status->course_id = g_strdup (sc_learning_column_text (stmt, 0));
  status->module_id = g_strdup (sc_learning_column_text (stmt, 1));
  if (g_strcmp0 (state, "mastered") == 0)
    status->state = SC_MODULE_MASTERED;
  else if (g_strcmp0 (state, "in-progress") == 0)
    status->state = SC_MODULE_IN_PROGRESS;

  sc_module_evidence_init (&evidence);
  evidence_read (&evidence, sc_learning_column_text (stmt, 3));
  status->best_score = evidence.best;
  status->n_answers = evidence.answers->len;
  status->n_correct = sc_module_evidence_n_correct (&evidence);
  status->n_evidence = (guint) evidence.n;
  status->updated_at = g_strdup (sc_learning_column_text (stmt, 4));

  return status;
}

#define SELECT_STATUS \
  "SELECT course_id, module_id, state, evidence, updated_at FROM module_status"

/**
 * sc_module_status_get:
 *
 * Returns: (transfer full) (nullable): the learner's status in the
 *   module; "not started" when nothing was recorded
 */
ScModuleStatus *
sc_module_status_get (ScDatabase       *database,
                      const ScLearner  *learner,
                      const char       *course_id,
                      const char       *module_id,
                      GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  ScModuleStatus *status;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (course_id != NULL && module_id != NULL, NULL);

  stmt = sc_learning_prepare (database,
                              SELECT_STATUS " WHERE learner_id = ?1 AND course_id = ?2 AND module_id = ?3",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, course_id);
  sc_learning_bind_text (stmt, 3, module_id);

  rc = sc_learning_step_row (database, stmt, error);
  if (rc == SQLITE_ROW)
    return read_status (stmt);
  if (rc == -1)
    return NULL;

  status = g_new0 (ScModuleStatus, 1);
  status->course_id = g_strdup (course_id);
  status->module_id = g_strdup (module_id);
  status->state = SC_MODULE_NOT_STARTED;
  status->best_score = -1.0;

  return status;
}

/**
 * sc_module_status_list:
 *
 * Returns: (transfer full) (element-type ScModuleStatus) (nullable): the
 *   learner's recorded statuses in the course, by module id; modules
 *   without a row are not started
 */
GPtrArray *
sc_module_status_list (ScDatabase       *database,
                       const ScLearner  *learner,
                       const char       *course_id,
                       GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_module_status_free);
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (course_id != NULL, NULL);

  stmt = sc_learning_prepare (database,
                              SELECT_STATUS " WHERE learner_id = ?1 AND course_id = ?2 ORDER BY module_id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, course_id);

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (list, read_status (stmt));

  return rc == SQLITE_DONE ? g_steal_pointer (&list) : NULL;
}
