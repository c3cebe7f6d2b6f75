/* test-page-styles.c - the first frame parses only its own styles, and nothing shows unstyled
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ui/style.css holds what the first frame shows; ui/style-pages.css the
 * rest (lesson text, quizzes, the product page…), added after the first
 * frame or as soon as something it styles is made (src/widgets/sc-styles.c).
 * What a learner would notice if that went wrong: a first frame missing
 * some of its styles, a lesson opened at start-up drawn without the look
 * of its text, or a rule that used to win by its selector losing to one of
 * the other file.
 *
 * Styles are added to the display once per process, so the start-up
 * cases run in a fresh process each: this program again with --child,
 * which starts the real application on a data folder and prints what its
 * first frame had.
 */
#include "config.h"

#include <string.h>

#include "app-run-util.h"
#include "sc-course-reader.h"
#include "sc-styles.h"

static char *self_path;

static GtkWidget *
find_with_class (GtkWidget  *root,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const PangoFontDescription *
font_of (GtkWidget *widget)
{
  return pango_context_get_font_description (gtk_widget_get_pango_context (widget));
}

static double
pixels_of (GtkWidget *widget)
{
  return pango_font_description_get_size (font_of (widget)) / (double) PANGO_SCALE;
}

typedef struct
{
  GtkWidget *window;
  gboolean painted;
  gboolean loaded_at_paint;
  char    *report;
} FirstFrame;

/* What the first frame had, read as it is painted. */
static void
after_paint_cb (GdkFrameClock *clock,
                FirstFrame    *frame)
{
  GtkWidget *window = frame->window;
  ScLearnPanel *panel = sc_test_learn_panel (SC_WINDOW (window));
  GtkWidget *domain = find_with_class (window, "sc-tree-domain");
  const char *lesson_id = sc_learn_panel_get_lesson_id (panel);
  GString *report = g_string_new (NULL);

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, frame);
  frame->painted = TRUE;
  frame->loaded_at_paint = sc_styles_pages_loaded ();

  g_string_append_printf (report, "loaded-at-first-frame=%d\n", frame->loaded_at_paint);
  g_string_append_printf (report, "domain-weight=%d\n",
                          domain != NULL ? (int) pango_font_description_get_weight (font_of (domain)) : -1);
  g_string_append_printf (report, "lesson=%s\n", lesson_id != NULL ? lesson_id : "(none)");
  if (lesson_id != NULL)
    {
      ScLessonPage *page = sc_test_lesson_page (panel);
      GtkWidget *view = GTK_WIDGET (sc_lesson_page_get_view (page));
      GtkWidget *heading = find_with_class (view, "sc-heading");
      GtkWidget *title = find_with_class (GTK_WIDGET (page), "sc-lesson-title");

      g_string_append_printf (report, "heading-ratio=%.2f\n",
                              heading != NULL ? pixels_of (heading) / pixels_of (view) : 0.0);
      g_string_append_printf (report, "title-weight=%d\n",
                              (int) pango_font_description_get_weight (font_of (title)));
    }
  frame->report = g_string_free (report, FALSE);
}

static gboolean
painted (gpointer data)
{
  return ((FirstFrame *) data)->painted;
}

/* Built once the course is in hand, as at most starts, the window's
 * first frame shows the course. */
static gboolean
course_and_learner (gpointer data)
{
  ScContext *context = sc_application_get_context (data);

  return sc_context_get_course (context) != NULL && sc_context_get_learner (context) != NULL;
}

static gboolean
pages_loaded (gpointer data)
{
  return sc_styles_pages_loaded ();
}

/* Starts the application on @dir as a learner does, prints what its first
 * frame had, then whether the rest of the styles followed. */
static int
run_child (const char *dir)
{
  g_autoptr(ScApplication) app = NULL;
  GtkWidget *window;
  FirstFrame frame = { 0 };

  gtk_init ();
  sc_course_reader_init ();
  app = app_register (dir);
  sc_test_wait_until (course_and_learner, app, "the course and the learner");
  g_print ("loaded-before-window=%d\n", sc_styles_pages_loaded ());

  g_application_activate (G_APPLICATION (app));
  window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  frame.window = window;
  /* Presented, not painted yet: this handler sees the first frame. */
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), &frame);
  sc_test_wait_until (painted, &frame, "the first frame");
  g_print ("%s", frame.report);

  sc_test_wait_until (pages_loaded, NULL, "the styles of the other pages");
  g_print ("loaded-later=%d\n", sc_styles_pages_loaded ());

  g_free (frame.report);
  fflush (stdout);
  /* The course thread and the rest of the run are of no interest. */
  _exit (0);
}

static char *
child_output (const char *dir)
{
  const char *argv[] = { self_path, "--child", dir, NULL };

  return sc_test_spawn_output (argv, NULL);
}

/* A new learner starts on the course's overview: its frame is drawn with
 * style.css alone, the course tree fully styled, and the rest follows. */
