/* test-lesson-page.c - reading a lesson: keyboard path, measure, glossary, pictures
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tab from the top of a forty-paragraph lesson reaches Mark as Done in
 * three steps; Page Down and the arrows scroll the text; lines stay at
 * 60-75 characters in light, dark and presentation mode at 1280×800 and
 * 1920×1080; a glossary term opens its entry beside it; a narrow window
 * shows the lesson alone with a way back to the contents. The pictures
 * are left in the build folder as reader-*.png.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-course-tree.h"
#include "sc-glossary-popover.h"
#include "sc-learn-panel.h"
#include "sc-lesson-page.h"
#include "sc-quiz-player.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

static ScApplication *app;
static char *long_course_dir;

static ScContext *
context (void)
{
  return sc_application_get_context (app);
}

static void
test_glossary (void)
{
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScLessonPage *page;
  GtkPopover *popover;
  GtkWidget *see_also;
  const ScGlossaryEntry *entry;
  ScGlossary *glossary = sc_course_get_glossary (sc_context_get_course (context ()));
  g_autofree char *uri = NULL;
  gboolean handled = FALSE;

  sc_test_pick_in_tree (panel, "pricing-margins");
  page = sc_test_lesson_page (panel);
  sc_test_settle (GTK_WIDGET (window), 3);

  g_assert_true (sc_rich_text_view_activate_link (sc_lesson_page_get_view (page), "term:cost-of-goods"));
  popover = sc_lesson_page_get_glossary (page);
  sc_test_settle (GTK_WIDGET (window), 3);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpstr (sc_glossary_popover_get_term_id (SC_GLOSSARY_POPOVER (popover)), ==, "cost-of-goods");
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "reader-glossary-popover.png", NULL);

    /* The popover is a surface of its own: a picture of it alone. */
    g_assert_true (sc_screenshot_save (GTK_WIDGET (popover), path, &error));
    g_assert_no_error (error);
  }

  entry = sc_glossary_lookup (glossary, "cost-of-goods");
  g_assert_true (sc_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_LABEL, NULL) != NULL);
  {
    g_autoptr(GPtrArray) labels = sc_test_find_widgets (GTK_WIDGET (popover), GTK_TYPE_LABEL);
    gboolean has_term = FALSE;

    for (guint i = 0; i < labels->len; i++)
      has_term |= g_strcmp0 (gtk_label_get_text (labels->pdata[i]), entry->term) == 0;
    g_assert_true (has_term);
  }

  /* "See also" follows on to the related entry, in place. */
  if (entry->see_also[0] != NULL)
    {
      see_also = sc_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_LABEL, NULL);
      {
        g_autoptr(GPtrArray) labels = sc_test_find_widgets (GTK_WIDGET (popover), GTK_TYPE_LABEL);

        for (guint i = 0; i < labels->len; i++)
          if (gtk_widget_has_css_class (labels->pdata[i], "sc-glossary-see-also"))
            see_also = labels->pdata[i];
      }
      uri = g_strconcat ("term:", entry->see_also[0], NULL);
      g_signal_emit_by_name (see_also, "activate-link", uri, &handled);
      g_assert_cmpstr (sc_glossary_popover_get_term_id (SC_GLOSSARY_POPOVER (popover)), ==,
                       entry->see_also[0]);
    }

  /* Another lesson closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.next", NULL));
  sc_test_settle (GTK_WIDGET (window), 3);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  sc_test_close_window (GTK_WINDOW (window));
}

static void
write_long_course (void)
{
  g_autoptr(GString) lesson = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *lessons_dir = NULL;
  g_autofree char *course_path = NULL;
  g_autofree char *lesson_path = NULL;
  const char *course_xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<course id=\"long-read\" version=\"1.0.0\">\n"
    "  <title>Long read</title>\n"
    "  <language>en</language>\n"
    "  <authors><author>The tests</author></authors>\n"
    "  <license>CC0-1.0</license>\n"
    "  <description>A course of one long lesson.</description>\n"
    "  <domain id=\"reading\">\n"
    "    <title>Reading</title>\n"
    "    <competency id=\"reading.long\"><title>Read long lessons</title></competency>\n"
    "    <module id=\"long-module\">\n"
    "      <title>Long module</title>\n"
    "      <objective id=\"read-long\" competencies=\"reading.long\">Read a long lesson.</objective>\n"
    "      <lesson src=\"lessons/before.xml\"/>\n"
    "      <lesson src=\"lessons/long.xml\"/>\n"
    "      <lesson src=\"lessons/after.xml\"/>\n"
    "    </module>\n"
    "  </domain>\n"
    "</course>\n";

  long_course_dir = sc_test_make_tmp_dir ();
  lessons_dir = g_build_filename (long_course_dir, "lessons", NULL);
  g_assert_cmpint (g_mkdir (lessons_dir, 0700), ==, 0);
  course_path = g_build_filename (long_course_dir, "course.xml", NULL);
  g_file_set_contents (course_path, course_xml, -1, &error);
  g_assert_no_error (error);

  g_string_append (lesson,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<lesson id=\"long\" minutes=\"40\" objectives=\"read-long\">\n"
                   "  <title>A long lesson</title>\n"
                   "  <section id=\"all\">\n"
                   "    <heading>Forty paragraphs</heading>\n");
  for (guint i = 1; i <= 40; i++)
    g_string_append_printf (lesson,
                            "    <p>Paragraph %u. Orders that are paid before the cut-off "
                            "ship the same day, and every parcel carries its packing slip, "
                            "so that the customer can check the contents.</p>\n", i);
  g_string_append (lesson, "  </section>\n</lesson>\n");
  lesson_path = g_build_filename (lessons_dir, "long.xml", NULL);
  g_file_set_contents (lesson_path, lesson->str, -1, &error);
  g_assert_no_error (error);

  /* Neighbours, so Previous and Next are enabled stops on the way. */
  for (guint i = 0; i < 2; i++)
    {
      const char *id = i == 0 ? "before" : "after";
      g_autofree char *name = g_strdup_printf ("%s.xml", id);
      g_autofree char *path = g_build_filename (lessons_dir, name, NULL);
      g_autofree char *text = NULL;

      text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<lesson id=\"%s\" minutes=\"5\" objectives=\"read-long\">\n"
                              "  <title>The lesson %s</title>\n"
                              "  <section id=\"only\"><heading>Short</heading>"
                              "<p>A short lesson.</p></section>\n"
                              "</lesson>\n", id, id);
      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
    }
}

