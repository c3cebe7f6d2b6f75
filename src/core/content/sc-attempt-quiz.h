/* sc-attempt-quiz.h - what an attempt is started from: which questions, in which behaviour
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Moodle's three behaviours, used as Moodle uses them. */
typedef enum
{
  SC_BEHAVIOUR_DEFERRED,     /* marks and feedback at the end */
  SC_BEHAVIOUR_IMMEDIATE,    /* each question checked once */
  SC_BEHAVIOUR_INTERACTIVE,  /* several tries, a hint after each wrong one, a penalty per try */
} ScBehaviour;

/* One line of a quiz: a fixed question or random draws. */
typedef struct
{
  char    *idnumber;  /* (nullable): a fixed question, by idnumber; NULL for random draws */
  char    *category;  /* (nullable): only this category (Moodle's spelling) and, unless
                       * only_category is set, those inside it */
  char    *tag;       /* (nullable): random draws only among questions with this tag,
                       * e.g. "competency:pricing" */
  guint    count;     /* random draws: how many questions; fixed: 1 */
  double   mark;      /* the marks of each question picked; 0: its default mark */
  gboolean only_category; /* random draws: none from the categories inside category */
} ScQuizPick;

typedef struct
{
  char        *id;                 /* unique in the course */
  char        *title;              /* (nullable) */
  char        *course_id;          /* (nullable): NULL for a quiz on a bank outside a course */
  char        *module_id;          /* (nullable): the module the quiz assesses */
  char        *bank;               /* the question bank the questions come from */
  ScBehaviour  behaviour;
  gboolean     shuffle_questions;  /* the order of the picks' questions */
  gboolean     shuffle_answers;    /* choices of questions that allow it */
  guint        time_limit;         /* seconds; 0: none */
  double       pass_fraction;      /* 0 … 1 of the marks; 0: no pass mark */
  guint        attempts_allowed;   /* 0: unlimited */
  GPtrArray   *picks;              /* ScQuizPick, in quiz order */
} ScAttemptQuiz;

const char    *sc_behaviour_to_string        (ScBehaviour          behaviour);
gboolean       sc_behaviour_from_string      (const char          *string,
                                              ScBehaviour         *out_behaviour);

#define SC_TYPE_ATTEMPT_QUIZ (sc_attempt_quiz_get_type ())

GType          sc_attempt_quiz_get_type      (void) G_GNUC_CONST;
ScAttemptQuiz *sc_attempt_quiz_new           (const char          *id,
                                              const char          *bank);
ScAttemptQuiz *sc_attempt_quiz_copy          (const ScAttemptQuiz *self);
void           sc_attempt_quiz_free          (ScAttemptQuiz       *self);
ScQuizPick    *sc_attempt_quiz_add_question  (ScAttemptQuiz       *self,
                                              const char          *idnumber);
ScQuizPick    *sc_attempt_quiz_add_random    (ScAttemptQuiz       *self,
                                              const char          *category,
                                              const char          *tag,
                                              guint                count);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScAttemptQuiz, sc_attempt_quiz_free)

G_END_DECLS
