/* test-grading.c - the grading queue across learners, a manual mark's statement, totals, module status and regrades
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "sc-grading.h"
#include "sc-module-status.h"
#include "test-attempt-util.h"

/* A learner's attempt at sc1 (2 marks, answered right) and essay1 (3
 * marks), submitted with the essay written: it waits for a grader. */
static ScAttempt *
submitted_essay (Fixture         *f,
                 const ScLearner *learner,
                 ScModuleRules   *rules,
                 const char      *text,
                 gint64           at)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", "essay1", NULL);
  g_autoptr(GDateTime) start_time = test_time (at);
  g_autoptr(GDateTime) end_time = test_time (at + 30);
  g_autoptr(GError) error = NULL;
  ScAttempt *attempt;

  attempt = sc_attempt_start (f->database, learner, f->course, rules, quiz, 5, start_time, &error);
  g_assert_no_error (error);
  test_save (attempt, f->database, "sc1", test_choices (0, G_MAXUINT), at + 5);
  test_save (attempt, f->database, "essay1", test_text (text), at + 10);
  g_assert_true (sc_attempt_submit (attempt, f->database, end_time, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_state (attempt), ==, SC_ATTEMPT_NEEDS_GRADING);

  return attempt;
}

static ScModuleState
module_state (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScModuleStatus) status = sc_module_status_get (f->database, f->learner, TEST_COURSE,
                                                           TEST_MODULE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (status);

  return status != NULL ? status->state : SC_MODULE_NOT_STARTED;
}

/* The queue holds every learner's essays, oldest submission first, with
 * what a grader needs; graded ones leave it. */
