/* sc-statement.c - build an xAPI 1.0.3 statement and store it as evidence
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A statement starts with what every Shopcraft statement has: a random
 * UUID, the current time (UTC, milliseconds), the version, the actor as
 * DESIGN.md "xAPI identity" says ({"account": {"homePage":
 * "urn:shopcraft", "name": <learner UUID>}} plus the display name) and the
 * verb. The caller adds the object, the context and the result, then
 * stores it with sc_statement_insert(). JSON is only ever built with
 * json-glib, never by pasting strings.
 */
#include "config.h"

#include "sc-statement.h"

struct _ScStatement
{
  JsonObject *root;
};

static JsonObject *
ensure_object (JsonObject *parent,
               const char *name)
{
  JsonNode *node = json_object_get_member (parent, name);
  JsonObject *child;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  child = json_object_new ();
  json_object_set_object_member (parent, name, child);

  return child;
}

static JsonObject *
new_language_map (const char *language,
                  const char *text)
{
  JsonObject *map = json_object_new ();

  json_object_set_string_member (map, language != NULL && *language != '\0' ? language : "und", text);

  return map;
}

static JsonObject *
new_activity (const char *iri,
              const char *type,
              const char *language,
              const char *name)
{
  JsonObject *activity = json_object_new ();
  JsonObject *definition;

  json_object_set_string_member (activity, "objectType", "Activity");
  json_object_set_string_member (activity, "id", iri);
  if (type == NULL && name == NULL)
    return activity;

  definition = json_object_new ();
  if (name != NULL)
    json_object_set_object_member (definition, "name", new_language_map (language, name));
  if (type != NULL)
    json_object_set_string_member (definition, "type", type);
  json_object_set_object_member (activity, "definition", definition);

  return activity;
}

/**
 * sc_statement_new:
 *
 * Returns: (transfer full): a statement by @learner with @verb, a new id
 *   and the current time; it still needs an object
 */
ScStatement *
sc_statement_new (const ScLearner *learner,
                  ScVerb           verb)
{
  ScStatement *self;
  JsonObject *actor;
  JsonObject *account;
  JsonObject *verb_object;
  JsonObject *display;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *timestamp = sc_xapi_dup_now ();

  g_return_val_if_fail (learner != NULL && learner->uuid != NULL, NULL);
  g_return_val_if_fail (verb < SC_N_VERBS, NULL);

  self = g_new0 (ScStatement, 1);
  self->root = json_object_new ();
  json_object_set_string_member (self->root, "id", id);
  json_object_set_string_member (self->root, "timestamp", timestamp);
  json_object_set_string_member (self->root, "version", SC_XAPI_VERSION);

  actor = json_object_new ();
  json_object_set_string_member (actor, "objectType", "Agent");
  json_object_set_string_member (actor, "name", learner->display_name);
  account = json_object_new ();
  json_object_set_string_member (account, "homePage", SC_XAPI_HOME_PAGE);
  json_object_set_string_member (account, "name", learner->uuid);
  json_object_set_object_member (actor, "account", account);
  json_object_set_object_member (self->root, "actor", actor);

  verb_object = json_object_new ();
  json_object_set_string_member (verb_object, "id", sc_verb_get_iri (verb));
  display = json_object_new ();
  json_object_set_string_member (display, "en-US", sc_verb_get_display (verb));
  json_object_set_object_member (verb_object, "display", display);
  json_object_set_object_member (self->root, "verb", verb_object);

  return self;
}

void
sc_statement_free (ScStatement *self)
{
  if (self == NULL)
    return;

  json_object_unref (self->root);
  g_free (self);
}

const char *
sc_statement_get_id (ScStatement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return json_object_get_string_member (self->root, "id");
}

const char *
sc_statement_get_timestamp (ScStatement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return json_object_get_string_member (self->root, "timestamp");
}

/**
 * sc_statement_set_timestamp:
 * @timestamp: when it happened, as sc_xapi_format_timestamp() writes it
 *   (a reading session recovered after a crash ended at its last heartbeat)
 */
void
sc_statement_set_timestamp (ScStatement *self,
                            const char  *timestamp)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (timestamp != NULL);

  json_object_set_string_member (self->root, "timestamp", timestamp);
}

