/* crash-scenario-run.c - killed while a learner starts a practice store over: a reset is whole or absent
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The folder holds one run of a small scenario (seed 7). Write N is one
 * action: an even N sets the first product's title to "Title N", an odd
 * N starts the store over (sc_scenario_reset_run ()). After any number
 * of writes the log holds exactly that many actions after the first, as
 * many registrations as resets plus one, the run's registration is its
 * last action's, the store has all its products, and the title is the
 * last edit's or, after a reset, the generated one.
 */
#include <string.h>

#include "crash-writes.h"
#include "sc-run.h"
#include "sc-sandbox-action.h"
#include "sc-scenario-run.h"

#define RUN_NAME    "Crash practice"
#define RUN_SEED    7
#define N_PRODUCTS  3

static const char scenario_xml[] =
  "<scenario id=\"crash-store\">\n"
  "  <title>Crash store</title>\n"
  "  <store currency=\"EUR\" products=\"3\" variants=\"2\" missing-skus=\"50\"/>\n"
  "</scenario>\n";

static ScScenario *
crash_scenario (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  ScScenario *scenario = sc_scenario_parse (scenario_xml, strlen (scenario_xml),
                                            "scenarios/crash-store.xml", problems);

  g_assert_nonnull (scenario);

  return scenario;
}

/* The first product's title in a fresh store. */
static char *
generated_title (void)
{
  g_autoptr(ScScenario) scenario = crash_scenario ();
  g_autoptr(ScCatalog) catalog = sc_scenario_generate (scenario, RUN_SEED);

  return g_strdup (sc_catalog_get_product (catalog, 0)->title);
}

void
crash_scenario_run_set_up (const char *dir)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open (path, &error);
  g_autoptr(ScScenario) scenario = crash_scenario ();
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;

  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  run = sc_scenario_new_run (database, learner->id, scenario, RUN_NAME, TRUE, RUN_SEED, &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

static gint64
first_product (sqlite3     *db,
               const ScRun *run)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM sandbox_products WHERE run_uuid = '%s' "
                                          "AND position = 1", run->uuid);

  return crash_query_int (db, sql);
}

gboolean
crash_scenario_run_write (CrashChild  *child,
                          guint        i,
                          GError     **error)
{
  g_autoptr(ScScenario) scenario = crash_scenario ();
  g_autoptr(ScRun) run = NULL;
  g_autofree char *title = NULL;
  ScDatabase *database;
  ScLearner *learner;

  if ((database = crash_child_database (child, error)) == NULL ||
      (learner = crash_child_learner (child, error)) == NULL)
    return FALSE;
  run = sc_run_lookup (database, learner->id, RUN_NAME, error);
  if (run == NULL)
    return FALSE;

  if (i % 2 == 1)
    return sc_scenario_reset_run (database, scenario, run, error);

  title = g_strdup_printf ("Title %u", i);

  return sc_sandbox_edit_product (database, run, learner->id,
                                  first_product (sc_database_get_handle (database), run),
                                  "title", title, NULL, error);
}

/* What @n writes leave. */
static char *
scenario_run_after (guint n)
{
  g_autofree char *title = NULL;

  if (n == 0 || (n - 1) % 2 == 1)
    title = generated_title ();
  else
    title = g_strdup_printf ("Title %u", n - 1);

  return g_strdup_printf ("actions: %u\nregistrations: %u\nrun registration is the last action's: 1\n"
                          "products: %d\ntitle: %s\n",
                          n + 1, 1 + n / 2, N_PRODUCTS, title);
}

guint
crash_scenario_run_verify (const CrashCheck *check)
{
  g_autoptr(ScDatabase) database = crash_reopen (check->dir);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *observed = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = sc_database_get_handle (database);
  guint n;

  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  run = sc_run_lookup (database, learner->id, RUN_NAME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (run);

  sql = g_strdup_printf ("SELECT title FROM sandbox_products WHERE run_uuid = '%s' AND position = 1",
                         run->uuid);
  title = crash_dump (db, sql);
  g_strchomp (title);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count (DISTINCT registration) FROM sandbox_actions WHERE run_uuid = '%s'",
                         run->uuid);
  observed = g_strdup_printf ("actions: %" G_GINT64_FORMAT "\nregistrations: %d\n"
                              "run registration is the last action's: %d\nproducts: %d\ntitle: %s\n",
                              sc_run_count_actions (db, run), crash_query_int (db, sql),
                              crash_query_int (db, "SELECT a.registration = r.registration "
                                                   "FROM sandbox_runs r JOIN sandbox_actions a "
                                                   "ON a.run_uuid = r.uuid "
                                                   "ORDER BY a.sequence DESC LIMIT 1"),
                              crash_query_int (db, "SELECT count (*) FROM sandbox_products"),
                              title);

  n = crash_pick_committed (check, "practice store started over", observed, scenario_run_after);
  crash_close (database);

  return n;
}
