/* test-window.c - the main window: sections, shortcuts, keyboard, closing
 * SPDX-License-Identifier: GPL-3.0-or-later
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
#include "sc-preferences-window.h"
#include "sc-progress-panel.h"
#include "widget-test-util.h"

typedef struct
{
  const char *name;
  const char *accel;
  const char *title;
  GType     (*get_type) (void);
} Section;

/* The sidebar's order, as DESIGN's "Look and feel" lists it. */
static const Section sections[] = {
  { "learn",     "<Control>1", "Learn",     sc_learn_panel_get_type },
  { "listings",  "<Control>2", "Listings",  sc_listings_panel_get_type },
  { "orders",    "<Control>3", "Orders",    sc_orders_panel_get_type },
  { "inventory", "<Control>4", "Inventory", sc_inventory_panel_get_type },
  { "progress",  "<Control>5", "Progress",  sc_progress_panel_get_type },
  { "class",     "<Control>6", "Class",     sc_class_panel_get_type },
  { "banks",     "<Control>7", "Question Banks", sc_bank_panel_get_type },
};

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

static GSettings *
app_settings (void)
{
  return sc_context_get_settings (sc_application_get_context (app));
}

static void
test_composites_instantiate (void)
{
  g_autoptr(GtkBuilder) overlay_builder = NULL;
  g_autoptr(GtkBuilder) about_builder = NULL;
  GtkWidget *widget;
  GObject *object;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      widget = g_object_ref_sink (g_object_new (sections[i].get_type (), NULL));
      g_assert_true (SC_IS_PANEL (widget));
      g_assert_cmpstr (sc_panel_get_title (SC_PANEL (widget)), ==, sections[i].title);
      g_assert_nonnull (gtk_widget_get_first_child (widget));
      g_object_unref (widget);
    }

  widget = g_object_new (SC_TYPE_WINDOW, NULL);
  g_assert_true (SC_IS_WINDOW (widget));
  gtk_window_destroy (GTK_WINDOW (widget));

  widget = GTK_WIDGET (sc_preferences_window_new (app_settings ()));
  g_assert_true (ADW_IS_PREFERENCES_WINDOW (widget));
  gtk_window_destroy (GTK_WINDOW (widget));

  overlay_builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/sc-shortcuts-window.ui");
  object = gtk_builder_get_object (overlay_builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (object));
  gtk_window_destroy (GTK_WINDOW (object));

  about_builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/sc-about-window.ui");
  object = gtk_builder_get_object (about_builder, "about_window");
  g_assert_true (ADW_IS_ABOUT_WINDOW (object));
  gtk_window_destroy (GTK_WINDOW (object));
}

static void
test_finalizes_on_close (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  GWeakRef ref;

  g_weak_ref_init (&ref, window);
  gtk_window_close (GTK_WINDOW (window));

  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_null (g_weak_ref_get (&ref));
  g_weak_ref_clear (&ref);
}

static gboolean
has_window_title (ScWindow   *window,
                  const char *title)
{
  g_autoptr(GPtrArray) titles = sc_test_find_widgets (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE);

  for (guint i = 0; i < titles->len; i++)
    if (gtk_widget_get_mapped (titles->pdata[i]) &&
        g_strcmp0 (adw_window_title_get_title (titles->pdata[i]), title) == 0)
      return TRUE;

  return FALSE;
}

static const char *
selected_sidebar_row (ScWindow *window)
{
  GtkWidget *sidebar = find_sidebar (window);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar));

  return row != NULL ? gtk_widget_get_name (GTK_WIDGET (row)) : NULL;
}

static void
assert_section_shown (ScWindow      *window,
                      const Section *section)
{
  ScPanel *panel = sc_window_get_visible_panel (window);

  g_assert_cmpstr (sc_window_get_section (window), ==, section->name);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (panel, section->get_type ()));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  g_assert_true (sc_panel_get_ready (panel));
  g_assert_true (has_window_title (window, section->title));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), section->title));
  g_assert_cmpstr (selected_sidebar_row (window), ==, section->name);
}

/* Press the accelerator the way GTK does: look up which action the
 * application binds it to, and activate that on the window. */
static void
press_accel (ScWindow   *window,
             const char *accel)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_cmpuint (g_strv_length (actions), ==, 1);
  g_action_parse_detailed_name (actions[0], &name, &target, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), name, target));
}

