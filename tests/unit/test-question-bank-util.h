/* test-question-bank-util.h - a question with every field set, and exact comparison of questions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by test-question-bank.c; written against sc-question.h so that
 * a field the bank forgets to store shows as a failure.
 */
#pragma once

#include <string.h>

#include "sc-question.h"

G_GNUC_UNUSED static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

G_GNUC_UNUSED static void
set_text (ScQuestionText *text,
          const char     *source,
          ScTextFormat    format,
          const char     *file_name)
{
  sc_question_text_set (text, source, format);
  if (file_name != NULL)
    {
      g_autoptr(GBytes) data = bytes_of (file_name);

      sc_question_text_add_file (text, file_name, "/", "base64", data);
    }
}

/* A question with every field of the model set away from its default,
 * whatever its type uses, so a field the bank forgets shows. */
G_GNUC_UNUSED static ScQuestion *
make_everything (ScQuestionType type)
{
  ScQuestion *q = sc_question_new (type);
  ScQuestionAnswer *answer;
  ScQuestionUnit *unit;
  ScQuestionHint *hint;
  ScClozePart *part;
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  const char *category[] = { "$course$", "top", "A/B", " spaced ", NULL };

  q->plugin = g_strdup ("ddwtos");
  q->name = g_strdup ("Everything “quoted” <b>");
  q->idnumber = g_strdup ("id-everything");
  q->category = g_strdupv ((char **) category);
  set_text (&q->stem, "<p>Stem with <img src=\"@@PLUGINFILE@@/a%20b.png\"></p>", SC_TEXT_FORMAT_HTML, "a b.png");
  sc_question_text_add_file (&q->stem, "a b.png", NULL, NULL, empty);
  set_text (&q->general_feedback, "General *feedback*", SC_TEXT_FORMAT_MARKDOWN, "g.gif");
  set_text (&q->correct_feedback, "Right", SC_TEXT_FORMAT_PLAIN, "c.png");
  set_text (&q->partially_correct_feedback, "Partly", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, NULL);
  set_text (&q->incorrect_feedback, "", SC_TEXT_FORMAT_WIKI_LIKE, NULL);
  q->show_num_correct = TRUE;
  hint = sc_question_add_hint (q, "Think again", SC_TEXT_FORMAT_HTML);
  hint->show_num_correct = TRUE;
  hint->clear_wrong = TRUE;
  hint->options = g_strdup ("opt");
  sc_question_text_add_file (&hint->text, "hint.png", "/sub/", "base64", empty);
  sc_question_add_hint (q, NULL, SC_TEXT_FORMAT_MARKDOWN);
  q->default_mark = 2.5;
  q->penalty = 0.1;
  q->hidden = TRUE;
  sc_question_add_tag (q, "competency:pricing");
  sc_question_add_tag (q, "Tag Two");

  answer = sc_question_add_answer (q, "3.14", SC_TEXT_FORMAT_PLAIN, 1.0 / 3.0);
  answer->fraction_source = g_strdup ("33.33333");
  set_text (&answer->feedback, "fb", SC_TEXT_FORMAT_HTML, "fb.png");
  answer->tolerance = 1e+20;
  answer->tolerance_source = g_strdup ("1e20");
  answer->tolerance_type = SC_TOLERANCE_GEOMETRIC;
  sc_question_text_add_file (&answer->text, "ans.png", "/", "base64", empty);
  answer = sc_question_add_answer (q, "*", SC_TEXT_FORMAT_HTML, -0.5);
  answer->tolerance = 1e-300;
  answer = sc_question_add_answer (q, NULL, SC_TEXT_FORMAT_HTML, 0.0);
  answer->tolerance_type = SC_TOLERANCE_RELATIVE;

  unit = sc_question_add_unit (q, "km", 1.0);
  unit = sc_question_add_unit (q, "m", 1000.0);
  unit->multiplier_source = g_strdup ("1000");
  sc_question_add_subquestion (q, "Stem one", SC_TEXT_FORMAT_HTML, "one");
  sc_question_add_subquestion (q, NULL, SC_TEXT_FORMAT_PLAIN, "distractor");
  g_free (((ScQuestionSubquestion *) g_ptr_array_index (q->subquestions, 1))->answer);
  ((ScQuestionSubquestion *) g_ptr_array_index (q->subquestions, 1))->answer = NULL;
  set_text (&((ScQuestionSubquestion *) g_ptr_array_index (q->subquestions, 0))->text,
            "Stem one", SC_TEXT_FORMAT_HTML, "sub.png");

  part = sc_cloze_part_new (SC_CLOZE_MULTIRESPONSE_HS, 3);
  part->type_source = g_strdup ("MRHS");
  part->start = 12;
  part->end = 40;
  answer = sc_question_answer_new ("Paris", SC_TEXT_FORMAT_HTML, 0.5);
  set_text (&answer->feedback, "close", SC_TEXT_FORMAT_HTML, "cloze.png");
  g_ptr_array_add (part->answers, answer);
  g_ptr_array_add (q->cloze_parts, part);
  /* Parts lie in the stem in order, as the cloze parser makes them (the
   * bank refuses a stored question whose parts do not). */
  part = sc_cloze_part_new (SC_CLOZE_NUMERICAL, 1);
  part->start = part->end = strlen (q->stem.source);
  g_ptr_array_add (q->cloze_parts, part);

  q->shuffle = TRUE;
  q->answer_numbering = g_strdup ("iii");
  q->show_standard_instruction = TRUE;
  q->case_sensitive = TRUE;
  q->numerical.unit_grading_type = 2;
  q->numerical.unit_penalty = 0.25;
  q->numerical.show_units = 3;
  q->numerical.units_left = TRUE;
  set_text (&q->numerical.instructions, "Give units", SC_TEXT_FORMAT_HTML, "units.png");
  q->ordering.layout = SC_ORDERING_LAYOUT_HORIZONTAL;
  q->ordering.select_type = SC_ORDERING_SELECT_CONTIGUOUS;
  q->ordering.select_count = 4;
  q->ordering.grading_type = SC_ORDERING_GRADING_ALL_OR_NOTHING;
  q->ordering.show_grading = TRUE;
  q->ordering.numbering_style = g_strdup ("ABCD");
  q->essay.response_format = g_strdup ("monospaced");
  q->essay.response_required = TRUE;
  q->essay.response_field_lines = 20;
  q->essay.min_word_limit = 10;
  q->essay.max_word_limit = 500;
  q->essay.attachments = -1;
  q->essay.attachments_required = 2;
  q->essay.max_bytes = G_GINT64_CONSTANT (5000000000);
  q->essay.file_types_list = g_strdup (".pdf,.png");
  set_text (&q->essay.grader_info, "Look for X", SC_TEXT_FORMAT_HTML, "grader.png");
  set_text (&q->essay.response_template, "Dear …", SC_TEXT_FORMAT_PLAIN, NULL);

  return q;
}

