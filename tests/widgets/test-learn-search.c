/* test-learn-search.c - Ctrl+F in the Learn panel: results as you type, a match opened
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The learner presses Ctrl+F, types a word from the built-in course and
 * sees ranked results with the words in bold; odd input never fails;
 * choosing a section's result opens its lesson with the section heading
 * in view, found by the section's id; Down goes from the entry to the
 * results; Escape closes the search and the course tree is back.
 */
#include "config.h"

#include <string.h>

#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-course-tree.h"
#include "sc-learn-panel.h"
#include "sc-lesson-page.h"
#include "sc-screenshot.h"
#include "sc-search-pane.h"
#include "widget-test-util.h"

static ScApplication *app;

static ScContext *
context (void)
{
  return sc_application_get_context (app);
}

static gboolean
search_ready (gpointer data)
{
  return sc_context_get_search_ready (context ());
}

static gboolean
pane_idle (gpointer data)
{
  return !sc_search_pane_is_busy (data);
}

static ScSearchPane *
search_pane (ScLearnPanel *panel)
{
  return SC_SEARCH_PANE (sc_test_find_widget (GTK_WIDGET (panel), SC_TYPE_SEARCH_PANE, NULL));
}

/* Ctrl+F, then the pane it made. */
static ScSearchPane *
open_search (ScLearnPanel *panel)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.search", NULL));
  g_assert_nonnull (search_pane (panel));

  return search_pane (panel);
}

static void
type_query (ScSearchPane *pane,
            const char   *text)
{
  gtk_editable_set_text (sc_search_pane_get_entry (pane), text);
  /* GtkSearchEntry waits a moment before "search-changed". */
  g_signal_emit_by_name (sc_search_pane_get_entry (pane), "search-changed");
  sc_test_wait_until (pane_idle, pane, "the search to answer");
}

static void
test_search (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScSearchPane *pane = NULL;
  GtkWidget *tree = sc_test_find_widget (GTK_WIDGET (panel), SC_TYPE_COURSE_TREE, NULL);
  ScLessonPage *page = SC_LESSON_PAGE (sc_test_find_widget (GTK_WIDGET (panel), SC_TYPE_LESSON_PAGE, NULL));
  const char *queries[] = { "t-shirt", "\"(", "AND OR NOT", "*", "café" };
  g_autoptr(GError) error = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(ScSearchHit) section = NULL;
  GtkListBoxRow *row = NULL;
  GtkAdjustment *adjustment;
  GtkWidget *heading = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  double x = 0.0;
  double y = 0.0;

  sc_test_wait_until (search_ready, NULL, "the search index");

  /* Ctrl+F opens the search (made then: start-up builds none); the
   * results take the tree's place. */
  g_assert_null (search_pane (panel));
  g_assert_true (gtk_widget_get_visible (tree));
  pane = open_search (panel);
  g_assert_true (sc_search_pane_get_active (pane));
  g_assert_false (gtk_widget_get_visible (tree));

  type_query (pane, "margin");
  g_assert_null (sc_search_pane_get_error (pane));
  g_assert_cmpuint (sc_search_pane_get_n_hits (pane), >, 0);
  /* The matching words are in bold, in the title or the snippet. */
  g_assert_true (strstr (sc_search_pane_get_hit (pane, 0)->title_markup, "<b>") != NULL ||
                 strstr (sc_search_pane_get_hit (pane, 0)->snippet, "<b>") != NULL);

  sc_test_settle (GTK_WIDGET (window), 6);
  shot = g_test_build_filename (G_TEST_BUILT, "learn-search-results.png", NULL);
  g_assert_true (sc_screenshot_save (GTK_WIDGET (window), shot, &error));
  g_assert_no_error (error);

  /* Odd input is searched as words, never an error. */
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      type_query (pane, queries[i]);
      g_assert_null (sc_search_pane_get_error (pane));
    }

  /* A section's result opens its lesson with the heading in view. */
  type_query (pane, "margin");
  for (guint i = 0; i < sc_search_pane_get_n_hits (pane) && section == NULL; i++)
    {
      const ScSearchHit *hit = sc_search_pane_get_hit (pane, i);

      if (hit->kind == SC_SEARCH_KIND_SECTION)
        {
          section = sc_search_hit_copy (hit);
          row = gtk_list_box_get_row_at_index (sc_search_pane_get_list (pane), (int) i);
        }
    }
  g_assert_nonnull (section);
  g_signal_emit_by_name (sc_search_pane_get_list (pane), "row-activated", row);
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, section->lesson_id);
  sc_test_settle (GTK_WIDGET (window), 6);

  labels = sc_test_find_widgets (GTK_WIDGET (sc_lesson_page_get_view (page)), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len && heading == NULL; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), section->title) == 0)
      heading = labels->pdata[i];
  g_assert_nonnull (heading);

  adjustment = sc_lesson_page_get_vadjustment (page);
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (heading, GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

    if (GTK_IS_VIEWPORT (content))
      content = gtk_viewport_get_child (GTK_VIEWPORT (content));
    g_assert_true (gtk_widget_translate_coordinates (heading, content, 0.0, 0.0, &x, &y));
  }
  g_assert_cmpfloat (y, >=, gtk_adjustment_get_value (adjustment));
  g_assert_cmpfloat (y + gtk_widget_get_height (heading), <=,
                     gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment));

  /* Escape closes the search; the tree is back. */
  g_signal_emit_by_name (sc_search_pane_get_entry (pane), "stop-search");
  g_assert_false (sc_search_pane_get_active (pane));
  g_assert_true (gtk_widget_get_visible (tree));

  sc_test_close_window (GTK_WINDOW (window));
}

