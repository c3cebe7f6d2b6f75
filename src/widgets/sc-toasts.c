/* sc-toasts.c - toasts added through one place, which knows when they are still moving
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2's toast overlay frees a toast's slide-in or fade-out
 * animation inside the animation's own "done" signal; when the overlay
 * is unmapped (its window closes) while one runs, the animation is
 * skipped, "done" runs on the way out, and the process crashes on the
 * freed animation. Every toast of the application is added here, which
 * remembers when the last one came or went; a window about to close
 * waits until sc_toasts_get_settle_ms () says they are all still
 * (ScWindow's close-request), and so do the widget tests before they
 * destroy a window.
 */
#include "config.h"

#include "sc-toasts.h"

/* The longest animation: a toast replacing another slides in for 500 ms;
 * one going fades for 300 ms. With a margin for a busy frame clock. */
#define SC_TOASTS_MOTION_MS 800

static gint64 last_motion_us;

static void
toast_dismissed_cb (AdwToast *toast)
{
  last_motion_us = g_get_monotonic_time ();
}

/**
 * sc_toasts_add:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in @overlay, as adw_toast_overlay_add_toast () does.
 */
void
sc_toasts_add (AdwToastOverlay *overlay,
               AdwToast        *toast)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  last_motion_us = g_get_monotonic_time ();
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), NULL);
  adw_toast_overlay_add_toast (overlay, toast);
}

/**
 * sc_toasts_get_settle_ms:
 *
 * Returns: how long, at most, a toast may still be sliding in or fading
 *   out, in milliseconds; 0 when none can be
 */
guint
sc_toasts_get_settle_ms (void)
{
  gint64 since_ms;

  if (last_motion_us == 0)
    return 0;

  since_ms = (g_get_monotonic_time () - last_motion_us) / 1000;

  return since_ms >= SC_TOASTS_MOTION_MS ? 0 : (guint) (SC_TOASTS_MOTION_MS - since_ms);
}
