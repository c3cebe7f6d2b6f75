/* sc-detail-card.c - the cards of a record's page: a heading, then rows of words and figures
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-detail-card.h"

/**
 * sc_detail_card_new:
 *
 * Returns: (transfer floating): a card with @title as its level-2
 *   heading; append its rows to it
 */
GtkWidget *
sc_detail_card_new (const char *title)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *heading = gtk_label_new (title);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "sc-detail-card");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  g_object_set (heading, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (card), heading);
  return card;
}

/**
 * sc_detail_cell_new:
 * @xalign: 0 for words, 1 for figures (in tabular digits, so they line up)
 * @header: a column's header, dimmed
 */
GtkWidget *
sc_detail_cell_new (const char *text,
                    float       xalign,
                    gboolean    header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (header)
    gtk_widget_add_css_class (label, "dim-label");
  if (xalign == 1)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

GtkWidget *
sc_detail_grid_new (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  return grid;
}

/**
 * sc_detail_add_value_row:
 * @strong: a total or the figure the card is about, in bold
 *
 * Adds "@key … @value" as row @row of @grid.
 */
void
sc_detail_add_value_row (GtkGrid    *grid,
                         int         row,
                         const char *key,
                         const char *value,
                         gboolean    strong)
{
  GtkWidget *key_label = sc_detail_cell_new (key, 0, FALSE);
  GtkWidget *value_label = sc_detail_cell_new (value, 1, FALSE);

  gtk_widget_set_hexpand (key_label, TRUE);
  if (strong)
    {
      gtk_widget_add_css_class (key_label, "heading");
      gtk_widget_add_css_class (value_label, "heading");
    }
  gtk_grid_attach (grid, key_label, 0, row, 1, 1);
  gtk_grid_attach (grid, value_label, 1, row, 1, 1);
}
