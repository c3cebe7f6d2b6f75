/* sc-course-index-stream.c - a new course indexed while it is read
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A course the search store has never held has nothing to compare
 * with, so its index need not wait for the whole course: a thread of
 * this object writes each lesson's rows while the reader goes on with
 * the next lessons and the schema thread checks the ones before (on a
 * 1,000-lesson course the index is as much work as the reading). The
 * reader hands each lesson over as it has scanned it
 * (sc_course_index_stream_add_lesson ()); at the end the caller says
 * whether the course loaded (sc_course_index_stream_finish ()): the
 * transaction is committed with the course's content hash, or rolled
 * back, leaving the store as it was.
 *
 * FTS5 writes its pending terms out as a new segment at every
 * statement's savepoint, so the rows cannot go in statement by statement
 * as they come (one segment a lesson, merged again and again). They go
 * into search_fts through one statement, INSERT INTO search_fts … SELECT
 * … FROM sc_index_stream, whose virtual table hands over each row as the
 * reader makes it (waiting for the next one when there is none yet): the
 * index is made as one segment, as sc_course_index_update () makes it.
 * Each row's content, in search_docs, is written as the next row is
 * asked for, by a statement of its own run from inside that one: a
 * single-row INSERT … VALUES opens no statement savepoint, so FTS5 is
 * not told to write its terms out (a trigger on search_docs would not
 * do: SQLite gathers the whole SELECT of an INSERT into a table with
 * row triggers before it inserts the first row).
 *
 * The rows point into the course's lessons, which outlive the thread: a
 * course that loads is the caller's until sc_course_index_stream_finish ()
 * returns, and one that does not is held here until then
 * (sc_course_index_stream_hold ()).
 *
 * A course the store already holds (the same, or changed) is left to
 * sc_course_index_update () after the load, which compares its hash
 * first: the stream then only drops what it is handed.
 */
#include "config.h"

#include <string.h>

#include "sc-course-handoff.h"
#include "sc-course-index-private.h"
#include "sc-course-index-stream.h"
#include "sc-search-store.h"
#include "sc-sqlite.h"

/* FTS5's pending terms, written out as a segment whenever they reach
 * this size ('hashsize'). sc_course_index_update () gives it 16 MiB, so
 * a whole course goes out as one segment, once, at the end; here that
 * end is after the last lesson, when nothing else is left to do, and
 * writing 16 MiB of terms took 40 ms there on the 1,000-lesson course.
 * With 4 MiB, all but the last segment are written while the reader
 * still reads (four for that course; the last takes 5 to 20 ms), and
 * the terms' memory is touched once and used again (3,400 fewer page
 * faults). FTS5's own 1 MiB makes so many segments that it merges them
 * (16 on a level) before the end. */
#define STREAM_PENDING_BYTES "4194304"

/* FTS5's 'automerge' by default: how many segments of a level it merges
 * into one of the next. */
#define STREAM_AUTOMERGE "4"

struct _ScCourseIndexStream
{
  char          *path;
  GThread       *thread;
  ScCourseHandoff handoff;      /* its lock and condition */

  /* Under the lock: */
  GQueue         docs;           /* ScIndexDoc, each owning its strings */
  char          *course_id;
  gboolean       begun;
  gboolean       ended;          /* nothing more comes */
  gboolean       failed;         /* the course did not load: roll back */
  char          *expected_hash;  /* of the course loaded */
  gboolean       expected_told;  /* expected_hash is set, or will not be */
  gint64         ended_at;       /* when the end was told, for the log */
  ScCourse      *held;           /* a course that did not load, whose rows may be in use */
  gint           passive;        /* (atomic): the store holds the course; drop what comes */

  /* The thread's, read after it is joined: */
  sqlite3_stmt  *insert;         /* a row of search_docs */
  sqlite3_int64  base;           /* the id of the course's first row */
  guint          n_written;
  gboolean       indexed;
  GError        *error;
  ScContentHash  hash;           /* of the rows written, in order */
};

