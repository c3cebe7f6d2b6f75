/* sc-sandbox-action-private.h - what the action files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-sandbox-action.h"

G_BEGIN_DECLS

gboolean sc_sandbox_check_owner (const ScRun  *run,
                                 gint64        learner_id,
                                 GError      **error);
gboolean sc_sandbox_begin       (ScDatabase   *database,
                                 GError      **error);
gboolean sc_sandbox_end         (ScDatabase   *database,
                                 gboolean      ok,
                                 GError      **error);

G_END_DECLS
