/* sc-scenario-run.c - a learner's practice on a scenario: find, resume, start over, record a check
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * INTERFACE STUB for the parallel work of session 4: finding a scenario
 * loads scenarios/ID.xml; the rest refuses. The practice-core branch
 * replaces this file.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-error.h"
#include "sc-scenario-run.h"

static gboolean
refuse (GError **error)
{
  g_set_error_literal (error, SC_ERROR, SC_ERROR_FAILED,
                       _("Practice stores cannot be started over or checked yet."));
  return FALSE;
}

/**
 * sc_scenario_find:
 * @course_dir: the course's folder
 * @id: the scenario's id, which names scenarios/ID.xml
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with an
 *   error naming the file and what is wrong with it
 */
ScScenario *
sc_scenario_find (const char  *course_dir,
                  const char  *id,
                  GError     **error)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *relative = g_strdup_printf ("scenarios/%s.xml", id);
  ScScenario *scenario = sc_scenario_load (course_dir, relative, problems);

  if (scenario == NULL)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("The course has no usable practice scenario “%s” (%s)."), id, relative);

  return scenario;
}

/**
 * sc_scenario_load_all:
 *
 * Returns: (transfer full) (element-type ScScenario): the scenarios of
 *   the course's scenarios/ folder that load, by file name
 */
GPtrArray *
sc_scenario_load_all (const char       *course_dir,
                      ScCourseProblems *problems)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sc_scenario_free);
}

/**
 * sc_scenario_open_run:
 *
 * Returns: (transfer full) (nullable): the learner's open run of
 *   @scenario, or a new one when there is none
 */
ScRun *
sc_scenario_open_run (ScDatabase        *database,
                      gint64             learner_id,
                      const ScScenario  *scenario,
                      GError           **error)
{
  refuse (error);
  return NULL;
}

/**
 * sc_scenario_reset_run:
 *
 * Gives @run the store of a fresh generation of @scenario with the run's
 * seed, under a new registration (updated in @run); the action log and
 * earlier statements stay.
 */
gboolean
sc_scenario_reset_run (ScDatabase        *database,
                       const ScScenario  *scenario,
                       ScRun             *run,
                       GError           **error)
{
  return refuse (error);
}

/**
 * sc_sandbox_record_check:
 * @lesson_id: (nullable): the lesson whose practice card opened the run
 * @results: (element-type ScGoalResult): what sc_sandbox_check () found
 *
 * Records a "Check my work" as statements with the run's registration.
 */
gboolean
sc_sandbox_record_check (ScDatabase   *database,
                         ScCourse     *course,
                         const ScRun  *run,
                         const char   *lesson_id,
                         GPtrArray    *results,
                         GError      **error)
{
  return refuse (error);
}
