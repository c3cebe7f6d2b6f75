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

G_END_DECLS
