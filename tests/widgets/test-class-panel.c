/* test-class-panel.c - the Class section's grading queue: an essay submitted by a learner is graded there
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Learners' attempts are made through the core, as the quiz player makes
 * them; the grading is done through the page as an instructor does it,
 * the mark typed into the score, the comment into the text view, saved
 * with Ctrl+Enter (a real key press when xdotool is there). The review
 * the learner then sees is built as the quiz player builds it.
 */
#include "config.h"

#include <string.h>

#include <gdk/x11/gdkx.h>
#include <sqlite3.h>

#include "sc-chart-view.h"
#include "sc-class-panel.h"
#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-grading.h"
#include "sc-moodle-xml-reader.h"
#include "sc-question-bank.h"
#include "sc-quiz-review.h"
#include "sc-report-section-view.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

#define BANK "Order fulfilment"

static ScApplication *app;
static char *data_dir;

static ScDatabase *
database (void)
{
  return sc_context_get_database (sc_application_get_context (app));
}

/* Who gave the newest grade in an attempt, as stored with it. */
static char *
grader_of (const char *attempt_uuid)
{
  sqlite3 *db = sc_database_get_handle (database ());
  sqlite3_stmt *stmt = NULL;
  char *grader;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT grader FROM manual_grades WHERE attempt = ?1"
                                           " ORDER BY graded_at DESC LIMIT 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, attempt_uuid, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  grader = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return grader;
}

static void
import_bank (void)
{
  g_autofree char *file = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                            "ecommerce-operations", "questions", "order-fulfilment.xml", NULL);
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (BANK);
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;

  questions = sc_moodle_xml_read_file (file, SC_MOODLE_XML_READ_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_question_bank_save (database (), info, questions, &error));
  g_assert_no_error (error);
}

/* A learner's attempt at the essay OF-Q11 (3 marks) and OF-Q03, submitted
 * with the essay written: it waits for a grader. Returns its UUID. */
static char *
submit_essay (const char *learner_name,
              const char *text,
              int         minutes_ago)
{
  g_autoptr(ScAttemptQuiz) quiz = sc_attempt_quiz_new ("fulfilment-check", BANK);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_minutes (now, -minutes_ago);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScResponse) response = sc_response_new ();
  g_autoptr(GError) error = NULL;

  quiz->title = g_strdup ("Fulfilment check");
  quiz->pass_fraction = 0.5;
  sc_attempt_quiz_add_question (quiz, "OF-Q11");
  sc_attempt_quiz_add_question (quiz, "OF-Q03");
  learner = sc_learner_create (database (), learner_name, &error);
  g_assert_no_error (error);
  attempt = sc_attempt_start (database (), learner, NULL, NULL, quiz, 4, then, &error);
  g_assert_no_error (error);
  sc_response_set_text (response, text);
  g_assert_true (sc_attempt_save_response (attempt, database (), 1, response, then, &error));
  g_assert_no_error (error);
  g_assert_true (sc_attempt_submit (attempt, database (), then, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_state (attempt), ==, SC_ATTEMPT_NEEDS_GRADING);

  return g_strdup (sc_attempt_get_uuid (attempt));
}

static ScClassPanel *
show_class (ScWindow *window)
{
  ScPanel *panel;

  /* Away and back: the page reads the queue each time it is shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "progress"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "class"));
  sc_test_wait_ready (window);
  panel = sc_window_get_visible_panel (window);
  g_assert_true (SC_IS_CLASS_PANEL (panel));
  sc_test_settle (GTK_WIDGET (window), 2);

  return SC_CLASS_PANEL (panel);
}

static gboolean
box_has_label (GtkWidget  *root,
               const char *text)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (labels->pdata[i]), text) != NULL)
      return TRUE;

  return FALSE;
}

/* A real key press through the X server; FALSE without xdotool. */
static gboolean
press_key (GtkWindow  *window,
           const char *key)
{
  if (!sc_test_have_xdotool ())
    return FALSE;
  sc_test_xdotool (GTK_WIDGET (window), "key", key, NULL);

  return TRUE;
}

static gboolean
no_welcome (gpointer data)
{
  return !sc_test_has_label_containing (data, "Welcome to Shopcraft");
}

/* Pictures for a person to look at, when SHOPCRAFT_GRADING_SHOTS names a folder. */
static void
shot (GtkWidget  *widget,
      const char *name)
{
  const char *dir = g_getenv ("SHOPCRAFT_GRADING_SHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL || *dir == '\0')
    return;
  /* The first run's welcome goes by itself; the page is what is wanted. */
  sc_test_wait_until (no_welcome, widget, "the welcome toast to go");
  gtk_window_set_focus_visible (GTK_WINDOW (widget), FALSE);
  sc_test_settle (widget, 3);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (sc_screenshot_save (widget, path, &error));
  g_assert_no_error (error);
}

static GtkListBox *
queue_list (ScClassPanel *panel)
{
  GtkWidget *list = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX, "grading-queue");

  g_assert_nonnull (list);

  return GTK_LIST_BOX (list);
}

static guint
n_rows (ScClassPanel *panel)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (queue_list (panel), (int) n) != NULL)
    n++;

  return n;
}