/* The top of the section @section_id, in the lesson's scrolled content. */
static double
section_top (ScLessonPage *page,
             const char   *section_id)
{
  GtkWidget *section = sc_rich_text_view_lookup_section (sc_lesson_page_get_view (page), section_id);
  GtkWidget *scroller = gtk_widget_get_ancestor (section, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;

  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  g_assert_true (gtk_widget_compute_point (section, content, &GRAPHENE_POINT_INIT (0.0f, 0.0f),
                                           &point));

  return point.y;
}

/* A result opens the section it names by id, whatever its title says:
 * headings may repeat, ids do not. */
static void
test_section_by_id (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScSearchPane *pane = open_search (panel);
  ScLessonPage *page = SC_LESSON_PAGE (sc_test_find_widget (GTK_WIDGET (panel), SC_TYPE_LESSON_PAGE, NULL));
  g_autoptr(ScSearchHit) hit = sc_search_hit_new ();
  GtkAdjustment *adjustment = sc_lesson_page_get_vadjustment (page);
  double top;

  /* The heading of the lesson's first section, the id of its third. */
  hit->kind = SC_SEARCH_KIND_SECTION;
  hit->lesson_id = g_strdup ("reorder-points");
  hit->section_id = g_strdup ("rop");
  hit->section_path = g_strdup ("2");
  g_free (hit->title);
  hit->title = g_strdup ("When to order more");
  g_signal_emit_by_name (pane, "hit-activated", hit);
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "reorder-points");
  sc_test_settle (GTK_WIDGET (window), 6);

  top = section_top (page, "rop");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, section_top (page, "inputs"));
  g_assert_cmpfloat (top, >=, gtk_adjustment_get_value (adjustment));
  g_assert_cmpfloat (top, <, gtk_adjustment_get_value (adjustment) + 100.0);

  /* A section gone since indexing: the lesson opens at the top. */
  g_free (hit->section_id);
  hit->section_id = g_strdup ("no-such-section");
  g_signal_emit_by_name (pane, "hit-activated", hit);
  sc_test_settle (GTK_WIDGET (window), 6);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0.0);

  sc_test_close_window (GTK_WINDOW (window));
}

/* Emits @keyval at the entry's own key handlers, as GTK does with a key
 * typed into it. */
static gboolean
entry_key (ScSearchPane *pane,
           guint         keyval)
{
  g_autoptr(GListModel) controllers = NULL;
  gboolean handled = FALSE;

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (sc_search_pane_get_entry (pane)));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) ==
          GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  return handled;
}

/* Down from the entry goes to the first result, Up from there back. */
static void
test_down_to_results (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScSearchPane *pane;
  GtkListBox *list;
  GtkListBoxRow *first;

  sc_test_wait_until (search_ready, NULL, "the search index");
  pane = open_search (panel);
  list = sc_search_pane_get_list (pane);

  /* Nothing to go down to yet: the key is left alone. */
  g_assert_false (entry_key (pane, GDK_KEY_Down));

  type_query (pane, "margin");
  sc_test_settle (GTK_WIDGET (window), 6);
  first = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (first);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (sc_search_pane_get_entry (pane))) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (sc_search_pane_get_entry (pane))));

  g_assert_true (entry_key (pane, GDK_KEY_Down));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (first));
  g_assert_true (gtk_list_box_get_selected_row (list) == first);

  /* Enter on it opens its lesson. */
  g_signal_emit_by_name (list, "activate-cursor-row");
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, sc_search_pane_get_hit (pane, 0)->lesson_id);

  /* Up from the first result: typing again. */
  gtk_widget_grab_focus (GTK_WIDGET (first));
  g_signal_emit_by_name (list, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, -1, FALSE, FALSE);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (sc_search_pane_get_entry (pane))));

  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  g_autofree char *course_dir = NULL;
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-learn-search: no display\n");
      return 77;
    }

  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();

  data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);

  g_test_add_func ("/learn-search/search", test_search);
  g_test_add_func ("/learn-search/section-by-id", test_section_by_id);
  g_test_add_func ("/learn-search/down-to-results", test_down_to_results);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (data_dir);

  return status;
}
