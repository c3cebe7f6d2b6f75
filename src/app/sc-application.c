/* sc-application.c - the application: command line, settings, windows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Batch options are answered in handle-local-options, before GTK or
 * GSettings are touched, so they work with no display and no installed
 * schema; anything that names a data folder makes the instance
 * non-unique so it is never forwarded to a running window.
 *
 * The application owns what is global to the process: the settings, the
 * context handed to every window, the colour scheme and the text size.
 * When the database cannot be opened the windows show the error and offer
 * to reopen it (app.reopen-database) or open another folder
 * (app.open-data-folder). The database's life cycle (the check after a
 * crash, recovery, the backup at exit) is in sc-application-database.c,
 * the course loading in sc-application-course.c, and the notices that wait
 * for a window in sc-application-notices.c. The active learner
 * (sc-application-learner.c) and the search index
 * (sc-application-index.c) follow the context's database and course.
 */
#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <glib/gi18n.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "sc-application-private.h"
#include "sc-command-line.h"
#include "sc-context.h"
#include "sc-database.h"
#include "sc-frame-probe.h"
#include "sc-preferences-window.h"
#include "sc-screenshot.h"
#include "sc-startup-trace.h"
#include "sc-window.h"
#include "sc-toasts.h"

G_DEFINE_FINAL_TYPE (ScApplication, sc_application, ADW_TYPE_APPLICATION)

/* Every accelerator of the app; each one is listed in
 * ui/gtk/help-overlay.ui, and a widget test keeps it so. The shortcuts
 * window is built on first use (sc_window_get_help_overlay()), so
 * GtkApplication does not know it: its accelerator is set here. */
static const struct {
  const char *action;
  const char *accels[2];
} accelerators[] = {
  { "app.quit",             { "<Control>q", NULL } },
  { "app.preferences",      { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.fullscreen",       { "F11", NULL } },
  { "win.section::learn",     { "<Control>1", NULL } },
  { "win.section::listings",  { "<Control>2", NULL } },
  { "win.section::orders",    { "<Control>3", NULL } },
  { "win.section::inventory", { "<Control>4", NULL } },
  { "win.section::progress",  { "<Control>5", NULL } },
  { "win.section::class",     { "<Control>6", NULL } },
  { "win.section::banks",     { "<Control>7", NULL } },
  { "win.import-questions",   { "<Control>i", NULL } },
};

static int
sc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  ScApplication *self = SC_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  const char *data_dir = NULL;
  const char *course_dir = NULL;
  const char *env_dir = g_getenv ("SHOPCRAFT_DATA_DIR");
  int status;

  if (g_variant_dict_lookup (options, "data-dir", "^&ay", &data_dir))
    {
      g_free (self->data_dir);
      self->data_dir = g_strdup (data_dir);
    }

  if (g_variant_dict_lookup (options, "course", "^&ay", &course_dir))
    {
      g_free (self->course_option);
      self->course_option = g_strdup (course_dir);
    }

  g_clear_pointer (&self->learner_option, g_free);
  if (!sc_command_line_get_learner (options, &self->learner_option))
    return 2;

  /* A running window would ignore another course or learner: start a new
   * instance. */
  if (self->data_dir != NULL || env_dir != NULL || self->course_option != NULL ||
      self->learner_option != NULL || sc_command_line_is_batch (options))
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  status = sc_command_line_run (options, self->data_dir);
  if (status >= 0)
    return status;

  self->screenshot = sc_screenshot_request_from_env (&error);
  if (error != NULL)
    {
      g_printerr ("shopcraft: %s\n", error->message);
      return 2;
    }

  /* A screenshot never touches the user's database. */
  if (self->screenshot != NULL &&
      self->data_dir == NULL && (env_dir == NULL || *env_dir == '\0'))
    {
      g_printerr ("shopcraft: %s\n",
                  _("A screenshot needs its own data folder: give --data-dir DIR "
                    "(build-aux/screenshot makes a temporary one)."));
      return 2;
    }

  return -1;
}

static void
apply_style_variant (ScApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT,      /* system: follow the desktop */
    ADW_COLOR_SCHEME_FORCE_LIGHT,  /* light */
    ADW_COLOR_SCHEME_FORCE_DARK,   /* dark */
  };
  int variant = g_settings_get_enum (self->settings, "style-variant");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[CLAMP (variant, 0, (int) G_N_ELEMENTS (schemes) - 1)]);
}

