/* test-learn-panel.c - the Learn section: course tree, course order, history, progress
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window reads the built-in course (SHOPCRAFT_COURSE_DIR points
 * at data/courses/ecommerce-operations in the source tree). The tests
 * follow a learner: pick a lesson in the tree, step through the course
 * with Previous and Next, follow a link and come back with Alt+Left, mark
 * a lesson done, tick a procedure step, copy a template, and come back
 * the next day to the lesson they were reading. test-lesson-page.c
 * follows the reading itself.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-course-tree.h"
#include "sc-error.h"
#include "sc-learn-panel.h"
#include "sc-lesson-page.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

static ScApplication *app;

static ScContext *
context (void)
{
  return sc_application_get_context (app);
}

/* Progress is recorded per learner (test-learn-progress.c): each test
 * reads as a learner who has read nothing yet. */
static ScWindow *
reader_window (int width,
               int height)
{
  static guint n_learners;
  g_autofree char *name = g_strdup_printf ("Reader %u", ++n_learners);
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, name);

  return sc_test_reader_window (app, width, height);
}

/* Presses @accel the way GTK does for a widget's own shortcut: finds
 * the shortcut bound to it on @widget and activates its action. */
static gboolean
press_shortcut (GtkWidget  *widget,
                const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);

  g_assert_nonnull (wanted);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  g_error ("no shortcut %s on %s", accel, G_OBJECT_TYPE_NAME (widget));
}

static void
test_tree (void)
{
  ScWindow *window = reader_window (1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScCourse *course = sc_context_get_course (context ());
  GPtrArray *lessons = sc_course_get_lessons (course);
  ScCourseTree *tree = sc_test_course_tree (panel);
  g_autoptr(GPtrArray) rows = sc_test_find_widgets (GTK_WIDGET (tree), GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *row;
  guint n = 0;

  g_assert_cmpuint (lessons->len, ==, 16);

  /* One row per lesson, in course order. */
  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_has_css_class (rows->pdata[i], "sc-lesson-row"))
      {
        ScLesson *expected = g_ptr_array_index (lessons, n);

        g_assert_cmpstr (gtk_widget_get_name (rows->pdata[i]), ==, expected->id);
        n++;
      }
  g_assert_cmpuint (n, ==, lessons->len);

  /* The estimated time, and the state in the row's accessible name. */
  row = sc_course_tree_get_row (tree, "pricing-margins");
  g_assert_nonnull (sc_test_find_widget (row, GTK_TYPE_LABEL, NULL));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Pricing for margin, 22 minutes, Not started");

  sc_test_close_window (GTK_WINDOW (window));
}

static guint
count_lesson_rows (GtkWidget *tree)
{
  g_autoptr(GPtrArray) rows = sc_test_find_widgets (tree, GTK_TYPE_LIST_BOX_ROW);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += gtk_widget_has_css_class (rows->pdata[i], "sc-lesson-row");

  return n;
}

static void
first_paint_cb (GdkFrameClock *clock,
                GtkWidget     *tree)
{
  guint *painted = g_object_get_data (G_OBJECT (tree), "test-painted-rows");
  int *width = g_object_get_data (G_OBJECT (tree), "test-painted-width");

  if (*painted == 0)
    {
      *painted = count_lesson_rows (tree);
      *width = gtk_widget_get_width (tree);
    }
}

static gboolean
tree_complete (gpointer data)
{
  return sc_course_tree_get_complete (data);
}

/* The tree builds its first screen's rows with the course and the rest
 * once that screen is painted, so start-up lays out what it shows; a row
 * asked for meanwhile is there at once, and the pane keeps its width when
 * the rest arrives. */
static void
test_tree_first_screen (void)
{
  ScCourse *course = sc_context_get_course (context ());
  GPtrArray *lessons = sc_course_get_lessons (course);
  ScLesson *last = g_ptr_array_index (lessons, lessons->len - 1);
  GtkWidget *tree = g_object_ref_sink (sc_course_tree_new ());
  GtkWidget *window;
  GtkWidget *box;
  guint painted = 0;
  int painted_width = 0;

  /* Never shown: the first screen only, until a later row is asked for. */
  sc_course_tree_set_course (SC_COURSE_TREE (tree), course);
  g_assert_false (sc_course_tree_get_complete (SC_COURSE_TREE (tree)));
  g_assert_cmpuint (count_lesson_rows (tree), >=, 4);
  g_assert_cmpuint (count_lesson_rows (tree), <, lessons->len);
  g_assert_nonnull (sc_course_tree_get_row (SC_COURSE_TREE (tree), last->id));
  g_assert_true (sc_course_tree_get_complete (SC_COURSE_TREE (tree)));
  g_assert_cmpuint (count_lesson_rows (tree), ==, lessons->len);

  /* Shown: the first frame has the first screen, the rest follows
   * without being asked for. */
  sc_course_tree_set_course (SC_COURSE_TREE (tree), NULL);
  sc_course_tree_set_course (SC_COURSE_TREE (tree), course);
  g_assert_false (sc_course_tree_get_complete (SC_COURSE_TREE (tree)));
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  /* Beside a page that takes what is left, as in the Learn panel: the
   * tree is as wide as it asks to be. */
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (box), tree);
  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_LABEL, "hexpand", TRUE, NULL));
  gtk_window_set_child (GTK_WINDOW (window), box);
  g_object_set_data (G_OBJECT (tree), "test-painted-rows", &painted);
  g_object_set_data (G_OBJECT (tree), "test-painted-width", &painted_width);
  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_paint_cb), tree);
  gtk_window_present (GTK_WINDOW (window));
  sc_test_wait_until (tree_complete, tree, "the rest of the course tree");
  g_assert_cmpuint (painted, >=, 4);
  g_assert_cmpuint (painted, <, lessons->len);
  g_assert_cmpuint (count_lesson_rows (tree), ==, lessons->len);
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpint (painted_width, >, 0);
  g_assert_cmpint (gtk_widget_get_width (tree), ==, painted_width);

  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (window), first_paint_cb, tree);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (tree);
}

