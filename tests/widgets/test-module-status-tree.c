/* test-module-status-tree.c - the course tree shows each module's status from the learner's quizzes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A learner takes the closing quiz of "Listing essentials" through the
 * core, as the quiz player does: failed, the module's heading shows the
 * best score beside the pass mark once the Learn section is shown again;
 * passed with the answer key, it shows "Mastered". Other modules show
 * nothing.
 *
 * SHOPCRAFT_MODULE_STATUS_DATA=DIR keeps the database in DIR, with a
 * failed "Pricing and compliance" quiz too, for build-aux/screenshot
 * --data-dir DIR.
 */
#include "config.h"

#include "sc-attempt.h"
#include "sc-cloze.h"
#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-module-status.h"
#include "widget-test-util.h"
#include "../unit/test-answer-key.h"

#define MODULE "listing-essentials"
#define QUIZ   "listing-essentials-quiz"

static ScApplication *app;

static ScContext *
context (void)
{
  return sc_application_get_context (app);
}

/* Takes the module quiz as the current learner, with module rules as the
 * quiz player gives them: from the answer key, or with no answer. */
static void
take_quiz (const char *quiz_id,
           gboolean    right)
{
  ScDatabase *database = sc_context_get_database (context ());
  ScCourse *course = sc_context_get_course (context ());
  const ScAttemptQuiz *quiz = sc_course_lookup_quiz (course, quiz_id);
  g_autoptr(ScModuleRules) rules = sc_module_rules_new_for_course (course);
  g_autoptr(ScAttempt) attempt = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (quiz);
  attempt = sc_attempt_start (database, sc_context_get_learner (context ()), course, rules,
                              quiz, 7, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 1; right && i <= sc_attempt_get_n_slots (attempt); i++)
    {
      const ScQuestion *question = sc_attempt_get_slot (attempt, i)->question;
      g_autoptr(ScResponse) response = test_key_response (question);

      /* An essay is left empty: it waits for a grader. */
      if (response == NULL)
        response = sc_response_new ();

      g_assert_true (sc_attempt_save_response (attempt, database, i, response, NULL, &error));
      g_assert_no_error (error);
    }

  g_assert_true (sc_attempt_submit (attempt, database, NULL, &error));
  g_assert_no_error (error);
}

/* The status lines the tree shows, as "module title: status". */
static char *
shown_statuses (ScLearnPanel *panel)
{
  ScCourseTree *tree = sc_test_course_tree (panel);
  g_autoptr(GPtrArray) labels = NULL;
  GString *shown = g_string_new (NULL);

  sc_test_settle (GTK_WIDGET (tree), 2);
  labels = sc_test_find_widgets (GTK_WIDGET (tree), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *line = gtk_widget_get_parent (label);
      GtkWidget *header = gtk_widget_get_parent (line);
      GtkWidget *title;
      g_autofree char *read = NULL;

      if (!gtk_widget_has_css_class (label, "sc-module-status-text"))
        continue;

      /* The module title heads the box the line is in. */
      for (title = gtk_widget_get_first_child (header);
           title != NULL && !gtk_widget_has_css_class (title, "sc-tree-module");
           title = gtk_widget_get_next_sibling (title))
        ;
      g_assert_nonnull (title);
      g_assert_true (gtk_widget_get_mapped (label));
      g_string_append_printf (shown, "%s%s: %s", shown->len > 0 ? "; " : "",
                              gtk_label_get_label (GTK_LABEL (title)),
                              gtk_label_get_label (GTK_LABEL (label)));

      /* Read with the heading. */
      read = g_strdup_printf ("%s, %s", gtk_label_get_label (GTK_LABEL (title)),
                              gtk_label_get_label (GTK_LABEL (label)));
      g_assert_cmpstr (g_object_get_data (G_OBJECT (title), "sc-accessible-label"), ==, read);
    }

  return g_string_free (shown, FALSE);
}

/* The Learn section shown again, as after a quiz. */
static void
back_from_quiz (ScWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.take-quiz", "s", QUIZ));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (sc_test_learn_panel (window))));
  sc_window_set_section (window, "learn");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (sc_test_learn_panel (window))));
}

