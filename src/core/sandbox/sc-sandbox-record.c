/* sc-sandbox-record.c - a change to a practice store, recorded as a changeset
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every action records exactly what it changed with SQLite's session
 * extension, attached to the tables the action may touch (never the log),
 * so that undo can apply the inverse.
 */
#include "config.h"

#include "sc-run-private.h"
#include "sc-sandbox-action-private.h"

/**
 * sc_sandbox_record:
 * @out_changeset: (out) (transfer full) (nullable): what @change changed,
 *   or %NULL when it changed nothing
 *
 * Returns: %FALSE when @change failed (its error) or the session did
 */
gboolean
sc_sandbox_record (sqlite3             *db,
                   const char * const  *tables,
                   ScSandboxChange      change,
                   gpointer             user_data,
                   GBytes             **out_changeset,
                   GError             **error)
{
  sqlite3_session *session = NULL;
  void *data = NULL;
  int size = 0;
  int rc;

  *out_changeset = NULL;

  rc = sqlite3session_create (db, "main", &session);
  for (guint i = 0; rc == SQLITE_OK && tables[i] != NULL; i++)
    rc = sqlite3session_attach (session, tables[i]);
  if (rc != SQLITE_OK)
    {
      if (session != NULL)
        sqlite3session_delete (session);
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  if (!change (db, user_data, error))
    {
      sqlite3session_delete (session);
      return FALSE;
    }

  rc = sqlite3session_changeset (session, &size, &data);
  sqlite3session_delete (session);
  if (rc != SQLITE_OK)
    {
      sqlite3_free (data);
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  if (size > 0)
    *out_changeset = g_bytes_new (data, (gsize) size);
  sqlite3_free (data);

  return TRUE;
}

/**
 * sc_sandbox_run:
 * @stmt: (transfer full) (nullable): a prepared statement with its
 *   values bound, or %NULL when preparing it failed
 *
 * Steps @stmt to its end and finalizes it.
 */
gboolean
sc_sandbox_run (sqlite3_stmt  *stmt,
                sqlite3       *db,
                GError       **error)
{
  int rc = SQLITE_ERROR;

  if (stmt != NULL)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  return TRUE;
}
