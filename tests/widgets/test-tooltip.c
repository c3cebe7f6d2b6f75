/* test-tooltip.c - tooltips set without a round trip to the display, and still there
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc_tooltip_set_text () hides a widget that is not on screen for the
 * moment its tooltip changes (GTK then does not ask the X server where
 * the pointer is). Whatever it does, a user must see the same thing: the
 * tooltip, the accessible description, the widget shown or hidden as it
 * was, and the keyboard focus where it was.
 */
#include "config.h"

#include "sc-tooltip.h"
#include "widget-test-util.h"

static void
test_widget_not_on_screen (void)
{
  GtkWidget *button = g_object_ref_sink (gtk_button_new_with_label ("Save"));

  sc_tooltip_set_text (button, "Save the listing");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Save the listing");
  g_assert_true (gtk_widget_get_has_tooltip (button));
  g_assert_true (gtk_widget_get_visible (button));

  /* An empty text or NULL takes the tooltip away, as GTK's own call does. */
  sc_tooltip_set_text (button, "");
  g_assert_null (gtk_widget_get_tooltip_text (button));
  g_assert_false (gtk_widget_get_has_tooltip (button));
  g_assert_true (gtk_widget_get_visible (button));

  sc_tooltip_set_text (button, "Save the listing");
  sc_tooltip_set_text (button, NULL);
  g_assert_null (gtk_widget_get_tooltip_text (button));

  g_object_unref (button);
}

static void
test_hidden_widget_stays_hidden (void)
{
  GtkWidget *button = g_object_ref_sink (gtk_button_new_with_label ("Next"));

  gtk_widget_set_visible (button, FALSE);
  sc_tooltip_set_text (button, "Next Lesson");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Next Lesson");
  g_assert_false (gtk_widget_get_visible (button));

  g_object_unref (button);
}

/* On screen, the widget must not blink out: hiding it would drop the
 * keyboard focus it has and lay its box out again. */
static void
test_widget_on_screen (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *first = gtk_button_new_with_label ("Undo");
  GtkWidget *second = gtk_button_new_with_label ("Redo");

  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  g_assert_true (gtk_widget_get_mapped (first));

  g_assert_true (gtk_widget_grab_focus (first));
  sc_tooltip_set_text (first, "Undo: title of “Canvas tote”");

  g_assert_cmpstr (gtk_widget_get_tooltip_text (first), ==, "Undo: title of “Canvas tote”");
  g_assert_true (gtk_widget_get_mapped (first));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == first);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The windows and pages built before the first frame set their tooltips
 * in code, through sc_tooltip_set_text (); a tooltip-text in their .ui
 * files would bring one round trip to the X server each back into every
 * start-up (about 0.3 ms each; there were 21). */
static void
test_startup_templates_set_none (void)
{
  static const char *const templates[] = {
    "sc-window.ui",
    "sc-learn-panel.ui",
    "sc-lesson-page.ui",
    "sc-course-tree.ui",
    "sc-glossary-popover.ui",
  };

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/", templates[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
      gsize length = 0;
      const char *data;

      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &length);
      if (g_strstr_len (data, length, "\"tooltip-text\"") != NULL ||
          g_strstr_len (data, length, "\"tooltip-markup\"") != NULL)
        g_error ("%s sets a tooltip; set it with sc_tooltip_set_text () in code instead "
                 "(src/widgets/sc-tooltip.c says why)", templates[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-tooltip: no display\n");
      return 77;
    }

  g_test_add_func ("/tooltip/widget-not-on-screen", test_widget_not_on_screen);
  g_test_add_func ("/tooltip/hidden-widget-stays-hidden", test_hidden_widget_stays_hidden);
  g_test_add_func ("/tooltip/widget-on-screen", test_widget_on_screen);
  g_test_add_func ("/tooltip/start-up-templates-set-none", test_startup_templates_set_none);

  return g_test_run ();
}
