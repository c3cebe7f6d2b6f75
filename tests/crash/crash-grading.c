/* crash-grading.c - killed while an instructor grades essays: every acknowledged mark survives, with its statement
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The folder holds a bank of four essays (4 marks each) and one
 * submitted attempt that waits for a grader on all of them. Write N
 * grades essay N mod 4 + 1 with the mark (3N + 1) mod 5 and the comment
 * "wN", as the Class section's grading page does (a later write to the
 * same essay is a regrade). After any number of writes the attempt must
 * show the newest mark and comment of each essay, one manual grade row
 * and one "scored" statement per write, and its total and state.
 */
#include "crash-writes.h"
#include "sc-attempt.h"
#include "sc-grading.h"
#include "sc-question-bank.h"

#define N_ESSAYS   4
#define BANK_NAME  "Crash essays"
#define QUIZ_ID    "crash-essays"
#define UUID_FILE  "grading-attempt"
#define SCORED_IRI "http://adlnet.gov/expapi/verbs/scored"

void
crash_grading_set_up (const char *dir)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  g_autofree char *uuid_path = g_build_filename (dir, UUID_FILE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open (path, &error);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (BANK_NAME);
  g_autoptr(ScAttemptQuiz) quiz = sc_attempt_quiz_new (QUIZ_ID, BANK_NAME);
  g_autoptr(ScAttempt) attempt = NULL;

  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);

  quiz->course_id = g_strdup ("example-shop");
  for (guint i = 1; i <= N_ESSAYS; i++)
    {
      ScQuestion *question = sc_question_new (SC_QUESTION_ESSAY);

      question->name = g_strdup_printf ("Essay %u", i);
      question->idnumber = g_strdup_printf ("e%u", i);
      question->default_mark = 4.0;
      sc_question_text_set (&question->stem, "<p>Explain why.</p>", SC_TEXT_FORMAT_HTML);
      g_ptr_array_add (questions, question);
      sc_attempt_quiz_add_question (quiz, question->idnumber);
    }
  g_assert_true (sc_question_bank_save (database, info, questions, &error));
  g_assert_no_error (error);

  attempt = sc_attempt_start (database, learner, crash_example_course (), NULL, quiz, 7, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 1; i <= N_ESSAYS; i++)
    {
      g_autoptr(ScResponse) response = sc_response_new ();

      sc_response_set_text (response, "Because the margin covers the cost.");
      g_assert_true (sc_attempt_save_response (attempt, database, i, response, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sc_attempt_submit (attempt, database, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (uuid_path, sc_attempt_get_uuid (attempt), -1, &error));
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

static char *
read_uuid (const char  *dir,
           GError     **error)
{
  g_autofree char *path = g_build_filename (dir, UUID_FILE, NULL);
  char *uuid = NULL;

  if (!g_file_get_contents (path, &uuid, NULL, error))
    return NULL;

  return uuid;
}

gboolean
crash_grading_write (CrashChild  *child,
                     guint        i,
                     GError     **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *comment = g_strdup_printf ("w%u", i);
  ScDatabase *database;
  ScCourse *course;

  if ((database = crash_child_database (child, error)) == NULL ||
      (course = crash_child_course (child, error)) == NULL ||
      (uuid = read_uuid (child->dir, error)) == NULL)
    return FALSE;

  return sc_attempt_grade_essay (database, course, NULL, uuid, i % N_ESSAYS + 1, (3 * i + 1) % 5,
                                 comment, NULL, NULL, error);
}

/* "slot: mark comment" for each essay, "-" for none yet, then the
 * counts of grades and statements, the total and the state. */
static char *
grading_after (guint n)
{
  int marks[N_ESSAYS] = { -1, -1, -1, -1 };
  guint last[N_ESSAYS] = { 0 };
  GString *out = g_string_new (NULL);
  int total = 0;
  gboolean pending = FALSE;

  for (guint i = 0; i < n; i++)
    {
      marks[i % N_ESSAYS] = (int) ((3 * i + 1) % 5);
      last[i % N_ESSAYS] = i;
    }

  for (guint k = 0; k < N_ESSAYS; k++)
    {
      if (marks[k] < 0)
        {
          g_string_append_printf (out, "%u: -\n", k + 1);
          pending = TRUE;
        }
      else
        {
          g_string_append_printf (out, "%u: %d w%u\n", k + 1, marks[k], last[k]);
          total += marks[k];
        }
    }
  g_string_append_printf (out, "grades %u, scored %u, total %d, %s\n", n, n, total,
                          pending ? "needs-grading" : "finished");

  return g_string_free (out, FALSE);
}

guint
crash_grading_verify (const CrashCheck *check)
{
  g_autoptr(ScDatabase) database = crash_reopen (check->dir);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) observed = g_string_new (NULL);
  g_autofree char *uuid = read_uuid (check->dir, &error);
  sqlite3 *db = sc_database_get_handle (database);
  guint n;

  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  attempt = sc_attempt_load (database, learner, crash_example_course (), NULL, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sc_attempt_get_n_slots (attempt), ==, N_ESSAYS);

  for (guint k = 1; k <= N_ESSAYS; k++)
    {
      const ScAttemptSlot *slot = sc_attempt_get_slot (attempt, k);

      if (slot->state == SC_SLOT_NEEDS_GRADING)
        g_string_append_printf (observed, "%u: -\n", k);
      else
        g_string_append_printf (observed, "%u: %g %s\n", k, slot->mark, slot->grade_comment);
    }
  g_string_append_printf (observed, "grades %d, scored %d, total %g, %s\n",
                          crash_query_int (db, "SELECT count(*) FROM manual_grades"),
                          crash_query_int (db, "SELECT count(*) FROM statements WHERE verb = '" SCORED_IRI "'"
                                               " AND object_id LIKE '%question%'"),
                          sc_attempt_get_score (attempt),
                          sc_attempt_state_to_string (sc_attempt_get_state (attempt)));

  n = crash_pick_committed (check, "essay grades", observed->str, grading_after);
  crash_close (database);

  return n;
}
