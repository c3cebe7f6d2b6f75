/* sc-question-bank.c - named banks of questions in the learner's database
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bank is saved whole, in one transaction: its questions are first
 * written to an ScDatabaseStage (a scratch database beside the real one,
 * filled on a worker thread by sc_question_bank_save_async(), for as long
 * as a 10,000-question import with images takes), then copied over by
 * the writer in one short INSERT … SELECT. Until that commits nothing of
 * the bank exists; if it fails nothing does, and the other banks were
 * never touched. An importer that rejects a whole file simply never
 * calls these functions.
 *
 * Banks are content shared by every learner of the database, so they
 * carry no learner_id; attempts (src/core/learning/) refer to their
 * questions, which is why a bank in use is retired rather than deleted
 * (sc-question-bank-edit.c).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-database-stage.h"
#include "sc-question-bank-private.h"

#define STAGE_SCHEMA \
  "CREATE TABLE bank (name TEXT NOT NULL, source_file TEXT, source_format TEXT," \
  "  source_sha256 TEXT, imported_at TEXT NOT NULL, n_questions INTEGER NOT NULL);" \
  "CREATE TABLE categories (position INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);" \
  "CREATE TABLE questions (position INTEGER PRIMARY KEY, category INTEGER, type TEXT NOT NULL," \
  "  name TEXT NOT NULL, idnumber TEXT, default_mark REAL NOT NULL, search_text TEXT NOT NULL," \
  "  data TEXT NOT NULL);" \
  "CREATE TABLE files (question INTEGER NOT NULL, area TEXT NOT NULL, position INTEGER NOT NULL," \
  "  name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, bytes BLOB NOT NULL);" \
  "CREATE TABLE tags (question INTEGER NOT NULL, tag TEXT NOT NULL, competency TEXT," \
  "  PRIMARY KEY (question, tag));"

#define THIS_BANK \
  "(SELECT id FROM main.question_banks WHERE name = (SELECT name FROM stage.bank))"

#define FINISH_SQL \
  "INSERT INTO main.question_banks" \
  "  (name, source_file, source_format, source_sha256, imported_at, n_questions)" \
  " SELECT name, source_file, source_format, source_sha256, imported_at, n_questions" \
  " FROM stage.bank;" \
  "INSERT INTO main.question_categories (bank_id, position, path)" \
  " SELECT " THIS_BANK ", position, path FROM stage.categories ORDER BY position;" \
  "INSERT INTO main.questions" \
  "  (bank_id, position, category_id, type, name, idnumber, default_mark, search_text, data)" \
  " SELECT " THIS_BANK ", q.position," \
  "   (SELECT c.id FROM main.question_categories c" \
  "    WHERE c.bank_id = " THIS_BANK " AND c.position = q.category)," \
  "   q.type, q.name, q.idnumber, q.default_mark, q.search_text, q.data" \
  " FROM stage.questions q ORDER BY q.position;" \
  "INSERT INTO main.question_files (question_id, area, position, name, sha256, size, bytes)" \
  " SELECT m.id, f.area, f.position, f.name, f.sha256, f.size, f.bytes" \
  " FROM stage.files f JOIN main.questions m" \
  "   ON m.bank_id = " THIS_BANK " AND m.position = f.question;" \
  "INSERT INTO main.question_tags (question_id, tag, competency)" \
  " SELECT m.id, t.tag, t.competency" \
  " FROM stage.tags t JOIN main.questions m" \
  "   ON m.bank_id = " THIS_BANK " AND m.position = t.question;"

/* Before a replacement's rows go in: the old bank goes, unless attempts
 * use it; then it stays, renamed, so that those attempts can be resumed
 * and reviewed with the questions they were started with. */
#define RETIRE_SQL \
  "DELETE FROM main.question_banks WHERE name = (SELECT name FROM stage.bank)" \
  " AND id NOT IN (SELECT bank_id FROM main.attempts);" \
  "UPDATE main.question_banks" \
  " SET name = name || ' (until ' || (SELECT imported_at FROM stage.bank) || ')'" \
  " WHERE name = (SELECT name FROM stage.bank);"

