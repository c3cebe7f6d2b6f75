/* sc-module-status-line.h - a module's status in the course tree: an icon and a few words
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-module-status.h"

G_BEGIN_DECLS

char      *sc_module_status_line_describe (ScModuleState  state,
                                           double         best_score,
                                           double         pass_fraction);
GtkWidget *sc_module_status_line_new      (ScModuleState  state,
                                           const char    *text);

G_END_DECLS
