/* sc-question-bank-private.h - what the files of the question bank share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "sc-database-stage.h"
#include "sc-database.h"
#include "sc-question-bank.h"

G_BEGIN_DECLS

typedef sqlite3_stmt Stmt;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Stmt, sqlite3_finalize)

/* The version of the JSON in questions.data ("v"). */
#define SC_QUESTION_BANK_JSON_VERSION 1

/* Called for each file of a question, with the text area it belongs to
 * ("questiontext", "answer/2", "hint/0", "cloze/1/answerfeedback/0", …)
 * and its position among that text's files. */
typedef void    (*ScQuestionBankEachFile)  (const char            *area,
                                            guint                  position,
                                            const ScQuestionFile  *file,
                                            const char            *sha256,
                                            gpointer               user_data);

/* Returns the bytes of a file of the question being loaded. */
typedef GBytes *(*ScQuestionBankFindFile)  (const char            *area,
                                            guint                  position,
                                            gpointer               user_data);

char       *sc_question_bank_to_json        (const ScQuestion        *question,
                                             ScQuestionBankEachFile   each_file,
                                             gpointer                 user_data);
ScQuestion *sc_question_bank_from_json      (const char              *json,
                                             ScQuestionBankFindFile   find_file,
                                             gpointer                 user_data,
                                             GError                 **error);
char       *sc_question_bank_search_text    (const ScQuestion        *question);
char       *sc_question_bank_fold           (const char              *text);
char       *sc_question_bank_competency     (const char              *tag);

gboolean    sc_question_bank_fill_stage     (ScDatabaseStage         *stage,
                                             const ScQuestionBankInfo *info,
                                             GPtrArray               *questions,
                                             GCancellable            *cancellable,
                                             GError                 **error);
void        sc_question_bank_set_error      (sqlite3                 *db,
                                             const char              *path,
                                             GError                 **error);

G_END_DECLS
