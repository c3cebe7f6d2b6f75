/* sc-course-index.c - a course's lessons, sections and glossary in the search index
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index (in the search store, sc-search-store.c) holds one row per lesson (its title), per
 * section (its heading, and its own text without its nested sections,
 * which have rows of their own, so a match is found once and opens at the
 * right place) and per glossary entry (term and definition).
 *
 * The rows are built in memory from the loaded course and hashed; the
 * database is written only when the hash differs from the one stored at
 * the last indexing, so a start-up with an unchanged course costs one
 * walk over the text and one SELECT. The hash covers exactly what is
 * indexed (and INDEX_FORMAT, bumped whenever the rows are built
 * differently), so an edit that search cannot see (a picture, a minute
 * count) does not re-index, and every one it can see does.
 *
 * The hash is a change detector, not a signature: nothing trusts it, and
 * a course made to collide with its previous version would only keep its
 * old search results. So it is sc-content-hash.c's, about a byte an
 * instruction (MD5, used before, took 80 million instructions for a
 * 1,000-lesson course's 9 MB of text, SHA-256 470 million). A hash
 * stored by an earlier version never equals one of these, so such an
 * index is rebuilt once.
 */
#include "config.h"

#include <string.h>

#include "sc-content-hash.h"
#include "sc-course-index-private.h"
#include "sc-search-store.h"
#include "sc-search-text.h"
#include "sc-sqlite.h"

/* Bump when the rows are built differently: every course is re-indexed. */
#define INDEX_FORMAT "shopcraft-search-index-2"

/* The writer keeps its own page cache (2 MiB) while it indexes. A cache
 * that holds a whole course's pages (64 MiB was tried) saves reading back
 * the pages spilled to the WAL before the commit, but every one of those
 * pages is memory the process touches for the first time, and a page
 * fault costs more than reading a page back: on the 1,000-lesson course,
 * 6,000 more faults and more time, by CPU and by the clock. */

void
sc_index_doc_free (gpointer data)
{
  ScIndexDoc *doc = data;

  g_free (doc->owned_title);
  g_free (doc->owned_body);
  g_free (doc);
}

static ScIndexDoc *
add_doc (GPtrArray  *docs,
         const char *kind)
{
  ScIndexDoc *doc = g_new0 (ScIndexDoc, 1);

  doc->kind = kind;
  g_ptr_array_add (docs, doc);

  return doc;
}

static void
own_title (ScIndexDoc   *doc,
           const char *title)
{
  doc->owned_title = sc_search_text_clean (g_strdup (title != NULL ? title : ""));
  doc->title = doc->owned_title;
}

/**
 * sc_course_index_add_lesson:
 *
 * Adds @lesson's rows to @docs: its title, then its sections
 * (sc_lesson_get_sections (), which the course reader made while it read
 * the lesson). The rows point into @lesson.
 */
void
sc_course_index_add_lesson (GPtrArray *docs,
                            ScLesson  *lesson)
{
  GPtrArray *sections = sc_lesson_get_sections (lesson);
  ScIndexDoc *doc = add_doc (docs, "lesson");

  own_title (doc, lesson->title);
  doc->lesson_id = lesson->id;
  doc->body = "";

  for (guint j = 0; j < sections->len; j++)
    {
      const ScLessonSection *section = g_ptr_array_index (sections, j);

      doc = add_doc (docs, "section");
      doc->lesson_id = lesson->id;
      doc->section_id = section->anchor;
      doc->section_path = section->path;
      doc->title = section->title;
      doc->body = section->text;
    }
}

/**
 * sc_course_index_add_glossary:
 *
 * Adds a row for each entry of @glossary (nullable) to @docs.
 */
void
sc_course_index_add_glossary (GPtrArray  *docs,
                              ScGlossary *glossary)
{
  for (guint i = 0; glossary != NULL && i < sc_glossary_get_n_entries (glossary); i++)
    {
      const ScGlossaryEntry *entry = sc_glossary_get_entry (glossary, i);
      ScIndexDoc *doc = add_doc (docs, "glossary");

      own_title (doc, entry->term);
      doc->entry_id = entry->id;
      doc->owned_body = sc_search_text_dup_words (entry->definition);
      doc->body = doc->owned_body;
    }
}