static void
test_statuses (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Module status");
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScCourseTree *tree = sc_test_course_tree (panel);
  g_autofree char *none = NULL;
  g_autofree char *failed = NULL;
  g_autofree char *passed = NULL;
  g_autofree char *reopened = NULL;

  /* Nothing taken: no module shows a status. */
  none = shown_statuses (panel);
  g_assert_cmpstr (none, ==, "");

  /* Failed: the best score beside the pass mark, once Learn shows again. */
  take_quiz (QUIZ, FALSE);
  back_from_quiz (window);
  failed = shown_statuses (panel);
  g_assert_cmpstr (failed, ==, "Listing essentials: Quiz best 0 % — pass with 80 %");
  g_assert_cmpint (sc_course_tree_get_module_state (tree, MODULE), ==, SC_MODULE_IN_PROGRESS);

  /* Passed with the answer key: mastered, and only that module. */
  take_quiz (QUIZ, TRUE);
  back_from_quiz (window);
  passed = shown_statuses (panel);
  g_assert_cmpstr (passed, ==, "Listing essentials: Mastered");
  g_assert_cmpint (sc_course_tree_get_module_state (tree, MODULE), ==, SC_MODULE_MASTERED);
  g_assert_cmpint (sc_course_tree_get_module_state (tree, "pricing-compliance"), ==,
                   SC_MODULE_NOT_STARTED);
  sc_test_close_window (GTK_WINDOW (window));

  /* A new window reads it back. */
  window = sc_test_reader_window (app, 1280, 800);
  reopened = shown_statuses (sc_test_learn_panel (window));
  g_assert_cmpstr (reopened, ==, "Listing essentials: Mastered");
  sc_test_close_window (GTK_WINDOW (window));

  if (g_getenv ("SHOPCRAFT_MODULE_STATUS_DATA") != NULL)
    take_quiz ("pricing-compliance-quiz", FALSE);
}

/* Practising a lesson's questions, even with the answer key, leaves every
 * module's status alone; the lesson's practice card shows the best score. */
static void
test_practice (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Practice");
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *panel = sc_test_learn_panel (window);
  ScCourseTree *tree = sc_test_course_tree (panel);
  GtkWidget *best;
  g_autofree char *shown = NULL;

  sc_test_pick_in_tree (panel, "listing-anatomy");
  best = sc_test_page_widget (panel, "practice_best");
  g_assert_false (gtk_widget_get_visible (best));

  take_quiz ("listing-anatomy-practice", FALSE);
  back_from_quiz (window);
  g_assert_true (gtk_widget_get_visible (best));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (best)), ==, "Your best so far: 0 %");

  take_quiz ("listing-anatomy-practice", TRUE);
  back_from_quiz (window);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (best)), ==, "Your best so far: 100 %");

  shown = shown_statuses (panel);
  g_assert_cmpstr (shown, ==, "");
  g_assert_cmpint (sc_course_tree_get_module_state (tree, MODULE), ==, SC_MODULE_NOT_STARTED);

  /* Another lesson's card has no score yet. */
  sc_test_pick_in_tree (panel, "product-identifiers");
  g_assert_false (gtk_widget_get_visible (best));

  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  g_autofree char *course_dir = NULL;
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-module-status-tree: no display\n");
      return 77;
    }

  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();

  if (g_getenv ("SHOPCRAFT_MODULE_STATUS_DATA") != NULL)
    data_dir = g_strdup (g_getenv ("SHOPCRAFT_MODULE_STATUS_DATA"));
  else
    data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);
  sc_test_wait_course (app);

  g_test_add_func ("/module-status-tree/statuses", test_statuses);
  g_test_add_func ("/module-status-tree/practice", test_practice);

  status = g_test_run ();

  g_clear_object (&app);
  if (g_getenv ("SHOPCRAFT_MODULE_STATUS_DATA") == NULL)
    sc_test_remove_tree (data_dir);

  return status;
}
