/* sc-lint-strings.c - the text the rules read: a description's plain text, folded words, characters counted
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the rules (sc-lint-private.h). They write into buffers the
 * caller keeps from product to product, and take the ASCII path when the
 * text allows, since nearly every listing is mostly ASCII: linting a whole
 * catalog calls them a few hundred thousand times.
 */
#include "config.h"

#include <string.h>

#include "sc-lint-private.h"

/* Writes the text of @entity (without & and ;) at @out; returns its end. */
static char *
write_entity (char       *out,
              const char *entity,
              gsize       length)
{
  static const struct { const char *name; char text; } names[] = {
    { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
    { "apos", '\'' }, { "nbsp", ' ' }, { "#39", '\'' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strlen (names[i].name) == length && strncmp (names[i].name, entity, length) == 0)
      {
        *out = names[i].text;
        return out + 1;
      }

  *out = ' ';
  return out + 1;
}

/**
 * sc_lint_plain_text_into:
 * @out: replaced by the words of @text
 *
 * sc_lint_plain_text () into a buffer a caller reuses.
 */
void
sc_lint_plain_text_into (GString             *out,
                         const char          *text,
                         ScDescriptionFormat  format)
{
  /* The bytes that are not copied as they are: the end, white space
   * (g_ascii_isspace ()), and a tag's or an entity's start. */
  static const guint8 special[256] = {
    ['\0'] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
    ['<'] = 1, ['&'] = 1,
  };
  gboolean html = format == SC_DESCRIPTION_FORMAT_HTML;
  gboolean space = TRUE;
  char *o;

  /* The words are never longer than the source (a tag or an entity
   * gives one byte): write them in place. */
  g_string_set_size (out, text != NULL ? strlen (text) : 0);
  o = out->str;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      char c = *p;

      /* Most bytes are copied as they are, a run at a time, and so is a
       * single space between two such runs (it would be copied as one
       * space anyway, the run before having ended in an ordinary byte). */
      if (!special[(guchar) c])
        {
          for (;;)
            {
              do
                *o++ = *p++;
              while (!special[(guchar) *p]);
              if (*p != ' ' || special[(guchar) p[1]])
                break;
              *o++ = *p++;
            }
          p--;
          space = FALSE;
          continue;
        }
      if (html && c == '<')
        {
          const char *end = strchr (p, '>');

          if (end == NULL)
            break;
          p = end;
          if (!space)
            *o++ = ' ';
          space = TRUE;
          continue;
        }
      if (html && c == '&')
        {
          /* The first ';' within eight bytes, as strchr () then a length check. */
          const char *end = NULL;

          for (const char *q = p + 1; *q != '\0' && q - p <= 8; q++)
            if (*q == ';')
              {
                end = q;
                break;
              }
          if (end != NULL)
            {
              o = write_entity (o, p + 1, end - p - 1);
              p = end;
              space = FALSE;
              continue;
            }
        }
      if (c == ' ' || (c >= '\t' && c <= '\r'))   /* g_ascii_isspace () */
        {
          if (!space)
            *o++ = ' ';
          space = TRUE;
          continue;
        }
      *o++ = c;
      space = FALSE;
    }

  if (o > out->str && o[-1] == ' ')
    o--;
  g_string_truncate (out, o - out->str);
}

/**
 * sc_lint_plain_text:
 *
 * The words a shopper reads: tags dropped, the common entities decoded,
 * white space collapsed. Good enough to count and compare; the editor's
 * rich-text converters do the real work.
 *
 * Returns: (transfer full): the text
 */
char *
sc_lint_plain_text (const char          *text,
                    ScDescriptionFormat  format)
{
  GString *out = g_string_new (NULL);

  sc_lint_plain_text_into (out, text, format);
  return g_string_free (out, FALSE);
}

/**
 * sc_lint_fold_equal:
 * @scratch_a: a buffer to fold into
 * @scratch_b: another
 *
 * Whether @a and @b (@a_length and @b_length bytes) are the same once
 * case-folded (sc_lint_fold_into ()), without folding ASCII text.
 */
gboolean
sc_lint_fold_equal (const char *a,
                    gsize       a_length,
                    const char *b,
                    gsize       b_length,
                    GString    *scratch_a,
                    GString    *scratch_b)
{
  gboolean ascii = sc_lint_is_ascii (a, a_length) && sc_lint_is_ascii (b, b_length);

  if (ascii)
    return a_length == b_length && g_ascii_strncasecmp (a, b, a_length) == 0;

  sc_lint_fold_into (scratch_a, a, a_length);
  sc_lint_fold_into (scratch_b, b, b_length);
  return g_str_equal (scratch_a->str, scratch_b->str);
}

gboolean
sc_lint_is_ascii (const char *text,
                  gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guchar) text[i] >= 0x80)
      return FALSE;

  return TRUE;
}

