/* test-gtk-theme.c - start-up leaves GTK's own theme unparsed and still looks like libadwaita
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * main.c calls sc_application_skip_gtk_theme () before anything starts,
 * so that GTK makes its settings with libadwaita's empty theme rather than
 * parsing its own, which libadwaita would replace at once. What a learner
 * would notice if that went wrong: a window without libadwaita's
 * stylesheet (GTK_THEME left set makes libadwaita leave it out), a
 * GTK_THEME of their own overridden, or programs the app starts seeing a
 * GTK_THEME they never set.
 *
 * GTK starts once per process and must not have started before the code
 * under test runs, so each case is this program again, started with
 * --child (no g_test_init (), no gtk_init ()), which starts the
 * application as main.c does and prints what it sees.
 */
#include "config.h"

#include <string.h>

#include "sc-application.h"
#include "sc-course-reader.h"
#include "widget-test-util.h"

static char *self_path;

static int
run_child (void)
{
  g_autoptr(ScApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *theme_name = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-theme-XXXXXX", NULL);
  g_autofree char *accent_text = NULL;
  GtkWidget *label;
  GdkRGBA accent;
  gboolean has_accent;

  /* As main.c does, in its order. */
  sc_course_reader_init ();
  sc_application_skip_gtk_theme ();

  app = sc_application_new ();
  sc_application_set_data_dir (app, dir);
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &theme_name, NULL);
  label = g_object_ref_sink (gtk_label_new ("Shopcraft"));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  has_accent = gtk_style_context_lookup_color (gtk_widget_get_style_context (label),
                                               "accent_bg_color", &accent);
  G_GNUC_END_IGNORE_DEPRECATIONS
  accent_text = has_accent ? gdk_rgba_to_string (&accent) : g_strdup ("(none)");

  g_print ("GTK_THEME=%s\n", g_getenv ("GTK_THEME") != NULL ? g_getenv ("GTK_THEME") : "(unset)");
  g_print ("theme-name=%s\n", theme_name);
  g_print ("accent=%s\n", accent_text);

  g_object_unref (label);
  sc_test_remove_tree (dir);
  /* The course thread and the rest of start-up are of no interest. */
  fflush (stdout);
  _exit (0);
}

/* This program's child with GTK_THEME as given (NULL: unset); its output. */
static char *
child_output (const char *gtk_theme)
{
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { self_path, "--child", NULL };

  env = gtk_theme != NULL ? g_environ_setenv (env, "GTK_THEME", gtk_theme, TRUE)
                          : g_environ_unsetenv (env, "GTK_THEME");

  return sc_test_spawn_output (argv, env);
}

static void
test_libadwaita_style (void)
{
  g_autofree char *out = child_output (NULL);

  /* libadwaita's theme, its stylesheet in effect (its blue accent), and
   * no GTK_THEME left for programs the app starts. */
  g_assert_nonnull (strstr (out, "theme-name=Adwaita-empty\n"));
  g_assert_nonnull (strstr (out, "accent=rgb(53,132,228)\n"));
  g_assert_nonnull (strstr (out, "GTK_THEME=(unset)\n"));
}

static void
test_user_theme_kept (void)
{
  g_autofree char *out = child_output ("Default:dark");

  /* The user's GTK_THEME stays, and libadwaita honours it. */
  g_assert_nonnull (strstr (out, "GTK_THEME=Default:dark\n"));
  g_assert_null (strstr (out, "theme-name=Adwaita-empty\n"));
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1 && strcmp (argv[1], "--child") == 0)
    return run_child ();

  self_path = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gtk-theme/libadwaita-style", test_libadwaita_style);
  g_test_add_func ("/gtk-theme/user-theme-kept", test_user_theme_kept);

  return g_test_run ();
}
