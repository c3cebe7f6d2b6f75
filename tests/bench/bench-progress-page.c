/* bench-progress-page.c - how long showing the Progress page takes, to its first painted frame
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-progress-page --page|--label COURSE_DIR OPENS
 *
 * The subject and reference of tests/bench/cases/progress_page.py. First,
 * untimed, a new database in a temporary folder gets a learner with a
 * term's work in the course: every lesson done, three reading sessions a
 * day for 60 days, and ATTEMPTS finished attempts at the course's quizzes
 * with every choice question answered. Then a 1280×800 libadwaita window
 * (the app's style sheet) shows, in turn, an empty page and the learner's
 * progress, OPENS times after one warm-up showing. --page shows it in the
 * real ScProgressPanel, which reads the report from the database and
 * builds its figures, charts and tables each time it is shown; --label
 * puts the same words (every table's cells) into one wrapping GtkLabel in
 * a scrolled window, the least a page of those figures can be.
 *
 * Each showing is timed by bench-frames.c, from a frame-clock tick to that
 * frame's after-paint, and printed as `open-us <µs> build-us <µs>
 * layout-us <µs>` (build: reading the report and building the page).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "bench-frames.h"
#include "sc-attempt.h"
#include "sc-context.h"
#include "sc-course-banks.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-learner-report.h"
#include "sc-progress.h"
#include "sc-progress-panel.h"
#include "sc-report-sections.h"

/* Finished quiz attempts in the learner's history. */
#define ATTEMPTS 120
/* Days of reading sessions, three a day. */
#define READING_DAYS 60

typedef struct
{
  BenchFrames      frames;
  ScProgressPanel *panel;     /* --page */
  GtkLabel        *label;     /* --label */
  char            *text;      /* the report's words, for --label */
  ScContext       *context;
} Bench;

static void
fail (const char   *what,
      const GError *error)
{
  fprintf (stderr, "bench-progress-page: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

/* Every choice question of the attempt answered with its first choice. */
static void
answer (ScAttempt  *attempt,
        ScDatabase *database)
{
  for (guint slot = 1; slot <= sc_attempt_get_n_slots (attempt); slot++)
    {
      const ScAttemptSlot *s = sc_attempt_get_slot (attempt, slot);
      g_autoptr(ScResponse) response = NULL;
      g_autoptr(GError) error = NULL;

      if (s->question->type != SC_QUESTION_SINGLE_CHOICE &&
          s->question->type != SC_QUESTION_TRUE_FALSE &&
          s->question->type != SC_QUESTION_MULTIPLE_RESPONSE)
        continue;
      response = sc_response_new ();
      sc_response_add_choice (response, slot % 2);
      if (!sc_attempt_save_response (attempt, database, slot, response, NULL, &error))
        fail ("saving an answer", error);
    }
}

static void
seed (ScDatabase *database,
      ScCourse   *course,
      ScLearner  *learner)
{
  GPtrArray *lessons = sc_course_get_lessons (course);
  GPtrArray *quizzes = sc_course_get_quizzes (course);
  sqlite3 *db = sc_database_get_handle (database);
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  guint n_stored = 0;

  if (!sc_course_store_banks (database, course, problems, &n_stored, &error))
    fail ("storing the course's question banks", error);

  for (guint i = 0; i < lessons->len; i++)
    if (!sc_progress_complete_lesson (database, learner, course,
                                      ((ScLesson *) g_ptr_array_index (lessons, i))->id, &error))
      fail ("marking a lesson done", error);

  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  for (int day = 0; day < READING_DAYS; day++)
    for (int session = 0; session < 3; session++)
      {
        g_autoptr(GDateTime) then = g_date_time_add_hours (now, -24 * day - 3 * session);
        g_autofree char *stamp = g_date_time_format (then, "%Y-%m-%dT%H:%M:%S.000Z");
        g_autofree char *uuid = g_uuid_string_random ();
        g_autofree char *sql = NULL;
        ScLesson *lesson = g_ptr_array_index (lessons, (day + session) % lessons->len);

        sql = g_strdup_printf ("INSERT INTO reading_sessions (registration, learner_id, course_id,"
                               " lesson_id, started_at, heartbeat_at, active_secs, closed_at)"
                               " VALUES ('%s', %" G_GINT64_FORMAT ", '%s', '%s', '%s', '%s', %d, '%s')",
                               uuid, learner->id, sc_course_get_id (course), lesson->id,
                               stamp, stamp, 300 + (day * 97 + session * 31) % 900, stamp);
        if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
          fail ("adding reading sessions", NULL);
      }
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

  for (guint i = 0; i < ATTEMPTS; i++)
    {
      g_autoptr(ScAttemptQuiz) quiz = sc_attempt_quiz_copy (g_ptr_array_index (quizzes, i % quizzes->len));
      g_autoptr(ScAttempt) attempt = NULL;

      /* A term's retakes, whatever the course allows. */
      quiz->attempts_allowed = 0;
      attempt = sc_attempt_start (database, learner, course, NULL, quiz, i + 1, NULL, &error);
      if (attempt == NULL)
        fail ("starting an attempt", error);
      answer (attempt, database);
      if (!sc_attempt_submit (attempt, database, NULL, &error))
        fail ("submitting an attempt", error);
    }
}

/* The words of every section's table, as the page's tables hold them. */
static char *
report_words (ScDatabase *database,
              ScCourse   *course,
              ScLearner  *learner)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(ScLearnerReport) report = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  report = sc_learner_report_read (database, learner, course, now, &error);
  if (report == NULL)
    fail ("reading the report", error);
  sections = sc_report_sections_new (report);
  for (guint i = 0; i < sections->len; i++)
    {
      ScReportSection *section = g_ptr_array_index (sections, i);
      g_autofree char *headers = g_strjoinv ("  ", section->headers);

      g_string_append_printf (text, "%s\n%s\n%s\n", section->title, section->explanation, headers);
      for (guint j = 0; j < section->rows->len; j++)
        {
          g_autofree char *row = g_strjoinv ("  ", g_ptr_array_index (section->rows, j));

          g_string_append_printf (text, "%s\n", row);
        }
    }

  return g_string_free (text, FALSE);
}

static void
show (gpointer data,
      gboolean shown)
{
  Bench *bench = data;

  if (bench->panel != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (bench->panel), shown);
      if (shown)
        sc_progress_panel_reload (bench->panel);
    }
  else
    {
      gtk_label_set_text (bench->label, shown ? bench->text : "");
    }
}

