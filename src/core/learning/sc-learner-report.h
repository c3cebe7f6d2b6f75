/* sc-learner-report.h - one learner's results in a course, for the Progress page and its exports
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-course.h"
#include "sc-learner.h"
#include "sc-module-status.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* Days of reading time the report holds, today included. */
#define SC_LEARNER_REPORT_DAYS 14

typedef struct
{
  char          *module_id;
  char          *title;
  guint          n_lessons;
  guint          n_done;
  ScModuleState  state;
  double         best_score;      /* 0 … 1 of the module quiz's marks; -1: none */
} ScReportModule;

typedef struct
{
  char   *competency_id;
  char   *title;
  char   *domain_title;           /* (nullable) */
  guint   n_lessons;              /* lessons serving it, through their objectives */
  guint   n_lessons_done;
  guint   n_questions;            /* questions tagged with it that the learner answered */
  double  mastery;                /* 0 … 1: the mean of the latest mark on each of
                                   * them; -1: none answered */
} ScReportCompetency;

typedef struct
{
  GDate   date;                   /* local calendar day */
  gint64  reading_secs;
} ScReportDay;

typedef struct
{
  char     *attempt;              /* the attempt's UUID */
  char     *quiz_id;
  char     *title;                /* the quiz's title, or its id */
  char     *submitted_at;         /* UTC, ISO 8601 */
  double    score;                /* 0 … 1 of the marks */
  double    pass_fraction;        /* 0: the quiz has no pass mark */
  gboolean  passed;
} ScReportAttempt;

typedef struct
{
  char      *course_id;
  guint      n_lessons;
  guint      n_lessons_done;
  guint      n_lessons_started;   /* in progress, not done */
  guint      n_modules_mastered;
  gint64     reading_secs;        /* all the learner's reading time in the course */
  GPtrArray *modules;             /* ScReportModule, in course order */
  GPtrArray *competencies;        /* ScReportCompetency, in framework order */
  GPtrArray *days;                /* ScReportDay, SC_LEARNER_REPORT_DAYS, oldest first */
  GPtrArray *attempts;            /* ScReportAttempt: finished quizzes, oldest first */
  guint      n_attempts_passed;   /* of attempts */
} ScLearnerReport;

ScLearnerReport *sc_learner_report_read    (ScDatabase             *database,
                                            const ScLearner        *learner,
                                            ScCourse               *course,
                                            GDateTime              *now,
                                            GError                **error);
void             sc_learner_report_free    (ScLearnerReport        *self);
gboolean         sc_learner_report_is_empty (const ScLearnerReport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScLearnerReport, sc_learner_report_free)

G_END_DECLS
