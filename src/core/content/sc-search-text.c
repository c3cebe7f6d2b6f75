/* sc-search-text.c - the words search indexes, what the user types into an FTS5 query, marked snippets into Pango markup
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index holds a block's words one piece per line: its title, its
 * picture's alternative text, its runs, its plain text, then its
 * children's, nested sections left out (they are rows of their own).
 * Layout does not matter to search, and a snippet is shown on one line.
 *
 * FTS5 gives meaning to `"`, `-`, `*`, `(`, `)`, `:`, `^`, `+` and to the
 * words AND, OR, NOT and NEAR: typed unquoted, `t-shirt` is "no such column:
 * shirt" and `(` a syntax error. So no character the user types ever
 * reaches MATCH outside a string: each word becomes one FTS5 string.
 *
 * A "word" is what lies between spaces. FTS5 runs a string through the
 * same unicode61 tokenizer as the indexed text, and a string of several
 * tokens is a phrase: `t-shirt` becomes the string "t-shirt", which is
 * the phrase "t shirt" and finds "T-shirt" (and "T shirt"), but not a
 * text that has a "t" in one place and "shirt" in another, as the two
 * separate strings "t" "shirt" would. Letting the tokenizer split the
 * word, rather than splitting it here, keeps the query's tokens exactly
 * those of the index (case, diacritics, which characters separate).
 */
#include "config.h"

#include <string.h>

#include "sc-search-text.h"

/**
 * sc_search_text_clean:
 * @text: (transfer full): text to index
 *
 * The snippet marks must never come from the text itself (XML cannot
 * hold these characters, but a rich text built from elsewhere might):
 * they become spaces, in place.
 *
 * Returns: (transfer full): @text
 */
char *
sc_search_text_clean (char *text)
{
  static const char marks[] = { SC_SEARCH_MARK_START, SC_SEARCH_MARK_END, '\0' };

  /* strpbrk () looks at many bytes at a time: a course's text is
   * megabytes, and the marks are almost never in it. */
  for (char *p = strpbrk (text, marks); p != NULL; p = strpbrk (p + 1, marks))
    *p = ' ';

  return text;
}

static void
append_piece (GString    *out,
              const char *text)
{
  if (text == NULL || *text == '\0')
    return;

  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, text);
}

/* The runs' text as one piece, appended in place. */
static void
append_runs (GString     *out,
             ScRichBlock *block)
{
  gboolean first = TRUE;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const ScRichRun *run = g_ptr_array_index (block->runs, i);

      if (run->text == NULL || *run->text == '\0')
        continue;
      if (first && out->len > 0)
        g_string_append_c (out, '\n');
      first = FALSE;
      g_string_append (out, run->text);
    }
}

/**
 * sc_search_text_append_words:
 *
 * Appends the words of @block and of everything under it except nested
 * sections to @out, one piece per line; a section's own title is left to
 * the caller (it is a row's title).
 */
void
sc_search_text_append_words (GString     *out,
                             ScRichBlock *block)
{
  if (block->kind != SC_RICH_BLOCK_SECTION)
    append_piece (out, block->title);
  append_piece (out, block->alt);
  append_runs (out, block);
  append_piece (out, block->text);

  for (guint i = 0; i < block->children->len; i++)
    {
      ScRichBlock *child = g_ptr_array_index (block->children, i);

      if (child->kind != SC_RICH_BLOCK_SECTION)
        sc_search_text_append_words (out, child);
    }
}

/**
 * sc_search_text_dup_words:
 *
 * Returns: (transfer full): the words of every block of @text, cleaned
 */
char *
sc_search_text_dup_words (ScRichText *text)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < sc_rich_text_get_n_blocks (text); i++)
    sc_search_text_append_words (out, sc_rich_text_get_block (text, i));

  return sc_search_text_clean (g_string_free (out, FALSE));
}

/* The characters unicode61 keeps in tokens: letters, digits and private
 * use ("L* N* Co"), plus the combining marks that remove_diacritics folds
 * into them. A word with none of them is only punctuation: it would be an
 * empty phrase, which matches nothing, so it is left out. */
