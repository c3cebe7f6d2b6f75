/* sc-rich-text-view.h - the one renderer of ScRichText: GTK widgets, no web view
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-rich-text.h"

G_BEGIN_DECLS

/* The measure of the text column, in average characters of the body
 * font: within the 60-75 characters per line that reading studies favour. */
#define SC_RICH_TEXT_MEASURE_CHARS 66

/* Body text is never smaller than this, before the text-size preference. */
#define SC_RICH_TEXT_MIN_BODY_POINTS 11.0

#define SC_TYPE_RICH_TEXT_VIEW (sc_rich_text_view_get_type ())

G_DECLARE_FINAL_TYPE (ScRichTextView, sc_rich_text_view, SC, RICH_TEXT_VIEW, GtkWidget)

GtkWidget  *sc_rich_text_view_new               (void);
ScRichText *sc_rich_text_view_get_text          (ScRichTextView *self);
void        sc_rich_text_view_set_text          (ScRichTextView *self,
                                                 ScRichText     *text);
const char *sc_rich_text_view_get_base_dir      (ScRichTextView *self);
void        sc_rich_text_view_set_base_dir      (ScRichTextView *self,
                                                 const char     *base_dir);
int         sc_rich_text_view_get_heading_level (ScRichTextView *self);
void        sc_rich_text_view_set_heading_level (ScRichTextView *self,
                                                 int             level);
gboolean    sc_rich_text_view_get_compact       (ScRichTextView *self);
void        sc_rich_text_view_set_compact       (ScRichTextView *self,
                                                 gboolean        compact);
int         sc_rich_text_view_get_column_width  (ScRichTextView *self);
double      sc_rich_text_view_get_body_points   (ScRichTextView *self);
gboolean    sc_rich_text_view_get_complete      (ScRichTextView *self);
void        sc_rich_text_view_complete          (ScRichTextView *self);
gboolean    sc_rich_text_view_get_sop_step      (ScRichTextView *self,
                                                 const char     *sop_id,
                                                 guint           index);
void        sc_rich_text_view_set_sop_step      (ScRichTextView *self,
                                                 const char     *sop_id,
                                                 guint           index,
                                                 gboolean        active);
GtkWidget  *sc_rich_text_view_lookup_section    (ScRichTextView *self,
                                                 const char     *section_id);
gboolean    sc_rich_text_view_get_link_area     (ScRichTextView *self,
                                                 GdkRectangle   *area);
gboolean    sc_rich_text_view_activate_link     (ScRichTextView *self,
                                                 const char     *uri);

G_END_DECLS
