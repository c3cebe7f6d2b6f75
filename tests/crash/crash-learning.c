/* crash-learning.c - killed while writing learners, statements, lesson progress and reading sessions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each path is a cycle of four writes whose result after any number N
 * of them is known exactly, so a check can say which N the database holds
 * and that nothing of write N+1 is there.
 */
#include <string.h>

#include "crash-writes.h"
#include "sc-progress.h"
#include "sc-xapi.h"

static const char * const lessons[] = { "titles", "pricing", "packing" };

#define SOP_LESSON "packing"
#define SOP_ID     "pack-order"
#define SOP_STEPS  4

static gboolean
missing (GError     **error,
         const char  *name)
{
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "learner “%s” is missing", name);

  return FALSE;
}

static void
fresh_database (const char *dir,
                gboolean    with_default_learner)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open (path, &error);

  g_assert_no_error (error);
  if (with_default_learner)
    {
      g_autoptr(ScLearner) learner = sc_learner_ensure_default (database, &error);

      g_assert_no_error (error);
    }
  g_assert_true (sc_database_close (database, &error));
}

/* Learners: for the Nth group of four writes, create "Learner N", open a
 * lesson as them (a statement, a reading session and a progress row),
 * rename them "Renamed N", then delete the learner of the group before
 * with everything recorded for them (group 0 renames its learner "Kept 0"
 * instead). */

void
crash_learners_set_up (const char *dir)
{
  fresh_database (dir, FALSE);
}

static char *
learner_name (guint group,
              guint writes_done_in_group)
{
  if (writes_done_in_group < 3)
    return g_strdup_printf ("Learner %u", group);
  if (group == 0 && writes_done_in_group >= 4)
    return g_strdup ("Kept 0");

  return g_strdup_printf ("Renamed %u", group);
}

