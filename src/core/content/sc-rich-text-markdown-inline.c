/* sc-rich-text-markdown-inline.c - Markdown emphasis, code spans and links into runs
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small recursive reading of CommonMark's inline rules, enough for what
 * question writers type: *em*, _em_, **strong**, ***both***, `code`,
 * [text](https://…), <https://…> and backslash escapes. A delimiter that
 * finds no partner is ordinary text, as in CommonMark. What the model
 * cannot show (pictures, HTML tags, links to anything but a web or mail
 * address, strikethrough) is kept as text and noted.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-rich-text-markdown-private.h"

#define NOT_FOUND G_MAXSIZE

typedef struct
{
  ScRichBlock *block;
  const char  *text;
  guint        first_line;
  GPtrArray   *notes;
} Inline;

typedef struct
{
  ScRichStyle     style;
  ScRichLinkKind  link_kind;
  const char     *target;
} Look;

static void parse_range (Inline     *in,
                         gsize       start,
                         gsize       end,
                         const Look *look);

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static gboolean
is_web_address (const char *address)
{
  return g_str_has_prefix (address, "https://") || g_str_has_prefix (address, "http://") ||
         g_str_has_prefix (address, "mailto:");
}

static guint
line_at (Inline *in,
         gsize   offset)
{
  guint line = in->first_line;

  for (gsize i = 0; i < offset && in->text[i] != '\0'; i++)
    if (in->text[i] == '\n')
      line++;

  return line;
}

static gsize
run_length (const char *text,
            gsize       i,
            gsize       end,
            char        c)
{
  gsize n = 0;

  while (i + n < end && text[i + n] == c)
    n++;

  return n;
}

static void
flush (Inline     *in,
       GString    *plain,
       const Look *look)
{
  if (plain->len == 0)
    return;

  sc_rich_block_add_run (in->block, plain->str, look->style, look->link_kind, look->target);
  g_string_truncate (plain, 0);
}

/* The start of the closing run of exactly @n backticks, or NOT_FOUND. */
static gsize
find_code_close (const char *text,
                 gsize       from,
                 gsize       end,
                 gsize       n)
{
  for (gsize k = from; k < end;)
    {
      gsize m;

      if (text[k] != '`')
        {
          k++;
          continue;
        }
      m = run_length (text, k, end, '`');
      if (m == n)
        return k;
      k += m;
    }

  return NOT_FOUND;
}

static void
add_code (Inline     *in,
          gsize       start,
          gsize       end,
          const Look *look)
{
  g_autofree char *code = g_strndup (in->text + start, end - start);
  gsize len = strlen (code);
  char *body = code;

  for (char *p = code; *p != '\0'; p++)
    if (*p == '\n')
      *p = ' ';
  /* One space on each side lets a span start or end with a backtick. */
  if (len >= 2 && code[0] == ' ' && code[len - 1] == ' ' && strspn (code, " ") != len)
    {
      code[len - 1] = '\0';
      body = code + 1;
    }

  sc_rich_block_add_run (in->block, body, look->style | SC_RICH_STYLE_CODE, look->link_kind,
                         look->target);
}

/* The start of a closing run of exactly @n @delimiter characters, skipping
 * code spans and escapes; NOT_FOUND when the opener stays text. */
static gsize
find_closer (const char *text,
             gsize       from,
             gsize       end,
             char        delimiter,
             gsize       n)
{
  gsize k = from;

  while (k < end)
    {
      char c = text[k];
      gsize m;

      if (c == '\\' && k + 1 < end)
        {
          k += 2;
          continue;
        }
      if (c == '`')
        {
          gsize close;

          m = run_length (text, k, end, '`');
          close = find_code_close (text, k + m, end, m);
          k = close == NOT_FOUND ? k + m : close + m;
          continue;
        }
      if (c != delimiter)
        {
          k++;
          continue;
        }

      m = run_length (text, k, end, delimiter);
      if (m == n && k > from && !is_space (text[k - 1]) &&
          (delimiter != '_' || k + m >= end || !g_ascii_isalnum (text[k + m])))
        return k;
      k += m;
    }

  return NOT_FOUND;
}

