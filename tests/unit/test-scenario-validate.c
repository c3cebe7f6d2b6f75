/* test-scenario-validate.c - `--validate-course` on scenarios: each broken one reports exactly its problems
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Table-driven, like test-course-bad.c: tests/data/bad/scenarios.txt lists
 * each broken case with every line validating it must report. A case's
 * folder holds only what differs from a good course: the test copies
 * tests/data/courses/minimal and the built-in course's policies/, then
 * the case's files over them.
 */
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sc-course-reader.h"
#include "sc-scenario-validate.h"
#include "test-db-util.h"
#include "test-tree-util.h"

typedef struct
{
  char      *name;
  GPtrArray *expected;  /* char * */
} BadCase;

static char *
source_path (const char *first,
             ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_getenv ("SHOPCRAFT_SOURCE_ROOT"));
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* A good course with the case's files over it; the caller removes @root. */
static char *
make_course (const char *root,
             const char *name)
{
  g_autofree char *minimal = source_path ("tests", "data", "courses", "minimal", NULL);
  g_autofree char *policies = source_path ("data", "courses", "ecommerce-operations", "policies", NULL);
  g_autofree char *overlay = source_path ("tests", "data", "bad", name, NULL);
  g_autofree char *course = g_build_filename (root, name, NULL);
  g_autofree char *course_policies = g_build_filename (course, "policies", NULL);

  test_copy_tree (minimal, course);
  test_copy_tree (policies, course_policies);
  if (g_file_test (overlay, G_FILE_TEST_IS_DIR))
    test_copy_tree (overlay, course);

  return g_steal_pointer (&course);
}

/* The lines validating the course gives, the course itself being valid. */
static GStrv
validate (const char *dir)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourse) course = sc_course_load (dir, problems, &error);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  g_assert_no_error (error);
  g_assert_nonnull (course);
  sc_scenario_validate_course (course, problems);
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_test_message ("%s", line);
      g_strv_builder_add (lines, line);
    }

  return g_strv_builder_end (lines);
}

static void
test_bad_case (gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *root = test_make_dir ();
  g_autofree char *course = make_course (root, bad->name);
  g_auto(GStrv) lines = validate (course);

  g_ptr_array_add (bad->expected, NULL);
  g_assert_cmpstrv (lines, (const char * const *) bad->expected->pdata);
  g_ptr_array_remove_index (bad->expected, bad->expected->len - 1);
  test_remove_tree (root);
}

/* The built-in course and its scenarios are clean, and so is the
 * minimal course, which has none. */
static void
test_good_courses (void)
{
  g_autofree char *builtin = source_path ("data", "courses", "ecommerce-operations", NULL);
  g_autofree char *root = test_make_dir ();
  g_autofree char *minimal = make_course (root, "minimal");
  g_auto(GStrv) builtin_lines = validate (builtin);
  g_auto(GStrv) minimal_lines = validate (minimal);

  g_assert_cmpuint (g_strv_length (builtin_lines), ==, 0);
  g_assert_cmpuint (g_strv_length (minimal_lines), ==, 0);
  test_remove_tree (root);
}

/* `--validate-course` runs these checks too, in a child so that what it
 * prints stays out of the test's output. */
static void
test_command (void)
{
  g_autofree char *builtin = source_path ("data", "courses", "ecommerce-operations", NULL);
  g_autofree char *root = NULL;
  g_autofree char *bad = NULL;

  if (g_test_subprocess ())
    exit (sc_scenario_validate_command (g_getenv ("SC_TEST_VALIDATE_COURSE")));

  g_setenv ("SC_TEST_VALIDATE_COURSE", builtin, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*is valid*");

  root = test_make_dir ();
  bad = make_course (root, "scenario-unknown-goal");
  g_setenv ("SC_TEST_VALIDATE_COURSE", bad, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("lessons/02.xml:9: goal ?margins? is not a goal of the scenario ?mugs?*"
                             "1 problem; the course cannot be used until it is fixed*");
  test_remove_tree (root);
}

static void
bad_case_free (BadCase *bad)
{
  g_free (bad->name);
  g_ptr_array_unref (bad->expected);
  g_free (bad);
}

static GPtrArray *
read_table (void)
{
  g_autofree char *path = source_path ("tests", "data", "bad", "scenarios.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func ((GDestroyNotify) bad_case_free);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      BadCase *bad = cases->len > 0 ? g_ptr_array_index (cases, cases->len - 1) : NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 2);
      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      if (bad == NULL || g_strcmp0 (bad->name, fields[0]) != 0)
        {
          bad = g_new0 (BadCase, 1);
          bad->name = g_strdup (fields[0]);
          bad->expected = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (cases, bad);
        }
      g_ptr_array_add (bad->expected, g_strdup (fields[1]));
    }

  return cases;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  cases = read_table ();
  g_test_add_func ("/scenario-validate/good", test_good_courses);
  g_test_add_func ("/scenario-validate/command", test_command);
  for (guint i = 0; i < cases->len; i++)
    {
      const BadCase *bad = g_ptr_array_index (cases, i);
      g_autofree char *path = g_strdup_printf ("/scenario-validate/%s", bad->name);

      g_test_add_data_func (path, bad, test_bad_case);
    }
  status = g_test_run ();

  return status;
}
