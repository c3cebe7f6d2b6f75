/* sc-statement.h - build an xAPI 1.0.3 statement and store it as evidence
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-course.h"
#include "sc-learner.h"
#include "sc-types.h"
#include "sc-xapi.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CONTEXT_PARENT,    /* the module of a lesson, the lesson of an SOP */
  SC_CONTEXT_GROUPING,  /* the course */
  SC_CONTEXT_CATEGORY,  /* the competencies the activity builds */
  SC_CONTEXT_OTHER,
} ScContextKind;

typedef struct _ScStatement ScStatement;

ScStatement *sc_statement_new                   (const ScLearner  *learner,
                                                 ScVerb            verb);
void         sc_statement_free                  (ScStatement      *self);
const char  *sc_statement_get_id                (ScStatement      *self);
const char  *sc_statement_get_timestamp         (ScStatement      *self);
void         sc_statement_set_timestamp         (ScStatement      *self,
                                                 const char       *timestamp);
void         sc_statement_set_object            (ScStatement      *self,
                                                 const char       *iri,
                                                 const char       *type,
                                                 const char       *language,
                                                 const char       *name);
void         sc_statement_add_context_activity  (ScStatement      *self,
                                                 ScContextKind     kind,
                                                 const char       *iri,
                                                 const char       *type,
                                                 const char       *language,
                                                 const char       *name);
void         sc_statement_set_registration      (ScStatement      *self,
                                                 const char       *uuid);
void         sc_statement_set_revision          (ScStatement      *self,
                                                 const char       *revision);
void         sc_statement_set_language          (ScStatement      *self,
                                                 const char       *language);
void         sc_statement_set_context_extension (ScStatement      *self,
                                                 const char       *iri,
                                                 JsonNode         *value);
void         sc_statement_set_completion        (ScStatement      *self,
                                                 gboolean          completion);
void         sc_statement_set_success           (ScStatement      *self,
                                                 gboolean          success);
void         sc_statement_set_duration          (ScStatement      *self,
                                                 gint64            seconds);
void         sc_statement_set_result_extension  (ScStatement      *self,
                                                 const char       *iri,
                                                 JsonNode         *value);
char        *sc_statement_to_json               (ScStatement      *self);

/* About a lesson of a course (sc-statement-lesson.c) */
ScStatement *sc_statement_new_for_lesson        (const ScLearner  *learner,
                                                 ScVerb            verb,
                                                 ScCourse         *course,
                                                 ScLesson         *lesson,
                                                 const char       *registration);
ScStatement *sc_statement_new_for_sop           (const ScLearner  *learner,
                                                 ScVerb            verb,
                                                 ScCourse         *course,
                                                 ScLesson         *lesson,
                                                 const char       *sop_id,
                                                 const char       *sop_title,
                                                 const char       *registration);
void         sc_statement_add_lesson_competencies (ScStatement    *self,
                                                 ScCourse         *course,
                                                 ScLesson         *lesson);

/* Storing (sc-statement-store.c) */
gboolean     sc_statement_insert_json           (ScDatabase       *database,
                                                 gint64            learner_id,
                                                 const char       *json,
                                                 JsonNode        **out_root,
                                                 GError          **error);
gboolean     sc_statement_insert                (ScDatabase       *database,
                                                 const ScLearner  *learner,
                                                 ScStatement      *statement,
                                                 JsonNode        **out_root,
                                                 GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScStatement, sc_statement_free)

G_END_DECLS
