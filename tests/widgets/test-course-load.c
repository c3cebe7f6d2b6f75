/* test-course-load.c - the course arrives in the context after the window shows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in course from the source tree loads into the context; a
 * broken course leaves the context without one, with the problems (each
 * as FILE:LINE: message) in its course-error and a toast that says so;
 * --course names the folder when SHOPCRAFT_COURSE_DIR does not.
 */
#include "config.h"

#include <string.h>

#include "sc-context.h"
#include "sc-course.h"
#include "widget-test-util.h"

static char *tmp_dir;

static char *
source_path (const char *first,
             ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_getenv ("SHOPCRAFT_SOURCE_ROOT"));
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* A started application, as sc_test_app_new() gives, but under an id of
 * its own: a registered application keeps its name on the session bus
 * until the process ends, since only g_application_run() unregisters. */
static ScApplication *
app_new (const char *data_dir)
{
  static guint n_apps;
  g_autofree char *id = g_strdup_printf ("%s.Test%u", APPLICATION_ID, ++n_apps);
  g_autoptr(GError) error = NULL;
  ScApplication *app;

  g_setenv ("SHOPCRAFT_DATA_DIR", data_dir, TRUE);
  app = sc_application_new ();
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Closes every window of a finished g_application_run() and waits until
 * nothing holds @app any more (a worker's callback may still be queued). */
static void
drop_app (ScApplication **app)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer weak = *app;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint tick_id;

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_object_add_weak_pointer (G_OBJECT (weak), &weak);
  g_clear_object (app);

  /* The tick makes sure the deadline is seen even when nothing else
   * wakes the loop. */
  tick_id = g_timeout_add (50, tick, NULL);
  while (weak != NULL)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("gave up waiting for the application to be finalized");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (tick_id);
}

static void
close_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (GTK_WINDOW (window));
    }

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
course_settled (gpointer data)
{
  return sc_context_get_course (data) != NULL || sc_context_get_course_error (data) != NULL;
}

static char *
data_dir_new (const char *name)
{
  char *dir = g_build_filename (tmp_dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return dir;
}

static void
test_course_load_builtin (void)
{
  g_autofree char *course_dir = source_path ("data", "courses", "ecommerce-operations", NULL);
  g_autofree char *data_dir = data_dir_new ("builtin");
  g_autoptr(ScApplication) app = NULL;
  ScContext *context;
  ScCourse *course;
  ScWindow *window;

  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  app = app_new (data_dir);
  context = sc_application_get_context (app);

  /* Start-up does not wait for the course: it comes from a worker. */
  g_assert_null (sc_context_get_course (context));
  g_assert_null (sc_context_get_course_error (context));

  g_application_activate (G_APPLICATION (app));
  window = SC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);

  sc_test_wait_until (course_settled, context, "the course to load");
  g_assert_cmpstr (sc_context_get_course_error (context), ==, NULL);
  course = sc_context_get_course (context);
  g_assert_nonnull (course);
  g_assert_cmpstr (sc_course_get_id (course), ==, SC_COURSE_BUILTIN_ID);
  g_assert_cmpuint (sc_course_get_lessons (course)->len, >, 0);

  close_windows ();
}

static gboolean
label_contains (GtkWidget  *root,
                const char *text)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (labels->pdata[i]), text) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_course_load_broken (void)
{
  g_autofree char *course_dir = source_path ("tests", "data", "bad", "course-unknown-element", NULL);
  g_autofree char *data_dir = data_dir_new ("broken");
  g_autoptr(ScApplication) app = NULL;
  g_autofree char *command = NULL;
  ScContext *context;
  const char *course_error;
  ScWindow *window;

  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  app = app_new (data_dir);
  context = sc_application_get_context (app);
  g_application_activate (G_APPLICATION (app));
  window = SC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  sc_test_wait_until (course_settled, context, "the course to be refused");
  g_assert_null (sc_context_get_course (context));

  /* The folder, the file and line of the problem, and the next step. */
  course_error = sc_context_get_course_error (context);
  g_assert_nonnull (course_error);
  g_assert_nonnull (strstr (course_error, course_dir));
  g_assert_nonnull (strstr (course_error,
                            "lessons/01.xml:8: unknown element <calout>; did you mean <callout>?"));
  command = g_strdup_printf ("shopcraft --validate-course %s", course_dir);
  g_assert_nonnull (strstr (course_error, command));

  /* The window says so too, naming the course folder. */
  g_assert_true (label_contains (GTK_WIDGET (window), "course-unknown-element"));

  /* The database is not the course's business: it is open as usual. */
  g_assert_nonnull (sc_context_get_database (context));

  close_windows ();
}

typedef struct
{
  ScApplication *app;
  gint64         deadline;
} Run;

static gboolean
quit_when_settled (gpointer data)
{
  Run *run = data;

  if (g_get_monotonic_time () > run->deadline)
    g_error ("gave up waiting for the course");

  if (!course_settled (sc_application_get_context (run->app)))
    return G_SOURCE_CONTINUE;

  g_application_quit (G_APPLICATION (run->app));

  return G_SOURCE_REMOVE;
}

/* Runs the app with `--course @option` and returns its context once the
 * course is loaded or refused. */
static ScContext *
run_with_option (const char *option)
{
  g_autofree char *data_dir = data_dir_new ("option");
  g_autoptr(ScApplication) app = NULL;
  char *argv[] = { (char *) "shopcraft", (char *) "--course", (char *) option, NULL };
  ScContext *context;
  Run run;

  g_setenv ("SHOPCRAFT_DATA_DIR", data_dir, TRUE);
  app = sc_application_new ();
  run.app = app;
  run.deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_timeout_add (20, quit_when_settled, &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);

  context = g_object_ref (sc_application_get_context (app));
  drop_app (&app);

  return context;
}

static void
test_course_load_option (void)
{
  g_autofree char *good = source_path ("data", "courses", "ecommerce-operations", NULL);
  g_autofree char *bad = source_path ("tests", "data", "bad", "course-unknown-element", NULL);
  g_autoptr(ScContext) context = NULL;

  /* Without SHOPCRAFT_COURSE_DIR, --course names the folder. */
  g_unsetenv ("SHOPCRAFT_COURSE_DIR");
  context = run_with_option (good);
  g_assert_nonnull (sc_context_get_course (context));
  g_assert_cmpstr (sc_course_get_directory (sc_context_get_course (context)), ==, good);
  g_clear_object (&context);

  /* SHOPCRAFT_COURSE_DIR wins over it. */
  g_setenv ("SHOPCRAFT_COURSE_DIR", bad, TRUE);
  context = run_with_option (good);
  g_assert_null (sc_context_get_course (context));
  g_assert_nonnull (strstr (sc_context_get_course_error (context), bad));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-course-load: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  tmp_dir = sc_test_make_tmp_dir ();

  g_test_add_func ("/course-load/builtin", test_course_load_builtin);
  g_test_add_func ("/course-load/broken", test_course_load_broken);
  g_test_add_func ("/course-load/option", test_course_load_option);

  status = g_test_run ();

  sc_test_remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
