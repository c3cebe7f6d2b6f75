/* test-quiz-player.c - a quiz taken by keyboard alone, and an attempt that outlives its player
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questions come from the built-in bank "Listing essentials"
 * (data/courses/ecommerce-operations/questions/listing-essentials.xml),
 * imported with the Moodle XML reader as the app does.
 *
 * The keyboard test sends real key presses through the X server with
 * xdotool (XTest), so they travel GTK's whole way: the focus, the
 * question view's own number keys, the text fields, the player's
 * Alt+arrows and Ctrl+Enter, and the confirmation dialog.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <gdk/x11/gdkx.h>

#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-moodle-xml-reader.h"
#include "sc-question-bank.h"
#include "sc-screenshot.h"
#include "sc-quiz-player.h"
#include "sc-quiz-question-view.h"
#include "widget-test-util.h"

#define BANK "Listing essentials"

static ScApplication *app;

typedef struct
{
  char       *dir;
  char       *path;
  ScDatabase *database;
  ScLearner  *learner;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                            "ecommerce-operations", "questions",
                                            "listing-essentials.xml", NULL);
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (BANK);

  f->dir = sc_test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "quiz.db", NULL);
  f->database = sc_database_open (f->path, &error);
  g_assert_no_error (error);
  f->learner = sc_learner_ensure_default (f->database, &error);
  g_assert_no_error (error);

  questions = sc_moodle_xml_read_file (file, SC_MOODLE_XML_READ_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_question_bank_save (f->database, info, questions, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->learner, sc_learner_free);
  g_clear_object (&f->database);
  sc_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Single choice (first answer right), short answer "handle", numerical 7,
 * true/false (true), multiple response (first four right, 25 % each). */
static ScAttemptQuiz *
make_quiz (ScBehaviour behaviour)
{
  ScAttemptQuiz *quiz = sc_attempt_quiz_new ("listing-check", BANK);
  const char *ids[] = { "LE-Q01", "LE-Q04", "LE-Q05", "LE-Q03", "LE-Q02" };

  quiz->title = g_strdup ("Listing check");
  quiz->behaviour = behaviour;
  quiz->pass_fraction = 0.8;
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    sc_attempt_quiz_add_question (quiz, ids[i]);

  return quiz;
}

static GtkWindow *
show_player (GtkWidget *player)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_set_child (GTK_WINDOW (window), player);
  gtk_window_present (GTK_WINDOW (window));
  sc_test_settle (window, 2);

  return GTK_WINDOW (window);
}

/* Focuses @window's X window and runs `xdotool ARGS…` there, as a
 * learner at the keyboard would, spinning the main loop meanwhile. */
#define key(window, ...) sc_test_xdotool (GTK_WIDGET (window), "key", "--delay", "40", __VA_ARGS__, NULL)
#define type(window, text) sc_test_xdotool (GTK_WIDGET (window), "type", "--delay", "40", (text), NULL)

static ScQuizQuestionView *
question_view (ScQuizPlayer *player)
{
  GtkWidget *view = sc_test_find_widget (GTK_WIDGET (player), SC_TYPE_QUIZ_QUESTION_VIEW, NULL);

  g_assert_nonnull (view);

  return SC_QUIZ_QUESTION_VIEW (view);
}

