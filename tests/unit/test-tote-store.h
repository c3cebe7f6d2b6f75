/* test-tote-store.h - the goal tests' store: Ada's run holding the canvas tote, a policy and its edits
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store is test_sandbox_add_tote (): a draft "Canvas tote" with a
 * Size option (Small, Large) and two variants at 12.00 without SKU,
 * barcode or cost, in Ada's EUR run "Totes". A test file includes this
 * after defining its policy (and goals) and sets up its fixture with
 * tote_store_set_up ().
 */
#pragma once

#include <string.h>

#include "sc-database.h"
#include "sc-learner.h"
#include "sc-policy.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-goal.h"
#include "test-db-util.h"
#include "test-sandbox-util.h"

typedef struct
{
  char       *dir;
  ScDatabase *database;
  ScLearner  *ada;
  ScRun      *run;
  gint64      product;
  gint64      variants[2];
  GPtrArray  *goals;     /* (nullable): what the test file's goals_xml says */
  ScPolicy   *policy;
} ToteStore;

/* The goals in @xml, each problem found shown as a test message. */
G_GNUC_UNUSED static GPtrArray *
tote_store_parse_goals (const char        *xml,
                        ScCourseProblems **out_problems)
{
  ScCourseProblems *problems = sc_course_problems_new ();
  GPtrArray *goals = sc_goals_parse (xml, strlen (xml), "scenarios/tote.xml", problems);

  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_test_message ("%s", line);
    }
  if (out_problems != NULL)
    *out_problems = problems;
  else
    sc_course_problems_free (problems);

  return goals;
}

/* @goals_xml: (nullable): goals to read into the store's goals */
G_GNUC_UNUSED static void
tote_store_set_up (ToteStore  *f,
                   const char *policy_xml,
                   const char *goals_xml)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();

  f->dir = test_make_dir ();
  f->database = sc_database_open_in_dir (f->dir, &error);
  g_assert_no_error (error);
  f->ada = sc_learner_create (f->database, "Ada", &error);
  g_assert_no_error (error);
  f->run = sc_run_create (f->database, f->ada->id, "Totes", NULL, 0, 0, sc_currency_lookup ("EUR"), &error);
  g_assert_no_error (error);
  f->product = test_sandbox_add_tote (f->database, f->run, f->variants);
  if (goals_xml != NULL)
    {
      f->goals = tote_store_parse_goals (goals_xml, NULL);
      g_assert_nonnull (f->goals);
    }
  f->policy = sc_policy_parse (policy_xml, strlen (policy_xml), "policies/test.xml", problems);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
  g_assert_nonnull (f->policy);
}

G_GNUC_UNUSED static void
tote_store_tear_down (ToteStore *f)
{
  g_clear_pointer (&f->goals, g_ptr_array_unref);
  sc_policy_free (f->policy);
  sc_run_free (f->run);
  sc_learner_free (f->ada);
  sc_database_close (f->database, NULL);
  g_clear_object (&f->database);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

/* One edit of variant @i by Ada, as the editor commits it. */
G_GNUC_UNUSED static void
tote_store_edit_variant (ToteStore  *f,
                         int         i,
                         const char *field,
                         const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_edit_variant (f->database, f->run, f->ada->id, f->variants[i], field, value,
                                          NULL, &error));
  g_assert_no_error (error);
}

/* One edit of the tote by Ada, as the editor commits it. */
G_GNUC_UNUSED static void
tote_store_edit_product (ToteStore  *f,
                         const char *field,
                         const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_edit_product (f->database, f->run, f->ada->id, f->product, field, value,
                                          NULL, &error));
  g_assert_no_error (error);
}