/* Takes @docs' rows, which point into the course, in order. */
static void
push_docs (ScCourseIndexStream *self,
           GPtrArray           *docs)
{
  sc_course_handoff_lock (&self->handoff);
  for (guint i = 0; i < docs->len; i++)
    g_queue_push_tail (&self->docs, g_ptr_array_index (docs, i));
  g_ptr_array_set_free_func (docs, NULL);
  g_ptr_array_set_size (docs, 0);
  sc_course_handoff_wake (&self->handoff);
  sc_course_handoff_unlock (&self->handoff);
}

/* The next row, waiting for it; %NULL when no more come. On the thread. */
static ScIndexDoc *
next_doc (ScCourseIndexStream *self,
          gboolean            *out_failed)
{
  ScIndexDoc *doc;

  sc_course_handoff_lock (&self->handoff);
  while (g_queue_is_empty (&self->docs) && !self->ended)
    sc_course_handoff_wait (&self->handoff);
  doc = g_queue_pop_head (&self->docs);
  *out_failed = self->failed;
  sc_course_handoff_unlock (&self->handoff);

  return doc;
}

/* The virtual table sc_index_stream: the rows as they come. */

enum { COL_COURSE_ID, COL_KIND, COL_POSITION, COL_LESSON_ID, COL_SECTION_ID, COL_SECTION_PATH,
       COL_ENTRY_ID, COL_TITLE, COL_BODY };

typedef struct
{
  sqlite3_vtab         base;
  ScCourseIndexStream *stream;
} StreamTable;

typedef struct
{
  sqlite3_vtab_cursor  base;
  ScCourseIndexStream *stream;
  ScIndexDoc          *doc;
  sqlite3_int64        position;  /* of doc in the course's rows */
} StreamCursor;

static int
stream_connect (sqlite3             *db,
                void                *aux,
                int                  argc,
                const char * const  *argv,
                sqlite3_vtab       **out_table,
                char               **out_error)
{
  StreamTable *table;
  int rc;

  rc = sqlite3_declare_vtab (db, "CREATE TABLE x (course_id, kind, position, lesson_id, section_id,"
                                 " section_path, entry_id, title, body)");
  if (rc != SQLITE_OK)
    return rc;

  table = sqlite3_malloc (sizeof *table);
  if (table == NULL)
    return SQLITE_NOMEM;
  memset (table, 0, sizeof *table);
  table->stream = aux;
  *out_table = &table->base;

  return SQLITE_OK;
}

static int
stream_disconnect (sqlite3_vtab *table)
{
  sqlite3_free (table);

  return SQLITE_OK;
}

static int
stream_best_index (sqlite3_vtab       *table,
                   sqlite3_index_info *info)
{
  info->estimatedCost = 1000000.0;

  return SQLITE_OK;
}

static int
stream_open (sqlite3_vtab         *table,
             sqlite3_vtab_cursor **out_cursor)
{
  StreamCursor *cursor = sqlite3_malloc (sizeof *cursor);

  if (cursor == NULL)
    return SQLITE_NOMEM;
  memset (cursor, 0, sizeof *cursor);
  cursor->stream = ((StreamTable *) table)->stream;
  *out_cursor = &cursor->base;

  return SQLITE_OK;
}

static int
stream_close (sqlite3_vtab_cursor *base)
{
  StreamCursor *cursor = (StreamCursor *) base;

  g_clear_pointer (&cursor->doc, sc_index_doc_free);
  sqlite3_free (cursor);

  return SQLITE_OK;
}

static int
stream_next (sqlite3_vtab_cursor *base)
{
  StreamCursor *cursor = (StreamCursor *) base;
  ScCourseIndexStream *self = cursor->stream;
  gboolean failed = FALSE;

  /* FTS5 has the row: its content follows. */
  if (cursor->doc != NULL)
    {
      int rc = sc_course_index_insert_doc (self->insert, self->base + cursor->position,
                                           self->course_id, cursor->position, cursor->doc);

      g_clear_pointer (&cursor->doc, sc_index_doc_free);
      if (rc != SQLITE_OK)
        {
          base->pVtab->zErrMsg = sqlite3_mprintf ("%s", sqlite3_errmsg (sqlite3_db_handle (self->insert)));
          return rc;
        }
      cursor->position++;
      self->n_written++;
    }
  cursor->doc = next_doc (self, &failed);
  if (failed)
    {
      /* The course did not load: the statement fails, and the
       * transaction is rolled back. */
      g_clear_pointer (&cursor->doc, sc_index_doc_free);
      base->pVtab->zErrMsg = sqlite3_mprintf ("the course did not load");
      return SQLITE_ABORT;
    }
  if (cursor->doc != NULL)
    {
      sc_course_index_hash_doc (&self->hash, cursor->doc);
    }

  return SQLITE_OK;
}