static void
test_sections_by_shortcut (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  char *saved;

  /* Backwards, so each press changes the section. */
  for (guint i = G_N_ELEMENTS (sections); i > 0; i--)
    {
      const Section *section = &sections[i - 1];

      press_accel (window, section->accel);
      sc_test_wait_ready (window);
      assert_section_shown (window, section);

      saved = g_settings_get_string (app_settings (), "last-section");
      g_assert_cmpstr (saved, ==, section->name);
      g_free (saved);
    }

  /* F11 reaches the window's fullscreen toggle (with no window manager
   * under Xvfb, nothing confirms the state, so only the wiring is
   * checked); pressing it twice leaves the window as it was. */
  press_accel (window, "F11");
  press_accel (window, "F11");

  sc_test_close_window (GTK_WINDOW (window));
}

static char *
accel_key (const char *accel)
{
  guint key = 0;
  GdkModifierType mods = 0;

  g_assert_true (gtk_accelerator_parse (accel, &key, &mods));

  return g_strdup_printf ("%u:%u", gdk_keyval_to_lower (key), mods);
}

static void
test_every_shortcut_listed (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) shortcuts = NULL;
  g_auto(GStrv) actions = NULL;
  GHashTableIter iter;
  gpointer key;
  GtkShortcutsWindow *overlay;
  /* Bound by widgets rather than the application: the primary menu
   * button, the leaflet's back navigation and the Learn panel's lesson
   * history and search (test-learn-panel.c checks the panel's own
   * shortcuts), the quiz player's Ctrl+Enter and its question view's
   * number keys (test-quiz-player.c presses them), the question preview's
   * Present keys and Save Grade (test-bank-panel.c and test-class-panel.c),
   * the Listings panel's product list, undo and redo
   * (test-listings-panel.c), and the Progress panel's export. */
  const char *widget_accels[] = { "F10", "<Alt>Left", "<Alt>Right", "<Control>f", "<Control>Return",
                                  "1", "9", "r", "space", "Page_Up", "Page_Down", "Escape",
                                  "Return", "<Control>z", "<Shift><Control>z", "<Control>e", NULL };

  overlay = sc_window_get_help_overlay (window);
  g_assert_nonnull (overlay);

  shortcuts = sc_test_find_widgets (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SHORTCUT);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *accelerators = NULL;
      g_auto(GStrv) parts = NULL;

      g_object_get (shortcuts->pdata[i], "accelerator", &accelerators, NULL);
      parts = g_strsplit (accelerators, " ", -1);
      for (guint j = 0; parts[j] != NULL; j++)
        {
          g_auto(GStrv) range = g_strsplit (parts[j], "...", 2);

          /* "1...9" lists a range: its two ends stand for it. */
          for (guint r = 0; range[r] != NULL; r++)
            if (*range[r] != '\0')
              g_hash_table_add (listed, accel_key (range[r]));
        }
    }

  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_assert_true (g_strv_contains ((const char * const *) actions, "win.show-help-overlay"));
  g_assert_cmpuint (g_strv_length (actions), >=, 10);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          char *k = accel_key (accels[j]);

          if (!g_hash_table_contains (listed, k))
            g_error ("%s (%s) is not in the shortcuts window", accels[j], actions[i]);
          g_hash_table_add (bound, k);
        }
    }

  for (guint i = 0; widget_accels[i] != NULL; i++)
    g_hash_table_add (bound, accel_key (widget_accels[i]));

  /* And nothing listed that no longer does anything. */
  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_hash_table_contains (bound, key));

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_sidebar (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  GtkWidget *sidebar = find_sidebar (window);
  guint i = 0;

  g_assert_true (gtk_widget_has_css_class (sidebar, "navigation-sidebar"));

  /* The sections in DESIGN's order; only Listings, Orders and Inventory
   * sit under the Practice header, which is not a row one can select. */
  for (GtkWidget *child = gtk_widget_get_first_child (sidebar);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *header;

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;

      g_assert_cmpuint (i, <, G_N_ELEMENTS (sections));
      g_assert_cmpstr (gtk_widget_get_name (child), ==, sections[i].name);
      g_assert_true (gtk_list_box_row_get_selectable (GTK_LIST_BOX_ROW (child)));

      header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (child));
      if (i == 1)
        {
          g_assert_true (GTK_IS_LABEL (header));
          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (header)), ==, "Practice");
          g_assert_false (gtk_widget_get_focusable (header));
        }
      else
        {
          g_assert_null (header);
        }

      /* Its tooltip says what it is for and its shortcut (set in code,
       * sc-window-sidebar.c, not by sc-window.ui). */
      {
        g_autofree char *shortcut = g_strdup_printf ("(Ctrl+%u)", i + 1);
        const char *tooltip = gtk_widget_get_tooltip_text (child);

        g_assert_nonnull (tooltip);
        g_assert_true (g_str_has_suffix (tooltip, shortcut));
        g_assert_cmpuint (strlen (tooltip), >, strlen (shortcut) + 1);
      }

      /* Question Banks is indented under Class, the instructor's part. */
      g_assert_cmpint (gtk_widget_has_css_class (child, "sc-sidebar-child"), ==,
                       (i >= 1 && i <= 3) || g_str_equal (sections[i].name, "banks"));
      i++;
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (sections));

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
focus_is_in (GtkWidget *container,
             GtkWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == container || gtk_widget_is_ancestor (focus, container));
}

