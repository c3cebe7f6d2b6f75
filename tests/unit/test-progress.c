/* test-progress.c - lesson progress, SOP ticks, scroll, resume point, and rebuilding from statements
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-error.h"
#include "sc-xapi.h"
#include "test-learning-util.h"

#define DUMP_PROGRESS "SELECT * FROM lesson_progress ORDER BY learner_id, course_id, lesson_id"
#define DUMP_TICKS    "SELECT * FROM sop_ticks ORDER BY learner_id, course_id, lesson_id, sop_id, step"

static ScLessonProgress *
get_lesson (Fixture         *f,
            const ScLearner *learner,
            const char      *lesson_id)
{
  g_autoptr(GError) error = NULL;
  ScLessonProgress *progress;

  progress = sc_progress_get_lesson (f->database, learner, f->course, lesson_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (progress);
  g_assert_cmpstr (progress->lesson_id, ==, lesson_id);
  g_assert_cmpstr (progress->course_id, ==, "example-shop");

  return progress;
}

static void
test_lesson_flow (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLessonProgress) progress = NULL;
  g_autofree char *registration = NULL;

  progress = get_lesson (f, f->learner, "packing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_NOT_STARTED);
  g_assert_cmpfloat (progress->scroll, ==, 0.0);
  g_assert_cmpint (progress->active_secs, ==, 0);
  g_assert_cmpuint (progress->ticks->len, ==, 0);
  g_assert_null (progress->updated_at);
  g_clear_pointer (&progress, sc_lesson_progress_free);

  g_assert_true (sc_progress_open_lesson (f->database, f->learner, f->course, "packing",
                                          &registration, &error));
  g_assert_no_error (error);
  progress = get_lesson (f, f->learner, "packing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_IN_PROGRESS);
  g_assert_cmpstr (sc_lesson_state_to_string (progress->state), ==, "in-progress");
  g_assert_nonnull (progress->updated_at);
  g_clear_pointer (&progress, sc_lesson_progress_free);

  g_assert_true (sc_progress_save_scroll (f->database, f->learner, f->course, "packing", 0.42, &error));
  g_assert_true (sc_progress_save_scroll (f->database, f->learner, f->course, "packing", 0.61, &error));
  g_assert_true (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                            "pack-order", 0, TRUE, &error));
  g_assert_true (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                            "pack-order", 3, TRUE, &error));
  g_assert_true (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                            "pack-order", 2, TRUE, &error));
  g_assert_true (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                            "pack-order", 0, FALSE, &error));
  g_assert_no_error (error);

  progress = get_lesson (f, f->learner, "packing");
  g_assert_cmpfloat_with_epsilon (progress->scroll, 0.61, 1e-9);
  g_assert_cmpuint (progress->ticks->len, ==, 2);
  g_assert_false (sc_lesson_progress_is_ticked (progress, "pack-order", 0));
  g_assert_false (sc_lesson_progress_is_ticked (progress, "pack-order", 1));
  g_assert_true (sc_lesson_progress_is_ticked (progress, "pack-order", 2));
  g_assert_true (sc_lesson_progress_is_ticked (progress, "pack-order", 3));
  g_assert_false (sc_lesson_progress_is_ticked (progress, "other", 2));
  g_assert_cmpuint (((ScSopTick *) g_ptr_array_index (progress->ticks, 0))->step, ==, 2);
  g_assert_cmpint (progress->state, ==, SC_LESSON_IN_PROGRESS);
  g_clear_pointer (&progress, sc_lesson_progress_free);

  /* The open session's time counts up to its last heartbeat. */
  g_assert_true (sc_progress_heartbeat (f->database, registration, 40, &error));
  g_assert_no_error (error);
  progress = get_lesson (f, f->learner, "packing");
  g_assert_cmpint (progress->active_secs, ==, 40);
  g_clear_pointer (&progress, sc_lesson_progress_free);
  g_assert_true (sc_progress_close_session (f->database, f->learner, f->course, registration, 45, &error));
  g_assert_no_error (error);

  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "packing", &error));
  g_assert_no_error (error);
  progress = get_lesson (f, f->learner, "packing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_DONE);
  g_assert_cmpint (progress->active_secs, ==, 45);
  g_clear_pointer (&progress, sc_lesson_progress_free);

  /* Done stays done, whatever comes after. */
  g_assert_true (sc_progress_open_lesson (f->database, f->learner, f->course, "packing", NULL, &error));
  g_assert_true (sc_progress_save_scroll (f->database, f->learner, f->course, "packing", 0.1, &error));
  g_assert_no_error (error);
  progress = get_lesson (f, f->learner, "packing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_DONE);
  g_assert_cmpstr (sc_lesson_state_to_string (progress->state), ==, "done");

  /* Other lessons and other learners are untouched. */
  g_clear_pointer (&progress, sc_lesson_progress_free);
  progress = get_lesson (f, f->learner, "titles");
  g_assert_cmpint (progress->state, ==, SC_LESSON_NOT_STARTED);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM lesson_progress"), ==, 1);
}

static void
test_refuses_unknown (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sc_progress_open_lesson (f->database, f->learner, f->course, "no-such-lesson",
                                           NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_assert_false (sc_progress_complete_lesson (f->database, f->learner, f->course, "nope", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_false (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                             "no-such-sop", 0, TRUE, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Four steps: 0 to 3. */
  g_assert_false (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                             "pack-order", 4, TRUE, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* A procedure of another lesson is not in this one. */
  g_assert_false (sc_progress_tick_sop_step (f->database, f->learner, f->course, "titles",
                                             "pack-order", 0, TRUE, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_false (sc_progress_heartbeat (f->database, "6f1c8d2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f", 5, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_cmpint (test_count_statements (f->db, NULL), ==, 0);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM lesson_progress"), ==, 0);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM reading_sessions"), ==, 0);
}

/* A statement and its summary rows commit together or not at all. */
static void
test_one_transaction (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before_progress = NULL;
  g_autofree char *before_ticks = NULL;
  g_autofree char *after = NULL;
  int n_statements;

  g_assert_true (sc_progress_open_lesson (f->database, f->learner, f->course, "packing", NULL, &error));
  g_assert_no_error (error);
  n_statements = test_count_statements (f->db, NULL);
  before_progress = test_dump (f->db, DUMP_PROGRESS);
  before_ticks = test_dump (f->db, DUMP_TICKS);

  /* The summary write fails after the statement went in. */
  test_exec (f->db, "CREATE TEMP TRIGGER refuse_ticks BEFORE INSERT ON sop_ticks"
                    " BEGIN SELECT RAISE (ABORT, 'disk on fire'); END");
  g_assert_false (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                             "pack-order", 1, TRUE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, n_statements);
  after = test_dump (f->db, DUMP_PROGRESS);
  g_assert_cmpstr (after, ==, before_progress);
  g_clear_pointer (&after, g_free);
  test_exec (f->db, "DROP TRIGGER refuse_ticks");

  /* The statement fails after the session row went in. */
  test_exec (f->db, "CREATE TEMP TRIGGER refuse_statements BEFORE INSERT ON statements"
                    " BEGIN SELECT RAISE (ABORT, 'disk on fire'); END");
  g_assert_false (sc_progress_open_lesson (f->database, f->learner, f->course, "titles", NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  test_exec (f->db, "DROP TRIGGER refuse_statements");
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM reading_sessions"), ==, 1);
  after = test_dump (f->db, DUMP_TICKS);
  g_assert_cmpstr (after, ==, before_ticks);
  g_assert_true (sqlite3_get_autocommit (f->db));

  /* Inside the caller's transaction a call nests as a savepoint and
   * goes away with that transaction. */
  test_exec (f->db, "BEGIN");
  g_assert_true (sc_progress_save_scroll (f->database, f->learner, f->course, "packing", 0.9, &error));
  g_assert_no_error (error);
  g_assert_false (sqlite3_get_autocommit (f->db));
  test_exec (f->db, "ROLLBACK");
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, n_statements);
}

static void
record_reading (Fixture         *f,
                const ScLearner *learner)
{
  static const struct { const char *lesson; gint64 secs; double scroll; guint tick; } steps[] = {
    { "titles", 75, 0.5, G_MAXUINT },
    { "packing", 30, 0.25, 1 },
    { "pricing", 300, 1.0, G_MAXUINT },
    { "packing", 61, 0.75, 3 },
    { "titles", 12, 0.875, G_MAXUINT },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *registration = NULL;

      g_assert_true (sc_progress_open_lesson (f->database, learner, f->course, steps[i].lesson,
                                              &registration, &error));
      g_assert_true (sc_progress_save_scroll (f->database, learner, f->course, steps[i].lesson,
                                              steps[i].scroll, &error));
      if (steps[i].tick != G_MAXUINT)
        {
          g_assert_true (sc_progress_tick_sop_step (f->database, learner, f->course, "packing",
                                                    "pack-order", steps[i].tick, TRUE, &error));
          g_assert_true (sc_progress_tick_sop_step (f->database, learner, f->course, "packing",
                                                    "pack-order", 0, i == 1, &error));
        }
      g_assert_true (sc_progress_heartbeat (f->database, registration, steps[i].secs / 2, &error));
      g_assert_true (sc_progress_close_session (f->database, learner, f->course, registration,
                                                steps[i].secs, &error));
      g_assert_no_error (error);
    }

  g_assert_true (sc_progress_complete_lesson (f->database, learner, f->course, "pricing", &error));
  g_assert_no_error (error);
}

static void
test_rebuild_identical (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) other = NULL;
  g_autoptr(ScStatement) late = NULL;
  g_autoptr(ScLessonProgress) progress = NULL;
  g_autofree char *progress_before = NULL;
  g_autofree char *ticks_before = NULL;
  g_autofree char *progress_after = NULL;
  g_autofree char *ticks_after = NULL;
  g_autofree char *sessions_before = NULL;
  g_autofree char *sessions_after = NULL;
  g_autofree char *open = NULL;

  other = sc_learner_create (f->database, "Other", &error);
  g_assert_no_error (error);
  record_reading (f, f->learner);
  record_reading (f, other);
  g_assert_true (sc_progress_open_lesson (f->database, other, f->course, "packing", &open, &error));
  g_assert_true (sc_progress_heartbeat (f->database, open, 9, &error));
  g_assert_no_error (error);

  progress_before = test_dump (f->db, DUMP_PROGRESS);
  ticks_before = test_dump (f->db, DUMP_TICKS);
  sessions_before = test_dump (f->db, "SELECT * FROM reading_sessions ORDER BY registration");
  g_test_message ("lesson_progress:\n%s", progress_before);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM lesson_progress"), ==, 6);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM sop_ticks"), ==, 6);

  /* Another device's statement, older than what is here, arrives late
   * (stored without updating the summary): it is evidence, but the newer
   * scroll position stays. */
  late = sc_statement_new_for_lesson (f->learner, SC_VERB_PROGRESSED, f->course,
                                      sc_course_lookup_lesson (f->course, "titles"), NULL);
  sc_statement_set_timestamp (late, "2020-01-01T00:00:00.000Z");
  sc_statement_set_result_extension (late, SC_XAPI_EXT_SCROLL,
                                     json_node_init_int (json_node_alloc (), 100));
  test_exec (f->db, "BEGIN");
  g_assert_true (sc_statement_insert (f->database, f->learner, late, NULL, &error));
  g_assert_no_error (error);
  test_exec (f->db, "COMMIT");

  /* Spoil the summary, then rebuild everyone from statements. */
  test_exec (f->db, "DELETE FROM lesson_progress WHERE lesson_id = 'titles';"
                    "UPDATE lesson_progress SET scroll = 0.5, active_secs = 1, state = 'done';"
                    "UPDATE sop_ticks SET ticked = 1 - ticked;"
                    "INSERT INTO sop_ticks VALUES (1, 'example-shop', 'packing', 'x', 0, 1, 'z');");
  g_assert_true (sc_progress_rebuild (f->database, NULL, &error));
  g_assert_no_error (error);
  progress_after = test_dump (f->db, DUMP_PROGRESS);
  ticks_after = test_dump (f->db, DUMP_TICKS);
  sessions_after = test_dump (f->db, "SELECT * FROM reading_sessions ORDER BY registration");
  g_assert_cmpstr (progress_after, ==, progress_before);
  g_assert_cmpstr (ticks_after, ==, ticks_before);
  g_assert_cmpstr (sessions_after, ==, sessions_before);

  progress = get_lesson (f, f->learner, "titles");
  g_assert_cmpfloat_with_epsilon (progress->scroll, 0.875, 1e-9);
  g_assert_cmpint (progress->active_secs, ==, 75 + 12);
  g_assert_cmpint (progress->state, ==, SC_LESSON_IN_PROGRESS);
  g_clear_pointer (&progress, sc_lesson_progress_free);
  progress = get_lesson (f, f->learner, "pricing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_DONE);
  g_assert_cmpfloat (progress->scroll, ==, 1.0);
  g_clear_pointer (&progress, sc_lesson_progress_free);
  progress = get_lesson (f, f->learner, "packing");
  g_assert_cmpint (progress->active_secs, ==, 30 + 61);
  g_assert_false (sc_lesson_progress_is_ticked (progress, "pack-order", 0));
  g_assert_true (sc_lesson_progress_is_ticked (progress, "pack-order", 1));
  g_assert_false (sc_lesson_progress_is_ticked (progress, "pack-order", 2));
  g_assert_true (sc_lesson_progress_is_ticked (progress, "pack-order", 3));
  g_clear_pointer (&progress, sc_lesson_progress_free);
  progress = get_lesson (f, other, "packing");
  g_assert_cmpint (progress->active_secs, ==, 30 + 61 + 9);
  g_clear_pointer (&progress, sc_lesson_progress_free);

  /* Rebuilding one learner leaves the others as they are. */
  g_clear_pointer (&progress_after, g_free);
  test_exec (f->db, "UPDATE lesson_progress SET scroll = 0.5");
  g_assert_true (sc_progress_rebuild (f->database, other, &error));
  g_assert_no_error (error);
  progress_after = test_dump (f->db, "SELECT scroll FROM lesson_progress WHERE learner_id = 1"
                                     " ORDER BY lesson_id");
  g_assert_cmpstr (progress_after, ==, "0.5\n0.5\n0.5\n");
}

#define VOIDED_IRI "http://adlnet.gov/expapi/verbs/voided"

static int
count_statements (Fixture *f)
{
  return test_query_int (f->db, "SELECT count(*) FROM statements");
}

/* Un-marking "done" voids each standing completion (statements are never
 * changed), the lesson is in progress again, and a rebuild from the
 * statements agrees. */
static void
test_uncomplete (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) other = NULL;
  g_autoptr(ScLessonProgress) progress = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  int n;

  other = sc_learner_create (f->database, "Other", &error);
  g_assert_no_error (error);
  g_assert_true (sc_progress_complete_lesson (f->database, other, f->course, "pricing", &error));
  g_assert_no_error (error);

  /* A lesson that is not done: nothing to take back, nothing written. */
  n = count_statements (f);
  g_assert_true (sc_progress_uncomplete_lesson (f->database, f->learner, f->course, "pricing", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_statements (f), ==, n);
  g_assert_false (sc_progress_uncomplete_lesson (f->database, f->learner, f->course, "nope", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Done, then read again and done again: two completions. */
  g_assert_true (sc_progress_open_lesson (f->database, f->learner, f->course, "pricing", NULL, &error));
  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "pricing", &error));
  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "pricing", &error));
  g_assert_no_error (error);
  progress = get_lesson (f, f->learner, "pricing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_DONE);
  g_clear_pointer (&progress, sc_lesson_progress_free);

  n = count_statements (f);
  g_assert_true (sc_progress_uncomplete_lesson (f->database, f->learner, f->course, "pricing", &error));
  g_assert_no_error (error);
  progress = get_lesson (f, f->learner, "pricing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_IN_PROGRESS);
  g_clear_pointer (&progress, sc_lesson_progress_free);

  /* One voiding statement per completion, each a StatementRef to it. */
  g_assert_cmpint (count_statements (f), ==, n + 2);
  g_assert_cmpint (test_query_int (f->db,
                                   "SELECT count(*) FROM statements AS v"
                                   "  JOIN statements AS c ON c.id = v.object_id"
                                   " WHERE v.verb = '" VOIDED_IRI "'"
                                   "   AND c.verb = 'http://adlnet.gov/expapi/verbs/completed'"
                                   "   AND v.learner_id = c.learner_id"
                                   "   AND json_extract (v.json, '$.object.objectType') = 'StatementRef'"),
                   ==, 2);

  /* Nothing more to take back; the other learner's lesson stays done. */
  n = count_statements (f);
  g_assert_true (sc_progress_uncomplete_lesson (f->database, f->learner, f->course, "pricing", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_statements (f), ==, n);
  progress = get_lesson (f, other, "pricing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_DONE);
  g_clear_pointer (&progress, sc_lesson_progress_free);

  /* The summary rebuilt from the statements is the same. */
  before = test_dump (f->db, DUMP_PROGRESS);
  test_exec (f->db, "UPDATE lesson_progress SET state = 'done', updated_at = 'x'");
  g_assert_true (sc_progress_rebuild (f->database, NULL, &error));
  g_assert_no_error (error);
  after = test_dump (f->db, DUMP_PROGRESS);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);

  /* Done once more: a new completion, which a rebuild keeps. */
  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "pricing", &error));
  g_assert_no_error (error);
  progress = get_lesson (f, f->learner, "pricing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_DONE);
  g_clear_pointer (&progress, sc_lesson_progress_free);
  before = test_dump (f->db, DUMP_PROGRESS);
  g_assert_true (sc_progress_rebuild (f->database, f->learner, &error));
  g_assert_no_error (error);
  after = test_dump (f->db, DUMP_PROGRESS);
  g_assert_cmpstr (after, ==, before);

  /* And not done again: only the new completion is left to void. */
  n = count_statements (f);
  g_assert_true (sc_progress_uncomplete_lesson (f->database, f->learner, f->course, "pricing", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_statements (f), ==, n + 1);
  progress = get_lesson (f, f->learner, "pricing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_IN_PROGRESS);
}

static char *
resume_lesson (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLessonProgress) progress = NULL;

  g_assert_true (sc_progress_get_resume_point (f->database, f->learner, f->course, &progress, &error));
  g_assert_no_error (error);

  return progress != NULL ? g_strdup (progress->lesson_id) : NULL;
}

static void
test_resume_point (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLessonProgress) progress = NULL;
  g_autofree char *lesson = NULL;

  /* Nothing read yet: the course starts at its first lesson. */
  lesson = resume_lesson (f);
  g_assert_cmpstr (lesson, ==, "titles");
  g_clear_pointer (&lesson, g_free);

  g_assert_true (sc_progress_open_lesson (f->database, f->learner, f->course, "pricing", NULL, &error));
  g_assert_true (sc_progress_save_scroll (f->database, f->learner, f->course, "pricing", 0.5, &error));
  g_assert_no_error (error);
  g_assert_true (sc_progress_get_resume_point (f->database, f->learner, f->course, &progress, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (progress->lesson_id, ==, "pricing");
  g_assert_cmpint (progress->state, ==, SC_LESSON_IN_PROGRESS);
  g_assert_cmpfloat_with_epsilon (progress->scroll, 0.5, 1e-9);
  g_clear_pointer (&progress, sc_lesson_progress_free);

  /* The lesson touched last wins, even an earlier one. */
  g_assert_true (sc_progress_open_lesson (f->database, f->learner, f->course, "titles", NULL, &error));
  g_assert_no_error (error);
  lesson = resume_lesson (f);
  g_assert_cmpstr (lesson, ==, "titles");
  g_clear_pointer (&lesson, g_free);

  /* Done: on to the next lesson that is not done. */
  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "titles", &error));
  g_assert_no_error (error);
  lesson = resume_lesson (f);
  g_assert_cmpstr (lesson, ==, "pricing");
  g_clear_pointer (&lesson, g_free);

  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "pricing", &error));
  g_assert_no_error (error);
  lesson = resume_lesson (f);
  g_assert_cmpstr (lesson, ==, "packing");
  g_clear_pointer (&lesson, g_free);

  /* Finishing the last lesson first wraps round to what is left. */
  g_assert_true (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                            "pack-order", 0, TRUE, &error));
  g_assert_no_error (error);
  lesson = resume_lesson (f);
  g_assert_cmpstr (lesson, ==, "packing");
  g_clear_pointer (&lesson, g_free);
  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "packing", &error));
  g_assert_no_error (error);

  /* Everything done: nothing to continue. */
  lesson = resume_lesson (f);
  g_assert_null (lesson);

  /* Another learner's resume point is their own. */
  {
    g_autoptr(ScLearner) other = sc_learner_create (f->database, "Other", &error);

    g_assert_no_error (error);
    g_assert_true (sc_progress_get_resume_point (f->database, other, f->course, &progress, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (progress->lesson_id, ==, "titles");
    g_assert_cmpint (progress->state, ==, SC_LESSON_NOT_STARTED);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/progress/lesson-flow", Fixture, NULL, fixture_set_up, test_lesson_flow, fixture_tear_down);
  g_test_add ("/progress/refuses-unknown", Fixture, NULL,
              fixture_set_up, test_refuses_unknown, fixture_tear_down);
  g_test_add ("/progress/one-transaction", Fixture, NULL,
              fixture_set_up, test_one_transaction, fixture_tear_down);
  g_test_add ("/progress/rebuild-identical", Fixture, NULL,
              fixture_set_up, test_rebuild_identical, fixture_tear_down);
  g_test_add ("/progress/resume-point", Fixture, NULL,
              fixture_set_up, test_resume_point, fixture_tear_down);
  g_test_add ("/progress/uncomplete", Fixture, NULL,
              fixture_set_up, test_uncomplete, fixture_tear_down);

  return g_test_run ();
}