gboolean
crash_learners_write (CrashChild  *child,
                      guint        i,
                      GError     **error)
{
  guint group = i / 4;
  g_autoptr(ScLearner) learner = NULL;
  g_autofree char *name = NULL;
  ScDatabase *database;
  ScCourse *course;

  if ((database = crash_child_database (child, error)) == NULL ||
      (course = crash_child_course (child, error)) == NULL)
    return FALSE;

  switch (i % 4)
    {
    case 0:
      name = learner_name (group, 0);
      learner = sc_learner_create (database, name, error);
      return learner != NULL;

    case 1:
      name = learner_name (group, 1);
      learner = sc_learner_lookup_name (database, name, error);
      if (learner == NULL)
        return missing (error, name);
      return sc_progress_open_lesson (database, learner, course, "titles", NULL, error);

    case 2:
      name = learner_name (group, 2);
      learner = sc_learner_lookup_name (database, name, error);
      if (learner == NULL)
        return missing (error, name);
      g_free (name);
      name = g_strdup_printf ("Renamed %u", group);
      return sc_learner_rename (database, learner, name, error);

    default:
      if (group == 0)
        {
          learner = sc_learner_lookup_name (database, "Renamed 0", error);
          if (learner == NULL)
            return missing (error, "Renamed 0");
          return sc_learner_rename (database, learner, "Kept 0", error);
        }
      name = learner_name (group - 1, 4);
      learner = sc_learner_lookup_name (database, name, error);
      if (learner == NULL)
        return missing (error, name);
      return sc_learner_delete (database, learner, error);
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "name|statements|sessions|progress rows" of every learner, by name. */
static char *
learners_after (guint n)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  guint groups = (n + 3) / 4;

  for (guint group = 0; group < groups; group++)
    {
      guint done = MIN (n - group * 4, 4);
      guint data = done >= 2 ? 1 : 0;
      g_autofree char *name = learner_name (group, done);

      /* Deleted by the fourth write of the next group. */
      if (n >= (group + 1) * 4 + 4)
        continue;
      g_ptr_array_add (lines, g_strdup_printf ("%s|%u|%u|%u\n", name, data, data, data));
    }

  g_ptr_array_sort (lines, compare_lines);
  for (guint k = 0; k < lines->len; k++)
    g_string_append (out, g_ptr_array_index (lines, k));

  return g_string_free (out, FALSE);
}

guint
crash_learners_verify (const CrashCheck *check)
{
  g_autoptr(ScDatabase) database = crash_reopen (check->dir);
  g_autofree char *observed = NULL;
  guint n;

  observed = crash_dump (sc_database_get_handle (database),
                         "SELECT display_name,"
                         " (SELECT count(*) FROM statements s WHERE s.learner_id = l.id),"
                         " (SELECT count(*) FROM reading_sessions r WHERE r.learner_id = l.id),"
                         " (SELECT count(*) FROM lesson_progress p WHERE p.learner_id = l.id)"
                         " FROM learners l ORDER BY display_name");
  n = crash_pick_committed (check, "learners", observed, learners_after);
  crash_close (database);

  return n;
}

/* Progress: for the Nth group of four writes, on lesson N mod 3: open it,
 * tick (or untick) step N mod 4 of the packing procedure, save a reading
 * position, mark it done. Each is one statement with its summary rows. */

void
crash_progress_set_up (const char *dir)
{
  fresh_database (dir, TRUE);
}

static double
scroll_of (guint group)
{
  return ((group * 37) % 100 + 1) / 100.0;
}

gboolean
crash_progress_write (CrashChild  *child,
                      guint        i,
                      GError     **error)
{
  guint group = i / 4;
  const char *lesson = lessons[group % G_N_ELEMENTS (lessons)];
  ScDatabase *database;
  ScCourse *course;
  ScLearner *learner;

  if ((database = crash_child_database (child, error)) == NULL ||
      (course = crash_child_course (child, error)) == NULL ||
      (learner = crash_child_learner (child, error)) == NULL)
    return FALSE;

  switch (i % 4)
    {
    case 0:
      return sc_progress_open_lesson (database, learner, course, lesson, NULL, error);

    case 1:
      return sc_progress_tick_sop_step (database, learner, course, SOP_LESSON, SOP_ID,
                                        group % SOP_STEPS, (group / SOP_STEPS) % 2 == 0, error);

    case 2:
      /* The newest position wins by its millisecond timestamp: never two
       * in the same millisecond, or the model could not say which. */
      g_usleep (1100);
      return sc_progress_save_scroll (database, learner, course, lesson, scroll_of (group), error);

    default:
      return sc_progress_complete_lesson (database, learner, course, lesson, error);
    }
}

static char *
progress_after (guint n)
{
  guint counts[4] = { 0, 0, 0, 0 };
  gboolean done[G_N_ELEMENTS (lessons)] = { FALSE, FALSE, FALSE };
  double scroll[G_N_ELEMENTS (lessons)] = { 0, 0, 0 };
  gboolean ticked[SOP_STEPS] = { FALSE, FALSE, FALSE, FALSE };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      guint group = i / 4;
      guint lesson = group % G_N_ELEMENTS (lessons);

      counts[i % 4]++;
      if (i % 4 == 1)
        ticked[group % SOP_STEPS] = (group / SOP_STEPS) % 2 == 0;
      else if (i % 4 == 2)
        scroll[lesson] = scroll_of (group);
      else if (i % 4 == 3)
        done[lesson] = TRUE;
    }

  g_string_append_printf (out, "initialized %u, interacted %u, progressed %u, completed %u, sessions %u\n",
                          counts[0], counts[1], counts[2], counts[3], counts[0]);
  for (guint k = 0; k < G_N_ELEMENTS (lessons); k++)
    g_string_append_printf (out, "%s: %s, scroll %.2f\n", lessons[k],
                            done[k] ? "done" : "not done", scroll[k]);
  g_string_append (out, SOP_ID ":");
  for (guint k = 0; k < SOP_STEPS; k++)
    g_string_append_printf (out, " %d", ticked[k] ? 1 : 0);
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

static int
count_verb (sqlite3 *db,
            ScVerb   verb)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM statements WHERE verb = '%s'",
                                          sc_verb_get_iri (verb));

  return crash_query_int (db, sql);
}

