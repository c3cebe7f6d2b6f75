/* sc-gift-question.c - one GIFT question: its title, answer braces, text and type
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Follows Moodle's qformat_gift reader (question/format/gift/format.php)
 * in what it accepts and how it decides the type, so a file Moodle
 * imports gives the same questions here. Where Moodle silently builds
 * something odd (a second pair of braces kept as text, a "{" inside the
 * answers) this reader skips the question and says how to fix it.
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-gift-private.h"

#define NAME_MAX_CHARS  80
#define LABEL_MAX_CHARS 40

guint
sc_gift_block_line (const ScGiftBlock *block,
                    gsize              offset)
{
  guint lo = 0, hi = block->offsets->len;

  if (hi == 0)
    return 0;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (block->offsets, gsize, mid) <= offset)
        lo = mid;
      else
        hi = mid;
    }

  return g_array_index (block->lines, guint, lo);
}

gboolean
sc_gift_skip (ScGiftParse *parse,
              gsize        offset,
              const char  *format,
              ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  sc_course_problems_add (parse->ctx->problems, parse->ctx->file,
                          sc_gift_block_line (parse->block, offset),
                          /* TRANSLATORS: %s is a question's name, then why it was not imported */
                          _("question “%s” skipped: %s"), parse->label, reason);

  return FALSE;
}

static char *
make_label (const char *name,
            const char *t,
            ScGiftSpan  rest)
{
  g_autofree char *raw = NULL;
  gsize len = strcspn (t + rest.start, "\n{");

  if (name != NULL && *name != '\0')
    return sc_gift_shorten (name, NAME_MAX_CHARS);

  /* The first line of the text, up to the answers if it has any text
   * before them. */
  if (len == 0)
    len = strcspn (t + rest.start, "\n");
  raw = sc_gift_unescape (t + rest.start, MIN (len, rest.end - rest.start));

  return sc_gift_shorten (raw, LABEL_MAX_CHARS);
}

static gboolean
is_true_false (const char *t,
               ScGiftSpan  answers)
{
  static const char * const words[] = { "T", "TRUE", "F", "FALSE" };
  const char *hash = memchr (t + answers.start, '#', answers.end - answers.start);
  ScGiftSpan check = answers;

  if (hash != NULL && hash > t + answers.start)
    check = sc_gift_span_trim (t, (ScGiftSpan) { answers.start, (gsize) (hash - t) });

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strlen (words[i]) == check.end - check.start &&
        memcmp (words[i], t + check.start, check.end - check.start) == 0)
      return TRUE;

  return FALSE;
}

static ScQuestionType
detect_type (const char *t,
             ScGiftSpan  answers)
{
  const char *a = t + answers.start;
  gsize len = answers.end - answers.start;

  if (len == 0)
    return SC_QUESTION_ESSAY;
  if (a[0] == '#')
    return SC_QUESTION_NUMERICAL;
  if (memchr (a, '~', len) != NULL)
    return memchr (a, '=', len) != NULL ? SC_QUESTION_SINGLE_CHOICE
                                        : SC_QUESTION_MULTIPLE_RESPONSE;
  if (memchr (a, '=', len) != NULL && g_strstr_len (a, len, "->") != NULL)
    return SC_QUESTION_MATCHING;
  if (is_true_false (t, answers))
    return SC_QUESTION_TRUE_FALSE;

  return SC_QUESTION_SHORT_ANSWER;
}

/* Moodle's importer refuses a weight that is not on its grade list, or
 * rounds it to the nearest when asked to. */
