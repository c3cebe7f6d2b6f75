/* sc-course.c - a loaded course: metadata, competencies, domains, modules, lessons
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A course only exists whole: the reader builds it, checks every
 * reference, and hands it out (or refuses it) in one piece, so nothing
 * here deals with a dangling id.
 */
#include "sc-course-private.h"

G_DEFINE_FINAL_TYPE (ScCourse, sc_course, G_TYPE_OBJECT)

ScCompetency *
sc_competency_new (void)
{
  ScCompetency *competency = g_new0 (ScCompetency, 1);

  competency->description = sc_rich_text_new ();

  return competency;
}

void
sc_competency_free (ScCompetency *competency)
{
  if (competency == NULL)
    return;

  g_free (competency->id);
  g_free (competency->title);
  g_clear_pointer (&competency->description, sc_rich_text_unref);
  g_free (competency->domain_id);
  g_free (competency);
}

ScObjective *
sc_objective_new (void)
{
  ScObjective *objective = g_new0 (ScObjective, 1);

  objective->competencies = g_new0 (char *, 1);

  return objective;
}

void
sc_objective_free (ScObjective *objective)
{
  if (objective == NULL)
    return;

  g_free (objective->id);
  g_free (objective->text);
  g_strfreev (objective->competencies);
  g_free (objective);
}

ScModule *
sc_module_new (void)
{
  ScModule *module = g_new0 (ScModule, 1);

  module->description = sc_rich_text_new ();
  module->objectives = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_objective_free);
  module->lessons = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_lesson_free);

  return module;
}

void
sc_module_free (ScModule *module)
{
  if (module == NULL)
    return;

  g_free (module->id);
  g_free (module->title);
  g_clear_pointer (&module->description, sc_rich_text_unref);
  g_free (module->domain_id);
  g_ptr_array_unref (module->objectives);
  g_ptr_array_unref (module->lessons);
  g_free (module->assessment);
  g_free (module->assessment_practice);
  g_free (module);
}

ScDomain *
sc_domain_new (void)
{
  ScDomain *domain = g_new0 (ScDomain, 1);

  domain->description = sc_rich_text_new ();
  domain->competencies = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_competency_free);
  domain->modules = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_module_free);

  return domain;
}

void
sc_domain_free (ScDomain *domain)
{
  if (domain == NULL)
    return;

  g_free (domain->id);
  g_free (domain->title);
  g_clear_pointer (&domain->description, sc_rich_text_unref);
  g_ptr_array_unref (domain->competencies);
  g_ptr_array_unref (domain->modules);
  g_free (domain);
}

static void
sc_course_finalize (GObject *object)
{
  ScCourse *self = SC_COURSE (object);

  g_clear_pointer (&self->lesson_index, g_hash_table_unref);
  g_clear_pointer (&self->lesson_modules, g_hash_table_unref);
  g_clear_pointer (&self->module_index, g_hash_table_unref);
  g_clear_pointer (&self->competency_index, g_hash_table_unref);
  g_clear_pointer (&self->objective_index, g_hash_table_unref);
  g_clear_pointer (&self->lessons, g_ptr_array_unref);
  g_clear_pointer (&self->competencies, g_ptr_array_unref);
  g_clear_pointer (&self->domains, g_ptr_array_unref);
  g_clear_pointer (&self->glossary, sc_glossary_free);
  g_clear_pointer (&self->quizzes, g_ptr_array_unref);
  g_clear_pointer (&self->description, sc_rich_text_unref);
  g_free (self->directory);
  g_free (self->id);
  g_free (self->title);
  g_free (self->version);
  g_free (self->language);
  g_strfreev (self->authors);
  g_free (self->license);
  g_free (self->iri_base);

  G_OBJECT_CLASS (sc_course_parent_class)->finalize (object);
}

static void
sc_course_class_init (ScCourseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_course_finalize;
}

static void
sc_course_init (ScCourse *self)
{
  self->authors = g_new0 (char *, 1);
  self->description = sc_rich_text_new ();
  self->domains = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_domain_free);
  self->glossary = sc_glossary_new ();
  self->quizzes = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_attempt_quiz_free);
  self->lessons = g_ptr_array_new ();
  self->competencies = g_ptr_array_new ();
  self->lesson_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->lesson_modules = g_hash_table_new (NULL, NULL);
  self->module_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->competency_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->objective_index = g_hash_table_new (g_str_hash, g_str_equal);
}

ScCourse *
sc_course_new (void)
{
  return g_object_new (SC_TYPE_COURSE, NULL);
}

/* Called once, after the reader has filled in the tree and found no problem. */
void
sc_course_build_index (ScCourse *self)
{
  g_return_if_fail (SC_IS_COURSE (self));

  for (guint d = 0; d < self->domains->len; d++)
    {
      ScDomain *domain = g_ptr_array_index (self->domains, d);

      for (guint c = 0; c < domain->competencies->len; c++)
        {
          ScCompetency *competency = g_ptr_array_index (domain->competencies, c);

          g_ptr_array_add (self->competencies, competency);
          g_hash_table_insert (self->competency_index, competency->id, competency);
        }

      for (guint m = 0; m < domain->modules->len; m++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, m);

          g_hash_table_insert (self->module_index, module->id, module);
          for (guint o = 0; o < module->objectives->len; o++)
            {
              ScObjective *objective = g_ptr_array_index (module->objectives, o);

              g_hash_table_insert (self->objective_index, objective->id, objective);
            }
          for (guint l = 0; l < module->lessons->len; l++)
            {
              ScLesson *lesson = g_ptr_array_index (module->lessons, l);

              g_ptr_array_add (self->lessons, lesson);
              g_hash_table_insert (self->lesson_index, lesson->id, lesson);
              g_hash_table_insert (self->lesson_modules, lesson, module);
            }
        }
    }
}

