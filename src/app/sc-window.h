/* sc-window.h - the main window: sidebar and sections
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-application.h"
#include "sc-attempt-quiz.h"
#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_WINDOW (sc_window_get_type ())

G_DECLARE_FINAL_TYPE (ScWindow, sc_window, SC, WINDOW, AdwApplicationWindow)

ScWindow   *sc_window_new                (ScApplication *application,
                                          ScContext     *context);
ScContext  *sc_window_get_context        (ScWindow      *self);
const char *sc_window_get_section        (ScWindow      *self);
void        sc_window_set_section        (ScWindow      *self,
                                          const char    *section);
void        sc_window_show_section       (ScWindow      *self,
                                          const char    *section);
ScPanel    *sc_window_get_visible_panel  (ScWindow      *self);
gboolean    sc_window_get_ready          (ScWindow      *self);
void        sc_window_set_database_error (ScWindow      *self,
                                          const GError  *error);
void        sc_window_save_state         (ScWindow      *self);
void        sc_window_add_toast          (ScWindow      *self,
                                          AdwToast      *toast);
gboolean    sc_window_is_section_name    (const char    *name);
GtkWidget  *sc_window_take_quiz          (ScWindow      *self,
                                          const ScAttemptQuiz *quiz);

GtkShortcutsWindow *sc_window_get_help_overlay (ScWindow *self);

G_END_DECLS
