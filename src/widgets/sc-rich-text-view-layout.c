/* sc-rich-text-view-layout.c - ScRichTextView stacks its blocks, measuring each at the one width it gets
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blocks of a text are a column: each as wide as the view, one below
 * the other. A text column's width never depends on the height it is
 * given, so a width asked for a given height is answered as the width
 * for any height: a vertical box would hand the height on, and a
 * wrapping label asked for its width at a height searches for the
 * narrowest width that fits, laying its text out again at each step.
 * (Measured on the built-in course, the searches came from the rows of
 * markers and text, which sc-rich-text-blocks.c now makes grids; this
 * keeps them from coming back through the view.)
 */
#include "config.h"

#include "sc-rich-text-view-private.h"

GtkSizeRequestMode
sc_rtv_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

void
sc_rtv_measure (GtkWidget      *widget,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0;
      int child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
          *minimum += child_min;
          *natural += child_nat;
        }
    }
}

/* Each block at its natural height for the width, or at its minimum
 * when the view is given less than that. */
void
sc_rtv_size_allocate (GtkWidget *widget,
                      int        width,
                      int        height,
                      int        baseline)
{
  int natural_total = 0;
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_nat, NULL, NULL);
      natural_total += child_nat;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0;
      int child_nat = 0;
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_min, &child_nat, NULL, NULL);
      child_height = natural_total <= height ? child_nat : child_min;
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
      y += child_height;
    }
}
