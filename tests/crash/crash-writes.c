/* crash-writes.c - the registry of write paths test-crash kills, and their shared helpers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "crash-writes.h"
#include "sc-course-problems.h"
#include "sc-course-reader.h"
#include "sc-sqlite.h"

/* One line per write path (crash-writes.h says what each field is).
 * A later issue adds its writes here, with their functions in a file of
 * their own (listed in tests/crash/meson.build). */
const CrashWrite crash_writes[] = {
  { "learners",          crash_learners_set_up,        crash_learners_write,     crash_learners_verify,        12, 10 },
  { "progress",          crash_progress_set_up,        crash_progress_write,     crash_progress_verify,        12, 10 },
  { "reading-sessions",  crash_sessions_set_up,        crash_sessions_write,     crash_sessions_verify,        12, 10 },
  { "daily-backup",      crash_daily_backup_set_up,    crash_daily_backup_write, crash_daily_backup_verify,     6, 10 },
  { "backup-save",       crash_backup_save_set_up,     crash_backup_save_write,  crash_backup_save_verify,      4, 10 },
  { "restore",           crash_restore_set_up,         crash_restore_write,      crash_restore_verify,          4, 10 },
  { "migrate-fresh",     crash_migrate_fresh_set_up,   crash_migrate_write,      crash_migrate_fresh_verify,    1,  1 },
  { "migrate-upgrade",   crash_migrate_upgrade_set_up, crash_migrate_write,      crash_migrate_upgrade_verify,  1,  1 },
  { "attempt-responses", crash_attempt_set_up,         crash_attempt_write,      crash_attempt_verify,         12, 10 },
  { "sandbox-actions",   crash_sandbox_set_up,         crash_sandbox_write,      crash_sandbox_verify,         12, 10 },
  { "scenario-reset",    crash_scenario_run_set_up,    crash_scenario_run_write, crash_scenario_run_verify,    12, 10 },
  { "essay-grades",      crash_grading_set_up,         crash_grading_write,      crash_grading_verify,         12, 10 },
  { "sandbox-options",   crash_sandbox_options_set_up, crash_sandbox_options_write, crash_sandbox_options_verify, 12, 10 },
};

const guint crash_n_writes = G_N_ELEMENTS (crash_writes);

/* In the child */

ScDatabase *
crash_child_database (CrashChild  *child,
                      GError     **error)
{
  if (child->database == NULL)
    child->database = sc_database_open (child->db_path, error);

  return child->database;
}

ScCourse *
crash_child_course (CrashChild  *child,
                    GError     **error)
{
  if (child->course == NULL)
    child->course = g_object_ref (crash_example_course ());

  return child->course;
}

ScLearner *
crash_child_learner (CrashChild  *child,
                     GError     **error)
{
  if (child->learner == NULL && crash_child_database (child, error) != NULL)
    child->learner = sc_learner_ensure_default (child->database, error);

  return child->learner;
}

void
crash_child_clear (CrashChild *child)
{
  g_clear_pointer (&child->learner, sc_learner_free);
  g_clear_object (&child->course);
  if (child->database != NULL)
    sc_database_close (child->database, NULL);
  g_clear_object (&child->database);
  g_clear_pointer (&child->dir, g_free);
  g_clear_pointer (&child->data_dir, g_free);
  g_clear_pointer (&child->db_path, g_free);
}

/* In the test */

/* docs/example-course: three lessons, one with a procedure of four
 * steps; loaded once, before the first child is forked. */
ScCourse *
crash_example_course (void)
{
  static ScCourse *course;

  if (course == NULL)
    {
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autofree char *dir = NULL;
      g_autoptr(GError) error = NULL;

      dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "docs", "example-course", NULL);
      course = sc_course_load (dir, problems, &error);
      g_assert_no_error (error);
    }

  return course;
}

/* Closes a database the test opened to check it. Without syncing: the
 * runs kill processes, they do not cut the power, and the kernel keeps
 * what was written either way. */
void
crash_close (ScDatabase *database)
{
  g_autoptr(GError) error = NULL;

  sqlite3_exec (sc_database_get_handle (database), "PRAGMA synchronous = OFF", NULL, NULL, NULL);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

static guint n_scratch;
static guint64 scratch_bytes;

/* A file a killed run left behind under a scratch name (a dot file):
 * harmless, but counted for the summary. */
gboolean
crash_is_scratch (const char *dir,
                  const char *name)
{
  g_autofree char *path = NULL;
  struct stat st;

  if (name[0] != '.')
    return FALSE;

  path = g_build_filename (dir, name, NULL);
  if (lstat (path, &st) == 0)
    {
      n_scratch++;
      scratch_bytes += (guint64) st.st_size;
    }

  return TRUE;
}

/* How many scratch files the last check saw, and their size; then
 * counts again from zero. */
guint
crash_take_scratch (guint64 *out_bytes)
{
  guint n = n_scratch;

  *out_bytes = scratch_bytes;
  n_scratch = 0;
  scratch_bytes = 0;

  return n;
}

char *
crash_data_path (const char *dir,
                 const char *name)
{
  return g_build_filename (dir, "data", name, NULL);
}

int
crash_query_int (sqlite3    *db,
                 const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Every row of @sql, columns joined by "|", one row a line. */
char *
crash_dump (sqlite3    *db,
            const char *sql)
{
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (dump, "%s%s", i > 0 ? "|" : "", text != NULL ? text : "NULL");
        }
      g_string_append_c (dump, '\n');
    }
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);

  return g_string_free (dump, FALSE);
}

