/* sc-database-migrate.c - numbered schema migrations from the core resource
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Migrations are src/core/db/migrations/NNNN-name.sql, compiled into the
 * core GResource. Each runs in one transaction that also stamps the
 * application id and `user_version`, and is checked for broken foreign
 * keys before it commits (a migration rebuilding a table must not leave
 * dangling references). Migrations only go forward.
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "sc-database-private.h"

#define MIGRATIONS_PATH RESOURCE_BASE_PATH "/core/db/migrations"

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
fail_migration (sqlite3     *db,
                const char  *path,
                int          from_version,
                int          version,
                GError     **error)
{
  int rc = sqlite3_extended_errcode (db);
  g_autofree char *cause = NULL;

  switch (rc & 0xff)
    {
    case SQLITE_ERROR:
    case SQLITE_CONSTRAINT:
      cause = g_strdup_printf (_("%s could not be upgraded to schema %d (%s); it was left at schema %d."),
                               path, version, sqlite3_errmsg (db), from_version);
      sc_sqlite_fail (error, SC_ERROR_FAILED, SC_SQLITE_ROLE_DATABASE, cause);
      break;

    default:
      sc_sqlite_set_error (error, db, rc, path, SC_SQLITE_ROLE_DATABASE);
    }

  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

  return FALSE;
}

static gboolean
run_migration (sqlite3     *db,
               const char  *path,
               int         *inout_version,
               int          version,
               GBytes      *bytes,
               GError     **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *stamp = NULL;
  sqlite3_stmt *stmt = NULL;
  int n_violations = 0;

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  stamp = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                           SC_DATABASE_APPLICATION_ID, version);

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return fail_migration (db, path, *inout_version, version, error);

  /* A migration that rebuilds a table must leave every reference valid. */
  if (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    return fail_migration (db, path, *inout_version, version, error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    n_violations++;
  sqlite3_finalize (stmt);

  if (n_violations > 0)
    {
      g_autofree char *cause = NULL;

      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      cause = g_strdup_printf (_("%s could not be upgraded to schema %d (%d broken references); it was left at schema %d."),
                               path, version, n_violations, *inout_version);
      sc_sqlite_fail (error, SC_ERROR_FAILED, SC_SQLITE_ROLE_DATABASE, cause);
      return FALSE;
    }

  if (sqlite3_exec (db, stamp, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    return fail_migration (db, path, *inout_version, version, error);

  *inout_version = version;

  return TRUE;
}

/**
 * sc_database_migrate:
 * @inout_version: the schema version of @db; updated as migrations run
 *
 * Runs every migration newer than @inout_version from the core resource,
 * in order, one transaction each, so a failure leaves the last good
 * version.
 */
gboolean
sc_database_migrate (sqlite3     *db,
                     const char  *path,
                     int         *inout_version,
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
      int version = (int) g_ascii_strtoll (names[i], NULL, 10);

      if (version <= *inout_version)
        continue;

      resource = g_build_path ("/", MIGRATIONS_PATH, names[i], NULL);
      bytes = g_resources_lookup_data (resource, 0, NULL);
      g_assert (bytes != NULL);

      if (!run_migration (db, path, inout_version, version, bytes, error))
        return FALSE;
    }

  return TRUE;
}
