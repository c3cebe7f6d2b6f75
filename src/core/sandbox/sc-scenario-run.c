/* sc-scenario-run.c - a learner's practice on a scenario: find, resume, start over
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scenario is found by its id, which names scenarios/ID.xml. A learner
 * practises on one run of it at a time: opening the practice again
 * resumes the newest open run, and only the first opening starts one,
 * named after the scenario's title and with a seed drawn once and kept
 * (sc_scenario_derive_seed()).
 *
 * "Start over" (sc_scenario_reset_run()) gives the run the store a fresh
 * generation with its own seed makes, under a new registration, and
 * appends a "reset" action, all in one transaction after staging; the
 * log before it stays, and neither undo nor redo crosses it. Recording a
 * "Check my work" is sc-practice-statement.c's, in core/learning/.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-prng.h"
#include "sc-run-private.h"
#include "sc-scenario-run.h"

#define SCENARIOS_DIR "scenarios"

/* A scenario id names a file: no folders, nothing hidden. */
static gboolean
id_is_plain (const char *id)
{
  return id != NULL && *id != '\0' && *id != '.' && strchr (id, '/') == NULL &&
         strchr (id, '\\') == NULL && g_utf8_validate (id, -1, NULL);
}

/* Loads @relative; a scenario whose id is not its file's name is a
 * problem, since practice cards find scenarios by that name. */
static ScScenario *
load_named (const char       *course_dir,
            const char       *relative,
            const char       *id,
            ScCourseProblems *problems)
{
  g_autoptr(ScScenario) scenario = sc_scenario_load (course_dir, relative, problems);

  if (scenario != NULL && g_strcmp0 (scenario->id, id) != 0)
    {
      sc_course_problems_add (problems, relative, 0,
                              _("the scenario’s id is “%s”, but practice cards find it by its "
                                "file name; rename the file to %s/%s.xml or set id=\"%s\""),
                              scenario->id, SCENARIOS_DIR, scenario->id, id);
      return NULL;
    }

  return g_steal_pointer (&scenario);
}

/**
 * sc_scenario_find:
 * @course_dir: the course's folder
 * @id: the scenario's id, which names scenarios/ID.xml
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with an
 *   error naming the file and what is wrong with it
 */
ScScenario *
sc_scenario_find (const char  *course_dir,
                  const char  *id,
                  GError     **error)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *relative = NULL;
  g_autofree char *first = NULL;
  ScScenario *scenario;
  guint n;

  g_return_val_if_fail (course_dir != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!id_is_plain (id))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("“%s” is not a scenario id: an id names a file of the course’s scenarios "
                     "folder, such as price-the-range."), id);
      return NULL;
    }

  relative = g_strdup_printf (SCENARIOS_DIR "/%s.xml", id);
  scenario = load_named (course_dir, relative, id, problems);
  if (scenario != NULL)
    return scenario;

  n = sc_course_problems_get_len (problems);
  first = n > 0 ? sc_course_problem_to_string (sc_course_problems_get (problems, 0)) : NULL;
  if (n > 1)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 g_dngettext (GETTEXT_PACKAGE,
                              "The practice scenario “%s” cannot be used: %s (and %u more problem; "
                              "run --validate-course for all of them).",
                              "The practice scenario “%s” cannot be used: %s (and %u more problems; "
                              "run --validate-course for all of them).", n - 1),
                 id, first, n - 1);
  else
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("The practice scenario “%s” cannot be used: %s."),
                 id, first != NULL ? first : relative);

  return NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * sc_scenario_load_all:
 * @problems: where the problems of the files that do not load go
 *
 * Returns: (transfer full) (element-type ScScenario): the scenarios of
 *   the course's scenarios/ folder that load, by file name; none when
 *   the course has no such folder
 */
GPtrArray *
sc_scenario_load_all (const char       *course_dir,
                      ScCourseProblems *problems)
{
  GPtrArray *scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_scenario_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (course_dir != NULL, scenarios);
  g_return_val_if_fail (problems != NULL, scenarios);

  path = g_build_filename (course_dir, SCENARIOS_DIR, NULL);
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return scenarios;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *id = g_strndup (file, strlen (file) - strlen (".xml"));
      g_autofree char *relative = g_strconcat (SCENARIOS_DIR "/", file, NULL);
      ScScenario *scenario = load_named (course_dir, relative, id, problems);

      if (scenario != NULL)
        g_ptr_array_add (scenarios, scenario);
    }

  return scenarios;
}