static GtkWidget *
focus_of (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static void
assert_focus_in (GtkWindow *window,
                 GType      type)
{
  GtkWidget *focus = focus_of (window);

  g_assert_nonnull (focus);
  while (focus != NULL && !G_TYPE_CHECK_INSTANCE_TYPE (focus, type))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
}

static const ScAttemptSlot *
slot (ScQuizPlayer *player,
      guint         number)
{
  return sc_attempt_get_slot (sc_quiz_player_get_attempt (player), number);
}

typedef struct
{
  ScQuizPlayer *player;
  guint         number;
  const char   *page;
} Wait;

static gboolean
on_page (gpointer data)
{
  Wait *wait = data;

  return g_strcmp0 (sc_quiz_player_get_page (wait->player), wait->page) == 0 &&
         (wait->number == 0 || sc_quiz_player_get_current (wait->player) == wait->number);
}

static void
wait_page (ScQuizPlayer *player,
           const char   *page,
           guint         number)
{
  Wait wait = { player, number, page };

  sc_test_wait_until (on_page, &wait, page);
}

static GtkWindow *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* The list holds it on: a borrowed pointer is enough. */
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = sc_test_find_widget (root, GTK_TYPE_LABEL, name);

  g_assert_nonnull (label);

  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = make_quiz (SC_BEHAVIOUR_DEFERRED);
  ScQuizPlayer *player;
  GtkWindow *window;
  GtkWindow *dialog;
  g_autoptr(GPtrArray) options = NULL;
  g_autofree char *path = g_find_program_in_path ("xdotool");

  if (path == NULL)
    {
      g_test_skip ("xdotool is not installed (build-aux/test installs it)");
      return;
    }

  player = SC_QUIZ_PLAYER (sc_quiz_player_new (f->database, f->learner, NULL, quiz));
  window = show_player (GTK_WIDGET (player));
  g_assert_cmpstr (sc_quiz_player_get_page (player), ==, "start");
  /* A page of the window like any other: titled, and ready once shown. */
  g_assert_cmpstr (sc_panel_get_title (SC_PANEL (player)), ==, "Listing check");
  g_assert_true (sc_panel_get_ready (SC_PANEL (player)));
  gtk_widget_grab_focus (sc_test_find_widget (GTK_WIDGET (player), GTK_TYPE_BUTTON, "start_button"));

  /* Ctrl+Enter starts; the first option of question 1 has the focus. */
  key (window, "ctrl+Return");
  wait_page (player, "question", 1);
  assert_focus_in (window, GTK_TYPE_CHECK_BUTTON);

  /* Every option has an accessible name, and a number key picks it. */
  options = sc_test_find_widgets (GTK_WIDGET (question_view (player)), GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (options->len, ==, 4);
  for (guint i = 0; i < options->len; i++)
    g_assert_true (gtk_test_accessible_has_property (options->pdata[i], GTK_ACCESSIBLE_PROPERTY_LABEL));
  key (window, "3");
  g_assert_true (gtk_check_button_get_active (options->pdata[2]));
  key (window, "1");
  g_assert_true (gtk_check_button_get_active (options->pdata[0]));
  g_assert_false (gtk_check_button_get_active (options->pdata[2]));
  g_assert_cmpuint (g_array_index (slot (player, 1)->response->choices, guint, 0), ==, 0);

  /* Short answer: focus in the field, typed text saved as typed. */
  key (window, "alt+Right");
  wait_page (player, "question", 2);
  assert_focus_in (window, GTK_TYPE_ENTRY);
  type (window, "handle");
  g_assert_cmpstr (slot (player, 2)->response->text, ==, "handle");

  /* Numerical: a digit typed into the field stays a digit. */
  key (window, "alt+Right");
  wait_page (player, "question", 3);
  assert_focus_in (window, GTK_TYPE_ENTRY);
  key (window, "7");
  g_assert_cmpstr (slot (player, 3)->response->text, ==, "7");

  /* True/false, then three of the four right options. */
  key (window, "alt+Right");
  wait_page (player, "question", 4);
  key (window, "1");
  key (window, "alt+Right");
  wait_page (player, "question", 5);
  key (window, "1", "2", "3");
  g_assert_cmpuint (slot (player, 5)->response->choices->len, ==, 3);

  /* Alt+Left goes back and finds the answer kept. */
  key (window, "alt+Left");
  wait_page (player, "question", 4);
  options = (g_ptr_array_unref (options),
             sc_test_find_widgets (GTK_WIDGET (question_view (player)), GTK_TYPE_CHECK_BUTTON));
  g_assert_true (gtk_check_button_get_active (options->pdata[0]));
  key (window, "alt+Right");
  wait_page (player, "question", 5);

  /* Ctrl+Enter: the summary, then Submit, confirmed with Enter. */
  key (window, "ctrl+Return");
  wait_page (player, "summary", 0);
  {
    g_autoptr(GPtrArray) rows = sc_test_find_widgets (GTK_WIDGET (player), ADW_TYPE_ACTION_ROW);
    guint listed = 0;

    /* The five questions, besides the start page's five facts. */
    for (guint i = 0; i < rows->len; i++)
      listed += g_strcmp0 (gtk_actionable_get_action_name (rows->pdata[i]), "quiz.go") == 0;
    g_assert_cmpuint (listed, ==, 5);
  }
  key (window, "ctrl+Return");
  sc_test_wait_until (dialog_shown, NULL, "the confirmation");
  dialog = find_dialog ();
  key (dialog, "Return");
  wait_page (player, "review", 0);

  /* 1 + 1 + 1 + 1 + 0.75 of 5 marks: passed at 80 %. */
  g_assert_cmpint (sc_attempt_get_state (sc_quiz_player_get_attempt (player)), ==, SC_ATTEMPT_FINISHED);
  g_assert_cmpstr (label_text (GTK_WIDGET (player), "sc-quiz-score"), ==, "4.75 / 5");
  g_assert_true (g_str_has_prefix (label_text (GTK_WIDGET (player), "sc-quiz-verdict"), "Passed"));
  {
    g_autoptr(GPtrArray) results = sc_test_find_named (GTK_WIDGET (player), "sc-quiz-result");

    g_assert_cmpuint (results->len, ==, 5);
  }

  sc_test_close_window (window);
}

static void
test_resume (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = make_quiz (SC_BEHAVIOUR_DEFERRED);
  g_autoptr(ScAttempt) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) options = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *open = NULL;
  ScQuizPlayer *player;
  GtkWindow *window;
  GtkWidget *entry;

  player = SC_QUIZ_PLAYER (sc_quiz_player_new (f->database, f->learner, NULL, quiz));
  window = show_player (GTK_WIDGET (player));
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.start", NULL);
  wait_page (player, "question", 1);
  uuid = g_strdup (sc_attempt_get_uuid (sc_quiz_player_get_attempt (player)));

  /* Answers given through the inputs, one of them flagged. */
  options = sc_test_find_widgets (GTK_WIDGET (question_view (player)), GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (options->pdata[1], TRUE);
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.flag", NULL);
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.next", NULL);
  entry = sc_test_find_widget (GTK_WIDGET (question_view (player)), GTK_TYPE_ENTRY, "sc-quiz-answer");
  gtk_editable_set_text (GTK_EDITABLE (entry), "slug");
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.go", "u", 5);
  g_ptr_array_unref (options);
  options = sc_test_find_widgets (GTK_WIDGET (question_view (player)), GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (options->pdata[0], TRUE);
  gtk_check_button_set_active (options->pdata[4], TRUE);

  /* The app goes away mid-attempt; so does the database connection. */
  sc_test_close_window (window);
  g_clear_object (&f->database);
  f->database = sc_database_open (f->path, &error);
  g_assert_no_error (error);

  g_assert_true (sc_attempt_find_open (f->database, f->learner, NULL, "listing-check", &open, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (open, ==, uuid);
  loaded = sc_attempt_load (f->database, f->learner, NULL, NULL, open, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (sc_attempt_get_slot (loaded, 1)->response->choices, guint, 0), ==, 1);
  g_assert_true (sc_attempt_get_slot (loaded, 1)->flagged);
  g_assert_cmpstr (sc_attempt_get_slot (loaded, 2)->response->text, ==, "slug");
  g_assert_null (sc_attempt_get_slot (loaded, 3)->response);
  g_assert_cmpuint (sc_attempt_get_slot (loaded, 5)->response->choices->len, ==, 2);

  /* A new player offers to continue, at the first question unanswered,
   * and shows the kept answers. */
  player = SC_QUIZ_PLAYER (sc_quiz_player_new (f->database, f->learner, NULL, quiz));
  window = show_player (GTK_WIDGET (player));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (sc_test_find_widget (GTK_WIDGET (player), GTK_TYPE_BUTTON,
                                                                           "start_button"))),
                   ==, "_Continue Attempt");
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.start", NULL);
  wait_page (player, "question", 3);
  g_assert_cmpstr (sc_attempt_get_uuid (sc_quiz_player_get_attempt (player)), ==, uuid);
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.previous", NULL);
  entry = sc_test_find_widget (GTK_WIDGET (question_view (player)), GTK_TYPE_ENTRY, "sc-quiz-answer");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "slug");

  sc_test_close_window (window);
}

static void picture (GtkWindow  *window,
                     const char *style,
                     const char *page);

static GPtrArray *
view_widgets (ScQuizPlayer *player,
              GType         type)
{
  return sc_test_find_widgets (GTK_WIDGET (question_view (player)), type);
}

/* The position of @value in @array, which must hold it. */
static guint
position_of (GArray *array,
             guint   value)
{
  for (guint i = 0; array != NULL && i < array->len; i++)
    if (g_array_index (array, guint, i) == value)
      return i;

  return value;
}

/* Matching by drop-downs, ordering by Move buttons, cloze by gap fields
 * and drop-downs: each answered right through its inputs, saved as it
 * changes, and marked right in the review. */
static void
test_other_types (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = sc_attempt_quiz_new ("listing-more", BANK);
  const char *gaps[] = { "12", "13", "14" };
  const ScAttemptSlot *matching;
  const ScAttemptSlot *cloze;
  ScQuizPlayer *player;
  GtkWindow *window;
  GtkWindow *dialog;
  ScAttempt *attempt;

  sc_attempt_quiz_add_question (quiz, "LE-Q07");
  sc_attempt_quiz_add_question (quiz, "LE-Q08");
  sc_attempt_quiz_add_question (quiz, "LE-Q09");
  quiz->shuffle_answers = TRUE;
  player = SC_QUIZ_PLAYER (sc_quiz_player_new (f->database, f->learner, NULL, quiz));
  window = show_player (GTK_WIDGET (player));
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.start", NULL);
  wait_page (player, "question", 1);
  attempt = sc_quiz_player_get_attempt (player);

  /* Each stem gets its own answer. */
  matching = sc_attempt_get_slot (attempt, 1);
  {
    g_autoptr(GPtrArray) dropdowns = view_widgets (player, GTK_TYPE_DROP_DOWN);

    g_assert_cmpuint (dropdowns->len, ==, matching->stems->len);
    for (guint i = 0; i < dropdowns->len; i++)
      {
        guint stem = g_array_index (matching->stems, guint, i);

        g_assert_true (gtk_test_accessible_has_property (dropdowns->pdata[i], GTK_ACCESSIBLE_PROPERTY_LABEL));
        gtk_drop_down_set_selected (dropdowns->pdata[i], position_of (matching->choices, stem) + 1);
      }
    g_assert_cmpuint (matching->response->pairs->len, >=, dropdowns->len);
  }
  picture (window, "light", "matching");

  /* Moved down until in order: Move Down of the first item out of place. */
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.next", NULL);
  for (guint moves = 0; moves < 50; moves++)
    {
      const ScAttemptSlot *ordering = sc_attempt_get_slot (attempt, 2);
      GArray *order = ordering->response != NULL ? ordering->response->order : ordering->items;
      g_autoptr(GPtrArray) buttons = view_widgets (player, GTK_TYPE_BUTTON);
      guint i;

      for (i = 0; i + 1 < order->len; i++)
        if (g_array_index (order, guint, i) > g_array_index (order, guint, i + 1))
          break;
      if (i + 1 >= order->len)
        break;
      /* Each item has Move Up, then Move Down. */
      g_assert_cmpuint (buttons->len, ==, 2 * order->len);
      g_assert_true (gtk_test_accessible_has_property (buttons->pdata[2 * i + 1], GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_signal_emit_by_name (buttons->pdata[2 * i + 1], "clicked");
    }
  g_assert_nonnull (sc_attempt_get_slot (attempt, 2)->response);
  picture (window, "light", "ordering");

  /* Gaps: three numbers, then the first answer of each choice. */
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.next", NULL);
  cloze = sc_attempt_get_slot (attempt, 3);
  {
    g_autoptr(GPtrArray) entries = view_widgets (player, GTK_TYPE_ENTRY);
    g_autoptr(GPtrArray) dropdowns = view_widgets (player, GTK_TYPE_DROP_DOWN);

    g_assert_cmpuint (entries->len, ==, 3);
    g_assert_cmpuint (dropdowns->len, ==, 2);
    for (guint i = 0; i < entries->len; i++)
      gtk_editable_set_text (entries->pdata[i], gaps[i]);
    for (guint i = 0; i < dropdowns->len; i++)
      {
        GArray *shown = cloze->part_choices != NULL ? g_ptr_array_index (cloze->part_choices, 3 + i) : NULL;

        gtk_drop_down_set_selected (dropdowns->pdata[i], position_of (shown, 0) + 1);
      }
    g_assert_cmpuint (cloze->response->parts->len, ==, 5);
  }
  picture (window, "light", "cloze");
  /* The stem shows numbered gaps, never the answers inside them. */
  {
    GtkWidget *stem = sc_test_find_widget (GTK_WIDGET (question_view (player)), SC_TYPE_RICH_TEXT_VIEW,
                                           "sc-quiz-stem");
    g_autofree char *plain = sc_rich_text_to_plain (sc_rich_text_view_get_text (SC_RICH_TEXT_VIEW (stem)));

    g_assert_null (strstr (plain, "NM:"));
    g_assert_nonnull (strstr (plain, "[1]"));
  }

  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.primary", NULL);
  wait_page (player, "summary", 0);
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.primary", NULL);
  sc_test_wait_until (dialog_shown, NULL, "the confirmation");
  dialog = find_dialog ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "submit");
  wait_page (player, "review", 0);

  for (guint i = 1; i <= 3; i++)
    g_assert_cmpfloat_with_epsilon (sc_attempt_get_slot (attempt, i)->mark,
                                    sc_attempt_get_slot (attempt, i)->max_mark, 1e-9);
  {
    g_autofree char *max = g_strdup_printf ("%g", sc_attempt_get_max_score (attempt));
    g_autofree char *expected = g_strdup_printf ("%s / %s", max, max);

    g_assert_cmpstr (label_text (GTK_WIDGET (player), "sc-quiz-score"), ==, expected);
  }

  sc_test_close_window (window);
}

static void
import_bank (Fixture    *f,
             const char *file_name,
             const char *bank)
{
  g_autofree char *file = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                            "ecommerce-operations", "questions", file_name, NULL);
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (bank);
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;

  questions = sc_moodle_xml_read_file (file, SC_MOODLE_XML_READ_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_question_bank_save (f->database, info, questions, &error));
  g_assert_no_error (error);
}

static void
submit (ScQuizPlayer *player)
{
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.summary", NULL);
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.submit", NULL);
  sc_test_wait_until (dialog_shown, NULL, "the confirmation");
  dialog = find_dialog ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "submit");
  wait_page (player, "review", 0);
}