static GtkWidget *
find (ScClassPanel *panel,
      GType         type,
      const char   *name)
{
  GtkWidget *widget = sc_test_find_widget (GTK_WIDGET (panel), type, name);

  g_assert_nonnull (widget);

  return widget;
}

static void
test_grading (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  const char *styles[] = { "light", "dark", "presentation" };
  g_autofree char *ada = NULL;
  g_autofree char *grace = NULL;
  g_autoptr(ScLearner) ada_learner = NULL;
  g_autoptr(ScAttempt) graded = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *review = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  ScClassPanel *panel;
  GtkSpinButton *score;
  GtkTextView *comment;

  g_object_ref_sink (review);

  /* Nothing submitted: the page says so. */
  panel = show_class (window);
  g_assert_cmpuint (sc_class_panel_get_n_to_grade (panel), ==, 0);
  g_assert_true (gtk_widget_get_mapped (find (panel, ADW_TYPE_STATUS_PAGE, "grading-empty")));
  shot (GTK_WIDGET (window), "grading-empty-light.png");

  import_bank ();
  ada = submit_essay ("Ada Lovelace", "Hold it, verify the address with the customer, then capture.", 150);
  grace = submit_essay ("Grace Hopper", "Cancel it at once.", 20);

  /* The queue: both learners' essays, oldest first, with their answers. */
  panel = show_class (window);
  g_assert_cmpuint (sc_class_panel_get_n_to_grade (panel), ==, 2);
  g_assert_cmpuint (n_rows (panel), ==, 2);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Grading"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "2 answers await a mark"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Ada Lovelace"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Fulfilment check · A high-risk order · 2 hours ago"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Order #1088"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find (panel, GTK_TYPE_LABEL, "grading-answer"))), ==,
                   "Hold it, verify the address with the customer, then capture.");
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (find (panel, GTK_TYPE_LABEL, "grading-answer"))));
  score = GTK_SPIN_BUTTON (find (panel, GTK_TYPE_SPIN_BUTTON, "grading-score"));
  comment = GTK_TEXT_VIEW (find (panel, GTK_TYPE_TEXT_VIEW, "grading-comment"));
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (score)), ==, 3.0);
  g_assert_cmpfloat (gtk_adjustment_get_step_increment (gtk_spin_button_get_adjustment (score)), ==, 0.5);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (score), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (comment), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (queue_list (panel)),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* Each style; on a projector no learner's name is shown. */
  gtk_spin_button_set_value (score, 2.5);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (comment), "Clear steps; say who you contact.", -1);
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      g_autofree char *name = g_strdup_printf ("grading-queue-%s.png", styles[s]);

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          s == 1 ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      if (s == 2)
        gtk_widget_add_css_class (GTK_WIDGET (window), "presentation");
      sc_test_settle (GTK_WIDGET (window), 2);
      if (s == 2)
        {
          g_assert_false (sc_test_has_label_containing (GTK_WIDGET (window), "Ada"));
          g_assert_false (sc_test_has_label_containing (GTK_WIDGET (window), "Grace"));
          g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Learner 1"));
          g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Learner 2"));
          /* The grade being typed is kept. */
          g_assert_cmpfloat (gtk_spin_button_get_value (score), ==, 2.5);
        }
      shot (GTK_WIDGET (window), name);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (window), "presentation");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Ada Lovelace"));

  /* Out of range: the score cannot go past the question's marks. */
  gtk_spin_button_set_value (score, 7);
  g_assert_cmpfloat (gtk_spin_button_get_value (score), ==, 3.0);
  gtk_spin_button_set_value (score, 2.5);

  /* Ctrl+Enter from inside the comment saves and moves on. */
  gtk_widget_grab_focus (GTK_WIDGET (comment));
  if (!press_key (GTK_WINDOW (window), "ctrl+Return"))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "grading.save", NULL));
  g_assert_cmpuint (sc_class_panel_get_n_to_grade (panel), ==, 1);
  g_assert_cmpuint (n_rows (panel), ==, 1);
  g_assert_false (sc_test_has_label_containing (GTK_WIDGET (panel), "Ada Lovelace"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Grace Hopper"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find (panel, GTK_TYPE_LABEL, "grading-answer"))), ==,
                   "Cancel it at once.");
  /* Ready to type the next score. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_nonnull (focus);
    g_assert_true (focus == GTK_WIDGET (score) || gtk_widget_is_ancestor (focus, GTK_WIDGET (score)));
  }
  /* The comment is not carried over to the next learner. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (comment);

    g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  }

  /* Ada's review shows the mark and the comment instead of "pending". */
  ada_learner = sc_learner_lookup_name (database (), "Ada Lovelace", &error);
  g_assert_no_error (error);
  graded = sc_attempt_load (database (), ada_learner, NULL, NULL, ada, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_state (graded), ==, SC_ATTEMPT_FINISHED);
  sc_quiz_review_fill_results (GTK_BOX (review), graded);
  g_assert_false (box_has_label (review, "pending"));
  g_assert_true (box_has_label (review, "Question 1 · Graded · 2.5 / 3 marks"));
  g_assert_true (box_has_label (review, "Grader’s comment: Clear steps; say who you contact."));
  g_assert_true (box_has_label (review, "Passed"));
  /* The grade names who gave it: the person this copy of Shopcraft works for. */
  {
    g_autofree char *grader = grader_of (ada);
    const ScLearner *me = sc_context_get_learner (sc_application_get_context (app));

    g_assert_nonnull (me);
    g_assert_cmpstr (grader, ==, me->display_name);
  }

  /* The last one: nothing left to grade. */
  gtk_spin_button_set_value (score, 0.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "grading.save", NULL));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_cmpuint (sc_class_panel_get_n_to_grade (panel), ==, 0);
  g_assert_true (gtk_widget_get_mapped (find (panel, ADW_TYPE_STATUS_PAGE, "grading-empty")));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Nothing to Grade"));

  g_object_unref (review);
  sc_test_close_window (GTK_WINDOW (window));
}