/* The text-size preference scales gtk-xft-dpi rather than setting a CSS
 * font-size on the windows:
 *
 *  - libadwaita 1.2 gives its typography classes (.title-1, .heading,
 *    .body, the status page title…) absolute point sizes, which a CSS
 *    font-size on the window does not reach; the DPI scales points,
 *    percentages and rem alike, so every label grows by the same factor.
 *  - It reaches every window of the app (preferences, About, dialogs,
 *    popovers), which a per-window style class would have to chase.
 *  - It is how GNOME's own text-scaling-factor works, so the two compose:
 *    the desktop's value is the base (reset, then read), and at 100 % the
 *    app sets nothing and keeps following desktop changes live.
 *  - Presentation mode stays a CSS class (.presentation in style.css), so
 *    both multiply: text size × presentation.
 *
 * The cost: the value is per process, and while it is not 100 % a change
 * of the desktop's scaling is picked up at the next change or start-up. */
static void
apply_text_scale (ScApplication *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  double scale = g_settings_get_double (self->settings, "text-scale");
  int dpi = 0;

  if (gtk_settings == NULL)
    return;

  gtk_settings_reset_property (gtk_settings, "gtk-xft-dpi");
  if (fabs (scale - 1.0) < 0.005)
    return;

  g_object_get (gtk_settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    dpi = 96 * 1024;

  g_object_set (gtk_settings, "gtk-xft-dpi", (int) lround (dpi * scale), NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data);

static gboolean
quit_later_cb (gpointer data)
{
  quit_action (NULL, NULL, data);

  return G_SOURCE_REMOVE;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  ScApplication *self = user_data;
  guint settle_ms = sc_toasts_get_settle_ms ();

  /* Windows must not go under a moving toast (see sc-toasts.c). */
  if (settle_ms > 0)
    {
      g_timeout_add_full (G_PRIORITY_DEFAULT, settle_ms, quit_later_cb,
                          g_object_ref (self), g_object_unref);
      return;
    }

  /* Closing each window saves its size and section first. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SC_IS_WINDOW (l->data))
      sc_window_save_state (l->data);

  g_application_quit (G_APPLICATION (self));
}

static ScPreferencesWindow *
present_preferences (ScApplication *self)
{
  if (self->preferences_window == NULL)
    {
      self->preferences_window = GTK_WINDOW (sc_preferences_window_new_for_context (self->context));
      gtk_window_set_application (self->preferences_window, GTK_APPLICATION (self));
      g_object_add_weak_pointer (G_OBJECT (self->preferences_window),
                                 (gpointer *) &self->preferences_window);
    }

  gtk_window_set_transient_for (self->preferences_window, sc_application_get_main_window (self));
  gtk_window_present (self->preferences_window);

  return SC_PREFERENCES_WINDOW (self->preferences_window);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  present_preferences (user_data);
}

/* The welcome toast's "Set Name…": the preferences, on the name. */
static void
learner_name_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  sc_preferences_window_focus_learner_name (present_preferences (user_data));
}

static char *
debug_info (ScApplication *self)
{
  return g_strdup_printf ("Shopcraft %s (%s)\n"
                          "GLib %u.%u.%u\n"
                          "GTK %u.%u.%u\n"
                          "libadwaita %u.%u.%u\n"
                          "SQLite %s\n"
                          "Data folder: %s\n",
                          PACKAGE_VERSION, PROFILE,
                          glib_major_version, glib_minor_version, glib_micro_version,
                          gtk_get_major_version (), gtk_get_minor_version (),
                          gtk_get_micro_version (),
                          adw_get_major_version (), adw_get_minor_version (),
                          adw_get_micro_version (),
                          sqlite3_libversion (),
                          self->database_dir != NULL ? self->database_dir : "");
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  ScApplication *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  g_autofree char *info = debug_info (self);
  g_autofree char *issues = g_strconcat (PACKAGE_WEBSITE, "/issues", NULL);
  const char *built_with[] = {
    "GTK https://gtk.org",
    "libadwaita https://gnome.pages.gitlab.gnome.org/libadwaita/",
    "SQLite https://sqlite.org",
    "libxml2 https://gitlab.gnome.org/GNOME/libxml2",
    "JSON-GLib https://gitlab.gnome.org/GNOME/json-glib",
    NULL
  };
  AdwAboutWindow *about;

  builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/sc-about-window.ui");
  about = ADW_ABOUT_WINDOW (gtk_builder_get_object (builder, "about_window"));

  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_website (about, PACKAGE_WEBSITE);
  adw_about_window_set_issue_url (about, issues);
  adw_about_window_set_debug_info (about, info);
  adw_about_window_set_debug_info_filename (about, "shopcraft-debug-info.txt");
  adw_about_window_add_acknowledgement_section (about, _("Built With"), built_with);

  gtk_window_set_transient_for (GTK_WINDOW (about), sc_application_get_main_window (self));
  gtk_window_present (GTK_WINDOW (about));
}

static void
open_data_folder_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  sc_application_open_database (user_data, g_variant_get_string (parameter, NULL));
}

static void
reopen_database_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  ScApplication *self = user_data;
  g_autofree char *dir = g_strdup (self->database_dir);

  sc_application_open_database (self, dir);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "learner-name", learner_name_action },
  { "about", about_action },
  { "open-data-folder", open_data_folder_action, "s" },
  { "reopen-database", reopen_database_action },
};

