/* sc-progress.h - a learner's progress through lessons, recorded as statements
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-course.h"
#include "sc-learner.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* A reading session whose last heartbeat is older than this belongs to a
 * process that died: sc_progress_recover_sessions() closes it. */
#define SC_PROGRESS_SESSION_STALE_SECS 90

typedef enum
{
  SC_LESSON_NOT_STARTED,
  SC_LESSON_IN_PROGRESS,
  SC_LESSON_DONE,
} ScLessonState;

typedef struct
{
  char  *sop_id;
  guint  step;      /* 0 is the procedure's first step */
} ScSopTick;

typedef struct
{
  char          *course_id;
  char          *lesson_id;
  ScLessonState  state;
  double         scroll;       /* 0 (top) … 1 (end), in steps of 1/10000 */
  gint64         active_secs;  /* closed sessions, plus open ones up to their last heartbeat */
  char          *updated_at;   /* (nullable): time of the newest statement, UTC */
  GPtrArray     *ticks;        /* ScSopTick of the ticked steps, by procedure then step */
} ScLessonProgress;

const char       *sc_lesson_state_to_string      (ScLessonState            state);
void              sc_lesson_progress_free        (ScLessonProgress        *self);
gboolean          sc_lesson_progress_is_ticked   (const ScLessonProgress  *self,
                                                  const char              *sop_id,
                                                  guint                    step);

/* Writes: each is one transaction with its statement (sc-progress.c) */
gboolean          sc_progress_open_lesson        (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  ScCourse                *course,
                                                  const char              *lesson_id,
                                                  char                   **out_registration,
                                                  GError                 **error);
gboolean          sc_progress_complete_lesson    (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  ScCourse                *course,
                                                  const char              *lesson_id,
                                                  GError                 **error);
gboolean          sc_progress_uncomplete_lesson  (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  ScCourse                *course,
                                                  const char              *lesson_id,
                                                  GError                 **error);
gboolean          sc_progress_tick_sop_step      (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  ScCourse                *course,
                                                  const char              *lesson_id,
                                                  const char              *sop_id,
                                                  guint                    step,
                                                  gboolean                 ticked,
                                                  GError                 **error);
gboolean          sc_progress_save_scroll        (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  ScCourse                *course,
                                                  const char              *lesson_id,
                                                  double                   scroll,
                                                  GError                 **error);

/* Reads (sc-progress-read.c) */
ScLessonProgress *sc_progress_get_lesson         (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  ScCourse                *course,
                                                  const char              *lesson_id,
                                                  GError                 **error);
gboolean          sc_progress_get_resume_point   (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  ScCourse                *course,
                                                  ScLessonProgress       **out_progress,
                                                  GError                 **error);

/* Reading sessions (sc-progress-sessions.c) */
gboolean          sc_progress_heartbeat          (ScDatabase              *database,
                                                  const char              *registration,
                                                  gint64                   active_secs,
                                                  GError                 **error);
gboolean          sc_progress_close_session      (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  ScCourse                *course,
                                                  const char              *registration,
                                                  gint64                   active_secs,
                                                  GError                 **error);
gboolean          sc_progress_recover_sessions   (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  ScCourse                *course,
                                                  GDateTime               *now,
                                                  guint                   *out_n_recovered,
                                                  GError                 **error);

/* Derived tables (sc-progress-apply.c) */
gboolean          sc_progress_rebuild            (ScDatabase              *database,
                                                  const ScLearner         *learner,
                                                  GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScLessonProgress, sc_lesson_progress_free)

G_END_DECLS
