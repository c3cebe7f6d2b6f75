/* test-course-quizzes.c - quizzes/FILE.xml are read into ScAttemptQuiz and every built-in quiz starts an attempt
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The course reader turns each quiz file into the ScAttemptQuiz an attempt
 * starts from, and names the module it assesses. The built-in course's four
 * closing quizzes must resolve against their banks: with the banks stored
 * in a fresh database, each starts an attempt with as many slots as the
 * quiz asks questions. Each lesson's practice quiz assesses no module. What a broken quiz reports is checked through the
 * command line by test-bad-catalogue.c (tests/data/bad/courses.txt).
 */
#include "sc-attempt.h"
#include "sc-course-problems.h"
#include "sc-course-reader.h"
#include "sc-moodle-xml-reader.h"
#include "sc-question-bank.h"
#include "test-learning-util.h"

#define N_BUILTIN_QUIZZES 8
#define N_BUILTIN_PRACTICE 16
#define QUIZ_QUESTIONS 10

static ScCourse *
load_course (const char *where,
             const char *name)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autofree char *dir = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  ScCourse *course;

  g_assert_nonnull (root);
  dir = g_build_filename (root, where, name, NULL);
  course = sc_course_load (dir, problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (course);

  return course;
}

static guint
count_questions (const ScAttemptQuiz *quiz)
{
  guint n = 0;

  for (guint i = 0; i < quiz->picks->len; i++)
    n += ((const ScQuizPick *) g_ptr_array_index (quiz->picks, i))->count;

  return n;
}

/* Stores the course's banks as the app names them: "COURSE/FILE", each
 * once, however many quizzes draw from it. */
static void
store_banks (ScDatabase *database,
             ScCourse   *course)
{
  GPtrArray *quizzes = sc_course_get_quizzes (course);
  g_autoptr(GHashTable) stored = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < quizzes->len; i++)
    {
      const ScAttemptQuiz *quiz = g_ptr_array_index (quizzes, i);
      const char *file = strchr (quiz->bank, '/') + 1;
      g_autofree char *base = g_strconcat (file, ".xml", NULL);
      g_autofree char *path = g_build_filename (sc_course_get_directory (course), "questions",
                                                base, NULL);
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (quiz->bank);
      g_autoptr(GPtrArray) questions = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_hash_table_add (stored, quiz->bank))
        continue;
      questions = sc_moodle_xml_read_file (path, SC_MOODLE_XML_READ_DEFAULT, problems, &error);
      g_assert_no_error (error);
      g_assert_true (sc_question_bank_save (database, info, questions, &error));
      g_assert_no_error (error);
    }
}

