/* fuzz-question-json.c - arbitrary bytes as a stored question (questions.data)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question bank keeps each question as JSON in the learner's database
 * (sc-question-bank-json.c), read back with sc_question_bank_from_json ()
 * whenever a quiz or the bank shows it. A damaged or edited database may
 * hold anything there, so the bytes (up to the first NUL) go through it,
 * with a file finder that has the bytes of some files and not of others.
 * It must return either a question or an SC_ERROR_CORRUPT error that says
 * what to do, never both. A question read is written back and read again
 * to the same canonical dump.
 *
 * Seeds: every question of the Moodle XML and GIFT seeds as the bank
 * stores it (sc_question_bank_to_json ()), and a few damaged ones.
 */
#include <string.h>
#include <glib.h>

#include "sc-error.h"
#include "sc-fuzz.h"
#include "sc-question-bank-private.h"
#include "sc-question-dump.h"

/* The bytes of a file: those at even positions are there, the others
 * are lost (the reader must cope with both). */
static GBytes *
find_file (const char *area,
           guint       position,
           gpointer    user_data)
{
  static const char gif[] = "GIF89a\x01\x00\x01\x00\x00\x00\x00;";

  if (position % 2 != 0)
    return NULL;

  return g_bytes_new_static (gif, sizeof gif - 1);
}

static char *
dump_one (ScQuestion *question)
{
  g_autoptr(GPtrArray) questions = g_ptr_array_new ();

  g_ptr_array_add (questions, question);

  return sc_question_dump (questions);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autofree char *json = g_strndup ((const char *) data, size);
  g_autoptr(ScQuestion) question = NULL;
  g_autoptr(ScQuestion) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  question = sc_question_bank_from_json (json, find_file, NULL, &error);
  if (question == NULL)
    {
      g_assert_error (error, SC_ERROR, SC_ERROR_CORRUPT);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);

  /* Written back (files with it) and read again: the same question. */
  written = sc_question_bank_to_json (question, NULL, NULL);
  again = sc_question_bank_from_json (written, find_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);

  before = dump_one (question);
  after = dump_one (again);
  g_assert_cmpstr (before, ==, after);

  return 0;
}
