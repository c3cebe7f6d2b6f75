/* sc-rich-text-view-private.h - what the files of ScRichTextView share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-rich-text-view.h"

G_BEGIN_DECLS

struct _ScRichTextView
{
  GtkWidget     parent_instance;

  ScRichText   *text;
  char         *base_dir;
  int           heading_level;

  /* Built from the text; cleared with the blocks. */
  GHashTable   *sops;         /* sop id -> GPtrArray of GtkCheckButton */
  GHashTable   *sections;     /* section id -> its box (heading first) */
  GPtrArray    *link_labels;  /* GtkLabel with "sc-links" data */
  guint         list_depth;

  /* Blocks still to build (sc-rich-text-view-build.c) */
  GQueue        pending;
  guint         pending_id;
  double        budget;       /* lines the pass may still build */

  /* The font the body text is set in, read from Pango after each style
   * change. */
  int           column_width;
  double        body_points;

  GdkRectangle  link_area;
  guint         has_link_area : 1;
  guint         compact : 1;
  guint         setting_sop : 1;
};

enum {
  SC_RTV_LESSON_ACTIVATED,
  SC_RTV_OPEN_URI,
  SC_RTV_PRACTICE_ACTIVATED,
  SC_RTV_SHOW_TOAST,
  SC_RTV_SOP_STEP_TOGGLED,
  SC_RTV_TERM_ACTIVATED,
  SC_RTV_N_SIGNALS
};

extern guint sc_rich_text_view_signals[SC_RTV_N_SIGNALS];

/* sc-rich-text-blocks.c: the dispatcher, text blocks and the helpers
 * every builder uses */
GtkWidget *sc_rich_text_view_build_block      (ScRichTextView    *self,
                                               ScRichBlock       *block,
                                               int                depth);
GtkWidget *sc_rtv_mark_block                  (GtkWidget         *widget,
                                               ScRichBlock       *block);
GtkWidget *sc_rtv_new_box                     (GtkOrientation     orientation,
                                               GtkAccessibleRole  role,
                                               const char        *css_class);
GtkWidget *sc_rtv_new_label                   (GtkAccessibleRole  role,
                                               const char        *markup,
                                               const char        *css_class);
GtkWidget *sc_rtv_plain_label                 (const char        *text,
                                               const char        *css_class);
GtkWidget *sc_rtv_runs_label                  (ScRichTextView    *self,
                                               GPtrArray         *runs,
                                               GtkAccessibleRole  role,
                                               const char        *css_class);
GtkWidget *sc_rtv_heading_label               (const char        *text,
                                               int                level);
GtkWidget *sc_rtv_new_row                     (GtkAccessibleRole  role,
                                               const char        *css_class);
void       sc_rtv_row_append                  (GtkWidget         *row,
                                               GtkWidget         *child);
void       sc_rtv_append                      (GtkWidget         *box,
                                               GtkWidget         *child);
void       sc_rtv_append_children             (ScRichTextView    *self,
                                               GtkWidget         *box,
                                               ScRichBlock       *block,
                                               int                depth);
GtkWidget *sc_rtv_box_header                  (const char        *icon_name,
                                               const char        *kind,
                                               const char        *title,
                                               int                title_level);
int        sc_rtv_child_level                 (ScRichTextView    *self,
                                               int                depth);

/* sc-rich-text-boxes.c */
GtkWidget *sc_rtv_build_callout               (ScRichTextView    *self,
                                               ScRichBlock       *block,
                                               int                depth);
GtkWidget *sc_rtv_build_worked_example        (ScRichTextView    *self,
                                               ScRichBlock       *block,
                                               int                depth);
GtkWidget *sc_rtv_build_sop                   (ScRichTextView    *self,
                                               ScRichBlock       *block,
                                               int                depth);
GtkWidget *sc_rtv_build_template              (ScRichTextView    *self,
                                               ScRichBlock       *block);
GtkWidget *sc_rtv_build_practice              (ScRichTextView    *self,
                                               ScRichBlock       *block,
                                               int                depth);

/* sc-rich-text-view.c */
void       sc_rtv_clear_blocks                (ScRichTextView *self);

/* sc-rich-text-view-build.c */
void       sc_rich_text_view_rebuild          (ScRichTextView *self);
void       sc_rtv_append_or_defer             (ScRichTextView *self,
                                               GtkWidget      *parent,
                                               ScRichBlock    *block,
                                               int             depth);
void       sc_rtv_drop_pending                (ScRichTextView *self);

/* sc-rich-text-view-layout.c */
GtkSizeRequestMode sc_rtv_get_request_mode    (GtkWidget      *widget);
void       sc_rtv_measure                     (GtkWidget      *widget,
                                               GtkOrientation  orientation,
                                               int             for_size,
                                               int            *minimum,
                                               int            *natural,
                                               int            *minimum_baseline,
                                               int            *natural_baseline);
void       sc_rtv_size_allocate               (GtkWidget      *widget,
                                               int             width,
                                               int             height,
                                               int             baseline);

/* sc-rich-text-view-metrics.c */
void       sc_rich_text_view_update_metrics   (ScRichTextView *self);

/* sc-rich-text-view-events.c: what the built widgets call back into */
gboolean   sc_rich_text_view_label_link_cb    (GtkLabel       *label,
                                               const char     *uri,
                                               ScRichTextView *self);
void       sc_rich_text_view_sop_toggled      (ScRichTextView *self,
                                               GtkCheckButton *check);
void       sc_rich_text_view_template_copy    (ScRichTextView *self,
                                               ScRichBlock    *block);
void       sc_rich_text_view_practice_start   (ScRichTextView *self,
                                               ScRichBlock    *block);

G_END_DECLS
