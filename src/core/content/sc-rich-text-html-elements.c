/* sc-rich-text-html-elements.c - the HTML converter's table of elements, and HTML read into a tree
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which kind each HTML element is decides what sc-rich-text-html.c keeps
 * of it. HTML is read with libxml2's HTML parser: no network, no error
 * output, the encoding given. A file that travels with the question is
 * named "@@PLUGINFILE@@/" and its name.
 */
#include "config.h"

#include <string.h>
#include <libxml/HTMLparser.h>

#include "sc-rich-text-html-private.h"

static const struct
{
  const char  *name;
  ScHtmlKind   kind;
} elements[] = {
  { "a", SC_HTML_KIND_LINK }, { "abbr", SC_HTML_KIND_INLINE },
  { "address", SC_HTML_KIND_CONTAINER_LOST }, { "applet", SC_HTML_KIND_DROP },
  { "article", SC_HTML_KIND_CONTAINER }, { "aside", SC_HTML_KIND_CONTAINER },
  { "audio", SC_HTML_KIND_DROP }, { "b", SC_HTML_KIND_STRONG },
  { "base", SC_HTML_KIND_DROP_SILENT }, { "blockquote", SC_HTML_KIND_CONTAINER_LOST },
  { "body", SC_HTML_KIND_CONTAINER }, { "br", SC_HTML_KIND_BREAK }, { "button", SC_HTML_KIND_DROP },
  { "canvas", SC_HTML_KIND_DROP }, { "caption", SC_HTML_KIND_CONTAINER },
  { "center", SC_HTML_KIND_CONTAINER_LOST }, { "code", SC_HTML_KIND_CODE },
  { "dd", SC_HTML_KIND_CONTAINER_LOST }, { "details", SC_HTML_KIND_CONTAINER_LOST },
  { "div", SC_HTML_KIND_CONTAINER }, { "dl", SC_HTML_KIND_CONTAINER_LOST },
  { "dt", SC_HTML_KIND_CONTAINER_LOST }, { "em", SC_HTML_KIND_EMPHASIS },
  { "embed", SC_HTML_KIND_DROP }, { "fieldset", SC_HTML_KIND_CONTAINER_LOST },
  { "figcaption", SC_HTML_KIND_CONTAINER }, { "figure", SC_HTML_KIND_CONTAINER },
  { "footer", SC_HTML_KIND_CONTAINER }, { "form", SC_HTML_KIND_CONTAINER_LOST },
  { "frame", SC_HTML_KIND_DROP }, { "frameset", SC_HTML_KIND_DROP }, { "h1", SC_HTML_KIND_HEADING },
  { "h2", SC_HTML_KIND_HEADING }, { "h3", SC_HTML_KIND_HEADING }, { "h4", SC_HTML_KIND_HEADING },
  { "h5", SC_HTML_KIND_HEADING }, { "h6", SC_HTML_KIND_HEADING }, { "head", SC_HTML_KIND_HEAD },
  { "header", SC_HTML_KIND_CONTAINER }, { "hr", SC_HTML_KIND_RULE },
  { "html", SC_HTML_KIND_CONTAINER }, { "i", SC_HTML_KIND_EMPHASIS },
  { "iframe", SC_HTML_KIND_DROP }, { "img", SC_HTML_KIND_IMAGE }, { "input", SC_HTML_KIND_DROP },
  { "kbd", SC_HTML_KIND_CODE }, { "li", SC_HTML_KIND_CONTAINER },
  { "link", SC_HTML_KIND_DROP_SILENT }, { "main", SC_HTML_KIND_CONTAINER },
  { "map", SC_HTML_KIND_DROP }, { "math", SC_HTML_KIND_DROP }, { "meta", SC_HTML_KIND_DROP_SILENT },
  { "nav", SC_HTML_KIND_CONTAINER }, { "nobr", SC_HTML_KIND_INLINE },
  { "noscript", SC_HTML_KIND_DROP }, { "object", SC_HTML_KIND_DROP }, { "ol", SC_HTML_KIND_LIST },
  { "p", SC_HTML_KIND_PARAGRAPH }, { "pre", SC_HTML_KIND_PRE }, { "samp", SC_HTML_KIND_CODE },
  { "script", SC_HTML_KIND_DROP }, { "section", SC_HTML_KIND_CONTAINER },
  { "select", SC_HTML_KIND_DROP }, { "span", SC_HTML_KIND_INLINE },
  { "strong", SC_HTML_KIND_STRONG }, { "style", SC_HTML_KIND_DROP }, { "svg", SC_HTML_KIND_DROP },
  { "table", SC_HTML_KIND_TABLE }, { "tbody", SC_HTML_KIND_CONTAINER },
  { "td", SC_HTML_KIND_CONTAINER }, { "template", SC_HTML_KIND_DROP },
  { "textarea", SC_HTML_KIND_DROP }, { "tfoot", SC_HTML_KIND_CONTAINER },
  { "th", SC_HTML_KIND_CONTAINER }, { "thead", SC_HTML_KIND_CONTAINER },
  { "title", SC_HTML_KIND_DROP_SILENT }, { "tr", SC_HTML_KIND_CONTAINER },
  { "tt", SC_HTML_KIND_CODE }, { "ul", SC_HTML_KIND_LIST }, { "video", SC_HTML_KIND_DROP },
  { "wbr", SC_HTML_KIND_INLINE },
};

