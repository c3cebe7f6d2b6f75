/* sc-command-practice.c - --start-scenario, --check-run and --reset-run
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Practice on a course's scenarios from the command line, with no
 * display, as a lesson's practice card does it:
 *
 *   shopcraft --start-scenario ID [--run NAME] [--seed N]
 *   shopcraft --check-run RUN
 *   shopcraft --reset-run RUN
 *
 * The course is the usual one (SHOPCRAFT_COURSE_DIR, --course, the
 * installed course); runs belong to the learner --learner names (made
 * for --start-scenario if there is none by that name) or to the usual
 * learner. --start-scenario resumes the learner's open run of the
 * scenario, or the run --run names, and starts a new one otherwise: with
 * the seed --seed gives, or the learner's own (sc_scenario_derive_seed()).
 * It prints the run, its store and its goals. --check-run checks every
 * goal against the store under the course's general-marketplace policy
 * (its first policy when it has no such file), records the check as
 * statements under the lesson whose practice card names the scenario,
 * prints each goal as PASS or FAIL (a failing goal's message on the
 * lines under it, indented), and exits 0 when every goal passes and 1
 * otherwise. --reset-run starts the store over; its history stays.
 * A failure is one line on stderr and exit status 2.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-command-line.h"
#include "sc-command-practice.h"
#include "sc-command-util.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-learner.h"
#include "sc-policy.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario-run.h"

#define DEFAULT_POLICY "policies/general-marketplace.xml"

static const GOptionEntry entries[] = {
  { "start-scenario", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open a practice run of the course’s scenario ID (the learner’s open one, or a new one), print its store and goals, and exit"),
    N_("ID") },
  { "seed", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --start-scenario: start a new run whose store is generated from the whole number N (the learner’s own seed otherwise)"),
    N_("N") },
  { "check-run", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Check the goals of the practice run RUN, print each as PASS or FAIL, record the check, and exit with status 0 when every goal passes and 1 otherwise"),
    N_("RUN") },
  { "reset-run", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Start the practice run RUN over with a fresh store from its scenario and seed, keeping its history, and exit"),
    N_("RUN") },
  { NULL }
};

static const char * const commands[] = { "start-scenario", "check-run", "reset-run", NULL };

const GOptionEntry *
sc_command_practice_get_entries (void)
{
  return entries;
}

/* The options that make a batch command of the call: see
 * sc_command_line_is_batch (). */
const char * const *
sc_command_practice_get_commands (void)
{
  return commands;
}

typedef struct
{
  GVariantDict *options;
  ScDatabase   *database;
  ScLearner    *learner;
  char         *course_dir;
} Command;

static void
command_clear (Command *self)
{
  g_clear_pointer (&self->learner, sc_learner_free);
  g_free (self->course_dir);
}

/* Which ids the course has, for a message. */
static char *
list_ids (const char *course_dir)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) scenarios = sc_scenario_load_all (course_dir, problems);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < scenarios->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                            ((ScScenario *) g_ptr_array_index (scenarios, i))->id);

  return g_string_free (ids, FALSE);
}

/* The scenario @id of the course; a missing one lists those there are. */
static ScScenario *
find_scenario (Command     *self,
               const char  *id,
               GError     **error)
{
  g_autofree char *relative = g_strdup_printf ("scenarios/%s.xml", id);
  g_autofree char *path = g_build_filename (self->course_dir, relative, NULL);
  g_autofree char *ids = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS) || strchr (id, '/') != NULL)
    return sc_scenario_find (self->course_dir, id, error);

  ids = list_ids (self->course_dir);
  if (*ids == '\0')
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("The course in %s has no practice scenarios (no %s); choose another course with --course DIR."),
                 self->course_dir, relative);
  else
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("The course in %s has no practice scenario “%s”; use one of: %s."),
                 self->course_dir, id, ids);

  return NULL;
}

static ScRun *
find_run (Command     *self,
          const char  *name,
          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  ScRun *run = sc_run_lookup (self->database, self->learner->id, name, &local_error);

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (run == NULL)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("%s has no practice run called “%s”. Start one with --start-scenario ID --run “%s”."),
                 self->learner->display_name, name, name);
  else if (run->scenario_id == NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The practice run “%s” was imported from a product file and has no scenario or goals; "
                     "use a run started with --start-scenario ID."), run->name);
      g_clear_pointer (&run, sc_run_free);
    }

  return run;
}

static gboolean
store_counts (Command      *self,
              const ScRun  *run,
              guint        *out_products,
              guint        *out_variants,
              GError      **error)
{
  g_autoptr(ScCatalog) catalog = sc_run_load_catalog (sc_database_get_handle (self->database), run, error);

  if (catalog == NULL)
    return FALSE;
  *out_products = sc_catalog_get_n_products (catalog);
  *out_variants = sc_catalog_count_variants (catalog);

  return TRUE;
}

