/* app-run-util.h - the real application on a data folder, run until it settles
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by test-learner.c, test-startup.c, test-course-load.c and
 * test-recovery.c: start the application as a learner does (registered,
 * or run and quit as from the desktop, with its backup and clean close),
 * wait for the learner, the course and the search index, read its
 * database afterwards, and find what its windows show. Each test program
 * sets test_tmp_dir before using data_dir_new().
 */
#pragma once

#include <string.h>
#include <sqlite3.h>

#include "sc-context.h"
#include "sc-database.h"
#include "sc-learner.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

G_GNUC_UNUSED static char *test_tmp_dir;

G_GNUC_UNUSED static char *
data_dir_new (const char *name)
{
  static guint n_dirs;
  g_autofree char *unique = g_strdup_printf ("%s-%u", name, ++n_dirs);
  char *dir = g_build_filename (test_tmp_dir, unique, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return dir;
}

/* Every application of this process gets its own id: a registered
 * application keeps its object path on the session bus until the process
 * ends. */
G_GNUC_UNUSED static ScApplication *
app_new_unregistered (const char *data_dir)
{
  static guint n_apps;
  g_autofree char *id = g_strdup_printf ("%s.RunTest%u", APPLICATION_ID, ++n_apps);
  ScApplication *app;

  /* Not SHOPCRAFT_DATA_DIR: an earlier application's threads may still
   * be reading the environment, and setenv () under them can crash. */
  app = sc_application_new ();
  sc_application_set_data_dir (app, data_dir);
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);

  return app;
}

/* A started (registered) application with no window yet: it opens its
 * database and loads the course as at start-up. */
G_GNUC_UNUSED static ScApplication *
app_register (const char *data_dir)
{
  g_autoptr(GError) error = NULL;
  ScApplication *app = app_new_unregistered (data_dir);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/* A started application with its window, as a learner opens it. */
G_GNUC_UNUSED static ScApplication *
app_start (const char *data_dir)
{
  ScApplication *app = app_register (data_dir);

  g_application_activate (G_APPLICATION (app));

  return app;
}

/* For an application that was only registered: GApplication's exported
 * actions keep it alive until the process ends, so there is no waiting
 * for it to go. */
G_GNUC_UNUSED static void
close_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  sc_test_wait_toasts_still ();
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (GTK_WINDOW (window));
    }

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

G_GNUC_UNUSED static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Closes every window and waits until nothing holds @app any more, so its
 * database is closed before the next start on the same folder. */
G_GNUC_UNUSED static void
drop_app (ScApplication **app)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer weak = *app;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint tick_id;

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_object_add_weak_pointer (G_OBJECT (weak), &weak);
  g_clear_object (app);

  tick_id = g_timeout_add (50, tick, NULL);
  while (weak != NULL)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("gave up waiting for the application to be finalized");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (tick_id);
}

/* The learner, the course and the search index are all in place. */
G_GNUC_UNUSED static gboolean
settled (gpointer data)
{
  ScContext *context = sc_application_get_context (data);

  return context != NULL &&
         sc_context_get_learner (context) != NULL &&
         sc_context_get_course (context) != NULL &&
         sc_context_get_search_ready (context);
}

typedef void (*Inspect) (ScApplication *app,
                         gpointer       data);

typedef struct
{
  ScApplication *app;
  gint64         deadline;
  Inspect        inspect;
  gpointer       data;
  ScLearner     *learner;
} Run;

G_GNUC_UNUSED static gboolean
quit_when_settled (gpointer data)
{
  Run *run = data;

  if (g_get_monotonic_time () > run->deadline)
    g_error ("gave up waiting for the learner, the course and the search index");

  if (!settled (run->app))
    return G_SOURCE_CONTINUE;

  run->learner = sc_learner_copy (sc_context_get_learner (sc_application_get_context (run->app)));
  if (run->inspect != NULL)
    run->inspect (run->app, run->data);
  g_application_quit (G_APPLICATION (run->app));

  return G_SOURCE_REMOVE;
}

