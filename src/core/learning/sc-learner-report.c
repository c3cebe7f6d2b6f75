/* sc-learner-report.c - one learner's results in a course, for the Progress page and its exports
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is read from the working tables the statements keep up
 * to date (lesson_progress, reading_sessions, module_status, attempts and
 * their responses), in one read transaction so the figures agree with
 * each other. Nothing is stored: a report is cheap to read again (a few
 * indexed queries over one learner's rows), and a derived table would be
 * one more thing to rebuild from statements.
 *
 * A competency's mastery is the mean of the latest mark on each question
 * tagged with it ("competency:ID") that the learner answered in a finished
 * attempt. The latest answer counts, not the best or an average over time,
 * so a question first got wrong and later right shows as known, and one
 * that slipped shows as needing practice again.
 */
#include "config.h"

#include <math.h>

#include "sc-learner-report.h"
#include "sc-learning-private.h"
#include "sc-progress.h"

static void
report_module_free (ScReportModule *module)
{
  g_free (module->module_id);
  g_free (module->title);
  g_free (module);
}

static void
report_competency_free (ScReportCompetency *competency)
{
  g_free (competency->competency_id);
  g_free (competency->title);
  g_free (competency->domain_title);
  g_free (competency);
}

static void
report_attempt_free (ScReportAttempt *attempt)
{
  g_free (attempt->attempt);
  g_free (attempt->quiz_id);
  g_free (attempt->title);
  g_free (attempt->submitted_at);
  g_free (attempt);
}

void
sc_learner_report_free (ScLearnerReport *self)
{
  if (self == NULL)
    return;

  g_free (self->course_id);
  g_clear_pointer (&self->modules, g_ptr_array_unref);
  g_clear_pointer (&self->competencies, g_ptr_array_unref);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->attempts, g_ptr_array_unref);
  g_free (self);
}

/**
 * sc_learner_report_is_empty:
 *
 * Returns: whether the learner has done nothing in the course yet: no
 *   lesson opened, no reading time, no quiz finished
 */
gboolean
sc_learner_report_is_empty (const ScLearnerReport *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->n_lessons_done == 0 && self->n_lessons_started == 0 &&
         self->reading_secs == 0 && self->attempts->len == 0;
}

/* Each lesson's state as the course tree shows it (sc_progress_get_lesson ()
 * rules: open sessions count up to their last heartbeat, and reading time
 * makes a lesson started), and all the reading time. */
static gboolean
read_lessons (ScDatabase       *database,
              gint64            learner_id,
              ScCourse         *course,
              GHashTable       *states,
              ScLearnerReport  *report,
              GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT lesson_id, max (rank), sum (secs) FROM ("
                              "  SELECT lesson_id, CASE state WHEN 'done' THEN 2"
                              "                    WHEN 'in-progress' THEN 1 ELSE 0 END AS rank,"
                              "         active_secs AS secs"
                              "    FROM lesson_progress WHERE learner_id = ?1 AND course_id = ?2"
                              "  UNION ALL"
                              "  SELECT lesson_id, 1, active_secs FROM reading_sessions"
                              "   WHERE learner_id = ?1 AND course_id = ?2 AND closed_at IS NULL)"
                              " GROUP BY lesson_id",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, sc_course_get_id (course));

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      const char *lesson_id = sc_learning_column_text (stmt, 0);
      int rank = sqlite3_column_int (stmt, 1);
      gint64 secs = sqlite3_column_int64 (stmt, 2);
      ScLesson *lesson = sc_course_lookup_lesson (course, lesson_id);

      report->reading_secs += MAX (secs, 0);
      if (lesson == NULL)
        continue;
      if (rank == 0 && secs > 0)
        rank = SC_LESSON_IN_PROGRESS;
      g_hash_table_insert (states, lesson->id, GINT_TO_POINTER (rank));
      if (rank == SC_LESSON_DONE)
        report->n_lessons_done++;
      else if (rank == SC_LESSON_IN_PROGRESS)
        report->n_lessons_started++;
    }

  return rc == SQLITE_DONE;
}

