/* test-attempt.c - quiz attempts: layout fixed at start, the three behaviours, and their statements
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-xapi.h"
#include "test-attempt-util.h"

static gboolean
is_permutation (GArray *order,
                guint   n)
{
  g_autofree gboolean *seen = g_new0 (gboolean, n);

  if (order == NULL || order->len != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      guint k = g_array_index (order, guint, i);

      if (k >= n || seen[k])
        return FALSE;
      seen[k] = TRUE;
    }

  return TRUE;
}

static char *
describe_layout (ScAttempt *attempt)
{
  GString *out = g_string_new (NULL);

  for (guint i = 1; i <= sc_attempt_get_n_slots (attempt); i++)
    {
      const ScAttemptSlot *slot = sc_attempt_get_slot (attempt, i);
      GArray *orders[] = { slot->choices, slot->stems, slot->items };

      g_string_append_printf (out, "%u:%s:%g", slot->number, slot->question->idnumber, slot->max_mark);
      for (guint k = 0; k < G_N_ELEMENTS (orders); k++)
        {
          g_string_append_c (out, '|');
          for (guint j = 0; orders[k] != NULL && j < orders[k]->len; j++)
            g_string_append_printf (out, "%u,", g_array_index (orders[k], guint, j));
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static void
test_layout_and_resume (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", "mr1", "match1", "ord1", NULL);
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScAttempt) again = NULL;
  g_autoptr(ScAttempt) other = NULL;
  g_autoptr(ScLearner) second = NULL;
  g_autoptr(JsonNode) attempted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *resumed = NULL;
  g_autofree char *open = NULL;
  const ScAttemptSlot *slot;
  guint n_pool = 0;

  quiz->shuffle_questions = TRUE;
  quiz->shuffle_answers = TRUE;
  sc_attempt_quiz_add_random (quiz, NULL, "pool", 2);

  attempt = start (f, quiz, 42);
  g_assert_cmpuint (sc_attempt_get_n_slots (attempt), ==, 6);
  g_assert_cmpuint (sc_attempt_get_seed (attempt), ==, 42);
  g_assert_cmpint (sc_attempt_get_state (attempt), ==, SC_ATTEMPT_IN_PROGRESS);
  g_assert_cmpstr (sc_attempt_get_started_at (attempt), ==, "2026-11-28T10:00:00.000Z");
  g_assert_true (g_uuid_string_is_valid (sc_attempt_get_uuid (attempt)));
  g_assert_null (sc_attempt_get_slot (attempt, 0));
  g_assert_null (sc_attempt_get_slot (attempt, 7));

  for (guint i = 1; i <= 6; i++)
    {
      slot = sc_attempt_get_slot (attempt, i);
      g_assert_cmpuint (slot->number, ==, i);
      g_assert_null (slot->response);
      g_assert_cmpint (slot->state, ==, SC_SLOT_OPEN);
      if (g_str_has_prefix (slot->question->idnumber, "pool"))
        n_pool++;
    }
  g_assert_cmpuint (n_pool, ==, 2);

  slot = sc_attempt_get_slot (attempt, test_slot_of (attempt, "sc1"));
  g_assert_true (is_permutation (slot->choices, 4));
  g_assert_cmpfloat (slot->max_mark, ==, 2.0);
  slot = sc_attempt_get_slot (attempt, test_slot_of (attempt, "mr1"));
  g_assert_true (is_permutation (slot->choices, 3));
  slot = sc_attempt_get_slot (attempt, test_slot_of (attempt, "match1"));
  g_assert_true (is_permutation (slot->stems, 2));
  g_assert_true (is_permutation (slot->choices, 3));
  slot = sc_attempt_get_slot (attempt, test_slot_of (attempt, "ord1"));
  g_assert_true (is_permutation (slot->items, 3));
  g_assert_false (g_array_index (slot->items, guint, 0) == 0 &&
                  g_array_index (slot->items, guint, 1) == 1 &&
                  g_array_index (slot->items, guint, 2) == 2);

  /* Everything was saved: loading gives the same questions and orders. */
  layout = describe_layout (attempt);
  again = sc_attempt_load (f->database, f->learner, f->course, NULL, sc_attempt_get_uuid (attempt), &error);
  g_assert_no_error (error);
  resumed = describe_layout (again);
  g_assert_cmpstr (resumed, ==, layout);
  g_assert_cmpuint (sc_attempt_get_seed (again), ==, 42);
  g_test_message ("layout:\n%s", layout);

  /* The same seed draws the same attempt for anyone. */
  second = sc_learner_create (f->database, "Second learner", &error);
  g_assert_no_error (error);
  {
    g_autoptr(GDateTime) now = test_time (0);
    g_autofree char *other_layout = NULL;

    other = sc_attempt_start (f->database, second, f->course, NULL, quiz, 42, now, &error);
    g_assert_no_error (error);
    other_layout = describe_layout (other);
    g_assert_cmpstr (other_layout, ==, layout);
  }

  /* One attempt in progress at a time. */
  g_assert_true (sc_attempt_find_open (f->database, f->learner, TEST_COURSE, TEST_QUIZ, &open, &error));
  g_assert_cmpstr (open, ==, sc_attempt_get_uuid (attempt));
  g_assert_null (sc_attempt_start (f->database, f->learner, f->course, NULL, quiz, 1, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* Rows carry the learner; the start is one "attempted" statement. */
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM attempt_slots"), ==, 12);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM responses"), ==, 12);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(DISTINCT learner_id) FROM responses"), ==, 2);
  g_assert_cmpint (test_count_statements (f->db, VERB ("attempted")), ==, 2);
  attempted = test_statement_json (f->db, "SELECT json FROM statements WHERE learner_id = 1");
  assert_json (attempted, "$.object.id", QUIZ_IRI);
  assert_json (attempted, "$.object.definition.type", "http://adlnet.gov/expapi/activities/assessment");
  assert_json (attempted, "$.context.registration", sc_attempt_get_uuid (attempt));
  assert_json (attempted, "$.context.contextActivities.parent[0].id", MODULE_IRI);
  assert_json (attempted, "$.context.extensions['urn:shopcraft:ext:module']", TEST_MODULE);
  assert_json (attempted, "$.context.extensions['urn:shopcraft:ext:quiz']", TEST_QUIZ);
  assert_json (attempted, "$.context.extensions['urn:shopcraft:ext:course']", TEST_COURSE);

  /* Deleting a bank in use retires it: out of every list, its name free,
   * while the attempts keep every question and resume as they were. */
  {
    g_autoptr(ScAttempt) kept = NULL;
    g_autoptr(ScQuestionBankInfo) gone = NULL;
    g_autoptr(GPtrArray) banks = NULL;
    g_autofree char *kept_layout = NULL;
    guint n_attempts = 0;
    int n_questions = test_query_int (f->db, "SELECT count(*) FROM questions");

    g_assert_true (sc_question_bank_count_attempts (f->database, TEST_BANK, &n_attempts, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_attempts, ==, 2);
    g_assert_true (sc_question_bank_delete (f->database, TEST_BANK, &error));
    g_assert_no_error (error);

    gone = sc_question_bank_lookup (f->database, TEST_BANK, &error);
    g_assert_null (gone);
    g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
    g_clear_error (&error);
    banks = sc_question_bank_list (f->database, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (banks->len, ==, 0);
    g_assert_false (sc_question_bank_delete (f->database, TEST_BANK, &error));
    g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
    g_clear_error (&error);

    g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM questions"), ==, n_questions);
    g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM attempt_slots"), ==, 12);
    kept = sc_attempt_load (f->database, f->learner, f->course, NULL, sc_attempt_get_uuid (attempt), &error);
    g_assert_no_error (error);
    kept_layout = describe_layout (kept);
    g_assert_cmpstr (kept_layout, ==, layout);

    /* The name can be given to a new bank. */
    test_make_bank (f->database);
    g_clear_pointer (&banks, g_ptr_array_unref);
    banks = sc_question_bank_list (f->database, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (banks->len, ==, 1);
  }
}

static void
test_deferred (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", "mr1", "tf1", "sa1",
                                                  "num1", "match1", "ord1", "desc1", NULL);
  g_autoptr(ScAttempt) attempt = start (f, quiz, 7);
  g_autoptr(ScResponse) match = sc_response_new ();
  g_autoptr(ScResponse) order = sc_response_new ();
  g_autoptr(GDateTime) later = test_time (95);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) passed = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autofree char *score = NULL;
  g_autofree char *uuid = g_strdup (sc_attempt_get_uuid (attempt));

  test_save (attempt, f->database, "sc1", test_choices (1, G_MAXUINT), 10);
  test_save (attempt, f->database, "sc1", test_choices (0, G_MAXUINT), 11);
  test_save (attempt, f->database, "mr1", test_choices (0, 1, G_MAXUINT), 12);
  test_save (attempt, f->database, "tf1", test_choices (0, G_MAXUINT), 13);
  test_save (attempt, f->database, "sa1", test_text ("paris"), 14);
  test_save (attempt, f->database, "num1", test_text ("3.145"), 15);
  sc_response_set_pair (match, 0, 0);
  sc_response_set_pair (match, 1, 2);
  test_save (attempt, f->database, "match1", sc_response_copy (match), 16);
  sc_response_add_order (order, 0);
  sc_response_add_order (order, 1);
  sc_response_add_order (order, 2);
  test_save (attempt, f->database, "ord1", sc_response_copy (order), 17);

  g_assert_true (sc_attempt_set_flagged (attempt, f->database, 1, TRUE, &error));
  g_assert_true (sc_attempt_get_slot (attempt, 1)->flagged);
  g_assert_cmpint (test_query_int (f->db, "SELECT flagged FROM responses WHERE slot = 1"), ==, 1);

  /* Deferred feedback: no Check, and nothing is graded before submit. */
  g_assert_false (sc_attempt_check (attempt, f->database, 1, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (test_count_statements (f->db, VERB ("answered")), ==, 0);

  g_assert_true (sc_attempt_submit (attempt, f->database, later, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_state (attempt), ==, SC_ATTEMPT_FINISHED);
  g_assert_cmpfloat_with_epsilon (sc_attempt_get_score (attempt), 7.5, 1e-9);
  g_assert_cmpfloat (sc_attempt_get_max_score (attempt), ==, 8.0);
  score = sc_attempt_format_score (attempt);
  g_assert_cmpstr (score, ==, "7.5 / 8");
  g_assert_cmpfloat (sc_attempt_get_slot (attempt, test_slot_of (attempt, "match1"))->mark, ==, 0.5);
  g_assert_cmpfloat (sc_attempt_get_slot (attempt, test_slot_of (attempt, "desc1"))->max_mark, ==, 0.0);

  /* One "answered" per question with marks, then "passed". */
  g_assert_cmpint (test_count_statements (f->db, VERB ("answered")), ==, 7);
  g_assert_cmpint (test_count_statements (f->db, VERB ("passed")), ==, 1);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM statements WHERE registration IS NOT NULL"), ==, 9);

  passed = statement (f, VERB ("passed"), TEST_QUIZ);
  assert_number (passed, "$.result.score.raw", 7.5);
  assert_number (passed, "$.result.score.min", 0.0);
  assert_number (passed, "$.result.score.max", 8.0);
  assert_number (passed, "$.result.score.scaled", 0.9375);
  assert_json (passed, "$.result.success", "true");
  assert_json (passed, "$.result.completion", "true");
  assert_json (passed, "$.result.duration", "PT1M35S");
  assert_json (passed, "$.context.registration", uuid);

  answer = statement (f, VERB ("answered"), "sc1");
  assert_json (answer, "$.object.id", IRI_BASE "question/Listing%20basics/sc1");
  assert_json (answer, "$.object.definition.type", "http://adlnet.gov/expapi/activities/cmi.interaction");
  assert_json (answer, "$.object.definition.interactionType", "choice");
  assert_json (answer, "$.object.definition.correctResponsesPattern[0]", "1");
  assert_json (answer, "$.object.definition.choices[3].id", "4");
  assert_json (answer, "$.result.response", "1");
  assert_json (answer, "$.result.success", "true");
  assert_number (answer, "$.result.score.raw", 2.0);
  assert_number (answer, "$.result.score.scaled", 1.0);
  assert_json (answer, "$.context.registration", uuid);
  assert_json (answer, "$.context.contextActivities.parent[0].id", QUIZ_IRI);
  assert_json (answer, "$.context.contextActivities.category[0].id", IRI_BASE "competency/listing.pricing");
  g_clear_pointer (&answer, json_node_unref);

  answer = statement (f, VERB ("answered"), "mr1");
  assert_json (answer, "$.result.response", "1[,]2");
  assert_json (answer, "$.object.definition.correctResponsesPattern[0]", "1[,]2");
  g_clear_pointer (&answer, json_node_unref);
  answer = statement (f, VERB ("answered"), "tf1");
  assert_json (answer, "$.result.response", "true");
  assert_json (answer, "$.object.definition.interactionType", "true-false");
  g_clear_pointer (&answer, json_node_unref);
  answer = statement (f, VERB ("answered"), "sa1");
  assert_json (answer, "$.result.response", "paris");
  assert_json (answer, "$.object.definition.interactionType", "fill-in");
  g_clear_pointer (&answer, json_node_unref);
  answer = statement (f, VERB ("answered"), "num1");
  assert_json (answer, "$.result.response", "3.145");
  assert_json (answer, "$.object.definition.interactionType", "numeric");
  g_clear_pointer (&answer, json_node_unref);
  answer = statement (f, VERB ("answered"), "match1");
  assert_json (answer, "$.result.response", "1[.]1[,]2[.]3");
  assert_json (answer, "$.object.definition.interactionType", "matching");
  assert_json (answer, "$.result.success", "false");
  assert_number (answer, "$.result.score.raw", 0.5);
  g_clear_pointer (&answer, json_node_unref);
  answer = statement (f, VERB ("answered"), "ord1");
  assert_json (answer, "$.result.response", "1[,]2[,]3");
  assert_json (answer, "$.object.definition.interactionType", "sequencing");

  /* Over: nothing changes any more. */
  g_assert_false (sc_attempt_save_response (attempt, f->database, 1, match, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_attempt_submit (attempt, f->database, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM attempts WHERE state = 'finished'"
                                          " AND score = 7.5 AND submitted_at = '2026-11-28T10:01:35.000Z'"),
                   ==, 1);
}

static void
test_immediate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_IMMEDIATE, "sc1", "tf1", "essay1", NULL);
  g_autoptr(ScAttempt) attempt = start (f, quiz, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(ScResponse) right = test_choices (0, G_MAXUINT);
  guint sc1 = test_slot_of (attempt, "sc1");

  /* Nothing to check yet, and essays are not checked. */
  g_assert_false (sc_attempt_check (attempt, f->database, sc1, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_attempt_check (attempt, f->database, test_slot_of (attempt, "essay1"), NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  test_save (attempt, f->database, "sc1", test_choices (1, G_MAXUINT), 5);
  g_assert_true (sc_attempt_check (attempt, f->database, sc1, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_slot (attempt, sc1)->state, ==, SC_SLOT_GRADED);
  g_assert_cmpfloat (sc_attempt_get_slot (attempt, sc1)->mark, ==, 0.0);
  g_assert_cmpuint (sc_attempt_get_slot (attempt, sc1)->tries, ==, 1);
  answer = statement (f, VERB ("answered"), "sc1");
  assert_json (answer, "$.result.success", "false");
  assert_json (answer, "$.result.response", "2");
  assert_number (answer, "$.result.score.raw", 0.0);

  /* Checked once: the answer is final. */
  g_assert_false (sc_attempt_check (attempt, f->database, sc1, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_attempt_save_response (attempt, f->database, sc1, right, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Submit grades what was not checked. */
  test_save (attempt, f->database, "tf1", test_choices (0, G_MAXUINT), 6);
  g_assert_true (sc_attempt_submit (attempt, f->database, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (sc_attempt_get_slot (attempt, test_slot_of (attempt, "tf1"))->mark, ==, 1.0);
  /* The unanswered essay earns nothing and waits for no one. */
  g_assert_cmpint (sc_attempt_get_state (attempt), ==, SC_ATTEMPT_FINISHED);
  g_assert_cmpint (test_count_statements (f->db, VERB ("answered")), ==, 3);
  g_assert_cmpint (test_count_statements (f->db, VERB ("failed")), ==, 1);
}

static void
test_interactive (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_INTERACTIVE, "sc1", "mr1", "tf1", NULL);
  g_autoptr(ScAttempt) attempt = start (f, quiz, 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;
  const ScQuestionHint *hint;
  guint sc1 = test_slot_of (attempt, "sc1");
  guint mr1 = test_slot_of (attempt, "mr1");

  g_assert_null (sc_attempt_get_hint (attempt, sc1));

  /* A wrong try leaves the question open, with the first hint. */
  test_save (attempt, f->database, "sc1", test_choices (2, G_MAXUINT), 5);
  g_assert_true (sc_attempt_check (attempt, f->database, sc1, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_slot (attempt, sc1)->state, ==, SC_SLOT_OPEN);
  g_assert_cmpuint (sc_attempt_get_slot (attempt, sc1)->tries, ==, 1);
  g_assert_cmpfloat (sc_attempt_get_slot (attempt, sc1)->fraction, ==, 0.0);
  hint = sc_attempt_get_hint (attempt, sc1);
  g_assert_nonnull (hint);
  g_assert_cmpstr (hint->text.source, ==, "It is what the customer pays.");

  test_save (attempt, f->database, "sc1", test_choices (3, G_MAXUINT), 6);
  g_assert_true (sc_attempt_check (attempt, f->database, sc1, NULL, &error));
  hint = sc_attempt_get_hint (attempt, sc1);
  g_assert_cmpstr (hint->text.source, ==, "Not the cost.");

  /* Right on the third try: two penalties of a third off 2 marks. */
  test_save (attempt, f->database, "sc1", test_choices (0, G_MAXUINT), 7);
  g_assert_true (sc_attempt_check (attempt, f->database, sc1, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_slot (attempt, sc1)->state, ==, SC_SLOT_GRADED);
  g_assert_cmpuint (sc_attempt_get_slot (attempt, sc1)->tries, ==, 3);
  g_assert_cmpfloat_with_epsilon (sc_attempt_get_slot (attempt, sc1)->mark, 2 * (1 - 2 * 0.3333333), 1e-9);
  g_assert_null (sc_attempt_get_hint (attempt, sc1));
  answer = statement (f, VERB ("answered"), "sc1");
  assert_json (answer, "$.result.success", "true");
  assert_number (answer, "$.result.score.raw", 0.6666668);
  assert_number (answer, "$.result.score.max", 2.0);
  g_clear_pointer (&answer, json_node_unref);

  /* No hints: one try only, and a partial answer closes it. */
  test_save (attempt, f->database, "mr1", test_choices (1, G_MAXUINT), 8);
  g_assert_true (sc_attempt_check (attempt, f->database, mr1, NULL, &error));
  g_assert_cmpint (sc_attempt_get_slot (attempt, mr1)->state, ==, SC_SLOT_GRADED);
  g_assert_cmpfloat (sc_attempt_get_slot (attempt, mr1)->mark, ==, 0.5);
  g_assert_cmpint (test_count_statements (f->db, VERB ("answered")), ==, 4);

  /* Submitting an answer never checked is its first try. */
  test_save (attempt, f->database, "tf1", test_choices (0, G_MAXUINT), 9);
  g_assert_true (sc_attempt_submit (attempt, f->database, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (sc_attempt_get_slot (attempt, test_slot_of (attempt, "tf1"))->mark, ==, 1.0);
  g_assert_cmpint (test_count_statements (f->db, VERB ("answered")), ==, 5);
  g_assert_cmpint (test_count_statements (f->db, VERB ("failed")), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/attempt/layout-and-resume", Fixture, NULL, attempt_set_up, test_layout_and_resume, fixture_tear_down);
  g_test_add ("/attempt/deferred", Fixture, NULL, attempt_set_up, test_deferred, fixture_tear_down);
  g_test_add ("/attempt/immediate", Fixture, NULL, attempt_set_up, test_immediate, fixture_tear_down);
  g_test_add ("/attempt/interactive", Fixture, NULL, attempt_set_up, test_interactive, fixture_tear_down);

  return g_test_run ();
}
