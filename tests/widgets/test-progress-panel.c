/* test-progress-panel.c - the Progress section shows what the learner did, as charts and their tables
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The learner's work is done through the core, as the Learn page and the
 * quiz player do it; the page is then read as a learner reads it: the
 * summary figures, each chart's points (what it draws and what a screen
 * reader hears) and each table twin, which must say the same.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <sqlite3.h>

#include "sc-attempt.h"
#include "sc-chart-view.h"
#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-learn-panel.h"
#include "sc-progress-panel.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

static ScApplication *app;
static char *data_dir;

static ScContext *
context (void)
{
  return sc_application_get_context (app);
}

static gboolean
search_ready (gpointer data)
{
  return sc_context_get_search_ready (context ());
}

static ScProgressPanel *
show_progress (ScWindow *window)
{
  ScPanel *panel;

  /* Away and back: the page reads the report each time it is shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "learn"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "progress"));
  sc_test_wait_ready (window);
  panel = sc_window_get_visible_panel (window);
  g_assert_true (SC_IS_PROGRESS_PANEL (panel));
  sc_test_settle (GTK_WIDGET (window), 2);

  return SC_PROGRESS_PANEL (panel);
}

static const char *
visible_page (ScProgressPanel *panel)
{
  GtkWidget *stack = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_STACK, NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static GtkWidget *
section (ScProgressPanel *panel,
         const char      *name)
{
  g_autoptr(GPtrArray) found = sc_test_find_named (GTK_WIDGET (panel), name);

  g_assert_cmpuint (found->len, ==, 1);

  return g_ptr_array_index (found, 0);
}

static ScChartView *
section_chart (ScProgressPanel *panel,
               const char      *name)
{
  GtkWidget *chart = sc_test_find_widget (section (panel, name), SC_TYPE_CHART_VIEW, NULL);

  g_assert_nonnull (chart);

  return SC_CHART_VIEW (chart);
}

/* The table twin's cells, row by row, columns joined by " | ". */
static GPtrArray *
table_rows (ScProgressPanel *panel,
            const char      *name)
{
  GtkWidget *expander = sc_test_find_widget (section (panel, name), GTK_TYPE_EXPANDER, NULL);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *grid;

  /* Behind its expander, closed at first: opened as a learner opens it. */
  g_assert_nonnull (expander);
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  g_assert_null (sc_test_find_widget (section (panel, name), GTK_TYPE_GRID, NULL));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  grid = sc_test_find_widget (section (panel, name), GTK_TYPE_GRID, NULL);
  g_assert_nonnull (grid);
  g_assert_true (gtk_widget_get_mapped (grid));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (grid)), ==,
                   GTK_ACCESSIBLE_ROLE_TABLE);
  for (int row = 0; gtk_grid_get_child_at (GTK_GRID (grid), 0, row) != NULL; row++)
    {
      GString *text = g_string_new (NULL);

      for (int column = 0; gtk_grid_get_child_at (GTK_GRID (grid), column, row) != NULL; column++)
        {
          GtkWidget *cell = gtk_grid_get_child_at (GTK_GRID (grid), column, row);

          g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (cell)), ==,
                           row == 0 ? GTK_ACCESSIBLE_ROLE_COLUMN_HEADER : GTK_ACCESSIBLE_ROLE_CELL);
          g_assert_false (gtk_widget_get_focusable (cell));
          g_string_append_printf (text, "%s%s", column > 0 ? " | " : "",
                                  gtk_label_get_label (GTK_LABEL (cell)));
        }
      g_ptr_array_add (rows, g_string_free (text, FALSE));
    }
  gtk_expander_set_expanded (GTK_EXPANDER (expander), FALSE);
  g_assert_null (sc_test_find_widget (section (panel, name), GTK_TYPE_GRID, NULL));

  return rows;
}

/* Every point of the chart is a row of its table, with the same label
 * and value text in the table's first and @value_column'th columns. */