/**
 * sc_statement_set_object:
 * @iri: the activity id, from sc_course_dup_activity_iri()
 * @type: (nullable): the activity type, one of `SC_XAPI_TYPE_…`
 * @language: (nullable): the language of @name, the course's
 * @name: (nullable): the activity's title
 */
void
sc_statement_set_object (ScStatement *self,
                         const char  *iri,
                         const char  *type,
                         const char  *language,
                         const char  *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (iri != NULL);

  json_object_set_object_member (self->root, "object", new_activity (iri, type, language, name));
}

void
sc_statement_add_context_activity (ScStatement   *self,
                                   ScContextKind  kind,
                                   const char    *iri,
                                   const char    *type,
                                   const char    *language,
                                   const char    *name)
{
  static const char * const kinds[] = { "parent", "grouping", "category", "other" };
  JsonObject *activities;
  JsonNode *node;
  JsonArray *array;

  g_return_if_fail (self != NULL);
  g_return_if_fail (kind <= SC_CONTEXT_OTHER);
  g_return_if_fail (iri != NULL);

  activities = ensure_object (ensure_object (self->root, "context"), "contextActivities");
  node = json_object_get_member (activities, kinds[kind]);
  if (node == NULL)
    {
      array = json_array_new ();
      json_object_set_array_member (activities, kinds[kind], array);
    }
  else
    array = json_node_get_array (node);

  json_array_add_object_element (array, new_activity (iri, type, language, name));
}

/**
 * sc_statement_set_registration:
 * @uuid: the reading session, attempt or practice run it belongs to
 */
void
sc_statement_set_registration (ScStatement *self,
                               const char  *uuid)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (uuid != NULL && g_uuid_string_is_valid (uuid));

  json_object_set_string_member (ensure_object (self->root, "context"), "registration", uuid);
}

/**
 * sc_statement_set_revision:
 * @revision: the course version
 */
void
sc_statement_set_revision (ScStatement *self,
                           const char  *revision)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (revision != NULL);

  json_object_set_string_member (ensure_object (self->root, "context"), "revision", revision);
}

void
sc_statement_set_language (ScStatement *self,
                           const char  *language)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (language != NULL);

  json_object_set_string_member (ensure_object (self->root, "context"), "language", language);
}

/**
 * sc_statement_set_context_extension:
 * @value: (transfer full):
 */
void
sc_statement_set_context_extension (ScStatement *self,
                                    const char  *iri,
                                    JsonNode    *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (iri != NULL && value != NULL);

  json_object_set_member (ensure_object (ensure_object (self->root, "context"), "extensions"),
                          iri, value);
}

void
sc_statement_set_completion (ScStatement *self,
                             gboolean     completion)
{
  g_return_if_fail (self != NULL);

  json_object_set_boolean_member (ensure_object (self->root, "result"), "completion", completion);
}

void
sc_statement_set_success (ScStatement *self,
                          gboolean     success)
{
  g_return_if_fail (self != NULL);

  json_object_set_boolean_member (ensure_object (self->root, "result"), "success", success);
}

/**
 * sc_statement_set_duration:
 * @seconds: written as an ISO 8601 duration ("PT1M30S")
 */
void
sc_statement_set_duration (ScStatement *self,
                           gint64       seconds)
{
  g_autofree char *duration = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (seconds >= 0);

  duration = sc_xapi_format_duration (seconds);
  json_object_set_string_member (ensure_object (self->root, "result"), "duration", duration);
}

/**
 * sc_statement_set_result_extension:
 * @value: (transfer full):
 */
void
sc_statement_set_result_extension (ScStatement *self,
                                   const char  *iri,
                                   JsonNode    *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (iri != NULL && value != NULL);

  json_object_set_member (ensure_object (ensure_object (self->root, "result"), "extensions"),
                          iri, value);
}

/**
 * sc_statement_to_json:
 *
 * Returns: (transfer full): the statement as compact JSON
 */
char *
sc_statement_to_json (ScStatement *self)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (json_object_has_member (self->root, "object"), NULL);

  node = json_node_init_object (json_node_alloc (), self->root);

  return json_to_string (node, FALSE);
}
