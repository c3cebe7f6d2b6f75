/* sc-chart-style.c - how a chart looks: palette, font and scale
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The series colours follow the GNOME palette and are ordered so that
 * neighbouring series differ in lightness as well as hue; charts also
 * mark series by shape and label, never by colour alone.
 */
#include "sc-chart-style.h"

G_DEFINE_BOXED_TYPE (ScChartStyle, sc_chart_style, sc_chart_style_copy, sc_chart_style_free)

#define RGB(r, g, b) ((ScChartColor) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 })

ScChartStyle *
sc_chart_style_new (gboolean dark,
                    double   scale)
{
  ScChartStyle *style;

  g_return_val_if_fail (scale > 0, NULL);

  style = g_new0 (ScChartStyle, 1);

  if (dark)
    {
      style->background = RGB (0x24, 0x24, 0x24);
      style->foreground = RGB (0xff, 0xff, 0xff);
      style->grid = (ScChartColor) { 1.0, 1.0, 1.0, 0.15 };
      style->series[0] = RGB (0x78, 0xae, 0xed);  /* blue 2 */
      style->series[1] = RGB (0xf8, 0xe4, 0x5c);  /* yellow 2 */
      style->series[2] = RGB (0x57, 0xe3, 0x89);  /* green 2 */
      style->series[3] = RGB (0xff, 0xa3, 0x48);  /* orange 2 */
      style->series[4] = RGB (0xdc, 0x8a, 0xdd);  /* purple 2 */
      style->series[5] = RGB (0xf6, 0x61, 0x51);  /* red 2 */
    }
  else
    {
      style->background = RGB (0xff, 0xff, 0xff);
      style->foreground = (ScChartColor) { 0.0, 0.0, 0.0, 0.8 };
      style->grid = (ScChartColor) { 0.0, 0.0, 0.0, 0.12 };
      style->series[0] = RGB (0x1c, 0x71, 0xd8);  /* blue 4 */
      style->series[1] = RGB (0xe5, 0xa5, 0x0a);  /* yellow 5 */
      style->series[2] = RGB (0x26, 0xa2, 0x69);  /* green 5 */
      style->series[3] = RGB (0xc6, 0x46, 0x00);  /* orange 5 */
      style->series[4] = RGB (0x81, 0x3d, 0x9c);  /* purple 3 */
      style->series[5] = RGB (0xc0, 0x1c, 0x28);  /* red 4 */
    }

  style->font_family = g_strdup ("Cantarell");
  style->font_size = 10.0;
  style->scale = scale;

  return style;
}

ScChartStyle *
sc_chart_style_copy (const ScChartStyle *style)
{
  ScChartStyle *copy;

  g_return_val_if_fail (style != NULL, NULL);

  copy = g_memdup2 (style, sizeof *style);
  copy->font_family = g_strdup (style->font_family);

  return copy;
}

void
sc_chart_style_free (ScChartStyle *style)
{
  if (style == NULL)
    return;

  g_free (style->font_family);
  g_free (style);
}

/**
 * sc_chart_style_series:
 * @index: the series number; colours repeat after %SC_CHART_N_SERIES_COLORS
 */
ScChartColor
sc_chart_style_series (const ScChartStyle *style,
                       guint               index)
{
  static const ScChartColor black = { 0, 0, 0, 1 };

  g_return_val_if_fail (style != NULL, black);

  return style->series[index % SC_CHART_N_SERIES_COLORS];
}