/* A tree moved to another window before its first frame (unrealized,
 * then realized and mapped again) still gets the rest of its rows: GTK
 * keeps a widget's tick callbacks while it is unrealized and runs them
 * on its next frame clock, so the id the tree holds stays good. */
static void
test_tree_moved_before_first_frame (void)
{
  ScCourse *course = sc_context_get_course (context ());
  GtkWidget *tree = g_object_ref_sink (sc_course_tree_new ());
  GtkWidget *first = gtk_window_new ();
  GtkWidget *second = gtk_window_new ();

  sc_course_tree_set_course (SC_COURSE_TREE (tree), course);
  g_assert_false (sc_course_tree_get_complete (SC_COURSE_TREE (tree)));

  gtk_window_set_child (GTK_WINDOW (first), tree);
  gtk_window_present (GTK_WINDOW (first));
  g_assert_true (gtk_widget_get_mapped (tree));
  gtk_window_set_child (GTK_WINDOW (first), NULL);
  g_assert_false (gtk_widget_get_realized (tree));
  g_assert_false (sc_course_tree_get_complete (SC_COURSE_TREE (tree)));

  gtk_window_set_child (GTK_WINDOW (second), tree);
  gtk_window_present (GTK_WINDOW (second));
  sc_test_wait_until (tree_complete, tree, "the rest of the course tree, in its second window");

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
  g_object_unref (tree);
}

/* Where @label's first line sits in @window: its baseline's y. */
static double
first_baseline (GtkLabel  *label,
                GtkWidget *window)
{
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0);
  graphene_point_t in_window;
  int y = 0;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (label), window, &origin, &in_window));
  gtk_label_get_layout_offsets (label, NULL, &y);

  return in_window.y + y + pango_layout_get_baseline (gtk_label_get_layout (label)) / (double) PANGO_SCALE;
}

