/* test-chart.c - the Progress page's charts, judged by the pixels they draw
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each chart is drawn into an image on white and read back the way a
 * learner would: how long the bars are, where a value is written, whether
 * labels collide. The light style's first series colour is the bar colour.
 */
#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sc-chart-private.h"

#define WIDTH 600

typedef struct
{
  cairo_surface_t *surface;
  const guchar    *data;
  int              stride;
  int              width;
  int              height;
} Image;

static void
image_clear (Image *image)
{
  g_clear_pointer (&image->surface, cairo_surface_destroy);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Image, image_clear)

static void
draw_image (Image               *image,
            const ScChartSeries *series,
            const ScChartStyle  *style,
            int                  width)
{
  cairo_t *cr;

  image->width = width;
  image->height = (int) ceil (sc_chart_get_height (series, style, width));
  image->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, image->width, image->height);
  cr = cairo_create (image->surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  sc_chart_draw (cr, series, style, image->width, image->height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (image->surface);
  image->data = cairo_image_surface_get_data (image->surface);
  image->stride = cairo_image_surface_get_stride (image->surface);
}

/* A scratch context to ask the chart's layout where things go */
static cairo_t *
scratch_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);

  return cr;
}

static void
rgb_at (const Image *image,
        int          x,
        int          y,
        int         *r,
        int         *g,
        int         *b)
{
  guint32 pixel;

  g_assert (x >= 0 && x < image->width && y >= 0 && y < image->height);
  pixel = *(const guint32 *) (image->data + y * image->stride + x * 4);
  *r = (pixel >> 16) & 0xff;
  *g = (pixel >> 8) & 0xff;
  *b = pixel & 0xff;
}

static gboolean
is_color (const Image  *image,
          int           x,
          int           y,
          ScChartColor  color)
{
  int r, g, b;

  rgb_at (image, x, y, &r, &g, &b);

  return abs (r - (int) round (color.red * 255)) <= 24
         && abs (g - (int) round (color.green * 255)) <= 24
         && abs (b - (int) round (color.blue * 255)) <= 24;
}

static gboolean
is_background (const Image *image,
               int          x,
               int          y)
{
  int r, g, b;

  rgb_at (image, x, y, &r, &g, &b);

  return r >= 250 && g >= 250 && b >= 250;
}

/* The light style's first series colour, GNOME blue 4 */
static gboolean
is_bar (const Image *image,
        int          x,
        int          y)
{
  static const ScChartColor blue = { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, 1 };

  return is_color (image, x, y, blue);
}

/* Ink of the light style's text: black at 80 %, nearly grey-free */
static gboolean
is_dark_text (const Image *image,
              int          x,
              int          y)
{
  int r, g, b;

  rgb_at (image, x, y, &r, &g, &b);

  return r < 128 && g < 128 && b < 128;
}

/* The track: the light style's grid colour on white */
static gboolean
is_track (const Image *image,
          int          x,
          int          y)
{
  int r, g, b;

  rgb_at (image, x, y, &r, &g, &b);

  return abs (r - 224) <= 6 && r == g && g == b;
}

static gboolean
any_pixel (const Image *image,
           int          x,
           int          y)
{
  return TRUE;
}

static int
count_in_box (const Image      *image,
              const ScChartBox *box,
              gboolean        (*test) (const Image *, int, int))
{
  int left = MAX (0, (int) floor (box->x));
  int right = MIN (image->width, (int) ceil (box->x + box->width));
  int top = MAX (0, (int) floor (box->y));
  int bottom = MIN (image->height, (int) ceil (box->y + box->height));
  int count = 0;

  for (int y = top; y < bottom; y++)
    for (int x = left; x < right; x++)
      if (test (image, x, y))
        count++;

  return count;
}

/* The bars' colour runs, one per horizontal band of rows that holds it:
 * each band's left and right end.
 */
