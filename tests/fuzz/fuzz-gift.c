/* fuzz-gift.c - arbitrary bytes as a GIFT file, then out through the GIFT writer and back
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes go through sc_gift_read_memory (): the encoding checks, the
 * block and escape pass, every question type and the grade list, and the
 * Markdown and HTML converters for what would be simplified. A refused
 * file gives an error and no questions; otherwise every problem names the
 * file. Whatever was read and can be written must come back from the
 * writer as the same questions (their canonical dumps are equal), and
 * writing those again must give the same text. The same bytes, when they
 * are UTF-8, also go through the Markdown converter on their own.
 */
#include <string.h>

#include <glib.h>

#include "sc-fuzz.h"
#include "sc-gift-reader.h"
#include "sc-gift-writer.h"
#include "sc-question-dump.h"
#include "sc-rich-text-markdown.h"

#define FILE_NAME "fuzz.gift"

static void
check_problems (ScCourseProblems *problems,
                const char       *file_name)
{
  g_auto(GStrv) lines = sc_course_problems_to_strv (problems);

  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (lines[i], file_name));
}

static void
check_round_trip (GPtrArray *questions)
{
  g_autoptr(GPtrArray) writable = g_ptr_array_new ();
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *gift = NULL;
  g_autofree char *gift_again = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_again = NULL;

  for (guint i = 0; i < questions->len; i++)
    if (sc_gift_can_write (g_ptr_array_index (questions, i), NULL))
      g_ptr_array_add (writable, g_ptr_array_index (questions, i));
  if (writable->len == 0)
    return;

  gift = sc_gift_write (writable, "out.gift", NULL);
  again = sc_gift_read_memory (gift, strlen (gift), "out.gift", SC_GIFT_READ_DEFAULT, problems,
                               &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);

  dump = sc_question_dump (writable);
  dump_again = sc_question_dump (again);
  g_assert_cmpstr (dump_again, ==, dump);

  gift_again = sc_gift_write (again, "out.gift", NULL);
  g_assert_cmpstr (gift_again, ==, gift);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  ScGiftReadFlags flags;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  /* Half the inputs snap weights to Moodle's list instead of skipping. */
  flags = size > 0 && (data[size - 1] & 1) ? SC_GIFT_READ_SNAP_FRACTIONS : SC_GIFT_READ_DEFAULT;
  problems = sc_course_problems_new ();
  questions = sc_gift_read_memory ((const char *) data, size, FILE_NAME, flags, problems, &error);

  if (questions == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, FILE_NAME));
    }
  else
    {
      g_assert_no_error (error);
      check_problems (problems, FILE_NAME);
      for (guint i = 0; i < questions->len; i++)
        {
          const ScQuestion *question = g_ptr_array_index (questions, i);

          g_assert_nonnull (question->name);
          g_assert_nonnull (question->stem.source);
          g_assert_true (g_utf8_validate (question->stem.source, -1, NULL));
        }
      check_round_trip (questions);
    }

  if (g_utf8_validate_len ((const char *) data, size, NULL))
    {
      g_autofree char *text = g_strndup ((const char *) data, size);
      g_autoptr(GPtrArray) notes =
        g_ptr_array_new_with_free_func ((GDestroyNotify) sc_markdown_note_free);
      g_autoptr(ScRichText) rich = sc_rich_text_new_from_markdown (text, notes);
      g_autofree char *plain = sc_rich_text_to_plain (rich);

      g_assert_nonnull (plain);
    }

  return 0;
}
