/* sc-gift-text.c - GIFT's small pieces: escapes, [format] prefixes, %weights%, numbers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every question type shares when it reads its text: the escape
 * bytes put back, a text's optional format prefix, a weight at the start
 * of an answer, the pieces between "=" and "~", PHP's idea of a number,
 * and the short forms used for names in messages.
 */
#include "config.h"

#include <string.h>

#include "sc-gift-private.h"

/* The characters behind the escape bytes SC_GIFT_ESCAPE_FIRST … LAST; "n"
 * stands for a line break. */
static const char escapable[] = ":#={}~n";

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

      gsize name_end = (gsize) (close != NULL ? close - text : 0);

      if (close != NULL &&
          format_from_name (text + span.start + 1, name_end - span.start - 1, &format))
        span.start = name_end + 1;
    }

  source = sc_gift_unescape (text + span.start, span.end - span.start);
  /* An empty text has no format of its own worth keeping. */
  if (*g_strstrip (source) == '\0')
    format = default_format;
  sc_question_text_set (out, source, format);
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

/* A name for a question or a message: tags out, white space folded, cut at
 * a word's end with "..." when longer than @max_chars (as Moodle's
 * shorten_text does for names made from the text). */
char *
sc_gift_shorten (const char *text,
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

/* A fraction as GIFT writes a weight: 50, -33.33333, 100 (never 100.0,
 * which GIFT would not read as a weight). */
char *
sc_gift_format_percent (double fraction)
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
