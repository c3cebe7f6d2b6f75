/* test-scenario-util.h - loading the course's scenarios in the scenario tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

#include "sc-scenario.h"

/* The built-in course, or the format's example course for ids starting "example:". */
G_GNUC_UNUSED static char *
course_dir (const char **id)
{
  g_autofree char *dir = NULL;

  if (g_str_has_prefix (*id, "example:"))
    {
      *id += strlen ("example:");
      dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "docs", "example-course", NULL);
    }
  else
    dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses", "ecommerce-operations", NULL);

  return g_canonicalize_filename (dir, NULL);
}

G_GNUC_UNUSED static void
assert_no_problems (ScCourseProblems *problems)
{
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_test_message ("%s", line);
    }
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
}

G_GNUC_UNUSED static ScScenario *
load_scenario (const char *dir,
               const char *id)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *relative = g_strdup_printf ("scenarios/%s.xml", id);
  ScScenario *scenario = sc_scenario_load (dir, relative, problems);

  assert_no_problems (problems);
  g_assert_nonnull (scenario);
  g_assert_cmpstr (scenario->id, ==, id);

  return scenario;
}
