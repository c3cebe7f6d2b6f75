/* test-learning-util.h - a database, the example course and a learner for the learning tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by the learners, statements, progress and active-time tests;
 * each uses only some of these helpers.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-course-problems.h"
#include "sc-course-reader.h"
#include "sc-learner.h"
#include "sc-progress.h"
#include "sc-statement.h"
#include "test-db-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  ScDatabase *database;
  sqlite3    *db;
  ScCourse   *course;
  ScLearner  *learner;
} Fixture;

/* docs/example-course: three lessons in two modules, competencies, an
 * https IRI base and a procedure of four steps in "packing". */
G_GNUC_UNUSED static ScCourse *
test_load_example_course (void)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autofree char *dir = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  ScCourse *course;

  g_assert_nonnull (root);
  dir = g_build_filename (root, "docs", "example-course", NULL);
  course = sc_course_load (dir, problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (course);

  return course;
}

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = test_make_dir ();
  f->path = g_build_filename (f->dir, "shopcraft.db", NULL);
  f->database = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  f->db = sc_database_get_handle (f->database);
  f->course = test_load_example_course ();
  f->learner = sc_learner_ensure_default (f->database, &error);
  g_assert_no_error (error);
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->learner, sc_learner_free);
  g_clear_object (&f->course);
  g_clear_object (&f->database);
  test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Every row of @sql, columns joined by "|", rows by newlines: equal
 * dumps mean equal tables. */
G_GNUC_UNUSED static char *
test_dump (sqlite3    *db,
           const char *sql)
{
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (dump, "%s%s", i > 0 ? "|" : "", text != NULL ? text : "NULL");
        }
      g_string_append_c (dump, '\n');
    }
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);

  return g_string_free (dump, FALSE);
}

G_GNUC_UNUSED static int
test_count_statements (sqlite3    *db,
                       const char *verb_iri)
{
  g_autofree char *sql = NULL;

  if (verb_iri == NULL)
    return test_query_int (db, "SELECT count(*) FROM statements");

  sql = g_strdup_printf ("SELECT count(*) FROM statements WHERE verb = '%s'", verb_iri);

  return test_query_int (db, sql);
}

/* The JSON of the one statement @sql selects, parsed. */
G_GNUC_UNUSED static JsonNode *
test_statement_json (sqlite3    *db,
                     const char *sql)
{
  g_autofree char *json = test_query_text (db, sql);
  g_autoptr(GError) error = NULL;
  JsonNode *root = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return root;
}

/* The value at a JSONPath (one match) as text: strings as they are,
 * numbers and booleans as JSON writes them, "(none)" when absent. */
G_GNUC_UNUSED static char *
test_json_at (JsonNode   *root,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) matches = json_path_query (path, root, &error);
  JsonArray *array;
  JsonNode *node;

  g_assert_no_error (error);
  array = json_node_get_array (matches);
  if (json_array_get_length (array) == 0)
    return g_strdup ("(none)");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);

  node = json_array_get_element (array, 0);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));

  return json_to_string (node, FALSE);
}

#define assert_json(root, path, expected) \
  G_STMT_START { \
    g_autofree char *_value = test_json_at ((root), (path)); \
    g_assert_cmpstr (_value, ==, (expected)); \
  } G_STMT_END
