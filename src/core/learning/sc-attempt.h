/* sc-attempt.h - one attempt at a quiz: questions fixed at the start, answers saved as given
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-attempt-quiz.h"
#include "sc-course.h"
#include "sc-grade.h"
#include "sc-learner.h"
#include "sc-module-status.h"
#include "sc-question.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* Result extensions of attempt statements. */
#define SC_ATTEMPT_EXT_PENDING "urn:shopcraft:ext:pending-marks"   /* marks awaiting a grader */
#define SC_ATTEMPT_EXT_COMMENT "urn:shopcraft:ext:grader-comment"  /* a manual grade's comment */
#define SC_ATTEMPT_EXT_GRADER  "urn:shopcraft:ext:grader"          /* who gave it */

typedef enum
{
  SC_ATTEMPT_IN_PROGRESS,
  SC_ATTEMPT_NEEDS_GRADING,  /* submitted; essays await a grader */
  SC_ATTEMPT_FINISHED,
} ScAttemptState;

typedef enum
{
  SC_SLOT_OPEN,           /* the learner may still change the answer */
  SC_SLOT_GRADED,         /* closed, with a mark */
  SC_SLOT_NEEDS_GRADING,  /* closed; a grader gives the mark */
} ScSlotState;

/* One question of an attempt, as the player shows it. The orders are
 * indices into the question's arrays, fixed when the attempt started;
 * responses always use the question's own indices, never the shown
 * positions. */
typedef struct
{
  guint        number;        /* 1-based, in the order shown */
  gint64       question_id;
  ScQuestion  *question;
  double       max_mark;      /* 0 for a description */
  GArray      *choices;       /* (nullable) guint: single and multiple choice: answers;
                               * matching: the subquestions whose answers are offered */
  GArray      *stems;         /* (nullable) guint: matching: subquestions with a stem */
  GArray      *items;         /* (nullable) guint: ordering: the answers placed, first shown order */
  GPtrArray   *part_choices;  /* (nullable) cloze: a GArray of answers per part, or NULL */
  ScResponse  *response;      /* (nullable): nothing saved yet */
  gboolean     flagged;
  guint        tries;         /* Checks made, and the submission in interactive mode */
  double       fraction;      /* the last grade of the response, -1 before any */
  double       mark;          /* marks earned, -1 until graded */
  ScSlotState  state;
  char        *saved_at;      /* when the answer was last saved, UTC */
  char        *grade_comment; /* (nullable): the grader's comment with the newest manual mark */
} ScAttemptSlot;

#define SC_TYPE_ATTEMPT (sc_attempt_get_type ())

G_DECLARE_FINAL_TYPE (ScAttempt, sc_attempt, SC, ATTEMPT, GObject)

const char          *sc_attempt_state_to_string   (ScAttemptState      state);

/* Starting and resuming (sc-attempt.c) */
ScAttempt           *sc_attempt_start             (ScDatabase          *database,
                                                   const ScLearner     *learner,
                                                   ScCourse            *course,
                                                   ScModuleRules       *rules,
                                                   const ScAttemptQuiz *quiz,
                                                   guint32              seed,
                                                   GDateTime           *now,
                                                   GError             **error);
ScAttempt           *sc_attempt_load              (ScDatabase          *database,
                                                   const ScLearner     *learner,
                                                   ScCourse            *course,
                                                   ScModuleRules       *rules,
                                                   const char          *uuid,
                                                   GError             **error);
gboolean             sc_attempt_find_open         (ScDatabase          *database,
                                                   const ScLearner     *learner,
                                                   const char          *course_id,
                                                   const char          *quiz_id,
                                                   char               **out_uuid,
                                                   GError             **error);
gboolean             sc_attempt_count             (ScDatabase          *database,
                                                   const ScLearner     *learner,
                                                   const char          *course_id,
                                                   const char          *quiz_id,
                                                   guint               *out_count,
                                                   GError             **error);
gboolean             sc_attempt_best_fraction     (ScDatabase          *database,
                                                   const ScLearner     *learner,
                                                   const char          *course_id,
                                                   const char          *quiz_id,
                                                   double              *out_best,
                                                   GError             **error);

const char          *sc_attempt_get_uuid          (ScAttempt           *self);
const char          *sc_attempt_get_quiz_id       (ScAttempt           *self);
const char          *sc_attempt_get_quiz_title    (ScAttempt           *self);
ScBehaviour          sc_attempt_get_behaviour     (ScAttempt           *self);
ScAttemptState       sc_attempt_get_state         (ScAttempt           *self);
guint32              sc_attempt_get_seed          (ScAttempt           *self);
const char          *sc_attempt_get_started_at    (ScAttempt           *self);
const char          *sc_attempt_get_submitted_at  (ScAttempt           *self);
guint                sc_attempt_get_time_limit    (ScAttempt           *self);
GDateTime           *sc_attempt_dup_deadline      (ScAttempt           *self);
gboolean             sc_attempt_is_overdue        (ScAttempt           *self,
                                                   GDateTime           *now);
guint                sc_attempt_get_n_slots       (ScAttempt           *self);
const ScAttemptSlot *sc_attempt_get_slot          (ScAttempt           *self,
                                                   guint                number);
double               sc_attempt_get_score         (ScAttempt           *self);
double               sc_attempt_get_max_score     (ScAttempt           *self);
double               sc_attempt_get_pending       (ScAttempt           *self);
double               sc_attempt_get_pass_fraction (ScAttempt           *self);
char                *sc_attempt_format_score      (ScAttempt           *self);
const ScQuestionHint *sc_attempt_get_hint         (ScAttempt           *self,
                                                   guint                number);

/* Answering (sc-attempt-answer.c) */
gboolean             sc_attempt_save_response     (ScAttempt           *self,
                                                   ScDatabase          *database,
                                                   guint                number,
                                                   const ScResponse    *response,
                                                   GDateTime           *now,
                                                   GError             **error);
gboolean             sc_attempt_set_flagged       (ScAttempt           *self,
                                                   ScDatabase          *database,
                                                   guint                number,
                                                   gboolean             flagged,
                                                   GError             **error);
gboolean             sc_attempt_check             (ScAttempt           *self,
                                                   ScDatabase          *database,
                                                   guint                number,
                                                   GDateTime           *now,
                                                   GError             **error);
gboolean             sc_attempt_submit            (ScAttempt           *self,
                                                   ScDatabase          *database,
                                                   GDateTime           *now,
                                                   GError             **error);
gboolean             sc_attempt_submit_if_overdue (ScAttempt           *self,
                                                   ScDatabase          *database,
                                                   GDateTime           *now,
                                                   gboolean            *out_submitted,
                                                   GError             **error);
gboolean             sc_attempt_grade_manually    (ScAttempt           *self,
                                                   ScDatabase          *database,
                                                   guint                number,
                                                   double               mark,
                                                   const char          *comment,
                                                   const char          *grader,
                                                   GDateTime           *now,
                                                   GError             **error);

G_END_DECLS
