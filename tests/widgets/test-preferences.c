/* test-preferences.c - the preferences change settings, style and text
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-context.h"
#include "sc-preferences-window.h"
#include "widget-test-util.h"

static ScApplication *app;

static GSettings *
app_settings (void)
{
  return sc_context_get_settings (sc_application_get_context (app));
}

static ScPreferencesWindow *
open_preferences (void)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (SC_IS_PREFERENCES_WINDOW (l->data))
      return l->data;

  g_assert_not_reached ();
}

static int
xft_dpi (void)
{
  int dpi = 0;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);

  return dpi;
}

static int
label_text_height (GtkWidget *label)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (label)), NULL, &logical);

  return logical.height;
}

static void
test_style (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScPreferencesWindow *preferences = open_preferences ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  AdwComboRow *row = ADW_COMBO_ROW (sc_test_find_widget (GTK_WIDGET (preferences),
                                                         ADW_TYPE_COMBO_ROW, NULL));
  g_autofree char *variant = NULL;

  g_assert_nonnull (row);

  adw_combo_row_set_selected (row, 2);
  variant = g_settings_get_string (app_settings (), "style-variant");
  g_assert_cmpstr (variant, ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  g_clear_pointer (&variant, g_free);

  adw_combo_row_set_selected (row, 1);
  variant = g_settings_get_string (app_settings (), "style-variant");
  g_assert_cmpstr (variant, ==, "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style));
  g_clear_pointer (&variant, g_free);

  adw_combo_row_set_selected (row, 0);
  variant = g_settings_get_string (app_settings (), "style-variant");
  g_assert_cmpstr (variant, ==, "system");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_clear_pointer (&variant, g_free);

  /* And the other way: a changed key moves the row. */
  g_settings_set_string (app_settings (), "style-variant", "dark");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  g_settings_reset (app_settings (), "style-variant");

  gtk_window_destroy (GTK_WINDOW (preferences));
  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_presentation_mode (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScPreferencesWindow *preferences = open_preferences ();
  GtkSwitch *toggle = GTK_SWITCH (sc_test_find_widget (GTK_WIDGET (preferences),
                                                       GTK_TYPE_SWITCH, NULL));
  GtkWidget *label = sc_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, NULL);
  int normal;

  g_assert_nonnull (toggle);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  normal = label_text_height (label);

  gtk_switch_set_active (toggle, TRUE);
  g_assert_true (g_settings_get_boolean (app_settings (), "presentation-mode"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpfloat ((double) label_text_height (label) / normal, >=, 1.5);

  gtk_switch_set_active (toggle, FALSE);
  g_assert_false (g_settings_get_boolean (app_settings (), "presentation-mode"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (label_text_height (label), ==, normal);

  gtk_window_destroy (GTK_WINDOW (preferences));
  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_text_size (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScPreferencesWindow *preferences = open_preferences ();
  GtkSpinButton *spin = GTK_SPIN_BUTTON (sc_test_find_widget (GTK_WIDGET (preferences),
                                                              GTK_TYPE_SPIN_BUTTON, NULL));
  GtkWidget *label = sc_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, NULL);
  int base_dpi = xft_dpi ();
  int normal;

  g_assert_nonnull (spin);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 100.0);
  normal = label_text_height (label);

  gtk_spin_button_set_value (spin, 150.0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (app_settings (), "text-scale"), 1.5, 0.001);
  g_assert_cmpint (xft_dpi (), ==, (int) (base_dpi * 1.5 + 0.5));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpfloat ((double) label_text_height (label) / normal, >=, 1.3);

  gtk_spin_button_set_value (spin, 100.0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (app_settings (), "text-scale"), 1.0, 0.001);
  g_assert_cmpint (xft_dpi (), ==, base_dpi);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (label_text_height (label), ==, normal);

  gtk_window_destroy (GTK_WINDOW (preferences));
  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-preferences: no display\n");
      return 77;
    }

  g_test_add_func ("/preferences/style", test_style);
  g_test_add_func ("/preferences/presentation-mode", test_presentation_mode);
  g_test_add_func ("/preferences/text-size", test_text_size);

  return sc_test_run_with_app (&app);
}
