/* sc-course-handoff.c - the threads the course reader's helpers run on
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include "sc-course-handoff.h"

/* The process that made the pool: a child forked later has its memory
 * but none of its threads, so it starts threads of its own. */
static pid_t pool_pid;

typedef struct
{
  ScCourseHandoff *handoff;
  GThreadFunc      func;
  gpointer         data;
} Job;

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;
  ScCourseHandoff *handoff = job->handoff;

  job->func (job->data);
  g_free (job);

  /* The owner may free @handoff as soon as it sees running unset, so
   * nothing touches it after the unlock. */
  sc_course_handoff_lock (handoff);
  handoff->running = FALSE;
  sc_course_handoff_wake (handoff);
  sc_course_handoff_unlock (handoff);
}

static gpointer
run_job_thread (gpointer data)
{
  run_job (data, NULL);

  return NULL;
}

static gpointer
make_pool (gpointer data)
{
  g_autoptr(GError) error = NULL;
  GThreadPool *pool;

  /* No limit: each function waits for the reader, so each needs a thread
   * of its own. A thread that finds no work waits for the next load, and
   * GLib ends the ones idle for long. */
  pool = g_thread_pool_new (run_job, NULL, -1, FALSE, &error);
  if (pool == NULL)
    g_error ("The course reader cannot start its threads: %s", error->message);
  pool_pid = getpid ();

  return pool;
}

/**
 * sc_course_handoff_run:
 * @func: what to run on another thread; it must not return before the
 *   owner can rely on it being done
 * @data: for @func
 *
 * Runs @func (@data) on a thread kept for the course reader's helpers.
 * Call sc_course_handoff_join () before clearing @self.
 */
void
sc_course_handoff_run (ScCourseHandoff *self,
                       GThreadFunc      func,
                       gpointer         data)
{
  static GOnce pool_once = G_ONCE_INIT;
  g_autoptr(GError) error = NULL;
  GThreadPool *pool = g_once (&pool_once, make_pool, NULL);
  Job *job;

  g_return_if_fail (self != NULL);
  g_return_if_fail (func != NULL);
  g_return_if_fail (!self->running);

  job = g_new (Job, 1);
  job->handoff = self;
  job->func = func;
  job->data = data;
  self->running = TRUE;

  if (getpid () != pool_pid)
    g_thread_unref (g_thread_new ("sc-course-helper", run_job_thread, job));
  else if (!g_thread_pool_push (pool, job, &error))
    g_error ("The course reader cannot start a thread: %s", error->message);
}

/**
 * sc_course_handoff_join:
 *
 * Waits until the function of sc_course_handoff_run () has returned.
 */
void
sc_course_handoff_join (ScCourseHandoff *self)
{
  g_return_if_fail (self != NULL);

  sc_course_handoff_lock (self);
  while (self->running)
    sc_course_handoff_wait (self);
  sc_course_handoff_unlock (self);
}
