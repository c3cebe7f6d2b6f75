/* test-context.c - ScContext hands the database to pages and says so
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-database.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(int *) user_data)++;
}

static void
test_context_database_notifies (void)
{
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-context-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScContext) context = NULL;
  int notified = 0;

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);

  context = sc_context_new (NULL, NULL);
  g_assert_null (sc_context_get_database (context));
  g_signal_connect (context, "notify::database", G_CALLBACK (count_notify), &notified);

  sc_context_set_database (context, database);
  g_assert_true (sc_context_get_database (context) == database);
  g_assert_cmpint (notified, ==, 1);

  /* Setting the same database again is not a change. */
  sc_context_set_database (context, database);
  g_assert_cmpint (notified, ==, 1);

  sc_context_set_database (context, NULL);
  g_assert_null (sc_context_get_database (context));
  g_assert_cmpint (notified, ==, 2);

  g_clear_object (&database);
  g_clear_object (&context);
}

static void
test_context_course_notifies (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"),
                                           "docs", "example-course", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScContext) context = sc_context_new (NULL, NULL);
  int notified = 0;

  course = sc_course_load (dir, NULL, &error);
  g_assert_no_error (error);

  g_signal_connect (context, "notify::course", G_CALLBACK (count_notify), &notified);
  sc_context_set_course (context, course);
  g_assert_true (sc_context_get_course (context) == course);
  sc_context_set_course (context, course);
  g_assert_cmpint (notified, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sc_course_reader_init ();

  g_test_add_func ("/context/database-notifies", test_context_database_notifies);
  g_test_add_func ("/context/course-notifies", test_context_course_notifies);

  return g_test_run ();
}