/* 64-bit FNV-1a over @text and its terminating zero. */
static guint64
hash_text (guint64     hash,
           const char *text)
{
  const guchar *p = (const guchar *) text;

  do
    {
      hash ^= *p;
      hash *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  while (*p++ != '\0');

  return hash;
}

/**
 * sc_scenario_derive_seed:
 * @learner_uuid: the learner's UUID, the same on every device
 * @scenario_id: the scenario's id
 *
 * The seed a learner's run of a scenario starts with: the first number
 * of the project's PRNG seeded with the 64-bit FNV-1a hash of the two
 * strings (each with its terminating zero), shifted down to 32 bits so
 * it is short enough to read out and type after --seed. Learners of a
 * class get different stores; one learner gets the same one every time,
 * on every machine.
 *
 * Returns: the seed
 */
guint64
sc_scenario_derive_seed (const char *learner_uuid,
                         const char *scenario_id)
{
  g_autoptr(ScPrng) prng = NULL;
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  g_return_val_if_fail (learner_uuid != NULL, 0);
  g_return_val_if_fail (scenario_id != NULL, 0);

  hash = hash_text (hash, learner_uuid);
  hash = hash_text (hash, scenario_id);
  prng = sc_prng_new (hash);

  return sc_prng_next (prng) >> 32;
}

/* The text of one column of one row, or %NULL with an error. */
static char *
query_text (sqlite3     *db,
            const char  *sql,
            gint64       number,
            const char  *text,
            gboolean    *out_found,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;
  int rc;

  *out_found = FALSE;
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, number);
      if (text != NULL)
        sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out_found = TRUE;
          value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    sc_run_set_sqlite_error (error, db);

  return value;
}

/**
 * sc_scenario_lookup_open_run:
 *
 * Returns: (transfer full) (nullable): the newest open run of
 *   @scenario_id that @learner_id has, or %NULL (without an error) when
 *   they have none
 */
ScRun *
sc_scenario_lookup_open_run (ScDatabase  *database,
                             gint64       learner_id,
                             const char  *scenario_id,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *uuid = NULL;
  gboolean found;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (scenario_id != NULL, NULL);

  uuid = query_text (sc_database_get_handle (database),
                     "SELECT uuid FROM sandbox_runs WHERE learner_id = ?1 AND scenario_id = ?2 "
                     "AND state = 'open' ORDER BY created_at DESC, name DESC LIMIT 1",
                     learner_id, scenario_id, &found, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (!found)
    return NULL;

  return sc_run_lookup (database, learner_id, uuid, error);
}

/**
 * sc_scenario_new_run:
 * @name: (nullable): the run's name; %NULL for the scenario's title,
 *   made unique among the learner's runs
 * @has_seed: whether @seed is given; otherwise the seed is
 *   sc_scenario_derive_seed() of the learner and the scenario
 *
 * Starts a new run of @scenario for @learner_id (sc_scenario_start()).
 *
 * Returns: (transfer full) (nullable): the run
 */
ScRun *
sc_scenario_new_run (ScDatabase        *database,
                     gint64             learner_id,
                     const ScScenario  *scenario,
                     const char        *name,
                     gboolean           has_seed,
                     guint64            seed,
                     GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *made_name = NULL;
  g_autofree char *learner_uuid = NULL;
  gboolean found;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  if (!has_seed)
    {
      learner_uuid = query_text (sc_database_get_handle (database),
                                 "SELECT uuid FROM learners WHERE id = ?1",
                                 learner_id, NULL, &found, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (!found)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("There is no learner %" G_GINT64_FORMAT " in %s to practise on “%s”; "
                         "choose a learner first."),
                       learner_id, sc_database_get_path (database), scenario->title);
          return NULL;
        }
      seed = sc_scenario_derive_seed (learner_uuid, scenario->id);
    }

  if (name == NULL)
    {
      made_name = sc_run_make_name (database, learner_id,
                                    scenario->title != NULL ? scenario->title : scenario->id, error);
      if (made_name == NULL)
        return NULL;
      name = made_name;
    }

  return sc_scenario_start (database, learner_id, scenario, seed, name, error);
}

