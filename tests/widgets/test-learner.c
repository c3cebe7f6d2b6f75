/* test-learner.c - the learner is chosen without a prompt, named in place, hidden on a projector
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts the real application on a data folder (some tests start it
 * twice on the same folder, as a user does on two days) with the built-in
 * course from the source tree, and checks what the learner would see: one
 * learner made silently on first run and the same one after; --learner
 * picking a learner by name or UUID, or making one; a welcome toast only
 * while the name is a placeholder, whose button opens the preferences on
 * the name; a rename there reaching the database and the context, a
 * refused name explained in place; no name anywhere in presentation mode.
 * Pictures of the welcome toast and of the preferences are left in the
 * build folder (build/tests/learner-*.png).
 */
#include "config.h"

#include "app-run-util.h"
#include "sc-course-reader.h"
#include "sc-preferences-window.h"

#define WELCOME_TEXT "Welcome to Shopcraft"

static gboolean
welcome_shown (gpointer data)
{
  return find_shown_text (WELCOME_TEXT) != NULL;
}

/* The toast has slid in all the way: it stays put from one frame to the
 * next, inside the window. */
static gboolean
welcome_settled (gpointer data)
{
  static float last_y = -1;
  GtkWidget *window = data;
  GtkWidget *toast = find_shown_text (WELCOME_TEXT);
  graphene_rect_t bounds;
  gboolean still;

  while (toast != NULL && g_strcmp0 (gtk_widget_get_css_name (toast), "toast") != 0)
    toast = gtk_widget_get_parent (toast);
  if (toast == NULL || !gtk_widget_compute_bounds (toast, window, &bounds))
    return FALSE;

  still = bounds.origin.y == last_y;
  last_y = bounds.origin.y;
  if (still)
    return bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window);

  gtk_test_widget_wait_for_draw (window);

  return FALSE;
}

static gboolean
welcome_gone (gpointer data)
{
  return find_shown_text (WELCOME_TEXT) == NULL;
}

static gboolean
has_learner (gpointer data)
{
  return sc_context_get_learner (data) != NULL;
}

static ScPreferencesWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (SC_IS_PREFERENCES_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return SC_PREFERENCES_WINDOW (window);
    }

  return NULL;
}

/* The name's save button, as the learner clicks it. */
static void
save_name (ScPreferencesWindow *preferences)
{
  GtkWidget *button = sc_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_BUTTON, "apply-name");

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button));
  g_signal_emit_by_name (button, "clicked");
}

static AdwEntryRow *
name_row_of (ScPreferencesWindow *preferences)
{
  GtkWidget *row = sc_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, NULL);

  g_assert_nonnull (row);

  return ADW_ENTRY_ROW (row);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(int *) user_data)++;
}

/* ---- the default learner ---- */

static void
test_default_learner_once (void)
{
  g_autofree char *dir = data_dir_new ("default");
  g_autoptr(ScLearner) first = NULL;
  g_autoptr(ScLearner) second = NULL;

  first = run_app (dir, NULL, NULL, NULL);
  g_assert_true (g_uuid_string_is_valid (first->uuid));
  g_assert_true (first->is_default);
  g_assert_true (first->name_is_placeholder);
  g_assert_cmpstr (first->display_name, !=, "");
  g_assert_cmpint (query_int (dir, "SELECT count(*) FROM learners"), ==, 1);

  /* The next day: the same learner, and still only one. */
  second = run_app (dir, NULL, NULL, NULL);
  g_assert_cmpstr (second->uuid, ==, first->uuid);
  g_assert_cmpstr (second->display_name, ==, first->display_name);
  g_assert_cmpint (query_int (dir, "SELECT count(*) FROM learners"), ==, 1);
}

/* ---- --learner ---- */

