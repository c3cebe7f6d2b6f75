/* test-full-disk.c - a progress write on a full disk says so and damages nothing
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-database.c fills the disk under a plain SQL write; this does the
 * same under each progress write (open a lesson, tick a step, save the
 * reading position, mark done). The disk is "full" through SQLite's
 * PRAGMA max_page_count (ulimit -f would kill the process instead). Each
 * write is repeated until the file cannot grow: that write must fail with
 * SC_ERROR_FULL and a message naming the file, the cause and the next
 * step; the database must pass integrity_check, hold exactly what the
 * earlier writes left, and take the same write once there is room.
 */
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sc-course-problems.h"
#include "sc-database.h"
#include "sc-course-reader.h"
#include "sc-error.h"
#include "sc-learner.h"
#include "sc-progress.h"

/* A write that needs a new page comes long before this. */
#define MAX_TRIES 5000

typedef enum
{
  WRITE_OPEN,
  WRITE_TICK,
  WRITE_SCROLL,
  WRITE_COMPLETE,
} WriteKind;

typedef struct
{
  char       *dir;
  char       *path;
  ScDatabase *database;
  sqlite3    *db;
  ScCourse   *course;
  ScLearner  *learner;
} Fixture;

static int
query_int (sqlite3    *db,
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

static char *
dump (sqlite3    *db,
      const char *sql)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", text != NULL ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);

  return g_string_free (out, FALSE);
}

/* Everything the progress writes touch. */
static char *
dump_all (sqlite3 *db)
{
  g_autofree char *statements = dump (db, "SELECT id, verb, object_id, registration, json FROM statements ORDER BY id");
  g_autofree char *progress = dump (db, "SELECT * FROM lesson_progress ORDER BY 1, 2, 3");
  g_autofree char *ticks = dump (db, "SELECT * FROM sop_ticks ORDER BY 1, 2, 3, 4, 5");
  g_autofree char *sessions = dump (db, "SELECT * FROM reading_sessions ORDER BY registration");

  return g_strjoin ("--\n", statements, progress, ticks, sessions, NULL);
}

static void
assert_sound (sqlite3 *db)
{
  g_autofree char *integrity = dump (db, "PRAGMA integrity_check");
  g_autofree char *foreign = dump (db, "PRAGMA foreign_key_check");

  g_assert_cmpstr (integrity, ==, "ok\n");
  g_assert_cmpstr (foreign, ==, "");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *course_dir = NULL;

  f->dir = g_dir_make_tmp ("shopcraft-full-disk-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "shopcraft.db", NULL);
  f->database = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  f->db = sc_database_get_handle (f->database);

  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "docs", "example-course", NULL);
  f->course = sc_course_load (course_dir, problems, &error);
  g_assert_no_error (error);
  f->learner = sc_learner_ensure_default (f->database, &error);
  g_assert_no_error (error);

  /* Earlier work that must survive. */
  g_assert_true (sc_progress_open_lesson (f->database, f->learner, f->course, "packing", NULL, &error));
  g_assert_true (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                            "pack-order", 1, TRUE, &error));
  g_assert_true (sc_progress_save_scroll (f->database, f->learner, f->course, "packing", 0.3, &error));
  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "titles", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_clear_pointer (&f->learner, sc_learner_free);
  g_clear_object (&f->course);
  g_clear_object (&f->database);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gboolean
do_write (Fixture    *f,
          WriteKind   kind,
          guint       k,
          GError    **error)
{
  static const char * const lessons[] = { "titles", "pricing", "packing" };
  const char *lesson = lessons[k % G_N_ELEMENTS (lessons)];

  switch (kind)
    {
    case WRITE_OPEN:
      return sc_progress_open_lesson (f->database, f->learner, f->course, lesson, NULL, error);
    case WRITE_TICK:
      return sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing", "pack-order",
                                        k % 4, (k / 4) % 2 == 0, error);
    case WRITE_SCROLL:
      return sc_progress_save_scroll (f->database, f->learner, f->course, lesson,
                                      (k % 10000) / 10000.0, error);
    case WRITE_COMPLETE:
    default:
      return sc_progress_complete_lesson (f->database, f->learner, f->course, lesson, error);
    }
}

static void
test_full_disk (Fixture       *f,
                gconstpointer  data)
{
  WriteKind kind = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *rebuilt = NULL;
  g_autoptr(ScDatabase) reopened = NULL;
  int n_statements;
  guint k;

  /* Three pages more than the file has now: a few writes fit, then one
   * that needs a fourth page fails inside its transaction. */
  sql = g_strdup_printf ("PRAGMA max_page_count = %d", query_int (f->db, "PRAGMA page_count") + 3);
  g_assert_cmpint (sqlite3_exec (f->db, sql, NULL, NULL, NULL), ==, SQLITE_OK);

  before = dump_all (f->db);
  for (k = 0; k < MAX_TRIES; k++)
    {
      if (!do_write (f, kind, k, &error))
        break;
      g_free (before);
      before = dump_all (f->db);
    }
  g_test_message ("the write failed after %u writes: %s", k, error != NULL ? error->message : "(none)");
  g_assert_cmpuint (k, >, 0);
  g_assert_cmpuint (k, <, MAX_TRIES);

  /* The message names the file, the cause and what to do. */
  g_assert_error (error, SC_ERROR, SC_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_nonnull (strstr (error->message, "Free some disk space"));
  g_clear_error (&error);

  /* Nothing half-written: no transaction left open, the file sound, and
   * exactly what the earlier writes left, summaries included. */
  g_assert_true (sqlite3_get_autocommit (f->db));
  assert_sound (f->db);
  after = dump_all (f->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (sc_progress_rebuild (f->database, NULL, &error));
  g_assert_no_error (error);
  rebuilt = dump_all (f->db);
  g_assert_cmpstr (rebuilt, ==, before);

  /* Room again: the same write goes through. */
  n_statements = query_int (f->db, "SELECT count(*) FROM statements");
  g_assert_cmpint (sqlite3_exec (f->db, "PRAGMA max_page_count = 1000000", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (do_write (f, kind, k, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM statements"), ==, n_statements + 1);

  /* And the file opens again as it is. */
  g_assert_true (sc_database_close (f->database, &error));
  g_assert_no_error (error);
  reopened = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  assert_sound (sc_database_get_handle (reopened));
  g_assert_cmpint (query_int (sc_database_get_handle (reopened), "SELECT count(*) FROM statements"),
                   ==, n_statements + 1);
  g_assert_true (sc_database_close (reopened, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sc_course_reader_init ();

  g_test_add ("/full-disk/progress/open-lesson", Fixture, GINT_TO_POINTER (WRITE_OPEN),
              fixture_set_up, test_full_disk, fixture_tear_down);
  g_test_add ("/full-disk/progress/tick-sop-step", Fixture, GINT_TO_POINTER (WRITE_TICK),
              fixture_set_up, test_full_disk, fixture_tear_down);
  g_test_add ("/full-disk/progress/save-scroll", Fixture, GINT_TO_POINTER (WRITE_SCROLL),
              fixture_set_up, test_full_disk, fixture_tear_down);
  g_test_add ("/full-disk/progress/complete-lesson", Fixture, GINT_TO_POINTER (WRITE_COMPLETE),
              fixture_set_up, test_full_disk, fixture_tear_down);

  return g_test_run ();
}
