/* test-course-checks.c - an unchanged course is not checked twice, and a changed one is checked again
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app keeps the checks a course passed (the schema over each file,
 * each quiz against its bank) and gives them to the next load. On a copy
 * of the built-in course: a second load runs none of them again and reads
 * the same course; a file edited by one byte is checked again, and a
 * mistake only the schema sees, or a bank changed under a quiz, is still
 * found; a failed load forgets nothing; a checks file in any other shape
 * is ignored, and then everything runs.
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sc-course-checks-private.h"
#include "sc-course-reader.h"
#include "sc-error.h"
#include "sc-lesson.h"
#include "test-db-util.h"
#include "test-tree-util.h"

typedef struct
{
  char *root;
  char *course;
  char *checks_path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *builtin = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data",
                                               "courses", "ecommerce-operations", NULL);
  g_autoptr(GError) error = NULL;

  f->root = g_dir_make_tmp ("shopcraft-checks-XXXXXX", &error);
  g_assert_no_error (error);
  f->course = g_build_filename (f->root, "course", NULL);
  f->checks_path = g_build_filename (f->root, "cache", "course-checks", NULL);
  test_copy_tree (builtin, f->course);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_remove_tree (f->root);
  g_free (f->root);
  g_free (f->course);
  g_free (f->checks_path);
}

static char *
course_file (Fixture    *f,
             const char *file)
{
  return g_build_filename (f->course, file, NULL);
}

/* The checks of every file and quiz of the built-in course: the schema
 * over course.xml, the glossary, each lesson and each quiz, and each quiz
 * against its bank. */
static guint
expected_checks (ScCourse *course)
{
  return 2 + sc_course_get_lessons (course)->len + 2 * sc_course_get_quizzes (course)->len;
}

/* Loads the copy with @checks and the checks file written, then reads it
 * back into a new ScCourseChecks, as the next start does. */
static ScCourseChecks *
warm_checks (Fixture *f,
             guint   *n_checks)
{
  g_autoptr(ScCourseChecks) first = sc_course_checks_new ();
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  ScCourseChecks *checks;

  course = sc_course_load_checked (f->course, first, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (course);
  g_assert_true (sc_course_checks_write (first, f->checks_path, &error));
  g_assert_no_error (error);

  checks = sc_course_checks_new ();
  g_assert_true (sc_course_checks_read (checks, f->checks_path, &error));
  g_assert_no_error (error);
  *n_checks = expected_checks (course);
  g_assert_cmpuint (sc_course_checks_get_n_passed (checks), ==, *n_checks);

  return checks;
}

static gboolean
has_problem (ScCourseProblems *problems,
             const char       *file,
             const char       *words)
{
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      const ScCourseProblem *problem = sc_course_problems_get (problems, i);

      if (g_str_equal (problem->file, file) && strstr (problem->message, words) != NULL)
        return TRUE;
    }

  return FALSE;
}

static GStrv
lesson_ids (ScCourse *course)
{
  GPtrArray *lessons = sc_course_get_lessons (course);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < lessons->len; i++)
    g_strv_builder_add (ids, ((ScLesson *) g_ptr_array_index (lessons, i))->id);

  return g_strv_builder_end (ids);
}

/* A first load runs every check and keeps them all; the next runs none
 * and reads the same course. */
static void
test_checks_reused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ScCourseChecks) checks = sc_course_checks_new ();
  g_autoptr(ScCourseChecks) again = sc_course_checks_new ();
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScCourse) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) first_ids = NULL;
  g_auto(GStrv) second_ids = NULL;
  guint n_checks;

  course = sc_course_load_checked (f->course, checks, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (course);
  n_checks = expected_checks (course);
  g_assert_cmpuint (n_checks, ==, 2 + 16 + 2 * 24);
  g_assert_cmpuint (sc_course_checks_get_n_reused (checks), ==, 0);
  g_assert_cmpuint (sc_course_checks_get_n_passed (checks), ==, n_checks);
  g_assert_true (sc_course_checks_get_changed (checks));

  g_assert_true (sc_course_checks_write (checks, f->checks_path, &error));
  g_assert_no_error (error);
  g_assert_false (sc_course_checks_get_changed (checks));
  g_assert_true (g_file_get_contents (f->checks_path, &text, NULL, &error));
  g_assert_true (g_str_has_prefix (text, "shopcraft-course-checks 2\n"));
  g_assert_cmpuint (strlen (text), ==, strlen ("shopcraft-course-checks 2\n") + 33 * n_checks);

  g_assert_true (sc_course_checks_read (again, f->checks_path, &error));
  g_assert_no_error (error);
  second = sc_course_load_checked (f->course, again, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  g_assert_cmpuint (sc_course_checks_get_n_reused (again), ==, n_checks);
  g_assert_false (sc_course_checks_get_changed (again));

  first_ids = lesson_ids (course);
  second_ids = lesson_ids (second);
  g_assert_cmpstrv (first_ids, second_ids);
  g_assert_cmpuint (sc_course_get_quizzes (second)->len, ==, sc_course_get_quizzes (course)->len);
}

/* One byte more in a lesson: its schema check runs again, the rest not;
 * the checks kept change. */
static void
test_checks_edited_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *lesson = course_file (f, "lessons/pricing-margins.xml");
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourseChecks) checks = NULL;
  guint n_checks;

  checks = warm_checks (f, &n_checks);
  test_replace_in_file (lesson, "</lesson>", "</lesson>\n");

  course = sc_course_load_checked (f->course, checks, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (course);
  g_assert_cmpuint (sc_course_checks_get_n_reused (checks), ==, n_checks - 1);
  g_assert_true (sc_course_checks_get_changed (checks));
  g_assert_cmpuint (sc_course_checks_get_n_passed (checks), ==, n_checks);
}

