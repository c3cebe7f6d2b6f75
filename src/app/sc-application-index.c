/* sc-application-index.c - the search index follows the course, after the first frame
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When a course arrives (or another database opens under it), the search
 * index is brought up to date with sc_course_index_update() on a worker
 * thread: the index is a store of its own beside the database
 * (sc-search-store.c), with its own writer connection, so the learner's
 * writes never wait for it nor it for them. Measured on the built-in
 * course: 0.5 ms when the content hash is unchanged (every start but the
 * first), about 20 ms when it writes every row; a 1,000-lesson course
 * takes half a second, which on the main thread froze the window. It
 * still waits until a main window has painted once, so the first picture
 * has the processor to itself.
 *
 * The course's question banks (questions/FILE.xml) are stored in the same
 * idle, before the index: each file is hashed and stored only when it
 * changed (sc_course_store_banks()), so an unchanged course costs a read
 * of each file.
 *
 * The context's search-ready says whether search can be used: FALSE
 * while the update waits and after it failed (logged, never shown: search
 * says it is unavailable, and the next start tries again).
 *
 * The first frame also lets the styles it did not need be parsed
 * (sc_styles_load_pages()), in an idle of their own.
 */
#include "config.h"

#include "sc-application-private.h"
#include "sc-context.h"
#include "sc-course-banks.h"
#include "sc-course-index.h"
#include "sc-database.h"
#include "sc-styles.h"

/* A bank that cannot be stored keeps its previous copy; the author sees
 * the same problems with `shopcraft --validate-course`. */
static void
store_banks (ScDatabase *database,
             ScCourse   *course)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  guint n_stored = 0;

  if (!sc_course_store_banks (database, course, problems, &n_stored, &error))
    g_message ("The question banks of course “%s” could not be stored: %s",
               sc_course_get_id (course), error->message);

  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_message ("Question bank not stored: %s", line);
    }

  g_debug ("%u question banks of course %s stored", n_stored, sc_course_get_id (course));
}

typedef struct
{
  ScDatabase *database;
  ScCourse   *course;
} IndexJob;

static void
index_job_free (gpointer data)
{
  IndexJob *job = data;

  g_clear_object (&job->database);
  g_clear_object (&job->course);
  g_free (job);
}

static void
index_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  IndexJob *job = task_data;
  GError *error = NULL;
  ScCourseIndexResult result;

  result = sc_course_index_update (job->database, job->course, &error);
  if (result == SC_COURSE_INDEX_FAILED)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, result);
}

static void
index_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ScApplication *self = SC_APPLICATION (source);
  IndexJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gssize indexed;

  indexed = g_task_propagate_int (G_TASK (result), &error);

  /* Another course or database arrived meanwhile: its own update says. */
  if (job->course != sc_context_get_course (self->context) ||
      job->database != sc_context_get_database (self->context) ||
      self->database_checking)
    return;

  if (indexed == SC_COURSE_INDEX_FAILED)
    {
      g_message ("Search is unavailable: the course “%s” could not be indexed: %s",
                 sc_course_get_id (job->course), error->message);
      return;
    }

  g_debug ("The search index of course %s is %s", sc_course_get_id (job->course),
           indexed == SC_COURSE_INDEX_UPDATED ? "new" : "unchanged");
  sc_context_set_search_ready (self->context, TRUE);
}

static gboolean
update_idle (gpointer user_data)
{
  ScApplication *self = user_data;
  ScDatabase *database = sc_context_get_database (self->context);
  ScCourse *course = sc_context_get_course (self->context);
  g_autoptr(GTask) task = NULL;
  IndexJob *job;

  self->index_idle_id = 0;

  if (database == NULL || course == NULL || self->database_checking)
    return G_SOURCE_REMOVE;

  store_banks (database, course);

  /* The index is a store of its own (sc-search-store.c), written on a
   * worker: a large course takes half a second, which the window must
   * not wait for. */
  job = g_new0 (IndexJob, 1);
  job->database = g_object_ref (database);
  job->course = g_object_ref (course);
  task = g_task_new (self, NULL, index_done_cb, NULL);
  g_task_set_source_tag (task, update_idle);
  g_task_set_task_data (task, job, index_job_free);
  g_task_run_in_thread (task, index_in_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule (ScApplication *self)
{
  if (self->index_idle_id != 0)
    return;

  self->index_idle_id = g_idle_add_full (G_PRIORITY_LOW, update_idle, self, NULL);
}

static void
stop_watching (ScApplication *self)
{
  if (self->index_clock == NULL)
    {
      /* The window went away before it painted: its clock with it. */
      self->index_paint_id = 0;
      return;
    }

  g_clear_signal_handler (&self->index_paint_id, self->index_clock);
  g_object_remove_weak_pointer (G_OBJECT (self->index_clock), (gpointer *) &self->index_clock);
  self->index_clock = NULL;
}

static gboolean
load_page_styles_idle (gpointer data)
{
  sc_styles_load_pages ();

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                ScApplication *self)
{
  stop_watching (self);
  self->first_frame_done = TRUE;

  /* What the first frame did not need to parse (sc-styles.c), now that
   * it is on screen, so the first lesson or page opened has it. */
  g_idle_add_full (G_PRIORITY_LOW, load_page_styles_idle, NULL, NULL);

  if (sc_context_get_database (self->context) != NULL &&
      sc_context_get_course (self->context) != NULL &&
      !self->database_checking &&
      !sc_context_get_search_ready (self->context))
    schedule (self);
}

/**
 * sc_application_watch_first_frame:
 * @window: a main window just presented
 *
 * Holds the index update back until @window has painted once.
 */
void
sc_application_watch_first_frame (ScApplication *self,
                                  GtkWindow     *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (self->first_frame_done || self->index_clock != NULL || clock == NULL)
    return;

  self->index_clock = clock;
  g_object_add_weak_pointer (G_OBJECT (clock), (gpointer *) &self->index_clock);
  self->index_paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
}

/**
 * sc_application_update_search_index:
 *
 * Makes search unavailable until the index holds the context's course
 * on the context's database, and brings it up to date once a window has
 * painted (at once when there is no window to wait for).
 */
void
sc_application_update_search_index (ScApplication *self)
{
  g_clear_handle_id (&self->index_idle_id, g_source_remove);
  sc_context_set_search_ready (self->context, FALSE);

  /* A database being checked after a crash is not written to yet:
   * sc-application-database.c calls again once it is sound. */
  if (sc_context_get_database (self->context) == NULL ||
      sc_context_get_course (self->context) == NULL ||
      self->database_checking)
    return;

  if (self->index_clock != NULL && !self->first_frame_done)
    return;  /* after_paint_cb() schedules it */

  schedule (self);
}

void
sc_application_cancel_search_index (ScApplication *self)
{
  g_clear_handle_id (&self->index_idle_id, g_source_remove);
  stop_watching (self);
}
