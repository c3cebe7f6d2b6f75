/* sc-figure-image.c - a figure's picture: shrinks to fit, never grows past its own size
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkPicture either keeps its natural size (too wide for a narrow
 * column) or, allowed to shrink, is stretched to whatever width its
 * parent gives and collapses when aligned (GTK 4.8 measures a centred
 * height-for-width child by its height). This widget asks for its
 * natural width, accepts any width down to nothing, and draws the
 * picture at min(natural, allocated) width, centred, with the height
 * that keeps its proportions: scaling up would only blur it.
 *
 * Figures are drawn for paper, so the picture sits on a white card in
 * the dark style too. The alt text is the accessible description, as
 * GtkPicture's alternative text is.
 */
#include "config.h"

#include <math.h>

#include "sc-figure-image.h"

#define PADDING 12
#define RADIUS  10.0f

struct _ScFigureImage
{
  GtkWidget     parent_instance;

  GdkPaintable *paintable;
};

G_DEFINE_FINAL_TYPE (ScFigureImage, sc_figure_image, GTK_TYPE_WIDGET)

/* The picture's size when the widget is @width wide. */
static void
drawn_size (ScFigureImage *self,
            int            width,
            int           *out_width,
            int           *out_height)
{
  int natural_width = gdk_paintable_get_intrinsic_width (self->paintable);
  int natural_height = gdk_paintable_get_intrinsic_height (self->paintable);
  int w = MAX (0, MIN (natural_width, width - 2 * PADDING));

  *out_width = w;
  *out_height = natural_width > 0 ? (int) lround ((double) w * natural_height / natural_width) : 0;
}

static GtkSizeRequestMode
sc_figure_image_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sc_figure_image_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  ScFigureImage *self = SC_FIGURE_IMAGE (widget);
  int natural_width = gdk_paintable_get_intrinsic_width (self->paintable);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 2 * PADDING;
      *natural = MAX (natural_width, 0) + 2 * PADDING;
    }
  else
    {
      int w;
      int h;

      drawn_size (self, for_size < 0 ? natural_width + 2 * PADDING : for_size, &w, &h);
      *minimum = *natural = h + 2 * PADDING;
    }
}

static void
sc_figure_image_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  ScFigureImage *self = SC_FIGURE_IMAGE (widget);
  static const GdkRGBA white = { 1.0f, 1.0f, 1.0f, 1.0f };
  const GdkRGBA edge = { 0.0f, 0.0f, 0.0f, 0.08f };
  const GdkRGBA edges[4] = { edge, edge, edge, edge };
  const float widths[4] = { 1.0f, 1.0f, 1.0f, 1.0f };
  GskRoundedRect card;
  int w;
  int h;
  float x;

  drawn_size (self, gtk_widget_get_width (widget), &w, &h);
  if (w <= 0 || h <= 0)
    return;

  x = floorf ((gtk_widget_get_width (widget) - (w + 2 * PADDING)) / 2.0f);
  gsk_rounded_rect_init_from_rect (&card,
                                   &GRAPHENE_RECT_INIT (x, 0, w + 2 * PADDING, h + 2 * PADDING),
                                   RADIUS);

  gtk_snapshot_push_rounded_clip (snapshot, &card);
  gtk_snapshot_append_color (snapshot, &white, &card.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &card, widths, edges);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + PADDING, PADDING));
  gdk_paintable_snapshot (self->paintable, GDK_SNAPSHOT (snapshot), w, h);
  gtk_snapshot_restore (snapshot);
}

static void
sc_figure_image_dispose (GObject *object)
{
  ScFigureImage *self = SC_FIGURE_IMAGE (object);

  g_clear_object (&self->paintable);

  G_OBJECT_CLASS (sc_figure_image_parent_class)->dispose (object);
}

static void
sc_figure_image_class_init (ScFigureImageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_figure_image_dispose;

  widget_class->get_request_mode = sc_figure_image_get_request_mode;
  widget_class->measure = sc_figure_image_measure;
  widget_class->snapshot = sc_figure_image_snapshot;

  gtk_widget_class_set_css_name (widget_class, "figureimage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sc_figure_image_init (ScFigureImage *self)
{
}

/**
 * sc_figure_image_new:
 * @paintable: the picture
 * @alt: (nullable): what the picture shows, for people who cannot see it
 */
GtkWidget *
sc_figure_image_new (GdkPaintable *paintable,
                     const char   *alt)
{
  ScFigureImage *self;

  g_return_val_if_fail (GDK_IS_PAINTABLE (paintable), NULL);

  self = g_object_new (SC_TYPE_FIGURE_IMAGE, NULL);
  self->paintable = g_object_ref (paintable);

  if (alt != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, alt,
                                    -1);

  return GTK_WIDGET (self);
}

/**
 * sc_figure_image_get_paintable:
 *
 * Returns: (transfer none): the picture
 */
GdkPaintable *
sc_figure_image_get_paintable (ScFigureImage *self)
{
  g_return_val_if_fail (SC_IS_FIGURE_IMAGE (self), NULL);

  return self->paintable;
}

/**
 * sc_figure_image_get_drawn:
 * @width: (out): the width the picture is drawn at now
 * @height: (out): its height
 */
void
sc_figure_image_get_drawn (ScFigureImage *self,
                           int           *width,
                           int           *height)
{
  g_return_if_fail (SC_IS_FIGURE_IMAGE (self));

  drawn_size (self, gtk_widget_get_width (GTK_WIDGET (self)), width, height);
}
