/* sc-sandbox-undo.c - undo and redo as new actions, with stacks read from the log
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading the log in order:
 *   - an edit goes on the undo stack and empties the redo stack;
 *   - an undo takes its action off the undo stack and goes on the redo stack;
 *   - a redo takes its undo off the redo stack and goes on the undo stack
 *     (so a redo can be undone in turn);
 *   - any other action (creating or replacing the catalog) empties both.
 * The stacks are therefore the same after a restart, and as deep as the
 * log.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-run-private.h"
#include "sc-sandbox-action-private.h"

void
sc_sandbox_action_free (ScSandboxAction *self)
{
  if (self == NULL)
    return;
  g_free (self->kind);
  g_free (self->target);
  g_free (self->before);
  g_free (self->after);
  g_free (self);
}

void
sc_sandbox_history_free (ScSandboxHistory *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_free (self);
}

static char *
dup_text (sqlite3_stmt *stmt,
          int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup (text) : NULL;
}

static gboolean
is_edit (const char *kind)
{
  return g_strcmp0 (kind, SC_SANDBOX_ACTION_EDIT_PRODUCT) == 0 ||
         g_strcmp0 (kind, SC_SANDBOX_ACTION_EDIT_VARIANT) == 0;
}

/* Takes the top of @stack when it is @sequence. A log another program
 * wrote out of order is read as far as it makes sense. */
static gboolean
pop_if (GPtrArray *stack,
        gint64     sequence)
{
  ScSandboxAction *top;

  if (stack->len == 0)
    return FALSE;
  top = g_ptr_array_index (stack, stack->len - 1);
  if (top->sequence != sequence)
    return FALSE;
  g_ptr_array_remove_index (stack, stack->len - 1);

  return TRUE;
}

/**
 * sc_sandbox_history_load:
 *
 * Returns: (transfer full) (nullable): what undo and redo would reverse
 *   now, read from the log of @run
 */
ScSandboxHistory *
sc_sandbox_history_load (sqlite3      *db,
                         const ScRun  *run,
                         gint64        learner_id,
                         GError      **error)
{
  g_autoptr(ScSandboxHistory) history = g_new0 (ScSandboxHistory, 1);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (run != NULL, NULL);

  history->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_sandbox_action_free);
  history->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_sandbox_action_free);

  rc = sqlite3_prepare_v2 (db,
                           "SELECT sequence, kind, target, before, after, COALESCE (undo_of, 0) "
                           "FROM sandbox_actions WHERE run_uuid = ?1 AND learner_id = ?2 ORDER BY sequence",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, learner_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          ScSandboxAction *action = g_new0 (ScSandboxAction, 1);

          action->sequence = sqlite3_column_int64 (stmt, 0);
          action->kind = dup_text (stmt, 1);
          action->target = dup_text (stmt, 2);
          action->before = dup_text (stmt, 3);
          action->after = dup_text (stmt, 4);
          action->undo_of = sqlite3_column_int64 (stmt, 5);

          if (is_edit (action->kind))
            {
              g_ptr_array_set_size (history->redo, 0);
              g_ptr_array_add (history->undo, action);
            }
          else if (g_strcmp0 (action->kind, SC_SANDBOX_ACTION_UNDO) == 0 &&
                   pop_if (history->undo, action->undo_of))
            g_ptr_array_add (history->redo, action);
          else if (g_strcmp0 (action->kind, SC_SANDBOX_ACTION_REDO) == 0 &&
                   pop_if (history->redo, action->undo_of))
            g_ptr_array_add (history->undo, action);
          else
            {
              g_ptr_array_set_size (history->undo, 0);
              g_ptr_array_set_size (history->redo, 0);
              sc_sandbox_action_free (action);
            }
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return NULL;
    }

  return g_steal_pointer (&history);
}

static GBytes *
read_changeset (sqlite3      *db,
                const ScRun  *run,
                gint64        sequence,
                GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  GBytes *changeset = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT changeset FROM sandbox_actions WHERE run_uuid = ?1 AND sequence = ?2",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, sequence);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_bytes (stmt, 0) > 0)
        changeset = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW)
    sc_run_set_sqlite_error (error, db);
  else if (changeset == NULL)
    g_set_error (error, SC_ERROR, SC_ERROR_CORRUPT,
                 _("Action %" G_GINT64_FORMAT " of the practice run “%s” has no recorded change, so it "
                   "cannot be reversed; check the database with Preferences › Check now."),
                 sequence, run->name);

  return changeset;
}