/* Every row of @course, in course order: each lesson's, then the
 * glossary's. */
static GPtrArray *
collect_docs (ScCourse *course)
{
  GPtrArray *docs = g_ptr_array_new_with_free_func (sc_index_doc_free);
  GPtrArray *lessons = sc_course_get_lessons (course);

  for (guint i = 0; i < lessons->len; i++)
    sc_course_index_add_lesson (docs, g_ptr_array_index (lessons, i));
  sc_course_index_add_glossary (docs, sc_course_get_glossary (course));

  return docs;
}

static void
hash_field (ScContentHash *hash,
            const char    *value)
{
  char length[32];
  char *digit = length + sizeof length;
  gsize size;

  /* Length-prefixed, so no two different rows hash alike: the length in
   * decimal and a colon, written backwards into the buffer's end (this
   * runs for every row, and g_snprintf () cost a third of the hashing). */
  if (value == NULL)
    {
      sc_content_hash_update (hash, "-;", 2);
      return;
    }

  size = strlen (value);
  *--digit = ':';
  do
    {
      *--digit = (char) ('0' + size % 10);
      size /= 10;
    }
  while (size > 0);
  sc_content_hash_update (hash, digit, length + sizeof length - digit);
  sc_content_hash_update (hash, value, strlen (value));
}

/**
 * sc_course_index_hash_begin:
 *
 * Starts the content hash of @course_id's rows: add each with
 * sc_course_index_hash_doc (), in course order.
 */
void
sc_course_index_hash_begin (ScContentHash *hash,
                            const char    *course_id)
{
  sc_content_hash_init (hash);
  hash_field (hash, INDEX_FORMAT);
  hash_field (hash, course_id);
}

void
sc_course_index_hash_doc (ScContentHash    *hash,
                          const ScIndexDoc *doc)
{
  hash_field (hash, doc->kind);
  hash_field (hash, doc->lesson_id);
  hash_field (hash, doc->section_id);
  hash_field (hash, doc->section_path);
  hash_field (hash, doc->entry_id);
  hash_field (hash, doc->title);
  hash_field (hash, doc->body);
}

static char *
hash_docs (const char *course_id,
           GPtrArray  *docs)
{
  ScContentHash hash;
  char hex[SC_CONTENT_HASH_HEX_LENGTH + 1];

  sc_course_index_hash_begin (&hash, course_id);
  for (guint i = 0; i < docs->len; i++)
    sc_course_index_hash_doc (&hash, g_ptr_array_index (docs, i));
  sc_content_hash_finish (&hash, hex);

  return g_strdup (hex);
}

/**
 * sc_course_index_dup_hash:
 *
 * Returns: (transfer full): the hash, in hex, of what the index holds for
 *   @course (a change detector: see the top of this file); it changes
 *   exactly when the index has to.
 */
char *
sc_course_index_dup_hash (ScCourse *course)
{
  g_autoptr(GPtrArray) docs = NULL;

  g_return_val_if_fail (SC_IS_COURSE (course), NULL);

  docs = collect_docs (course);

  return hash_docs (sc_course_get_id (course), docs);
}

char *
sc_course_index_stored_hash (sqlite3     *db,
             const char  *course_id,
             int         *out_rc)
{
  sqlite3_stmt *stmt = NULL;
  char *hash = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT content_hash FROM search_index_state WHERE course_id = ?1",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, course_id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        hash = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *out_rc = rc;

  return hash;
}

static int
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *value)
{
  if (value == NULL)
    return sqlite3_bind_null (stmt, index);

  return sqlite3_bind_text (stmt, index, value, -1, SQLITE_STATIC);
}

/**
 * sc_course_index_prepare_insert:
 *
 * Prepares the statement that writes a row of search_docs, the index's
 * content, for sc_course_index_insert_doc ().
 */