static void
make_learners (const char  *dir,
               ScLearner  **out_default,
               ScLearner  **out_sam,
               ScLearner  **out_ana)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open_in_dir (dir, &error);

  g_assert_no_error (error);
  *out_default = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  *out_sam = sc_learner_create (database, "Sam Rivera", &error);
  g_assert_no_error (error);
  *out_ana = sc_learner_create (database, "Ana Lima", &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

static void
assert_no_welcome (ScApplication *app,
                   gpointer       data)
{
  g_assert_nonnull (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_null (find_shown_text (WELCOME_TEXT));
}

static void
test_learner_option (void)
{
  g_autofree char *dir = data_dir_new ("option");
  g_autoptr(ScLearner) usual = NULL;
  g_autoptr(ScLearner) sam = NULL;
  g_autoptr(ScLearner) ana = NULL;
  g_autoptr(ScLearner) noor = NULL;
  g_autoptr(ScLearner) active = NULL;
  g_autofree char *ana_upper = NULL;
  g_autofree char *default_uuid = NULL;

  make_learners (dir, &usual, &sam, &ana);

  /* By name, in any case. */
  active = run_app (dir, "sam rivera", assert_no_welcome, NULL);
  g_assert_cmpstr (active->uuid, ==, sam->uuid);
  g_clear_pointer (&active, sc_learner_free);

  /* By UUID, as tools write it or not. */
  ana_upper = g_ascii_strup (ana->uuid, -1);
  active = run_app (dir, ana_upper, NULL, NULL);
  g_assert_cmpstr (active->uuid, ==, ana->uuid);
  g_clear_pointer (&active, sc_learner_free);

  /* A name nobody has: a new learner with it, for this run only, and no
   * question about the name (it was given). */
  noor = run_app (dir, "Noor", assert_no_welcome, NULL);
  g_assert_cmpstr (noor->display_name, ==, "Noor");
  g_assert_false (noor->is_default);
  g_assert_false (noor->name_is_placeholder);
  g_assert_cmpstr (noor->uuid, !=, usual->uuid);
  g_assert_cmpint (query_int (dir, "SELECT count(*) FROM learners"), ==, 4);
  default_uuid = query_text (dir, "SELECT uuid FROM learners WHERE is_default = 1");
  g_assert_cmpstr (default_uuid, ==, usual->uuid);

  /* The next time, the same Noor, not another one. */
  active = run_app (dir, "NOOR", NULL, NULL);
  g_assert_cmpstr (active->uuid, ==, noor->uuid);
  g_clear_pointer (&active, sc_learner_free);
  g_assert_cmpint (query_int (dir, "SELECT count(*) FROM learners"), ==, 4);

  /* Without the option: the usual learner again. */
  active = run_app (dir, NULL, NULL, NULL);
  g_assert_cmpstr (active->uuid, ==, usual->uuid);
}

/* An empty --learner is a mistake, said before any window opens. */
static void
test_learner_option_empty (void)
{
  g_autofree char *dir = data_dir_new ("empty-option");
  g_autofree char *path = g_build_filename (dir, SC_DATABASE_FILE_NAME, NULL);
  g_autoptr(ScApplication) app = app_new_unregistered (dir);
  char *argv[] = { (char *) "shopcraft", (char *) "--learner", (char *) "  ", NULL };

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 2);
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* ---- the welcome toast and the preferences ---- */

static gboolean dialog_shown (void);

static GtkButton *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = sc_test_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0 &&
        gtk_widget_is_visible (buttons->pdata[i]))
      return buttons->pdata[i];

  return NULL;
}

/* The first start, as the learner goes through it. */
static void
welcome_steps (ScApplication *app,
               gpointer       data)
{
  ScContext *context = sc_application_get_context (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *placeholder = NULL;
  ScPreferencesWindow *preferences;
  GtkButton *button;
  GtkWidget *focus;
  AdwEntryRow *row;

  g_assert_nonnull (window);
  g_assert_true (sc_context_get_learner (context)->name_is_placeholder);
  placeholder = g_strdup (sc_context_get_learner (context)->display_name);

  /* Asked on the window, not in a dialog, and without the name. */
  sc_test_wait_until (welcome_shown, NULL, "the welcome toast");
  g_assert_true (gtk_widget_is_ancestor (find_shown_text (WELCOME_TEXT), GTK_WIDGET (window)));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (find_shown_text (WELCOME_TEXT))), placeholder));
  g_assert_null (find_preferences ());
  g_assert_false (dialog_shown ());
  button = find_button (GTK_WIDGET (window), "_Set Name…");
  g_assert_nonnull (button);
  sc_test_wait_until (welcome_settled, window, "the welcome toast to slide in");
  save_picture (GTK_WIDGET (window), "learner-welcome-toast.png");

  /* Set Name… opens the preferences, typing goes into the name. */
  g_signal_emit_by_name (button, "clicked");
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  row = name_row_of (preferences);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, placeholder);
  focus = gtk_root_get_focus (GTK_ROOT (preferences));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (row) || gtk_widget_is_ancestor (focus, GTK_WIDGET (row)));
  save_picture (GTK_WIDGET (preferences), "learner-preferences.png");

  /* Named: the welcome is gone. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Priya Natarajan");
  save_name (preferences);
  g_assert_false (sc_context_get_learner (context)->name_is_placeholder);
  sc_test_wait_until (welcome_gone, NULL, "the welcome toast to go");
}

static void
test_welcome_toast (void)
{
  g_autofree char *dir = data_dir_new ("welcome");
  g_autoptr(ScLearner) first_day = NULL;
  g_autoptr(ScLearner) next_day = NULL;

  first_day = run_app (dir, NULL, welcome_steps, NULL);
  g_assert_true (first_day->name_is_placeholder);

  /* It does not come back once the learner has a name. */
  next_day = run_app (dir, NULL, assert_no_welcome, NULL);
  g_assert_cmpstr (next_day->uuid, ==, first_day->uuid);
  g_assert_cmpstr (next_day->display_name, ==, "Priya Natarajan");
  g_assert_false (next_day->name_is_placeholder);
}