static const char *
focus_name (ScWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

  return focus != NULL ? gtk_widget_get_name (focus) : NULL;
}

static void
test_keyboard_navigation (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  GtkWidget *sidebar = find_sidebar (window);
  guint presses;

  sc_window_set_section (window, "learn");

  /* Tab from the top of the window reaches the sidebar, on the section
   * shown... */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  for (presses = 0; presses < 20 && !focus_is_in (sidebar, GTK_WINDOW (window)); presses++)
    gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_window_get_focus (GTK_WINDOW (window))));
  g_assert_cmpstr (focus_name (window), ==, "learn");

  /* ...Tab goes on row by row, straight past the Practice header, and
   * shows each section... */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_cmpstr (focus_name (window), ==, "listings");
  g_assert_cmpstr (sc_window_get_section (window), ==, "listings");

  /* ...so do the arrow keys, with no stop on the header either way... */
  g_signal_emit_by_name (sidebar, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, -1, FALSE, FALSE);
  g_assert_cmpstr (focus_name (window), ==, "learn");
  g_signal_emit_by_name (sidebar, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  g_assert_cmpstr (focus_name (window), ==, "listings");
  g_assert_cmpstr (sc_window_get_section (window), ==, "listings");

  /* ...Ctrl+Down moves the focus only, and Enter picks the row... */
  g_signal_emit_by_name (sidebar, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 2, FALSE, TRUE);
  g_assert_cmpstr (focus_name (window), ==, "inventory");
  g_assert_cmpstr (sc_window_get_section (window), ==, "listings");
  g_signal_emit_by_name (sidebar, "activate-cursor-row");
  sc_test_wait_ready (window);
  assert_section_shown (window, &sections[3]);

  /* ...and Tab leaves the sidebar after its last row. */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_cmpstr (focus_name (window), ==, "progress");
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_cmpstr (focus_name (window), ==, "class");
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_cmpstr (focus_name (window), ==, "banks");
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_false (focus_is_in (sidebar, GTK_WINDOW (window)));
  g_assert_cmpstr (sc_window_get_section (window), ==, "banks");

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (widget));

      if (label != NULL && *label != '\0')
        return TRUE;
    }

  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
assert_controls_named (GtkWidget *root)
{
  GType control_types[] = { GTK_TYPE_BUTTON, GTK_TYPE_MENU_BUTTON, GTK_TYPE_LIST_BOX_ROW,
                            GTK_TYPE_LIST_BOX, GTK_TYPE_SWITCH, GTK_TYPE_SPIN_BUTTON };

  for (guint t = 0; t < G_N_ELEMENTS (control_types); t++)
    {
      g_autoptr(GPtrArray) controls = sc_test_find_widgets (root, control_types[t]);

      for (guint i = 0; i < controls->len; i++)
        {
          GtkWidget *control = controls->pdata[i];

          /* The button inside a menu button is named by the menu button;
           * rows of libadwaita's own widgets by their titles. */
          if (gtk_widget_get_ancestor (control, GTK_TYPE_MENU_BUTTON) != NULL &&
              !GTK_IS_MENU_BUTTON (control))
            continue;
          if (ADW_IS_PREFERENCES_ROW (control))
            continue;
          if (GTK_IS_LIST_BOX (control) && !gtk_widget_has_css_class (control, "navigation-sidebar"))
            continue;

          if (!has_accessible_name (control))
            g_error ("%s %p (%s) has no accessible name",
                     G_OBJECT_TYPE_NAME (control), control,
                     gtk_widget_get_name (control));
        }
    }
}

