/* sc-practice-statement.c - a practice store's "Check my work", recorded as statements
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A check is recorded as a quiz attempt is (sc-attempt-statement.c):
 * "attempted" the first time the run's registration is checked, then
 * "completed", then "passed" when every goal passes or "failed"
 * otherwise. The last two carry result.score {raw: goals passed, max:
 * goals, min 0, scaled}, result.success on the verdict and
 * result.extensions urn:shopcraft:ext:goals {goal id: passed}.
 *
 * The object is the practice, `<course IRI base>practice:<scenario id>`,
 * a simulation. context.registration is the run's registration, so a run
 * started over is a new registration and its checks start with
 * "attempted" again. With a lesson (the one whose practice card opened
 * the run), the lesson is the parent, its module and the course group
 * it, and the competencies of its objectives are categories, as in a
 * lesson's own statements; the context extensions name the course, the
 * module (so module status counts the check as evidence of work on the
 * module, and a passed check as the module's practical assessment when
 * the module names the scenario: <assessment practice>) and the
 * scenario, but never the lesson: lesson progress reads that extension,
 * and a practice check does not complete a lesson. A check of a run
 * opened without a lesson counts for the module the scenario assesses.
 *
 * The statements and module status are written in one transaction.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sc-error.h"
#include "sc-learner.h"
#include "sc-learning-private.h"
#include "sc-module-status.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario-run.h"
#include "sc-statement.h"

typedef struct
{
  ScCourse    *course;
  ScLearner   *learner;
  const ScRun *run;
  ScLesson    *lesson;
  ScModule    *module;
  char        *title;
  guint        n_goals;
  guint        n_passed;
  GPtrArray   *results;
} Check;

static ScStatement *
new_statement (Check  *check,
               ScVerb  verb)
{
  ScStatement *statement = sc_statement_new (check->learner, verb);
  const char *language = sc_course_get_language (check->course);
  const char *course_id = sc_course_get_id (check->course);
  g_autofree char *iri = sc_course_dup_activity_iri (check->course, "practice", check->run->scenario_id);
  g_autofree char *course_iri = sc_course_dup_activity_iri (check->course, "course", course_id);

  sc_statement_set_object (statement, iri, SC_XAPI_TYPE_SIMULATION, language, check->title);
  sc_statement_set_registration (statement, check->run->registration);
  if (sc_course_get_version (check->course) != NULL)
    sc_statement_set_revision (statement, sc_course_get_version (check->course));
  if (language != NULL)
    sc_statement_set_language (statement, language);

  if (check->lesson != NULL)
    {
      g_autofree char *lesson_iri = sc_course_dup_activity_iri (check->course, "lesson", check->lesson->id);

      sc_statement_add_context_activity (statement, SC_CONTEXT_PARENT, lesson_iri, SC_XAPI_TYPE_LESSON,
                                         language, check->lesson->title);
    }
  if (check->module != NULL)
    {
      g_autofree char *module_iri = sc_course_dup_activity_iri (check->course, "module", check->module->id);

      sc_statement_add_context_activity (statement, SC_CONTEXT_GROUPING, module_iri, SC_XAPI_TYPE_MODULE,
                                         language, check->module->title);
    }
  sc_statement_add_context_activity (statement, SC_CONTEXT_GROUPING, course_iri, SC_XAPI_TYPE_COURSE,
                                     language, sc_course_get_title (check->course));
  if (check->lesson != NULL)
    sc_statement_add_lesson_competencies (statement, check->course, check->lesson);

  sc_statement_set_context_extension (statement, SC_XAPI_EXT_COURSE,
                                      json_node_init_string (json_node_alloc (), course_id));
  if (check->module != NULL)
    sc_statement_set_context_extension (statement, SC_ATTEMPT_EXT_MODULE,
                                        json_node_init_string (json_node_alloc (), check->module->id));
  sc_statement_set_context_extension (statement, SC_XAPI_EXT_SCENARIO,
                                      json_node_init_string (json_node_alloc (), check->run->scenario_id));

  return statement;
}

/* The module whose assessment names @scenario_id as its practice. */
static ScModule *
find_assessed_module (ScCourse   *course,
                      const char *scenario_id)
{
  GPtrArray *domains = sc_course_get_domains (course);

  for (guint d = 0; d < domains->len; d++)
    {
      ScDomain *domain = g_ptr_array_index (domains, d);

      for (guint m = 0; m < domain->modules->len; m++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, m);

          if (g_strcmp0 (module->assessment_practice, scenario_id) == 0)
            return module;
        }
    }

  return NULL;
}

static JsonObject *
ensure_object (JsonObject *parent,
               const char *name)
{
  JsonObject *child;

  if (json_object_has_member (parent, name) &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (parent, name)))
    return json_object_get_object_member (parent, name);

  child = json_object_new ();
  json_object_set_object_member (parent, name, child);

  return child;
}

/* result.score, as sc-attempt-statement.c writes it; no score without goals. */
static void
add_score (JsonObject *root,
           Check      *check)
{
  JsonObject *score;

  if (check->n_goals == 0)
    return;

  score = json_object_new ();
  json_object_set_double_member (score, "scaled",
                                 round ((double) check->n_passed / check->n_goals * 1e7) / 1e7);
  json_object_set_double_member (score, "raw", check->n_passed);
  json_object_set_double_member (score, "min", 0.0);
  json_object_set_double_member (score, "max", check->n_goals);
  json_object_set_object_member (ensure_object (root, "result"), "score", score);
}

