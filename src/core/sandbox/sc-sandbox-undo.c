/* sc-sandbox-undo.c - undo and redo as new actions, with stacks read from the log
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading the log in order:
 *   - an edit (of a field, an image or an option) or a step on an order
 *     or the stock goes on the undo stack and empties the redo stack;
 *   - an undo takes its action off the undo stack and goes on the redo stack;
 *   - a redo takes its undo off the redo stack and goes on the undo stack
 *     (so a redo can be undone in turn);
 *   - any other action (creating or replacing the catalog) empties both.
 * The stacks are therefore the same after a restart, and as deep as the
 * log.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-run-orders.h"
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
         g_strcmp0 (kind, SC_SANDBOX_ACTION_EDIT_VARIANT) == 0 ||
         g_strcmp0 (kind, SC_SANDBOX_ACTION_EDIT_IMAGE) == 0 ||
         g_strcmp0 (kind, SC_SANDBOX_ACTION_ADD_IMAGE) == 0 ||
         g_strcmp0 (kind, SC_SANDBOX_ACTION_SET_OPTION) == 0 ||
         g_str_has_prefix (kind, SC_SANDBOX_ACTION_ORDER_PREFIX) ||
         g_str_has_prefix (kind, SC_SANDBOX_ACTION_STOCK_PREFIX);
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

/**
 * sc_sandbox_log_load:
 *
 * The learner's actions since the run's store was last made (started,
 * started over or replaced), undone ones and the undos and redos
 * themselves included: what the learner did, as a debrief tells it.
 *
 * Returns: (transfer full) (element-type ScSandboxAction) (nullable): the
 *   actions, oldest first
 */
GPtrArray *
sc_sandbox_log_load (sqlite3      *db,
                     const ScRun  *run,
                     gint64        learner_id,
                     GError      **error)
{
  g_autoptr(GPtrArray) log = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (run != NULL, NULL);

  log = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_sandbox_action_free);
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

          /* A wall: what came before it was another store. */
          if (!is_edit (action->kind) && g_strcmp0 (action->kind, SC_SANDBOX_ACTION_UNDO) != 0 &&
              g_strcmp0 (action->kind, SC_SANDBOX_ACTION_REDO) != 0)
            {
              g_ptr_array_set_size (log, 0);
              sc_sandbox_action_free (action);
              continue;
            }
          g_ptr_array_add (log, action);
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return NULL;
    }

  return g_steal_pointer (&log);
}

static const ScSandboxAction *
find_action (GPtrArray *log,
             guint      before,
             gint64     sequence)
{
  for (guint i = before; i > 0; i--)
    {
      const ScSandboxAction *action = g_ptr_array_index (log, i - 1);

      if (action->sequence == sequence)
        return action;
    }

  return NULL;
}

/**
 * sc_sandbox_log_is_undone:
 * @log: (element-type ScSandboxAction): as sc_sandbox_log_load () gives it
 * @index: an action of @log
 *
 * Returns: whether the action's change is reversed now: an undo of it
 *   came later, and no redo of that undo after it (a redo can be undone
 *   in turn)
 */
