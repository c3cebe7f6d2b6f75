/* sc-progress-sessions.c - reading sessions: heartbeats, closing, recovery after a crash
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reading session is one stretch of reading a lesson; its UUID is the
 * registration of every statement made during it. While it is open, the
 * interface calls sc_progress_heartbeat() every 30 seconds, which stores
 * the active seconds so far in reading_sessions (working state, no
 * statement), so a killed process loses at most 30 seconds. Closing
 * writes the session's one `experienced` statement with its duration. A
 * session left open by a process that died is closed by
 * sc_progress_recover_sessions() with the time of its last heartbeat.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-learning-private.h"
#include "sc-progress-private.h"

static char *
dup_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return sc_xapi_format_timestamp (now);
}

/**
 * sc_progress_heartbeat:
 * @registration: an open session, from sc_progress_open_lesson()
 * @active_secs: the session's active seconds so far
 *
 * Stores the active time of an open session. Short: one row.
 */
gboolean
sc_progress_heartbeat (ScDatabase  *database,
                       const char  *registration,
                       gint64       active_secs,
                       GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autofree char *now = dup_now ();
  ScLearningTx tx;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (registration != NULL, FALSE);
  g_return_val_if_fail (active_secs >= 0, FALSE);

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  stmt = sc_learning_prepare (database,
                              "UPDATE reading_sessions"
                              " SET active_secs = max (active_secs, ?2), heartbeat_at = ?3"
                              " WHERE registration = ?1 AND closed_at IS NULL",
                              error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sc_learning_bind_text (stmt, 1, registration);
  sqlite3_bind_int64 (stmt, 2, active_secs);
  sc_learning_bind_text (stmt, 3, now);
  if (!sc_learning_step_done (database, stmt, error))
    return sc_learning_tx_fail (&tx);

  if (sqlite3_changes (sc_database_get_handle (database)) == 0)
    {
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                           _("This reading session has already ended, so its time was not saved. Open the lesson again to go on reading."));
      return sc_learning_tx_fail (&tx);
    }

  return sc_learning_tx_commit (&tx, error);
}

/* Writes the session's `experienced` statement and marks it closed, in
 * the caller's transaction. @timestamp is %NULL for now. */
static gboolean
close_one (ScDatabase       *database,
           const ScLearner  *learner,
           ScCourse         *course,
           const char       *registration,
           const char       *lesson_id,
           gint64            active_secs,
           const char       *timestamp,
           GError          **error)
{
  g_autoptr(ScLesson) removed = NULL;
  g_autoptr(ScStatement) statement = NULL;
  g_autoptr(ScLearningStmt) stmt = NULL;
  ScLesson *lesson;

  /* The course may have dropped the lesson since: the time read still
   * counts, under the lesson's id. */
  lesson = sc_course_lookup_lesson (course, lesson_id);
  if (lesson == NULL)
    {
      removed = sc_lesson_new ();
      removed->id = g_strdup (lesson_id);
      lesson = removed;
    }

  statement = sc_statement_new_for_lesson (learner, SC_VERB_EXPERIENCED, course, lesson, registration);
  sc_statement_set_duration (statement, active_secs);
  if (timestamp != NULL)
    sc_statement_set_timestamp (statement, timestamp);

  stmt = sc_learning_prepare (database,
                              "UPDATE reading_sessions SET active_secs = ?2, closed_at = ?3"
                              " WHERE registration = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sc_learning_bind_text (stmt, 1, registration);
  sqlite3_bind_int64 (stmt, 2, active_secs);
  sc_learning_bind_text (stmt, 3, sc_statement_get_timestamp (statement));

  return sc_learning_step_done (database, stmt, error) &&
         sc_progress_write (database, learner, statement, error);
}

/**
 * sc_progress_close_session:
 * @active_secs: the session's active seconds, or -1 for those of the last
 *   heartbeat
 *
 * Ends a reading session with its one `experienced` statement
 * (result.duration), which adds its time to the lesson. Closing a closed
 * session does nothing.
 */
gboolean
sc_progress_close_session (ScDatabase       *database,
                           const ScLearner  *learner,
                           ScCourse         *course,
                           const char       *registration,
                           gint64            active_secs,
                           GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autofree char *lesson_id = NULL;
  ScLearningTx tx;
  gboolean closed;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);
  g_return_val_if_fail (registration != NULL, FALSE);

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  stmt = sc_learning_prepare (database,
                              "SELECT lesson_id, active_secs, closed_at IS NOT NULL"
                              " FROM reading_sessions"
                              " WHERE registration = ?1 AND learner_id = ?2 AND course_id = ?3",
                              error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sc_learning_bind_text (stmt, 1, registration);
  sqlite3_bind_int64 (stmt, 2, learner->id);
  sc_learning_bind_text (stmt, 3, sc_course_get_id (course));

  rc = sc_learning_step_row (database, stmt, error);
  if (rc == SQLITE_DONE)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("No reading session of “%s” in the course “%s” has the id %s; its learner may have been deleted. Open the lesson again."),
                 learner->display_name, sc_course_get_id (course), registration);
  if (rc != SQLITE_ROW)
    return sc_learning_tx_fail (&tx);

  lesson_id = g_strdup (sc_learning_column_text (stmt, 0));
  if (active_secs < 0)
    active_secs = sqlite3_column_int64 (stmt, 1);
  closed = sqlite3_column_int (stmt, 2) != 0;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!closed &&
      !close_one (database, learner, course, registration, lesson_id, active_secs, NULL, error))
    return sc_learning_tx_fail (&tx);

  return sc_learning_tx_commit (&tx, error);
}