static void
test_queue (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScLearner) other = NULL;
  g_autoptr(ScAttempt) first = NULL;
  g_autoptr(ScAttempt) second = NULL;
  g_autoptr(GPtrArray) queue = NULL;
  g_autoptr(GError) error = NULL;
  const ScGradingItem *item;

  other = sc_learner_create (f->database, "Grace Hopper", &error);
  g_assert_no_error (error);
  second = submitted_essay (f, other, NULL, "Margins pay for returns.", 100);
  first = submitted_essay (f, f->learner, NULL, "Because the margin covers the cost.", 0);

  queue = sc_grading_queue_list (f->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (queue->len, ==, 2);
  item = g_ptr_array_index (queue, 0);
  g_assert_cmpstr (item->attempt_uuid, ==, sc_attempt_get_uuid (first));
  g_assert_cmpstr (item->learner_uuid, ==, f->learner->uuid);
  g_assert_cmpstr (item->learner_name, ==, f->learner->display_name);
  g_assert_cmpstr (item->quiz_id, ==, TEST_QUIZ);
  g_assert_cmpstr (item->quiz_title, ==, "Listing basics check");
  g_assert_cmpstr (item->question->idnumber, ==, "essay1");
  g_assert_cmpuint (item->slot, ==, test_slot_of (first, "essay1"));
  g_assert_cmpfloat (item->max_mark, ==, 3.0);
  g_assert_cmpstr (item->answer, ==, "Because the margin covers the cost.");
  g_assert_cmpstr (item->submitted_at, ==, "2026-11-28T10:00:30.000Z");
  item = g_ptr_array_index (queue, 1);
  g_assert_cmpstr (item->learner_name, ==, "Grace Hopper");
  g_assert_cmpstr (item->answer, ==, "Margins pay for returns.");

  g_assert_true (sc_attempt_grade_essay (f->database, f->course, NULL, item->attempt_uuid, item->slot,
                                         1.5, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* One learner's: what their portfolio shows. */
  g_clear_pointer (&queue, g_ptr_array_unref);
  queue = sc_grading_list_learner (f->database, other->id, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (queue->len, ==, 1);
  g_assert_cmpstr (((ScGradingItem *) g_ptr_array_index (queue, 0))->answer, ==, "Margins pay for returns.");
  g_clear_pointer (&queue, g_ptr_array_unref);
  queue = sc_grading_list_learner (f->database, other->id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (queue->len, ==, 0);
  g_clear_pointer (&queue, g_ptr_array_unref);
  queue = sc_grading_list_learner (f->database, f->learner->id, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (queue->len, ==, 0);
  g_clear_pointer (&queue, g_ptr_array_unref);
  queue = sc_grading_list_learner (f->database, f->learner->id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (queue->len, ==, 1);

  g_clear_pointer (&queue, g_ptr_array_unref);
  queue = sc_grading_queue_list (f->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (queue->len, ==, 1);
  g_assert_cmpstr (((ScGradingItem *) g_ptr_array_index (queue, 0))->attempt_uuid, ==,
                   sc_attempt_get_uuid (first));
}

/* The grade is a "scored" statement with the attempt's registration; the
 * last one pending gives the total, the outcome and module status in
 * the same transaction; the learner's review reads mark and comment. */
static void
test_grade (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  g_autoptr(ScAttempt) attempt = submitted_essay (f, f->learner, rules, "Because the margin covers the cost.", 0);
  g_autoptr(ScAttempt) reloaded = NULL;
  g_autoptr(JsonNode) scored = NULL;
  g_autoptr(JsonNode) passed = NULL;
  g_autoptr(GDateTime) now = test_time (3600);
  g_autoptr(GDateTime) later = test_time (7200);
  g_autoptr(GError) error = NULL;
  g_autofree char *score = NULL;
  guint slot = test_slot_of (attempt, "essay1");
  int before;

  g_assert_cmpint (module_state (f), ==, SC_MODULE_IN_PROGRESS);
  g_assert_cmpint (test_count_statements (f->db, VERB ("passed")), ==, 0);
  before = test_count_statements (f->db, NULL);

  g_assert_true (sc_attempt_grade_essay (f->database, f->course, rules, sc_attempt_get_uuid (attempt), slot,
                                         2.5, "Clear, with one example.", "Instructor", now, &error));
  g_assert_no_error (error);
  /* One "scored" about the question and the outcome the attempt waited for. */
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, before + 2);

  scored = statement (f, VERB ("scored"), "essay1");
  assert_json (scored, "$.context.registration", sc_attempt_get_uuid (attempt));
  assert_json (scored, "$.object.definition.interactionType", "long-fill-in");
  assert_number (scored, "$.result.score.raw", 2.5);
  assert_number (scored, "$.result.score.max", 3.0);
  assert_number (scored, "$.result.score.scaled", 0.8333333);
  assert_json (scored, "$.result.extensions['urn:shopcraft:ext:grader-comment']", "Clear, with one example.");
  assert_json (scored, "$.result.extensions['urn:shopcraft:ext:grader']", "Instructor");
  /* 2.5 of 3 is partly right: not a success for the rules counting right answers. */
  assert_json (scored, "$.result.success", "false");
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM manual_grades WHERE mark = 2.5"
                                          " AND graded_at = '2026-11-28T11:00:00.000Z'"
                                          " AND comment = 'Clear, with one example.'"), ==, 1);

  passed = statement (f, VERB ("passed"), TEST_QUIZ);
  assert_json (passed, "$.context.registration", sc_attempt_get_uuid (attempt));
  assert_number (passed, "$.result.score.raw", 4.5);
  assert_number (passed, "$.result.score.scaled", 0.9);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM attempts WHERE state = 'finished'"
                                          " AND score = 4.5 AND pending = 0"), ==, 1);
  g_assert_cmpint (module_state (f), ==, SC_MODULE_MASTERED);

  reloaded = sc_attempt_load (f->database, f->learner, f->course, rules, sc_attempt_get_uuid (attempt), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_state (reloaded), ==, SC_ATTEMPT_FINISHED);
  g_assert_cmpint (sc_attempt_get_slot (reloaded, slot)->state, ==, SC_SLOT_GRADED);
  g_assert_cmpfloat (sc_attempt_get_slot (reloaded, slot)->mark, ==, 2.5);
  g_assert_cmpstr (sc_attempt_get_slot (reloaded, slot)->grade_comment, ==, "Clear, with one example.");
  score = sc_attempt_format_score (reloaded);
  g_assert_cmpstr (score, ==, "4.5 / 5");

  /* Module status rebuilt from the statements says the same. */
  g_assert_true (sc_module_status_rebuild (f->database, f->learner, rules, &error));
  g_assert_no_error (error);
  g_assert_cmpint (module_state (f), ==, SC_MODULE_MASTERED);

  /* Regraded to full marks, the essay is a right answer. */
  g_assert_true (sc_attempt_grade_essay (f->database, f->course, rules, sc_attempt_get_uuid (attempt), slot,
                                         3.0, NULL, "Instructor", later, &error));
  g_assert_no_error (error);
  g_clear_pointer (&scored, json_node_unref);
  scored = statement (f, VERB ("scored"), "essay1");
  assert_number (scored, "$.result.score.raw", 3.0);
  assert_json (scored, "$.result.success", "true");
}

/* Marks outside 0 … the question's marks, or not a number, are refused
 * with a message that says the range, and nothing is written. */
static void
test_bad_scores (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ScAttempt) attempt = submitted_essay (f, f->learner, NULL, "Short.", 0);
  const double bad[] = { -0.5, 3.25, 100.0, NAN };
  guint slot = test_slot_of (attempt, "essay1");
  int before = test_count_statements (f->db, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (sc_attempt_grade_essay (f->database, f->course, NULL, sc_attempt_get_uuid (attempt), slot,
                                              bad[i], "no", NULL, NULL, &error));
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, "between 0 and 3"));
      g_test_message ("%s", error->message);
    }

  {
    g_autoptr(GError) error = NULL;

    /* Not an essay, and not an attempt. */
    g_assert_false (sc_attempt_grade_essay (f->database, f->course, NULL, sc_attempt_get_uuid (attempt),
                                            test_slot_of (attempt, "sc1"), 1, NULL, NULL, NULL, &error));
    g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
    g_clear_error (&error);
    g_assert_false (sc_attempt_grade_essay (f->database, f->course, NULL, "no-such-attempt", 1, 1,
                                            NULL, NULL, NULL, &error));
    g_assert_error (error, SC_ERROR, SC_ERROR_CONFLICT);
  }

  g_assert_cmpint (test_count_statements (f->db, NULL), ==, before);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM manual_grades"), ==, 0);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM responses WHERE state = 'needs-grading'"), ==, 1);
}