/* An essay is typed into a text view, kept, and awaits a grader: the
 * score says "+ pending" and the verdict waits too. */
static void
test_essay (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = sc_attempt_quiz_new ("fulfilment-check", "Order fulfilment");
  g_autofree char *xdotool_path = g_find_program_in_path ("xdotool");
  GtkTextBuffer *buffer;
  ScQuizPlayer *player;
  GtkWindow *window;
  GtkWidget *view;

  import_bank (f, "order-fulfilment.xml", "Order fulfilment");
  sc_attempt_quiz_add_question (quiz, "OF-Q11");
  sc_attempt_quiz_add_question (quiz, "OF-Q03");
  quiz->pass_fraction = 0.5;
  player = SC_QUIZ_PLAYER (sc_quiz_player_new (f->database, f->learner, NULL, quiz));
  window = show_player (GTK_WIDGET (player));
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.start", NULL);
  wait_page (player, "question", 1);

  view = sc_test_find_widget (GTK_WIDGET (question_view (player)), GTK_TYPE_TEXT_VIEW, "sc-quiz-essay");
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_has_focus (view));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* No number keys on a text question: a digit is text. */
  g_assert_false (sc_quiz_question_view_pick (question_view (player), 1));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, "Hold it, verify the address, then capture 2 items.", -1);
  g_assert_cmpstr (sc_attempt_get_slot (sc_quiz_player_get_attempt (player), 1)->response->text, ==,
                   "Hold it, verify the address, then capture 2 items.");

  /* Ctrl+Enter goes on even from inside the text, which keeps it. */
  if (xdotool_path != NULL)
    {
      key (window, "End", "ctrl+Return");
      wait_page (player, "summary", 0);
      g_assert_cmpstr (sc_attempt_get_slot (sc_quiz_player_get_attempt (player), 1)->response->text, ==,
                       "Hold it, verify the address, then capture 2 items.");
    }

  submit (player);
  g_assert_cmpint (sc_attempt_get_state (sc_quiz_player_get_attempt (player)), ==, SC_ATTEMPT_NEEDS_GRADING);
  g_assert_true (g_str_has_suffix (label_text (GTK_WIDGET (player), "sc-quiz-score"), " + pending"));
  g_assert_true (g_str_has_prefix (label_text (GTK_WIDGET (player), "sc-quiz-verdict"), "Passed or not once"));

  sc_test_close_window (window);
}

