/* sc-quiz-text.c - what the quiz player says in words: answers, responses, outcomes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Question texts are kept as their bank wrote them (HTML, Markdown, …);
 * the player shows stems and feedback as rich text and everything that
 * sits in a control (an option, a drop-down item, an answer in the
 * review) as plain text, which is also what assistive technology reads.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sc-quiz-text.h"
#include "sc-rich-text-html.h"

/**
 * sc_quiz_text_rich:
 *
 * Returns: (transfer full): @text as rich text; empty when @text is
 */
ScRichText *
sc_quiz_text_rich (const ScQuestionText *text)
{
  if (text == NULL || text->source == NULL)
    return sc_rich_text_new ();

  return sc_rich_text_html_parse_format (text->source, text->format,
                                         sc_rich_text_html_question_file, (gpointer) text, NULL);
}

/**
 * sc_quiz_text_plain:
 *
 * Returns: (transfer full): @text in plain words on one line
 */
char *
sc_quiz_text_plain (const ScQuestionText *text)
{
  g_autoptr(ScRichText) rich = NULL;
  g_autofree char *plain = NULL;
  g_auto(GStrv) words = NULL;

  if (text == NULL || text->source == NULL)
    return g_strdup ("");

  rich = sc_quiz_text_rich (text);
  plain = sc_rich_text_to_plain (rich);
  words = g_strsplit_set (plain, " \t\n\r", -1);

  /* One line: an option label never wraps a paragraph break in. */
  {
    GString *out = g_string_new (NULL);

    for (guint i = 0; words[i] != NULL; i++)
      if (*words[i] != '\0')
        g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);

    return g_string_free (out, FALSE);
  }
}

/**
 * sc_quiz_text_answer:
 * @index: an index into the question's answers
 *
 * Returns: (transfer full): the answer as an option shows it; true/false
 *   answers in the learner's language
 */
char *
sc_quiz_text_answer (const ScQuestion *question,
                     guint             index)
{
  const ScQuestionAnswer *answer;

  if (index >= question->answers->len)
    return g_strdup ("?");

  answer = g_ptr_array_index (question->answers, index);
  if (question->type == SC_QUESTION_TRUE_FALSE && answer->text.source != NULL)
    {
      if (g_ascii_strcasecmp (answer->text.source, "true") == 0)
        return g_strdup (_("True"));
      if (g_ascii_strcasecmp (answer->text.source, "false") == 0)
        return g_strdup (_("False"));
    }

  return sc_quiz_text_plain (&answer->text);
}

static char *
subquestion_answer (const ScQuestion *question,
                    guint             index)
{
  const ScQuestionSubquestion *sub;

  if (index >= question->subquestions->len)
    return g_strdup ("?");
  sub = g_ptr_array_index (question->subquestions, index);

  return g_strdup (sub->answer != NULL ? sub->answer : "");
}

/**
 * sc_quiz_text_response:
 * @response: (nullable): what the learner answered
 *
 * Returns: (transfer full): the response in words, for the review
 */
char *
sc_quiz_text_response (const ScQuestion *question,
                       const ScResponse *response)
{
  GString *out;

  if (response == NULL || sc_response_is_empty (response))
    return g_strdup (_("No answer"));

  out = g_string_new (NULL);
  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
    case SC_QUESTION_TRUE_FALSE:
      for (guint i = 0; i < response->choices->len; i++)
        {
          g_autofree char *text = sc_quiz_text_answer (question, g_array_index (response->choices, guint, i));

          /* Translators: between two options a learner picked */
          g_string_append_printf (out, "%s%s", i > 0 ? _("; ") : "", text);
        }
      break;

    case SC_QUESTION_MATCHING:
      for (guint i = 0; i < response->pairs->len; i++)
        {
          guint chosen = g_array_index (response->pairs, guint, i);
          const ScQuestionSubquestion *sub;
          g_autofree char *stem = NULL;
          g_autofree char *answer = NULL;

          if (chosen == SC_RESPONSE_NONE || i >= question->subquestions->len)
            continue;
          sub = g_ptr_array_index (question->subquestions, i);
          stem = sc_quiz_text_plain (&sub->text);
          answer = subquestion_answer (question, chosen);
          /* Translators: a matching pair the learner made: "Red → Stop" */
          g_string_append_printf (out, "%s%s → %s", out->len > 0 ? _("; ") : "", stem, answer);
        }
      break;

    case SC_QUESTION_ORDERING:
      for (guint i = 0; i < response->order->len; i++)
        {
          g_autofree char *text = sc_quiz_text_answer (question, g_array_index (response->order, guint, i));

          g_string_append_printf (out, "%s%u. %s", i > 0 ? " " : "", i + 1, text);
        }
      break;

    case SC_QUESTION_CLOZE:
      for (guint i = 0; i < response->parts->len; i++)
        {
          const ScResponse *part = g_ptr_array_index (response->parts, i);
          const char *text = part != NULL && part->text != NULL ? part->text : "—";

          g_string_append_printf (out, "%s%s", i > 0 ? _("; ") : "", text);
        }
      break;

    case SC_QUESTION_SHORT_ANSWER:
    case SC_QUESTION_NUMERICAL:
    case SC_QUESTION_ESSAY:
    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      g_string_append (out, response->text != NULL ? response->text : "");
      break;
    }

  return g_string_free (out, FALSE);
}