static char *
dump_summary (sqlite3 *db)
{
  g_autofree char *progress = crash_dump (db, "SELECT * FROM lesson_progress ORDER BY 1, 2, 3");
  g_autofree char *ticks = crash_dump (db, "SELECT * FROM sop_ticks ORDER BY 1, 2, 3, 4, 5");

  return g_strconcat (progress, "--\n", ticks, NULL);
}

guint
crash_progress_verify (const CrashCheck *check)
{
  g_autoptr(ScDatabase) database = crash_reopen (check->dir);
  sqlite3 *db = sc_database_get_handle (database);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) observed = g_string_new (NULL);
  g_autoptr(ScLessonProgress) packing = NULL;
  g_autofree char *summary_before = NULL;
  g_autofree char *summary_after = NULL;
  ScCourse *course = crash_example_course ();
  guint n;

  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);

  g_string_append_printf (observed, "initialized %d, interacted %d, progressed %d, completed %d, sessions %d\n",
                          count_verb (db, SC_VERB_INITIALIZED), count_verb (db, SC_VERB_INTERACTED),
                          count_verb (db, SC_VERB_PROGRESSED), count_verb (db, SC_VERB_COMPLETED),
                          crash_query_int (db, "SELECT count(*) FROM reading_sessions"));
  for (guint k = 0; k < G_N_ELEMENTS (lessons); k++)
    {
      g_autoptr(ScLessonProgress) progress = sc_progress_get_lesson (database, learner, course,
                                                                     lessons[k], &error);

      g_assert_no_error (error);
      g_string_append_printf (observed, "%s: %s, scroll %.2f\n", lessons[k],
                              progress->state == SC_LESSON_DONE ? "done" : "not done", progress->scroll);
    }
  packing = sc_progress_get_lesson (database, learner, course, SOP_LESSON, &error);
  g_assert_no_error (error);
  g_string_append (observed, SOP_ID ":");
  for (guint k = 0; k < SOP_STEPS; k++)
    g_string_append_printf (observed, " %d", sc_lesson_progress_is_ticked (packing, SOP_ID, k) ? 1 : 0);
  g_string_append_c (observed, '\n');

  n = crash_pick_committed (check, "progress", observed->str, progress_after);

  /* The summary rows are exactly what the statements give. */
  summary_before = dump_summary (db);
  g_assert_true (sc_progress_rebuild (database, NULL, &error));
  g_assert_no_error (error);
  summary_after = dump_summary (db);
  g_assert_cmpstr (summary_after, ==, summary_before);

  crash_close (database);

  return n;
}

/* Reading sessions: for the Nth group of four writes, on lesson N mod 3:
 * open it (a new session), two heartbeats storing 10 (N + 1) and then
 * 10 (N + 1) + 5 active seconds, then end the session: closed by the
 * window for even N, by the recovery at the next start for odd N (as
 * after a crash). Both write the session's `experienced` statement. */

void
crash_sessions_set_up (const char *dir)
{
  fresh_database (dir, TRUE);
}

static gint64
heartbeat_secs (guint group,
                guint beat)
{
  return 10 * (gint64) (group + 1) + 5 * beat;
}

/* The one open session: writes are looked up, not remembered, so that
 * the next run goes on where a killed one stopped. */