static void
test_builtin_quizzes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ScCourse) course = load_course ("data/courses", SC_COURSE_BUILTIN_ID);
  GPtrArray *domains = sc_course_get_domains (course);
  GPtrArray *quizzes = sc_course_get_quizzes (course);
  guint n_assessed = 0;

  g_assert_cmpuint (quizzes->len, ==, N_BUILTIN_QUIZZES + N_BUILTIN_PRACTICE);

  /* Every module has a closing quiz on its own bank, with the course's rules. */
  for (guint d = 0; d < domains->len; d++)
    {
      ScDomain *domain = g_ptr_array_index (domains, d);

      for (guint m = 0; m < domain->modules->len; m++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, m);
          const ScAttemptQuiz *quiz;
          g_autofree char *bank = NULL;

          g_assert_nonnull (module->assessment);
          quiz = sc_course_lookup_quiz (course, module->assessment);
          g_assert_nonnull (quiz);
          g_assert_cmpstr (quiz->module_id, ==, module->id);
          g_assert_cmpstr (quiz->course_id, ==, SC_COURSE_BUILTIN_ID);
          bank = g_strconcat (SC_COURSE_BUILTIN_ID, "/", module->id, NULL);
          g_assert_cmpstr (quiz->bank, ==, bank);
          g_assert_nonnull (quiz->title);
          g_assert_cmpint (quiz->behaviour, ==, SC_BEHAVIOUR_DEFERRED);
          g_assert_cmpfloat_with_epsilon (quiz->pass_fraction, 0.8, 1e-9);
          g_assert_cmpuint (quiz->attempts_allowed, >, 0);
          g_assert_cmpuint (quiz->time_limit, >=, 10 * 60);
          g_assert_true (quiz->shuffle_questions);
          g_assert_cmpuint (count_questions (quiz), ==, QUIZ_QUESTIONS);
          n_assessed++;
        }
    }
  g_assert_cmpuint (n_assessed, ==, N_BUILTIN_QUIZZES);

  /* Each resolves against its bank, for several seeds (random draws
   * overlap by tag), and no attempt asks a question that needs a person
   * to mark it. */
  store_banks (f->database, course);
  for (guint i = 0; i < quizzes->len; i++)
    {
      const ScAttemptQuiz *quiz = g_ptr_array_index (quizzes, i);

      if (quiz->module_id == NULL)
        continue;

      for (guint32 seed = 1; seed <= 20; seed++)
        {
          g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 30, 9, 0, (double) seed);
          g_autoptr(ScAttempt) attempt = NULL;
          g_autoptr(ScLearner) learner = NULL;
          g_autofree char *name = g_strdup_printf ("Learner %s %u", quiz->id, seed);
          g_autoptr(GError) error = NULL;

          learner = sc_learner_create (f->database, name, &error);
          g_assert_no_error (error);
          attempt = sc_attempt_start (f->database, learner, course, NULL, quiz, seed, now, &error);
          g_assert_no_error (error);
          g_assert_nonnull (attempt);
          g_assert_cmpuint (sc_attempt_get_n_slots (attempt), ==, QUIZ_QUESTIONS);
          for (guint s = 1; s <= QUIZ_QUESTIONS; s++)
            {
              const ScAttemptSlot *slot = sc_attempt_get_slot (attempt, s);

              g_assert_cmpint (slot->question->type, !=, SC_QUESTION_ESSAY);
              g_assert_cmpint (slot->question->type, !=, SC_QUESTION_DESCRIPTION);
            }
        }
    }
}

/* Every lesson of the built-in course practises on its own quiz: the
 * lesson's Practice category of its module's bank, checked at once, as
 * often as the learner likes, assessing no module; each starts. */
static void
test_builtin_practice (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ScCourse) course = load_course ("data/courses", SC_COURSE_BUILTIN_ID);
  GPtrArray *lessons = sc_course_get_lessons (course);

  g_assert_cmpuint (lessons->len, ==, N_BUILTIN_PRACTICE);
  store_banks (f->database, course);

  for (guint i = 0; i < lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);
      ScModule *module = sc_course_get_lesson_module (course, lesson);
      const ScAttemptQuiz *quiz;
      g_autofree char *id = g_strconcat (lesson->id, "-practice", NULL);
      g_autofree char *bank = NULL;
      g_autofree char *category_end = g_strconcat ("/Practice/", lesson->title, NULL);
      guint n;

      g_assert_cmpstr (lesson->practice, ==, id);
      quiz = sc_course_lookup_quiz (course, lesson->practice);
      g_assert_nonnull (quiz);
      g_assert_null (quiz->module_id);
      g_assert_cmpstr (quiz->course_id, ==, SC_COURSE_BUILTIN_ID);
      bank = g_strconcat (SC_COURSE_BUILTIN_ID, "/", module->id, NULL);
      g_assert_cmpstr (quiz->bank, ==, bank);
      g_assert_cmpint (quiz->behaviour, !=, SC_BEHAVIOUR_DEFERRED);
      g_assert_cmpuint (quiz->attempts_allowed, ==, 0);
      g_assert_cmpfloat (quiz->pass_fraction, ==, 0.0);
      g_assert_cmpuint (quiz->time_limit, ==, 0);
      n = count_questions (quiz);
      g_assert_cmpuint (n, >=, 3);
      g_assert_cmpuint (n, <=, 5);
      for (guint p = 0; p < quiz->picks->len; p++)
        {
          const ScQuizPick *pick = g_ptr_array_index (quiz->picks, p);

          g_assert_nonnull (pick->category);
          g_assert_true (g_str_has_suffix (pick->category, category_end));
        }

      for (guint32 seed = 1; seed <= 5; seed++)
        {
          g_autoptr(ScAttempt) attempt = NULL;
          g_autoptr(ScLearner) learner = NULL;
          g_autofree char *name = g_strdup_printf ("Learner %s %u", quiz->id, seed);
          g_autoptr(GError) error = NULL;

          learner = sc_learner_create (f->database, name, &error);
          g_assert_no_error (error);
          attempt = sc_attempt_start (f->database, learner, course, NULL, quiz, seed, NULL, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (sc_attempt_get_n_slots (attempt), ==, n);
        }
    }
}

