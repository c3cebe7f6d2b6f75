/* sc-rich-text-markdown.c - rich text from a Markdown subset
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The subset question writers use in GIFT's [markdown] texts and Moodle's
 * markdown format: paragraphs, # headings (and underlined ones), "-", "*"
 * and "1." lists with nesting by indentation (the line tests are in
 * sc-rich-text-markdown-lines.c), and the inline forms of
 * sc-rich-text-markdown-inline.c. Everything else (tables, quotations,
 * code blocks, horizontal rules, numbering that starts elsewhere than 1)
 * keeps its text and is noted with its line ("table shown as lines of
 * text"), which an importer reports as "formatting simplified"; the source
 * itself is kept by the caller for export.
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-rich-text-markdown-private.h"

typedef struct
{
  ScRichBlock *item;
  gboolean     ordered;
  char         marker;   /* '-', '*', '+' for bullets; '.' or ')' after a number */
  guint        content;  /* the column where the item's text starts */
} Level;

typedef enum
{
  PARA_TEXT,
  PARA_QUOTE,
  PARA_CODE,
} ParaKind;

typedef struct
{
  ScRichText  *text;
  GPtrArray   *notes;
  GPtrArray   *top;         /* ScRichBlock: the text's blocks, owned until the end */
  GPtrArray   *lists;       /* ScRichBlock (borrowed), parallel to levels */
  GArray      *levels;      /* Level */

  GString     *para;        /* the open paragraph's source, NULL when none */
  guint        para_line;
  ParaKind     para_kind;
  gboolean     after_blank;
  gboolean     in_table;

  gboolean     in_fence;
  char         fence_char;
  gsize        fence_len;
  guint        fence_indent;
  guint        fence_lines;
} Parser;

void
sc_markdown_note_free (ScMarkdownNote *note)
{
  if (note == NULL)
    return;

  g_free (note->message);
  g_free (note);
}