gboolean
sc_sandbox_log_is_undone (GPtrArray *log,
                          guint      index)
{
  gint64 sequence;
  gboolean undone = FALSE;

  g_return_val_if_fail (log != NULL, FALSE);
  g_return_val_if_fail (index < log->len, FALSE);

  sequence = ((const ScSandboxAction *) g_ptr_array_index (log, index))->sequence;
  for (guint i = index + 1; i < log->len; i++)
    {
      const ScSandboxAction *action = g_ptr_array_index (log, i);
      const ScSandboxAction *reversed;

      if (g_strcmp0 (action->kind, SC_SANDBOX_ACTION_UNDO) == 0 && action->undo_of == sequence)
        undone = TRUE;
      else if (g_strcmp0 (action->kind, SC_SANDBOX_ACTION_REDO) == 0 &&
               (reversed = find_action (log, i, action->undo_of)) != NULL && reversed->undo_of == sequence)
        undone = FALSE;
      /* An undo of a redo of it undoes it again. */
      else if (g_strcmp0 (action->kind, SC_SANDBOX_ACTION_UNDO) == 0 &&
               (reversed = find_action (log, i, action->undo_of)) != NULL &&
               g_strcmp0 (reversed->kind, SC_SANDBOX_ACTION_REDO) == 0 &&
               (reversed = find_action (log, i, reversed->undo_of)) != NULL && reversed->undo_of == sequence)
        undone = TRUE;
    }

  return undone;
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

  /* The order and stock steps (sc-sandbox-order.c) name one thing. */
  if (g_str_has_prefix (target != NULL ? target : "", "order:"))
    return g_strdup_printf (_("Order %s"), target + strlen ("order:"));
  if (g_str_has_prefix (target != NULL ? target : "", "stock:"))
    return g_strdup_printf (_("The stock of SKU %s"), target + strlen ("stock:"));
  if (g_str_has_prefix (target != NULL ? target : "", "purchase:"))
    return g_strdup_printf (_("Purchase order %s"), target + strlen ("purchase:"));
  if (g_str_has_prefix (target != NULL ? target : "", "count:"))
    return g_strdup_printf (_("Count %s"), target + strlen ("count:"));

  if (g_strv_length (parts) != 3)
    return g_strdup (_("A field"));
  if (g_strcmp0 (parts[0], "variant") == 0)
    return g_strdup_printf (_("The %s of variant %s"), parts[2], parts[1]);
  if (g_strcmp0 (parts[0], "image") == 0)
    return g_strdup_printf (_("The %s of image %s"), parts[2], parts[1]);
  if (g_str_has_prefix (parts[2], "option-"))
    return g_strdup_printf (_("Option %s of product %s, or one of its variants,"),
                            parts[2] + strlen ("option-"), parts[1]);

  return g_strdup_printf (_("The %s of product %s"), parts[2], parts[1]);
}

/* Rows ordered by a position unique in their product. */
static const char * const positioned_tables[] = { "sandbox_variants", "sandbox_options", "sandbox_images" };

/* Far above any real position. */
#define PARK 1000000000

/* Reversing a change that reordered rows swaps positions, which one row
 * at a time cannot do while positions are unique: the rows whose
 * position the changeset moves are first moved out of the way (raised
 * by PARK), and the conflict handler accepts exactly that difference. */
typedef struct
{
  gboolean    conflicted;
  GHashTable *parked;   /* "table:id" of the rows moved out of the way */
  GHashTable *columns;  /* table → the index of its position column + 1, or 0 */
} Apply;

static int
position_column (sqlite3    *db,
                 Apply      *apply,
                 const char *table)
{
  sqlite3_stmt *stmt = NULL;
  int column = -1;

  if (g_hash_table_contains (apply->columns, table))
    return GPOINTER_TO_INT (g_hash_table_lookup (apply->columns, table)) - 1;

  for (guint i = 0; i < G_N_ELEMENTS (positioned_tables); i++)
    if (g_strcmp0 (positioned_tables[i], table) == 0 &&
        sqlite3_prepare_v2 (db, "SELECT cid FROM pragma_table_info (?1) WHERE name = 'position'", -1, &stmt,
                            NULL) == SQLITE_OK)
      {
        sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
        if (sqlite3_step (stmt) == SQLITE_ROW)
          column = sqlite3_column_int (stmt, 0);
        sqlite3_finalize (stmt);
      }
  g_hash_table_insert (apply->columns, g_strdup (table), GINT_TO_POINTER (column + 1));

  return column;
}

static char *
row_key (const char    *table,
         sqlite3_value *id)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, (gint64) sqlite3_value_int64 (id));
}