static void
context_database_changed_cb (ScApplication *self)
{
  sc_application_choose_learner (self);
  sc_application_recover_sessions (self);
  sc_application_update_search_index (self);
}

static void
context_course_changed_cb (ScApplication *self)
{
  sc_application_recover_sessions (self);
  sc_application_update_search_index (self);
}

/* The icon theme's index (about 5,000 names in Adwaita, each put in a
 * hash table) is read on the first icon lookup, which would otherwise be
 * the main thread's while it maps the window. GtkIconTheme is made for
 * lookups from other threads once the main thread has set it up (GTK
 * locks it, and a main-thread lookup meanwhile waits for this one), so a
 * thread of its own reads it while the window is built. */
static gpointer
load_icon_theme (gpointer data)
{
  g_autoptr(GtkIconTheme) theme = data;
  g_autoptr(GtkIconPaintable) icon = NULL;

  icon = gtk_icon_theme_lookup_icon (theme, "open-menu-symbolic", NULL, 16, 1,
                                     GTK_TEXT_DIR_NONE, 0);
  sc_startup_trace ("icon-theme-loaded");

  return NULL;
}

/* Set by sc_application_skip_gtk_theme (): GTK_THEME names libadwaita's
 * empty theme until GTK's settings exist. */
static gboolean gtk_theme_skipped;

/**
 * sc_application_skip_gtk_theme:
 *
 * Spares start-up a stylesheet that would be parsed only to be thrown
 * away. GTK makes its settings as it starts and loads the theme they name,
 * by default its own (about 80 million instructions, 16 ms here);
 * libadwaita then names its empty theme instead and loads its own
 * stylesheet. With GTK_THEME naming that empty theme while GTK makes its
 * settings, nothing is loaded twice. The variable is taken away again
 * before libadwaita starts, which leaves its stylesheet out whenever
 * GTK_THEME is set. A GTK_THEME the user set is left as it is.
 *
 * Call from main (), before any thread starts: setenv () is not safe
 * beside other threads.
 */
