/* sc-gift-writer.c - questions to Moodle's GIFT text format
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes what GIFT can hold in the layout Moodle's exporter uses (a title,
 * the text with its [format] when it is not Moodle's auto-format, answers
 * one per line), escaping every control character so that both Moodle and
 * sc-gift-reader.c read back the same question. What GIFT cannot hold is
 * never written half: such a question is skipped and reported with the
 * reason; smaller losses (hints, combined feedback) are reported as
 * warnings on questions that are written.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-error.h"
#include "sc-gift-private.h"
#include "sc-gift-writer.h"

static const char *
format_name (ScTextFormat format)
{
  switch (format)
    {
    case SC_TEXT_FORMAT_HTML:
      return "html";
    case SC_TEXT_FORMAT_MARKDOWN:
      return "markdown";
    case SC_TEXT_FORMAT_PLAIN:
    case SC_TEXT_FORMAT_WIKI_LIKE:
      return "plain";
    case SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT:
    default:
      return "moodle";
    }
}

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (strchr ("\\~=#{}:", *p) != NULL)
        g_string_append_printf (out, "\\%c", *p);
      else
        g_string_append_c (out, *p);
    }
}

/* A text the reader would take for a "[format]" prefix needs a real one
 * in front of it. */
static gboolean
starts_like_format (const char *text)
{
  static const char * const names[] = { "[moodle]", "[html]", "[plain]", "[markdown]" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_has_prefix (text, names[i]))
      return TRUE;

  return FALSE;
}

static void
append_text (GString              *out,
             const ScQuestionText *text,
             ScTextFormat          default_format)
{
  const char *source = text->source != NULL ? text->source : "";
  ScTextFormat format = text->format == SC_TEXT_FORMAT_WIKI_LIKE ? SC_TEXT_FORMAT_PLAIN
                                                                 : text->format;

  if (*source != '\0' && (format != default_format || starts_like_format (source)))
    g_string_append_printf (out, "[%s]", format_name (format));
  append_escaped (out, source);
}
/* What GIFT reads as a weight: an optional minus, digits, and at most two
 * of them before a point. */
static gboolean
is_weight (const char *text)
{
  gsize digits;

  if (*text == '-')
    text++;
  digits = strspn (text, "0123456789");
  if (digits == 0)
    return FALSE;
  if (text[digits] == '\0')
    return TRUE;

  return text[digits] == '.' && digits <= 2 &&
         text[digits + 1 + strspn (text + digits + 1, "0123456789")] == '\0';
}

/* The spelling from the file when it still says the same. */
static char *
weight_text (const ScQuestionAnswer *answer)
{
  const char *source = answer->fraction_source;

  if (source != NULL && is_weight (source) &&
      fabs (g_ascii_strtod (source, NULL) / 100.0 - answer->fraction) < SC_GIFT_FRACTION_EPSILON)
    return g_strdup (source);

  return sc_gift_format_percent (answer->fraction);
}

static void
append_weight (GString                *out,
               const ScQuestionAnswer *answer)
{
  g_autofree char *weight = weight_text (answer);

  g_string_append_printf (out, "%%%s%%", weight);
}

static void
append_feedback (GString                *out,
                 const ScQuestionAnswer *answer,
                 ScTextFormat            format)
{
  if (sc_question_text_is_empty (&answer->feedback))
    return;

  g_string_append_c (out, '#');
  append_text (out, &answer->feedback, format);
}

static void
append_choice (GString          *out,
               const ScQuestion *question)
{
  gboolean single = question->type == SC_QUESTION_SINGLE_CHOICE;
  gboolean all_right = TRUE;
  guint written_right = 0;

  /* GIFT needs a "~" to see multiple choice: when every answer is right,
   * only the first gets "=" and the others "~%100%". */
  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);

      all_right &= sc_gift_is_fraction (1.0, answer->fraction);
    }

  g_string_append (out, "{\n");
  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);
      const char *text = answer->text.source != NULL ? answer->text.source : "";

      g_string_append_c (out, '\t');
      if (single && sc_gift_is_fraction (1.0, answer->fraction) &&
          (!all_right || written_right++ == 0))
        {
          /* "=%5%*" would read as "*" weighted 5 %: a text that starts
           * with "%" gets its own weight in front. */
          g_string_append_c (out, '=');
          if (text[0] == '%')
            append_weight (out, answer);
        }
      else if (sc_gift_is_fraction (0.0, answer->fraction) && text[0] != '%')
        g_string_append_c (out, '~');
      else
        {
          g_string_append_c (out, '~');
          append_weight (out, answer);
        }
      append_text (out, &answer->text, question->stem.format);
      append_feedback (out, answer, question->stem.format);
      g_string_append_c (out, '\n');
    }
}

