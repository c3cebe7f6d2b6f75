/* test-grade.c - grading: one named row per rule and edge case
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row names a question built below, a response written compactly and
 * what the learner must get. Responses: "c:0,2" choices, "t:2 km" text,
 * "p:0=1,1=0" matching pairs (stem=picked), "o:2,0,1" order, "-" nothing,
 * and for cloze "P:" followed by parts separated by "|" ("" or "-" for an
 * unanswered part).
 */
#include <stdio.h>
#include <string.h>

#include "sc-grade.h"
#include "test-grade-questions.h"

#define ANY_ANSWER (-2)

/* Responses */

static void
parse_indices (const char *list,
               void (*add_index) (ScResponse *, guint),
               ScResponse *response)
{
  g_auto(GStrv) items = g_strsplit (list, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    if (items[i][0] != '\0')
      add_index (response, (guint) g_ascii_strtoull (items[i], NULL, 10));
}

static void
fill_response (ScResponse *response,
               const char *spec)
{
  if (g_str_has_prefix (spec, "c:"))
    parse_indices (spec + 2, sc_response_add_choice, response);
  else if (g_str_has_prefix (spec, "t:"))
    sc_response_set_text (response, spec + 2);
  else if (g_str_has_prefix (spec, "o:"))
    parse_indices (spec + 2, sc_response_add_order, response);
  else if (g_str_has_prefix (spec, "p:"))
    {
      g_auto(GStrv) pairs = g_strsplit (spec + 2, ",", -1);

      for (guint i = 0; pairs[i] != NULL; i++)
        {
          guint stem, chosen;

          g_assert_cmpint (sscanf (pairs[i], "%u=%u", &stem, &chosen), ==, 2);
          sc_response_set_pair (response, stem, chosen);
        }
    }
  else if (g_str_has_prefix (spec, "P:"))
    {
      g_auto(GStrv) parts = g_strsplit (spec + 2, "|", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (parts[i][0] != '\0' && strcmp (parts[i], "-") != 0)
          fill_response (sc_response_ensure_part (response, i), parts[i]);
    }
  else
    g_assert_cmpstr (spec, ==, "-");
}

typedef struct
{
  const char     *name;
  ScQuestion   *(*make) (void);
  const char     *response;   /* NULL: no response object at all */
  char            separator;
  double          fraction;
  ScGradeState    state;
  ScGradeReason   reason;
  int             answer;     /* the matched answer, or ANY_ANSWER to skip */
} GradeRow;

#define C SC_GRADE_CORRECT
#define P SC_GRADE_PARTIAL
#define W SC_GRADE_WRONG
#define U SC_GRADE_UNANSWERED
#define I SC_GRADE_INVALID
#define N SC_GRADE_NEEDS_GRADING
#define S SC_GRADE_NOT_SCORED
#define R_NONE SC_GRADE_REASON_NONE
#define R_EMPTY SC_GRADE_REASON_EMPTY
#define R_NO_MATCH SC_GRADE_REASON_NO_MATCH
#define R_MALFORMED SC_GRADE_REASON_MALFORMED
#define R_COMMA SC_GRADE_REASON_DECIMAL_COMMA
#define R_UNIT SC_GRADE_REASON_UNKNOWN_UNIT
#define R_INCOMPLETE SC_GRADE_REASON_INCOMPLETE
#define R_UNSUPPORTED SC_GRADE_REASON_UNSUPPORTED
#define R_BAD_QUESTION SC_GRADE_REASON_BAD_QUESTION

static const GradeRow grade_rows[] = {
  /* Single choice and true/false */
  { "single/right-option", q_single, "c:0", 0, 1.0, C, R_NONE, 0 },
  { "single/wrong-option", q_single, "c:1", 0, 0.0, W, R_NO_MATCH, 1 },
  { "single/half-right-option", q_single, "c:2", 0, 0.5, P, R_NONE, 2 },
  { "single/negative-option-clamps-to-zero", q_single, "c:3", 0, 0.0, W, R_NO_MATCH, 3 },
  { "single/nothing-chosen", q_single, "-", 0, 0.0, U, R_EMPTY, -1 },
  { "single/no-response-at-all", q_single, NULL, 0, 0.0, U, R_EMPTY, -1 },
  { "single/two-options-chosen", q_single, "c:0,1", 0, 0.0, I, R_MALFORMED, -1 },
  { "single/option-that-does-not-exist", q_single, "c:9", 0, 0.0, I, R_MALFORMED, -1 },
  { "true-false/true-is-right", q_true_false, "c:0", 0, 1.0, C, R_NONE, 0 },
  { "true-false/false-is-wrong", q_true_false, "c:1", 0, 0.0, W, R_NO_MATCH, 1 },
  /* Multiple response */
  { "multi/both-right", q_multi, "c:0,1", 0, 1.0, C, R_NONE, -1 },
  { "multi/order-of-ticks-does-not-matter", q_multi, "c:1,0", 0, 1.0, C, R_NONE, -1 },
  { "multi/one-of-two-right", q_multi, "c:0", 0, 0.5, P, R_NONE, 0 },
  { "multi/right-plus-negative", q_multi, "c:0,1,2", 0, 0.5, P, R_NONE, -1 },
  { "multi/negative-only-clamps-to-zero", q_multi, "c:2,3", 0, 0.0, W, R_NO_MATCH, -1 },
  { "multi/everything-ticked-clamps-to-zero", q_multi, "c:0,1,2,3", 0, 0.0, W, R_NO_MATCH, -1 },
  { "multi/sum-above-one-clamps-to-one", q_multi_generous, "c:0,1", 0, 1.0, C, R_NONE, -1 },
  { "multi/same-option-twice", q_multi, "c:0,0", 0, 0.0, I, R_MALFORMED, -1 },
  { "multi/option-that-does-not-exist", q_multi, "c:0,7", 0, 0.0, I, R_MALFORMED, -1 },
  { "multi/nothing-ticked", q_multi, "-", 0, 0.0, U, R_EMPTY, -1 },
  /* Short answer */
  { "short/exact", q_short, "t:Berlin", 0, 1.0, C, R_NONE, 0 },
  { "short/case-ignored-by-default", q_short, "t:bERLIN", 0, 1.0, C, R_NONE, 0 },
  { "short/spaces-trimmed", q_short, "t:  Berlin \t", 0, 1.0, C, R_NONE, 0 },
  { "short/no-break-spaces-trimmed", q_short, "t:\xc2\xa0" "Berlin\xc2\xa0", 0, 1.0, C, R_NONE, 0 },
  { "short/inner-spaces-count", q_short, "t:Ber lin", 0, 0.0, W, R_NO_MATCH, 2 },
  { "short/second-answer-partial-credit", q_short, "t:Bonn", 0, 0.5, P, R_NONE, 1 },
  { "short/catch-all-star-gives-feedback-not-marks", q_short, "t:Paris", 0, 0.0, W, R_NO_MATCH, 2 },
  { "short/empty-text", q_short, "t:", 0, 0.0, U, R_EMPTY, -1 },
  { "short/only-spaces", q_short, "t:   ", 0, 0.0, U, R_EMPTY, -1 },
  { "short/nothing-typed", q_short, "-", 0, 0.0, U, R_EMPTY, -1 },
  { "short/case-sensitive-exact", q_short_case, "t:NaCl", 0, 1.0, C, R_NONE, 0 },
  { "short/case-sensitive-other-case", q_short_case, "t:nacl", 0, 0.0, W, R_NO_MATCH, -1 },
  { "short/nfc-decomposed-matches-precomposed", q_short_unicode, "t:Zu\xcc\x88rich", 0, 1.0, C, R_NONE, 0 },
  { "short/case-folding-sharp-s", q_short_unicode, "t:STRASSE", 0, 1.0, C, R_NONE, 1 },
  { "short/invalid-utf8", q_short, "t:Berl\xff", 0, 0.0, I, R_MALFORMED, -1 },
  { "short/star-matches-letters", q_short_wildcard, "t:colour", 0, 1.0, C, R_NONE, 0 },
  { "short/star-matches-nothing", q_short_wildcard, "t:color", 0, 1.0, C, R_NONE, 0 },
  { "short/star-keeps-the-ends", q_short_wildcard, "t:colr", 0, 0.0, W, R_NO_MATCH, -1 },
  { "short/escaped-star-is-literal", q_short_wildcard, "t:5*3", 0, 1.0, C, R_NONE, 1 },
  { "short/escaped-star-is-not-wildcard", q_short_wildcard, "t:5x3", 0, 0.0, W, R_NO_MATCH, -1 },
  { "short/several-stars-in-order", q_short_wildcard, "t:We ship it for FREE today", 0, 0.5, P, R_NONE, 2 },
  { "short/stars-out-of-order", q_short_wildcard, "t:free shipping", 0, 0.0, W, R_NO_MATCH, -1 },
  /* Numerical */
  { "numerical/exact", q_numerical, "t:6.25", 0, 1.0, C, R_NONE, 0 },
  { "numerical/lower-bound-inclusive", q_numerical, "t:6.2", 0, 1.0, C, R_NONE, 0 },
  { "numerical/upper-bound-inclusive", q_numerical, "t:6.3", 0, 1.0, C, R_NONE, 0 },
  { "numerical/just-outside-falls-to-next-answer", q_numerical, "t:6.31", 0, 0.5, P, R_NONE, 1 },
  { "numerical/second-answer-lower-bound", q_numerical, "t:5.5", 0, 0.5, P, R_NONE, 1 },
  { "numerical/outside-every-answer", q_numerical, "t:7", 0, 0.0, W, R_NO_MATCH, -1 },
  { "numerical/binary-rounding-upper-edge", q_numerical_edge, "t:0.4", 0, 1.0, C, R_NONE, 0 },
  { "numerical/binary-rounding-lower-edge", q_numerical_edge, "t:0.2", 0, 1.0, C, R_NONE, 0 },
  { "numerical/beyond-edge", q_numerical_edge, "t:0.41", 0, 0.0, W, R_NO_MATCH, -1 },
  { "numerical/exponent", q_numerical, "t:625e-2", 0, 1.0, C, R_NONE, 0 },
  { "numerical/exponent-in-answer", q_numerical_edge, "t:1000000", 0, 1.0, C, R_NONE, 2 },
  { "numerical/leading-point", q_numerical_edge, "t:.3", 0, 1.0, C, R_NONE, 0 },
  { "numerical/unicode-minus", q_numerical_edge, "t:\xe2\x88\x92" "4", 0, 1.0, C, R_NONE, 1 },
  { "numerical/comma-with-comma-locale", q_numerical, "t:6,25", ',', 1.0, C, R_NONE, 0 },
  { "numerical/point-with-comma-locale", q_numerical, "t:6.25", ',', 1.0, C, R_NONE, 0 },
  { "numerical/comma-with-point-locale", q_numerical, "t:6,25", '.', 0.0, I, R_COMMA, -1 },
  { "numerical/comma-with-default-separator", q_numerical, "t:6,25", 0, 0.0, I, R_COMMA, -1 },
  { "numerical/words", q_numerical, "t:six", 0, 0.0, I, R_MALFORMED, -1 },
  { "numerical/two-decimal-points", q_numerical, "t:6.2.5", 0, 0.0, I, R_MALFORMED, -1 },
  { "numerical/trailing-text-without-units", q_numerical, "t:6.25 apples", 0, 0.0, I, R_MALFORMED, -1 },
  { "numerical/empty", q_numerical, "t: ", 0, 0.0, U, R_EMPTY, -1 },
  { "numerical/relative-tolerance-edge", q_numerical_relative, "t:110", 0, 1.0, C, R_NONE, 0 },
  { "numerical/relative-tolerance-outside", q_numerical_relative, "t:111", 0, 0.0, W, R_NO_MATCH, 1 },
  /* Units */
  { "units/base-unit", q_units, "t:2 km", 0, 1.0, C, R_NONE, 0 },
  { "units/other-unit-divides-by-multiplier", q_units, "t:2000 m", 0, 1.0, C, R_NONE, 0 },
  { "units/no-space-before-unit", q_units, "t:2000m", 0, 1.0, C, R_NONE, 0 },
  { "units/comma-and-unit", q_units, "t:2,0 km", ',', 1.0, C, R_NONE, 0 },
  { "units/missing-unit-when-optional", q_units, "t:2", 0, 1.0, C, R_NONE, 0 },
  { "units/missing-unit-when-graded", q_units_graded, "t:2", 0, 0.9, P, R_NONE, 0 },
  { "units/graded-and-given", q_units_graded, "t:2 km", 0, 1.0, C, R_NONE, 0 },
  { "units/unknown-unit", q_units, "t:2 miles", 0, 0.0, I, R_UNIT, -1 },
  { "units/right-unit-wrong-value", q_units, "t:3 km", 0, 0.0, W, R_NO_MATCH, -1 },
  { "units/wrong-unit-for-value", q_units, "t:2 m", 0, 0.0, W, R_NO_MATCH, -1 },
  { "units/unit-on-the-left", q_units_left, "t:$ 12", 0, 1.0, C, R_NONE, 0 },
  { "units/other-unit-on-the-left", q_units_left, "t:¢1200", 0, 1.0, C, R_NONE, 0 },
  { "units/unit-on-wrong-side", q_units_left, "t:12 $", 0, 0.0, I, R_UNIT, -1 },
  /* Matching */
  { "matching/all-pairs-right", q_matching, "p:0=0,1=1,2=2", 0, 1.0, C, R_NONE, -1 },
  { "matching/two-answers-swapped", q_matching, "p:0=0,1=2,2=1", 0, 0.3333333, P, R_NONE, -1 },
  { "matching/distractor-picked", q_matching, "p:0=3,1=1,2=2", 0, 0.6666667, P, R_NONE, -1 },
  { "matching/one-pair-answered", q_matching, "p:0=0", 0, 0.3333333, P, R_NONE, -1 },
  { "matching/all-wrong", q_matching, "p:0=1,1=0,2=3", 0, 0.0, W, R_NO_MATCH, -1 },
  { "matching/nothing-picked", q_matching, "-", 0, 0.0, U, R_EMPTY, -1 },
  { "matching/shared-answer-from-either-stem", q_matching_shared, "p:0=1,1=0", 0, 1.0, C, R_NONE, -1 },
  { "matching/pick-that-does-not-exist", q_matching, "p:0=9", 0, 0.0, I, R_MALFORMED, -1 },
  { "matching/question-without-stems", q_matching_empty, "p:0=0", 0, 0.0, I, R_BAD_QUESTION, -1 },
  /* Ordering */
  { "ordering/all-or-nothing-right", q_order_all, "o:0,1,2,3", 0, 1.0, C, R_NONE, -1 },
  { "ordering/all-or-nothing-one-swap", q_order_all, "o:1,0,2,3", 0, 0.0, W, R_NO_MATCH, -1 },
  { "ordering/absolute-right", q_order_abs, "o:0,1,2,3", 0, 1.0, C, R_NONE, -1 },
  { "ordering/absolute-one-swap", q_order_abs, "o:1,0,2,3", 0, 0.5, P, R_NONE, -1 },
  { "ordering/absolute-reversed", q_order_abs, "o:3,2,1,0", 0, 0.0, W, R_NO_MATCH, -1 },
  { "ordering/absolute-rotated", q_order_abs, "o:1,2,3,0", 0, 0.0, W, R_NO_MATCH, -1 },
  { "ordering/item-missing", q_order_abs, "o:0,1,2", 0, 0.0, I, R_INCOMPLETE, -1 },
  { "ordering/item-twice", q_order_abs, "o:0,0,1,2", 0, 0.0, I, R_MALFORMED, -1 },
  { "ordering/item-that-does-not-exist", q_order_abs, "o:0,1,2,7", 0, 0.0, I, R_MALFORMED, -1 },
  { "ordering/nothing-placed", q_order_abs, "-", 0, 0.0, U, R_EMPTY, -1 },
  { "ordering/random-subset-in-order", q_order_subset, "o:0,2,3", 0, 1.0, C, R_NONE, -1 },
  { "ordering/random-subset-swapped", q_order_subset, "o:2,0,3", 0, 0.3333333, P, R_NONE, -1 },
  { "ordering/random-subset-too-small", q_order_subset, "o:0,2", 0, 0.0, I, R_INCOMPLETE, -1 },
  { "ordering/relative-next-exclude-last", q_order_next_ex, "o:1,0,2,3", 0, 0.3333333, P, R_NONE, -1 },
  { "ordering/relative-next-include-last", q_order_next_in, "o:1,0,2,3", 0, 0.5, P, R_NONE, -1 },
  { "ordering/relative-to-correct", q_order_rel, "o:1,0,2,3", 0, 0.8333333, P, R_NONE, -1 },
  { "ordering/longest-subset-unsupported", q_order_longest, "o:0,1,2,3", 0, 0.0, I, R_UNSUPPORTED, -1 },
  /* Cloze: weights 1, 2 and 1 */
  { "cloze/all-parts-right", q_cloze, "P:t:Berlin|c:0|t:2.5", 0, 1.0, C, R_NONE, -1 },
  { "cloze/weighted-partial", q_cloze, "P:t:Bonn|c:0|t:2.5", 0, 0.875, P, R_NONE, -1 },
  { "cloze/heavy-part-wrong", q_cloze, "P:t:Berlin|c:1|t:2.5", 0, 0.5, P, R_NONE, -1 },
  { "cloze/one-part-unanswered", q_cloze, "P:t:Berlin|-|t:2.5", 0, 0.5, P, R_NONE, -1 },
  { "cloze/nothing-answered", q_cloze, "-", 0, 0.0, U, R_EMPTY, -1 },
  { "cloze/all-wrong", q_cloze, "P:t:Paris|c:1|t:9", 0, 0.0, W, R_NO_MATCH, -1 },
  { "cloze/only-malformed-part-answered", q_cloze, "P:-|-|t:two", 0, 0.0, W, R_MALFORMED, -1 },
  { "cloze/decimal-comma-part", q_cloze, "P:t:Berlin|c:0|t:2,5", ',', 1.0, C, R_NONE, -1 },
  { "cloze/decimal-comma-refused", q_cloze, "P:t:Berlin|c:0|t:2,5", '.', 0.75, P, R_NONE, -1 },
  { "cloze/multiresponse-one-right", q_cloze_mr, "P:c:0", 0, 0.5, P, R_NONE, -1 },
  { "cloze/multiresponse-wrong-cancels-right", q_cloze_mr, "P:c:0,1,2", 0, 0.5, P, R_NONE, -1 },
  { "cloze/multiresponse-both-right", q_cloze_mr, "P:c:1,0", 0, 1.0, C, R_NONE, -1 },
  { "cloze/case-sensitive-part", q_cloze_case, "P:t:nacl", 0, 0.0, W, R_NO_MATCH, -1 },
  /* Essay, description, plug-ins */
  { "essay/text-needs-grading", q_essay, "t:Margins matter because…", 0, 0.0, N, R_NONE, -1 },
  { "essay/empty-is-unanswered", q_essay, "t:  ", 0, 0.0, U, R_EMPTY, -1 },
  { "description/not-scored", q_description, "-", 0, 0.0, S, R_NONE, -1 },
  { "plugin/unsupported", q_plugin, "c:0", 0, 0.0, I, R_UNSUPPORTED, -1 },
};

static void
test_grade_row (gconstpointer data)
{
  const GradeRow *row = data;
  g_autoptr(ScQuestion) question = row->make ();
  g_autoptr(ScResponse) response = NULL;
  g_auto(ScGradeResult) result = { 0 };

  if (row->response != NULL)
    {
      response = sc_response_new ();
      response->decimal_separator = row->separator;
      fill_response (response, row->response);
    }

  sc_grade (question, response, &result);

  g_assert_cmpint (result.state, ==, row->state);
  g_assert_cmpint (result.reason, ==, row->reason);
  g_assert_cmpfloat_with_epsilon (result.fraction, row->fraction, 1e-6);
  g_assert_true (result.fraction >= 0.0 && result.fraction <= 1.0);
  if (row->answer != ANY_ANSWER)
    g_assert_cmpint (result.answer_index, ==, row->answer);
  if (result.answer_index >= 0 && question->type != SC_QUESTION_CLOZE)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, result.answer_index);

      g_assert_true (result.feedback == &answer->feedback);
    }
  if (row->reason != R_NONE)
    g_assert_nonnull (sc_grade_reason_to_string (row->reason));
}