static JsonNode *
goals_node (Check *check)
{
  JsonObject *goals = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < check->results->len; i++)
    {
      const ScGoalResult *result = g_ptr_array_index (check->results, i);

      json_object_set_boolean_member (goals, result->goal_id, result->passed);
    }

  /* The node takes the object's only reference. */
  json_node_take_object (node, goals);

  return node;
}

static gboolean
record (Check         *check,
        ScDatabase    *database,
        ScModuleRules *rules,
        ScVerb         verb,
        GError       **error)
{
  g_autoptr(ScStatement) statement = new_statement (check, verb);
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(JsonNode) stored = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;

  if (verb != SC_VERB_ATTEMPTED)
    {
      sc_statement_set_completion (statement, TRUE);
      if (verb != SC_VERB_COMPLETED)
        sc_statement_set_success (statement, verb == SC_VERB_PASSED);
      sc_statement_set_result_extension (statement, SC_XAPI_EXT_GOALS, goals_node (check));
    }

  json = sc_statement_to_json (statement);
  parsed = json_from_string (json, NULL);
  g_assert (parsed != NULL && JSON_NODE_HOLDS_OBJECT (parsed));
  if (verb != SC_VERB_ATTEMPTED)
    add_score (json_node_get_object (parsed), check);
  text = json_to_string (parsed, FALSE);

  return sc_statement_insert_json (database, check->learner->id, text, &stored, error) &&
         sc_module_status_apply (database, check->learner->id, rules, json_node_get_object (stored), error);
}

/* Whether a statement already carries @registration. */
static int
registration_seen (ScDatabase  *database,
                   gint64       learner_id,
                   const char  *registration,
                   GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT 1 FROM statements WHERE learner_id = ?1 AND registration = ?2 "
                              "AND verb = ?3 LIMIT 1",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, registration);
  sc_learning_bind_text (stmt, 3, sc_verb_get_iri (SC_VERB_ATTEMPTED));
  rc = sc_learning_step_row (database, stmt, error);
  if (rc == -1)
    return -1;

  return rc == SQLITE_ROW;
}

static ScLearner *
lookup_owner (ScDatabase   *database,
              const ScRun  *run,
              GError      **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  ScLearner *learner = NULL;
  int rc;

  stmt = sc_learning_prepare (database, "SELECT uuid FROM learners WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, run->learner_id);
  rc = sc_learning_step_row (database, stmt, error);
  if (rc == -1)
    return NULL;
  if (rc == SQLITE_ROW)
    {
      uuid = g_strdup (sc_learning_column_text (stmt, 0));
      learner = sc_learner_lookup_uuid (database, uuid, error);
    }
  if (learner == NULL && (error == NULL || *error == NULL))
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("The owner of the practice run “%s” is no longer a learner in %s; "
                   "the check cannot be recorded."),
                 run->name, sc_database_get_path (database));

  return learner;
}

/**
 * sc_sandbox_record_check:
 * @course: the course the practice belongs to
 * @run: a run started from a scenario of @course
 * @lesson_id: (nullable): the lesson whose practice card opened the run
 * @results: (element-type ScGoalResult): what sc_sandbox_check () found
 *
 * Records a "Check my work" as statements with the run's registration,
 * and folds them into module status, in one transaction.
 */
gboolean
sc_sandbox_record_check (ScDatabase   *database,
                         ScCourse     *course,
                         const ScRun  *run,
                         const char   *lesson_id,
                         GPtrArray    *results,
                         GError      **error)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScModuleRules) rules = NULL;
  g_autoptr(ScScenario) scenario = NULL;
  Check check = { course, NULL, run, NULL, NULL, NULL, 0, 0, results };
  ScLearningTx tx;
  int seen;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);
  g_return_val_if_fail (results != NULL, FALSE);

  if (run->scenario_id == NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The practice run “%s” was imported from a product file and has no goals "
                     "to check; checks are for runs started from a scenario."), run->name);
      return FALSE;
    }
  if (lesson_id != NULL)
    {
      check.lesson = sc_course_lookup_lesson (course, lesson_id);
      if (check.lesson == NULL)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("The course “%s” has no lesson “%s” to record the practice “%s” under; "
                         "check the lesson id of its practice card."),
                       sc_course_get_id (course), lesson_id, run->scenario_id);
          return FALSE;
        }
      check.module = sc_course_get_lesson_module (course, check.lesson);
    }
  /* Opened from the section's start page: the check still counts for
   * the module it assesses. */
  if (check.module == NULL)
    check.module = find_assessed_module (course, run->scenario_id);

  learner = lookup_owner (database, run, error);
  if (learner == NULL)
    return FALSE;
  check.learner = learner;

  /* The practice's name in statements: the scenario's title, when the
   * course still has the scenario. */
  if (sc_course_get_directory (course) != NULL)
    scenario = sc_scenario_find (sc_course_get_directory (course), run->scenario_id, NULL);
  check.title = scenario != NULL ? scenario->title : run->scenario_id;

  check.n_goals = results->len;
  for (guint i = 0; i < results->len; i++)
    check.n_passed += ((const ScGoalResult *) g_ptr_array_index (results, i))->passed;

  rules = sc_module_rules_new_for_course (course);
  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  seen = registration_seen (database, learner->id, run->registration, error);
  if (seen < 0 ||
      (!seen && !record (&check, database, rules, SC_VERB_ATTEMPTED, error)) ||
      !record (&check, database, rules, SC_VERB_COMPLETED, error) ||
      !record (&check, database, rules,
               check.n_passed == check.n_goals ? SC_VERB_PASSED : SC_VERB_FAILED, error))
    return sc_learning_tx_fail (&tx);

  return sc_learning_tx_commit (&tx, error);
}
