/* sc-chart-columns.c - a series over time as columns on a grid of round values
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grid's tick labels make the columns readable without colour; the
 * value above each column is added when it fits, and the x labels thin out
 * (every 2nd, every 7th, ...) rather than overlap on a month of days.
 */
#include <math.h>

#include "sc-chart-private.h"

/* Twelve lines: room for five grid steps that a projector still shows
 * apart, the values above the columns and the x labels under them.
 */
#define COLUMNS_HEIGHT_LINES 12

typedef struct
{
  double top;           /* the scale's top */
  double step;          /* between grid lines */
  double plot_x;
  double plot_y;
  double plot_width;
  double plot_height;
  double slot;          /* width per point */
  double column_width;
} ColumnsGeometry;

double
sc_chart_columns_height (const ScChartStyle *style)
{
  return COLUMNS_HEIGHT_LINES * sc_chart_line_height (style);
}

static gboolean
is_whole (double value)
{
  return fabs (value - round (value)) < 1e-6;
}

/**
 * sc_chart_columns_step:
 * @top: the scale's top
 *
 * Returns: the distance between grid lines: a step of 1, 2, 2.5 or 5 times a
 *   power of ten that gives 3 to 5 lines above the axis, the largest such
 *   step that divides @top so the top line is a tick (100 → 25, 10 → 2.5,
 *   50 → 10), else the largest that gives 3 to 5 lines below @top
 */
double
sc_chart_columns_step (double top)
{
  static const double mantissas[] = { 5, 2.5, 2, 1 };
  int exponent;

  g_return_val_if_fail (top > 0 && isfinite (top), 1);

  exponent = (int) floor (log10 (top));

  for (int pass = 0; pass < 2; pass++)
    for (int e = exponent + 1; e >= exponent - 2; e--)
      for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
        {
          double step = mantissas[i] * pow (10, e);
          double count = top / step;
          double lines = floor (count + 1e-6);

          if (lines < 3 || lines > 5)
            continue;
          if (pass == 0 && !is_whole (count))
            continue;

          return step;
        }

  return top / 4;
}

static char *
format_tick (double value)
{
  /* %g drops the 0.30000000000000004 that k × 0.1 leaves */
  return g_strdup_printf ("%g", value);
}

static void
columns_geometry (ScChartText         *text,
                  const ScChartSeries *series,
                  double               width,
                  double               height,
                  ColumnsGeometry     *geometry)
{
  guint n_points = sc_chart_series_get_n_points (series);
  double tick_width = 0;
  double plot_bottom;

  geometry->top = sc_chart_scale_top (series);
  geometry->step = sc_chart_columns_step (geometry->top);

  for (int k = 0; k * geometry->step <= geometry->top * (1 + 1e-9); k++)
    {
      g_autofree char *tick = format_tick (k * geometry->step);
      g_autoptr(PangoLayout) layout = sc_chart_text_layout (text, tick, -1);
      double w;

      sc_chart_text_size (layout, &w, NULL);
      tick_width = MAX (tick_width, w);
    }

  geometry->plot_x = ceil (text->pad + tick_width + text->gap);
  /* The top value's text stands a line above the plot */
  geometry->plot_y = text->pad + text->line;
  plot_bottom = height - text->pad - text->line - text->gap / 2;
  geometry->plot_height = MAX (0, plot_bottom - geometry->plot_y);
  geometry->plot_width = MAX (0, width - text->pad - geometry->plot_x);
  geometry->slot = n_points > 0 ? geometry->plot_width / n_points : geometry->plot_width;
  geometry->column_width = MIN (geometry->slot * 0.7, 2.5 * text->line);
}

static double
plot_bottom (const ColumnsGeometry *geometry)
{
  return geometry->plot_y + geometry->plot_height;
}

static double
column_center (const ColumnsGeometry *geometry,
               guint                  index)
{
  return geometry->plot_x + (index + 0.5) * geometry->slot;
}

/* The labels shown at one in every @step points, counted back from the
 * last so the latest day is always named, or %NULL when two would overlap.
 */
static GArray *
x_labels_at_step (ScChartText           *text,
                  const ColumnsGeometry *geometry,
                  const double          *widths,
                  double                 label_height,
                  guint                  n_points,
                  guint                  step,
                  double                 right)
{
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (ScChartLabelBox));
  double left = geometry->plot_x - text->gap / 2;

  for (guint i = (n_points - 1) % step; i < n_points; i += step)
    {
      ScChartLabelBox label = { i, { 0, plot_bottom (geometry) + text->gap / 2,
                                     widths[i], label_height } };

      label.box.x = column_center (geometry, i) - widths[i] / 2;
      label.box.x = MAX (left, MIN (label.box.x, right - widths[i]));

      if (labels->len > 0)
        {
          const ScChartLabelBox *previous = &g_array_index (labels, ScChartLabelBox,
                                                            labels->len - 1);

          if (label.box.x < previous->box.x + previous->box.width + text->gap)
            return NULL;
        }

      g_array_append_val (labels, label);
    }

  return g_steal_pointer (&labels);
}

static GArray *
x_labels (ScChartText           *text,
          const ScChartSeries   *series,
          const ColumnsGeometry *geometry,
          double                 width)
{
  guint n_points = sc_chart_series_get_n_points (series);
  g_autofree double *widths = g_new0 (double, MAX (1, n_points));
  double label_height = text->line;
  GArray *labels = NULL;

  for (guint i = 0; i < n_points; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;

      layout = sc_chart_text_layout (text, sc_chart_series_get_label (series, i),
                                     geometry->plot_width);
      sc_chart_text_size (layout, &widths[i], &label_height);
    }

  /* Every day, every other day, every week, then every 2, 4, … weeks;
   * a step past the last point leaves the last label alone, which fits.
   */
  for (guint step = 1; labels == NULL; step = step == 1 ? 2 : step == 2 ? 7 : step * 2)
    labels = x_labels_at_step (text, geometry, widths, label_height, n_points, step,
                               width - text->pad);

  return labels;
}

