/* sc-lesson-reader.c - one lesson file into an ScLesson
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lesson is a title, its estimated minutes, the module objectives it
 * serves and nested sections of blocks (docs/course-format.md). Sections
 * become SC_RICH_BLOCK_SECTION blocks, so the whole body is one ScRichText
 * the lesson page can render.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-course-names.h"
#include "sc-course-vocabulary.h"
#include "sc-lesson-reader.h"
#include "sc-rich-text-xml.h"

static ScRichBlock *
build_section (ScCourseReader *reader,
               const char     *file,
               xmlNode        *node)
{
  ScRichBlock *section = sc_rich_block_new (SC_RICH_BLOCK_SECTION, sc_content_node_line (node));

  section->id = sc_content_xml_attr (node, "id");
  section->title = sc_course_xml_text (sc_course_xml_child (node, "heading"));
  sc_course_reader_claim_id (reader, _("section"), file, section->id, file, section->line);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScRichBlock *block;

      if (child->type != XML_ELEMENT_NODE || child->ns != NULL)
        continue;

      if (g_str_equal ((const char *) child->name, "section"))
        block = build_section (reader, file, child);
      else
        block = sc_rich_text_xml_block (reader, file, child);

      if (block != NULL)
        sc_rich_block_add_child (section, block);
    }

  return section;
}

/* The lesson's own attributes, its title, its id claimed and its
 * references noted; %NULL when the root is not <lesson>. */
static ScLesson *
lesson_new_from_root (ScCourseReader *reader,
                      const char     *file,
                      xmlNode        *root)
{
  g_autofree char *minutes = NULL;
  ScLesson *lesson;
  guint line;
  guint64 value = 0;

  if (root == NULL || root->ns != NULL || !g_str_equal ((const char *) root->name, "lesson"))
    return NULL;

  line = sc_content_node_line (root);
  lesson = sc_lesson_new ();
  lesson->file = g_strdup (file);
  lesson->id = sc_content_xml_attr (root, "id");
  lesson->title = sc_course_xml_text (sc_course_xml_child (root, "title"));
  minutes = sc_content_xml_attr (root, "minutes");
  if (minutes != NULL &&
      g_ascii_string_to_unsigned (minutes, 10, 1, SC_LESSON_MAX_MINUTES, &value, NULL))
    lesson->minutes = (guint) value;
  g_strfreev (lesson->objectives);
  lesson->objectives = sc_course_xml_ids (root, "objectives");
  lesson->practice = sc_content_xml_attr (root, "practice");

  if (lesson->id != NULL && sc_course_is_valid_id (lesson->id))
    {
      sc_course_reader_claim_id (reader, _("lesson"), NULL, lesson->id, file, line);
      sc_course_reader_add_target (reader, SC_REF_LESSON, lesson->id);
    }
  for (guint i = 0; lesson->objectives[i] != NULL; i++)
    sc_course_reader_add_ref (reader, SC_REF_OBJECTIVE, lesson->objectives[i], file, line,
                              lesson->id);
  if (lesson->practice != NULL && sc_course_is_valid_id (lesson->practice))
    sc_course_reader_add_ref (reader, SC_REF_PRACTICE, lesson->practice, file, line,
                              lesson->id);

  return lesson;
}

static gboolean
is_section (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE && node->ns == NULL &&
         g_str_equal ((const char *) node->name, "section");
}

/**
 * sc_lesson_reader_build:
 * @doc: a lesson document the structural pass has seen
 *
 * Builds the lesson even from a document with problems, so that every
 * problem in it (and every id it defines) is found; the caller decides
 * whether the lesson is usable.
 *
 * Returns: (transfer full) (nullable): %NULL when the root is not <lesson>
 */
ScLesson *
sc_lesson_reader_build (ScCourseReader *reader,
                        const char     *file,
                        xmlDoc         *doc)
{
  ScLesson *lesson = lesson_new_from_root (reader, file, xmlDocGetRootElement (doc));

  if (lesson == NULL)
    return NULL;

  for (xmlNode *child = xmlDocGetRootElement (doc)->children; child != NULL; child = child->next)
    if (is_section (child))
      sc_rich_text_append (lesson->body, build_section (reader, file, child));

  return lesson;
}

