/* sc-class-panel.h - the Class section: the grading queue of the whole class, and its learners
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_CLASS_PANEL (sc_class_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScClassPanel, sc_class_panel, SC, CLASS_PANEL, ScPanel)

GtkWidget *sc_class_panel_new             (void);
guint      sc_class_panel_get_n_to_grade (ScClassPanel *self);
gboolean   sc_class_panel_export_learners_to (ScClassPanel *self,
                                              GFile        *folder);

G_END_DECLS