static void
test_tab_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScContext) long_context = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *panel = sc_learn_panel_new ();
  ScLessonPage *page;
  GtkWidget *done;
  GtkWidget *focus = NULL;
  guint steps = 0;
  guint stops = 0;

  course = sc_course_load (long_course_dir, NULL, &error);
  g_assert_no_error (error);
  long_context = sc_context_new (NULL, NULL);
  sc_context_set_course (long_context, course);

  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), panel);
  sc_panel_set_context (SC_PANEL (panel), long_context);
  g_assert_true (sc_learn_panel_open_lesson (SC_LEARN_PANEL (panel), "long"));
  gtk_window_present (GTK_WINDOW (window));
  sc_test_settle (window, 3);

  page = sc_test_lesson_page (SC_LEARN_PANEL (panel));
  done = sc_test_find_widget (GTK_WIDGET (page), GTK_TYPE_WIDGET, "done_button");
  /* The bar's buttons explain themselves on hover (set in code,
   * sc-lesson-page.c, not by its .ui file). */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (done), ==,
                   "Mark the lesson as done, or as not done yet");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (sc_test_find_widget (GTK_WIDGET (page), GTK_TYPE_WIDGET,
                                                                     "previous_button")),
                   ==, "Previous Lesson");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (sc_test_find_widget (GTK_WIDGET (page), GTK_TYPE_WIDGET,
                                                                     "next_button")),
                   ==, "Next Lesson");
  g_assert_cmpuint (sc_rich_text_count (sc_lesson_get_body (sc_course_lookup_lesson (course, "long")),
                                        SC_RICH_BLOCK_PARAGRAPH), ==, 40);

  /* From the top of the lesson: nothing in it has the focus. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  while (focus != done && steps < 60)
    {
      if (!gtk_widget_child_focus (GTK_WIDGET (page), GTK_DIR_TAB_FORWARD))
        break;
      steps++;
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_false (GTK_IS_LABEL (focus));
    }
  g_test_message ("Mark as Done after %u Tab presses", steps);
  g_assert_true (focus == done);
  g_assert_cmpuint (steps, <=, 6);

  /* The whole page has a handful of stops, not one per paragraph: the
   * text itself, then the footer. */
  while (gtk_widget_child_focus (GTK_WIDGET (page), GTK_DIR_TAB_FORWARD) && stops < 60)
    {
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_false (GTK_IS_LABEL (focus) && !gtk_widget_get_focusable (focus));
      stops++;
    }
  g_test_message ("%u more stops to the end of the lesson", stops);
  g_assert_cmpuint (stops, <=, 6);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
