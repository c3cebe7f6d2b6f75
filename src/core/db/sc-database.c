/* sc-database.c - the learner's local database
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening never changes a file it cannot vouch for: the header, the
 * application id and the schema version are read first, and only a file
 * that is new or already Shopcraft's, at a version this build knows, is
 * switched to WAL and migrated.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-database.h"
#include "sc-error.h"

#define MIGRATIONS_PATH RESOURCE_BASE_PATH "/core/db/migrations"

struct _ScDatabase
{
  GObject  parent_instance;

  char    *path;
  sqlite3 *db;
  int      schema_version;
};

G_DEFINE_FINAL_TYPE (ScDatabase, sc_database, G_TYPE_OBJECT)

static void
sc_database_finalize (GObject *object)
{
  ScDatabase *self = SC_DATABASE (object);

  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

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

static void
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *path)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SC_ERROR, SC_ERROR_LOCKED,
                   _("%s is in use by another program (%s). Close other copies of Shopcraft and try again."),
                   path, detail);
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, SC_ERROR, SC_ERROR_CORRUPT,
                   _("%s is damaged or is not a database (%s). Restore a backup with --restore FILE, or choose another folder with --data-dir."),
                   path, detail);
      break;

    case SQLITE_FULL:
      g_set_error (error, SC_ERROR, SC_ERROR_FULL,
                   _("%s cannot grow: the disk is full (%s). Free some space and try again."),
                   path, detail);
      break;

    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_IOERR:
      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   _("%s cannot be opened for writing (%s). Check the folder’s permissions, or choose another folder with --data-dir."),
                   path, detail);
      break;

    default:
      g_set_error (error, SC_ERROR, SC_ERROR_FAILED,
                   _("%s could not be used (%s)."), path, detail);
    }
}

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           int        *out_value,
           int        *out_rc)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out_value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  *out_rc = rc;

  return rc == SQLITE_OK;
}

int
sc_database_get_latest_version (void)
{
  g_auto(GStrv) names = NULL;
  int latest = 0;

  names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    latest = MAX (latest, (int) g_ascii_strtoll (names[i], NULL, 10));

  return latest;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
migrate (ScDatabase  *self,
         GError     **error)
{
  g_auto(GStrv) names = NULL;
  guint n_names;

  names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  g_assert (names != NULL);
  n_names = g_strv_length (names);
  qsort (names, n_names, sizeof (char *), compare_names);

  for (guint i = 0; i < n_names; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *resource = NULL;
      g_autofree char *sql = NULL;
      int version = (int) g_ascii_strtoll (names[i], NULL, 10);
      char *errmsg = NULL;
      int rc;

      if (version <= self->schema_version)
        continue;

      resource = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);
      bytes = g_resources_lookup_data (resource, 0, NULL);
      g_assert (bytes != NULL);

      sql = g_strdup_printf ("BEGIN IMMEDIATE;\n%.*s\n;"
                             "PRAGMA application_id = %d;"
                             "PRAGMA user_version = %d;"
                             "COMMIT;",
                             (int) g_bytes_get_size (bytes),
                             (const char *) g_bytes_get_data (bytes, NULL),
                             SC_DATABASE_APPLICATION_ID,
                             version);

      rc = sqlite3_exec (self->db, sql, NULL, NULL, &errmsg);
      if (rc != SQLITE_OK)
        {
          set_sqlite_error (error, self->db, rc, self->path);
          sqlite3_free (errmsg);
          if (!sqlite3_get_autocommit (self->db))
            sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }

      self->schema_version = version;
    }

  return TRUE;
}

/**
 * sc_database_open:
 * @path: the database file; created when missing
 * @error: a #GError naming @path, the cause and what to do next
 *
 * Returns: (transfer full) (nullable): the database, migrated to the
 *   latest schema, or %NULL with @error set and the file untouched.
 */
ScDatabase *
sc_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(ScDatabase) self = NULL;
  g_autofree char *dir = NULL;
  int n_objects = 0;
  int app_id = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   _("The folder %s cannot be created (%s). Choose another folder with --data-dir."),
                   dir, g_strerror (saved_errno));
      return NULL;
    }

  self = g_object_new (SC_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, path);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 2000);

  /* A truncated or random file opens "successfully": read the schema now. */
  if (!query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_objects, &rc) ||
      !query_int (self->db, "PRAGMA application_id", &app_id, &rc) ||
      !query_int (self->db, "PRAGMA user_version", &self->schema_version, &rc))
    {
      set_sqlite_error (error, self->db, rc, path);
      return NULL;
    }

  if (app_id != SC_DATABASE_APPLICATION_ID && (app_id != 0 || n_objects > 0))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_FOREIGN,
                   _("%s is not a Shopcraft database. Move it away, or choose another folder with --data-dir."),
                   path);
      return NULL;
    }

  if (self->schema_version > sc_database_get_latest_version ())
    {
      g_set_error (error, SC_ERROR, SC_ERROR_TOO_NEW,
                   _("%s was written by a newer Shopcraft (schema %d; this version knows %d). Update Shopcraft; the file was left as it is."),
                   path, self->schema_version, sc_database_get_latest_version ());
      return NULL;
    }

  /* Foreign keys are ignored inside a transaction: set before any. */
  if (!sc_database_exec (self,
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = NORMAL;",
                         error))
    return NULL;

  if (!migrate (self, error))
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

const char *
sc_database_get_path (ScDatabase *self)
{
  g_return_val_if_fail (SC_IS_DATABASE (self), NULL);

  return self->path;
}

/**
 * sc_database_get_handle:
 *
 * Returns: the connection of the thread that opened @self; it never
 *   crosses to another thread.
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

gboolean
sc_database_exec (ScDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  char *errmsg = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, &errmsg);
  sqlite3_free (errmsg);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}
