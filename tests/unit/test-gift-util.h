/* test-gift-util.h - a question as one line a test can compare, and reading GIFT from a string
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The line shows what a learner and an exporter depend on: type, name,
 * id, category, tags, the text with its format when it is not Moodle's
 * auto-format, general feedback, and each answer (fraction, text,
 * feedback, margin) or matching pair, separated by " | ".
 */
#pragma once

#include <string.h>

#include "sc-gift-reader.h"

static inline void
describe_text (GString              *out,
               const ScQuestionText *text)
{
  if (text->format != SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT)
    g_string_append_printf (out, "[%s]", sc_text_format_to_moodle (text->format));
  g_string_append (out, text->source != NULL ? text->source : "(none)");
}

static inline char *
describe_question (const ScQuestion *question)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s “%s”", sc_question_type_to_string (question->type),
                          question->name);
  if (question->idnumber != NULL)
    g_string_append_printf (out, " id=%s", question->idnumber);
  if (question->category != NULL)
    {
      g_autofree char *path = g_strjoinv (" > ", question->category);

      g_string_append_printf (out, " cat=%s", path);
    }
  for (guint i = 0; i < question->tags->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? " tags=" : ",",
                            (const char *) g_ptr_array_index (question->tags, i));

  g_string_append (out, " | ");
  describe_text (out, &question->stem);
  if (question->general_feedback.source != NULL)
    {
      g_string_append (out, " | gf ");
      describe_text (out, &question->general_feedback);
    }

  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);

      g_string_append_printf (out, " | %.7g ", answer->fraction);
      describe_text (out, &answer->text);
      if (question->type == SC_QUESTION_NUMERICAL)
        g_string_append_printf (out, " ±%.7g", answer->tolerance);
      if (answer->feedback.source != NULL)
        {
          g_string_append (out, " # ");
          describe_text (out, &answer->feedback);
        }
    }

  for (guint i = 0; i < question->subquestions->len; i++)
    {
      const ScQuestionSubquestion *pair = g_ptr_array_index (question->subquestions, i);

      g_string_append (out, " | ");
      describe_text (out, &pair->text);
      g_string_append_printf (out, " -> %s", pair->answer);
    }

  return g_string_free (out, FALSE);
}

static inline char *
describe_questions (GPtrArray *questions)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      g_autofree char *line = describe_question (g_ptr_array_index (questions, i));

      g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "", line);
    }

  return g_string_free (out, FALSE);
}

/* Every problem, one per line; NULL when there are none. */
static inline char *
join_problems (ScCourseProblems *problems)
{
  g_auto(GStrv) lines = sc_course_problems_to_strv (problems);

  if (lines[0] == NULL)
    return NULL;

  return g_strjoinv ("\n", lines);
}

static inline GPtrArray *
read_gift_string (const char        *gift,
                  ScGiftReadFlags    flags,
                  ScCourseProblems  *problems)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *questions = sc_gift_read_memory (gift, strlen (gift), "t.gift", flags, problems,
                                              &error);

  g_assert_no_error (error);
  g_assert_nonnull (questions);

  return questions;
}
