/* sc-question-bank-edit.c - renaming and deleting a stored question bank
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bank's rows are never edited, but its name may change and the whole
 * bank may go. Attempts (src/core/learning/) point at their bank and at
 * the questions they drew, with no cascade: deleting a bank that no
 * attempt uses removes it with its categories, questions, files and tags;
 * deleting one that attempts use retires it (0008-bank-retired.sql), so
 * those attempts still review and resume with the questions they were
 * started with while the bank leaves every list and frees its name. Both
 * are one transaction.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-question-bank-private.h"

static Stmt *
prepare (ScDatabase  *database,
         const char  *sql,
         GError     **error)
{
  sqlite3 *db = sc_database_get_handle (database);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      sc_question_bank_set_error (db, sc_database_get_path (database), error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

static void
set_sqlite_error (ScDatabase  *database,
                  GError     **error)
{
  sc_question_bank_set_error (sc_database_get_handle (database), sc_database_get_path (database), error);
}

static gboolean
no_such_bank (const char  *name,
              GError     **error)
{
  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               _("There is no question bank named “%s”. List the banks to see their names."),
               name);

  return FALSE;
}

/* The id of the bank in sight named @name: 0 when there is none, -1 on
 * an error. */
static gint64
find_bank (ScDatabase  *database,
           const char  *name,
           GError     **error)
{
  g_autoptr(Stmt) stmt = prepare (database,
                                  "SELECT id FROM question_banks WHERE name = ?1 AND retired_at IS NULL",
                                  error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;

  set_sqlite_error (database, error);

  return -1;
}

static gboolean
end_transaction (ScDatabase  *database,
                 gboolean     ok,
                 GError     **error)
{
  if (ok)
    {
      if (sc_database_exec (database, "COMMIT", error))
        return TRUE;
    }
  sqlite3_exec (sc_database_get_handle (database), "ROLLBACK", NULL, NULL, NULL);

  return FALSE;
}

/**
 * sc_question_bank_count_attempts:
 * @out_n_attempts: (out): how many attempts, by any learner, use the bank
 *
 * Returns: %FALSE with @error set when there is no bank named @name in
 *   sight or the database fails
 */
gboolean
sc_question_bank_count_attempts (ScDatabase  *database,
                                 const char  *name,
                                 guint       *out_n_attempts,
                                 GError     **error)
{
  g_autoptr(Stmt) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (out_n_attempts != NULL, FALSE);

  *out_n_attempts = 0;
  id = find_bank (database, name, error);
  if (id < 0)
    return FALSE;
  if (id == 0)
    return no_such_bank (name, error);

  stmt = prepare (database, "SELECT count(*) FROM attempts WHERE bank_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_sqlite_error (database, error);
      return FALSE;
    }
  *out_n_attempts = (guint) sqlite3_column_int64 (stmt, 0);

  return TRUE;
}

/**
 * sc_question_bank_rename:
 * @name: the bank's name now
 * @new_name: its name from now on: some text, no space around it, and
 *   no other bank's name
 *
 * Attempts refer to the bank by its id, so they follow it.
 *
 * Returns: whether the bank is now called @new_name; otherwise @error
 *   says why and nothing changed
 */
gboolean
sc_question_bank_rename (ScDatabase  *database,
                         const char  *name,
                         const char  *new_name,
                         GError     **error)
{
  g_autoptr(Stmt) stmt = NULL;
  g_autofree char *trimmed = NULL;
  gint64 id;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (new_name != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (new_name));
  if (*trimmed == '\0' || strcmp (trimmed, new_name) != 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("“%s” cannot name a question bank: a name needs some text and no spaces around it."),
                   new_name);
      return FALSE;
    }

  id = find_bank (database, name, error);
  if (id < 0)
    return FALSE;
  if (id == 0)
    return no_such_bank (name, error);
  if (strcmp (name, new_name) == 0)
    return TRUE;

  stmt = prepare (database, "UPDATE question_banks SET name = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, new_name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("A question bank named “%s” already exists. Choose another name for “%s”."),
                   new_name, name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (database, error);
      return FALSE;
    }

  return TRUE;
}

/* Inside the transaction: a bank in use keeps its rows under a name no
 * one types, out of sight. */
static gboolean
delete_in_transaction (ScDatabase  *database,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(Stmt) used = NULL;
  g_autoptr(Stmt) change = NULL;
  gboolean in_use;
  gint64 id;

  id = find_bank (database, name, error);
  if (id < 0)
    return FALSE;
  if (id == 0)
    return no_such_bank (name, error);

  used = prepare (database,
                  "SELECT EXISTS (SELECT 1 FROM attempts WHERE bank_id = ?1)"
                  " OR EXISTS (SELECT 1 FROM attempt_slots s JOIN questions q ON q.id = s.question_id"
                  "            WHERE q.bank_id = ?1)",
                  error);
  if (used == NULL)
    return FALSE;
  sqlite3_bind_int64 (used, 1, id);
  if (sqlite3_step (used) != SQLITE_ROW)
    {
      set_sqlite_error (database, error);
      return FALSE;
    }
  in_use = sqlite3_column_int (used, 0) != 0;

  if (in_use)
    change = prepare (database,
                      "UPDATE question_banks"
                      " SET retired_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'),"
                      "     name = name || ' (deleted, #' || id || ')'"
                      " WHERE id = ?1",
                      error);
  else
    change = prepare (database, "DELETE FROM question_banks WHERE id = ?1", error);
  if (change == NULL)
    return FALSE;
  sqlite3_bind_int64 (change, 1, id);
  if (sqlite3_step (change) != SQLITE_DONE)
    {
      set_sqlite_error (database, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * sc_question_bank_delete:
 *
 * Deletes the bank named @name, in one transaction. A bank no attempt
 * uses goes with its questions and files. A bank whose questions
 * attempts use is retired instead: it leaves every list, lookup and
 * search and its name is free again, while those attempts keep their
 * questions for review and resume.
 *
 * Returns: whether the bank is gone from sight; otherwise @error says
 *   why and nothing changed
 */
gboolean
sc_question_bank_delete (ScDatabase  *database,
                         const char  *name,
                         GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!sc_database_exec (database, "BEGIN IMMEDIATE", error))
    return FALSE;
  ok = delete_in_transaction (database, name, error);

  return end_transaction (database, ok, error);
}