static GArray *
find_bars (const Image  *image,
           ScChartColor  color)
{
  GArray *bars = g_array_new (FALSE, FALSE, sizeof (ScChartBox));
  gboolean in_band = FALSE;

  for (int y = 0; y < image->height; y++)
    {
      int left = -1;
      int right = -1;

      for (int x = 0; x < image->width; x++)
        if (is_color (image, x, y, color))
          {
            if (left < 0)
              left = x;
            right = x;
          }

      if (left < 0)
        {
          in_band = FALSE;
          continue;
        }

      if (!in_band)
        {
          ScChartBox band = { left, y, right - left + 1, 1 };

          g_array_append_val (bars, band);
          in_band = TRUE;
        }
      else
        {
          ScChartBox *band = &g_array_index (bars, ScChartBox, bars->len - 1);
          double band_right = MAX (band->x + band->width, right + 1);

          band->x = MIN (band->x, left);
          band->width = band_right - band->x;
          band->height++;
        }
    }

  return bars;
}

static void
test_series_basics (void)
{
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_BARS, "Quiz scores", 100);
  ScChartSeries *again;

  sc_chart_series_add (series, "Pricing", 75, "75 %");
  sc_chart_series_add (series, "Shipping", 12.5, NULL);
  sc_chart_series_add_missing (series, "Taxes", "No quiz yet");
  sc_chart_series_add_missing (series, "Returns", NULL);

  g_assert_cmpint (sc_chart_series_get_kind (series), ==, SC_CHART_BARS);
  g_assert_cmpstr (sc_chart_series_get_title (series), ==, "Quiz scores");
  g_assert_cmpuint (sc_chart_series_get_n_points (series), ==, 4);
  g_assert_cmpstr (sc_chart_series_get_label (series, 0), ==, "Pricing");
  g_assert_cmpfloat (sc_chart_series_get_value (series, 0), ==, 75);
  g_assert_cmpstr (sc_chart_series_get_value_text (series, 0), ==, "75 %");
  g_assert_cmpstr (sc_chart_series_get_value_text (series, 1), ==, "12.5");
  g_assert_cmpfloat (sc_chart_series_get_value (series, 2), ==, -1);
  g_assert_cmpstr (sc_chart_series_get_value_text (series, 2), ==, "No quiz yet");
  g_assert_cmpstr (sc_chart_series_get_value_text (series, 3), ==, "—");
  g_assert_cmpfloat (sc_chart_series_get_max (series), ==, 100);

  again = sc_chart_series_ref (series);
  g_assert_true (again == series);
  sc_chart_series_unref (again);
  g_assert_true (G_TYPE_IS_BOXED (SC_TYPE_CHART_SERIES));
}

static void
test_series_bad_arguments (void)
{
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_BARS, "Scores", 0);
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1);
  cairo_t *cr = scratch_context ();

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*value >= 0*");
  sc_chart_series_add (series, "Below zero", -1, NULL);
  g_test_assert_expected_messages ();

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*value >= 0*");
  sc_chart_series_add (series, "Not a number", NAN, NULL);
  g_test_assert_expected_messages ();

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*isfinite*");
  sc_chart_series_add (series, "Infinite", INFINITY, NULL);
  g_test_assert_expected_messages ();

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*self != NULL*");
  sc_chart_series_add (NULL, "No series", 1, NULL);
  g_test_assert_expected_messages ();

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*series != NULL*");
  sc_chart_draw (cr, NULL, style, 100, 100);
  g_test_assert_expected_messages ();

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*index < *");
  g_assert_cmpfloat (sc_chart_series_get_value (series, 5), ==, -1);
  g_test_assert_expected_messages ();

  /* Nothing was added, and a series with nothing still draws */
  g_assert_cmpuint (sc_chart_series_get_n_points (series), ==, 0);
  sc_chart_draw (cr, series, style, 100, 100);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

static double
automatic_max (const double *values,
               guint         n_values)
{
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_COLUMNS, "Minutes", 0);

  for (guint i = 0; i < n_values; i++)
    sc_chart_series_add (series, "day", values[i], NULL);

  return sc_chart_series_get_max (series);
}

/* The rule: the smallest of 1, 2, 2.5 or 5 times a power of ten that is at
 * least the largest value.
 */
