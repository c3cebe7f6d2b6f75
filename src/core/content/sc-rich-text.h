/* sc-rich-text.h - one rich-text model for lessons, questions and products
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SC_RICH_STYLE_NONE     = 0,
  SC_RICH_STYLE_EMPHASIS = 1 << 0,
  SC_RICH_STYLE_STRONG   = 1 << 1,
  SC_RICH_STYLE_CODE     = 1 << 2,
} ScRichStyle;

typedef enum
{
  SC_RICH_LINK_NONE,
  SC_RICH_LINK_LESSON,  /* target: a lesson id */
  SC_RICH_LINK_TERM,    /* target: a glossary entry id */
  SC_RICH_LINK_URI,     /* target: an https:, http: or mailto: address */
} ScRichLinkKind;

typedef enum
{
  SC_RICH_BLOCK_SECTION,        /* id, title (heading), children: blocks */
  SC_RICH_BLOCK_HEADING,        /* variant: level 1-6, runs */
  SC_RICH_BLOCK_PARAGRAPH,      /* runs */
  SC_RICH_BLOCK_LIST,           /* variant: ordered, children: LIST_ITEM */
  SC_RICH_BLOCK_LIST_ITEM,      /* children: blocks */
  SC_RICH_BLOCK_TABLE,          /* runs: caption, children: TABLE_ROW */
  SC_RICH_BLOCK_TABLE_ROW,      /* variant: header row, children: TABLE_CELL */
  SC_RICH_BLOCK_TABLE_CELL,     /* runs */
  SC_RICH_BLOCK_CALLOUT,        /* variant: ScRichCallout, title, children: blocks */
  SC_RICH_BLOCK_FIGURE,         /* src, alt, runs: caption */
  SC_RICH_BLOCK_WORKED_EXAMPLE, /* title, children: PROBLEM, NUMBER*, STEP+, ANSWER? */
  SC_RICH_BLOCK_PROBLEM,        /* children: blocks */
  SC_RICH_BLOCK_NUMBER,         /* title: label, runs: value */
  SC_RICH_BLOCK_STEP,           /* runs */
  SC_RICH_BLOCK_ANSWER,         /* runs */
  SC_RICH_BLOCK_SOP,            /* id, title, children: STEP+ (ticked by the learner) */
  SC_RICH_BLOCK_TEMPLATE,       /* id, title, text: verbatim, for the copy button */
  SC_RICH_BLOCK_PRACTICE,       /* variant: ScRichPanel, target: scenario id, title,
                                 * runs: introduction, children: GOAL+ */
  SC_RICH_BLOCK_GOAL,           /* id, runs */
} ScRichBlockKind;

typedef enum
{
  SC_RICH_CALLOUT_TIP,
  SC_RICH_CALLOUT_WARNING,
  SC_RICH_CALLOUT_POLICY,
  SC_RICH_CALLOUT_EXAMPLE,
} ScRichCallout;

typedef enum
{
  SC_RICH_PANEL_LISTINGS,
  SC_RICH_PANEL_ORDERS,
  SC_RICH_PANEL_INVENTORY,
} ScRichPanel;

typedef struct
{
  char           *text;
  ScRichStyle     style;
  ScRichLinkKind  link_kind;
  char           *link_target;
} ScRichRun;

typedef struct _ScRichBlock ScRichBlock;

/* A plain tree: readers and renderers use the fields directly; only the
 * fields the kind's comment names are set, the others are NULL or 0. */
struct _ScRichBlock
{
  ScRichBlockKind  kind;
  guint            line;      /* where it starts in its source, 0 if unknown */
  int              variant;
  char            *id;
  char            *title;
  char            *src;
  char            *alt;
  char            *target;
  char            *text;
  /* Never NULL, but read-only: add with sc_rich_block_add_run() and
   * sc_rich_block_add_child() (an empty one may be shared by every block
   * that has none). Removing from a non-empty one is allowed. */
  GPtrArray       *runs;      /* ScRichRun */
  GPtrArray       *children;  /* ScRichBlock */
};

typedef struct _ScRichText ScRichText;

#define SC_TYPE_RICH_TEXT (sc_rich_text_get_type ())

GType        sc_rich_text_get_type         (void) G_GNUC_CONST;
ScRichText  *sc_rich_text_new              (void);
ScRichText  *sc_rich_text_new_from_plain   (const char      *text);
ScRichText  *sc_rich_text_ref              (ScRichText      *self);
void         sc_rich_text_unref            (ScRichText      *self);
void         sc_rich_text_append           (ScRichText      *self,
                                            ScRichBlock     *block);
guint        sc_rich_text_get_n_blocks     (ScRichText      *self);
ScRichBlock *sc_rich_text_get_block        (ScRichText      *self,
                                            guint            index);
gboolean     sc_rich_text_is_empty         (ScRichText      *self);
char        *sc_rich_text_to_plain         (ScRichText      *self);
gsize        sc_rich_text_fold_spaces      (char            *text,
                                            gsize            length);

ScRichBlock *sc_rich_block_new             (ScRichBlockKind  kind,
                                            guint            line);
void         sc_rich_block_free            (ScRichBlock     *self);
void         sc_rich_block_add_child       (ScRichBlock     *self,
                                            ScRichBlock     *child);
void         sc_rich_block_add_run         (ScRichBlock     *self,
                                            const char      *text,
                                            ScRichStyle      style,
                                            ScRichLinkKind   link_kind,
                                            const char      *link_target);
void         sc_rich_block_normalize_runs  (ScRichBlock     *self);
char        *sc_rich_block_get_run_text    (ScRichBlock     *self);
guint        sc_rich_block_count           (ScRichBlock     *self,
                                            ScRichBlockKind  kind);
guint        sc_rich_text_count            (ScRichText      *self,
                                            ScRichBlockKind  kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRichText, sc_rich_text_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRichBlock, sc_rich_block_free)

G_END_DECLS
