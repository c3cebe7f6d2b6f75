/* sc-width-cap.h - a container that reports at most a given natural width
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_WIDTH_CAP (sc_width_cap_get_type ())

G_DECLARE_FINAL_TYPE (ScWidthCap, sc_width_cap, SC, WIDTH_CAP, GtkWidget)

GtkWidget *sc_width_cap_new               (void);
GtkWidget *sc_width_cap_get_child         (ScWidthCap *self);
void       sc_width_cap_set_child         (ScWidthCap *self,
                                           GtkWidget  *child);
int        sc_width_cap_get_natural_width (ScWidthCap *self);
void       sc_width_cap_set_natural_width (ScWidthCap *self,
                                           int         natural_width);

G_END_DECLS
