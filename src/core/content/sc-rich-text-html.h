/* sc-rich-text-html.h - rich text from Moodle's text formats: an HTML subset, auto-format, plain
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-question.h"
#include "sc-rich-text.h"

G_BEGIN_DECLS

/* The prefix Moodle writes before the name of a file that travels with
 * the text: <img src="@@PLUGINFILE@@/flag-uk.jpg">. */
#define SC_RICH_TEXT_HTML_FILE_PREFIX "@@PLUGINFILE@@/"

/**
 * ScRichTextFileResolver:
 * @name: a file name as the text refers to it, URL-decoded
 *   ("a b.png" for "@@PLUGINFILE@@/a%20b.png"), with its folder if any
 * @user_data: the data given to the converter
 *
 * Returns: (transfer full) (nullable): what to put in the figure's src,
 *   or %NULL when no such file travels with the text
 */
typedef char *(*ScRichTextFileResolver) (const char *name,
                                         gpointer    user_data);

ScRichText *sc_rich_text_html_parse            (const char             *html,
                                                ScRichTextFileResolver  resolve,
                                                gpointer                user_data,
                                                GPtrArray              *simplified);
ScRichText *sc_rich_text_html_parse_auto       (const char             *text,
                                                ScRichTextFileResolver  resolve,
                                                gpointer                user_data,
                                                GPtrArray              *simplified);
ScRichText *sc_rich_text_html_parse_plain      (const char             *text);
ScRichText *sc_rich_text_html_parse_format     (const char             *source,
                                                ScTextFormat            format,
                                                ScRichTextFileResolver  resolve,
                                                gpointer                user_data,
                                                GPtrArray              *simplified);
char       *sc_rich_text_html_file_name        (const char             *src);
char       *sc_rich_text_html_question_file    (const char             *name,
                                                gpointer                user_data);

G_END_DECLS