/* Moves the lesson's @title after its sections, which only the schema
 * refuses; returns the file as it was. */
static char *
move_title_to_end (const char *path,
                   const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *without = NULL;
  g_autofree char *moved = NULL;
  char *original = NULL;
  const char *at;
  char *end;

  g_assert_true (g_file_get_contents (path, &original, NULL, &error));
  g_assert_no_error (error);
  at = strstr (original, title);
  g_assert_nonnull (at);
  without = g_strdup_printf ("%.*s%s", (int) (at - original), original, at + strlen (title));
  end = strstr (without, "</lesson>");
  g_assert_nonnull (end);
  *end = '\0';
  moved = g_strconcat (without, "  ", title, "\n</lesson>\n", NULL);
  g_assert_true (g_file_set_contents (path, moved, -1, &error));
  g_assert_no_error (error);

  return original;
}

/* A mistake only the schema finds (the title after the sections), made
 * after the checks passed, is found; the failed load keeps the checks it
 * had, so the file put back is not checked again. */
static void
test_checks_schema_after_edit (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *lesson = course_file (f, "lessons/pricing-margins.xml");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScCourseChecks) checks = NULL;
  g_autoptr(ScCourse) broken = NULL;
  g_autoptr(ScCourse) mended = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  guint n_checks;

  checks = warm_checks (f, &n_checks);
  original = move_title_to_end (lesson, "<title>Pricing for margin</title>");

  broken = sc_course_load_checked (f->course, checks, problems, &error);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_null (broken);
  g_assert_true (has_problem (problems, "lessons/pricing-margins.xml", "Did not expect element"));
  g_assert_false (sc_course_checks_get_changed (checks));
  g_assert_cmpuint (sc_course_checks_get_n_passed (checks), ==, n_checks);

  g_clear_error (&error);
  g_assert_true (g_file_set_contents (lesson, original, -1, &error));
  mended = sc_course_load_checked (f->course, checks, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mended);
  g_assert_cmpuint (sc_course_checks_get_n_reused (checks), ==, n_checks);
  g_assert_false (sc_course_checks_get_changed (checks));
}

/* A bank changed under a quiz that passed: the quiz is checked against
 * the new bank, and a draw it can no longer fill is reported. */
static void
test_checks_bank_edited (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *bank = course_file (f, "questions/listing-essentials.xml");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScCourseChecks) checks = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  guint n_checks;

  checks = warm_checks (f, &n_checks);
  test_replace_in_file (bank, "competency:listing.titles", "competency:listing.headlines");

  course = sc_course_load_checked (f->course, checks, problems, &error);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_null (course);
  g_assert_true (has_problem (problems, "quizzes/listing-essentials-quiz.xml",
                              "but the question bank “listing-essentials” has no question there"));
  g_assert_cmpuint (sc_course_checks_get_n_passed (checks), ==, n_checks);
}

/* A checks file in any other shape is ignored as a whole, saying where;
 * the load then runs every check and passes. */