static int
count_statements (const char *registration)
{
  sqlite3 *db = sc_database_get_handle (database ());
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM statements WHERE registration = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, registration, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return n;
}

static char *
comment_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* "Graded" lists the answers marked already, newest first, with the mark
 * and comment; picking one fills the form, and saving regrades it: the
 * new mark replaces the old with one new statement. */
static void
test_regrade (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  g_autofree char *uuid = NULL;
  g_autofree char *typed = NULL;
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScQuestionBankInfo) bank = NULL;
  g_autoptr(GError) error = NULL;
  ScClassPanel *panel;
  GtkSpinButton *score;
  GtkTextView *comment;
  GtkWidget *graded_button;
  GtkWidget *row;
  int before;

  bank = sc_question_bank_lookup (database (), BANK, NULL);
  if (bank == NULL)
    import_bank ();
  uuid = submit_essay ("Linus Torvalds", "Ship it.", 30);
  g_assert_true (sc_attempt_grade_essay (database (), NULL, NULL, uuid, 1, 1.0, "Too short.", NULL, NULL, &error));
  g_assert_no_error (error);

  panel = show_class (window);
  graded_button = find (panel, GTK_TYPE_TOGGLE_BUTTON, "grading-show-graded");
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (graded_button)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "grading.view", "s", "graded"));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (graded_button)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find (panel, GTK_TYPE_TOGGLE_BUTTON,
                                                                         "grading-show-queue"))));

  /* The newest grade first, with its mark and comment; the form holds them. */
  g_assert_cmpuint (n_rows (panel), >=, 1);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (queue_list (panel), 0));
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)));
  g_assert_true (box_has_label (row, "Linus Torvalds"));
  g_assert_true (box_has_label (row, "Fulfilment check · A high-risk order · 1 of 3 marks"));
  g_assert_true (box_has_label (row, "Too short."));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "answers graded") ||
                 sc_test_has_label_containing (GTK_WIDGET (panel), "1 answer graded"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find (panel, GTK_TYPE_LABEL, "grading-answer"))), ==, "Ship it.");
  score = GTK_SPIN_BUTTON (find (panel, GTK_TYPE_SPIN_BUTTON, "grading-score"));
  comment = GTK_TEXT_VIEW (find (panel, GTK_TYPE_TEXT_VIEW, "grading-comment"));
  g_assert_cmpfloat (gtk_spin_button_get_value (score), ==, 1.0);
  typed = comment_text (comment);
  g_assert_cmpstr (typed, ==, "Too short.");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find (panel, GTK_TYPE_BUTTON, "grading-save"))), ==,
                   "Save New _Grade");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  shot (GTK_WIDGET (window), "grading-graded-light.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  shot (GTK_WIDGET (window), "grading-graded-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Regrade: one new statement; the new mark and comment replace the old. */
  before = count_statements (uuid);
  gtk_spin_button_set_value (score, 1.5);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (comment), "Short, but the first step is right.", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "grading.save", NULL));
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_cmpint (count_statements (uuid), ==, before + 1);
  learner = sc_learner_lookup_name (database (), "Linus Torvalds", &error);
  g_assert_no_error (error);
  attempt = sc_attempt_load (database (), learner, NULL, NULL, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (sc_attempt_get_slot (attempt, 1)->mark, ==, 1.5);
  g_assert_cmpstr (sc_attempt_get_slot (attempt, 1)->grade_comment, ==, "Short, but the first step is right.");

  /* Still listed once, first, showing the new grade. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (queue_list (panel), 0));
  g_assert_true (box_has_label (row, "Linus Torvalds"));
  g_assert_true (box_has_label (row, "1.5 of 3 marks"));
  g_assert_true (box_has_label (row, "Short, but the first step is right."));
  g_assert_cmpfloat (gtk_spin_button_get_value (score), ==, 1.5);
  for (guint i = 1; i < n_rows (panel); i++)
    g_assert_false (box_has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (queue_list (panel), (int) i)),
                                   "Linus Torvalds"));

  /* Back to the queue. */
  g_signal_emit_by_name (find (panel, GTK_TYPE_TOGGLE_BUTTON, "grading-show-queue"), "clicked");
  sc_test_settle (GTK_WIDGET (window), 2);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (graded_button)));
  g_assert_true (sc_class_panel_get_n_to_grade (panel) == 0 ||
                 sc_test_has_label_containing (GTK_WIDGET (panel), "await"));

  sc_test_close_window (GTK_WINDOW (window));
}

