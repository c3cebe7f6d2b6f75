/* sc-statement-store.c - the one way a statement enters the database
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statements table cannot check its JSON (json_valid in a CHECK would
 * stop a backup from opening with trusted_schema=OFF), so every statement
 * is parsed here with json-glib and its xAPI structure checked before it
 * is written, in the caller's transaction: the statement and the working
 * rows derived from it commit together or not at all.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-json.h"
#include "sc-learning-private.h"
#include "sc-statement.h"

static JsonObject *
get_object (JsonObject *parent,
            const char *name)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
get_string (JsonObject *parent,
            const char *name)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* An absolute IRI has a scheme: letters, then a colon. */
static gboolean
is_iri (const char *text)
{
  const char *p = text;

  if (text == NULL || !g_ascii_isalpha (*p))
    return FALSE;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;

  return *p == ':' && p[1] != '\0';
}

static gboolean
invalid (GError    **error,
         const char *what)
{
  /* Only a bug or a damaged import file gets here: say which field. */
  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               _("A learning record was not saved because it is not a valid xAPI statement (%s). Nothing was changed; please report this problem."),
               what);

  return FALSE;
}

static gboolean
check_statement (JsonObject  *root,
                 const char  *learner_uuid,
                 char       **out_timestamp,
                 GError     **error)
{
  JsonObject *account = get_object (get_object (root, "actor"), "account");
  JsonObject *object = get_object (root, "object");
  JsonObject *context = get_object (root, "context");
  JsonObject *result = get_object (root, "result");
  const char *object_type = get_string (object, "objectType");
  const char *version = get_string (root, "version");
  const char *registration;
  const char *duration;
  gint64 msec;

  if (!g_uuid_string_is_valid (get_string (root, "id") != NULL ? get_string (root, "id") : ""))
    return invalid (error, "id");
  if (version != NULL && !g_str_has_prefix (version, "1.0"))
    return invalid (error, "version");
  if (account == NULL || get_string (account, "homePage") == NULL)
    return invalid (error, "actor.account");
  if (g_strcmp0 (get_string (account, "name"), learner_uuid) != 0)
    return invalid (error, "actor.account.name is another learner");
  if (!is_iri (get_string (get_object (root, "verb"), "id")))
    return invalid (error, "verb.id");
  if (object == NULL)
    return invalid (error, "object");
  if (object_type == NULL || g_str_equal (object_type, "Activity"))
    {
      if (!is_iri (get_string (object, "id")))
        return invalid (error, "object.id");
    }
  else if (g_str_equal (object_type, "StatementRef"))
    {
      if (!g_uuid_string_is_valid (get_string (object, "id") != NULL ? get_string (object, "id") : ""))
        return invalid (error, "object.id");
    }
  else
    return invalid (error, "object.objectType");

  registration = get_string (context, "registration");
  if (context != NULL && json_object_has_member (context, "registration") &&
      (registration == NULL || !g_uuid_string_is_valid (registration)))
    return invalid (error, "context.registration");

  duration = get_string (result, "duration");
  if (result != NULL && json_object_has_member (result, "duration") &&
      (duration == NULL || !sc_xapi_parse_duration (duration, &msec)))
    return invalid (error, "result.duration");

  *out_timestamp = sc_xapi_normalize_timestamp (get_string (root, "timestamp"));
  if (*out_timestamp == NULL)
    return invalid (error, "timestamp");

  return TRUE;
}

static char *
learner_uuid (ScDatabase  *database,
              gint64       learner_id,
              GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database, "SELECT uuid FROM learners WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  rc = sc_learning_step_row (database, stmt, error);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                         _("This learner no longer exists; another window may have deleted them. Choose a learner from the list again."));
  if (rc != SQLITE_ROW)
    return NULL;

  return g_strdup (sc_learning_column_text (stmt, 0));
}

/**
 * sc_statement_insert_json:
 * @learner_id: the learner the statement is about; its actor must be them
 * @json: one xAPI statement
 * @out_root: (out) (optional) (transfer full): the parsed statement
 *
 * Checks that @json is one JSON object and an xAPI statement (id, actor
 * account, verb, activity or statement-reference object, time with a
 * time zone, a valid registration and duration where present) and
 * inserts it. Must be called inside a transaction: the caller's, which
 * also holds the rows derived from the statement.
 */
gboolean
sc_statement_insert_json (ScDatabase  *database,
                          gint64       learner_id,
                          const char  *json,
                          JsonNode   **out_root,
                          GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *timestamp = NULL;
  g_autofree char *text = NULL;
  const char *why = NULL;
  JsonObject *object;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (!sqlite3_get_autocommit (sc_database_get_handle (database)), FALSE);

  /* Exactly one JSON value, checked as strictly as everything read back
   * from the database (json-glib alone takes "{…} trailing text"). */
  text = g_strstrip (g_strdup (json));
  root = sc_json_parse (text, &why);
  if (root == NULL)
    return invalid (error, why);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return invalid (error, "not an object");
  object = json_node_get_object (root);

  uuid = learner_uuid (database, learner_id, error);
  if (uuid == NULL || !check_statement (object, uuid, &timestamp, error))
    return FALSE;

  stmt = sc_learning_prepare (database,
                              "INSERT INTO statements"
                              " (id, learner_id, verb, object_id, registration, timestamp, json)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              error);
  if (stmt == NULL)
    return FALSE;

  sc_learning_bind_text (stmt, 1, get_string (object, "id"));
  sqlite3_bind_int64 (stmt, 2, learner_id);
  sc_learning_bind_text (stmt, 3, get_string (get_object (object, "verb"), "id"));
  sc_learning_bind_text (stmt, 4, get_string (get_object (object, "object"), "id"));
  sc_learning_bind_text (stmt, 5, get_string (get_object (object, "context"), "registration"));
  sc_learning_bind_text (stmt, 6, timestamp);
  sc_learning_bind_text (stmt, 7, text);
  if (!sc_learning_step_done (database, stmt, error))
    return FALSE;

  if (out_root != NULL)
    *out_root = g_steal_pointer (&root);

  return TRUE;
}

/**
 * sc_statement_insert:
 *
 * Stores @statement, made for @learner, in the caller's transaction.
 */
gboolean
sc_statement_insert (ScDatabase       *database,
                     const ScLearner  *learner,
                     ScStatement      *statement,
                     JsonNode        **out_root,
                     GError          **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (learner != NULL, FALSE);
  g_return_val_if_fail (statement != NULL, FALSE);

  json = sc_statement_to_json (statement);

  return sc_statement_insert_json (database, learner->id, json, out_root, error);
}
