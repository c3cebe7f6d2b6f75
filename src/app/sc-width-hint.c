/* sc-width-hint.c - an empty widget that asks for a natural width only
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AdwLeaflet (libadwaita 1.2) has no fold width of its own: with the
 * natural threshold policy it folds when its panes cannot all get their
 * natural width. The empty states report almost none, so the window would
 * only fold when nearly too narrow to use. Placed in the content pane,
 * this widget claims a natural width (and no minimum, height, focus,
 * input or accessible presence), so the leaflet folds below sidebar +
 * hint, and a folded window can still shrink to a phone's width. A panel
 * that wants more room than the hint still raises the fold point.
 */
#include "config.h"

#include "sc-width-hint.h"

struct _ScWidthHint
{
  GtkWidget parent_instance;

  int       natural_width;
};

G_DEFINE_FINAL_TYPE (ScWidthHint, sc_width_hint, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NATURAL_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sc_width_hint_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  ScWidthHint *self = SC_WIDTH_HINT (widget);

  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->natural_width : 0;
}

static void
sc_width_hint_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScWidthHint *self = SC_WIDTH_HINT (object);

  switch (prop_id)
    {
    case PROP_NATURAL_WIDTH:
      g_value_set_int (value, self->natural_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_width_hint_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ScWidthHint *self = SC_WIDTH_HINT (object);

  switch (prop_id)
    {
    case PROP_NATURAL_WIDTH:
      if (self->natural_width != g_value_get_int (value))
        {
          self->natural_width = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_width_hint_class_init (ScWidthHintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sc_width_hint_get_property;
  object_class->set_property = sc_width_hint_set_property;

  widget_class->measure = sc_width_hint_measure;

  properties[PROP_NATURAL_WIDTH] =
    g_param_spec_int ("natural-width", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
sc_width_hint_init (ScWidthHint *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

GtkWidget *
sc_width_hint_new (int natural_width)
{
  return g_object_new (SC_TYPE_WIDTH_HINT,
                       "natural-width", natural_width,
                       NULL);
}
