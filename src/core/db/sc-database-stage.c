/* sc-database-stage.c - a scratch database for a long write on a worker
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 50,000-row import must neither freeze the window nor make a quiz
 * answer fail with SQLITE_BUSY. So the import never writes to the
 * database: a worker thread fills a separate file in the data folder
 * through its own connection, for as long as it needs, and the writer
 * connection then copies the rows over in one short transaction
 * (ATTACH, INSERT … SELECT, DETACH).
 *
 *   main thread:    stage = sc_database_stage_new (db, "CREATE TABLE …")
 *   worker thread:  conn = sc_database_stage_open (stage); … writes …;
 *                   sqlite3_close_v2 (conn)
 *   main thread:    sc_database_stage_finish (stage, db,
 *                     "INSERT INTO main.t SELECT … FROM stage.t")
 *
 * The stage file is removed when it has been finished or when the object
 * goes away unfinished.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-database-stage.h"

struct _ScDatabaseStage
{
  GObject  parent_instance;

  char    *path;
};

G_DEFINE_FINAL_TYPE (ScDatabaseStage, sc_database_stage, G_TYPE_OBJECT)

static void
remove_files (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (journal);
  g_unlink (path);
}

static void
sc_database_stage_finalize (GObject *object)
{
  ScDatabaseStage *self = SC_DATABASE_STAGE (object);

  /* May run on the worker: it only touches the file system. */
  if (self->path != NULL)
    remove_files (self->path);
  g_free (self->path);

  G_OBJECT_CLASS (sc_database_stage_parent_class)->finalize (object);
}

static void
sc_database_stage_class_init (ScDatabaseStageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_database_stage_finalize;
}

static void
sc_database_stage_init (ScDatabaseStage *self)
{
}

static sqlite3 *
open_stage (const char  *path,
            GError     **error)
{
  sqlite3 *db;

  /* Scratch data: a crash throws the stage away, so no durability. */
  db = sc_sqlite_open (path, SC_SQLITE_OPEN_DEFAULT, SC_SQLITE_ROLE_DATABASE, error);
  if (db != NULL &&
      !sc_sqlite_exec (db,
                       "PRAGMA journal_mode = MEMORY;"
                       "PRAGMA synchronous = OFF;",
                       path, SC_SQLITE_ROLE_DATABASE, error))
    g_clear_pointer (&db, sc_sqlite_close);

  return db;
}

/**
 * sc_database_stage_new:
 * @database: the database the rows will end in; only its folder is used
 * @schema_sql: the tables of the stage, e.g. `CREATE TABLE rows (…)`
 *
 * Creates an empty stage file beside @database, with @schema_sql run in
 * it. Call on the thread that owns @database.
 *
 * Returns: (transfer full) (nullable): the stage
 */
ScDatabaseStage *
sc_database_stage_new (ScDatabase  *database,
                       const char  *schema_sql,
                       GError     **error)
{
  g_autoptr(ScDatabaseStage) self = NULL;
  g_autofree char *template = NULL;
  g_autofree char *cause = NULL;
  sqlite3 *db;
  gboolean ok;
  int fd;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (schema_sql != NULL, NULL);

  template = g_build_filename (sc_database_get_dir (database),
                               SC_DATABASE_STAGE_PREFIX "XXXXXX.db", NULL);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      cause = g_strdup_printf (_("A scratch file cannot be created in %s (%s)."),
                               sc_database_get_dir (database), g_strerror (saved_errno));
      sc_sqlite_fail (error, SC_ERROR_IO, SC_SQLITE_ROLE_DATABASE, cause);
      return NULL;
    }
  close (fd);

  self = g_object_new (SC_TYPE_DATABASE_STAGE, NULL);
  self->path = g_steal_pointer (&template);

  db = open_stage (self->path, error);
  if (db == NULL)
    return NULL;
  ok = sc_sqlite_exec (db, schema_sql, self->path, SC_SQLITE_ROLE_DATABASE, error);
  sc_sqlite_close (db);

  return ok ? g_steal_pointer (&self) : NULL;
}

const char *
sc_database_stage_get_path (ScDatabaseStage *self)
{
  g_return_val_if_fail (SC_IS_DATABASE_STAGE (self), NULL);

  return self->path;
}

/**
 * sc_database_stage_open:
 *
 * Opens a connection to the stage for the calling thread (the worker).
 * Write in as many and as long transactions as needed: nothing else uses
 * this file. Close the connection with sqlite3_close_v2() on the same
 * thread before sc_database_stage_finish().
 *
 * Returns: (transfer full) (nullable): the connection
 */
sqlite3 *
sc_database_stage_open (ScDatabaseStage  *self,
                        GError          **error)
{
  g_return_val_if_fail (SC_IS_DATABASE_STAGE (self), NULL);
  g_return_val_if_fail (self->path != NULL, NULL);

  return open_stage (self->path, error);
}

/**
 * sc_database_stage_finish:
 * @database: the database, on the thread that owns it
 * @sql: statements copying rows from `stage.` tables into `main.` ones
 *
 * Attaches the stage as `stage`, runs @sql in one transaction, detaches
 * and removes the stage file. On failure nothing of @sql is kept and the
 * stage stays, so the caller may retry.
 */
gboolean
sc_database_stage_finish (ScDatabaseStage  *self,
                          ScDatabase       *database,
                          const char       *sql,
                          GError          **error)
{
  return sc_database_stage_finish_then (self, database, sql, NULL, NULL, error);
}

/**
 * sc_database_stage_finish_then:
 * @then: (nullable): more writes after @sql in the same transaction, for
 *   rows a statement cannot copy (a model saved by its own code); when it
 *   fails, nothing of @sql stays either
 *
 * Like sc_database_stage_finish (), with @then before the commit.
 */
gboolean
sc_database_stage_finish_then (ScDatabaseStage      *self,
                               ScDatabase           *database,
                               const char           *sql,
                               ScDatabaseStageThen   then,
                               gpointer              user_data,
                               GError              **error)
{
  g_autofree char *transaction = NULL;
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE_STAGE (self), FALSE);
  g_return_val_if_fail (self->path != NULL, FALSE);
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  db = sc_database_get_handle (database);
  g_return_val_if_fail (db != NULL, FALSE);

  rc = sqlite3_prepare_v2 (db, "ATTACH DATABASE ?1 AS stage", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, self->path, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      sc_sqlite_set_error (error, db, rc, self->path, SC_SQLITE_ROLE_DATABASE);
      return FALSE;
    }

  if (then == NULL)
    {
      transaction = g_strconcat ("BEGIN IMMEDIATE;\n", sql, "\n;COMMIT;", NULL);
      ok = sc_database_exec (database, transaction, error);
    }
  else
    {
      transaction = g_strconcat ("BEGIN IMMEDIATE;\n", sql, NULL);
      ok = sc_database_exec (database, transaction, error)
           && then (db, user_data, error)
           && sc_database_exec (database, "COMMIT", error);
      if (!ok && !sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
    }
  sqlite3_exec (db, "DETACH DATABASE stage", NULL, NULL, NULL);

  if (ok)
    {
      remove_files (self->path);
      g_clear_pointer (&self->path, g_free);
    }

  return ok;
}