int
sc_course_index_prepare_insert (sqlite3       *db,
                                sqlite3_stmt **out_stmt)
{
  return sqlite3_prepare_v2 (db,
                             "INSERT INTO search_docs (id, course_id, kind, position, lesson_id, section_id,"
                             "                         section_path, entry_id, title, body)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                             -1, out_stmt, NULL);
}

/**
 * sc_course_index_insert_doc:
 * @stmt: from sc_course_index_prepare_insert ()
 * @id: the row's id, which search_fts knows it by, or 0 for the next free one
 * @position: its place in the course's rows, from 0
 *
 * Writes @doc into search_docs. Its strings are only read during the call.
 *
 * Returns: SQLITE_OK, or the error SQLite gave
 */
int
sc_course_index_insert_doc (sqlite3_stmt     *stmt,
                            sqlite3_int64     id,
                            const char       *course_id,
                            sqlite3_int64     position,
                            const ScIndexDoc *doc)
{
  int rc;

  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  else
    sqlite3_bind_null (stmt, 1);
  bind_text (stmt, 2, course_id);
  bind_text (stmt, 3, doc->kind);
  sqlite3_bind_int64 (stmt, 4, position);
  bind_text (stmt, 5, doc->lesson_id);
  bind_text (stmt, 6, doc->section_id);
  bind_text (stmt, 7, doc->section_path);
  bind_text (stmt, 8, doc->entry_id);
  bind_text (stmt, 9, doc->title);
  bind_text (stmt, 10, doc->body);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* One statement with the course's id as ?1; SQLITE_OK when it ran. */
static int
run_for_course (sqlite3    *db,
                const char *course_id,
                const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, course_id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

gboolean
sc_course_index_has_docs (sqlite3    *db,
                 const char *course_id,
                 int        *out_rc)
{
  sqlite3_stmt *stmt = NULL;
  int rc;
  gboolean found = FALSE;

  rc = sqlite3_prepare_v2 (db, "SELECT 1 FROM search_docs WHERE course_id = ?1 LIMIT 1",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, course_id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      found = rc == SQLITE_ROW;
      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *out_rc = rc;

  return found;
}

static int
write_docs (sqlite3    *db,
            const char *course_id,
            GPtrArray  *docs,
            const char *hash)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* search_fts holds external content: it is told what leaves and what
   * comes, each in one statement (migration 0007 says why not by row).
   * Once written in a transaction, FTS5 is called at every statement's
   * savepoint after that, the inserts below included (8,000 calls for a
   * 1,000-lesson course): so it is written first only when it has rows
   * of the course to forget, and its setting goes in just before the
   * rows. */
  if (sc_course_index_has_docs (db, course_id, &rc))
    rc = run_for_course (db, course_id,
                         "INSERT INTO search_fts (search_fts, rowid, title, body)"
                         " SELECT 'delete', id, title, body FROM search_docs WHERE course_id = ?1");
  if (rc == SQLITE_OK)
    rc = run_for_course (db, course_id, "DELETE FROM search_docs WHERE course_id = ?1");
  if (rc != SQLITE_OK)
    return rc;

  rc = sc_course_index_prepare_insert (db, &stmt);
  for (guint i = 0; rc == SQLITE_OK && i < docs->len; i++)
    rc = sc_course_index_insert_doc (stmt, 0, course_id, i, g_ptr_array_index (docs, i));
  sqlite3_finalize (stmt);
  /* A setting of the index kept in search_fts_config, in this
   * transaction: a database of any version gets it before it is written. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "INSERT INTO search_fts (search_fts, rank)"
                           " VALUES ('hashsize', " SC_COURSE_INDEX_PENDING_BYTES ")",
                       NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = run_for_course (db, course_id,
                         "INSERT INTO search_fts (rowid, title, body)"
                         " SELECT id, title, body FROM search_docs WHERE course_id = ?1");
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO search_index_state (course_id, content_hash, n_docs, indexed_at)"
                           " VALUES (?1, ?2, ?3, strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))"
                           " ON CONFLICT (course_id) DO UPDATE"
                           " SET content_hash = excluded.content_hash, n_docs = excluded.n_docs,"
                           "     indexed_at = excluded.indexed_at",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, course_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, hash, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, docs->len);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static void
fail (GError     **error,
      sqlite3     *db,
      const char  *path,
      int          rc)
{
  sc_sqlite_set_error (error, db, rc, path, SC_SQLITE_ROLE_CACHE);
}

/* One writer of the store at a time in this process: two updates (a
 * course changed twice in quick succession) wait for each other rather
 * than fail busy. */
static GMutex writer_lock;

void
sc_course_index_lock_store (void)
{
  g_mutex_lock (&writer_lock);
}

void
sc_course_index_unlock_store (void)
{
  g_mutex_unlock (&writer_lock);
}

/* A store that turns out not to be one: made again and written once more. */
static gboolean
is_broken (int rc)
{
  rc &= 0xff;

  return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB;
}

static ScCourseIndexResult
update_store (const char  *path,
              ScCourse    *course,
              GPtrArray   *docs,
              const char  *hash,
              int         *out_rc,
              GError     **error)
{
  g_autofree char *old_hash = NULL;
  const char *course_id = sc_course_get_id (course);
  sqlite3 *db;
  int rc;

  *out_rc = SQLITE_OK;
  db = sc_search_store_open_writer (path, error);
  if (db == NULL)
    return SC_COURSE_INDEX_FAILED;

  old_hash = sc_course_index_stored_hash (db, course_id, &rc);
  if (rc == SQLITE_OK && g_strcmp0 (old_hash, hash) == 0)
    {
      sc_sqlite_close (db);
      return SC_COURSE_INDEX_UNCHANGED;
    }

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = write_docs (db, course_id, docs, hash);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      /* The message first: ROLLBACK would replace it. */
      *out_rc = rc;
      fail (error, db, path, rc);
      if (!sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      sc_sqlite_close (db);
      return SC_COURSE_INDEX_FAILED;
    }

  sc_sqlite_close (db);

  return SC_COURSE_INDEX_UPDATED;
}

/**
 * sc_course_index_update:
 * @database: the database whose folder holds the search store
 *   (sc-search-store.c); only its path is used, so any thread may call
 *   this, and does not write to @database
 * @course: a loaded course
 * @error: a #GError naming the store's file, the cause and what to do
 *
 * Makes the search index of @course match its content. When the content
 * hash (see sc_course_index_dup_hash()) equals the stored one, nothing is
 * written; otherwise every row of the course is replaced, and the new
 * hash stored, in one transaction, so a search on another connection
 * sees either the old index or the new one, and a failure leaves the old
 * one. A store found broken is made again and the course written to it.
 * Takes half a second for a 1,000-lesson course: call it on a worker.
 *
 * Returns: whether the course was indexed anew; %SC_COURSE_INDEX_FAILED
 *   (0) with @error set when the store refused
 */
ScCourseIndexResult
sc_course_index_update (ScDatabase  *database,
                        ScCourse    *course,
                        GError     **error)
{
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *path = NULL;
  ScCourseIndexResult result;
  gint64 start;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), SC_COURSE_INDEX_FAILED);
  g_return_val_if_fail (SC_IS_COURSE (course), SC_COURSE_INDEX_FAILED);
  g_return_val_if_fail (error == NULL || *error == NULL, SC_COURSE_INDEX_FAILED);

  start = g_get_monotonic_time ();
  path = sc_search_store_path (database);
  docs = collect_docs (course);
  hash = hash_docs (sc_course_get_id (course), docs);

  g_mutex_lock (&writer_lock);
  result = update_store (path, course, docs, hash, &rc, &local_error);
  if (result == SC_COURSE_INDEX_FAILED && is_broken (rc))
    {
      g_debug ("The search store %s is broken (%s): made again", path, local_error->message);
      g_clear_error (&local_error);
      sc_search_store_remove (path);
      result = update_store (path, course, docs, hash, &rc, &local_error);
    }
  g_mutex_unlock (&writer_lock);

  if (result == SC_COURSE_INDEX_FAILED)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return SC_COURSE_INDEX_FAILED;
    }

  if (result == SC_COURSE_INDEX_UPDATED)
    g_debug ("Indexed %u search rows of course %s in %.1f ms", docs->len, sc_course_get_id (course),
             (g_get_monotonic_time () - start) / 1000.0);

  return result;
}
