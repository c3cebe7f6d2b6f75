/* test-numbers-on-threads.c - numbers parse on the course reader's threads from the first one
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib 2.74's g_ascii_strtoull () sets up a C locale the first time it
 * runs. A thread that waits for another to finish that setup can come
 * out of the wait with errno set, and g_ascii_string_to_unsigned () then
 * refuses a good number: on a course of 32 lessons or more, whose files
 * are checked on the read-ahead thread while the reading and schema
 * threads parse numbers too, minutes="18" on the first lesson was now and
 * then "not a whole number from 1 to 600", and a valid course was refused.
 * sc_course_reader_init () does that setup on the thread that calls it.
 *
 * The race needs a process that has parsed no number yet, and
 * g_test_init () parses some, so each round is this program started
 * again with --threads: sc_course_reader_init (), then eight threads
 * released together parse "18". Without the setup, about one process in
 * twenty saw a refusal here; with it, none may.
 */
#include <glib.h>

#include "sc-course-reader.h"

#define N_THREADS 8
#define N_ROUNDS 60

static gint go;

static gpointer
parse_number (gpointer data)
{
  guint64 value = 0;

  while (!g_atomic_int_get (&go))
    ;

  return GINT_TO_POINTER (g_ascii_string_to_unsigned ("18", 10, 1, 600, &value, NULL) &&
                          value == 18);
}

/* Returns the number of threads that refused "18". */
static int
run_threads (void)
{
  GThread *threads[N_THREADS];
  int refused = 0;

  sc_course_reader_init ();

  for (guint i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("number", parse_number, NULL);
  g_atomic_int_set (&go, 1);
  for (guint i = 0; i < N_THREADS; i++)
    if (!g_thread_join (threads[i]))
      refused++;

  return refused;
}

static const char *program;

static void
test_numbers_on_threads (void)
{
  for (guint round = 0; round < N_ROUNDS; round++)
    {
      const char *argv[] = { program, "--threads", NULL };
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                    &status, &error);
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, &error))
        g_error ("round %u: a thread refused the number 18 (%s)", round, error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything of GLib's test harness parses a number. */
  if (argc == 2 && g_str_equal (argv[1], "--threads"))
    return run_threads () == 0 ? 0 : 1;

  program = argv[0];
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/course/numbers-on-threads", test_numbers_on_threads);

  return g_test_run ();
}
