/* sc-attempt-statement.c - the statements of a quiz attempt, with their module status
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every statement of an attempt has the attempt's UUID as
 * context.registration and the ids of its course, module and quiz as
 * context extensions (sc-module-status.h). About a question ("answered",
 * "scored"): the object is the question, a cmi.interaction with its
 * interactionType and correct responses, the quiz is the parent, the
 * course and module group it, and the question's competencies
 * ("competency:ID" tags) are categories. About the quiz ("attempted",
 * "passed", "failed", "completed", "scored"): the object is the quiz, an
 * assessment, whose parent is the module.
 *
 * The result carries score {scaled, raw, min, max}, success, completion,
 * response (xAPI interaction format, sc-attempt-response.c) and duration.
 * ScStatement has no setters for score, response or the interaction
 * definition, so they are added to its JSON with json-glib before the
 * statement is stored; module status then reads the very same JSON.
 */
#include "config.h"

#include <math.h>

#include "sc-attempt-private.h"
#include "sc-statement.h"

static char *
escape (const char *text)
{
  return g_uri_escape_string (text, NULL, TRUE);
}

static char *
dup_iri (ScAttempt  *self,
         const char *kind,
         const char *id)
{
  if (self->course != NULL)
    return sc_course_dup_activity_iri (self->course, kind, id);

  /* DESIGN.md's default base, for a quiz on a bank outside a course. */
  return g_strconcat ("urn:shopcraft:", self->course_id != NULL ? self->course_id : "local",
                      ":", kind, ":", id, NULL);
}

static char *
dup_question_iri (ScAttempt           *self,
                  const ScAttemptSlot *slot)
{
  const ScQuestion *question = slot->question;
  g_autofree char *bank = escape (self->bank_name);
  g_autofree char *key = NULL;
  g_autofree char *path = NULL;

  if (question->idnumber != NULL && *question->idnumber != '\0')
    key = escape (question->idnumber);
  else
    key = g_strdup_printf ("q%" G_GINT64_FORMAT, slot->question_id);
  path = g_strconcat (bank, "/", key, NULL);

  return dup_iri (self, "question", path);
}

static const char *
language (ScAttempt *self)
{
  return self->course != NULL ? sc_course_get_language (self->course) : NULL;
}

static void
add_course_context (ScAttempt   *self,
                    ScStatement *statement)
{
  g_autofree char *course_iri = NULL;

  sc_statement_set_registration (statement, self->uuid);
  if (self->course != NULL && sc_course_get_version (self->course) != NULL)
    sc_statement_set_revision (statement, sc_course_get_version (self->course));
  if (language (self) != NULL)
    sc_statement_set_language (statement, language (self));

  if (self->course_id != NULL)
    {
      course_iri = dup_iri (self, "course", self->course_id);
      sc_statement_add_context_activity (statement, SC_CONTEXT_GROUPING, course_iri,
                                         SC_XAPI_TYPE_COURSE, language (self),
                                         self->course != NULL ? sc_course_get_title (self->course) : NULL);
      sc_statement_set_context_extension (statement, SC_XAPI_EXT_COURSE,
                                          json_node_init_string (json_node_alloc (), self->course_id));
    }
  if (self->module_id != NULL)
    sc_statement_set_context_extension (statement, SC_ATTEMPT_EXT_MODULE,
                                        json_node_init_string (json_node_alloc (), self->module_id));
  sc_statement_set_context_extension (statement, SC_ATTEMPT_EXT_QUIZ,
                                      json_node_init_string (json_node_alloc (), self->quiz_id));
}

static void
add_module (ScAttempt     *self,
            ScStatement   *statement,
            ScContextKind  kind)
{
  ScModule *module = NULL;
  g_autofree char *iri = NULL;

  if (self->module_id == NULL)
    return;

  if (self->course != NULL)
    module = sc_course_lookup_module (self->course, self->module_id);
  iri = dup_iri (self, "module", self->module_id);
  sc_statement_add_context_activity (statement, kind, iri, SC_XAPI_TYPE_MODULE, language (self),
                                     module != NULL ? module->title : NULL);
}

