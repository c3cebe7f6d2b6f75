/* sc-rich-text-html.c - rich text from Moodle's text formats: an HTML subset, auto-format, plain
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Question banks carry HTML written by any editor. libxml2's HTML parser
 * (no network, no error output) turns it into a tree; this file keeps
 * what ScRichText can show — paragraphs, line breaks, strong, emphasis,
 * code, web links, lists, tables, headings, preformatted text and
 * pictures that travel with the question — and flattens everything else
 * to its text. Each kind of loss is named once in @simplified so an
 * importer can say "formatting simplified: <u> shown as plain text".
 * The HTML itself is not changed: the caller keeps it for export. Which
 * kind each element is, and the reading of HTML into a tree, are in
 * sc-rich-text-html-elements.c; how runs are collected and folded is in
 * sc-rich-text-html-sink.c; Moodle's auto-format and plain text are in
 * sc-rich-text-html-moodle.c.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-rich-text-html-private.h"

static void add_node (ScRichTextHtmlSink         *sink,
                      xmlNode                    *node,
                      const ScRichTextHtmlInline *in);

static char *
attr (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);

  return copy;
}

static gboolean
is_web_address (const char *href)
{
  return g_ascii_strncasecmp (href, "https://", 8) == 0 ||
         g_ascii_strncasecmp (href, "http://", 7) == 0 ||
         g_ascii_strncasecmp (href, "mailto:", 7) == 0;
}

static void
add_children (ScRichTextHtmlSink         *sink,
              xmlNode                    *node,
              const ScRichTextHtmlInline *in)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    add_node (sink, child, in);
}

static void
add_link (ScRichTextHtmlSink         *sink,
          xmlNode                    *node,
          const ScRichTextHtmlInline *in)
{
  g_autofree char *href = attr (node, "href");
  g_autofree char *file = NULL;
  ScRichTextHtmlInline link = *in;

  if (href != NULL)
    g_strstrip (href);

  if (href != NULL && is_web_address (href))
    {
      link.link_kind = SC_RICH_LINK_URI;
      link.target = href;
    }
  else if (href != NULL && (file = sc_rich_text_html_file_name (href)) != NULL)
    {
      /* TRANSLATORS: formatting simplified; %s is a file name such as "greeting.mp3" */
      sc_rich_text_html_note (sink->ctx, _("link to the attached file “%s” shown as text"), file);
    }
  else if (href != NULL && *href != '\0' && *href != '#')
    {
      g_autofree char *shown = sc_rich_text_html_shorten (href);

      /* TRANSLATORS: formatting simplified; %s is a link address */
      sc_rich_text_html_note (sink->ctx, _("link to “%s” shown as text"), shown);
    }

  add_children (sink, node, &link);
}

/* A picture that cannot be a figure is replaced by its description. */
static void
add_alt_text (ScRichTextHtmlSink         *sink,
              xmlNode                    *node,
              const char                 *alt,
              const ScRichTextHtmlInline *in)
{
  if (alt != NULL && *alt != '\0')
    sc_rich_text_html_add_text (sink, node, alt, in);
}

static void
add_image (ScRichTextHtmlSink         *sink,
           xmlNode                    *node,
           const ScRichTextHtmlInline *in)
{
  g_autofree char *src = attr (node, "src");
  g_autofree char *alt = attr (node, "alt");
  g_autofree char *name = src != NULL ? sc_rich_text_html_file_name (src) : NULL;
  g_autofree char *resolved = NULL;
  ScRichBlock *figure;

  if (name == NULL)
    {
      g_autofree char *shown = sc_rich_text_html_shorten (src != NULL ? src : "");

      /* TRANSLATORS: formatting simplified; %s is a picture's address, shown because
       * Shopcraft never loads anything from the network */
      sc_rich_text_html_note (sink->ctx,
                              _("picture “%s” is not part of the question and is not shown"),
                              shown);
      add_alt_text (sink, node, alt, in);
      return;
    }

  resolved = sink->ctx->resolve != NULL ? sink->ctx->resolve (name, sink->ctx->user_data)
                                        : g_strdup (name);
  if (resolved == NULL)
    {
      /* TRANSLATORS: formatting simplified; %s is a file name */
      sc_rich_text_html_note (sink->ctx, _("picture “%s” is missing from the file"), name);
      add_alt_text (sink, node, alt, in);
      return;
    }

  if (sink->runs != NULL)
    {
      /* TRANSLATORS: formatting simplified; %s is an HTML element such as "td" */
      sc_rich_text_html_note (sink->ctx, _("picture inside <%s> shown as its description"),
                              sink->runs_tag);
      add_alt_text (sink, node, alt, in);
      return;
    }

  sc_rich_text_html_sink_flush (sink);
  figure = sc_rich_block_new (SC_RICH_BLOCK_FIGURE, MAX (xmlGetLineNo (node), 0));
  figure->src = g_steal_pointer (&resolved);
  figure->alt = g_strdup (alt != NULL ? alt : "");
  sc_rich_text_html_sink_append (sink, figure);
}

