/* widget-test-util.c - a started application, waits and finders for the widget tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests wait for conditions by spinning the main loop, never by sleeping;
 * a wait gives up (and fails the test) after a minute so a broken
 * condition cannot hang the suite. The reader tests (rich text, lesson
 * page, Learn panel, progress, search) share their set-up here.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>

#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-toasts.h"
#include "widget-test-util.h"

#define WAIT_LIMIT_USEC (60 * G_USEC_PER_SEC)  /* sanitized runs on a loaded machine are slow */

/**
 * sc_test_init:
 *
 * Returns: %FALSE when there is no display (the caller exits 77)
 */
gboolean
sc_test_init (int    *argc,
              char ***argv)
{
  g_test_init (argc, argv, NULL);

  return gtk_init_check ();
}

char *
sc_test_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("shopcraft-test-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

/**
 * sc_test_spawn_output:
 * @argv: the program and its arguments
 * @envp: (nullable): its environment, or %NULL for this process's
 *
 * Runs a program (usually this test again, as a fresh process for what
 * GTK does once per process), which must exit with status 0.
 *
 * Returns: (transfer full): what it printed, also given as a test message
 */
char *
sc_test_spawn_output (const char * const *argv,
                      char              **envp)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", out);

  return out;
}

void
sc_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR))
          sc_test_remove_tree (child);
        else
          g_unlink (child);
      }

  g_remove (path);
}

/**
 * sc_test_app_new:
 * @data_dir: the folder the database is opened in
 *
 * Returns: (transfer full): a registered (started) application whose
 *   windows get the help overlay, style sheet and icons from the resource
 */
ScApplication *
sc_test_app_new (const char *data_dir)
{
  g_autoptr(GError) error = NULL;
  ScApplication *app;

  app = sc_application_new ();
  sc_application_set_data_dir (app, data_dir);
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/**
 * sc_test_run_with_app:
 * @app: (out): where the tests find the application while they run
 *
 * Runs the registered tests against a started application on a data
 * folder of its own, then drops both.
 *
 * Returns: g_test_run ()'s status
 */
int
sc_test_run_with_app (ScApplication **app)
{
  g_autofree char *data_dir = sc_test_make_tmp_dir ();
  int status;

  *app = sc_test_app_new (data_dir);
  status = g_test_run ();
  g_clear_object (app);
  sc_test_remove_tree (data_dir);

  return status;
}

static gboolean
keep_waking_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
sc_test_wait_until (ScTestCondition  condition,
                    gpointer         data,
                    const char      *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_USEC;
  /* So a wait for what never comes ends at the deadline rather than
   * blocking in an idle main loop until the test's time-out. */
  guint wake = g_timeout_add (100, keep_waking_cb, NULL);

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("gave up waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake);
}

static gboolean
window_is_ready (gpointer data)
{
  return sc_window_get_ready (data) && gtk_widget_get_mapped (data);
}

/**
 * sc_test_is_null:
 * @data: the address of a pointer
 *
 * A #ScTestCondition: whether the pointer at @data is %NULL, as a weak
 * pointer becomes when its object goes.
 */
gboolean
sc_test_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/**
 * sc_test_respond:
 *
 * Answers the message dialog @dialog with @response as its button does
 * (the response, then the window goes) and waits until it is gone.
 */
void
sc_test_respond (GtkWidget  *dialog,
                 const char *response)
{
  gpointer watched = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &watched);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  sc_test_wait_until (sc_test_is_null, &watched, "the dialog to close");
}

/**
 * sc_test_find_dialog:
 *
 * Returns: (transfer none) (nullable): the shown message dialog whose
 *   heading is @heading
 */
GtkWidget *
sc_test_find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window)
          && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return window;
    }

  return NULL;
}

/**
 * sc_test_show_section:
 *
 * Shows @section in @window, as the sidebar does, and waits until it is
 * ready.
 *
 * Returns: (transfer none): its panel
 */
ScPanel *
sc_test_show_section (ScWindow   *window,
                      const char *section)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", section));
  sc_test_wait_ready (window);

  return sc_window_get_visible_panel (window);
}

