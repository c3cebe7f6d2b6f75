/* sc-grade.c - grading a response to a question, as a pure function
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc_grade() reads only its arguments: no database, no locale, no clock, so
 * a review page, a re-grade after an import and the tests all get the same
 * marks. The rules follow Moodle's question types (see ../shared/FORMATS.md
 * and the table in tests/unit/test-grade.c, one row per rule).
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-cloze.h"
#include "sc-grade-private.h"

ScGradeState
sc_grade_state_for_fraction (double fraction)
{
  /* Moodle's question_state::graded_state_for_fraction */
  if (fraction < SC_GRADE_EPSILON)
    return SC_GRADE_WRONG;
  if (fraction > 1.0 - SC_GRADE_EPSILON)
    return SC_GRADE_CORRECT;

  return SC_GRADE_PARTIAL;
}

void
sc_grade_set_fraction (ScGradeResult *result,
                       double         fraction)
{
  if (isnan (fraction))
    fraction = 0.0;
  result->fraction = CLAMP (fraction, 0.0, 1.0);
  result->state = sc_grade_state_for_fraction (result->fraction);
  if (result->state == SC_GRADE_CORRECT)
    result->fraction = 1.0;
  else if (result->state == SC_GRADE_WRONG)
    result->fraction = 0.0;
  result->reason = result->state == SC_GRADE_WRONG ? SC_GRADE_REASON_NO_MATCH
                                                   : SC_GRADE_REASON_NONE;
}

void
sc_grade_set_invalid (ScGradeResult *result,
                      ScGradeState   state,
                      ScGradeReason  reason)
{
  result->state = state;
  result->reason = reason;
  result->fraction = 0.0;
  result->answer_index = -1;
  result->feedback = NULL;
}

/* Indices must exist and appear once */
gboolean
sc_grade_indices_valid (const GArray *indices,
                        guint         n_items)
{
  for (guint i = 0; i < indices->len; i++)
    {
      guint index = g_array_index ((GArray *) indices, guint, i);

      if (index >= n_items)
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (g_array_index ((GArray *) indices, guint, j) == index)
          return FALSE;
    }

  return TRUE;
}

void
sc_grade_single_choice (const GPtrArray *answers,
                        const GArray    *choices,
                        ScGradeResult   *result)
{
  const ScQuestionAnswer *answer;
  guint index;

  if (choices->len == 0)
    {
      sc_grade_set_invalid (result, SC_GRADE_UNANSWERED, SC_GRADE_REASON_EMPTY);
      return;
    }
  index = g_array_index ((GArray *) choices, guint, 0);
  if (choices->len > 1 || index >= answers->len)
    {
      sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_MALFORMED);
      return;
    }

  answer = g_ptr_array_index ((GPtrArray *) answers, index);
  result->answer_index = index;
  result->feedback = &answer->feedback;
  result->n_total = 1;
  sc_grade_set_fraction (result, answer->fraction);
  result->n_correct = result->state == SC_GRADE_CORRECT ? 1 : 0;
}

/* The chosen answers' fractions add up, negatives included, and the sum is
 * kept within [0, 1]. */
void
sc_grade_multi_response (const GPtrArray *answers,
                         const GArray    *choices,
                         ScGradeResult   *result)
{
  double sum = 0.0;

  if (choices->len == 0)
    {
      sc_grade_set_invalid (result, SC_GRADE_UNANSWERED, SC_GRADE_REASON_EMPTY);
      return;
    }
  if (!sc_grade_indices_valid (choices, answers->len))
    {
      sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_MALFORMED);
      return;
    }

  for (guint i = 0; i < answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index ((GPtrArray *) answers, i);

      if (answer->fraction > 0)
        result->n_total++;
    }
  for (guint i = 0; i < choices->len; i++)
    {
      guint index = g_array_index ((GArray *) choices, guint, i);
      const ScQuestionAnswer *answer = g_ptr_array_index ((GPtrArray *) answers, index);

      sum += answer->fraction;
      if (answer->fraction > 0)
        result->n_correct++;
    }

  if (choices->len == 1)
    {
      guint index = g_array_index ((GArray *) choices, guint, 0);
      const ScQuestionAnswer *answer = g_ptr_array_index ((GPtrArray *) answers, index);

      result->answer_index = index;
      result->feedback = &answer->feedback;
    }
  sc_grade_set_fraction (result, sum);
}

/* Pairs are right when the picked answer's text is the stem's answer text,
 * so two stems sharing one answer both accept it. Distractors (no stem)
 * only offer answers. */
