/* sc-scenario-run.h - a learner's practice on a scenario: find, resume, start over, record a check
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a lesson's practice card and the Listings section need on top of
 * sc-scenario.h: the course's scenarios by id, the learner's open run of
 * one (resumed rather than started twice), "Start over" (the run's store
 * generated afresh under a new registration, its history kept), and a
 * "Check my work" recorded as statements, as a quiz attempt is.
 *
 * The seed of a learner's run is drawn once, when the run starts, and
 * kept with it: sc_scenario_derive_seed() of the learner's UUID and the
 * scenario's id, so every learner of a class gets a store of their own
 * while one learner's store is the same however often they start over.
 *
 * sc_sandbox_record_check() writes statements, so it lives with the
 * statement writer in core/learning/ (sc-practice-statement.c); it is
 * declared here, beside the rest of a practice card's needs.
 */
#pragma once

#include <gio/gio.h>

#include "sc-course.h"
#include "sc-course-problems.h"
#include "sc-run.h"
#include "sc-scenario.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* The action that starts a run's store over ("Start over"): a wall that
 * undo and redo never cross (sc-sandbox-action.h). */
#define SC_RUN_ACTION_RESET "reset"

/* The activity type of a practice in statements. */
#define SC_XAPI_TYPE_SIMULATION "http://adlnet.gov/expapi/activities/simulation"
/* Context extension of practice statements: the scenario's id. */
#define SC_XAPI_EXT_SCENARIO    "urn:shopcraft:ext:scenario"
/* Result extension of a "Check my work": {"goal id": passed, …}. */
#define SC_XAPI_EXT_GOALS       "urn:shopcraft:ext:goals"

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

guint64     sc_scenario_derive_seed      (const char        *learner_uuid,
                                          const char        *scenario_id);
ScRun      *sc_scenario_lookup_open_run  (ScDatabase        *database,
                                          gint64             learner_id,
                                          const char        *scenario_id,
                                          GError           **error);
ScRun      *sc_scenario_new_run          (ScDatabase        *database,
                                          gint64             learner_id,
                                          const ScScenario  *scenario,
                                          const char        *name,
                                          gboolean           has_seed,
                                          guint64            seed,
                                          GError           **error);
char       *sc_scenario_find_lesson      (ScCourse          *course,
                                          const char        *scenario_id);

G_END_DECLS
