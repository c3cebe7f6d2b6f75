/* sc-reading-session.c - one stretch of reading a lesson, timed and recorded
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lesson page opens a session when a lesson is shown, feeds its
 * ScActiveTime with window and input events, calls
 * sc_reading_session_heartbeat() every SC_READING_SESSION_HEARTBEAT_SECS
 * seconds, and closes it when the learner leaves the lesson or the
 * window closes. A session dropped without closing writes nothing more,
 * exactly as if the process had been killed: the next start recovers it
 * from its last heartbeat (sc_progress_recover_sessions).
 */
#include "config.h"

#include "sc-database.h"
#include "sc-progress.h"
#include "sc-reading-session.h"

struct _ScReadingSession
{
  GObject       parent_instance;

  ScDatabase   *database;
  ScLearner    *learner;
  ScCourse     *course;
  ScActiveTime *active_time;
  char         *lesson_id;
  char         *registration;
  gboolean      closed;
};

G_DEFINE_FINAL_TYPE (ScReadingSession, sc_reading_session, G_TYPE_OBJECT)

static void
sc_reading_session_finalize (GObject *object)
{
  ScReadingSession *self = SC_READING_SESSION (object);

  g_clear_object (&self->database);
  g_clear_pointer (&self->learner, sc_learner_free);
  g_clear_object (&self->course);
  g_clear_object (&self->active_time);
  g_free (self->lesson_id);
  g_free (self->registration);

  G_OBJECT_CLASS (sc_reading_session_parent_class)->finalize (object);
}

static void
sc_reading_session_class_init (ScReadingSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_reading_session_finalize;
}

static void
sc_reading_session_init (ScReadingSession *self)
{
}

/**
 * sc_reading_session_open:
 * @clock: (nullable): the monotonic clock for the active time; %NULL for
 *   the system's
 *
 * Opens @lesson_id (sc_progress_open_lesson) and starts timing. Opening
 * counts as input: the learner just chose the lesson.
 *
 * Returns: (transfer full) (nullable): the session, or %NULL with @error set
 */
ScReadingSession *
sc_reading_session_open (ScDatabase       *database,
                         const ScLearner  *learner,
                         ScCourse         *course,
                         const char       *lesson_id,
                         ScClockFunc       clock,
                         gpointer          clock_data,
                         GError          **error)
{
  g_autoptr(ScReadingSession) self = NULL;
  g_autofree char *registration = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  if (!sc_progress_open_lesson (database, learner, course, lesson_id, &registration, error))
    return NULL;

  self = g_object_new (SC_TYPE_READING_SESSION, NULL);
  self->database = g_object_ref (database);
  self->learner = sc_learner_copy (learner);
  self->course = g_object_ref (course);
  self->lesson_id = g_strdup (lesson_id);
  self->registration = g_steal_pointer (&registration);
  self->active_time = sc_active_time_new (clock, clock_data);
  sc_active_time_input (self->active_time);

  return g_steal_pointer (&self);
}

/**
 * sc_reading_session_get_active_time:
 *
 * Returns: (transfer none): the timer to feed with window and input events
 */
ScActiveTime *
sc_reading_session_get_active_time (ScReadingSession *self)
{
  g_return_val_if_fail (SC_IS_READING_SESSION (self), NULL);

  return self->active_time;
}

/**
 * sc_reading_session_get_registration:
 *
 * Returns: the session's UUID, the registration of its statements
 */
const char *
sc_reading_session_get_registration (ScReadingSession *self)
{
  g_return_val_if_fail (SC_IS_READING_SESSION (self), NULL);

  return self->registration;
}

const char *
sc_reading_session_get_lesson_id (ScReadingSession *self)
{
  g_return_val_if_fail (SC_IS_READING_SESSION (self), NULL);

  return self->lesson_id;
}

gboolean
sc_reading_session_is_closed (ScReadingSession *self)
{
  g_return_val_if_fail (SC_IS_READING_SESSION (self), TRUE);

  return self->closed;
}

/**
 * sc_reading_session_heartbeat:
 *
 * Stores the active seconds so far. A heartbeat after closing (a timer
 * firing once more) does nothing.
 */
gboolean
sc_reading_session_heartbeat (ScReadingSession  *self,
                              GError           **error)
{
  g_return_val_if_fail (SC_IS_READING_SESSION (self), FALSE);

  if (self->closed)
    return TRUE;

  return sc_progress_heartbeat (self->database, self->registration,
                                sc_active_time_get_seconds (self->active_time), error);
}

/**
 * sc_reading_session_close:
 *
 * Writes the session's one `experienced` statement, with its active time
 * as result.duration. Closing again does nothing.
 */
gboolean
sc_reading_session_close (ScReadingSession  *self,
                          GError           **error)
{
  g_return_val_if_fail (SC_IS_READING_SESSION (self), FALSE);

  if (self->closed)
    return TRUE;

  if (!sc_progress_close_session (self->database, self->learner, self->course, self->registration,
                                  sc_active_time_get_seconds (self->active_time), error))
    return FALSE;

  self->closed = TRUE;

  return TRUE;
}