/* The reason a name was refused, shown under the name. */
static GtkLabel *
shown_error (ScPreferencesWindow *preferences)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (GTK_WIDGET (preferences), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "error") &&
        gtk_widget_is_visible (labels->pdata[i]))
      return labels->pdata[i];

  return NULL;
}

static gboolean
dialog_shown (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }

  return FALSE;
}

static void
test_rename_in_preferences (void)
{
  g_autofree char *dir = data_dir_new ("rename");
  g_autoptr(ScApplication) app = NULL;
  g_autoptr(ScLearner) stored = NULL;
  g_autoptr(ScLearner) ola = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  ScPreferencesWindow *preferences;
  ScContext *context;
  ScDatabase *database;
  AdwEntryRow *row;
  GtkLabel *error_label;
  int notified = 0;

  app = app_start (dir);
  context = sc_application_get_context (app);
  sc_test_wait_until (has_learner, context, "the learner");
  sc_test_wait_until (welcome_shown, NULL, "the welcome toast");
  database = sc_context_get_database (context);
  uuid = g_strdup (sc_context_get_learner (context)->uuid);
  g_signal_connect (context, "notify::learner", G_CALLBACK (count_notify), &notified);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  row = name_row_of (preferences);

  /* Applied: in the database, in the context (once), in the row as
   * stored. */
  gtk_editable_set_text (GTK_EDITABLE (row), "  Dana Kim ");
  save_name (preferences);
  g_assert_cmpint (notified, ==, 1);
  g_assert_cmpstr (sc_context_get_learner (context)->display_name, ==, "Dana Kim");
  g_assert_cmpstr (sc_context_get_learner (context)->uuid, ==, uuid);
  stored = sc_learner_lookup_uuid (database, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->display_name, ==, "Dana Kim");
  g_assert_false (stored->name_is_placeholder);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Dana Kim");
  g_assert_null (shown_error (preferences));
  /* Named now: the welcome, still on the window, goes. */
  sc_test_wait_until (welcome_gone, NULL, "the welcome toast to go");

  /* Enter on the unchanged name changes nothing. */
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_cmpint (notified, ==, 1);

  /* Refused names: the reason under the row, nothing else changes. */
  ola = sc_learner_create (database, "Ola", &error);
  g_assert_no_error (error);
  gtk_editable_set_text (GTK_EDITABLE (row), "ola");
  save_name (preferences);
  error_label = shown_error (preferences);
  g_assert_nonnull (error_label);
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "already exists"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_false (dialog_shown ());
  g_assert_cmpint (notified, ==, 1);
  g_clear_pointer (&stored, sc_learner_free);
  stored = sc_learner_lookup_uuid (database, uuid, &error);
  g_assert_cmpstr (stored->display_name, ==, "Dana Kim");
  save_picture (GTK_WIDGET (preferences), "learner-preferences-refused.png");

  /* Typing again takes the reason away. */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_null (shown_error (preferences));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  save_name (preferences);
  error_label = shown_error (preferences);
  g_assert_nonnull (error_label);
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "cannot be empty"));
  g_assert_cmpstr (sc_context_get_learner (context)->display_name, ==, "Dana Kim");
  g_assert_cmpint (notified, ==, 1);

  close_windows ();
}

/* Enter on the name as it is keeps it, and makes it the learner's own:
 * no more welcome. */
