/* sc-lesson.c - one lesson of a course
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-lesson.h"
#include "sc-lesson-reader.h"
#include "sc-search-text.h"

/* Bodies are built again on whichever thread first asks. */
static GMutex body_lock;

ScLesson *
sc_lesson_new (void)
{
  ScLesson *self = g_new0 (ScLesson, 1);

  self->objectives = g_new0 (char *, 1);
  self->body = sc_rich_text_new ();

  return self;
}

void
sc_lesson_free (ScLesson *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->file);
  g_free (self->title);
  g_strfreev (self->objectives);
  g_free (self->practice);
  g_clear_pointer (&self->body, sc_rich_text_unref);
  g_clear_pointer (&self->source, g_bytes_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->practices, g_ptr_array_unref);
  g_free (self);
}

/**
 * sc_lesson_get_body:
 *
 * The lesson's body, built from its file's bytes the first time it is
 * asked for when the reader let it go (sc_lesson_release_body ()).
 *
 * Returns: (transfer none): the body, never %NULL
 */
ScRichText *
sc_lesson_get_body (ScLesson *self)
{
  ScRichText *body;

  g_return_val_if_fail (self != NULL, NULL);

  g_mutex_lock (&body_lock);
  if (self->body == NULL)
    {
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autoptr(ScLesson) again = NULL;
      gsize length = 0;
      const char *data = self->source != NULL ? g_bytes_get_data (self->source, &length) : NULL;

      /* The same bytes the course load checked, so they read the same:
       * a failure here is a bug, not a bad file. */
      if (data != NULL)
        again = sc_lesson_read_memory (data, length, self->file != NULL ? self->file : "lesson",
                                       problems);
      if (again != NULL)
        self->body = g_steal_pointer (&again->body);
      else
        {
          g_critical ("The lesson “%s” could not be read again from the bytes it was loaded from",
                      self->id);
          self->body = sc_rich_text_new ();
        }
    }
  body = self->body;
  g_mutex_unlock (&body_lock);

  return body;
}

void
sc_lesson_section_free (ScLessonSection *section)
{
  if (section == NULL)
    return;

  g_free (section->path);
  g_free (section->anchor);
  g_free (section->title);
  g_free (section->text);
  g_free (section);
}

/**
 * sc_lesson_section_new:
 * @anchor: (nullable): the id of the nearest enclosing section that has one
 * @title: (nullable): the section's heading
 * @words: its words, as sc_search_text_append_words () gathers them
 *
 * Returns: (transfer full): a section as search sees it, its title and
 *   words cleaned for the index (sc_search_text_clean ())
 */
ScLessonSection *
sc_lesson_section_new (const char    *path,
                       const char    *anchor,
                       const char    *title,
                       const GString *words)
{
  ScLessonSection *section = g_new0 (ScLessonSection, 1);

  section->path = g_strdup (path);
  section->anchor = g_strdup (anchor);
  section->title = sc_search_text_clean (g_strdup (title != NULL ? title : ""));
  /* Copied at its size: a whole course of text held with a growing
   * buffer's slack is megabytes. */
  section->text = sc_search_text_clean (g_strndup (words->str, words->len));

  return section;
}

static void
add_section (GPtrArray   *sections,
             GString     *text,
             ScRichBlock *block,
             const char  *path,
             const char  *anchor)
{
  ScLessonSection *section;

  if (block->id != NULL)
    anchor = block->id;

  g_string_truncate (text, 0);
  sc_search_text_append_words (text, block);

  section = sc_lesson_section_new (path, anchor, block->title, text);
  g_ptr_array_add (sections, section);

  for (guint i = 0; i < block->children->len; i++)
    {
      ScRichBlock *child = g_ptr_array_index (block->children, i);
      g_autofree char *child_path = NULL;

      if (child->kind != SC_RICH_BLOCK_SECTION)
        continue;

      child_path = g_strdup_printf ("%s.%u", path, i);
      add_section (sections, text, child, child_path, anchor);
    }
}

/**
 * sc_lesson_get_sections:
 *
 * Every section of the lesson, nested ones included, in the order of the
 * body, as the search index holds them: made from the body the first time
 * (the course reader does it before it lets the body go).
 *
 * Returns: (transfer none) (element-type ScLessonSection): the sections
 */
GPtrArray *
sc_lesson_get_sections (ScLesson *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->sections == NULL)
    {
      ScRichText *body = sc_lesson_get_body (self);
      g_autoptr(GString) text = g_string_new (NULL);
      GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_lesson_section_free);

      for (guint i = 0; i < sc_rich_text_get_n_blocks (body); i++)
        {
          ScRichBlock *block = sc_rich_text_get_block (body, i);
          char path[16];

          if (block->kind != SC_RICH_BLOCK_SECTION)
            continue;

          g_snprintf (path, sizeof path, "%u", i);
          add_section (sections, text, block, path, NULL);
        }
      self->sections = sections;
    }

  return self->sections;
}

static void
collect_practices (GPtrArray   *found,
                   ScRichBlock *block)
{
  for (guint i = 0; i < block->children->len; i++)
    {
      ScRichBlock *child = g_ptr_array_index (block->children, i);

      if (child->kind != SC_RICH_BLOCK_PRACTICE)
        {
          collect_practices (found, child);
          continue;
        }

      g_ptr_array_add (found, child);
    }
}

/**
 * sc_lesson_get_practices:
 *
 * The lesson's <practice> blocks, kept when the reader let the body go
 * (the scenarios they open are looked up and checked without building
 * every body again).
 *
 * Returns: (transfer none) (element-type ScRichBlock): the blocks, in
 *   body order
 */
GPtrArray *
sc_lesson_get_practices (ScLesson *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->practices == NULL)
    {
      ScRichText *body = sc_lesson_get_body (self);
      GPtrArray *found = g_ptr_array_new ();

      for (guint i = 0; i < sc_rich_text_get_n_blocks (body); i++)
        collect_practices (found, sc_rich_text_get_block (body, i));
      self->practices = found;
    }

  return self->practices;
}

/**
 * sc_lesson_set_scanned:
 * @sections: (transfer full) (element-type ScLessonSection): every section,
 *   as sc_lesson_get_sections () would make them from the body
 * @practices: (transfer full) (element-type ScRichBlock): the body's
 *   practice blocks, in body order
 * @source: (transfer none): the bytes of the lesson's file
 *
 * What the course reader keeps of a lesson (sc_lesson_reader_scan ()):
 * the body is not built until it is asked for, from @source. A large
 * course's bodies are tens of megabytes, and a learner opens a few
 * lessons at a time.
 */
void
sc_lesson_set_scanned (ScLesson  *self,
                       GPtrArray *sections,
                       GPtrArray *practices,
                       GBytes    *source)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (sections != NULL);
  g_return_if_fail (practices != NULL);
  g_return_if_fail (source != NULL);

  g_mutex_lock (&body_lock);
  g_clear_pointer (&self->body, sc_rich_text_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->practices, g_ptr_array_unref);
  g_clear_pointer (&self->source, g_bytes_unref);
  self->sections = sections;
  self->practices = practices;
  self->source = g_bytes_ref (source);
  g_mutex_unlock (&body_lock);
}

/**
 * sc_lesson_count:
 *
 * Returns: how many blocks of @kind the lesson holds, at any depth
 */
guint
sc_lesson_count (ScLesson        *self,
                 ScRichBlockKind  kind)
{
  g_return_val_if_fail (self != NULL, 0);

  return sc_rich_text_count (sc_lesson_get_body (self), kind);
}
