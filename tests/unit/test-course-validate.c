/* test-course-validate.c - where the course comes from, and --validate-course
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "sc-course-reader.h"
#include "sc-course-validate.h"
#include "sc-error.h"

static char *
source_path (const char *first,
             ...)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (gpointer) root);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static void
test_course_resolve_dir (void)
{
  g_autofree char *from_env = NULL;
  g_autofree char *from_option = NULL;
  g_autofree char *installed = NULL;
  g_autofree char *expected = NULL;

  g_setenv ("SHOPCRAFT_COURSE_DIR", "/tmp/env-course", TRUE);
  from_env = sc_course_resolve_dir ("/tmp/option-course", NULL);
  g_assert_cmpstr (from_env, ==, "/tmp/env-course");

  g_setenv ("SHOPCRAFT_COURSE_DIR", "", TRUE);
  from_option = sc_course_resolve_dir ("/tmp/option-course/", NULL);
  g_assert_cmpstr (from_option, ==, "/tmp/option-course");

  g_unsetenv ("SHOPCRAFT_COURSE_DIR");
  installed = sc_course_resolve_dir (NULL, "my-course");
  g_assert_true (g_str_has_suffix (installed, "/shopcraft/courses/my-course"));
  g_assert_true (g_path_is_absolute (installed));
  g_clear_pointer (&installed, g_free);
  installed = sc_course_resolve_dir (NULL, NULL);
  expected = g_strconcat ("/shopcraft/courses/", SC_COURSE_BUILTIN_ID, NULL);
  g_assert_true (g_str_has_suffix (installed, expected));
}

static void
test_course_validate_command_valid (void)
{
  if (g_test_subprocess ())
    {
      char *dir = source_path ("docs", "example-course", NULL);
      int status = sc_course_validate_command (dir);

      /* exit() skips g_autofree: free first so LeakSanitizer sees no leak. */
      g_free (dir);
      exit (status);
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  /* In the C locale GLib prints typographic quotes as "?". */
  g_test_trap_assert_stdout ("*: the course *example-shop* 1.0.0 is valid: 2 modules, "
                             "3 lessons, 3 competencies, 4 glossary entries\n");
  g_test_trap_assert_stderr ("");
}

static void
test_course_validate_command_problems (void)
{
  if (g_test_subprocess ())
    {
      char *dir = source_path ("tests", "data", "bad", "course-many-problems", NULL);
      int status = sc_course_validate_command (dir);

      g_free (dir);
      g_assert_cmpint (status, ==, 1);
      exit (status);
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("course.xml:15: objective *write-title* maps to unknown competency "
                             "*listing.titels*; did you mean *listing.titles*?\n"
                             "glossary.xml:10: see-also refers to unknown glossary entry *skuu*; "
                             "did you mean *sku*?\n"
                             "lessons/01.xml:7: <figure> is missing the alt attribute\n"
                             "lessons/01.xml:8: unknown element <calout>; did you mean <callout>?\n"
                             "lessons/02.xml:2: minutes=\"soon\" on <lesson> must be a whole number "
                             "from 1 to 600\n"
                             "lessons/02.xml:6: unknown element <lnk>; did you mean <link>?\n"
                             "*/tests/data/bad/course-many-problems: 6 problems; the course cannot be "
                             "used until they are fixed\n");
}

static void
test_course_validate_command_no_folder (void)
{
  if (g_test_subprocess ())
    exit (sc_course_validate_command ("/nonexistent/shopcraft-course"));

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("/nonexistent/shopcraft-course: is not a folder; give the folder "
                             "that holds course.xml\n"
                             "/nonexistent/shopcraft-course: 1 problem; *\n");
}

static void
test_course_load_error (void)
{
  g_autofree char *dir = source_path ("tests", "data", "bad", "course-unknown-element", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourse) course = sc_course_load (dir, NULL, &error);

  g_assert_null (course);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "lessons/01.xml:"));
  g_assert_nonnull (strstr (error->message, "did you mean <callout>?"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/course-validate/resolve-dir", test_course_resolve_dir);
  g_test_add_func ("/course-validate/command/valid", test_course_validate_command_valid);
  g_test_add_func ("/course-validate/command/problems", test_course_validate_command_problems);
  g_test_add_func ("/course-validate/command/no-folder", test_course_validate_command_no_folder);
  g_test_add_func ("/course-validate/load-error", test_course_load_error);

  return g_test_run ();
}
