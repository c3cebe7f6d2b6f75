/* bench-search-fts.c - search as you type through the core search API, keystroke by keystroke
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-search-fts --queries TEXT
 *        bench-search-fts --async|--kept DB COURSE_ID TEXT PASSES
 *
 * The subject of tests/bench/cases/search_fts.py. TEXT is typed one key
 * at a time ("i", "in", "inv", …), PASSES times over.
 *
 * --queries prints, one per line, the FTS5 MATCH string that
 * sc_search_query_new() makes of each keystroke, so the sqlite3 CLI runs
 * the very same query.
 *
 * --async searches each keystroke as the Learn panel does: through
 * sc_search_run_async(), on a worker thread with a read-only connection
 * of its own opened for that search, the result handed back to the main
 * loop. --kept runs sc_search_run() on one reader connection kept open,
 * which is what the sqlite3 CLI does. Both print the number of hits of
 * each keystroke of the first pass on one line, then the microseconds
 * each keystroke took, one line per pass.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sc-database.h"
#include "sc-search.h"
#include "sc-search-text.h"
#include "sc-sqlite.h"

/* As the search pane asks for (SC_SEARCH_PANE_LIMIT, src/panels). */
#define LIMIT 30

typedef struct
{
  GPtrArray *hits;
  GError    *error;
  gboolean   done;
} Wait;

static GPtrArray *
keystrokes (const char *text)
{
  GPtrArray *typed = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    g_ptr_array_add (typed, g_strndup (text, g_utf8_next_char (p) - text));

  return typed;
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Wait *wait = user_data;

  wait->hits = sc_search_run_finish (SC_DATABASE (source), result, &wait->error);
  wait->done = TRUE;
}

static GPtrArray *
search_async (ScDatabase  *database,
              const char  *course_id,
              const char  *text,
              GError     **error)
{
  Wait wait = { NULL, NULL, FALSE };

  sc_search_run_async (database, course_id, text, LIMIT, NULL, search_done_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);

  if (wait.error != NULL)
    g_propagate_error (error, wait.error);

  return wait.hits;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) typed = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) counts = g_string_new (NULL);
  g_autoptr(GString) times = g_string_new (NULL);
  sqlite3 *reader = NULL;
  gboolean use_async;
  guint64 passes;

  if (argc == 3 && strcmp (argv[1], "--queries") == 0)
    {
      typed = keystrokes (argv[2]);
      for (guint i = 0; i < typed->len; i++)
        {
          g_autofree char *query = sc_search_query_new (typed->pdata[i]);

          printf ("%s\n", query != NULL ? query : "");
        }
      return 0;
    }

  if (argc != 6 || (strcmp (argv[1], "--async") != 0 && strcmp (argv[1], "--kept") != 0) ||
      !g_ascii_string_to_unsigned (argv[5], 10, 1, 100000, &passes, NULL))
    {
      fprintf (stderr, "usage: %s --queries TEXT\n"
                       "       %s --async|--kept DB COURSE_ID TEXT PASSES\n", argv[0], argv[0]);
      return 2;
    }

  use_async = strcmp (argv[1], "--async") == 0;
  typed = keystrokes (argv[4]);

  database = sc_database_open (argv[2], &error);
  if (database != NULL && !use_async)
    reader = sc_search_open_reader (database, &error);
  if (database == NULL || (!use_async && reader == NULL))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  for (guint64 pass = 0; pass < passes; pass++)
    {
      for (guint i = 0; i < typed->len; i++)
        {
          g_autoptr(GPtrArray) hits = NULL;
          gint64 start = g_get_monotonic_time ();

          if (use_async)
            hits = search_async (database, argv[3], typed->pdata[i], &error);
          else
            hits = sc_search_run (reader, argv[3], typed->pdata[i], LIMIT, &error);

          if (hits == NULL)
            {
              fprintf (stderr, "“%s”: %s\n", (char *) typed->pdata[i], error->message);
              return 1;
            }

          g_string_append_printf (times, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                                  g_get_monotonic_time () - start);
          if (pass == 0)
            g_string_append_printf (counts, "%s%u", i > 0 ? " " : "", hits->len);
        }
      g_string_append_c (times, '\n');
    }

  if (reader != NULL)
    sc_sqlite_close (reader);

  printf ("%s\n%s", counts->str, times->str);

  return 0;
}