static gboolean
lesson_done (GHashTable *states,
             ScLesson   *lesson)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (states, lesson->id)) == SC_LESSON_DONE;
}

static gboolean
read_modules (ScDatabase       *database,
              const ScLearner  *learner,
              ScCourse         *course,
              GHashTable       *states,
              ScLearnerReport  *report,
              GError          **error)
{
  g_autoptr(GPtrArray) statuses = NULL;
  g_autoptr(GHashTable) by_module = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *domains = sc_course_get_domains (course);

  statuses = sc_module_status_list (database, learner, sc_course_get_id (course), error);
  if (statuses == NULL)
    return FALSE;
  for (guint i = 0; i < statuses->len; i++)
    {
      ScModuleStatus *status = g_ptr_array_index (statuses, i);

      g_hash_table_insert (by_module, status->module_id, status);
    }

  for (guint i = 0; i < domains->len; i++)
    {
      ScDomain *domain = g_ptr_array_index (domains, i);

      for (guint j = 0; j < domain->modules->len; j++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, j);
          ScModuleStatus *status = g_hash_table_lookup (by_module, module->id);
          ScReportModule *row = g_new0 (ScReportModule, 1);

          row->module_id = g_strdup (module->id);
          row->title = g_strdup (module->title);
          row->n_lessons = module->lessons->len;
          for (guint k = 0; k < module->lessons->len; k++)
            row->n_done += lesson_done (states, g_ptr_array_index (module->lessons, k));
          row->state = status != NULL ? status->state : SC_MODULE_NOT_STARTED;
          row->best_score = status != NULL ? status->best_score : -1.0;
          if (row->state == SC_MODULE_MASTERED)
            report->n_modules_mastered++;
          g_ptr_array_add (report->modules, row);
        }
    }

  return TRUE;
}

/* The latest mark on each (competency, question) pair, as competency id →
 * (question id → mark). */
static GHashTable *
read_latest_marks (ScDatabase  *database,
                   gint64       learner_id,
                   const char  *course_id,
                   GError     **error)
{
  g_autoptr(GHashTable) marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_hash_table_unref);
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT t.competency, s.question_id, r.fraction"
                              "  FROM attempts a"
                              "  JOIN responses r ON r.attempt = a.uuid"
                              "  JOIN attempt_slots s ON s.attempt = r.attempt AND s.slot = r.slot"
                              "  JOIN question_tags t ON t.question_id = s.question_id"
                              " WHERE a.learner_id = ?1 AND a.course_id = ?2 AND a.state = 'finished'"
                              "   AND r.fraction IS NOT NULL AND t.competency IS NOT NULL"
                              " ORDER BY a.submitted_at, a.uuid, r.slot",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, course_id);

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      const char *competency = sc_learning_column_text (stmt, 0);
      gint64 question_id = sqlite3_column_int64 (stmt, 1);
      double fraction = CLAMP (sqlite3_column_double (stmt, 2), 0.0, 1.0);
      GHashTable *questions = g_hash_table_lookup (marks, competency);
      double *mark;

      if (questions == NULL)
        {
          questions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
          g_hash_table_insert (marks, g_strdup (competency), questions);
        }
      mark = g_new (double, 1);
      *mark = fraction;
      g_hash_table_insert (questions, g_memdup2 (&question_id, sizeof question_id), mark);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&marks);
}

static gboolean
lesson_serves (ScCourse   *course,
               ScLesson   *lesson,
               const char *competency_id)
{
  for (guint i = 0; lesson->objectives != NULL && lesson->objectives[i] != NULL; i++)
    {
      ScObjective *objective = sc_course_lookup_objective (course, lesson->objectives[i]);

      if (objective != NULL && objective->competencies != NULL &&
          g_strv_contains ((const char * const *) objective->competencies, competency_id))
        return TRUE;
    }

  return FALSE;
}

static const char *
domain_title (ScCourse   *course,
              const char *domain_id)
{
  GPtrArray *domains = sc_course_get_domains (course);

  for (guint i = 0; domain_id != NULL && i < domains->len; i++)
    {
      ScDomain *domain = g_ptr_array_index (domains, i);

      if (g_strcmp0 (domain->id, domain_id) == 0)
        return domain->title;
    }

  return NULL;
}