static void
test_checks_broken_file (Fixture       *f,
                         gconstpointer  data)
{
  static const struct {
    const char *text;
    const char *error;
  } cases[] = {
    { "", ":1: the file is empty" },
    { "not checks at all\n", ":1: not a file of course checks of this version" },
    { "shopcraft-course-checks 1\n", ":1: not a file of course checks of this version" },
    { "shopcraft-course-checks 2\n0123456789abcdef0123456789abcdef\nzz\n", ":3: not a check" },
    { "shopcraft-course-checks 2\n0123456789ABCDEF0123456789ABCDEF\n", ":2: not a check" },
    { "shopcraft-course-checks 2\n0123456789abcdef", ":2: the file ends inside a line" },
  };
  g_autofree char *big = g_strnfill (4 * 1024 * 1024 + 1, '0');
  g_autofree char *dir = g_path_get_dirname (f->checks_path);

  for (guint i = 0; i <= G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ScCourseChecks) checks = sc_course_checks_new ();
      g_autoptr(ScCourse) course = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      const char *text = i < G_N_ELEMENTS (cases) ? cases[i].text : big;

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (f->checks_path, text, -1, NULL));

      g_assert_false (sc_course_checks_read (checks, f->checks_path, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      expected = g_strconcat (f->checks_path,
                              i < G_N_ELEMENTS (cases) ? cases[i].error
                                                       : ": larger than a file of course checks can be",
                              NULL);
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpuint (sc_course_checks_get_n_passed (checks), ==, 0);

      g_clear_error (&error);
      course = sc_course_load_checked (f->course, checks, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (course);
      g_assert_cmpuint (sc_course_checks_get_n_reused (checks), ==, 0);
    }
}

/* No file yet: the first start. */
static void
test_checks_missing_file (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ScCourseChecks) checks = sc_course_checks_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (sc_course_checks_read (checks, f->checks_path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (sc_course_checks_get_n_passed (checks), ==, 0);
}

static void
assert_refused (const char *path)
{
  g_autoptr(ScCourseChecks) checks = sc_course_checks_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (sc_course_checks_read (checks, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (sc_course_checks_get_n_passed (checks), ==, 0);
}

/* A pipe or a folder where the file should be is refused at once: a
 * start must never wait on one. */
static void
test_checks_not_a_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (f->checks_path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (mkfifo (f->checks_path, 0600), ==, 0);
  assert_refused (f->checks_path);

  g_assert_cmpint (g_unlink (f->checks_path), ==, 0);
  g_assert_cmpint (g_mkdir (f->checks_path, 0700), ==, 0);
  assert_refused (f->checks_path);
}

/* A key names the check and both of its inputs, each whole: the same
 * bytes give the same key, and moving a byte from one input to the other
 * gives another. */
static void
test_checks_keys (void)
{
  g_autoptr(ScCourseChecks) checks = sc_course_checks_new ();
  g_autoptr(GBytes) ab = g_bytes_new_static ("ab", 2);
  g_autoptr(GBytes) c = g_bytes_new_static ("c", 1);
  g_autoptr(GBytes) a = g_bytes_new_static ("a", 1);
  g_autoptr(GBytes) bc = g_bytes_new_static ("bc", 2);
  g_autoptr(GBytes) ab_again = g_bytes_new ("ab", 2);
  g_autoptr(GBytes) nothing = g_bytes_new_static ("", 0);
  g_autofree char *key = sc_course_checks_key (checks, "quiz-bank", ab, c);
  g_autofree char *same = sc_course_checks_key (checks, "quiz-bank", ab_again, c);
  g_autofree char *moved = sc_course_checks_key (checks, "quiz-bank", a, bc);
  g_autofree char *other_check = sc_course_checks_key (checks, "schema", ab, c);
  g_autofree char *one_input = sc_course_checks_key (checks, "schema", ab, NULL);
  g_autofree char *empty_second = sc_course_checks_key (checks, "schema", ab, nothing);

  g_assert_cmpuint (strlen (key), ==, 32);
  g_assert_cmpstr (key, ==, same);
  g_assert_cmpstr (key, !=, moved);
  g_assert_cmpstr (key, !=, other_check);
  g_assert_cmpstr (other_check, !=, one_input);
  /* No second input and an empty one are the same input. */
  g_assert_cmpstr (one_input, ==, empty_second);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/course-checks/reused", Fixture, NULL,
              fixture_set_up, test_checks_reused, fixture_tear_down);
  g_test_add ("/course-checks/edited-file", Fixture, NULL,
              fixture_set_up, test_checks_edited_file, fixture_tear_down);
  g_test_add ("/course-checks/schema-after-edit", Fixture, NULL,
              fixture_set_up, test_checks_schema_after_edit, fixture_tear_down);
  g_test_add ("/course-checks/bank-edited", Fixture, NULL,
              fixture_set_up, test_checks_bank_edited, fixture_tear_down);
  g_test_add ("/course-checks/broken-file", Fixture, NULL,
              fixture_set_up, test_checks_broken_file, fixture_tear_down);
  g_test_add ("/course-checks/missing-file", Fixture, NULL,
              fixture_set_up, test_checks_missing_file, fixture_tear_down);
  g_test_add ("/course-checks/not-a-file", Fixture, NULL,
              fixture_set_up, test_checks_not_a_file, fixture_tear_down);
  g_test_add_func ("/course-checks/keys", test_checks_keys);

  return g_test_run ();
}