void
sc_markdown_add_note (GPtrArray  *notes,
                      guint       line,
                      const char *format,
                      ...)
{
  g_autofree char *message = NULL;
  ScMarkdownNote *note;
  va_list args;

  if (notes == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  for (guint i = 0; i < notes->len; i++)
    {
      ScMarkdownNote *other = g_ptr_array_index (notes, i);

      if (other->line == line && g_str_equal (other->message, message))
        return;
    }

  note = g_new0 (ScMarkdownNote, 1);
  note->line = line;
  note->message = g_steal_pointer (&message);
  g_ptr_array_add (notes, note);
}

static void
append_block (Parser      *p,
              ScRichBlock *block)
{
  if (p->levels->len == 0)
    g_ptr_array_add (p->top, block);
  else
    sc_rich_block_add_child (g_array_index (p->levels, Level, p->levels->len - 1).item, block);
}

static void
add_block_text (Parser          *p,
                ScRichBlockKind  kind,
                int              variant,
                const char      *source,
                guint            line)
{
  ScRichBlock *block = sc_rich_block_new (kind, line);

  block->variant = variant;
  sc_markdown_add_inlines (block, source, line, p->notes);
  sc_rich_block_normalize_runs (block);
  if (block->runs->len == 0 && kind == SC_RICH_BLOCK_PARAGRAPH)
    sc_rich_block_free (block);
  else
    append_block (p, block);
}

static void
close_para (Parser *p)
{
  g_autoptr(GString) para = g_steal_pointer (&p->para);
  ScRichBlock *block;

  if (para == NULL)
    return;

  if (p->para_kind != PARA_CODE)
    {
      add_block_text (p, SC_RICH_BLOCK_PARAGRAPH, 0, para->str, p->para_line);
      return;
    }

  block = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, p->para_line);
  sc_rich_block_add_run (block, para->str, SC_RICH_STYLE_CODE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_normalize_runs (block);
  append_block (p, block);
}

static void
open_para (Parser     *p,
           ParaKind    kind,
           const char *text,
           guint       line)
{
  close_para (p);
  p->para = g_string_new (text);
  p->para_kind = kind;
  p->para_line = line;
}

static void
pop_levels (Parser *p,
            guint   depth)
{
  close_para (p);
  g_array_set_size (p->levels, MIN (depth, p->levels->len));
  g_ptr_array_set_size (p->lists, p->levels->len);
}

static void
add_table_row (Parser     *p,
               const char *rest,
               guint       line)
{
  g_autofree char *row = g_strstrip (g_strdup (rest));
  char *cells = row;
  gsize len;
  g_auto(GStrv) parts = NULL;
  g_autofree char *joined = NULL;

  if (cells[0] == '|')
    cells++;
  len = strlen (cells);
  if (len > 0 && cells[len - 1] == '|' && (len < 2 || cells[len - 2] != '\\'))
    cells[len - 1] = '\0';

  parts = g_strsplit (cells, "|", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strstrip (parts[i]);
  joined = g_strjoinv (" | ", parts);

  add_block_text (p, SC_RICH_BLOCK_PARAGRAPH, 0, joined, line);
}

/* An item at @depth: a sibling when the list there has the same kind of
 * marker, otherwise the start of a new list. */
static void
start_item (Parser   *p,
            guint     depth,
            gboolean  ordered,
            char      marker,
            guint64   number,
            guint     content,
            guint     line)
{
  Level level = { NULL, ordered, marker, content };
  ScRichBlock *list;

  close_para (p);
  if (depth < p->levels->len)
    {
      Level *same = &g_array_index (p->levels, Level, depth);

      pop_levels (p, depth + 1);
      if (same->ordered == ordered && same->marker == marker)
        {
          same->item = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, line);
          same->content = content;
          sc_rich_block_add_child (g_ptr_array_index (p->lists, depth), same->item);
          return;
        }
      pop_levels (p, depth);
    }

  list = sc_rich_block_new (SC_RICH_BLOCK_LIST, line);
  list->variant = ordered;
  if (ordered && number != 1)
    /* TRANSLATORS: formatting simplified; %u is where a Markdown list's numbering started */
    sc_markdown_add_note (p->notes, line, _("list numbered from 1 instead of from %u"),
                          (guint) number);
  append_block (p, list);
  level.item = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, line);
  sc_rich_block_add_child (list, level.item);
  g_ptr_array_add (p->lists, list);
  g_array_append_val (p->levels, level);
}

static void
append_line (Parser     *p,
             const char *text)
{
  g_string_append_c (p->para, '\n');
  g_string_append (p->para, text);
}

static void
add_heading (Parser     *p,
             int         level,
             const char *body,
             guint       line)
{
  g_autofree char *text = g_strstrip (g_strdup (body));
  gsize len = strlen (text);
  gsize hashes = 0;

  /* A closing run of # goes, when it stands apart or is all there is. */
  while (hashes < len && text[len - 1 - hashes] == '#')
    hashes++;
  if (hashes == len || (hashes > 0 && text[len - 1 - hashes] == ' '))
    {
      text[len - hashes] = '\0';
      g_strchomp (text);
    }

  close_para (p);
  add_block_text (p, SC_RICH_BLOCK_HEADING, level, text, line);
}

static void
handle_line (Parser     *p,
             const char *line,
             guint       number);

static gboolean
handle_fenced (Parser     *p,
               const char *line)
{
  const char *rest;
  guint indent = sc_markdown_measure_indent (line, &rest);
  gsize n = strspn (rest, p->fence_char == '`' ? "`" : "~");

  if (indent < 4 && n >= p->fence_len && sc_markdown_is_blank (rest + n))
    {
      p->in_fence = FALSE;
      close_para (p);
      return TRUE;
    }

  if (p->para->len > 0 || p->fence_lines > 0)
    g_string_append_c (p->para, '\n');
  g_string_append (p->para, sc_markdown_skip_columns (line, p->fence_indent));
  p->fence_lines++;

  return TRUE;
}

