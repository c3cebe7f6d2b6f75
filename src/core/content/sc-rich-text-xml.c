/* sc-rich-text-xml.c - rich text from course XML
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds ScRichText from the lesson markup (docs/course-format.md). The
 * structural pass has already reported anything out of place; this code
 * only has to survive it, so it skips what it does not know and takes a
 * missing attribute as empty. References it meets (lesson links, glossary
 * terms, pictures) go to the reader to be checked once the whole course is
 * in.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-rich-text-xml.h"
#include "sc-search-text.h"

typedef struct
{
  ScCourseReader *reader;
  const char     *file;
  /* Scanning (sc_rich_text_xml_scan_block ()): runs go into @runs as
   * plain text instead of into a block, each block's words into @words,
   * and the practice blocks, built, into @practices. */
  GString        *runs;
  GString        *words;
  GPtrArray      *practices;
} Ctx;

static void add_blocks (Ctx         *ctx,
                        ScRichBlock *parent,
                        xmlNode     *node);

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns == NULL &&
         g_str_equal ((const char *) node->name, name);
}

static gboolean
is_inline_node (xmlNode *node)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    return TRUE;

  return is_named (node, "em") || is_named (node, "strong") || is_named (node, "code") ||
         is_named (node, "link") || is_named (node, "term");
}

static gboolean
is_web_address (const char *href)
{
  return g_str_has_prefix (href, "https://") || g_str_has_prefix (href, "http://") ||
         g_str_has_prefix (href, "mailto:");
}

static void
add_inline (Ctx            *ctx,
            ScRichBlock    *block,
            xmlNode        *node,
            ScRichStyle     style,
            ScRichLinkKind  link_kind,
            const char     *target)
{
  guint line = sc_content_node_line (node);

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content == NULL)
        return;
      if (block != NULL)
        sc_rich_block_add_run (block, (const char *) node->content, style, link_kind, target);
      else
        g_string_append (ctx->runs, (const char *) node->content);
      return;
    }

  if (is_named (node, "em"))
    style |= SC_RICH_STYLE_EMPHASIS;
  else if (is_named (node, "strong"))
    style |= SC_RICH_STYLE_STRONG;
  else if (is_named (node, "code"))
    style |= SC_RICH_STYLE_CODE;
  else if (is_named (node, "term"))
    {
      g_autofree char *ref = sc_content_xml_attr (node, "ref");

      sc_course_reader_add_ref (ctx->reader, SC_REF_TERM, ref, ctx->file, line, NULL);
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        add_inline (ctx, block, child, style, SC_RICH_LINK_TERM, ref);
      return;
    }
  else if (is_named (node, "link"))
    {
      g_autofree char *lesson = sc_content_xml_attr (node, "lesson");
      g_autofree char *href = sc_content_xml_attr (node, "href");

      if ((lesson == NULL) == (href == NULL))
        {
          sc_course_problems_add_literal (ctx->reader->problems, ctx->file, line,
                                          _("<link> needs either a lesson or an href "
                                            "attribute, not both"));
        }
      else if (lesson != NULL)
        {
          sc_course_reader_add_ref (ctx->reader, SC_REF_LESSON, lesson, ctx->file, line, NULL);
          link_kind = SC_RICH_LINK_LESSON;
          target = lesson;
        }
      else if (!is_web_address (href))
        {
          sc_course_problems_add (ctx->reader->problems, ctx->file, line,
                                  _("link address “%s” must start with https://, http:// or "
                                    "mailto:"), href);
        }
      else
        {
          link_kind = SC_RICH_LINK_URI;
          target = href;
        }

      for (xmlNode *child = node->children; child != NULL; child = child->next)
        add_inline (ctx, block, child, style, link_kind, target);
      return;
    }
  else
    {
      return;
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    add_inline (ctx, block, child, style, link_kind, target);
}

/**
 * sc_rich_text_xml_add_runs:
 *
 * Appends the inline content of @node (text, em, strong, code, link, term)
 * to @block as runs and normalizes them.
 */
