/* sc-rich-text-view-build.c - ScRichTextView builds what shows first, the rest after that frame
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lesson is a few screens long, and building and laying out all of it
 * made opening one take several frames' time before anything showed. A
 * view in a window builds, when its text is set, about one window
 * height of blocks (estimated from the text's length at the column's
 * measure) and queues the rest; an idle after the frame builds the queue
 * a window height at a time, in document order. A view that is not
 * shown builds everything at once.
 *
 * What looks the text up (sections, links, procedure steps) and moving
 * the focus into the text finish the building first
 * (sc_rich_text_view_complete()), so none of them ever sees half a text.
 *
 * Only the children of the text and of its sections are queued: a
 * section is built with its heading, and its blocks are appended to it
 * in order as they are built. Once a pass has run out of room everything
 * after it is queued too, so each box receives its children in order.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-rich-text-view-private.h"

/* Lines of body text, when the font is not known yet. */
#define FALLBACK_LINE_PIXELS 24.0
/* style.css: richtextview { line-height: 1.45 } */
#define LINE_HEIGHT 1.45
/* A figure's height in lines, before its picture is loaded. */
#define FIGURE_LINES 14.0
/* Below the idle priority GTK lays out and paints at, so a pass never
 * delays a frame that is due. */
#define BUILD_PRIORITY (GDK_PRIORITY_REDRAW + 10)

typedef struct
{
  GtkWidget   *parent;   /* NULL for the view, or a section's box (a reference) */
  ScRichBlock *block;
  int          depth;
} Pending;

static void
pending_free (Pending *pending)
{
  g_clear_object (&pending->parent);
  g_free (pending);
}

static double
runs_lines (GPtrArray *runs)
{
  gsize chars = 0;

  for (guint i = 0; runs != NULL && i < runs->len; i++)
    {
      const ScRichRun *run = g_ptr_array_index (runs, i);

      if (run->text != NULL)
        chars += strlen (run->text);
    }

  return chars > 0 ? ceil ((double) chars / SC_RICH_TEXT_MEASURE_CHARS) : 0.0;
}

/* How many lines of body text @block takes, roughly: its text at the
 * column's measure, a line for its margin, a header for boxed blocks. */
static double
block_lines (ScRichBlock *block)
{
  double lines = 1.0 + runs_lines (block->runs);

  switch (block->kind)
    {
    case SC_RICH_BLOCK_FIGURE:
      lines += FIGURE_LINES;
      break;

    case SC_RICH_BLOCK_SECTION:
    case SC_RICH_BLOCK_CALLOUT:
    case SC_RICH_BLOCK_WORKED_EXAMPLE:
    case SC_RICH_BLOCK_SOP:
    case SC_RICH_BLOCK_TEMPLATE:
    case SC_RICH_BLOCK_PRACTICE:
      lines += 3.0;
      break;

    default:
      break;
    }

  if (block->text != NULL)
    lines += ceil ((double) strlen (block->text) / SC_RICH_TEXT_MEASURE_CHARS);

  for (guint i = 0; block->children != NULL && i < block->children->len; i++)
    lines += block_lines (g_ptr_array_index (block->children, i));

  return lines;
}

/* One window height of body lines: what a pass builds. */
static double
pass_lines (ScRichTextView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int height = root != NULL ? gtk_widget_get_height (GTK_WIDGET (root)) : 0;
  double line = FALLBACK_LINE_PIXELS;
  int dpi = -1;

  if (height <= 0)
    return G_MAXDOUBLE;

  if (self->body_points > 0.0)
    {
      g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);
      line = self->body_points * (dpi > 0 ? dpi / 1024.0 : 96.0) / 72.0 * LINE_HEIGHT;
    }

  return MAX (height / MAX (line, 1.0), 1.0);
}

static void
append (ScRichTextView *self,
        GtkWidget      *parent,
        GtkWidget      *child)
{
  if (child == NULL)
    return;

  if (parent == GTK_WIDGET (self))
    gtk_widget_set_parent (child, parent);
  else
    gtk_box_append (GTK_BOX (parent), child);
}

