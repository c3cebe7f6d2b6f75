/* sc-course-handoff.h - the lock and condition the course reader's threads hand work through
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader hands lesson files to the read-ahead thread and documents to
 * the schema thread, and each hands back what it is done with. A thread
 * with nothing to do waits on the condition; one that changes what the
 * others wait for wakes them. Waking costs a system call on this kind of
 * machine even when nobody waits, so the waiting threads are counted and
 * only a wake-up someone waits for is sent.
 *
 * The two helpers run on threads kept from one load to the next
 * (sc_course_handoff_run ()): starting and ending a thread maps and unmaps
 * its stack, which on a machine of several cores stops the others to
 * flush their address caches, and a process that loads many courses (the
 * tests, the fuzz target) paid that four times a load.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GMutex lock;
  GCond  changed;
  guint  waiting;   /* threads in g_cond_wait () */
  gboolean running; /* a function of sc_course_handoff_run () has not returned */
} ScCourseHandoff;

void sc_course_handoff_run  (ScCourseHandoff *self,
                             GThreadFunc      func,
                             gpointer         data);
void sc_course_handoff_join (ScCourseHandoff *self);

static inline void
sc_course_handoff_init (ScCourseHandoff *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->changed);
  self->waiting = 0;
  self->running = FALSE;
}

static inline void
sc_course_handoff_clear (ScCourseHandoff *self)
{
  g_cond_clear (&self->changed);
  g_mutex_clear (&self->lock);
}

static inline void
sc_course_handoff_lock (ScCourseHandoff *self)
{
  g_mutex_lock (&self->lock);
}

static inline void
sc_course_handoff_unlock (ScCourseHandoff *self)
{
  g_mutex_unlock (&self->lock);
}

/* With the lock held: until another thread calls sc_course_handoff_wake ()
 * (or a spurious wake-up: callers wait in a loop over their condition). */
static inline void
sc_course_handoff_wait (ScCourseHandoff *self)
{
  self->waiting++;
  g_cond_wait (&self->changed, &self->lock);
  self->waiting--;
}

/* With the lock held: wakes the threads that wait, if any do. One that
 * does not wait yet will see the change under the lock before it does. */
static inline void
sc_course_handoff_wake (ScCourseHandoff *self)
{
  if (self->waiting > 0)
    g_cond_broadcast (&self->changed);
}

G_END_DECLS
