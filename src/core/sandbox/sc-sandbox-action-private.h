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

/* Runs @change under a session attached to @tables (NULL-terminated);
 * the changeset of what it changed, or NULL when it changed nothing
 * (sc-sandbox-record.c). */
typedef gboolean (*ScSandboxChange) (sqlite3   *db,
                                     gpointer   user_data,
                                     GError   **error);

gboolean sc_sandbox_record      (sqlite3             *db,
                                 const char * const  *tables,
                                 ScSandboxChange      change,
                                 gpointer             user_data,
                                 GBytes             **out_changeset,
                                 GError             **error);
gboolean sc_sandbox_run         (sqlite3_stmt        *stmt,
                                 sqlite3             *db,
                                 GError             **error);

G_END_DECLS