/**
 * sc_scenario_open_run:
 *
 * What a practice card opens: the newest open run @learner_id has of
 * @scenario, or else a new one named after the scenario's title (made
 * unique) whose seed is sc_scenario_derive_seed() of the learner and
 * the scenario, kept with the run.
 *
 * Returns: (transfer full) (nullable): the learner's open run of
 *   @scenario, or a new one when there is none
 */
ScRun *
sc_scenario_open_run (ScDatabase        *database,
                      gint64             learner_id,
                      const ScScenario  *scenario,
                      GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  ScRun *run;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  run = sc_scenario_lookup_open_run (database, learner_id, scenario->id, &local_error);
  if (run != NULL)
    return run;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return sc_scenario_new_run (database, learner_id, scenario, NULL, FALSE, 0, error);
}

/**
 * sc_scenario_reset_run:
 *
 * Gives @run the store of a fresh generation of @scenario with the run's
 * seed, under a new registration (updated in @run), with a "reset"
 * action stamped with it, in one transaction; the action log and
 * earlier statements stay. The run takes the generator's current
 * version and the scenario's currency, as a new run would.
 */
gboolean
sc_scenario_reset_run (ScDatabase        *database,
                       const ScScenario  *scenario,
                       ScRun             *run,
                       GError           **error)
{
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) stock = NULL;
  g_autoptr(ScDatabaseStage) stage = NULL;
  g_autoptr(ScRun) reset = NULL;
  g_autofree char *first = NULL;
  char *sql;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (run != NULL, FALSE);

  if (g_strcmp0 (run->scenario_id, scenario->id) != 0)
    {
      if (run->scenario_id == NULL)
        g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                     _("The practice run “%s” was imported from a product file, so it cannot be "
                       "started over from a scenario; import the file again instead."), run->name);
      else
        g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                     _("The practice run “%s” is a store of the scenario “%s”, not of “%s”; "
                       "start it over from its own scenario."),
                     run->name, run->scenario_id, scenario->id);
      return FALSE;
    }

  catalog = sc_scenario_generate (scenario, run->seed);
  if (!sc_scenario_make_shop (scenario, catalog, &orders, &stock, error))
    return FALSE;

  reset = sc_run_copy (run);
  g_free (reset->registration);
  reset->registration = g_uuid_string_random ();
  reset->generator_version = SC_SCENARIO_GENERATOR_VERSION;
  reset->currency = sc_catalog_get_currency (catalog);

  sql = sqlite3_mprintf ("UPDATE main.sandbox_runs SET registration = %Q, generator_version = %u, "
                         "currency = %Q WHERE uuid = %Q AND learner_id = %lld;"
                         "DELETE FROM main.sandbox_products WHERE run_uuid = %Q AND learner_id = %lld",
                         reset->registration, reset->generator_version, reset->currency->code,
                         run->uuid, (long long) run->learner_id,
                         run->uuid, (long long) run->learner_id);
  first = g_strdup (sql);
  sqlite3_free (sql);

  stage = sc_database_stage_new (database, sc_run_stage_schema, error);
  if (stage == NULL ||
      !sc_run_fill_stage (stage, reset, FALSE, catalog, SC_RUN_ACTION_RESET, scenario->id, error) ||
      !sc_run_finish_stage_with_shop (stage, database, reset, first, orders, stock, error))
    return FALSE;

  g_free (run->registration);
  run->registration = g_steal_pointer (&reset->registration);
  run->generator_version = reset->generator_version;
  run->currency = reset->currency;

  return TRUE;
}

/**
 * sc_scenario_find_lesson:
 *
 * Returns: (transfer full) (nullable): the id of the first lesson of
 *   @course, in course order, with a <practice> block on @scenario_id
 */
char *
sc_scenario_find_lesson (ScCourse   *course,
                         const char *scenario_id)
{
  GPtrArray *lessons;

  g_return_val_if_fail (SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (scenario_id != NULL, NULL);

  lessons = sc_course_get_lessons (course);
  for (guint i = 0; lessons != NULL && i < lessons->len; i++)
    {
      GPtrArray *practices = sc_lesson_get_practices (g_ptr_array_index (lessons, i));

      for (guint j = 0; j < practices->len; j++)
        if (g_strcmp0 (((ScRichBlock *) g_ptr_array_index (practices, j))->target, scenario_id) == 0)
          return g_strdup (((ScLesson *) g_ptr_array_index (lessons, i))->id);
    }

  return NULL;
}