/* As build_section () and then sc_lesson_get_sections () would: the
 * section's row first, then its nested sections' rows; @path counts the
 * blocks build_section () would have built before each. */
static void
scan_section (ScCourseReader *reader,
              const char     *file,
              xmlNode        *node,
              const char     *path,
              const char     *parent_anchor,
              GPtrArray      *sections,
              GPtrArray      *practices)
{
  g_autofree char *id = sc_content_xml_attr (node, "id");
  g_autofree char *title = sc_course_xml_text (sc_course_xml_child (node, "heading"));
  g_autoptr(GString) words = g_string_sized_new (4096);
  const char *anchor = id != NULL ? id : parent_anchor;
  guint index;
  guint n_blocks = 0;

  sc_course_reader_claim_id (reader, _("section"), file, id, file, sc_content_node_line (node));
  index = sections->len;
  g_ptr_array_add (sections, NULL);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_section (child))
        {
          g_autofree char *child_path = g_strdup_printf ("%s.%u", path, n_blocks++);

          scan_section (reader, file, child, child_path, anchor, sections, practices);
        }
      else if (sc_rich_text_xml_scan_block (reader, file, child, words, practices))
        {
          n_blocks++;
        }
    }

  g_ptr_array_index (sections, index) = sc_lesson_section_new (path, anchor, title, words);
}

/**
 * sc_lesson_reader_scan:
 * @doc: a lesson document the structural pass has seen
 * @source: the bytes @doc was parsed from
 *
 * What a course load keeps of a lesson: reports the same problems and
 * claims the same ids as sc_lesson_reader_build (), but takes only the
 * sections search indexes and the practice blocks, and leaves the body
 * to be built from @source when it is opened (sc_lesson_set_scanned ()).
 *
 * Returns: (transfer full) (nullable): %NULL when the root is not <lesson>
 */
ScLesson *
sc_lesson_reader_scan (ScCourseReader *reader,
                       const char     *file,
                       xmlDoc         *doc,
                       GBytes         *source)
{
  ScLesson *lesson = lesson_new_from_root (reader, file, xmlDocGetRootElement (doc));
  GPtrArray *sections;
  GPtrArray *practices;
  guint n_sections = 0;

  if (lesson == NULL)
    return NULL;

  sections = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_lesson_section_free);
  practices = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_rich_block_free);
  for (xmlNode *child = xmlDocGetRootElement (doc)->children; child != NULL; child = child->next)
    {
      char path[16];

      if (!is_section (child))
        continue;
      g_snprintf (path, sizeof path, "%u", n_sections++);
      scan_section (reader, file, child, path, NULL, sections, practices);
    }
  sc_lesson_set_scanned (lesson, sections, practices, source);

  return lesson;
}

/**
 * sc_lesson_read_memory:
 * @file: the name to report problems under, e.g. "lessons/03.xml"
 *
 * Reads one lesson on its own, with the same safety rules and structural
 * checks as a course load. References to other files (lessons, glossary
 * terms, objectives, pictures) cannot be checked here.
 *
 * Returns: (transfer full) (nullable): the lesson, or %NULL with the
 *   problems added to @problems
 */
ScLesson *
sc_lesson_read_memory (const char       *data,
                       gsize             length,
                       const char       *file,
                       ScCourseProblems *problems)
{
  g_autoptr(ScCourseReader) reader = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(ScLesson) lesson = NULL;
  guint before;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  before = sc_course_problems_get_len (problems);
  doc = sc_content_parse (data, length, file, problems);
  if (doc == NULL)
    return NULL;

  reader = sc_course_reader_new (NULL, problems);
  sc_course_vocabulary_check (doc, SC_COURSE_FILE_LESSON, file, problems);
  lesson = sc_lesson_reader_build (reader, file, doc);

  if (sc_course_problems_get_len (problems) != before)
    return NULL;

  return g_steal_pointer (&lesson);
}
