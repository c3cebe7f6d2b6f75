/* sc-learn-panel.h - the Learn section (lessons and quizzes)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_LEARN_PANEL (sc_learn_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScLearnPanel, sc_learn_panel, SC, LEARN_PANEL, ScPanel)

GtkWidget *sc_learn_panel_new (void);

G_END_DECLS
