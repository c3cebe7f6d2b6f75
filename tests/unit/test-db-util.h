/* test-db-util.h - damaged databases and fingerprints for the database tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by the database, backup and command-line tests; each uses only
 * some of these helpers.
 */
#pragma once

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sc-database.h"
#include "sc-error.h"

/* The uid and gid of "nobody", which root becomes to meet permissions. */
#define TEST_NOBODY 65534

typedef enum
{
  DAMAGE_TRUNCATED,
  DAMAGE_TRUNCATED_HEADER,
  DAMAGE_RANDOM,
  DAMAGE_NEWER,
  DAMAGE_FOREIGN,
  DAMAGE_CORRUPT_PAGE,
  N_DAMAGES
} TestDamage;

G_GNUC_UNUSED static const char *
test_damage_name (TestDamage damage)
{
  static const char * const names[] = {
    "truncated", "truncated-header", "random", "newer", "foreign", "corrupt-page",
  };

  return names[damage];
}

/* The error each damage gives when the file is opened (a corrupted page
 * only shows in a page-by-page check). */
G_GNUC_UNUSED static int
test_damage_error (TestDamage damage)
{
  switch (damage)
    {
    case DAMAGE_NEWER:
      return SC_ERROR_TOO_NEW;
    case DAMAGE_FOREIGN:
      return SC_ERROR_FOREIGN;
    default:
      return SC_ERROR_CORRUPT;
    }
}

G_GNUC_UNUSED static char *
test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("shopcraft-test-XXXXXX", &error);

  g_assert_no_error (error);
  /* Traversable by "nobody" in the permission tests. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);

  return dir;
}

G_GNUC_UNUSED static void
test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      g_chmod (path, 0700);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            test_remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

G_GNUC_UNUSED static void
test_exec (sqlite3    *db,
           const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

G_GNUC_UNUSED static int
test_query_int (sqlite3    *db,
                const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

G_GNUC_UNUSED static char *
test_query_text (sqlite3    *db,
                 const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

G_GNUC_UNUSED static sqlite3 *
test_open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);

  return db;
}

/* A Shopcraft database at @path with @n_learners learners (each with two
 * statements), closed cleanly: no WAL beside it. */
G_GNUC_UNUSED static void
test_make_database (const char *path,
                    int         n_learners)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  sqlite3 *db;

  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  db = sc_database_get_handle (database);

  test_exec (db, "BEGIN");
  for (int i = 1; i <= n_learners; i++)
    {
      g_autofree char *sql = NULL;

      sql = g_strdup_printf ("INSERT INTO learners (id, uuid, display_name) VALUES (%d, 'uuid-%d', 'Learner %d');"
                             "INSERT INTO statements (id, learner_id, verb, object_id, timestamp, json)"
                             " VALUES ('s-%d-a', %d, 'urn:verb', 'urn:object', '2026-11-28T10:00:00Z', '{}'),"
                             "        ('s-%d-b', %d, 'urn:verb', 'urn:object', '2026-11-28T10:00:01Z', '{}');",
                             i, i, i, i, i, i, i);
      test_exec (db, sql);
    }
  test_exec (db, "COMMIT");

  sc_database_close (database, &error);
  g_assert_no_error (error);
}

G_GNUC_UNUSED static int
test_count_learners (const char *path)
{
  sqlite3 *db = test_open_raw (path);
  int n = test_query_int (db, "SELECT count(*) FROM learners");

  sqlite3_close (db);

  return n;
}

G_GNUC_UNUSED static void
test_write_file (const char   *path,
                 const guint8 *data,
                 gsize         size)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, (const char *) data, size, &error);
  g_assert_no_error (error);
}