void
sc_application_skip_gtk_theme (void)
{
  if (g_getenv ("GTK_THEME") != NULL)
    return;

  g_setenv ("GTK_THEME", "Adwaita-empty", TRUE);
  gtk_theme_skipped = TRUE;
}

static void
make_gtk_settings (void)
{
  if (!gtk_theme_skipped)
    return;

  gtk_init ();
  gtk_settings_get_default ();
  g_unsetenv ("GTK_THEME");
  gtk_theme_skipped = FALSE;
}

static void
sc_application_startup (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);
  g_autofree char *dir = NULL;

  /* The course is read by a worker thread while GTK and libadwaita start
   * up here (it needs neither), so it is usually in hand by the time the
   * window is built (sc_application_take_read_course()). */
  sc_startup_trace ("app-startup");
  /* Before the course thread starts: unsetenv () is not safe beside
   * other threads either. */
  make_gtk_settings ();
  sc_application_load_course (self);
  /* Before GtkApplication's startup, which AdwApplication chains up to
   * first: GTK starts reading the icon theme in a thread when the theme
   * is first asked for, and adding an icon path while it reads waits for
   * the read, then throws it away. libadwaita adds its path as soon as it
   * has made the theme, before the thread has begun; GtkApplication
   * adds the application's only later, once that read is over. */
  adw_init ();

  G_APPLICATION_CLASS (sc_application_parent_class)->startup (app);
  sc_startup_trace ("gtk-libadwaita-ready");
  /* Before any window is styled. */
  sc_application_name_font_family (self);
  /* After GTK and libadwaita added their icon paths, each of which would
   * make the theme be read again. */
  self->icon_theme_thread =
    g_thread_new ("sc-icon-theme", load_icon_theme,
                  g_object_ref (gtk_icon_theme_get_for_display (gdk_display_get_default ())));

  if (self->screenshot != NULL)
    {
      /* Whatever a screenshot sets stays in this process. */
      g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

      self->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
      sc_screenshot_request_apply (self->screenshot, self->settings);
    }
  else
    {
      self->settings = g_settings_new (APPLICATION_ID);
    }

  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (apply_style_variant), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::text-scale",
                           G_CALLBACK (apply_text_scale), self, G_CONNECT_SWAPPED);
  apply_style_variant (self);
  apply_text_scale (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accelerators[i].action,
                                           accelerators[i].accels);

  /* The learner, their open sessions and the search index follow the
   * database and the course; connected before any window, so the learner
   * is in place before a page hears of a new database or course. */
  self->context = sc_context_new (NULL, self->settings);
  g_signal_connect_object (self->context, "notify::database",
                           G_CALLBACK (context_database_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::course",
                           G_CALLBACK (context_course_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::learner",
                           G_CALLBACK (sc_application_learner_changed), self, G_CONNECT_SWAPPED);

  dir = sc_database_resolve_dir (self->data_dir);
  sc_application_open_database (self, dir);
  sc_startup_trace ("database-open");
}

static void
sc_application_shutdown (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);

  sc_application_cancel_course (self);
  sc_application_cancel_search_index (self);
  g_clear_pointer (&self->icon_theme_thread, g_thread_join);
  /* A screenshot's database is a throwaway: no backup of it. */
  sc_application_finish_database (self, self->screenshot == NULL);

  G_APPLICATION_CLASS (sc_application_parent_class)->shutdown (app);
}