/* The deadline counts from the start saved in the database: an attempt
 * resumed after it ran out is submitted at once, with what was saved. */
static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(ScAttemptQuiz) quiz = make_quiz (SC_BEHAVIOUR_DEFERRED);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) long_ago = g_date_time_add_hours (now, -2);
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(ScResponse) answer = sc_response_new ();
  g_autoptr(GError) error = NULL;
  ScQuizPlayer *player;
  GtkWindow *window;

  quiz->time_limit = 600;
  attempt = sc_attempt_start (f->database, f->learner, NULL, NULL, quiz, 3, long_ago, &error);
  g_assert_no_error (error);
  sc_response_add_choice (answer, 0);
  g_assert_true (sc_attempt_save_response (attempt, f->database, 1, answer, long_ago, &error));
  g_assert_no_error (error);

  player = SC_QUIZ_PLAYER (sc_quiz_player_new (f->database, f->learner, NULL, quiz));
  window = show_player (GTK_WIDGET (player));
  gtk_widget_activate_action (GTK_WIDGET (player), "quiz.start", NULL);
  wait_page (player, "review", 0);
  g_assert_cmpint (sc_attempt_get_state (sc_quiz_player_get_attempt (player)), ==, SC_ATTEMPT_FINISHED);
  g_assert_cmpstr (label_text (GTK_WIDGET (player), "sc-quiz-score"), ==, "1 / 5");

  sc_test_close_window (window);
}