static void
grade_matching (const ScQuestion *question,
                const ScResponse *response,
                ScGradeResult    *result)
{
  gboolean answered = FALSE;

  for (guint i = 0; i < question->subquestions->len; i++)
    {
      const ScQuestionSubquestion *sub = g_ptr_array_index (question->subquestions, i);
      guint chosen = i < response->pairs->len ? g_array_index (response->pairs, guint, i)
                                              : SC_RESPONSE_NONE;

      if (sc_question_text_is_empty (&sub->text))
        continue;

      result->n_total++;
      if (chosen == SC_RESPONSE_NONE)
        continue;
      if (chosen >= question->subquestions->len)
        {
          sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_MALFORMED);
          return;
        }

      answered = TRUE;
      if (g_strcmp0 (((ScQuestionSubquestion *) g_ptr_array_index (question->subquestions,
                                                                   chosen))->answer,
                     sub->answer) == 0)
        result->n_correct++;
    }

  if (result->n_total == 0)
    sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_BAD_QUESTION);
  else if (!answered)
    sc_grade_set_invalid (result, SC_GRADE_UNANSWERED, SC_GRADE_REASON_EMPTY);
  else
    sc_grade_set_fraction (result, (double) result->n_correct / result->n_total);
}

static void
grade_cloze_part (const ScClozePart *part,
                  const ScResponse  *response,
                  char               decimal_separator,
                  ScGradeResult     *result)
{
  char separator = response->decimal_separator != 0 ? response->decimal_separator
                                                    : decimal_separator;

  switch (sc_cloze_type_get_kind (part->type))
    {
    case SC_CLOZE_KIND_SHORT_ANSWER:
      sc_grade_short_answer (part->answers, sc_cloze_type_is_case_sensitive (part->type),
                             response->text, result);
      break;
    case SC_CLOZE_KIND_NUMERICAL:
      sc_grade_numerical (part->answers, NULL, NULL, response->text, separator, result);
      break;
    case SC_CLOZE_KIND_CHOICE:
      sc_grade_single_choice (part->answers, response->choices, result);
      break;
    case SC_CLOZE_KIND_MULTI_RESPONSE:
    default:
      sc_grade_multi_response (part->answers, response->choices, result);
      break;
    }
}

static void
result_free (gpointer data)
{
  ScGradeResult *result = data;

  sc_grade_result_clear (result);
  g_free (result);
}

/* Each part is graded alone; the question's fraction is the parts'
 * fractions weighted by their marks. */
static void
grade_cloze (const ScQuestion *question,
             const ScResponse *response,
             ScGradeResult    *result)
{
  double weighted = 0.0, weights = 0.0, plain_sum = 0.0;
  gboolean answered = FALSE;
  ScGradeReason first_reason = SC_GRADE_REASON_NONE;

  if (question->cloze_parts->len == 0)
    {
      sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_BAD_QUESTION);
      return;
    }

  result->parts = g_ptr_array_new_with_free_func (result_free);
  result->n_total = question->cloze_parts->len;

  for (guint i = 0; i < question->cloze_parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index (question->cloze_parts, i);
      const ScResponse *part_response = i < response->parts->len
                                        ? g_ptr_array_index (response->parts, i) : NULL;
      ScGradeResult *part_result = g_new0 (ScGradeResult, 1);

      part_result->answer_index = -1;
      if (part_response == NULL)
        sc_grade_set_invalid (part_result, SC_GRADE_UNANSWERED, SC_GRADE_REASON_EMPTY);
      else
        grade_cloze_part (part, part_response, response->decimal_separator, part_result);

      if (part_result->state != SC_GRADE_UNANSWERED)
        answered = TRUE;
      if (part_result->state == SC_GRADE_CORRECT)
        result->n_correct++;
      if (first_reason == SC_GRADE_REASON_NONE && part_result->reason != SC_GRADE_REASON_EMPTY)
        first_reason = part_result->reason;

      weighted += part_result->fraction * part->weight;
      weights += part->weight;
      plain_sum += part_result->fraction;
      g_ptr_array_add (result->parts, part_result);
    }

  if (!answered)
    {
      sc_grade_set_invalid (result, SC_GRADE_UNANSWERED, SC_GRADE_REASON_EMPTY);
      return;
    }

  sc_grade_set_fraction (result, weights > 0 ? weighted / weights
                                             : plain_sum / question->cloze_parts->len);
  if (result->state == SC_GRADE_WRONG && first_reason != SC_GRADE_REASON_NONE)
    result->reason = first_reason;
}

/**
 * sc_grade:
 * @question: the question
 * @response: (nullable): what was answered; %NULL counts as nothing
 * @result: (out caller-allocates): zero-initialised or cleared; filled in
 *
 * Marks @response against @question. The fraction is always within [0, 1];
 * a response that earns nothing says why in the reason.
 */