static void
assert_twins (ScProgressPanel *panel,
              const char      *name,
              guint            value_column,
              gboolean         newest_first)
{
  ScChartView *chart = section_chart (panel, name);
  ScChartSeries *series = sc_chart_view_get_series (chart);
  g_autoptr(GPtrArray) rows = table_rows (panel, name);
  guint n = sc_chart_series_get_n_points (series);

  g_assert_cmpuint (rows->len, ==, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *row = g_ptr_array_index (rows, newest_first ? n - i : i + 1);
      g_auto(GStrv) cells = g_strsplit (row, " | ", -1);

      g_assert_cmpuint (g_strv_length (cells), >, value_column);
      g_assert_cmpstr (cells[value_column], ==, sc_chart_series_get_value_text (series, i));
    }
}

static gboolean
summary_has (ScProgressPanel *panel,
             const char      *value,
             const char      *caption)
{
  g_autoptr(GPtrArray) cards = sc_test_find_widgets (GTK_WIDGET (panel), GTK_TYPE_FLOW_BOX_CHILD);

  for (guint i = 0; i < cards->len; i++)
    {
      GtkWidget *box = gtk_flow_box_child_get_child (g_ptr_array_index (cards, i));
      GtkWidget *first = gtk_widget_get_first_child (box);
      GtkWidget *second = gtk_widget_get_next_sibling (first);

      if (g_str_equal (gtk_label_get_label (GTK_LABEL (first)), value) &&
          g_str_equal (gtk_label_get_label (GTK_LABEL (second)), caption))
        return TRUE;
    }

  return FALSE;
}

static int
chart_height (ScChartView *chart,
              int          width)
{
  int height = 0;

  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);

  return height;
}

/* SHOPCRAFT_PROGRESS_SHOTS=DIR keeps pictures of the page, to look at:
 * with a fortnight's reading added, in each style and at two sizes. */
static void
pictures (ScWindow *window)
{
  const char *dir = g_getenv ("SHOPCRAFT_PROGRESS_SHOTS");
  const char *styles[] = { "light", "dark", "presentation" };
  sqlite3 *db = sc_database_get_handle (sc_context_get_database (context ()));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GFile) folder = NULL;

  if (dir == NULL || *dir == '\0')
    return;

  for (int day = 1; day < 14; day++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_days (now, -day);
      g_autofree char *stamp = g_date_time_format (then, "%Y-%m-%dT%H:%M:%S.000Z");
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *sql = NULL;

      if (day % 4 == 3)
        continue;
      sql = g_strdup_printf ("INSERT INTO reading_sessions (registration, learner_id, course_id,"
                             " lesson_id, started_at, heartbeat_at, active_secs, closed_at)"
                             " VALUES ('%s', %" G_GINT64_FORMAT ", '%s', 'x', '%s', '%s', %d, '%s')",
                             uuid, sc_context_get_learner (context ())->id,
                             sc_course_get_id (sc_context_get_course (context ())),
                             stamp, stamp, (day * 397) % 2400 + 240, stamp);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }

  /* The exported files too, to look at. */
  folder = g_file_new_for_path (dir);
  show_progress (window);
  g_assert_true (sc_progress_panel_export_to (SC_PROGRESS_PANEL (sc_window_get_visible_panel (window)),
                                              folder));

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      gboolean presenting = g_str_equal (styles[i], "presentation");

      for (int size = 0; size < 2; size++)
        {
          g_autofree char *name = g_strdup_printf ("progress-%s-%s.png", styles[i],
                                                   size == 0 ? "normal" : "big");
          g_autofree char *end_name = g_strdup_printf ("progress-%s-%s-end.png", styles[i],
                                                       size == 0 ? "normal" : "big");
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autofree char *end_path = g_build_filename (dir, end_name, NULL);
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) expanders = NULL;
          GtkAdjustment *adjustment;
          GtkWidget *scroller;

          adw_style_manager_set_color_scheme (manager, g_str_equal (styles[i], "dark")
                                                       ? ADW_COLOR_SCHEME_FORCE_DARK
                                                       : ADW_COLOR_SCHEME_FORCE_LIGHT);
          if (presenting)
            gtk_widget_add_css_class (GTK_WIDGET (window), "presentation");
          gtk_window_set_default_size (GTK_WINDOW (window), size == 0 ? 1280 : 1920,
                                       size == 0 ? 800 : 1080);
          show_progress (window);
          gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
          sc_test_settle (GTK_WIDGET (window), 4);
          g_assert_true (sc_screenshot_save (GTK_WIDGET (window), path, &error));
          g_assert_no_error (error);

          /* And the end of the page, with the last table open. */
          expanders = sc_test_find_widgets (GTK_WIDGET (sc_window_get_visible_panel (window)),
                                            GTK_TYPE_EXPANDER);
          gtk_expander_set_expanded (g_ptr_array_index (expanders, expanders->len - 1), TRUE);
          sc_test_settle (GTK_WIDGET (window), 3);
          scroller = sc_test_find_widget (GTK_WIDGET (sc_window_get_visible_panel (window)),
                                          GTK_TYPE_SCROLLED_WINDOW, "progress-scroller");
          adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
          sc_test_settle (GTK_WIDGET (window), 3);
          g_assert_true (sc_screenshot_save (GTK_WIDGET (window), end_path, &error));
          g_assert_no_error (error);
          gtk_adjustment_set_value (adjustment, 0);
          gtk_widget_remove_css_class (GTK_WIDGET (window), "presentation");
        }
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* Exported into a new folder: a CSV and a PNG a section, the CSV the
 * table twin, the PNG the chart at the export's size; the portfolio page
 * showing those charts; and a toast. */