static int
stream_filter (sqlite3_vtab_cursor  *base,
               int                   index_number,
               const char           *index_string,
               int                   argc,
               sqlite3_value       **argv)
{
  return stream_next (base);
}

static int
stream_eof (sqlite3_vtab_cursor *base)
{
  return ((StreamCursor *) base)->doc == NULL;
}

static void
result_text (sqlite3_context *context,
             const char      *text)
{
  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, text, -1, SQLITE_STATIC);
}

static int
stream_column (sqlite3_vtab_cursor *base,
               sqlite3_context     *context,
               int                  column)
{
  StreamCursor *cursor = (StreamCursor *) base;
  const ScIndexDoc *doc = cursor->doc;

  switch (column)
    {
    case COL_COURSE_ID:
      result_text (context, cursor->stream->course_id);
      break;
    case COL_KIND:
      result_text (context, doc->kind);
      break;
    case COL_POSITION:
      sqlite3_result_int64 (context, cursor->position);
      break;
    case COL_LESSON_ID:
      result_text (context, doc->lesson_id);
      break;
    case COL_SECTION_ID:
      result_text (context, doc->section_id);
      break;
    case COL_SECTION_PATH:
      result_text (context, doc->section_path);
      break;
    case COL_ENTRY_ID:
      result_text (context, doc->entry_id);
      break;
    case COL_TITLE:
      result_text (context, doc->title);
      break;
    case COL_BODY:
      result_text (context, doc->body);
      break;
    default:
      sqlite3_result_null (context);
    }

  return SQLITE_OK;
}

static int
stream_rowid (sqlite3_vtab_cursor *base,
              sqlite3_int64       *out_rowid)
{
  *out_rowid = ((StreamCursor *) base)->position;

  return SQLITE_OK;
}

static const sqlite3_module stream_module = {
  .iVersion = 0,
  .xCreate = NULL,  /* eponymous only */
  .xConnect = stream_connect,
  .xBestIndex = stream_best_index,
  .xDisconnect = stream_disconnect,
  .xDestroy = stream_disconnect,
  .xOpen = stream_open,
  .xClose = stream_close,
  .xFilter = stream_filter,
  .xNext = stream_next,
  .xEof = stream_eof,
  .xColumn = stream_column,
  .xRowid = stream_rowid,
};

/* Drops what comes until the end, when the store holds the course
 * already or cannot take it. */
static void
drop_all (ScCourseIndexStream *self)
{
  gboolean failed;
  ScIndexDoc *doc;

  g_atomic_int_set (&self->passive, TRUE);
  while ((doc = next_doc (self, &failed)) != NULL)
    sc_index_doc_free (doc);
}

