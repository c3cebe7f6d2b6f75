/* sc-chart-private.h - what the chart drawing files share, and the geometry tests check
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "sc-chart.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} ScChartBox;

/* A drawn column's x label: which point it names and where its text lies */
typedef struct
{
  guint      index;
  ScChartBox box;
} ScChartLabelBox;

/* Sizes in drawing units, all derived from the style's font and scale so a
 * chart in presentation mode is the same picture, larger.
 */
typedef struct
{
  const ScChartStyle   *style;
  PangoContext         *context;
  PangoFontDescription *font;
  double                line;  /* one line of text with its leading */
  double                pad;   /* around the whole chart */
  double                gap;   /* between a text and what it names */
} ScChartText;

void         sc_chart_text_init        (ScChartText          *text,
                                        cairo_t              *cr,
                                        const ScChartStyle   *style);
void         sc_chart_text_clear       (ScChartText          *text);
PangoLayout *sc_chart_text_layout      (ScChartText          *text,
                                        const char           *string,
                                        double                max_width);
void         sc_chart_text_size        (PangoLayout          *layout,
                                        double               *width,
                                        double               *height);
void         sc_chart_text_show        (cairo_t              *cr,
                                        PangoLayout          *layout,
                                        double                x,
                                        double                y,
                                        ScChartColor          color);

double       sc_chart_line_height      (const ScChartStyle   *style);
double       sc_chart_scale_top        (const ScChartSeries  *series);
void         sc_chart_set_color        (cairo_t              *cr,
                                        ScChartColor          color);
void         sc_chart_rounded_box      (cairo_t              *cr,
                                        const ScChartBox     *box,
                                        double                radius,
                                        gboolean              round_bottom);

double       sc_chart_bars_height      (const ScChartSeries  *series,
                                        const ScChartStyle   *style);
void         sc_chart_bars_draw        (cairo_t              *cr,
                                        const ScChartSeries  *series,
                                        const ScChartStyle   *style,
                                        double                width,
                                        double                height);
gboolean     sc_chart_bars_track       (cairo_t              *cr,
                                        const ScChartSeries  *series,
                                        const ScChartStyle   *style,
                                        double                width,
                                        guint                 index,
                                        ScChartBox           *track);

double       sc_chart_columns_height   (const ScChartStyle   *style);
void         sc_chart_columns_draw     (cairo_t              *cr,
                                        const ScChartSeries  *series,
                                        const ScChartStyle   *style,
                                        double                width,
                                        double                height);
double       sc_chart_columns_step     (double                top);
GArray      *sc_chart_columns_x_labels (cairo_t              *cr,
                                        const ScChartSeries  *series,
                                        const ScChartStyle   *style,
                                        double                width,
                                        double                height);

G_END_DECLS
