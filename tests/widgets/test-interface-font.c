/* test-interface-font.c - an interface font given by an alias is drawn under its family's name
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc-application-font.c names the family behind an alias such as GTK's
 * default "Sans 10" on the windows, so that Pango looks each font up once
 * rather than twice. What a learner would notice if that went wrong: text
 * in another font or size than the desktop's, or a desktop font that
 * names a family (GNOME's Cantarell) overridden, or a change of the
 * desktop font not followed.
 */
#include "config.h"

#include "widget-test-util.h"

static ScApplication *app;

/* The family @label is drawn with: what Pango loads for its font. */
static char *
drawn_family (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  g_autoptr(PangoFont) font = pango_context_load_font (context, desc);
  g_autoptr(PangoFontDescription) drawn = pango_font_describe (font);

  return g_strdup (pango_font_description_get_family (drawn));
}

static const char *
named_family (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);

  return pango_font_description_get_family (pango_context_get_font_description (context));
}

static double
points (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  int dpi = 0;

  g_object_get (gtk_widget_get_settings (label), "gtk-xft-dpi", &dpi, NULL);

  return pango_font_description_get_size (desc) / (double) PANGO_SCALE * 72.0 /
         (dpi > 0 ? dpi / 1024.0 : 96.0);
}

static GtkWidget *
window_label (GtkWindow **window)
{
  GtkWidget *label = gtk_label_new ("Pricing for margin");

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (*window, GTK_APPLICATION (app));
  gtk_window_set_child (*window, label);
  gtk_window_present (*window);
  sc_test_settle (GTK_WIDGET (*window), 2);

  return label;
}

static void
test_alias_named (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWindow *window;
  GtkWidget *label;
  g_autofree char *drawn = NULL;

  g_object_set (settings, "gtk-font-name", "Sans 10", NULL);
  label = window_label (&window);

  /* Named as Pango draws it, not "Sans", at the desktop's size. */
  drawn = drawn_family (label);
  g_test_message ("Sans is drawn with %s", drawn);
  g_assert_cmpstr (named_family (label), !=, "Sans");
  g_assert_cmpstr (named_family (label), ==, drawn);
  g_assert_cmpfloat_with_epsilon (points (label), 10.0, 0.01);

  sc_test_close_window (window);
  gtk_settings_reset_property (settings, "gtk-font-name");
}

static void
test_family_left_alone (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWindow *window;
  GtkWidget *label;

  /* A desktop that names a family, GNOME's: it stays as named (whether
   * or not the font is installed, fontconfig finds a substitute). */
  g_object_set (settings, "gtk-font-name", "Cantarell 11", NULL);
  label = window_label (&window);
  g_assert_cmpstr (named_family (label), ==, "Cantarell");
  g_assert_cmpfloat_with_epsilon (points (label), 11.0, 0.01);

  /* The desktop font changes to an alias while the window is open. */
  g_object_set (settings, "gtk-font-name", "Sans 12", NULL);
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_cmpstr (named_family (label), !=, "Sans");
  g_assert_cmpstr (named_family (label), !=, "Cantarell");
  g_assert_cmpfloat_with_epsilon (points (label), 12.0, 0.01);

  sc_test_close_window (window);
  gtk_settings_reset_property (settings, "gtk-font-name");
}

int
main (int   argc,
      char *argv[])
{
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-interface-font: no display\n");
      return 77;
    }

  g_test_add_func ("/interface-font/alias-named", test_alias_named);
  g_test_add_func ("/interface-font/family-left-alone", test_family_left_alone);

  return sc_test_run_with_app (&app);
}
