/* sc-statement-lesson.c - the context every statement about a lesson carries
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Activity IRIs come from the course's base (sc_course_dup_activity_iri):
 * the lesson is the object, its module the parent, the course the
 * grouping, and the competencies its objectives build are categories, so
 * analytics can group evidence by competency without the course at hand.
 * For a procedure (<sop>) the procedure is the object, the lesson its
 * parent, and the module and course group it.
 * context.revision is the course version. Two Shopcraft extensions name
 * the course and lesson ids, which lets sc_progress_rebuild() find the
 * lesson of a statement whatever IRI base the course declared.
 */
#include "config.h"

#include "sc-statement.h"

/**
 * sc_statement_add_lesson_competencies:
 *
 * Adds the competencies @lesson's objectives build as context
 * categories, each once, in objective order.
 */
void
sc_statement_add_lesson_competencies (ScStatement *statement,
                                      ScCourse    *course,
                                      ScLesson    *lesson)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  const char *language = sc_course_get_language (course);

  g_return_if_fail (statement != NULL);
  g_return_if_fail (SC_IS_COURSE (course));
  g_return_if_fail (lesson != NULL);

  for (guint i = 0; lesson->objectives[i] != NULL; i++)
    {
      ScObjective *objective = sc_course_lookup_objective (course, lesson->objectives[i]);

      for (guint j = 0; objective != NULL && objective->competencies[j] != NULL; j++)
        {
          const char *id = objective->competencies[j];
          ScCompetency *competency = sc_course_lookup_competency (course, id);
          g_autofree char *iri = NULL;

          if (g_ptr_array_find_with_equal_func (seen, id, g_str_equal, NULL))
            continue;
          g_ptr_array_add (seen, (gpointer) id);

          iri = sc_course_dup_activity_iri (course, "competency", id);
          sc_statement_add_context_activity (statement, SC_CONTEXT_CATEGORY, iri,
                                             SC_XAPI_TYPE_OBJECTIVE, language,
                                             competency != NULL ? competency->title : NULL);
        }
    }
}

static void
add_lesson_context (ScStatement *statement,
                    ScCourse    *course,
                    ScLesson    *lesson,
                    const char  *registration)
{
  g_autofree char *course_iri = NULL;
  const char *language = sc_course_get_language (course);

  if (registration != NULL)
    sc_statement_set_registration (statement, registration);
  if (sc_course_get_version (course) != NULL)
    sc_statement_set_revision (statement, sc_course_get_version (course));
  if (language != NULL)
    sc_statement_set_language (statement, language);

  course_iri = sc_course_dup_activity_iri (course, "course", sc_course_get_id (course));
  sc_statement_add_context_activity (statement, SC_CONTEXT_GROUPING, course_iri,
                                     SC_XAPI_TYPE_COURSE, language, sc_course_get_title (course));
  sc_statement_add_lesson_competencies (statement, course, lesson);

  sc_statement_set_context_extension (statement, SC_XAPI_EXT_COURSE,
                                      json_node_init_string (json_node_alloc (),
                                                             sc_course_get_id (course)));
  sc_statement_set_context_extension (statement, SC_XAPI_EXT_LESSON,
                                      json_node_init_string (json_node_alloc (), lesson->id));
}

static void
add_module (ScStatement   *statement,
            ScContextKind  kind,
            ScCourse      *course,
            ScLesson      *lesson)
{
  ScModule *module = sc_course_get_lesson_module (course, lesson);
  g_autofree char *iri = NULL;

  if (module == NULL)
    return;

  iri = sc_course_dup_activity_iri (course, "module", module->id);
  sc_statement_add_context_activity (statement, kind, iri, SC_XAPI_TYPE_MODULE,
                                     sc_course_get_language (course), module->title);
}

/**
 * sc_statement_new_for_lesson:
 * @registration: (nullable): the reading session's UUID
 *
 * Returns: (transfer full): a statement by @learner about @lesson, with
 *   its object and context filled in; the caller adds the result
 */
ScStatement *
sc_statement_new_for_lesson (const ScLearner *learner,
                             ScVerb           verb,
                             ScCourse        *course,
                             ScLesson        *lesson,
                             const char      *registration)
{
  g_autoptr(ScStatement) statement = NULL;
  g_autofree char *iri = NULL;

  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (lesson != NULL, NULL);

  statement = sc_statement_new (learner, verb);
  iri = sc_course_dup_activity_iri (course, "lesson", lesson->id);
  sc_statement_set_object (statement, iri, SC_XAPI_TYPE_LESSON,
                           sc_course_get_language (course), lesson->title);
  add_module (statement, SC_CONTEXT_PARENT, course, lesson);
  add_lesson_context (statement, course, lesson, registration);

  return g_steal_pointer (&statement);
}

/**
 * sc_statement_new_for_sop:
 * @sop_id: the procedure's id, unique within @lesson
 * @sop_title: (nullable): its title
 *
 * The procedure's activity id is the lesson's id and its own joined by
 * "/" (ids never contain one): `…:sop:packing/pack-order`. The lesson is
 * its parent; the module and the course group it.
 *
 * Returns: (transfer full): a statement by @learner about a procedure
 */
ScStatement *
sc_statement_new_for_sop (const ScLearner *learner,
                          ScVerb           verb,
                          ScCourse        *course,
                          ScLesson        *lesson,
                          const char      *sop_id,
                          const char      *sop_title,
                          const char      *registration)
{
  g_autoptr(ScStatement) statement = NULL;
  g_autofree char *path = NULL;
  g_autofree char *iri = NULL;
  g_autofree char *lesson_iri = NULL;

  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (lesson != NULL, NULL);
  g_return_val_if_fail (sop_id != NULL, NULL);

  statement = sc_statement_new (learner, verb);
  path = g_strconcat (lesson->id, "/", sop_id, NULL);
  iri = sc_course_dup_activity_iri (course, "sop", path);
  sc_statement_set_object (statement, iri, SC_XAPI_TYPE_CHECKLIST,
                           sc_course_get_language (course), sop_title);
  lesson_iri = sc_course_dup_activity_iri (course, "lesson", lesson->id);
  sc_statement_add_context_activity (statement, SC_CONTEXT_PARENT, lesson_iri, SC_XAPI_TYPE_LESSON,
                                     sc_course_get_language (course), lesson->title);
  add_module (statement, SC_CONTEXT_GROUPING, course, lesson);
  add_lesson_context (statement, course, lesson, registration);

  return g_steal_pointer (&statement);
}
