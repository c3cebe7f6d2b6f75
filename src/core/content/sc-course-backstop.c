/* sc-course-backstop.c - the RELAX NG backstop of a course's files, on a thread of its own
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Validating a file against the schema costs about as much as parsing it
 * and building its lesson together, and its result is not needed until
 * the whole course is read. So the reader hands each clean document over
 * here and goes on with the next file while a thread of this object
 * validates it, then frees it.
 *
 * The thread has its own compiled schema (compiling it takes a
 * thousandth of a large course's validation) and its own problem list;
 * a document pushed belongs to it from then on, and the reader never
 * touches it again. sc_course_backstop_finish() waits for the last
 * document and adds what the schema found to the reader's problems, which
 * keep problems sorted by file and line whatever order they came in: the
 * result is the same as validating each file on the spot.
 *
 * At most MAX_PENDING documents wait, so a course whose files parse faster
 * than they validate never holds all their trees in memory at once.
 *
 * A validated document goes back to the reader's thread to be freed, the
 * next time it pushes one: its memory came from that thread's malloc
 * arena, and freeing it here would take that arena's lock while the
 * reader allocates its next file from it, a contention that cost futex
 * calls by the thousand. Freed by the reader, it is memory the next file
 * reuses at once.
 */
#include "config.h"

#include "sc-course-backstop.h"
#include "sc-course-handoff.h"
#include "sc-course-schema.h"

#define MAX_PENDING 16

/* A thread waiting for documents is woken when this many are there (or
 * at the end), not for each one: waking it is a system call. */
#define WAKE_BATCH 4

typedef struct
{
  xmlDoc                  *doc;
  char                    *file;
  ScCourseBackstopRelease  release;
  gpointer                 release_data;
} Job;

struct _ScCourseBackstop
{
  ScCourseHandoff   handoff;
  GQueue            jobs;      /* Job, oldest first */
  GQueue            done;      /* Job validated, for the pushing thread to free */
  gboolean          finished;  /* no more jobs will come */
  ScCourseProblems *problems;  /* the thread's own */
};

static void
job_free (gpointer data)
{
  Job *job = data;

  if (job->release != NULL)
    job->release (job->doc, job->release_data);
  else
    xmlFreeDoc (job->doc);
  g_free (job->file);
  g_free (job);
}

static gpointer
validate_jobs (gpointer data)
{
  ScCourseBackstop *self = data;
  g_autoptr(ScCourseSchema) schema = sc_course_schema_new ();
  Job *validated = NULL;

  for (;;)
    {
      Job *job;

      sc_course_handoff_lock (&self->handoff);
      if (validated != NULL)
        g_queue_push_tail (&self->done, g_steal_pointer (&validated));
      while (g_queue_is_empty (&self->jobs) && !self->finished)
        sc_course_handoff_wait (&self->handoff);
      job = g_queue_pop_head (&self->jobs);
      sc_course_handoff_wake (&self->handoff);
      sc_course_handoff_unlock (&self->handoff);

      if (job == NULL)
        break;

      sc_course_schema_validate (schema, job->doc, job->file, self->problems);
      validated = job;
    }

  return NULL;
}

/**
 * sc_course_backstop_new:
 *
 * Starts the thread that validates what sc_course_backstop_push() hands
 * it. Call sc_course_backstop_finish() exactly once, which frees it.
 *
 * Returns: (transfer full): the backstop
 */
ScCourseBackstop *
sc_course_backstop_new (void)
{
  ScCourseBackstop *self = g_new0 (ScCourseBackstop, 1);

  sc_course_handoff_init (&self->handoff);
  g_queue_init (&self->jobs);
  g_queue_init (&self->done);
  self->problems = sc_course_problems_new ();
  sc_course_handoff_run (&self->handoff, validate_jobs, self);

  return self;
}

/**
 * sc_course_backstop_push:
 * @doc: (transfer full): a parsed course file; the backstop validates
 *   it, and no one else may touch it any more
 * @file: the name to report its problems under
 * @release: (nullable): how to free @doc once validated, on the thread
 *   that pushes (the next time it pushes, or in
 *   sc_course_backstop_finish ()); %NULL for xmlFreeDoc ()
 *
 * Queues @doc for validation; waits while MAX_PENDING documents already
 * do.
 */
void
sc_course_backstop_push (ScCourseBackstop        *self,
                         xmlDoc                  *doc,
                         const char              *file,
                         ScCourseBackstopRelease  release,
                         gpointer                 release_data)
{
  GQueue done = G_QUEUE_INIT;
  Job *job;

  g_return_if_fail (self != NULL);
  g_return_if_fail (doc != NULL);
  g_return_if_fail (file != NULL);

  job = g_new0 (Job, 1);
  job->doc = doc;
  job->file = g_strdup (file);
  job->release = release;
  job->release_data = release_data;

  sc_course_handoff_lock (&self->handoff);
  while (self->jobs.length >= MAX_PENDING)
    sc_course_handoff_wait (&self->handoff);
  g_queue_push_tail (&self->jobs, job);
  /* Only the thread can be waiting here: this is the only pushing one. */
  if (self->jobs.length >= WAKE_BATCH)
    sc_course_handoff_wake (&self->handoff);
  done = self->done;
  g_queue_init (&self->done);
  sc_course_handoff_unlock (&self->handoff);

  g_queue_clear_full (&done, job_free);
}

/**
 * sc_course_backstop_finish:
 * @problems: where to add what the schema found
 *
 * Waits until every document pushed is validated, adds the problems
 * found to @problems and frees @self.
 */
void
sc_course_backstop_finish (ScCourseBackstop *self,
                           ScCourseProblems *problems)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (problems != NULL);

  sc_course_handoff_lock (&self->handoff);
  self->finished = TRUE;
  sc_course_handoff_wake (&self->handoff);
  sc_course_handoff_unlock (&self->handoff);
  sc_course_handoff_join (&self->handoff);

  for (guint i = 0; i < sc_course_problems_get_len (self->problems); i++)
    {
      const ScCourseProblem *problem = sc_course_problems_get (self->problems, i);

      sc_course_problems_add_literal (problems, problem->file, problem->line, problem->message);
    }

  sc_course_problems_free (self->problems);
  g_queue_clear_full (&self->done, job_free);
  g_queue_clear (&self->jobs);
  sc_course_handoff_clear (&self->handoff);
  g_free (self);
}
