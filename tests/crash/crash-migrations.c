/* crash-migrations.c - killed while opening a data folder for the first time, or upgrading it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one write is sc_database_open(): it creates the folder and the file,
 * switches to WAL and runs every migration, one transaction each. Killed
 * anywhere in it, the next open must succeed at the latest schema, with
 * exactly the tables a clean first start makes, and keep the rows an
 * older schema already held.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "crash-writes.h"
#include "sc-sqlite.h"

#define MIGRATIONS_PATH RESOURCE_BASE_PATH "/core/db/migrations"

#define SCHEMA_SQL "SELECT type, name, tbl_name, sql FROM sqlite_schema" \
                   " WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"

static const char old_names[] = "Old 1\nOld 2\nOld 3\n";

void
crash_migrate_fresh_set_up (const char *dir)
{
  /* Nothing: not even the data folder exists yet. */
}

/* A database as Shopcraft 0.1 with only the first migration left it: in
 * WAL mode, at schema 1, with three learners and their statements. */
void
crash_migrate_upgrade_set_up (const char *dir)
{
  g_autofree char *data_dir = g_build_filename (dir, "data", NULL);
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  g_autofree char *resource = g_build_path ("/", MIGRATIONS_PATH, "0001-initial.sql", NULL);
  g_autofree char *sql = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  bytes = g_resources_lookup_data (resource, 0, &error);
  g_assert_no_error (error);
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  stamp = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1;",
                           SC_DATABASE_APPLICATION_ID);

  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, stamp, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO learners (id, uuid, display_name) VALUES"
                                 " (1, 'u1', 'Old 1'), (2, 'u2', 'Old 2'), (3, 'u3', 'Old 3');"
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)"
                                 " INSERT INTO statements (id, learner_id, verb, object_id, timestamp, json)"
                                 " SELECT 's-' || learners.id || '-' || i, learners.id, 'urn:verb', 'urn:object',"
                                 "        '2026-11-28T10:00:00Z', '{}' FROM learners, n;"
                                 "COMMIT;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

gboolean
crash_migrate_write (CrashChild  *child,
                     guint        i,
                     GError     **error)
{
  if (crash_child_database (child, error) == NULL)
    return FALSE;

  /* Closed as a clean exit would, so the acknowledgement means "done". */
  if (!sc_database_close (child->database, error))
    return FALSE;
  g_clear_object (&child->database);

  return TRUE;
}

/* The schema of a clean first start, made once. */
static const char *
reference_schema (void)
{
  static char *schema;

  if (schema == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("shopcraft-crash-reference-XXXXXX", &error);
      g_autofree char *path = NULL;
      g_autoptr(ScDatabase) database = NULL;

      g_assert_no_error (error);
      path = g_build_filename (dir, "shopcraft.db", NULL);
      database = sc_database_open (path, &error);
      g_assert_no_error (error);
      schema = crash_dump (sc_database_get_handle (database), SCHEMA_SQL);
      crash_close (database);
      crash_remove_tree (dir);
    }

  return schema;
}

/* The schema version the killed child left, as the next open finds it
 * (SQLite recovers the WAL first), or 0 when there is no file. */
static int
version_left (const char *dir)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  sqlite3 *db = NULL;
  int version = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    sc_sqlite_query_int (db, "PRAGMA user_version", &version, NULL);
  sqlite3_close (db);

  return version;
}

static guint
verify (const CrashCheck *check,
        const char       *names)
{
  int latest = sc_database_get_latest_version ();
  int left = version_left (check->dir);
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *learners = NULL;
  sqlite3 *db;

  if (check->n_acked > 0)
    g_assert_cmpint (left, ==, latest);

  database = crash_reopen (check->dir);
  db = sc_database_get_handle (database);
  schema = crash_dump (db, SCHEMA_SQL);
  g_assert_cmpstr (schema, ==, reference_schema ());
  g_assert_cmpint (crash_query_int (db, "PRAGMA application_id"), ==, SC_DATABASE_APPLICATION_ID);
  learners = crash_learner_names (db);
  g_assert_cmpstr (learners, ==, names);
  if (names[0] != '\0')
    g_assert_cmpint (crash_query_int (db, "SELECT count(*) FROM statements"), ==, 150);
  crash_close (database);

  return left == latest ? 1 : 0;
}

guint
crash_migrate_fresh_verify (const CrashCheck *check)
{
  return verify (check, "");
}

guint
crash_migrate_upgrade_verify (const CrashCheck *check)
{
  return verify (check, old_names);
}