/* Everything but a list marker, in the container the line belongs to. */
static void
handle_block (Parser     *p,
              const char *line,
              const char *rest,
              guint       depth,
              guint       relative,
              guint       number)
{
  gboolean lazy = p->para != NULL && !p->after_blank && p->para_kind != PARA_CODE;
  const char *body = NULL;
  int level = relative < 4 ? sc_markdown_heading_level (rest, &body) : 0;
  gboolean fence = relative < 4 && sc_markdown_is_fence (rest, &p->fence_char, &p->fence_len);
  gboolean quote = relative < 4 && rest[0] == '>';

  if (quote && lazy && p->para_kind == PARA_QUOTE)
    {
      append_line (p, rest[1] == ' ' ? rest + 2 : rest + 1);
      return;
    }
  if (lazy && level == 0 && !fence && !quote)
    {
      append_line (p, rest);
      return;
    }

  if (depth < p->levels->len)
    pop_levels (p, depth);

  if (relative >= 4)
    {
      guint base = depth > 0 ? g_array_index (p->levels, Level, depth - 1).content : 0;
      const char *code = sc_markdown_skip_columns (line, base + 4);

      if (p->para != NULL && p->para_kind == PARA_CODE && !p->after_blank)
        {
          append_line (p, code);
          return;
        }
      open_para (p, PARA_CODE, code, number);
      /* TRANSLATORS: formatting simplified */
      sc_markdown_add_note (p->notes, number,
                            _("code block shown as one paragraph of code"));
      return;
    }

  if (level > 0)
    {
      add_heading (p, level, body, number);
    }
  else if (fence)
    {
      open_para (p, PARA_CODE, "", number);
      p->in_fence = TRUE;
      p->fence_indent = relative;
      p->fence_lines = 0;
      /* TRANSLATORS: formatting simplified */
      sc_markdown_add_note (p->notes, number,
                            _("code block shown as one paragraph of code"));
    }
  else if (quote)
    {
      open_para (p, PARA_QUOTE, rest[1] == ' ' ? rest + 2 : rest + 1, number);
      /* TRANSLATORS: formatting simplified */
      sc_markdown_add_note (p->notes, number,
                            _("quotation shown as an ordinary paragraph"));
    }
  else
    {
      open_para (p, PARA_TEXT, rest, number);
    }
}

/* An underline or a table's rule row turns the open paragraph into a
 * heading or a table. */
static gboolean
handle_underline (Parser     *p,
                  const char *rest,
                  guint       number)
{
  int level = sc_markdown_setext_level (rest);
  g_autoptr(GString) para = NULL;
  const char *header;
  guint header_line;

  if (level > 0)
    {
      para = g_steal_pointer (&p->para);
      add_block_text (p, SC_RICH_BLOCK_HEADING, level, para->str, p->para_line);
      return TRUE;
    }

  /* The paragraph's last line is the table's header row; the lines before
   * it stay a paragraph. */
  header = strrchr (p->para->str, '\n');
  header = header != NULL ? header + 1 : p->para->str;
  if (strchr (header, '|') == NULL || !sc_markdown_is_table_rule (rest))
    return FALSE;

  header_line = number - 1;
  para = g_steal_pointer (&p->para);
  if (header > para->str)
    {
      g_autofree char *before = g_strndup (para->str, (gsize) (header - para->str) - 1);

      add_block_text (p, SC_RICH_BLOCK_PARAGRAPH, 0, before, p->para_line);
    }
  /* TRANSLATORS: formatting simplified */
  sc_markdown_add_note (p->notes, header_line, _("table shown as lines of text"));
  add_table_row (p, header, header_line);
  p->in_table = TRUE;

  return TRUE;
}

