/* test-reading-measure.c - the renderer measured: line length, type size, spacing, figures
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading comfort is measured on the real lessons of the built-in
 * course: lines of 60-75 characters at the column width the renderer
 * publishes, body text of at least 11 pt times the text size (and never
 * below 11 pt on a small desktop font), paragraphs at least 0.75 em
 * apart, and figures never drawn larger than their own size.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sc-course-reader.h"
#include "sc-figure-image.h"
#include "sc-rich-text-view.h"
#include "widget-test-util.h"

static ScApplication *app;

static void
assert_not_enlarged (GtkWidget *image)
{
  GdkPaintable *paintable = sc_figure_image_get_paintable (SC_FIGURE_IMAGE (image));
  int natural_width = gdk_paintable_get_intrinsic_width (paintable);
  int natural_height = gdk_paintable_get_intrinsic_height (paintable);
  int width;
  int height;

  sc_figure_image_get_drawn (SC_FIGURE_IMAGE (image), &width, &height);
  g_test_message ("picture drawn %d×%d in %d px, natural %d×%d", width, height,
                  gtk_widget_get_width (image), natural_width, natural_height);
  g_assert_cmpint (natural_width, >, 0);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (width, <=, natural_width);
  g_assert_cmpint (height, <=, natural_height);
  g_assert_cmpint (width, <=, gtk_widget_get_width (image));
  /* Its proportions are kept. */
  g_assert_cmpint (ABS (width * natural_height - height * natural_width), <=, natural_width);
}

static void
test_figures (void)
{
  g_autoptr(ScCourse) example = sc_test_load_course ("docs/example-course");
  g_autoptr(ScCourse) builtin = sc_test_load_course ("data/courses/ecommerce-operations");
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window = sc_test_show_view (app, view, 1800, 900, FALSE);
  GtkWidget *image;
  int width;
  int height;

  /* A wide window, no clamp: far more room than the pictures need. */
  sc_rich_text_view_set_base_dir (view, sc_course_get_directory (example));
  sc_rich_text_view_set_text (view, sc_lesson_get_body (sc_test_get_lesson (example, "titles")));
  sc_test_settle (GTK_WIDGET (window), 2);
  image = sc_test_find_widget (GTK_WIDGET (view), SC_TYPE_FIGURE_IMAGE, NULL);
  g_assert_nonnull (image);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "The title “Ceramic mug 350 ml Ocean blue” split into "
                                       "product, attribute and variant");
  assert_not_enlarged (image);
  sc_figure_image_get_drawn (SC_FIGURE_IMAGE (image), &width, &height);
  g_assert_cmpint (width, ==, 480);
  g_assert_cmpint (height, ==, 80);

  sc_rich_text_view_set_base_dir (view, sc_course_get_directory (builtin));
  sc_rich_text_view_set_text (view, sc_lesson_get_body (sc_test_get_lesson (builtin, "pricing-margins")));
  sc_test_settle (GTK_WIDGET (window), 2);
  image = sc_test_find_widget (GTK_WIDGET (view), SC_TYPE_FIGURE_IMAGE, NULL);
  assert_not_enlarged (image);
  sc_figure_image_get_drawn (SC_FIGURE_IMAGE (image), &width, &height);
  g_assert_cmpint (width, ==, 640);

  /* Twice the text size makes text bigger, never the pictures. */
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  sc_test_settle (GTK_WIDGET (window), 2);
  assert_not_enlarged (image);
  gtk_settings_reset_property (gtk_settings_get_default (), "gtk-xft-dpi");

  /* A narrow window: the picture shrinks into it, keeping its shape. */
  gtk_window_set_default_size (window, 420, 700);
  sc_test_settle (GTK_WIDGET (window), 2);
  assert_not_enlarged (image);
  sc_figure_image_get_drawn (SC_FIGURE_IMAGE (image), &width, &height);
  g_assert_cmpint (width, <, 420);

  /* A picture whose file is gone says what it showed. */
  sc_rich_text_view_set_base_dir (view, "/nonexistent");
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_null (sc_test_find_widget (GTK_WIDGET (view), SC_TYPE_FIGURE_IMAGE, NULL));
  g_assert_nonnull (sc_test_find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, NULL));

  sc_test_close_window (window);
}

