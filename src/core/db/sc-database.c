/* sc-database.c - the learner's local database
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening never changes a file it cannot vouch for: the header, the
 * application id and the schema version are read first, and only a file
 * that is new or already Shopcraft's, at a version this build knows, is
 * switched to WAL and migrated.
 *
 * The connection held here is the one writer: it belongs to the thread
 * that opened it (the main thread of the application). Work on other
 * threads opens its own connection: sc_database_open_reader() to read,
 * ScDatabaseStage to prepare a long write that is then finished here in
 * one short transaction.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-backup.h"
#include "sc-database-private.h"

struct _ScDatabase
{
  GObject   parent_instance;

  char     *path;
  char     *dir;
  char     *marker_path;
  char     *warning;
  sqlite3  *db;
  int       schema_version;
  guint     is_wal : 1;
  guint     was_unclean : 1;
  guint     marked_running : 1;
};

G_DEFINE_FINAL_TYPE (ScDatabase, sc_database, G_TYPE_OBJECT)

static void
sc_database_finalize (GObject *object)
{
  ScDatabase *self = SC_DATABASE (object);

  /* Dropped without sc_database_close(): the marker stays, as after a
   * crash, because nobody said the session ended cleanly. */
  g_clear_pointer (&self->db, sc_sqlite_close);
  g_free (self->path);
  g_free (self->dir);
  g_free (self->marker_path);
  g_free (self->warning);

  G_OBJECT_CLASS (sc_database_parent_class)->finalize (object);
}

static void
sc_database_class_init (ScDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_database_finalize;
}

static void
sc_database_init (ScDatabase *self)
{
}

/**
 * sc_database_resolve_dir:
 * @override_dir: (nullable): the folder given with `--data-dir`
 *
 * Returns: (transfer full): the folder holding the database: the override,
 *   then `SHOPCRAFT_DATA_DIR`, then `$XDG_DATA_HOME/shopcraft`.
 */
char *
sc_database_resolve_dir (const char *override_dir)
{
  const char *env;

  if (override_dir != NULL && *override_dir != '\0')
    return g_canonicalize_filename (override_dir, NULL);

  env = g_getenv ("SHOPCRAFT_DATA_DIR");
  if (env != NULL && *env != '\0')
    return g_canonicalize_filename (env, NULL);

  return g_build_filename (g_get_user_data_dir (), "shopcraft", NULL);
}

static char *
get_boot_id (void)
{
  char *boot_id = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &boot_id, NULL, NULL))
    return g_strdup ("-");

  return g_strstrip (boot_id);
}

/* The marker holds "PID BOOT-ID" of the session that wrote it. It was
 * left behind by a crash unless that process still runs in this boot (a
 * second window on the same folder); our own PID counts as left behind,
 * since this process is only now opening the database. */
static gboolean
marker_left_behind (const char *marker_path)
{
  g_autofree char *contents = NULL;
  g_autofree char *boot_id = NULL;
  g_auto(GStrv) fields = NULL;
  guint64 pid;

  if (!g_file_get_contents (marker_path, &contents, NULL, NULL))
    return g_file_test (marker_path, G_FILE_TEST_EXISTS);

  fields = g_strsplit (g_strstrip (contents), " ", 2);
  boot_id = get_boot_id ();
  if (fields[0] == NULL || fields[1] == NULL ||
      !g_ascii_string_to_unsigned (fields[0], 10, 1, G_MAXINT, &pid, NULL) ||
      g_strcmp0 (fields[1], boot_id) != 0 ||
      (pid_t) pid == getpid ())
    return TRUE;

  return kill ((pid_t) pid, 0) != 0 && errno == ESRCH;
}