static void
handle_line (Parser     *p,
             const char *line,
             guint       number)
{
  const char *rest;
  guint indent, depth = 0, relative;
  gboolean ordered;
  char marker;
  guint64 start;
  gsize width;

  if (p->in_fence)
    {
      handle_fenced (p, line);
      return;
    }

  if (sc_markdown_is_blank (line))
    {
      close_para (p);
      p->in_table = FALSE;
      p->after_blank = TRUE;
      return;
    }

  indent = sc_markdown_measure_indent (line, &rest);
  while (depth < p->levels->len && indent >= g_array_index (p->levels, Level, depth).content)
    depth++;
  relative = indent - (depth > 0 ? g_array_index (p->levels, Level, depth - 1).content : 0);

  if (p->in_table)
    {
      if (strchr (rest, '|') != NULL)
        {
          add_table_row (p, rest, number);
          return;
        }
      p->in_table = FALSE;
    }

  if (p->para != NULL && p->para_kind == PARA_TEXT && !p->after_blank && relative < 4 &&
      depth == p->levels->len && handle_underline (p, rest, number))
    {
      p->after_blank = FALSE;
      return;
    }

  if (relative < 4 && sc_markdown_is_rule (rest))
    {
      pop_levels (p, depth);
      /* TRANSLATORS: formatting simplified */
      sc_markdown_add_note (p->notes, number,
                            _("horizontal rule left out"));
      p->after_blank = FALSE;
      return;
    }

  width = relative < 4 ? sc_markdown_list_marker (rest, &ordered, &marker, &start) : 0;
  if (width > 0)
    {
      const char *text;
      guint spaces = sc_markdown_measure_indent (rest + width, &text);
      gboolean lazy = p->para != NULL && !p->after_blank && p->para_kind != PARA_CODE;

      /* Only a bullet or "1." with text may interrupt a paragraph. */
      if (!(lazy && depth == p->levels->len && ((ordered && start != 1) || *text == '\0')))
        {
          guint content = indent + width + (spaces >= 1 && spaces <= 4 && *text != '\0'
                                            ? spaces : 1);
          g_autofree char *padded = NULL;

          start_item (p, depth, ordered, marker, start, content, number);
          p->after_blank = FALSE;
          if (*text != '\0')
            {
              padded = g_strdup_printf ("%*s%s", (int) content, "", text);
              handle_line (p, padded, number);
            }
          return;
        }
    }

  handle_block (p, line, rest, depth, relative, number);
  p->after_blank = FALSE;
}

/* What holds no text shows as nothing: an empty heading ("#" alone), an
 * empty code block, an item with nothing in it ("-" alone on a line) and
 * a list left without items. */
static gboolean
prune_empty (ScRichBlock *block)
{
  for (guint i = block->children->len; i > 0; i--)
    if (prune_empty (g_ptr_array_index (block->children, i - 1)))
      g_ptr_array_remove_index (block->children, i - 1);

  switch (block->kind)
    {
    case SC_RICH_BLOCK_PARAGRAPH:
    case SC_RICH_BLOCK_HEADING:
      return block->runs->len == 0;
    case SC_RICH_BLOCK_LIST_ITEM:
    case SC_RICH_BLOCK_LIST:
      return block->children->len == 0;
    default:
      return FALSE;
    }
}

/**
 * sc_rich_text_new_from_markdown:
 * @source: Markdown text, UTF-8, with "\n" or "\r\n" line ends
 * @notes: (nullable) (element-type ScMarkdownNote): receives what was
 *   simplified; create it with sc_markdown_note_free() as free function
 *
 * Returns: (transfer full): the text as blocks and runs
 */
ScRichText *
sc_rich_text_new_from_markdown (const char *source,
                                GPtrArray  *notes)
{
  Parser p = { 0 };
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (source != NULL, sc_rich_text_new ());

  p.text = sc_rich_text_new ();
  p.notes = notes;
  p.levels = g_array_new (FALSE, FALSE, sizeof (Level));
  p.lists = g_ptr_array_new ();
  p.top = g_ptr_array_new ();

  lines = g_strsplit (source, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize len = strlen (lines[i]);

      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
      handle_line (&p, lines[i], i + 1);
    }
  close_para (&p);

  g_array_unref (p.levels);
  g_ptr_array_unref (p.lists);

  /* Blocks wait in top until here, so that empty lists can still go. */
  for (guint i = 0; i < p.top->len; i++)
    {
      ScRichBlock *block = g_ptr_array_index (p.top, i);

      if (prune_empty (block))
        sc_rich_block_free (block);
      else
        sc_rich_text_append (p.text, block);
    }
  g_ptr_array_unref (p.top);

  return p.text;
}
