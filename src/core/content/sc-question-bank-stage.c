/* sc-question-bank-stage.c - writing a bank's questions to its stage
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The slow half of saving a bank (sc-question-bank.c): the rows go into
 * an ScDatabaseStage, on a worker in the asynchronous case, before the
 * writer copies them over in one short transaction.
 */
#include "config.h"

#include "sc-database-stage.h"
#include "sc-question-bank-private.h"

/* Filling the stage (on the worker in the asynchronous case) */

typedef struct
{
  sqlite3    *db;
  const char *path;
  Stmt       *insert_file;
  guint       question;
  gboolean    failed;
} Filler;

static void
stage_file (const char           *area,
            guint                 position,
            const ScQuestionFile *file,
            const char           *sha256,
            gpointer              user_data)
{
  Filler *filler = user_data;
  gsize size = 0;
  gconstpointer data = g_bytes_get_data (file->data, &size);

  if (filler->failed)
    return;

  sqlite3_reset (filler->insert_file);
  sqlite3_bind_int64 (filler->insert_file, 1, filler->question);
  sqlite3_bind_text (filler->insert_file, 2, area, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (filler->insert_file, 3, position);
  sqlite3_bind_text (filler->insert_file, 4, file->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (filler->insert_file, 5, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (filler->insert_file, 6, (sqlite3_int64) size);
  /* A zero-length blob must still be a blob, not NULL. */
  sqlite3_bind_blob64 (filler->insert_file, 7, data != NULL ? data : "", size, SQLITE_STATIC);
  if (sqlite3_step (filler->insert_file) != SQLITE_DONE)
    filler->failed = TRUE;
}

static gboolean
prepare (Filler      *filler,
         const char  *sql,
         Stmt       **out_stmt)
{
  if (sqlite3_prepare_v2 (filler->db, sql, -1, out_stmt, NULL) != SQLITE_OK)
    {
      filler->failed = TRUE;
      return FALSE;
    }

  return TRUE;
}

static gboolean
fill_bank (Filler                   *filler,
           const ScQuestionBankInfo *info)
{
  g_autoptr(Stmt) stmt = NULL;

  if (!prepare (filler,
                "INSERT INTO bank (name, source_file, source_format, source_sha256,"
                " imported_at, n_questions) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &stmt))
    return FALSE;

  sqlite3_bind_text (stmt, 1, info->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, info->source_file, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sc_question_source_to_string (info->source_format), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, info->source_sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, info->imported_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, info->n_questions);

  return sqlite3_step (stmt) == SQLITE_DONE;
}

static gboolean
fill_questions (Filler    *filler,
                GPtrArray *questions)
{
  g_autoptr(GHashTable) categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(Stmt) category = NULL;
  g_autoptr(Stmt) question = NULL;
  g_autoptr(Stmt) tag = NULL;

  if (!prepare (filler, "INSERT INTO categories (position, path) VALUES (?1, ?2)", &category) ||
      !prepare (filler,
                "INSERT INTO questions (position, category, type, name, idnumber, default_mark,"
                " search_text, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &question) ||
      !prepare (filler, "INSERT OR IGNORE INTO tags (question, tag, competency) VALUES (?1, ?2, ?3)",
                &tag) ||
      !prepare (filler,
                "INSERT INTO files (question, area, position, name, sha256, size, bytes)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &filler->insert_file))
    return FALSE;

  for (guint i = 0; i < questions->len && !filler->failed; i++)
    {
      const ScQuestion *q = g_ptr_array_index (questions, i);
      g_autofree char *path = NULL;
      g_autofree char *json = NULL;
      g_autofree char *search = NULL;
      gpointer position = NULL;

      filler->question = i;
      sqlite3_reset (question);
      sqlite3_bind_int64 (question, 1, i);
      sqlite3_bind_null (question, 2);
      if (q->category != NULL && q->category[0] != NULL)
        {
          path = sc_question_category_format ((const char * const *) q->category);
          if (!g_hash_table_lookup_extended (categories, path, NULL, &position))
            {
              position = GUINT_TO_POINTER (g_hash_table_size (categories));
              g_hash_table_insert (categories, g_strdup (path), position);
              sqlite3_reset (category);
              sqlite3_bind_int64 (category, 1, GPOINTER_TO_UINT (position));
              sqlite3_bind_text (category, 2, path, -1, SQLITE_TRANSIENT);
              if (sqlite3_step (category) != SQLITE_DONE)
                return FALSE;
            }
          sqlite3_bind_int64 (question, 2, GPOINTER_TO_UINT (position));
        }

      json = sc_question_bank_to_json (q, stage_file, filler);
      search = sc_question_bank_search_text (q);
      sqlite3_bind_text (question, 3, sc_question_type_to_string (q->type), -1, SQLITE_STATIC);
      sqlite3_bind_text (question, 4, q->name != NULL ? q->name : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (question, 5, q->idnumber, -1, SQLITE_TRANSIENT);
      sqlite3_bind_double (question, 6, q->default_mark);
      sqlite3_bind_text (question, 7, search, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (question, 8, json, -1, SQLITE_TRANSIENT);
      if (filler->failed || sqlite3_step (question) != SQLITE_DONE)
        return FALSE;

      for (guint t = 0; t < q->tags->len; t++)
        {
          const char *name = g_ptr_array_index (q->tags, t);
          g_autofree char *competency = sc_question_bank_competency (name);

          sqlite3_reset (tag);
          sqlite3_bind_int64 (tag, 1, i);
          sqlite3_bind_text (tag, 2, name, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (tag, 3, competency, -1, SQLITE_TRANSIENT);
          if (sqlite3_step (tag) != SQLITE_DONE)
            return FALSE;
        }
    }

  return !filler->failed;
}

/* Writes @info and @questions into the stage, through a connection of
 * the calling thread. */
gboolean
sc_question_bank_fill_stage (ScDatabaseStage           *stage,
                             const ScQuestionBankInfo  *info,
                             GPtrArray                 *questions,
                             GCancellable              *cancellable,
                             GError                   **error)
{
  Filler filler = { NULL, };
  gboolean ok;

  filler.db = sc_database_stage_open (stage, error);
  if (filler.db == NULL)
    return FALSE;
  filler.path = sc_database_stage_get_path (stage);

  ok = sqlite3_exec (filler.db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
       fill_bank (&filler, info) &&
       fill_questions (&filler, questions) &&
       sqlite3_exec (filler.db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
  if (!ok)
    sc_question_bank_set_error (filler.db, filler.path, error);
  g_clear_pointer (&filler.insert_file, sqlite3_finalize);
  sqlite3_close_v2 (filler.db);

  if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return ok;
}
