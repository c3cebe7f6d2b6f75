/* sc-frame-probe.c - report the first complete frame, for benchmarks
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With SHOPCRAFT_PROBE_FIRST_FRAME=1 the app prints exactly one line,
 *
 *   first-frame <g_get_monotonic_time () in µs> rss-kb <VmRSS in kB>
 *
 * on stdout at the first after-paint of the window's frame clock once the
 * window is ready (the visible panel reports ready, or the error page is
 * up), then quits. The benchmark harness compares the time with its own
 * CLOCK_MONOTONIC reading taken before it started the process.
 *
 * With SHOPCRAFT_TRACE_STARTUP=1 (sc-startup-trace.c) the phases of the
 * window's first frames are traced too. Their handlers run after GTK's
 * own, so "layout-done" follows measuring and allocating, "painted"
 * follows snapshot and rendering.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sc-frame-probe.h"
#include "sc-startup-trace.h"

#define PROBE_KEY "sc-frame-probe-armed"

/* Frames traced after the window is mapped. */
#define TRACED_FRAMES 3

gboolean
sc_frame_probe_requested (void)
{
  return g_strcmp0 (g_getenv ("SHOPCRAFT_PROBE_FIRST_FRAME"), "1") == 0;
}

static long
read_vm_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;

  line = strstr (status, "\nVmRSS:");
  if (line == NULL)
    return 0;

  return strtol (line + strlen ("\nVmRSS:"), NULL, 10);
}

static void
after_paint_cb (GdkFrameClock *clock,
                ScWindow      *window)
{
  gint64 now = g_get_monotonic_time ();
  GtkApplication *app;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);

  printf ("first-frame %" G_GINT64_FORMAT " rss-kb %ld\n", now, read_vm_rss_kb ());
  fflush (stdout);

  app = gtk_window_get_application (GTK_WINDOW (window));
  if (app != NULL)
    g_application_quit (G_APPLICATION (app));
}

static void
arm (ScWindow *window)
{
  GdkFrameClock *clock;

  if (!sc_window_get_ready (window) || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return;

  if (g_object_get_data (G_OBJECT (window), PROBE_KEY) != NULL)
    return;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_return_if_fail (clock != NULL);

  g_object_set_data (G_OBJECT (window), PROBE_KEY, GINT_TO_POINTER (TRUE));
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), window, 0);

  /* Whatever turned the window ready must reach the screen: ask for the
   * frame that shows it rather than trusting one is already coming. */
  gtk_widget_queue_draw (GTK_WIDGET (window));
}

/**
 * sc_frame_probe_attach:
 * @window: the window about to be presented
 *
 * Prints the first-frame line once @window has shown a complete page, then
 * quits the application.
 */
void
sc_frame_probe_attach (ScWindow *window)
{
  g_return_if_fail (SC_IS_WINDOW (window));

  g_signal_connect (window, "notify::ready", G_CALLBACK (arm), NULL);
  g_signal_connect_after (window, "map", G_CALLBACK (arm), NULL);
  arm (window);
}

static void
trace_phase_cb (GdkFrameClock *clock,
                const char    *phase)
{
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);
  g_autofree char *text = NULL;

  text = g_strdup_printf ("frame-%" G_GINT64_FORMAT "-%s", frame, phase);
  sc_startup_trace (text);

  /* Every phase's handler, once the last traced frame is on screen. */
  if (g_strcmp0 (phase, "after-paint") == 0 && frame + 1 >= TRACED_FRAMES)
    g_signal_handlers_disconnect_matched (clock, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                          trace_phase_cb, NULL);
}

static void
trace_map_cb (GtkWidget *window)
{
  static const char * const phases[][2] = {
    { "before-paint", "start" },
    { "layout", "layout-done" },
    { "paint", "painted" },
    { "after-paint", "after-paint" },
  };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, trace_map_cb, NULL);
  sc_startup_trace ("window-mapped");
  if (clock == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    g_signal_connect (clock, phases[i][0], G_CALLBACK (trace_phase_cb), (gpointer) phases[i][1]);
}

/**
 * sc_frame_probe_trace:
 * @window: the window about to be presented
 *
 * With SHOPCRAFT_TRACE_STARTUP=1, traces when @window is mapped and the
 * phases of its first frames.
 */
void
sc_frame_probe_trace (GtkWidget *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (sc_startup_trace_enabled ())
    g_signal_connect_after (window, "map", G_CALLBACK (trace_map_cb), NULL);
}
