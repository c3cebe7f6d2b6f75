/* sc-search.c - ranked search over a course's lessons and glossary
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the index that sc-course-index.c writes. Every query goes through
 * sc_search_query_new(), so no text the user types is FTS5 syntax; hits
 * are ranked by bm25 with a title worth TITLE_WEIGHT times the body, and
 * their highlighted title and snippet are built with control-character
 * marks, then escaped, so they are safe Pango markup whatever the course
 * text holds.
 *
 * Threads: sc_search_run() uses the connection it is given on the calling
 * thread. sc_search_run_async() opens a read-only connection of its own
 * for each search, on the worker thread that runs it, and closes it there
 * before the result is returned: no connection or statement ever crosses
 * threads, and nothing is kept open between searches, so a search never
 * holds up closing or restoring the database. The price: opening takes
 * about 0.05 ms, and the new connection's empty page cache adds about
 * 1 ms per search on a course ten times a large one
 * (tests/bench/cases/search.py). Cancelling interrupts the query.
 */
#include "config.h"

#include "sc-search.h"
#include "sc-search-store.h"
#include "sc-search-text.h"

/* How much more a match in a title (lesson title, section heading,
 * glossary term) counts than one in the text. */
#define TITLE_WEIGHT "10.0"
#define BODY_WEIGHT  "1.0"

/* Tokens in a snippet, around the best match (FTS5 allows up to 64). */
#define SNIPPET_TOKENS "16"

static const char search_sql[] =
  "SELECT d.kind, d.lesson_id, d.section_id, d.section_path, d.entry_id, d.title,"
  "       highlight (search_fts, 0, char (1), char (2)),"
  "       snippet (search_fts, 1, char (1), char (2), '…', " SNIPPET_TOKENS "),"
  "       search_fts.rank"
  "  FROM search_fts"
  "  JOIN search_docs AS d ON d.id = search_fts.rowid"
  " WHERE search_fts MATCH ?1"
  "   AND search_fts.rank MATCH 'bm25(" TITLE_WEIGHT ", " BODY_WEIGHT ")'"
  "   AND d.course_id = ?2"
  " ORDER BY search_fts.rank"
  " LIMIT ?3";

G_DEFINE_BOXED_TYPE (ScSearchHit, sc_search_hit, sc_search_hit_copy, sc_search_hit_free)

ScSearchHit *
sc_search_hit_new (void)
{
  ScSearchHit *hit = g_new0 (ScSearchHit, 1);

  hit->title = g_strdup ("");
  hit->title_markup = g_strdup ("");
  hit->snippet = g_strdup ("");

  return hit;
}

ScSearchHit *
sc_search_hit_copy (const ScSearchHit *hit)
{
  ScSearchHit *copy;

  g_return_val_if_fail (hit != NULL, NULL);

  copy = g_new0 (ScSearchHit, 1);
  copy->kind = hit->kind;
  copy->lesson_id = g_strdup (hit->lesson_id);
  copy->section_id = g_strdup (hit->section_id);
  copy->section_path = g_strdup (hit->section_path);
  copy->entry_id = g_strdup (hit->entry_id);
  copy->title = g_strdup (hit->title);
  copy->title_markup = g_strdup (hit->title_markup);
  copy->snippet = g_strdup (hit->snippet);
  copy->score = hit->score;

  return copy;
}

void
sc_search_hit_free (ScSearchHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->lesson_id);
  g_free (hit->section_id);
  g_free (hit->section_path);
  g_free (hit->entry_id);
  g_free (hit->title);
  g_free (hit->title_markup);
  g_free (hit->snippet);
  g_free (hit);
}