static gboolean
check_grades (ScGiftParse *parse)
{
  GPtrArray *answers = parse->question->answers;

  for (guint i = 0; i < answers->len; i++)
    {
      ScQuestionAnswer *answer = g_ptr_array_index (answers, i);
      gsize offset = i < parse->offsets->len ? g_array_index (parse->offsets, gsize, i) : 0;
      g_autofree char *written = NULL;
      g_autofree char *nearest = NULL;
      g_autofree char *text = NULL;
      double matched;

      if (sc_moodle_grade_match (answer->fraction, &matched))
        {
          answer->fraction = matched;
          continue;
        }

      written = answer->fraction_source != NULL ? g_strdup (answer->fraction_source)
                                                : sc_gift_format_percent (answer->fraction);
      matched = sc_moodle_grade_snap (answer->fraction);
      nearest = sc_gift_format_percent (matched);
      text = sc_gift_shorten (answer->text.source != NULL ? answer->text.source : "",
                              LABEL_MAX_CHARS);
      if ((parse->ctx->flags & SC_GIFT_READ_SNAP_FRACTIONS) == 0)
        return sc_gift_skip (parse, offset,
                             /* TRANSLATORS: an answer, then two percentages such as "33" and
                              * "33.33333"; keep --snap-fractions as it is */
                             _("answer “%s” has the weight %s%%, which is not on Moodle's list "
                               "of grades; correct it, or import again with weights rounded to "
                               "the nearest on the list (--snap-fractions), which gives %s%%"),
                             text, written, nearest);

      sc_course_problems_add (parse->ctx->problems, parse->ctx->file,
                              sc_gift_block_line (parse->block, offset),
                              /* TRANSLATORS: a question's name, an answer, two percentages */
                              _("question “%s”: answer “%s” has the weight %s%%, rounded to "
                                "%s%%, the nearest on Moodle's list of grades"),
                              parse->label, text, written, nearest);
      answer->fraction = matched;
      g_clear_pointer (&answer->fraction_source, g_free);
    }

  return TRUE;
}