/**
 * sc_test_practice_window:
 * @out_window: (out) (transfer none): the window, owned by @app
 * @out_learner: (out) (transfer full): the new learner, active
 *
 * A new learner's window on the practice store of @scenario, opened from
 * @lesson's card as the learner would, showing its list.
 *
 * Returns: (transfer none): the panel of @section that shows it
 */
ScPanel *
sc_test_practice_window (ScApplication  *app,
                         const char     *learner_name,
                         const char     *section,
                         const char     *scenario,
                         const char     *lesson,
                         ScWindow      **out_window,
                         ScLearner     **out_learner)
{
  ScWindow *window;

  *out_learner = sc_test_new_learner (app, learner_name);
  window = sc_test_window_new (app, 1280, 800);
  *out_window = window;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.practice", "(sss)",
                                             section, scenario, lesson));
  sc_test_wait_ready (window);

  return sc_window_get_visible_panel (window);
}

/**
 * sc_test_wait_ready:
 *
 * Waits until @window reports ready and has drawn a frame since.
 */
void
sc_test_wait_ready (ScWindow *window)
{
  sc_test_wait_until (window_is_ready, window, "the window to be ready");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

/**
 * sc_test_window_new:
 *
 * Returns: (transfer none): a presented, ready window of @app, owned by
 *   the application
 */
ScWindow *
sc_test_window_new (ScApplication *app,
                    int            width,
                    int            height)
{
  ScWindow *window = sc_window_new (app, sc_application_get_context (app));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  sc_test_wait_ready (window);

  return window;
}

static gboolean
wake_cb (gpointer data)
{
  *(gboolean *) data = TRUE;

  return G_SOURCE_REMOVE;
}

/**
 * sc_test_wait_toasts_still:
 *
 * Waits until no toast of the application can be sliding in or fading
 * out: a window destroyed under a moving toast crashes libadwaita 1.2
 * (see sc-toasts.c).
 */
void
sc_test_wait_toasts_still (void)
{
  guint settle_ms;

  /* Nothing else may wake the main loop meanwhile: a timeout does. */
  while ((settle_ms = sc_toasts_get_settle_ms ()) > 0)
    {
      gboolean woken = FALSE;

      g_timeout_add (settle_ms, wake_cb, &woken);
      while (!woken)
        g_main_context_iteration (NULL, TRUE);
    }
}

void
sc_test_close_window (GtkWindow *window)
{
  sc_test_wait_toasts_still ();
  gtk_window_destroy (window);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/**
 * sc_test_find_widgets:
 *
 * Returns: (transfer container): every widget of @type at or below @root
 */
GPtrArray *
sc_test_find_widgets (GtkWidget *root,
                      GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);

  return found;
}

/**
 * sc_test_find_widget:
 * @name: (nullable): the widget name (gtk_widget_get_name()) to match
 *
 * Returns: (transfer none) (nullable): the first widget of @type at or
 *   below @root
 */
GtkWidget *
sc_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *name)
{
  g_autoptr(GPtrArray) found = sc_test_find_widgets (root, type);

  for (guint i = 0; i < found->len; i++)
    if (name == NULL || g_strcmp0 (gtk_widget_get_name (found->pdata[i]), name) == 0)
      return found->pdata[i];

  return NULL;
}

/**
 * sc_test_settle:
 * @frames: how many frames to draw
 *
 * Draws @frames frames of @widget's window, running what is pending after
 * each: height-for-width text takes a few to settle.
 */
void
sc_test_settle (GtkWidget *widget,
                guint      frames)
{
  for (guint i = 0; i < frames; i++)
    {
      gtk_test_widget_wait_for_draw (widget);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

/**
 * sc_test_load_course:
 * @relative: a course folder, relative to the source tree
 *
 * Returns: (transfer full): the course, which must load
 */
ScCourse *
sc_test_load_course (const char *relative)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), relative, NULL);
  ScCourse *course;

  course = sc_course_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (course);

  return course;
}

/**
 * sc_test_get_lesson:
 *
 * Returns: (transfer none): the lesson, which must exist
 */
