/* sc-learner.c - a learner profile and the store of learners
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A learner is created silently on first run (sc_learner_ensure_default)
 * and can be renamed at any time: the UUID, never the name, identifies
 * them in statements. Names are unique, compared without regard to case
 * or Unicode composition, so `--learner sam` finds "Sam" and a class list
 * never shows two "Sam"s. Deleting a learner is the only way their
 * statements go away: the foreign keys cascade to every row that carries
 * their learner_id, and the statements trigger lets exactly that pass.
 *
 * The name given silently at first run is a placeholder until the learner
 * renames themselves (or confirms it by renaming to the same name): a
 * `name-placeholder` row in the learner's settings_kv says so, so the app
 * can ask for the name without a prompt at start-up.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-learner.h"
#include "sc-learning-private.h"

/* The settings_kv key whose presence marks a placeholder name. */
#define PLACEHOLDER_KEY "name-placeholder"

#define SELECT_LEARNER \
  "SELECT id, uuid, display_name, created_at, is_default," \
  " EXISTS (SELECT 1 FROM settings_kv" \
  "         WHERE settings_kv.learner_id = learners.id AND key = '" PLACEHOLDER_KEY "')" \
  " FROM learners"

G_DEFINE_BOXED_TYPE (ScLearner, sc_learner, sc_learner_copy, sc_learner_free)

ScLearner *
sc_learner_copy (const ScLearner *self)
{
  ScLearner *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (ScLearner, 1);
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->display_name = g_strdup (self->display_name);
  copy->created_at = g_strdup (self->created_at);
  copy->is_default = self->is_default;
  copy->name_is_placeholder = self->name_is_placeholder;

  return copy;
}

void
sc_learner_free (ScLearner *self)
{
  if (self == NULL)
    return;

  g_free (self->uuid);
  g_free (self->display_name);
  g_free (self->created_at);
  g_free (self);
}

static ScLearner *
learner_from_row (ScLearningStmt *stmt)
{
  ScLearner *learner = g_new0 (ScLearner, 1);

  learner->id = sqlite3_column_int64 (stmt, 0);
  learner->uuid = g_strdup (sc_learning_column_text (stmt, 1));
  learner->display_name = g_strdup (sc_learning_column_text (stmt, 2));
  learner->created_at = g_strdup (sc_learning_column_text (stmt, 3));
  learner->is_default = sqlite3_column_int (stmt, 4) != 0;
  learner->name_is_placeholder = sqlite3_column_int (stmt, 5) != 0;

  return learner;
}

/* Runs @sql (SELECT_LEARNER …) with @text bound to ?1, if any. Returns
 * the first row; %NULL without @error when there is none. */
static ScLearner *
query_one (ScDatabase  *database,
           const char  *sql,
           const char  *text,
           gint64       number,
           GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database, sql, error);
  if (stmt == NULL)
    return NULL;
  if (text != NULL)
    sc_learning_bind_text (stmt, 1, text);
  else
    sqlite3_bind_int64 (stmt, 1, number);

  rc = sc_learning_step_row (database, stmt, error);

  return rc == SQLITE_ROW ? learner_from_row (stmt) : NULL;
}

/**
 * sc_learner_list:
 *
 * Returns: (transfer full) (element-type ScLearner): every learner, oldest
 *   first, or %NULL with @error set
 */
GPtrArray *
sc_learner_list (ScDatabase  *database,
                 GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  stmt = sc_learning_prepare (database, SELECT_LEARNER " ORDER BY id", error);
  if (stmt == NULL)
    return NULL;

  learners = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_learner_free);
  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (learners, learner_from_row (stmt));

  return rc == SQLITE_DONE ? g_steal_pointer (&learners) : NULL;
}

static char *
name_key (const char *name)
{
  g_autofree char *composed = g_utf8_normalize (name, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (composed, -1);
}

/* Finds the learner called @name in any case, other than @except_id. */
static gboolean
find_by_name (ScDatabase  *database,
              const char  *name,
              gint64       except_id,
              ScLearner  **out_learner,
              GError     **error)
{
  g_autoptr(GPtrArray) learners = NULL;
  g_autofree char *key = name_key (name);

  *out_learner = NULL;
  learners = sc_learner_list (database, error);
  if (learners == NULL)
    return FALSE;

  for (guint i = 0; i < learners->len; i++)
    {
      ScLearner *learner = g_ptr_array_index (learners, i);
      g_autofree char *other = name_key (learner->display_name);

      if (learner->id != except_id && g_strcmp0 (key, other) == 0)
        {
          *out_learner = sc_learner_copy (learner);
          break;
        }
    }

  return TRUE;
}

/* Returns @name without surrounding space, or %NULL with an error saying
 * what to type instead. */
static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *clean = NULL;
  glong length;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                           _("This learner name is not valid text. Type the name again."));
      return NULL;
    }

  clean = g_strstrip (g_strdup (name));
  if (*clean == '\0')
    {
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                           _("A learner’s name cannot be empty. Type a name, for example a first name."));
      return NULL;
    }

  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                             _("A learner’s name cannot contain line breaks or tabs. Type it on one line."));
        return NULL;
      }

  length = g_utf8_strlen (clean, -1);
  if (length > SC_LEARNER_NAME_MAX)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("“%s” is too long for a learner’s name (%ld characters; at most %d). Type a shorter name."),
                   clean, length, SC_LEARNER_NAME_MAX);
      return NULL;
    }

  return g_steal_pointer (&clean);
}