/* Each cloze part reports its own mark and feedback */
static void
test_grade_cloze_parts (void)
{
  g_autoptr(ScQuestion) question = q_cloze ();
  g_autoptr(ScResponse) response = sc_response_new ();
  g_auto(ScGradeResult) result = { 0 };
  ScGradeResult *part;

  fill_response (response, "P:t:Bonn|c:1|t:2.55");
  sc_grade (question, response, &result);

  g_assert_nonnull (result.parts);
  g_assert_cmpuint (result.parts->len, ==, 3);
  g_assert_cmpuint (result.n_correct, ==, 1);
  g_assert_cmpuint (result.n_total, ==, 3);

  part = g_ptr_array_index (result.parts, 0);
  g_assert_cmpint (part->state, ==, SC_GRADE_PARTIAL);
  g_assert_cmpfloat_with_epsilon (part->fraction, 0.5, 1e-9);
  g_assert_cmpstr (part->feedback->source, ==, "Half");
  part = g_ptr_array_index (result.parts, 1);
  g_assert_cmpint (part->state, ==, SC_GRADE_WRONG);
  part = g_ptr_array_index (result.parts, 2);
  g_assert_cmpint (part->state, ==, SC_GRADE_CORRECT);
  g_assert_cmpfloat_with_epsilon (result.fraction, (0.5 + 0 + 1) / 4.0, 1e-9);

  /* Grading again into the same result replaces the parts */
  sc_grade (question, NULL, &result);
  g_assert_cmpint (result.state, ==, SC_GRADE_UNANSWERED);
  g_assert_cmpuint (result.parts->len, ==, 3);
}

