/* fuzz-course-reader.c - arbitrary bytes as one lesson file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes go through sc_lesson_read_memory (): the size, compression and
 * UTF-8 checks, libxml2 with the course options (DOCTYPE refused), the
 * structural pass and the lesson model with its rich text. It must either
 * return a lesson or report at least one problem, and never both; a lesson
 * must survive conversion to plain text.
 */
#include <glib.h>

#include "sc-course-problems.h"
#include "sc-fuzz.h"
#include "sc-lesson-reader.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autoptr(ScLesson) lesson = NULL;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  problems = sc_course_problems_new ();
  lesson = sc_lesson_read_memory ((const char *) data, size, "lessons/fuzz.xml", problems);

  if (lesson != NULL)
    {
      g_autofree char *plain = sc_rich_text_to_plain (sc_lesson_get_body (lesson));

      g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
      g_assert_nonnull (lesson->id);
      g_assert_nonnull (plain);
    }
  else
    {
      g_auto(GStrv) lines = sc_course_problems_to_strv (problems);

      g_assert_cmpuint (g_strv_length (lines), >, 0);
      for (guint i = 0; lines[i] != NULL; i++)
        g_assert_true (g_str_has_prefix (lines[i], "lessons/fuzz.xml"));
    }

  return 0;
}
