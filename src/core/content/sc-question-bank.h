/* sc-question-bank.h - named banks of questions in the learner's database
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-question.h"
#include "sc-types.h"

G_BEGIN_DECLS

typedef enum
{
  SC_QUESTION_SOURCE_UNKNOWN,
  SC_QUESTION_SOURCE_MOODLE_XML,
  SC_QUESTION_SOURCE_GIFT,
} ScQuestionSource;

/* What sc_question_bank_save() records beside the questions. */
typedef struct
{
  char             *name;         /* the bank's name, unique in the database */
  char             *source_file;  /* (nullable): the file imported from */
  ScQuestionSource  source_format;
  char             *source_sha256; /* (nullable): of the file's bytes */
  char             *imported_at;  /* UTC, as statement timestamps; set when saved */
  guint             n_questions;
  gint64            id;           /* question_banks.id; 0 until saved */
} ScQuestionBankInfo;

/* One question in a list or a search result, without loading it whole. */
typedef struct
{
  gint64          id;             /* questions.id, also ScQuestion.id as text */
  char           *bank;
  guint           position;       /* 0-based, in the order of the file */
  ScQuestionType  type;
  char           *name;
  char           *idnumber;       /* (nullable) */
  char           *category;       /* (nullable): Moodle's spelling, "$course$/top/A" */
} ScQuestionBankEntry;

/* Every field that is set must match; the text is looked for, without
 * regard to case, in the name and the question text. */
typedef struct
{
  const char *bank;               /* (nullable): every bank */
  int         type;               /* an ScQuestionType, or -1 for any */
  const char *tag;                /* (nullable) */
  const char *competency;         /* (nullable): the id of a "competency:ID" tag */
  const char *category;           /* (nullable): this category or one inside it */
  const char *text;               /* (nullable) */
} ScQuestionFilter;

#define SC_QUESTION_FILTER_INIT { NULL, -1, NULL, NULL, NULL, NULL }

ScQuestionBankInfo  *sc_question_bank_info_new      (const char           *name);
void                 sc_question_bank_info_free     (ScQuestionBankInfo   *self);
void                 sc_question_bank_entry_free    (ScQuestionBankEntry  *self);
const char          *sc_question_source_to_string   (ScQuestionSource      source);

/* Saving: one transaction, prepared in a stage (sc-question-bank.c) */
gboolean             sc_question_bank_save          (ScDatabase           *database,
                                                     ScQuestionBankInfo   *info,
                                                     GPtrArray            *questions,
                                                     GError              **error);
void                 sc_question_bank_save_async    (ScDatabase           *database,
                                                     const ScQuestionBankInfo *info,
                                                     GPtrArray            *questions,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
ScQuestionBankInfo  *sc_question_bank_save_finish   (ScDatabase           *database,
                                                     GAsyncResult         *result,
                                                     GError              **error);
gboolean             sc_question_bank_replace       (ScDatabase           *database,
                                                     ScQuestionBankInfo   *info,
                                                     GPtrArray            *questions,
                                                     GError              **error);

/* Renaming and deleting (sc-question-bank-edit.c) */
gboolean             sc_question_bank_rename        (ScDatabase           *database,
                                                     const char           *name,
                                                     const char           *new_name,
                                                     GError              **error);
gboolean             sc_question_bank_delete        (ScDatabase           *database,
                                                     const char           *name,
                                                     GError              **error);
gboolean             sc_question_bank_count_attempts (ScDatabase          *database,
                                                     const char           *name,
                                                     guint                *out_n_attempts,
                                                     GError              **error);

/* Reading (sc-question-bank-read.c) */
GPtrArray           *sc_question_bank_list          (ScDatabase           *database,
                                                     GError              **error);
ScQuestionBankInfo  *sc_question_bank_lookup        (ScDatabase           *database,
                                                     const char           *name,
                                                     GError              **error);
GPtrArray           *sc_question_bank_load          (ScDatabase           *database,
                                                     const char           *name,
                                                     GError              **error);
ScQuestion          *sc_question_bank_load_question (ScDatabase           *database,
                                                     gint64                question_id,
                                                     GError              **error);
GPtrArray           *sc_question_bank_search        (ScDatabase           *database,
                                                     const ScQuestionFilter *filter,
                                                     GError              **error);
GPtrArray           *sc_question_bank_list_tags     (ScDatabase           *database,
                                                     const char           *bank,
                                                     GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuestionBankInfo, sc_question_bank_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuestionBankEntry, sc_question_bank_entry_free)

G_END_DECLS
