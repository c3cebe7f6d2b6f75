/* test-builtin-questions.c - the built-in course's question banks import cleanly and their answer keys grade as correct
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every module of data/courses/ecommerce-operations has a Moodle XML bank in
 * questions/<module-id>.xml with a closing quiz and practice questions per
 * lesson. The banks are read with the same importer instructors use, every
 * competency tag must name a competency of the course, and for every
 * auto-graded question the response built from its own answer key must get
 * full marks from sc_grade(): a wrong key is the worst bug a training tool
 * can have.
 */

#include "sc-cloze.h"
#include "sc-course-problems.h"
#include "sc-course-reader.h"
#include "sc-course.h"
#include "sc-grade.h"
#include "sc-moodle-xml-reader.h"
#include "test-answer-key.h"

#define COURSE_CATEGORY "E-commerce operations"
#define QUIZ_CATEGORY "Module quiz"
#define PRACTICE_CATEGORY "Practice"
#define MIN_QUIZ_QUESTIONS 10
#define MIN_PRACTICE_QUESTIONS 4

typedef struct
{
  ScCourse  *course;
  GPtrArray *modules;  /* ScModule, borrowed from the course */
  GPtrArray *banks;    /* GPtrArray of ScQuestion, one per module, same order */
} Fixture;

static char *
course_dir (void)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, "data", "courses", SC_COURSE_BUILTIN_ID, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *dir = course_dir ();
  g_autoptr(ScCourseProblems) course_problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *domains;

  fixture->course = sc_course_load (dir, course_problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->course);

  fixture->modules = g_ptr_array_new ();
  fixture->banks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  domains = sc_course_get_domains (fixture->course);
  for (guint d = 0; d < domains->len; d++)
    {
      ScDomain *domain = g_ptr_array_index (domains, d);

      for (guint m = 0; m < domain->modules->len; m++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, m);
          g_autofree char *file = g_strconcat (module->id, ".xml", NULL);
          g_autofree char *path = g_build_filename (dir, "questions", file, NULL);
          g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
          g_auto(GStrv) lines = NULL;
          GPtrArray *questions;

          g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
          questions = sc_moodle_xml_read_file (path, SC_MOODLE_XML_READ_DEFAULT, problems, &error);
          g_assert_no_error (error);
          g_assert_nonnull (questions);

          lines = sc_course_problems_to_strv (problems);
          for (guint i = 0; lines[i] != NULL; i++)
            g_test_message ("unexpected problem: %s", lines[i]);
          g_assert_cmpuint (g_strv_length (lines), ==, 0);

          g_ptr_array_add (fixture->modules, module);
          g_ptr_array_add (fixture->banks, questions);
        }
    }
  g_assert_cmpuint (fixture->modules->len, ==, sc_course_get_n_modules (fixture->course));
  g_assert_cmpuint (fixture->modules->len, >, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_pointer (&fixture->banks, g_ptr_array_unref);
  g_clear_pointer (&fixture->modules, g_ptr_array_unref);
  g_clear_object (&fixture->course);
}

/* TRUE when @question's category is COURSE_CATEGORY/@module_title/@a[/@b] */
static gboolean
in_category (const ScQuestion *question,
             const char       *module_title,
             const char       *a,
             const char       *b)
{
  const char *expected[] = { "$course$", "top", COURSE_CATEGORY, module_title, a, b, NULL };

  return question->category != NULL
         && g_strv_equal ((const char * const *) question->category, expected);
}

static gboolean
text_is_set (const ScQuestionText *text)
{
  return !sc_question_text_is_empty (text) && text->source != NULL && *text->source != '\0';
}

/* Each module: a closing quiz of at least ten questions that mixes every
 * type, practice for every lesson, and nothing outside those categories. */