static gboolean
park_rows (sqlite3   *db,
           Apply     *apply,
           void      *data,
           int        size,
           GError   **error)
{
  sqlite3_changeset_iter *iter = NULL;
  int rc = sqlite3changeset_start (&iter, size, data);

  while (rc == SQLITE_OK && sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_columns;
      int op;
      int column;
      sqlite3_value *moved = NULL;
      sqlite3_value *id = NULL;
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt = NULL;

      sqlite3changeset_op (iter, &table, &n_columns, &op, NULL);
      if (op != SQLITE_UPDATE || (column = position_column (db, apply, table)) < 0 ||
          sqlite3changeset_new (iter, column, &moved) != SQLITE_OK || moved == NULL ||
          sqlite3changeset_old (iter, 0, &id) != SQLITE_OK || id == NULL)
        continue;

      sql = g_strdup_printf ("UPDATE %s SET position = position + %d WHERE id = ?1", table, PARK);
      rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_value (stmt, 1, id);
          rc = sqlite3_step (stmt);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
      sqlite3_finalize (stmt);
      g_hash_table_add (apply->parked, row_key (table, id));
    }
  if (iter != NULL)
    {
      int finalized = sqlite3changeset_finalize (iter);

      rc = rc == SQLITE_OK ? finalized : rc;
    }
  if (rc != SQLITE_OK)
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  return TRUE;
}

static gboolean
same_value (sqlite3_value *expected,
            sqlite3_value *current,
            gint64         offset)
{
  int type = sqlite3_value_type (expected);

  if (type != sqlite3_value_type (current))
    return FALSE;
  switch (type)
    {
    case SQLITE_NULL:
      return TRUE;
    case SQLITE_INTEGER:
      return sqlite3_value_int64 (expected) + offset == sqlite3_value_int64 (current);
    case SQLITE_FLOAT:
      return sqlite3_value_double (expected) == sqlite3_value_double (current);
    default:
      return sqlite3_value_bytes (expected) == sqlite3_value_bytes (current) &&
             memcmp (sqlite3_value_blob (expected), sqlite3_value_blob (current),
                     (size_t) sqlite3_value_bytes (expected)) == 0;
    }
}

/* Whether the row differs from what the change expects only by having
 * been parked. */
static gboolean
only_parked (Apply                  *apply,
             sqlite3_changeset_iter *iter,
             const char             *table,
             int                     n_columns,
             int                     column)
{
  sqlite3_value *id = NULL;
  g_autofree char *key = NULL;

  if (sqlite3changeset_old (iter, 0, &id) != SQLITE_OK || id == NULL)
    return FALSE;
  key = row_key (table, id);
  if (!g_hash_table_contains (apply->parked, key))
    return FALSE;

  for (int i = 0; i < n_columns; i++)
    {
      sqlite3_value *expected = NULL;
      sqlite3_value *current = NULL;

      if (sqlite3changeset_old (iter, i, &expected) != SQLITE_OK || expected == NULL)
        continue;
      if (sqlite3changeset_conflict (iter, i, &current) != SQLITE_OK || current == NULL ||
          !same_value (expected, current, i == column ? PARK : 0))
        return FALSE;
    }

  return TRUE;
}

static int
on_conflict (void                   *user_data,
             int                     conflict,
             sqlite3_changeset_iter *iter)
{
  Apply *apply = user_data;
  const char *table;
  int n_columns;
  int op;
  int column;

  sqlite3changeset_op (iter, &table, &n_columns, &op, NULL);

  /* A row to delete is gone already: a cascade from its parent row in
   * the same changeset removed it. */
  if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
    return SQLITE_CHANGESET_OMIT;

  column = GPOINTER_TO_INT (g_hash_table_lookup (apply->columns, table)) - 1;
  if (conflict == SQLITE_CHANGESET_DATA && op == SQLITE_UPDATE && column >= 0 &&
      only_parked (apply, iter, table, n_columns, column))
    return SQLITE_CHANGESET_REPLACE;

  apply->conflicted = TRUE;

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
  Apply apply = { FALSE, NULL, NULL };
  GBytes *result;
  int rc;

  apply.parked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  apply.columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rc = sqlite3changeset_invert ((int) size, (void *) data, &n_inverse, &inverse);
  if (rc == SQLITE_OK && !park_rows (db, &apply, inverse, n_inverse, error))
    {
      sqlite3_free (inverse);
      g_hash_table_unref (apply.parked);
      g_hash_table_unref (apply.columns);
      return NULL;
    }
  if (rc == SQLITE_OK)
    rc = sqlite3changeset_apply (db, n_inverse, inverse, NULL, on_conflict, &apply);
  g_hash_table_unref (apply.parked);
  g_hash_table_unref (apply.columns);

  if (apply.conflicted)
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
