/* sc-columns-layout.h - a main and a side column side by side when wide, stacked when narrow
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_COLUMNS_LAYOUT (sc_columns_layout_get_type ())

G_DECLARE_FINAL_TYPE (ScColumnsLayout, sc_columns_layout, SC, COLUMNS_LAYOUT, GtkLayoutManager)

GtkLayoutManager *sc_columns_layout_new            (int              threshold);
int               sc_columns_layout_get_threshold  (ScColumnsLayout *self);
void              sc_columns_layout_set_threshold  (ScColumnsLayout *self,
                                                    int              threshold);
gboolean          sc_columns_layout_get_wide       (ScColumnsLayout *self);

G_END_DECLS
