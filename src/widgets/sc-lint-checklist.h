/* sc-lint-checklist.h - a product's lint findings as a checklist, with its quality score
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-lint.h"

G_BEGIN_DECLS

#define SC_TYPE_LINT_CHECKLIST (sc_lint_checklist_get_type ())

G_DECLARE_FINAL_TYPE (ScLintChecklist, sc_lint_checklist, SC, LINT_CHECKLIST, GtkWidget)

GtkWidget  *sc_lint_checklist_new          (void);
void        sc_lint_checklist_set_findings (ScLintChecklist *self,
                                            GPtrArray       *findings);
guint       sc_lint_checklist_get_score    (ScLintChecklist *self);
const char *sc_lint_checklist_get_summary  (ScLintChecklist *self);
GPtrArray  *sc_lint_checklist_get_rows     (ScLintChecklist *self);

G_END_DECLS
