/* sc-question-bank-read.c - listing, searching and loading stored question banks
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading gives back the questions exactly as they were saved (the JSON
 * of sc-question-bank-json.c, with the file bytes from question_files),
 * each with its id set to questions.id as text. Searching only reads the
 * listing columns, so a bank browser can filter 10,000 questions by
 * type, tag, competency, category and text without parsing any.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-question-bank-private.h"

static Stmt *
prepare (ScDatabase  *database,
         const char  *sql,
         GError     **error)
{
  sqlite3 *db = sc_database_get_handle (database);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      sc_question_bank_set_error (db, sc_database_get_path (database), error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

/* SQLITE_ROW, SQLITE_DONE, or -1 with @error set */
static int
step (ScDatabase  *database,
      Stmt        *stmt,
      GError     **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;

  sc_question_bank_set_error (sc_database_get_handle (database),
                              sc_database_get_path (database), error);

  return -1;
}

static char *
dup_column (Stmt *stmt,
            int   index)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, index));
}

static void
bind_text (Stmt       *stmt,
           int         index,
           const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static gboolean
no_such_bank (GError    **error,
              const char *name)
{
  g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
               _("There is no question bank named “%s”. List the banks to see their names."),
               name);

  return FALSE;
}

#define SELECT_BANK \
  "SELECT id, name, source_file, source_format, source_sha256, imported_at, n_questions" \
  " FROM question_banks"

static ScQuestionBankInfo *
read_info (Stmt *stmt)
{
  ScQuestionBankInfo *info = sc_question_bank_info_new ((const char *) sqlite3_column_text (stmt, 1));
  const char *format = (const char *) sqlite3_column_text (stmt, 3);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->source_file = dup_column (stmt, 2);
  if (g_strcmp0 (format, "moodle-xml") == 0)
    info->source_format = SC_QUESTION_SOURCE_MOODLE_XML;
  else if (g_strcmp0 (format, "gift") == 0)
    info->source_format = SC_QUESTION_SOURCE_GIFT;
  info->source_sha256 = dup_column (stmt, 4);
  info->imported_at = dup_column (stmt, 5);
  info->n_questions = (guint) sqlite3_column_int64 (stmt, 6);

  return info;
}

/**
 * sc_question_bank_list:
 *
 * Returns: (transfer full) (element-type ScQuestionBankInfo) (nullable):
 *   every bank, by name
 */
