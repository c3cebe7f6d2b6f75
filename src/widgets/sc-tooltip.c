/* sc-tooltip.c - a tooltip set without asking the display where the pointer is
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When the tooltip of a visible widget changes, GTK 4.8 asks the display
 * where the pointer is, in case a tooltip on screen should change with
 * it. On X11 that is a round trip to the server, and it is made even for
 * a widget that is not in a window yet: the 21 tooltips of the window,
 * the lesson page and the course tree cost about 6 ms of every start-up.
 * A widget that is not on screen cannot be under the pointer, so it is
 * hidden for the moment its tooltip changes, which GTK does not query
 * for; a widget on screen gets GTK's query as before.
 *
 * This is why the windows and pages built at start-up set their tooltips
 * here rather than in their .ui files (test-startup-tooltips checks it).
 */
#include "config.h"

#include "sc-tooltip.h"

/**
 * sc_tooltip_set_text:
 * @widget: a widget
 * @text: (nullable): the tooltip, as for gtk_widget_set_tooltip_text (),
 *   which also makes it the widget's accessible description
 *
 * Sets the tooltip of @widget, without a round trip to the display while
 * @widget is not on screen.
 */
void
sc_tooltip_set_text (GtkWidget  *widget,
                     const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_widget_get_mapped (widget) || !gtk_widget_get_visible (widget))
    {
      gtk_widget_set_tooltip_text (widget, text);
      return;
    }

  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, TRUE);
}