/* SHOPCRAFT_PROGRESS_SHOTS=DIR keeps a picture of the Learners view. */
static void
learners_picture (ScWindow   *window,
                  const char *style)
{
  const char *dir = g_getenv ("SHOPCRAFT_PROGRESS_SHOTS");
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL || *dir == '\0')
    return;

  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  sc_test_settle (GTK_WIDGET (window), 3);
  name = g_strdup_printf ("class-learners-%s.png", style);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (sc_screenshot_save (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
}

/* The Learners view exported: its CSV (with @name's row saying @done)
 * and its chart, with a portfolio page a learner when names are shown
 * and none on a projector, and no other learner name than shown. */
static void
assert_export (ScClassPanel *panel,
               const char   *name,
               const char   *done)
{
  g_autofree char *dir = sc_test_make_tmp_dir ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *csv = g_strdup_printf ("%s/shopcraft-progress-%s-class.csv", dir, day);
  g_autofree char *png = g_strdup_printf ("%s/shopcraft-progress-%s-class.png", dir, day);
  g_autofree char *row = g_strdup_printf ("\r\n%s,%s,", name, done);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *file;
  guint n_pages = 0;

  g_assert_true (sc_class_panel_export_learners_to (panel, folder));
  g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "Learner,Lessons done,Modules mastered,Reading time,"));
  g_assert_nonnull (strstr (contents, row));
  if (g_str_has_prefix (name, "Learner "))
    g_assert_null (strstr (contents, "Ada"));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));

  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((file = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (file, "shopcraft-portfolio-"))
      n_pages++;
  if (g_str_has_prefix (name, "Learner "))
    {
      g_assert_cmpuint (n_pages, ==, 0);
    }
  else
    {
      g_autofree char *slug = g_ascii_strdown (name, -1);
      g_autofree char *page = NULL;
      g_autofree char *html = NULL;
      g_autofree char *title = g_strdup_printf ("<h1>Portfolio of %s: ", name);

      g_strdelimit (slug, " ", '-');
      page = g_strdup_printf ("%s/shopcraft-portfolio-%s-%s.html", dir, day, slug);
      g_assert_cmpuint (n_pages, >=, 1);
      g_assert_true (g_file_get_contents (page, &html, NULL, &error));
      g_assert_no_error (error);
      g_assert_nonnull (strstr (html, title));
      /* The class's chart is not the learner's: tables only. */
      g_assert_null (strstr (html, "<img"));
    }
  sc_test_remove_tree (dir);
}

/* The class at a glance: every learner with what each has done, as a
 * chart and its table; on a projector, numbers instead of names. */