/* The full check, every page and every index entry, plus the foreign keys
 * (a half-done delete would leave rows pointing at nobody). */
void
crash_assert_sound (sqlite3    *db,
                    const char *what)
{
  g_autofree char *integrity = crash_dump (db, "PRAGMA integrity_check");
  g_autofree char *foreign = crash_dump (db, "PRAGMA foreign_key_check");

  if (g_strcmp0 (integrity, "ok\n") != 0 || g_strcmp0 (foreign, "") != 0)
    g_test_message ("%s: integrity_check: %s foreign_key_check: %s", what, integrity, foreign);
  g_assert_cmpstr (integrity, ==, "ok\n");
  g_assert_cmpstr (foreign, ==, "");
}

/* Opens the database of @dir the way Shopcraft does after a crash, which
 * must work, and checks it. */
ScDatabase *
crash_reopen (const char *dir)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  g_autoptr(GError) error = NULL;
  ScDatabase *database;

  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_database_get_schema_version (database), ==, sc_database_get_latest_version ());
  crash_assert_sound (sc_database_get_handle (database), path);

  return database;
}

char *
crash_learner_names (sqlite3 *db)
{
  return crash_dump (db, "SELECT display_name FROM learners ORDER BY display_name");
}

/* A backup or kept copy: it must be a sound Shopcraft database, checked
 * as --restore would check it. Returns its learners' names. */
char *
crash_copy_learner_names (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *names;
  sqlite3 *db;

  db = sc_sqlite_open (path, SC_SQLITE_OPEN_READONLY, SC_SQLITE_ROLE_CANDIDATE, &error);
  g_assert_no_error (error);
  if (!sc_sqlite_probe (db, path, SC_SQLITE_ROLE_CANDIDATE, sc_database_get_latest_version (), NULL, &error) ||
      !sc_sqlite_quick_check (db, path, SC_SQLITE_ROLE_CANDIDATE, &error))
    g_test_message ("%s is named like a good copy but is not one", path);
  g_assert_no_error (error);
  names = crash_learner_names (db);
  sc_sqlite_close (db);

  return names;
}

/* A Shopcraft database with @n_learners learners called "@name_prefix N",
 * each with @n_statements statements, closed cleanly. */
void
crash_make_database (const char *path,
                     const char *name_prefix,
                     guint       n_learners,
                     guint       n_statements)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GString) sql = g_string_new ("BEGIN;");

  database = sc_database_open (path, &error);
  g_assert_no_error (error);

  g_string_append_printf (sql,
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
                          " INSERT INTO learners (uuid, display_name) SELECT 'uuid-' || i, '%s ' || i FROM n;",
                          n_learners, name_prefix);
  if (n_statements > 0)
    g_string_append_printf (sql,
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u)"
                            " INSERT INTO statements (id, learner_id, verb, object_id, timestamp, json)"
                            " SELECT 's-' || learners.id || '-' || i, learners.id, 'urn:verb', 'urn:object',"
                            "        '2026-11-28T10:00:00Z', '{\"n\": \"' || hex (randomblob (100)) || '\"}'"
                            " FROM learners, n;",
                            n_statements);
  g_string_append (sql, "COMMIT;");

  g_assert_true (sc_database_exec (database, sql->str, &error));
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

/* The SHA-256 of @path and of its WAL ("-" when absent or empty: an
 * empty WAL holds no change). */
char *
crash_fingerprint (const char *path)
{
  static const char * const suffixes[] = { "", "-wal" };
  GString *print = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (name, &contents, &length, NULL) && (length > 0 || i == 0))
        {
          g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                              (const guint8 *) contents, length);

          g_string_append_printf (print, "%s%s: %" G_GSIZE_FORMAT " bytes %s; ",
                                  path, suffixes[i], length, sum);
        }
      else
        g_string_append_printf (print, "%s%s: -; ", path, suffixes[i]);
    }

  return g_string_free (print, FALSE);
}

void
crash_copy_tree (const char *from,
                 const char *to)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);
  dir = g_dir_open (from, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        {
          crash_copy_tree (source, target);
          continue;
        }

      g_file_get_contents (source, &contents, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (target, contents, length, &error);
      g_assert_no_error (error);
    }
}

void
crash_remove_tree (const char *path)
{
  struct stat st;

  if (lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          crash_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/**
 * crash_pick_committed:
 * @observed: what the folder holds, as text
 * @expected_after: what it must hold after exactly N writes
 *
 * The run's acknowledged writes are all there, and the write in flight
 * is wholly there or wholly absent: @observed is what N writes give, for
 * N the number acknowledged or one more.
 *
 * Returns: that N
 */
guint
crash_pick_committed (const CrashCheck  *check,
                      const char        *what,
                      const char        *observed,
                      char            *(*expected_after) (guint n))
{
  guint acked = check->start + check->n_acked;
  g_autofree char *exactly = expected_after (acked);
  g_autofree char *one_more = NULL;

  if (g_strcmp0 (observed, exactly) == 0)
    return acked;

  one_more = expected_after (acked + 1);
  if (g_strcmp0 (observed, one_more) == 0)
    return acked + 1;

  g_test_message ("%s after %u acknowledged writes:\n%s\nexpected:\n%s\nor, with one more:\n%s",
                  what, acked, observed, exactly, one_more);
  g_assert_cmpstr (observed, ==, exactly);

  return acked;
}
