/* sc-rich-text-markdown-private.h - shared by the Markdown block and inline passes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-rich-text-markdown.h"

G_BEGIN_DECLS

void sc_markdown_add_note     (GPtrArray   *notes,
                               guint        line,
                               const char  *format,
                               ...) G_GNUC_PRINTF (3, 4);
void sc_markdown_add_inlines  (ScRichBlock *block,
                               const char  *text,
                               guint        first_line,
                               GPtrArray   *notes);

/* sc-rich-text-markdown-lines.c */
guint       sc_markdown_measure_indent (const char  *line,
                                        const char **rest);
const char *sc_markdown_skip_columns   (const char  *line,
                                        guint        columns);
gboolean    sc_markdown_is_blank       (const char  *line);
gboolean    sc_markdown_is_rule        (const char  *rest);
int         sc_markdown_setext_level   (const char  *rest);
int         sc_markdown_heading_level  (const char  *rest,
                                        const char **body);
gsize       sc_markdown_list_marker    (const char  *rest,
                                        gboolean    *ordered,
                                        char        *marker,
                                        guint64     *number);
gboolean    sc_markdown_is_fence       (const char  *rest,
                                        char        *fence_char,
                                        gsize       *fence_len);
gboolean    sc_markdown_is_table_rule  (const char  *rest);

G_END_DECLS
