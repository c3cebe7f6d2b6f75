/* test-attempt-lifecycle.c - essays graded by hand, time limits, resuming, and quizzes refused at start
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-moodle-xml-reader.h"
#include "sc-xapi.h"
#include "test-attempt-util.h"

static void
test_essay (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", "essay1", NULL);
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScAttempt) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) completed = NULL;
  g_autoptr(JsonNode) essay = NULL;
  g_autoptr(JsonNode) scored = NULL;
  g_autoptr(JsonNode) passed = NULL;
  g_autofree char *score = NULL;
  g_autofree char *scored_id = NULL;
  g_autofree char *grade_statement = NULL;
  guint slot;

  quiz->pass_fraction = 0.5;
  attempt = start (f, quiz, 9);
  slot = test_slot_of (attempt, "essay1");
  test_save (attempt, f->database, "sc1", test_choices (0, G_MAXUINT), 5);
  test_save (attempt, f->database, "essay1", test_text ("Because the margin covers the cost."), 6);

  g_assert_true (sc_attempt_submit (attempt, f->database, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_state (attempt), ==, SC_ATTEMPT_NEEDS_GRADING);
  g_assert_cmpint (sc_attempt_get_slot (attempt, slot)->state, ==, SC_SLOT_NEEDS_GRADING);
  g_assert_cmpfloat (sc_attempt_get_pending (attempt), ==, 3.0);
  score = sc_attempt_format_score (attempt);
  g_assert_cmpstr (score, ==, "2 / 5 + pending");
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM attempts WHERE state = 'needs-grading' AND pending = 3"), ==, 1);

  completed = statement (f, VERB ("completed"), TEST_QUIZ);
  assert_number (completed, "$.result.score.raw", 2.0);
  assert_number (completed, "$.result.score.max", 5.0);
  assert_json (completed, "$.result.success", "(none)");
  assert_number (completed, "$.result.extensions['urn:shopcraft:ext:pending-marks']", 3.0);
  essay = statement (f, VERB ("answered"), "essay1");
  assert_json (essay, "$.result.response", "Because the margin covers the cost.");
  assert_json (essay, "$.object.definition.interactionType", "long-fill-in");
  assert_json (essay, "$.result.score", "(none)");
  g_assert_cmpint (test_count_statements (f->db, VERB ("passed")), ==, 0);

  /* Only answers awaiting a grader are graded by hand, within their marks. */
  g_assert_false (sc_attempt_grade_manually (attempt, f->database, test_slot_of (attempt, "sc1"),
                                             1, NULL, NULL, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_attempt_grade_manually (attempt, f->database, slot, 3.5, NULL, NULL, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (sc_attempt_grade_manually (attempt, f->database, slot, 2.5, "Good reasoning", "Ms Lee",
                                            NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_state (attempt), ==, SC_ATTEMPT_FINISHED);
  g_clear_pointer (&score, g_free);
  score = sc_attempt_format_score (attempt);
  g_assert_cmpstr (score, ==, "4.5 / 5");

  scored = statement (f, VERB ("scored"), "essay1");
  assert_json (scored, "$.context.registration", sc_attempt_get_uuid (attempt));
  assert_number (scored, "$.result.score.raw", 2.5);
  assert_number (scored, "$.result.score.max", 3.0);
  assert_json (scored, "$.result.extensions['urn:shopcraft:ext:grader-comment']", "Good reasoning");
  assert_json (scored, "$.result.extensions['urn:shopcraft:ext:grader']", "Ms Lee");
  scored_id = test_json_at (scored, "$.id");
  grade_statement = test_query_text (f->db, "SELECT statement_id FROM manual_grades WHERE mark = 2.5");
  g_assert_cmpstr (grade_statement, ==, scored_id);

  passed = statement (f, VERB ("passed"), TEST_QUIZ);
  assert_number (passed, "$.result.score.raw", 4.5);
  assert_number (passed, "$.result.score.scaled", 0.9);

  reloaded = sc_attempt_load (f->database, f->learner, f->course, NULL, sc_attempt_get_uuid (attempt), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_state (reloaded), ==, SC_ATTEMPT_FINISHED);
  g_assert_cmpfloat (sc_attempt_get_slot (reloaded, slot)->mark, ==, 2.5);
  g_assert_cmpfloat (sc_attempt_get_score (reloaded), ==, 4.5);
}

static void
test_time_limit (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", "tf1", NULL);
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScAttempt) second = NULL;
  g_autoptr(ScAttempt) resumed = NULL;
  g_autoptr(ScResponse) late = test_choices (0, G_MAXUINT);
  g_autoptr(GDateTime) before = test_time (59);
  g_autoptr(GDateTime) after = test_time (61);
  g_autoptr(GDateTime) much_later = test_time (600);
  g_autoptr(GDateTime) deadline = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) outcome = NULL;
  g_autofree char *open = NULL;
  gboolean submitted = FALSE;

  quiz->time_limit = 60;
  attempt = start (f, quiz, 11);
  deadline = sc_attempt_dup_deadline (attempt);
  g_assert_cmpint (g_date_time_to_unix (deadline), ==, g_date_time_to_unix (before) + 1);
  test_save (attempt, f->database, "tf1", test_choices (0, G_MAXUINT), 30);
  g_assert_false (sc_attempt_is_overdue (attempt, before));
  g_assert_true (sc_attempt_is_overdue (attempt, after));

  /* Too late: the attempt is submitted as it stood at the deadline. */
  g_assert_false (sc_attempt_save_response (attempt, f->database, test_slot_of (attempt, "sc1"),
                                            late, after, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (sc_attempt_get_state (attempt), ==, SC_ATTEMPT_FINISHED);
  g_assert_cmpstr (sc_attempt_get_submitted_at (attempt), ==, "2026-11-28T10:01:00.000Z");
  g_assert_null (sc_attempt_get_slot (attempt, test_slot_of (attempt, "sc1"))->response);
  g_assert_cmpfloat (sc_attempt_get_slot (attempt, test_slot_of (attempt, "tf1"))->mark, ==, 1.0);
  outcome = statement (f, VERB ("failed"), TEST_QUIZ);
  assert_json (outcome, "$.result.duration", "PT1M");

  /* Resumed long after its deadline, an attempt is submitted at once. */
  {
    g_autoptr(GDateTime) now = test_time (100);

    second = sc_attempt_start (f->database, f->learner, f->course, NULL, quiz, 12, now, &error);
    g_assert_no_error (error);
  }
  g_assert_true (sc_attempt_find_open (f->database, f->learner, TEST_COURSE, TEST_QUIZ, &open, &error));
  resumed = sc_attempt_load (f->database, f->learner, f->course, NULL, open, &error);
  g_assert_no_error (error);
  g_assert_true (sc_attempt_submit_if_overdue (resumed, f->database, much_later, &submitted, &error));
  g_assert_true (submitted);
  g_assert_cmpstr (sc_attempt_get_submitted_at (resumed), ==, "2026-11-28T10:02:40.000Z");
  g_assert_true (sc_attempt_submit_if_overdue (resumed, f->database, much_later, &submitted, &error));
  g_assert_false (submitted);
}

static void
test_resume (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sa1", "num1", "match1", "ord1", NULL);
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScAttempt) resumed = NULL;
  g_autoptr(ScResponse) match = sc_response_new ();
  g_autoptr(ScResponse) order = sc_response_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *open = NULL;
  const ScAttemptSlot *slot;
  guint count = 0;

  quiz->attempts_allowed = 1;
  quiz->shuffle_answers = TRUE;
  attempt = start (f, quiz, 21);
  uuid = g_strdup (sc_attempt_get_uuid (attempt));

  test_save (attempt, f->database, "sa1", test_text ("Paris"), 10);
  test_save (attempt, f->database, "num1", test_text ("3,14"), 11);
  sc_response_set_pair (match, 1, 1);
  match->decimal_separator = ',';
  test_save (attempt, f->database, "match1", sc_response_copy (match), 12);
  sc_response_add_order (order, 2);
  sc_response_add_order (order, 0);
  test_save (attempt, f->database, "ord1", sc_response_copy (order), 13);
  g_assert_true (sc_attempt_set_flagged (attempt, f->database, test_slot_of (attempt, "num1"), TRUE, &error));
  /* A cleared answer is saved too. */
  test_save (attempt, f->database, "sa1", NULL, 14);
  g_clear_object (&attempt);

  g_assert_true (sc_attempt_find_open (f->database, f->learner, TEST_COURSE, TEST_QUIZ, &open, &error));
  g_assert_cmpstr (open, ==, uuid);
  resumed = sc_attempt_load (f->database, f->learner, f->course, NULL, open, &error);
  g_assert_no_error (error);

  slot = sc_attempt_get_slot (resumed, test_slot_of (resumed, "sa1"));
  g_assert_null (slot->response);
  g_assert_cmpstr (slot->saved_at, ==, "2026-11-28T10:00:14.000Z");
  slot = sc_attempt_get_slot (resumed, test_slot_of (resumed, "num1"));
  g_assert_cmpstr (slot->response->text, ==, "3,14");
  g_assert_true (slot->flagged);
  slot = sc_attempt_get_slot (resumed, test_slot_of (resumed, "match1"));
  g_assert_cmpuint (slot->response->pairs->len, ==, 2);
  g_assert_cmpuint (g_array_index (slot->response->pairs, guint, 0), ==, SC_RESPONSE_NONE);
  g_assert_cmpuint (g_array_index (slot->response->pairs, guint, 1), ==, 1);
  g_assert_cmpint (slot->response->decimal_separator, ==, ',');
  g_assert_false (slot->flagged);
  slot = sc_attempt_get_slot (resumed, test_slot_of (resumed, "ord1"));
  g_assert_cmpuint (slot->response->order->len, ==, 2);
  g_assert_cmpuint (g_array_index (slot->response->order, guint, 0), ==, 2);

  /* One attempt allowed: used up once submitted. */
  g_assert_true (sc_attempt_submit (resumed, f->database, NULL, &error));
  g_assert_true (sc_attempt_count (f->database, f->learner, TEST_COURSE, TEST_QUIZ, &count, &error));
  g_assert_cmpuint (count, ==, 1);
  g_assert_null (sc_attempt_start (f->database, f->learner, f->course, NULL, quiz, 0, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* Another learner's attempt is not theirs to load. */
  {
    g_autoptr(ScLearner) other = sc_learner_create (f->database, "Other", &error);

    g_assert_null (sc_attempt_load (f->database, other, f->course, NULL, uuid, &error));
    g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  }
}

static void
test_bad_quizzes (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) missing = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", "nope", NULL);
  g_autoptr(ScAttemptQuiz) too_many = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "pool1", NULL);
  g_autoptr(ScAttemptQuiz) no_bank = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (sc_attempt_start (f->database, f->learner, f->course, NULL, missing, 1, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "nope"));
  g_clear_error (&error);

  /* pool1 is taken by the fixed pick: four are left for five draws. */
  sc_attempt_quiz_add_random (too_many, NULL, "pool", 5);
  g_assert_null (sc_attempt_start (f->database, f->learner, f->course, NULL, too_many, 1, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_free (no_bank->bank);
  no_bank->bank = g_strdup ("No such bank");
  g_assert_null (sc_attempt_start (f->database, f->learner, f->course, NULL, no_bank, 1, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);

  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM attempts"), ==, 0);
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, 0);
}

/* A cloze question whose shuffled choice gap (MCS) has an order, and whose
 * text gap has none: starting, loading and freeing such an attempt is clean. */
static void
test_cloze_shuffled (Fixture       *f,
                     gconstpointer  data)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
    "<question type=\"cloze\"><name><text>Gaps</text></name>"
    "<questiontext format=\"html\"><text>A {1:SA:=handle} and {1:MCS:=one~two~three}.</text></questiontext>"
    "<idnumber>cloze1</idnumber></question>\n</quiz>\n";
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new ("Gaps");
  g_autoptr(ScAttemptQuiz) quiz = sc_attempt_quiz_new ("gaps", "Gaps");
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScAttempt) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const ScAttemptSlot *slot;

  questions = sc_moodle_xml_read_memory (xml, strlen (xml), "gaps.xml", SC_MOODLE_XML_READ_DEFAULT, NULL,
                                         &error);
  g_assert_no_error (error);
  g_assert_true (sc_question_bank_save (f->database, info, questions, &error));
  g_assert_no_error (error);
  sc_attempt_quiz_add_question (quiz, "cloze1");
  quiz->shuffle_answers = TRUE;

  attempt = start (f, quiz, 4);
  slot = sc_attempt_get_slot (attempt, 1);
  g_assert_nonnull (slot->part_choices);
  g_assert_cmpuint (slot->part_choices->len, ==, 2);
  g_assert_null (g_ptr_array_index (slot->part_choices, 0));
  g_assert_cmpuint (((GArray *) g_ptr_array_index (slot->part_choices, 1))->len, ==, 3);

  loaded = sc_attempt_load (f->database, f->learner, f->course, NULL, sc_attempt_get_uuid (attempt), &error);
  g_assert_no_error (error);
  slot = sc_attempt_get_slot (loaded, 1);
  g_assert_null (g_ptr_array_index (slot->part_choices, 0));
  g_clear_object (&loaded);
  g_clear_object (&attempt);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/attempt/essay", Fixture, NULL, attempt_set_up, test_essay, fixture_tear_down);
  g_test_add ("/attempt/time-limit", Fixture, NULL, attempt_set_up, test_time_limit, fixture_tear_down);
  g_test_add ("/attempt/resume", Fixture, NULL, attempt_set_up, test_resume, fixture_tear_down);
  g_test_add ("/attempt/cloze-shuffled", Fixture, NULL, attempt_set_up, test_cloze_shuffled, fixture_tear_down);
  g_test_add ("/attempt/bad-quizzes", Fixture, NULL, attempt_set_up, test_bad_quizzes, fixture_tear_down);

  return g_test_run ();
}
