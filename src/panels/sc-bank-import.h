/* sc-bank-import.h - a question file read off the main thread, ready to preview and store
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-question-bank.h"

G_BEGIN_DECLS

/* What a question file holds, before anything is stored. */
typedef struct
{
  char              *path;          /* the file, as read */
  char              *display_name;  /* its base name, for people */
  char              *default_name;  /* the base name without its extension */
  ScQuestionSource   format;
  char              *sha256;        /* (nullable): of the file's bytes */
  GPtrArray         *questions;     /* ScQuestion that can be stored; empty on refusal */
  guint              counts[SC_QUESTION_N_TYPES]; /* of every question read, by type */
  guint              n_unsupported; /* read but never stored (plug-in types) */
  GStrv              problems;      /* FILE:LINE: message, every one */
  GError            *error;         /* (nullable): the file was refused as a whole */
  gboolean           snap_fractions; /* grades off Moodle's list were rounded */
} ScBankImport;

void          sc_bank_import_free         (ScBankImport         *self);
ScBankImport *sc_bank_import_read         (GFile                *file,
                                           gboolean              snap_fractions,
                                           GCancellable         *cancellable);
void          sc_bank_import_read_async   (GFile                *file,
                                           gboolean              snap_fractions,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
ScBankImport *sc_bank_import_read_finish  (GAsyncResult         *result,
                                           GError              **error);
gboolean      sc_bank_import_can_store    (const ScBankImport   *self);
ScQuestionSource sc_bank_import_format_of (const char           *file_name);
const char   *sc_bank_import_type_label   (ScQuestionType        type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScBankImport, sc_bank_import_free)

G_END_DECLS