/* A regrade replaces the mark in the total with one new statement; the
 * outcome is said again only when it changes. */
static void
test_regrade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  g_autoptr(ScAttempt) attempt = submitted_essay (f, f->learner, rules, "Because.", 0);
  g_autoptr(ScAttempt) reloaded = NULL;
  g_autoptr(GDateTime) first = test_time (100);
  g_autoptr(GDateTime) second = test_time (200);
  g_autoptr(GDateTime) third = test_time (300);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) scored = NULL;
  const char *uuid = sc_attempt_get_uuid (attempt);
  guint slot = test_slot_of (attempt, "essay1");
  int before;

  g_assert_true (sc_attempt_grade_essay (f->database, f->course, rules, uuid, slot, 3.0, "Full marks",
                                         NULL, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count_statements (f->db, VERB ("passed")), ==, 1);

  /* 2 + 2.5 of 5 still passes the 80 % mark: one statement only. */
  before = test_count_statements (f->db, NULL);
  g_assert_true (sc_attempt_grade_essay (f->database, f->course, rules, uuid, slot, 2.5, "On second reading",
                                         NULL, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, before + 1);
  scored = statement (f, VERB ("scored"), "essay1");
  assert_number (scored, "$.result.score.raw", 2.5);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM manual_grades"), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM attempts WHERE score = 4.5"), ==, 1);

  reloaded = sc_attempt_load (f->database, f->learner, f->course, rules, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (sc_attempt_get_slot (reloaded, slot)->mark, ==, 2.5);
  g_assert_cmpstr (sc_attempt_get_slot (reloaded, slot)->grade_comment, ==, "On second reading");
  g_assert_cmpfloat (sc_attempt_get_score (reloaded), ==, 4.5);

  /* Graded, the answer leaves the queue for the graded list, once, with
   * its latest mark and comment. */
  {
    g_autoptr(GPtrArray) queue = sc_grading_queue_list (f->database, &error);
    g_autoptr(GPtrArray) graded = sc_grading_graded_list (f->database, &error);
    const ScGradingItem *item;

    g_assert_no_error (error);
    g_assert_cmpuint (queue->len, ==, 0);
    g_assert_cmpuint (graded->len, ==, 1);
    item = g_ptr_array_index (graded, 0);
    g_assert_true (item->graded);
    g_assert_cmpstr (item->attempt_uuid, ==, uuid);
    g_assert_cmpuint (item->slot, ==, slot);
    g_assert_cmpfloat (item->mark, ==, 2.5);
    g_assert_cmpstr (item->comment, ==, "On second reading");
    g_assert_cmpstr (item->answer, ==, "Because.");
    g_assert_cmpfloat (item->max_mark, ==, 3.0);
    g_assert_nonnull (item->graded_at);
  }

  /* 2 + 1 of 5 fails it: the outcome changes, so it is said again. */
  before = test_count_statements (f->db, NULL);
  g_assert_true (sc_attempt_grade_essay (f->database, f->course, rules, uuid, slot, 1.0, NULL,
                                         NULL, third, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, before + 2);
  g_assert_cmpint (test_count_statements (f->db, VERB ("failed")), ==, 1);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM attempts WHERE score = 3"), ==, 1);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM responses WHERE state = 'needs-grading'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/grading/queue", Fixture, NULL, attempt_set_up, test_queue, fixture_tear_down);
  g_test_add ("/grading/grade", Fixture, NULL, attempt_set_up, test_grade, fixture_tear_down);
  g_test_add ("/grading/bad-scores", Fixture, NULL, attempt_set_up, test_bad_scores, fixture_tear_down);
  g_test_add ("/grading/regrade", Fixture, NULL, attempt_set_up, test_regrade, fixture_tear_down);

  return g_test_run ();
}