ScLesson *
sc_test_get_lesson (ScCourse   *course,
                    const char *lesson_id)
{
  ScLesson *found = sc_course_lookup_lesson (course, lesson_id);

  g_assert_nonnull (found);

  return found;
}

/**
 * sc_test_show_view:
 * @app: the application, so its style sheet applies
 * @clamp: whether to clamp @view to its column width, as the lesson page does
 *
 * Returns: (transfer none): a presented window of @app showing @view,
 *   drawn once
 */
GtkWindow *
sc_test_show_view (ScApplication  *app,
                   ScRichTextView *view,
                   int             width,
                   int             height,
                   gboolean        clamp)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  if (clamp)
    {
      GtkWidget *column = adw_clamp_new ();

      adw_clamp_set_child (ADW_CLAMP (column), GTK_WIDGET (view));
      g_object_bind_property (view, "column-width", column, "maximum-size", G_BINDING_SYNC_CREATE);
      g_object_bind_property (view, "column-width", column, "tightening-threshold",
                              G_BINDING_SYNC_CREATE);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), column);
    }
  else
    {
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (view));
    }

  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  return GTK_WINDOW (window);
}

/**
 * sc_test_find_named:
 *
 * Returns: (transfer container): every widget at or below @root named
 *   @name (the rich-text view names each block "sc-block-KIND")
 */
GPtrArray *
sc_test_find_named (GtkWidget  *root,
                    const char *name)
{
  g_autoptr(GPtrArray) all = sc_test_find_widgets (root, GTK_TYPE_WIDGET);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (all->pdata[i]), name) == 0)
      g_ptr_array_add (found, all->pdata[i]);

  return found;
}

static gboolean
course_arrived (gpointer data)
{
  ScContext *context = sc_application_get_context (data);

  return sc_context_get_course (context) != NULL || sc_context_get_course_error (context) != NULL;
}

/**
 * sc_test_wait_course:
 *
 * Waits for @app's course (SHOPCRAFT_COURSE_DIR), which must load.
 *
 * Returns: (transfer none): the course
 */
ScCourse *
sc_test_wait_course (ScApplication *app)
{
  ScContext *context = sc_application_get_context (app);

  sc_test_wait_until (course_arrived, app, "the built-in course to load");
  g_assert_null (sc_context_get_course_error (context));

  return sc_context_get_course (context);
}

/**
 * sc_test_new_learner:
 *
 * Once the course is in, makes a new learner, who has read nothing yet,
 * the active one.
 *
 * Returns: (transfer full): the learner
 */
ScLearner *
sc_test_new_learner (ScApplication *app,
                     const char    *name)
{
  ScContext *context = sc_application_get_context (app);
  g_autoptr(GError) error = NULL;
  ScLearner *learner;

  sc_test_wait_course (app);
  learner = sc_learner_create (sc_context_get_database (context), name, &error);
  g_assert_no_error (error);
  sc_context_set_learner (context, learner);

  return learner;
}

static gboolean
tree_is_complete (gpointer data)
{
  return sc_course_tree_get_complete (data);
}

/**
 * sc_test_reader_window:
 *
 * Returns: (transfer none): a ready window of @app whose Learn panel
 *   shows the built-in course
 */
ScWindow *
sc_test_reader_window (ScApplication *app,
                       int            width,
                       int            height)
{
  ScWindow *window;
  ScCourseTree *tree;

  sc_test_wait_course (app);
  window = sc_test_window_new (app, width, height);
  g_assert_true (sc_panel_get_ready (SC_PANEL (sc_test_learn_panel (window))));
  /* The rows below the first screen come once it is painted (the
   * window may open on another section, which leaves them unbuilt). */
  tree = sc_test_course_tree (sc_test_learn_panel (window));
  if (gtk_widget_get_mapped (GTK_WIDGET (tree)))
    {
      sc_test_wait_until (tree_is_complete, tree, "the course tree's rows");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }

  return window;
}