static gboolean
set_journal (ScDatabase  *self,
             GError     **error)
{
  g_autofree char *mode = NULL;
  gboolean network;

  /* A new database gets 16 KiB pages (the journal mode below writes its
   * first page, so this comes first; an existing one keeps its own, as
   * SQLite only changes it for an empty file). Courses are indexed and
   * practice stores saved in large transactions: with SQLite's 4 KiB
   * pages the 1,000-lesson course's index took 24,000 writes and 14,600
   * reads of the WAL, with 16 KiB pages 5,900 and 3,100, and every system
   * call is dear in a virtual machine. Small writes, such as a progress
   * heartbeat, add one page to the WAL either way. Only a wish: a file
   * that is not a database fails in the steps below, which say why. */
  sqlite3_exec (self->db, "PRAGMA page_size = 16384", NULL, NULL, NULL);

  network = sc_sqlite_dir_is_network (self->dir);
  if (!network)
    {
      mode = sc_sqlite_query_text (self->db, "PRAGMA journal_mode = WAL");
      if (g_strcmp0 (mode, "wal") == 0)
        {
          self->is_wal = TRUE;
          /* Durable against a killed process; a power cut may lose the
           * last commits, never the file (README, "Your data"). */
          return sc_sqlite_exec (self->db, "PRAGMA synchronous = NORMAL",
                                 self->path, SC_SQLITE_ROLE_DATABASE, error);
        }
      g_clear_pointer (&mode, g_free);
    }

  mode = sc_sqlite_query_text (self->db, "PRAGMA journal_mode = DELETE");
  if (mode == NULL)
    {
      sc_sqlite_set_error (error, self->db, sqlite3_extended_errcode (self->db),
                           self->path, SC_SQLITE_ROLE_DATABASE);
      return FALSE;
    }

  self->is_wal = FALSE;
  if (network)
    self->warning = g_strdup_printf (_("Your data folder %s is on a network file system, where SQLite’s write-ahead log is not safe. Shopcraft uses a slower journal instead; keep only one copy of Shopcraft open on this folder."),
                                     self->dir);
  else
    self->warning = g_strdup_printf (_("%s cannot use SQLite’s write-ahead log here. Shopcraft uses a slower journal instead; keep only one copy of Shopcraft open on this folder."),
                                     self->path);

  /* Without a WAL, NORMAL could corrupt the file on a power cut. */
  return sc_sqlite_exec (self->db, "PRAGMA synchronous = FULL",
                         self->path, SC_SQLITE_ROLE_DATABASE, error);
}

/* A killed backup or restore leaves hidden half-written copies; an hour
 * is far longer than any copy takes, so a younger one may still be in
 * use by another process and is left alone. */
static void
remove_stale_scratch (const char *dir)
{
  g_autofree char *backups = g_build_filename (dir, SC_BACKUP_DIR_NAME, NULL);

  sc_sqlite_remove_stale_scratch (dir, 3600);
  sc_sqlite_remove_stale_scratch (backups, 3600);
}

/**
 * sc_database_open:
 * @path: the database file; created when missing
 * @error: a #GError naming @path, the cause and what to do next
 *
 * Opens the database for the calling thread, which becomes its only
 * writer. The folder is created when missing; a file that is damaged,
 * not Shopcraft's or from a newer Shopcraft is refused untouched.
 *
 * Returns: (transfer full) (nullable): the database, migrated to the
 *   latest schema, or %NULL with @error set.
 */
ScDatabase *
sc_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(ScDatabase) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SC_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->dir = g_path_get_dirname (path);
  self->marker_path = g_build_filename (self->dir, SC_DATABASE_MARKER_NAME, NULL);

  if (!sc_sqlite_ensure_folder (self->dir, SC_SQLITE_ROLE_DATABASE, error) ||
      !sc_sqlite_check_header (path, SC_SQLITE_ROLE_DATABASE, error))
    return NULL;

  self->was_unclean = marker_left_behind (self->marker_path);
  remove_stale_scratch (self->dir);

  self->db = sc_sqlite_open (path, SC_SQLITE_OPEN_CREATE, SC_SQLITE_ROLE_DATABASE, error);
  if (self->db == NULL)
    return NULL;

  /* A truncated or random file opens "successfully": read the schema now. */
  if (!sc_sqlite_probe (self->db, path, SC_SQLITE_ROLE_DATABASE,
                        sc_database_get_latest_version (), &self->schema_version, error))
    return NULL;

  /* Foreign keys are ignored inside a transaction: set before any.
   * Recursive triggers make REPLACE fire delete triggers, so it cannot
   * sidestep the append-only rule of statements. */
  if (!sc_sqlite_exec (self->db,
                       "PRAGMA foreign_keys = ON;"
                       "PRAGMA recursive_triggers = ON;",
                       path, SC_SQLITE_ROLE_DATABASE, error) ||
      !set_journal (self, error) ||
      !sc_database_migrate (self->db, path, &self->schema_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

ScDatabase *
sc_database_open_in_dir (const char  *dir,
                         GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (dir != NULL, NULL);

  path = g_build_filename (dir, SC_DATABASE_FILE_NAME, NULL);

  return sc_database_open (path, error);
}

/**
 * sc_database_close:
 *
 * Ends the session cleanly: lets SQLite update its statistics, closes the
 * connection (which folds the WAL back into the file) and removes the
 * marker written by sc_database_mark_running(). Call it last, after
 * sc_database_backup_daily(). Closing twice does nothing.
 */
gboolean
sc_database_close (ScDatabase  *self,
                   GError     **error)
{
  g_autofree char *cause = NULL;
  int saved_errno;

  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);

  if (self->db == NULL)
    return TRUE;

  sqlite3_exec (self->db, "PRAGMA optimize", NULL, NULL, NULL);
  g_clear_pointer (&self->db, sc_sqlite_close);

  if (self->marked_running)
    {
      self->marked_running = FALSE;
      if (g_unlink (self->marker_path) != 0 && errno != ENOENT)
        {
          saved_errno = errno;
          cause = g_strdup_printf (_("%s cannot be removed (%s)."), self->marker_path,
                                   g_strerror (saved_errno));
          sc_sqlite_fail (error, SC_ERROR_IO, SC_SQLITE_ROLE_DATABASE, cause);
          return FALSE;
        }
    }

  return TRUE;
}

const char *
sc_database_get_path (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);

  return self->path;
}