static ScStatement *
new_statement (ScAttempt           *self,
               ScVerb               verb,
               const ScAttemptSlot *slot)
{
  ScStatement *statement = sc_statement_new (self->learner, verb);
  g_autofree char *quiz_iri = dup_iri (self, "quiz", self->quiz_id);
  g_auto(GStrv) competencies = NULL;

  if (slot == NULL)
    {
      sc_statement_set_object (statement, quiz_iri, SC_XAPI_TYPE_ASSESSMENT, language (self),
                               self->quiz_title);
      add_module (self, statement, SC_CONTEXT_PARENT);
      add_course_context (self, statement);
      return statement;
    }

  {
    g_autofree char *iri = dup_question_iri (self, slot);

    sc_statement_set_object (statement, iri, SC_XAPI_TYPE_INTERACTION, language (self),
                             slot->question->name);
  }
  sc_statement_add_context_activity (statement, SC_CONTEXT_PARENT, quiz_iri,
                                     SC_XAPI_TYPE_ASSESSMENT, language (self), self->quiz_title);
  add_module (self, statement, SC_CONTEXT_GROUPING);
  add_course_context (self, statement);

  competencies = sc_question_dup_competencies (slot->question);
  for (guint i = 0; competencies[i] != NULL; i++)
    {
      g_autofree char *iri = dup_iri (self, "competency", competencies[i]);
      ScCompetency *competency = self->course != NULL
                                 ? sc_course_lookup_competency (self->course, competencies[i]) : NULL;

      sc_statement_add_context_activity (statement, SC_CONTEXT_CATEGORY, iri, SC_XAPI_TYPE_OBJECTIVE,
                                         language (self), competency != NULL ? competency->title : NULL);
    }

  return statement;
}

static JsonObject *
ensure_object (JsonObject *parent,
               const char *name)
{
  JsonObject *child;

  if (json_object_has_member (parent, name) &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (parent, name)))
    return json_object_get_object_member (parent, name);

  child = json_object_new ();
  json_object_set_object_member (parent, name, child);

  return child;
}

/* Seven decimals, as Moodle keeps marks: short, exact enough, and never a
 * spelling json-glib cannot read back. */
static double
round7 (double value)
{
  return round (value * 1e7) / 1e7;
}

static JsonArray *
ids_array (guint n)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < n; i++)
    {
      JsonObject *component = json_object_new ();
      char id[16];

      g_snprintf (id, sizeof id, "%u", i + 1);
      json_object_set_string_member (component, "id", id);
      json_array_add_object_element (array, component);
    }

  return array;
}

static GString *
correct_pattern (const ScQuestion *question)
{
  GString *pattern = g_string_new (NULL);
  gboolean first = TRUE;

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
    case SC_QUESTION_SHORT_ANSWER:
      for (guint i = 0; i < question->answers->len; i++)
        {
          const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);
          gboolean right = question->type == SC_QUESTION_MULTIPLE_RESPONSE
                           ? answer->fraction > 0 : answer->fraction >= 1.0 - 1e-7;

          if (!right)
            continue;
          if (question->type == SC_QUESTION_SHORT_ANSWER)
            {
              /* One fill-in pattern is one acceptable text: keep the first. */
              if (answer->text.source != NULL && g_strcmp0 (answer->text.source, "*") != 0)
                g_string_append (pattern, answer->text.source);
              return pattern;
            }
          g_string_append_printf (pattern, "%s%u", first ? "" : "[,]", i + 1);
          first = FALSE;
          if (question->type == SC_QUESTION_SINGLE_CHOICE)
            break;
        }
      return pattern;

    case SC_QUESTION_MATCHING:
    case SC_QUESTION_ORDERING:
    case SC_QUESTION_TRUE_FALSE:
    case SC_QUESTION_NUMERICAL:
    case SC_QUESTION_CLOZE:
    case SC_QUESTION_ESSAY:
    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      g_string_free (pattern, TRUE);
      return NULL;
    }
}