static int
write_stream (ScCourseIndexStream *self,
              sqlite3             *db)
{
  sqlite3_stmt *stmt = NULL;
  char hex[SC_CONTENT_HASH_HEX_LENGTH + 1];
  gint64 statement_done;
  gint64 hash_told;
  int rc;

  /* The course's pages stay in the write-ahead log: copying them into
   * the file (a checkpoint, 27 MB and a flush to disk for a 1,000-lesson
   * course) waits for the next writer (sc_search_store_open_writer ()),
   * on a worker after the first frame, rather than holding up the
   * course. Searches read the log as well as the file. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  rc = sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0; BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT coalesce (max (id), 0) FROM search_docs", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      self->base = sqlite3_column_int64 (stmt, 0) + 1;
      rc = SQLITE_OK;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc == SQLITE_OK)
    rc = sc_course_index_prepare_insert (db, &self->insert);
  /* The segments are not merged while the course streams in (merging
   * four of them rewrote a third of the 1,000-lesson course's index on
   * this thread): they stay as written, a few for a course, and FTS5
   * merges them when the store is next written. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "INSERT INTO search_fts (search_fts, rank)"
                           " VALUES ('hashsize', " STREAM_PENDING_BYTES ");"
                           "INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 0)",
                       NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO search_fts (rowid, title, body)"
                             " SELECT ?1 + position, title, body FROM sc_index_stream",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, self->base);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_clear_pointer (&self->insert, sqlite3_finalize);
  /* FTS5's own setting again, kept in the store for its next writer. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "INSERT INTO search_fts (search_fts, rank)"
                           " VALUES ('automerge', " STREAM_AUTOMERGE ")",
                       NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return rc;
  statement_done = g_get_monotonic_time ();

  /* What was written must be what the loaded course holds: its hash is
   * worked out by the caller while the last rows go in. */
  sc_course_handoff_lock (&self->handoff);
  while (!self->expected_told)
    sc_course_handoff_wait (&self->handoff);
  sc_course_handoff_unlock (&self->handoff);
  hash_told = g_get_monotonic_time ();
  sc_content_hash_finish (&self->hash, hex);
  if (g_strcmp0 (hex, self->expected_hash) != 0)
    {
      g_warning ("The search rows written while course %s was read differ from the course loaded;"
                 " it is indexed again", self->course_id);
      return SQLITE_ABORT;
    }

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO search_index_state (course_id, content_hash, n_docs, indexed_at)"
                             " VALUES (?1, ?2, ?3, strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, self->course_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, hex, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, self->n_written);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    g_debug ("Course %s indexed as it was read, %u rows; after its last row: FTS5 %.1f ms,"
             " waiting for its hash %.1f ms, commit %.1f ms", self->course_id, self->n_written,
             (statement_done - self->ended_at) / 1000.0, (hash_told - statement_done) / 1000.0,
             (g_get_monotonic_time () - hash_told) / 1000.0);

  return rc;
}

static gpointer
stream_thread (gpointer data)
{
  ScCourseIndexStream *self = data;
  g_autofree char *old_hash = NULL;
  sqlite3 *db = NULL;
  gboolean has_docs = FALSE;
  int rc = SQLITE_OK;

  sc_course_handoff_lock (&self->handoff);
  while (!self->begun && !self->ended)
    sc_course_handoff_wait (&self->handoff);
  sc_course_handoff_unlock (&self->handoff);

  if (self->course_id == NULL)
    {
      drop_all (self);
      return NULL;
    }

  sc_course_index_lock_store ();
  db = sc_search_store_open_writer (self->path, &self->error);
  if (db != NULL)
    {
      old_hash = sc_course_index_stored_hash (db, self->course_id, &rc);
      if (rc == SQLITE_OK)
        has_docs = sc_course_index_has_docs (db, self->course_id, &rc);
    }
  if (db == NULL || rc != SQLITE_OK || old_hash != NULL || has_docs ||
      sqlite3_create_module_v2 (db, "sc_index_stream", &stream_module, self, NULL) != SQLITE_OK)
    {
      /* Known to the store, or it cannot be written: the update after
       * the load decides (and says why it cannot). */
      g_clear_error (&self->error);
      sc_sqlite_close (db);
      sc_course_index_unlock_store ();
      drop_all (self);
      return NULL;
    }

  sc_course_index_hash_begin (&self->hash, self->course_id);
  rc = write_stream (self, db);
  if (rc == SQLITE_OK)
    {
      self->indexed = TRUE;
    }
  else
    {
      if (!self->failed && (rc & 0xff) != SQLITE_ABORT)
        sc_sqlite_set_error (&self->error, db, rc, self->path, SC_SQLITE_ROLE_CACHE);
      if (!sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
    }
  sc_sqlite_close (db);
  sc_course_index_unlock_store ();
  /* Whatever the statement left when it stopped early. */
  drop_all (self);

  return NULL;
}

/**
 * sc_course_index_stream_new:
 * @path: the search store (sc_search_store_path ())
 *
 * Starts the thread that writes a new course's index as it is read. Give
 * it to sc_course_load_indexed (), then call
 * sc_course_index_stream_finish () exactly once.
 *
 * Returns: (transfer full): the stream
 */
ScCourseIndexStream *
sc_course_index_stream_new (const char *path)
{
  ScCourseIndexStream *self = g_new0 (ScCourseIndexStream, 1);

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  sc_course_handoff_init (&self->handoff);
  g_queue_init (&self->docs);
  self->thread = g_thread_new ("sc-index-stream", stream_thread, self);

  return self;
}

/**
 * sc_course_index_stream_begin:
 * @course_id: (nullable): the course's id, from its course.xml
 *
 * The reader knows which course it reads: the thread finds out whether
 * the store holds it.
 */
void
sc_course_index_stream_begin (ScCourseIndexStream *self,
                              const char          *course_id)
{
  g_return_if_fail (self != NULL);

  sc_course_handoff_lock (&self->handoff);
  if (!self->begun)
    {
      self->course_id = g_strdup (course_id);
      self->begun = TRUE;
      sc_course_handoff_wake (&self->handoff);
    }
  sc_course_handoff_unlock (&self->handoff);
}

/**
 * sc_course_index_stream_add_lesson:
 *
 * Hands over @lesson's rows as it has just been read, in course order.
 * They point into @lesson, which must outlive the thread: its course is
 * either given to sc_course_index_stream_finish () or held
 * (sc_course_index_stream_hold ()). May be called from the reader's
 * thread.
 */
void
sc_course_index_stream_add_lesson (ScCourseIndexStream *self,
                                   ScLesson            *lesson)
{
  g_autoptr(GPtrArray) docs = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lesson != NULL);

  if (g_atomic_int_get (&self->passive))
    return;

  docs = g_ptr_array_new_with_free_func (sc_index_doc_free);
  sc_course_index_add_lesson (docs, lesson);
  push_docs (self, docs);
}