static void
append_short (GString          *out,
              const ScQuestion *question)
{
  g_string_append (out, "{\n");
  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);
      ScQuestionText text = { answer->text.source, question->stem.format, NULL };

      g_string_append (out, "\t=");
      if (!sc_gift_is_fraction (1.0, answer->fraction) ||
          (text.source != NULL && text.source[0] == '%'))
        append_weight (out, answer);
      /* The reader keeps only a short answer's text, so no format is written. */
      append_text (out, &text, question->stem.format);
      append_feedback (out, answer, question->stem.format);
      g_string_append_c (out, '\n');
    }
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static void
append_numerical (GString          *out,
                  const ScQuestion *question)
{
  g_string_append (out, "{#\n");
  for (guint i = 0; i < question->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (question->answers, i);
      const char *value = answer->text.source;

      /* "Anything else" goes last as ~#feedback, as Moodle writes it;
       * alone, it stays "=%0%*": a "{#" with only "~" has no answer. */
      if (g_str_equal (value, "*") && sc_gift_is_fraction (0.0, answer->fraction) &&
          i > 0 && i + 1 == question->answers->len)
        {
          g_string_append (out, "\t~");
          append_feedback (out, answer, question->stem.format);
          g_string_append_c (out, '\n');
          continue;
        }

      g_string_append (out, "\t=");
      if (!sc_gift_is_fraction (1.0, answer->fraction))
        append_weight (out, answer);
      g_string_append (out, value);
      if (answer->tolerance_source != NULL && sc_gift_is_number (answer->tolerance_source) &&
          fabs (g_ascii_strtod (answer->tolerance_source, NULL) - answer->tolerance) < 1e-12)
        g_string_append_printf (out, ":%s", answer->tolerance_source);
      else if (answer->tolerance != 0.0)
        {
          g_string_append_c (out, ':');
          append_number (out, answer->tolerance);
        }
      append_feedback (out, answer, question->stem.format);
      g_string_append_c (out, '\n');
    }
}

static void
append_matching (GString          *out,
                 const ScQuestion *question)
{
  g_string_append (out, "{\n");
  for (guint i = 0; i < question->subquestions->len; i++)
    {
      const ScQuestionSubquestion *pair = g_ptr_array_index (question->subquestions, i);

      g_string_append (out, "\t=");
      append_text (out, &pair->text, question->stem.format);
      g_string_append (out, " -> ");
      append_escaped (out, pair->answer != NULL ? pair->answer : "");
      g_string_append_c (out, '\n');
    }
}

/* {TRUE#feedback when wrong#feedback when right}: one line, as Moodle. */
static void
append_true_false (GString          *out,
                   const ScQuestion *question)
{
  const ScQuestionAnswer *yes = sc_gift_find_answer (question, "true");
  const ScQuestionAnswer *no = sc_gift_find_answer (question, "false");
  gboolean correct;
  const ScQuestionAnswer *right, *wrong;

  g_assert (yes != NULL && no != NULL);
  correct = sc_gift_is_fraction (1.0, yes->fraction);
  right = correct ? yes : no;
  wrong = correct ? no : yes;

  g_string_append (out, correct ? "{TRUE" : "{FALSE");
  if (!sc_question_text_is_empty (&wrong->feedback))
    append_feedback (out, wrong, question->stem.format);
  else if (!sc_question_text_is_empty (&right->feedback))
    g_string_append_c (out, '#');
  append_feedback (out, right, question->stem.format);
}

/* "[id:…]" or "[tag:…]" with "]" escaped; a value ending in a backslash
 * gets a space, which the reader trims, so that it does not escape the
 * closing bracket. */
static void
append_token (GString    *line,
              const char *key,
              const char *value)
{
  if (line->len > 0)
    g_string_append_c (line, ' ');
  g_string_append_printf (line, "[%s:", key);
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == ']')
        g_string_append (line, "\\]");
      else if (g_ascii_iscntrl (*p))
        g_string_append_c (line, ' ');
      else
        g_string_append_c (line, *p);
    }
  if (line->str[line->len - 1] == '\\')
    g_string_append_c (line, ' ');
  g_string_append_c (line, ']');
}