static void
test_grade_combined_feedback (void)
{
  g_autoptr(ScQuestion) question = q_multi ();
  g_autoptr(ScResponse) response = sc_response_new ();
  g_auto(ScGradeResult) result = { 0 };
  const ScQuestionText *text;

  sc_question_text_set (&question->correct_feedback, "All right.", SC_TEXT_FORMAT_HTML);
  sc_question_text_set (&question->partially_correct_feedback, "Some.", SC_TEXT_FORMAT_HTML);

  sc_response_add_choice (response, 0);
  sc_grade (question, response, &result);
  text = sc_grade_result_get_combined_feedback (question, &result);
  g_assert_nonnull (text);
  g_assert_cmpstr (text->source, ==, "Some.");
  g_assert_cmpuint (result.n_correct, ==, 1);
  g_assert_cmpuint (result.n_total, ==, 2);

  sc_response_add_choice (response, 1);
  sc_grade (question, response, &result);
  g_assert_cmpstr (sc_grade_result_get_combined_feedback (question, &result)->source, ==,
                   "All right.");

  /* No incorrect feedback written: none shown */
  g_array_set_size (response->choices, 0);
  sc_response_add_choice (response, 3);
  sc_grade (question, response, &result);
  g_assert_null (sc_grade_result_get_combined_feedback (question, &result));
}

