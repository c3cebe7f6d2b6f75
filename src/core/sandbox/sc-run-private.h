/* sc-run-private.h - what the run files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-run.h"
#include "sc-sqlite.h"

G_BEGIN_DECLS

char     *sc_run_now              (void);
ScRun    *sc_run_new_record       (gint64             learner_id,
                                   const char        *name,
                                   const ScCurrency  *currency);
void      sc_run_set_sqlite_error (GError           **error,
                                   sqlite3           *db);
gboolean  sc_run_check_name       (sqlite3           *db,
                                   gint64             learner_id,
                                   const char        *name,
                                   GError           **error);
gboolean  sc_run_insert_record    (sqlite3           *db,
                                   const char        *table,
                                   const ScRun       *run,
                                   GError           **error);

G_END_DECLS