/**
 * sc_lint_char_count:
 * @text: (nullable): a text
 * @length: bytes of @text, or -1 for all
 *
 * g_utf8_strlen (@text, -1), eight ASCII bytes at a time.
 *
 * Returns: the characters of @text
 */
guint
sc_lint_char_count (const char *text,
                    gssize      length)
{
  gsize n;
  gsize i = 0;

  if (text == NULL)
    return 0;

  n = length < 0 ? strlen (text) : (gsize) length;
  for (; i + 8 <= n; i += 8)
    {
      guint64 word;

      memcpy (&word, text + i, 8);
      if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
        break;
    }
  while (i < n && (guchar) text[i] < 0x80)
    i++;
  if (i == n)
    return (guint) n;

  /* From a character boundary: the ASCII bytes before were one each. */
  return (guint) (i + g_utf8_strlen (text + i, -1));
}

/**
 * sc_lint_fold_into:
 * @out: replaced by @text, case-folded
 * @length: bytes of @text, or -1 for all
 *
 * sc_lint_fold () into a buffer a caller reuses.
 */
void
sc_lint_fold_into (GString    *out,
                   const char *text,
                   gssize      length)
{
  gsize n = length < 0 ? strlen (text) : (gsize) length;

  gsize i = 0;

  if (n < out->allocated_len)
    {
      out->len = n;
      out->str[n] = '\0';
    }
  else
    g_string_set_size (out, n);
  for (; i < n && (guchar) text[i] < 0x80; i++)
    {
      char c = text[i];

      out->str[i] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;   /* g_ascii_tolower () */
    }
  if (i == n)
    return;

  /* g_utf8_casefold () folds each character on its own: fold the ASCII
   * bytes here and each run of other characters with it, as long as the
   * run is valid UTF-8 (else g_utf8_casefold () would read across it). */
  g_string_truncate (out, i);
  while (i < n)
    {
      gsize end = i;
      char *folded;

      if ((guchar) text[i] < 0x80)
        {
          char c = text[i++];

          g_string_append_c (out, c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
          continue;
        }

      /* U+0080 to U+00FF, the accents of western European text: À to Þ
       * (but ×) fold to à to þ, µ to μ, ß to ss, the others to
       * themselves (test-lint-catalog compares every one with
       * g_utf8_casefold ()). */
      if (((guchar) text[i] == 0xC2 || (guchar) text[i] == 0xC3) && i + 1 < n &&
          ((guchar) text[i + 1] & 0xC0) == 0x80)
        {
          guint c = ((guint) ((guchar) text[i] & 0x1F) << 6) | ((guchar) text[i + 1] & 0x3F);

          if (c == 0xB5)
            g_string_append (out, "\xce\xbc");
          else if (c == 0xDF)
            g_string_append (out, "ss");
          else
            {
              if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
                c += 0x20;
              g_string_append_c (out, (char) (0xC0 | (c >> 6)));
              g_string_append_c (out, (char) (0x80 | (c & 0x3F)));
            }
          i += 2;
          continue;
        }

      while (end < n && (guchar) text[end] >= 0x80)
        end++;
      if (!g_utf8_validate_len (text + i, end - i, NULL))
        {
          folded = g_utf8_casefold (text, length);
          g_string_assign (out, folded);
          g_free (folded);
          return;
        }
      folded = g_utf8_casefold (text + i, end - i);
      g_string_append (out, folded);
      g_free (folded);
      i = end;
    }
}

/**
 * sc_lint_fold:
 * @length: bytes of @text, or -1 for all
 *
 * g_utf8_casefold (), with a shortcut for ASCII text (most titles, SKUs
 * and option values), whose case folding is plain lower-casing.
 *
 * Returns: (transfer full): @text case-folded
 */
char *
sc_lint_fold (const char *text,
              gssize      length)
{
  GString *out = g_string_new (NULL);

  sc_lint_fold_into (out, text, length);
  return g_string_free (out, FALSE);
}

/**
 * sc_lint_next_word:
 * @cursor: where to look from; moved past the word
 *
 * The words are the runs of letters, digits and apostrophes; a rule
 * compares them case-folded (sc_lint_fold_into ()).
 *
 * Returns: whether there was a word
 */
gboolean
sc_lint_next_word (const char **cursor,
                   const char **out_start,
                   gsize       *out_length)
{
  const char *start = NULL;
  const char *p = *cursor != NULL ? *cursor : "";

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      gboolean inside = c != 0 && (c == '\'' ||
                                   (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c)));

      if (inside && start == NULL)
        start = p;
      else if (!inside && start != NULL)
        {
          *out_start = start;
          *out_length = p - start;
          *cursor = p;
          return TRUE;
        }
      if (c == 0)
        {
          *cursor = p;
          return FALSE;
        }
    }
}

