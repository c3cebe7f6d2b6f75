/* test-module-status.c - module rules in words, mastery from statements, and rebuilding identically
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-error.h"
#include "sc-module-status.h"
#include "sc-scenario-run.h"
#include "sc-xapi.h"
#include "test-attempt-util.h"

#define DUMP_STATUS "SELECT * FROM module_status ORDER BY learner_id, course_id, module_id"

static void
status_set_up (Fixture       *f,
               gconstpointer  data)
{
  fixture_set_up (f, data);
  test_make_bank (f->database);
}

static void
assert_described (const ScModuleRules *rules,
                  const char          *module_id,
                  const char          *expected)
{
  g_autofree char *text = sc_module_rule_describe (sc_module_rules_lookup (rules, module_id));

  g_assert_cmpstr (text, ==, expected);
}

static void
test_describe (void)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new ("course");
  g_autoptr(ScModuleRules) from_course = NULL;
  g_autoptr(ScCourse) course = test_load_example_course ();
  const ScModuleRule *rule;

  sc_module_rules_set_quiz_score (rules, "a", "quiz-a", 0.8);
  sc_module_rules_set_quiz_score (rules, "b", NULL, 0.666);
  sc_module_rules_set_recent (rules, "c", 4, 5);
  sc_module_rules_set_recent (rules, "d", 1, 1);
  sc_module_rules_set_streak (rules, "e", 3);
  sc_module_rules_set_streak (rules, "f", 1);

  assert_described (rules, "a", "Pass the module quiz with 80 % to complete this module");
  assert_described (rules, "b", "Pass the module quiz with 66.6 % to complete this module");
  assert_described (rules, "c", "Answer 4 of your last 5 questions correctly to master this module");
  assert_described (rules, "d", "Answer 1 of your last 1 question correctly to master this module");
  assert_described (rules, "e", "Answer 3 questions in a row correctly to master this module");
  assert_described (rules, "f", "Answer 1 question in a row correctly to master this module");

  /* A module has one rule: setting another replaces it. */
  sc_module_rules_set_streak (rules, "a", 2);
  assert_described (rules, "a", "Answer 2 questions in a row correctly to master this module");
  g_assert_null (sc_module_rules_lookup (rules, "z"));

  /* The course gives its closing quizzes the default threshold. */
  from_course = sc_module_rules_new_for_course (course);
  g_assert_cmpstr (sc_module_rules_get_course_id (from_course), ==, TEST_COURSE);
  rule = sc_module_rules_lookup (from_course, TEST_MODULE);
  g_assert_nonnull (rule);
  g_assert_cmpint (rule->kind, ==, SC_MODULE_RULE_QUIZ_SCORE);
  g_assert_cmpstr (rule->quiz_id, ==, TEST_QUIZ);
  g_assert_cmpfloat (rule->threshold, ==, SC_MODULE_DEFAULT_THRESHOLD);
  g_assert_null (sc_module_rules_lookup (from_course, "first-orders"));

  g_assert_cmpstr (sc_module_state_to_string (SC_MODULE_MASTERED), ==, "mastered");
  g_assert_cmpstr (sc_module_state_to_string (SC_MODULE_NOT_STARTED), ==, "not-started");
}

