/* sc-run-private.h - what the run files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database-stage.h"
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

extern const char sc_run_stage_schema[];

gboolean  sc_run_fill_stage       (ScDatabaseStage   *stage,
                                   const ScRun       *run,
                                   gboolean           new_run,
                                   ScCatalog         *catalog,
                                   const char        *kind,
                                   const char        *target,
                                   GError           **error);
gboolean  sc_run_finish_stage_with (ScDatabaseStage  *stage,
                                   ScDatabase        *database,
                                   const char        *first,
                                   GError           **error);
gboolean  sc_run_finish_stage_then (ScDatabaseStage      *stage,
                                   ScDatabase           *database,
                                   const char           *first,
                                   ScDatabaseStageThen   then,
                                   gpointer              user_data,
                                   GError              **error);
gboolean  sc_run_finish_stage_with_shop (ScDatabaseStage  *stage,
                                        ScDatabase       *database,
                                        const ScRun      *run,
                                        const char       *first,
                                        GPtrArray        *orders,
                                        ScInventory      *stock,
                                        GError          **error);
char     *sc_run_stage_first_sql  (const ScRun          *run,
                                   gboolean              new_run);
gboolean  sc_run_finish_stage     (ScDatabaseStage   *stage,
                                   ScDatabase        *database,
                                   const ScRun       *run,
                                   gboolean           new_run,
                                   GError           **error);

G_END_DECLS