/* A lesson's minutes sit on its title's first line, one title long enough
 * to wrap or not, at the desktop's size and at a projector's. */
static void
test_tree_minutes_baseline (void)
{
  const struct { int width, height; gboolean presentation; } sizes[] = {
    { 1280, 800, FALSE }, { 900, 700, FALSE }, { 1280, 800, TRUE },
  };

  for (gsize s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      ScWindow *window;
      g_autoptr(GPtrArray) rows = NULL;
      guint n_rows = 0;
      guint n_wrapped = 0;
      gboolean alone;

      g_settings_set_boolean (sc_context_get_settings (sc_application_get_context (app)), "presentation-mode",
                              sizes[s].presentation);
      window = reader_window (sizes[s].width, sizes[s].height);
      rows = sc_test_find_widgets (GTK_WIDGET (sc_test_course_tree (sc_test_learn_panel (window))),
                                   GTK_TYPE_LIST_BOX_ROW);
      for (guint i = 0; i < rows->len; i++)
        {
          GtkWidget *row = rows->pdata[i];
          g_autoptr(GPtrArray) labels = NULL;
          GtkLabel *title = NULL;
          GtkLabel *minutes = NULL;

          if (!gtk_widget_has_css_class (row, "sc-lesson-row") || !gtk_widget_get_mapped (row))
            continue;
          labels = sc_test_find_widgets (row, GTK_TYPE_LABEL);
          for (guint j = 0; j < labels->len; j++)
            if (gtk_widget_has_css_class (labels->pdata[j], "sc-lesson-row-title"))
              title = labels->pdata[j];
            else if (gtk_widget_has_css_class (labels->pdata[j], "sc-lesson-row-minutes"))
              minutes = labels->pdata[j];
          g_assert_nonnull (title);
          g_assert_nonnull (minutes);

          g_assert_cmpfloat_with_epsilon (first_baseline (title, GTK_WIDGET (window)),
                                          first_baseline (minutes, GTK_WIDGET (window)), 0.5);
          n_rows++;
          if (pango_layout_get_line_count (gtk_label_get_layout (title)) > 1)
            n_wrapped++;
        }
      /* The Learn page folded, the tree has the window's width to itself. */
      alone = gtk_widget_get_width (GTK_WIDGET (sc_test_course_tree (sc_test_learn_panel (window))))
              > gtk_widget_get_width (GTK_WIDGET (window)) / 2;
      g_test_message ("%d×%d%s: %u lesson rows, %u titles on more than one line%s",
                      sizes[s].width, sizes[s].height, sizes[s].presentation ? ", presentation" : "",
                      n_rows, n_wrapped, alone ? ", the tree alone" : "");
      g_assert_cmpuint (n_rows, >=, 4);
      /* Beside the lesson, the tree is narrow enough for a long title to
       * wrap (a desktop's 1280 px always has room for both); alone, at
       * the window's width, it need not. Where the narrower window folds
       * is the leaflet's to decide, a few pixels either way. */
      if (sizes[s].width >= 1280 && !sizes[s].presentation)
        g_assert_false (alone);
      if (!alone)
        g_assert_cmpuint (n_wrapped, >=, 1);
      sc_test_close_window (GTK_WINDOW (window));
    }
  g_settings_reset (sc_context_get_settings (sc_application_get_context (app)), "presentation-mode");
}

/* Each module ends with its closing quiz, and the quiz row opens the quiz
 * player in the window. */