average_line_length (ScLearnPanel *panel,
                     double       *average,
                     guint        *lines)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (GTK_WIDGET (sc_lesson_page_get_view (sc_test_lesson_page (panel))),
                                                      GTK_TYPE_LABEL);
  double sum = 0.0;

  *lines = 0;
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];
      PangoLayout *layout;
      const char *text;

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (label)), "sc-block-paragraph") != 0 ||
          !gtk_widget_has_css_class (gtk_widget_get_parent (GTK_WIDGET (label)), "sc-section"))
        continue;

      layout = gtk_label_get_layout (label);
      text = pango_layout_get_text (layout);
      for (int l = 0; l + 1 < pango_layout_get_line_count (layout); l++)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (layout, l);

          sum += g_utf8_strlen (text + line->start_index, line->length);
          (*lines)++;
        }
    }

  *average = *lines > 0 ? sum / *lines : 0.0;
}

static void
save (ScWindow   *window,
      const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  sc_test_settle (GTK_WIDGET (window), 3);
  g_assert_true (sc_screenshot_save (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
}

/* The window's list of sections (outside every panel). */
static GtkWidget *
find_sidebar_pane (ScWindow *window)
{
  g_autoptr(GPtrArray) lists = sc_test_find_widgets (GTK_WIDGET (window), GTK_TYPE_LIST_BOX);

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_get_ancestor (lists->pdata[i], SC_TYPE_PANEL) == NULL)
      return lists->pdata[i];

  g_error ("the window has no list of sections");
}

static void
test_pictures (void)
{
  static const struct {
    int         width;
    int         height;
    const char *size;
  } sizes[] = {
    { 1280, 800, "1280x800" },
    { 1920, 1080, "1920x1080" },
  };
  GSettings *settings = sc_context_get_settings (context ());

  /* GNOME's interface font, as build-aux/screenshot uses. */
  g_object_set (gtk_settings_get_default (), "gtk-font-name", "Cantarell 11", NULL);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      ScWindow *window = sc_test_reader_window (app, sizes[s].width, sizes[s].height);
      ScLearnPanel *panel = sc_test_learn_panel (window);

      gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
      sc_test_pick_in_tree (panel, "pricing-margins");

      for (guint mode = 0; mode < 3; mode++)
        {
          const char *mode_name = (const char * const[]) { "light", "dark", "presentation" }[mode];
          g_autofree char *top = NULL;
          g_autofree char *middle = NULL;
          double average;
          guint lines;

          g_settings_set_string (settings, "style-variant", mode == 1 ? "dark" : "light");
          g_settings_set_boolean (settings, "presentation-mode", mode == 2);
          sc_lesson_page_set_scroll (sc_test_lesson_page (panel), 0.0);
          top = g_strdup_printf ("reader-%s-%s.png", sizes[s].size, mode_name);
          save (window, top);

          average_line_length (panel, &average, &lines);
          g_test_message ("%s %s: %u lines, %.1f characters per line", sizes[s].size, mode_name,
                          lines, average);
          /* Lines of 60-75 characters at every size and mode: where the
           * lesson cannot have its full measure beside the tree
           * (presentation mode on a 1280 px projector) it is shown alone,
           * and the window keeps its list of sections. */
          g_assert_cmpfloat (average, >=, 60.0);
          g_assert_cmpfloat (average, <=, 75.0);
          g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (gtk_widget_get_ancestor (
                            find_sidebar_pane (window), ADW_TYPE_LEAFLET))));

          sc_lesson_page_set_scroll (sc_test_lesson_page (panel), 0.42);
          middle = g_strdup_printf ("reader-%s-%s-middle.png", sizes[s].size, mode_name);
          save (window, middle);
        }

      sc_test_close_window (GTK_WINDOW (window));
    }

  g_settings_reset (settings, "style-variant");
  g_settings_reset (settings, "presentation-mode");
  gtk_settings_reset_property (gtk_settings_get_default (), "gtk-font-name");
}