/* Makes @path (absent before) into a file with the given damage. */
G_GNUC_UNUSED static void
test_make_damaged (const char *path,
                   TestDamage  damage)
{
  g_autofree guint8 *bytes = NULL;
  g_autoptr(GRand) rand = NULL;
  sqlite3 *db;
  int root;
  int fd;

  switch (damage)
    {
    case DAMAGE_TRUNCATED:
      /* Cut at a page boundary: only the header's page count tells. */
      test_make_database (path, 200);
      g_assert_cmpint (truncate (path, 2 * 4096), ==, 0);
      break;

    case DAMAGE_TRUNCATED_HEADER:
      test_make_database (path, 1);
      g_assert_cmpint (truncate (path, 60), ==, 0);
      break;

    case DAMAGE_RANDOM:
      rand = g_rand_new_with_seed (20261128);
      bytes = g_malloc (16384);
      for (gsize i = 0; i < 16384; i++)
        bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
      test_write_file (path, bytes, 16384);
      break;

    case DAMAGE_NEWER:
      test_make_database (path, 2);
      db = test_open_raw (path);
      test_exec (db, "PRAGMA user_version = 99");
      sqlite3_close (db);
      break;

    case DAMAGE_FOREIGN:
      db = test_open_raw (path);
      test_exec (db, "PRAGMA application_id = 1234; CREATE TABLE notes (body TEXT);"
                     "INSERT INTO notes VALUES ('not Shopcraft');");
      sqlite3_close (db);
      break;

    case DAMAGE_CORRUPT_PAGE:
      /* Flip the page-type byte of a table's root page: the schema on
       * page 1 still reads, only a page-by-page check finds it. */
      test_make_database (path, 50);
      db = test_open_raw (path);
      root = test_query_int (db, "SELECT rootpage FROM sqlite_schema WHERE name = 'lesson_progress'");
      test_exec (db, "INSERT INTO lesson_progress (learner_id, course_id, lesson_id, updated_at)"
                     " VALUES (1, 'c', 'l', 'now')");
      sqlite3_close (db);
      g_assert_cmpint (root, >, 1);
      fd = g_open (path, O_WRONLY, 0);
      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (pwrite (fd, "\x00\x77\x77\x77", 4, (off_t) (root - 1) * 4096), ==, 4);
      close (fd);
      break;

    case N_DAMAGES:
    default:
      g_assert_not_reached ();
    }
}

/* The SHA-256 of @path and of each SQLite file beside it ("-" when
 * absent): equal before and after means nothing was touched. */
G_GNUC_UNUSED static char *
test_fingerprint (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };
  GString *print = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (name, &contents, &length, NULL))
        {
          g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                              (const guint8 *) contents, length);

          g_string_append_printf (print, "%s%s=%s;", path, suffixes[i], sum);
        }
      else
        g_string_append_printf (print, "%s%s=-;", path, suffixes[i]);
    }

  return g_string_free (print, FALSE);
}

/* Another process holding an exclusive lock on @path with a write in its
 * WAL, as another copy of Shopcraft in the middle of its work would. A
 * process of its own, because POSIX locks are per process: this one
 * reading the file for a fingerprint would silently drop them. */
typedef struct
{
  pid_t pid;
  int   release_fd;
} TestHolder;

G_GNUC_UNUSED static TestHolder
test_hold_lock (const char *path)
{
  TestHolder holder;
  int ready[2];
  int release[2];
  char c;

  g_assert_cmpint (pipe (ready), ==, 0);
  g_assert_cmpint (pipe (release), ==, 0);
  holder.pid = fork ();
  g_assert_cmpint (holder.pid, >=, 0);
  if (holder.pid == 0)
    {
      sqlite3 *db = NULL;

      close (ready[0]);
      close (release[1]);
      if (sqlite3_open (path, &db) != SQLITE_OK ||
          sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE;"
                            "BEGIN IMMEDIATE;"
                            "INSERT INTO learners (uuid, display_name) VALUES ('holder', 'Holder');"
                            "COMMIT;", NULL, NULL, NULL) != SQLITE_OK ||
          write (ready[1], "1", 1) != 1)
        _exit (1);
      while (read (release[0], &c, 1) > 0)
        ;
      sqlite3_close (db);
      _exit (0);
    }

  close (ready[1]);
  close (release[0]);
  g_assert_cmpint (read (ready[0], &c, 1), ==, 1);
  close (ready[0]);
  holder.release_fd = release[1];

  return holder;
}

G_GNUC_UNUSED static void
test_release_lock (TestHolder *holder)
{
  int status = 0;

  close (holder->release_fd);
  g_assert_cmpint (waitpid (holder->pid, &status, 0), ==, holder->pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

/* In a forked child only: becomes "nobody" so permissions apply to root. */
G_GNUC_UNUSED static gboolean
test_become_nobody (void)
{
  if (geteuid () != 0)
    return TRUE;

  return setgroups (0, NULL) == 0 && setgid (TEST_NOBODY) == 0 && setuid (TEST_NOBODY) == 0;
}