static void
test_confirm_placeholder (void)
{
  g_autofree char *dir = data_dir_new ("confirm");
  g_autoptr(ScApplication) app = app_start (dir);
  g_autoptr(ScLearner) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *placeholder = NULL;
  ScContext *context = sc_application_get_context (app);
  ScPreferencesWindow *preferences;
  GtkWidget *save_button;
  AdwEntryRow *row;

  sc_test_wait_until (has_learner, context, "the learner");
  sc_test_wait_until (welcome_shown, NULL, "the welcome toast");
  placeholder = g_strdup (sc_context_get_learner (context)->display_name);

  g_action_group_activate_action (G_ACTION_GROUP (app), "learner-name", NULL);
  preferences = find_preferences ();
  row = name_row_of (preferences);
  save_button = sc_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_BUTTON, "apply-name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, placeholder);
  /* Nothing to save while the text is the stored name. */
  g_assert_false (gtk_widget_get_visible (save_button));

  g_signal_emit_by_name (row, "entry-activated");
  g_assert_false (sc_context_get_learner (context)->name_is_placeholder);
  g_assert_cmpstr (sc_context_get_learner (context)->display_name, ==, placeholder);
  stored = sc_learner_lookup_uuid (sc_context_get_database (context),
                                   sc_context_get_learner (context)->uuid, &error);
  g_assert_no_error (error);
  g_assert_false (stored->name_is_placeholder);
  sc_test_wait_until (welcome_gone, NULL, "the welcome toast to go");

  /* Typing shows the save button; Enter saves as well as the button. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Sam Okafor");
  g_assert_true (gtk_widget_get_visible (save_button));
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_cmpstr (sc_context_get_learner (context)->display_name, ==, "Sam Okafor");
  g_assert_false (gtk_widget_get_visible (save_button));

  close_windows ();
}

/* Every button and switch of the preferences has a name a screen reader
 * can say (the rule tests/widgets/test-window.c applies to the window). */
static void
test_preferences_accessible (void)
{
  g_autofree char *dir = data_dir_new ("accessible");
  g_autoptr(ScApplication) app = app_start (dir);
  GType types[] = { GTK_TYPE_BUTTON, GTK_TYPE_SWITCH, GTK_TYPE_SPIN_BUTTON };
  ScPreferencesWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  g_assert_nonnull (preferences);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GPtrArray) controls = sc_test_find_widgets (GTK_WIDGET (preferences), types[t]);

      for (guint i = 0; i < controls->len; i++)
        {
          GtkWidget *control = controls->pdata[i];
          const char *label = GTK_IS_BUTTON (control) ? gtk_button_get_label (GTK_BUTTON (control)) : NULL;

          if (gtk_widget_get_ancestor (control, GTK_TYPE_MENU_BUTTON) != NULL ||
              (label != NULL && *label != '\0'))
            continue;
          if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
              !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
            g_error ("%s %p (%s) in the preferences has no accessible name",
                     G_OBJECT_TYPE_NAME (control), control, gtk_widget_get_name (control));
        }
    }

  close_windows ();
}

/* ---- presentation mode ---- */

static void
set_presentation (ScApplication *app,
                  gboolean       on)
{
  GSettings *settings = sc_context_get_settings (sc_application_get_context (app));

  g_settings_set_boolean (settings, "presentation-mode", on);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_presentation_hides_name (void)
{
  static const char name[] = "Zyxwv Presenter";
  g_autofree char *dir = data_dir_new ("presentation");
  g_autoptr(ScApplication) app = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GError) error = NULL;
  ScPreferencesWindow *preferences;
  ScContext *context;
  GtkWindow *window;
  GtkWidget *shown;

  app = app_start (dir);
  context = sc_application_get_context (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  sc_test_wait_until (has_learner, context, "the learner");
  learner = sc_learner_copy (sc_context_get_learner (context));
  g_assert_true (sc_learner_rename (sc_context_get_database (context), learner, name, &error));
  g_assert_no_error (error);
  sc_context_set_learner (context, learner);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  settle (GTK_WIDGET (preferences));

  /* Not presenting: the preferences show the name. */
  shown = find_shown_text (name);
  g_assert_nonnull (shown);
  g_assert_true (gtk_widget_is_ancestor (shown, GTK_WIDGET (preferences)));

  /* Presenting: nowhere, in no window; the row says it is hidden. */
  set_presentation (app, TRUE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_null (find_shown_text (name));
  g_assert_nonnull (find_shown_text ("Hidden while presentation mode is on"));
  save_picture (GTK_WIDGET (preferences), "learner-preferences-presentation.png");

  /* A rename from elsewhere while presenting stays hidden too. */
  g_assert_true (sc_learner_rename (sc_context_get_database (context), learner,
                                    "Zyxwv Presenter Two", &error));
  sc_context_set_learner (context, learner);
  g_assert_null (find_shown_text (name));

  set_presentation (app, FALSE);
  g_assert_nonnull (find_shown_text ("Zyxwv Presenter Two"));

  close_windows ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *course_dir = NULL;
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-learner: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();
  test_tmp_dir = sc_test_make_tmp_dir ();

  g_test_add_func ("/learner/default-once", test_default_learner_once);
  g_test_add_func ("/learner/option", test_learner_option);
  g_test_add_func ("/learner/option-empty", test_learner_option_empty);
  g_test_add_func ("/learner/welcome-toast", test_welcome_toast);
  g_test_add_func ("/learner/rename-in-preferences", test_rename_in_preferences);
  g_test_add_func ("/learner/confirm-placeholder", test_confirm_placeholder);
  g_test_add_func ("/learner/preferences-accessible", test_preferences_accessible);
  g_test_add_func ("/learner/presentation-hides-name", test_presentation_hides_name);

  status = g_test_run ();

  sc_test_remove_tree (test_tmp_dir);
  g_free (test_tmp_dir);

  return status;
}