static void
test_max_nice_ceiling (void)
{
  const double three_seven[] = { 3, 7 };
  const double tenths[] = { 0.3 };
  const double hundred_twenty[] = { 120 };
  const double exact[] = { 100, 40 };
  const double quarter[] = { 2.1 };
  const double small[] = { 0.021 };
  const double zeros[] = { 0, 0 };
  g_autoptr(ScChartSeries) fixed = sc_chart_series_new (SC_CHART_BARS, "Scores", 100);

  g_assert_cmpfloat_with_epsilon (automatic_max (three_seven, 2), 10, 1e-12);
  g_assert_cmpfloat_with_epsilon (automatic_max (tenths, 1), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (automatic_max (hundred_twenty, 1), 200, 1e-12);
  g_assert_cmpfloat_with_epsilon (automatic_max (exact, 2), 100, 1e-12);
  g_assert_cmpfloat_with_epsilon (automatic_max (quarter, 1), 2.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (automatic_max (small, 1), 0.025, 1e-12);
  g_assert_cmpfloat (automatic_max (zeros, 2), ==, 0);
  g_assert_cmpfloat (automatic_max (NULL, 0), ==, 0);

  /* A fixed top stays, even under a value above it */
  sc_chart_series_add (fixed, "Bonus", 130, "130 %");
  g_assert_cmpfloat (sc_chart_series_get_max (fixed), ==, 100);
}

static void
test_bars_proportional (void)
{
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_BARS, "Scores", 100);
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1);
  ScChartColor blue = sc_chart_style_series (style, 0);
  g_auto(Image) image = { 0 };
  g_autoptr(GArray) bars = NULL;
  double quarter, half, full;

  sc_chart_series_add (series, "Products", 25, "25 %");
  sc_chart_series_add (series, "Pricing", 50, "50 %");
  sc_chart_series_add (series, "Orders", 100, "100 %");
  draw_image (&image, series, style, WIDTH);

  bars = find_bars (&image, blue);
  g_assert_cmpuint (bars->len, ==, 3);
  quarter = g_array_index (bars, ScChartBox, 0).width;
  half = g_array_index (bars, ScChartBox, 1).width;
  full = g_array_index (bars, ScChartBox, 2).width;

  /* All start at the same place, after the labels */
  g_assert_cmpfloat (g_array_index (bars, ScChartBox, 0).x,
                     ==, g_array_index (bars, ScChartBox, 2).x);
  g_assert_cmpfloat (fabs (half - full / 2), <=, 2);
  g_assert_cmpfloat (fabs (quarter - full / 4), <=, 2);
  g_assert_cmpfloat (full, >, WIDTH / 3);

  /* Never colour alone: "25 %" after its bar in the text colour, "100 %"
   * inside the full bar's end in white.
   */
  {
    const ScChartBox *q = &g_array_index (bars, ScChartBox, 0);
    const ScChartBox *f = &g_array_index (bars, ScChartBox, 2);
    ScChartBox after = { q->x + q->width, q->y, 80, q->height };
    /* Away from the rounded corners, which leave white of their own */
    ScChartBox inside = { f->x + f->width - 80, f->y + f->height / 4, 76, f->height / 2 };

    g_assert_cmpint (count_in_box (&image, &after, is_dark_text), >, 10);
    g_assert_cmpint (count_in_box (&image, &inside, is_background), >, 10);
  }
}

