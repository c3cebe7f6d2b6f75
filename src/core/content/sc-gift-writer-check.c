/* sc-gift-writer-check.c - what GIFT can hold, and what an export leaves out
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question is written to GIFT only when reading it back gives the same
 * question: no files, no units or relative margins, no text that GIFT
 * would read as another type. The reasons are for a person choosing
 * between GIFT and Moodle XML.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-gift-private.h"
#include "sc-gift-writer.h"

const ScQuestionAnswer *
sc_gift_find_answer (const ScQuestion *question,
                     const char       *text)
{
  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);

      if (answer->text.source != NULL && g_ascii_strcasecmp (answer->text.source, text) == 0)
        return answer;
    }

  return NULL;
}

static gboolean
has_files (const ScQuestionText *text)
{
  return text->files != NULL && text->files->len > 0;
}

static gboolean
any_files (const ScQuestion *question)
{
  if (has_files (&question->stem) || has_files (&question->general_feedback) ||
      has_files (&question->correct_feedback) ||
      has_files (&question->partially_correct_feedback) ||
      has_files (&question->incorrect_feedback))
    return TRUE;

  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);

      if (has_files (&answer->text) || has_files (&answer->feedback))
        return TRUE;
    }
  for (guint i = 0; i < question->subquestions->len; i++)
    {
      const ScQuestionSubquestion *pair = g_ptr_array_index (question->subquestions, i);

      if (has_files (&pair->text))
        return TRUE;
    }

  return FALSE;
}

static char *
check_answers (const ScQuestion *question)
{
  guint right = 0;

  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);
      const char *text = answer->text.source != NULL ? answer->text.source : "";

      if (*text == '\0')
        /* TRANSLATORS: %u counts a question's answers from 1 */
        return g_strdup_printf (_("answer %u is empty, which GIFT cannot hold"), i + 1);
      if (question->type == SC_QUESTION_NUMERICAL)
        {
          if (!sc_gift_is_number (text) && !g_str_equal (text, "*"))
            /* TRANSLATORS: %s is a numerical question's answer */
            return g_strdup_printf (_("its answer “%s” is not a number GIFT can hold"), text);
          if (answer->tolerance_type != SC_TOLERANCE_NOMINAL && answer->tolerance != 0.0)
            return g_strdup (_("its relative or geometric margin cannot be written in GIFT, "
                               "which has only ± margins"));
        }
      if (question->type == SC_QUESTION_SHORT_ANSWER && strstr (text, "->") != NULL)
        return g_strdup_printf (_("its answer “%s” holds “->”, which GIFT would read as a "
                                  "matching pair"), text);
      if (question->type == SC_QUESTION_SHORT_ANSWER && answer->feedback.source != NULL &&
          strstr (answer->feedback.source, "->") != NULL)
        return g_strdup_printf (_("the feedback on answer %u holds “->”, which GIFT would read "
                                  "as a matching pair"), i + 1);
      right += sc_gift_is_fraction (1.0, answer->fraction);
    }

  if (question->type == SC_QUESTION_SINGLE_CHOICE && right == 0)
    return g_strdup (_("a single-choice question needs a fully correct answer to be written "
                       "in GIFT"));
  if ((question->type == SC_QUESTION_SINGLE_CHOICE ||
       question->type == SC_QUESTION_MULTIPLE_RESPONSE) && question->answers->len < 2)
    return g_strdup (_("GIFT needs at least two answers for a multiple-choice question"));
  if ((question->type == SC_QUESTION_SHORT_ANSWER || question->type == SC_QUESTION_NUMERICAL) &&
      question->answers->len == 0)
    return g_strdup (_("it has no answers"));

  return NULL;
}