static gboolean
check_name_free (ScDatabase  *database,
                 const char  *name,
                 gint64       except_id,
                 GError     **error)
{
  g_autoptr(ScLearner) other = NULL;

  if (!find_by_name (database, name, except_id, &other, error))
    return FALSE;

  if (other != NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("A learner called “%s” already exists. Choose another name, for example add an initial."),
                   other->display_name);
      return FALSE;
    }

  return TRUE;
}

static ScLearner *
insert_learner (ScDatabase  *database,
                const char  *name,
                gboolean     is_default,
                GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autofree char *uuid = g_uuid_string_random ();

  stmt = sc_learning_prepare (database,
                              "INSERT INTO learners (uuid, display_name, is_default)"
                              " VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return NULL;
  sc_learning_bind_text (stmt, 1, uuid);
  sc_learning_bind_text (stmt, 2, name);
  sqlite3_bind_int (stmt, 3, is_default ? 1 : 0);
  if (!sc_learning_step_done (database, stmt, error))
    return NULL;

  return query_one (database, SELECT_LEARNER " WHERE uuid = ?1", uuid, 0, error);
}

/* The name of a learner created without asking: the account's real name,
 * as GNOME shows it, else the login name. */
static char *
default_name (void)
{
  const char *candidates[] = { g_get_real_name (), g_get_user_name () };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *name = NULL;

      if (candidates[i] == NULL || g_strcmp0 (candidates[i], "Unknown") == 0)
        continue;
      name = g_utf8_make_valid (candidates[i], -1);
      g_strdelimit (name, "\t\r\n", ' ');
      g_strstrip (name);
      if (*name == '\0')
        continue;
      if (g_utf8_strlen (name, -1) > SC_LEARNER_NAME_MAX)
        return g_utf8_substring (name, 0, SC_LEARNER_NAME_MAX);
      return g_steal_pointer (&name);
    }

  return g_strdup (_("Learner"));
}

/* Marks the name of learner @id as one they did not choose. */
static gboolean
mark_placeholder (ScDatabase  *database,
                  gint64       id,
                  GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;

  stmt = sc_learning_prepare (database,
                              "INSERT OR REPLACE INTO settings_kv (learner_id, key, value)"
                              " VALUES (?1, '" PLACEHOLDER_KEY "', '1')",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  return sc_learning_step_done (database, stmt, error);
}

/**
 * sc_learner_ensure_default:
 *
 * Returns the learner used when none is chosen, creating one on first
 * run, silently, with the account's name, marked as a placeholder
 * (ScLearner.name_is_placeholder) until the learner renames themselves.
 * When the default learner was
 * deleted but others remain, the oldest of them becomes the default
 * rather than a new, empty profile appearing. One transaction; calling it
 * again (or in another process) returns the same learner.
 *
 * Returns: (transfer full) (nullable): the default learner
 */
ScLearner *
sc_learner_ensure_default (ScDatabase  *database,
                           GError     **error)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GError) local_error = NULL;
  ScLearningTx tx;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  if (!sc_learning_tx_begin (&tx, database, error))
    return NULL;

  learner = query_one (database, SELECT_LEARNER " WHERE is_default = ?1", NULL, 1, &local_error);
  if (learner == NULL && local_error == NULL)
    {
      learner = query_one (database, SELECT_LEARNER " ORDER BY id LIMIT ?1", NULL, 1, &local_error);
      if (learner != NULL)
        {
          g_autoptr(ScLearningStmt) stmt = NULL;

          stmt = sc_learning_prepare (database, "UPDATE learners SET is_default = 1 WHERE id = ?1",
                                      &local_error);
          if (stmt != NULL)
            {
              sqlite3_bind_int64 (stmt, 1, learner->id);
              if (sc_learning_step_done (database, stmt, &local_error))
                learner->is_default = TRUE;
            }
        }
      else if (local_error == NULL)
        {
          g_autofree char *name = default_name ();

          learner = insert_learner (database, name, TRUE, &local_error);
          if (learner != NULL && !mark_placeholder (database, learner->id, &local_error))
            g_clear_pointer (&learner, sc_learner_free);
          else if (learner != NULL)
            learner->name_is_placeholder = TRUE;
        }
    }

  if (local_error != NULL || !sc_learning_tx_commit (&tx, &local_error))
    {
      sc_learning_tx_fail (&tx);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&learner);
}

/**
 * sc_learner_create:
 * @display_name: a name no other learner has (in any case)
 *
 * Returns: (transfer full) (nullable): the new learner, with a new random
 *   (version 4) UUID, or %NULL with an error saying what to change
 */
