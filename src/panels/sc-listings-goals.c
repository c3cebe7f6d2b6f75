/* sc-listings-goals.c - the Listings section's goals pane and "Check My Work"
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scenario's store shows its goals beside the list, each in words.
 * "Check My Work" evaluates them against the store (sc_sandbox_check ())
 * and records the check as statements; each goal then says "Done" with
 * a check mark, or "Not yet" with its teaching message, so the result
 * never rests on colour alone. Once checked, every later change (an
 * edit, an undo) checks again without recording, so the pane stays true.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-context.h"
#include "sc-database.h"
#include "sc-listings-panel-private.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario-run.h"

static const char *
status_words (const char *status)
{
  if (g_strcmp0 (status, "active") == 0)
    return C_("product status", "active");
  if (g_strcmp0 (status, "draft") == 0)
    return C_("product status", "a draft");
  if (g_strcmp0 (status, "archived") == 0)
    return C_("product status", "archived");

  return status;
}

/* What the goal asks, in words a learner can act on. */
static char *
describe_goal (const ScGoal *goal)
{
  gboolean every = g_strcmp0 (goal->handle, SC_GOAL_EVERY_PRODUCT) == 0;

  switch (goal->kind)
    {
    case SC_GOAL_NO_LINT_ERRORS:
      return every ? g_strdup (_("No listing has an error"))
                   : g_strdup_printf (_("“%s” has no listing errors"), goal->handle);
    case SC_GOAL_VARIANT_IDENTIFIERS:
      return every ? g_strdup (_("Every variant has its own SKU and a valid barcode"))
                   : g_strdup_printf (_("Every variant of “%s” has its own SKU and a valid barcode"),
                                      goal->handle);
    case SC_GOAL_PRICE_OVER_COST:
      return every ? g_strdup_printf (_("Every price is at least %s × its cost"), goal->ratio_text)
                   : g_strdup_printf (_("Every price of “%s” is at least %s × its cost"),
                                      goal->handle, goal->ratio_text);
    case SC_GOAL_STATUS:
      return every ? g_strdup_printf (_("Every product is %s"), status_words (goal->status))
                   : g_strdup_printf (_("“%s” is %s"), goal->handle, status_words (goal->status));
    default:
      return g_strdup (goal->id);
    }
}

static const ScScenario *
current_scenario (ScListingsPanel *self)
{
  if (self->run == NULL || self->run->scenario_id == NULL)
    return NULL;

  return sc_listings_panel_find_scenario (self, self->run->scenario_id);
}

static const ScGoalResult *
find_result (ScListingsPanel *self,
             const char      *goal_id)
{
  for (guint i = 0; self->goal_results != NULL && i < self->goal_results->len; i++)
    if (g_strcmp0 (((ScGoalResult *) self->goal_results->pdata[i])->goal_id, goal_id) == 0)
      return self->goal_results->pdata[i];

  return NULL;
}

static GtkLabel *
wrapped_label (const char *text,
               const char *name,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (name != NULL)
    gtk_widget_set_name (label, name);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return GTK_LABEL (label);
}

/* The goal in words, its state ("Not checked yet", "Done", "Not yet")
 * and, when it failed, what is wrong and what to do. */
static GtkWidget *
goal_row (const ScGoal       *goal,
          const ScGoalResult *result)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *icon = gtk_image_new ();
  g_autofree char *words = describe_goal (goal);
  g_autofree char *spoken = NULL;
  const char *state;
  const char *message = NULL;

  if (result == NULL)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "radio-symbolic");
      state = _("Not checked yet");
      gtk_widget_add_css_class (row, "sc-goal-unchecked");
    }
  else if (result->passed)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "emblem-ok-symbolic");
      state = _("Done");
      gtk_widget_add_css_class (row, "sc-goal-passed");
    }
  else
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "dialog-warning-symbolic");
      state = _("Not yet");
      message = result->message;
      gtk_widget_add_css_class (row, "sc-goal-failed");
    }

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "sc-goal-icon");
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (wrapped_label (words, NULL, NULL)));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (wrapped_label (state, "goal-status", "sc-goal-state")));
  if (message != NULL)
    gtk_box_append (GTK_BOX (text),
                    GTK_WIDGET (wrapped_label (message, "goal-message", "caption")));

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_name (row, "goal-row");

  spoken = message != NULL ? g_strdup_printf ("%s: %s. %s", words, state, message)
                           : g_strdup_printf ("%s: %s", words, state);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);

  return row;
}

/**
 * sc_listings_panel_load_goals:
 *
 * The pane for the run shown: its scenario's goals with the last
 * check's results, or hidden for a store without goals.
 */
void
sc_listings_panel_load_goals (ScListingsPanel *self)
{
  const ScScenario *scenario = current_scenario (self);
  gboolean has_goals = scenario != NULL && scenario->goals != NULL && scenario->goals->len > 0;
  GtkWidget *child;
  guint n_passed = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->goal_list))) != NULL)
    gtk_list_box_remove (self->goal_list, child);

  gtk_widget_set_visible (GTK_WIDGET (self->goals_revealer), has_goals);
  gtk_widget_set_visible (GTK_WIDGET (self->goals_toggle), has_goals);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "listings.check", has_goals);
  if (!has_goals)
    return;

  for (guint i = 0; i < scenario->goals->len; i++)
    {
      const ScGoal *goal = scenario->goals->pdata[i];
      const ScGoalResult *result = find_result (self, goal->id);

      if (result != NULL && result->passed)
        n_passed++;
      gtk_list_box_append (self->goal_list, goal_row (goal, result));
    }

  if (self->goal_results == NULL)
    gtk_label_set_text (self->goals_summary,
                        _("Work on the store, then check it against these goals."));
  else if (n_passed == scenario->goals->len)
    gtk_label_set_text (self->goals_summary, _("All goals done. Well done!"));
  else
    {
      g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u of %u goal done",
                                                               "%u of %u goals done",
                                                               scenario->goals->len),
                                                  n_passed, scenario->goals->len);

      gtk_label_set_text (self->goals_summary, summary);
    }
}

static gboolean
check (ScListingsPanel *self,
       gboolean         record)
{
  g_autoptr(GError) error = NULL;
  const ScScenario *scenario = current_scenario (self);
  ScDatabase *database = sc_listings_panel_get_database (self);
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  GPtrArray *results;

  if (scenario == NULL || scenario->goals == NULL || scenario->goals->len == 0 || database == NULL)
    return FALSE;

  results = sc_sandbox_check (database, self->run, scenario->goals, sc_listings_panel_run_policy (self), &error);
  if (results == NULL)
    {
      sc_listings_panel_toast (self, error->message);
      return FALSE;
    }
  g_clear_pointer (&self->goal_results, g_ptr_array_unref);
  self->goal_results = results;

  /* The stub of this session refuses; its refusal is not the learner's
   * problem, and the check on screen stands. */
  if (record && context != NULL && sc_context_get_course (context) != NULL)
    sc_sandbox_record_check (database, sc_context_get_course (context), self->run,
                             self->lesson_id, results, NULL);

  sc_listings_panel_load_goals (self);

  return TRUE;
}

/* After a change: a store already checked is checked again, unrecorded. */
void
sc_listings_panel_recheck_goals (ScListingsPanel *self)
{
  if (self->goal_results != NULL)
    check (self, FALSE);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (widget);

  if (check (self, TRUE))
    gtk_widget_set_visible (GTK_WIDGET (self->goals_revealer), TRUE);
}

void
sc_listings_panel_class_init_goals (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "listings.check", NULL, check_action);
}
