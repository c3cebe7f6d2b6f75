/* sc-chart-view.c - a chart on screen: the charts floor's drawing, in the widget's font and colours
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing is src/charts/'s, the same as for a PNG or SVG export; this
 * widget gives it a style taken from where it stands: the font of its
 * Pango context (so the text size preference and presentation mode's
 * larger text reach the chart as they reach every label), the foreground
 * colour of its CSS and libadwaita's accent for the bars. The style is
 * worked out again at each measure and snapshot, so a change of style or
 * text size needs nothing from here: GTK resizes or redraws the widget
 * when its CSS changes.
 *
 * A chart is a picture to assistive technologies, named by its summary:
 * its title, then each point's label and value text. The page puts the
 * same figures in a table beside it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "sc-chart-view.h"

/* When asked for a height with no width in mind. */
#define DEFAULT_WIDTH 480

struct _ScChartView
{
  GtkWidget      parent_instance;

  ScChartSeries *series;
};

G_DEFINE_FINAL_TYPE (ScChartView, sc_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ScChartColor
color_from_rgba (const GdkRGBA *rgba)
{
  return (ScChartColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/**
 * sc_chart_view_dup_style:
 *
 * Returns: (transfer full): the style the chart is drawn with now: the
 *   widget's font and text colour, the accent colour for the bars
 */
ScChartStyle *
sc_chart_view_dup_style (ScChartView *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  G_GNUC_END_IGNORE_DEPRECATIONS
  const PangoFontDescription *font;
  ScChartStyle *style;
  GdkRGBA fg;
  GdkRGBA accent;
  double size;

  g_return_val_if_fail (SC_IS_CHART_VIEW (self), NULL);

  style = sc_chart_style_new (adw_style_manager_get_dark (adw_style_manager_get_default ()), 1.0);

  /* GTK 4.8 has no gtk_widget_get_color () nor a public way to read a
   * named colour but the style context's. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  if (gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    style->series[0] = color_from_rgba (&accent);
  G_GNUC_END_IGNORE_DEPRECATIONS
  style->foreground = color_from_rgba (&fg);
  style->grid = style->foreground;
  style->grid.alpha *= 0.15;

  font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  if (font != NULL)
    {
      if (pango_font_description_get_family (font) != NULL)
        {
          g_free (style->font_family);
          style->font_family = g_strdup (pango_font_description_get_family (font));
        }
      size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
      /* An absolute size is in pixels; the chart takes points at 96 dpi. */
      if (pango_font_description_get_size_is_absolute (font))
        size *= 72.0 / 96.0;
      if (size > 0)
        style->font_size = size;
    }

  return style;
}

static void
sc_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  ScChartView *self = SC_CHART_VIEW (widget);
  g_autoptr(ScChartStyle) style = NULL;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrow enough for a folded window; the page gives it its width. */
      *minimum = 240;
      *natural = DEFAULT_WIDTH;
      return;
    }

  if (self->series == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  style = sc_chart_view_dup_style (self);
  *minimum = *natural = (int) ceil (sc_chart_get_height (self->series, style,
                                                          for_size > 0 ? for_size : DEFAULT_WIDTH));
}

static GtkSizeRequestMode
sc_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sc_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  ScChartView *self = SC_CHART_VIEW (widget);
  g_autoptr(ScChartStyle) style = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->series == NULL || width <= 0 || height <= 0)
    return;

  style = sc_chart_view_dup_style (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sc_chart_draw (cr, self->series, style, width, height);
  cairo_destroy (cr);
}

/**
 * sc_chart_view_dup_summary:
 *
 * Returns: (transfer full): the chart in words, as assistive technologies
 *   get it: its title, then each point's label and value text
 */
char *
sc_chart_view_dup_summary (ScChartView *self)
{
  GString *summary;
  guint n;

  g_return_val_if_fail (SC_IS_CHART_VIEW (self), NULL);

  if (self->series == NULL)
    return g_strdup ("");

  summary = g_string_new (sc_chart_series_get_title (self->series));
  n = sc_chart_series_get_n_points (self->series);
  if (n == 0)
    g_string_append_printf (summary, ". %s", _("No data yet"));
  for (guint i = 0; i < n; i++)
    {
      /* Translators: one point of a chart, read out: "Pricing: 75 %" */
      g_string_append_printf (summary, i == 0 ? ". " : "; ");
      g_string_append_printf (summary, _("%s: %s"),
                              sc_chart_series_get_label (self->series, i),
                              sc_chart_series_get_value_text (self->series, i));
    }

  return g_string_free (summary, FALSE);
}

ScChartSeries *
sc_chart_view_get_series (ScChartView *self)
{
  g_return_val_if_fail (SC_IS_CHART_VIEW (self), NULL);

  return self->series;
}

void
sc_chart_view_set_series (ScChartView   *self,
                          ScChartSeries *series)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (SC_IS_CHART_VIEW (self));

  if (self->series == series)
    return;

  g_clear_pointer (&self->series, sc_chart_series_unref);
  if (series != NULL)
    self->series = sc_chart_series_ref (series);

  summary = sc_chart_view_dup_summary (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

static void
sc_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScChartView *self = SC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_boxed (value, self->series);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ScChartView *self = SC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      sc_chart_view_set_series (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_chart_view_finalize (GObject *object)
{
  ScChartView *self = SC_CHART_VIEW (object);

  g_clear_pointer (&self->series, sc_chart_series_unref);

  G_OBJECT_CLASS (sc_chart_view_parent_class)->finalize (object);
}

static void
sc_chart_view_class_init (ScChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sc_chart_view_finalize;
  object_class->get_property = sc_chart_view_get_property;
  object_class->set_property = sc_chart_view_set_property;

  widget_class->measure = sc_chart_view_measure;
  widget_class->get_request_mode = sc_chart_view_get_request_mode;
  widget_class->snapshot = sc_chart_view_snapshot;

  properties[PROP_SERIES] =
    g_param_spec_boxed ("series", NULL, NULL,
                        SC_TYPE_CHART_SERIES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sc_chart_view_init (ScChartView *self)
{
}

GtkWidget *
sc_chart_view_new (void)
{
  return g_object_new (SC_TYPE_CHART_VIEW, NULL);
}
