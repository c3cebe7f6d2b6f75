/* sc-window-sidebar.c - the main window's sidebar: a row per section
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Selecting a row shows its section; the section shown selects its row
 * (sc-window.c).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-tooltip.h"
#include "sc-window-private.h"

/* Set here rather than in sc-window.ui: sc-tooltip.c says why. */
static const struct {
  const char *section;
  const char *tooltip;
} row_tooltips[] = {
  { "learn",     N_("Lessons and quizzes (Ctrl+1)") },
  { "listings",  N_("Practise on a listing editor (Ctrl+2)") },
  { "orders",    N_("Practise on an order queue (Ctrl+3)") },
  { "inventory", N_("Practise on an inventory sheet (Ctrl+4)") },
  { "progress",  N_("Your results (Ctrl+5)") },
  { "class",     N_("A whole class at a glance (Ctrl+6)") },
  { "banks",     N_("Import and browse question banks (Ctrl+7)") },
};

/**
 * sc_window_sidebar_init_tooltips:
 *
 * Gives each section's row its tooltip (and so its accessible
 * description), and the header bars' buttons theirs.
 */
void
sc_window_sidebar_init_tooltips (ScWindow *self)
{
  sc_tooltip_set_text (GTK_WIDGET (self->primary_menu_button), _("Main Menu"));
  sc_tooltip_set_text (GTK_WIDGET (self->back_button), _("Back to Sections"));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = gtk_widget_get_name (child);

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (row_tooltips); i++)
        {
          if (g_strcmp0 (name, row_tooltips[i].section) == 0)
            {
              sc_tooltip_set_text (child, _(row_tooltips[i].tooltip));
              break;
            }
        }
    }
}

void
sc_window_select_sidebar_row (ScWindow   *self,
                              const char *section)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) &&
          g_strcmp0 (gtk_widget_get_name (child), section) == 0)
        {
          if (!gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (child)))
            gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (child));
          break;
        }
    }
}

void
sc_window_sidebar_row_selected_cb (ScWindow      *self,
                                   GtkListBoxRow *row)
{
  const char *name;

  if (row == NULL)
    return;

  name = gtk_widget_get_name (GTK_WIDGET (row));
  if (sc_window_is_section_name (name))
    sc_window_set_section (self, name);
}

void
sc_window_sidebar_row_activated_cb (ScWindow      *self,
                                    GtkListBoxRow *row)
{
  const char *name = gtk_widget_get_name (GTK_WIDGET (row));

  if (sc_window_is_section_name (name))
    sc_window_show_section (self, name);
}

/* "Practice" heads Listings, Orders and Inventory. It is a list header
 * rather than a row: GtkListBox's arrow keys stop on every row, even an
 * unselectable, unfocusable one, so a header row would take two presses
 * to cross and trap Up on Listings. A header is skipped. */
void
sc_window_sidebar_header_func (GtkListBoxRow *row,
                               GtkListBoxRow *before,
                               gpointer       user_data)
{
  ScWindow *self = user_data;
  GtkWidget *header;

  if (row != self->listings_row)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (gtk_list_box_row_get_header (row) != NULL)
    return;

  header = g_object_new (GTK_TYPE_LABEL,
                         "label", _("Practice"),
                         "xalign", 0.0f,
                         "ellipsize", PANGO_ELLIPSIZE_END,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                         "css-classes", (const char * const[]) {
                           "heading", "dim-label", "sc-sidebar-header", NULL
                         },
                         NULL);
  gtk_list_box_row_set_header (row, header);
}