static gboolean
read_competencies (ScDatabase       *database,
                   gint64            learner_id,
                   ScCourse         *course,
                   GHashTable       *states,
                   ScLearnerReport  *report,
                   GError          **error)
{
  g_autoptr(GHashTable) marks = NULL;
  GPtrArray *competencies = sc_course_get_competencies (course);
  GPtrArray *lessons = sc_course_get_lessons (course);

  marks = read_latest_marks (database, learner_id, sc_course_get_id (course), error);
  if (marks == NULL)
    return FALSE;

  for (guint i = 0; i < competencies->len; i++)
    {
      ScCompetency *competency = g_ptr_array_index (competencies, i);
      ScReportCompetency *row = g_new0 (ScReportCompetency, 1);
      GHashTable *questions = g_hash_table_lookup (marks, competency->id);

      row->competency_id = g_strdup (competency->id);
      row->title = g_strdup (competency->title);
      row->domain_title = g_strdup (domain_title (course, competency->domain_id));
      for (guint j = 0; j < lessons->len; j++)
        {
          ScLesson *lesson = g_ptr_array_index (lessons, j);

          if (lesson_serves (course, lesson, competency->id))
            {
              row->n_lessons++;
              row->n_lessons_done += lesson_done (states, lesson);
            }
        }

      row->mastery = -1.0;
      if (questions != NULL && g_hash_table_size (questions) > 0)
        {
          GHashTableIter iter;
          gpointer value;
          double sum = 0.0;

          g_hash_table_iter_init (&iter, questions);
          while (g_hash_table_iter_next (&iter, NULL, &value))
            sum += *(double *) value;
          row->n_questions = g_hash_table_size (questions);
          row->mastery = sum / row->n_questions;
        }
      g_ptr_array_add (report->competencies, row);
    }

  return TRUE;
}

static gboolean
read_days (ScDatabase       *database,
           gint64            learner_id,
           const char       *course_id,
           GDateTime        *now,
           ScLearnerReport  *report,
           GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) first_utc = NULL;
  g_autofree char *cutoff = NULL;
  GDate today;
  int rc;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  for (int i = SC_LEARNER_REPORT_DAYS - 1; i >= 0; i--)
    {
      ScReportDay *day = g_new0 (ScReportDay, 1);

      day->date = today;
      g_date_subtract_days (&day->date, i);
      g_ptr_array_add (report->days, day);
    }

  /* A day before the first one, as a coarse bound for the index: each
   * session's local day is worked out below. */
  first = g_date_time_add_days (now, -(SC_LEARNER_REPORT_DAYS + 1));
  first_utc = g_date_time_to_utc (first);
  cutoff = g_date_time_format (first_utc, "%Y-%m-%d");

  stmt = sc_learning_prepare (database,
                              "SELECT started_at, active_secs FROM reading_sessions"
                              " WHERE learner_id = ?1 AND course_id = ?2 AND started_at >= ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, course_id);
  sc_learning_bind_text (stmt, 3, cutoff);

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) started = NULL;
      g_autoptr(GDateTime) local = NULL;
      GDate date;
      int offset;

      started = g_date_time_new_from_iso8601 (sc_learning_column_text (stmt, 0), NULL);
      if (started == NULL)
        continue;
      local = g_date_time_to_timezone (started, g_date_time_get_timezone (now));
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, g_date_time_get_day_of_month (local),
                      g_date_time_get_month (local), g_date_time_get_year (local));
      offset = g_date_days_between (&date, &today);
      if (offset >= 0 && offset < SC_LEARNER_REPORT_DAYS)
        {
          ScReportDay *day = g_ptr_array_index (report->days, SC_LEARNER_REPORT_DAYS - 1 - offset);

          day->reading_secs += MAX (sqlite3_column_int64 (stmt, 1), 0);
        }
    }

  return rc == SQLITE_DONE;
}

