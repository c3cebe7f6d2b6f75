/* sc-panel.h - the base of every page in the window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-types.h"

G_BEGIN_DECLS

#define SC_TYPE_PANEL (sc_panel_get_type ())

G_DECLARE_DERIVABLE_TYPE (ScPanel, sc_panel, SC, PANEL, GtkWidget)

struct _ScPanelClass
{
  GtkWidgetClass parent_class;

  /* The context was set or one of its properties changed. */
  void (*context_changed) (ScPanel *self);

  gpointer padding[8];
};

ScContext  *sc_panel_get_context (ScPanel    *self);
void        sc_panel_set_context (ScPanel    *self,
                                  ScContext  *context);
const char *sc_panel_get_title   (ScPanel    *self);
void        sc_panel_set_title   (ScPanel    *self,
                                  const char *title);
gboolean    sc_panel_get_ready   (ScPanel    *self);
void        sc_panel_set_ready   (ScPanel    *self,
                                  gboolean    ready);

G_END_DECLS