static void
assert_exports (ScWindow        *window,
                ScProgressPanel *panel)
{
  g_autofree char *dir = sc_test_make_tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "gone", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) gone = g_file_new_for_path (missing);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  const char *ids[] = { "skills", "modules", "reading", "quizzes" };
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GList) toplevels = NULL;
  GtkWidget *details = NULL;
  GtkWidget *dialog = NULL;
  guint n_files = 0;

  g_assert_true (sc_progress_panel_export_to (panel, folder));
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 9);

  {
    g_autofree char *page = g_strdup_printf ("%s/shopcraft-portfolio-%s-ada.html", dir, day);
    g_autofree char *chart = g_strdup_printf ("<img src=\"shopcraft-progress-%s-skills.png\"", day);
    g_autofree char *html = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_get_contents (page, &html, NULL, &error));
    g_assert_no_error (error);
    g_assert_nonnull (strstr (html, "<h1>Portfolio of "));
    g_assert_nonnull (strstr (html, chart));
    g_assert_nonnull (strstr (html, "<h2>Written Answers</h2>"));
    g_assert_nonnull (strstr (html, "<h2>Practice Stores</h2>"));
  }

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *csv = g_strdup_printf ("%s/shopcraft-progress-%s-%s.csv", dir, day, ids[i]);
      g_autofree char *png = g_strdup_printf ("%s/shopcraft-progress-%s-%s.png", dir, day, ids[i]);
      g_autofree char *name = g_strdup_printf ("progress-%s", ids[i]);
      g_autofree char *contents = NULL;
      g_autoptr(GPtrArray) rows = table_rows (panel, name);
      g_autoptr(GdkTexture) picture = NULL;
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) lines = NULL;

      g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
      g_assert_no_error (error);
      lines = g_strsplit (contents + 3, "\r\n", -1);
      /* Each line the table's row, as RFC 4180 writes it. */
      g_assert_cmpuint (g_strv_length (lines), ==, rows->len + 1);
      for (guint j = 0; j < rows->len; j++)
        {
          g_autofree char *expected = NULL;
          g_auto(GStrv) cells = g_strsplit (g_ptr_array_index (rows, j), " | ", -1);

          for (guint k = 0; cells[k] != NULL; k++)
            if (strpbrk (cells[k], ",\"") != NULL)
              {
                g_autofree char *plain = cells[k];
                g_auto(GStrv) parts = g_strsplit (plain, "\"", -1);
                g_autofree char *doubled = g_strjoinv ("\"\"", parts);

                cells[k] = g_strdup_printf ("\"%s\"", doubled);
              }
          expected = g_strjoinv (",", cells);
          g_assert_cmpstr (lines[j], ==, expected);
        }

      picture = gdk_texture_new_from_filename (png, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_texture_get_width (picture), ==, 1440);
      g_assert_cmpint (gdk_texture_get_height (picture), >, 100);
    }
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (window), "Saved 9 files in"));
  /* The learner's page is one click away. */
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (window), "Open Portfolio"));

  /* A folder that is not there: an error toast, nothing written. */
  g_assert_false (sc_progress_panel_export_to (panel, gone));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (window), "Could not export to"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  /* Its details name the file, in a dialog (the toast then goes). */
  buttons = sc_test_find_widgets (GTK_WIDGET (window), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *label = gtk_button_get_label (GTK_BUTTON (button));

      if (gtk_widget_get_mapped (button) && g_strcmp0 (label, "_Details") == 0)
        details = button;
    }
  g_assert_nonnull (details);
  g_signal_emit_by_name (details, "clicked");
  sc_test_settle (GTK_WIDGET (window), 2);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "shopcraft-progress-"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  sc_test_wait_toasts_still ();
  g_assert_false (sc_test_has_label_containing (GTK_WIDGET (window), "Could not export to"));

  sc_test_remove_tree (dir);
}