static void
test_bars_zero_and_missing (void)
{
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_BARS, "Scores", 100);
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1);
  ScChartColor blue = sc_chart_style_series (style, 0);
  g_auto(Image) image = { 0 };
  g_autoptr(GArray) bars = NULL;
  cairo_t *cr = scratch_context ();
  ScChartBox zero, missing, over, far_half;

  sc_chart_series_add (series, "Products", 0, "0 %");
  sc_chart_series_add_missing (series, "Pricing", "No quiz yet");
  sc_chart_series_add (series, "Orders", 130, "130 %");
  draw_image (&image, series, style, WIDTH);

  g_assert_true (sc_chart_bars_track (cr, series, style, WIDTH, 0, &zero));
  g_assert_true (sc_chart_bars_track (cr, series, style, WIDTH, 1, &missing));
  g_assert_true (sc_chart_bars_track (cr, series, style, WIDTH, 2, &over));
  cairo_destroy (cr);

  /* Only the 130 % row has a bar, clamped to the full track */
  bars = find_bars (&image, blue);
  g_assert_cmpuint (bars->len, ==, 1);
  g_assert_cmpfloat (fabs (g_array_index (bars, ScChartBox, 0).y - over.y), <=, 1);
  g_assert_cmpfloat (fabs (g_array_index (bars, ScChartBox, 0).width - over.width), <=, 2);
  g_assert_cmpint (count_in_box (&image, &zero, is_bar), ==, 0);

  /* 0 % shows its empty track and its text; the missing point only its text */
  g_assert_cmpint (count_in_box (&image, &zero, is_dark_text), >, 10);
  far_half = (ScChartBox) { zero.x + zero.width / 2, zero.y, zero.width / 2, zero.height };
  g_assert_cmpint (count_in_box (&image, &far_half, is_track), >, far_half.width * 4);

  g_assert_cmpint (count_in_box (&image, &missing, is_dark_text), >, 10);
  far_half = (ScChartBox) {
    missing.x + missing.width / 2, missing.y, missing.width / 2, missing.height
  };
  g_assert_cmpint (count_in_box (&image, &far_half, is_track), ==, 0);
  g_assert_cmpint (count_in_box (&image, &far_half, is_background),
                   ==, count_in_box (&image, &far_half, any_pixel));
}

static void
test_bars_height (void)
{
  g_autoptr(ScChartSeries) three = sc_chart_series_new (SC_CHART_BARS, "Scores", 100);
  g_autoptr(ScChartSeries) six = sc_chart_series_new (SC_CHART_BARS, "Scores", 100);
  g_autoptr(ScChartStyle) normal = sc_chart_style_new (FALSE, 1);
  g_autoptr(ScChartStyle) projector = sc_chart_style_new (FALSE, 1.5);
  double h3, h6;

  for (guint i = 0; i < 6; i++)
    {
      if (i < 3)
        sc_chart_series_add (three, "Module", 10 * i, NULL);
      sc_chart_series_add (six, "Module", 10 * i, NULL);
    }

  h3 = sc_chart_get_height (three, normal, WIDTH);
  h6 = sc_chart_get_height (six, normal, WIDTH);
  g_assert_cmpfloat (h6, >, h3);
  /* A row is about two lines of 10 pt text: 20 to 40 px */
  g_assert_cmpfloat ((h6 - h3) / 3, >=, 20);
  g_assert_cmpfloat ((h6 - h3) / 3, <=, 40);

  g_assert_cmpfloat (fabs (sc_chart_get_height (three, projector, WIDTH) - 1.5 * h3), <=, 2);
}

static void
test_columns_height (void)
{
  g_autoptr(ScChartSeries) week = sc_chart_series_new (SC_CHART_COLUMNS, "Minutes", 0);
  g_autoptr(ScChartSeries) month = sc_chart_series_new (SC_CHART_COLUMNS, "Minutes", 0);
  g_autoptr(ScChartStyle) normal = sc_chart_style_new (FALSE, 1);
  g_autoptr(ScChartStyle) projector = sc_chart_style_new (FALSE, 2);
  double height;

  for (guint i = 0; i < 30; i++)
    {
      if (i < 7)
        sc_chart_series_add (week, "day", i, NULL);
      sc_chart_series_add (month, "day", i, NULL);
    }

  height = sc_chart_get_height (week, normal, WIDTH);
  g_assert_cmpfloat (height, ==, sc_chart_get_height (month, normal, WIDTH));
  g_assert_cmpfloat (height, >=, 150);
  g_assert_cmpfloat (fabs (sc_chart_get_height (week, projector, WIDTH) - 2 * height), <=, 2);
}

