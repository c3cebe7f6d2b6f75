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

/* Whether @a and @b are the same face, at whatever sizes. */
static gboolean
same_face (const PangoFontDescription *a,
           const PangoFontDescription *b)
{
  g_autoptr(PangoFontDescription) face_a = pango_font_description_copy (a);
  g_autoptr(PangoFontDescription) face_b = pango_font_description_copy (b);

  pango_font_description_unset_fields (face_a, PANGO_FONT_MASK_SIZE);
  pango_font_description_unset_fields (face_b, PANGO_FONT_MASK_SIZE);

  return pango_font_description_equal (face_a, face_b);
}

/* The average width of a character of the body font, in Pango units.
 *
 * The body is the interface font at another size (style.css sets only
 * its size), and unless metrics are hinted (GTK 4.8's default is not) a
 * font's advances scale with its size. So the parent's font, which the
 * window has loaded for its own labels, gives the same figure, to the
 * Pango unit from 10 to 25.5 pt, without loading the body font before a
 * lesson is shown: at start-up the lesson page is hidden yet measured for
 * the width it will need, and loading a font costs Pango 1.50 two lookups
 * in fontconfig and four threads, about 1.5 ms of the first frame. */
static double
average_char_width (ScRichTextView             *self,
                    PangoContext               *context,
                    const PangoFontDescription *desc,
                    GtkWidget                  *parent)
{
  PangoLanguage *language = pango_context_get_language (context);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  PangoFontMetrics *metrics;
  double width;

  if (parent != NULL &&
      (options == NULL || cairo_font_options_get_hint_metrics (options) != CAIRO_HINT_METRICS_ON))
    {
      PangoContext *parent_context = gtk_widget_get_pango_context (parent);
      const PangoFontDescription *parent_desc = pango_context_get_font_description (parent_context);
      double parent_points = parent_desc != NULL ? font_points (self, parent_desc) : 0.0;

      if (parent_points > 0.0 && same_face (desc, parent_desc))
        {
          metrics = pango_context_get_metrics (parent_context, parent_desc, language);
          width = pango_font_metrics_get_approximate_char_width (metrics) *
                  font_points (self, desc) / parent_points;
          pango_font_metrics_unref (metrics);

          return width;
        }
    }

  metrics = pango_context_get_metrics (context, desc, language);
  width = pango_font_metrics_get_approximate_char_width (metrics);
  pango_font_metrics_unref (metrics);

  return width;
}

void
sc_rich_text_view_update_metrics (ScRichTextView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *parent = gtk_widget_get_parent (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *desc = pango_context_get_font_description (context);
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
  column_width = (int) ceil ((double) SC_RICH_TEXT_MEASURE_CHARS *
                             average_char_width (self, context, desc, parent) / PANGO_SCALE);

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