static void
test_accessible_names (void)
{
  ScWindow *window = sc_test_window_new (app, 800, 600);
  GtkWidget *preferences;

  assert_controls_named (GTK_WIDGET (window));

  preferences = GTK_WIDGET (sc_preferences_window_new (app_settings ()));
  assert_controls_named (preferences);
  gtk_window_destroy (GTK_WINDOW (preferences));

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_folds_when_narrow (void)
{
  /* Both panes at 1024×600, the smallest useful size; one pane below
   * about 900 px. */
  const struct {
    int      width;
    gboolean folded;
  } widths[] = {
    { 1280, FALSE }, { 1024, FALSE }, { 940, FALSE }, { 880, TRUE }, { 360, TRUE },
  };
  ScWindow *window;
  AdwLeaflet *leaflet;
  GtkWidget *back = NULL;
  g_autoptr(GPtrArray) buttons = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      window = sc_test_window_new (app, widths[i].width, 600);
      leaflet = ADW_LEAFLET (sc_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
      g_test_message ("%d px wide: %s", widths[i].width,
                      adw_leaflet_get_folded (leaflet) ? "folded" : "two panes");
      g_assert_cmpint (adw_leaflet_get_folded (leaflet), ==, widths[i].folded);
      sc_test_close_window (GTK_WINDOW (window));
    }

  window = sc_test_window_new (app, 800, 600);
  leaflet = ADW_LEAFLET (sc_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
  g_assert_true (adw_leaflet_get_folded (leaflet));

  buttons = sc_test_find_widgets (GTK_WIDGET (window), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "win.back") == 0)
      back = buttons->pdata[i];
  g_assert_nonnull (back);

  /* A shortcut shows the content, with a way back... */
  press_accel (window, "<Control>3");
  sc_test_wait_ready (window);
  assert_section_shown (window, &sections[2]);
  g_assert_true (gtk_widget_get_mapped (back));

  /* ...which goes to the sidebar... */
  g_assert_true (gtk_widget_activate_action (back, "win.back", NULL));
  g_assert_false (gtk_widget_is_ancestor (GTK_WIDGET (sc_window_get_visible_panel (window)),
                                          adw_leaflet_get_visible_child (leaflet)));

  /* ...where Enter on a row opens that section. */
  g_signal_emit_by_name (find_sidebar (window),
                         "activate-cursor-row");
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (sc_window_get_visible_panel (window)),
                                         adw_leaflet_get_visible_child (leaflet)));

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_state_restored (void)
{
  GSettings *settings = app_settings ();
  ScWindow *window = sc_test_window_new (app, 1100, 700);
  g_autofree char *saved = NULL;
  int width;
  int height;

  sc_window_show_section (window, "progress");
  gtk_window_close (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  saved = g_settings_get_string (settings, "last-section");
  g_assert_cmpstr (saved, ==, "progress");

  window = sc_window_new (app, sc_application_get_context (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 700);
  gtk_window_present (GTK_WINDOW (window));
  sc_test_wait_ready (window);
  assert_section_shown (window, &sections[4]);

  sc_test_close_window (GTK_WINDOW (window));
}

/* Start-up builds only what it shows: the other sections wait for their
 * first visit, the shortcuts window and the primary menu for first use,
 * and each works when it comes. */
static void
test_built_on_first_use (void)
{
  ScWindow *window;
  GtkMenuButton *menu_button = NULL;
  GtkShortcutsWindow *overlay;
  GtkPopover *popover;
  g_autoptr(GPtrArray) buttons = NULL;

  g_settings_set_string (app_settings (), "last-section", "learn");
  window = sc_test_window_new (app, 1280, 800);

  g_assert_nonnull (sc_test_find_widget (GTK_WIDGET (window), SC_TYPE_LEARN_PANEL, NULL));
  for (guint i = 1; i < G_N_ELEMENTS (sections); i++)
    g_assert_null (sc_test_find_widget (GTK_WIDGET (window), sections[i].get_type (), NULL));

  sc_window_show_section (window, "orders");
  g_assert_true (SC_IS_ORDERS_PANEL (sc_window_get_visible_panel (window)));
  g_assert_null (sc_test_find_widget (GTK_WIDGET (window), SC_TYPE_CLASS_PANEL, NULL));
  sc_window_show_section (window, "learn");

  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_window_close (GTK_WINDOW (overlay));

  buttons = sc_test_find_widgets (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_menu_button_get_primary (buttons->pdata[i]))
      menu_button = buttons->pdata[i];
  g_assert_nonnull (menu_button);
  g_assert_null (gtk_menu_button_get_popover (menu_button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (menu_button)));

  gtk_menu_button_popup (menu_button);
  popover = gtk_menu_button_get_popover (menu_button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_menu_button_popdown (menu_button);

  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-window: no display\n");
      return 77;
    }

  g_test_add_func ("/window/composites-instantiate", test_composites_instantiate);
  g_test_add_func ("/window/finalizes-on-close", test_finalizes_on_close);
  g_test_add_func ("/window/sections-by-shortcut", test_sections_by_shortcut);
  g_test_add_func ("/window/every-shortcut-listed", test_every_shortcut_listed);
  g_test_add_func ("/window/sidebar", test_sidebar);
  g_test_add_func ("/window/built-on-first-use", test_built_on_first_use);
  g_test_add_func ("/window/keyboard-navigation", test_keyboard_navigation);
  g_test_add_func ("/window/accessible-names", test_accessible_names);
  g_test_add_func ("/window/folds-when-narrow", test_folds_when_narrow);
  g_test_add_func ("/window/state-restored", test_state_restored);

  return sc_test_run_with_app (&app);
}