static void
draw_grid (cairo_t               *cr,
           ScChartText           *text,
           const ColumnsGeometry *geometry)
{
  const ScChartStyle *style = text->style;
  double line_width = MAX (1, round (style->scale));

  cairo_set_line_width (cr, line_width);

  for (int k = 0; k * geometry->step <= geometry->top * (1 + 1e-9); k++)
    {
      g_autofree char *tick = format_tick (k * geometry->step);
      g_autoptr(PangoLayout) layout = sc_chart_text_layout (text, tick, -1);
      double share = k * geometry->step / geometry->top;
      double y = plot_bottom (geometry) - geometry->plot_height * share;
      double tick_width;
      double tick_height;

      /* On the pixel grid at scale 1, so a 1 px line is not smeared over two */
      y = round (y) + (fmod (line_width, 2) == 1 ? 0.5 : 0);
      cairo_move_to (cr, geometry->plot_x, y);
      cairo_line_to (cr, geometry->plot_x + geometry->plot_width, y);
      sc_chart_set_color (cr, style->grid);
      cairo_stroke (cr);

      sc_chart_text_size (layout, &tick_width, &tick_height);
      sc_chart_text_show (cr, layout,
                          geometry->plot_x - text->gap - tick_width,
                          y - tick_height / 2,
                          style->foreground);
    }
}

/* The values above the columns are written for all of them or for none:
 * a few numbers among bare columns read as if the others had none. They
 * are left out only when one is wider than its column's slot; the grid's
 * ticks still give the values, and the table twin has every one. A missing
 * point's text is written whenever it fits, so it is told apart from 0.
 */
static gboolean
values_fit_slots (ScChartText           *text,
                  const ScChartSeries   *series,
                  const ColumnsGeometry *geometry)
{
  guint n_points = sc_chart_series_get_n_points (series);

  for (guint i = 0; i < n_points; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double text_width;

      if (sc_chart_series_get_value (series, i) < 0)
        continue;

      layout = sc_chart_text_layout (text, sc_chart_series_get_value_text (series, i), -1);
      sc_chart_text_size (layout, &text_width, NULL);
      if (text_width > geometry->slot - text->gap / 2)
        return FALSE;
    }

  return TRUE;
}

void
sc_chart_columns_draw (cairo_t             *cr,
                       const ScChartSeries *series,
                       const ScChartStyle  *style,
                       double               width,
                       double               height)
{
  ScChartColor column_color = sc_chart_style_series (style, 0);
  guint n_points = sc_chart_series_get_n_points (series);
  g_autoptr(GArray) labels = NULL;
  ColumnsGeometry geometry;
  ScChartText text;
  gboolean values_fit;

  sc_chart_text_init (&text, cr, style);
  columns_geometry (&text, series, width, height, &geometry);
  draw_grid (cr, &text, &geometry);
  values_fit = values_fit_slots (&text, series, &geometry);

  for (guint i = 0; i < n_points; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double value = sc_chart_series_get_value (series, i);
      double center = column_center (&geometry, i);
      double column_height = 0;
      double text_width;
      double text_height;

      if (value > 0)
        {
          ScChartBox column;

          column_height = geometry.plot_height * MIN (value, geometry.top) / geometry.top;
          column = (ScChartBox) {
            center - geometry.column_width / 2, plot_bottom (&geometry) - column_height,
            geometry.column_width, column_height
          };
          sc_chart_rounded_box (cr, &column, geometry.column_width / 5, FALSE);
          sc_chart_set_color (cr, column_color);
          cairo_fill (cr);
        }

      layout = sc_chart_text_layout (&text, sc_chart_series_get_value_text (series, i), -1);
      sc_chart_text_size (layout, &text_width, &text_height);
      if (value >= 0 ? !values_fit : text_width > geometry.slot - text.gap / 2)
        continue;

      sc_chart_text_show (cr, layout,
                          MAX (0, MIN (center - text_width / 2, width - text_width)),
                          plot_bottom (&geometry) - column_height - text.gap / 2 - text_height,
                          style->foreground);
    }

  labels = x_labels (&text, series, &geometry, width);
  for (guint i = 0; i < labels->len; i++)
    {
      const ScChartLabelBox *label = &g_array_index (labels, ScChartLabelBox, i);
      g_autoptr(PangoLayout) layout = NULL;

      layout = sc_chart_text_layout (&text, sc_chart_series_get_label (series, label->index),
                                     geometry.plot_width);
      sc_chart_text_show (cr, layout, label->box.x, label->box.y, style->foreground);
    }

  sc_chart_text_clear (&text);
}

/**
 * sc_chart_columns_x_labels:
 *
 * For tests: which x labels the columns chart draws, and where.
 *
 * Returns: (transfer full): an array of #ScChartLabelBox, by index
 */
GArray *
sc_chart_columns_x_labels (cairo_t             *cr,
                           const ScChartSeries *series,
                           const ScChartStyle  *style,
                           double               width,
                           double               height)
{
  ColumnsGeometry geometry;
  ScChartText text;
  GArray *labels;

  g_return_val_if_fail (sc_chart_series_get_n_points (series) > 0, NULL);

  sc_chart_text_init (&text, cr, style);
  columns_geometry (&text, series, width, height, &geometry);
  labels = x_labels (&text, series, &geometry, width);
  sc_chart_text_clear (&text);

  return labels;
}