/* Characters per line of each full line (all but the last) of @label. */
static void
count_line_lengths (GtkLabel *label,
                    GArray   *lengths)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  int n = pango_layout_get_line_count (layout);

  for (int i = 0; i + 1 < n; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      int chars = (int) g_utf8_strlen (text + line->start_index, line->length);

      g_array_append_val (lengths, chars);
    }
}

static void
test_line_length (void)
{
  g_autoptr(ScCourse) course = sc_test_load_course ("data/courses/ecommerce-operations");
  GPtrArray *lessons = sc_course_get_lessons (course);
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkWindow *window = sc_test_show_view (app, view, 1600, 900, TRUE);
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (int));
  double sum = 0.0;
  guint in_range = 0;

  for (guint l = 0; l < lessons->len; l++)
    {
      g_autoptr(GPtrArray) paragraphs = NULL;

      sc_rich_text_view_set_text (view, sc_lesson_get_body (lessons->pdata[l]));
      sc_test_settle (GTK_WIDGET (window), 2);

      /* Body paragraphs directly in sections: lists and boxes indent. */
      paragraphs = sc_test_find_named (GTK_WIDGET (view), "sc-block-paragraph");
      for (guint i = 0; i < paragraphs->len; i++)
        if (gtk_widget_has_css_class (gtk_widget_get_parent (paragraphs->pdata[i]), "sc-section"))
          count_line_lengths (paragraphs->pdata[i], lengths);
    }

  g_assert_cmpint (sc_rich_text_view_get_column_width (view), >, 0);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==,
                   sc_rich_text_view_get_column_width (view));
  g_assert_cmpuint (lengths->len, >=, 50);

  for (guint i = 0; i < lengths->len; i++)
    {
      int chars = g_array_index (lengths, int, i);

      sum += chars;
      in_range += chars >= 60 && chars <= 75;
    }

  g_test_message ("column %d px, %u full lines, %.1f characters per line on average, "
                  "%u of them within 60-75",
                  sc_rich_text_view_get_column_width (view), lengths->len,
                  sum / lengths->len, in_range);
  g_assert_cmpfloat (sum / lengths->len, >=, 60.0);
  g_assert_cmpfloat (sum / lengths->len, <=, 75.0);
  /* Ragged right: a long word may push a line out of the band now and
   * then, but most lines stay in it. */
  g_assert_cmpuint (in_range * 10, >=, lengths->len * 8);

  sc_test_close_window (window);
}

static double
label_pixel_size (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *desc = pango_context_get_font_description (context);

  g_assert_true (pango_font_description_get_size_is_absolute (desc));

  return pango_font_description_get_size (desc) / (double) PANGO_SCALE;
}

/* The column as the body font's own metrics give it: what the view
 * computes from its parent's font, scaled, must come to the same. */
static int
own_font_column (ScRichTextView *view)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (view));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL,
                                                         pango_context_get_language (context));
  int column = (int) ceil ((double) SC_RICH_TEXT_MEASURE_CHARS *
                           pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE);

  pango_font_metrics_unref (metrics);

  return column;
}