static gboolean
read_attempts (ScDatabase       *database,
               gint64            learner_id,
               ScCourse         *course,
               ScLearnerReport  *report,
               GError          **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT uuid, quiz_id, quiz_title, submitted_at, score, max_score,"
                              "       pass_fraction"
                              "  FROM attempts"
                              " WHERE learner_id = ?1 AND course_id = ?2 AND state = 'finished'"
                              "   AND submitted_at IS NOT NULL"
                              " ORDER BY submitted_at, uuid",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sc_learning_bind_text (stmt, 2, sc_course_get_id (course));

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      ScReportAttempt *attempt = g_new0 (ScReportAttempt, 1);
      const ScAttemptQuiz *quiz;
      double max_score = sqlite3_column_double (stmt, 5);
      const char *stored_title = sc_learning_column_text (stmt, 2);

      attempt->attempt = g_strdup (sc_learning_column_text (stmt, 0));
      attempt->quiz_id = g_strdup (sc_learning_column_text (stmt, 1));
      quiz = sc_course_lookup_quiz (course, attempt->quiz_id);
      if (quiz != NULL && quiz->title != NULL)
        attempt->title = g_strdup (quiz->title);
      else if (stored_title != NULL && *stored_title != '\0')
        attempt->title = g_strdup (stored_title);
      else
        attempt->title = g_strdup (attempt->quiz_id);
      attempt->submitted_at = g_strdup (sc_learning_column_text (stmt, 3));
      attempt->score = max_score > 0 ? CLAMP (sqlite3_column_double (stmt, 4) / max_score, 0.0, 1.0)
                                     : 0.0;
      attempt->pass_fraction = sqlite3_column_double (stmt, 6);
      /* The same tolerance as the module rules: 0.8 of 10 marks is 8. */
      attempt->passed = attempt->pass_fraction > 0 &&
                        attempt->score >= attempt->pass_fraction - 1e-9;
      report->n_attempts_passed += attempt->passed;
      g_ptr_array_add (report->attempts, attempt);
    }

  return rc == SQLITE_DONE;
}

/**
 * sc_learner_report_read:
 * @now: the current time, in the time zone whose days the report counts
 *
 * Reads @learner's results in @course: lessons, modules, competencies,
 * reading time per day over the last %SC_LEARNER_REPORT_DAYS days, and the
 * finished quizzes. Lessons, modules and competencies no longer in the
 * course are left out; their reading time still counts in the total.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error
 *   set when the database could not be read
 */
ScLearnerReport *
sc_learner_report_read (ScDatabase       *database,
                        const ScLearner  *learner,
                        ScCourse         *course,
                        GDateTime        *now,
                        GError          **error)
{
  g_autoptr(ScLearnerReport) report = NULL;
  g_autoptr(GHashTable) states = NULL;
  const char *course_id;
  sqlite3 *db;
  gboolean own_tx;
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  course_id = sc_course_get_id (course);
  report = g_new0 (ScLearnerReport, 1);
  report->course_id = g_strdup (course_id);
  report->n_lessons = sc_course_get_lessons (course)->len;
  report->modules = g_ptr_array_new_with_free_func ((GDestroyNotify) report_module_free);
  report->competencies = g_ptr_array_new_with_free_func ((GDestroyNotify) report_competency_free);
  report->days = g_ptr_array_new_with_free_func (g_free);
  report->attempts = g_ptr_array_new_with_free_func ((GDestroyNotify) report_attempt_free);
  states = g_hash_table_new (g_str_hash, g_str_equal);

  /* One snapshot, when not inside the caller's transaction: another
   * process (a command-line import) writing between two reads would make
   * the figures disagree. A read transaction takes no write lock. */
  db = sc_database_get_handle (database);
  own_tx = sqlite3_get_autocommit (db);
  if (own_tx && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    {
      sc_learning_set_error (database, error);
      return NULL;
    }
  ok = read_lessons (database, learner->id, course, states, report, error) &&
       read_modules (database, learner, course, states, report, error) &&
       read_competencies (database, learner->id, course, states, report, error) &&
       read_days (database, learner->id, course_id, now, report, error) &&
       read_attempts (database, learner->id, course, report, error);
  if (own_tx)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (!ok)
    return NULL;

  return g_steal_pointer (&report);
}
