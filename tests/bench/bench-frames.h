/* bench-frames.h - timing a page shown again and again, each time to its first painted frame
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows the page (@shown) or the empty page in its place. */
typedef void (*BenchShowFunc) (gpointer  data,
                               gboolean  shown);

typedef struct
{
  /* Set by the caller */
  GApplication  *app;
  GtkWidget     *window;
  guint          opens;       /* measured showings asked for */
  BenchShowFunc  show;
  gpointer       data;

  /* The harness's own */
  guint          done;        /* showings so far, the warm-up included */
  gboolean       clearing;    /* the empty page is on its way to the screen */
  gint64         start;
  gint64         built;
  gint64         laid_out;
} BenchFrames;

void bench_frames_run_when_mapped (BenchFrames *frames);
void bench_remove_tree            (const char  *path);

G_END_DECLS