/* A heading, a cell, a caption or <pre>: everything inside becomes runs. */
static void
fill_runs (ScRichTextHtmlSink         *outer,
           ScRichBlock                *block,
           xmlNode                    *node,
           const ScRichTextHtmlInline *in,
           gboolean                    pre)
{
  ScRichTextHtmlSink sink = { outer->ctx, NULL, NULL, NULL, block, (const char *) node->name, pre };

  add_children (&sink, node, in);
  if (pre)
    sc_rich_text_html_finish_pre (block);
  else
    sc_rich_text_html_finish_runs (block);
}

static void
append_unless_empty (ScRichTextHtmlSink *sink,
                     ScRichBlock        *block)
{
  if (block->runs->len > 0 || block->children->len > 0)
    sc_rich_text_html_sink_append (sink, block);
  else
    sc_rich_block_free (block);
}

static guint
node_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint) line : 0;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_str_equal ((const char *) node->name, name);
}

static gboolean
is_blank (xmlNode *node)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    return node->content == NULL ||
           node->content[strspn ((const char *) node->content, " \t\r\n")] == '\0';

  return node->type != XML_ELEMENT_NODE;
}

static void
build_list (ScRichTextHtmlSink         *sink,
            xmlNode                    *node,
            const ScRichTextHtmlInline *in)
{
  ScRichBlock *list = sc_rich_block_new (SC_RICH_BLOCK_LIST, node_line (node));
  ScRichTextHtmlSink loose = { sink->ctx, NULL, NULL, NULL, NULL, NULL, FALSE };

  list->variant = is_element (node, "ol");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "li"))
        {
          ScRichBlock *item = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, node_line (child));
          ScRichTextHtmlSink inner = { sink->ctx, NULL, item, NULL, NULL, NULL, FALSE };

          sc_rich_text_html_sink_flush (&loose);
          loose.parent = NULL;
          add_children (&inner, child, in);
          sc_rich_text_html_sink_flush (&inner);
          sc_rich_block_add_child (list, item);
          continue;
        }

      /* Text straight inside <ul> is shown as an item of its own. */
      if (is_blank (child) && loose.parent == NULL)
        continue;
      if (loose.parent == NULL)
        {
          loose.parent = sc_rich_block_new (SC_RICH_BLOCK_LIST_ITEM, node_line (child));
          sc_rich_block_add_child (list, loose.parent);
        }
      add_node (&loose, child, in);
    }
  sc_rich_text_html_sink_flush (&loose);

  for (guint i = list->children->len; i > 0; i--)
    {
      ScRichBlock *item = g_ptr_array_index (list->children, i - 1);

      if (item->children->len == 0)
        g_ptr_array_remove_index (list->children, i - 1);
    }

  append_unless_empty (sink, list);
}

static void
add_row (ScRichTextHtmlSink         *sink,
         ScRichBlock                *table,
         xmlNode                    *node,
         const ScRichTextHtmlInline *in)
{
  ScRichBlock *row = sc_rich_block_new (SC_RICH_BLOCK_TABLE_ROW, node_line (node));
  gboolean all_headers = TRUE;

  for (xmlNode *cell = node->children; cell != NULL; cell = cell->next)
    {
      ScRichBlock *block;

      if (!is_element (cell, "td") && !is_element (cell, "th"))
        continue;

      if (xmlHasProp (cell, (const xmlChar *) "colspan") != NULL ||
          xmlHasProp (cell, (const xmlChar *) "rowspan") != NULL)
        sc_rich_text_html_note (sink->ctx, "%s", _("merged table cells shown one by one"));

      block = sc_rich_block_new (SC_RICH_BLOCK_TABLE_CELL, node_line (cell));
      fill_runs (sink, block, cell, in, FALSE);
      sc_rich_block_add_child (row, block);
      all_headers &= is_element (cell, "th");
    }

  row->variant = all_headers;
  if (row->children->len > 0)
    sc_rich_block_add_child (table, row);
  else
    sc_rich_block_free (row);
}

