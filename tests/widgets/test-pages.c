/* test-pages.c - every page of the real window, rendered light and dark
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders each section with the screenshot tool's own code
 * (sc_screenshot_render) and checks what a person looking at the
 * pictures would: the page asked for is the one shown and named in the
 * title, dark is clearly darker than light, no two pages look the same,
 * and presentation mode makes text at least 1.5 times as tall. The PNGs
 * are left in the build folder (build/tests/page-*.png) for a look.
 */
#include "config.h"

#include <string.h>

#include "sc-bank-panel.h"
#include "sc-class-panel.h"
#include "sc-context.h"
#include "sc-inventory-panel.h"
#include "sc-learn-panel.h"
#include "sc-listings-panel.h"
#include "sc-orders-panel.h"
#include "sc-progress-panel.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

typedef struct
{
  const char *name;
  const char *title;
  GType     (*get_type) (void);
} Page;

static const Page pages[] = {
  { "learn",     "Learn",     sc_learn_panel_get_type },
  { "listings",  "Listings",  sc_listings_panel_get_type },
  { "orders",    "Orders",    sc_orders_panel_get_type },
  { "inventory", "Inventory", sc_inventory_panel_get_type },
  { "progress",  "Progress",  sc_progress_panel_get_type },
  { "class",     "Class",     sc_class_panel_get_type },
  { "banks",     "Question Banks", sc_bank_panel_get_type },
};

#define N_PAGES G_N_ELEMENTS (pages)

static ScApplication *app;

/* The window's list of sections: the list box outside every panel. A
 * panel may hold lists of its own (Learn's course tree), and AdwLeaflet
 * keeps its panes in no fixed order among its children. */
static GtkWidget *
find_sidebar (ScWindow *window)
{
  g_autoptr(GPtrArray) lists = sc_test_find_widgets (GTK_WIDGET (window), GTK_TYPE_LIST_BOX);

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_get_ancestor (lists->pdata[i], SC_TYPE_PANEL) == NULL)
      return lists->pdata[i];

  g_error ("the window has no list of sections");
}

typedef struct
{
  GBytes *pixels;
  double  luminance;
} Shot;

static GSettings *
app_settings (void)
{
  return sc_context_get_settings (sc_application_get_context (app));
}

static gboolean
style_is (gpointer data)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ()) == GPOINTER_TO_INT (data);
}

static void
set_style (ScWindow *window,
           gboolean  dark)
{
  g_settings_set_string (app_settings (), "style-variant", dark ? "dark" : "light");
  sc_test_wait_until (style_is, GINT_TO_POINTER (dark), "the style to change");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static void
show_page (ScWindow   *window,
           const Page *page)
{
  ScPanel *panel;
  g_autofree char *expected_title = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", page->name));
  sc_test_wait_ready (window);

  panel = sc_window_get_visible_panel (window);
  g_assert_cmpstr (sc_window_get_section (window), ==, page->name);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (panel, page->get_type ()));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));

  expected_title = g_strdup_printf ("%s — Shopcraft", page->title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected_title);
}

static Shot
take (ScWindow   *window,
      const char *file_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file_name, NULL);
  Shot shot = { 0 };
  int width;
  int height;
  gsize stride;
  guchar *data;
  double sum = 0.0;

  texture = sc_screenshot_render (GTK_WIDGET (window), &error);
  g_assert_no_error (error);
  g_assert_nonnull (texture);
  g_assert_true (gdk_texture_save_to_png (texture, path));

  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, >, 600);
  g_assert_cmpint (height, >, 400);

  stride = (gsize) width * 4;
  data = g_malloc (stride * height);
  gdk_texture_download (texture, data, stride);

  /* Cairo's ARGB32 in memory order B, G, R, A on little-endian. */
  for (gsize i = 0; i < stride * height; i += 4)
    sum += 0.0722 * data[i] + 0.7152 * data[i + 1] + 0.2126 * data[i + 2];

  shot.luminance = sum / ((double) width * height * 255.0);
  shot.pixels = g_bytes_new_take (data, stride * height);

  return shot;
}