/* "variant:12:sku" as a person reads it. */
static char *
describe_target (const char *target)
{
  g_auto(GStrv) parts = g_strsplit (target != NULL ? target : "", ":", 3);

  if (g_strv_length (parts) != 3)
    return g_strdup (_("A field"));
  if (g_strcmp0 (parts[0], "variant") == 0)
    return g_strdup_printf (_("The %s of variant %s"), parts[2], parts[1]);

  return g_strdup_printf (_("The %s of product %s"), parts[2], parts[1]);
}

static int
on_conflict (void                   *user_data,
             int                     conflict,
             sqlite3_changeset_iter *iter)
{
  gboolean *conflicted = user_data;

  *conflicted = TRUE;

  return SQLITE_CHANGESET_ABORT;
}

/* Applies the inverse of @changeset, all or nothing. */
static GBytes *
apply_inverse (sqlite3      *db,
               const ScRun  *run,
               GBytes       *changeset,
               const char   *target,
               GError      **error)
{
  gsize size = 0;
  gconstpointer data = g_bytes_get_data (changeset, &size);
  void *inverse = NULL;
  int n_inverse = 0;
  gboolean conflicted = FALSE;
  GBytes *result;
  int rc;

  rc = sqlite3changeset_invert ((int) size, (void *) data, &n_inverse, &inverse);
  if (rc == SQLITE_OK)
    rc = sqlite3changeset_apply (db, n_inverse, inverse, NULL, on_conflict, &conflicted);

  if (conflicted)
    {
      g_autofree char *what = describe_target (target);

      sqlite3_free (inverse);
      g_set_error (error, SC_ERROR, SC_ERROR_CONFLICT,
                   _("%s in the practice run “%s” was changed after this action, so reversing it "
                     "would overwrite that change; nothing was changed. Reload and edit the field instead."),
                   what, run->name);
      return NULL;
    }
  if (rc != SQLITE_OK)
    {
      sqlite3_free (inverse);
      sc_run_set_sqlite_error (error, db);
      return NULL;
    }

  result = g_bytes_new (inverse, (gsize) n_inverse);
  sqlite3_free (inverse);

  return result;
}

static gboolean
reverse (ScDatabase   *database,
         const ScRun  *run,
         gint64        learner_id,
         gboolean      redo,
         gint64       *out_sequence,
         GError      **error)
{
  sqlite3 *db = sc_database_get_handle (database);
  g_autoptr(ScSandboxHistory) history = NULL;
  g_autoptr(GBytes) changeset = NULL;
  g_autoptr(GBytes) inverse = NULL;
  GPtrArray *stack;
  ScSandboxAction *top;
  gboolean ok;

  if (out_sequence != NULL)
    *out_sequence = 0;
  if (!sc_sandbox_check_owner (run, learner_id, error) ||
      !sc_sandbox_begin (database, error))
    return FALSE;

  history = sc_sandbox_history_load (db, run, learner_id, error);
  ok = history != NULL;
  if (ok)
    {
      stack = redo ? history->redo : history->undo;
      if (stack->len == 0)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       redo ? _("There is nothing to redo in the practice run “%s”.")
                            : _("There is nothing to undo in the practice run “%s”."),
                       run->name);
          ok = FALSE;
        }
    }
  if (ok)
    {
      top = g_ptr_array_index (stack, stack->len - 1);
      changeset = read_changeset (db, run, top->sequence, error);
      ok = changeset != NULL &&
           (inverse = apply_inverse (db, run, changeset, top->target, error)) != NULL &&
           sc_run_append_action (db, run, redo ? SC_SANDBOX_ACTION_REDO : SC_SANDBOX_ACTION_UNDO,
                                 top->target, top->after, top->before, top->sequence, inverse,
                                 out_sequence, error);
    }

  return sc_sandbox_end (database, ok, error);
}

/**
 * sc_sandbox_undo:
 * @out_sequence: (out) (optional): the undo action's place in the log
 *
 * Reverses the last undoable action of @run as a new action. Fails with
 * SC_ERROR_CONFLICT, changing nothing, when the row changed since.
 */
gboolean
sc_sandbox_undo (ScDatabase   *database,
                 const ScRun  *run,
                 gint64        learner_id,
                 gint64       *out_sequence,
                 GError      **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);

  return reverse (database, run, learner_id, FALSE, out_sequence, error);
}

/**
 * sc_sandbox_redo:
 *
 * Reverses the last undo of @run, as sc_sandbox_undo () reverses an edit.
 */
gboolean
sc_sandbox_redo (ScDatabase   *database,
                 const ScRun  *run,
                 gint64        learner_id,
                 gint64       *out_sequence,
                 GError      **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);

  return reverse (database, run, learner_id, TRUE, out_sequence, error);
}
