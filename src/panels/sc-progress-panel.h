/* sc-progress-panel.h - the Progress section (your results)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_PROGRESS_PANEL (sc_progress_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScProgressPanel, sc_progress_panel, SC, PROGRESS_PANEL, ScPanel)

GtkWidget *sc_progress_panel_new (void);

G_END_DECLS
