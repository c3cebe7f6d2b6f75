/* test-database-error.c - the window when the database cannot be opened
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data folder is a regular file, so the database cannot be created:
 * the window must say so (file, cause, next step), offer Choose Folder…,
 * Retry and Quit, and come back to the sections once a reopen works.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sc-context.h"
#include "sc-database.h"
#include "widget-test-util.h"

static char *tmp_dir;
static char *bad_dir;

static AdwStatusPage *
error_page (ScWindow *window)
{
  g_autoptr(GPtrArray) pages = sc_test_find_widgets (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);

  for (guint i = 0; i < pages->len; i++)
    if (g_strcmp0 (adw_status_page_get_icon_name (pages->pdata[i]), "dialog-error-symbolic") == 0)
      return pages->pdata[i];

  g_assert_not_reached ();
}

static GtkWidget *
button_for_action (ScWindow   *window,
                   const char *action)
{
  g_autoptr(GPtrArray) buttons = sc_test_find_widgets (GTK_WIDGET (window), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action) == 0)
      return buttons->pdata[i];

  return NULL;
}

static void
assert_error_shown (ScApplication *app,
                    ScWindow      *window)
{
  AdwStatusPage *page = error_page (window);
  const char *description = adw_status_page_get_description (page);
  g_autofree char *section = NULL;
  const char *other;
  struct {
    const char *action;
    const char *label;
  } buttons[] = {
    { "win.choose-data-folder", "_Choose Folder…" },
    { "app.reopen-database", "_Retry" },
    { "app.quit", "_Quit" },
  };

  g_assert_nonnull (sc_application_get_database_error (app));
  g_assert_null (sc_context_get_database (sc_application_get_context (app)));

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (sc_window_get_visible_panel (window))));
  g_assert_true (sc_window_get_ready (window));

  /* The file, the cause and the next step. */
  g_assert_nonnull (strstr (description, bad_dir));
  g_assert_nonnull (strstr (description, g_strerror (ENOTDIR)));
  g_assert_nonnull (strstr (description, "Choose another folder"));

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = button_for_action (window, buttons[i].action);

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_mapped (button));
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, buttons[i].label);
    }

  /* The sections are out of reach until the database opens. */
  section = g_strdup (sc_window_get_section (window));
  other = g_str_equal (section, "class") ? "orders" : "class";
  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", other);
  g_assert_cmpstr (sc_window_get_section (window), ==, section);
}

static void
assert_sections_shown (ScApplication *app,
                       ScWindow      *window,
                       const char    *dir)
{
  ScDatabase *database = sc_context_get_database (sc_application_get_context (app));
  g_autofree char *expected = g_build_filename (dir, "shopcraft.db", NULL);

  g_assert_null (sc_application_get_database_error (app));
  g_assert_nonnull (database);
  g_assert_cmpstr (sc_database_get_path (database), ==, expected);

  sc_test_wait_ready (window);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (error_page (window))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (sc_window_get_visible_panel (window))));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "orders");
  g_assert_cmpstr (sc_window_get_section (window), ==, "orders");
}

static void
test_error_page_and_recovery (void)
{
  g_autoptr(ScApplication) app = NULL;
  g_autofree char *good_dir = g_build_filename (tmp_dir, "good", NULL);
  ScWindow *window;

  g_assert_true (g_file_set_contents (bad_dir, "not a folder\n", -1, NULL));

  app = sc_test_app_new (bad_dir);
  g_application_activate (G_APPLICATION (app));
  window = SC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  sc_test_wait_ready (window);
  assert_error_shown (app, window);

  /* Retry on the same, still broken folder: the same page. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "reopen-database", NULL);
  assert_error_shown (app, window);

  /* Choose Folder… ends in app.open-data-folder with the chosen path. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-data-folder",
                                  g_variant_new_string (good_dir));
  assert_sections_shown (app, window, good_dir);

  /* Back to the broken folder, then fix it and Retry. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-data-folder",
                                  g_variant_new_string (bad_dir));
  sc_test_wait_ready (window);
  assert_error_shown (app, window);

  g_assert_cmpint (g_unlink (bad_dir), ==, 0);
  g_assert_cmpint (g_mkdir (bad_dir, 0700), ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (app), "reopen-database", NULL);
  assert_sections_shown (app, window, bad_dir);

  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-database-error: no display\n");
      return 77;
    }

  tmp_dir = sc_test_make_tmp_dir ();
  bad_dir = g_build_filename (tmp_dir, "not-a-folder", NULL);

  g_test_add_func ("/database-error/error-page-and-recovery", test_error_page_and_recovery);

  status = g_test_run ();

  sc_test_remove_tree (tmp_dir);
  g_free (bad_dir);
  g_free (tmp_dir);

  return status;
}
