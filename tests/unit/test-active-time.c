/* test-active-time.c - active reading time on an injected clock, heartbeats, one statement per session
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>

#include "sc-active-time.h"
#include "sc-reading-session.h"
#include "sc-xapi.h"
#include "test-learning-util.h"

#define SEC G_GINT64_CONSTANT (1000000)

#define EXPERIENCED "http://adlnet.gov/expapi/verbs/experienced"
#define DUMP_TICKS_ALL "SELECT * FROM sop_ticks ORDER BY learner_id, lesson_id, sop_id, step"

typedef struct
{
  gint64 now;
} FakeClock;

static gint64
fake_clock (gpointer user_data)
{
  return ((FakeClock *) user_data)->now;
}

/* The clock starts far from zero, as a monotonic clock does. */
static void
at (FakeClock *clock,
    gint64     seconds)
{
  clock->now = 1000000 * SEC + seconds * SEC;
}

static void
test_counting_rules (void)
{
  FakeClock clock;
  g_autoptr(ScActiveTime) time = NULL;

  at (&clock, 0);
  time = sc_active_time_new (fake_clock, &clock);

  /* Nothing counts before the first input. */
  at (&clock, 60);
  g_assert_false (sc_active_time_is_counting (time));
  g_assert_cmpint (sc_active_time_get_seconds (time), ==, 0);

  sc_active_time_input (time);
  g_assert_true (sc_active_time_is_counting (time));
  at (&clock, 120);
  g_assert_cmpint (sc_active_time_get_seconds (time), ==, 60);

  /* Idle: the time stops 120 s after the last input. */
  at (&clock, 400);
  g_assert_false (sc_active_time_is_counting (time));
  g_assert_cmpint (sc_active_time_get_seconds (time), ==, 120);

  /* Another window has the focus: nothing counts, even with recent input. */
  sc_active_time_input (time);
  at (&clock, 430);
  sc_active_time_set_window_active (time, FALSE);
  g_assert_false (sc_active_time_is_counting (time));
  at (&clock, 500);
  g_assert_cmpint (sc_active_time_get_seconds (time), ==, 150);

  /* Back, still within 120 s of the input at 400: counts until 520. */
  sc_active_time_set_window_active (time, TRUE);
  at (&clock, 600);
  g_assert_cmpint (sc_active_time_get_seconds (time), ==, 170);

  /* Minimised: nothing counts. */
  sc_active_time_input (time);
  at (&clock, 610);
  sc_active_time_set_minimized (time, TRUE);
  at (&clock, 650);
  g_assert_false (sc_active_time_is_counting (time));
  g_assert_cmpint (sc_active_time_get_seconds (time), ==, 180);
  sc_active_time_set_minimized (time, FALSE);
  g_assert_true (sc_active_time_is_counting (time));
  at (&clock, 800);
  g_assert_cmpint (sc_active_time_get_seconds (time), ==, 180 + 70);

  /* Steady reading: input every minute for an hour. */
  for (gint64 t = 800; t < 800 + 3600; t += 60)
    {
      at (&clock, t);
      sc_active_time_input (time);
    }
  at (&clock, 800 + 3600);
  g_assert_cmpint (sc_active_time_get_seconds (time), ==, 250 + 3600);
  g_assert_cmpint (sc_active_time_get_usec (time), ==, (250 + 3600) * SEC);

  /* A clock stepping back (only a test clock can) adds nothing. */
  at (&clock, 0);
  g_assert_cmpint (sc_active_time_get_seconds (time), ==, 250 + 3600);
}

static int
count_experienced (Fixture    *f,
                   const char *registration)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM statements"
                                          " WHERE verb = '" EXPERIENCED "' AND registration = '%s'",
                                          registration);

  return test_query_int (f->db, sql);
}

static gint64
lesson_secs (Fixture    *f,
             const char *lesson_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLessonProgress) progress = NULL;

  progress = sc_progress_get_lesson (f->database, f->learner, f->course, lesson_id, &error);
  g_assert_no_error (error);

  return progress->active_secs;
}