static ScModuleStatus *
get_status (Fixture         *f,
            const ScLearner *learner,
            const char      *module_id)
{
  g_autoptr(GError) error = NULL;
  ScModuleStatus *status = sc_module_status_get (f->database, learner, TEST_COURSE, module_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (status);

  return status;
}

/* Takes the module quiz (sc1 worth 2 marks, tf1 worth 1): @right_sc1
 * and @right_tf1 say which are answered right. */
static void
take_quiz (Fixture         *f,
           const ScLearner *learner,
           ScModuleRules   *rules,
           gboolean         right_sc1,
           gboolean         right_tf1,
           gint64           at)
{
  test_take_module_quiz (f->database, learner, f->course, rules, right_sc1, right_tf1, at);
}

static void
test_quiz_score (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", NULL);
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScModuleStatus) status = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  status = get_status (f, f->learner, TEST_MODULE);
  g_assert_cmpint (status->state, ==, SC_MODULE_NOT_STARTED);
  g_assert_cmpfloat (status->best_score, ==, -1.0);
  g_clear_pointer (&status, sc_module_status_free);

  /* Starting the module quiz is evidence: in progress. */
  attempt = sc_attempt_start (f->database, f->learner, f->course, rules, quiz, 1, NULL, &error);
  g_assert_no_error (error);
  status = get_status (f, f->learner, TEST_MODULE);
  g_assert_cmpint (status->state, ==, SC_MODULE_IN_PROGRESS);
  g_assert_cmpuint (status->n_evidence, ==, 1);
  g_clear_pointer (&status, sc_module_status_free);
  g_assert_true (sc_attempt_submit (attempt, f->database, NULL, &error));

  /* 2 of 3 marks is below 80 %. */
  take_quiz (f, f->learner, rules, TRUE, FALSE, 100);
  status = get_status (f, f->learner, TEST_MODULE);
  g_assert_cmpint (status->state, ==, SC_MODULE_IN_PROGRESS);
  g_assert_cmpfloat_with_epsilon (status->best_score, 2.0 / 3.0, 1e-6);
  g_clear_pointer (&status, sc_module_status_free);

  take_quiz (f, f->learner, rules, TRUE, TRUE, 200);
  status = get_status (f, f->learner, TEST_MODULE);
  g_assert_cmpint (status->state, ==, SC_MODULE_MASTERED);
  g_assert_cmpfloat (status->best_score, ==, 1.0);
  g_clear_pointer (&status, sc_module_status_free);

  /* Passing once is enough: a worse attempt later keeps the module done. */
  take_quiz (f, f->learner, rules, FALSE, FALSE, 300);
  status = get_status (f, f->learner, TEST_MODULE);
  g_assert_cmpint (status->state, ==, SC_MODULE_MASTERED);
  g_clear_pointer (&status, sc_module_status_free);

  status = get_status (f, f->learner, "first-orders");
  g_assert_cmpint (status->state, ==, SC_MODULE_NOT_STARTED);
  list = sc_module_status_list (f->database, f->learner, TEST_COURSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);

  before = test_dump (f->db, DUMP_STATUS);
  g_assert_true (sc_module_status_rebuild (f->database, NULL, rules, &error));
  g_assert_no_error (error);
  after = test_dump (f->db, DUMP_STATUS);
  g_assert_cmpstr (after, ==, before);
}

/* Stores @statement and folds it into module status in one transaction,
 * as attempts and practice checks do. */
static void
store (Fixture             *f,
       const ScLearner     *learner,
       const ScModuleRules *rules,
       ScStatement         *statement)
{
  g_autofree char *json = sc_statement_to_json (statement);
  g_autoptr(JsonNode) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_database_exec (f->database, "BEGIN IMMEDIATE", &error));
  g_assert_true (sc_statement_insert_json (f->database, learner->id, json, &stored, &error));
  g_assert_true (sc_module_status_apply (f->database, learner->id, rules,
                                         json_node_get_object (stored), &error));
  g_assert_true (sc_database_exec (f->database, "COMMIT", &error));
  g_assert_no_error (error);
}

/* An answer to a question of @module_id, at @at seconds, stored and
 * folded into module status in one transaction, as attempts do. */
static char *
answer (Fixture             *f,
        const ScLearner     *learner,
        const ScModuleRules *rules,
        const char          *course_id,
        const char          *module_id,
        gboolean             correct,
        gint64               at)
{
  g_autoptr(ScStatement) statement = sc_statement_new (learner, SC_VERB_ANSWERED);
  g_autoptr(GDateTime) time = test_time (at);
  g_autofree char *timestamp = sc_xapi_format_timestamp (time);

  sc_statement_set_object (statement, "urn:shopcraft:example-shop:question:q", SC_XAPI_TYPE_INTERACTION,
                           NULL, NULL);
  sc_statement_set_context_extension (statement, SC_XAPI_EXT_COURSE,
                                      json_node_init_string (json_node_alloc (), course_id));
  if (module_id != NULL)
    sc_statement_set_context_extension (statement, SC_ATTEMPT_EXT_MODULE,
                                        json_node_init_string (json_node_alloc (), module_id));
  sc_statement_set_success (statement, correct);
  sc_statement_set_timestamp (statement, timestamp);
  store (f, learner, rules, statement);

  return g_strdup (sc_statement_get_id (statement));
}

