/* fuzz-cloze.c - arbitrary bytes as a cloze question text
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes (up to the first NUL) go through sc_cloze_parse (). It must
 * either return the parts or an error naming a position, never both. Parts
 * must lie inside the text in order; writing them back with
 * sc_cloze_write () and parsing again must give the same parts; grading
 * every part with each of its own answers must give a fraction in [0, 1].
 */
#include <math.h>
#include <string.h>
#include <glib.h>

#include "sc-cloze.h"
#include "sc-error.h"
#include "sc-fuzz.h"
#include "sc-grade.h"

static void
assert_same_parts (const GPtrArray *a,
                   const GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);

  for (guint i = 0; i < a->len; i++)
    {
      const ScClozePart *pa = g_ptr_array_index ((GPtrArray *) a, i);
      const ScClozePart *pb = g_ptr_array_index ((GPtrArray *) b, i);

      g_assert_cmpint (pa->type, ==, pb->type);
      g_assert_cmpuint (pa->weight, ==, pb->weight);
      g_assert_cmpuint (pa->answers->len, ==, pb->answers->len);
      for (guint j = 0; j < pa->answers->len; j++)
        {
          const ScQuestionAnswer *x = g_ptr_array_index (pa->answers, j);
          const ScQuestionAnswer *y = g_ptr_array_index (pb->answers, j);

          g_assert_cmpstr (x->text.source, ==, y->text.source);
          g_assert_cmpfloat_with_epsilon (x->fraction, y->fraction, 1e-9);
          g_assert_cmpstr (x->feedback.source, ==, y->feedback.source);
          g_assert_cmpfloat_with_epsilon (x->tolerance, y->tolerance,
                                          1e-9 * MAX (1.0, x->tolerance));
        }
    }
}

static void
grade_each_answer (const GPtrArray *parts)
{
  g_autoptr(ScQuestion) question = sc_question_new (SC_QUESTION_CLOZE);

  for (guint i = 0; i < parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index ((GPtrArray *) parts, i);

      g_ptr_array_add (question->cloze_parts, sc_cloze_part_copy (part));
    }

  for (guint j = 0; j < 4; j++)
    {
      g_autoptr(ScResponse) response = sc_response_new ();
      g_auto(ScGradeResult) result = { 0 };

      response->decimal_separator = j % 2 ? ',' : '.';
      for (guint i = 0; i < parts->len; i++)
        {
          const ScClozePart *part = g_ptr_array_index ((GPtrArray *) parts, i);
          ScResponse *part_response = sc_response_ensure_part (response, i);
          guint pick = j < part->answers->len ? j : 0;
          const ScQuestionAnswer *answer = g_ptr_array_index (part->answers, pick);

          sc_response_set_text (part_response, answer->text.source);
          sc_response_add_choice (part_response, pick);
        }

      sc_grade (question, response, &result);
      g_assert_true (result.fraction >= 0.0 && result.fraction <= 1.0);
      g_assert_nonnull (result.parts);
      g_assert_cmpuint (result.parts->len, ==, parts->len);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *written = NULL;
  gsize length, at = 0;

  if (!initialized)
    {
      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      initialized = TRUE;
    }

  source = g_strndup ((const char *) data, size);
  length = strlen (source);
  parts = sc_cloze_parse (source, &error);

  if (parts == NULL)
    {
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_assert_true (strstr (error->message, "character") != NULL
                     || strstr (error->message, "UTF-8") != NULL);
      return 0;
    }

  g_assert_no_error (error);
  for (guint i = 0; i < parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index (parts, i);

      g_assert_cmpuint (part->start, >=, at);
      g_assert_cmpuint (part->end, >, part->start);
      g_assert_cmpuint (part->end, <=, length);
      g_assert_cmpint (source[part->start], ==, '{');
      g_assert_cmpint (source[part->end - 1], ==, '}');
      g_assert_cmpuint (part->answers->len, >, 0);
      at = part->end;
    }

  written = sc_cloze_write (source, parts);
  again = sc_cloze_parse (written, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  assert_same_parts (parts, again);

  if (parts->len > 0)
    grade_each_answer (parts);

  return 0;
}