/* The table is in strcmp () order: a binary search (the converter asks
 * for every element of every text). */
ScHtmlKind
sc_rich_text_html_element_kind (const char *name)
{
  guint low = 0;
  guint high = G_N_ELEMENTS (elements);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int order = strcmp (name, elements[middle].name);

      if (order == 0)
        return elements[middle].kind;
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }

  return SC_HTML_KIND_UNKNOWN;
}

/**
 * sc_rich_text_html_element_nth:
 *
 * Returns: (nullable): the name of the table's @index-th element, and
 *   its kind in @out_kind; %NULL past the end (for the tests)
 */
const char *
sc_rich_text_html_element_nth (guint       index,
                               ScHtmlKind *out_kind)
{
  if (index >= G_N_ELEMENTS (elements))
    return NULL;

  *out_kind = elements[index].kind;

  return elements[index].name;
}

xmlDoc *
sc_rich_text_html_read (const char *html)
{
  htmlParserCtxtPtr ctxt;
  xmlDoc *doc;
  gsize length = strlen (html);

  if (length == 0 || length > G_MAXINT)
    return NULL;

  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    return NULL;

  /* The encoding is given, so a <meta charset> inside cannot switch it. */
  doc = htmlCtxtReadMemory (ctxt, html, (int) length, NULL, "UTF-8",
                            HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                            HTML_PARSE_NODEFDTD);
  htmlFreeParserCtxt (ctxt);

  return doc;
}

/**
 * sc_rich_text_html_file_name:
 * @src: an address from an src or href attribute
 *
 * Returns: (transfer full) (nullable): the URL-decoded name after
 *   "@@PLUGINFILE@@/", without any query, or %NULL when @src does not
 *   refer to a file that travels with the text
 */
char *
sc_rich_text_html_file_name (const char *src)
{
  g_autofree char *raw = NULL;
  char *decoded;

  g_return_val_if_fail (src != NULL, NULL);

  if (!g_str_has_prefix (src, SC_RICH_TEXT_HTML_FILE_PREFIX))
    return NULL;

  raw = g_strdup (src + strlen (SC_RICH_TEXT_HTML_FILE_PREFIX));
  raw[strcspn (raw, "?#")] = '\0';

  decoded = g_uri_unescape_string (raw, NULL);
  if (decoded != NULL && g_utf8_validate (decoded, -1, NULL))
    return decoded;

  g_free (decoded);

  return g_steal_pointer (&raw);
}