static void
test_builtin_counts (Fixture       *fixture,
                     gconstpointer  user_data)
{
  for (guint m = 0; m < fixture->modules->len; m++)
    {
      ScModule *module = g_ptr_array_index (fixture->modules, m);
      GPtrArray *questions = g_ptr_array_index (fixture->banks, m);
      guint quiz[SC_QUESTION_N_TYPES] = { 0 };
      guint n_quiz = 0, n_placed = 0;

      for (guint i = 0; i < questions->len; i++)
        {
          ScQuestion *question = g_ptr_array_index (questions, i);

          if (in_category (question, module->title, QUIZ_CATEGORY, NULL))
            {
              quiz[question->type]++;
              n_quiz++;
              n_placed++;
            }
        }
      g_test_message ("%s: %u quiz questions", module->id, n_quiz);
      g_assert_cmpuint (n_quiz, >=, MIN_QUIZ_QUESTIONS);
      g_assert_cmpuint (quiz[SC_QUESTION_SINGLE_CHOICE], >=, 1);
      g_assert_cmpuint (quiz[SC_QUESTION_MULTIPLE_RESPONSE], >=, 1);
      g_assert_cmpuint (quiz[SC_QUESTION_TRUE_FALSE], >=, 1);
      g_assert_cmpuint (quiz[SC_QUESTION_SHORT_ANSWER], >=, 1);
      g_assert_cmpuint (quiz[SC_QUESTION_NUMERICAL], >=, 1);
      g_assert_cmpuint (quiz[SC_QUESTION_MATCHING], >=, 1);
      g_assert_cmpuint (quiz[SC_QUESTION_ORDERING], >=, 1);
      g_assert_cmpuint (quiz[SC_QUESTION_CLOZE], >=, 1);
      g_assert_cmpuint (quiz[SC_QUESTION_UNSUPPORTED], ==, 0);
      if (g_str_equal (module->id, "order-fulfilment"))
        g_assert_cmpuint (quiz[SC_QUESTION_ESSAY], >=, 1);

      g_assert_cmpuint (module->lessons->len, >, 0);
      for (guint l = 0; l < module->lessons->len; l++)
        {
          ScLesson *lesson = g_ptr_array_index (module->lessons, l);
          guint n_practice = 0;

          for (guint i = 0; i < questions->len; i++)
            if (in_category (g_ptr_array_index (questions, i), module->title,
                             PRACTICE_CATEGORY, lesson->title))
              n_practice++;
          g_test_message ("%s: %u practice questions", lesson->id, n_practice);
          g_assert_cmpuint (n_practice, >=, MIN_PRACTICE_QUESTIONS);
          n_placed += n_practice;
        }

      /* No question in a category the course does not know */
      g_assert_cmpuint (n_placed, ==, questions->len);
    }
}

/* Every question: a unique idnumber, a competency of this course, general
 * feedback, the multi-try penalty; every answer of a choice question or a
 * typed answer says why. Quiz questions carry hints. */
static void
test_builtin_metadata (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GHashTable) idnumbers = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint m = 0; m < fixture->modules->len; m++)
    {
      ScModule *module = g_ptr_array_index (fixture->modules, m);
      GPtrArray *questions = g_ptr_array_index (fixture->banks, m);

      for (guint i = 0; i < questions->len; i++)
        {
          ScQuestion *question = g_ptr_array_index (questions, i);
          g_auto(GStrv) competencies = sc_question_dup_competencies (question);

          g_assert_nonnull (question->idnumber);
          g_assert_cmpstr (question->idnumber, !=, "");
          if (!g_hash_table_add (idnumbers, question->idnumber))
            g_error ("idnumber %s is used twice", question->idnumber);

          g_assert_nonnull (competencies);
          if (g_strv_length (competencies) == 0)
            g_error ("%s has no competency tag", question->idnumber);
          for (guint c = 0; competencies[c] != NULL; c++)
            if (sc_course_lookup_competency (fixture->course, competencies[c]) == NULL)
              g_error ("%s names the competency %s, which is not in course.xml",
                       question->idnumber, competencies[c]);

          g_assert_true (text_is_set (&question->stem));
          g_assert_true (text_is_set (&question->general_feedback));
          g_assert_cmpfloat_with_epsilon (question->penalty, 0.3333333, 1e-7);

          if (in_category (question, module->title, QUIZ_CATEGORY, NULL))
            if (question->hints->len == 0)
              g_error ("quiz question %s has no hint", question->idnumber);

          switch (question->type)
            {
            case SC_QUESTION_SINGLE_CHOICE:
            case SC_QUESTION_MULTIPLE_RESPONSE:
            case SC_QUESTION_TRUE_FALSE:
            case SC_QUESTION_SHORT_ANSWER:
            case SC_QUESTION_NUMERICAL:
              for (guint a = 0; a < question->answers->len; a++)
                if (!text_is_set (&((ScQuestionAnswer *) g_ptr_array_index (question->answers,
                                                                            a))->feedback))
                  g_error ("%s: answer %u has no feedback", question->idnumber, a + 1);
              break;
            case SC_QUESTION_MATCHING:
            case SC_QUESTION_ORDERING:
              g_assert_true (text_is_set (&question->correct_feedback));
              g_assert_true (text_is_set (&question->partially_correct_feedback));
              g_assert_true (text_is_set (&question->incorrect_feedback));
              break;
            case SC_QUESTION_ESSAY:
              g_assert_true (text_is_set (&question->essay.grader_info));
              break;
            case SC_QUESTION_CLOZE:
            case SC_QUESTION_DESCRIPTION:
            case SC_QUESTION_UNSUPPORTED:
            default:
              break;
            }

          /* Wrong picks must cost marks in multiple response */
          if (question->type == SC_QUESTION_MULTIPLE_RESPONSE)
            {
              gboolean negative = FALSE;

              for (guint a = 0; a < question->answers->len; a++)
                negative |= ((ScQuestionAnswer *) g_ptr_array_index (question->answers,
                                                                     a))->fraction < 0;
              g_assert_true (negative);
            }
        }
    }
}