/* The section with @id in the tree under @block, @block included. */
static ScRichBlock *
find_section_by_id (ScRichBlock *block,
                    const char  *id)
{
  if (block->kind != SC_RICH_BLOCK_SECTION)
    return NULL;
  if (g_strcmp0 (block->id, id) == 0)
    return block;

  for (guint i = 0; i < block->children->len; i++)
    {
      ScRichBlock *found = find_section_by_id (g_ptr_array_index (block->children, i), id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * sc_search_hit_find_section:
 * @lesson: the lesson @hit is in
 *
 * Finds the section a section hit points to, for the lesson page to
 * scroll to: by its path (the block's index in the lesson body, then in
 * each enclosing section's children, joined with "."), which also
 * reaches sections without an id; failing that (the lesson changed since
 * it was indexed), by the anchor id.
 *
 * Returns: (transfer none) (nullable): the SC_RICH_BLOCK_SECTION block,
 *   or %NULL for a lesson or glossary hit or a section no longer there
 */
ScRichBlock *
sc_search_hit_find_section (const ScSearchHit *hit,
                            ScLesson          *lesson)
{
  g_auto(GStrv) steps = NULL;
  ScRichBlock *block = NULL;
  ScRichText *body;

  g_return_val_if_fail (hit != NULL, NULL);
  g_return_val_if_fail (lesson != NULL, NULL);

  if (hit->kind != SC_SEARCH_KIND_SECTION || g_strcmp0 (hit->lesson_id, lesson->id) != 0)
    return NULL;

  body = sc_lesson_get_body (lesson);

  steps = g_strsplit (hit->section_path != NULL ? hit->section_path : "", ".", -1);
  for (guint i = 0; steps[i] != NULL; i++)
    {
      guint64 index;

      if (!g_ascii_string_to_unsigned (steps[i], 10, 0, G_MAXUINT, &index, NULL))
        {
          block = NULL;
          break;
        }

      if (i == 0)
        block = index < sc_rich_text_get_n_blocks (body)
                ? sc_rich_text_get_block (body, (guint) index) : NULL;
      else
        block = index < block->children->len ? g_ptr_array_index (block->children, index) : NULL;

      if (block == NULL || block->kind != SC_RICH_BLOCK_SECTION)
        {
          block = NULL;
          break;
        }
    }

  /* A section without an id of its own cannot be checked further. */
  if (block != NULL &&
      (hit->section_id == NULL || block->id == NULL || g_strcmp0 (block->id, hit->section_id) == 0))
    return block;

  if (hit->section_id == NULL)
    return NULL;

  for (guint i = 0; i < sc_rich_text_get_n_blocks (body); i++)
    {
      ScRichBlock *found = find_section_by_id (sc_rich_text_get_block (body, i),
                                               hit->section_id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static ScSearchKind
kind_from_string (const char *kind)
{
  if (g_strcmp0 (kind, "lesson") == 0)
    return SC_SEARCH_KIND_LESSON;
  if (g_strcmp0 (kind, "glossary") == 0)
    return SC_SEARCH_KIND_GLOSSARY;

  return SC_SEARCH_KIND_SECTION;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static char *
markup_column (sqlite3_stmt *stmt,
               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return sc_search_markup_from_marked (text != NULL ? text : "");
}

/**
 * sc_search_run:
 * @db: a connection to the search store, used on the calling thread
 *   only: from sc_search_open_reader()
 * @course_id: the course to search in
 * @user_text: (nullable): what the user typed, as typed; any text is
 *   safe (see sc_search_query_new())
 * @limit: the most hits to return; 0 for all
 * @error: a #GError naming the database file, the cause and what to do
 *
 * Searches the lessons, sections and glossary of @course_id for every
 * word of @user_text, the last one as a prefix, ignoring case and
 * diacritics ("cafe" finds "Café").
 *
 * Returns: (transfer full) (element-type ScSearchHit) (nullable): the
 *   hits, best first; empty when @user_text has no word to search for;
 *   %NULL with @error set when the database failed
 */
GPtrArray *
sc_search_run (sqlite3     *db,
               const char  *course_id,
               const char  *user_text,
               guint        limit,
               GError     **error)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *query = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (course_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_search_hit_free);
  query = sc_search_query_new (user_text);
  if (query == NULL)
    return g_steal_pointer (&hits);

  rc = sqlite3_prepare_v2 (db, search_sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, course_id, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, limit > 0 ? (sqlite3_int64) limit : -1);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          ScSearchHit *hit = g_new0 (ScSearchHit, 1);

          hit->kind = kind_from_string ((const char *) sqlite3_column_text (stmt, 0));
          hit->lesson_id = dup_column (stmt, 1);
          hit->section_id = dup_column (stmt, 2);
          hit->section_path = dup_column (stmt, 3);
          hit->entry_id = dup_column (stmt, 4);
          hit->title = dup_column (stmt, 5);
          if (hit->title == NULL)
            hit->title = g_strdup ("");
          hit->title_markup = markup_column (stmt, 6);
          hit->snippet = markup_column (stmt, 7);
          hit->score = sqlite3_column_double (stmt, 8);
          g_ptr_array_add (hits, hit);
        }
    }

  if (rc != SQLITE_DONE)
    {
      const char *path = sqlite3_db_filename (db, "main");

      if ((rc & 0xff) == SQLITE_INTERRUPT)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, sqlite3_errstr (rc));
      else
        sc_sqlite_set_error (error, db, rc, path != NULL ? path : "", SC_SQLITE_ROLE_CACHE);
      sqlite3_finalize (stmt);
      return NULL;
    }

  sqlite3_finalize (stmt);

  return g_steal_pointer (&hits);
}

/**
 * sc_search_open_reader:
 * @database: the database whose folder holds the search store
 *
 * Opens the search store (sc-search-store.c) read-only, for searches on
 * the calling thread: pass it to sc_search_run(). May be called from any
 * thread.
 *
 * Returns: (transfer full) (nullable): the connection; close it with
 *   sc_sqlite_close() on the same thread
 */
sqlite3 *
sc_search_open_reader (ScDatabase  *database,
                       GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  path = sc_search_store_path (database);

  return sc_search_store_open_reader (path, error);
}

typedef struct
{
  char  *course_id;
  char  *user_text;
  guint  limit;
} RunData;

static void
run_data_free (gpointer data)
{
  RunData *run = data;

  g_free (run->course_id);
  g_free (run->user_text);
  g_free (run);
}

static void
interrupt_query (GCancellable *cancellable,
                 gpointer      user_data)
{
  /* sqlite3_interrupt() is the one call safe from another thread while
   * the connection is open; the handler is disconnected before close. */
  sqlite3_interrupt (user_data);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ScDatabase *database = source_object;
  RunData *run = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *hits;
  gulong handler = 0;
  sqlite3 *db;

  if (g_task_return_error_if_cancelled (task))
    return;

  db = sc_search_open_reader (database, &error);
  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (interrupt_query), db, NULL);
  hits = sc_search_run (db, run->course_id, run->user_text, run->limit, &error);
  g_cancellable_disconnect (cancellable, handler);
  sc_sqlite_close (db);

  if (hits == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, hits, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * sc_search_run_async:
 * @database: the database; only its folder is used, where the worker
 *   opens the search store read-only for this search and closes it after
 * @cancellable: (nullable): cancel it when a newer search replaces this
 *   one (typing on); the running query is interrupted
 *
 * Runs sc_search_run() on a worker thread. May be called from any thread;
 * @callback runs in the thread-default main context of the caller.
 */
void
sc_search_run_async (ScDatabase          *database,
                     const char          *course_id,
                     const char          *user_text,
                     guint                limit,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *run;

  g_return_if_fail (SC_IS_DATABASE (database));
  g_return_if_fail (course_id != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  run = g_new0 (RunData, 1);
  run->course_id = g_strdup (course_id);
  run->user_text = g_strdup (user_text);
  run->limit = limit;

  task = g_task_new (database, cancellable, callback, user_data);
  g_task_set_source_tag (task, sc_search_run_async);
  g_task_set_task_data (task, run, run_data_free);
  g_task_run_in_thread (task, run_in_thread);
}

/**
 * sc_search_run_finish:
 *
 * Returns: (transfer full) (element-type ScSearchHit) (nullable): as
 *   sc_search_run(); %NULL with @error set (%G_IO_ERROR_CANCELLED when
 *   cancelled)
 */
GPtrArray *
sc_search_run_finish (ScDatabase    *database,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (g_task_is_valid (result, database), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sc_search_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
