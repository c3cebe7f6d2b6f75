/* fuzz-moodle-xml.c - arbitrary bytes as a Moodle XML question bank
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes go through sc_moodle_xml_read_memory (): the size, compression
 * and UTF-8 checks, libxml2 with DOCTYPE refused, the check of every
 * embedded file and text, and every question type. It must return either
 * questions or an error, never both, and a refused file reports nothing
 * else. What it returns must survive the canonical dump, export to Moodle
 * XML and import again with nothing left out (formatting notes aside) and
 * the same dump (questions of unsupported types left out, as the writer
 * leaves them out).
 */
#include <string.h>
#include <glib.h>

#include "sc-error.h"
#include "sc-fuzz.h"
#include "sc-moodle-xml-reader.h"
#include "sc-moodle-xml-writer.h"
#include "sc-question-dump.h"

static char *
dump_supported (GPtrArray *questions)
{
  g_autoptr(GPtrArray) supported = g_ptr_array_new ();

  for (guint i = 0; i < questions->len; i++)
    {
      ScQuestion *question = g_ptr_array_index (questions, i);

      if (question->type != SC_QUESTION_UNSUPPORTED)
        g_ptr_array_add (supported, question);
    }

  return sc_question_dump (supported);
}

static void
check_round_trip (GPtrArray *questions)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  xml = sc_moodle_xml_write (questions, NULL);
  again = sc_moodle_xml_read_memory (xml, strlen (xml), "export.xml", SC_MOODLE_XML_READ_DEFAULT,
                                     problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  /* Nothing left out; only formatting notes, which the round trip keeps. */
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      const char *message = sc_course_problems_get (problems, i)->message;

      if (strstr (message, ": formatting simplified: ") == NULL)
        g_error ("the exported file reads back with a problem: %s", message);
    }

  before = dump_supported (questions);
  after = sc_question_dump (again);
  g_assert_cmpstr (before, ==, after);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  for (guint pass = 0; pass < 2; pass++)
    {
      ScMoodleXmlReadFlags flags = pass == 0 ? SC_MOODLE_XML_READ_DEFAULT
                                             : SC_MOODLE_XML_READ_SNAP_FRACTIONS;
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autoptr(GPtrArray) questions = NULL;
      g_autoptr(GError) error = NULL;

      questions = sc_moodle_xml_read_memory ((const char *) data, size, "fuzz.xml", flags,
                                             problems, &error);
      if (questions == NULL)
        {
          g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
          g_assert_true (g_str_has_prefix (error->message, "fuzz.xml"));
          g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
          return 0;
        }

      g_assert_no_error (error);
      check_round_trip (questions);
    }

  return 0;
}