/* Without a lesson (the course's overview is shown) the page hides its
 * bar, headings and footer, so the window styles and measures none of
 * them at start-up; yet it asks for the width it has with a lesson, so
 * the leaflet folds the same for the overview as for a lesson. */
static void
test_parts_without_lesson (void)
{
  static const char *const parts[] = { "done_button", "lesson_title", "footer_done" };
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Ada Overview");
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScLessonPage *page = sc_test_lesson_page (panel);
  int minimum;
  int without;
  int with;

  /* A new learner starts on the overview. */
  g_assert_null (sc_lesson_page_get_lesson (page));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_assert_false (gtk_widget_is_visible (sc_test_page_widget (panel, parts[i])));
  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, &without, NULL, NULL);
  g_assert_cmpint (without, >, 0);

  sc_test_pick_in_tree (panel, "pricing-margins");
  sc_test_settle (GTK_WIDGET (window), 3);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_assert_true (gtk_widget_get_mapped (sc_test_page_widget (panel, parts[i])));
  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, &with, NULL, NULL);
  g_assert_cmpint (with, ==, without);

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_folded (void)
{
  ScWindow *window = sc_test_reader_window (app, 640, 700);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  GtkWidget *contents;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "learn"));
  sc_test_pick_in_tree (panel, "pick-pack-ship");
  sc_test_settle (GTK_WIDGET (window), 3);
  contents = sc_test_page_widget (panel, "contents_button");
  g_assert_true (gtk_widget_get_visible (contents));
  save (window, "reader-640x700-folded.png");

  /* The way back to the course contents. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "learn.show-contents", NULL));
  sc_test_settle (GTK_WIDGET (window), 3);
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (sc_test_course_tree (panel))));
  save (window, "reader-640x700-folded-contents.png");

  sc_test_close_window (GTK_WINDOW (window));
}

/* Sends @keyval to the page's own key handler, as GTK does when the
 * focused widget inside it leaves the key alone. */
static gboolean
page_key (ScLessonPage *page,
          guint         keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (page));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  return handled;
}

typedef struct
{
  GtkAdjustment *adjustment;
  double         beyond;
  gboolean       down;
} ScrollWait;

/* Scrolling by key is animated: wait for it to pass @beyond. */
static gboolean
scrolled_past (gpointer data)
{
  ScrollWait *wait = data;
  double value = gtk_adjustment_get_value (wait->adjustment);

  return wait->down ? value > wait->beyond : value <= wait->beyond;
}

static void
wait_scroll (GtkAdjustment *adjustment,
             double         beyond,
             gboolean       down)
{
  ScrollWait wait = { adjustment, beyond, down };

  sc_test_wait_until (scrolled_past, &wait, "the lesson to scroll");
}

static void
test_keyboard_scroll (void)
{
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScLessonPage *page;
  GtkAdjustment *adjustment;
  double top;

  sc_test_pick_in_tree (panel, "pricing-margins");
  page = sc_test_lesson_page (panel);
  sc_test_settle (GTK_WIDGET (window), 3);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
                 sc_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SCROLLED_WINDOW, NULL)));
  top = gtk_adjustment_get_value (adjustment);

  /* Page Down reads on from anywhere on the page, even the bar's buttons. */
  gtk_widget_grab_focus (sc_test_page_widget (panel, "done_button"));
  g_assert_true (page_key (page, GDK_KEY_Page_Down));
  wait_scroll (adjustment, top + 200, TRUE);
  /* Arrows there stay the buttons' own. */
  g_assert_false (page_key (page, GDK_KEY_Down));

  /* On the text itself, the arrows, Space and Home scroll too. */
  gtk_widget_grab_focus (GTK_WIDGET (sc_lesson_page_get_view (page)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (sc_lesson_page_get_view (page))));
  top = gtk_adjustment_get_value (adjustment);
  g_assert_true (page_key (page, GDK_KEY_Down));
  wait_scroll (adjustment, top, TRUE);
  top = gtk_adjustment_get_value (adjustment);
  g_assert_true (page_key (page, GDK_KEY_space));
  wait_scroll (adjustment, top + 200, TRUE);
  g_assert_true (page_key (page, GDK_KEY_Home));
  wait_scroll (adjustment, 0.0, FALSE);

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
player_shown (gpointer data)
{
  return SC_IS_QUIZ_PLAYER (sc_window_get_visible_panel (data));
}

