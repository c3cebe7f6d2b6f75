/* test-moodle-util.h - reading question files and checking what came in, for the Moodle XML tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by test-moodle-xml.c and test-moodle-xml-fixtures.c; each uses
 * only some of these helpers.
 */
#pragma once

#include <string.h>

#include "sc-error.h"
#include "sc-moodle-xml-reader.h"
#include "sc-moodle-xml-writer.h"
#include "sc-question-dump.h"
#include "sc-rich-text-html.h"

static inline char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "questions", "moodle", name, NULL);
}

static inline GPtrArray *
read_ok (const char           *path,
         ScMoodleXmlReadFlags  flags,
         ScCourseProblems     *problems)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *questions = sc_moodle_xml_read_file (path, flags, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (questions);

  return questions;
}

static inline ScQuestion *
question_at (GPtrArray *questions,
             guint      index)
{
  g_assert_cmpuint (index, <, questions->len);
  return g_ptr_array_index (questions, index);
}

static inline char *
dump_supported (GPtrArray *questions)
{
  g_autoptr(GPtrArray) supported = g_ptr_array_new ();

  for (guint i = 0; i < questions->len; i++)
    if (question_at (questions, i)->type != SC_QUESTION_UNSUPPORTED)
      g_ptr_array_add (supported, question_at (questions, i));

  return sc_question_dump (supported);
}

/* Nothing was left out: the only problems are formatting a learner will
 * see simplified, which a round trip keeps as it was. */
static inline void
assert_only_simplified (ScCourseProblems *problems)
{
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      const ScCourseProblem *problem = sc_course_problems_get (problems, i);

      g_test_message ("%s:%u: %s", problem->file, problem->line, problem->message);
      g_assert_nonnull (strstr (problem->message, ": formatting simplified: "));
    }
}

/* dump(import f) == dump(import(export(import f))), and exporting again
 * writes the very same file. */
static inline void
assert_round_trip (GPtrArray *questions)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *xml_again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint skipped = 0;
  guint unsupported = 0;

  for (guint i = 0; i < questions->len; i++)
    unsupported += question_at (questions, i)->type == SC_QUESTION_UNSUPPORTED;

  xml = sc_moodle_xml_write (questions, &skipped);
  g_assert_cmpuint (skipped, ==, unsupported);
  again = sc_moodle_xml_read_memory (xml, strlen (xml), "export.xml", SC_MOODLE_XML_READ_DEFAULT,
                                     problems, &error);
  g_assert_no_error (error);
  assert_only_simplified (problems);

  before = dump_supported (questions);
  after = sc_question_dump (again);
  g_assert_cmpstr (before, ==, after);

  xml_again = sc_moodle_xml_write (again, NULL);
  g_assert_cmpstr (xml_again, ==, xml);
}

static inline const char *
image_kind (GBytes *bytes)
{
  gsize size = 0;
  const guchar *data = g_bytes_get_data (bytes, &size);

  if (size >= 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0)
    return "png";
  if (size >= 3 && memcmp (data, "\xff\xd8\xff", 3) == 0)
    return "jpeg";
  if (size >= 6 && (memcmp (data, "GIF87a", 6) == 0 || memcmp (data, "GIF89a", 6) == 0))
    return "gif";

  return NULL;
}

static inline const char *
kind_by_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_has_suffix (lower, ".png"))
    return "png";
  if (g_str_has_suffix (lower, ".jpg") || g_str_has_suffix (lower, ".jpeg"))
    return "jpeg";
  if (g_str_has_suffix (lower, ".gif"))
    return "gif";

  return NULL;
}

static inline char *
find_file (const char *name,
           gpointer    user_data)
{
  const ScQuestionText *text = user_data;

  for (guint i = 0; text->files != NULL && i < text->files->len; i++)
    {
      const ScQuestionFile *file = g_ptr_array_index (text->files, i);

      if (g_str_equal (file->name, name))
        return g_strdup (file->name);
    }

  return NULL;
}

/* Every picture decodes as its name says, and every picture the text
 * shows is one of its own files. Returns how many files the text has. */
static inline guint
check_text (const ScQuestionText *text)
{
  g_autoptr(GPtrArray) simplified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ScRichText) rich = NULL;
  guint n = text->files != NULL ? text->files->len : 0;

  for (guint i = 0; i < n; i++)
    {
      const ScQuestionFile *file = g_ptr_array_index (text->files, i);
      const char *expected = kind_by_name (file->name);

      g_assert_cmpuint (g_bytes_get_size (file->data), >, 0);
      if (expected != NULL)
        g_assert_cmpstr (image_kind (file->data), ==, expected);
    }

  if (text->source == NULL || text->format != SC_TEXT_FORMAT_HTML)
    return n;

  rich = sc_rich_text_html_parse (text->source, find_file, (gpointer) text, simplified);
  for (guint i = 0; i < simplified->len; i++)
    g_assert_null (strstr (g_ptr_array_index (simplified, i), "is missing"));

  return n;
}

static inline guint
check_question_files (const ScQuestion *question)
{
  guint n = 0;

  n += check_text (&question->stem);
  n += check_text (&question->general_feedback);
  n += check_text (&question->correct_feedback);
  n += check_text (&question->partially_correct_feedback);
  n += check_text (&question->incorrect_feedback);
  n += check_text (&question->numerical.instructions);
  n += check_text (&question->essay.grader_info);
  n += check_text (&question->essay.response_template);
  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);

      n += check_text (&answer->text);
      n += check_text (&answer->feedback);
    }
  for (guint i = 0; i < question->hints->len; i++)
    n += check_text (&((const ScQuestionHint *) g_ptr_array_index (question->hints, i))->text);
  for (guint i = 0; i < question->subquestions->len; i++)
    n += check_text (&((const ScQuestionSubquestion *) g_ptr_array_index (question->subquestions,
                                                                         i))->text);

  return n;
}

static inline void
count_types (GPtrArray *questions,
             guint      counts[SC_QUESTION_N_TYPES])
{
  memset (counts, 0, sizeof (guint) * SC_QUESTION_N_TYPES);
  for (guint i = 0; i < questions->len; i++)
    counts[question_at (questions, i)->type]++;
}

static inline const ScQuestionFile *
only_file (const ScQuestionText *text,
           const char           *name)
{
  g_assert_nonnull (text->files);
  g_assert_cmpuint (text->files->len, ==, 1);
  g_assert_cmpstr (((const ScQuestionFile *) g_ptr_array_index (text->files, 0))->name, ==, name);

  return g_ptr_array_index (text->files, 0);
}

static inline ScQuestionAnswer *
answer_at (ScQuestion *question,
           guint       index)
{
  g_assert_cmpuint (index, <, question->answers->len);
  return g_ptr_array_index (question->answers, index);
}

static inline ScQuestionSubquestion *
sub_at (ScQuestion *question,
        guint       index)
{
  g_assert_cmpuint (index, <, question->subquestions->len);
  return g_ptr_array_index (question->subquestions, index);
}

static inline ScQuestionHint *
hint_at (ScQuestion *question,
         guint       index)
{
  g_assert_cmpuint (index, <, question->hints->len);
  return g_ptr_array_index (question->hints, index);
}