static void
test_learners (void)
{
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScContext *context = sc_application_get_context (app);
  ScCourse *course = sc_test_wait_course (app);
  GPtrArray *lessons = sc_course_get_lessons (course);
  g_autoptr(ScLearner) ada = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  GtkWidget *switcher;
  GtkWidget *section;
  GtkWidget *chart;
  GtkWidget *expander;
  GtkWidget *grid;
  ScChartSeries *series;
  ScClassPanel *panel;
  gboolean found = FALSE;

  ada = sc_learner_create (database (), "Ada Overview", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (sc_progress_complete_lesson (database (), ada, course,
                                                  ((ScLesson *) g_ptr_array_index (lessons, i))->id,
                                                  &error));
      g_assert_no_error (error);
    }
  learners = sc_learner_list (database (), &error);
  g_assert_no_error (error);

  panel = show_class (window);
  switcher = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_STACK_SWITCHER, "class-views");
  g_assert_nonnull (switcher);
  gtk_stack_set_visible_child_name (gtk_stack_switcher_get_stack (GTK_STACK_SWITCHER (switcher)),
                                    "learners");
  sc_test_settle (GTK_WIDGET (window), 2);

  section = sc_test_find_widget (GTK_WIDGET (panel), SC_TYPE_REPORT_SECTION_VIEW, "progress-class");
  g_assert_nonnull (section);
  g_assert_true (gtk_widget_get_mapped (section));
  chart = sc_test_find_widget (section, SC_TYPE_CHART_VIEW, NULL);
  series = sc_chart_view_get_series (SC_CHART_VIEW (chart));
  g_assert_cmpuint (sc_chart_series_get_n_points (series), ==, learners->len);

  /* Ada's row: two lessons of the course done, nothing else yet. */
  done = g_strdup_printf ("2 of %u", lessons->len);
  for (guint i = 0; i < sc_chart_series_get_n_points (series); i++)
    if (g_str_equal (sc_chart_series_get_label (series, i), "Ada Overview"))
      {
        g_assert_cmpstr (sc_chart_series_get_value_text (series, i), ==, done);
        found = TRUE;
      }
  g_assert_true (found);
  expander = sc_test_find_widget (section, GTK_TYPE_EXPANDER, NULL);
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  grid = sc_test_find_widget (section, GTK_TYPE_GRID, NULL);
  g_assert_nonnull (grid);
  for (int row = 1; gtk_grid_get_child_at (GTK_GRID (grid), 0, row) != NULL; row++)
    if (g_str_equal (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, row))),
                     "Ada Overview"))
      {
        g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 1, row))),
                         ==, done);
        g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 4, row))),
                         ==, "None yet");
        g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 5, row))),
                         ==, "No answers yet");
      }

  learners_picture (window, "light");
  assert_export (panel, "Ada Overview", done);

  /* On a projector: "Learner N", and no learner's name anywhere. */
  gtk_widget_add_css_class (GTK_WIDGET (window), "presentation");
  sc_test_settle (GTK_WIDGET (window), 2);
  learners_picture (window, "presentation");
  g_assert_false (sc_test_has_label_containing (GTK_WIDGET (panel), "Ada Overview"));
  section = sc_test_find_widget (GTK_WIDGET (panel), SC_TYPE_REPORT_SECTION_VIEW, "progress-class");
  series = sc_chart_view_get_series (SC_CHART_VIEW (sc_test_find_widget (section, SC_TYPE_CHART_VIEW, NULL)));
  for (guint i = 0; i < sc_chart_series_get_n_points (series); i++)
    {
      g_autofree char *expected = g_strdup_printf ("Learner %u", i + 1);
      g_autofree char *summary = NULL;

      g_assert_cmpstr (sc_chart_series_get_label (series, i), ==, expected);
      summary = sc_chart_view_dup_summary (SC_CHART_VIEW (sc_test_find_widget (section, SC_TYPE_CHART_VIEW, NULL)));
      g_assert_null (strstr (summary, "Ada"));
    }
  /* An export from the projector is what it shows. */
  assert_export (panel, "Learner 1", "0 of 16");
  gtk_widget_remove_css_class (GTK_WIDGET (window), "presentation");
  g_assert_nonnull (sc_context_get_learner (context));

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
      g_printerr ("test-class-panel: no display\n");
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

  g_test_add_func ("/class-panel/grading", test_grading);
  g_test_add_func ("/class-panel/regrade", test_regrade);
  g_test_add_func ("/class-panel/learners", test_learners);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (data_dir);
  g_free (data_dir);

  return status;
}