static void
test_light_and_dark (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  Shot shots[2][N_PAGES];

  for (guint dark = 0; dark < 2; dark++)
    {
      set_style (window, dark);

      for (guint i = 0; i < N_PAGES; i++)
        {
          g_autofree char *file_name = g_strdup_printf ("page-%s-%s.png", pages[i].name,
                                                        dark ? "dark" : "light");

          show_page (window, &pages[i]);
          shots[dark][i] = take (window, file_name);
        }
    }

  for (guint i = 0; i < N_PAGES; i++)
    {
      g_test_message ("%s: luminance light %.3f, dark %.3f", pages[i].name,
                      shots[0][i].luminance, shots[1][i].luminance);
      g_assert_cmpfloat (shots[0][i].luminance, >, 0.7);
      g_assert_cmpfloat (shots[1][i].luminance, <, 0.3);
      g_assert_cmpfloat (shots[0][i].luminance - shots[1][i].luminance, >, 0.5);
    }

  for (guint a = 0; a < 2 * N_PAGES; a++)
    for (guint b = a + 1; b < 2 * N_PAGES; b++)
      {
        Shot *x = &shots[a / N_PAGES][a % N_PAGES];
        Shot *y = &shots[b / N_PAGES][b % N_PAGES];

        if (g_bytes_equal (x->pixels, y->pixels))
          g_error ("%s (%s) and %s (%s) look the same",
                   pages[a % N_PAGES].name, a < N_PAGES ? "light" : "dark",
                   pages[b % N_PAGES].name, b < N_PAGES ? "light" : "dark");
      }

  for (guint dark = 0; dark < 2; dark++)
    for (guint i = 0; i < N_PAGES; i++)
      g_bytes_unref (shots[dark][i].pixels);

  g_settings_reset (app_settings (), "style-variant");
  sc_test_close_window (GTK_WINDOW (window));
}

/* The height of one line of @label's text: wrapped labels gain lines as
 * their text grows, which says nothing about the size of the letters. */
static int
text_height (GtkWidget *label)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  PangoRectangle logical;

  pango_layout_line_get_pixel_extents (pango_layout_get_line_readonly (layout, 0), NULL, &logical);

  return logical.height;
}

static GtkWidget *
label_with_class (GtkWidget  *root,
                  const char *css_class)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], css_class) &&
        gtk_widget_get_mapped (labels->pdata[i]))
      return labels->pdata[i];

  g_error ("no label with class .%s", css_class);
}

/* Every name in the list of sections shows whole: none ends in "…". */
static void
assert_sidebar_names_whole (GtkWidget  *sidebar,
                            const char *mode)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (sidebar, GTK_TYPE_LABEL);

  g_assert_cmpuint (labels->len, >=, N_PAGES);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];

      if (!gtk_widget_get_mapped (GTK_WIDGET (label)))
        continue;
      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
        g_error ("%s: the section name “%s” is cut short (%d px wide)", mode,
                 gtk_label_get_label (label), gtk_widget_get_width (GTK_WIDGET (label)));
    }
}

static void
test_presentation_text (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  GtkWidget *sidebar = find_sidebar (window);
  GtkWidget *panel;
  /* A plain label (the sidebar's "Learn"), and the two libadwaita
   * typography classes with fixed point sizes the empty states use. */
  GtkWidget *labels[3];
  const char *what[] = { "sidebar row", ".title-1", ".body" };
  int normal[3];
  Shot before;
  Shot after;

  show_page (window, &pages[1]);
  panel = GTK_WIDGET (sc_window_get_visible_panel (window));
  labels[0] = sc_test_find_widget (sidebar, GTK_TYPE_LABEL, NULL);
  labels[1] = label_with_class (panel, "title-1");
  labels[2] = label_with_class (panel, "body");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (labels[0])), ==, "Learn");

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    normal[i] = text_height (labels[i]);
  before = take (window, "page-listings-normal.png");
  assert_sidebar_names_whole (sidebar, "normal text");

  g_settings_set_boolean (app_settings (), "presentation-mode", TRUE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  after = take (window, "page-listings-presentation.png");
  /* The projector's text is larger, and so are the sections' names: the
   * list widens with them rather than cutting "Question Banks" short. */
  assert_sidebar_names_whole (sidebar, "presentation mode");

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      double ratio = (double) text_height (labels[i]) / normal[i];

      g_test_message ("%s: %d px, presentation %d px (%.2f×)",
                      what[i], normal[i], text_height (labels[i]), ratio);
      g_assert_cmpfloat (ratio, >=, 1.5);
    }

  g_assert_false (g_bytes_equal (before.pixels, after.pixels));
  g_bytes_unref (before.pixels);
  g_bytes_unref (after.pixels);

  g_settings_reset (app_settings (), "presentation-mode");
  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-pages: no display\n");
      return 77;
    }

  g_test_add_func ("/pages/light-and-dark", test_light_and_dark);
  g_test_add_func ("/pages/presentation-text", test_presentation_text);

  return sc_test_run_with_app (&app);
}
