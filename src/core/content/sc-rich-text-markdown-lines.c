/* sc-rich-text-markdown-lines.c - what kind of Markdown line this is
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small tests on one line of Markdown (its indentation, a list marker, a
 * heading, a fence, a rule, a table's rule row), used by the block pass in
 * sc-rich-text-markdown.c.
 */
#include <string.h>

#include "sc-rich-text-markdown-private.h"

/* Columns of leading white space (a tab advances to the next multiple of 4)
 * and where the rest starts. */
guint
sc_markdown_measure_indent (const char  *line,
                            const char **rest)
{
  guint column = 0;
  const char *c;

  for (c = line; *c == ' ' || *c == '\t'; c++)
    column = *c == '\t' ? (column / 4 + 1) * 4 : column + 1;
  *rest = c;

  return column;
}

gboolean
sc_markdown_is_blank (const char *line)
{
  for (const char *c = line; *c != '\0'; c++)
    if (!g_ascii_isspace (*c))
      return FALSE;

  return TRUE;
}

/* Three or more of one of -, * or _, with spaces between allowed. */
gboolean
sc_markdown_is_rule (const char *rest)
{
  char mark = rest[0];
  guint count = 0;

  if (mark != '-' && mark != '*' && mark != '_')
    return FALSE;
  for (const char *c = rest; *c != '\0'; c++)
    {
      if (*c == mark)
        count++;
      else if (*c != ' ' && *c != '\t')
        return FALSE;
    }

  return count >= 3;
}

/* A setext underline: only "=" or only "-", trailing spaces allowed. */
int
sc_markdown_setext_level (const char *rest)
{
  gsize n;

  if (rest[0] != '=' && rest[0] != '-')
    return 0;
  n = strspn (rest, rest[0] == '=' ? "=" : "-");
  if (!sc_markdown_is_blank (rest + n))
    return 0;

  return rest[0] == '=' ? 1 : 2;
}

int
sc_markdown_heading_level (const char  *rest,
                           const char **body)
{
  gsize n = strspn (rest, "#");

  if (n < 1 || n > 6 || (rest[n] != '\0' && rest[n] != ' ' && rest[n] != '\t'))
    return 0;
  *body = rest + n;

  return (int) n;
}

/* "- ", "* ", "+ ", "1. " or "1) ": the marker's width, 0 when none. */
gsize
sc_markdown_list_marker (const char *rest,
                         gboolean   *ordered,
                         char       *marker,
                         guint64    *number)
{
  gsize digits = strspn (rest, "0123456789");
  gsize width;

  if ((rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && digits == 0)
    {
      *ordered = FALSE;
      *marker = rest[0];
      *number = 1;
      width = 1;
    }
  else if (digits >= 1 && digits <= 9 && (rest[digits] == '.' || rest[digits] == ')'))
    {
      *ordered = TRUE;
      *marker = rest[digits];
      *number = g_ascii_strtoull (rest, NULL, 10);
      width = digits + 1;
    }
  else
    {
      return 0;
    }

  if (rest[width] != '\0' && rest[width] != ' ' && rest[width] != '\t')
    return 0;

  return width;
}

gboolean
sc_markdown_is_fence (const char *rest,
                      char       *fence_char,
                      gsize      *fence_len)
{
  gsize n;

  if (rest[0] != '`' && rest[0] != '~')
    return FALSE;
  n = strspn (rest, rest[0] == '`' ? "`" : "~");
  if (n < 3 || (rest[0] == '`' && strchr (rest + n, '`') != NULL))
    return FALSE;
  *fence_char = rest[0];
  *fence_len = n;

  return TRUE;
}

/* "|---|:--:|" and the like: only pipes, dashes, colons and spaces, with at
 * least one dash. */
gboolean
sc_markdown_is_table_rule (const char *rest)
{
  return strchr (rest, '-') != NULL && strchr (rest, '|') != NULL &&
         strspn (rest, "|-: \t") == strlen (rest);
}

/* @line without its first @columns columns of white space. */
const char *
sc_markdown_skip_columns (const char *line,
                          guint       columns)
{
  guint column = 0;
  const char *c;

  for (c = line; (*c == ' ' || *c == '\t') && column < columns; c++)
    column = *c == '\t' ? (column / 4 + 1) * 4 : column + 1;

  return c;
}