/* The end of a lesson offers its practice questions: a card after the
 * text, its button the Tab stop before Mark as Done, which opens the
 * quiz player on the lesson's practice quiz. SHOPCRAFT_LESSON_QUIZ_SHOTS=DIR
 * keeps a picture of the card in light, dark and presentation mode. */
static void
test_practice (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Practice card");
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  GSettings *settings = sc_context_get_settings (context ());
  const char *shots = g_getenv ("SHOPCRAFT_LESSON_QUIZ_SHOTS");
  ScLessonPage *page;
  GtkWidget *card;
  GtkWidget *button;
  GtkWidget *done;
  GVariant *target;
  ScQuizPlayer *player;

  sc_test_pick_in_tree (panel, "pricing-margins");
  page = sc_test_lesson_page (panel);
  sc_test_settle (GTK_WIDGET (window), 3);

  card = sc_test_page_widget (panel, "practice_card");
  button = sc_test_page_widget (panel, "practice_button");
  done = sc_test_page_widget (panel, "footer_done");
  g_assert_true (gtk_widget_get_visible (card));
  g_assert_true (gtk_widget_is_ancestor (card, GTK_WIDGET (page)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (sc_test_page_widget (panel, "practice_summary"))),
                   ==, "5 questions · instant feedback · as often as you like");
  g_assert_false (gtk_widget_get_visible (sc_test_page_widget (panel, "practice_best")));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Try the _Questions");
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (button)));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (card)), ==,
                   GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.take-quiz");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "pricing-margins-practice");
  g_assert_true (gtk_widget_is_sensitive (button));

  /* Keyboard: the stop just before the footer's Mark as Done. */
  gtk_widget_grab_focus (done);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (page), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (page), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == done);

  for (guint mode = 0; shots != NULL && *shots != '\0' && mode < 3; mode++)
    {
      const char *mode_name = (const char * const[]) { "light", "dark", "presentation" }[mode];
      g_autofree char *name = g_strdup_printf ("lesson-quiz-%s.png", mode_name);
      g_autofree char *path = g_build_filename (shots, name, NULL);
      g_autoptr(GError) error = NULL;

      g_settings_set_string (settings, "style-variant", mode == 1 ? "dark" : "light");
      g_settings_set_boolean (settings, "presentation-mode", mode == 2);
      sc_test_settle (GTK_WIDGET (window), 3);
      sc_lesson_page_set_scroll (page, 1.0);
      sc_test_settle (GTK_WIDGET (window), 3);
      g_assert_true (sc_screenshot_save (GTK_WIDGET (window), path, &error));
      g_assert_no_error (error);
    }
  g_settings_reset (settings, "style-variant");
  g_settings_reset (settings, "presentation-mode");

  /* The button opens the player on the lesson's practice quiz. */
  g_assert_true (gtk_widget_activate (button));
  sc_test_wait_until (player_shown, window, "the quiz player");
  player = SC_QUIZ_PLAYER (sc_window_get_visible_panel (window));
  sc_test_wait_ready (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Practice: Pricing for margin — Shopcraft");
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.start", NULL);
  g_assert_nonnull (sc_quiz_player_get_attempt (player));
  g_assert_cmpstr (sc_attempt_get_quiz_id (sc_quiz_player_get_attempt (player)), ==,
                   "pricing-margins-practice");
  g_assert_cmpuint (sc_attempt_get_n_slots (sc_quiz_player_get_attempt (player)), ==, 5);

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
      g_printerr ("test-lesson-page: no display\n");
      return 77;
    }

  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();

  data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);
  write_long_course ();

  g_test_add_func ("/lesson-page/tab-path", test_tab_path);
  g_test_add_func ("/lesson-page/keyboard-scroll", test_keyboard_scroll);
  g_test_add_func ("/lesson-page/glossary", test_glossary);
  g_test_add_func ("/lesson-page/pictures", test_pictures);
  g_test_add_func ("/lesson-page/folded", test_folded);
  g_test_add_func ("/lesson-page/parts-without-lesson", test_parts_without_lesson);
  g_test_add_func ("/lesson-page/practice", test_practice);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (long_course_dir);
  g_free (long_course_dir);
  sc_test_remove_tree (data_dir);

  return status;
}
