/* sc-search-store.c - the search index in a file of its own, beside the database
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What search reads is made from the course and nothing else, so it is
 * kept apart from the learner's records, in SC_SEARCH_STORE_FILE_NAME
 * beside the database:
 *
 * - Indexing a course is one long transaction (half a second for a
 *   1,000-lesson course). In the database it had to run on the one
 *   writer, the main thread, freezing the window, or hold the write lock
 *   against a quiz answer. Here it has a writer of its own, on a worker
 *   thread, which never waits for the learner's writes nor they for it.
 * - It is a cache: a file that is missing, of another version, or not a
 *   database is removed and made again, and the course is indexed anew.
 *   Nothing in it is backed up, restored or merged.
 *
 * The schema is the one the database's migrations 0002 and 0007 made
 * (0011 removed it there): the lessons', sections' and glossary's rows in
 * search_docs, an FTS5 index of them with search_docs as its external
 * content, and each course's content hash in search_index_state.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sc-search-store.h"
#include "sc-sqlite.h"

/* Bump when the schema changes: every store is made again. Version 2:
 * the check on search_docs.kind compares instead of using IN, which for
 * three values or more builds a temporary index at every insert (a new
 * 16 KiB-page B-tree, opened and freed 8,400 times for a 1,000-lesson
 * course: 6 % of writing its index). */
#define STORE_VERSION 2

static const char schema_sql[] =
  "PRAGMA page_size = 16384;"
  "PRAGMA journal_mode = WAL;"
  "BEGIN;"
  "CREATE TABLE search_docs ("
  "  id           INTEGER PRIMARY KEY,"
  "  course_id    TEXT    NOT NULL,"
  "  kind         TEXT    NOT NULL"
  "               CHECK (kind = 'lesson' OR kind = 'section' OR kind = 'glossary'),"
  "  position     INTEGER NOT NULL,"
  "  lesson_id    TEXT,"
  "  section_id   TEXT,"
  "  section_path TEXT,"
  "  entry_id     TEXT,"
  "  title        TEXT    NOT NULL,"
  "  body         TEXT    NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX search_docs_course ON search_docs (course_id, position);"
  "CREATE VIRTUAL TABLE search_fts USING fts5 ("
  "  title, body, content = 'search_docs', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
  ");"
  "CREATE TABLE search_index_state ("
  "  course_id    TEXT    PRIMARY KEY,"
  "  content_hash TEXT    NOT NULL,"
  "  n_docs       INTEGER NOT NULL,"
  "  indexed_at   TEXT    NOT NULL"
  ") WITHOUT ROWID;"
  "PRAGMA user_version = " G_STRINGIFY (STORE_VERSION) ";"
  "COMMIT;";

/**
 * sc_search_store_path:
 *
 * Returns: (transfer full): the search store of @database's folder
 */
char *
sc_search_store_path (ScDatabase *database)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  dir = g_path_get_dirname (sc_database_get_path (database));

  return g_build_filename (dir, SC_SEARCH_STORE_FILE_NAME, NULL);
}

/**
 * sc_search_store_remove:
 *
 * Removes the store at @path with its write-ahead log, if they exist.
 */
void
sc_search_store_remove (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (journal);
  g_unlink (path);
}

/* The store's version, or -1 when it cannot be read as a database. */
static int
store_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

/* A course indexed as it was read left its pages in the write-ahead
 * log (sc-course-index-stream.c): they go into the file now, at the next
 * writer's open, which runs on a worker. */
static gboolean
checkpoint_log (sqlite3     *db,
                const char  *path,
                GError     **error)
{
  g_autofree char *log = g_strconcat (path, "-wal", NULL);
  GStatBuf info;

  if (g_stat (log, &info) != 0 || info.st_size == 0)
    return TRUE;

  return sc_sqlite_exec (db, "PRAGMA wal_checkpoint (TRUNCATE)", path, SC_SQLITE_ROLE_CACHE, error);
}

static sqlite3 *
open_writer (const char  *path,
             GError     **error)
{
  sqlite3 *db = sc_sqlite_open (path, SC_SQLITE_OPEN_CREATE, SC_SQLITE_ROLE_CACHE, error);

  if (db == NULL)
    return NULL;

  /* In WAL mode NORMAL waits for the disk only at checkpoints. */
  if (store_version (db) == STORE_VERSION &&
      sc_sqlite_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL",
                      path, SC_SQLITE_ROLE_CACHE, error) &&
      checkpoint_log (db, path, error))
    return db;

  sc_sqlite_close (db);
  return NULL;
}

/**
 * sc_search_store_open_writer:
 * @path: from sc_search_store_path ()
 * @error: a #GError naming the file when it cannot be made either
 *
 * Opens the store to write in, making it when it is missing, and making
 * it again when it is of another version or not a database at all. Use
 * the connection on the calling thread only; one writer at a time.
 *
 * Returns: (transfer full) (nullable): the connection
 */
sqlite3 *
sc_search_store_open_writer (const char  *path,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = NULL;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A course may be read before the database made the folder. */
  dir = g_path_get_dirname (path);
  if (!sc_sqlite_ensure_folder (dir, SC_SQLITE_ROLE_CACHE, error))
    return NULL;

  db = open_writer (path, &local_error);
  if (db != NULL)
    return db;

  if (local_error != NULL)
    g_debug ("The search store %s is made again: %s", path, local_error->message);
  else
    g_debug ("The search store %s is new or of another version: made again", path);
  sc_search_store_remove (path);

  db = sc_sqlite_open (path, SC_SQLITE_OPEN_CREATE, SC_SQLITE_ROLE_CACHE, error);
  if (db == NULL)
    return NULL;
  if (!sc_sqlite_exec (db, schema_sql, path, SC_SQLITE_ROLE_CACHE, error) ||
      !sc_sqlite_exec (db, "PRAGMA synchronous = NORMAL", path, SC_SQLITE_ROLE_CACHE, error))
    {
      sc_sqlite_close (db);
      return NULL;
    }

  return db;
}

/**
 * sc_search_store_open_reader:
 * @error: a #GError naming the file when it is missing or unreadable
 *
 * Opens the store read-only, for a search on the calling thread. In WAL
 * mode a search never waits for the writer, and sees one whole index.
 *
 * Returns: (transfer full) (nullable): the connection
 */
sqlite3 *
sc_search_store_open_reader (const char  *path,
                             GError     **error)
{
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);

  db = sc_sqlite_open (path, SC_SQLITE_OPEN_READONLY, SC_SQLITE_ROLE_CACHE, error);
  if (db != NULL &&
      !sc_sqlite_exec (db, "PRAGMA query_only = ON", path, SC_SQLITE_ROLE_CACHE, error))
    g_clear_pointer (&db, sc_sqlite_close);

  return db;
}