G_GNUC_UNUSED static void
assert_text_equal (const ScQuestionText *a,
                   const ScQuestionText *b)
{
  g_assert_cmpstr (a->source, ==, b->source);
  g_assert_cmpint (a->format, ==, b->format);
  g_assert_cmpint (a->files == NULL, ==, b->files == NULL);
  for (guint i = 0; a->files != NULL && i < MAX (a->files->len, b->files->len); i++)
    {
      const ScQuestionFile *fa = g_ptr_array_index (a->files, i);
      const ScQuestionFile *fb = g_ptr_array_index (b->files, i);

      g_assert_cmpuint (a->files->len, ==, b->files->len);
      g_assert_cmpstr (fa->name, ==, fb->name);
      g_assert_cmpstr (fa->path, ==, fb->path);
      g_assert_cmpstr (fa->encoding, ==, fb->encoding);
      g_assert_true (g_bytes_equal (fa->data, fb->data));
    }
}

G_GNUC_UNUSED static void
assert_answers_equal (GPtrArray *a,
                      GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const ScQuestionAnswer *x = g_ptr_array_index (a, i);
      const ScQuestionAnswer *y = g_ptr_array_index (b, i);

      assert_text_equal (&x->text, &y->text);
      g_assert_true (x->fraction == y->fraction);
      g_assert_cmpstr (x->fraction_source, ==, y->fraction_source);
      assert_text_equal (&x->feedback, &y->feedback);
      g_assert_true (x->tolerance == y->tolerance);
      g_assert_cmpstr (x->tolerance_source, ==, y->tolerance_source);
      g_assert_cmpint (x->tolerance_type, ==, y->tolerance_type);
    }
}