GPtrArray *
sc_question_bank_list (ScDatabase  *database,
                       GError     **error)
{
  g_autoptr(GPtrArray) banks = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_bank_info_free);
  g_autoptr(Stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  stmt = prepare (database, SELECT_BANK " WHERE retired_at IS NULL ORDER BY name", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = step (database, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (banks, read_info (stmt));

  return rc == SQLITE_DONE ? g_steal_pointer (&banks) : NULL;
}

/**
 * sc_question_bank_lookup:
 *
 * Returns: (transfer full) (nullable): the bank named @name, or %NULL
 *   with @error set when there is none
 */
ScQuestionBankInfo *
sc_question_bank_lookup (ScDatabase  *database,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(Stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stmt = prepare (database, SELECT_BANK " WHERE name = ?1 AND retired_at IS NULL", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, name);

  rc = step (database, stmt, error);
  if (rc == SQLITE_DONE)
    no_such_bank (error, name);

  return rc == SQLITE_ROW ? read_info (stmt) : NULL;
}

typedef struct
{
  ScDatabase *database;
  Stmt       *select_file;
  gint64      question_id;
} FileFinder;

static GBytes *
find_file (const char *area,
           guint       position,
           gpointer    user_data)
{
  FileFinder *finder = user_data;
  GBytes *bytes = NULL;

  sqlite3_reset (finder->select_file);
  sqlite3_bind_int64 (finder->select_file, 1, finder->question_id);
  sqlite3_bind_text (finder->select_file, 2, area, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (finder->select_file, 3, position);
  if (sqlite3_step (finder->select_file) == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (finder->select_file, 0),
                         (gsize) sqlite3_column_bytes (finder->select_file, 0));
  sqlite3_reset (finder->select_file);

  return bytes;
}

static ScQuestion *
read_question (FileFinder  *finder,
               gint64       id,
               const char  *json,
               GError     **error)
{
  ScQuestion *question;

  finder->question_id = id;
  question = sc_question_bank_from_json (json, find_file, finder, error);
  if (question != NULL)
    question->id = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  return question;
}

#define SELECT_FILE \
  "SELECT bytes FROM question_files WHERE question_id = ?1 AND area = ?2 AND position = ?3"

/**
 * sc_question_bank_load:
 *
 * Returns: (transfer full) (element-type ScQuestion) (nullable): the
 *   questions of the bank named @name, in the order they were saved,
 *   each with its id set
 */
GPtrArray *
sc_question_bank_load (ScDatabase  *database,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
  g_autoptr(ScQuestionBankInfo) info = NULL;
  g_autoptr(Stmt) stmt = NULL;
  g_autoptr(Stmt) select_file = NULL;
  FileFinder finder = { database, NULL, 0 };
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  info = sc_question_bank_lookup (database, name, error);
  if (info == NULL ||
      (stmt = prepare (database, "SELECT id, data FROM questions WHERE bank_id = ?1 ORDER BY position",
                       error)) == NULL ||
      (select_file = prepare (database, SELECT_FILE, error)) == NULL)
    return NULL;

  finder.select_file = select_file;
  sqlite3_bind_int64 (stmt, 1, info->id);
  while ((rc = step (database, stmt, error)) == SQLITE_ROW)
    {
      ScQuestion *question = read_question (&finder, sqlite3_column_int64 (stmt, 0),
                                            (const char *) sqlite3_column_text (stmt, 1), error);

      if (question == NULL)
        return NULL;
      g_ptr_array_add (questions, question);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&questions) : NULL;
}

/**
 * sc_question_bank_load_question:
 * @question_id: questions.id (ScQuestion.id, or ScQuestionBankEntry.id)
 *
 * Returns: (transfer full) (nullable): the question
 */
ScQuestion *
sc_question_bank_load_question (ScDatabase  *database,
                                gint64       question_id,
                                GError     **error)
{
  g_autoptr(Stmt) stmt = NULL;
  g_autoptr(Stmt) select_file = NULL;
  FileFinder finder = { database, NULL, 0 };
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  if ((stmt = prepare (database, "SELECT data FROM questions WHERE id = ?1", error)) == NULL ||
      (select_file = prepare (database, SELECT_FILE, error)) == NULL)
    return NULL;

  finder.select_file = select_file;
  sqlite3_bind_int64 (stmt, 1, question_id);
  rc = step (database, stmt, error);
  if (rc == SQLITE_DONE)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("A question (number %" G_GINT64_FORMAT ") is no longer stored; its bank may have been deleted. Import the bank again."),
                 question_id);
  if (rc != SQLITE_ROW)
    return NULL;

  return read_question (&finder, question_id, (const char *) sqlite3_column_text (stmt, 0), error);
}

/**
 * sc_question_bank_search:
 *
 * Returns: (transfer full) (element-type ScQuestionBankEntry) (nullable):
 *   the questions matching @filter, by bank name then file order
 */
GPtrArray *
sc_question_bank_search (ScDatabase              *database,
                         const ScQuestionFilter  *filter,
                         GError                 **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_bank_entry_free);
  g_autoptr(Stmt) stmt = NULL;
  g_autofree char *category = NULL;
  g_autofree char *text = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  stmt = prepare (database,
                  "SELECT q.id, b.name, q.position, q.type, q.name, q.idnumber, c.path"
                  " FROM questions q"
                  " JOIN question_banks b ON b.id = q.bank_id"
                  " LEFT JOIN question_categories c ON c.id = q.category_id"
                  " WHERE b.retired_at IS NULL AND (?1 IS NULL OR b.name = ?1)"
                  "   AND (?2 IS NULL OR q.type = ?2)"
                  "   AND (?3 IS NULL OR EXISTS (SELECT 1 FROM question_tags t"
                  "        WHERE t.question_id = q.id AND t.tag = ?3 COLLATE NOCASE))"
                  "   AND (?4 IS NULL OR EXISTS (SELECT 1 FROM question_tags t"
                  "        WHERE t.question_id = q.id AND t.competency = ?4))"
                  "   AND (?5 IS NULL OR c.path = ?5"
                  "        OR (substr (c.path, 1, length (?5) + 1) = ?5 || '/'"
                  "            AND substr (c.path, length (?5) + 2, 1) <> '/'))"
                  "   AND (?6 IS NULL OR instr (q.search_text, ?6) > 0)"
                  " ORDER BY b.name, q.position",
                  error);
  if (stmt == NULL)
    return NULL;

  if (filter->category != NULL)
    {
      g_auto(GStrv) components = sc_question_category_parse (filter->category);

      category = sc_question_category_format ((const char * const *) components);
    }
  if (filter->text != NULL && *filter->text != '\0')
    text = sc_question_bank_fold (filter->text);

  bind_text (stmt, 1, filter->bank);
  bind_text (stmt, 2, filter->type >= 0 && filter->type < SC_QUESTION_N_TYPES
                      ? sc_question_type_to_string (filter->type) : NULL);
  bind_text (stmt, 3, filter->tag);
  bind_text (stmt, 4, filter->competency);
  bind_text (stmt, 5, category);
  bind_text (stmt, 6, text);

  while ((rc = step (database, stmt, error)) == SQLITE_ROW)
    {
      ScQuestionBankEntry *entry = g_new0 (ScQuestionBankEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->bank = dup_column (stmt, 1);
      entry->position = (guint) sqlite3_column_int64 (stmt, 2);
      if (!sc_question_type_from_string ((const char *) sqlite3_column_text (stmt, 3), &entry->type))
        entry->type = SC_QUESTION_UNSUPPORTED;
      entry->name = dup_column (stmt, 4);
      entry->idnumber = dup_column (stmt, 5);
      entry->category = dup_column (stmt, 6);
      g_ptr_array_add (entries, entry);
    }

  return rc == SQLITE_DONE ? g_steal_pointer (&entries) : NULL;
}

/**
 * sc_question_bank_list_tags:
 * @bank: (nullable): one bank, or %NULL for all
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the tags the
 *   questions carry, each once, sorted
 */
GPtrArray *
sc_question_bank_list_tags (ScDatabase  *database,
                            const char  *bank,
                            GError     **error)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(Stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  stmt = prepare (database,
                  "SELECT DISTINCT t.tag FROM question_tags t"
                  " JOIN questions q ON q.id = t.question_id"
                  " JOIN question_banks b ON b.id = q.bank_id"
                  " WHERE b.retired_at IS NULL AND (?1 IS NULL OR b.name = ?1)"
                  " ORDER BY t.tag",
                  error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, bank);

  while ((rc = step (database, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (tags, dup_column (stmt, 0));

  return rc == SQLITE_DONE ? g_steal_pointer (&tags) : NULL;
}
