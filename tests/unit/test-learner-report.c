/* test-learner-report.c - the Progress page's figures, from what a learner did
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-learner-report.h"
#include "sc-report-sections.h"
#include "sc-module-status.h"
#include "test-attempt-util.h"

static void
report_set_up (Fixture       *f,
               gconstpointer  data)
{
  fixture_set_up (f, data);
  test_make_bank (f->database);
}

static ScLearnerReport *
read_report (Fixture         *f,
             const ScLearner *learner,
             GDateTime       *now)
{
  g_autoptr(GDateTime) real_now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  ScLearnerReport *report;

  report = sc_learner_report_read (f->database, learner, f->course, now != NULL ? now : real_now,
                                   &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

static const ScReportCompetency *
competency (const ScLearnerReport *report,
            const char            *id)
{
  for (guint i = 0; i < report->competencies->len; i++)
    {
      const ScReportCompetency *row = g_ptr_array_index (report->competencies, i);

      if (g_str_equal (row->competency_id, id))
        return row;
    }

  g_assert_not_reached ();
  return NULL;
}

static const ScReportModule *
module (const ScLearnerReport *report,
        const char            *id)
{
  for (guint i = 0; i < report->modules->len; i++)
    {
      const ScReportModule *row = g_ptr_array_index (report->modules, i);

      if (g_str_equal (row->module_id, id))
        return row;
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *passed = NULL;
  g_autoptr(ScLearnerReport) report = read_report (f, f->learner, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const ScReportDay *today;

  g_assert_true (sc_learner_report_is_empty (report));
  g_assert_cmpuint (report->n_lessons, ==, 3);
  g_assert_cmpuint (report->n_lessons_done, ==, 0);
  g_assert_cmpint (report->reading_secs, ==, 0);

  /* Every module and competency of the course, in course order, even
   * with nothing done: the page shows what is still ahead. */
  g_assert_cmpuint (report->modules->len, ==, 2);
  g_assert_cmpstr (module (report, TEST_MODULE)->title, ==, "Listing basics");
  g_assert_cmpuint (module (report, TEST_MODULE)->n_lessons, ==, 2);
  g_assert_cmpuint (module (report, "first-orders")->n_lessons, ==, 1);
  g_assert_cmpint (module (report, TEST_MODULE)->state, ==, SC_MODULE_NOT_STARTED);
  g_assert_cmpfloat (module (report, TEST_MODULE)->best_score, ==, -1.0);

  g_assert_cmpuint (report->competencies->len, ==, 3);
  g_assert_cmpstr (((ScReportCompetency *) g_ptr_array_index (report->competencies, 0))->competency_id,
                   ==, "listing.titles");
  /* "pack-order" serves listing.titles too, so the packing lesson counts
   * for both of its competencies. */
  g_assert_cmpuint (competency (report, "listing.titles")->n_lessons, ==, 2);
  g_assert_cmpuint (competency (report, "listing.pricing")->n_lessons, ==, 1);
  g_assert_cmpuint (competency (report, "orders.packing")->n_lessons, ==, 1);
  g_assert_cmpfloat (competency (report, "listing.pricing")->mastery, ==, -1.0);
  g_assert_nonnull (competency (report, "orders.packing")->domain_title);

  g_assert_cmpuint (report->days->len, ==, SC_LEARNER_REPORT_DAYS);
  today = g_ptr_array_index (report->days, SC_LEARNER_REPORT_DAYS - 1);
  g_assert_cmpint (g_date_get_day (&today->date), ==, g_date_time_get_day_of_month (now));
  g_assert_cmpint (today->reading_secs, ==, 0);
  g_assert_cmpuint (report->attempts->len, ==, 0);
  g_assert_cmpuint (report->n_attempts_passed, ==, 0);
  passed = sc_report_format_attempts_passed (report);
  g_assert_cmpstr (passed, ==, "None yet");
}