void
sc_rich_text_xml_add_runs (ScCourseReader *reader,
                           const char     *file,
                           ScRichBlock    *block,
                           xmlNode        *node)
{
  Ctx ctx = { reader, file, NULL, NULL, NULL };

  if (node == NULL)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    add_inline (&ctx, block, child, SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  sc_rich_block_normalize_runs (block);
}

/**
 * sc_rich_text_xml_inline:
 * @node: (nullable): an element with inline content, such as <description>
 *
 * Returns: (transfer full): one paragraph, or no block at all when @node
 *   is missing or blank
 */
ScRichText *
sc_rich_text_xml_inline (ScCourseReader *reader,
                         const char     *file,
                         xmlNode        *node)
{
  ScRichText *text = sc_rich_text_new ();
  ScRichBlock *paragraph;

  if (node == NULL)
    return text;

  paragraph = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, sc_content_node_line (node));
  sc_rich_text_xml_add_runs (reader, file, paragraph, node);
  if (paragraph->runs->len > 0)
    sc_rich_text_append (text, paragraph);
  else
    sc_rich_block_free (paragraph);

  return text;
}

static ScRichBlock *
runs_block (Ctx             *ctx,
            ScRichBlockKind  kind,
            xmlNode         *node)
{
  ScRichBlock *block = sc_rich_block_new (kind, sc_content_node_line (node));

  sc_rich_text_xml_add_runs (ctx->reader, ctx->file, block, node);

  return block;
}

/* An <item> holds text and inline markup, paragraphs and lists, in any mix:
 * loose inline content becomes a paragraph of its own. */
static void
flush_paragraph (ScRichBlock  *parent,
                 ScRichBlock **paragraph)
{
  if (*paragraph == NULL)
    return;

  sc_rich_block_normalize_runs (*paragraph);
  if ((*paragraph)->runs->len > 0)
    sc_rich_block_add_child (parent, *paragraph);
  else
    sc_rich_block_free (*paragraph);
  *paragraph = NULL;
}

static void
add_mixed (Ctx         *ctx,
           ScRichBlock *parent,
           xmlNode     *node)
{
  ScRichBlock *paragraph = NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScRichBlock *block;

      if (is_inline_node (child))
        {
          if (paragraph == NULL)
            paragraph = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, sc_content_node_line (child));
          add_inline (ctx, paragraph, child, SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
          continue;
        }

      if (child->type != XML_ELEMENT_NODE)
        continue;

      flush_paragraph (parent, &paragraph);
      block = sc_rich_text_xml_block (ctx->reader, ctx->file, child);
      if (block != NULL)
        sc_rich_block_add_child (parent, block);
    }

  flush_paragraph (parent, &paragraph);
}

/* Template text keeps its line breaks; the indentation it has only
 * because it sits inside indented XML is removed. */
static char *
template_text (xmlNode *node)
{
  g_autofree char *raw = node != NULL ? (char *) xmlNodeGetContent (node) : NULL;
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);
  gsize indent = G_MAXSIZE;
  guint first = 0;
  guint last;

  if (raw == NULL)
    return g_string_free (out, FALSE);

  lines = g_strsplit (raw, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize n = strspn (lines[i], " \t");

      g_strchomp (lines[i]);
      if (lines[i][0] != '\0')
        indent = MIN (indent, n);
    }

  last = g_strv_length (lines);
  while (first < last && lines[first][0] == '\0')
    first++;
  while (last > first && lines[last - 1][0] == '\0')
    last--;

  for (guint i = first; i < last; i++)
    {
      if (i > first)
        g_string_append_c (out, '\n');
      if (lines[i][0] != '\0')
        g_string_append (out, lines[i] + indent);
    }

  return g_string_free (out, FALSE);
}

static void
claim (Ctx         *ctx,
       const char  *kind,
       ScRichBlock *block)
{
  sc_course_reader_claim_id (ctx->reader, kind, ctx->file, block->id, ctx->file, block->line);
}

static int
enum_value (const char         *value,
            const char * const *names,
            int                 fallback)
{
  for (int i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (value, names[i]) == 0)
      return i;

  return fallback;
}

static void
build_table (Ctx         *ctx,
             ScRichBlock *table,
             xmlNode     *node)
{
  sc_rich_text_xml_add_runs (ctx->reader, ctx->file, table, sc_course_xml_child (node, "caption"));

  for (xmlNode *row = node->children; row != NULL; row = row->next)
    {
      g_autofree char *header = NULL;
      ScRichBlock *row_block;

      if (!is_named (row, "row"))
        continue;

      header = sc_content_xml_attr (row, "header");
      row_block = sc_rich_block_new (SC_RICH_BLOCK_TABLE_ROW, sc_content_node_line (row));
      row_block->variant = g_strcmp0 (header, "true") == 0;
      for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
        if (is_named (cell, "cell"))
          sc_rich_block_add_child (row_block, runs_block (ctx, SC_RICH_BLOCK_TABLE_CELL, cell));
      sc_rich_block_add_child (table, row_block);
    }
}

