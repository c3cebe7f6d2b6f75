/* sc-progress-panel.h - the Progress section: the learner's own results, as charts and tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_PROGRESS_PANEL (sc_progress_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScProgressPanel, sc_progress_panel, SC, PROGRESS_PANEL, ScPanel)

GtkWidget *sc_progress_panel_new    (void);
void       sc_progress_panel_reload (ScProgressPanel *self);
gboolean   sc_progress_panel_export_to (ScProgressPanel *self,
                                        GFile           *folder);

G_END_DECLS
