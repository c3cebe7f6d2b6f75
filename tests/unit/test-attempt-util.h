/* test-attempt-util.h - a question bank, a quiz and a clock for the attempt and module status tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by test-attempt.c and test-module-status.c, with
 * test-learning-util.h (the database, the example course and a learner).
 */
#pragma once

#include "sc-attempt.h"
#include "sc-error.h"
#include "sc-question-bank.h"
#include "test-learning-util.h"

#define TEST_BANK   "Listing basics"
#define TEST_COURSE "example-shop"
#define TEST_MODULE "listing-basics"
#define TEST_QUIZ   "listing-basics-check"

/* 2026-11-28 10:00:00 UTC plus @seconds: the tests' clock. */
G_GNUC_UNUSED static GDateTime *
test_time (gint64 seconds)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 28, 10, 0, 0);

  return g_date_time_add_seconds (start, (double) seconds);
}

G_GNUC_UNUSED static ScQuestion *
test_choice (ScQuestionType  type,
             const char     *idnumber,
             const char     *tag)
{
  ScQuestion *q = sc_question_new (type);

  q->name = g_strdup_printf ("Question %s", idnumber);
  q->idnumber = g_strdup (idnumber);
  sc_question_text_set (&q->stem, "<p>Pick one</p>", SC_TEXT_FORMAT_HTML);
  if (tag != NULL)
    sc_question_add_tag (q, tag);

  return q;
}

/* The bank of the tests, in this order:
 *   sc1   single choice, answer 1 right, shuffled, two hints, 2 marks,
 *         competency listing.pricing
 *   mr1   multiple response: answers 1 and 2 are worth half each,
 *         answer 3 takes everything away
 *   tf1   true/false, "true" is right
 *   sa1   short answer "Paris"
 *   num1  numerical 3.14 ± 0.01
 *   match1 matching: Red→Stop, Green→Go, and the distractor Wait
 *   ord1  ordering: First, Second, Third
 *   essay1 essay, 3 marks
 *   desc1 description
 *   pool1 … pool5: single choice tagged "pool", answer 1 right */
G_GNUC_UNUSED static void
test_make_bank (ScDatabase *database)
{
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (TEST_BANK);
  g_autoptr(GError) error = NULL;
  ScQuestion *q;

  q = test_choice (SC_QUESTION_SINGLE_CHOICE, "sc1", "competency:listing.pricing");
  sc_question_add_answer (q, "Price", SC_TEXT_FORMAT_HTML, 1.0);
  sc_question_add_answer (q, "Cost", SC_TEXT_FORMAT_HTML, 0.0);
  sc_question_add_answer (q, "Weight", SC_TEXT_FORMAT_HTML, 0.0);
  sc_question_add_answer (q, "SKU", SC_TEXT_FORMAT_HTML, 0.0);
  sc_question_add_hint (q, "It is what the customer pays.", SC_TEXT_FORMAT_HTML);
  sc_question_add_hint (q, "Not the cost.", SC_TEXT_FORMAT_HTML);
  q->shuffle = TRUE;
  q->default_mark = 2.0;
  g_ptr_array_add (questions, q);

  q = test_choice (SC_QUESTION_MULTIPLE_RESPONSE, "mr1", NULL);
  sc_question_add_answer (q, "A", SC_TEXT_FORMAT_HTML, 0.5);
  sc_question_add_answer (q, "B", SC_TEXT_FORMAT_HTML, 0.5);
  sc_question_add_answer (q, "C", SC_TEXT_FORMAT_HTML, -1.0);
  q->shuffle = TRUE;
  g_ptr_array_add (questions, q);

  q = test_choice (SC_QUESTION_TRUE_FALSE, "tf1", NULL);
  sc_question_add_answer (q, "true", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 1.0);
  sc_question_add_answer (q, "false", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, 0.0);
  g_ptr_array_add (questions, q);

  q = test_choice (SC_QUESTION_SHORT_ANSWER, "sa1", NULL);
  sc_question_add_answer (q, "Paris", SC_TEXT_FORMAT_PLAIN, 1.0);
  g_ptr_array_add (questions, q);

  q = test_choice (SC_QUESTION_NUMERICAL, "num1", NULL);
  sc_question_add_answer (q, "3.14", SC_TEXT_FORMAT_PLAIN, 1.0)->tolerance = 0.01;
  g_ptr_array_add (questions, q);

  q = test_choice (SC_QUESTION_MATCHING, "match1", NULL);
  sc_question_add_subquestion (q, "Red", SC_TEXT_FORMAT_HTML, "Stop");
  sc_question_add_subquestion (q, "Green", SC_TEXT_FORMAT_HTML, "Go");
  sc_question_add_subquestion (q, "", SC_TEXT_FORMAT_HTML, "Wait");
  q->shuffle = TRUE;
  g_ptr_array_add (questions, q);

  q = test_choice (SC_QUESTION_ORDERING, "ord1", NULL);
  sc_question_add_answer (q, "First", SC_TEXT_FORMAT_HTML, 1.0);
  sc_question_add_answer (q, "Second", SC_TEXT_FORMAT_HTML, 2.0);
  sc_question_add_answer (q, "Third", SC_TEXT_FORMAT_HTML, 3.0);
  q->ordering.grading_type = SC_ORDERING_GRADING_ALL_OR_NOTHING;
  g_ptr_array_add (questions, q);

  q = test_choice (SC_QUESTION_ESSAY, "essay1", NULL);
  q->default_mark = 3.0;
  g_ptr_array_add (questions, q);

  q = test_choice (SC_QUESTION_DESCRIPTION, "desc1", NULL);
  g_ptr_array_add (questions, q);

  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("pool%u", i);

      q = test_choice (SC_QUESTION_SINGLE_CHOICE, id, "pool");
      sc_question_add_answer (q, "Right", SC_TEXT_FORMAT_HTML, 1.0);
      sc_question_add_answer (q, "Wrong", SC_TEXT_FORMAT_HTML, 0.0);
      g_ptr_array_add (questions, q);
    }

  g_assert_true (sc_question_bank_save (database, info, questions, &error));
  g_assert_no_error (error);
}