static void
add_definition (JsonObject          *root,
                const ScAttemptSlot *slot)
{
  JsonObject *definition = ensure_object (ensure_object (root, "object"), "definition");
  const ScQuestion *question = slot->question;
  g_autoptr(GString) pattern = correct_pattern (question);

  json_object_set_string_member (definition, "interactionType", sc_attempt_interaction_type (question));
  if (pattern != NULL && pattern->len > 0)
    {
      JsonArray *patterns = json_array_new ();

      json_array_add_string_element (patterns, pattern->str);
      json_object_set_array_member (definition, "correctResponsesPattern", patterns);
    }

  if (question->type == SC_QUESTION_SINGLE_CHOICE || question->type == SC_QUESTION_MULTIPLE_RESPONSE)
    json_object_set_array_member (definition, "choices", ids_array (question->answers->len));
  else if (question->type == SC_QUESTION_ORDERING)
    json_object_set_array_member (definition, "choices", ids_array (question->answers->len));
  else if (question->type == SC_QUESTION_MATCHING)
    {
      json_object_set_array_member (definition, "source", ids_array (question->subquestions->len));
      json_object_set_array_member (definition, "target", ids_array (question->subquestions->len));
    }
}

static void
add_result (JsonObject            *root,
            const ScAttemptResult *result)
{
  JsonObject *object;

  if (result->has_score && result->max > 0)
    {
      JsonObject *score = json_object_new ();
      double raw = CLAMP (result->raw, 0.0, result->max);

      json_object_set_double_member (score, "scaled", round7 (raw / result->max));
      json_object_set_double_member (score, "raw", round7 (raw));
      json_object_set_double_member (score, "min", 0.0);
      json_object_set_double_member (score, "max", round7 (result->max));
      json_object_set_object_member (ensure_object (root, "result"), "score", score);
    }
  if (result->response != NULL)
    json_object_set_string_member (ensure_object (root, "result"), "response", result->response);
  if (result->pending >= 0)
    {
      object = ensure_object (ensure_object (root, "result"), "extensions");
      json_object_set_double_member (object, SC_ATTEMPT_EXT_PENDING, round7 (result->pending));
    }
}

/**
 * sc_attempt_record:
 * @slot: (nullable): the question the statement is about; %NULL for the quiz
 * @out_id: (out) (optional) (transfer full): the statement's id
 *
 * Stores one statement of the attempt and folds it into module status,
 * in the caller's transaction.
 */
gboolean
sc_attempt_record (ScAttempt              *self,
                   ScDatabase             *database,
                   ScVerb                  verb,
                   const ScAttemptSlot    *slot,
                   const ScAttemptResult  *result,
                   char                  **out_id,
                   GError                **error)
{
  g_autoptr(ScStatement) statement = new_statement (self, verb, slot);
  g_autoptr(JsonNode) parsed = NULL;
  g_autoptr(JsonNode) stored = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  JsonObject *root;

  if (result->success >= 0)
    sc_statement_set_success (statement, result->success != 0);
  if (result->completion)
    sc_statement_set_completion (statement, TRUE);
  if (result->duration >= 0)
    sc_statement_set_duration (statement, result->duration);
  if (result->comment != NULL)
    sc_statement_set_result_extension (statement, SC_ATTEMPT_EXT_COMMENT,
                                       json_node_init_string (json_node_alloc (), result->comment));
  if (result->grader != NULL)
    sc_statement_set_result_extension (statement, SC_ATTEMPT_EXT_GRADER,
                                       json_node_init_string (json_node_alloc (), result->grader));

  json = sc_statement_to_json (statement);
  parsed = json_from_string (json, NULL);
  g_assert (parsed != NULL && JSON_NODE_HOLDS_OBJECT (parsed));
  root = json_node_get_object (parsed);
  if (slot != NULL)
    add_definition (root, slot);
  add_result (root, result);
  text = json_to_string (parsed, FALSE);

  if (!sc_statement_insert_json (database, self->learner->id, text, &stored, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = g_strdup (sc_statement_get_id (statement));

  return self->rules == NULL ||
         sc_module_status_apply (database, self->learner->id, self->rules,
                                 json_node_get_object (stored), error);
}