/* The window's hook: the player is a page of the content pane, titled
 * by the quiz, not a section (the sidebar's sections still work, and
 * "quiz" is never saved as the section to start on). */
static void
test_window_hook (void)
{
  ScContext *context = sc_application_get_context (app);
  g_autoptr(ScAttemptQuiz) quiz = make_quiz (SC_BEHAVIOUR_DEFERRED);
  g_autofree char *file = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                            "ecommerce-operations", "questions",
                                            "listing-essentials.xml", NULL);
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (BANK);
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *saved = NULL;
  GtkWidget *player;
  GtkWidget *again;
  ScWindow *window;

  sc_test_wait_course (app);
  window = sc_test_window_new (app, 1280, 800);
  questions = sc_moodle_xml_read_file (file, SC_MOODLE_XML_READ_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_question_bank_save (sc_context_get_database (context), info, questions, &error));
  g_assert_no_error (error);

  player = sc_window_take_quiz (window, quiz);
  g_assert_true (SC_IS_QUIZ_PLAYER (player));
  g_assert_true (sc_window_get_visible_panel (window) == SC_PANEL (player));
  sc_test_wait_ready (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Listing check — Shopcraft");

  /* A second quiz replaces the first. */
  again = sc_window_take_quiz (window, quiz);
  g_assert_true (again != player);
  g_assert_true (sc_window_get_visible_panel (window) == SC_PANEL (again));
  gtk_widget_activate_action (again, "quiz.start", NULL);
  wait_page (SC_QUIZ_PLAYER (again), "question", 1);

  sc_window_set_section (window, "orders");
  g_assert_cmpstr (sc_window_get_section (window), ==, "orders");
  settings = g_object_ref (sc_context_get_settings (context));
  saved = g_settings_get_string (settings, "last-section");
  g_assert_cmpstr (saved, ==, "orders");

  sc_test_close_window (GTK_WINDOW (window));
}