static ScModuleState
state_of (Fixture    *f,
          const char *module_id)
{
  g_autoptr(ScModuleStatus) status = get_status (f, f->learner, module_id);

  return status->state;
}

static void
test_recent_and_streak (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new (TEST_COURSE);
  g_autoptr(ScModuleStatus) status = NULL;
  static const gboolean answers[] = { FALSE, TRUE, TRUE, FALSE, FALSE, TRUE, TRUE, TRUE };
  /* After each answer above: 2 of the last 3 right? all of the last 3? */
  static const ScModuleState recent[] = {
    SC_MODULE_IN_PROGRESS, SC_MODULE_IN_PROGRESS, SC_MODULE_MASTERED, SC_MODULE_MASTERED,
    SC_MODULE_IN_PROGRESS, SC_MODULE_IN_PROGRESS, SC_MODULE_MASTERED, SC_MODULE_MASTERED,
  };
  static const ScModuleState streak[] = {
    SC_MODULE_IN_PROGRESS, SC_MODULE_IN_PROGRESS, SC_MODULE_IN_PROGRESS, SC_MODULE_IN_PROGRESS,
    SC_MODULE_IN_PROGRESS, SC_MODULE_IN_PROGRESS, SC_MODULE_IN_PROGRESS, SC_MODULE_MASTERED,
  };

  sc_module_rules_set_recent (rules, "recent", 2, 3);
  sc_module_rules_set_streak (rules, "streak", 3);

  g_assert_cmpint (state_of (f, "recent"), ==, SC_MODULE_NOT_STARTED);
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      g_free (answer (f, f->learner, rules, TEST_COURSE, "recent", answers[i], 10 * i));
      g_free (answer (f, f->learner, rules, TEST_COURSE, "streak", answers[i], 10 * i));

      g_assert_cmpint (state_of (f, "recent"), ==, recent[i]);
      g_assert_cmpint (state_of (f, "streak"), ==, streak[i]);
    }

  status = get_status (f, f->learner, "recent");
  g_assert_cmpuint (status->n_answers, ==, 3);
  g_assert_cmpuint (status->n_correct, ==, 3);
  g_assert_cmpuint (status->n_evidence, ==, G_N_ELEMENTS (answers));
  g_assert_cmpstr (status->updated_at, ==, "2026-11-28T10:01:10.000Z");
  g_clear_pointer (&status, sc_module_status_free);

  /* An answer from earlier (another device's, imported late) falls in
   * its place by time: it is not among the newest three. */
  g_free (answer (f, f->learner, rules, TEST_COURSE, "streak", FALSE, 5));
  g_assert_cmpint (state_of (f, "streak"), ==, SC_MODULE_MASTERED);
  /* One after them counts. */
  g_free (answer (f, f->learner, rules, TEST_COURSE, "streak", FALSE, 75));
  g_assert_cmpint (state_of (f, "streak"), ==, SC_MODULE_IN_PROGRESS);

  /* Other courses, and statements about no module, change nothing. */
  g_free (answer (f, f->learner, rules, "other-course", "recent", FALSE, 500));
  g_free (answer (f, f->learner, rules, TEST_COURSE, NULL, FALSE, 500));
  g_assert_cmpint (state_of (f, "recent"), ==, SC_MODULE_MASTERED);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM module_status"), ==, 2);
}

