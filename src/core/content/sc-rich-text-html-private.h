/* sc-rich-text-html-private.h - what the HTML converter's files share: where runs go, how they fold
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sc-rich-text-html.h"

G_BEGIN_DECLS

/* Marks put in runs while they are built, turned into "\n" when spaces
 * are folded (sc_rich_text_html_finish_runs()). */
#define SC_RICH_TEXT_HTML_HARD_BREAK '\x01'  /* <br> */
#define SC_RICH_TEXT_HTML_SOFT_BREAK '\x02'  /* the edge of a block inside a cell or heading */

/* What the converter does with an element (sc-rich-text-html-elements.c). */
typedef enum
{
  SC_HTML_KIND_INLINE,         /* span and friends: its text, silently */
  SC_HTML_KIND_UNKNOWN,        /* its text, reported */
  SC_HTML_KIND_DROP,           /* removed with its content, reported */
  SC_HTML_KIND_DROP_SILENT,    /* removed with its content: title, meta */
  SC_HTML_KIND_HEAD,
  SC_HTML_KIND_STRONG,
  SC_HTML_KIND_EMPHASIS,
  SC_HTML_KIND_CODE,
  SC_HTML_KIND_LINK,
  SC_HTML_KIND_BREAK,
  SC_HTML_KIND_IMAGE,
  SC_HTML_KIND_RULE,
  SC_HTML_KIND_CONTAINER,      /* div, body: its children, silently */
  SC_HTML_KIND_CONTAINER_LOST, /* blockquote, dl: its children, reported */
  SC_HTML_KIND_PARAGRAPH,
  SC_HTML_KIND_HEADING,
  SC_HTML_KIND_LIST,
  SC_HTML_KIND_TABLE,
  SC_HTML_KIND_PRE,
} ScHtmlKind;

typedef struct
{
  ScRichTextFileResolver  resolve;
  gpointer                user_data;
  GPtrArray              *simplified;
} ScRichTextHtmlCtx;

typedef struct
{
  ScRichStyle     style;
  ScRichLinkKind  link_kind;
  const char     *target;
} ScRichTextHtmlInline;

/* Where content goes: blocks into @text or @parent's children, inline
 * content into the open @paragraph; or, for a heading, a cell or <pre>,
 * everything into the runs of @runs. */
typedef struct
{
  ScRichTextHtmlCtx *ctx;
  ScRichText        *text;
  ScRichBlock       *parent;
  ScRichBlock       *paragraph;
  ScRichBlock       *runs;
  const char        *runs_tag;
  gboolean           pre;
} ScRichTextHtmlSink;

/* sc-rich-text-html-elements.c */
ScHtmlKind  sc_rich_text_html_element_kind (const char *name);
const char *sc_rich_text_html_element_nth  (guint       index,
                                            ScHtmlKind *out_kind);
xmlDoc     *sc_rich_text_html_read         (const char *html);

/* sc-rich-text-html-sink.c */
void   sc_rich_text_html_note        (ScRichTextHtmlCtx          *ctx,
                                      const char                 *format,
                                      ...) G_GNUC_PRINTF (2, 3);
char  *sc_rich_text_html_shorten     (const char                 *text);
void   sc_rich_text_html_sink_append (ScRichTextHtmlSink         *sink,
                                      ScRichBlock                *block);
void   sc_rich_text_html_sink_flush  (ScRichTextHtmlSink         *sink);
void   sc_rich_text_html_finish_runs (ScRichBlock                *block);
void   sc_rich_text_html_finish_pre  (ScRichBlock                *block);
void   sc_rich_text_html_add_text    (ScRichTextHtmlSink         *sink,
                                      xmlNode                    *node,
                                      const char                 *text,
                                      const ScRichTextHtmlInline *in);
void   sc_rich_text_html_add_mark    (ScRichTextHtmlSink         *sink,
                                      xmlNode                    *node,
                                      char                        mark,
                                      const ScRichTextHtmlInline *in);

G_END_DECLS