/* A quiz is one learner's attempt: when another learner takes the seat,
 * the quiz closes, Learn is shown, and the first learner's answers stay
 * saved for when they come back. Runs after /quiz-player/window-hook,
 * which stores the bank in the application's database. */
static void
test_learner_switch (void)
{
  ScContext *context = sc_application_get_context (app);
  g_autoptr(ScAttemptQuiz) quiz = make_quiz (SC_BEHAVIOUR_DEFERRED);
  g_autoptr(ScLearner) first = NULL;
  g_autoptr(ScLearner) second = NULL;
  g_autoptr(ScLearner) unchanged = NULL;
  g_autoptr(GError) error = NULL;
  ScAttempt *attempt;
  g_autofree char *uuid = NULL;
  g_autoptr(ScAttempt) resumed = NULL;
  GtkWidget *player;
  ScWindow *window;

  sc_test_wait_course (app);
  window = sc_test_window_new (app, 1280, 800);
  first = sc_test_new_learner (app, "Quinn");
  player = sc_window_take_quiz (window, quiz);
  g_assert_nonnull (player);
  gtk_widget_activate_action (player, "quiz.start", NULL);
  wait_page (SC_QUIZ_PLAYER (player), "question", 1);
  attempt = sc_quiz_player_get_attempt (SC_QUIZ_PLAYER (player));
  uuid = g_strdup (sc_attempt_get_uuid (attempt));

  /* The same learner chosen again changes nothing. */
  unchanged = sc_learner_copy (first);
  sc_context_set_learner (context, unchanged);
  g_assert_true (sc_window_get_visible_panel (window) == SC_PANEL (player));

  second = sc_test_new_learner (app, "Rowan");
  g_assert_cmpstr (sc_window_get_section (window), ==, "learn");
  g_assert_true (SC_IS_LEARN_PANEL (sc_window_get_visible_panel (window)));

  /* Quinn's attempt is still open, to resume. */
  resumed = sc_attempt_load (sc_context_get_database (context), first, sc_context_get_course (context),
                             NULL, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_attempt_get_state (resumed), ==, SC_ATTEMPT_IN_PROGRESS);

  sc_test_close_window (GTK_WINDOW (window));
}