static void
print_goals (const ScScenario *scenario)
{
  if (scenario->goals->len == 0)
    {
      g_print (_("This scenario has no goals to check.\n"));
      return;
    }

  g_print (_("Goals:\n"));
  for (guint i = 0; i < scenario->goals->len; i++)
    {
      const ScGoal *goal = g_ptr_array_index (scenario->goals, i);

      if (goal->message != NULL)
        g_print ("  %s: %s\n", goal->id, goal->message);
      else if (goal->handle == NULL)
        /* TRANSLATORS: a goal's id, then its kind (such as order-cancelled) */
        g_print (_("  %s: %s\n"), goal->id, sc_goal_kind_to_string (goal->kind));
      else if (g_strcmp0 (goal->handle, SC_GOAL_EVERY_PRODUCT) == 0)
        /* TRANSLATORS: a goal's id, then its kind (such as no-lint-errors) */
        g_print (_("  %s: %s, every product\n"), goal->id, sc_goal_kind_to_string (goal->kind));
      else
        /* TRANSLATORS: a goal's id, its kind (such as no-lint-errors), a product's handle */
        g_print (_("  %s: %s, product %s\n"), goal->id, sc_goal_kind_to_string (goal->kind), goal->handle);
    }
}

static gboolean
parse_seed (Command  *self,
            gboolean *out_has_seed,
            guint64  *out_seed,
            GError  **error)
{
  const char *text = NULL;

  *out_has_seed = FALSE;
  *out_seed = 0;
  if (!g_variant_dict_lookup (self->options, "seed", "&s", &text))
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT64, out_seed, NULL))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("--seed %s is not a whole number; give one such as --seed 42."), text);
      return FALSE;
    }
  *out_has_seed = TRUE;

  return TRUE;
}

/* The run --run names, when it is a run of @scenario and --seed agrees. */
static gboolean
check_named_run (const ScRun       *run,
                 const ScScenario  *scenario,
                 gboolean           has_seed,
                 guint64            seed,
                 GError           **error)
{
  if (g_strcmp0 (run->scenario_id, scenario->id) != 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The practice run “%s” already exists and is not a store of the scenario “%s”; "
                     "choose another --run name."), run->name, scenario->id);
      return FALSE;
    }
  if (has_seed && run->seed != seed)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The practice run “%s” already exists with the seed %" G_GUINT64_FORMAT "; leave out "
                     "--seed to resume it, or choose another --run name for a store from the seed %"
                     G_GUINT64_FORMAT "."), run->name, run->seed, seed);
      return FALSE;
    }

  return TRUE;
}

static int
run_start (Command    *self,
           const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScScenario) scenario = NULL;
  g_autoptr(ScRun) run = NULL;
  const char *name = NULL;
  gboolean has_seed;
  gboolean resumed = FALSE;
  guint64 seed;
  guint n_products = 0;
  guint n_variants = 0;

  if (!parse_seed (self, &has_seed, &seed, &error) ||
      (scenario = find_scenario (self, id, &error)) == NULL)
    return sc_command_fail_error (error);

  g_variant_dict_lookup (self->options, "run", "&s", &name);
  if (name != NULL)
    run = sc_run_lookup (self->database, self->learner->id, name, &error);
  else if (!has_seed)
    run = sc_scenario_lookup_open_run (self->database, self->learner->id, scenario->id, &error);
  if (error != NULL)
    return sc_command_fail_error (error);

  if (run != NULL)
    {
      if (!check_named_run (run, scenario, has_seed, seed, &error))
        return sc_command_fail_error (error);
      resumed = TRUE;
    }
  else
    {
      run = sc_scenario_new_run (self->database, self->learner->id, scenario, name, has_seed, seed, &error);
      if (run == NULL)
        return sc_command_fail_error (error);
    }

  if (!store_counts (self, run, &n_products, &n_variants, &error))
    return sc_command_fail_error (error);

  if (resumed)
    g_print (_("Resumed the practice run “%s” of %s on the scenario %s (seed %" G_GUINT64_FORMAT "): "
               "%u products, %u variants.\n"),
             run->name, self->learner->display_name, scenario->id, run->seed, n_products, n_variants);
  else
    g_print (_("Started the practice run “%s” of %s on the scenario %s (seed %" G_GUINT64_FORMAT "): "
               "%u products, %u variants.\n"),
             run->name, self->learner->display_name, scenario->id, run->seed, n_products, n_variants);
  print_goals (scenario);

  return 0;
}

