/* sc-detail-card.h - the cards of a record's page: a heading, then rows of words and figures
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order page and the stock item page lay their facts out alike: a
 * card per concern with a level-2 heading, grids of wrapped cells, and
 * "key … value" rows with the figures right-aligned in tabular digits.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *sc_detail_card_new      (const char *title);
GtkWidget *sc_detail_cell_new      (const char *text,
                                    float       xalign,
                                    gboolean    header);
GtkWidget *sc_detail_grid_new      (void);
void       sc_detail_add_value_row (GtkGrid    *grid,
                                    int         row,
                                    const char *key,
                                    const char *value,
                                    gboolean    strong);

G_END_DECLS