/* SHOPCRAFT_QUIZ_SHOTS=DIR keeps a picture of each page, to look at. */
static void
picture (GtkWindow  *window,
         const char *style,
         const char *page)
{
  const char *dir = g_getenv ("SHOPCRAFT_QUIZ_SHOTS");
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL || *dir == '\0')
    return;

  gtk_window_set_focus_visible (window, FALSE);
  sc_test_settle (GTK_WIDGET (window), 3);
  name = g_strdup_printf ("quiz-%s-%s.png", page, style);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (sc_screenshot_save (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
}

static int
option_height (ScQuizPlayer *player)
{
  g_autoptr(GPtrArray) options = sc_test_find_widgets (GTK_WIDGET (question_view (player)),
                                                       GTK_TYPE_CHECK_BUTTON);
  GtkWidget *label = gtk_widget_get_last_child (options->pdata[0]);
  int natural = 0;

  g_assert_true (GTK_IS_LABEL (label));
  gtk_label_set_text (GTK_LABEL (label), "M");
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);

  return natural;
}

static void
assert_no_text (GtkWidget  *root,
                const char *text)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    g_assert_null (strstr (gtk_label_get_text (labels->pdata[i]), text));
}

/* Each style in turn: the pages look right (SHOPCRAFT_QUIZ_SHOTS), text
 * grows for a projector, and no learner's name is ever on screen. */
