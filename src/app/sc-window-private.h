/* sc-window-private.h - what the files of ScWindow share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-window.h"

G_BEGIN_DECLS

struct _ScWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  GtkButton            *back_button;
  GtkBox               *content_pane;
  AdwLeaflet           *leaflet;
  GtkListBoxRow        *listings_row;
  GtkStack             *main_stack;
  GMenuModel           *primary_menu;
  GtkMenuButton        *primary_menu_button;
  GtkListBox           *sidebar;
  GtkStack             *stack;
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;

  /* The database error page, built when first shown (ensure_error_page ()) */
  GtkButton            *choose_folder_button;
  GtkBox               *error_box;
  AdwStatusPage        *error_page;

  ScContext            *context;
  GSettings            *settings;
  GError               *database_error;
  GtkNativeDialog      *folder_chooser;

  /* The visible panel, whose title and readiness the window follows. */
  ScPanel              *watched_panel;
  gulong                panel_ready_id;
  gulong                panel_title_id;

  guint                 ready : 1;
};

void sc_window_class_install_actions (GtkWidgetClass *widget_class);
void sc_window_init_actions          (ScWindow       *self);

/* sc-window-sidebar.c */
void sc_window_select_sidebar_row       (ScWindow       *self,
                                         const char     *section);
void sc_window_sidebar_row_selected_cb  (ScWindow       *self,
                                         GtkListBoxRow  *row);
void sc_window_sidebar_row_activated_cb (ScWindow       *self,
                                         GtkListBoxRow  *row);
void sc_window_sidebar_init_tooltips    (ScWindow       *self);
void sc_window_sidebar_header_func      (GtkListBoxRow  *row,
                                         GtkListBoxRow  *before,
                                         gpointer        user_data);

G_END_DECLS