static void
test_voided (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new (TEST_COURSE);
  g_autoptr(ScStatement) voiding = sc_statement_new (f->learner, SC_VERB_VOIDED);
  g_autoptr(JsonNode) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  g_autofree char *json = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  sc_module_rules_set_streak (rules, TEST_MODULE, 2);
  g_free (answer (f, f->learner, rules, TEST_COURSE, TEST_MODULE, TRUE, 10));
  last = answer (f, f->learner, rules, TEST_COURSE, TEST_MODULE, TRUE, 20);
  g_assert_cmpint (state_of (f, TEST_MODULE), ==, SC_MODULE_MASTERED);

  /* A correction voids the second answer: mastery goes with it. */
  sc_statement_set_object (voiding, last, NULL, NULL, NULL);
  json = sc_statement_to_json (voiding);
  {
    g_autoptr(JsonNode) root = json_from_string (json, NULL);
    JsonObject *object = json_object_get_object_member (json_node_get_object (root), "object");

    json_object_set_string_member (object, "objectType", "StatementRef");
    json_object_remove_member (object, "definition");
    g_free (json);
    json = json_to_string (root, FALSE);
  }
  g_assert_true (sc_database_exec (f->database, "BEGIN IMMEDIATE", &error));
  g_assert_true (sc_statement_insert_json (f->database, f->learner->id, json, &stored, &error));
  g_assert_true (sc_module_status_apply (f->database, f->learner->id, rules,
                                         json_node_get_object (stored), &error));
  g_assert_true (sc_database_exec (f->database, "COMMIT", &error));
  g_assert_no_error (error);
  g_assert_cmpint (state_of (f, TEST_MODULE), ==, SC_MODULE_IN_PROGRESS);

  before = test_dump (f->db, DUMP_STATUS);
  g_assert_true (sc_module_status_rebuild (f->database, f->learner, rules, &error));
  after = test_dump (f->db, DUMP_STATUS);
  g_assert_cmpstr (after, ==, before);
}

/* Many learners, answers and quizzes, applied as they come and then in
 * a shuffled order: a rebuild from the statements gives the same rows
 * either way. */
static void
test_rebuild (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261130);
  g_autoptr(GPtrArray) learners = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_learner_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *incremental = NULL;
  g_autofree char *rebuilt = NULL;
  g_autofree char *shuffled = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  static const char * const modules[] = { "first-orders", "recent-module", "streak-module" };

  sc_module_rules_set_recent (rules, "recent-module", 3, 4);
  sc_module_rules_set_streak (rules, "streak-module", 2);
  g_ptr_array_add (learners, sc_learner_copy (f->learner));
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("Learner %u", i);

      g_ptr_array_add (learners, sc_learner_create (f->database, name, &error));
      g_assert_no_error (error);
    }

  for (guint l = 0; l < learners->len; l++)
    {
      const ScLearner *learner = g_ptr_array_index (learners, l);

      for (guint q = 0; q < 3; q++)
        take_quiz (f, learner, rules, g_rand_boolean (rand), g_rand_boolean (rand), 1000 * (l + 1) + 100 * q);
    }

  /* Answers in a shuffled order of time, as imports would bring them. */
  for (gint64 t = 0; t < 60; t++)
    g_array_append_val (times, t);
  for (guint i = times->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      gint64 tmp = g_array_index (times, gint64, i - 1);

      g_array_index (times, gint64, i - 1) = g_array_index (times, gint64, j);
      g_array_index (times, gint64, j) = tmp;
    }
  for (guint i = 0; i < times->len; i++)
    {
      const ScLearner *learner = g_ptr_array_index (learners, i % learners->len);
      gint64 t = g_array_index (times, gint64, i);

      g_free (answer (f, learner, rules, TEST_COURSE, modules[t % G_N_ELEMENTS (modules)],
                      g_rand_int_range (rand, 0, 4) != 0, 5000 + t));
    }

  incremental = test_dump (f->db, DUMP_STATUS);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM module_status"), ==, 3 * 4);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM module_status WHERE state = 'mastered'"), >, 0);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM module_status WHERE state = 'in-progress'"), >, 0);

  g_assert_true (sc_module_status_rebuild (f->database, NULL, rules, &error));
  g_assert_no_error (error);
  rebuilt = test_dump (f->db, DUMP_STATUS);
  g_assert_cmpstr (rebuilt, ==, incremental);

  /* Rebuilding one learner leaves the others' rows as they are. */
  test_exec (f->db, "UPDATE module_status SET state = 'not-started' WHERE learner_id <> 1");
  g_assert_true (sc_module_status_rebuild (f->database, f->learner, rules, &error));
  shuffled = test_dump (f->db, "SELECT count(*) FROM module_status WHERE state = 'not-started'");
  g_assert_cmpstr (shuffled, ==, "8\n");
}