static void
build_table (ScRichTextHtmlSink         *sink,
             xmlNode                    *node,
             const ScRichTextHtmlInline *in)
{
  ScRichBlock *table = sc_rich_block_new (SC_RICH_BLOCK_TABLE, node_line (node));

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "caption"))
        fill_runs (sink, table, child, in, FALSE);
      else if (is_element (child, "tr"))
        add_row (sink, table, child, in);
      else if (is_element (child, "thead") || is_element (child, "tbody") ||
               is_element (child, "tfoot"))
        for (xmlNode *row = child->children; row != NULL; row = row->next)
          if (is_element (row, "tr"))
            add_row (sink, table, row, in);
    }

  append_unless_empty (sink, table);
}

static void
add_container (ScRichTextHtmlSink         *sink,
               xmlNode                    *node,
               const ScRichTextHtmlInline *in)
{
  if (sink->runs != NULL)
    {
      sc_rich_text_html_add_mark (sink, node, SC_RICH_TEXT_HTML_SOFT_BREAK, in);
      add_children (sink, node, in);
      sc_rich_text_html_add_mark (sink, node, SC_RICH_TEXT_HTML_SOFT_BREAK, in);
      return;
    }

  sc_rich_text_html_sink_flush (sink);
  add_children (sink, node, in);
  sc_rich_text_html_sink_flush (sink);
}

