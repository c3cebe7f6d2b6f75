/* sc-bank-import-dialog.h - the preview of a question file before it becomes a bank
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-bank-import.h"
#include "sc-types.h"

G_BEGIN_DECLS

#define SC_TYPE_BANK_IMPORT_DIALOG (sc_bank_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ScBankImportDialog, sc_bank_import_dialog, SC, BANK_IMPORT_DIALOG, AdwWindow)

ScBankImportDialog *sc_bank_import_dialog_new        (GtkWindow          *parent,
                                                      ScDatabase         *database,
                                                      GFile              *file);
const ScBankImport *sc_bank_import_dialog_get_import (ScBankImportDialog *self);
const char         *sc_bank_import_dialog_get_state  (ScBankImportDialog *self);
const char         *sc_bank_import_dialog_get_name_problem (ScBankImportDialog *self);

G_END_DECLS
