/* bench-frames.c - timing a page shown again and again, each time to its first painted frame
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page benchmarks (bench-lesson-page, bench-progress-page) show a page
 * and an empty page in turn in one window, opens times after one warm-up
 * showing. Each showing starts in a tick callback, at the start of a frame,
 * so no time is spent waiting for the frame clock: what is measured is
 * the one frame that builds, lays out and paints the page, up to its
 * after-paint. For each measured showing it prints
 * `open-us <µs> build-us <µs> layout-us <µs>`: the whole frame, then how
 * much of it went to setting the page's content and to measuring and
 * allocating. Then it quits the application.
 */
#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "bench-frames.h"

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  BenchFrames *frames = user_data;

  frames->start = g_get_monotonic_time ();
  frames->show (frames->data, TRUE);
  frames->built = g_get_monotonic_time ();

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                BenchFrames   *frames)
{
  gint64 now = g_get_monotonic_time ();

  /* The empty page was painted: show the page at the next frame. */
  if (frames->clearing)
    {
      frames->clearing = FALSE;
      gtk_widget_add_tick_callback (frames->window, tick_cb, frames, NULL);
      return;
    }

  if (frames->start == 0)
    return;

  if (frames->done > 0)
    printf ("open-us %" G_GINT64_FORMAT " build-us %" G_GINT64_FORMAT " layout-us %" G_GINT64_FORMAT "\n",
            now - frames->start, frames->built - frames->start, frames->laid_out - frames->built);
  frames->start = 0;
  frames->done++;

  if (frames->done > frames->opens)
    {
      fflush (stdout);
      g_application_quit (frames->app);
      return;
    }

  frames->show (frames->data, FALSE);
  frames->clearing = TRUE;
}

/* Connected after GTK's own handler, so this runs once the frame's
 * layout is done. */
static void
layout_cb (GdkFrameClock *clock,
           BenchFrames   *frames)
{
  frames->laid_out = g_get_monotonic_time ();
}

static void
map_cb (GtkWidget   *window,
        BenchFrames *frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), frames);
  gtk_widget_add_tick_callback (window, tick_cb, frames, NULL);
}

/**
 * bench_frames_run_when_mapped:
 *
 * Starts the showings once @frames->window is mapped; present it after.
 */
void
bench_frames_run_when_mapped (BenchFrames *frames)
{
  g_signal_connect_after (frames->window, "map", G_CALLBACK (map_cb), frames);
}

/**
 * bench_remove_tree:
 * @path: a temporary folder a benchmark made
 *
 * Removes @path and everything in it, following no symbolic link.
 */
void
bench_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        bench_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