ScQuestionBankInfo *
sc_question_bank_info_new (const char *name)
{
  ScQuestionBankInfo *self = g_new0 (ScQuestionBankInfo, 1);

  self->name = g_strdup (name);

  return self;
}

static ScQuestionBankInfo *
info_copy (const ScQuestionBankInfo *info)
{
  ScQuestionBankInfo *copy = sc_question_bank_info_new (info->name);

  copy->source_file = g_strdup (info->source_file);
  copy->source_format = info->source_format;
  copy->source_sha256 = g_strdup (info->source_sha256);
  copy->imported_at = g_strdup (info->imported_at);
  copy->n_questions = info->n_questions;
  copy->id = info->id;

  return copy;
}

void
sc_question_bank_info_free (ScQuestionBankInfo *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->source_file);
  g_free (self->source_sha256);
  g_free (self->imported_at);
  g_free (self);
}

void
sc_question_bank_entry_free (ScQuestionBankEntry *self)
{
  if (self == NULL)
    return;

  g_free (self->bank);
  g_free (self->name);
  g_free (self->idnumber);
  g_free (self->category);
  g_free (self);
}

/**
 * sc_question_source_to_string:
 *
 * Returns: (nullable): "moodle-xml", "gift", or %NULL when unknown: the
 *   values of question_banks.source_format
 */
const char *
sc_question_source_to_string (ScQuestionSource source)
{
  switch (source)
    {
    case SC_QUESTION_SOURCE_MOODLE_XML:
      return "moodle-xml";
    case SC_QUESTION_SOURCE_GIFT:
      return "gift";
    case SC_QUESTION_SOURCE_UNKNOWN:
    default:
      return NULL;
    }
}

void
sc_question_bank_set_error (sqlite3     *db,
                            const char  *path,
                            GError     **error)
{
  sc_sqlite_set_error (error, db, sqlite3_extended_errcode (db), path, SC_SQLITE_ROLE_DATABASE);
}

static char *
dup_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (now) / 1000);
}