static void
build_worked_example (Ctx         *ctx,
                      ScRichBlock *example,
                      xmlNode     *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_named (child, "problem"))
        {
          ScRichBlock *problem = sc_rich_block_new (SC_RICH_BLOCK_PROBLEM,
                                                    sc_content_node_line (child));

          add_blocks (ctx, problem, child);
          sc_rich_block_add_child (example, problem);
        }
      else if (is_named (child, "numbers"))
        {
          for (xmlNode *number = child->children; number != NULL; number = number->next)
            {
              ScRichBlock *block;

              if (!is_named (number, "number"))
                continue;
              block = runs_block (ctx, SC_RICH_BLOCK_NUMBER, number);
              block->title = sc_content_xml_attr (number, "label");
              sc_rich_block_add_child (example, block);
            }
        }
      else if (is_named (child, "solution"))
        {
          for (xmlNode *step = child->children; step != NULL; step = step->next)
            if (is_named (step, "step"))
              sc_rich_block_add_child (example, runs_block (ctx, SC_RICH_BLOCK_STEP, step));
        }
      else if (is_named (child, "answer"))
        {
          sc_rich_block_add_child (example, runs_block (ctx, SC_RICH_BLOCK_ANSWER, child));
        }
    }
}

/**
 * sc_rich_text_xml_block:
 * @node: a block element: p, list, table, callout, figure, worked-example,
 *   sop, template or practice
 *
 * Returns: (transfer full) (nullable): the block, %NULL for anything else
 */
ScRichBlock *
sc_rich_text_xml_block (ScCourseReader *reader,
                        const char     *file,
                        xmlNode        *node)
{
  static const char * const callouts[] = { "tip", "warning", "policy", "example", NULL };
  static const char * const panels[] = { "listings", "orders", "inventory", NULL };
  Ctx ctx = { reader, file, NULL, NULL, NULL };
  guint line = sc_content_node_line (node);
  g_autofree char *type = NULL;
  ScRichBlock *block;

  if (node->type != XML_ELEMENT_NODE || node->ns != NULL)
    return NULL;

  if (is_named (node, "p"))
    return runs_block (&ctx, SC_RICH_BLOCK_PARAGRAPH, node);

  if (is_named (node, "list"))
    {
      type = sc_content_xml_attr (node, "type");
      block = sc_rich_block_new (SC_RICH_BLOCK_LIST, line);
      block->variant = g_strcmp0 (type, "ordered") == 0;
      for (xmlNode *item = node->children; item != NULL; item = item->next)
        {
          ScRichBlock *item_block;

          if (!is_named (item, "item"))
            continue;
          item_block = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, sc_content_node_line (item));
          add_mixed (&ctx, item_block, item);
          sc_rich_block_add_child (block, item_block);
        }
      return block;
    }

  if (is_named (node, "table"))
    {
      block = sc_rich_block_new (SC_RICH_BLOCK_TABLE, line);
      build_table (&ctx, block, node);
      return block;
    }

  if (is_named (node, "callout"))
    {
      type = sc_content_xml_attr (node, "type");
      block = sc_rich_block_new (SC_RICH_BLOCK_CALLOUT, line);
      block->variant = enum_value (type, callouts, SC_RICH_CALLOUT_TIP);
      if (sc_course_xml_child (node, "title") != NULL)
        block->title = sc_course_xml_text (sc_course_xml_child (node, "title"));
      add_blocks (&ctx, block, node);
      return block;
    }

  if (is_named (node, "figure"))
    {
      block = sc_rich_block_new (SC_RICH_BLOCK_FIGURE, line);
      block->src = sc_content_xml_attr (node, "src");
      block->alt = sc_content_xml_attr (node, "alt");
      sc_rich_text_xml_add_runs (reader, file, block, sc_course_xml_child (node, "caption"));
      sc_course_reader_check_media (reader, block->src, file, line);
      return block;
    }

  if (is_named (node, "worked-example"))
    {
      block = sc_rich_block_new (SC_RICH_BLOCK_WORKED_EXAMPLE, line);
      block->title = sc_course_xml_text (sc_course_xml_child (node, "title"));
      build_worked_example (&ctx, block, node);
      return block;
    }

  if (is_named (node, "sop"))
    {
      block = sc_rich_block_new (SC_RICH_BLOCK_SOP, line);
      block->id = sc_content_xml_attr (node, "id");
      block->title = sc_course_xml_text (sc_course_xml_child (node, "title"));
      claim (&ctx, _("procedure"), block);
      for (xmlNode *step = node->children; step != NULL; step = step->next)
        if (is_named (step, "step"))
          sc_rich_block_add_child (block, runs_block (&ctx, SC_RICH_BLOCK_STEP, step));
      return block;
    }

  if (is_named (node, "template"))
    {
      block = sc_rich_block_new (SC_RICH_BLOCK_TEMPLATE, line);
      block->id = sc_content_xml_attr (node, "id");
      if (sc_course_xml_child (node, "title") != NULL)
        block->title = sc_course_xml_text (sc_course_xml_child (node, "title"));
      block->text = template_text (sc_course_xml_child (node, "text"));
      claim (&ctx, _("template"), block);
      return block;
    }

  if (is_named (node, "practice"))
    {
      type = sc_content_xml_attr (node, "panel");
      block = sc_rich_block_new (SC_RICH_BLOCK_PRACTICE, line);
      block->variant = enum_value (type, panels, SC_RICH_PANEL_LISTINGS);
      block->target = sc_content_xml_attr (node, "scenario");
      block->title = sc_course_xml_text (sc_course_xml_child (node, "title"));
      sc_rich_text_xml_add_runs (reader, file, block, sc_course_xml_child (node, "description"));
      for (xmlNode *goal = node->children; goal != NULL; goal = goal->next)
        {
          ScRichBlock *goal_block;

          if (!is_named (goal, "goal"))
            continue;
          goal_block = runs_block (&ctx, SC_RICH_BLOCK_GOAL, goal);
          goal_block->id = sc_content_xml_attr (goal, "id");
          claim (&ctx, _("goal"), goal_block);
          sc_rich_block_add_child (block, goal_block);
        }
      return block;
    }

  return NULL;
}

