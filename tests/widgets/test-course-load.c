/* test-course-load.c - the course arrives in the context after the window shows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in course from the source tree loads into the context; read
 * before the window is built, it is in the window from the start; a
 * broken course leaves the context without one, with the problems (each
 * as FILE:LINE: message) in its course-error and a toast that says so;
 * --course names the folder when SHOPCRAFT_COURSE_DIR does not; the checks
 * the course passed are kept in the data folder for the next start.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "app-run-util.h"
#include "sc-course.h"
#include "sc-shell-path.h"

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

static gboolean
course_settled (gpointer data)
{
  return sc_context_get_course (data) != NULL || sc_context_get_course_error (data) != NULL;
}

static void
test_course_load_builtin (void)
{
  g_autofree char *course_dir = source_path ("data", "courses", "ecommerce-operations", NULL);
  g_autofree char *data_dir = data_dir_new ("builtin");
  g_autoptr(ScApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  ScContext *context;
  ScCourse *course;
  ScWindow *window;

  app = app_new_unregistered (data_dir);
  sc_application_set_course_dir (app, course_dir);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
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

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* Learn's own stack: the one with the "course" page. Only the page it
 * shows is visible: the others are neither styled nor measured with the
 * window. The loading and error pages exist only once shown. */
static const char *
learn_page_shown (GtkWidget *root)
{
  g_autoptr(GPtrArray) stacks = sc_test_find_widgets (root, GTK_TYPE_STACK);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (stacks->pdata[i], "course") != NULL &&
        gtk_widget_get_ancestor (stacks->pdata[i], SC_TYPE_LEARN_PANEL) != NULL)
      {
        GtkStack *stack = stacks->pdata[i];
        const char *shown = gtk_stack_get_visible_child_name (stack);

        for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
             child != NULL;
             child = gtk_widget_get_next_sibling (child))
          g_assert_cmpint (gtk_widget_get_visible (child), ==,
                           child == gtk_stack_get_visible_child (stack));

        return shown;
      }

  return NULL;
}

/* The worker read the course while GTK started: the window is built with
 * it, so its first frame is the course, not "Opening the Course…"; the
 * worker's late result does not set it again. */
static void
test_course_load_before_window (void)
{
  g_autofree char *course_dir = source_path ("data", "courses", "ecommerce-operations", NULL);
  g_autofree char *data_dir = data_dir_new ("before-window");
  g_autoptr(ScApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourse) course = NULL;
  gint64 deadline;
  ScContext *context;
  GtkWidget *window;
  guint n_courses = 0;

  app = app_new_unregistered (data_dir);
  sc_application_set_course_dir (app, course_dir);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  context = sc_application_get_context (app);
  g_signal_connect (context, "notify::course", G_CALLBACK (count_cb), &n_courses);

  /* Without the main loop: the result stays with the worker. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!sc_application_get_course_read (app))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("gave up waiting for the worker to read the course");
      g_usleep (1000);
    }
  g_assert_null (sc_context_get_course (context));

  g_application_activate (G_APPLICATION (app));
  window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  g_assert_nonnull (sc_context_get_course (context));
  g_assert_false (sc_application_get_course_read (app));
  g_assert_cmpstr (learn_page_shown (window), ==, "course");
  g_assert_cmpuint (n_courses, ==, 1);
  course = g_object_ref (sc_context_get_course (context));

  /* The worker's own result reaches the main loop too: nothing changes. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (sc_context_get_course (context) == course);
  g_assert_null (sc_context_get_course_error (context));
  g_assert_cmpuint (n_courses, ==, 1);
  g_assert_cmpstr (learn_page_shown (window), ==, "course");

  g_signal_handlers_disconnect_by_func (context, count_cb, &n_courses);
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

/* @text is the whole of one left-aligned label of the error page's list
 * of problems, and no other label shows it. */
static void
assert_listed_once (GtkWidget  *root,
                    const char *text)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (root, GTK_TYPE_LABEL);
  GtkWidget *listed = NULL;
  guint n_showing = 0;

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];

      /* The text shown, not the markup (the status page's description is). */
      if (!gtk_widget_is_drawable (GTK_WIDGET (label)) ||
          strstr (gtk_label_get_text (label), text) == NULL)
        continue;
      n_showing++;
      if (g_str_equal (gtk_label_get_text (label), text))
        listed = GTK_WIDGET (label);
    }

  g_assert_cmpuint (n_showing, ==, 1);
  g_assert_nonnull (listed);
  g_assert_cmpfloat (gtk_label_get_xalign (GTK_LABEL (listed)), ==, 0.0);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (listed), "sc-course-problems"));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (listed)), ==,
                   GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (gtk_widget_get_parent (listed))),
                   ==, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