const char *
sc_database_get_dir (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);

  return self->dir;
}

/**
 * sc_database_get_handle:
 *
 * Returns: (nullable): the connection of the thread that opened @self; it
 *   never crosses to another thread. %NULL after sc_database_close().
 */
sqlite3 *
sc_database_get_handle (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);

  return self->db;
}

int
sc_database_get_schema_version (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), 0);

  return self->schema_version;
}

/**
 * sc_database_get_warning:
 *
 * Returns: (nullable): a sentence to show the user when the database
 *   works but not as well as it should (no WAL on a network file system),
 *   or %NULL.
 */
const char *
sc_database_get_warning (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);

  return self->warning;
}

gboolean
sc_database_is_wal (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);

  return self->is_wal;
}

/**
 * sc_database_set_busy_timeout:
 * @msec: how long a write waits for another program's lock
 */
void
sc_database_set_busy_timeout (ScDatabase *self,
                              int         msec)
{
  g_return_if_fail (SC_IS_DATABASE (self));
  g_return_if_fail (self->db != NULL);

  sqlite3_busy_timeout (self->db, msec);
}

/**
 * sc_database_exec:
 *
 * Runs @sql on the writer connection. When it fails inside a transaction
 * it opened itself, that transaction is rolled back, so a failed write
 * (a full disk, a constraint) never leaves the connection half-way.
 */
gboolean
sc_database_exec (ScDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  gboolean was_autocommit;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  was_autocommit = sqlite3_get_autocommit (self->db);
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sc_sqlite_set_error (error, self->db, rc, self->path, SC_SQLITE_ROLE_DATABASE);
      if (was_autocommit && !sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

/**
 * sc_database_open_reader:
 *
 * Opens a new read-only connection to the database, for the calling
 * thread only (a worker computing analytics or searching). In WAL mode a
 * long read never blocks the writer, and it sees one snapshot until its
 * transaction ends. May be called from any thread.
 *
 * Returns: (transfer full) (nullable): the connection; close it with
 *   sqlite3_close_v2() on the same thread.
 */
sqlite3 *
sc_database_open_reader (ScDatabase  *self,
                         GError     **error)
{
  sqlite3 *db;

  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);

  db = sc_sqlite_open (self->path, SC_SQLITE_OPEN_READONLY, SC_SQLITE_ROLE_DATABASE, error);
  if (db != NULL &&
      !sc_sqlite_exec (db, "PRAGMA query_only = ON", self->path, SC_SQLITE_ROLE_DATABASE, error))
    g_clear_pointer (&db, sc_sqlite_close);

  return db;
}

/* Stages of a session that crashed can never be finished. */
static void
remove_stale_stages (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, SC_DATABASE_STAGE_PREFIX))
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);

          g_unlink (path);
        }
    }
}

/**
 * sc_database_mark_running:
 *
 * Writes the marker that says a window is using the database; a clean
 * sc_database_close() removes it. Finding it at the next open means the
 * last session ended in a crash, a kill or a power cut; then the
 * scratch files of its unfinished stages are removed here. Batch
 * commands do not call this.
 */
gboolean
sc_database_mark_running (ScDatabase  *self,
                          GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *boot_id = get_boot_id ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *cause = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  contents = g_strdup_printf ("%d %s\n", (int) getpid (), boot_id);
  if (!g_file_set_contents (self->marker_path, contents, -1, &local_error))
    {
      cause = g_strdup_printf (_("%s cannot be written (%s)."), self->marker_path,
                               local_error->message);
      sc_sqlite_fail (error, SC_ERROR_IO, SC_SQLITE_ROLE_DATABASE, cause);
      return FALSE;
    }

  self->marked_running = TRUE;

  if (self->was_unclean)
    remove_stale_stages (self->dir);

  return TRUE;
}

/**
 * sc_database_was_unclean:
 *
 * Returns: whether the marker of a running session was already there
 *   when @self was opened, left by a process that no longer runs: the
 *   last session did not close cleanly, and the application should run
 *   sc_database_check_async().
 */
gboolean
sc_database_was_unclean (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);

  return self->was_unclean;
}