static gboolean
chooser_shown (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
      return data == NULL;

  return data != NULL;
}

static void
test_empty (void)
{
  ScWindow *window;
  ScProgressPanel *panel;
  GtkWidget *button;
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Nobody Yet");

  window = sc_test_window_new (app, 1280, 800);
  panel = show_progress (window);
  g_assert_cmpstr (visible_page (panel), ==, "empty");
  /* Nothing to export yet. */
  g_assert_false (gtk_widget_get_sensitive (sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_BUTTON,
                                                                 "progress-export")));

  /* Its button leads to the lessons. */
  button = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_BUTTON, "progress-go-learn");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (SC_IS_LEARN_PANEL (sc_window_get_visible_panel (window)));

  sc_test_close_window (GTK_WINDOW (window));
}

/* A quiz of the course's order fulfilment bank with the one true/false
 * question OF-Q03 ("false" is right), answered @right or not. */
static void
take_quiz (ScCourse  *course,
           gboolean   right)
{
  const ScAttemptQuiz *course_quiz = sc_course_lookup_quiz (course, "order-fulfilment-quiz");
  g_autoptr(ScAttemptQuiz) quiz = NULL;
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScResponse) response = sc_response_new ();
  g_autoptr(GError) error = NULL;
  ScDatabase *database = sc_context_get_database (context ());
  guint choice = G_MAXUINT;

  g_assert_nonnull (course_quiz);
  quiz = sc_attempt_quiz_new ("progress-test-quiz", course_quiz->bank);
  quiz->title = g_strdup ("Order lifecycle check");
  quiz->course_id = g_strdup (sc_course_get_id (course));
  quiz->pass_fraction = 0.5;
  sc_attempt_quiz_add_question (quiz, "OF-Q03");

  attempt = sc_attempt_start (database, sc_context_get_learner (context ()), course, NULL, quiz, 7,
                              NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sc_attempt_get_slot (attempt, 1)->question->answers->len; i++)
    {
      ScQuestionAnswer *answer = g_ptr_array_index (sc_attempt_get_slot (attempt, 1)->question->answers, i);

      if ((answer->fraction > 0.5) == right)
        choice = i;
    }
  g_assert_cmpuint (choice, !=, G_MAXUINT);
  sc_response_add_choice (response, choice);
  g_assert_true (sc_attempt_save_response (attempt, database, 1, response, NULL, &error));
  g_assert_true (sc_attempt_submit (attempt, database, NULL, &error));
  g_assert_no_error (error);
}

