/* test-content-arena.c - libxml2's memory for documents read ahead
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <libxml/parser.h>

#include "sc-content-arena.h"
#include "sc-content-xml.h"
#include "sc-course-problems.h"
#include "sc-course-reader.h"

static char *
read_lesson_file (const char *name)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_nonnull (root);
  path = g_build_filename (root, "data", "courses", "ecommerce-operations", "lessons", name, NULL);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static xmlDoc *
parse (const char     *text,
       ScContentArena *arena)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  ScContentArena *outer = sc_content_arena_enter (arena);
  xmlDoc *doc = sc_content_parse (text, strlen (text), "lessons/test.xml", problems);

  sc_content_arena_leave (outer);
  g_assert_nonnull (doc);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);

  return doc;
}

static char *
dump (xmlDoc *doc)
{
  xmlChar *text = NULL;
  int size = 0;
  char *copy;

  xmlDocDumpMemory (doc, &text, &size);
  copy = g_strndup ((const char *) text, size);
  xmlFree (text);

  return copy;
}

static gboolean
skip_unless_installed (void)
{
  if (sc_content_arena_is_installed ())
    return FALSE;
  g_test_skip ("the arenas are not installed in this build (AddressSanitizer)");
  return TRUE;
}

/* A lesson parsed in an arena is the same document as one parsed with
 * malloc (), and it is the arena's memory it lives in. */
static void
test_arena_same_document (void)
{
  g_autofree char *text = read_lesson_file ("listing-anatomy.xml");
  g_autoptr(ScContentArena) arena = sc_content_arena_new ();
  xmlDoc *in_arena = parse (text, arena);
  xmlDoc *plain = parse (text, NULL);
  g_autofree char *dumped_arena = dump (in_arena);
  g_autofree char *dumped_plain = dump (plain);

  g_assert_cmpstr (dumped_arena, ==, dumped_plain);
  g_assert_cmpuint (strlen (dumped_arena), >, 1000);

  if (sc_content_arena_is_installed ())
    {
      g_assert_true (sc_content_arena_owns (xmlDocGetRootElement (in_arena)));
      g_assert_false (sc_content_arena_owns (xmlDocGetRootElement (plain)));
      g_assert_cmpuint (sc_content_arena_get_size (arena), >, 0);
    }

  xmlFreeDoc (plain);
  xmlFreeDoc (in_arena);
}

/* xmlRealloc () keeps what was written, grows the last allocation where
 * it is, and moves an arena's memory to malloc ()'s outside the arena;
 * large allocations are malloc ()'s from the start. */
static void
test_arena_realloc (void)
{
  g_autoptr(ScContentArena) arena = sc_content_arena_new ();
  ScContentArena *outer;
  char *grown;
  char *moved;
  char *other;
  char *large;
  char *first;

  if (skip_unless_installed ())
    return;

  outer = sc_content_arena_enter (arena);
  first = xmlMalloc (100);
  memset (first, 'a', 100);
  grown = xmlRealloc (first, 1000);
  g_assert_true (grown == first);
  memset (grown + 100, 'b', 900);
  other = (char *) xmlStrdup ((const xmlChar *) "other");
  moved = xmlRealloc (grown, 2000);
  g_assert_true (moved != grown);
  g_assert_true (sc_content_arena_owns (moved));
  for (guint i = 0; i < 1000; i++)
    g_assert_cmpint (moved[i], ==, i < 100 ? 'a' : 'b');
  large = xmlMalloc (1024 * 1024);
  g_assert_false (sc_content_arena_owns (large));
  xmlFree (large);
  sc_content_arena_leave (outer);

  g_assert_true (sc_content_arena_owns (other));
  g_assert_cmpstr (other, ==, "other");
  /* Another thread's realloc () of a document in an arena. */
  moved = xmlRealloc (moved, 5000);
  g_assert_false (sc_content_arena_owns (moved));
  for (guint i = 0; i < 1000; i++)
    g_assert_cmpint (moved[i], ==, i < 100 ? 'a' : 'b');
  xmlFree (moved);
  xmlFree (other);
}

/* An arena freed gives its memory to the next: the next document does
 * not touch new pages. */
static void
test_arena_reused (void)
{
  ScContentArena *first = sc_content_arena_new ();
  g_autoptr(ScContentArena) second = sc_content_arena_new ();
  ScContentArena *outer;
  void *was;
  void *is;

  if (skip_unless_installed ())
    {
      sc_content_arena_free (first);
      return;
    }

  outer = sc_content_arena_enter (first);
  was = xmlMalloc (64);
  sc_content_arena_leave (outer);
  sc_content_arena_free (first);
  sc_content_arena_trim ();

  outer = sc_content_arena_enter (second);
  is = xmlMalloc (64);
  sc_content_arena_leave (outer);

  g_assert_true (is == was);
  memset (is, 0, 64);
}

typedef struct
{
  const char *text;
  const char *expected;
} Parsing;

static gpointer
parse_many (gpointer data)
{
  Parsing *parsing = data;

  for (guint i = 0; i < 40; i++)
    {
      ScContentArena *arena = sc_content_arena_new ();
      xmlDoc *doc = parse (parsing->text, arena);
      g_autofree char *dumped = dump (doc);

      g_assert_cmpstr (dumped, ==, parsing->expected);
      xmlFreeDoc (doc);
      sc_content_arena_free (arena);
    }

  return NULL;
}

/* Four threads parsing documents in arenas of their own, taking blocks
 * from and giving them back to the same range, read what was written. */
static void
test_arena_threads (void)
{
  g_autofree char *text = read_lesson_file ("order-lifecycle.xml");
  xmlDoc *reference = parse (text, NULL);
  g_autofree char *expected = dump (reference);
  Parsing parsing = { text, expected };
  GThread *threads[4];

  xmlFreeDoc (reference);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("parse", parse_many, &parsing);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sc_course_reader_init ();

  g_test_add_func ("/arena/same-document", test_arena_same_document);
  g_test_add_func ("/arena/realloc", test_arena_realloc);
  g_test_add_func ("/arena/reused", test_arena_reused);
  g_test_add_func ("/arena/threads", test_arena_threads);

  return g_test_run ();
}
