/* sc-application-course.c - the course, loaded off the main thread
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading and checking a course takes longer than a frame, so a worker
 * thread reads it while GTK starts up. It is usually read by the time the
 * window is built: then sc_application_take_read_course() hands it to the
 * context at once, and the window's first frame is the course itself,
 * not "Opening the Course…" followed by the course (which measured and
 * styled the Learn page twice). Otherwise the window shows first and the
 * course arrives in the context when the thread is done; the Learn page
 * fills in then. A course with problems is
 * refused as a whole: the context keeps the course it had (none at the
 * first start) and gets the problems as its course-error, and a toast
 * names the folder and the first problem.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-application-private.h"
#include "sc-search-store.h"
#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-shell-path.h"
#include "sc-startup-trace.h"

/* The problems the context's course-error lists before it points to
 * --validate-course for the rest. */
#define COURSE_ERROR_MAX_PROBLEMS 50

typedef struct
{
  char             *dir;
  char             *checks_path;  /* the checks the course passed before */
  char             *store_path;   /* the search store, where a new course is indexed as it is read */
  ScCourseProblems *problems;

  /* The course read, set by the worker under the lock; taken (main
   * thread only) when handed over before the task's callback ran. */
  GMutex            lock;
  ScCourse         *course;
  gboolean          taken;
} CourseLoad;

static void
course_load_free (CourseLoad *load)
{
  g_free (load->dir);
  g_free (load->checks_path);
  g_free (load->store_path);
  g_clear_pointer (&load->problems, sc_course_problems_free);
  g_clear_object (&load->course);
  g_mutex_clear (&load->lock);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CourseLoad *load = task_data;
  g_autoptr(ScCourseChecks) checks = sc_course_checks_new ();
  g_autoptr(GError) checks_error = NULL;
  g_autoptr(GError) index_error = NULL;
  ScCourseIndexStream *stream;
  GError *error = NULL;
  ScCourse *course;

  sc_startup_trace ("course-read-start");
  if (!sc_course_checks_read (checks, load->checks_path, &checks_error) &&
      !g_error_matches (checks_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_debug ("Every check of the course runs: %s", checks_error->message);
  g_clear_error (&checks_error);

  /* A course the search store has not seen is indexed while it is read
   * (sc-course-index-stream.c); one it has is compared after the first
   * frame (sc-application-index.c). */
  stream = sc_course_index_stream_new (load->store_path);
  course = sc_course_load_indexed (load->dir, checks, stream, load->problems, &error);
  sc_startup_trace ("course-read-end");
  g_debug ("Course read: %u checks passed before were not run again",
           sc_course_checks_get_n_reused (checks));

  if (course == NULL)
    {
      sc_course_index_stream_finish (stream, NULL, NULL);
      g_task_return_error (task, error);
      return;
    }

  /* The window may take the course from here on
   * (sc_application_take_read_course ()), before the checks are written:
   * replacing a file can wait for the disk. */
  g_mutex_lock (&load->lock);
  load->course = g_object_ref (course);
  g_mutex_unlock (&load->lock);

  if (sc_course_index_stream_finish (stream, course, &index_error))
    g_debug ("Course %s indexed for search while it was read", sc_course_get_id (course));
  else if (index_error != NULL)
    g_message ("The course was not indexed while it was read (it is after the first frame): %s",
               index_error->message);

  /* Only a course that loaded changes them; the next start reads them.
   * Before the task returns, while @load is sure to be there. */
  if (sc_course_checks_get_changed (checks) &&
      !sc_course_checks_write (checks, load->checks_path, &checks_error))
    g_message ("The checks the course passed are not kept (every check will run again at the "
               "next start): %s", checks_error->message);

  g_task_return_pointer (task, course, g_object_unref);
}

/* The last line of the page and of the toast's details. */
static char *
validate_hint (const char *dir)
{
  g_autofree char *typed = sc_path_for_shell (dir, g_get_home_dir ());

  return g_strdup_printf (_("Run “shopcraft --validate-course %s” to see every problem."), typed);
}

/* What the Learn page shows (sc_context_set_course_error()). */
static char *
describe_problems (CourseLoad   *load,
                   const GError *error)
{
  GString *text = g_string_new (NULL);
  guint n = sc_course_problems_get_len (load->problems);
  g_autofree char *shown = sc_path_for_display (load->dir, g_get_home_dir ());
  g_autofree char *hint = validate_hint (load->dir);

  /* The list follows, so the first line does not quote its first entry
   * as the error's message does. */
  if (n > 0)
    {
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "The course in “%s” has %u problem. Fix it in the "
                                           "course files, then start Shopcraft again.",
                                           "The course in “%s” has %u problems. Fix them in the "
                                           "course files, then start Shopcraft again.", n),
                              shown, n);
      g_string_append_c (text, '\n');
    }
  else
    {
      g_string_append (text, error->message);
    }

  for (guint i = 0; i < n && i < COURSE_ERROR_MAX_PROBLEMS; i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (load->problems, i));

      g_string_append_printf (text, "\n%s", line);
    }
  if (n > COURSE_ERROR_MAX_PROBLEMS)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text,
                              /* Translators: after the first problems of a course, the
                               * number of those not listed. */
                              g_dngettext (GETTEXT_PACKAGE, "… and %u more problem",
                                           "… and %u more problems",
                                           n - COURSE_ERROR_MAX_PROBLEMS),
                              n - COURSE_ERROR_MAX_PROBLEMS);
    }

  g_string_append (text, "\n\n");
  g_string_append (text, hint);

  return g_string_free (text, FALSE);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ScApplication *self = SC_APPLICATION (source);
  CourseLoad *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *details = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (self->course_load == load)
    self->course_load = NULL;

  course = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;

  /* Already in the context: sc_application_take_read_course(). */
  if (load->taken)
    return;

  if (course != NULL)
    {
      sc_context_set_course_error (self->context, NULL);
      sc_context_set_course (self->context, course);
      sc_startup_trace ("course-shown");
      return;
    }

  g_message ("The course was not loaded: %s", error->message);

  text = describe_problems (load, error);
  sc_context_set_course_error (self->context, text);

  name = g_path_get_basename (load->dir);
  /* Translators: %s is the name of a course folder. */
  title = g_strdup_printf (_("The course “%s” could not be loaded"), name);
  hint = validate_hint (load->dir);
  details = g_strdup_printf ("%s\n\n%s", error->message, hint);
  sc_application_add_toast (self, title, _("The Course Could Not Be Loaded"), details);
}