static void
test_first_frame (void)
{
  g_autofree char *dir = data_dir_new ("first-frame");
  g_autofree char *out = child_output (dir);

  g_assert_nonnull (strstr (out, "loaded-before-window=0\n"));
  g_assert_nonnull (strstr (out, "loaded-at-first-frame=0\n"));
  g_assert_nonnull (strstr (out, "lesson=(none)\n"));
  /* coursetree .sc-tree-domain: weight 800 */
  g_assert_nonnull (strstr (out, "domain-weight=800\n"));
  g_assert_nonnull (strstr (out, "loaded-later=1\n"));
}

static void
open_lesson (ScApplication *app,
             gpointer       data)
{
  ScWindow *window = sc_test_reader_window (app, 1280, 800);

  sc_test_pick_in_tree (sc_test_learn_panel (window), data);
  sc_test_close_window (GTK_WINDOW (window));
}

/* A learner who was reading a lesson comes back to it: the first frame
 * shows the lesson with the look of its text (headings larger than the
 * body, the title heavy), so its styles were there before it. */
static void
test_resumed_lesson (void)
{
  g_autofree char *dir = data_dir_new ("resumed");
  g_autofree char *out = NULL;
  g_autoptr(ScLearner) learner = NULL;
  const char *ratio;

  learner = run_app (dir, NULL, open_lesson, (gpointer) "pricing-margins");
  out = child_output (dir);

  g_assert_nonnull (strstr (out, "lesson=pricing-margins\n"));
  g_assert_nonnull (strstr (out, "loaded-at-first-frame=1\n"));
  /* lessonpage .sc-lesson-title: weight 800 */
  g_assert_nonnull (strstr (out, "title-weight=800\n"));
  /* richtextview .sc-heading-N: 1.05 to 1.8 em; without the rule, 1. */
  ratio = strstr (out, "heading-ratio=");
  g_assert_nonnull (ratio);
  g_assert_cmpfloat (g_ascii_strtod (ratio + strlen ("heading-ratio="), NULL), >=, 1.04);
}

static GtkWidget *
card_heading_window (gboolean    presentation,
                     GtkWidget **plain,
                     GtkWidget **card_heading)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  *plain = gtk_label_new ("Body");
  *card_heading = gtk_label_new ("Pricing");
  gtk_widget_add_css_class (card, "sc-product-card");
  gtk_widget_add_css_class (*card_heading, "heading");
  gtk_box_append (GTK_BOX (card), *card_heading);
  gtk_box_append (GTK_BOX (box), *plain);
  gtk_box_append (GTK_BOX (box), card);
  gtk_window_set_child (GTK_WINDOW (window), box);
  if (presentation)
    gtk_widget_add_css_class (window, "presentation");
  gtk_window_present (GTK_WINDOW (window));
  sc_test_settle (window, 2);

  return window;
}

/* The two files cascade as one stylesheet. In presentation mode a
 * heading is 18.5 pt (style.css, window.presentation .heading), which
 * outranks the product card's 1.05 em (style-pages.css, .sc-product-card
 * > .heading) by its selector; outside it, the card's rule applies. Two
 * providers would let the later file win whatever the selectors. */
static void
test_one_cascade (void)
{
  GtkWidget *plain;
  GtkWidget *heading;
  GtkWidget *window;
  int dpi = 0;
  double expected;

  sc_styles_load_pages ();
  g_assert_true (sc_styles_pages_loaded ());

  window = card_heading_window (FALSE, &plain, &heading);
  g_assert_cmpfloat_with_epsilon (pixels_of (heading), 1.05 * pixels_of (plain), 0.05);
  gtk_window_destroy (GTK_WINDOW (window));

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  expected = 18.5 * (dpi > 0 ? dpi / 1024.0 : 96.0) / 72.0;
  window = card_heading_window (TRUE, &plain, &heading);
  g_assert_cmpfloat_with_epsilon (pixels_of (heading), expected, 0.05);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp = NULL;
  g_autofree char *course_dir = NULL;
  int status;

  if (argc > 2 && strcmp (argv[1], "--child") == 0)
    return run_child (argv[2]);

  /* Before any thread starts; the children inherit it. */
  g_setenv ("LANGUAGE", "C", TRUE);
  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);

  self_path = g_canonicalize_filename (argv[0], NULL);
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-page-styles: no display\n");
      return 77;
    }
  sc_course_reader_init ();
  tmp = sc_test_make_tmp_dir ();
  test_tmp_dir = tmp;

  g_test_add_func ("/page-styles/first-frame", test_first_frame);
  g_test_add_func ("/page-styles/resumed-lesson", test_resumed_lesson);
  g_test_add_func ("/page-styles/one-cascade", test_one_cascade);

  status = g_test_run ();
  sc_test_remove_tree (tmp);

  return status;
}
