/* sc-columns-layout.c - a main and a side column side by side when wide, stacked when narrow
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 and libadwaita 1.2 have no breakpoints, and changing a box's
 * orientation from size_allocate would queue a resize inside an
 * allocation. This layout manager decides per allocation instead: the
 * widget's first child is the main column, its second the side column.
 * From @threshold pixels of width up, they stand side by side (the main
 * column two thirds of the width, the side one third, the spacing
 * between); below it the side column follows the main one. Heights are
 * asked for the width each column will get, so wrapped text measures
 * right in both arrangements.
 */
#include "config.h"

#include "sc-columns-layout.h"

#define SPACING 20

struct _ScColumnsLayout
{
  GtkLayoutManager parent_instance;

  int              threshold;
  gboolean         wide;
};

G_DEFINE_FINAL_TYPE (ScColumnsLayout, sc_columns_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_THRESHOLD,
  PROP_WIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_columns (GtkWidget  *widget,
             GtkWidget **main_column,
             GtkWidget **side_column)
{
  *main_column = gtk_widget_get_first_child (widget);
  *side_column = *main_column != NULL ? gtk_widget_get_next_sibling (*main_column) : NULL;
  if (*main_column != NULL && !gtk_widget_should_layout (*main_column))
    *main_column = NULL;
  if (*side_column != NULL && !gtk_widget_should_layout (*side_column))
    *side_column = NULL;
}

static void
split_width (int  width,
             int *main_width,
             int *side_width)
{
  int available = MAX (width - SPACING, 0);

  *main_width = available * 2 / 3;
  *side_width = available - *main_width;
}

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

static GtkSizeRequestMode
sc_columns_layout_get_request_mode (GtkLayoutManager *manager,
                                    GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sc_columns_layout_measure (GtkLayoutManager *manager,
                           GtkWidget        *widget,
                           GtkOrientation    orientation,
                           int               for_size,
                           int              *minimum,
                           int              *natural,
                           int              *minimum_baseline,
                           int              *natural_baseline)
{
  ScColumnsLayout *self = SC_COLUMNS_LAYOUT (manager);
  GtkWidget *main_column;
  GtkWidget *side_column;
  int main_min, main_nat, side_min, side_nat;

  get_columns (widget, &main_column, &side_column);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrow, it stacks: the wider minimum is all it needs. */
      measure_child (main_column, orientation, -1, &main_min, &main_nat);
      measure_child (side_column, orientation, -1, &side_min, &side_nat);
      *minimum = MAX (main_min, side_min);
      *natural = MAX (*minimum, main_nat + SPACING + side_nat);
    }
  else if (for_size >= self->threshold)
    {
      int main_width, side_width;

      split_width (for_size, &main_width, &side_width);
      measure_child (main_column, orientation, main_width, &main_min, &main_nat);
      measure_child (side_column, orientation, side_width, &side_min, &side_nat);
      *minimum = MAX (main_min, side_min);
      *natural = MAX (main_nat, side_nat);
    }
  else
    {
      measure_child (main_column, orientation, for_size, &main_min, &main_nat);
      measure_child (side_column, orientation, for_size, &side_min, &side_nat);
      *minimum = main_min + SPACING + side_min;
      *natural = main_nat + SPACING + side_nat;
    }

  *minimum_baseline = *natural_baseline = -1;
}

static void
sc_columns_layout_allocate (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            int               width,
                            int               height,
                            int               baseline)
{
  ScColumnsLayout *self = SC_COLUMNS_LAYOUT (manager);
  gboolean wide = width >= self->threshold;
  GtkWidget *main_column;
  GtkWidget *side_column;
  int main_min, main_nat, side_min, side_nat;

  get_columns (widget, &main_column, &side_column);

  if (wide)
    {
      int main_width, side_width;

      split_width (width, &main_width, &side_width);
      measure_child (main_column, GTK_ORIENTATION_VERTICAL, main_width, &main_min, &main_nat);
      measure_child (side_column, GTK_ORIENTATION_VERTICAL, side_width, &side_min, &side_nat);
      if (main_column != NULL)
        gtk_widget_size_allocate (main_column,
                                  &(GtkAllocation) { 0, 0, main_width, MAX (main_min, MIN (main_nat, height)) },
                                  -1);
      if (side_column != NULL)
        gtk_widget_size_allocate (side_column,
                                  &(GtkAllocation) { main_width + SPACING, 0, side_width,
                                                     MAX (side_min, MIN (side_nat, height)) },
                                  -1);
    }
  else
    {
      int main_height;

      measure_child (main_column, GTK_ORIENTATION_VERTICAL, width, &main_min, &main_nat);
      measure_child (side_column, GTK_ORIENTATION_VERTICAL, width, &side_min, &side_nat);
      main_height = main_column != NULL ? MAX (main_min, MIN (main_nat, height - SPACING - side_min)) : 0;
      if (main_column != NULL)
        gtk_widget_size_allocate (main_column, &(GtkAllocation) { 0, 0, width, main_height }, -1);
      if (side_column != NULL)
        gtk_widget_size_allocate (side_column,
                                  &(GtkAllocation) { 0, main_height + SPACING, width,
                                                     MAX (side_min, height - main_height - SPACING) },
                                  -1);
    }

  if (wide != self->wide)
    {
      self->wide = wide;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDE]);
    }
}

static void
sc_columns_layout_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScColumnsLayout *self = SC_COLUMNS_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      g_value_set_int (value, self->threshold);
      break;

    case PROP_WIDE:
      g_value_set_boolean (value, self->wide);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_columns_layout_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ScColumnsLayout *self = SC_COLUMNS_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      sc_columns_layout_set_threshold (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_columns_layout_class_init (ScColumnsLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = sc_columns_layout_get_property;
  object_class->set_property = sc_columns_layout_set_property;

  layout_class->get_request_mode = sc_columns_layout_get_request_mode;
  layout_class->measure = sc_columns_layout_measure;
  layout_class->allocate = sc_columns_layout_allocate;

  properties[PROP_THRESHOLD] =
    g_param_spec_int ("threshold", NULL, NULL, 0, G_MAXINT, 1000,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDE] =
    g_param_spec_boolean ("wide", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_columns_layout_init (ScColumnsLayout *self)
{
  self->threshold = 1000;
}

GtkLayoutManager *
sc_columns_layout_new (int threshold)
{
  return g_object_new (SC_TYPE_COLUMNS_LAYOUT, "threshold", threshold, NULL);
}

int
sc_columns_layout_get_threshold (ScColumnsLayout *self)
{
  g_return_val_if_fail (SC_IS_COLUMNS_LAYOUT (self), 0);

  return self->threshold;
}

void
sc_columns_layout_set_threshold (ScColumnsLayout *self,
                                 int              threshold)
{
  g_return_if_fail (SC_IS_COLUMNS_LAYOUT (self));

  if (self->threshold == threshold)
    return;

  self->threshold = threshold;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

/**
 * sc_columns_layout_get_wide:
 *
 * Returns: whether the last allocation put the columns side by side
 */
gboolean
sc_columns_layout_get_wide (ScColumnsLayout *self)
{
  g_return_val_if_fail (SC_IS_COLUMNS_LAYOUT (self), FALSE);

  return self->wide;
}