ScLearnPanel *
sc_test_learn_panel (ScWindow *window)
{
  GtkWidget *panel = sc_test_find_widget (GTK_WIDGET (window), SC_TYPE_LEARN_PANEL, NULL);

  g_assert_nonnull (panel);

  return SC_LEARN_PANEL (panel);
}

ScLessonPage *
sc_test_lesson_page (ScLearnPanel *panel)
{
  GtkWidget *page = sc_test_find_widget (GTK_WIDGET (panel), SC_TYPE_LESSON_PAGE, NULL);

  g_assert_nonnull (page);

  return SC_LESSON_PAGE (page);
}

ScCourseTree *
sc_test_course_tree (ScLearnPanel *panel)
{
  GtkWidget *tree = sc_test_find_widget (GTK_WIDGET (panel), SC_TYPE_COURSE_TREE, NULL);

  g_assert_nonnull (tree);

  return SC_COURSE_TREE (tree);
}

/**
 * sc_test_page_widget:
 *
 * Returns: (transfer none): the widget of the lesson page named @name,
 *   which must exist
 */
GtkWidget *
sc_test_page_widget (ScLearnPanel *panel,
                     const char   *name)
{
  GtkWidget *widget = sc_test_find_widget (GTK_WIDGET (sc_test_lesson_page (panel)),
                                           GTK_TYPE_WIDGET, name);

  g_assert_nonnull (widget);

  return widget;
}

/**
 * sc_test_pick_in_tree:
 *
 * Picks @lesson_id in the course tree, as a click or Enter does, and
 * checks that it opened.
 */
void
sc_test_pick_in_tree (ScLearnPanel *panel,
                      const char   *lesson_id)
{
  GtkWidget *row = sc_course_tree_get_row (sc_test_course_tree (panel), lesson_id);
  GtkWidget *list;

  g_assert_nonnull (row);
  list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX);
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, lesson_id);
}

static void
child_exited_cb (GPid     pid,
                 int      status,
                 gpointer data)
{
  *(int *) data = status;
  g_spawn_close_pid (pid);
}

static gboolean
child_done (gpointer data)
{
  return *(int *) data != -1;
}

/**
 * sc_test_have_xdotool:
 *
 * Returns: whether sc_test_xdotool () can press keys here
 */
gboolean
sc_test_have_xdotool (void)
{
  g_autofree char *program = g_find_program_in_path ("xdotool");

  return program != NULL;
}

/**
 * sc_test_xdotool:
 * @window: the window to focus first
 * @first: xdotool's command ("key", "type"), then its arguments, ending
 *   with %NULL
 *
 * Real key presses through the X server (XTest), as a person makes them:
 * `xdotool windowfocus --sync XID COMMAND ARGS…`, waited for, then a few
 * frames to settle (or, when the key closed @window, the pending events).
 */
void
sc_test_xdotool (GtkWidget  *window,
                 const char *first,
                 ...)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) alive = NULL;
  GWeakRef weak;
  const char *arg;
  va_list args;
  int status = -1;
  GPid pid;

  g_weak_ref_init (&weak, window);

  g_ptr_array_add (argv, (char *) "xdotool");
  g_ptr_array_add (argv, (char *) "windowfocus");
  g_ptr_array_add (argv, (char *) "--sync");
  g_ptr_array_add (argv, xid);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_async (NULL, (char **) argv->pdata, NULL,
                 G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_child_watch_add (pid, child_exited_cb, &status);
  sc_test_wait_until (child_done, &status, "xdotool");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* A dialog may have closed on the key. */
  alive = g_weak_ref_get (&weak);
  g_weak_ref_clear (&weak);
  if (alive != NULL && gtk_widget_get_mapped (alive))
    sc_test_settle (alive, 2);
  else
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/**
 * sc_test_has_label_containing:
 *
 * Returns: whether a label on screen at or below @root shows @text
 *   somewhere in its text (a toast's title, a line of a page)
 */
gboolean
sc_test_has_label_containing (GtkWidget  *root,
                              const char *text)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (labels->pdata[i]) &&
        strstr (gtk_label_get_text (labels->pdata[i]), text) != NULL)
      return TRUE;

  return FALSE;
}
