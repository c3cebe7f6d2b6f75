/* sc-startup-trace.c - timestamps of the start-up phases, for profiling
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With SHOPCRAFT_TRACE_STARTUP=1 each phase of the start-up prints one
 * line on stderr,
 *
 *   startup-trace <g_get_monotonic_time () in µs> <phase>
 *
 * from whichever thread reaches it (the course is read by a worker), so
 * the time between spawning the process and the first frame can be split
 * into its parts on the same clock the start-up benchmark uses
 * (README.md, "Benchmarks"). Without the variable it costs one cached
 * test per call.
 */
#include "config.h"

#include <stdio.h>

#include "sc-startup-trace.h"

/**
 * sc_startup_trace_enabled:
 *
 * Returns: whether SHOPCRAFT_TRACE_STARTUP=1 asks for the phase lines
 */
gboolean
sc_startup_trace_enabled (void)
{
  static gsize enabled = 0;

  if (g_once_init_enter (&enabled))
    {
      gsize value = g_strcmp0 (g_getenv ("SHOPCRAFT_TRACE_STARTUP"), "1") == 0 ? 2 : 1;

      g_once_init_leave (&enabled, value);
    }

  return enabled == 2;
}

/**
 * sc_startup_trace:
 * @phase: a short name for the moment reached, such as "window-built"
 *
 * Prints the time @phase was reached when tracing is on.
 */
void
sc_startup_trace (const char *phase)
{
  gint64 now;

  g_return_if_fail (phase != NULL);

  if (!sc_startup_trace_enabled ())
    return;

  now = g_get_monotonic_time ();
  fprintf (stderr, "startup-trace %" G_GINT64_FORMAT " %s\n", now, phase);
  fflush (stderr);
}
