/* test-learn-progress.c - the Learn panel keeps each learner's progress in the database
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A learner reads in one window, closes it and opens another (or the
 * context is set again): the lesson they opened is in progress in the
 * tree, a lesson marked done stays done (and one un-marked stays not
 * done), ticked procedure steps stay
 * ticked, the lesson opens where they scrolled to, and start-up continues
 * with the lesson they were reading. Another learner sees their own.
 */
#include "config.h"

#include <math.h>

#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-course-tree.h"
#include "sc-learn-panel.h"
#include "sc-lesson-page.h"
#include "sc-progress.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

static ScApplication *app;

static ScContext *
context (void)
{
  return sc_application_get_context (app);
}

/* Scrolls the lesson so @widget is near the top of what shows. */
static void
scroll_to_widget (ScLearnPanel *panel,
                  GtkWidget    *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  double x = 0.0;
  double y = 0.0;

  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  g_assert_true (gtk_widget_translate_coordinates (widget, content, 0.0, 0.0, &x, &y));
  gtk_adjustment_set_value (sc_lesson_page_get_vadjustment (sc_test_lesson_page (panel)), MAX (y - 200.0, 0.0));
}

static ScLessonProgress *
recorded (const char *lesson_id)
{
  g_autoptr(GError) error = NULL;
  ScLessonProgress *progress;

  progress = sc_progress_get_lesson (sc_context_get_database (context ()),
                                     sc_context_get_learner (context ()),
                                     sc_context_get_course (context ()),
                                     lesson_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (progress);

  return progress;
}

static void
test_opened_and_resumed (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Opened");
  g_autoptr(ScLessonProgress) progress = NULL;
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);

  /* Nothing read yet: the overview. */
  g_assert_null (sc_learn_panel_get_lesson_id (panel));
  sc_test_pick_in_tree (panel, "pricing-margins");
  sc_test_close_window (GTK_WINDOW (window));

  progress = recorded ("pricing-margins");
  g_assert_cmpint (progress->state, ==, SC_LESSON_IN_PROGRESS);

  /* The next start continues there, and the tree shows it. */
  window = sc_test_reader_window (app, 1280, 800);
  panel = sc_test_learn_panel (window);
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "pricing-margins");
  g_assert_cmpint (sc_course_tree_get_lesson_state (sc_test_course_tree (panel), "pricing-margins"),
                   ==, SC_LESSON_IN_PROGRESS);
  g_assert_cmpint (sc_course_tree_get_lesson_state (sc_test_course_tree (panel), "listing-anatomy"),
                   ==, SC_LESSON_NOT_STARTED);
  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_mark_done (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Done");
  g_autoptr(ScLessonProgress) progress = NULL;
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);

  sc_test_pick_in_tree (panel, "listing-anatomy");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.mark-done", NULL));
  g_assert_true (sc_learn_panel_get_lesson_state (panel, "listing-anatomy") == SC_LESSON_DONE);
  sc_test_close_window (GTK_WINDOW (window));

  progress = recorded ("listing-anatomy");
  g_assert_cmpint (progress->state, ==, SC_LESSON_DONE);

  /* A new panel on the same context reads it back. */
  window = sc_test_reader_window (app, 1280, 800);
  panel = sc_test_learn_panel (window);
  g_assert_cmpint (sc_learn_panel_get_lesson_state (panel, "listing-anatomy"), ==, SC_LESSON_DONE);
  g_assert_cmpint (sc_course_tree_get_lesson_state (sc_test_course_tree (panel), "listing-anatomy"),
                   ==, SC_LESSON_DONE);

  /* Not done after all (the same toggle): that is kept too. */
  sc_test_pick_in_tree (panel, "listing-anatomy");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.mark-done", NULL));
  g_assert_cmpint (sc_learn_panel_get_lesson_state (panel, "listing-anatomy"), ==,
                   SC_LESSON_IN_PROGRESS);
  sc_test_close_window (GTK_WINDOW (window));

  g_clear_pointer (&progress, sc_lesson_progress_free);
  progress = recorded ("listing-anatomy");
  g_assert_cmpint (progress->state, ==, SC_LESSON_IN_PROGRESS);

  window = sc_test_reader_window (app, 1280, 800);
  panel = sc_test_learn_panel (window);
  g_assert_cmpint (sc_learn_panel_get_lesson_state (panel, "listing-anatomy"), ==,
                   SC_LESSON_IN_PROGRESS);
  g_assert_cmpint (sc_course_tree_get_lesson_state (sc_test_course_tree (panel), "listing-anatomy"),
                   ==, SC_LESSON_IN_PROGRESS);
  sc_test_close_window (GTK_WINDOW (window));
}

