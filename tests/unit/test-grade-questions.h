/* test-grade-questions.h - the questions test-grade.c marks, one builder each
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by test-grade.c only: each builder returns a new question.
 */
#pragma once

#include "sc-cloze.h"
#include "sc-question.h"

static ScQuestionAnswer *
add (ScQuestion *question,
     const char *text,
     double      fraction,
     const char *feedback)
{
  ScQuestionAnswer *answer = sc_question_add_answer (question, text, SC_TEXT_FORMAT_HTML, fraction);

  if (feedback != NULL)
    sc_question_text_set (&answer->feedback, feedback, SC_TEXT_FORMAT_HTML);
  return answer;
}

static ScQuestion *
q_single (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_SINGLE_CHOICE);

  add (q, "Raise the price", 1.0, "Right: margin first.");
  add (q, "Add a discount", 0.0, "That lowers margin.");
  add (q, "Bundle it", 0.5, "Half right.");
  add (q, "Delist it", -0.5, "No.");
  return q;
}

static ScQuestion *
q_true_false (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_TRUE_FALSE);

  add (q, "true", 1.0, "Yes.");
  add (q, "false", 0.0, "No.");
  return q;
}

static ScQuestion *
q_multi (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_MULTIPLE_RESPONSE);

  add (q, "SKU", 0.5, NULL);
  add (q, "Barcode", 0.5, NULL);
  add (q, "Colour", -0.5, NULL);
  add (q, "Mood", -1.0, NULL);
  return q;
}

static ScQuestion *
q_multi_generous (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_MULTIPLE_RESPONSE);

  add (q, "a", 0.6, NULL);
  add (q, "b", 0.6, NULL);
  return q;
}

static ScQuestion *
q_short (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_SHORT_ANSWER);

  add (q, "Berlin", 1.0, "Good");
  add (q, "Bonn", 0.5, "It was, once.");
  add (q, "*", 0.0, "No.");
  return q;
}

static ScQuestion *
q_short_case (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_SHORT_ANSWER);

  q->case_sensitive = TRUE;
  add (q, "NaCl", 1.0, NULL);
  return q;
}

static ScQuestion *
q_short_unicode (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_SHORT_ANSWER);

  add (q, "Z\xc3\xbcrich", 1.0, NULL);         /* ü precomposed */
  add (q, "Stra\xc3\x9f" "e", 1.0, NULL);        /* ß */
  return q;
}

static ScQuestion *
q_short_wildcard (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_SHORT_ANSWER);

  add (q, "colo*r", 1.0, NULL);
  add (q, "5\\*3", 1.0, NULL);
  add (q, "*ship*free*", 0.5, NULL);
  return q;
}

static ScQuestion *
q_numerical (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_NUMERICAL);
  ScQuestionAnswer *answer;

  answer = add (q, "6.25", 1.0, "Exactly.");
  answer->tolerance = 0.05;
  answer = add (q, "6", 0.5, "Close.");
  answer->tolerance = 0.5;
  return q;
}

static ScQuestion *
q_numerical_edge (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_NUMERICAL);

  add (q, "0.3", 1.0, NULL)->tolerance = 0.1;
  add (q, "-4", 1.0, NULL);
  add (q, "1e6", 1.0, NULL)->tolerance = 0;
  return q;
}

static ScQuestion *
q_numerical_relative (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_NUMERICAL);
  ScQuestionAnswer *answer = add (q, "100", 1.0, NULL);

  answer->tolerance = 0.1;
  answer->tolerance_type = SC_TOLERANCE_RELATIVE;
  add (q, "*", 0.0, "Any other number.");
  return q;
}

static ScQuestion *
q_units (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_NUMERICAL);

  add (q, "2", 1.0, NULL);
  sc_question_add_unit (q, "km", 1.0);
  sc_question_add_unit (q, "m", 1000.0);
  return q;
}

static ScQuestion *
q_units_graded (void)
{
  ScQuestion *q = q_units ();

  q->numerical.unit_grading_type = 1;
  q->numerical.unit_penalty = 0.1;
  return q;
}

