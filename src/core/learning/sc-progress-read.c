/* sc-progress-read.c - where a learner is in a lesson, and where to continue
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads only: the summary tables (sc-progress-apply.c) plus the open
 * reading sessions, whose time counts up to their last heartbeat.
 */
#include "config.h"

#include "sc-learning-private.h"
#include "sc-progress-private.h"

const char *
sc_lesson_state_to_string (ScLessonState state)
{
  switch (state)
    {
    case SC_LESSON_IN_PROGRESS:
      return "in-progress";
    case SC_LESSON_DONE:
      return "done";
    case SC_LESSON_NOT_STARTED:
    default:
      return "not-started";
    }
}

static ScLessonState
state_from_string (const char *text)
{
  if (g_strcmp0 (text, "done") == 0)
    return SC_LESSON_DONE;
  if (g_strcmp0 (text, "in-progress") == 0)
    return SC_LESSON_IN_PROGRESS;
  return SC_LESSON_NOT_STARTED;
}

static void
sop_tick_free (ScSopTick *tick)
{
  g_free (tick->sop_id);
  g_free (tick);
}

void
sc_lesson_progress_free (ScLessonProgress *self)
{
  if (self == NULL)
    return;

  g_free (self->course_id);
  g_free (self->lesson_id);
  g_free (self->updated_at);
  g_clear_pointer (&self->ticks, g_ptr_array_unref);
  g_free (self);
}

gboolean
sc_lesson_progress_is_ticked (const ScLessonProgress *self,
                              const char             *sop_id,
                              guint                   step)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (sop_id != NULL, FALSE);

  for (guint i = 0; i < self->ticks->len; i++)
    {
      ScSopTick *tick = g_ptr_array_index (self->ticks, i);

      if (tick->step == step && g_strcmp0 (tick->sop_id, sop_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
read_ticks (ScDatabase        *database,
            const ScLearner   *learner,
            ScLessonProgress  *progress,
            GError           **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT sop_id, step FROM sop_ticks"
                              " WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3"
                              "   AND ticked = 1"
                              " ORDER BY sop_id, step",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, progress->course_id);
  sc_learning_bind_text (stmt, 3, progress->lesson_id);

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      ScSopTick *tick = g_new0 (ScSopTick, 1);

      tick->sop_id = g_strdup (sc_learning_column_text (stmt, 0));
      tick->step = (guint) sqlite3_column_int (stmt, 1);
      g_ptr_array_add (progress->ticks, tick);
    }

  return rc == SQLITE_DONE;
}

/**
 * sc_progress_get_lesson:
 *
 * Returns: (transfer full) (nullable): where @learner is in the lesson
 *   (not started when nothing was recorded), or %NULL with @error set
 *   when the database could not be read. The lesson need not be in
 *   @course any more: progress on a removed lesson is still reported.
 */
ScLessonProgress *
sc_progress_get_lesson (ScDatabase       *database,
                        const ScLearner  *learner,
                        ScCourse         *course,
                        const char       *lesson_id,
                        GError          **error)
{
  g_autoptr(ScLessonProgress) progress = NULL;
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (lesson_id != NULL, NULL);

  progress = g_new0 (ScLessonProgress, 1);
  progress->course_id = g_strdup (sc_course_get_id (course));
  progress->lesson_id = g_strdup (lesson_id);
  progress->ticks = g_ptr_array_new_with_free_func ((GDestroyNotify) sop_tick_free);

  /* Open sessions count up to their last heartbeat, so the time read
   * before a crash is not missing until the session is recovered. */
  stmt = sc_learning_prepare (database,
                              "SELECT p.state, p.scroll, p.updated_at,"
                              "       coalesce (p.active_secs, 0) +"
                              "       (SELECT coalesce (sum (s.active_secs), 0) FROM reading_sessions s"
                              "         WHERE s.learner_id = ?1 AND s.course_id = ?2"
                              "           AND s.lesson_id = ?3 AND s.closed_at IS NULL)"
                              " FROM (SELECT 1) LEFT JOIN lesson_progress p"
                              "   ON p.learner_id = ?1 AND p.course_id = ?2 AND p.lesson_id = ?3",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, progress->course_id);
  sc_learning_bind_text (stmt, 3, lesson_id);

  rc = sc_learning_step_row (database, stmt, error);
  if (rc != SQLITE_ROW)
    return NULL;

  progress->state = state_from_string (sc_learning_column_text (stmt, 0));
  progress->scroll = sqlite3_column_double (stmt, 1);
  progress->updated_at = g_strdup (sc_learning_column_text (stmt, 2));
  progress->active_secs = sqlite3_column_int64 (stmt, 3);
  if (progress->state == SC_LESSON_NOT_STARTED && progress->active_secs > 0)
    progress->state = SC_LESSON_IN_PROGRESS;

  if (!read_ticks (database, learner, progress, error))
    return NULL;

  return g_steal_pointer (&progress);
}

/**
 * sc_progress_get_resume_point:
 * @out_progress: (out) (transfer full) (nullable): the lesson to continue
 *
 * Finds the lesson behind "Continue where you left off": the lesson of
 * the course touched last, while it is not done; once it is done, the
 * next lesson in course order that is not done (wrapping to the start);
 * the first lesson when nothing was started. %NULL when every lesson is
 * done.
 *
 * Returns: %FALSE with @error set when the database could not be read
 */
gboolean
sc_progress_get_resume_point (ScDatabase         *database,
                              const ScLearner    *learner,
                              ScCourse           *course,
                              ScLessonProgress  **out_progress,
                              GError            **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autoptr(GHashTable) states = NULL;
  g_autoptr(GHashTable) times = NULL;
  const char *latest_time = NULL;
  GPtrArray *lessons;
  guint latest = G_MAXUINT;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (learner != NULL, FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);
  g_return_val_if_fail (out_progress != NULL, FALSE);

  *out_progress = NULL;
  lessons = sc_course_get_lessons (course);

  stmt = sc_learning_prepare (database,
                              "SELECT lesson_id, state, updated_at FROM lesson_progress"
                              " WHERE learner_id = ?1 AND course_id = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner->id);
  sc_learning_bind_text (stmt, 2, sc_course_get_id (course));

  states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  times = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      const char *lesson_id = sc_learning_column_text (stmt, 0);

      g_hash_table_insert (states, g_strdup (lesson_id),
                           g_strdup (sc_learning_column_text (stmt, 1)));
      g_hash_table_insert (times, g_strdup (lesson_id),
                           g_strdup (sc_learning_column_text (stmt, 2)));
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  /* The lesson touched last; on a tie, the first in course order.
   * Lessons no longer in the course do not count. */
  for (guint i = 0; i < lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);
      const char *time = g_hash_table_lookup (times, lesson->id);

      if (time != NULL && g_strcmp0 (time, latest_time) > 0)
        {
          latest_time = time;
          latest = i;
        }
    }

  for (guint n = 0; n < lessons->len; n++)
    {
      guint i = latest == G_MAXUINT ? n : (latest + n) % lessons->len;
      ScLesson *lesson = g_ptr_array_index (lessons, i);

      if (g_strcmp0 (g_hash_table_lookup (states, lesson->id), "done") != 0)
        {
          *out_progress = sc_progress_get_lesson (database, learner, course, lesson->id, error);
          return *out_progress != NULL;
        }
    }

  return TRUE;
}
