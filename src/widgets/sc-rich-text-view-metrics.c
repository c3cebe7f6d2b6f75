/* sc-rich-text-view-metrics.c - ScRichTextView's reading measure: the body font and the column it sets
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After every style change the view reads the body font back from Pango
 * and publishes its size ("body-points") and the width of a line of
 * SC_RICH_TEXT_MEASURE_CHARS average characters ("column-width"), which
 * the page clamps its text column to. Body text is 115 % of the interface
 * font (style.css) and never below SC_RICH_TEXT_MIN_BODY_POINTS.
 */
#include "config.h"

#include <math.h>

#include "sc-rich-text-view-private.h"

#define MIN_BODY_CLASS "sc-min-body"
/* style.css: richtextview { font-size: 115% }; compact: 100 %. */
#define BODY_SCALE         1.15
#define COMPACT_BODY_SCALE 1.0

/* The resolution fonts are set at: the text-size preference scales it. */
static double
view_dpi (ScRichTextView *self)
{
  int dpi = -1;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);

  return dpi > 0 ? dpi / 1024.0 : 96.0;
}

static double
font_points (ScRichTextView             *self,
             const PangoFontDescription *desc)
{
  double size = pango_font_description_get_size (desc) / (double) PANGO_SCALE;

  /* GTK sets sizes from CSS in device pixels. */
  if (pango_font_description_get_size_is_absolute (desc))
    size = size * 72.0 / view_dpi (self);

  return size;
}

void
sc_rich_text_view_update_metrics (ScRichTextView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *parent = gtk_widget_get_parent (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  PangoFontMetrics *metrics;
  gboolean has_min = gtk_widget_has_css_class (widget, MIN_BODY_CLASS);
  double points;
  int column_width;

  if (desc == NULL)
    return;

  /* The minimum size applies only while the inherited size would be
   * smaller; the parent's font says what it would be without it. */
  if (parent != NULL)
    {
      PangoContext *parent_context = gtk_widget_get_pango_context (parent);
      const PangoFontDescription *parent_desc = pango_context_get_font_description (parent_context);
      double inherited = font_points (self, parent_desc) *
                         (self->compact ? COMPACT_BODY_SCALE : BODY_SCALE);
      gboolean needs_min = inherited < SC_RICH_TEXT_MIN_BODY_POINTS - 0.05;

      if (needs_min != has_min)
        {
          /* The class changes the style: this runs again with it. */
          if (needs_min)
            gtk_widget_add_css_class (widget, MIN_BODY_CLASS);
          else
            gtk_widget_remove_css_class (widget, MIN_BODY_CLASS);
          return;
        }
    }

  points = font_points (self, desc);
  metrics = pango_context_get_metrics (context, desc, pango_context_get_language (context));
  column_width = (int) ceil ((double) SC_RICH_TEXT_MEASURE_CHARS *
                             pango_font_metrics_get_approximate_char_width (metrics) /
                             PANGO_SCALE);
  pango_font_metrics_unref (metrics);

  if (fabs (points - self->body_points) > 0.001)
    {
      self->body_points = points;
      g_object_notify (G_OBJECT (self), "body-points");
    }

  if (column_width != self->column_width)
    {
      self->column_width = column_width;
      g_object_notify (G_OBJECT (self), "column-width");
    }
}

/**
 * sc_rich_text_view_get_column_width:
 *
 * Returns: the width, in pixels, of a line of SC_RICH_TEXT_MEASURE_CHARS
 *   average characters of the body font, 0 before the view is in a window
 */
int
sc_rich_text_view_get_column_width (ScRichTextView *self)
{
  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), 0);

  return self->column_width;
}

/**
 * sc_rich_text_view_get_body_points:
 *
 * Returns: the size of the body font in points at the current resolution
 */
double
sc_rich_text_view_get_body_points (ScRichTextView *self)
{
  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), 0.0);

  return self->body_points;
}