/* The answer key of every auto-graded question earns full marks, and the
 * other units of a numerical question are understood too. */
static void
test_builtin_answer_keys (Fixture       *fixture,
                          gconstpointer  user_data)
{
  guint n_graded = 0;

  for (guint m = 0; m < fixture->banks->len; m++)
    {
      GPtrArray *questions = g_ptr_array_index (fixture->banks, m);

      for (guint i = 0; i < questions->len; i++)
        {
          ScQuestion *question = g_ptr_array_index (questions, i);
          g_autoptr(ScResponse) response = test_key_response (question);
          g_auto(ScGradeResult) result = { 0 };

          if (question->type == SC_QUESTION_ESSAY)
            {
              g_autoptr(ScResponse) essay = sc_response_new ();

              sc_response_set_text (essay, "I put the order on hold and do not capture.");
              sc_grade (question, essay, &result);
              g_assert_cmpint (result.state, ==, SC_GRADE_NEEDS_GRADING);
              continue;
            }
          g_assert_nonnull (response);

          sc_grade (question, response, &result);
          if (result.state != SC_GRADE_CORRECT || result.fraction != 1.0)
            g_error ("%s: its own answer key is graded %s (%.9g, %s)", question->idnumber,
                     sc_grade_state_to_string (result.state), result.fraction,
                     sc_grade_reason_to_string (result.reason));
          n_graded++;

          for (guint u = 0; question->type == SC_QUESTION_NUMERICAL && u < question->units->len; u++)
            {
              const ScQuestionUnit *unit = g_ptr_array_index (question->units, u);
              const ScQuestionAnswer *full = g_ptr_array_index (question->answers,
                                                                key_find_full_answer (question->answers));
              g_autoptr(ScResponse) in_unit = sc_response_new ();
              g_auto(ScGradeResult) unit_result = { 0 };
              char number[G_ASCII_DTOSTR_BUF_SIZE];
              g_autofree char *text = NULL;

              g_ascii_formatd (number, sizeof number, "%.10g",
                               g_ascii_strtod (full->text.source, NULL) * unit->multiplier);
              text = g_strdup_printf ("%s %s", number, unit->name);
              sc_response_set_text (in_unit, text);
              sc_grade (question, in_unit, &unit_result);
              if (unit_result.state != SC_GRADE_CORRECT)
                g_error ("%s: “%s” is graded %s", question->idnumber, text,
                         sc_grade_state_to_string (unit_result.state));
            }
        }
    }
  g_test_message ("%u answer keys graded as correct", n_graded);
  g_assert_cmpuint (n_graded, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sc_course_reader_init ();

  g_test_add ("/builtin-questions/counts", Fixture, NULL,
              fixture_set_up, test_builtin_counts, fixture_tear_down);
  g_test_add ("/builtin-questions/metadata", Fixture, NULL,
              fixture_set_up, test_builtin_metadata, fixture_tear_down);
  g_test_add ("/builtin-questions/answer-keys", Fixture, NULL,
              fixture_set_up, test_builtin_answer_keys, fixture_tear_down);

  return g_test_run ();
}