static void
test_session_heartbeat_and_close (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReadingSession) session = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *sql = NULL;
  ScActiveTime *time;
  const char *registration;
  FakeClock clock;

  at (&clock, 0);
  session = sc_reading_session_open (f->database, f->learner, f->course, "titles",
                                     fake_clock, &clock, &error);
  g_assert_no_error (error);
  registration = sc_reading_session_get_registration (session);
  g_assert_true (g_uuid_string_is_valid (registration));
  g_assert_cmpstr (sc_reading_session_get_lesson_id (session), ==, "titles");
  time = sc_reading_session_get_active_time (session);

  /* Opening is input: reading counts from the start. */
  at (&clock, 30);
  g_assert_true (sc_reading_session_heartbeat (session, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT active_secs FROM reading_sessions WHERE registration = '%s'", registration);
  g_assert_cmpint (test_query_int (f->db, sql), ==, 30);
  g_assert_cmpint (lesson_secs (f, "titles"), ==, 30);
  g_assert_cmpint (count_experienced (f, registration), ==, 0);

  /* Away in another window for ten minutes, then back and reading. */
  at (&clock, 45);
  sc_active_time_set_window_active (time, FALSE);
  at (&clock, 645);
  sc_active_time_set_window_active (time, TRUE);
  sc_active_time_input (time);
  at (&clock, 675);
  g_assert_true (sc_reading_session_heartbeat (session, &error));
  g_assert_cmpint (test_query_int (f->db, sql), ==, 45 + 30);

  /* Left open over lunch: only 120 s after the last input count. */
  at (&clock, 675 + 3600);
  g_assert_true (sc_reading_session_close (session, &error));
  g_assert_no_error (error);
  g_assert_true (sc_reading_session_is_closed (session));

  g_assert_cmpint (count_experienced (f, registration), ==, 1);
  g_assert_cmpint (test_count_statements (f->db, EXPERIENCED), ==, 1);
  root = test_statement_json (f->db, "SELECT json FROM statements"
                                     " WHERE verb = '" EXPERIENCED "'");
  /* 45 s, then 120 s after the input at 645. */
  assert_json (root, "$.result.duration", "PT2M45S");
  assert_json (root, "$.context.registration", registration);
  assert_json (root, "$.object.id", "https://example.org/shopcraft/example-shop/lesson/titles");
  g_assert_cmpint (lesson_secs (f, "titles"), ==, 165);
  g_assert_cmpint (test_query_int (f->db, "SELECT active_secs FROM lesson_progress"
                                          " WHERE lesson_id = 'titles'"), ==, 165);

  /* Closing twice, or a last timer tick, writes nothing more. */
  g_assert_true (sc_reading_session_close (session, &error));
  g_assert_true (sc_reading_session_heartbeat (session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_experienced (f, registration), ==, 1);
  g_assert_cmpint (lesson_secs (f, "titles"), ==, 165);

  /* A second session adds its own statement and time. */
  g_clear_object (&session);
  session = sc_reading_session_open (f->database, f->learner, f->course, "titles",
                                     fake_clock, &clock, &error);
  g_assert_no_error (error);
  at (&clock, 675 + 3600 + 20);
  g_assert_true (sc_reading_session_close (session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count_statements (f->db, EXPERIENCED), ==, 2);
  g_assert_cmpint (lesson_secs (f, "titles"), ==, 185);
}

/* A session dropped without closing is what a killed process leaves. */
static void
test_session_recovered (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScReadingSession) session = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *registration = NULL;
  g_autofree char *heartbeat_at = NULL;
  g_autofree char *sql = NULL;
  FakeClock clock;
  guint n = 99;

  at (&clock, 0);
  session = sc_reading_session_open (f->database, f->learner, f->course, "pricing",
                                     fake_clock, &clock, &error);
  g_assert_no_error (error);
  registration = g_strdup (sc_reading_session_get_registration (session));
  at (&clock, 40);
  g_assert_true (sc_reading_session_heartbeat (session, &error));
  at (&clock, 55);
  g_clear_object (&session);

  /* The 15 s after the last heartbeat are lost, no more. */
  g_assert_cmpint (lesson_secs (f, "pricing"), ==, 40);
  g_assert_cmpint (test_count_statements (f->db, EXPERIENCED), ==, 0);

  /* A fresh heartbeat may be another window's live session: kept open. */
  g_assert_true (sc_progress_recover_sessions (f->database, f->learner, f->course, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 0);

  now = g_date_time_new_now_utc ();
  later = g_date_time_add_minutes (now, 10);
  g_assert_true (sc_progress_recover_sessions (f->database, f->learner, f->course, later, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);

  g_assert_cmpint (count_experienced (f, registration), ==, 1);
  root = test_statement_json (f->db, "SELECT json FROM statements WHERE verb = '" EXPERIENCED "'");
  assert_json (root, "$.result.duration", "PT40S");
  sql = g_strdup_printf ("SELECT heartbeat_at FROM reading_sessions WHERE registration = '%s'", registration);
  heartbeat_at = test_query_text (f->db, sql);
  assert_json (root, "$.timestamp", heartbeat_at);
  g_assert_cmpint (lesson_secs (f, "pricing"), ==, 40);

  g_assert_true (sc_progress_recover_sessions (f->database, f->learner, f->course, later, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (count_experienced (f, registration), ==, 1);
}

/* In the child: read for 35 s on a fake clock, beat, then tick steps,
 * acknowledging each write on @ack_fd only after it returned. */
G_GNUC_NORETURN static void
child_reads (const char *path,
             int         ack_fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScReadingSession) session = NULL;
  FakeClock clock;

  database = sc_database_open (path, &error);
  course = test_load_example_course ();
  learner = sc_learner_ensure_default (database, &error);
  at (&clock, 0);
  session = sc_reading_session_open (database, learner, course, "packing", fake_clock, &clock, &error);
  if (session == NULL)
    _exit (2);
  at (&clock, 35);
  if (!sc_reading_session_heartbeat (session, &error) || write (ack_fd, "h", 1) != 1)
    _exit (3);

  for (guint i = 0; ; i++)
    {
      if (!sc_progress_tick_sop_step (database, learner, course, "packing", "pack-order",
                                      i % 4, i % 3 != 0, &error) ||
          write (ack_fd, "t", 1) != 1)
        _exit (4);
    }
}

static void
test_killed_child (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "shopcraft.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScLessonProgress) progress = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autofree char *ticks_before = NULL;
  g_autofree char *ticks_after = NULL;
  int acks[2];
  int status = 0;
  guint n_ticks = 0;
  guint n_recovered = 0;
  pid_t pid;
  char c;

  /* The database exists before the child starts, as it would. */
  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_clear_object (&database);

  g_assert_cmpint (pipe (acks), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (acks[0]);
      child_reads (path, acks[1]);
    }
  close (acks[1]);

  g_assert_cmpint (read (acks[0], &c, 1), ==, 1);
  g_assert_cmpint (c, ==, 'h');
  while (n_ticks < 50 && read (acks[0], &c, 1) == 1)
    n_ticks++;
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  /* Writes that finished after the last acknowledgement count too. */
  while (read (acks[0], &c, 1) == 1)
    n_ticks++;
  close (acks[0]);
  g_assert_cmpuint (n_ticks, >=, 50);

  database = sc_database_open (path, &error);
  g_assert_no_error (error);
  course = test_load_example_course ();
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);

  /* Every acknowledged write is there, whole: each tick a statement and
   * its summary row; at most one more unacknowledged. */
  g_assert_cmpint (test_count_statements (sc_database_get_handle (database),
                                          "http://adlnet.gov/expapi/verbs/interacted"), >=, n_ticks);
  g_assert_cmpint (test_count_statements (sc_database_get_handle (database),
                                          "http://adlnet.gov/expapi/verbs/interacted"), <=, n_ticks + 1);
  progress = sc_progress_get_lesson (database, learner, course, "packing", &error);
  g_assert_no_error (error);
  g_assert_cmpint (progress->active_secs, ==, 35);
  g_assert_cmpint (progress->state, ==, SC_LESSON_IN_PROGRESS);

  ticks_before = test_dump (sc_database_get_handle (database), DUMP_TICKS_ALL);
  g_assert_true (sc_progress_rebuild (database, NULL, &error));
  g_assert_no_error (error);
  ticks_after = test_dump (sc_database_get_handle (database), DUMP_TICKS_ALL);
  g_assert_cmpstr (ticks_after, ==, ticks_before);

  now = g_date_time_new_now_utc ();
  later = g_date_time_add_minutes (now, 10);
  g_assert_true (sc_progress_recover_sessions (database, learner, course, later, &n_recovered, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_recovered, ==, 1);
  g_assert_cmpint (test_count_statements (sc_database_get_handle (database), EXPERIENCED), ==, 1);

  g_clear_object (&database);
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/active-time/counting-rules", test_counting_rules);
  g_test_add ("/active-time/session-heartbeat-and-close", Fixture, NULL,
              fixture_set_up, test_session_heartbeat_and_close, fixture_tear_down);
  g_test_add ("/active-time/session-recovered", Fixture, NULL,
              fixture_set_up, test_session_recovered, fixture_tear_down);
  g_test_add_func ("/active-time/killed-child", test_killed_child);

  return g_test_run ();
}
