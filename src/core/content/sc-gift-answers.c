/* sc-gift-answers.c - the answers inside a GIFT question's braces, per type
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function reads the text between "{" and "}" (general feedback
 * already taken off) the way Moodle's qformat_gift does for its type:
 * answers split at "=" (and "~" for multiple choice), an optional %weight%,
 * feedback after the first "#". A problem skips the question with a reason
 * naming the answer's line.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-gift-private.h"

/* The marker before a piece, or the piece itself for the first one. */
static gsize
piece_offset (const ScGiftPiece *piece)
{
  return piece->marker != 0 ? piece->span.start - 1 : piece->span.start;
}

/* Drops a first piece that holds only white space (the usual case: the
 * answers start with a marker). */
static guint
first_piece (const char *t,
             GArray     *pieces)
{
  ScGiftPiece *first = &g_array_index (pieces, ScGiftPiece, 0);
  ScGiftSpan trimmed = sc_gift_span_trim (t, first->span);

  return trimmed.start == trimmed.end ? 1 : 0;
}

/* "answer#feedback": the answer's text and, when there is one, the
 * feedback, both with the question's format as default. */
static void
split_feedback (ScGiftParse      *parse,
                ScGiftSpan        span,
                ScQuestionText   *text,
                ScQuestionText   *feedback)
{
  const char *t = parse->t;
  const char *hash = memchr (t + span.start, '#', span.end - span.start);
  gsize text_end = hash != NULL ? (gsize) (hash - t) : span.end;

  sc_gift_text_parse (t + span.start, text_end - span.start, parse->format, TRUE, text);
  if (hash != NULL)
    {
      sc_gift_text_parse (hash + 1, span.end - text_end - 1, parse->format, TRUE, feedback);
      if (*feedback->source == '\0')
        sc_question_text_clear (feedback);
    }
}

static ScQuestionAnswer *
add_answer (ScGiftParse    *parse,
            ScQuestionText *text,
            ScQuestionText *feedback,
            double          fraction,
            char           *fraction_source,
            gsize           offset)
{
  ScQuestionAnswer *answer = sc_question_answer_new (NULL, text->format, fraction);

  answer->text.source = g_steal_pointer (&text->source);
  answer->feedback = *feedback;
  *feedback = (ScQuestionText) { NULL, SC_TEXT_FORMAT_HTML, NULL };
  answer->fraction_source = fraction_source;
  g_ptr_array_add (parse->question->answers, answer);
  g_array_append_val (parse->offsets, offset);

  return answer;
}

/* At least @at_least pieces "%weight%answer#feedback", each an answer.
 * Without a weight a choice is right after "=" and wrong after "~"; a
 * short answer is right. Moodle keeps a short answer's text, not its
 * format. */
static gboolean
parse_weighted_answers (ScGiftParse *parse,
                        ScGiftSpan   answers,
                        gboolean     choice,
                        guint        at_least,
                        const char  *too_few)
{
  const char *t = parse->t;
  g_autoptr(GArray) pieces = sc_gift_split (t, answers, choice);
  guint first = first_piece (t, pieces);

  if (pieces->len - first < at_least)
    return sc_gift_skip (parse, answers.start, "%s", too_few);

  for (guint i = first; i < pieces->len; i++)
    {
      const ScGiftPiece *piece = &g_array_index (pieces, ScGiftPiece, i);
      ScGiftSpan span = sc_gift_span_trim (t, piece->span);
      g_auto(ScQuestionText) text = { NULL, SC_TEXT_FORMAT_HTML, NULL };
      g_auto(ScQuestionText) feedback = { NULL, SC_TEXT_FORMAT_HTML, NULL };
      char *source = NULL;
      double fraction = !choice || piece->marker == '=' ? 1.0 : 0.0;

      span.start += sc_gift_weight_parse (t, span, &source, &fraction);
      split_feedback (parse, span, &text, &feedback);
      if (*text.source == '\0')
        {
          g_free (source);
          return sc_gift_skip (parse, piece_offset (piece),
                               /* TRANSLATORS: %u counts the answers from 1 */
                               _("answer %u is empty"), i - first + 1);
        }
      if (!choice)
        text.format = SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT;
      add_answer (parse, &text, &feedback, fraction, source, piece_offset (piece));
    }

  return TRUE;
}