/* Writes @value in decimal at @out; returns its end. */
static char *
write_unsigned (char    *out,
                guint64  value)
{
  char digits[20];
  guint n = 0;

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);
  while (n > 0)
    *out++ = digits[--n];

  return out;
}

/**
 * sc_lint_format:
 * @out: where to write the message and its '\0'
 * @size: bytes at @out
 * @format: a printf () format
 * @args: its arguments (read only when it returns a length)
 *
 * g_vsnprintf () for the formats a finding's message has: %s, %.*s, %u,
 * %d, %c and %%, without positional arguments or flags.
 *
 * Returns: the message's length, or -1 when @format uses anything else or
 *   the message does not fit @size (the caller then formats it itself)
 */
int
sc_lint_format (char       *out,
                gsize       size,
                const char *format,
                va_list     args)
{
  char *o = out;
  char *end = out + size;

  for (const char *f = format; *f != '\0'; f++)
    {
      const char *text;
      gsize length;
      char number[24];

      /* The text up to the next conversion, copied as a run. */
      if (*f != '%')
        {
          const char *next = strchr (f, '%');

          length = next != NULL ? (gsize) (next - f) : strlen (f);
          if ((gsize) (end - o) <= length)
            return -1;
          memcpy (o, f, length);
          o += length;
          f += length - 1;
          continue;
        }

      f++;
      switch (*f)
        {
        case '%':
          number[0] = '%';
          text = number;
          length = 1;
          break;
        case 's':
          text = va_arg (args, const char *);
          if (text == NULL)
            return -1;
          length = strlen (text);
          break;
        case '.':
          if (f[1] != '*' || f[2] != 's')
            return -1;
          f += 2;
          {
            int precision = va_arg (args, int);

            text = va_arg (args, const char *);
            if (precision < 0 || text == NULL)
              return -1;
            length = strnlen (text, (gsize) precision);
          }
          break;
        case 'u':
          text = number;
          length = write_unsigned (number, va_arg (args, guint)) - number;
          break;
        case 'd':
          {
            int value = va_arg (args, int);

            text = number;
            if (value < 0)
              {
                number[0] = '-';
                length = write_unsigned (number + 1, (guint64) (-(gint64) value)) - number;
              }
            else
              length = write_unsigned (number, (guint64) value) - number;
          }
          break;
        case 'c':
          number[0] = (char) va_arg (args, int);
          text = number;
          length = 1;
          break;
        default:
          return -1;
        }

      if ((gsize) (end - o) <= length)
        return -1;
      memcpy (o, text, length);
      o += length;
    }

  *o = '\0';
  return (int) (o - out);
}
