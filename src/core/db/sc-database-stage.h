/* sc-database-stage.h - a scratch database for a long write on a worker
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

#define SC_TYPE_DATABASE_STAGE (sc_database_stage_get_type ())

G_DECLARE_FINAL_TYPE (ScDatabaseStage, sc_database_stage, SC, DATABASE_STAGE, GObject)

ScDatabaseStage *sc_database_stage_new      (ScDatabase       *database,
                                             const char       *schema_sql,
                                             GError          **error);
const char      *sc_database_stage_get_path (ScDatabaseStage  *self);
sqlite3         *sc_database_stage_open     (ScDatabaseStage  *self,
                                             GError          **error);
gboolean         sc_database_stage_finish   (ScDatabaseStage  *self,
                                             ScDatabase       *database,
                                             const char       *sql,
                                             GError          **error);

/* More writes in the same transaction, after the stage's rows are in. */
typedef gboolean (*ScDatabaseStageThen) (sqlite3   *db,
                                         gpointer   user_data,
                                         GError   **error);

gboolean         sc_database_stage_finish_then (ScDatabaseStage      *self,
                                                ScDatabase           *database,
                                                const char           *sql,
                                                ScDatabaseStageThen   then,
                                                gpointer              user_data,
                                                GError              **error);

G_END_DECLS