/**
 * sc_application_get_course_checks_path:
 *
 * Where the checks a course passed are kept (sc-course-checks.c): a
 * cache, in the user's cache folder, or in the data folder when one is
 * given (`--data-dir`, `SHOPCRAFT_DATA_DIR`), which then holds everything
 * of that run.
 *
 * Returns: (transfer full): the file's path
 */
char *
sc_application_get_course_checks_path (ScApplication *self)
{
  const char *env = g_getenv ("SHOPCRAFT_DATA_DIR");

  if ((self->data_dir != NULL && *self->data_dir != '\0') || (env != NULL && *env != '\0'))
    {
      g_autofree char *dir = sc_database_resolve_dir (self->data_dir);

      return g_build_filename (dir, "cache", "course-checks", NULL);
    }

  return g_build_filename (g_get_user_cache_dir (), "shopcraft", "course-checks", NULL);
}

/**
 * sc_application_get_search_store_path:
 *
 * Where the search index is kept: beside the database
 * (sc_search_store_path ()), in the data folder.
 *
 * Returns: (transfer full): the file's path
 */
char *
sc_application_get_search_store_path (ScApplication *self)
{
  g_autofree char *dir = sc_database_resolve_dir (self->data_dir);

  return g_build_filename (dir, SC_SEARCH_STORE_FILE_NAME, NULL);
}

/**
 * sc_application_load_course:
 *
 * Starts reading the course (`SHOPCRAFT_COURSE_DIR`, then `--course`,
 * then the installed one) in a worker thread; the context gets it, or
 * the reasons why not, when it is done.
 */
void
sc_application_load_course (ScApplication *self)
{
  g_autoptr(GTask) task = NULL;
  CourseLoad *load;

  sc_application_cancel_course (self);
  self->course_cancellable = g_cancellable_new ();

  /* libxml2 must be set up on the main thread before any worker parses:
   * main() does it; again here for every other caller, at no cost. */
  sc_course_reader_init ();

  g_free (self->course_dir);
  self->course_dir = sc_course_resolve_dir (self->course_option, NULL);

  load = g_new0 (CourseLoad, 1);
  load->dir = g_strdup (self->course_dir);
  load->checks_path = sc_application_get_course_checks_path (self);
  load->store_path = sc_application_get_search_store_path (self);
  load->problems = sc_course_problems_new ();
  g_mutex_init (&load->lock);
  self->course_load = load;

  task = g_task_new (self, self->course_cancellable, load_done, NULL);
  g_task_set_source_tag (task, sc_application_load_course);
  g_task_set_task_data (task, load, (GDestroyNotify) course_load_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * sc_application_get_course_read:
 *
 * Returns: whether the worker thread has read the course and it has not
 * reached the context yet
 */
gboolean
sc_application_get_course_read (ScApplication *self)
{
  CourseLoad *load;
  gboolean is_read;

  g_return_val_if_fail (SC_IS_APPLICATION (self), FALSE);

  load = self->course_load;
  if (load == NULL)
    return FALSE;

  g_mutex_lock (&load->lock);
  is_read = load->course != NULL;
  g_mutex_unlock (&load->lock);

  return is_read;
}

/**
 * sc_application_take_read_course:
 *
 * If the worker thread has read the course but its result has not reached
 * the main loop yet, gives it to the context now. A course not read yet,
 * or with problems, arrives as usual when the thread is done.
 */
void
sc_application_take_read_course (ScApplication *self)
{
  CourseLoad *load = self->course_load;
  g_autoptr(ScCourse) course = NULL;

  if (load == NULL || self->context == NULL)
    return;

  g_mutex_lock (&load->lock);
  if (load->course != NULL)
    course = g_object_ref (load->course);
  g_mutex_unlock (&load->lock);
  if (course == NULL)
    return;

  load->taken = TRUE;
  self->course_load = NULL;
  sc_context_set_course_error (self->context, NULL);
  sc_context_set_course (self->context, course);
  sc_startup_trace ("course-shown");
}

void
sc_application_cancel_course (ScApplication *self)
{
  self->course_load = NULL;
  g_cancellable_cancel (self->course_cancellable);
  g_clear_object (&self->course_cancellable);
}
