/* sc-scenario-run.h - a learner's practice on a scenario: find, resume, start over, record a check
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a lesson's practice card and the Listings section need on top of
 * sc-scenario.h: the course's scenarios by id, the learner's open run of
 * one (resumed rather than started twice), "Start over" (the run's store
 * generated afresh under a new registration, its history kept), and a
 * "Check my work" recorded as statements, as a quiz attempt is.
 */
#pragma once

#include <gio/gio.h>

#include "sc-course.h"
#include "sc-course-problems.h"
#include "sc-run.h"
#include "sc-scenario.h"
#include "sc-types.h"

G_BEGIN_DECLS

ScScenario *sc_scenario_find             (const char        *course_dir,
                                          const char        *id,
                                          GError           **error);
GPtrArray  *sc_scenario_load_all         (const char        *course_dir,
                                          ScCourseProblems  *problems);
ScRun      *sc_scenario_open_run         (ScDatabase        *database,
                                          gint64             learner_id,
                                          const ScScenario  *scenario,
                                          GError           **error);
gboolean    sc_scenario_reset_run        (ScDatabase        *database,
                                          const ScScenario  *scenario,
                                          ScRun             *run,
                                          GError           **error);
gboolean    sc_sandbox_record_check      (ScDatabase        *database,
                                          ScCourse          *course,
                                          const ScRun       *run,
                                          const char        *lesson_id,
                                          GPtrArray         *results,
                                          GError           **error);

G_END_DECLS