/* Each step's box sits beside the first line of its text, as its number
 * does, however many lines the step wraps to. */
static void
assert_boxes_beside_first_lines (GPtrArray *checks)
{
  guint n_wrapped = 0;

  for (guint i = 0; i < checks->len; i++)
    {
      GtkWidget *check = checks->pdata[i];
      GtkWidget *box = gtk_widget_get_first_child (check);
      g_autoptr(GPtrArray) labels = sc_test_find_widgets (check, GTK_TYPE_LABEL);
      GtkLabel *label = NULL;
      PangoLayout *layout;
      PangoRectangle line;
      graphene_rect_t bounds;
      graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0);
      graphene_point_t in_check;
      int offset_y;
      double box_middle;
      double line_middle;

      for (guint j = 0; j < labels->len && label == NULL; j++)
        if (gtk_widget_has_css_class (labels->pdata[j], "sc-sop-step-label"))
          label = labels->pdata[j];
      g_assert_nonnull (label);
      layout = gtk_label_get_layout (label);
      if (pango_layout_get_line_count (layout) < 2)
        continue;
      n_wrapped++;

      pango_layout_line_get_pixel_extents (pango_layout_get_line_readonly (layout, 0), NULL, &line);
      gtk_label_get_layout_offsets (label, NULL, &offset_y);
      g_assert_true (gtk_widget_compute_point (GTK_WIDGET (label), check, &origin, &in_check));
      g_assert_true (gtk_widget_compute_bounds (box, check, &bounds));

      line_middle = in_check.y + offset_y + pango_layout_get_baseline (layout) / (double) PANGO_SCALE
                    + line.y + line.height / 2.0;
      box_middle = bounds.origin.y + bounds.size.height / 2.0;
      g_test_message ("step %u: box middle %.1f, first line middle %.1f", i + 1, box_middle,
                      line_middle);
      g_assert_cmpfloat (fabs (box_middle - line_middle), <=, 4.0);
    }

  g_assert_cmpuint (n_wrapped, >, 0);
}