/* A lesson's practice quiz assesses no module (the course reader leaves
 * its module_id unset, test-course-quizzes.c): however well and however
 * often the learner practises, the module's status does not move, and
 * the best practice score is still there for the lesson page. */
static void
test_practice (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  const ScAttemptQuiz *practice = sc_course_lookup_quiz (f->course, "titles-practice");
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_IMMEDIATE, "sc1", "tf1", NULL);
  g_autoptr(ScModuleStatus) status = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  double best = 0.0;

  g_assert_nonnull (practice);
  g_assert_null (practice->module_id);
  g_free (quiz->id);
  quiz->id = g_strdup (practice->id);
  g_clear_pointer (&quiz->module_id, g_free);
  quiz->pass_fraction = 0.0;

  g_assert_true (sc_attempt_best_fraction (f->database, f->learner, TEST_COURSE, quiz->id,
                                           &best, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (best, ==, -1.0);

  for (gint64 at = 100; at <= 300; at += 100)
    {
      g_autoptr(ScAttempt) attempt = NULL;
      g_autoptr(GDateTime) now = test_time (at);

      attempt = sc_attempt_start (f->database, f->learner, f->course, rules, quiz,
                                  (guint32) at, now, &error);
      g_assert_no_error (error);
      test_save (attempt, f->database, "sc1", test_choices (0, G_MAXUINT), at + 1);
      test_save (attempt, f->database, "tf1", test_choices (at == 200 ? 0 : 1, G_MAXUINT), at + 2);
      g_assert_true (sc_attempt_submit (attempt, f->database, NULL, &error));
      g_assert_no_error (error);
    }

  status = get_status (f, f->learner, TEST_MODULE);
  g_assert_cmpint (status->state, ==, SC_MODULE_NOT_STARTED);
  g_assert_cmpuint (status->n_evidence, ==, 0);
  g_assert_cmpfloat (status->best_score, ==, -1.0);
  g_clear_pointer (&status, sc_module_status_free);
  list = sc_module_status_list (f->database, f->learner, TEST_COURSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);

  /* The best of the three: all right the second time. */
  g_assert_true (sc_attempt_best_fraction (f->database, f->learner, TEST_COURSE, quiz->id,
                                           &best, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (best, 1.0, 1e-9);

  /* Rebuilding from every statement agrees; the module quiz still counts. */
  g_assert_true (sc_module_status_rebuild (f->database, NULL, rules, &error));
  g_assert_no_error (error);
  status = get_status (f, f->learner, TEST_MODULE);
  g_assert_cmpint (status->state, ==, SC_MODULE_NOT_STARTED);
  g_clear_pointer (&status, sc_module_status_free);

  take_quiz (f, f->learner, rules, TRUE, TRUE, 400);
  status = get_status (f, f->learner, TEST_MODULE);
  g_assert_cmpint (status->state, ==, SC_MODULE_MASTERED);
}

/* A check of a practice store of @module_id, @verb "passed" or
 * "failed", as sc_practice_record_check () stores it. */
static void
practice_check (Fixture             *f,
                const ScModuleRules *rules,
                const char          *scenario_id,
                ScVerb               verb,
                gint64               at)
{
  g_autoptr(ScStatement) statement = sc_statement_new (f->learner, verb);
  g_autoptr(GDateTime) time = test_time (at);
  g_autofree char *timestamp = sc_xapi_format_timestamp (time);

  sc_statement_set_object (statement, "urn:shopcraft:example-shop:practice:p", SC_XAPI_TYPE_SIMULATION,
                           NULL, NULL);
  sc_statement_set_context_extension (statement, SC_XAPI_EXT_COURSE,
                                      json_node_init_string (json_node_alloc (), TEST_COURSE));
  sc_statement_set_context_extension (statement, SC_ATTEMPT_EXT_MODULE,
                                      json_node_init_string (json_node_alloc (), TEST_MODULE));
  sc_statement_set_context_extension (statement, SC_XAPI_EXT_SCENARIO,
                                      json_node_init_string (json_node_alloc (), scenario_id));
  sc_statement_set_success (statement, verb == SC_VERB_PASSED);
  sc_statement_set_timestamp (statement, timestamp);
  store (f, f->learner, rules, statement);
}

/* A simulation-based assessment: with <assessment practice>, passing the
 * module quiz is not enough; a check of that practice store must have
 * met every goal too, in either order, and once met it stays met. A
 * rebuild from the statements gives the same rows. */
static void
test_practice_assessment (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  g_autoptr(ScModuleRules) practice_only = sc_module_rules_new ("course");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  sc_module_rules_set_practice (rules, TEST_MODULE, "late-parcels", "Beat the cut-off");
  assert_described (rules, TEST_MODULE, "Pass the module quiz with 80 % and meet every goal of the "
                                        "practice “Beat the cut-off” to complete this module");
  /* A module without a rule gets the quiz rule beside the practice. */
  sc_module_rules_set_practice (practice_only, "m", "late-parcels", NULL);
  g_assert_cmpint (sc_module_rules_lookup (practice_only, "m")->kind, ==, SC_MODULE_RULE_QUIZ_SCORE);
  assert_described (practice_only, "m", "Pass the module quiz with 80 % and meet every goal of the "
                                        "practice “late-parcels” to complete this module");

  take_quiz (f, f->learner, rules, TRUE, TRUE, 100);
  g_assert_cmpint (state_of (f, TEST_MODULE), ==, SC_MODULE_IN_PROGRESS);
  practice_check (f, rules, "late-parcels", SC_VERB_FAILED, 200);
  practice_check (f, rules, "another-store", SC_VERB_PASSED, 300);
  g_assert_cmpint (state_of (f, TEST_MODULE), ==, SC_MODULE_IN_PROGRESS);
  practice_check (f, rules, "late-parcels", SC_VERB_PASSED, 400);
  g_assert_cmpint (state_of (f, TEST_MODULE), ==, SC_MODULE_MASTERED);
  /* A later failed check takes nothing back. */
  practice_check (f, rules, "late-parcels", SC_VERB_FAILED, 500);
  g_assert_cmpint (state_of (f, TEST_MODULE), ==, SC_MODULE_MASTERED);

  before = test_dump (f->db, DUMP_STATUS);
  g_assert_true (sc_module_status_rebuild (f->database, NULL, rules, &error));
  g_assert_no_error (error);
  after = test_dump (f->db, DUMP_STATUS);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/module-status/describe", test_describe);
  g_test_add ("/module-status/quiz-score", Fixture, NULL, status_set_up, test_quiz_score, fixture_tear_down);
  g_test_add ("/module-status/recent-and-streak", Fixture, NULL, status_set_up, test_recent_and_streak, fixture_tear_down);
  g_test_add ("/module-status/voided", Fixture, NULL, status_set_up, test_voided, fixture_tear_down);
  g_test_add ("/module-status/rebuild", Fixture, NULL, status_set_up, test_rebuild, fixture_tear_down);
  g_test_add ("/module-status/practice", Fixture, NULL, status_set_up, test_practice, fixture_tear_down);
  g_test_add ("/module-status/practice-assessment", Fixture, NULL, status_set_up, test_practice_assessment,
              fixture_tear_down);

  return g_test_run ();
}