static ScQuestion *
q_units_left (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_NUMERICAL);

  add (q, "12", 1.0, NULL);
  sc_question_add_unit (q, "$", 1.0);
  sc_question_add_unit (q, "¢", 100.0);
  q->numerical.units_left = TRUE;
  return q;
}

static ScQuestion *
q_matching (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_MATCHING);

  sc_question_add_subquestion (q, "Shopify", SC_TEXT_FORMAT_HTML, "Hosted");
  sc_question_add_subquestion (q, "WooCommerce", SC_TEXT_FORMAT_HTML, "Plug-in");
  sc_question_add_subquestion (q, "Magento Open Source", SC_TEXT_FORMAT_HTML, "Self-hosted");
  sc_question_add_subquestion (q, "", SC_TEXT_FORMAT_HTML, "Marketplace");  /* distractor */
  return q;
}

static ScQuestion *
q_matching_shared (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_MATCHING);

  sc_question_add_subquestion (q, "Etsy", SC_TEXT_FORMAT_HTML, "Marketplace");
  sc_question_add_subquestion (q, "Amazon", SC_TEXT_FORMAT_HTML, "Marketplace");
  return q;
}

static ScQuestion *
ordering (ScOrderingGrading grading)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_ORDERING);

  add (q, "Receive", 1, NULL);
  add (q, "Pick", 2, NULL);
  add (q, "Pack", 3, NULL);
  add (q, "Ship", 4, NULL);
  q->ordering.grading_type = grading;
  return q;
}

static ScQuestion *
q_order_all (void)
{
  return ordering (SC_ORDERING_GRADING_ALL_OR_NOTHING);
}

static ScQuestion *
q_order_abs (void)
{
  return ordering (SC_ORDERING_GRADING_ABSOLUTE_POSITION);
}

static ScQuestion *
q_order_next_ex (void)
{
  return ordering (SC_ORDERING_GRADING_RELATIVE_NEXT_EXCLUDE_LAST);
}

static ScQuestion *
q_order_next_in (void)
{
  return ordering (SC_ORDERING_GRADING_RELATIVE_NEXT_INCLUDE_LAST);
}

static ScQuestion *
q_order_rel (void)
{
  return ordering (SC_ORDERING_GRADING_RELATIVE_TO_CORRECT);
}

static ScQuestion *
q_order_longest (void)
{
  return ordering (SC_ORDERING_GRADING_LONGEST_ORDERED_SUBSET);
}

static ScQuestion *
q_order_subset (void)
{
  ScQuestion *q = ordering (SC_ORDERING_GRADING_ABSOLUTE_POSITION);

  q->ordering.select_type = SC_ORDERING_SELECT_RANDOM;
  q->ordering.select_count = 3;
  return q;
}

static ScQuestion *
cloze (const char *source)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_CLOZE);
  g_autoptr(GError) error = NULL;

  sc_question_text_set (&q->stem, source, SC_TEXT_FORMAT_HTML);
  sc_cloze_parse_question (q, &error);
  g_assert_no_error (error);
  return q;
}

static ScQuestion *
q_cloze (void)
{
  return cloze ("Capital: {1:SA:=Berlin#Good~%50%Bonn#Half}, sure? {2:MC:=yes~no}, "
                "rate {1:NM:=2.5:0.1}");
}

static ScQuestion *
q_cloze_mr (void)
{
  return cloze ("{1:MR:=a~=b~c}");
}

static ScQuestion *
q_cloze_case (void)
{
  return cloze ("{1:SAC:=NaCl}");
}

static ScQuestion *
q_essay (void)
{
  return sc_question_new (SC_QUESTION_ESSAY);
}

static ScQuestion *
q_description (void)
{
  return sc_question_new (SC_QUESTION_DESCRIPTION);
}

static ScQuestion *
q_plugin (void)
{
  ScQuestion *q = sc_question_new (SC_QUESTION_UNSUPPORTED);

  q->plugin = g_strdup ("ddwtos");
  return q;
}

static ScQuestion *
q_matching_empty (void)
{
  return sc_question_new (SC_QUESTION_MATCHING);
}
