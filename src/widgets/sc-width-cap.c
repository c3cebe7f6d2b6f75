/* sc-width-cap.c - a container that reports at most a given natural width
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AdwLeaflet folds by its panes' natural widths. A section with a leaflet
 * of its own (Learn: course tree | lesson) has a large natural width,
 * which would make the window's leaflet fold far earlier than designed.
 * Around the inner leaflet, this widget passes the minimum through and
 * caps the natural width it reports, so each leaflet folds for its own
 * reason: the window's by its width hint, the inner one by what its panes
 * need. The child is still given the whole allocation.
 *
 * It also stands between a scrolled window and wrapping text. GtkViewport
 * asks its child for its width at the viewport's height at every
 * allocation, and GtkLabel answers that by searching for the narrowest
 * width at which its text fits the height: a dozen layouts of the text
 * per search, two searches per allocation for the course overview's
 * description. A child that is sized height-for-width has one width for
 * any height, so this widget asks for it without the height.
 */
#include "config.h"

#include "sc-width-cap.h"

struct _ScWidthCap
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        natural_width;
};

G_DEFINE_FINAL_TYPE (ScWidthCap, sc_width_cap, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  PROP_NATURAL_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkSizeRequestMode
sc_width_cap_get_request_mode (GtkWidget *widget)
{
  ScWidthCap *self = SC_WIDTH_CAP (widget);

  return self->child != NULL ? gtk_widget_get_request_mode (self->child)
                             : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
sc_width_cap_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  ScWidthCap *self = SC_WIDTH_CAP (widget);

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL &&
      gtk_widget_get_request_mode (self->child) == GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH)
    for_size = -1;

  gtk_widget_measure (self->child, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL && self->natural_width >= 0)
    *natural = MAX (*minimum, MIN (*natural, self->natural_width));
}

static void
sc_width_cap_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  ScWidthCap *self = SC_WIDTH_CAP (widget);

  if (self->child != NULL && gtk_widget_should_layout (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
sc_width_cap_dispose (GObject *object)
{
  ScWidthCap *self = SC_WIDTH_CAP (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (sc_width_cap_parent_class)->dispose (object);
}

static void
sc_width_cap_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScWidthCap *self = SC_WIDTH_CAP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    case PROP_NATURAL_WIDTH:
      g_value_set_int (value, self->natural_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_width_cap_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ScWidthCap *self = SC_WIDTH_CAP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      sc_width_cap_set_child (self, g_value_get_object (value));
      break;

    case PROP_NATURAL_WIDTH:
      sc_width_cap_set_natural_width (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_width_cap_class_init (ScWidthCapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_width_cap_dispose;
  object_class->get_property = sc_width_cap_get_property;
  object_class->set_property = sc_width_cap_set_property;

  widget_class->get_request_mode = sc_width_cap_get_request_mode;
  widget_class->measure = sc_width_cap_measure;
  widget_class->size_allocate = sc_width_cap_size_allocate;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* -1: no cap. */
  properties[PROP_NATURAL_WIDTH] =
    g_param_spec_int ("natural-width", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_width_cap_init (ScWidthCap *self)
{
  self->natural_width = -1;
}

GtkWidget *
sc_width_cap_new (void)
{
  return g_object_new (SC_TYPE_WIDTH_CAP, NULL);
}

/**
 * sc_width_cap_get_child:
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
sc_width_cap_get_child (ScWidthCap *self)
{
  g_return_val_if_fail (SC_IS_WIDTH_CAP (self), NULL);

  return self->child;
}

void
sc_width_cap_set_child (ScWidthCap *self,
                        GtkWidget  *child)
{
  g_return_if_fail (SC_IS_WIDTH_CAP (self));
  g_return_if_fail (!child || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

int
sc_width_cap_get_natural_width (ScWidthCap *self)
{
  g_return_val_if_fail (SC_IS_WIDTH_CAP (self), -1);

  return self->natural_width;
}

/**
 * sc_width_cap_set_natural_width:
 * @natural_width: the most natural width to report, or -1 for no cap
 */
void
sc_width_cap_set_natural_width (ScWidthCap *self,
                                int         natural_width)
{
  g_return_if_fail (SC_IS_WIDTH_CAP (self));

  natural_width = MAX (natural_width, -1);
  if (self->natural_width == natural_width)
    return;

  self->natural_width = natural_width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURAL_WIDTH]);
}