static GtkWidget *
label_page (Bench *bench)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_margin_start (label, 24);
  gtk_widget_set_margin_end (label, 24);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  bench->label = GTK_LABEL (label);

  return scroller;
}

static void
activate_cb (GApplication *app,
             Bench        *bench)
{
  GtkWidget *content;

  bench->frames.window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (bench->frames.window), 1280, 800);

  if (bench->text == NULL)
    {
      content = sc_progress_panel_new ();
      bench->panel = SC_PROGRESS_PANEL (content);
      sc_panel_set_context (SC_PANEL (content), bench->context);
      gtk_widget_set_visible (content, FALSE);
    }
  else
    {
      content = label_page (bench);
    }

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (bench->frames.window), content);
  bench_frames_run_when_mapped (&bench->frames);
  gtk_window_present (GTK_WINDOW (bench->frames.window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  Bench bench = { NULL, };
  guint64 opens;
  gboolean page_mode;
  int status;

  if (argc != 4 || (strcmp (argv[1], "--page") != 0 && strcmp (argv[1], "--label") != 0) ||
      !g_ascii_string_to_unsigned (argv[3], 10, 1, 1000, &opens, NULL))
    {
      fprintf (stderr, "usage: %s --page|--label COURSE_DIR OPENS\n", argv[0]);
      return 2;
    }
  page_mode = strcmp (argv[1], "--page") == 0;

  sc_course_reader_init ();
  problems = sc_course_problems_new ();
  course = sc_course_load (argv[2], problems, &error);
  if (course == NULL)
    {
      fprintf (stderr, "%s: the course does not load (%u problems); check it with "
               "shopcraft --validate-course\n", argv[2], sc_course_problems_get_len (problems));
      return 1;
    }

  dir = g_dir_make_tmp ("shopcraft-bench-progress-XXXXXX", &error);
  if (dir == NULL)
    fail ("making a data folder", error);
  database = sc_database_open_in_dir (dir, &error);
  if (database == NULL)
    fail ("opening the database", error);
  learner = sc_learner_ensure_default (database, &error);
  if (learner == NULL)
    fail ("making the learner", error);
  seed (database, course, learner);

  context = sc_context_new (database, NULL);
  sc_context_set_course (context, course);
  sc_context_set_learner (context, learner);
  bench.context = context;
  bench.frames.opens = (guint) opens;
  bench.frames.show = show;
  bench.frames.data = &bench;
  if (!page_mode)
    text = bench.text = report_words (database, course, learner);

  /* The app's resource base, so its style sheet and icons load as in the app. */
  app = g_object_new (ADW_TYPE_APPLICATION,
                      "application-id", "io.github.shopcraft.BenchProgressPage",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_BASE_PATH,
                      NULL);
  bench.frames.app = G_APPLICATION (app);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bench);

  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_clear_object (&context);
  g_clear_object (&database);
  bench_remove_tree (dir);

  return status != 0 ? status : (bench.frames.done > bench.frames.opens ? 0 : 1);
}
