/* sc-search-text.h - the words search indexes, what the user types into an FTS5 query, marked snippets into Pango markup
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-rich-text.h"

G_BEGIN_DECLS

/* Put around the matching words by FTS5's highlight() and snippet(); the
 * indexed text never holds them (sc_search_text_clean () removes them). */
#define SC_SEARCH_MARK_START '\x01'
#define SC_SEARCH_MARK_END   '\x02'

/* Words after the first SC_SEARCH_MAX_TERMS, and characters of one word
 * after SC_SEARCH_MAX_TERM_CHARS, are ignored: nobody types that much into
 * a search field, and a pasted page must not build a huge query. */
#define SC_SEARCH_MAX_TERMS      32
#define SC_SEARCH_MAX_TERM_CHARS 100

char *sc_search_text_clean         (char        *text);
void  sc_search_text_append_words  (GString     *out,
                                    ScRichBlock *block);
char *sc_search_text_dup_words     (ScRichText  *text);

char *sc_search_query_new          (const char *user_text);
char *sc_search_markup_from_marked (const char *marked);

G_END_DECLS