typedef struct
{
  const char *name;
  double      fraction;
  double      penalty;
  guint       tries;
  double      mark;
} TriesRow;

static const TriesRow tries_rows[] = {
  { "first-try-full-mark", 1.0, 0.3333333, 1, 1.0 },
  { "second-try-one-penalty", 1.0, 0.3333333, 2, 0.6666667 },
  { "third-try-two-penalties", 1.0, 0.3333333, 3, 0.3333334 },
  { "fourth-try-never-below-zero", 1.0, 0.5, 4, 0.0 },
  { "partial-answer-on-third-try", 0.5, 0.1, 3, 0.3 },
  { "zero-tries-count-as-first", 0.75, 0.5, 0, 0.75 },
  { "no-penalty", 0.8, 0.0, 5, 0.8 },
  { "true-false-penalty-is-whole-mark", 1.0, 1.0, 2, 0.0 },
};

static void
test_tries_row (gconstpointer data)
{
  const TriesRow *row = data;

  g_assert_cmpfloat_with_epsilon (sc_grade_mark_after_tries (row->fraction, row->penalty, row->tries),
                                  row->mark, 1e-7);
}

static void
test_grade_strings (void)
{
  for (ScGradeState state = SC_GRADE_UNANSWERED; state <= SC_GRADE_NOT_SCORED; state++)
    g_assert_nonnull (sc_grade_state_to_string (state));
  for (ScGradeReason reason = SC_GRADE_REASON_EMPTY; reason <= SC_GRADE_REASON_BAD_QUESTION; reason++)
    g_assert_nonnull (sc_grade_reason_to_string (reason));
  g_assert_null (sc_grade_reason_to_string (SC_GRADE_REASON_NONE));
  g_assert_cmpstr (sc_grade_state_to_string (SC_GRADE_NEEDS_GRADING), ==, "needs-grading");
}