static void
add_element (ScRichTextHtmlSink         *sink,
             xmlNode                    *node,
             const ScRichTextHtmlInline *in)
{
  const char *name = (const char *) node->name;
  ScHtmlKind kind = sc_rich_text_html_element_kind (name);
  ScRichTextHtmlInline sub = *in;
  ScRichBlock *block;

  switch (kind)
    {
    case SC_HTML_KIND_DROP:
      /* TRANSLATORS: formatting simplified; %s is an HTML element such as "script" */
      sc_rich_text_html_note (sink->ctx, _("<%s> removed"), name);
      return;

    case SC_HTML_KIND_DROP_SILENT:
      return;

    case SC_HTML_KIND_HEAD:
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE &&
            sc_rich_text_html_element_kind ((const char *) child->name) == SC_HTML_KIND_DROP)
          sc_rich_text_html_note (sink->ctx, _("<%s> removed"), (const char *) child->name);
      return;

    default:
      break;
    }

  if (xmlHasProp (node, (const xmlChar *) "style") != NULL && kind != SC_HTML_KIND_IMAGE)
    /* TRANSLATORS: formatting simplified; %s is an HTML element such as "span" */
    sc_rich_text_html_note (sink->ctx, _("<%s style> shown without its style"), name);

  switch (kind)
    {
    case SC_HTML_KIND_STRONG:
    case SC_HTML_KIND_EMPHASIS:
    case SC_HTML_KIND_CODE:
      sub.style |= kind == SC_HTML_KIND_STRONG ? SC_RICH_STYLE_STRONG
                 : kind == SC_HTML_KIND_EMPHASIS ? SC_RICH_STYLE_EMPHASIS : SC_RICH_STYLE_CODE;
      add_children (sink, node, &sub);
      break;

    case SC_HTML_KIND_INLINE:
      add_children (sink, node, in);
      break;

    case SC_HTML_KIND_UNKNOWN:
      /* TRANSLATORS: formatting simplified; %s is an HTML element such as "u" */
      sc_rich_text_html_note (sink->ctx, _("<%s> shown as plain text"), name);
      add_children (sink, node, in);
      break;

    case SC_HTML_KIND_LINK:
      add_link (sink, node, in);
      break;

    case SC_HTML_KIND_BREAK:
      sc_rich_text_html_add_mark (sink, node, SC_RICH_TEXT_HTML_HARD_BREAK, in);
      break;

    case SC_HTML_KIND_IMAGE:
      add_image (sink, node, in);
      break;

    case SC_HTML_KIND_RULE:
      sc_rich_text_html_note (sink->ctx, _("<%s> removed"), name);
      add_container (sink, node, in);
      break;

    case SC_HTML_KIND_CONTAINER_LOST:
      /* TRANSLATORS: formatting simplified; %s is an HTML element such as "blockquote" */
      sc_rich_text_html_note (sink->ctx, _("<%s> shown as plain paragraphs"), name);
      add_container (sink, node, in);
      break;

    case SC_HTML_KIND_CONTAINER:
    case SC_HTML_KIND_PARAGRAPH:
      add_container (sink, node, in);
      break;

    case SC_HTML_KIND_HEADING:
    case SC_HTML_KIND_LIST:
    case SC_HTML_KIND_TABLE:
    case SC_HTML_KIND_PRE:
      if (sink->runs != NULL)
        {
          /* TRANSLATORS: formatting simplified; both are HTML elements, as in
           * "<ul> inside <td> shown as plain text" */
          sc_rich_text_html_note (sink->ctx, _("<%s> inside <%s> shown as plain text"), name,
                                  sink->runs_tag);
          add_container (sink, node, in);
          break;
        }

      sc_rich_text_html_sink_flush (sink);
      if (kind == SC_HTML_KIND_LIST)
        build_list (sink, node, in);
      else if (kind == SC_HTML_KIND_TABLE)
        build_table (sink, node, in);
      else if (kind == SC_HTML_KIND_PRE)
        {
          block = sc_rich_block_new (SC_RICH_BLOCK_PARAGRAPH, node_line (node));
          sub.style |= SC_RICH_STYLE_CODE;
          fill_runs (sink, block, node, &sub, TRUE);
          append_unless_empty (sink, block);
        }
      else
        {
          block = sc_rich_block_new (SC_RICH_BLOCK_HEADING, node_line (node));
          block->variant = name[1] - '0';
          fill_runs (sink, block, node, in, FALSE);
          append_unless_empty (sink, block);
        }
      break;

    case SC_HTML_KIND_DROP:
    case SC_HTML_KIND_DROP_SILENT:
    case SC_HTML_KIND_HEAD:
    default:
      g_assert_not_reached ();
    }
}

static void
add_node (ScRichTextHtmlSink         *sink,
          xmlNode                    *node,
          const ScRichTextHtmlInline *in)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        sc_rich_text_html_add_text (sink, node, (const char *) node->content, in);
      return;
    }

  if (node->type == XML_ELEMENT_NODE && node->name != NULL)
    add_element (sink, node, in);
}

/**
 * sc_rich_text_html_parse:
 * @html: HTML as a question bank holds it, usually a fragment
 * @resolve: (nullable) (scope call): finds the files pictures refer to;
 *   %NULL keeps the decoded file name as the figure's src
 * @simplified: (nullable) (element-type utf8): where to add, once each,
 *   a short description of every kind of formatting that could not be kept
 *
 * Returns: (transfer full): the rich text; empty for empty HTML
 */
ScRichText *
sc_rich_text_html_parse (const char             *html,
                         ScRichTextFileResolver  resolve,
                         gpointer                user_data,
                         GPtrArray              *simplified)
{
  ScRichText *text = sc_rich_text_new ();
  ScRichTextHtmlCtx ctx = { resolve, user_data, simplified };
  ScRichTextHtmlSink sink = { &ctx, text, NULL, NULL, NULL, NULL, FALSE };
  ScRichTextHtmlInline in = { SC_RICH_STYLE_NONE, SC_RICH_LINK_NONE, NULL };
  xmlDoc *doc;

  g_return_val_if_fail (html != NULL, text);

  doc = sc_rich_text_html_read (html);
  if (doc == NULL)
    return text;

  for (xmlNode *node = doc->children; node != NULL; node = node->next)
    add_node (&sink, node, &in);
  sc_rich_text_html_sink_flush (&sink);
  xmlFreeDoc (doc);

  return text;
}