void
sc_grade (const ScQuestion *question,
          const ScResponse *response,
          ScGradeResult    *result)
{
  g_autoptr(ScResponse) empty = NULL;
  char separator;

  g_return_if_fail (question != NULL);
  g_return_if_fail (result != NULL);

  sc_grade_result_clear (result);
  result->answer_index = -1;

  if (response == NULL)
    response = empty = sc_response_new ();
  separator = response->decimal_separator;

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_TRUE_FALSE:
      sc_grade_single_choice (question->answers, response->choices, result);
      break;

    case SC_QUESTION_MULTIPLE_RESPONSE:
      sc_grade_multi_response (question->answers, response->choices, result);
      break;

    case SC_QUESTION_SHORT_ANSWER:
      sc_grade_short_answer (question->answers, question->case_sensitive, response->text, result);
      break;

    case SC_QUESTION_NUMERICAL:
      sc_grade_numerical (question->answers, question->units, &question->numerical,
                          response->text, separator, result);
      break;

    case SC_QUESTION_MATCHING:
      grade_matching (question, response, result);
      break;

    case SC_QUESTION_ORDERING:
      sc_grade_ordering (question, response, result);
      break;

    case SC_QUESTION_CLOZE:
      grade_cloze (question, response, result);
      break;

    case SC_QUESTION_ESSAY:
      if (sc_response_is_empty (response))
        sc_grade_set_invalid (result, SC_GRADE_UNANSWERED, SC_GRADE_REASON_EMPTY);
      else
        sc_grade_set_invalid (result, SC_GRADE_NEEDS_GRADING, SC_GRADE_REASON_NONE);
      break;

    case SC_QUESTION_DESCRIPTION:
      sc_grade_set_invalid (result, SC_GRADE_NOT_SCORED, SC_GRADE_REASON_NONE);
      break;

    case SC_QUESTION_UNSUPPORTED:
    default:
      sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_UNSUPPORTED);
      break;
    }
}

void
sc_grade_result_clear (ScGradeResult *result)
{
  g_return_if_fail (result != NULL);

  g_clear_pointer (&result->parts, g_ptr_array_unref);
  result->state = SC_GRADE_UNANSWERED;
  result->reason = SC_GRADE_REASON_NONE;
  result->fraction = 0.0;
  result->answer_index = -1;
  result->feedback = NULL;
  result->n_correct = 0;
  result->n_total = 0;
}

/**
 * sc_grade_result_get_combined_feedback:
 *
 * Returns: (nullable) (transfer none): the question's feedback for a
 *   correct, partially correct or incorrect response, %NULL when the
 *   response was not marked or the question has none for that case
 */
const ScQuestionText *
sc_grade_result_get_combined_feedback (const ScQuestion    *question,
                                       const ScGradeResult *result)
{
  const ScQuestionText *text;

  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (result != NULL, NULL);

  switch (result->state)
    {
    case SC_GRADE_CORRECT:
      text = &question->correct_feedback;
      break;
    case SC_GRADE_PARTIAL:
      text = &question->partially_correct_feedback;
      break;
    case SC_GRADE_WRONG:
      text = &question->incorrect_feedback;
      break;
    case SC_GRADE_UNANSWERED:
    case SC_GRADE_NEEDS_GRADING:
    case SC_GRADE_INVALID:
    case SC_GRADE_NOT_SCORED:
    default:
      return NULL;
    }

  return sc_question_text_is_empty (text) ? NULL : text;
}

/**
 * sc_grade_state_to_string:
 *
 * Returns: a stable, untranslated key for storage ("correct", …)
 */
const char *
sc_grade_state_to_string (ScGradeState state)
{
  switch (state)
    {
    case SC_GRADE_UNANSWERED:
      return "unanswered";
    case SC_GRADE_WRONG:
      return "wrong";
    case SC_GRADE_PARTIAL:
      return "partial";
    case SC_GRADE_CORRECT:
      return "correct";
    case SC_GRADE_NEEDS_GRADING:
      return "needs-grading";
    case SC_GRADE_INVALID:
      return "invalid";
    case SC_GRADE_NOT_SCORED:
      return "not-scored";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sc_grade_reason_to_string:
 *
 * Returns: (nullable): a translated sentence for the learner, %NULL for
 *   %SC_GRADE_REASON_NONE
 */
const char *
sc_grade_reason_to_string (ScGradeReason reason)
{
  switch (reason)
    {
    case SC_GRADE_REASON_NONE:
      return NULL;
    case SC_GRADE_REASON_EMPTY:
      return _("No answer was given.");
    case SC_GRADE_REASON_NO_MATCH:
      return _("The answer is not one of the accepted answers.");
    case SC_GRADE_REASON_MALFORMED:
      return _("The answer could not be read: check that it is a single number or an option "
               "shown.");
    case SC_GRADE_REASON_DECIMAL_COMMA:
      return _("The answer uses a comma as decimal separator: write the number with a point, "
               "like 2.5.");
    case SC_GRADE_REASON_UNKNOWN_UNIT:
      return _("The unit is not one this question accepts: use one of the units it names.");
    case SC_GRADE_REASON_INCOMPLETE:
      return _("Not every item was placed: put all the items in order.");
    case SC_GRADE_REASON_UNSUPPORTED:
      return _("Shopcraft cannot mark this kind of question yet; your teacher can.");
    case SC_GRADE_REASON_BAD_QUESTION:
      return _("This question has no answers to mark against: tell your teacher.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sc_grade_mark_after_tries:
 * @fraction: the fraction the last try earned
 * @penalty: the question's penalty per extra try
 * @tries: how many tries it took (1 = the first)
 *
 * The interactive behaviour's arithmetic: each try after the first costs
 * @penalty, never below zero.
 */
double
sc_grade_mark_after_tries (double fraction,
                           double penalty,
                           guint  tries)
{
  double mark;

  if (tries == 0)
    tries = 1;
  mark = CLAMP (fraction, 0.0, 1.0) - MAX (penalty, 0.0) * (tries - 1);

  return MAX (mark, 0.0);
}