/* The course's general-marketplace policy, or its first. */
static ScPolicy *
choose_policy (const char *course_dir)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *path = g_build_filename (course_dir, DEFAULT_POLICY, NULL);
  g_autoptr(GPtrArray) policies = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return sc_policy_load (course_dir, DEFAULT_POLICY, problems);

  policies = sc_policy_load_all (course_dir, problems);
  if (policies == NULL || policies->len == 0)
    return NULL;

  return g_ptr_array_steal_index (policies, 0);
}

static int
run_check (Command    *self,
           const char *run_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScScenario) scenario = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScPolicy) policy = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *lesson_id = NULL;
  guint n_passed = 0;

  run = find_run (self, run_name, &error);
  if (run == NULL || (scenario = find_scenario (self, run->scenario_id, &error)) == NULL)
    return sc_command_fail_error (error);

  course = sc_course_load (self->course_dir, problems, &error);
  if (course == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s The check was not recorded; run --validate-course %s for every problem."),
                                                  error->message, self->course_dir);

      return sc_command_fail (message);
    }

  policy = choose_policy (self->course_dir);
  results = sc_sandbox_check (self->database, run, scenario->goals, policy, &error);
  if (results == NULL)
    return sc_command_fail_error (error);

  lesson_id = sc_scenario_find_lesson (course, scenario->id);
  if (!sc_sandbox_record_check (self->database, course, run, lesson_id, results, &error))
    return sc_command_fail_error (error);

  for (guint i = 0; i < results->len; i++)
    {
      const ScGoalResult *result = g_ptr_array_index (results, i);

      if (result->passed)
        {
          n_passed++;
          g_print ("PASS %s\n", result->goal_id);
        }
      else
        {
          g_auto(GStrv) lines = g_strsplit (result->message != NULL ? result->message : "", "\n", -1);

          /* The message, which may list several products, under the goal. */
          g_print ("FAIL %s\n", result->goal_id);
          for (guint j = 0; lines[j] != NULL; j++)
            if (*lines[j] != '\0')
              g_print ("  %s\n", lines[j]);
        }
    }
  g_print (_("%u of %u goals pass in the practice run “%s”; the check is recorded for %s.\n"),
           n_passed, results->len, run->name, self->learner->display_name);

  return n_passed == results->len ? 0 : 1;
}

static int
run_reset (Command    *self,
           const char *run_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScScenario) scenario = NULL;
  g_autoptr(ScRun) run = NULL;
  guint n_products = 0;
  guint n_variants = 0;

  run = find_run (self, run_name, &error);
  if (run == NULL || (scenario = find_scenario (self, run->scenario_id, &error)) == NULL ||
      !sc_scenario_reset_run (self->database, scenario, run, &error) ||
      !store_counts (self, run, &n_products, &n_variants, &error))
    return sc_command_fail_error (error);

  g_print (_("Started the practice run “%s” over with a fresh store from the scenario %s (seed %"
             G_GUINT64_FORMAT "): %u products, %u variants; its earlier actions stay in its history.\n"),
           run->name, scenario->id, run->seed, n_products, n_variants);

  return 0;
}

/**
 * sc_command_practice_run:
 * @data_dir: (nullable): the folder given with --data-dir
 *
 * Returns: the exit status, or -1 when @options hold none of this
 *   file's commands
 */
int
sc_command_practice_run (GVariantDict *options,
                         const char   *data_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  Command self = { options, NULL, NULL, NULL };
  const char *start_id = NULL;
  const char *check_run = NULL;
  const char *reset_run = NULL;
  const char *course_option = NULL;
  int status;

  status = sc_command_choose (options, commands);
  if (status != 1)
    return status;

  g_variant_dict_lookup (options, "start-scenario", "&s", &start_id);
  g_variant_dict_lookup (options, "check-run", "&s", &check_run);
  g_variant_dict_lookup (options, "reset-run", "&s", &reset_run);
  g_variant_dict_lookup (options, "course", "^&ay", &course_option);

  status = sc_command_open_database (data_dir, &database);
  if (status != 0)
    return status;

  self.database = database;
  self.course_dir = sc_course_resolve_dir (course_option, NULL);
  self.learner = sc_command_line_choose_learner (database, options, start_id != NULL, &error);
  if (self.learner == NULL)
    status = sc_command_fail_error (error);
  else if (start_id != NULL)
    status = run_start (&self, start_id);
  else if (check_run != NULL)
    status = run_check (&self, check_run);
  else
    status = run_reset (&self, reset_run);

  command_clear (&self);
  if (!sc_database_close (database, status < 2 ? &error : NULL) && status < 2)
    status = sc_command_fail_error (error);

  return status;
}
