/* sc-rich-text-markdown.h - rich text from a Markdown subset
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-rich-text.h"

G_BEGIN_DECLS

/* What the converter could not show as written: the text is kept, the look
 * is not. The message names the loss ("table shown as lines of text"), as
 * sc_rich_text_html_parse()'s do; an importer shows it after "formatting
 * simplified". @line counts from 1 in the Markdown source. */
typedef struct
{
  guint  line;
  char  *message;  /* translated */
} ScMarkdownNote;

void        sc_markdown_note_free           (ScMarkdownNote *note);

ScRichText *sc_rich_text_new_from_markdown  (const char     *source,
                                             GPtrArray      *notes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScMarkdownNote, sc_markdown_note_free)

G_END_DECLS
