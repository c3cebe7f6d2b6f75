/* sc-grade-ordering.c - marking an ordering question as Moodle's qtype_ordering does
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All-or-nothing, absolute position, relative to the next item (with or
 * without the last) and relative to the correct position are marked; the
 * previous-and-next and longest-subset methods are reported as unsupported
 * rather than guessed.
 */
#include "sc-grade-private.h"

static int
compare_position (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const GPtrArray *answers = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  double fa = ((ScQuestionAnswer *) g_ptr_array_index ((GPtrArray *) answers, ia))->fraction;
  double fb = ((ScQuestionAnswer *) g_ptr_array_index ((GPtrArray *) answers, ib))->fraction;

  if (fa != fb)
    return fa < fb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static guint
position_in (const GArray *order,
             guint         item)
{
  for (guint i = 0; i < order->len; i++)
    if (g_array_index ((GArray *) order, guint, i) == item)
      return i;

  return SC_RESPONSE_NONE;
}

/* The items placed are graded against their own correct order (by each
 * answer's position, then file order), as Moodle does for a random subset:
 * the counts below follow qtype_ordering's grade_response. */
void
sc_grade_ordering (const ScQuestion *question,
                   const ScResponse *response,
                   ScGradeResult    *result)
{
  const GArray *order = response->order;
  g_autoptr(GArray) correct = NULL;
  guint n = order->len;
  guint count_correct = 0, count_total = 0;

  if (n == 0)
    {
      sc_grade_set_invalid (result, SC_GRADE_UNANSWERED, SC_GRADE_REASON_EMPTY);
      return;
    }
  if (!sc_grade_indices_valid (order, question->answers->len))
    {
      sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_MALFORMED);
      return;
    }
  if (n < question->answers->len
      && (question->ordering.select_type == SC_ORDERING_SELECT_ALL
          || question->ordering.select_count == 0
          || n < MIN (question->ordering.select_count, question->answers->len)))
    {
      sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_INCOMPLETE);
      return;
    }

  correct = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  g_array_append_vals (correct, order->data, n);
  g_array_sort_with_data (correct, compare_position, question->answers);

  switch (question->ordering.grading_type)
    {
    case SC_ORDERING_GRADING_ALL_OR_NOTHING:
    case SC_ORDERING_GRADING_ABSOLUTE_POSITION:
      for (guint i = 0; i < n; i++, count_total++)
        if (g_array_index (order, guint, i) == g_array_index (correct, guint, i))
          count_correct++;
      result->n_correct = count_correct;
      if (question->ordering.grading_type == SC_ORDERING_GRADING_ALL_OR_NOTHING
          && count_correct < count_total)
        count_correct = 0;
      break;

    case SC_ORDERING_GRADING_RELATIVE_NEXT_EXCLUDE_LAST:
    case SC_ORDERING_GRADING_RELATIVE_NEXT_INCLUDE_LAST:
      {
        gboolean include_last =
          question->ordering.grading_type == SC_ORDERING_GRADING_RELATIVE_NEXT_INCLUDE_LAST;
        guint checked = include_last ? n : n - 1;

        /* Each item is right when the same item follows it (the last one:
         * when nothing follows it) */
        for (guint i = 0; i < checked; i++, count_total++)
          {
            guint item = g_array_index (correct, guint, i);
            guint next = i + 1 < n ? g_array_index (correct, guint, i + 1) : SC_RESPONSE_NONE;
            guint at = position_in (order, item);
            guint placed_next = at + 1 < n ? g_array_index (order, guint, at + 1)
                                           : SC_RESPONSE_NONE;

            if (!include_last && at + 1 >= n)
              continue;
            if (placed_next == next)
              count_correct++;
          }
        result->n_correct = count_correct;
      }
      break;

    case SC_ORDERING_GRADING_RELATIVE_TO_CORRECT:
      /* Each item scores (n - 1) less its distance from its place */
      for (guint i = 0; i < n; i++)
        {
          guint at = position_in (order, g_array_index (correct, guint, i));
          int score = (int) n - 1 - ABS ((int) at - (int) i);

          if (score > 0)
            count_correct += score;
          count_total += n - 1;
          if (at == i)
            result->n_correct++;
        }
      break;

    case SC_ORDERING_GRADING_RELATIVE_ONE_PREVIOUS_AND_NEXT:
    case SC_ORDERING_GRADING_RELATIVE_ALL_PREVIOUS_AND_NEXT:
    case SC_ORDERING_GRADING_LONGEST_ORDERED_SUBSET:
    case SC_ORDERING_GRADING_LONGEST_CONTIGUOUS_SUBSET:
    default:
      sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_UNSUPPORTED);
      return;
    }

  result->n_total = n;
  sc_grade_set_fraction (result, count_total > 0 ? (double) count_correct / count_total : 0.0);
}
