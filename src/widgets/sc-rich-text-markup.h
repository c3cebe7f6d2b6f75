/* sc-rich-text-markup.h - inline runs into Pango markup, with where each link lies
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-rich-text.h"

G_BEGIN_DECLS

/* One link of a label: its URI and where its text lies in the label's
 * plain text (byte offsets, which is what PangoLayout indexes by). */
typedef struct
{
  ScRichLinkKind  kind;
  char           *uri;     /* "lesson:ID", "term:ID" or the web address */
  guint           start;
  guint           end;
} ScRichLinkSpan;

void   sc_rich_link_span_free     (ScRichLinkSpan *span);
char  *sc_rich_markup_from_runs   (GPtrArray      *runs,
                                   GPtrArray     **links);
char  *sc_rich_markup_escape      (const char     *text);
char  *sc_rich_link_uri           (ScRichLinkKind  kind,
                                   const char     *target);
gboolean sc_rich_link_parse       (const char     *uri,
                                   ScRichLinkKind *kind,
                                   const char    **target);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRichLinkSpan, sc_rich_link_span_free)

G_END_DECLS