static gboolean
try_emphasis (Inline     *in,
              GString    *plain,
              gsize      *i,
              gsize       end,
              const Look *look)
{
  const char *text = in->text;
  char delimiter = text[*i];
  gsize n = run_length (text, *i, end, delimiter);
  gsize after = *i + n;
  gsize close;
  Look inner = *look;

  if (n > 3 || after >= end || is_space (text[after]))
    return FALSE;
  /* snake_case_names stay as they are. */
  if (delimiter == '_' && *i > 0 && g_ascii_isalnum (text[*i - 1]))
    return FALSE;

  close = find_closer (text, after, end, delimiter, n);
  if (close == NOT_FOUND)
    return FALSE;

  flush (in, plain, look);
  inner.style |= n == 1 ? SC_RICH_STYLE_EMPHASIS
               : n == 2 ? SC_RICH_STYLE_STRONG
               : SC_RICH_STYLE_EMPHASIS | SC_RICH_STYLE_STRONG;
  parse_range (in, after, close, &inner);
  *i = close + n;

  return TRUE;
}

/* The position of the bracket that closes the one at @open, or NOT_FOUND. */
static gsize
find_bracket_close (const char *text,
                    gsize       open,
                    gsize       end)
{
  guint depth = 0;

  for (gsize k = open; k < end; k++)
    {
      if (text[k] == '\\')
        k++;
      else if (text[k] == '[')
        depth++;
      else if (text[k] == ']' && --depth == 0)
        return k;
    }

  return NOT_FOUND;
}

/* Reads "(destination "title")" at @open; returns the position after the
 * closing parenthesis, or NOT_FOUND. */
static gsize
read_destination (const char  *text,
                  gsize        open,
                  gsize        end,
                  char       **destination)
{
  guint depth = 0;
  gsize k;
  gsize d_start, d_end;

  if (open >= end || text[open] != '(')
    return NOT_FOUND;

  for (k = open; k < end; k++)
    {
      if (text[k] == '\\')
        k++;
      else if (text[k] == '(')
        depth++;
      else if (text[k] == ')' && --depth == 0)
        break;
    }
  if (k >= end)
    return NOT_FOUND;

  d_start = open + 1;
  while (d_start < k && is_space (text[d_start]))
    d_start++;
  if (d_start < k && text[d_start] == '<')
    {
      d_start++;
      for (d_end = d_start; d_end < k && text[d_end] != '>'; d_end++)
        ;
    }
  else
    {
      for (d_end = d_start; d_end < k && !is_space (text[d_end]); d_end++)
        ;
    }

  *destination = g_strndup (text + d_start, d_end - d_start);

  return k + 1;
}

static gboolean
try_link (Inline     *in,
          GString    *plain,
          gsize      *i,
          gsize       end,
          const Look *look)
{
  gboolean image = in->text[*i] == '!';
  gsize open = *i + (image ? 1 : 0);
  gsize close = find_bracket_close (in->text, open, end);
  g_autofree char *destination = NULL;
  gsize after;
  Look inner = *look;

  if (close == NOT_FOUND)
    return FALSE;
  after = read_destination (in->text, close + 1, end, &destination);
  if (after == NOT_FOUND)
    return FALSE;

  flush (in, plain, look);
  if (image)
    {
      /* TRANSLATORS: formatting simplified; %s is a picture's address */
      sc_markdown_add_note (in->notes, line_at (in, *i),
                            _("image “%s” shown as its description"),
                            destination);
    }
  else if (is_web_address (destination) && look->link_kind == SC_RICH_LINK_NONE)
    {
      inner.link_kind = SC_RICH_LINK_URI;
      inner.target = destination;
    }
  else
    {
      /* TRANSLATORS: formatting simplified; %s is a link address */
      sc_markdown_add_note (in->notes, line_at (in, *i),
                            _("link to “%s” shown as text"),
                            destination);
    }

  parse_range (in, open + 1, close, &inner);
  *i = after;

  return TRUE;
}

/* <https://…> and <name@example.com> become links; any other tag is HTML,
 * which this subset keeps as text. */
