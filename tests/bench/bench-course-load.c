/* bench-course-load.c - load, validate and index a course, as the app does, and exit
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-course-load [--again] COURSE_DIR DATA_DIR
 *
 * The subject of tests/bench/cases/course_load.py: reads COURSE_DIR with
 * the app's reader (size-capped reads, structural pass, references, the
 * RELAX NG backstop: what `shopcraft --validate-course` does), opens a
 * new database in the empty folder DATA_DIR (migrations included) and
 * indexes the course for search, as the app does with a course new to
 * it. As in the app, the course is read on a thread of its own while the
 * main thread opens the database (whose connection belongs to the thread
 * that opened it), and the search index, a store of its own beside the
 * database (sc-search-store.c), is written by a third thread as the
 * lessons are read (sc-course-index-stream.c), committed once the course
 * has loaded; the checks the course passed are kept in
 * DATA_DIR/cache/course-checks, as the app keeps them
 * (sc-course-checks.c).
 *
 * With --again, DATA_DIR is one an earlier run filled: the next start of
 * the app on the same course, which reuses the checks kept and finds the
 * index up to date.
 *
 * The course is not freed at the end: the app keeps it while it runs.
 *
 * Prints how long each step took on standard error, and exits 1 with the
 * course's problems when it does not load, or when the index was not
 * written anew (without --again: DATA_DIR was not empty) or was (with
 * --again: DATA_DIR was not filled by an earlier run).
 */
#include "config.h"

#include <stdio.h>

#include "sc-course-index.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-search-store.h"

typedef struct
{
  const char       *dir;
  ScCourseChecks   *checks;
  ScCourseIndexStream *stream;
  ScCourseProblems *problems;
  ScCourse         *course;
  GError           *error;
  double            load_ms;
} Load;

/* Still reachable at exit, for leak checkers: see the end of main (). */
static ScCourse *kept_course;

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

static gpointer
load_course (gpointer data)
{
  Load *load = data;
  gint64 start = g_get_monotonic_time ();

  load->course = sc_course_load_indexed (load->dir, load->checks, load->stream, load->problems,
                                         &load->error);
  load->load_ms = elapsed_ms (start);

  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autoptr(ScCourseChecks) checks = sc_course_checks_new ();
  g_autofree char *checks_path = NULL;
  g_autofree char *store_path = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) index_error = NULL;
  ScCourseIndexResult result;
  GThread *thread;
  Load load = { NULL };
  gint64 start;
  double load_ms;
  double open_ms;
  double index_ms;
  gboolean streamed;
  gboolean again = argc == 4 && g_str_equal (argv[1], "--again");
  const char *course_dir;
  const char *data_dir;

  if (argc != 3 && !again)
    {
      fprintf (stderr, "usage: %s [--again] COURSE_DIR DATA_DIR\n", argv[0]);
      return 2;
    }
  course_dir = argv[argc - 2];
  data_dir = argv[argc - 1];

  sc_course_reader_init ();

  problems = sc_course_problems_new ();
  load.dir = course_dir;
  load.problems = problems;
  load.checks = checks;
  /* Read before the thread starts, as the app's worker does first. */
  checks_path = g_build_filename (data_dir, "cache", "course-checks", NULL);
  if (!sc_course_checks_read (checks, checks_path, &error) && again)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  g_clear_error (&error);
  /* As the app does: a course new to the search store is indexed while
   * it is read (sc-course-index-stream.c). */
  store_path = g_build_filename (data_dir, SC_SEARCH_STORE_FILE_NAME, NULL);
  load.stream = sc_course_index_stream_new (store_path);
  thread = g_thread_new ("bench-course-load", load_course, &load);

  start = g_get_monotonic_time ();
  database = sc_database_open_in_dir (data_dir, &error);
  open_ms = elapsed_ms (start);

  g_thread_join (thread);
  course = load.course;
  load_ms = load.load_ms;
  start = g_get_monotonic_time ();
  streamed = sc_course_index_stream_finish (load.stream, course, &index_error);
  if (index_error != NULL)
    {
      fprintf (stderr, "%s\n", index_error->message);
      return 1;
    }
  if (course == NULL)
    {
      for (guint i = 0; i < sc_course_problems_get_len (problems) && i < 20; i++)
        {
          g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

          fprintf (stderr, "%s\n", line);
        }
      fprintf (stderr, "%s: %s\n", course_dir, load.error != NULL ? load.error->message : "does not load");
      g_clear_error (&load.error);
      return 1;
    }

  if (database == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  if (sc_course_checks_get_changed (checks) &&
      !sc_course_checks_write (checks, checks_path, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  result = streamed ? SC_COURSE_INDEX_UPDATED : sc_course_index_update (database, course, &error);
  index_ms = elapsed_ms (start);
  if (result != (again ? SC_COURSE_INDEX_UNCHANGED : SC_COURSE_INDEX_UPDATED))
    {
      fprintf (stderr, "%s: %s\n", data_dir,
               error != NULL ? error->message
               : again ? "the index was written anew; give a folder an earlier run filled"
                       : "the index was already up to date; give an empty folder");
      return 1;
    }

  if (!sc_database_close (database, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  fprintf (stderr, "%u lessons: load and validate %.1f ms (%u checks reused), open database %.1f ms, "
           "index %.1f ms after the load%s\n", sc_course_get_lessons (course)->len, load_ms,
           sc_course_checks_get_n_reused (checks), open_ms, index_ms,
           streamed ? " (written while it was read)" : "");

  /* The app keeps the course it loaded for as long as it runs: freeing
   * its model here (20 ms of free () on the 1,000-lesson course) is no
   * part of loading it, and the process's exit gives the memory back. */
  kept_course = g_steal_pointer (&course);

  return 0;
}
