/* sc-active-time.c - the time a learner really spends on a page
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time counts while the window is active, is not minimised, and had
 * input (a key, a click, a scroll, the pointer moving) in the last
 * SC_ACTIVE_TIME_IDLE_SECS seconds. A lesson left open over lunch adds
 * two minutes, not an hour.
 *
 * The interface feeds events; nothing here polls. Each event first
 * settles the time since the previous one: with the window state fixed
 * between events, the counted part of [since, now] is its overlap with
 * [last input, last input + idle limit]. The clock is injected, so the
 * tests step through minutes without waiting.
 */
#include "config.h"

#include "sc-active-time.h"

#define IDLE_USEC ((gint64) SC_ACTIVE_TIME_IDLE_SECS * G_USEC_PER_SEC)

struct _ScActiveTime
{
  GObject      parent_instance;

  ScClockFunc  clock;
  gpointer     clock_data;
  gint64       since;        /* counted up to here */
  gint64       last_input;   /* G_MININT64 before the first input */
  gint64       active_usec;
  guint        window_active : 1;
  guint        minimized : 1;
};

G_DEFINE_FINAL_TYPE (ScActiveTime, sc_active_time, G_TYPE_OBJECT)

static void
sc_active_time_class_init (ScActiveTimeClass *klass)
{
}

static void
sc_active_time_init (ScActiveTime *self)
{
  self->last_input = G_MININT64;
  self->window_active = TRUE;
}

static gint64
monotonic_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
now (ScActiveTime *self)
{
  return self->clock (self->clock_data);
}

static void
settle (ScActiveTime *self)
{
  gint64 t = now (self);

  /* A monotonic clock never goes back; a test clock that does adds nothing. */
  if (t <= self->since)
    return;

  if (self->window_active && !self->minimized && self->last_input != G_MININT64)
    {
      gint64 from = MAX (self->since, self->last_input);
      gint64 to = MIN (t, self->last_input + IDLE_USEC);

      if (to > from)
        self->active_usec += to - from;
    }

  self->since = t;
}

/**
 * sc_active_time_new:
 * @clock: (nullable): the monotonic clock; %NULL for g_get_monotonic_time()
 *
 * Starts counting with the window active and not minimised, but no
 * input yet: nothing counts until the first sc_active_time_input().
 *
 * Returns: (transfer full):
 */
ScActiveTime *
sc_active_time_new (ScClockFunc clock,
                    gpointer    clock_data)
{
  ScActiveTime *self = g_object_new (SC_TYPE_ACTIVE_TIME, NULL);

  self->clock = clock != NULL ? clock : monotonic_clock;
  self->clock_data = clock_data;
  self->since = now (self);

  return self;
}

/**
 * sc_active_time_set_window_active:
 *
 * Call when the window gains or loses the focus (GtkWindow:is-active).
 */
void
sc_active_time_set_window_active (ScActiveTime *self,
                                  gboolean      active)
{
  g_return_if_fail (SC_IS_ACTIVE_TIME (self));

  settle (self);
  self->window_active = !!active;
}

/**
 * sc_active_time_set_minimized:
 *
 * Call when the window is minimised or restored (GdkToplevel state).
 */
void
sc_active_time_set_minimized (ScActiveTime *self,
                              gboolean      minimized)
{
  g_return_if_fail (SC_IS_ACTIVE_TIME (self));

  settle (self);
  self->minimized = !!minimized;
}

/**
 * sc_active_time_input:
 *
 * Call on any input in the page, at the clock's current time.
 */
void
sc_active_time_input (ScActiveTime *self)
{
  g_return_if_fail (SC_IS_ACTIVE_TIME (self));

  settle (self);
  self->last_input = self->since;
}

/**
 * sc_active_time_is_counting:
 *
 * Returns: whether time counts at this moment
 */
gboolean
sc_active_time_is_counting (ScActiveTime *self)
{
  g_return_val_if_fail (SC_IS_ACTIVE_TIME (self), FALSE);

  settle (self);

  return self->window_active && !self->minimized && self->last_input != G_MININT64 &&
         self->since < self->last_input + IDLE_USEC;
}

gint64
sc_active_time_get_usec (ScActiveTime *self)
{
  g_return_val_if_fail (SC_IS_ACTIVE_TIME (self), 0);

  settle (self);

  return self->active_usec;
}

/**
 * sc_active_time_get_seconds:
 *
 * Returns: the active time so far, in whole seconds
 */
gint64
sc_active_time_get_seconds (ScActiveTime *self)
{
  return sc_active_time_get_usec (self) / G_USEC_PER_SEC;
}
