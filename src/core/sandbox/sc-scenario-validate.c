/* sc-scenario-validate.c - `--validate-course` for a course's scenarios and the practice blocks naming them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The course reader (content/) knows nothing of the sandbox, so the
 * command line validates a course in two steps: the course as the app
 * loads it, then here its policies/ as the listing checker loads them,
 * each .xml file of scenarios/ as a practice card loads it (its structure
 * and product file; then the schema as a backstop, and that its policy is
 * one of the course's), and every lesson's <practice> block against the
 * scenario it names: the scenario exists, its id is its file's name, and
 * each <goal id> of the block is one of the scenario's goals, or one its
 * <goals unchecked> names as having no check yet. Blocks of the orders
 * and inventory panels may name scenarios still to be written.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-course-schema.h"
#include "sc-course-validate.h"
#include "sc-course-reader.h"
#include "sc-lesson.h"
#include "sc-policy.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario-validate.h"
#include "sc-scenario.h"

typedef struct
{
  GHashTable       *files;      /* ids with a scenarios/ID.xml */
  GHashTable       *scenarios;  /* id → ScScenario, the ones that load */
  ScCourseProblems *problems;
} Check;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_scenario_files (const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, "scenarios", NULL);
  g_autoptr(GDir) handle = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (handle == NULL)
    return names;
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  return names;
}

/* Whether the course has policies/ID.xml, the file a policy id names. */
static gboolean
policy_exists (const char *dir,
               const char *id)
{
  g_autofree char *relative = g_strdup_printf ("policies/%s.xml", id);
  g_autofree char *real_path = NULL;

  return sc_content_resolve_path (dir, relative, &real_path) == SC_CONTENT_PATH_OK &&
         g_file_test (real_path, G_FILE_TEST_IS_REGULAR);
}

/* The schema, the policy and the file-name rule, on a scenario the reader took. */
static void
check_file (Check          *check,
            ScCourseSchema *schema,
            const char     *dir,
            const char     *relative,
            const char     *file_id,
            ScScenario     *scenario)
{
  g_autofree char *real_path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  gsize length = 0;
  const char *data;

  if (sc_content_resolve_path (dir, relative, &real_path) != SC_CONTENT_PATH_OK)
    return;
  bytes = sc_content_read_file (real_path, relative, check->problems);
  if (bytes == NULL)
    return;
  data = g_bytes_get_data (bytes, &length);
  doc = sc_content_parse (data != NULL ? data : "", length, relative, check->problems);
  if (doc == NULL)
    return;

  sc_course_schema_validate (schema, doc, relative, check->problems);
  if (!policy_exists (dir, scenario->policy_id))
    sc_course_problems_add (check->problems, relative, sc_content_node_line (xmlDocGetRootElement (doc)),
                            _("policy “%s” is not a policy of the course: there is no policies/%s.xml; name "
                              "one of its policies/ files, such as %s"),
                            scenario->policy_id, scenario->policy_id, SC_SCENARIO_DEFAULT_POLICY);
  if (g_strcmp0 (scenario->id, file_id) != 0)
    sc_course_problems_add (check->problems, relative, sc_content_node_line (xmlDocGetRootElement (doc)),
                            _("the scenario's id “%s” must be its file's name: rename the file %s.xml or "
                              "make the id “%s”, as lessons find a scenario by its id"),
                            scenario->id, scenario->id, file_id);
}

static gboolean
has_goal (const ScScenario *scenario,
          const char       *id)
{
  for (guint i = 0; i < scenario->goals->len; i++)
    if (g_strcmp0 (((const ScGoal *) g_ptr_array_index (scenario->goals, i))->id, id) == 0)
      return TRUE;

  return FALSE;
}

static char *
goal_ids (const ScScenario *scenario)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < scenario->goals->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                            ((const ScGoal *) g_ptr_array_index (scenario->goals, i))->id);

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
check_practice (Check             *check,
                const char        *file,
                const ScRichBlock *block)
{
  const ScScenario *scenario;
  g_autofree char *ids = NULL;

  if (block->target == NULL)
    return;
  if (!g_hash_table_contains (check->files, block->target))
    {
      if (block->variant == SC_RICH_PANEL_LISTINGS)
        sc_course_problems_add (check->problems, file, block->line,
                                _("practice scenario “%s” does not exist: add scenarios/%s.xml"),
                                block->target, block->target);
      return;
    }
  /* A scenario with problems has them reported already. */
  scenario = g_hash_table_lookup (check->scenarios, block->target);
  if (scenario == NULL || block->children == NULL)
    return;

  for (guint i = 0; i < block->children->len; i++)
    {
      const ScRichBlock *goal = g_ptr_array_index (block->children, i);

      if (goal->kind != SC_RICH_BLOCK_GOAL || goal->id == NULL || has_goal (scenario, goal->id) ||
          (scenario->unchecked_goals != NULL &&
           g_strv_contains ((const char * const *) scenario->unchecked_goals, goal->id)))
        continue;
      if (ids == NULL)
        ids = goal_ids (scenario);
      sc_course_problems_add (check->problems, file, goal->line,
                              _("goal “%s” is not a goal of the scenario “%s”, so it cannot be checked; "
                                "use one of its goals: %s"),
                              goal->id, block->target, *ids != '\0' ? ids : _("(none)"));
    }
}

/**
 * sc_scenario_validate_course:
 * @course: a course that loaded
 *
 * Adds every problem of the course's scenarios and of the practice
 * blocks that name them to @problems, as FILE:LINE: message.
 */
void
sc_scenario_validate_course (ScCourse         *course,
                             ScCourseProblems *problems)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) scenarios = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) sc_scenario_free);
  g_autoptr(ScCourseSchema) schema = sc_course_schema_new ();
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) policies = NULL;
  Check check = { files, scenarios, problems };
  GPtrArray *lessons;
  const char *dir;

  g_return_if_fail (course != NULL);
  g_return_if_fail (problems != NULL);

  dir = sc_course_get_directory (course);
  policies = sc_policy_load_all (dir, problems);
  names = list_scenario_files (dir);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *relative = g_build_filename ("scenarios", name, NULL);
      g_autofree char *file_id = g_strndup (name, strlen (name) - strlen (".xml"));
      ScScenario *scenario = sc_scenario_load (dir, relative, problems);

      g_hash_table_add (files, g_strdup (file_id));
      if (scenario == NULL)
        continue;
      check_file (&check, schema, dir, relative, file_id, scenario);
      g_hash_table_replace (scenarios, g_strdup (file_id), scenario);
    }

  lessons = sc_course_get_lessons (course);
  for (guint i = 0; i < lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);
      GPtrArray *practices = sc_lesson_get_practices (lesson);

      for (guint b = 0; b < practices->len; b++)
        check_practice (&check, lesson->file, g_ptr_array_index (practices, b));
    }
}

/**
 * sc_scenario_validate_command:
 * @dir: the course folder
 *
 * `shopcraft --validate-course DIR`: the course, then its scenarios and
 * practice blocks, every problem printed as sc_course_validate_report ()
 * does.
 *
 * Returns: the exit status: 0 when all is valid, 1 otherwise
 */
int
sc_scenario_validate_command (const char *dir)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (dir != NULL, 1);

  course = sc_course_load (dir, problems, &error);
  if (course != NULL)
    sc_scenario_validate_course (course, problems);

  return sc_course_validate_report (dir, course, problems);
}
