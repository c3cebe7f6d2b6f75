/* sc-module-status-private.h - the evidence a module's rule is judged on
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-module-status.h"

G_BEGIN_DECLS

typedef struct
{
  char     *stamp;    /* "<timestamp> <statement id>": orders answers, ties included */
  gboolean  correct;
} ScModuleAnswer;

/* What module_status.evidence holds. */
typedef struct
{
  double     best;      /* best scaled score of the rule's quiz, -1 if none */
  GPtrArray *answers;   /* ScModuleAnswer, oldest first, the newest `window` only */
  gint64     n;         /* statements counted */
  gboolean   practice_passed;  /* a check of the rule's practice passed every goal */
} ScModuleEvidence;

void           sc_module_evidence_init      (ScModuleEvidence       *self);
void           sc_module_evidence_clear     (ScModuleEvidence       *self);
void           sc_module_evidence_add       (ScModuleEvidence       *self,
                                             const char             *stamp,
                                             gboolean                correct,
                                             guint                  window);
guint          sc_module_evidence_n_correct (const ScModuleEvidence *self);
guint          sc_module_rule_get_window    (const ScModuleRule     *rule);
ScModuleState  sc_module_rule_evaluate      (const ScModuleRule     *rule,
                                             const ScModuleEvidence *evidence);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScModuleEvidence, sc_module_evidence_clear)

G_END_DECLS
