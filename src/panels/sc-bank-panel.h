/* sc-bank-panel.h - the Question Banks section: import files, browse banks and their questions
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-bank-import-dialog.h"
#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_BANK_PANEL (sc_bank_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScBankPanel, sc_bank_panel, SC, BANK_PANEL, ScPanel)

GtkWidget          *sc_bank_panel_new          (void);
void                sc_bank_panel_choose_file  (ScBankPanel *self);
ScBankImportDialog *sc_bank_panel_import_file  (ScBankPanel *self,
                                                GFile       *file);
void                sc_bank_panel_reload       (ScBankPanel *self);
gboolean            sc_bank_panel_select_bank  (ScBankPanel *self,
                                                const char  *name);
const char         *sc_bank_panel_get_bank     (ScBankPanel *self);
guint               sc_bank_panel_get_n_banks  (ScBankPanel *self);
guint               sc_bank_panel_get_n_shown  (ScBankPanel *self);

/* sc-bank-panel-manage.c */
void                sc_bank_panel_export_to    (ScBankPanel *self,
                                                GFile       *file);
gboolean            sc_bank_panel_is_exporting (ScBankPanel *self);
AdwMessageDialog   *sc_bank_panel_rename_bank  (ScBankPanel *self);
AdwMessageDialog   *sc_bank_panel_delete_bank  (ScBankPanel *self);

G_END_DECLS
