/* sc-chart.c - a data series, and drawing it on any cairo context or to a file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The series is plain data so the Progress page, the PNG/SVG export and a
 * printout draw the same picture from it; the bars and the columns each
 * have their own file (sc-chart-bars.c, sc-chart-columns.c).
 */
#include "config.h"

#include <math.h>

#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "sc-chart-private.h"

/* 96 dpi, as GTK assumes: a chart exported at scale 1 matches the screen */
#define PX_PER_POINT (96.0 / 72.0)
/* A line of Cantarell-like text with its leading, in font sizes */
#define LINE_SPACING 1.3

typedef struct
{
  char   *label;
  double  value;       /* < 0 for a missing point */
  char   *value_text;
} ScChartPoint;

struct _ScChartSeries
{
  gatomicrefcount  ref_count;
  ScChartKind      kind;
  char            *title;
  double           fixed_max;
  GArray          *points;     /* of ScChartPoint */
};

G_DEFINE_BOXED_TYPE (ScChartSeries, sc_chart_series, sc_chart_series_ref, sc_chart_series_unref)

static void
sc_chart_point_clear (gpointer data)
{
  ScChartPoint *point = data;

  g_free (point->label);
  g_free (point->value_text);
}

/**
 * sc_chart_series_new:
 * @kind: bars (one row per point) or columns (points over time)
 * @title: what the series shows, for the widget's heading and table twin
 * @max: the top of the scale when positive (100 for percentages), or 0 for
 *   a nice ceiling of the largest value
 */
ScChartSeries *
sc_chart_series_new (ScChartKind  kind,
                     const char  *title,
                     double       max)
{
  ScChartSeries *self;

  g_return_val_if_fail (kind == SC_CHART_BARS || kind == SC_CHART_COLUMNS, NULL);
  g_return_val_if_fail (max >= 0 && isfinite (max), NULL);

  self = g_new0 (ScChartSeries, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->title = g_strdup (title);
  self->fixed_max = max;
  self->points = g_array_new (FALSE, FALSE, sizeof (ScChartPoint));
  g_array_set_clear_func (self->points, sc_chart_point_clear);

  return self;
}

ScChartSeries *
sc_chart_series_ref (ScChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
sc_chart_series_unref (ScChartSeries *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->points);
  g_free (self->title);
  g_free (self);
}

/**
 * sc_chart_series_add:
 * @value: at least 0; values above a fixed max are drawn at the top
 * @value_text: (nullable): what is written at the bar ("75 %", "12 min"),
 *   or %NULL for the value itself
 */
void
sc_chart_series_add (ScChartSeries *self,
                     const char    *label,
                     double         value,
                     const char    *value_text)
{
  ScChartPoint point;

  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);
  g_return_if_fail (value >= 0 && isfinite (value));

  point.label = g_strdup (label);
  point.value = value;
  point.value_text = value_text != NULL ? g_strdup (value_text) : g_strdup_printf ("%g", value);
  g_array_append_val (self->points, point);
}

/**
 * sc_chart_series_add_missing:
 * @value_text: (nullable): why there is no value ("No quiz yet"), written
 *   instead of a bar; %NULL writes a dash
 */
void
sc_chart_series_add_missing (ScChartSeries *self,
                             const char    *label,
                             const char    *value_text)
{
  ScChartPoint point;

  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  point.label = g_strdup (label);
  point.value = -1;
  point.value_text = g_strdup (value_text != NULL ? value_text : "—");
  g_array_append_val (self->points, point);
}

ScChartKind
sc_chart_series_get_kind (const ScChartSeries *self)
{
  g_return_val_if_fail (self != NULL, SC_CHART_BARS);

  return self->kind;
}

const char *
sc_chart_series_get_title (const ScChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

guint
sc_chart_series_get_n_points (const ScChartSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->points->len;
}

const char *
sc_chart_series_get_label (const ScChartSeries *self,
                           guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->points->len, NULL);

  return g_array_index (self->points, ScChartPoint, index).label;
}

/**
 * sc_chart_series_get_value:
 *
 * Returns: the point's value, or -1 for a missing point
 */
double
sc_chart_series_get_value (const ScChartSeries *self,
                           guint                index)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (index < self->points->len, -1);

  return g_array_index (self->points, ScChartPoint, index).value;
}

const char *
sc_chart_series_get_value_text (const ScChartSeries *self,
                                guint                index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->points->len, NULL);

  return g_array_index (self->points, ScChartPoint, index).value_text;
}

/* The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least
 * @value: 3 and 7 give 10, 0.3 gives 0.5, 120 gives 200. Scales a learner
 * reads at a glance, with ticks at round numbers.
 */
static double
nice_ceiling (double value)
{
  static const double mantissas[] = { 1, 2, 2.5, 5, 10 };
  double power;
  double mantissa;

  g_assert (value > 0 && isfinite (value));

  power = pow (10, floor (log10 (value)));
  mantissa = value / power;

  /* Division leaves 0.3 / 0.1 at 2.9999…: a hair of slack keeps exact
   * powers and products at themselves.
   */
  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    if (mantissa <= mantissas[i] * (1 + 1e-9))
      return mantissas[i] * power;

  return 10 * power;
}