typedef struct
{
  char   *registration;
  char   *lesson_id;
  char   *heartbeat_at;
  gint64  active_secs;
} Orphan;

static void
orphan_free (Orphan *orphan)
{
  g_free (orphan->registration);
  g_free (orphan->lesson_id);
  g_free (orphan->heartbeat_at);
  g_free (orphan);
}

/**
 * sc_progress_recover_sessions:
 * @now: (nullable): the current time; %NULL for the clock's
 * @out_n_recovered: (out) (optional): how many sessions were closed
 *
 * Closes the sessions of @learner in @course left open by a process that
 * died: those whose last heartbeat is more than
 * %SC_PROGRESS_SESSION_STALE_SECS old (a session of another window on
 * the same data folder beats more often). Each gets its `experienced`
 * statement, timed at its last heartbeat, with the seconds stored then.
 * Call it after loading the course, before opening a lesson.
 */
gboolean
sc_progress_recover_sessions (ScDatabase       *database,
                              const ScLearner  *learner,
                              ScCourse         *course,
                              GDateTime        *now,
                              guint            *out_n_recovered,
                              GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GDateTime) clock_now = NULL;
  g_autoptr(GDateTime) threshold = NULL;
  g_autofree char *before = NULL;
  ScLearningTx tx;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);

  if (out_n_recovered != NULL)
    *out_n_recovered = 0;
  if (now == NULL)
    now = clock_now = g_date_time_new_now_utc ();
  threshold = g_date_time_add_seconds (now, -SC_PROGRESS_SESSION_STALE_SECS);
  before = sc_xapi_format_timestamp (threshold);

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  stmt = sc_learning_prepare (database,
                              "SELECT registration, lesson_id, heartbeat_at, active_secs"
                              " FROM reading_sessions"
                              " WHERE learner_id = ?1 AND course_id = ?2"
                              "   AND closed_at IS NULL AND heartbeat_at < ?3"
                              " ORDER BY started_at, registration",
                              error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, sc_course_get_id (course));
  sc_learning_bind_text (stmt, 3, before);

  orphans = g_ptr_array_new_with_free_func ((GDestroyNotify) orphan_free);
  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      Orphan *orphan = g_new0 (Orphan, 1);

      orphan->registration = g_strdup (sc_learning_column_text (stmt, 0));
      orphan->lesson_id = g_strdup (sc_learning_column_text (stmt, 1));
      orphan->heartbeat_at = g_strdup (sc_learning_column_text (stmt, 2));
      orphan->active_secs = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (orphans, orphan);
    }
  if (rc != SQLITE_DONE)
    return sc_learning_tx_fail (&tx);
  g_clear_pointer (&stmt, sqlite3_finalize);

  for (guint i = 0; i < orphans->len; i++)
    {
      Orphan *orphan = g_ptr_array_index (orphans, i);

      if (!close_one (database, learner, course, orphan->registration, orphan->lesson_id,
                      orphan->active_secs, orphan->heartbeat_at, error))
        return sc_learning_tx_fail (&tx);
    }

  if (!sc_learning_tx_commit (&tx, error))
    return FALSE;

  if (out_n_recovered != NULL)
    *out_n_recovered = orphans->len;

  return TRUE;
}