static char *
dup_open_session (ScDatabase  *database,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  char *registration = NULL;

  if (sqlite3_prepare_v2 (sc_database_get_handle (database),
                          "SELECT registration FROM reading_sessions WHERE closed_at IS NULL",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    registration = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  if (registration == NULL)
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "no open reading session");

  return registration;
}

gboolean
crash_sessions_write (CrashChild  *child,
                      guint        i,
                      GError     **error)
{
  guint group = i / 4;
  const char *lesson = lessons[group % G_N_ELEMENTS (lessons)];
  g_autofree char *registration = NULL;
  g_autoptr(GDateTime) later = NULL;
  ScDatabase *database;
  ScCourse *course;
  ScLearner *learner;

  if ((database = crash_child_database (child, error)) == NULL ||
      (course = crash_child_course (child, error)) == NULL ||
      (learner = crash_child_learner (child, error)) == NULL)
    return FALSE;

  if (i % 4 == 0)
    return sc_progress_open_lesson (database, learner, course, lesson, NULL, error);

  if ((registration = dup_open_session (database, error)) == NULL)
    return FALSE;

  switch (i % 4)
    {
    case 1:
    case 2:
      return sc_progress_heartbeat (database, registration, heartbeat_secs (group, i % 4 - 1), error);

    default:
      if (group % 2 == 0)
        return sc_progress_close_session (database, learner, course, registration, -1, error);
      later = g_date_time_new_now_utc ();
      later = g_date_time_add_days (g_steal_pointer (&later), 1);
      return sc_progress_recover_sessions (database, learner, course, later, NULL, error);
    }
}

static char *
sessions_after (guint n)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  gint64 lesson_secs[G_N_ELEMENTS (lessons)] = { 0, 0, 0 };
  GString *out = g_string_new (NULL);
  guint groups = (n + 3) / 4;
  guint n_closed = 0;

  for (guint group = 0; group < groups; group++)
    {
      guint done = MIN (n - group * 4, 4);
      gint64 secs = done >= 3 ? heartbeat_secs (group, 1) : done == 2 ? heartbeat_secs (group, 0) : 0;

      n_closed += done == 4;
      lesson_secs[group % G_N_ELEMENTS (lessons)] += secs;
      g_ptr_array_add (lines, g_strdup_printf ("session %" G_GINT64_FORMAT " s, %s\n", secs,
                                               done == 4 ? "closed" : "open"));
    }

  g_ptr_array_sort (lines, compare_lines);
  g_string_append_printf (out, "initialized %u, experienced %u\n", groups, n_closed);
  for (guint k = 0; k < lines->len; k++)
    g_string_append (out, g_ptr_array_index (lines, k));
  for (guint k = 0; k < G_N_ELEMENTS (lessons); k++)
    g_string_append_printf (out, "%s: %" G_GINT64_FORMAT " s\n", lessons[k], lesson_secs[k]);

  return g_string_free (out, FALSE);
}

guint
crash_sessions_verify (const CrashCheck *check)
{
  g_autoptr(ScDatabase) database = crash_reopen (check->dir);
  sqlite3 *db = sc_database_get_handle (database);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) observed = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sessions = NULL;
  g_autofree char *summary_before = NULL;
  g_autofree char *summary_after = NULL;
  g_auto(GStrv) rows = NULL;
  guint n;

  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);

  g_string_append_printf (observed, "initialized %d, experienced %d\n",
                          count_verb (db, SC_VERB_INITIALIZED), count_verb (db, SC_VERB_EXPERIENCED));
  sessions = crash_dump (db, "SELECT 'session ' || active_secs || ' s, '"
                             " || CASE WHEN closed_at IS NULL THEN 'open' ELSE 'closed' END"
                             " FROM reading_sessions");
  rows = g_strsplit (sessions, "\n", -1);
  for (guint k = 0; rows[k] != NULL; k++)
    if (rows[k][0] != '\0')
      g_ptr_array_add (lines, g_strconcat (rows[k], "\n", NULL));
  g_ptr_array_sort (lines, compare_lines);
  for (guint k = 0; k < lines->len; k++)
    g_string_append (observed, g_ptr_array_index (lines, k));
  for (guint k = 0; k < G_N_ELEMENTS (lessons); k++)
    {
      g_autoptr(ScLessonProgress) progress = sc_progress_get_lesson (database, learner,
                                                                     crash_example_course (),
                                                                     lessons[k], &error);

      g_assert_no_error (error);
      g_string_append_printf (observed, "%s: %" G_GINT64_FORMAT " s\n", lessons[k], progress->active_secs);
    }

  n = crash_pick_committed (check, "reading sessions", observed->str, sessions_after);

  summary_before = dump_summary (db);
  g_assert_true (sc_progress_rebuild (database, NULL, &error));
  g_assert_no_error (error);
  summary_after = dump_summary (db);
  g_assert_cmpstr (summary_after, ==, summary_before);

  crash_close (database);

  return n;
}