/**
 * sc_chart_series_get_max:
 *
 * Returns: the top of the scale as drawn: the fixed max, else a nice
 *   ceiling of the largest value (see nice_ceiling()), else 0 when no value
 *   is positive (the chart then draws a scale of 1)
 */
double
sc_chart_series_get_max (const ScChartSeries *self)
{
  double largest = 0;

  g_return_val_if_fail (self != NULL, 0);

  if (self->fixed_max > 0)
    return self->fixed_max;

  for (guint i = 0; i < self->points->len; i++)
    largest = MAX (largest, g_array_index (self->points, ScChartPoint, i).value);

  return largest > 0 ? nice_ceiling (largest) : 0;
}

double
sc_chart_scale_top (const ScChartSeries *series)
{
  double max = sc_chart_series_get_max (series);

  return max > 0 ? max : 1;
}

double
sc_chart_line_height (const ScChartStyle *style)
{
  return style->font_size * style->scale * PX_PER_POINT * LINE_SPACING;
}

void
sc_chart_text_init (ScChartText        *text,
                    cairo_t            *cr,
                    const ScChartStyle *style)
{
  text->style = style;
  text->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (text->context, 96);
  text->font = pango_font_description_new ();
  pango_font_description_set_family (text->font,
                                     style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_size (text->font,
                                   (int) round (style->font_size * style->scale * PANGO_SCALE));
  text->line = sc_chart_line_height (style);
  text->pad = text->line / 2;
  text->gap = text->line / 2;
}

void
sc_chart_text_clear (ScChartText *text)
{
  g_clear_object (&text->context);
  g_clear_pointer (&text->font, pango_font_description_free);
}

/**
 * sc_chart_text_layout:
 * @max_width: ellipsize at the end beyond this width, or -1 for no limit
 *
 * A single line: a label with a newline in it must not push the rows apart.
 */
PangoLayout *
sc_chart_text_layout (ScChartText *text,
                      const char  *string,
                      double       max_width)
{
  PangoLayout *layout = pango_layout_new (text->context);

  pango_layout_set_font_description (layout, text->font);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, string, -1);
  if (max_width >= 0)
    {
      pango_layout_set_width (layout, MAX (1, (int) floor (max_width * PANGO_SCALE)));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  return layout;
}

void
sc_chart_text_size (PangoLayout *layout,
                    double      *width,
                    double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
sc_chart_text_show (cairo_t      *cr,
                    PangoLayout  *layout,
                    double        x,
                    double        y,
                    ScChartColor  color)
{
  sc_chart_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
sc_chart_set_color (cairo_t      *cr,
                    ScChartColor  color)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}

/**
 * sc_chart_rounded_box:
 * @round_bottom: %FALSE for a column standing on the axis: only its top is
 *   rounded
 */
void
sc_chart_rounded_box (cairo_t          *cr,
                      const ScChartBox *box,
                      double            radius,
                      gboolean          round_bottom)
{
  double x = box->x;
  double y = box->y;
  double w = box->width;
  double h = box->height;
  double r = MIN (radius, MIN (w, h) / 2);
  double rb = round_bottom ? r : 0;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - rb, y + h - rb, rb, 0, G_PI / 2);
  cairo_arc (cr, x + rb, y + h - rb, rb, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/**
 * sc_chart_get_height:
 * @width: the width the chart will be drawn at
 *
 * Returns: the height, in drawing units, that the chart needs: bars grow by
 *   a row of two text lines per point, columns are twelve text lines high;
 *   both grow with the style's font and scale
 */
double
sc_chart_get_height (const ScChartSeries *series,
                     const ScChartStyle  *style,
                     double               width)
{
  g_return_val_if_fail (series != NULL, 0);
  g_return_val_if_fail (style != NULL, 0);
  g_return_val_if_fail (style->scale > 0 && style->font_size > 0, 0);

  if (series->kind == SC_CHART_COLUMNS)
    return ceil (sc_chart_columns_height (style));

  return ceil (sc_chart_bars_height (series, style));
}

static void
draw_empty (cairo_t            *cr,
            const ScChartStyle *style,
            double              width,
            double              height)
{
  ScChartText text;
  g_autoptr(PangoLayout) layout = NULL;
  double text_width;
  double text_height;

  sc_chart_text_init (&text, cr, style);
  layout = sc_chart_text_layout (&text, _("No data yet"), width);
  sc_chart_text_size (layout, &text_width, &text_height);
  sc_chart_text_show (cr, layout,
                      MAX (0, (width - text_width) / 2),
                      (height - text_height) / 2,
                      style->foreground);
  sc_chart_text_clear (&text);
}

/**
 * sc_chart_draw:
 * @cr: any cairo context: a widget's snapshot, an image, SVG or PDF surface
 *
 * Draws @series into (0, 0)-(@width, @height) of @cr's user space. The
 * background is left to the caller so the chart sits on a card or a page.
 */
void
sc_chart_draw (cairo_t             *cr,
               const ScChartSeries *series,
               const ScChartStyle  *style,
               double               width,
               double               height)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (series != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (style->scale > 0 && style->font_size > 0);
  g_return_if_fail (width >= 0 && isfinite (width));
  g_return_if_fail (height >= 0 && isfinite (height));

  /* A widget not yet allocated draws nothing, without a warning */
  if (width == 0 || height == 0 || cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  if (series->points->len == 0)
    draw_empty (cr, style, width, height);
  else if (series->kind == SC_CHART_COLUMNS)
    sc_chart_columns_draw (cr, series, style, width, height);
  else
    sc_chart_bars_draw (cr, series, style, width, height);

  cairo_restore (cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* An exported chart stands alone in a report or on a slide, so it
 * carries its title above it, in bold, one line of padding around. */
static PangoLayout *
title_layout (ScChartText         *text,
              const ScChartSeries *series,
              double               width)
{
  PangoLayout *layout = sc_chart_text_layout (text, series->title != NULL ? series->title : "",
                                              MAX (1, width - 2 * text->line));
  g_autoptr(PangoFontDescription) bold = pango_font_description_copy (text->font);

  pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
  pango_font_description_set_size (bold, (int) (pango_font_description_get_size (bold) * 1.2));
  pango_layout_set_font_description (layout, bold);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);

  return layout;
}

/**
 * sc_chart_get_export_height:
 *
 * Returns: the height of the picture sc_chart_write_png () and
 *   sc_chart_write_svg () write @width wide: the chart with its title
 *   above it and a margin around
 */
double
sc_chart_get_export_height (const ScChartSeries *series,
                            const ScChartStyle  *style,
                            double               width)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  ScChartText text;
  g_autoptr(PangoLayout) layout = NULL;
  double title_width;
  double title_height;
  double height;

  g_return_val_if_fail (series != NULL, 0);
  g_return_val_if_fail (style != NULL, 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  sc_chart_text_init (&text, cr, style);
  layout = title_layout (&text, series, width);
  sc_chart_text_size (layout, &title_width, &title_height);
  height = ceil (text.line + title_height + text.line / 2 +
                 sc_chart_get_height (series, style, width - 2 * text.line) + text.line);
  g_clear_object (&layout);
  sc_chart_text_clear (&text);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return height;
}

/* Drawn in memory first, then written in one go: a chart that cannot be
 * drawn leaves no half-written file behind, and GIO's error names the file.
 */
static gboolean
write_chart (const ScChartSeries *series,
             const ScChartStyle  *style,
             int                  width,
             const char          *path,
             gboolean             svg,
             GError             **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  ScChartText text;
  double height;
  double title_width;
  double title_height;

  height = sc_chart_get_export_height (series, style, width);

  if (svg)
    {
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, (int) height);
    }

  cr = cairo_create (surface);
  sc_chart_set_color (cr, style->background);
  cairo_paint (cr);

  sc_chart_text_init (&text, cr, style);
  layout = title_layout (&text, series, width);
  sc_chart_text_size (layout, &title_width, &title_height);
  sc_chart_text_show (cr, layout, text.line, text.line, style->foreground);
  g_clear_object (&layout);
  cairo_save (cr);
  cairo_translate (cr, text.line, text.line + title_height + text.line / 2);
  sc_chart_draw (cr, series, style, width - 2 * text.line,
                 sc_chart_get_height (series, style, width - 2 * text.line));
  cairo_restore (cr);
  sc_chart_text_clear (&text);

  status = cairo_status (cr);
  cairo_destroy (cr);

  if (!svg && status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the chart for “%s”: %s"),
                   display, cairo_status_to_string (status));
      return FALSE;
    }

  file = g_file_new_for_path (path);

  return g_file_replace_contents (file, (const char *) bytes->data, bytes->len,
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

/**
 * sc_chart_write_png:
 * @width: in pixels; the height is sc_chart_get_export_height()
 *
 * Writes the chart on the style's background with its title above it,
 * for a report or a slide.
 *
 * Returns: %FALSE with @error in %G_IO_ERROR, naming @path, on failure
 */
gboolean
sc_chart_write_png (const ScChartSeries *series,
                    const ScChartStyle  *style,
                    int                  width,
                    const char          *path,
                    GError             **error)
{
  g_return_val_if_fail (series != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (width > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_chart (series, style, width, path, FALSE, error);
}

/**
 * sc_chart_write_svg:
 * @width: in CSS pixels; the height is sc_chart_get_export_height()
 *
 * Like sc_chart_write_png(), as a drawing that stays sharp on a projector.
 */
gboolean
sc_chart_write_svg (const ScChartSeries *series,
                    const ScChartStyle  *style,
                    int                  width,
                    const char          *path,
                    GError             **error)
{
  g_return_val_if_fail (series != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (width > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_chart (series, style, width, path, TRUE, error);
}