static gboolean
check_name (ScDatabase  *database,
            const char  *name,
            GError     **error)
{
  g_autoptr(Stmt) stmt = NULL;
  g_autofree char *trimmed = name != NULL ? g_strstrip (g_strdup (name)) : NULL;
  sqlite3 *db = sc_database_get_handle (database);
  int rc;

  if (trimmed == NULL || *trimmed == '\0' || strcmp (trimmed, name) != 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("“%s” cannot name a question bank: a name needs some text and no spaces around it."),
                   name != NULL ? name : "");
      return FALSE;
    }

  if (sqlite3_prepare_v2 (db, "SELECT 1 FROM question_banks WHERE name = ?1", -1, &stmt, NULL) != SQLITE_OK)
    {
      sc_question_bank_set_error (db, sc_database_get_path (database), error);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("A question bank named “%s” already exists. Choose another name for this import, or delete the old bank first."),
                   name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      sc_question_bank_set_error (db, sc_database_get_path (database), error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
finish_stage (ScDatabaseStage     *stage,
              ScDatabase          *database,
              ScQuestionBankInfo  *info,
              gboolean             replace,
              GError             **error)
{
  g_autoptr(Stmt) stmt = NULL;
  sqlite3 *db = sc_database_get_handle (database);

  /* Another window may have taken the name since the check. */
  if (replace ? !sc_database_stage_finish (stage, database, RETIRE_SQL FINISH_SQL, error)
              : (!check_name (database, info->name, error) ||
                 !sc_database_stage_finish (stage, database, FINISH_SQL, error)))
    return FALSE;

  if (sqlite3_prepare_v2 (db, "SELECT id FROM question_banks WHERE name = ?1", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, info->name, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        info->id = sqlite3_column_int64 (stmt, 0);
    }

  return TRUE;
}

static ScDatabaseStage *
begin_save (ScDatabase                *database,
            ScQuestionBankInfo        *info,
            GPtrArray                 *questions,
            gboolean                   replace,
            GError                   **error)
{
  if (!replace && !check_name (database, info->name, error))
    return NULL;

  g_free (info->imported_at);
  info->imported_at = dup_now ();
  info->n_questions = questions->len;

  return sc_database_stage_new (database, STAGE_SCHEMA, error);
}

/**
 * sc_question_bank_save:
 * @info: the bank's name and source; its imported_at, n_questions and id
 *   are set when it is saved
 * @questions: (element-type ScQuestion): in the order of the file
 *
 * Saves @questions as a new bank named @info->name, in one transaction,
 * on the calling thread (the thread that owns @database). A bank of that
 * name must not exist. On failure nothing is stored.
 *
 * For a long import in a window use sc_question_bank_save_async(), which
 * does the slow part on a worker.
 */
gboolean
sc_question_bank_save (ScDatabase          *database,
                       ScQuestionBankInfo  *info,
                       GPtrArray           *questions,
                       GError             **error)
{
  g_autoptr(ScDatabaseStage) stage = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (questions != NULL, FALSE);

  stage = begin_save (database, info, questions, FALSE, error);

  return stage != NULL &&
         sc_question_bank_fill_stage (stage, info, questions, NULL, error) &&
         finish_stage (stage, database, info, FALSE, error);
}

/**
 * sc_question_bank_replace:
 *
 * Like sc_question_bank_save(), but a bank named @info->name may exist:
 * in the same transaction it is deleted, or, when attempts use it, kept
 * under the name "NAME (until TIME)" so those attempts are untouched.
 * New attempts draw from the new questions. On failure nothing changes.
 */
gboolean
sc_question_bank_replace (ScDatabase          *database,
                          ScQuestionBankInfo  *info,
                          GPtrArray           *questions,
                          GError             **error)
{
  g_autoptr(ScDatabaseStage) stage = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (questions != NULL, FALSE);

  stage = begin_save (database, info, questions, TRUE, error);

  return stage != NULL &&
         sc_question_bank_fill_stage (stage, info, questions, NULL, error) &&
         finish_stage (stage, database, info, TRUE, error);
}

typedef struct
{
  ScDatabaseStage    *stage;
  ScQuestionBankInfo *info;
  GPtrArray          *questions;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->stage);
  sc_question_bank_info_free (data->info);
  g_ptr_array_unref (data->questions);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (sc_question_bank_fill_stage (data->stage, data->info, data->questions, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sc_question_bank_save_async:
 * @questions: (element-type ScQuestion): kept until the save ends; do
 *   not change them meanwhile
 *
 * Like sc_question_bank_save(), with the questions written to the stage
 * on a worker thread; sc_question_bank_save_finish() then copies them
 * into the database in one short transaction.
 */
void
sc_question_bank_save_async (ScDatabase               *database,
                             const ScQuestionBankInfo *info,
                             GPtrArray                *questions,
                             GCancellable             *cancellable,
                             GAsyncReadyCallback       callback,
                             gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SaveData *data;

  g_return_if_fail (SC_IS_DATABASE (database));
  g_return_if_fail (info != NULL);
  g_return_if_fail (questions != NULL);

  task = g_task_new (database, cancellable, callback, user_data);
  g_task_set_source_tag (task, sc_question_bank_save_async);

  data = g_new0 (SaveData, 1);
  data->info = info_copy (info);
  data->questions = g_ptr_array_ref (questions);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  data->stage = begin_save (database, data->info, questions, FALSE, &error);
  if (data->stage == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, save_thread);
}

/**
 * sc_question_bank_save_finish:
 *
 * Call on the thread that owns @database: the rows are copied here.
 *
 * Returns: (transfer full) (nullable): the saved bank's description
 */
ScQuestionBankInfo *
sc_question_bank_save_finish (ScDatabase    *database,
                              GAsyncResult  *result,
                              GError       **error)
{
  SaveData *data;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (g_task_is_valid (result, database), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  data = g_task_get_task_data (G_TASK (result));
  if (!finish_stage (data->stage, database, data->info, FALSE, error))
    return NULL;

  return info_copy (data->info);
}
