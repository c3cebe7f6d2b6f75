/* test-answer-key.h - the response of a learner who knows a question's answer key
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the tests that take quizzes "right": every auto-graded type,
 * cloze parts included. A question with no answer worth full marks, or
 * one giving full marks to anything ("*"), stops the test: its key
 * proves nothing.
 */
#pragma once

#include <glib.h>

#include "sc-cloze.h"
#include "sc-question.h"
#include "sc-grade.h"

static int
key_find_full_answer (const GPtrArray *answers)
{
  for (guint a = 0; a < answers->len; a++)
    if (((ScQuestionAnswer *) g_ptr_array_index ((GPtrArray *) answers, a))->fraction
        > 1.0 - 1e-7)
      return (int) a;

  return -1;
}

/* The response a learner who knows the answer key gives */
static void
key_fill_choices (const GPtrArray *answers,
              gboolean         multi,
              ScResponse      *response)
{
  for (guint a = 0; a < answers->len; a++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index ((GPtrArray *) answers, a);

      if (multi ? answer->fraction > 0 : answer->fraction > 1.0 - 1e-7)
        sc_response_add_choice (response, a);
    }
}

static void
key_fill_typed (const char      *idnumber,
            const GPtrArray *answers,
            ScResponse      *response)
{
  int full = key_find_full_answer (answers);
  const char *text;

  if (full < 0)
    g_error ("%s has no answer worth full marks", idnumber);
  text = ((ScQuestionAnswer *) g_ptr_array_index ((GPtrArray *) answers, full))->text.source;
  if (g_str_equal (text, "*"))
    g_error ("%s gives full marks to anything", idnumber);
  sc_response_set_text (response, text);
}

static int
key_compare_position (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const GPtrArray *answers = user_data;
  double fa = ((ScQuestionAnswer *) g_ptr_array_index ((GPtrArray *) answers,
                                                       *(const guint *) a))->fraction;
  double fb = ((ScQuestionAnswer *) g_ptr_array_index ((GPtrArray *) answers,
                                                       *(const guint *) b))->fraction;

  return (fa > fb) - (fa < fb);
}

/* What a learner who knows the answer key gives; NULL for a question
 * graded by hand (essay) or not graded. */
G_GNUC_UNUSED static ScResponse *
test_key_response (const ScQuestion *question)
{
  g_autoptr(ScResponse) response = sc_response_new ();

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_TRUE_FALSE:
      key_fill_choices (question->answers, FALSE, response);
      break;

    case SC_QUESTION_MULTIPLE_RESPONSE:
      key_fill_choices (question->answers, TRUE, response);
      break;

    case SC_QUESTION_SHORT_ANSWER:
      key_fill_typed (question->idnumber, question->answers, response);
      break;

    case SC_QUESTION_NUMERICAL:
      key_fill_typed (question->idnumber, question->answers, response);
      /* With units, the number in the base unit, as a learner writes it */
      for (guint u = 0; u < question->units->len; u++)
        {
          const ScQuestionUnit *unit = g_ptr_array_index (question->units, u);

          if (unit->multiplier == 1.0)
            {
              g_autofree char *text = g_strdup_printf ("%s %s", response->text, unit->name);

              sc_response_set_text (response, text);
              break;
            }
        }
      break;

    case SC_QUESTION_MATCHING:
      for (guint s = 0; s < question->subquestions->len; s++)
        {
          const ScQuestionSubquestion *sub = g_ptr_array_index (question->subquestions, s);

          sc_response_set_pair (response, s,
                                sc_question_text_is_empty (&sub->text) ? SC_RESPONSE_NONE : s);
        }
      break;

    case SC_QUESTION_ORDERING:
      {
        g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

        for (guint a = 0; a < question->answers->len; a++)
          g_array_append_val (order, a);
        g_array_sort_with_data (order, key_compare_position, question->answers);
        for (guint a = 0; a < order->len; a++)
          sc_response_add_order (response, g_array_index (order, guint, a));
      }
      break;

    case SC_QUESTION_CLOZE:
      for (guint p = 0; p < question->cloze_parts->len; p++)
        {
          const ScClozePart *part = g_ptr_array_index (question->cloze_parts, p);
          ScResponse *part_response = sc_response_ensure_part (response, p);

          switch (sc_cloze_type_get_kind (part->type))
            {
            case SC_CLOZE_KIND_SHORT_ANSWER:
            case SC_CLOZE_KIND_NUMERICAL:
              key_fill_typed (question->idnumber, part->answers, part_response);
              break;
            case SC_CLOZE_KIND_CHOICE:
              key_fill_choices (part->answers, FALSE, part_response);
              break;
            case SC_CLOZE_KIND_MULTI_RESPONSE:
            default:
              key_fill_choices (part->answers, TRUE, part_response);
              break;
            }
        }
      break;

    case SC_QUESTION_ESSAY:
    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      return NULL;
    }

  return g_steal_pointer (&response);
}
