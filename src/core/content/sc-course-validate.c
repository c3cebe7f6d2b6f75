/* sc-course-validate.c - `shopcraft --validate-course DIR`
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For authors and CI: loads the course exactly as the app would, with no
 * display, and prints every problem the way compilers do, one
 * `FILE:LINE: message` per line on standard error, so editors can jump
 * to them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-course-reader.h"
#include "sc-course-validate.h"

/**
 * sc_course_validate_report:
 * @dir: the course folder
 * @course: (nullable): the course, when it loaded
 * @problems: everything found in it, by the reader and by later checks
 *
 * Prints a one-line summary on standard output when the course is valid;
 * otherwise every problem, then a summary, on standard error.
 *
 * Returns: the exit status: 0 when the course loads with no problem, 1 otherwise
 */
int
sc_course_validate_report (const char       *dir,
                           ScCourse         *course,
                           ScCourseProblems *problems)
{
  guint n_problems;

  g_return_val_if_fail (dir != NULL, 1);
  g_return_val_if_fail (problems != NULL, 1);

  n_problems = sc_course_problems_get_len (problems);
  if (course == NULL || n_problems > 0)
    {
      for (guint i = 0; i < n_problems; i++)
        {
          g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

          g_printerr ("%s\n", line);
        }
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "%s: %u problem; the course cannot be used until it is fixed\n",
                               "%s: %u problems; the course cannot be used until they are fixed\n",
                               n_problems),
                  dir, n_problems);
      return 1;
    }

  g_print (_("%s: the course “%s” %s is valid: %u modules, %u lessons, %u competencies, "
             "%u glossary entries\n"),
           dir, sc_course_get_id (course), sc_course_get_version (course),
           sc_course_get_n_modules (course), sc_course_get_lessons (course)->len,
           sc_course_get_competencies (course)->len,
           sc_glossary_get_n_entries (sc_course_get_glossary (course)));
  return 0;
}

/**
 * sc_course_validate_command:
 * @dir: the course folder
 *
 * Loads the course and reports it with sc_course_validate_report ().
 *
 * Returns: the exit status: 0 when the course loads, 1 when it has problems
 */
int
sc_course_validate_command (const char *dir)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (dir != NULL, 1);

  course = sc_course_load (dir, problems, &error);

  return sc_course_validate_report (dir, course, problems);
}
