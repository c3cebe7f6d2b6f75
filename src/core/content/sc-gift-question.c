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

/* The characters behind the escape bytes SC_GIFT_ESCAPE_FIRST … LAST; "n"
 * stands for a line break. */
static const char escapable[] = ":#={}~n";

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

char *
sc_gift_unescape (const char *text,
                  gsize       len)
{
  GString *out = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) text[i];

      if (c >= SC_GIFT_ESCAPE_FIRST && c <= SC_GIFT_ESCAPE_LAST)
        {
          char original = escapable[c - SC_GIFT_ESCAPE_FIRST];

          g_string_append_c (out, original == 'n' ? '\n' : original);
        }
      else
        {
          g_string_append_c (out, (char) c);
        }
    }

  return g_string_free (out, FALSE);
}

ScGiftSpan
sc_gift_span_trim (const char *t,
                   ScGiftSpan  span)
{
  while (span.start < span.end && g_ascii_isspace (t[span.start]))
    span.start++;
  while (span.end > span.start && g_ascii_isspace (t[span.end - 1]))
    span.end--;

  return span;
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

static gboolean
format_from_name (const char   *name,
                  gsize         len,
                  ScTextFormat *format)
{
  static const struct { const char *name; ScTextFormat format; } names[] = {
    { "moodle", SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT },
    { "html", SC_TEXT_FORMAT_HTML },
    { "plain", SC_TEXT_FORMAT_PLAIN },
    { "markdown", SC_TEXT_FORMAT_MARKDOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (strlen (names[i].name) == len && memcmp (names[i].name, name, len) == 0)
        {
          *format = names[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * sc_gift_text_parse:
 * @trim_first: trim before looking for the "[format]" prefix (Moodle does
 *   for everything but the general feedback)
 *
 * A text with an optional [html], [moodle], [plain] or [markdown] prefix;
 * escapes undone, white space trimmed.
 */
void
sc_gift_text_parse (const char     *text,
                    gsize           len,
                    ScTextFormat    default_format,
                    gboolean        trim_first,
                    ScQuestionText *out)
{
  ScGiftSpan span = { 0, len };
  ScTextFormat format = default_format;
  g_autofree char *source = NULL;

  if (trim_first)
    span = sc_gift_span_trim (text, span);

  if (span.start < span.end && text[span.start] == '[')
    {
      const char *close = memchr (text + span.start, ']', span.end - span.start);

      if (close != NULL &&
          format_from_name (text + span.start + 1, (gsize) (close - text) - span.start - 1, &format))
        span.start = (gsize) (close - text) + 1;
    }

  source = sc_gift_unescape (text + span.start, span.end - span.start);
  sc_question_text_set (out, g_strstrip (source), format);
}

/* "%50%", "%-33.33333%", "%100%": the length taken, 0 when @span does not
 * start with a weight (then it is part of the answer's text, as in Moodle). */
gsize
sc_gift_weight_parse (const char  *t,
                      ScGiftSpan   span,
                      char       **source,
                      double      *fraction)
{
  gsize p = span.start;
  gsize number, digits = 0;

  if (p >= span.end || t[p] != '%')
    return 0;
  number = ++p;
  if (p < span.end && t[p] == '-')
    p++;
  while (p + digits < span.end && g_ascii_isdigit (t[p + digits]))
    digits++;
  if (digits == 0)
    return 0;
  p += digits;
  if (p < span.end && t[p] == '.')
    {
      if (digits > 2)
        return 0;
      for (p++; p < span.end && g_ascii_isdigit (t[p]); p++)
        ;
    }
  if (p >= span.end || t[p] != '%')
    return 0;

  *source = g_strndup (t + number, p - number);
  *fraction = g_ascii_strtod (*source, NULL) / 100.0;

  return p + 1 - span.start;
}

/* Pieces between the markers "=" (and "~" when @at_tilde), each with the
 * marker that opened it; the first piece has none. */
GArray *
sc_gift_split (const char *t,
               ScGiftSpan  span,
               gboolean    at_tilde)
{
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (ScGiftPiece));
  ScGiftPiece piece = { { span.start, span.end }, 0 };

  for (gsize i = span.start; i < span.end; i++)
    {
      if (t[i] == '=' || (at_tilde && t[i] == '~'))
        {
          piece.span.end = i;
          g_array_append_val (pieces, piece);
          piece.span.start = i + 1;
          piece.marker = t[i];
        }
    }
  piece.span.end = span.end;
  g_array_append_val (pieces, piece);

  return pieces;
}

/* What PHP's is_numeric() accepts once trimmed: 3, -2.5, .5, 1e3. */
gboolean
sc_gift_is_number (const char *text)
{
  const char *p = text;
  gboolean digits = FALSE;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      digits = TRUE;
  if (!digits)
    return FALSE;
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  return *p == '\0';
}

static char *
shorten (const char *text,
         guint       max_chars)
{
  GString *out = g_string_new (NULL);
  gboolean in_tag = FALSE, space = FALSE;
  glong length;

  /* Tags out and white space folded, as Moodle's PARAM_TEXT cleaning does. */
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
        in_tag = TRUE;
      else if (in_tag && *p == '>')
        in_tag = FALSE;
      else if (!in_tag && g_ascii_isspace (*p))
        space = out->len > 0;
      else if (!in_tag)
        {
          if (space)
            g_string_append_c (out, ' ');
          g_string_append_c (out, *p);
          space = FALSE;
        }
    }

  length = g_utf8_strlen (out->str, -1);
  if (length > (glong) max_chars)
    {
      char *cut = g_utf8_offset_to_pointer (out->str, max_chars - 3);
      gboolean whole_word = *cut == ' ';
      char *last_space;

      /* Cut at a word's end. */
      *cut = '\0';
      last_space = strrchr (out->str, ' ');
      if (!whole_word && last_space != NULL && last_space > out->str)
        *last_space = '\0';
      g_string_set_size (out, strlen (out->str));
      g_string_append (out, "...");
    }

  return g_string_free (out, FALSE);
}

static char *
make_label (const char *name,
            const char *t,
            ScGiftSpan  rest)
{
  g_autofree char *raw = NULL;
  gsize len = strcspn (t + rest.start, "\n{");

  if (name != NULL && *name != '\0')
    return shorten (name, NAME_MAX_CHARS);

  /* The first line of the text, up to the answers if it has any text
   * before them. */
  if (len == 0)
    len = strcspn (t + rest.start, "\n");
  raw = sc_gift_unescape (t + rest.start, MIN (len, rest.end - rest.start));

  return shorten (raw, LABEL_MAX_CHARS);
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

static char *
format_percent (double fraction)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.5f", fraction * 100.0);
  end = buffer + strlen (buffer);
  while (end > buffer && end[-1] == '0')
    *--end = '\0';
  if (end > buffer && end[-1] == '.')
    *--end = '\0';
  if (g_str_equal (buffer, "-0"))
    return g_strdup ("0");

  return g_strdup (buffer);
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
                                                : format_percent (answer->fraction);
      matched = sc_moodle_grade_snap (answer->fraction);
      nearest = format_percent (matched);
      text = shorten (answer->text.source != NULL ? answer->text.source : "", LABEL_MAX_CHARS);
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

  question->name = name != NULL ? name : shorten (question->stem.source, NAME_MAX_CHARS);

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
