/* sc-module-status.h - whether a learner has mastered a module, by rules over statements
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-course.h"
#include "sc-learner.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* Extensions in context.extensions of every statement of a quiz attempt,
 * beside urn:shopcraft:ext:course (sc-xapi.h): module status finds its
 * module and quiz by id, whatever IRI base the course declared. */
#define SC_ATTEMPT_EXT_MODULE "urn:shopcraft:ext:module"
#define SC_ATTEMPT_EXT_QUIZ   "urn:shopcraft:ext:quiz"

/* Activity types of attempt statements: the quiz, and each question. */
#define SC_XAPI_TYPE_ASSESSMENT  "http://adlnet.gov/expapi/activities/assessment"
#define SC_XAPI_TYPE_INTERACTION "http://adlnet.gov/expapi/activities/cmi.interaction"

/* The pass mark of a module quiz when the course says none. */
#define SC_MODULE_DEFAULT_THRESHOLD 0.8

typedef enum
{
  SC_MODULE_NOT_STARTED,
  SC_MODULE_IN_PROGRESS,
  SC_MODULE_MASTERED,
} ScModuleState;

typedef enum
{
  SC_MODULE_RULE_QUIZ_SCORE,  /* the module quiz with at least `threshold` */
  SC_MODULE_RULE_RECENT,      /* `n_correct` of the last `window` answers correct */
  SC_MODULE_RULE_STREAK,      /* the last `window` answers all correct */
} ScModuleRuleKind;

typedef struct
{
  char             *module_id;
  ScModuleRuleKind  kind;
  char             *quiz_id;    /* QUIZ_SCORE: (nullable) the quiz; NULL: any quiz of the module */
  double            threshold;  /* QUIZ_SCORE: 0 … 1 of the quiz's marks */
  guint             n_correct;  /* RECENT: m */
  guint             window;     /* RECENT and STREAK: n */
  char             *practice_id;    /* (nullable): a scenario whose every goal must pass too */
  char             *practice_title; /* (nullable): its practice card's title */
} ScModuleRule;

typedef struct _ScModuleRules ScModuleRules;

typedef struct
{
  char          *course_id;
  char          *module_id;
  ScModuleState  state;
  double         best_score;  /* best scaled score of the module quiz, -1 if none */
  guint          n_answers;   /* answers the rule looks at (at most its window) */
  guint          n_correct;   /* … of which correct */
  guint          n_evidence;  /* statements counted for the module */
  char          *updated_at;  /* (nullable): time of the newest of them */
} ScModuleStatus;

const char     *sc_module_state_to_string          (ScModuleState          state);
char           *sc_module_rule_describe            (const ScModuleRule    *rule);

#define SC_TYPE_MODULE_RULES (sc_module_rules_get_type ())

GType           sc_module_rules_get_type           (void) G_GNUC_CONST;
ScModuleRules  *sc_module_rules_new                (const char            *course_id);
ScModuleRules  *sc_module_rules_new_for_course     (ScCourse              *course);
ScModuleRules  *sc_module_rules_ref                (ScModuleRules         *self);
void            sc_module_rules_unref              (ScModuleRules         *self);
const char     *sc_module_rules_get_course_id      (const ScModuleRules   *self);
void            sc_module_rules_set_quiz_score     (ScModuleRules         *self,
                                                    const char            *module_id,
                                                    const char            *quiz_id,
                                                    double                 threshold);
void            sc_module_rules_set_recent         (ScModuleRules         *self,
                                                    const char            *module_id,
                                                    guint                  n_correct,
                                                    guint                  window);
void            sc_module_rules_set_streak         (ScModuleRules         *self,
                                                    const char            *module_id,
                                                    guint                  n_in_a_row);
void            sc_module_rules_set_practice       (ScModuleRules         *self,
                                                    const char            *module_id,
                                                    const char            *scenario_id,
                                                    const char            *title);
const ScModuleRule *sc_module_rules_lookup         (const ScModuleRules   *self,
                                                    const char            *module_id);

void            sc_module_status_free              (ScModuleStatus        *self);

/* Derived from statements (sc-module-status-apply.c) */
gboolean        sc_module_status_apply             (ScDatabase            *database,
                                                    gint64                 learner_id,
                                                    const ScModuleRules   *rules,
                                                    JsonObject            *statement,
                                                    GError               **error);
gboolean        sc_module_status_rebuild           (ScDatabase            *database,
                                                    const ScLearner       *learner,
                                                    const ScModuleRules   *rules,
                                                    GError               **error);
ScModuleStatus *sc_module_status_get               (ScDatabase            *database,
                                                    const ScLearner       *learner,
                                                    const char            *course_id,
                                                    const char            *module_id,
                                                    GError               **error);
GPtrArray      *sc_module_status_list              (ScDatabase            *database,
                                                    const ScLearner       *learner,
                                                    const char            *course_id,
                                                    GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScModuleRules, sc_module_rules_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScModuleStatus, sc_module_status_free)

G_END_DECLS
