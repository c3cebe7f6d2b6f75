/* sc-practice-check.c - "Check My Work" for a practice store of the Orders or Inventory section
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store is checked against its scenario's goals as it is now (and,
 * for the goals that read it, against its log: an undone mistake still
 * counts), the check is recorded as statements, and a dialog says each
 * goal in the words of the lesson's practice card, "Done" or "Not yet"
 * with what is wrong and what to do, never by colour alone.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-lesson.h"
#include "sc-practice-check.h"
#include "sc-panel.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario-run.h"
#include "sc-styles.h"
#include "sc-toasts.h"

gboolean
sc_practice_has_goals (const ScScenario *scenario)
{
  return scenario != NULL && scenario->goals != NULL && scenario->goals->len > 0;
}

/**
 * sc_practice_find_scenario:
 * @scenarios: (element-type ScScenario): the section's scenarios
 *
 * Returns: (transfer none) (nullable): the scenario @run was started
 *   from, when the section has it
 */
const ScScenario *
sc_practice_find_scenario (GPtrArray   *scenarios,
                           const ScRun *run)
{
  for (guint i = 0; run != NULL && scenarios != NULL && i < scenarios->len; i++)
    {
      const ScScenario *scenario = g_ptr_array_index (scenarios, i);

      if (g_strcmp0 (scenario->id, run->scenario_id) == 0)
        return scenario;
    }
  return NULL;
}

/* The goal as the lesson's card says it, or as the scenario teaches it. */
static char *
goal_words (const ScGoal *goal,
            ScCourse     *course,
            const char   *lesson_id,
            const char   *scenario_id)
{
  ScLesson *lesson = course != NULL && lesson_id != NULL
                     ? sc_course_lookup_lesson (course, lesson_id) : NULL;
  GPtrArray *practices = lesson != NULL ? sc_lesson_get_practices (lesson) : NULL;

  for (guint i = 0; practices != NULL && i < practices->len; i++)
    {
      const ScRichBlock *practice = g_ptr_array_index (practices, i);

      if (g_strcmp0 (practice->target, scenario_id) != 0)
        continue;
      for (guint j = 0; j < practice->children->len; j++)
        {
          const ScRichBlock *card_goal = g_ptr_array_index (practice->children, j);
          g_autoptr(GString) text = NULL;

          if (card_goal->kind != SC_RICH_BLOCK_GOAL || g_strcmp0 (card_goal->id, goal->id) != 0)
            continue;
          text = g_string_new (NULL);
          for (guint k = 0; k < card_goal->runs->len; k++)
            g_string_append (text, ((ScRichRun *) g_ptr_array_index (card_goal->runs, k))->text);
          return g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));
        }
    }

  return g_strdup (goal->message != NULL ? goal->message : goal->id);
}

static GtkWidget *
wrapped (const char *text,
         const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
result_row (const char         *words,
            const ScGoalResult *result)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name (result->passed ? "emblem-ok-symbolic"
                                                                 : "dialog-warning-symbolic");
  const char *state = result->passed ? _("Done") : _("Not yet");
  g_autofree char *spoken = NULL;

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "sc-goal-icon");
  gtk_box_append (GTK_BOX (text), wrapped (words, NULL));
  gtk_box_append (GTK_BOX (text), wrapped (state, "sc-goal-state"));
  if (!result->passed && result->message != NULL)
    gtk_box_append (GTK_BOX (text), wrapped (result->message, "caption"));
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, result->passed ? "sc-goal-passed" : "sc-goal-failed");

  spoken = result->passed || result->message == NULL
           ? g_strdup_printf ("%s: %s", words, state)
           : g_strdup_printf ("%s: %s. %s", words, state, result->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  return row;
}

/**
 * sc_practice_check:
 * @panel: the section asking; the dialog is transient for its window
 * @scenarios: (element-type ScScenario): the section's scenarios
 * @lesson_id: (nullable): the lesson the store was opened from; without
 *   one, the course's first lesson practising the scenario
 *
 * Checks @run against its scenario's goals, records the check, and
 * shows the result. A store that cannot be read says why in a toast.
 *
 * Returns: (transfer none) (nullable): the dialog, presented; %NULL when
 *   the scenario has no goals or the store could not be read
 */
GtkWidget *
sc_practice_check (GtkWidget   *panel,
                   const ScRun *run,
                   GPtrArray   *scenarios,
                   const char  *lesson_id)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (panel));
  const ScScenario *scenario = sc_practice_find_scenario (scenarios, run);
  ScDatabase *database;
  ScCourse *course;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *lesson = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *list;
  AdwMessageDialog *dialog;
  guint n_passed = 0;

  if (context == NULL || !sc_practice_has_goals (scenario))
    return NULL;

  database = sc_context_get_database (context);
  course = sc_context_get_course (context);
  results = sc_sandbox_check (database, run, scenario->goals, NULL, &error);
  if (results == NULL)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (panel, ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        sc_toasts_add (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
      return NULL;
    }

  lesson = lesson_id != NULL ? g_strdup (lesson_id)
           : course != NULL ? sc_scenario_find_lesson (course, scenario->id) : NULL;
  /* A check that cannot be recorded still stands on screen. */
  if (course != NULL)
    sc_sandbox_record_check (database, course, run, lesson, results, NULL);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Goals"), -1);
  for (guint i = 0; i < results->len; i++)
    {
      const ScGoalResult *result = g_ptr_array_index (results, i);
      const ScGoal *goal = NULL;
      g_autofree char *words = NULL;

      for (guint j = 0; j < scenario->goals->len; j++)
        if (g_strcmp0 (((ScGoal *) scenario->goals->pdata[j])->id, result->goal_id) == 0)
          goal = scenario->goals->pdata[j];
      words = goal != NULL ? goal_words (goal, course, lesson, scenario->id)
                           : g_strdup (result->goal_id);
      n_passed += result->passed;
      gtk_list_box_append (GTK_LIST_BOX (list), result_row (words, result));
    }

  if (n_passed == results->len)
    heading = g_strdup (_("All Goals Done"));
  else
    /* Translators: the heading of a practice check, "2 of 4 Goals Done" */
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u Goal Done",
                                            "%u of %u Goals Done", results->len),
                               n_passed, results->len);

  dialog = ADW_MESSAGE_DIALOG (sc_styles_message_dialog_new (panel, heading,
                                                             _("The store was checked as it is "
                                                               "now. A step undone still counts "
                                                               "where the goal is about what "
                                                               "happened.")));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_extra_child (dialog, list);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}