static void
test_tree_quiz (void)
{
  ScWindow *window = reader_window (1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScCourseTree *tree = sc_test_course_tree (panel);
  g_autoptr(GPtrArray) rows = sc_test_find_widgets (GTK_WIDGET (tree), GTK_TYPE_LIST_BOX_ROW);
  const char * const quizzes[] = {
    "listing-essentials-quiz", "pricing-compliance-quiz",
    "order-fulfilment-quiz", "inventory-control-quiz",
    "customer-care-quiz", "search-ads-quiz",
    "email-analytics-quiz", "store-analytics-quiz",
  };
  const char *quiz_label = "Listing essentials: module quiz, "
                           "Pass with 80 % to complete the module";
  GtkWidget *listing_quiz = NULL;
  guint n = 0;
  ScPanel *player;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = rows->pdata[i];

      if (!gtk_widget_has_css_class (row, "sc-quiz-row"))
        continue;
      g_assert_cmpuint (n, <, G_N_ELEMENTS (quizzes));
      g_assert_cmpstr (gtk_widget_get_name (row), ==, quizzes[n]);
      /* The last row of its module: the next row, if any, is another module's. */
      if (i + 1 < rows->len)
        g_assert_true (g_object_get_data (G_OBJECT (rows->pdata[i + 1]), "sc-module") !=
                       g_object_get_data (G_OBJECT (row), "sc-module"));
      if (n == 0)
        listing_quiz = row;
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (quizzes));

  /* A variable: the macro would take a "%" in its arguments for a format. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (listing_quiz), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       quiz_label);

  g_signal_emit_by_name (gtk_widget_get_parent (listing_quiz), "row-activated", listing_quiz);
  player = sc_window_get_visible_panel (window);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (player), ==, "ScQuizPlayer");
  sc_test_wait_ready (window);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)),
                                   "Listing essentials: module quiz"));

  sc_test_close_window (GTK_WINDOW (window));
}

typedef struct
{
  GPtrArray *opened;
  GPtrArray *changes;  /* "id=state" */
} Record;

static void
opened_cb (ScLearnPanel *panel,
           const char   *lesson_id,
           Record       *record)
{
  g_ptr_array_add (record->opened, g_strdup (lesson_id));
}

static void
state_changed_cb (ScLearnPanel *panel,
                  const char   *lesson_id,
                  int           state,
                  Record       *record)
{
  g_ptr_array_add (record->changes, g_strdup_printf ("%s=%d", lesson_id, state));
}