static void
test_presentation (Fixture       *f,
                   gconstpointer  data)
{
  const char *styles[] = { "light", "dark", "presentation" };
  g_autoptr(ScAttemptQuiz) quiz = make_quiz (SC_BEHAVIOUR_INTERACTIVE);
  g_autoptr(GError) error = NULL;
  int heights[G_N_ELEMENTS (styles)] = { 0 };

  quiz->time_limit = 1800;
  g_assert_true (sc_learner_rename (f->database, f->learner, "Ada Lovelace", &error));
  g_assert_no_error (error);

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      ScQuizPlayer *player = SC_QUIZ_PLAYER (sc_quiz_player_new (f->database, f->learner, NULL, quiz));
      GtkWindow *window = show_player (GTK_WIDGET (player));
      GtkWindow *dialog;
      g_autoptr(GPtrArray) options = NULL;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          s == 1 ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      if (s == 2)
        gtk_widget_add_css_class (GTK_WIDGET (window), "presentation");
      picture (window, styles[s], "start");

      gtk_widget_activate_action (GTK_WIDGET (player), "quiz.start", NULL);
      wait_page (player, "question", 0);
      gtk_widget_activate_action (GTK_WIDGET (player), "quiz.go", "u", 1);
      options = sc_test_find_widgets (GTK_WIDGET (question_view (player)), GTK_TYPE_CHECK_BUTTON);
      if (s == 0)
        {
          /* A wrong try in interactive mode: checked, open, with a hint. */
          gtk_check_button_set_active (options->pdata[1], TRUE);
          gtk_widget_activate_action (GTK_WIDGET (player), "quiz.primary", NULL);
          g_assert_cmpuint (sc_attempt_get_slot (sc_quiz_player_get_attempt (player), 1)->tries, ==, 1);
          g_assert_nonnull (sc_test_find_widget (GTK_WIDGET (player), GTK_TYPE_BOX, "sc-quiz-outcome"));
        }
      picture (window, styles[s], "question");
      heights[s] = option_height (player);
      gtk_widget_activate_action (GTK_WIDGET (player), "quiz.go", "u", 2);
      picture (window, styles[s], "text");

      gtk_widget_activate_action (GTK_WIDGET (player), "quiz.summary", NULL);
      picture (window, styles[s], "summary");
      gtk_widget_activate_action (GTK_WIDGET (player), "quiz.submit", NULL);
      sc_test_wait_until (dialog_shown, NULL, "the confirmation");
      dialog = find_dialog ();
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog), "presentation") == (s == 2));
      picture (dialog, styles[s], "confirm");
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "submit");
      wait_page (player, "review", 0);
      picture (window, styles[s], "review");

      assert_no_text (GTK_WIDGET (window), "Ada");
      sc_test_close_window (window);
    }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  /* Text on a projector is at least half as large again. */
  g_assert_cmpint (heights[2] * 2, >=, heights[0] * 3);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *course_dir = NULL;
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-quiz-player: no display\n");
      return 77;
    }

  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();

  dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (dir);
  /* Pages cross-fade; a picture must not catch one half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/quiz-player/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/quiz-player/resume", Fixture, NULL, fixture_set_up, test_resume, fixture_tear_down);
  g_test_add ("/quiz-player/other-types", Fixture, NULL, fixture_set_up, test_other_types, fixture_tear_down);
  g_test_add ("/quiz-player/essay", Fixture, NULL, fixture_set_up, test_essay, fixture_tear_down);
  g_test_add ("/quiz-player/overdue", Fixture, NULL, fixture_set_up, test_overdue, fixture_tear_down);
  g_test_add_func ("/quiz-player/window-hook", test_window_hook);
  g_test_add_func ("/quiz-player/learner-switch", test_learner_switch);
  g_test_add ("/quiz-player/presentation", Fixture, NULL, fixture_set_up, test_presentation, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  sc_test_remove_tree (dir);

  return status;
}
