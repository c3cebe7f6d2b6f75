/* sc-learning-db.c - transactions and statement helpers the learning files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every public call of the learning floor that writes is one transaction
 * on the writer connection: BEGIN IMMEDIATE takes the write lock first,
 * so the transaction cannot fail half-way for want of it, and a process
 * killed at any point leaves either all of the call's rows or none. When
 * the caller already holds a transaction (a later issue grouping several
 * calls), the call becomes a savepoint inside it instead.
 */
#include "config.h"

#include "sc-learning-private.h"

void
sc_learning_set_error (ScDatabase  *database,
                       GError     **error)
{
  sqlite3 *db = sc_database_get_handle (database);

  sc_sqlite_set_error (error, db, sqlite3_extended_errcode (db),
                       sc_database_get_path (database), SC_SQLITE_ROLE_DATABASE);
}

gboolean
sc_learning_tx_begin (ScLearningTx  *tx,
                      ScDatabase    *database,
                      GError       **error)
{
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (sc_database_get_handle (database) != NULL, FALSE);

  db = sc_database_get_handle (database);
  tx->database = database;
  tx->savepoint = !sqlite3_get_autocommit (db);
  tx->open = FALSE;

  rc = sqlite3_exec (db, tx->savepoint ? "SAVEPOINT sc_learning" : "BEGIN IMMEDIATE",
                     NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sc_learning_set_error (database, error);
      return FALSE;
    }

  tx->open = TRUE;

  return TRUE;
}

/**
 * sc_learning_tx_fail:
 *
 * Undoes everything since sc_learning_tx_begin(). Returns %FALSE, so a
 * failing path can end with `return sc_learning_tx_fail (&tx);`.
 */
gboolean
sc_learning_tx_fail (ScLearningTx *tx)
{
  sqlite3 *db;

  if (!tx->open)
    return FALSE;

  db = sc_database_get_handle (tx->database);
  tx->open = FALSE;
  if (tx->savepoint)
    sqlite3_exec (db, "ROLLBACK TO sc_learning; RELEASE sc_learning", NULL, NULL, NULL);
  else if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

  return FALSE;
}

gboolean
sc_learning_tx_commit (ScLearningTx  *tx,
                       GError       **error)
{
  sqlite3 *db;

  g_return_val_if_fail (tx->open, FALSE);

  db = sc_database_get_handle (tx->database);
  if (sqlite3_exec (db, tx->savepoint ? "RELEASE sc_learning" : "COMMIT",
                    NULL, NULL, NULL) != SQLITE_OK)
    {
      sc_learning_set_error (tx->database, error);
      return sc_learning_tx_fail (tx);
    }

  tx->open = FALSE;

  return TRUE;
}

ScLearningStmt *
sc_learning_prepare (ScDatabase  *database,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (sc_database_get_handle (database), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      sc_learning_set_error (database, error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

gboolean
sc_learning_step_done (ScDatabase      *database,
                       ScLearningStmt  *stmt,
                       GError         **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sc_learning_set_error (database, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * sc_learning_step_row:
 *
 * Returns: %SQLITE_ROW, %SQLITE_DONE, or -1 with @error set
 */
int
sc_learning_step_row (ScDatabase      *database,
                      ScLearningStmt  *stmt,
                      GError         **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;

  sc_learning_set_error (database, error);

  return -1;
}

void
sc_learning_bind_text (ScLearningStmt *stmt,
                       int             index,
                       const char     *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

const char *
sc_learning_column_text (ScLearningStmt *stmt,
                         int             index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}