/**
 * sc_quiz_text_is_answered:
 *
 * Returns: whether the slot holds an answer that is not empty
 */
gboolean
sc_quiz_text_is_answered (const ScAttemptSlot *slot)
{
  return slot->response != NULL && !sc_response_is_empty (slot->response);
}

/**
 * sc_quiz_text_outcome:
 *
 * Returns: (nullable): how a closed or checked answer fared, in words;
 *   %NULL while nothing was marked
 */
const char *
sc_quiz_text_outcome (const ScAttemptSlot *slot)
{
  if (slot->question->type == SC_QUESTION_DESCRIPTION)
    return NULL;
  if (slot->state == SC_SLOT_NEEDS_GRADING)
    return _("Awaits grading");
  if (slot->state == SC_SLOT_OPEN && slot->tries == 0)
    return NULL;
  if (slot->state == SC_SLOT_GRADED && !sc_quiz_text_is_answered (slot))
    return _("Not answered");
  if (slot->state == SC_SLOT_GRADED && slot->question->type == SC_QUESTION_ESSAY)
    /* Translators: an essay an instructor has given a mark */
    return _("Graded");

  switch (sc_grade_state_for_fraction (slot->fraction))
    {
    case SC_GRADE_CORRECT:
      return _("Correct");
    case SC_GRADE_PARTIAL:
      return _("Partially correct");
    case SC_GRADE_UNANSWERED:
    case SC_GRADE_WRONG:
    case SC_GRADE_NEEDS_GRADING:
    case SC_GRADE_INVALID:
    case SC_GRADE_NOT_SCORED:
    default:
      return _("Incorrect");
    }
}

/**
 * sc_quiz_text_marks:
 *
 * Returns: (transfer full): @marks without trailing zeros: "2", "0.67"
 */
char *
sc_quiz_text_marks (double marks)
{
  char *text = g_strdup_printf ("%.2f", marks);
  char *point = strpbrk (text, ".,");
  char *end;

  if (point == NULL)
    return text;

  end = text + strlen (text);
  while (end > point + 1 && end[-1] == '0')
    *--end = '\0';
  if (end == point + 1)
    *point = '\0';

  return text;
}

static void
append_text (GPtrArray            *to,
             const ScQuestionText *text)
{
  if (text == NULL || sc_question_text_is_empty (text))
    return;

  g_ptr_array_add (to, sc_quiz_text_rich (text));
}

/**
 * sc_quiz_text_feedback:
 *
 * Returns: (transfer container) (element-type ScRichText): the feedback
 *   for the slot's answer (the answer's own, then the question's combined
 *   and general feedback) once it has been marked; empty before, or when
 *   there is none
 */
GPtrArray *
sc_quiz_text_feedback (const ScAttemptSlot *slot)
{
  g_auto(ScGradeResult) result = { 0 };
  g_autoptr(ScResponse) empty = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_rich_text_unref);

  if (sc_quiz_text_outcome (slot) == NULL)
    return texts;

  empty = sc_response_new ();
  sc_grade (slot->question, slot->response != NULL ? slot->response : empty, &result);

  append_text (texts, result.feedback);
  append_text (texts, sc_grade_result_get_combined_feedback (slot->question, &result));
  append_text (texts, &slot->question->general_feedback);

  return texts;
}