/* A quiz of the listed fixed questions (NULL-terminated), for the
 * example course's first module. */
G_GNUC_UNUSED static ScAttemptQuiz *
test_make_quiz (ScBehaviour behaviour,
                ...)
{
  ScAttemptQuiz *quiz = sc_attempt_quiz_new (TEST_QUIZ, TEST_BANK);
  const char *idnumber;
  va_list args;

  quiz->title = g_strdup ("Listing basics check");
  quiz->course_id = g_strdup (TEST_COURSE);
  quiz->module_id = g_strdup (TEST_MODULE);
  quiz->behaviour = behaviour;
  quiz->pass_fraction = 0.8;

  va_start (args, behaviour);
  while ((idnumber = va_arg (args, const char *)) != NULL)
    sc_attempt_quiz_add_question (quiz, idnumber);
  va_end (args);

  return quiz;
}

G_GNUC_UNUSED static ScResponse *
test_choices (guint first,
              ...)
{
  ScResponse *response = sc_response_new ();
  va_list args;
  guint index;

  sc_response_add_choice (response, first);
  va_start (args, first);
  while ((index = va_arg (args, guint)) != G_MAXUINT)
    sc_response_add_choice (response, index);
  va_end (args);

  return response;
}

G_GNUC_UNUSED static ScResponse *
test_text (const char *text)
{
  ScResponse *response = sc_response_new ();

  sc_response_set_text (response, text);

  return response;
}

/* The slot whose question has @idnumber. */
G_GNUC_UNUSED static guint
test_slot_of (ScAttempt  *attempt,
              const char *idnumber)
{
  for (guint i = 1; i <= sc_attempt_get_n_slots (attempt); i++)
    if (g_strcmp0 (sc_attempt_get_slot (attempt, i)->question->idnumber, idnumber) == 0)
      return i;

  g_assert_not_reached ();
  return 0;
}

G_GNUC_UNUSED static void
test_save (ScAttempt  *attempt,
           ScDatabase *database,
           const char *idnumber,
           ScResponse *response,
           gint64      at)
{
  g_autoptr(ScResponse) owned = response;
  g_autoptr(GDateTime) now = test_time (at);
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_attempt_save_response (attempt, database, test_slot_of (attempt, idnumber),
                                           owned, now, &error));
  g_assert_no_error (error);
}

/* The module quiz (sc1, 2 marks, tagged competency:listing.pricing; tf1,
 * 1 mark, untagged) taken by @learner: started at @at seconds on the
 * tests' clock, submitted a minute later; @right_sc1 and @right_tf1 say
 * which are answered right. */
G_GNUC_UNUSED static void
test_take_module_quiz (ScDatabase      *database,
                       const ScLearner *learner,
                       ScCourse        *course,
                       ScModuleRules   *rules,
                       gboolean         right_sc1,
                       gboolean         right_tf1,
                       gint64           at)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", "tf1", NULL);
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(GDateTime) start = test_time (at);
  g_autoptr(GDateTime) end = test_time (at + 60);
  g_autoptr(GError) error = NULL;

  attempt = sc_attempt_start (database, learner, course, rules, quiz, (guint32) at + 1, start, &error);
  g_assert_no_error (error);
  test_save (attempt, database, "sc1", test_choices (right_sc1 ? 0 : 1, G_MAXUINT), at + 1);
  test_save (attempt, database, "tf1", test_choices (right_tf1 ? 0 : 1, G_MAXUINT), at + 2);
  g_assert_true (sc_attempt_submit (attempt, database, end, &error));
  g_assert_no_error (error);
}

/* For the attempt tests */

#define IRI_BASE    "https://example.org/shopcraft/example-shop/"
#define QUIZ_IRI    IRI_BASE "quiz/" TEST_QUIZ
#define MODULE_IRI  IRI_BASE "module/" TEST_MODULE
#define VERB(name)  "http://adlnet.gov/expapi/verbs/" name

/* A number at a JSONPath, compared as a number: json-glib writes 0.9 as
 * "0.90000000000000002". */
#define assert_number(root, path, expected) \
  G_STMT_START { \
    g_autofree char *_text = test_json_at ((root), (path)); \
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (_text, NULL), (expected), 1e-12); \
  } G_STMT_END

G_GNUC_UNUSED static void
attempt_set_up (Fixture       *f,
                gconstpointer  data)
{
  fixture_set_up (f, data);
  test_make_bank (f->database);
}

G_GNUC_UNUSED static ScAttempt *
start (Fixture             *f,
       const ScAttemptQuiz *quiz,
       guint32              seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = test_time (0);
  ScAttempt *attempt;

  attempt = sc_attempt_start (f->database, f->learner, f->course, NULL, quiz, seed, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (attempt);

  return attempt;
}

/* The one statement with @verb whose object id ends with @suffix. */
G_GNUC_UNUSED static JsonNode *
statement (Fixture    *f,
           const char *verb,
           const char *suffix)
{
  g_autofree char *sql = g_strdup_printf ("SELECT json FROM statements WHERE verb = '%s'"
                                          " AND object_id LIKE '%%%s' ORDER BY timestamp DESC LIMIT 1",
                                          verb, suffix);

  return test_statement_json (f->db, sql);
}