static void
test_previous_next (void)
{
  ScWindow *window = reader_window (1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  GPtrArray *lessons = sc_course_get_lessons (sc_context_get_course (context ()));
  GtkWidget *previous = sc_test_page_widget (panel, "previous_button");
  GtkWidget *next = sc_test_page_widget (panel, "next_button");
  GtkWidget *title = sc_test_page_widget (panel, "lesson_title");
  Record record = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free) };

  g_signal_connect (panel, "lesson-opened", G_CALLBACK (opened_cb), &record);
  g_signal_connect (panel, "lesson-state-changed", G_CALLBACK (state_changed_cb), &record);

  sc_test_pick_in_tree (panel, ((ScLesson *) lessons->pdata[0])->id);
  sc_test_settle (GTK_WIDGET (window), 3);
  g_assert_false (gtk_widget_is_sensitive (previous));
  g_assert_true (gtk_widget_is_sensitive (next));

  /* Next walks the course in order, whatever the domains and modules. */
  for (guint i = 1; i < lessons->len; i++)
    {
      ScLesson *expected = lessons->pdata[i];

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.next", NULL));
      g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, expected->id);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, expected->title);
    }
  sc_test_settle (GTK_WIDGET (window), 3);
  g_assert_false (gtk_widget_is_sensitive (next));
  g_assert_true (gtk_widget_is_sensitive (previous));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.previous", NULL));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==,
                   ((ScLesson *) lessons->pdata[lessons->len - 2])->id);

  /* Every lesson opened once by Next, then one by Previous; opening a
   * lesson the first time puts it in progress. */
  g_assert_cmpuint (record.opened->len, ==, lessons->len + 1);
  g_assert_cmpuint (record.changes->len, ==, lessons->len);
  g_assert_cmpstr (record.changes->pdata[0], ==, "listing-anatomy=1");
  g_assert_cmpint (sc_learn_panel_get_lesson_state (panel, "stock-accounting"), ==,
                   SC_LESSON_IN_PROGRESS);

  g_ptr_array_unref (record.opened);
  g_ptr_array_unref (record.changes);
  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_mark_done (void)
{
  ScWindow *window = reader_window (1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScCourseTree *tree = sc_test_course_tree (panel);
  GtkWidget *done = sc_test_page_widget (panel, "done_button");
  Record record = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free) };
  GtkWidget *row;

  sc_test_pick_in_tree (panel, "order-lifecycle");
  g_signal_connect (panel, "lesson-state-changed", G_CALLBACK (state_changed_cb), &record);

  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (done)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.mark-done", NULL));
  sc_test_settle (GTK_WIDGET (window), 3);

  g_assert_cmpint (sc_learn_panel_get_lesson_state (panel, "order-lifecycle"), ==, SC_LESSON_DONE);
  g_assert_cmpint (sc_course_tree_get_lesson_state (tree, "order-lifecycle"), ==, SC_LESSON_DONE);
  row = sc_course_tree_get_row (tree, "order-lifecycle");
  g_assert_true (gtk_widget_has_css_class (row, "sc-lesson-done"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "The order lifecycle: payment, fulfilment and exceptions, 20 minutes, Done");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (done)));
  g_assert_cmpuint (record.changes->len, ==, 1);
  g_assert_cmpstr (record.changes->pdata[0], ==, "order-lifecycle=2");

  /* Pressed again: not done after all. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.mark-done", NULL));
  g_assert_cmpint (sc_course_tree_get_lesson_state (tree, "order-lifecycle"), ==,
                   SC_LESSON_IN_PROGRESS);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (done)));
  g_assert_cmpuint (record.changes->len, ==, 2);

  /* Recorded progress set from outside shows, and echoes nothing. */
  sc_learn_panel_set_lesson_state (panel, "reorder-points", SC_LESSON_DONE);
  g_assert_cmpint (sc_course_tree_get_lesson_state (tree, "reorder-points"), ==, SC_LESSON_DONE);
  g_assert_cmpuint (record.changes->len, ==, 2);

  g_ptr_array_unref (record.opened);
  g_ptr_array_unref (record.changes);
  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_history (void)
{
  ScWindow *window = reader_window (1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScRichTextView *view = sc_lesson_page_get_view (sc_test_lesson_page (panel));

  sc_test_pick_in_tree (panel, "pricing-margins");
  sc_test_settle (GTK_WIDGET (window), 3);
  sc_lesson_page_set_scroll (sc_test_lesson_page (panel), 0.5);
  sc_test_settle (GTK_WIDGET (window), 3);
  g_assert_cmpfloat (fabs (sc_lesson_page_get_scroll (sc_test_lesson_page (panel)) - 0.5), <, 0.02);

  /* Nothing to go back to yet: the key is left to the window. */
  g_assert_false (press_shortcut (GTK_WIDGET (panel), "<Alt>Left"));

  /* A link in the text, then Next. */
  g_assert_true (sc_rich_text_view_activate_link (view, "lesson:listing-anatomy"));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "listing-anatomy");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.next", NULL));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "product-identifiers");

  g_assert_true (press_shortcut (GTK_WIDGET (panel), "<Alt>Left"));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "listing-anatomy");
  g_assert_true (press_shortcut (GTK_WIDGET (panel), "<Alt>Left"));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "pricing-margins");
  sc_test_settle (GTK_WIDGET (window), 3);
  /* Back where the learner was reading. */
  g_assert_cmpfloat (fabs (sc_lesson_page_get_scroll (sc_test_lesson_page (panel)) - 0.5), <, 0.02);

  g_assert_false (press_shortcut (GTK_WIDGET (panel), "<Alt>Left"));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "pricing-margins");

  g_assert_true (press_shortcut (GTK_WIDGET (panel), "<Alt>Right"));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "listing-anatomy");
  g_assert_true (press_shortcut (GTK_WIDGET (panel), "<Alt>Right"));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "product-identifiers");
  g_assert_false (press_shortcut (GTK_WIDGET (panel), "<Alt>Right"));

  /* A new path forgets the old way forward. */
  g_assert_true (press_shortcut (GTK_WIDGET (panel), "<Alt>Left"));
  sc_test_pick_in_tree (panel, "stock-accounting");
  g_assert_false (press_shortcut (GTK_WIDGET (panel), "<Alt>Right"));
  g_assert_true (press_shortcut (GTK_WIDGET (panel), "<Alt>Left"));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (panel), ==, "listing-anatomy");

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_shortcuts_listed (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/sc-shortcuts-window.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");
  g_autoptr(GPtrArray) listed = sc_test_find_widgets (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SHORTCUT);
  GtkWidget *panel = g_object_ref_sink (sc_learn_panel_new ());
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (panel);
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          gboolean found = FALSE;

          for (guint k = 0; k < listed->len && !found; k++)
            {
              g_autofree char *accelerators = NULL;
              g_auto(GStrv) parts = NULL;

              g_object_get (listed->pdata[k], "accelerator", &accelerators, NULL);
              parts = g_strsplit (accelerators, " ", -1);
              for (guint p = 0; parts[p] != NULL && !found; p++)
                {
                  g_autoptr(GtkShortcutTrigger) other = gtk_shortcut_trigger_parse_string (parts[p]);

                  found = other != NULL && gtk_shortcut_trigger_equal (trigger, other);
                }
            }

          if (!found)
            g_error ("the Learn panel's shortcut %s is not in the shortcuts window",
                     gtk_shortcut_trigger_to_string (trigger));
          checked++;
        }
    }

  g_assert_cmpuint (checked, >=, 2);
  g_object_unref (panel);
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_sop_saved (void)
{
  ScWindow *window = reader_window (1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScRichTextView *view;
  g_autoptr(GPtrArray) checks = NULL;
  ScLesson *lesson = sc_course_lookup_lesson (sc_context_get_course (context ()), "pick-pack-ship");
  Record record = { g_ptr_array_new_with_free_func (g_free), NULL };

  g_assert_cmpuint (sc_lesson_count (lesson, SC_RICH_BLOCK_SOP), >=, 1);
  sc_test_pick_in_tree (panel, "pick-pack-ship");
  view = sc_lesson_page_get_view (sc_test_lesson_page (panel));
  checks = sc_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, >=, 2);

  gtk_check_button_set_active (checks->pdata[1], TRUE);
  g_assert_true (gtk_check_button_get_active (checks->pdata[1]));

  sc_test_pick_in_tree (panel, "stock-accounting");
  sc_test_pick_in_tree (panel, "pick-pack-ship");
  g_clear_pointer (&checks, g_ptr_array_unref);
  checks = sc_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON);
  g_assert_false (gtk_check_button_get_active (checks->pdata[0]));
  g_assert_true (gtk_check_button_get_active (checks->pdata[1]));

  /* Saved work restored from outside shows too. */
  g_assert_true (sc_rich_text_view_get_sop_step (view, g_object_get_data (checks->pdata[1], "sc-sop-id"), 1));
  sc_learn_panel_set_sop_step (panel, "pick-pack-ship", g_object_get_data (checks->pdata[0], "sc-sop-id"),
                               0, TRUE);
  g_assert_true (gtk_check_button_get_active (checks->pdata[0]));
  g_assert_true (sc_learn_panel_get_sop_step (panel, "pick-pack-ship",
                                              g_object_get_data (checks->pdata[0], "sc-sop-id"), 0));

  g_ptr_array_unref (record.opened);
  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_resume (void)
{
  ScCourse *course = sc_test_wait_course (app);
  g_autoptr(ScContext) bare = sc_context_new (NULL, NULL);
  GtkWidget *panel;

  /* The seam alone: a context with no learner records nothing
   * (test-learn-progress.c follows the recorded progress). */
  sc_context_set_course (bare, course);

  /* The lesson the learner was reading opens at start-up. */
  panel = g_object_ref_sink (sc_learn_panel_new ());
  sc_learn_panel_set_lesson_state (SC_LEARN_PANEL (panel), "listing-anatomy", SC_LESSON_DONE);
  sc_learn_panel_set_lesson_state (SC_LEARN_PANEL (panel), "order-lifecycle", SC_LESSON_IN_PROGRESS);
  sc_panel_set_context (SC_PANEL (panel), bare);
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (SC_LEARN_PANEL (panel)), ==, "order-lifecycle");
  g_assert_true (sc_panel_get_ready (SC_PANEL (panel)));
  g_object_unref (panel);

  /* A resume point from the learner's record wins. */
  panel = g_object_ref_sink (sc_learn_panel_new ());
  sc_learn_panel_set_lesson_state (SC_LEARN_PANEL (panel), "order-lifecycle", SC_LESSON_IN_PROGRESS);
  sc_learn_panel_set_resume_lesson (SC_LEARN_PANEL (panel), "stock-accounting");
  sc_panel_set_context (SC_PANEL (panel), bare);
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (SC_LEARN_PANEL (panel)), ==, "stock-accounting");
  g_object_unref (panel);

  /* Nothing started: the overview offers the first lesson. */
  panel = g_object_ref_sink (sc_learn_panel_new ());
  sc_panel_set_context (SC_PANEL (panel), bare);
  g_assert_null (sc_learn_panel_get_lesson_id (SC_LEARN_PANEL (panel)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (sc_test_find_widget (panel, GTK_TYPE_BUTTON,
                                                                          "start_button"))),
                   ==, "_Start the Course");
  g_assert_true (gtk_widget_activate_action (panel, "learn.start", NULL));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (SC_LEARN_PANEL (panel)), ==,
                   ((ScLesson *) sc_course_get_lessons (course)->pdata[0])->id);
  g_object_unref (panel);

  /* Asked for a lesson before the course arrived: not ready until it is
   * shown; a lesson the course lacks says so. */
  panel = g_object_ref_sink (sc_learn_panel_new ());
  g_assert_true (sc_learn_panel_open_lesson (SC_LEARN_PANEL (panel), "reorder-points"));
  g_assert_false (sc_panel_get_ready (SC_PANEL (panel)));
  sc_panel_set_context (SC_PANEL (panel), bare);
  g_assert_true (sc_panel_get_ready (SC_PANEL (panel)));
  g_assert_cmpstr (sc_learn_panel_get_lesson_id (SC_LEARN_PANEL (panel)), ==, "reorder-points");
  g_assert_false (sc_learn_panel_open_lesson (SC_LEARN_PANEL (panel), "no-such-lesson"));
  g_assert_true (sc_panel_get_ready (SC_PANEL (panel)));
  g_object_unref (panel);
}

