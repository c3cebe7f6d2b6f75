/* sc-figure-image.h - a figure's picture: shrinks to fit, never grows past its own size
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_FIGURE_IMAGE (sc_figure_image_get_type ())

G_DECLARE_FINAL_TYPE (ScFigureImage, sc_figure_image, SC, FIGURE_IMAGE, GtkWidget)

GtkWidget    *sc_figure_image_new           (GdkPaintable  *paintable,
                                             const char    *alt);
GdkPaintable *sc_figure_image_get_paintable (ScFigureImage *self);
void          sc_figure_image_get_drawn     (ScFigureImage *self,
                                             int           *width,
                                             int           *height);

G_END_DECLS
