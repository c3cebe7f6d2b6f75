/* sc-attempt-private.h - what the files of ScAttempt share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-attempt.h"
#include "sc-learning-private.h"
#include "sc-xapi.h"

G_BEGIN_DECLS

struct _ScAttempt
{
  GObject         parent_instance;

  char           *uuid;
  ScLearner      *learner;
  ScCourse       *course;        /* (nullable) */
  ScModuleRules  *rules;         /* (nullable) */
  char           *course_id;     /* (nullable) */
  char           *module_id;     /* (nullable) */
  char           *quiz_id;
  char           *quiz_title;    /* (nullable) */
  gint64          bank_id;
  char           *bank_name;
  ScBehaviour     behaviour;
  ScAttemptState  state;
  char           *started_at;
  char           *submitted_at;  /* (nullable) */
  guint           time_limit;
  guint32         seed;
  double          pass_fraction;
  GPtrArray      *slots;         /* ScAttemptSlot */
};

/* What a statement of the attempt says in its result. */
typedef struct
{
  gboolean    has_score;
  double      raw;
  double      max;
  int         success;     /* -1: not said */
  gboolean    completion;
  gint64      duration;    /* seconds, -1: not said */
  const char *response;    /* (nullable): xAPI interaction format */
  double      pending;     /* marks awaiting a grader, -1: not said */
  const char *comment;     /* (nullable) */
  const char *grader;      /* (nullable) */
} ScAttemptResult;

#define SC_ATTEMPT_RESULT_INIT { FALSE, 0, 0, -1, FALSE, -1, NULL, -1, NULL, NULL }

/* A slot's grade, computed before it is written. */
typedef struct
{
  ScSlotState state;
  guint       tries;
  double      fraction;
  double      mark;
} ScSlotUpdate;

void         sc_attempt_slot_free          (ScAttemptSlot          *slot);
void         sc_attempt_part_order_free    (gpointer                order);
char        *sc_attempt_format_time        (GDateTime              *time);
GDateTime   *sc_attempt_parse_time         (const char             *text);

/* sc-attempt-response.c */
char        *sc_attempt_response_to_json   (const ScResponse       *response);
ScResponse  *sc_attempt_response_from_json (const char             *json);
char        *sc_attempt_layout_to_json     (const ScAttemptSlot    *slot);
void         sc_attempt_layout_from_json   (ScAttemptSlot          *slot,
                                            const char             *json);
char        *sc_attempt_response_to_xapi   (const ScQuestion       *question,
                                            const ScResponse       *response);
const char  *sc_attempt_interaction_type   (const ScQuestion       *question);

/* sc-attempt-slot.c */
GDateTime     *sc_attempt_dup_now               (GDateTime              *now);
ScAttemptSlot *sc_attempt_lookup_slot           (ScAttempt              *self,
                                                 guint                   number,
                                                 GError                **error);
gboolean       sc_attempt_fail_not_in_progress  (ScAttempt              *self,
                                                 GError                **error);
gboolean       sc_attempt_write_slot            (ScAttempt              *self,
                                                 ScDatabase             *database,
                                                 guint                   number,
                                                 const ScSlotUpdate     *update,
                                                 GError                **error);
void           sc_attempt_apply_update          (ScAttemptSlot          *slot,
                                                 const ScSlotUpdate     *update);
gboolean       sc_attempt_record_answer         (ScAttempt              *self,
                                                 ScDatabase             *database,
                                                 const ScAttemptSlot    *slot,
                                                 const ScSlotUpdate     *update,
                                                 double                  try_mark,
                                                 GError                **error);
double         sc_attempt_grade_fraction        (const ScAttemptSlot    *slot);

/* sc-attempt-statement.c */
gboolean     sc_attempt_record             (ScAttempt              *self,
                                            ScDatabase             *database,
                                            ScVerb                  verb,
                                            const ScAttemptSlot    *slot,
                                            const ScAttemptResult  *result,
                                            char                  **out_id,
                                            GError                **error);

G_END_DECLS