static void
test_example_quiz (Fixture       *f,
                   gconstpointer  data)
{
  const ScAttemptQuiz *quiz = sc_course_lookup_quiz (f->course, "listing-basics-check");
  const ScQuizPick *pick;

  g_assert_nonnull (quiz);
  g_assert_cmpstr (quiz->bank, ==, "example-shop/listing-basics");
  g_assert_cmpstr (quiz->title, ==, "Listing basics: check");
  g_assert_cmpstr (quiz->module_id, ==, "listing-basics");
  g_assert_cmpuint (quiz->attempts_allowed, ==, 3);
  g_assert_cmpuint (quiz->time_limit, ==, 600);
  g_assert_true (quiz->shuffle_answers);
  g_assert_null (sc_course_lookup_quiz (f->course, "listing-basics"));

  /* The first lesson's practice quiz assesses no module. */
  g_assert_cmpstr (sc_course_lookup_lesson (f->course, "titles")->practice, ==, "titles-practice");
  g_assert_null (sc_course_lookup_quiz (f->course, "titles-practice")->module_id);
  g_assert_null (sc_course_lookup_lesson (f->course, "pricing")->practice);

  g_assert_cmpuint (quiz->picks->len, ==, 2);
  pick = g_ptr_array_index (quiz->picks, 0);
  g_assert_cmpstr (pick->idnumber, ==, "LB-3");
  g_assert_cmpuint (pick->count, ==, 1);
  /* Written without "top", read as Moodle 3.5+ and the bank spell it. */
  pick = g_ptr_array_index (quiz->picks, 1);
  g_assert_null (pick->idnumber);
  g_assert_cmpstr (pick->category, ==, "$course$/top/Listing basics/Check");
  g_assert_cmpstr (pick->tag, ==, "competency:listing.titles");
  g_assert_false (pick->only_category);

  store_banks (f->database, f->course);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ScAttempt) attempt = sc_attempt_start (f->database, f->learner, f->course, NULL,
                                                     quiz, 7, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (sc_attempt_get_n_slots (attempt), ==, 2);
  }
}

/* A random draw never takes a question the quiz asks by idnumber, even
 * one listed after the draw: every seed gets all three slots. */
static void
test_fixed_after_random (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = sc_attempt_quiz_new ("fixed-last", "example-shop/listing-basics");

  sc_attempt_quiz_add_random (quiz, "$course$/top/Listing basics/Check", NULL, 2);
  sc_attempt_quiz_add_question (quiz, "LB-3");
  quiz->course_id = g_strdup ("example-shop");
  store_banks (f->database, f->course);

  for (guint32 seed = 1; seed <= 20; seed++)
    {
      g_autofree char *name = g_strdup_printf ("Learner %u", seed);
      g_autoptr(ScLearner) learner = NULL;
      g_autoptr(ScAttempt) attempt = NULL;
      g_autoptr(GError) error = NULL;

      learner = sc_learner_create (f->database, name, &error);
      g_assert_no_error (error);
      attempt = sc_attempt_start (f->database, learner, f->course, NULL, quiz, seed, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (sc_attempt_get_n_slots (attempt), ==, 3);
      g_assert_cmpstr (sc_attempt_get_slot (attempt, 3)->question->idnumber, ==, "LB-3");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/course-quizzes/builtin", Fixture, NULL, fixture_set_up, test_builtin_quizzes,
              fixture_tear_down);
  g_test_add ("/course-quizzes/builtin-practice", Fixture, NULL, fixture_set_up,
              test_builtin_practice, fixture_tear_down);
  g_test_add ("/course-quizzes/example", Fixture, NULL, fixture_set_up, test_example_quiz,
              fixture_tear_down);
  g_test_add ("/course-quizzes/fixed-after-random", Fixture, NULL, fixture_set_up,
              test_fixed_after_random, fixture_tear_down);

  return g_test_run ();
}