/* Every block element among @node's children, in order; titles, captions
 * and anything unknown are skipped. */
static void
add_blocks (Ctx         *ctx,
            ScRichBlock *parent,
            xmlNode     *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScRichBlock *block = sc_rich_text_xml_block (ctx->reader, ctx->file, child);

      if (block != NULL)
        sc_rich_block_add_child (parent, block);
    }
}

/* Scanning. At a course load only a lesson's words (for search), the
 * references and ids in it and its practice blocks are wanted; the body
 * is built when the lesson is opened. Building every block to take its
 * words and freeing it again was a third of a 1,000-lesson course's
 * load on the reader's thread, so the scan walks the markup as
 * sc_rich_text_xml_block () does, reports and claims exactly what it
 * does (the inline walk is the same code), and appends the words
 * sc_search_text_append_words () would take from the blocks: each
 * block's title, alternative text, runs and plain text, one piece per
 * line, then its children's. test-lesson checks the two agree on every
 * lesson of the built-in course. */

static gboolean scan_block    (Ctx     *ctx,
                               xmlNode *node);
static void     scan_children (Ctx     *ctx,
                               xmlNode *node);

static void
add_piece (GString    *words,
           const char *text,
           gsize       length)
{
  if (length == 0)
    return;

  if (words->len > 0)
    g_string_append_c (words, '\n');
  g_string_append_len (words, text, length);
}

static void
add_text_piece (GString    *words,
                const char *text)
{
  if (text != NULL)
    add_piece (words, text, strlen (text));
}

/* The runs gathered since the last call, as one piece, folded as a
 * block's runs are. */
static void
flush_runs (Ctx *ctx)
{
  GString *runs = ctx->runs;

  add_piece (ctx->words, runs->str, sc_rich_text_fold_spaces (runs->str, runs->len));
  g_string_truncate (runs, 0);
}

static void
scan_runs (Ctx     *ctx,
           xmlNode *node)
{
  if (node == NULL)
    return;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    add_inline (ctx, NULL, child, SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
  flush_runs (ctx);
}

static void
scan_title (Ctx     *ctx,
            xmlNode *node)
{
  g_autofree char *title = node != NULL ? sc_course_xml_text (node) : NULL;

  add_text_piece (ctx->words, title);
}

static void
scan_claim (Ctx        *ctx,
            const char *kind,
            xmlNode    *node)
{
  g_autofree char *id = sc_content_xml_attr (node, "id");

  sc_course_reader_claim_id (ctx->reader, kind, ctx->file, id, ctx->file,
                             sc_content_node_line (node));
}

/* add_mixed (): loose inline content is a paragraph of its own. */
static void
scan_mixed (Ctx     *ctx,
            xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_inline_node (child))
        {
          add_inline (ctx, NULL, child, SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL);
          continue;
        }

      if (child->type != XML_ELEMENT_NODE)
        continue;

      flush_runs (ctx);
      scan_block (ctx, child);
    }

  flush_runs (ctx);
}

