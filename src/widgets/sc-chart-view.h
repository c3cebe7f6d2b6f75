/* sc-chart-view.h - a chart on screen: the charts floor's drawing, in the widget's font and colours
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-chart.h"

G_BEGIN_DECLS

#define SC_TYPE_CHART_VIEW (sc_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (ScChartView, sc_chart_view, SC, CHART_VIEW, GtkWidget)

GtkWidget     *sc_chart_view_new         (void);
ScChartSeries *sc_chart_view_get_series  (ScChartView   *self);
void           sc_chart_view_set_series  (ScChartView   *self,
                                          ScChartSeries *series);
ScChartStyle  *sc_chart_view_dup_style   (ScChartView   *self);
char          *sc_chart_view_dup_summary (ScChartView   *self);

G_END_DECLS
