/* sc-grading.h - the essays awaiting an instructor's mark, across learners, and grading one
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-attempt.h"
#include "sc-course.h"
#include "sc-module-status.h"
#include "sc-question.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* One answer that waits for a grader. */
typedef struct
{
  char       *attempt_uuid;
  guint       slot;           /* the question's number in its attempt */
  gint64      learner_id;
  char       *learner_uuid;
  char       *learner_name;
  char       *course_id;      /* (nullable) */
  char       *quiz_id;
  char       *quiz_title;     /* (nullable) */
  char       *submitted_at;   /* UTC, as statement timestamps */
  double      max_mark;
  ScQuestion *question;
  char       *answer;         /* the learner's text, "" when none */
  /* Set in the items of sc_grading_graded_list (): the latest grade. */
  gboolean    graded;
  double      mark;
  char       *comment;        /* "" when none */
  char       *graded_at;      /* UTC */
} ScGradingItem;

void       sc_grading_item_free    (ScGradingItem  *item);

GPtrArray *sc_grading_queue_list   (ScDatabase     *database,
                                    GError        **error);
GPtrArray *sc_grading_graded_list  (ScDatabase     *database,
                                    GError        **error);
GPtrArray *sc_grading_list_learner (ScDatabase     *database,
                                    gint64          learner_id,
                                    gboolean        graded,
                                    GError        **error);
gboolean   sc_attempt_grade_essay  (ScDatabase     *database,
                                    ScCourse       *course,
                                    ScModuleRules  *rules,
                                    const char     *attempt_uuid,
                                    guint           slot,
                                    double          score,
                                    const char     *comment,
                                    const char     *grader,
                                    GDateTime      *now,
                                    GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScGradingItem, sc_grading_item_free)

G_END_DECLS
