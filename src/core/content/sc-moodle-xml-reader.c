/* sc-moodle-xml-reader.c - questions from Moodle XML, read as warily as course files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is read and checked as a whole first
 * (sc-moodle-xml-document.c), then question by question
 * (sc-moodle-xml-types.c, sc-moodle-xml-values.c); this file walks the
 * <quiz> and keeps track of the category.
 *
 * Two kinds of trouble are told apart. Anything that makes the file as a
 * whole untrustworthy — not well-formed, a DOCTYPE, bad bytes, a damaged
 * or cut-short embedded file, a text over the cap — rejects it: %NULL and
 * a GError naming file and line, nothing imported. A question that cannot
 * be used — an unknown type, a grade off Moodle's list, broken cloze
 * syntax — is left out and reported as FILE:LINE: question “name”
 * skipped: reason; the rest of the file is imported. Questions of types
 * Shopcraft does not support stay in the list as
 * %SC_QUESTION_UNSUPPORTED, so they are counted.
 *
 * Reading may run on any thread once libxml2 has been initialised on the
 * main one (sc_course_reader_init() does that at start-up).
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-moodle-xml-private.h"

static gboolean
is_context_token (const char *component)
{
  gsize len = strlen (component);

  return len > 2 && component[0] == '$' && component[len - 1] == '$';
}

/* Since Moodle 3.5 every category hangs under "top"; Moodle adds it to
 * older paths, and so does this. */
static char **
category_path (const char *path)
{
  g_auto(GStrv) parts = sc_question_category_parse (path);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint first = 0;

  if (parts[0] == NULL)
    return NULL;

  if (is_context_token (parts[0]))
    g_strv_builder_add (builder, parts[first++]);
  if (parts[first] != NULL && !g_str_equal (parts[first], "top"))
    g_strv_builder_add (builder, "top");
  for (guint i = first; parts[i] != NULL; i++)
    g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

static void
read_category (ScMoodleXmlReader *reader,
               xmlNode           *node)
{
  xmlNode *category = sc_moodle_xml_child (node, "category");
  g_autofree char *path = NULL;

  if (sc_moodle_xml_child (category, "text") != NULL)
    path = sc_moodle_xml_value (category, "text");
  else
    path = sc_moodle_xml_content (category);

  g_strfreev (reader->category);
  reader->category = category_path (path != NULL ? path : "");
}

static void
read_questions (ScMoodleXmlReader *reader,
                xmlNode           *root,
                GPtrArray         *questions)
{
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *type = NULL;
      g_autofree char *name = NULL;
      ScMoodleXmlQuestion question = { reader, node, sc_moodle_xml_line (node), NULL, NULL };
      ScQuestion *result;

      if (!sc_moodle_xml_is (node, "question"))
        continue;

      type = sc_moodle_xml_attr (node, "type");
      if (g_strcmp0 (type, "category") == 0)
        {
          read_category (reader, node);
          continue;
        }

      reader->n_questions++;
      name = sc_moodle_xml_value (sc_moodle_xml_child (node, "name"), "text");
      if (name != NULL && *name != '\0')
        {
          g_autofree char *shown = sc_question_name_for_message (name);

          question.label = g_strdup_printf (_("question “%s”"), shown);
        }
      else
        question.label = g_strdup_printf (_("question %u"), reader->n_questions);

      result = sc_moodle_xml_read_question (&question, type);
      if (question.skip != NULL)
        {
          /* TRANSLATORS: a question's label ("question “Tax”") and the reason */
          sc_course_problems_add (reader->problems, reader->file, question.line,
                                  _("%s skipped: %s"), question.label, question.skip);
          g_clear_pointer (&result, sc_question_free);
        }

      if (result != NULL)
        {
          result->category = g_strdupv (reader->category);
          g_ptr_array_add (questions, result);
        }

      g_free (question.label);
      g_free (question.skip);
    }
}

/**
 * sc_moodle_xml_read_memory:
 * @file_name: the name to report problems under
 * @problems: (nullable): where skipped questions and other notes go
 *
 * Returns: (transfer full) (element-type ScQuestion) (nullable): the
 *   questions in file order, or %NULL with @error set when the file is
 *   refused as a whole
 */
GPtrArray *
sc_moodle_xml_read_memory (const char            *data,
                           gsize                  size,
                           const char            *file_name,
                           ScMoodleXmlReadFlags   flags,
                           ScCourseProblems      *problems,
                           GError               **error)
{
  g_autoptr(ScCourseProblems) own_problems = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  ScMoodleXmlReader reader = { file_name, flags, problems, NULL, 0 };

  g_return_val_if_fail (data != NULL || size == 0, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (problems == NULL)
    reader.problems = own_problems = sc_course_problems_new ();

  doc = sc_moodle_xml_open (data != NULL ? data : "", size, file_name, error);
  if (doc == NULL)
    return NULL;

  questions = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
  read_questions (&reader, xmlDocGetRootElement (doc), questions);
  g_strfreev (reader.category);

  return g_steal_pointer (&questions);
}

/**
 * sc_moodle_xml_read_file:
 * @path: the file; problems are reported under its display name
 *
 * Returns: (transfer full) (element-type ScQuestion) (nullable): as
 *   sc_moodle_xml_read_memory()
 */
GPtrArray *
sc_moodle_xml_read_file (const char            *path,
                         ScMoodleXmlReadFlags   flags,
                         ScCourseProblems      *problems,
                         GError               **error)
{
  g_autofree char *file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_filename_display_name (path);
  bytes = sc_moodle_xml_load (path, file, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);

  return sc_moodle_xml_read_memory (data != NULL ? data : "", size, file, flags, problems, error);
}