static gboolean
parse_answers (ScGiftParse *parse,
               ScGiftSpan   answers)
{
  ScQuestion *question = parse->question;

  switch (question->type)
    {
    case SC_QUESTION_DESCRIPTION:
      question->default_mark = 0.0;
      return TRUE;

    case SC_QUESTION_ESSAY:
      question->essay.response_format = g_strdup ("editor");
      question->essay.response_required = TRUE;
      question->essay.response_field_lines = 15;
      return TRUE;

    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
      question->shuffle = TRUE;
      return sc_gift_parse_choice (parse, answers) && check_grades (parse);

    case SC_QUESTION_MATCHING:
      question->shuffle = TRUE;
      return sc_gift_parse_matching (parse, answers);

    case SC_QUESTION_TRUE_FALSE:
      return sc_gift_parse_true_false (parse, answers);

    case SC_QUESTION_SHORT_ANSWER:
      return sc_gift_parse_short (parse, answers) && check_grades (parse);

    case SC_QUESTION_NUMERICAL:
      return sc_gift_parse_numerical (parse, answers) && check_grades (parse);

    case SC_QUESTION_ORDERING:
    case SC_QUESTION_CLOZE:
    case SC_QUESTION_UNSUPPORTED:
    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

/* The braces: FALSE after reporting when they are not one well-formed pair. */
static gboolean
find_braces (ScGiftParse *parse,
             ScGiftSpan   rest,
             gsize       *open,
             gsize       *close)
{
  const char *t = parse->t;
  gsize len = rest.end - rest.start;
  const char *o = memchr (t + rest.start, '{', len);
  const char *c = memchr (t + rest.start, '}', len);
  const char *again;

  *open = o != NULL ? (gsize) (o - t) : G_MAXSIZE;
  *close = c != NULL ? (gsize) (c - t) : G_MAXSIZE;

  if (o == NULL && c == NULL)
    return TRUE;
  if (c == NULL)
    return sc_gift_skip (parse, *open, _("“{” is not closed by “}” before the blank line that "
                                         "ends the question; write \\{ for a literal brace"));
  if (o == NULL || c < o)
    return sc_gift_skip (parse, *close, _("“}” has no “{” before it; write \\} for a literal "
                                          "brace"));

  again = memchr (o + 1, '{', (gsize) (c - o - 1));
  if (again != NULL)
    return sc_gift_skip (parse, (gsize) (again - t),
                         _("“{” inside the answers; write \\{ for a literal brace"));

  again = strpbrk (c + 1, "{}");
  if (again != NULL && (gsize) (again - t) < rest.end)
    return sc_gift_skip (parse, (gsize) (again - t),
                         _("a second “%c” after the answers; a GIFT question has one pair of "
                           "braces, so write \\%c for a literal one"), *again, *again);

  return TRUE;
}

static ScQuestion *
build_question (ScGiftParse *parse,
                ScGiftSpan   rest,
                char        *name)
{
  const char *t = parse->t;
  g_autoptr(GString) stem = g_string_new (NULL);
  g_autoptr(ScQuestion) question = NULL;
  ScGiftSpan answers = { 0, 0 };
  ScGiftSpan feedback = { 0, 0 };
  gboolean braces;
  gsize open, close;

  if (!find_braces (parse, rest, &open, &close))
    return NULL;
  braces = open != G_MAXSIZE;

  if (!braces)
    {
      g_string_append_len (stem, t + rest.start, rest.end - rest.start);
    }
  else
    {
      g_string_append_len (stem, t + rest.start, open - rest.start);
      /* Text after the answers makes a missing-word question. */
      if (close + 1 < rest.end)
        {
          g_string_append (stem, "_____");
          g_string_append_len (stem, t + close + 1, rest.end - close - 1);
        }

      answers = sc_gift_span_trim (t, (ScGiftSpan) { open + 1, close });
      for (gsize i = answers.end; i >= answers.start + 4; i--)
        {
          if (memcmp (t + i - 4, "####", 4) == 0)
            {
              feedback = (ScGiftSpan) { i, close };
              answers = sc_gift_span_trim (t, (ScGiftSpan) { answers.start, i - 4 });
              break;
            }
        }
    }

  question = sc_question_new (braces ? detect_type (t, answers) : SC_QUESTION_DESCRIPTION);
  parse->question = question;

  sc_gift_text_parse (stem->str, stem->len, SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, TRUE,
                      &question->stem);
  parse->format = question->stem.format;
  /* Only white space (an escaped line break, say) and no title: nothing. */
  if (!braces && name == NULL && *question->stem.source == '\0')
    {
      parse->question = NULL;
      return NULL;
    }
  if (feedback.end > feedback.start)
    sc_gift_text_parse (t + feedback.start, feedback.end - feedback.start, parse->format, FALSE,
                        &question->general_feedback);
  if (question->general_feedback.source != NULL && *question->general_feedback.source == '\0')
    sc_question_text_clear (&question->general_feedback);

  question->name = name != NULL ? name : sc_gift_shorten (question->stem.source, NAME_MAX_CHARS);

  if (!parse_answers (parse, answers))
    return NULL;

  return g_steal_pointer (&question);
}

/**
 * sc_gift_parse_question:
 * @start: where the question starts in @block's text (after a category
 *   line, if the block has one)
 *
 * Returns: (transfer full) (nullable): the question, or %NULL when the block
 *   holds none or it was skipped (and reported)
 */
ScQuestion *
sc_gift_parse_question (const ScGiftContext *ctx,
                        const ScGiftBlock   *block,
                        gsize                start)
{
  const char *t = block->text->str;
  ScGiftParse parse = { ctx, block, t, NULL, SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT, NULL, NULL };
  ScGiftSpan rest = sc_gift_span_trim (t, (ScGiftSpan) { start, block->text->len });
  char *name = NULL;
  ScQuestion *question = NULL;

  if (rest.start == rest.end)
    return NULL;

  if (rest.end - rest.start >= 2 && t[rest.start] == ':' && t[rest.start + 1] == ':')
    {
      const char *close = g_strstr_len (t + rest.start + 2, rest.end - rest.start - 2, "::");

      if (close != NULL)
        {
          name = sc_gift_unescape (t + rest.start + 2, (gsize) (close - t) - rest.start - 2);
          /* An empty title counts as none: the name comes from the text. */
          if (*g_strstrip (name) == '\0')
            g_clear_pointer (&name, g_free);
          rest.start = (gsize) (close - t) + 2;
        }
      else
        {
          rest.start += 2;
        }
      rest = sc_gift_span_trim (t, rest);
      /* "::" and nothing else holds no question. */
      if (name == NULL && rest.start == rest.end)
        return NULL;
    }

  parse.label = make_label (name, t, rest);
  parse.offsets = g_array_new (FALSE, FALSE, sizeof (gsize));

  if (block->bad_line != 0)
    {
      sc_course_problems_add (ctx->problems, ctx->file, block->bad_line,
                              /* TRANSLATORS: %s is a question's name, U+%04X a character code */
                              _("question “%s” skipped: it holds the control character U+%04X, "
                                "which a GIFT file cannot contain"),
                              parse.label, (guint) block->bad_byte);
      g_free (name);
    }
  else
    {
      question = build_question (&parse, rest, name);
      if (question == NULL && parse.question == NULL)
        g_free (name);
    }

  g_free (parse.label);
  g_array_unref (parse.offsets);

  return question;
}
