/* crash-attempts.c - killed while a learner answers a quiz: every acknowledged answer survives
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The folder holds a question bank and one attempt in progress at a quiz
 * of four two-choice questions. Write N saves an answer, in one short
 * write, as the quiz player does while the learner answers: to question
 * N mod 4 + 1, choice (N div 4) mod 2; every fifth write flags that
 * question instead (on for even N div 5, off for odd). After any number
 * of writes the attempt, resumed as after a crash, must show exactly
 * those answers and flags.
 */
#include "crash-writes.h"
#include "sc-attempt.h"
#include "sc-question-bank.h"

#define N_SLOTS   4
#define BANK_NAME "Crash bank"
#define QUIZ_ID   "crash-quiz"

static ScAttemptQuiz *
make_quiz (void)
{
  ScAttemptQuiz *quiz = sc_attempt_quiz_new (QUIZ_ID, BANK_NAME);

  quiz->course_id = g_strdup ("example-shop");
  for (guint i = 1; i <= N_SLOTS; i++)
    {
      g_autofree char *idnumber = g_strdup_printf ("q%u", i);

      sc_attempt_quiz_add_question (quiz, idnumber);
    }

  return quiz;
}

void
crash_attempt_set_up (const char *dir)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open (path, &error);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (BANK_NAME);
  g_autoptr(ScAttemptQuiz) quiz = make_quiz ();
  g_autoptr(ScAttempt) attempt = NULL;

  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);

  for (guint i = 1; i <= N_SLOTS; i++)
    {
      ScQuestion *question = sc_question_new (SC_QUESTION_SINGLE_CHOICE);

      question->name = g_strdup_printf ("Question %u", i);
      question->idnumber = g_strdup_printf ("q%u", i);
      sc_question_text_set (&question->stem, "<p>Which one?</p>", SC_TEXT_FORMAT_HTML);
      sc_question_add_answer (question, "This one", SC_TEXT_FORMAT_HTML, 1.0);
      sc_question_add_answer (question, "That one", SC_TEXT_FORMAT_HTML, 0.0);
      g_ptr_array_add (questions, question);
    }
  g_assert_true (sc_question_bank_save (database, info, questions, &error));
  g_assert_no_error (error);

  attempt = sc_attempt_start (database, learner, crash_example_course (), NULL, quiz, 7, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

static ScAttempt *
resume (ScDatabase       *database,
        const ScLearner  *learner,
        ScCourse         *course,
        GError          **error)
{
  g_autofree char *uuid = NULL;

  if (!sc_attempt_find_open (database, learner, "example-shop", QUIZ_ID, &uuid, error))
    return NULL;
  if (uuid == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "no attempt in progress");
      return NULL;
    }

  return sc_attempt_load (database, learner, course, NULL, uuid, error);
}

gboolean
crash_attempt_write (CrashChild  *child,
                     guint        i,
                     GError     **error)
{
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScResponse) response = NULL;
  ScDatabase *database;
  ScCourse *course;
  ScLearner *learner;
  guint slot = i % N_SLOTS + 1;

  if ((database = crash_child_database (child, error)) == NULL ||
      (course = crash_child_course (child, error)) == NULL ||
      (learner = crash_child_learner (child, error)) == NULL ||
      (attempt = resume (database, learner, course, error)) == NULL)
    return FALSE;

  if (i % 5 == 4)
    return sc_attempt_set_flagged (attempt, database, slot, (i / 5) % 2 == 0, error);

  response = sc_response_new ();
  sc_response_add_choice (response, (i / N_SLOTS) % 2);

  return sc_attempt_save_response (attempt, database, slot, response, NULL, error);
}

/* "slot: choice flag" for each slot, "-" for no answer. */
static char *
attempt_after (guint n)
{
  int choices[N_SLOTS] = { -1, -1, -1, -1 };
  gboolean flags[N_SLOTS] = { FALSE, FALSE, FALSE, FALSE };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i % 5 == 4)
        flags[i % N_SLOTS] = (i / 5) % 2 == 0;
      else
        choices[i % N_SLOTS] = (int) ((i / N_SLOTS) % 2);
    }

  for (guint k = 0; k < N_SLOTS; k++)
    {
      if (choices[k] < 0)
        g_string_append_printf (out, "%u: - %d\n", k + 1, flags[k] ? 1 : 0);
      else
        g_string_append_printf (out, "%u: %d %d\n", k + 1, choices[k], flags[k] ? 1 : 0);
    }

  return g_string_free (out, FALSE);
}

guint
crash_attempt_verify (const CrashCheck *check)
{
  g_autoptr(ScDatabase) database = crash_reopen (check->dir);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) observed = g_string_new (NULL);
  guint n;

  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  attempt = resume (database, learner, crash_example_course (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sc_attempt_get_n_slots (attempt), ==, N_SLOTS);

  for (guint k = 1; k <= N_SLOTS; k++)
    {
      const ScAttemptSlot *slot = sc_attempt_get_slot (attempt, k);

      if (slot->response == NULL)
        g_string_append_printf (observed, "%u: - %d\n", k, slot->flagged ? 1 : 0);
      else
        {
          g_assert_cmpuint (slot->response->choices->len, ==, 1);
          g_string_append_printf (observed, "%u: %u %d\n", k,
                                  g_array_index (slot->response->choices, guint, 0),
                                  slot->flagged ? 1 : 0);
        }
    }

  n = crash_pick_committed (check, "attempt answers", observed->str, attempt_after);
  crash_close (database);

  return n;
}
