/* sc-chart-style.h - how a chart looks: palette, font and scale
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} ScChartColor;

#define SC_CHART_N_SERIES_COLORS 6

typedef struct
{
  ScChartColor  background;
  ScChartColor  foreground;
  ScChartColor  grid;
  ScChartColor  series[SC_CHART_N_SERIES_COLORS];
  char         *font_family;
  double        font_size;   /* points, before scale */
  double        scale;       /* 1.0 normal, larger in presentation mode */
} ScChartStyle;

#define SC_TYPE_CHART_STYLE (sc_chart_style_get_type ())

GType         sc_chart_style_get_type (void) G_GNUC_CONST;
ScChartStyle *sc_chart_style_new      (gboolean            dark,
                                       double              scale);
ScChartStyle *sc_chart_style_copy     (const ScChartStyle *style);
void          sc_chart_style_free     (ScChartStyle       *style);
ScChartColor  sc_chart_style_series   (const ScChartStyle *style,
                                       guint               index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChartStyle, sc_chart_style_free)

G_END_DECLS