static void
test_lessons (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScLearnerReport) report = NULL;
  g_autoptr(ScLearner) other = NULL;
  g_autofree char *registration = NULL;
  g_autofree char *other_registration = NULL;
  g_autoptr(GError) error = NULL;
  const ScReportDay *today;

  /* Reading the titles lesson: 40 s so far, the session still open. */
  g_assert_true (sc_progress_open_lesson (f->database, f->learner, f->course, "titles",
                                          &registration, &error));
  g_assert_true (sc_progress_heartbeat (f->database, registration, 40, &error));
  g_assert_no_error (error);

  report = read_report (f, f->learner, NULL);
  g_assert_false (sc_learner_report_is_empty (report));
  g_assert_cmpuint (report->n_lessons_started, ==, 1);
  g_assert_cmpuint (report->n_lessons_done, ==, 0);
  g_assert_cmpint (report->reading_secs, ==, 40);
  today = g_ptr_array_index (report->days, SC_LEARNER_REPORT_DAYS - 1);
  g_assert_cmpint (today->reading_secs, ==, 40);
  g_clear_pointer (&report, sc_learner_report_free);

  /* Closed at 45 s, and the packing lesson marked done. */
  g_assert_true (sc_progress_close_session (f->database, f->learner, f->course, registration, 45,
                                            &error));
  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "packing", &error));
  g_assert_no_error (error);

  /* Another learner's reading is not this one's. */
  other = sc_learner_create (f->database, "Sam", &error);
  g_assert_no_error (error);
  g_assert_true (sc_progress_open_lesson (f->database, other, f->course, "pricing",
                                          &other_registration, &error));
  g_assert_true (sc_progress_heartbeat (f->database, other_registration, 300, &error));
  g_assert_true (sc_progress_complete_lesson (f->database, other, f->course, "pricing", &error));
  g_assert_no_error (error);

  report = read_report (f, f->learner, NULL);
  g_assert_cmpuint (report->n_lessons_done, ==, 1);
  g_assert_cmpuint (report->n_lessons_started, ==, 1);
  g_assert_cmpint (report->reading_secs, ==, 45);
  today = g_ptr_array_index (report->days, SC_LEARNER_REPORT_DAYS - 1);
  g_assert_cmpint (today->reading_secs, ==, 45);
  g_assert_cmpuint (module (report, "first-orders")->n_done, ==, 1);
  g_assert_cmpuint (module (report, TEST_MODULE)->n_done, ==, 0);
  g_assert_cmpuint (competency (report, "listing.titles")->n_lessons_done, ==, 1);
  g_assert_cmpuint (competency (report, "orders.packing")->n_lessons_done, ==, 1);
  g_assert_cmpuint (competency (report, "listing.pricing")->n_lessons_done, ==, 0);
  g_clear_pointer (&report, sc_learner_report_free);

  report = read_report (f, other, NULL);
  g_assert_cmpuint (report->n_lessons_done, ==, 1);
  g_assert_cmpint (report->reading_secs, ==, 300);
  g_assert_cmpuint (competency (report, "listing.pricing")->n_lessons_done, ==, 1);
}

static void
take_quiz (Fixture       *f,
           ScModuleRules *rules,
           gboolean       right_sc1,
           gboolean       right_tf1,
           gint64         at)
{
  test_take_module_quiz (f->database, f->learner, f->course, rules, right_sc1, right_tf1, at);
}