static gboolean
try_angle (Inline     *in,
           GString    *plain,
           gsize      *i,
           gsize       end,
           const Look *look)
{
  const char *text = in->text;
  gsize k;
  g_autofree char *inside = NULL;
  Look inner = *look;

  for (k = *i + 1; k < end && text[k] != '>' && text[k] != '<' && text[k] != '\n'; k++)
    ;
  if (k >= end || text[k] != '>' || k == *i + 1)
    return FALSE;
  inside = g_strndup (text + *i + 1, k - *i - 1);

  if (look->link_kind == SC_RICH_LINK_NONE && strchr (inside, ' ') == NULL &&
      (is_web_address (inside) || (strchr (inside, '@') != NULL && strchr (inside, ':') == NULL)))
    {
      g_autofree char *target = is_web_address (inside) ? g_strdup (inside)
                                                          : g_strconcat ("mailto:", inside, NULL);

      flush (in, plain, look);
      inner.link_kind = SC_RICH_LINK_URI;
      inner.target = target;
      sc_rich_block_add_run (in->block, inside, inner.style, inner.link_kind, inner.target);
      *i = k + 1;
      return TRUE;
    }

  if (g_ascii_isalpha (inside[0]) || inside[0] == '/' || inside[0] == '!')
    {
      g_autofree char *tag = g_strndup (text + *i, k + 1 - *i);

      /* TRANSLATORS: formatting simplified; %s is an HTML tag such as "<b>" */
      sc_markdown_add_note (in->notes, line_at (in, *i),
                            _("HTML tag “%s” shown as text"), tag);
      g_string_append (plain, tag);
      *i = k + 1;
      return TRUE;
    }

  return FALSE;
}

static void
parse_range (Inline     *in,
             gsize       start,
             gsize       end,
             const Look *look)
{
  const char *text = in->text;
  g_autoptr(GString) plain = g_string_new (NULL);
  gsize i = start;

  while (i < end)
    {
      char c = text[i];

      if (c == '\\' && i + 1 < end && g_ascii_ispunct (text[i + 1]))
        {
          g_string_append_c (plain, text[i + 1]);
          i += 2;
        }
      else if (c == '`')
        {
          gsize n = run_length (text, i, end, '`');
          gsize close = find_code_close (text, i + n, end, n);

          if (close == NOT_FOUND)
            {
              g_string_append_len (plain, text + i, n);
              i += n;
              continue;
            }
          flush (in, plain, look);
          add_code (in, i + n, close, look);
          i = close + n;
        }
      else if ((c == '*' || c == '_') && try_emphasis (in, plain, &i, end, look))
        {
        }
      else if ((c == '[' || (c == '!' && i + 1 < end && text[i + 1] == '[')) &&
               try_link (in, plain, &i, end, look))
        {
        }
      else if (c == '<' && try_angle (in, plain, &i, end, look))
        {
        }
      else
        {
          if (c == '~' && i + 2 < end && text[i + 1] == '~' && !is_space (text[i + 2]) &&
              strstr (text + i + 2, "~~") != NULL)
            /* TRANSLATORS: formatting simplified */
            sc_markdown_add_note (in->notes, line_at (in, i),
                                  _("strikethrough shown as text with its ~~ marks"));
          /* A "~~" run stays whole; a "***" with no partner of its own
           * length gives up one mark and tries again, as in "***a** b". */
          if (c == '~')
            {
              gsize n = run_length (text, i, end, c);

              g_string_append_len (plain, text + i, n);
              i += n;
            }
          else
            {
              g_string_append_c (plain, c);
              i++;
            }
        }
    }

  flush (in, plain, look);
}

/*
 * sc_markdown_add_inlines:
 * @text: a paragraph's source, lines joined with "\n"
 * @first_line: the source line of @text's first line
 *
 * Appends @text's runs to @block; the caller normalises them.
 */
void
sc_markdown_add_inlines (ScRichBlock *block,
                         const char  *text,
                         guint        first_line,
                         GPtrArray   *notes)
{
  Inline in = { block, text, first_line, notes };
  Look look = { SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL };

  parse_range (&in, 0, strlen (text), &look);
}
