/* test-course-banks.c - a course's bank files are stored once, replaced when changed, kept when broken
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test copies docs/example-course into a temporary folder, so that it
 * can change a bank file as an author would, and stores the course's banks
 * in a fresh database with sc_course_store_banks(), as the app does when
 * the course loads.
 */
#include <string.h>

#include "sc-attempt.h"
#include "sc-course-banks.h"
#include "sc-course-problems.h"
#include "sc-course-reader.h"
#include "sc-question-bank.h"
#include "test-learning-util.h"
#include "test-tree-util.h"

#define BANK      "example-shop/listing-basics"
#define BANK_FILE "questions/listing-basics.xml"

typedef struct
{
  Fixture   base;
  char     *course_dir;
} BankFixture;

static void
bank_set_up (BankFixture   *f,
             gconstpointer  data)
{
  g_autofree char *example = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "docs",
                                               "example-course", NULL);
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;

  fixture_set_up (&f->base, data);
  g_clear_object (&f->base.course);

  f->course_dir = g_build_filename (f->base.dir, "course", NULL);
  test_copy_tree (example, f->course_dir);
  f->base.course = sc_course_load (f->course_dir, problems, &error);
  g_assert_no_error (error);
}

static void
bank_tear_down (BankFixture   *f,
                gconstpointer  data)
{
  fixture_tear_down (&f->base, data);
  g_free (f->course_dir);
}

/* Replaces @old with @new in the bank file, as an author's edit. */
static void
edit_bank (BankFixture *f,
           const char  *old,
           const char  *new)
{
  g_autofree char *path = g_build_filename (f->course_dir, BANK_FILE, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, old));
  edited = g_string_new (contents);
  g_string_replace (edited, old, new, 1);
  g_file_set_contents (path, edited->str, (gssize) edited->len, &error);
  g_assert_no_error (error);
}

static guint
store (BankFixture *f,
       GStrv       *out_problems)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  guint n_stored = 99;

  g_assert_true (sc_course_store_banks (f->base.database, f->base.course, problems, &n_stored,
                                        &error));
  g_assert_no_error (error);
  if (out_problems != NULL)
    *out_problems = sc_course_problems_to_strv (problems);
  else
    g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);

  return n_stored;
}

static char *
question_names (BankFixture *f,
                const char  *bank)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = sc_question_bank_load (f->base.database, bank, &error);
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < questions->len; i++)
    g_string_append_printf (names, "%s;", ((ScQuestion *) g_ptr_array_index (questions, i))->name);

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The quiz's fixed question, wherever shuffling put it. */
static const ScAttemptSlot *
margin_slot (ScAttempt *attempt)
{
  for (guint i = 1; i <= sc_attempt_get_n_slots (attempt); i++)
    {
      const ScAttemptSlot *slot = sc_attempt_get_slot (attempt, i);

      if (g_strcmp0 (slot->question->idnumber, "LB-3") == 0)
        return slot;
    }

  g_assert_not_reached ();
}