static void
test_quizzes (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", NULL);
  g_autoptr(ScAttempt) unfinished = NULL;
  g_autofree char *passed = NULL;
  g_autoptr(ScLearnerReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const ScReportAttempt *attempt;

  /* 1 of 3 marks: below the 80 % pass mark; pricing not known. */
  take_quiz (f, rules, FALSE, TRUE, 100);
  report = read_report (f, f->learner, NULL);
  g_assert_cmpuint (report->attempts->len, ==, 1);
  attempt = g_ptr_array_index (report->attempts, 0);
  /* The course's title for the quiz, not the one the attempt stored. */
  g_assert_cmpstr (attempt->title, ==, "Listing basics: check");
  g_assert_cmpstr (attempt->quiz_id, ==, TEST_QUIZ);
  g_assert_cmpfloat_with_epsilon (attempt->score, 1.0 / 3.0, 1e-9);
  g_assert_cmpfloat (attempt->pass_fraction, ==, 0.8);
  g_assert_false (attempt->passed);
  g_assert_cmpuint (report->n_attempts_passed, ==, 0);
  g_assert_cmpuint (competency (report, "listing.pricing")->n_questions, ==, 1);
  g_assert_cmpfloat (competency (report, "listing.pricing")->mastery, ==, 0.0);
  /* tf1 has no competency tag: it counts for none. */
  g_assert_cmpfloat (competency (report, "listing.titles")->mastery, ==, -1.0);
  g_assert_cmpint (module (report, TEST_MODULE)->state, ==, SC_MODULE_IN_PROGRESS);
  g_clear_pointer (&report, sc_learner_report_free);

  /* All right: passed, the module mastered, pricing known. */
  take_quiz (f, rules, TRUE, TRUE, 200);
  report = read_report (f, f->learner, NULL);
  g_assert_cmpuint (report->attempts->len, ==, 2);
  attempt = g_ptr_array_index (report->attempts, 1);
  g_assert_cmpfloat (attempt->score, ==, 1.0);
  g_assert_true (attempt->passed);
  g_assert_cmpuint (report->n_attempts_passed, ==, 1);
  g_assert_cmpfloat (competency (report, "listing.pricing")->mastery, ==, 1.0);
  g_assert_cmpint (module (report, TEST_MODULE)->state, ==, SC_MODULE_MASTERED);
  g_assert_cmpfloat (module (report, TEST_MODULE)->best_score, ==, 1.0);
  g_assert_cmpuint (report->n_modules_mastered, ==, 1);
  g_clear_pointer (&report, sc_learner_report_free);

  /* The latest answer counts, not the best: pricing slipped again. An
   * attempt still open counts for nothing yet. */
  take_quiz (f, rules, FALSE, FALSE, 300);
  unfinished = sc_attempt_start (f->database, f->learner, f->course, rules, quiz, 9, NULL, &error);
  g_assert_no_error (error);
  test_save (unfinished, f->database, "sc1", test_choices (0, G_MAXUINT), 400);
  report = read_report (f, f->learner, NULL);
  g_assert_cmpuint (report->attempts->len, ==, 3);
  g_assert_cmpuint (report->n_attempts_passed, ==, 1);
  passed = sc_report_format_attempts_passed (report);
  g_assert_cmpstr (passed, ==, "1 of 3");
  attempt = g_ptr_array_index (report->attempts, 0);
  g_assert_cmpfloat_with_epsilon (attempt->score, 1.0 / 3.0, 1e-9);
  attempt = g_ptr_array_index (report->attempts, 2);
  g_assert_cmpfloat (attempt->score, ==, 0.0);
  g_assert_cmpuint (competency (report, "listing.pricing")->n_questions, ==, 1);
  g_assert_cmpfloat (competency (report, "listing.pricing")->mastery, ==, 0.0);
  /* Mastering a module is kept once earned. */
  g_assert_cmpint (module (report, TEST_MODULE)->state, ==, SC_MODULE_MASTERED);
}

static void
add_session (Fixture    *f,
             const char *started_at,
             gint64      secs)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO reading_sessions (registration, learner_id, course_id, lesson_id,"
                         " started_at, heartbeat_at, active_secs, closed_at)"
                         " VALUES ('%s', %" G_GINT64_FORMAT ", '" TEST_COURSE "', 'titles',"
                         " '%s', '%s', %" G_GINT64_FORMAT ", '%s')",
                         uuid, f->learner->id, started_at, started_at, secs,
                         started_at);
  g_assert_cmpint (sqlite3_exec (f->db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_days (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+05:00");
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 12, 2, 9, 0, 0);
  g_autoptr(ScLearnerReport) report = NULL;
  const ScReportDay *day;

  /* 20:30 UTC on 1 December is 01:30 on the 2nd where the learner is. */
  add_session (f, "2026-12-01T20:30:00.000Z", 600);
  add_session (f, "2026-12-01T10:00:00.000Z", 120);
  add_session (f, "2026-12-01T12:00:00.000Z", 60);
  /* The oldest day shown is 19 November; 18 November is before it. */
  add_session (f, "2026-11-19T00:00:00.000Z", 30);
  add_session (f, "2026-11-18T12:00:00.000Z", 999);
  add_session (f, "2026-10-01T12:00:00.000Z", 999);

  report = read_report (f, f->learner, now);
  g_assert_cmpuint (report->days->len, ==, SC_LEARNER_REPORT_DAYS);

  day = g_ptr_array_index (report->days, SC_LEARNER_REPORT_DAYS - 1);
  g_assert_cmpint (g_date_get_day (&day->date), ==, 2);
  g_assert_cmpint (day->reading_secs, ==, 600);
  day = g_ptr_array_index (report->days, SC_LEARNER_REPORT_DAYS - 2);
  g_assert_cmpint (g_date_get_day (&day->date), ==, 1);
  g_assert_cmpint (day->reading_secs, ==, 180);
  day = g_ptr_array_index (report->days, 0);
  g_assert_cmpint (g_date_get_month (&day->date), ==, G_DATE_NOVEMBER);
  g_assert_cmpint (g_date_get_day (&day->date), ==, 19);
  g_assert_cmpint (day->reading_secs, ==, 30);
  for (guint i = 1; i < SC_LEARNER_REPORT_DAYS - 2; i++)
    g_assert_cmpint (((ScReportDay *) g_ptr_array_index (report->days, i))->reading_secs, ==, 0);
}

static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(ScLearnerReport) report = NULL;
  g_autoptr(GError) error = NULL;

  /* A damaged database: the page gets an error it can show, not a crash
   * or a report of zeros. */
  g_assert_cmpint (sqlite3_exec (f->db, "DROP TABLE reading_sessions", NULL, NULL, NULL), ==, SQLITE_OK);
  report = sc_learner_report_read (f->database, f->learner, f->course, now, &error);
  g_assert_null (report);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "shopcraft.db"));
  g_assert_true (sqlite3_get_autocommit (f->db));
}

