/* test-context.c - ScContext hands the database, course and learner to pages and says so
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

/* The learner is a copy: pages hear of a new learner and of a rename (the
 * same UUID with a new name), and of nothing else. */
static void
test_context_learner_notifies (void)
{
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-context-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScContext) context = sc_context_new (NULL, NULL);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScLearner) read_back = NULL;
  g_autoptr(ScLearner) other = NULL;
  g_autofree char *old_name = NULL;
  const ScLearner *held;
  int notified = 0;

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);

  g_assert_null (sc_context_get_learner (context));
  g_signal_connect (context, "notify::learner", G_CALLBACK (count_notify), &notified);

  sc_context_set_learner (context, learner);
  g_assert_cmpint (notified, ==, 1);
  held = sc_context_get_learner (context);
  g_assert_true (held != learner);
  g_assert_cmpstr (held->uuid, ==, learner->uuid);
  /* The name given without asking is a placeholder until it is chosen. */
  g_assert_true (held->name_is_placeholder);

  /* The same learner, read again, is no change. */
  read_back = sc_learner_lookup_uuid (database, learner->uuid, &error);
  g_assert_no_error (error);
  g_assert_true (read_back->name_is_placeholder);
  sc_context_set_learner (context, read_back);
  g_assert_cmpint (notified, ==, 1);

  /* A rename is: the context's copy shows the new name. */
  old_name = g_strdup (learner->display_name);
  g_assert_true (sc_learner_rename (database, learner, "Dana Kim", &error));
  g_assert_no_error (error);
  g_assert_false (learner->name_is_placeholder);
  g_assert_cmpstr (sc_context_get_learner (context)->display_name, ==, old_name);
  sc_context_set_learner (context, learner);
  g_assert_cmpint (notified, ==, 2);
  g_assert_cmpstr (sc_context_get_learner (context)->display_name, ==, "Dana Kim");
  g_assert_false (sc_context_get_learner (context)->name_is_placeholder);

  /* Through the property too, and back to none. */
  other = sc_learner_create (database, "Ola", &error);
  g_assert_no_error (error);
  g_assert_false (other->name_is_placeholder);
  g_object_set (context, "learner", other, NULL);
  g_assert_cmpint (notified, ==, 3);
  g_assert_cmpstr (sc_context_get_learner (context)->uuid, ==, other->uuid);
  sc_context_set_learner (context, NULL);
  g_assert_cmpint (notified, ==, 4);
  g_assert_null (sc_context_get_learner (context));

  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

/* Confirming the placeholder name (renaming to the same name) makes it
 * the learner's own; it survives reopening. */
static void
test_context_placeholder_confirmed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("shopcraft-context-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScLearner) again = NULL;
  g_autofree char *name = NULL;

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  g_assert_true (learner->name_is_placeholder);

  name = g_strdup (learner->display_name);
  g_assert_true (sc_learner_rename (database, learner, name, &error));
  g_assert_no_error (error);
  g_assert_false (learner->name_is_placeholder);

  g_assert_true (sc_database_close (database, &error));
  g_clear_object (&database);
  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  again = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->uuid, ==, learner->uuid);
  g_assert_cmpstr (again->display_name, ==, name);
  g_assert_false (again->name_is_placeholder);

  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

static void
test_context_search_ready_notifies (void)
{
  g_autoptr(ScContext) context = sc_context_new (NULL, NULL);
  int notified = 0;

  g_assert_false (sc_context_get_search_ready (context));
  g_signal_connect (context, "notify::search-ready", G_CALLBACK (count_notify), &notified);

  sc_context_set_search_ready (context, TRUE);
  sc_context_set_search_ready (context, TRUE);
  g_assert_true (sc_context_get_search_ready (context));
  g_assert_cmpint (notified, ==, 1);

  sc_context_set_search_ready (context, FALSE);
  g_assert_false (sc_context_get_search_ready (context));
  g_assert_cmpint (notified, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sc_course_reader_init ();

  g_test_add_func ("/context/database-notifies", test_context_database_notifies);
  g_test_add_func ("/context/course-notifies", test_context_course_notifies);
  g_test_add_func ("/context/learner-notifies", test_context_learner_notifies);
  g_test_add_func ("/context/placeholder-confirmed", test_context_placeholder_confirmed);
  g_test_add_func ("/context/search-ready-notifies", test_context_search_ready_notifies);

  return g_test_run ();
}
