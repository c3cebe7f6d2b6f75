/* sc-learning-private.h - transactions and statement helpers the learning files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "sc-database.h"

G_BEGIN_DECLS

/* A prepared statement that finalizes itself (its own name, so it never
 * clashes with a cleanup another floor might declare for sqlite3_stmt). */
typedef sqlite3_stmt ScLearningStmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScLearningStmt, sqlite3_finalize)

typedef struct
{
  ScDatabase *database;
  gboolean    savepoint;
  gboolean    open;
} ScLearningTx;

gboolean        sc_learning_tx_begin    (ScLearningTx    *tx,
                                         ScDatabase      *database,
                                         GError         **error);
gboolean        sc_learning_tx_commit   (ScLearningTx    *tx,
                                         GError         **error);
gboolean        sc_learning_tx_fail     (ScLearningTx    *tx);

ScLearningStmt *sc_learning_prepare     (ScDatabase      *database,
                                         const char      *sql,
                                         GError         **error);
gboolean        sc_learning_step_done   (ScDatabase      *database,
                                         ScLearningStmt  *stmt,
                                         GError         **error);
int             sc_learning_step_row    (ScDatabase      *database,
                                         ScLearningStmt  *stmt,
                                         GError         **error);
void            sc_learning_set_error   (ScDatabase      *database,
                                         GError         **error);
void            sc_learning_bind_text   (ScLearningStmt  *stmt,
                                         int              index,
                                         const char      *text);
const char     *sc_learning_column_text (ScLearningStmt  *stmt,
                                         int              index);

G_END_DECLS