static void
test_formats (void)
{
  struct { gint64 secs; const char *text; } durations[] = {
    { 0, "0 min" }, { 1, "Under a minute" }, { 29, "Under a minute" }, { 30, "1 min" },
    { 89, "1 min" }, { 90, "2 min" }, { 59 * 60 + 29, "59 min" }, { 59 * 60 + 30, "1 h 00 min" },
    { 3600 + 5 * 60, "1 h 05 min" }, { 26 * 3600, "26 h 00 min" }, { -5, "0 min" },
  };
  struct { double fraction; const char *text; } percents[] = {
    { 0.0, "0 %" }, { 1.0 / 3.0, "33 %" }, { 2.0 / 3.0, "67 %" }, { 0.995, "100 %" }, { 1.0, "100 %" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autofree char *text = sc_report_format_duration (durations[i].secs);

      g_assert_cmpstr (text, ==, durations[i].text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
    {
      g_autofree char *text = sc_report_format_percent (percents[i].fraction);

      g_assert_cmpstr (text, ==, percents[i].text);
    }
}

static const ScReportSection *
find_section (GPtrArray  *sections,
              const char *id)
{
  for (guint i = 0; i < sections->len; i++)
    {
      const ScReportSection *section = g_ptr_array_index (sections, i);

      if (g_str_equal (section->id, id))
        return section;
    }

  g_assert_not_reached ();
  return NULL;
}

static const char *
cell (const ScReportSection *section,
      guint                  row,
      guint                  column)
{
  GStrv cells = g_ptr_array_index (section->rows, row);

  g_assert_cmpuint (g_strv_length (cells), ==, g_strv_length (section->headers));

  return cells[column];
}

/* What the page and the exports say: each chart's points and its table,
 * the same figures in the same words. */
static void
test_sections (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  g_autoptr(ScLearnerReport) report = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  const ScReportSection *section;
  const ScReportPoint *point;

  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "packing", &error));
  g_assert_no_error (error);
  take_quiz (f, rules, FALSE, TRUE, 100);
  /* On 3 December: a day of one digit. */
  take_quiz (f, rules, TRUE, TRUE, 5 * 24 * 3600);
  report = read_report (f, f->learner, NULL);
  sections = sc_report_sections_new (report);

  g_assert_cmpuint (sections->len, ==, 4);
  g_assert_cmpstr (((ScReportSection *) g_ptr_array_index (sections, 0))->id, ==, "skills");
  g_assert_cmpstr (((ScReportSection *) g_ptr_array_index (sections, 3))->id, ==, "quizzes");

  /* Skills: a bar a competency; none answered is no bar, said in words. */
  section = find_section (sections, "skills");
  g_assert_cmpint (section->kind, ==, SC_REPORT_CHART_BARS);
  g_assert_cmpfloat (section->max, ==, 100.0);
  g_assert_cmpuint (section->points->len, ==, 3);
  g_assert_cmpuint (section->rows->len, ==, 3);
  point = g_ptr_array_index (section->points, 1);
  g_assert_cmpstr (point->label, ==, competency (report, "listing.pricing")->title);
  g_assert_cmpfloat (point->value, ==, 100.0);
  g_assert_cmpstr (point->value_text, ==, "100 %");
  g_assert_cmpstr (cell (section, 1, 3), ==, "100 %");
  g_assert_cmpstr (cell (section, 1, 2), ==, "1");
  point = g_ptr_array_index (section->points, 0);
  g_assert_cmpfloat (point->value, <, 0.0);
  g_assert_cmpstr (point->value_text, ==, "No answers yet");
  g_assert_cmpstr (cell (section, 0, 1), ==, "1 of 2");

  section = find_section (sections, "modules");
  g_assert_cmpstr (cell (section, 0, 3), ==, "Mastered");
  g_assert_cmpstr (cell (section, 0, 2), ==, "100 %");
  g_assert_cmpstr (cell (section, 1, 1), ==, "1 of 1");
  g_assert_cmpstr (cell (section, 1, 2), ==, "No quiz yet");
  g_assert_cmpfloat (((ScReportPoint *) g_ptr_array_index (section->points, 1))->value, ==, 100.0);

  section = find_section (sections, "reading");
  g_assert_cmpint (section->kind, ==, SC_REPORT_CHART_COLUMNS);
  g_assert_cmpuint (section->points->len, ==, SC_LEARNER_REPORT_DAYS);
  g_assert_cmpstr (cell (section, 0, 1), ==, "None");

  /* Quizzes: the chart oldest first, the table newest first. */
  section = find_section (sections, "quizzes");
  g_assert_cmpuint (section->points->len, ==, 2);
  g_assert_cmpstr (((ScReportPoint *) g_ptr_array_index (section->points, 0))->value_text, ==, "33 %");
  g_assert_cmpstr (cell (section, 0, 2), ==, "100 %");
  g_assert_cmpstr (cell (section, 0, 3), ==, "Passed");
  g_assert_cmpstr (cell (section, 1, 2), ==, "33 %");
  g_assert_cmpstr (cell (section, 1, 3), ==, "Not passed");
  g_assert_cmpstr (cell (section, 1, 1), ==, "Listing basics: check");
  /* Dates without the figure space GLib's "%e" pads a one-digit day with. */
  for (guint i = 0; i < section->rows->len; i++)
    {
      g_assert_false (g_ascii_isspace (cell (section, i, 0)[0]));
      g_assert_null (strstr (cell (section, i, 0), "\u2007"));
    }
  for (guint i = 0; i < section->points->len; i++)
    g_assert_null (strstr (((ScReportPoint *) g_ptr_array_index (section->points, i))->label, "\u2007"));
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "tf1", NULL);
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScLearnerReport) report = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "quizzes.csv", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "quizzes.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  /* A quiz outside the course keeps the title it was taken under: one
   * that a spreadsheet would run as a formula. */
  g_free (quiz->id);
  quiz->id = g_strdup ("imported-quiz");
  g_free (quiz->title);
  quiz->title = g_strdup ("=HYPERLINK(\"http://example.com\",\"Click\")");
  attempt = sc_attempt_start (f->database, f->learner, f->course, NULL, quiz, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_attempt_submit (attempt, f->database, NULL, &error));
  g_assert_no_error (error);

  report = read_report (f, f->learner, NULL);
  sections = sc_report_sections_new (report);
  g_assert_true (sc_report_section_write_csv (find_section (sections, "quizzes"), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  /* UTF-8 with a byte order mark, CRLF, the header row first. */
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" "Date,Quiz,Score,Result\r\n"));
  lines = g_strsplit (contents + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[2], ==, "");
  g_assert_nonnull (strstr (lines[1], ",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Click\"\")\",0 %,"));
  g_assert_true (g_str_has_suffix (lines[1], ",Not passed"));

  /* Nowhere to write: the error names the file, nothing is left. */
  g_assert_false (sc_report_section_write_csv (find_section (sections, "quizzes"), missing, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "quizzes.csv"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* The instructor's view: a row a learner, oldest profile first; on a
 * projector numbered, never named. */
static void
test_class (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (f->course);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(ScReportSection) named = NULL;
  g_autoptr(ScReportSection) anonymous = NULL;
  g_autoptr(ScLearner) sam = NULL;
  g_autoptr(GError) error = NULL;

  sam = sc_learner_create (f->database, "Sam Rivera", &error);
  g_assert_no_error (error);
  g_assert_true (sc_progress_complete_lesson (f->database, sam, f->course, "titles", &error));
  g_assert_true (sc_progress_complete_lesson (f->database, sam, f->course, "pricing", &error));
  g_assert_no_error (error);
  take_quiz (f, rules, TRUE, TRUE, 100);

  named = sc_report_section_new_class (f->database, f->course, now, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (named->id, ==, "class");
  g_assert_cmpuint (named->rows->len, ==, 2);
  g_assert_cmpuint (named->points->len, ==, 2);
  g_assert_cmpstr (cell (named, 0, 0), ==, f->learner->display_name);
  g_assert_cmpstr (cell (named, 0, 1), ==, "0 of 3");
  g_assert_cmpstr (cell (named, 0, 2), ==, "1 of 2");
  g_assert_cmpstr (cell (named, 0, 4), ==, "1 of 1");
  g_assert_cmpstr (cell (named, 0, 5), ==, "100 %");
  g_assert_cmpstr (cell (named, 1, 0), ==, "Sam Rivera");
  g_assert_cmpstr (cell (named, 1, 1), ==, "2 of 3");
  g_assert_cmpstr (cell (named, 1, 4), ==, "None yet");
  g_assert_cmpstr (cell (named, 1, 5), ==, "No answers yet");
  g_assert_cmpfloat_with_epsilon (((ScReportPoint *) g_ptr_array_index (named->points, 1))->value,
                                  200.0 / 3.0, 1e-9);

  anonymous = sc_report_section_new_class (f->database, f->course, now, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cell (anonymous, 0, 0), ==, "Learner 1");
  g_assert_cmpstr (cell (anonymous, 1, 0), ==, "Learner 2");
  g_assert_cmpstr (((ScReportPoint *) g_ptr_array_index (anonymous->points, 1))->label, ==, "Learner 2");
  g_assert_cmpstr (cell (anonymous, 1, 1), ==, "2 of 3");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/learner-report/empty", Fixture, NULL, report_set_up, test_empty, fixture_tear_down);
  g_test_add ("/learner-report/lessons", Fixture, NULL, report_set_up, test_lessons, fixture_tear_down);
  g_test_add ("/learner-report/quizzes", Fixture, NULL, report_set_up, test_quizzes, fixture_tear_down);
  g_test_add ("/learner-report/days", Fixture, NULL, report_set_up, test_days, fixture_tear_down);
  g_test_add_func ("/learner-report/formats", test_formats);
  g_test_add ("/learner-report/sections", Fixture, NULL, report_set_up, test_sections, fixture_tear_down);
  g_test_add ("/learner-report/csv", Fixture, NULL, report_set_up, test_csv, fixture_tear_down);
  g_test_add ("/learner-report/class", Fixture, NULL, report_set_up, test_class, fixture_tear_down);
  g_test_add ("/learner-report/unreadable", Fixture, NULL, report_set_up, test_unreadable,
              fixture_tear_down);

  return g_test_run ();
}