/**
 * sc_course_get_directory:
 *
 * Returns: the canonical path of the folder the course was read from
 */
const char *
sc_course_get_directory (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->directory;
}

const char *
sc_course_get_id (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->id;
}

const char *
sc_course_get_title (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->title;
}

/**
 * sc_course_get_version:
 *
 * Returns: the course's own version, sent as `context.revision`
 */
const char *
sc_course_get_version (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->version;
}

/**
 * sc_course_get_language:
 *
 * Returns: a BCP 47 language tag such as "en" or "pt-BR"
 */
const char *
sc_course_get_language (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->language;
}

const char * const *
sc_course_get_authors (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return (const char * const *) self->authors;
}

const char *
sc_course_get_license (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->license;
}

/**
 * sc_course_get_description:
 *
 * Returns: (transfer none):
 */
ScRichText *
sc_course_get_description (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->description;
}

/**
 * sc_course_get_iri_base:
 *
 * Returns: the prefix of the course's activity IRIs: the declared
 *   `<iri-base>`, or `urn:shopcraft:<course id>:`
 */
const char *
sc_course_get_iri_base (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);

  if (self->iri_base == NULL)
    self->iri_base = g_strdup_printf ("urn:shopcraft:%s:", self->id);

  return self->iri_base;
}

/**
 * sc_course_dup_activity_iri:
 * @kind: "lesson", "module", "competency", …
 *
 * Returns: (transfer full): the activity IRI, e.g.
 *   `urn:shopcraft:shop-operations:lesson:titles`, or
 *   `https://example.org/course/lesson/titles` for a base ending in "/"
 */
char *
sc_course_dup_activity_iri (ScCourse   *self,
                            const char *kind,
                            const char *id)
{
  const char *base;
  const char *separator;

  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  g_return_val_if_fail (kind != NULL && id != NULL, NULL);

  base = sc_course_get_iri_base (self);
  separator = g_str_has_suffix (base, "/") ? "/" : ":";

  return g_strconcat (base, kind, separator, id, NULL);
}

/**
 * sc_course_get_domains:
 *
 * Returns: (transfer none) (element-type ScDomain):
 */
GPtrArray *
sc_course_get_domains (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->domains;
}

/**
 * sc_course_get_lessons:
 *
 * Returns: (transfer none) (element-type ScLesson): every lesson in
 *   course order
 */
GPtrArray *
sc_course_get_lessons (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->lessons;
}

/**
 * sc_course_get_competencies:
 *
 * Returns: (transfer none) (element-type ScCompetency): the framework, in
 *   domain order
 */
GPtrArray *
sc_course_get_competencies (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->competencies;
}

guint
sc_course_get_n_modules (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), 0);
  return g_hash_table_size (self->module_index);
}

/**
 * sc_course_get_glossary:
 *
 * Returns: (transfer none): the glossary, empty when the course has none
 */
ScGlossary *
sc_course_get_glossary (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->glossary;
}

ScLesson *
sc_course_lookup_lesson (ScCourse   *self,
                         const char *id)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->lesson_index, id);
}

ScModule *
sc_course_lookup_module (ScCourse   *self,
                         const char *id)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->module_index, id);
}

ScCompetency *
sc_course_lookup_competency (ScCourse   *self,
                             const char *id)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->competency_index, id);
}

ScObjective *
sc_course_lookup_objective (ScCourse   *self,
                            const char *id)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->objective_index, id);
}

/**
 * sc_module_find_practice:
 * @scenario_id: a scenario of the course
 *
 * Returns: (transfer none) (nullable): the practice card of a lesson of
 *   @module that opens @scenario_id, or %NULL
 */
const ScRichBlock *
sc_module_find_practice (ScModule   *module,
                         const char *scenario_id)
{
  g_return_val_if_fail (module != NULL, NULL);
  g_return_val_if_fail (scenario_id != NULL, NULL);

  for (guint l = 0; l < module->lessons->len; l++)
    {
      GPtrArray *practices = sc_lesson_get_practices (g_ptr_array_index (module->lessons, l));

      for (guint p = 0; p < practices->len; p++)
        {
          const ScRichBlock *block = g_ptr_array_index (practices, p);

          if (g_strcmp0 (block->target, scenario_id) == 0)
            return block;
        }
    }

  return NULL;
}

/**
 * sc_course_get_lesson_module:
 *
 * Returns: (nullable) (transfer none): the module that lists @lesson
 */
ScModule *
sc_course_get_lesson_module (ScCourse *self,
                             ScLesson *lesson)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return g_hash_table_lookup (self->lesson_modules, lesson);
}

/**
 * sc_course_get_quizzes:
 *
 * Returns: (transfer none) (element-type ScAttemptQuiz): the quizzes of
 *   quizzes/, in the order of their file names, with course_id, module_id
 *   (of the module whose assessment names them) and bank
 *   ("COURSE/FILE") set
 */
GPtrArray *
sc_course_get_quizzes (ScCourse *self)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  return self->quizzes;
}

/**
 * sc_course_lookup_quiz:
 *
 * Returns: (transfer none) (nullable): the quiz with this id
 */
const ScAttemptQuiz *
sc_course_lookup_quiz (ScCourse   *self,
                       const char *id)
{
  g_return_val_if_fail (SC_IS_COURSE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->quizzes->len; i++)
    {
      const ScAttemptQuiz *quiz = g_ptr_array_index (self->quizzes, i);

      if (g_str_equal (quiz->id, id))
        return quiz;
    }

  return NULL;
}
