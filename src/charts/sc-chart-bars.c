/* sc-chart-bars.c - a series as horizontal bars: label, bar on its track, value
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row is read without the colour: the label names it, the value text
 * says it, and the faint track shows the whole scale so an empty track
 * (0 %) is told apart from a point with no value (no track, only its text).
 */
#include <math.h>

#include "sc-chart-private.h"

/* Labels never take more of the width than this, so long module names
 * leave the bars room to differ.
 */
#define LABEL_COLUMN_SHARE 0.4

typedef struct
{
  double label_width;
  double track_x;
  double track_width;
  double row_height;
  double bar_height;
} BarsGeometry;

double
sc_chart_bars_height (const ScChartSeries *series,
                      const ScChartStyle  *style)
{
  double line = sc_chart_line_height (style);
  guint n_rows = MAX (1, sc_chart_series_get_n_points (series));

  return line + n_rows * 2 * line;
}

static void
bars_geometry (ScChartText         *text,
               const ScChartSeries *series,
               double               width,
               BarsGeometry        *geometry)
{
  guint n_points = sc_chart_series_get_n_points (series);
  double widest = 0;
  double label_column;

  for (guint i = 0; i < n_points; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double label_width;

      layout = sc_chart_text_layout (text, sc_chart_series_get_label (series, i), -1);
      sc_chart_text_size (layout, &label_width, NULL);
      widest = MAX (widest, label_width);
    }

  label_column = MAX (0, width * LABEL_COLUMN_SHARE - text->pad);
  geometry->label_width = ceil (MIN (widest, label_column));
  geometry->track_x = text->pad + geometry->label_width;
  if (geometry->label_width > 0)
    geometry->track_x += text->gap;
  geometry->track_width = MAX (0, width - text->pad - geometry->track_x);
  geometry->row_height = 2 * text->line;
  geometry->bar_height = text->line;
}

static double
row_center (const ScChartText *text,
            const BarsGeometry *geometry,
            guint               index)
{
  return text->pad + (index + 0.5) * geometry->row_height;
}

static double
relative_luminance (ScChartColor color)
{
  double channels[3] = { color.red, color.green, color.blue };

  for (guint i = 0; i < 3; i++)
    channels[i] = channels[i] <= 0.04045
                  ? channels[i] / 12.92
                  : pow ((channels[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

/* White or near-black, whichever contrasts more with the bar (WCAG's
 * ratio): the light palette's blue takes white, the dark palette's black.
 */
static ScChartColor
text_on (ScChartColor bar)
{
  static const ScChartColor white = { 1, 1, 1, 1 };
  static const ScChartColor black = { 0, 0, 0, 0.87 };
  double luminance = relative_luminance (bar);

  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? white : black;
}

static void
draw_value (cairo_t             *cr,
            ScChartText         *text,
            const BarsGeometry  *geometry,
            double               width,
            double               center,
            double               bar_length,
            ScChartColor         bar,
            const char          *value_text)
{
  g_autoptr(PangoLayout) layout = NULL;
  double space = text->gap * 0.6;
  double right = width - text->pad;
  double text_width;
  double text_height;
  double after;

  layout = sc_chart_text_layout (text, value_text, -1);
  sc_chart_text_size (layout, &text_width, &text_height);
  after = geometry->track_x + bar_length + space;

  if (after + text_width <= right)
    {
      sc_chart_text_show (cr, layout, after, center - text_height / 2, text->style->foreground);
    }
  else if (bar_length >= text_width + 2 * space)
    {
      sc_chart_text_show (cr, layout,
                          geometry->track_x + bar_length - space - text_width,
                          center - text_height / 2,
                          text_on (bar));
    }
  else
    {
      /* Too narrow for the text either side: cut it rather than overflow */
      g_clear_object (&layout);
      layout = sc_chart_text_layout (text, value_text, MAX (0, right - after));
      sc_chart_text_show (cr, layout, after, center - text_height / 2, text->style->foreground);
    }
}

void
sc_chart_bars_draw (cairo_t             *cr,
                    const ScChartSeries *series,
                    const ScChartStyle  *style,
                    double               width,
                    double               height)
{
  ScChartColor bar_color = sc_chart_style_series (style, 0);
  guint n_points = sc_chart_series_get_n_points (series);
  double top = sc_chart_scale_top (series);
  BarsGeometry geometry;
  ScChartText text;

  sc_chart_text_init (&text, cr, style);
  bars_geometry (&text, series, width, &geometry);

  for (guint i = 0; i < n_points; i++)
    {
      g_autoptr(PangoLayout) label = NULL;
      double center = row_center (&text, &geometry, i);
      double value = sc_chart_series_get_value (series, i);
      const char *value_text = sc_chart_series_get_value_text (series, i);
      double label_height;
      ScChartBox track = {
        geometry.track_x, center - geometry.bar_height / 2,
        geometry.track_width, geometry.bar_height
      };
      ScChartBox bar = track;
      double radius = geometry.bar_height / 4;

      if (geometry.label_width > 0)
        {
          label = sc_chart_text_layout (&text, sc_chart_series_get_label (series, i),
                                        geometry.label_width);
          sc_chart_text_size (label, NULL, &label_height);
          sc_chart_text_show (cr, label, text.pad, center - label_height / 2, style->foreground);
        }

      if (value < 0)
        {
          g_autoptr(PangoLayout) missing = NULL;
          double missing_height;

          missing = sc_chart_text_layout (&text, value_text, geometry.track_width);
          sc_chart_text_size (missing, NULL, &missing_height);
          sc_chart_text_show (cr, missing, geometry.track_x, center - missing_height / 2,
                              style->foreground);
          continue;
        }

      sc_chart_rounded_box (cr, &track, radius, TRUE);
      sc_chart_set_color (cr, style->grid);
      cairo_fill (cr);

      bar.width = geometry.track_width * MIN (value, top) / top;
      if (bar.width > 0)
        {
          sc_chart_rounded_box (cr, &bar, radius, TRUE);
          sc_chart_set_color (cr, bar_color);
          cairo_fill (cr);
        }

      draw_value (cr, &text, &geometry, width, center, bar.width, bar_color, value_text);
    }

  sc_chart_text_clear (&text);
}

/**
 * sc_chart_bars_track:
 * @track: (out): where the row's full-scale track lies (or would, for a
 *   missing point)
 *
 * For tests, which look at the pixels of a row.
 */
gboolean
sc_chart_bars_track (cairo_t             *cr,
                     const ScChartSeries *series,
                     const ScChartStyle  *style,
                     double               width,
                     guint                index,
                     ScChartBox          *track)
{
  BarsGeometry geometry;
  ScChartText text;
  double center;

  g_return_val_if_fail (index < sc_chart_series_get_n_points (series), FALSE);

  sc_chart_text_init (&text, cr, style);
  bars_geometry (&text, series, width, &geometry);
  center = row_center (&text, &geometry, index);
  *track = (ScChartBox) {
    geometry.track_x, center - geometry.bar_height / 2,
    geometry.track_width, geometry.bar_height
  };
  sc_chart_text_clear (&text);

  return TRUE;
}
