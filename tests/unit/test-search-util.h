/* test-search-util.h - the search fixture course, its database and helpers for test-search.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <pango/pango.h>

#include "sc-course-index.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-search.h"
#include "test-db-util.h"
#include "test-tree-util.h"

typedef struct
{
  char       *dir;
  ScDatabase *database;
  ScCourse   *course;
  sqlite3    *reader;
} Fixture;

static char *
source_path (const char *first,
             ...)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (char *) root);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (char *) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static ScCourse *
load_course (const char *dir)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  ScCourse *course;

  course = sc_course_load (dir, problems, &error);
  lines = sc_course_problems_to_strv (problems);
  for (guint i = 0; lines[i] != NULL; i++)
    g_test_message ("unexpected problem: %s", lines[i]);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (lines), ==, 0);
  g_assert_nonnull (course);

  return course;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *course_dir = source_path ("tests", "data", "courses", "search", NULL);
  g_autoptr(GError) error = NULL;

  fixture->dir = test_make_dir ();
  fixture->database = sc_database_open_in_dir (fixture->dir, &error);
  g_assert_no_error (error);
  fixture->course = load_course (course_dir);
  g_assert_cmpint (sc_course_index_update (fixture->database, fixture->course, &error),
                   ==, SC_COURSE_INDEX_UPDATED);
  g_assert_no_error (error);
  fixture->reader = sc_search_open_reader (fixture->database, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&fixture->reader, sc_sqlite_close);
  g_clear_object (&fixture->course);
  g_assert_true (sc_database_close (fixture->database, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->database);
  test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* What the search field shows for @text, on the reader connection. */
static GPtrArray *
search (Fixture    *fixture,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits;

  hits = sc_search_run (fixture->reader, sc_course_get_id (fixture->course), text, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hits);

  return hits;
}

static ScSearchHit *
hit_at (GPtrArray *hits,
        guint      index)
{
  g_assert_cmpuint (index, <, hits->len);
  return g_ptr_array_index (hits, index);
}

/* The position of the hit titled @title, or -1. */
static int
find_title (GPtrArray  *hits,
            const char *title)
{
  for (guint i = 0; i < hits->len; i++)
    {
      if (g_strcmp0 (hit_at (hits, i)->title, title) == 0)
        return (int) i;
    }

  return -1;
}

static char *
markup_to_text (const char *markup)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &text, NULL, &error));
  g_assert_no_error (error);

  return text;
}