static void
test_report (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Ada");
  ScCourse *course = sc_context_get_course (context ());
  ScDatabase *database = sc_context_get_database (context ());
  GPtrArray *lessons = sc_course_get_lessons (course);
  g_autofree char *registration = NULL;
  g_autofree char *lessons_done = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ScProgressPanel *panel;
  ScChartSeries *series;
  ScWindow *window;
  g_autoptr(GPtrArray) expanders = NULL;
  int normal_height;

  sc_test_wait_until (search_ready, NULL, "the course's banks and index");

  /* Two lessons done, twelve minutes of reading in a third. */
  for (guint i = 0; i < 2; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);

      g_assert_true (sc_progress_complete_lesson (database, learner, course, lesson->id, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sc_progress_open_lesson (database, learner, course,
                                          ((ScLesson *) g_ptr_array_index (lessons, 2))->id,
                                          &registration, &error));
  g_assert_true (sc_progress_close_session (database, learner, course, registration, 720, &error));
  g_assert_no_error (error);
  take_quiz (course, FALSE);
  take_quiz (course, TRUE);

  window = sc_test_window_new (app, 1280, 800);
  panel = show_progress (window);
  g_assert_cmpstr (visible_page (panel), ==, "report");

  lessons_done = g_strdup_printf ("2 of %u", lessons->len);
  g_assert_true (summary_has (panel, lessons_done, "Lessons done"));
  g_assert_true (summary_has (panel, "12 min", "Reading time"));
  g_assert_true (summary_has (panel, "1 of 2", "Quiz attempts passed"));

  /* Skills: every competency of the course; OF-Q03 is tagged with two,
   * and its latest answer was right. */
  series = sc_chart_view_get_series (section_chart (panel, "progress-skills"));
  g_assert_cmpuint (sc_chart_series_get_n_points (series), ==, sc_course_get_competencies (course)->len);
  for (guint i = 0; i < sc_chart_series_get_n_points (series); i++)
    {
      ScCompetency *competency = g_ptr_array_index (sc_course_get_competencies (course), i);

      g_assert_cmpstr (sc_chart_series_get_label (series, i), ==, competency->title);
      if (g_str_equal (competency->id, "fulfilment.order-lifecycle") ||
          g_str_equal (competency->id, "fulfilment.exceptions"))
        {
          g_assert_cmpstr (sc_chart_series_get_value_text (series, i), ==, "100 %");
          g_assert_cmpfloat (sc_chart_series_get_value (series, i), ==, 100.0);
        }
      else
        {
          g_assert_cmpstr (sc_chart_series_get_value_text (series, i), ==, "No answers yet");
        }
    }
  assert_twins (panel, "progress-skills", 3, FALSE);

  /* What a screen reader hears of the chart: its title and its points. */
  summary = sc_chart_view_dup_summary (section_chart (panel, "progress-skills"));
  g_assert_true (g_str_has_prefix (summary, "Mastery of each skill. "));
  g_assert_nonnull (strstr (summary, ": 100 %"));

  assert_twins (panel, "progress-modules", 1, FALSE);
  series = sc_chart_view_get_series (section_chart (panel, "progress-modules"));
  g_assert_cmpuint (sc_chart_series_get_n_points (series), ==, sc_course_get_n_modules (course));

  /* Today's column is the last, with the twelve minutes. */
  series = sc_chart_view_get_series (section_chart (panel, "progress-reading"));
  g_assert_cmpuint (sc_chart_series_get_n_points (series), ==, 14);
  g_assert_cmpstr (sc_chart_series_get_value_text (series, 13), ==, "12");
  g_assert_cmpfloat (sc_chart_series_get_value (series, 13), ==, 12.0);
  g_assert_cmpstr (sc_chart_series_get_value_text (series, 12), ==, "0");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = table_rows (panel, "progress-reading");
  g_assert_cmpuint (rows->len, ==, 15);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, 14), " | 12 min"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (rows, 13), " | None"));
  /* Days as written, with no padding before a one-digit day. */
  for (guint i = 0; i < 14; i++)
    {
      g_assert_null (strstr (sc_chart_series_get_label (series, i), "  "));
      g_assert_null (strstr (sc_chart_series_get_label (series, i), "\u2007"));
      g_assert_null (strstr (g_ptr_array_index (rows, i + 1), "  "));
      g_assert_null (strstr (g_ptr_array_index (rows, i + 1), "\u2007"));
    }

  /* Quizzes: the chart oldest first, the table newest first. */
  series = sc_chart_view_get_series (section_chart (panel, "progress-quizzes"));
  g_assert_cmpuint (sc_chart_series_get_n_points (series), ==, 2);
  g_assert_cmpstr (sc_chart_series_get_value_text (series, 0), ==, "0 %");
  g_assert_cmpstr (sc_chart_series_get_value_text (series, 1), ==, "100 %");
  assert_twins (panel, "progress-quizzes", 2, TRUE);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = table_rows (panel, "progress-quizzes");
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 1), "Order lifecycle check | 100 % | Passed"));
  g_assert_nonnull (strstr (g_ptr_array_index (rows, 2), "| 0 % | Not passed"));

  /* The keyboard path through the page: from the first "Show as a
   * Table" expander, Tab goes straight to the next, and so on (not to
   * each figure, nor to the table cells). Real key presses: GTK's focus
   * chain is what the window's Tab handler walks. */
  expanders = sc_test_find_widgets (GTK_WIDGET (panel), GTK_TYPE_EXPANDER);
  g_assert_cmpuint (expanders->len, ==, 4);
  if (sc_test_have_xdotool ())
    {
      g_assert_true (gtk_widget_grab_focus (g_ptr_array_index (expanders, 0)));
      for (guint i = 1; i < expanders->len; i++)
        {
          sc_test_xdotool (GTK_WIDGET (window), "key", "Tab", NULL);
          sc_test_settle (GTK_WIDGET (window), 1);
          g_assert_true (gtk_widget_has_focus (g_ptr_array_index (expanders, i)));
        }
    }

  /* Presentation mode's larger text reaches the charts. */
  normal_height = chart_height (section_chart (panel, "progress-skills"), 800);
  gtk_widget_add_css_class (GTK_WIDGET (window), "presentation");
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_cmpint (chart_height (section_chart (panel, "progress-skills"), 800), >,
                   normal_height * 3 / 2);
  gtk_widget_remove_css_class (GTK_WIDGET (window), "presentation");

  g_assert_true (gtk_widget_get_sensitive (sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_BUTTON,
                                                               "progress-export")));
  assert_exports (window, panel);

  /* Ctrl+E asks for the folder; cancelling leaves it be. Not in the
   * sanitized run: the chooser's places sidebar starts GIO's volume
   * monitor and libcloudproviders, whose singletons live till exit. */
  if (sc_test_have_xdotool () && g_getenv ("ASAN_OPTIONS") == NULL)
    {
      sc_test_xdotool (GTK_WIDGET (window), "key", "ctrl+e", NULL);
      sc_test_wait_until (chooser_shown, NULL, "the folder chooser");
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      {
        g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

        for (GList *l = toplevels; l != NULL; l = l->next)
          if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
            {
              g_assert_cmpint (gtk_file_chooser_get_action (l->data), ==,
                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
              gtk_dialog_response (GTK_DIALOG (l->data), GTK_RESPONSE_CANCEL);
            }
      }
      G_GNUC_END_IGNORE_DEPRECATIONS
      sc_test_wait_until (chooser_shown, GINT_TO_POINTER (1), "the folder chooser to go");
    }

  pictures (window);
  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *course_dir = NULL;
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-progress-panel: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();
  data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/progress-panel/empty", test_empty);
  g_test_add_func ("/progress-panel/report", test_report);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (data_dir);
  g_free (data_dir);

  return status;
}
