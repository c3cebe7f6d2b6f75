/* sc-active-time.h - the time a learner really spends on a page
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Without input for this long, the learner is taken to be away. */
#define SC_ACTIVE_TIME_IDLE_SECS 120

/* A monotonic clock in microseconds, as g_get_monotonic_time(); tests
 * pass their own. */
typedef gint64 (*ScClockFunc) (gpointer user_data);

#define SC_TYPE_ACTIVE_TIME (sc_active_time_get_type ())

G_DECLARE_FINAL_TYPE (ScActiveTime, sc_active_time, SC, ACTIVE_TIME, GObject)

ScActiveTime *sc_active_time_new               (ScClockFunc   clock,
                                                gpointer      clock_data);
void          sc_active_time_set_window_active (ScActiveTime *self,
                                                gboolean      active);
void          sc_active_time_set_minimized     (ScActiveTime *self,
                                                gboolean      minimized);
void          sc_active_time_input             (ScActiveTime *self);
gboolean      sc_active_time_is_counting       (ScActiveTime *self);
gint64        sc_active_time_get_usec          (ScActiveTime *self);
gint64        sc_active_time_get_seconds       (ScActiveTime *self);

G_END_DECLS