static void
test_stored_once (BankFixture   *f,
                  gconstpointer  data)
{
  g_autoptr(ScQuestionBankInfo) info = NULL;
  g_autoptr(GPtrArray) banks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = sc_course_dup_bank_name (f->base.course, BANK_FILE);
  g_autofree char *names = NULL;

  g_assert_cmpstr (name, ==, BANK);
  g_assert_cmpuint (store (f, NULL), ==, 1);

  info = sc_question_bank_lookup (f->base.database, BANK, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (info->source_file, ==, BANK_FILE);
  g_assert_cmpint (info->source_format, ==, SC_QUESTION_SOURCE_MOODLE_XML);
  g_assert_cmpuint (strlen (info->source_sha256), ==, 64);
  g_assert_cmpuint (info->n_questions, ==, 3);
  names = question_names (f, BANK);
  g_assert_cmpstr (names, ==, "A title's first words;Prices in titles;Margin;");

  /* Unchanged: nothing is written, the bank is the same row. */
  g_assert_cmpuint (store (f, NULL), ==, 0);
  banks = sc_question_bank_list (f->base.database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (banks->len, ==, 1);
  g_assert_cmpint (((ScQuestionBankInfo *) g_ptr_array_index (banks, 0))->id, ==, info->id);
}

static void
test_changed_file (BankFixture   *f,
                   gconstpointer  data)
{
  const ScAttemptQuiz *quiz = sc_course_lookup_quiz (f->base.course, "listing-basics-check");
  g_autoptr(ScAttempt) started = NULL;
  g_autoptr(ScAttempt) resumed = NULL;
  g_autoptr(ScAttempt) fresh = NULL;
  g_autoptr(ScLearner) other = NULL;
  g_autoptr(GPtrArray) banks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *old_bank = NULL;
  const ScAttemptSlot *slot;

  g_assert_cmpuint (store (f, NULL), ==, 1);
  started = sc_attempt_start (f->base.database, f->base.learner, f->base.course, NULL, quiz, 3,
                              NULL, &error);
  g_assert_no_error (error);

  edit_bank (f, "<text>Margin</text>", "<text>Margin in percent</text>");
  g_assert_cmpuint (store (f, NULL), ==, 1);
  names = question_names (f, BANK);
  g_assert_cmpstr (names, ==, "A title's first words;Prices in titles;Margin in percent;");

  /* The attempt started before keeps its questions, in the old bank,
   * which stays under another name because that attempt uses it. */
  resumed = sc_attempt_load (f->base.database, f->base.learner, f->base.course, NULL,
                             sc_attempt_get_uuid (started), &error);
  g_assert_no_error (error);
  slot = margin_slot (resumed);
  g_assert_cmpstr (slot->question->name, ==, "Margin");
  banks = sc_question_bank_list (f->base.database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (banks->len, ==, 2);
  for (guint i = 0; i < banks->len; i++)
    {
      const ScQuestionBankInfo *info = g_ptr_array_index (banks, i);

      if (!g_str_equal (info->name, BANK))
        old_bank = g_strdup (info->name);
    }
  g_assert_true (g_str_has_prefix (old_bank, BANK " (until "));

  /* A new attempt asks the new questions. */
  other = sc_learner_create (f->base.database, "Second learner", &error);
  g_assert_no_error (error);
  fresh = sc_attempt_start (f->base.database, other, f->base.course, NULL, quiz, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (margin_slot (fresh)->question->name, ==, "Margin in percent");

}

static void
test_broken_file (BankFixture   *f,
                  gconstpointer  data)
{
  g_auto(GStrv) problems = NULL;
  g_autoptr(ScQuestionBankInfo) before = NULL;
  g_autoptr(ScQuestionBankInfo) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_cmpuint (store (f, NULL), ==, 1);
  before = sc_question_bank_lookup (f->base.database, BANK, &error);
  g_assert_no_error (error);

  /* An unclosed element on line 10. */
  edit_bank (f, "<text>A title's first words</text>", "<text>A title's first words");
  g_assert_cmpuint (store (f, &problems), ==, 0);
  g_assert_cmpuint (g_strv_length (problems), >=, 1);
  for (guint i = 0; problems[i] != NULL; i++)
    g_test_message ("%s", problems[i]);
  g_assert_true (g_str_has_prefix (problems[0], BANK_FILE ":"));
  g_assert_true (g_ascii_isdigit (problems[0][strlen (BANK_FILE ":")]));

  after = sc_question_bank_lookup (f->base.database, BANK, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->id, ==, before->id);
  g_assert_cmpstr (after->source_sha256, ==, before->source_sha256);
  names = question_names (f, BANK);
  g_assert_cmpstr (names, ==, "A title's first words;Prices in titles;Margin;");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/course-banks/stored-once", BankFixture, NULL, bank_set_up, test_stored_once,
              bank_tear_down);
  g_test_add ("/course-banks/changed-file", BankFixture, NULL, bank_set_up, test_changed_file,
              bank_tear_down);
  g_test_add ("/course-banks/broken-file", BankFixture, NULL, bank_set_up, test_broken_file,
              bank_tear_down);

  return g_test_run ();
}