/* Runs the app as `shopcraft [--learner @learner]` until it has settled,
 * calls @inspect, and quits as a user does (backup, clean close).
 * Returns the learner it was working as. */
G_GNUC_UNUSED static ScLearner *
run_app (const char *data_dir,
         const char *learner,
         Inspect     inspect,
         gpointer    data)
{
  g_autoptr(ScApplication) app = app_new_unregistered (data_dir);
  char *argv[] = { (char *) "shopcraft", (char *) "--learner", (char *) learner, NULL };
  Run run;

  run.app = app;
  run.deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  run.inspect = inspect;
  run.data = data;
  run.learner = NULL;
  g_timeout_add (20, quit_when_settled, &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), learner != NULL ? 3 : 1, argv), ==, 0);
  drop_app (&app);

  g_assert_nonnull (run.learner);

  return run.learner;
}

G_GNUC_UNUSED static sqlite3 *
open_file_read_only (const char *data_dir,
                     const char *file_name)
{
  g_autofree char *path = g_build_filename (data_dir, file_name, NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  return db;
}

G_GNUC_UNUSED static sqlite3 *
open_read_only (const char *data_dir)
{
  return open_file_read_only (data_dir, SC_DATABASE_FILE_NAME);
}

/* The first column of the first row of @sql in @file_name of @data_dir. */
G_GNUC_UNUSED static char *
query_file_text (const char *data_dir,
                 const char *file_name,
                 const char *sql)
{
  sqlite3 *db = open_file_read_only (data_dir, file_name);
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return text;
}

G_GNUC_UNUSED static char *
query_text (const char *data_dir,
            const char *sql)
{
  return query_file_text (data_dir, SC_DATABASE_FILE_NAME, sql);
}

G_GNUC_UNUSED static int
query_int (const char *data_dir,
           const char *sql)
{
  g_autofree char *text = query_text (data_dir, sql);

  g_assert_nonnull (text);

  return atoi (text);
}

G_GNUC_UNUSED static void
collect_widgets (GPtrArray *found)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      g_autoptr(GPtrArray) widgets = NULL;

      if (!gtk_widget_get_visible (window))
        continue;
      widgets = sc_test_find_widgets (window, GTK_TYPE_WIDGET);
      g_ptr_array_extend (found, widgets, NULL, NULL);
    }
}

/* A visible label, text field or window title anywhere that holds @text. */
G_GNUC_UNUSED static GtkWidget *
find_shown_text (const char *text)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect_widgets (widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = widgets->pdata[i];
      const char *shown = NULL;

      if (!gtk_widget_is_visible (widget))
        continue;

      if (GTK_IS_LABEL (widget))
        shown = gtk_label_get_text (GTK_LABEL (widget));
      else if (GTK_IS_EDITABLE (widget))
        shown = gtk_editable_get_text (GTK_EDITABLE (widget));
      else if (GTK_IS_WINDOW (widget))
        shown = gtk_window_get_title (GTK_WINDOW (widget));

      if (shown != NULL && strstr (shown, text) != NULL)
        return widget;
    }

  return NULL;
}

/* No squeezer of @data (a header bar's title and switcher) is still
 * cross-fading. */
G_GNUC_UNUSED static gboolean
transitions_done (gpointer data)
{
  g_autoptr(GPtrArray) squeezers = sc_test_find_widgets (data, ADW_TYPE_SQUEEZER);

  for (guint i = 0; i < squeezers->len; i++)
    if (adw_squeezer_get_transition_running (squeezers->pdata[i]))
      {
        gtk_test_widget_wait_for_draw (data);
        return FALSE;
      }

  return TRUE;
}

G_GNUC_UNUSED static void
settle (GtkWidget *widget)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_test_widget_wait_for_draw (widget);
  sc_test_wait_until (transitions_done, widget, "the header to settle");
}

G_GNUC_UNUSED static void
save_picture (GtkWidget  *widget,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  settle (widget);
  g_assert_true (sc_screenshot_save (widget, path, &error));
  g_assert_no_error (error);
  g_test_message ("picture: %s", path);
}