gboolean
sc_gift_parse_choice (ScGiftParse *parse,
                      ScGiftSpan   answers)
{
  return parse_weighted_answers (parse, answers, TRUE, 2,
                                 _("a multiple-choice question needs at least two answers, "
                                   "each starting with = or ~"));
}

gboolean
sc_gift_parse_matching (ScGiftParse *parse,
                        ScGiftSpan   answers)
{
  const char *t = parse->t;
  g_autoptr(GArray) pieces = sc_gift_split (t, answers, FALSE);
  guint first = first_piece (t, pieces);

  if (pieces->len - first < 2)
    return sc_gift_skip (parse, answers.start,
                         _("a matching question needs at least two pairs, each written "
                           "=item -> match"));

  for (guint i = first; i < pieces->len; i++)
    {
      const ScGiftPiece *piece = &g_array_index (pieces, ScGiftPiece, i);
      ScGiftSpan span = sc_gift_span_trim (t, piece->span);
      const char *arrow = g_strstr_len (t + span.start, span.end - span.start, "->");
      g_auto(ScQuestionText) text = { NULL, SC_TEXT_FORMAT_HTML, NULL };
      g_autofree char *match = NULL;

      if (arrow == NULL)
        {
          g_autofree char *shown = sc_gift_unescape (t + span.start, span.end - span.start);

          return sc_gift_skip (parse, piece_offset (piece),
                               /* TRANSLATORS: %s is what the author wrote as a matching pair */
                               _("the pair “%s” has no “->”; write each pair as =item -> match"),
                               g_strstrip (shown));
        }

      sc_gift_text_parse (t + span.start, (gsize) (arrow - t) - span.start, parse->format, TRUE,
                          &text);
      match = sc_gift_unescape (arrow + 2, span.end - (gsize) (arrow - t) - 2);
      sc_question_add_subquestion (parse->question, text.source, text.format,
                                   g_strstrip (match));
    }

  return TRUE;
}

gboolean
sc_gift_parse_true_false (ScGiftParse *parse,
                          ScGiftSpan   answers)
{
  const char *t = parse->t;
  ScGiftSpan bits[3] = { answers, { answers.end, answers.end }, { answers.end, answers.end } };
  ScQuestionText texts[3] = { { NULL, SC_TEXT_FORMAT_HTML, NULL } };
  ScQuestionAnswer *yes, *no;
  ScQuestionText *wrong, *right;
  gboolean correct;
  guint n = 1;

  /* "T#feedback when wrong#feedback when right" */
  for (gsize i = answers.start; i < answers.end && n < 3; i++)
    {
      if (t[i] == '#')
        {
          bits[n - 1].end = i;
          bits[n].start = i + 1;
          bits[n].end = answers.end;
          n++;
        }
    }

  for (guint i = 0; i < 3; i++)
    sc_gift_text_parse (t + bits[i].start, bits[i].end - bits[i].start, parse->format, TRUE,
                        &texts[i]);
  correct = g_str_equal (texts[0].source, "T") || g_str_equal (texts[0].source, "TRUE");

  yes = sc_question_add_answer (parse->question, "true", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT,
                                correct ? 1.0 : 0.0);
  no = sc_question_add_answer (parse->question, "false", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT,
                               correct ? 0.0 : 1.0);
  /* The first feedback is for a wrong choice, the second for the right one. */
  wrong = correct ? &no->feedback : &yes->feedback;
  right = correct ? &yes->feedback : &no->feedback;
  if (*texts[1].source != '\0')
    sc_question_text_set (wrong, texts[1].source, texts[1].format);
  if (*texts[2].source != '\0')
    sc_question_text_set (right, texts[2].source, texts[2].format);
  for (guint i = 0; i < 3; i++)
    sc_question_text_clear (&texts[i]);

  return TRUE;
}

gboolean
sc_gift_parse_short (ScGiftParse *parse,
                     ScGiftSpan   answers)
{
  return parse_weighted_answers (parse, answers, FALSE, 1,
                                 _("a short-answer question needs at least one answer written "
                                   "=answer"));
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);

  return g_strdup (buffer);
}

