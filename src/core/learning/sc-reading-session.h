/* sc-reading-session.h - one stretch of reading a lesson, timed and recorded
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-active-time.h"
#include "sc-course.h"
#include "sc-learner.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* How often the interface calls sc_reading_session_heartbeat(): the most
 * reading time a killed process can lose. */
#define SC_READING_SESSION_HEARTBEAT_SECS 30

#define SC_TYPE_READING_SESSION (sc_reading_session_get_type ())

G_DECLARE_FINAL_TYPE (ScReadingSession, sc_reading_session, SC, READING_SESSION, GObject)

ScReadingSession *sc_reading_session_open             (ScDatabase        *database,
                                                       const ScLearner   *learner,
                                                       ScCourse          *course,
                                                       const char        *lesson_id,
                                                       ScClockFunc        clock,
                                                       gpointer           clock_data,
                                                       GError           **error);
ScActiveTime     *sc_reading_session_get_active_time  (ScReadingSession  *self);
const char       *sc_reading_session_get_registration (ScReadingSession  *self);
const char       *sc_reading_session_get_lesson_id    (ScReadingSession  *self);
gboolean          sc_reading_session_is_closed        (ScReadingSession  *self);
gboolean          sc_reading_session_heartbeat        (ScReadingSession  *self,
                                                       GError           **error);
gboolean          sc_reading_session_close            (ScReadingSession  *self,
                                                       GError           **error);

G_END_DECLS
