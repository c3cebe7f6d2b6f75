/* sc-preferences-window.h - the learner's name, style, text size and presentation mode
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-types.h"

G_BEGIN_DECLS

#define SC_TYPE_PREFERENCES_WINDOW (sc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ScPreferencesWindow, sc_preferences_window, SC, PREFERENCES_WINDOW, AdwPreferencesWindow)

ScPreferencesWindow *sc_preferences_window_new                (GSettings           *settings);
ScPreferencesWindow *sc_preferences_window_new_for_context    (ScContext           *context);
void                 sc_preferences_window_focus_learner_name (ScPreferencesWindow *self);

G_END_DECLS