static gboolean
has_label_text (GtkWidget  *root,
                const char *text)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return TRUE;

  return FALSE;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return has_label_text (wait->root, wait->text);
}

/* A toast is in the overlay as soon as its cause has run, and goes after
 * its timeout (3-4 s): look for it at once, never after waiting for
 * frames, which a sanitized build on a loaded machine draws so slowly
 * that the toast has come and gone first. */
static void
wait_for_label (GtkWidget  *root,
                const char *text)
{
  LabelWait wait = { root, text };

  sc_test_wait_until (label_shown, &wait, text);
}

static void
test_template_toast (void)
{
  ScWindow *window;
  ScLearnPanel *panel;
  g_autoptr(GPtrArray) buttons = NULL;
  GtkWidget *copy = NULL;

  window = reader_window (1280, 800);
  panel = sc_test_learn_panel (window);
  sc_test_pick_in_tree (panel, "pick-pack-ship");
  buttons = sc_test_find_widgets (GTK_WIDGET (sc_lesson_page_get_view (sc_test_lesson_page (panel))),
                                  GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len && copy == NULL; i++)
    if (gtk_widget_has_css_class (buttons->pdata[i], "sc-template-copy"))
      copy = buttons->pdata[i];
  g_assert_nonnull (copy);

  /* Every button of the lesson is named for assistive technology. */
  g_clear_pointer (&buttons, g_ptr_array_unref);
  buttons = sc_test_find_widgets (GTK_WIDGET (sc_test_lesson_page (panel)), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *label = gtk_button_get_label (buttons->pdata[i]);

      if ((label == NULL || *label == '\0') &&
          !gtk_test_accessible_has_property (buttons->pdata[i], GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("%s %s has no accessible name", G_OBJECT_TYPE_NAME (buttons->pdata[i]),
                 gtk_widget_get_name (buttons->pdata[i]));
    }

  g_signal_emit_by_name (copy, "clicked");
  wait_for_label (GTK_WIDGET (panel),
                  "“Shipping delay e-mail to a customer” copied to the clipboard");

  sc_test_close_window (GTK_WINDOW (window));

  /* Marking a lesson done confirms it, with the way on. */
  window = reader_window (1280, 800);
  panel = sc_test_learn_panel (window);
  sc_test_pick_in_tree (panel, "pick-pack-ship");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.mark-done", NULL));
  wait_for_label (GTK_WIDGET (panel), "Lesson done");

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_screenshot_page (void)
{
  g_autoptr(ScScreenshotRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  /* Parsed as from the environment, without setting it under the
   * threads of the applications this test has started. */
  request = sc_screenshot_request_parse ("/tmp/reader-shot.png", "lesson:pricing-margins", NULL,
                                         FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (request);
  /* A lesson is shown on the Learn page. */
  g_assert_cmpstr (request->page, ==, "learn");
  g_clear_pointer (&request, sc_screenshot_request_free);

  request = sc_screenshot_request_parse ("/tmp/reader-shot.png", "lesson:", NULL, FALSE, FALSE, &error);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_null (request);
  g_clear_error (&error);

  /* So is a search, typed into Learn's search. */
  request = sc_screenshot_request_parse ("/tmp/reader-shot.png", "search:inventory turn", NULL,
                                         FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (request->page, ==, "learn");
  g_clear_pointer (&request, sc_screenshot_request_free);

  request = sc_screenshot_request_parse ("/tmp/reader-shot.png", "search:", NULL, FALSE, FALSE, &error);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_null (request);
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
      g_printerr ("test-learn-panel: no display\n");
      return 77;
    }

  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();

  data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);

  g_test_add_func ("/learn-panel/tree", test_tree);
  g_test_add_func ("/learn-panel/tree-first-screen", test_tree_first_screen);
  g_test_add_func ("/learn-panel/tree-moved-before-first-frame", test_tree_moved_before_first_frame);
  g_test_add_func ("/learn-panel/tree-quiz", test_tree_quiz);
  g_test_add_func ("/learn-panel/tree-minutes-baseline", test_tree_minutes_baseline);
  g_test_add_func ("/learn-panel/previous-next", test_previous_next);
  g_test_add_func ("/learn-panel/mark-done", test_mark_done);
  g_test_add_func ("/learn-panel/history", test_history);
  g_test_add_func ("/learn-panel/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/learn-panel/sop-saved", test_sop_saved);
  g_test_add_func ("/learn-panel/template-toast", test_template_toast);
  g_test_add_func ("/learn-panel/resume", test_resume);
  g_test_add_func ("/learn-panel/screenshot-page", test_screenshot_page);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (data_dir);

  return status;
}