static void
scan_worked_example (Ctx     *ctx,
                     xmlNode *node)
{
  scan_title (ctx, sc_course_xml_child (node, "title"));

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_named (child, "problem"))
        {
          scan_children (ctx, child);
        }
      else if (is_named (child, "numbers"))
        {
          for (xmlNode *number = child->children; number != NULL; number = number->next)
            {
              g_autofree char *label = NULL;

              if (!is_named (number, "number"))
                continue;
              label = sc_content_xml_attr (number, "label");
              add_text_piece (ctx->words, label);
              scan_runs (ctx, number);
            }
        }
      else if (is_named (child, "solution"))
        {
          for (xmlNode *step = child->children; step != NULL; step = step->next)
            if (is_named (step, "step"))
              scan_runs (ctx, step);
        }
      else if (is_named (child, "answer"))
        {
          scan_runs (ctx, child);
        }
    }
}

static gboolean
scan_block (Ctx     *ctx,
            xmlNode *node)
{
  if (node->type != XML_ELEMENT_NODE || node->ns != NULL)
    return FALSE;

  if (is_named (node, "p"))
    {
      scan_runs (ctx, node);
    }
  else if (is_named (node, "list"))
    {
      for (xmlNode *item = node->children; item != NULL; item = item->next)
        if (is_named (item, "item"))
          scan_mixed (ctx, item);
    }
  else if (is_named (node, "table"))
    {
      scan_runs (ctx, sc_course_xml_child (node, "caption"));
      for (xmlNode *row = node->children; row != NULL; row = row->next)
        {
          if (!is_named (row, "row"))
            continue;
          for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
            if (is_named (cell, "cell"))
              scan_runs (ctx, cell);
        }
    }
  else if (is_named (node, "callout"))
    {
      scan_title (ctx, sc_course_xml_child (node, "title"));
      scan_children (ctx, node);
    }
  else if (is_named (node, "figure"))
    {
      g_autofree char *src = sc_content_xml_attr (node, "src");
      g_autofree char *alt = sc_content_xml_attr (node, "alt");

      add_text_piece (ctx->words, alt);
      scan_runs (ctx, sc_course_xml_child (node, "caption"));
      sc_course_reader_check_media (ctx->reader, src, ctx->file, sc_content_node_line (node));
    }
  else if (is_named (node, "worked-example"))
    {
      scan_worked_example (ctx, node);
    }
  else if (is_named (node, "sop"))
    {
      g_autofree char *title = sc_course_xml_text (sc_course_xml_child (node, "title"));

      scan_claim (ctx, _("procedure"), node);
      add_text_piece (ctx->words, title);
      for (xmlNode *step = node->children; step != NULL; step = step->next)
        if (is_named (step, "step"))
          scan_runs (ctx, step);
    }
  else if (is_named (node, "template"))
    {
      g_autofree char *text = template_text (sc_course_xml_child (node, "text"));

      scan_claim (ctx, _("template"), node);
      scan_title (ctx, sc_course_xml_child (node, "title"));
      add_text_piece (ctx->words, text);
    }
  else if (is_named (node, "practice"))
    {
      ScRichBlock *block = sc_rich_text_xml_block (ctx->reader, ctx->file, node);

      sc_search_text_append_words (ctx->words, block);
      g_ptr_array_add (ctx->practices, block);
    }
  else
    {
      return FALSE;
    }

  return TRUE;
}

static void
scan_children (Ctx     *ctx,
               xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    scan_block (ctx, child);
}

/**
 * sc_rich_text_xml_scan_block:
 * @node: an element among a section's children
 * @words: where the block's words go, as sc_search_text_append_words ()
 *   would append them from the block sc_rich_text_xml_block () builds
 * @practices: (element-type ScRichBlock): where the <practice> blocks met
 *   go, built
 *
 * Reports the same problems and claims the same ids as
 * sc_rich_text_xml_block (), without building the block.
 *
 * Returns: whether @node is a block element (whether
 *   sc_rich_text_xml_block () would build a block)
 */
gboolean
sc_rich_text_xml_scan_block (ScCourseReader *reader,
                             const char     *file,
                             xmlNode        *node,
                             GString        *words,
                             GPtrArray      *practices)
{
  g_autoptr(GString) runs = g_string_sized_new (256);
  Ctx ctx = { reader, file, runs, words, practices };

  g_return_val_if_fail (node != NULL, FALSE);
  g_return_val_if_fail (words != NULL, FALSE);
  g_return_val_if_fail (practices != NULL, FALSE);

  return scan_block (&ctx, node);
}