static void
test_sop_tick_kept (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Ticks");
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shot = NULL;
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScRichTextView *view = sc_lesson_page_get_view (sc_test_lesson_page (panel));
  const char *sop_id;

  sc_test_pick_in_tree (panel, "pick-pack-ship");
  checks = sc_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, >=, 2);
  sop_id = g_object_get_data (checks->pdata[1], "sc-sop-id");
  g_assert_nonnull (sop_id);
  gtk_check_button_set_active (checks->pdata[1], TRUE);
  sc_test_close_window (GTK_WINDOW (window));
  g_clear_pointer (&checks, g_ptr_array_unref);

  /* The panel is created again: the step is still ticked, the other not. */
  window = sc_test_reader_window (app, 1280, 800);
  panel = sc_test_learn_panel (window);
  view = sc_lesson_page_get_view (sc_test_lesson_page (panel));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "pick-pack-ship");
  checks = sc_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON);
  g_assert_false (gtk_check_button_get_active (checks->pdata[0]));
  g_assert_true (gtk_check_button_get_active (checks->pdata[1]));

  sc_test_settle (GTK_WIDGET (window), 3);
  scroll_to_widget (panel, checks->pdata[1]);
  sc_test_settle (GTK_WIDGET (window), 3);
  assert_boxes_beside_first_lines (checks);
  shot = g_test_build_filename (G_TEST_BUILT, "learn-progress-sop.png", NULL);
  g_assert_true (sc_screenshot_save (GTK_WIDGET (window), shot, &error));
  g_assert_no_error (error);

  /* Unticking is kept too. */
  gtk_check_button_set_active (checks->pdata[1], FALSE);
  sc_test_close_window (GTK_WINDOW (window));
  g_clear_pointer (&checks, g_ptr_array_unref);

  window = sc_test_reader_window (app, 1280, 800);
  view = sc_lesson_page_get_view (sc_test_lesson_page (sc_test_learn_panel (window)));
  checks = sc_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON);
  g_assert_false (gtk_check_button_get_active (checks->pdata[1]));
  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_scroll_restored (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Scroll");
  g_autoptr(ScLessonProgress) progress = NULL;
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);

  sc_test_pick_in_tree (panel, "order-lifecycle");
  sc_test_settle (GTK_WIDGET (window), 3);
  sc_lesson_page_set_scroll (sc_test_lesson_page (panel), 0.6);
  sc_test_settle (GTK_WIDGET (window), 3);
  g_assert_cmpfloat (fabs (sc_lesson_page_get_scroll (sc_test_lesson_page (panel)) - 0.6), <, 0.02);

  /* Leaving the lesson saves where the learner was. */
  sc_test_pick_in_tree (panel, "listing-anatomy");
  progress = recorded ("order-lifecycle");
  g_assert_cmpfloat (fabs (progress->scroll - 0.6), <, 0.02);
  sc_test_close_window (GTK_WINDOW (window));

  window = sc_test_reader_window (app, 1280, 800);
  panel = sc_test_learn_panel (window);
  sc_test_pick_in_tree (panel, "order-lifecycle");
  sc_test_settle (GTK_WIDGET (window), 3);
  g_assert_cmpfloat (fabs (sc_lesson_page_get_scroll (sc_test_lesson_page (panel)) - 0.6), <, 0.02);
  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_learner_switch (void)
{
  g_autoptr(ScLearner) first = sc_test_new_learner (app, "First");
  g_autoptr(ScLearner) second = NULL;
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);

  sc_test_pick_in_tree (panel, "stock-accounting");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.mark-done", NULL));

  /* Another learner: nothing read, the overview. */
  second = sc_test_new_learner (app, "Second");
  g_assert_null (sc_learn_panel_get_lesson_id (panel));
  g_assert_cmpint (sc_learn_panel_get_lesson_state (panel, "stock-accounting"), ==,
                   SC_LESSON_NOT_STARTED);
  g_assert_cmpint (sc_course_tree_get_lesson_state (sc_test_course_tree (panel), "stock-accounting"),
                   ==, SC_LESSON_NOT_STARTED);
  sc_test_pick_in_tree (panel, "reorder-points");

  sc_test_pick_in_tree (panel, "order-lifecycle");

  /* Back to the first: their lesson is done again, they continue with
   * the next one, and what the second read is not theirs. */
  sc_context_set_learner (context (), first);
  g_assert_cmpint (sc_course_tree_get_lesson_state (sc_test_course_tree (panel), "stock-accounting"),
                   ==, SC_LESSON_DONE);
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "reorder-points");
  g_assert_cmpint (sc_course_tree_get_lesson_state (sc_test_course_tree (panel), "order-lifecycle"),
                   ==, SC_LESSON_NOT_STARTED);
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
      g_printerr ("test-learn-progress: no display\n");
      return 77;
    }

  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();

  data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);
  sc_test_wait_course (app);

  g_test_add_func ("/learn-progress/opened-and-resumed", test_opened_and_resumed);
  g_test_add_func ("/learn-progress/mark-done", test_mark_done);
  g_test_add_func ("/learn-progress/sop-tick-kept", test_sop_tick_kept);
  g_test_add_func ("/learn-progress/scroll-restored", test_scroll_restored);
  g_test_add_func ("/learn-progress/learner-switch", test_learner_switch);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (data_dir);

  return status;
}