static void
sc_application_activate (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      ScWindow *sc_window;

      /* Built with the course when it is read already, the window's first
       * frame shows it: the Learn page is measured and styled once. */
      sc_application_take_read_course (self);
      sc_window = sc_window_new (self, self->context);

      sc_startup_trace ("window-built");
      sc_window_set_database_error (sc_window, self->database_error);

      if (self->screenshot != NULL)
        {
          sc_window_show_section (sc_window, self->screenshot->page);
          sc_screenshot_take (sc_window, self->screenshot->path);
        }

      if (sc_frame_probe_requested ())
        sc_frame_probe_attach (sc_window);
      sc_frame_probe_trace (GTK_WIDGET (sc_window));

      window = GTK_WINDOW (sc_window);
    }

  gtk_window_present (window);
  sc_startup_trace ("window-presented");
  sc_application_watch_first_frame (self, window);
}

static void
sc_application_dispose (GObject *object)
{
  ScApplication *self = SC_APPLICATION (object);

  if (self->preferences_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->preferences_window),
                                    (gpointer *) &self->preferences_window);
      self->preferences_window = NULL;
    }

  if (self->welcome_toast != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->welcome_toast),
                                    (gpointer *) &self->welcome_toast);
      self->welcome_toast = NULL;
    }

  sc_application_cancel_search_index (self);

  if (self->font_provider != NULL && gdk_display_get_default () != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->font_provider));
  g_clear_object (&self->font_provider);

  G_OBJECT_CLASS (sc_application_parent_class)->dispose (object);
}

static void
sc_application_finalize (GObject *object)
{
  ScApplication *self = SC_APPLICATION (object);

  sc_application_notices_clear (self);
  g_clear_object (&self->database_cancellable);
  g_clear_object (&self->course_cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_error (&self->database_error);
  g_clear_pointer (&self->screenshot, sc_screenshot_request_free);
  g_free (self->database_dir);
  g_free (self->data_dir);
  g_free (self->course_option);
  g_free (self->learner_option);
  g_free (self->course_dir);

  G_OBJECT_CLASS (sc_application_parent_class)->finalize (object);
}

static void
sc_application_class_init (ScApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sc_application_dispose;
  object_class->finalize = sc_application_finalize;

  app_class->handle_local_options = sc_application_handle_local_options;
  app_class->startup = sc_application_startup;
  app_class->activate = sc_application_activate;
  app_class->shutdown = sc_application_shutdown;
}

static void
sc_application_init (ScApplication *self)
{
  sc_application_notices_init (self);
  sc_command_line_add_entries (G_APPLICATION (self));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Practise running an online store."));
}

ScApplication *
sc_application_new (void)
{
  return g_object_new (SC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

ScContext *
sc_application_get_context (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  return self->context;
}

/**
 * sc_application_get_database_error:
 *
 * Returns: (nullable): why the database could not be opened, or %NULL
 */
const GError *
sc_application_get_database_error (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  return self->database_error;
}

/**
 * sc_application_set_data_dir:
 * @data_dir: (nullable): the folder of the database, as --data-dir gives
 *   it; %NULL for SHOPCRAFT_DATA_DIR or the default
 *
 * For a program that starts several applications in one process (the
 * widget tests): setting SHOPCRAFT_DATA_DIR there would change the
 * environment while an earlier application's threads may be reading it.
 * Takes effect when the application opens its database.
 */
void
sc_application_set_data_dir (ScApplication *self,
                             const char    *data_dir)
{
  g_return_if_fail (SC_IS_APPLICATION (self));

  g_free (self->data_dir);
  self->data_dir = g_strdup (data_dir);
}

/**
 * sc_application_set_course_dir:
 * @course_dir: (nullable): the course folder, as --course gives it
 *   (SHOPCRAFT_COURSE_DIR still wins over it); %NULL for the installed
 *   course
 *
 * For a program that starts several applications in one process (the
 * widget tests), like sc_application_set_data_dir(). Takes effect when
 * the application next loads its course.
 */
void
sc_application_set_course_dir (ScApplication *self,
                               const char    *course_dir)
{
  g_return_if_fail (SC_IS_APPLICATION (self));

  g_free (self->course_option);
  self->course_option = g_strdup (course_dir);
}