static gboolean
is_token_char (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_NON_SPACING_MARK:
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
is_separator (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_iscntrl (c);
}

/**
 * sc_search_query_new:
 * @user_text: (nullable): what the user typed, as typed
 *
 * Turns @user_text into an FTS5 MATCH expression that can never be a
 * syntax error: each word (text between spaces) becomes a double-quoted
 * string, with the quotes inside it doubled, and the words are ANDed. The
 * last word gets a `*` so that the query finds words as they are being
 * typed ("inv" finds "inventory"). Words of punctuation only are left
 * out; see SC_SEARCH_MAX_TERMS for the length limits.
 *
 * Returns: (transfer full) (nullable): the MATCH expression, or %NULL
 *   when @user_text holds no word to search for (empty, spaces only,
 *   punctuation only)
 */
char *
sc_search_query_new (const char *user_text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) query = NULL;
  g_autoptr(GString) term = NULL;
  const char *p;
  guint n_terms = 0;

  if (user_text == NULL)
    return NULL;

  valid = g_utf8_make_valid (user_text, -1);
  query = g_string_new (NULL);
  term = g_string_new (NULL);

  p = valid;
  while (*p != '\0' && n_terms < SC_SEARCH_MAX_TERMS)
    {
      gboolean has_token = FALSE;
      guint n_chars = 0;

      while (*p != '\0' && is_separator (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      g_string_truncate (term, 0);
      for (; *p != '\0' && !is_separator (g_utf8_get_char (p)); p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (n_chars++ >= SC_SEARCH_MAX_TERM_CHARS)
            continue;
          if (c == '"')
            g_string_append (term, "\"\"");
          else
            g_string_append_unichar (term, c);
          has_token |= is_token_char (c);
        }

      if (!has_token)
        continue;

      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_printf (query, "\"%s\"", term->str);
      n_terms++;
    }

  if (n_terms == 0)
    return NULL;

  g_string_append_c (query, '*');

  return g_string_free (g_steal_pointer (&query), FALSE);
}

static void
flush_plain (GString *out,
             GString *plain)
{
  g_autofree char *escaped = NULL;

  if (plain->len == 0)
    return;

  escaped = g_markup_escape_text (plain->str, (gssize) plain->len);
  g_string_append (out, escaped);
  g_string_truncate (plain, 0);
}

/**
 * sc_search_markup_from_marked:
 * @marked: text from FTS5's highlight() or snippet(), with each match
 *   between SC_SEARCH_MARK_START and SC_SEARCH_MARK_END
 *
 * Escapes the text for Pango markup (`<`, `&`, quotes) and turns the
 * marks into `<b>`…`</b>`, so the result is safe to give to a label
 * whatever the course text holds. Line breaks and runs of spaces become
 * one space, since a snippet is shown on one line; unbalanced marks are
 * ignored or closed.
 *
 * Returns: (transfer full): valid Pango markup
 */
char *
sc_search_markup_from_marked (const char *marked)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) plain = NULL;
  GString *out;
  gboolean bold = FALSE;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (marked != NULL, NULL);

  valid = g_utf8_make_valid (marked, -1);
  plain = g_string_new (NULL);
  out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == SC_SEARCH_MARK_START || c == SC_SEARCH_MARK_END)
        {
          gboolean start = c == SC_SEARCH_MARK_START;

          /* A space before a match stays outside the bold. */
          if (start && pending_space && out->len + plain->len > 0)
            g_string_append_c (plain, ' ');
          if (start)
            pending_space = FALSE;
          flush_plain (out, plain);
          if (start && !bold)
            g_string_append (out, "<b>");
          else if (!start && bold)
            g_string_append (out, "</b>");
          bold = start;
          continue;
        }

      if (is_separator (c))
        {
          pending_space = TRUE;
          continue;
        }

      if (pending_space && out->len + plain->len > 0)
        g_string_append_c (plain, ' ');
      pending_space = FALSE;
      g_string_append_unichar (plain, c);
    }

  flush_plain (out, plain);
  if (bold)
    g_string_append (out, "</b>");

  return g_string_free (out, FALSE);
}