static void
test_grade_parse_number (void)
{
  g_autofree char *rest = NULL;
  double value = 0;

  g_assert_cmpint (sc_grade_parse_number (" -2.5e3 km ", '.', &value, &rest), ==, SC_GRADE_REASON_NONE);
  g_assert_cmpfloat (value, ==, -2500.0);
  g_assert_cmpstr (rest, ==, "km");
  g_assert_cmpint (sc_grade_parse_number ("5 eV", '.', &value, NULL), ==, SC_GRADE_REASON_NONE);
  g_assert_cmpfloat (value, ==, 5.0);
  g_assert_cmpint (sc_grade_parse_number ("-", '.', NULL, NULL), ==, SC_GRADE_REASON_MALFORMED);
  g_assert_cmpint (sc_grade_parse_number ("", '.', NULL, NULL), ==, SC_GRADE_REASON_EMPTY);
  g_assert_cmpint (sc_grade_parse_number ("1,5", '.', NULL, NULL), ==, SC_GRADE_REASON_DECIMAL_COMMA);
  g_assert_cmpint (sc_grade_parse_number ("1,5", ',', &value, NULL), ==, SC_GRADE_REASON_NONE);
  g_assert_cmpfloat (value, ==, 1.5);
}

static void
test_grade_response_copy (void)
{
  g_autoptr(ScResponse) response = sc_response_new ();
  g_autoptr(ScResponse) copy = NULL;

  fill_response (response, "P:t:Berlin|-|c:1,2");
  response->decimal_separator = ',';
  copy = sc_response_copy (response);
  g_clear_pointer (&response, sc_response_free);

  g_assert_cmpuint (copy->parts->len, ==, 3);
  g_assert_cmpstr (((ScResponse *) g_ptr_array_index (copy->parts, 0))->text, ==, "Berlin");
  g_assert_null (g_ptr_array_index (copy->parts, 1));
  g_assert_cmpuint (((ScResponse *) g_ptr_array_index (copy->parts, 2))->choices->len, ==, 2);
  g_assert_cmpint (copy->decimal_separator, ==, ',');
  g_assert_false (sc_response_is_empty (copy));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (grade_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/grade/%s", grade_rows[i].name);

      g_test_add_data_func (path, &grade_rows[i], test_grade_row);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tries_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/grade/tries/%s", tries_rows[i].name);

      g_test_add_data_func (path, &tries_rows[i], test_tries_row);
    }
  g_test_add_func ("/grade/cloze-parts", test_grade_cloze_parts);
  g_test_add_func ("/grade/combined-feedback", test_grade_combined_feedback);
  g_test_add_func ("/grade/strings", test_grade_strings);
  g_test_add_func ("/grade/parse-number", test_grade_parse_number);
  g_test_add_func ("/grade/response-copy", test_grade_response_copy);

  return g_test_run ();
}