static void
append_comment (GString          *out,
                const ScQuestion *question)
{
  g_autoptr(GString) line = g_string_new (NULL);

  if (question->idnumber != NULL && *question->idnumber != '\0')
    append_token (line, "id", question->idnumber);
  for (guint i = 0; i < question->tags->len; i++)
    append_token (line, "tag", g_ptr_array_index (question->tags, i));

  if (line->len > 0)
    g_string_append_printf (out, "// %s\n", line->str);
}

static void
append_question (GString          *out,
                 const ScQuestion *question)
{
  append_comment (out, question);
  if (question->name != NULL && *question->name != '\0')
    {
      g_string_append (out, "::");
      append_escaped (out, question->name);
      g_string_append (out, "::");
    }
  append_text (out, &question->stem, SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT);

  switch (question->type)
    {
    case SC_QUESTION_DESCRIPTION:
      g_string_append (out, "\n\n");
      return;
    case SC_QUESTION_ESSAY:
      g_string_append_c (out, '{');
      break;
    case SC_QUESTION_TRUE_FALSE:
      append_true_false (out, question);
      break;
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
      append_choice (out, question);
      break;
    case SC_QUESTION_SHORT_ANSWER:
      append_short (out, question);
      break;
    case SC_QUESTION_NUMERICAL:
      append_numerical (out, question);
      break;
    case SC_QUESTION_MATCHING:
      append_matching (out, question);
      break;
    case SC_QUESTION_ORDERING:
    case SC_QUESTION_CLOZE:
    case SC_QUESTION_UNSUPPORTED:
    default:
      g_assert_not_reached ();
    }

  if (!sc_question_text_is_empty (&question->general_feedback))
    {
      gboolean one_line = question->type == SC_QUESTION_ESSAY ||
                          question->type == SC_QUESTION_TRUE_FALSE;

      g_string_append (out, one_line ? "####" : "\t####");
      append_text (out, &question->general_feedback, question->stem.format);
      if (!one_line)
        g_string_append_c (out, '\n');
    }
  g_string_append (out, "}\n\n");
}

/* Moodle reads a category path without undoing escapes, so only what
 * would break the line is escaped. */
static void
append_category (GString    *out,
                 const char *path)
{
  for (const char *p = path; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\\')
        g_string_append (out, "\\\\");
      else
        g_string_append_c (out, *p);
    }
}

static gboolean
same_category (char **a,
               char **b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

/**
 * sc_gift_write:
 * @questions: (element-type ScQuestion):
 * @file_name: the file being written, for the problems
 * @problems: (nullable): receives every question skipped, with the reason,
 *   and what was left out of the others
 *
 * Returns: (transfer full): the GIFT text, UTF-8 with "\n" line ends
 */
char *
sc_gift_write (GPtrArray        *questions,
               const char       *file_name,
               ScCourseProblems *problems)
{
  GString *out;
  char **category = NULL;

  g_return_val_if_fail (questions != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < questions->len; i++)
    {
      const ScQuestion *question = g_ptr_array_index (questions, i);
      g_autofree char *reason = NULL;

      if (!sc_gift_can_write (question, &reason))
        {
          if (problems != NULL)
            {
              g_autofree char *shown = sc_question_name_for_message (question->name);

              sc_course_problems_add (problems, file_name, 0,
                                      /* TRANSLATORS: a question's name, then why it is left out */
                                      _("question “%s” skipped: %s"), shown, reason);
            }
          continue;
        }

      if (question->category != NULL && question->category[0] != NULL &&
          !same_category (category, question->category))
        {
          const char * const *components = (const char * const *) question->category;
          g_autofree char *path = sc_question_category_format (components);

          g_string_append (out, "$CATEGORY: ");
          append_category (out, path);
          g_string_append (out, "\n\n");
          category = question->category;
        }

      sc_gift_warn_losses (problems, file_name, question);
      append_question (out, question);
    }

  return g_string_free (out, FALSE);
}

/**
 * sc_gift_write_file:
 * @questions: (element-type ScQuestion):
 *
 * Writes sc_gift_write()'s text to @path, replacing it in one step.
 */
gboolean
sc_gift_write_file (GPtrArray         *questions,
                    const char        *path,
                    ScCourseProblems  *problems,
                    GError           **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (questions != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = sc_gift_write (questions, path, problems);
  if (!g_file_set_contents (path, text, -1, &local))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_IO,
                   /* TRANSLATORS: %s is a file name, then the system's reason */
                   _("%s: the file cannot be written (%s); choose a folder you may write to"),
                   path, local->message);
      return FALSE;
    }

  return TRUE;
}