static char *
check_type (const ScQuestion *question)
{
  const ScQuestionAnswer *yes, *no;

  switch (question->type)
    {
    case SC_QUESTION_ORDERING:
      return g_strdup (_("GIFT has no ordering questions; export the bank as Moodle XML to keep "
                         "them"));
    case SC_QUESTION_CLOZE:
      return g_strdup (_("GIFT has no cloze (embedded answers) questions; export the bank as "
                         "Moodle XML to keep them"));
    case SC_QUESTION_UNSUPPORTED:
      /* TRANSLATORS: %s is a Moodle question type such as "ddwtos" */
      return g_strdup_printf (_("“%s” is a Moodle plug-in type that GIFT cannot hold"),
                              question->plugin != NULL ? question->plugin : "?");
    case SC_QUESTION_TRUE_FALSE:
      yes = sc_gift_find_answer (question, "true");
      no = sc_gift_find_answer (question, "false");
      if (question->answers->len != 2 || yes == NULL || no == NULL ||
          sc_gift_is_fraction (1.0, yes->fraction) == sc_gift_is_fraction (1.0, no->fraction))
        return g_strdup (_("its answers are not “true” and “false” with one of them right"));
      return NULL;
    case SC_QUESTION_NUMERICAL:
      if (question->units->len > 0)
        return g_strdup (_("its units cannot be written in GIFT"));
      return check_answers (question);
    case SC_QUESTION_MATCHING:
      if (question->subquestions->len < 2)
        return g_strdup (_("GIFT needs at least two pairs for a matching question"));
      for (guint i = 0; i < question->subquestions->len; i++)
        {
          const ScQuestionSubquestion *pair = g_ptr_array_index (question->subquestions, i);

          if (pair->text.source != NULL && strstr (pair->text.source, "->") != NULL)
            /* TRANSLATORS: %u counts a matching question's pairs from 1 */
            return g_strdup_printf (_("item %u holds “->”, which GIFT uses between an item "
                                      "and its match"), i + 1);
        }
      return NULL;
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
    case SC_QUESTION_SHORT_ANSWER:
      return check_answers (question);
    case SC_QUESTION_ESSAY:
    case SC_QUESTION_DESCRIPTION:
    default:
      return NULL;
    }
}

/**
 * sc_gift_can_write:
 * @reason: (out) (optional) (transfer full): why not, for a person
 *
 * Whether GIFT can hold @question without changing how it is graded or
 * what it shows.
 */
gboolean
sc_gift_can_write (const ScQuestion  *question,
                   char             **reason)
{
  g_autofree char *why = NULL;

  g_return_val_if_fail (question != NULL, FALSE);

  why = check_type (question);
  if (why == NULL && any_files (question))
    why = g_strdup (_("it has embedded files (pictures or media), which GIFT cannot carry; "
                      "export the bank as Moodle XML to keep them"));

  if (reason != NULL)
    *reason = g_strdup (why);

  return why == NULL;
}

static void
warn (ScCourseProblems *problems,
      const char       *file_name,
      const ScQuestion *question,
      const char       *loss)
{
  g_autofree char *shown = NULL;

  if (problems == NULL)
    return;

  shown = sc_question_name_for_message (question->name);
  sc_course_problems_add (problems, file_name, 0,
                          /* TRANSLATORS: a question's name, then what was left out */
                          _("question “%s”: %s"), shown, loss);
}

/* What is lost on a question that is written. */
void
sc_gift_warn_losses (ScCourseProblems *problems,
                     const char       *file_name,
                     const ScQuestion *question)
{
  if (question->hints->len > 0)
    warn (problems, file_name, question, _("hints are left out; GIFT has no hints"));
  if (!sc_question_text_is_empty (&question->correct_feedback) ||
      !sc_question_text_is_empty (&question->partially_correct_feedback) ||
      !sc_question_text_is_empty (&question->incorrect_feedback))
    warn (problems, file_name, question,
          _("the feedback for correct, partly correct and incorrect responses is left out; "
            "GIFT cannot hold it"));
  if ((question->type == SC_QUESTION_SINGLE_CHOICE ||
       question->type == SC_QUESTION_MULTIPLE_RESPONSE ||
       question->type == SC_QUESTION_MATCHING) && !question->shuffle)
    warn (problems, file_name, question,
          _("the fixed order of the answers is left out; GIFT answers are shuffled"));
  if (question->type == SC_QUESTION_SHORT_ANSWER && question->case_sensitive)
    warn (problems, file_name, question,
          _("case-sensitive marking is left out; GIFT short answers ignore case"));
  if (question->type != SC_QUESTION_DESCRIPTION &&
      !sc_gift_is_fraction (1.0, question->default_mark))
    warn (problems, file_name, question,
          _("its mark is left out; GIFT questions are worth 1 mark"));
}