ScLearner *
sc_learner_create (ScDatabase  *database,
                   const char  *display_name,
                   GError     **error)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autofree char *name = NULL;
  ScLearningTx tx;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  name = clean_name (display_name, error);
  if (name == NULL || !sc_learning_tx_begin (&tx, database, error))
    return NULL;

  if (!check_name_free (database, name, 0, error) ||
      (learner = insert_learner (database, name, FALSE, error)) == NULL ||
      !sc_learning_tx_commit (&tx, error))
    {
      sc_learning_tx_fail (&tx);
      return NULL;
    }

  return g_steal_pointer (&learner);
}

/**
 * sc_learner_lookup_uuid:
 *
 * Returns: (transfer full) (nullable): the learner, or %NULL — with
 *   @error set only when the database could not be read
 */
ScLearner *
sc_learner_lookup_uuid (ScDatabase  *database,
                        const char  *uuid,
                        GError     **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  lower = g_ascii_strdown (uuid, -1);

  return query_one (database, SELECT_LEARNER " WHERE uuid = ?1", lower, 0, error);
}

/**
 * sc_learner_lookup_name:
 *
 * Finds a learner by name in any case ("sam" finds "Sam").
 *
 * Returns: (transfer full) (nullable): the learner, or %NULL — with
 *   @error set only when the database could not be read
 */
ScLearner *
sc_learner_lookup_name (ScDatabase  *database,
                        const char  *display_name,
                        GError     **error)
{
  g_autofree char *name = NULL;
  ScLearner *learner = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (!g_utf8_validate (display_name, -1, NULL))
    return NULL;

  name = g_strstrip (g_strdup (display_name));
  find_by_name (database, name, 0, &learner, error);

  return learner;
}

/**
 * sc_learner_lookup:
 * @uuid_or_name: what `--learner` was given
 *
 * Returns: (transfer full) (nullable): the learner with this UUID, else
 *   the one with this name, else %NULL (@error set only when the
 *   database could not be read)
 */
ScLearner *
sc_learner_lookup (ScDatabase  *database,
                   const char  *uuid_or_name,
                   GError     **error)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (uuid_or_name != NULL, NULL);

  if (g_uuid_string_is_valid (uuid_or_name))
    {
      learner = sc_learner_lookup_uuid (database, uuid_or_name, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (learner != NULL)
        return g_steal_pointer (&learner);
    }

  return sc_learner_lookup_name (database, uuid_or_name, error);
}

static void
set_gone_error (const ScLearner  *learner,
                GError          **error)
{
  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               _("The learner “%s” no longer exists; another window may have deleted them. Choose a learner from the list again."),
               learner->display_name);
}

/**
 * sc_learner_rename:
 * @learner: updated to the new name on success
 *
 * Statements already written keep the name they were written with; the
 * UUID is what links them to @learner. A name the learner gives is never
 * a placeholder, even when it is the same as before: renaming to the
 * placeholder name confirms it.
 */
gboolean
sc_learner_rename (ScDatabase  *database,
                   ScLearner   *learner,
                   const char  *display_name,
                   GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autofree char *name = NULL;
  ScLearningTx tx;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);

  name = clean_name (display_name, error);
  if (name == NULL || !sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  if (!check_name_free (database, name, learner->id, error) ||
      (stmt = sc_learning_prepare (database,
                                   "UPDATE learners SET display_name = ?1 WHERE id = ?2",
                                   error)) == NULL)
    return sc_learning_tx_fail (&tx);

  sc_learning_bind_text (stmt, 1, name);
  sqlite3_bind_int64 (stmt, 2, learner->id);
  if (!sc_learning_step_done (database, stmt, error))
    return sc_learning_tx_fail (&tx);
  if (sqlite3_changes (sc_database_get_handle (database)) == 0)
    {
      set_gone_error (learner, error);
      return sc_learning_tx_fail (&tx);
    }

  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = sc_learning_prepare (database,
                              "DELETE FROM settings_kv WHERE learner_id = ?1 AND key = '"
                              PLACEHOLDER_KEY "'",
                              error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sqlite3_bind_int64 (stmt, 1, learner->id);
  if (!sc_learning_step_done (database, stmt, error))
    return sc_learning_tx_fail (&tx);

  if (!sc_learning_tx_commit (&tx, error))
    return FALSE;

  g_free (learner->display_name);
  learner->display_name = g_steal_pointer (&name);
  learner->name_is_placeholder = FALSE;

  return TRUE;
}

/**
 * sc_learner_delete:
 *
 * Deletes @learner with everything recorded for them: statements,
 * progress, SOP ticks, reading sessions, settings. There is no undo;
 * the interface asks first.
 */
gboolean
sc_learner_delete (ScDatabase       *database,
                   const ScLearner  *learner,
                   GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  ScLearningTx tx;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  stmt = sc_learning_prepare (database, "DELETE FROM learners WHERE id = ?1", error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sqlite3_bind_int64 (stmt, 1, learner->id);
  if (!sc_learning_step_done (database, stmt, error))
    return sc_learning_tx_fail (&tx);
  if (sqlite3_changes (sc_database_get_handle (database)) == 0)
    {
      set_gone_error (learner, error);
      return sc_learning_tx_fail (&tx);
    }

  return sc_learning_tx_commit (&tx, error);
}