/**
 * sc_rtv_append_or_defer:
 * @parent: the view, or a section's box
 *
 * Builds @block into @parent while the pass has room, or queues it.
 */
void
sc_rtv_append_or_defer (ScRichTextView *self,
                        GtkWidget      *parent,
                        ScRichBlock    *block,
                        int             depth)
{
  Pending *pending;

  if (self->budget > 0.0)
    {
      /* A section charges its heading here and its blocks as they are
       * built. */
      self->budget -= block->kind == SC_RICH_BLOCK_SECTION ? 3.0 : block_lines (block);
      append (self, parent, sc_rich_text_view_build_block (self, block, depth));
      return;
    }

  /* The view owns the queue: only a section's box is held. */
  pending = g_new0 (Pending, 1);
  pending->parent = parent != GTK_WIDGET (self) ? g_object_ref (parent) : NULL;
  pending->block = block;
  pending->depth = depth;
  g_queue_push_tail (&self->pending, pending);
}

/* Builds queued blocks until the pass has no room left. */
static void
build_pending (ScRichTextView *self,
               double          lines)
{
  self->budget = lines;
  while (self->budget > 0.0 && !g_queue_is_empty (&self->pending))
    {
      Pending *pending = g_queue_pop_head (&self->pending);

      sc_rtv_append_or_defer (self, pending->parent != NULL ? pending->parent : GTK_WIDGET (self),
                              pending->block, pending->depth);
      pending_free (pending);
    }
  self->budget = 0.0;
}

static gboolean
build_pending_cb (gpointer user_data)
{
  ScRichTextView *self = SC_RICH_TEXT_VIEW (user_data);

  build_pending (self, pass_lines (self));
  if (!g_queue_is_empty (&self->pending))
    return G_SOURCE_CONTINUE;

  self->pending_id = 0;
  g_object_notify (G_OBJECT (self), "complete");
  return G_SOURCE_REMOVE;
}

/* Forgets what is queued (the text is cleared or replaced). */
void
sc_rtv_drop_pending (ScRichTextView *self)
{
  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_queue_clear_full (&self->pending, (GDestroyNotify) pending_free);
}

void
sc_rich_text_view_rebuild (ScRichTextView *self)
{
  gboolean was_complete = g_queue_is_empty (&self->pending);

  sc_rtv_clear_blocks (self);

  if (self->text != NULL)
    {
      /* Shown: one window height now; otherwise everything. */
      self->budget = gtk_widget_get_mapped (GTK_WIDGET (self)) ? pass_lines (self) : G_MAXDOUBLE;
      self->list_depth = 0;
      for (guint i = 0; i < sc_rich_text_get_n_blocks (self->text); i++)
        sc_rtv_append_or_defer (self, GTK_WIDGET (self), sc_rich_text_get_block (self->text, i), 0);
      self->budget = 0.0;
    }

  if (!g_queue_is_empty (&self->pending))
    {
      self->pending_id = g_idle_add_full (BUILD_PRIORITY, build_pending_cb, self, NULL);
      g_source_set_name_by_id (self->pending_id, "[shopcraft] rich text: build the rest");
    }

  if (was_complete != g_queue_is_empty (&self->pending))
    g_object_notify (G_OBJECT (self), "complete");
}

/**
 * sc_rich_text_view_get_complete:
 *
 * Returns: %TRUE once every block of the text is built (always, for a
 *   view that is not shown)
 */
gboolean
sc_rich_text_view_get_complete (ScRichTextView *self)
{
  g_return_val_if_fail (SC_IS_RICH_TEXT_VIEW (self), TRUE);

  return g_queue_is_empty (&self->pending);
}

/**
 * sc_rich_text_view_complete:
 *
 * Builds now whatever blocks of the text are still queued.
 */
void
sc_rich_text_view_complete (ScRichTextView *self)
{
  g_return_if_fail (SC_IS_RICH_TEXT_VIEW (self));

  if (g_queue_is_empty (&self->pending))
    return;

  g_clear_handle_id (&self->pending_id, g_source_remove);
  build_pending (self, G_MAXDOUBLE);
  g_object_notify (G_OBJECT (self), "complete");
}