static void
test_bars_long_label (void)
{
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_BARS, "Scores", 100);
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1);
  g_auto(Image) image = { 0 };
  cairo_t *cr = scratch_context ();
  ScChartBox track, label_column, gap;
  int column_end = (int) ceil (WIDTH * 0.4);

  sc_chart_series_add (series,
                       "Writing product descriptions that sell, with photographs and "
                       "search-friendly titles, for three marketplaces",
                       60, "60 %");
  sc_chart_series_add (series, "Taxes", 80, "80 %");
  draw_image (&image, series, style, WIDTH);
  g_assert_true (sc_chart_bars_track (cr, series, style, WIDTH, 0, &track));
  cairo_destroy (cr);

  /* The label is cut within its 40 % column, and the bars start right after */
  g_assert_cmpfloat (track.x, >, column_end);
  g_assert_cmpfloat (track.x, <, column_end + 30);

  label_column = (ScChartBox) { 0, 0, column_end, image.height };
  g_assert_cmpint (count_in_box (&image, &label_column, is_dark_text), >, 100);

  gap = (ScChartBox) { column_end, 0, floor (track.x) - 1 - column_end, image.height };
  g_assert_cmpint (count_in_box (&image, &gap, is_background),
                   ==, count_in_box (&image, &gap, any_pixel));
}

static void
test_columns_grid_steps (void)
{
  const struct { double top; double step; } cases[] = {
    { 100, 25 }, { 10, 2.5 }, { 50, 10 }, { 1, 0.25 }, { 2, 0.5 }, { 2.5, 0.5 },
    { 200, 50 }, { 0.5, 0.1 }, { 37, 10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double step = sc_chart_columns_step (cases[i].top);
      double lines = floor (cases[i].top / step + 1e-6);

      g_test_message ("top %g", cases[i].top);
      g_assert_cmpfloat_with_epsilon (step, cases[i].step, 1e-9);
      g_assert_cmpfloat (lines, >=, 3);
      g_assert_cmpfloat (lines, <=, 5);
    }
}

static void
test_columns_proportional (void)
{
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_COLUMNS, "Scores", 100);
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1);
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (ScChartBox));
  g_auto(Image) image = { 0 };
  gboolean in_column = FALSE;

  sc_chart_series_add (series, "Mon", 25, "25 %");
  sc_chart_series_add (series, "Tue", 50, "50 %");
  sc_chart_series_add (series, "Wed", 100, "100 %");
  draw_image (&image, series, style, WIDTH);

  /* Each run of x with blue in it is a column, from its top to the axis */
  for (int x = 0; x < image.width; x++)
    {
      int top = -1;
      int bottom = -1;

      for (int y = 0; y < image.height; y++)
        if (is_bar (&image, x, y))
          {
            if (top < 0)
              top = y;
            bottom = y;
          }

      if (top < 0)
        {
          in_column = FALSE;
          continue;
        }

      if (!in_column)
        {
          ScChartBox column = { x, top, 1, bottom - top + 1 };

          g_array_append_val (columns, column);
          in_column = TRUE;
        }
      else
        {
          ScChartBox *column = &g_array_index (columns, ScChartBox, columns->len - 1);
          double column_bottom = MAX (column->y + column->height, bottom + 1);

          column->y = MIN (column->y, top);
          column->height = column_bottom - column->y;
          column->width++;
        }
    }

  g_assert_cmpuint (columns->len, ==, 3);
  {
    double quarter = g_array_index (columns, ScChartBox, 0).height;
    double half = g_array_index (columns, ScChartBox, 1).height;
    double full = g_array_index (columns, ScChartBox, 2).height;

    g_assert_cmpfloat (fabs (half - full / 2), <=, 2);
    g_assert_cmpfloat (fabs (quarter - full / 4), <=, 2);
    g_assert_cmpfloat (full, >, image.height / 2);
  }

  /* Each column's value is written just above it */
  for (guint i = 0; i < columns->len; i++)
    {
      const ScChartBox *column = &g_array_index (columns, ScChartBox, i);
      ScChartBox above = { column->x - 10, column->y - 24, column->width + 20, 23 };

      g_assert_cmpint (count_in_box (&image, &above, is_dark_text), >, 10);
    }
}