test_course_load_broken (void)
{
  g_autofree char *course_dir = source_path ("tests", "data", "bad", "course-unknown-element", NULL);
  g_autofree char *data_dir = data_dir_new ("broken");
  g_autoptr(ScApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *command = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *typed = NULL;
  ScContext *context;
  const char *course_error;
  ScWindow *window;

  app = app_new_unregistered (data_dir);
  sc_application_set_course_dir (app, course_dir);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  context = sc_application_get_context (app);
  g_application_activate (G_APPLICATION (app));
  window = SC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  sc_test_wait_until (course_settled, context, "the course to be refused");
  g_assert_null (sc_context_get_course (context));

  /* The folder, the file and line of the problem, and the next step. */
  course_error = sc_context_get_course_error (context);
  g_assert_nonnull (course_error);
  shown = sc_path_for_display (course_dir, g_get_home_dir ());
  g_assert_nonnull (strstr (course_error, shown));
  g_assert_nonnull (strstr (course_error,
                            "lessons/01.xml:8: unknown element <calout>; did you mean <callout>?"));
  typed = sc_path_for_shell (course_dir, g_get_home_dir ());
  command = g_strdup_printf ("shopcraft --validate-course %s", typed);
  g_assert_nonnull (strstr (course_error, command));

  /* The window says so too, naming the course folder. */
  g_assert_true (label_contains (GTK_WIDGET (window), "course-unknown-element"));
  g_assert_cmpstr (learn_page_shown (GTK_WIDGET (window)), ==, "error");

  /* Each problem is said once, as a line of the list to read down (not
   * also in the centred text above it), and the command comes after. */
  assert_listed_once (GTK_WIDGET (window),
                      "lessons/01.xml:8: unknown element <calout>; did you mean <callout>?");
  g_assert_true (label_contains (GTK_WIDGET (window), command));

  /* The database is not the course's business: it is open as usual. */
  g_assert_nonnull (sc_context_get_database (context));

  close_windows ();
}

typedef struct
{
  ScApplication *app;
  gint64         deadline;
} CourseRun;

static gboolean
quit_when_course_settled (gpointer data)
{
  CourseRun *run = data;

  if (g_get_monotonic_time () > run->deadline)
    g_error ("gave up waiting for the course");

  if (!course_settled (sc_application_get_context (run->app)))
    return G_SOURCE_CONTINUE;

  g_application_quit (G_APPLICATION (run->app));

  return G_SOURCE_REMOVE;
}

/* Runs the app on @data_dir with `--course @option` and returns its
 * context once the course is loaded or refused. */
static ScContext *
run_in (const char *data_dir,
        const char *option)
{
  g_autoptr(ScApplication) app = NULL;
  char *argv[] = { (char *) "shopcraft", (char *) "--course", (char *) option, NULL };
  ScContext *context;
  CourseRun run;

  app = app_new_unregistered (data_dir);
  run.app = app;
  run.deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_timeout_add (20, quit_when_course_settled, &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);

  context = g_object_ref (sc_application_get_context (app));
  drop_app (&app);

  return context;
}

static ScContext *
run_with_option (const char *option)
{
  g_autofree char *data_dir = data_dir_new ("option");

  return run_in (data_dir, option);
}

static void
wait_for_file (const char *path)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("gave up waiting for %s", path);
      g_usleep (10000);
    }
}

static guint64
file_identity (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);

  return (guint64) buf.st_ino;
}

/* The checks the course passed are kept in the data folder; the next
 * start reuses them all and so has nothing new to write. A course that
 * is refused leaves none. */
static void
test_course_load_checks_kept (void)
{
  g_autofree char *good = source_path ("data", "courses", "ecommerce-operations", NULL);
  g_autofree char *bad = source_path ("tests", "data", "bad", "course-unknown-element", NULL);
  g_autofree char *data_dir = data_dir_new ("checks");
  g_autofree char *bad_data_dir = data_dir_new ("checks-refused");
  g_autofree char *path = g_build_filename (data_dir, "cache", "course-checks", NULL);
  g_autofree char *bad_path = g_build_filename (bad_data_dir, "cache", "course-checks", NULL);
  g_autoptr(ScContext) context = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint64 first;

  context = run_in (data_dir, good);
  g_assert_nonnull (sc_context_get_course (context));
  g_clear_object (&context);
  /* Written after the course is handed over, so maybe a moment later. */
  wait_for_file (path);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "shopcraft-course-checks 2");
  /* course.xml, the glossary, 16 lessons, 24 quizzes and their banks. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 66 + 1);
  first = file_identity (path);

  context = run_in (data_dir, good);
  g_assert_nonnull (sc_context_get_course (context));
  g_clear_object (&context);
  g_assert_cmpuint (file_identity (path), ==, first);

  context = run_in (bad_data_dir, bad);
  g_assert_null (sc_context_get_course (context));
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
}

/* --course names the folder. That SHOPCRAFT_COURSE_DIR wins over it is
 * tested where it is decided, in test-course-validate's resolve test:
 * setting the variable here would change the environment while an
 * earlier application's threads may be reading it. */
static void
test_course_load_option (void)
{
  g_autofree char *good = source_path ("data", "courses", "ecommerce-operations", NULL);
  g_autofree char *bad = source_path ("tests", "data", "bad", "course-unknown-element", NULL);
  g_autofree char *bad_shown = sc_path_for_display (bad, g_get_home_dir ());
  g_autoptr(ScContext) context = NULL;

  context = run_with_option (good);
  g_assert_nonnull (sc_context_get_course (context));
  g_assert_cmpstr (sc_course_get_directory (sc_context_get_course (context)), ==, good);
  g_clear_object (&context);

  context = run_with_option (bad);
  g_assert_null (sc_context_get_course (context));
  g_assert_nonnull (strstr (sc_context_get_course_error (context), bad_shown));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before any thread starts: each application gets its course from its
   * own option. */
  g_unsetenv ("SHOPCRAFT_COURSE_DIR");
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-course-load: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  test_tmp_dir = sc_test_make_tmp_dir ();

  g_test_add_func ("/course-load/builtin", test_course_load_builtin);
  g_test_add_func ("/course-load/before-window", test_course_load_before_window);
  g_test_add_func ("/course-load/broken", test_course_load_broken);
  g_test_add_func ("/course-load/option", test_course_load_option);
  g_test_add_func ("/course-load/checks-kept", test_course_load_checks_kept);

  status = g_test_run ();

  sc_test_remove_tree (test_tmp_dir);
  g_free (test_tmp_dir);

  return status;
}