static void
test_body_size (void)
{
  g_autoptr(ScCourse) course = sc_test_load_course ("docs/example-course");
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWindow *window = sc_test_show_view (app, view, 900, 700, TRUE);
  GtkWidget *paragraph;
  int width;

  sc_rich_text_view_set_text (view, sc_lesson_get_body (sc_test_get_lesson (course, "titles")));
  sc_test_settle (GTK_WIDGET (window), 2);
  paragraph = sc_test_find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, "sc-block-paragraph");

  /* 11 pt is 11 × 96 / 72 px at the normal resolution. */
  g_test_message ("body %.2f pt, %.1f px", sc_rich_text_view_get_body_points (view),
                  label_pixel_size (paragraph));
  g_assert_cmpfloat (sc_rich_text_view_get_body_points (view), >=, 11.0);
  g_assert_cmpfloat (label_pixel_size (paragraph), >=, 11.0 * 96.0 / 72.0 - 0.01);
  g_assert_cmpint (sc_rich_text_view_get_column_width (view), ==, own_font_column (view));

  /* A small desktop font: the body stays at 11 pt. */
  g_object_set (settings, "gtk-font-name", "Cantarell 8", NULL);
  sc_test_settle (GTK_WIDGET (window), 2);
  g_test_message ("with an 8 pt interface font: body %.2f pt",
                  sc_rich_text_view_get_body_points (view));
  g_assert_cmpfloat (sc_rich_text_view_get_body_points (view), >=, 11.0 - 0.01);
  g_assert_cmpfloat (label_pixel_size (paragraph), >=, 11.0 * 96.0 / 72.0 - 0.5);
  g_assert_cmpint (sc_rich_text_view_get_column_width (view), ==, own_font_column (view));
  gtk_settings_reset_property (settings, "gtk-font-name");
  sc_test_settle (GTK_WIDGET (window), 2);

  /* The text-size preference (1.5×, as gtk-xft-dpi): 11 pt × 1.5 at least,
   * and the column widens with the font. */
  width = sc_rich_text_view_get_column_width (view);
  g_object_set (settings, "gtk-xft-dpi", (int) (1.5 * 96 * 1024), NULL);
  sc_test_settle (GTK_WIDGET (window), 2);
  g_test_message ("at 150 %%: body %.1f px, column %d px (was %d)",
                  label_pixel_size (paragraph), sc_rich_text_view_get_column_width (view), width);
  g_assert_cmpfloat (label_pixel_size (paragraph), >=, 1.5 * 11.0 * 96.0 / 72.0 - 0.5);
  g_assert_cmpint (sc_rich_text_view_get_column_width (view), >, width * 14 / 10);
  g_assert_cmpint (sc_rich_text_view_get_column_width (view), ==, own_font_column (view));
  gtk_settings_reset_property (settings, "gtk-xft-dpi");

  sc_test_close_window (window);
}

static void
test_paragraph_spacing (void)
{
  g_autoptr(ScRichText) text = sc_rich_text_new ();
  ScRichBlock *section = sc_rich_block_new (SC_RICH_BLOCK_SECTION, 1);
  ScRichTextView *view = SC_RICH_TEXT_VIEW (sc_rich_text_view_new ());
  g_autoptr(GPtrArray) paragraphs = NULL;
  GtkWindow *window;
  graphene_rect_t first;
  graphene_rect_t second;
  double em;

  section->title = g_strdup ("Spacing");
  for (guint i = 0; i < 3; i++)
    {
      ScRichBlock *paragraph = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, 2 + i);

      sc_rich_block_add_run (paragraph, "A paragraph of a few words that fits on one line.",
                             SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
      sc_rich_block_add_child (section, paragraph);
    }
  sc_rich_text_append (text, section);
  sc_rich_text_view_set_text (view, text);
  window = sc_test_show_view (app, view, 900, 600, TRUE);

  paragraphs = sc_test_find_named (GTK_WIDGET (view), "sc-block-paragraph");
  g_assert_cmpuint (paragraphs->len, ==, 3);
  g_assert_true (gtk_widget_compute_bounds (paragraphs->pdata[0], GTK_WIDGET (view), &first));
  g_assert_true (gtk_widget_compute_bounds (paragraphs->pdata[1], GTK_WIDGET (view), &second));
  em = label_pixel_size (paragraphs->pdata[0]);

  g_test_message ("paragraphs %.1f px apart, 1 em = %.1f px",
                  second.origin.y - (first.origin.y + first.size.height), em);
  g_assert_cmpfloat (second.origin.y - (first.origin.y + first.size.height), >=, 0.75 * em);

  sc_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-reading-measure: no display\n");
      return 77;
    }
  sc_course_reader_init ();

  g_test_add_func ("/reading-measure/figures", test_figures);
  g_test_add_func ("/reading-measure/line-length", test_line_length);
  g_test_add_func ("/reading-measure/body-size", test_body_size);
  g_test_add_func ("/reading-measure/paragraph-spacing", test_paragraph_spacing);

  return sc_test_run_with_app (&app);
}