static void
test_columns_month_labels (void)
{
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_COLUMNS, "Minutes", 0);
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1);
  g_autoptr(GArray) labels = NULL;
  g_auto(Image) image = { 0 };
  cairo_t *cr = scratch_context ();
  const ScChartLabelBox *first, *last;

  for (guint day = 1; day <= 30; day++)
    {
      g_autofree char *label = g_strdup_printf ("Mar %u", day);

      sc_chart_series_add (series, label, (day * 7) % 45, NULL);
    }
  draw_image (&image, series, style, WIDTH);
  labels = sc_chart_columns_x_labels (cr, series, style, image.width, image.height);
  cairo_destroy (cr);

  g_assert_cmpuint (labels->len, >=, 2);
  g_assert_cmpuint (labels->len, <, 30);
  first = &g_array_index (labels, ScChartLabelBox, 0);
  last = &g_array_index (labels, ScChartLabelBox, labels->len - 1);
  g_assert_cmpuint (last->index, ==, 29);
  g_assert_cmpfloat (first->box.x, >=, 0);
  g_assert_cmpfloat (last->box.x + last->box.width, <=, image.width);

  for (guint i = 0; i < labels->len; i++)
    {
      const ScChartLabelBox *label = &g_array_index (labels, ScChartLabelBox, i);

      /* Each listed label is really drawn where listed, apart from the next */
      g_assert_cmpint (count_in_box (&image, &label->box, is_dark_text), >, 10);
      if (i + 1 < labels->len)
        g_assert_cmpfloat (label->box.x + label->box.width,
                           <, g_array_index (labels, ScChartLabelBox, i + 1).box.x);
    }

  /* and no other label is drawn between them */
  for (guint i = 0; i + 1 < labels->len; i++)
    {
      const ScChartLabelBox *label = &g_array_index (labels, ScChartLabelBox, i);
      const ScChartLabelBox *next = &g_array_index (labels, ScChartLabelBox, i + 1);
      ScChartBox between = {
        ceil (label->box.x + label->box.width) + 1, label->box.y,
        floor (next->box.x) - 1 - ceil (label->box.x + label->box.width) - 1, label->box.height
      };

      g_assert_cmpint (count_in_box (&image, &between, is_dark_text), ==, 0);
    }
}

static void
test_columns_week_labels (void)
{
  const char *days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  g_autoptr(ScChartSeries) series = sc_chart_series_new (SC_CHART_COLUMNS, "Minutes", 0);
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1.5);
  g_autoptr(GArray) labels = NULL;
  cairo_t *cr = scratch_context ();

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    sc_chart_series_add (series, days[i], 5 * i, NULL);
  labels = sc_chart_columns_x_labels (cr, series, style, WIDTH,
                                      sc_chart_get_height (series, style, WIDTH));
  cairo_destroy (cr);

  g_assert_cmpuint (labels->len, ==, 7);
}

static void
test_empty (void)
{
  ScChartKind kinds[] = { SC_CHART_BARS, SC_CHART_COLUMNS };
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(ScChartSeries) series = sc_chart_series_new (kinds[i], "Scores", 0);
      g_auto(Image) image = { 0 };
      ScChartBox middle, above, below;

      g_assert_cmpfloat (sc_chart_series_get_max (series), ==, 0);
      draw_image (&image, series, style, WIDTH);
      g_assert_cmpint (image.height, >, 30);

      /* "No data yet" in the middle, and nothing else: no axis, no track */
      middle = (ScChartBox) { WIDTH / 4, image.height / 2 - 10, WIDTH / 2, 20 };
      above = (ScChartBox) { 0, 0, WIDTH, image.height / 2 - 12 };
      below = (ScChartBox) { 0, image.height / 2 + 12, WIDTH, image.height / 2 - 12 };
      g_assert_cmpint (count_in_box (&image, &middle, is_dark_text), >, 20);
      g_assert_cmpint (count_in_box (&image, &above, is_background),
                       ==, count_in_box (&image, &above, any_pixel));
      g_assert_cmpint (count_in_box (&image, &below, is_background),
                       ==, count_in_box (&image, &below, any_pixel));
    }
}