/**
 * sc_course_index_stream_hold:
 * @course: (transfer full): the course the reader was building, which
 *   did not load
 *
 * Keeps @course, whose lessons' rows the thread may still be reading,
 * until sc_course_index_stream_finish () has stopped it. For the reader.
 */
void
sc_course_index_stream_hold (ScCourseIndexStream *self,
                             ScCourse            *course)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (SC_IS_COURSE (course));

  g_clear_object (&self->held);
  self->held = course;
}

/**
 * sc_course_index_stream_finish:
 * @course: (nullable): the course loaded, or %NULL when it did not load
 * @error: a #GError naming the search store when it refused the rows
 *
 * Hands over the glossary's rows, waits for the thread and frees @self:
 * the course's rows are committed with its content hash when @course
 * loaded, rolled back otherwise.
 *
 * Returns: whether @course was indexed as it was read; %FALSE (without
 *   @error) when the store held it already, or it did not load: then
 *   bring the index up to date with sc_course_index_update ()
 */
gboolean
sc_course_index_stream_finish (ScCourseIndexStream  *self,
                               ScCourse             *course,
                               GError              **error)
{
  g_autoptr(GPtrArray) docs = NULL;
  g_autofree char *expected = NULL;
  gboolean indexed;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (course == NULL || SC_IS_COURSE (course), FALSE);

  if (course != NULL && !g_atomic_int_get (&self->passive))
    {
      docs = g_ptr_array_new_with_free_func (sc_index_doc_free);
      sc_course_index_add_glossary (docs, sc_course_get_glossary (course));
      push_docs (self, docs);
    }

  sc_course_handoff_lock (&self->handoff);
  self->ended = TRUE;
  self->ended_at = g_get_monotonic_time ();
  self->failed = course == NULL;
  sc_course_handoff_wake (&self->handoff);
  sc_course_handoff_unlock (&self->handoff);

  /* While the thread writes the last rows. */
  if (course != NULL && !g_atomic_int_get (&self->passive))
    expected = sc_course_index_dup_hash (course);
  sc_course_handoff_lock (&self->handoff);
  self->expected_hash = g_steal_pointer (&expected);
  self->expected_told = TRUE;
  sc_course_handoff_wake (&self->handoff);
  sc_course_handoff_unlock (&self->handoff);

  g_thread_join (self->thread);
  indexed = self->indexed;
  if (self->error != NULL)
    g_propagate_error (error, g_steal_pointer (&self->error));

  g_queue_clear_full (&self->docs, sc_index_doc_free);
  g_clear_object (&self->held);
  g_free (self->course_id);
  g_free (self->expected_hash);
  g_free (self->path);
  sc_course_handoff_clear (&self->handoff);
  g_free (self);

  return indexed;
}