/* Every field of the model, compared exactly (doubles bit for bit). */
G_GNUC_UNUSED static void
assert_question_equal (const ScQuestion *a,
                       const ScQuestion *b)
{
  g_assert_cmpint (a->type, ==, b->type);
  g_assert_cmpstr (a->plugin, ==, b->plugin);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpstr (a->idnumber, ==, b->idnumber);
  g_assert_cmpint (a->category == NULL, ==, b->category == NULL);
  if (a->category != NULL)
    g_assert_true (g_strv_equal ((const char * const *) a->category, (const char * const *) b->category));
  assert_text_equal (&a->stem, &b->stem);
  assert_text_equal (&a->general_feedback, &b->general_feedback);
  assert_text_equal (&a->correct_feedback, &b->correct_feedback);
  assert_text_equal (&a->partially_correct_feedback, &b->partially_correct_feedback);
  assert_text_equal (&a->incorrect_feedback, &b->incorrect_feedback);
  g_assert_cmpint (a->show_num_correct, ==, b->show_num_correct);
  g_assert_cmpuint (a->hints->len, ==, b->hints->len);
  for (guint i = 0; i < a->hints->len; i++)
    {
      const ScQuestionHint *x = g_ptr_array_index (a->hints, i);
      const ScQuestionHint *y = g_ptr_array_index (b->hints, i);

      assert_text_equal (&x->text, &y->text);
      g_assert_cmpint (x->show_num_correct, ==, y->show_num_correct);
      g_assert_cmpint (x->clear_wrong, ==, y->clear_wrong);
      g_assert_cmpstr (x->options, ==, y->options);
    }
  g_assert_true (a->default_mark == b->default_mark);
  g_assert_true (a->penalty == b->penalty);
  g_assert_cmpint (a->hidden, ==, b->hidden);
  g_assert_cmpuint (a->tags->len, ==, b->tags->len);
  for (guint i = 0; i < a->tags->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->tags, i), ==, g_ptr_array_index (b->tags, i));
  assert_answers_equal (a->answers, b->answers);
  g_assert_cmpuint (a->units->len, ==, b->units->len);
  for (guint i = 0; i < a->units->len; i++)
    {
      const ScQuestionUnit *x = g_ptr_array_index (a->units, i);
      const ScQuestionUnit *y = g_ptr_array_index (b->units, i);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_true (x->multiplier == y->multiplier);
      g_assert_cmpstr (x->multiplier_source, ==, y->multiplier_source);
    }
  g_assert_cmpuint (a->subquestions->len, ==, b->subquestions->len);
  for (guint i = 0; i < a->subquestions->len; i++)
    {
      const ScQuestionSubquestion *x = g_ptr_array_index (a->subquestions, i);
      const ScQuestionSubquestion *y = g_ptr_array_index (b->subquestions, i);

      assert_text_equal (&x->text, &y->text);
      g_assert_cmpstr (x->answer, ==, y->answer);
    }
  g_assert_cmpuint (a->cloze_parts->len, ==, b->cloze_parts->len);
  for (guint i = 0; i < a->cloze_parts->len; i++)
    {
      const ScClozePart *x = g_ptr_array_index (a->cloze_parts, i);
      const ScClozePart *y = g_ptr_array_index (b->cloze_parts, i);

      g_assert_cmpint (x->type, ==, y->type);
      g_assert_cmpstr (x->type_source, ==, y->type_source);
      g_assert_cmpuint (x->weight, ==, y->weight);
      assert_answers_equal (x->answers, y->answers);
      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
    }
  g_assert_cmpint (a->shuffle, ==, b->shuffle);
  g_assert_cmpstr (a->answer_numbering, ==, b->answer_numbering);
  g_assert_cmpint (a->show_standard_instruction, ==, b->show_standard_instruction);
  g_assert_cmpint (a->case_sensitive, ==, b->case_sensitive);
  g_assert_cmpint (a->numerical.unit_grading_type, ==, b->numerical.unit_grading_type);
  g_assert_true (a->numerical.unit_penalty == b->numerical.unit_penalty);
  g_assert_cmpint (a->numerical.show_units, ==, b->numerical.show_units);
  g_assert_cmpint (a->numerical.units_left, ==, b->numerical.units_left);
  assert_text_equal (&a->numerical.instructions, &b->numerical.instructions);
  g_assert_cmpint (a->ordering.layout, ==, b->ordering.layout);
  g_assert_cmpint (a->ordering.select_type, ==, b->ordering.select_type);
  g_assert_cmpuint (a->ordering.select_count, ==, b->ordering.select_count);
  g_assert_cmpint (a->ordering.grading_type, ==, b->ordering.grading_type);
  g_assert_cmpint (a->ordering.show_grading, ==, b->ordering.show_grading);
  g_assert_cmpstr (a->ordering.numbering_style, ==, b->ordering.numbering_style);
  g_assert_cmpstr (a->essay.response_format, ==, b->essay.response_format);
  g_assert_cmpint (a->essay.response_required, ==, b->essay.response_required);
  g_assert_cmpuint (a->essay.response_field_lines, ==, b->essay.response_field_lines);
  g_assert_cmpuint (a->essay.min_word_limit, ==, b->essay.min_word_limit);
  g_assert_cmpuint (a->essay.max_word_limit, ==, b->essay.max_word_limit);
  g_assert_cmpint (a->essay.attachments, ==, b->essay.attachments);
  g_assert_cmpuint (a->essay.attachments_required, ==, b->essay.attachments_required);
  g_assert_cmpint (a->essay.max_bytes, ==, b->essay.max_bytes);
  g_assert_cmpstr (a->essay.file_types_list, ==, b->essay.file_types_list);
  assert_text_equal (&a->essay.grader_info, &b->essay.grader_info);
  assert_text_equal (&a->essay.response_template, &b->essay.response_template);
}