static ScChartSeries *
sample_series (ScChartKind kind)
{
  ScChartSeries *series = sc_chart_series_new (kind, "Scores", kind == SC_CHART_BARS ? 100 : 0);

  sc_chart_series_add (series, "Products", 80, "80 %");
  sc_chart_series_add (series, "Pricing", 35, "35 %");
  sc_chart_series_add_missing (series, "Orders", "No quiz yet");

  return series;
}

/* Whether rows @from … @to of @surface hold anything but its top-left
 * pixel's colour (the background). */
static gboolean
band_has_ink (cairo_surface_t *surface,
              int              from,
              int              to)
{
  const guchar *data;
  int stride;
  guint32 background;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  background = *(const guint32 *) data;
  for (int y = from; y < to; y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (*(const guint32 *) (data + y * stride + 4 * x) != background)
        return TRUE;

  return FALSE;
}

static void
test_export_png (void)
{
  ScChartKind kinds[] = { SC_CHART_BARS, SC_CHART_COLUMNS };
  g_autoptr(ScChartStyle) style = sc_chart_style_new (TRUE, 1.5);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-chart-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(ScChartSeries) series = sample_series (kinds[i]);
      g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
      cairo_surface_t *png;
      int extra;

      g_assert_true (sc_chart_write_png (series, style, 480, path, &error));
      g_assert_no_error (error);

      png = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, 480);
      g_assert_cmpint (cairo_image_surface_get_height (png),
                       ==, (int) ceil (sc_chart_get_export_height (series, style, 480)));
      /* Its title above the chart: the band the chart leaves at the top
       * holds text, a picture that stands alone in a report. */
      extra = cairo_image_surface_get_height (png) - (int) sc_chart_get_height (series, style, 480);
      g_assert_cmpint (extra, >, 30);
      g_assert_true (band_has_ink (png, 0, extra / 2));
      cairo_surface_destroy (png);
      g_assert_cmpint (g_remove (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_export_svg (void)
{
  g_autoptr(ScChartSeries) series = sample_series (SC_CHART_COLUMNS);
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-chart-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (sc_chart_write_svg (series, style, 500, path, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "width=\"500"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_export_unwritable (void)
{
  g_autoptr(ScChartSeries) series = sample_series (SC_CHART_BARS);
  g_autoptr(ScChartStyle) style = sc_chart_style_new (FALSE, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-chart-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "missing", "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "missing", "chart.svg", NULL);

  g_assert_no_error (error);

  g_assert_false (sc_chart_write_png (series, style, 400, png, &error));
  g_assert_true (error != NULL && error->domain == G_IO_ERROR);
  g_assert_nonnull (strstr (error->message, png));
  g_clear_error (&error);

  g_assert_false (sc_chart_write_svg (series, style, 400, svg, &error));
  g_assert_true (error != NULL && error->domain == G_IO_ERROR);
  g_assert_nonnull (strstr (error->message, svg));
  g_clear_error (&error);

  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/series/basics", test_series_basics);
  g_test_add_func ("/chart/series/bad-arguments", test_series_bad_arguments);
  g_test_add_func ("/chart/series/nice-ceiling", test_max_nice_ceiling);
  g_test_add_func ("/chart/bars/proportional", test_bars_proportional);
  g_test_add_func ("/chart/bars/zero-and-missing", test_bars_zero_and_missing);
  g_test_add_func ("/chart/bars/height", test_bars_height);
  g_test_add_func ("/chart/bars/long-label", test_bars_long_label);
  g_test_add_func ("/chart/columns/height", test_columns_height);
  g_test_add_func ("/chart/columns/grid-steps", test_columns_grid_steps);
  g_test_add_func ("/chart/columns/proportional", test_columns_proportional);
  g_test_add_func ("/chart/columns/month-labels", test_columns_month_labels);
  g_test_add_func ("/chart/columns/week-labels", test_columns_week_labels);
  g_test_add_func ("/chart/empty", test_empty);
  g_test_add_func ("/chart/export/png", test_export_png);
  g_test_add_func ("/chart/export/svg", test_export_svg);
  g_test_add_func ("/chart/export/unwritable", test_export_unwritable);

  return g_test_run ();
}