/* "3.14", "3.14:0.01" or "2..4" into a value and a margin. */
static gboolean
read_number (ScGiftParse      *parse,
             char             *text,
             gsize             offset,
             ScQuestionAnswer *answer)
{
  char *dots = strstr (text, "..");
  char *colon = strchr (text, ':');
  const char *value = text;
  const char *margin = NULL;

  if (dots != NULL && dots > text)
    {
      double low, high;

      *dots = '\0';
      g_strstrip (text);
      g_strstrip (dots + 2);
      if (!sc_gift_is_number (text) || !sc_gift_is_number (dots + 2))
        goto not_a_number;
      low = g_ascii_strtod (text, NULL);
      high = g_ascii_strtod (dots + 2, NULL);
      if (high < low || !isfinite (high - low))
        return sc_gift_skip (parse, offset,
                             /* TRANSLATORS: %s..%s is a range of numbers such as 5..1 */
                             _("the range %s..%s ends below its start; write the smaller "
                               "number first"),
                             text, dots + 2);
      g_free (answer->text.source);
      answer->text.source = format_number ((low + high) / 2.0);
      answer->tolerance = high - (low + high) / 2.0;
      answer->tolerance_source = format_number (answer->tolerance);
      return TRUE;
    }

  if (colon != NULL && colon > text)
    {
      *colon = '\0';
      margin = g_strstrip (colon + 1);
    }
  g_strstrip (text);
  if (!(sc_gift_is_number (value) || g_str_equal (value, "*")) ||
      (margin != NULL && !sc_gift_is_number (margin)))
    goto not_a_number;

  answer->tolerance = margin != NULL ? g_ascii_strtod (margin, NULL) : 0.0;
  if (answer->tolerance < 0 || !isfinite (answer->tolerance))
    return sc_gift_skip (parse, offset,
                         /* TRANSLATORS: %s is a number such as -0.5 */
                         _("the margin %s is negative; write how far from the answer a "
                           "response may be, such as 3.14:0.01"),
                         margin);
  answer->tolerance_source = g_strdup (margin);
  g_free (answer->text.source);
  answer->text.source = g_strdup (value);
  return TRUE;

not_a_number:
  return sc_gift_skip (parse, offset,
                       _("“%s” is not a number; write a numerical answer as 3.14, as 3.14:0.01 "
                         "(with a margin) or as 2..4 (a range), with a point before decimals"),
                       answer->text.source);
}

gboolean
sc_gift_parse_numerical (ScGiftParse *parse,
                         ScGiftSpan   answers)
{
  const char *t = parse->t;
  ScGiftSpan rest = { answers.start + 1, answers.end };
  const char *tilde = memchr (t + rest.start, '~', rest.end - rest.start);
  ScGiftSpan wrong = { rest.end, rest.end };
  g_autoptr(GArray) pieces = NULL;
  guint first;

  if (tilde != NULL)
    {
      wrong.start = (gsize) (tilde - t);
      rest.end = wrong.start;
    }

  pieces = sc_gift_split (t, rest, FALSE);
  first = first_piece (t, pieces);
  if (pieces->len - first < 1)
    return sc_gift_skip (parse, answers.start,
                         _("a numerical question needs an answer after “#”, such as "
                           "{#3.14:0.01}"));

  for (guint i = first; i < pieces->len; i++)
    {
      const ScGiftPiece *piece = &g_array_index (pieces, ScGiftPiece, i);
      ScGiftSpan span = sc_gift_span_trim (t, piece->span);
      g_auto(ScQuestionText) text = { NULL, SC_TEXT_FORMAT_HTML, NULL };
      g_auto(ScQuestionText) feedback = { NULL, SC_TEXT_FORMAT_HTML, NULL };
      g_autofree char *original = NULL;
      ScQuestionAnswer *answer;
      char *source = NULL;
      double fraction = 1.0;

      span.start += sc_gift_weight_parse (t, span, &source, &fraction);
      split_feedback (parse, span, &text, &feedback);
      text.format = SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT;
      original = g_strdup (text.source);
      answer = add_answer (parse, &text, &feedback, fraction, source, piece_offset (piece));
      if (!read_number (parse, original, piece_offset (piece), answer))
        return FALSE;
    }

  /* "~#feedback" after the answers: what any other response gets. */
  if (wrong.end > wrong.start)
    {
      g_auto(ScQuestionText) text = { NULL, SC_TEXT_FORMAT_HTML, NULL };
      g_auto(ScQuestionText) feedback = { NULL, SC_TEXT_FORMAT_HTML, NULL };
      ScQuestionAnswer *answer;

      split_feedback (parse, wrong, &text, &feedback);
      g_free (text.source);
      text.source = g_strdup ("*");
      text.format = SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT;
      answer = add_answer (parse, &text, &feedback, 0.0, NULL, wrong.start);
      answer->tolerance = 0.0;
    }

  return TRUE;
}
