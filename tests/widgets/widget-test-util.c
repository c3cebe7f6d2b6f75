/* widget-test-util.c - a started application and waits for the widget tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests wait for conditions by spinning the main loop, never by sleeping;
 * a wait gives up (and fails the test) after 20 seconds so a broken
 * condition cannot hang the suite.
 */
#include "config.h"

#include <glib/gstdio.h>

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

  g_setenv ("SHOPCRAFT_DATA_DIR", data_dir, TRUE);

  app = sc_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

void
sc_test_wait_until (ScTestCondition  condition,
                    gpointer         data,
                    const char      *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_USEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("gave up waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
window_is_ready (gpointer data)
{
  return sc_window_get_ready (data) && gtk_widget_get_mapped (data);
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

void
sc_test_close_window (GtkWindow *window)
{
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
