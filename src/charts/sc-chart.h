/* sc-chart.h - a data series drawn as bars or columns, on screen or to PNG and SVG
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "sc-chart-style.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CHART_BARS,     /* horizontal bars, one row per point: label, bar, value text */
  SC_CHART_COLUMNS,  /* vertical columns over time, x labels under them, value grid */
} ScChartKind;

typedef struct _ScChartSeries ScChartSeries;

#define SC_TYPE_CHART_SERIES (sc_chart_series_get_type ())

GType          sc_chart_series_get_type       (void) G_GNUC_CONST;
ScChartSeries *sc_chart_series_new            (ScChartKind          kind,
                                               const char          *title,
                                               double               max);
ScChartSeries *sc_chart_series_ref            (ScChartSeries       *self);
void           sc_chart_series_unref          (ScChartSeries       *self);
void           sc_chart_series_add            (ScChartSeries       *self,
                                               const char          *label,
                                               double               value,
                                               const char          *value_text);
void           sc_chart_series_add_missing    (ScChartSeries       *self,
                                               const char          *label,
                                               const char          *value_text);
ScChartKind    sc_chart_series_get_kind       (const ScChartSeries *self);
const char    *sc_chart_series_get_title      (const ScChartSeries *self);
guint          sc_chart_series_get_n_points   (const ScChartSeries *self);
const char    *sc_chart_series_get_label      (const ScChartSeries *self,
                                               guint                index);
double         sc_chart_series_get_value      (const ScChartSeries *self,
                                               guint                index);
const char    *sc_chart_series_get_value_text (const ScChartSeries *self,
                                               guint                index);
double         sc_chart_series_get_max        (const ScChartSeries *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChartSeries, sc_chart_series_unref)

double         sc_chart_get_height            (const ScChartSeries *series,
                                               const ScChartStyle  *style,
                                               double               width);
void           sc_chart_draw                  (cairo_t             *cr,
                                               const ScChartSeries *series,
                                               const ScChartStyle  *style,
                                               double               width,
                                               double               height);
double         sc_chart_get_export_height     (const ScChartSeries *series,
                                               const ScChartStyle  *style,
                                               double               width);
gboolean       sc_chart_write_png             (const ScChartSeries *series,
                                               const ScChartStyle  *style,
                                               int                  width,
                                               const char          *path,
                                               GError             **error);
gboolean       sc_chart_write_svg             (const ScChartSeries *series,
                                               const ScChartStyle  *style,
                                               int                  width,
                                               const char          *path,
                                               GError             **error);

G_END_DECLS
