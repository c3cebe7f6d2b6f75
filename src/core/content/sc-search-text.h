/* sc-search-text.h - what the user types into an FTS5 query, marked snippets into Pango markup
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Put around the matching words by FTS5's highlight() and snippet(); the
 * indexed text never holds them (sc-course-index.c removes them). */
#define SC_SEARCH_MARK_START '\x01'
#define SC_SEARCH_MARK_END   '\x02'

/* Words after the first SC_SEARCH_MAX_TERMS, and characters of one word
 * after SC_SEARCH_MAX_TERM_CHARS, are ignored: nobody types that much into
 * a search field, and a pasted page must not build a huge query. */
#define SC_SEARCH_MAX_TERMS      32
#define SC_SEARCH_MAX_TERM_CHARS 100

char *sc_search_query_new          (const char *user_text);
char *sc_search_markup_from_marked (const char *marked);

G_END_DECLS
