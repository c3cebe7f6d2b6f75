/* sc-inventory-panel.c - the Inventory section: the stock sheet of a practice store
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three pages, as in the Orders section. The start page lists the
 * course's scenarios with a stock sheet, each with Start (or Resume when
 * the learner has an open store of it). The sheet lists every tracked
 * item as a store admin's inventory screen does, by SKU, with its
 * buckets (available, committed, unavailable, on hand, incoming), its
 * reorder point and its status in words, and views for what needs doing
 * (to reorder, out of stock, set aside, on its way). Activating an item
 * opens its page (ScStockPage), whose steps come back here as requests:
 * each is one action on the run (sc_sandbox_stock_act ()), so it is
 * saved at once, logged, and undone with Ctrl+Z. The open count is a
 * form of the whole sheet, opened from its header.
 *
 * A lesson's practice card opens a scenario through
 * sc_inventory_panel_open_practice (); the sheet then offers the way
 * back to the lesson.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-context.h"
#include "sc-course.h"
#include "sc-database.h"
#include "sc-inventory-panel.h"
#include "sc-practice-check.h"
#include "sc-run-orders.h"
#include "sc-sandbox-action.h"
#include "sc-scenario-run.h"
#include "sc-stock-page.h"
#include "sc-stock-row.h"
#include "sc-styles.h"
#include "sc-toasts.h"

#define N_VIEWS (SC_STOCK_VIEW_INCOMING + 1)

struct _ScInventoryPanel
{
  ScPanel              parent_instance;

  /* Template children */
  GtkButton           *back_button;
  GtkButton           *back_to_lesson_button;
  GtkButton           *check_button;
  GtkColumnView       *column_view;
  GtkButton           *count_button;
  GtkFilterListModel  *filter_model;
  ScStockPage         *item_page;
  GtkButton           *redo_button;
  GtkLabel            *run_title;
  GtkListBox          *scenario_list;
  GtkSingleSelection  *selection;
  GtkStack            *sheet_stack;
  GtkSortListModel    *sort_model;
  GtkStack            *stack;
  GtkButton           *start_over_button;
  GListStore          *store;
  GtkButton           *undo_button;
  GtkLabel            *value_label;
  GtkBox              *view_box;

  ScDatabase          *database;
  ScCourse            *course;
  gint64               learner_id;

  GPtrArray           *scenarios;  /* (element-type ScScenario) with a stock sheet */
  ScRun               *run;        /* the store shown, or NULL */
  ScInventory         *inventory;  /* of run */
  char                *lesson_id;  /* the lesson the store was opened from */
  char                *pending_scenario;
  char                *pending_lesson;
  ScStockView          view;
  GtkWidget           *view_buttons[N_VIEWS];
  gint64             (*clock) (void);
};

G_DEFINE_FINAL_TYPE (ScInventoryPanel, sc_inventory_panel, SC_TYPE_PANEL)

static const char * const view_names[N_VIEWS] = {
  N_("All"), N_("Reorder"), N_("Out of Stock"), N_("Unavailable"), N_("Incoming"),
};

static gint64
real_clock (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gint64
now (ScInventoryPanel *self)
{
  return self->clock ();
}

static void
toast (ScInventoryPanel *self,
       const char       *title,
       gboolean          undoable)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *notice;

  if (overlay == NULL)
    return;

  notice = adw_toast_new (title);
  if (undoable)
    {
      adw_toast_set_button_label (notice, _("_Undo"));
      adw_toast_set_action_name (notice, "inventory.undo");
    }
  sc_toasts_add (ADW_TOAST_OVERLAY (overlay), notice);
}

static gboolean
scenario_has_stock (const ScScenario *scenario)
{
  return (scenario->stock != NULL && scenario->stock->len > 0)
         || (scenario->counts != NULL && scenario->counts->len > 0);
}

static const ScScenario *
find_scenario (ScInventoryPanel *self,
               const char       *id)
{
  for (guint i = 0; self->scenarios != NULL && i < self->scenarios->len; i++)
    {
      const ScScenario *scenario = g_ptr_array_index (self->scenarios, i);

      if (g_strcmp0 (scenario->id, id) == 0)
        return scenario;
    }
  return NULL;
}

/* The course's scenarios with a stock sheet. A file with problems is
 * left out; the course validator reports it. */
static void
load_scenarios (ScInventoryPanel *self)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) all = NULL;
  const char *course_dir = self->course != NULL ? sc_course_get_directory (self->course) : NULL;

  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  self->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_scenario_free);
  if (course_dir == NULL)
    return;

  all = sc_scenario_load_all (course_dir, problems);
  for (guint i = 0; i < all->len; i++)
    if (scenario_has_stock (g_ptr_array_index (all, i)))
      g_ptr_array_add (self->scenarios, g_ptr_array_steal_index (all, i--));
}

/* Views and counts */

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  ScInventoryPanel *self = user_data;

  return sc_stock_row_in_view (SC_STOCK_ROW (item), self->view);
}

static void
update_counts (ScInventoryPanel *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint view = 0; view < N_VIEWS; view++)
    {
      g_autofree char *label = NULL;
      guint n = 0;

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(ScStockRow) row = g_list_model_get_item (G_LIST_MODEL (self->store), i);

          n += sc_stock_row_in_view (row, view);
        }
      /* Translators: a view of the stock sheet and how many items it has: "Reorder (2)" */
      label = g_strdup_printf (_("%s (%u)"), _(view_names[view]), n);
      gtk_button_set_label (GTK_BUTTON (self->view_buttons[view]), label);
    }
}

static void
view_toggled_cb (GtkToggleButton  *button,
                 ScInventoryPanel *self)
{
  GtkFilter *filter;

  if (!gtk_toggle_button_get_active (button))
    return;

  self->view = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "view"));
  filter = gtk_filter_list_model_get_filter (self->filter_model);
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

void
sc_inventory_panel_set_view (ScInventoryPanel *self,
                             guint             view)
{
  g_return_if_fail (SC_IS_INVENTORY_PANEL (self));
  g_return_if_fail (view < N_VIEWS);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->view_buttons[view]), TRUE);
}

/* The sheet */

static void
update_header (ScInventoryPanel *self)
{
  const ScInventoryCount *count = NULL;
  g_autofree char *count_label = NULL;
  g_autofree char *value_text = NULL;
  ScMoney value;
  guint n_without_cost = 0;

  if (self->inventory != NULL)
    count = sc_stock_find_open_count (self->inventory);
  count_label = count != NULL
                /* Translators: the button that opens the cycle count in progress */
                ? g_strdup_printf (_("_Count %u in Progress…"), count->number)
                : g_strdup (_("_New Count…"));
  gtk_button_set_label (self->count_button, count_label);
  if (count != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->count_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->count_button), "suggested-action");

  if (self->inventory != NULL
      && sc_inventory_get_stock_value (self->inventory, &value, &n_without_cost, NULL))
    {
      g_autofree char *money = sc_money_format (value, '.', ',');

      /* Translators: what the stock on hand cost, at unit cost, and its currency:
       * "Stock value 1,259.20 EUR" */
      value_text = g_strdup_printf (_("Stock value %s %s"), money,
                                    sc_inventory_get_currency (self->inventory)->code);
    }
  gtk_label_set_label (self->value_label, value_text != NULL ? value_text : "");
}

/* Rows for the stock as it is now; the page shown follows. */
static void
refill (ScInventoryPanel *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  const ScInventoryItem *shown = sc_stock_page_get_item (self->item_page);
  g_autofree char *shown_sku = shown != NULL ? g_strdup (shown->sku) : NULL;

  if (self->inventory != NULL)
    {
      g_autoptr(GPtrArray) items = sc_inventory_list_items (self->inventory);

      for (guint i = 0; i < items->len; i++)
        g_ptr_array_add (rows, sc_stock_row_new (self->inventory, g_ptr_array_index (items, i)));
    }
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       rows->pdata, rows->len);
  update_counts (self);
  update_header (self);

  if (shown_sku != NULL && self->inventory != NULL
      && sc_inventory_lookup (self->inventory, shown_sku) != NULL
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->sheet_stack), "item") == 0)
    sc_stock_page_set_item (self->item_page, self->inventory, shown_sku);
}

static gboolean
load_inventory (ScInventoryPanel  *self,
                GError           **error)
{
  g_autoptr(ScInventory) inventory = NULL;

  inventory = sc_run_load_inventory (sc_database_get_handle (self->database), self->run, error);
  if (inventory == NULL)
    return FALSE;

  g_set_object (&self->inventory, inventory);
  refill (self);
  return TRUE;
}

static void
update_history (ScInventoryPanel *self)
{
  g_autoptr(ScSandboxHistory) history = NULL;

  if (self->run != NULL)
    history = sc_sandbox_history_load (sc_database_get_handle (self->database), self->run,
                                       self->learner_id, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inventory.undo",
                                 history != NULL && history->undo->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inventory.redo",
                                 history != NULL && history->redo->len > 0);
}

static void
close_item (ScInventoryPanel *self)
{
  gtk_stack_set_visible_child_name (self->sheet_stack, "list");
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inventory.back", FALSE);
}

/**
 * sc_inventory_panel_open_item:
 * @sku: an item of the store shown
 *
 * Returns: (transfer none) (nullable): the item's page, or %NULL when
 *   the store has no such item
 */
GtkWidget *
sc_inventory_panel_open_item (ScInventoryPanel *self,
                              const char       *sku)
{
  g_return_val_if_fail (SC_IS_INVENTORY_PANEL (self), NULL);

  if (self->inventory == NULL || sku == NULL || sc_inventory_lookup (self->inventory, sku) == NULL)
    return NULL;

  sc_stock_page_set_item (self->item_page, self->inventory, sku);
  sc_stock_page_show_top (self->item_page);
  gtk_stack_set_visible_child_name (self->sheet_stack, "item");
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inventory.back", TRUE);
  gtk_widget_child_focus (GTK_WIDGET (self->item_page), GTK_DIR_TAB_FORWARD);
  return GTK_WIDGET (self->item_page);
}

/**
 * sc_inventory_panel_open_count:
 *
 * Returns: (transfer none) (nullable): the open count's form, or the
 *   form that begins one; %NULL with no store shown
 */
GtkWidget *
sc_inventory_panel_open_count (ScInventoryPanel *self)
{
  g_return_val_if_fail (SC_IS_INVENTORY_PANEL (self), NULL);

  if (self->inventory == NULL)
    return NULL;
  return sc_stock_page_open_count (self->item_page, self->inventory);
}

static void
item_activated_cb (ScInventoryPanel *self,
                   guint             position)
{
  g_autoptr(ScStockRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    sc_inventory_panel_open_item (self, sc_stock_row_get_sku (row));
}

/* What a done step says, with Undo beside it. */
static char *
describe_done (const ScStockRequest *request)
{
  const char *sku;
  guint n_steps = 1;

  /* A chain is named by its last step. */
  for (; request->then != NULL; request = request->then)
    n_steps++;
  sku = request->sku != NULL ? request->sku : "";
  if (request->step == SC_STOCK_STEP_COUNT_SET && n_steps > 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Recorded %u counted quantity",
                                         "Recorded %u counted quantities", n_steps),
                            n_steps);

  switch (request->step)
    {
    case SC_STOCK_STEP_ADJUST:
      return g_strdup_printf (_("Adjusted %s by %+" G_GINT64_FORMAT), sku, request->quantity);
    case SC_STOCK_STEP_MARK_UNAVAILABLE:
      return g_strdup_printf (_("Marked %" G_GINT64_FORMAT " of %s unavailable"),
                              request->quantity, sku);
    case SC_STOCK_STEP_RELEASE_UNAVAILABLE:
      return g_strdup_printf (_("Released %" G_GINT64_FORMAT " of %s to available"),
                              request->quantity, sku);
    case SC_STOCK_STEP_SET_POLICY:
      return g_strdup_printf (request->policy == SC_INVENTORY_POLICY_CONTINUE
                              ? _("%s keeps selling when out of stock")
                              : _("%s stops selling when out of stock"), sku);
    case SC_STOCK_STEP_SET_REORDER:
      return g_strdup_printf (_("Saved the reorder point of %s"), sku);
    case SC_STOCK_STEP_ORDER_PURCHASE:
      return g_strdup_printf (_("Ordered %" G_GINT64_FORMAT " of %s on %s"), request->quantity,
                              sku, request->reference);
    case SC_STOCK_STEP_RECEIVE_PURCHASE:
      return g_strdup_printf (_("Received %s against %s"), sku, request->reference);
    case SC_STOCK_STEP_CLOSE_PURCHASE:
      return g_strdup_printf (_("Closed %s"), request->reference);
    case SC_STOCK_STEP_COUNT_BEGIN:
      return g_strdup (_("Began a count"));
    case SC_STOCK_STEP_COUNT_SET:
      return g_strdup_printf (_("Recorded the count of %s"), sku);
    case SC_STOCK_STEP_COUNT_APPLY:
      return g_strdup_printf (_("Applied count %u"), request->count);
    case SC_STOCK_STEP_COUNT_CANCEL:
      return g_strdup_printf (_("Cancelled count %u"), request->count);
    default:
      return g_strdup (_("Changed the stock"));
    }
}

static void
request_cb (ScInventoryPanel     *self,
            const ScStockRequest *request,
            ScStockPage          *page)
{
  g_autofree char *done = NULL;
  g_autoptr(GError) error = NULL;

  if (self->run == NULL)
    return;

  if (!sc_sandbox_stock_act (self->database, self->run, self->learner_id, request, now (self),
                             NULL, &error))
    {
      sc_stock_page_explain (page, error->message);
      return;
    }

  done = describe_done (request);
  if (!load_inventory (self, &error))
    toast (self, error->message, FALSE);
  else
    toast (self, done, TRUE);
  update_history (self);
}

/* Runs */

static void
show_run (ScInventoryPanel *self,
          const ScRun      *run)
{
  g_autoptr(GError) error = NULL;

  close_item (self);
  if (run != self->run)
    {
      g_clear_pointer (&self->run, sc_run_free);
      self->run = run != NULL ? sc_run_copy (run) : NULL;
    }
  g_clear_object (&self->inventory);
  g_list_store_remove_all (self->store);

  if (self->run == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "start");
      sc_panel_set_ready (SC_PANEL (self), TRUE);
      return;
    }

  gtk_label_set_label (self->run_title, self->run->name);
  gtk_widget_set_visible (GTK_WIDGET (self->back_to_lesson_button), self->lesson_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inventory.start-over",
                                 self->run->scenario_id != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button),
                          self->run->scenario_id != NULL
                          && sc_practice_has_goals (sc_practice_find_scenario (self->scenarios,
                                                                               self->run)));
  if (!load_inventory (self, &error))
    toast (self, error->message, FALSE);
  update_history (self);
  gtk_stack_set_visible_child_name (self->stack, "sheet");
  sc_panel_set_ready (SC_PANEL (self), TRUE);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static gboolean
start_scenario (ScInventoryPanel *self,
                const char       *scenario_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = NULL;
  const ScScenario *scenario = find_scenario (self, scenario_id);

  if (self->database == NULL)
    return FALSE;
  if (scenario == NULL)
    {
      g_autofree char *text =
        g_strdup_printf (_("This course has no inventory practice “%s”; choose one of its practices."),
                         scenario_id);

      show_run (self, NULL);
      toast (self, text, FALSE);
      return FALSE;
    }

  run = sc_scenario_open_run (self->database, self->learner_id, scenario, &error);
  if (run == NULL)
    {
      toast (self, error->message, FALSE);
      return FALSE;
    }
  show_run (self, run);
  return TRUE;
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ScInventoryPanel *self = SC_INVENTORY_PANEL (widget);

  g_clear_pointer (&self->lesson_id, g_free);
  start_scenario (self, g_variant_get_string (parameter, NULL));
}

static char *
describe_scenario (const ScScenario *scenario)
{
  if (scenario->counts->len > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A stock sheet with %u count to finish",
                                         "A stock sheet with %u counts to finish",
                                         scenario->counts->len),
                            scenario->counts->len);
  if (scenario->orders->len > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The stock behind %u order",
                                         "The stock behind %u orders", scenario->orders->len),
                            scenario->orders->len);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A stock sheet with %u item to plan",
                                       "A stock sheet with %u items to plan", scenario->stock->len),
                          scenario->stock->len);
}

static void
fill_start (ScInventoryPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->scenario_list))) != NULL)
    gtk_list_box_remove (self->scenario_list, child);

  for (guint i = 0; i < self->scenarios->len; i++)
    {
      const ScScenario *scenario = g_ptr_array_index (self->scenarios, i);
      g_autoptr(ScRun) open = sc_scenario_lookup_open_run (self->database, self->learner_id,
                                                          scenario->id, NULL);
      g_autofree char *subtitle = describe_scenario (scenario);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (open != NULL ? _("Resume") : _("Start"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), scenario->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "inventory.start");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", scenario->id);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      row, NULL, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->scenario_list, row);
    }
}

/**
 * sc_inventory_panel_open_practice:
 * @lesson_id: (nullable): the lesson whose practice card was pressed
 *
 * Opens the learner's store of the scenario (resumed, or started with
 * the learner's seed), with the way back to @lesson_id.
 *
 * Returns: whether the store is shown
 */
gboolean
sc_inventory_panel_open_practice (ScInventoryPanel *self,
                                  const char       *scenario_id,
                                  const char       *lesson_id)
{
  g_return_val_if_fail (SC_IS_INVENTORY_PANEL (self), FALSE);
  g_return_val_if_fail (scenario_id != NULL, FALSE);

  if (self->database == NULL || self->course == NULL)
    {
      /* Not yet set up: done when the context arrives. */
      g_free (self->pending_scenario);
      self->pending_scenario = g_strdup (scenario_id);
      g_free (self->pending_lesson);
      self->pending_lesson = g_strdup (lesson_id);
      return FALSE;
    }

  g_free (self->lesson_id);
  self->lesson_id = g_strdup (lesson_id);
  if (!start_scenario (self, scenario_id))
    {
      g_clear_pointer (&self->lesson_id, g_free);
      return FALSE;
    }
  return TRUE;
}

/* The learner's latest open store of an inventory practice: where they
 * left off. */
static ScRun *
latest_run (ScInventoryPanel *self)
{
  g_autoptr(GPtrArray) runs = sc_run_list (self->database, self->learner_id, NULL);

  for (guint i = runs != NULL ? runs->len : 0; i > 0; i--)
    {
      ScRun *run = g_ptr_array_index (runs, i - 1);

      if (run->state == SC_RUN_STATE_OPEN && run->scenario_id != NULL
          && find_scenario (self, run->scenario_id) != NULL)
        return sc_run_copy (run);
    }
  return NULL;
}

/* Everything again: the learner, the course or the database changed. */
static void
reload (ScInventoryPanel *self)
{
  g_autoptr(ScRun) run = NULL;

  g_clear_pointer (&self->run, sc_run_free);
  g_clear_object (&self->inventory);
  g_list_store_remove_all (self->store);
  close_item (self);

  if (self->database == NULL || self->learner_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-learner");
      sc_panel_set_ready (SC_PANEL (self), TRUE);
      return;
    }

  load_scenarios (self);
  fill_start (self);

  if (self->pending_scenario != NULL && self->course != NULL)
    {
      g_autofree char *scenario = g_steal_pointer (&self->pending_scenario);
      g_autofree char *lesson = g_steal_pointer (&self->pending_lesson);

      if (sc_inventory_panel_open_practice (self, scenario, lesson))
        return;
    }

  run = latest_run (self);
  show_run (self, run);
}

static void
sc_inventory_panel_context_changed (ScPanel *panel)
{
  ScInventoryPanel *self = SC_INVENTORY_PANEL (panel);
  ScContext *context = sc_panel_get_context (panel);
  ScDatabase *database = context != NULL ? sc_context_get_database (context) : NULL;
  ScCourse *course = context != NULL ? sc_context_get_course (context) : NULL;
  const ScLearner *learner = context != NULL ? sc_context_get_learner (context) : NULL;
  gint64 learner_id = learner != NULL ? learner->id : 0;

  if (database == self->database && course == self->course && learner_id == self->learner_id)
    return;

  if (learner_id != self->learner_id || database != self->database)
    g_clear_pointer (&self->lesson_id, g_free);
  g_set_object (&self->database, database);
  g_set_object (&self->course, course);
  self->learner_id = learner_id;
  reload (self);
}

/* Actions */

static void
history_step (ScInventoryPanel *self,
              gboolean          redo)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->run == NULL)
    return;

  done = redo ? sc_sandbox_redo (self->database, self->run, self->learner_id, NULL, &error)
              : sc_sandbox_undo (self->database, self->run, self->learner_id, NULL, &error);
  if (!done)
    toast (self, error->message, FALSE);
  else if (!load_inventory (self, &error))
    toast (self, error->message, FALSE);
  update_history (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  history_step (SC_INVENTORY_PANEL (widget), FALSE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  history_step (SC_INVENTORY_PANEL (widget), TRUE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScInventoryPanel *self = SC_INVENTORY_PANEL (widget);

  close_item (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
back_to_lesson_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ScInventoryPanel *self = SC_INVENTORY_PANEL (widget);

  if (self->lesson_id != NULL)
    gtk_widget_activate_action (widget, "win.open-lesson", "s", self->lesson_id);
}

/**
 * sc_inventory_panel_check:
 *
 * "Check My Work": the store against its scenario's goals, recorded.
 *
 * Returns: (transfer none) (nullable): the dialog with the result
 */
GtkWidget *
sc_inventory_panel_check (ScInventoryPanel *self)
{
  g_return_val_if_fail (SC_IS_INVENTORY_PANEL (self), NULL);

  return sc_practice_check (GTK_WIDGET (self), self->run, self->scenarios, self->lesson_id);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  sc_inventory_panel_check (SC_INVENTORY_PANEL (widget));
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScInventoryPanel *self = SC_INVENTORY_PANEL (widget);

  fill_start (self);
  show_run (self, NULL);
}

static void
count_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  sc_inventory_panel_open_count (SC_INVENTORY_PANEL (widget));
}

static void
start_over_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ScInventoryPanel *self = SC_INVENTORY_PANEL (widget);
  g_autoptr(GError) error = NULL;
  const ScScenario *scenario;

  if (self->run == NULL || self->run->scenario_id == NULL)
    return;

  scenario = find_scenario (self, self->run->scenario_id);
  if (scenario == NULL)
    {
      toast (self, _("The course no longer has this practice store’s scenario, so it cannot start over."), FALSE);
      return;
    }
  if (!sc_scenario_reset_run (self->database, scenario, self->run, &error))
    {
      toast (self, error->message, FALSE);
      return;
    }

  show_run (self, self->run);
  toast (self, _("Started over with a fresh stock sheet; your earlier work stays in the history."), FALSE);
}

/* Testing and state */

void
sc_inventory_panel_set_clock (ScInventoryPanel *self,
                              gint64          (*clock) (void))
{
  g_return_if_fail (SC_IS_INVENTORY_PANEL (self));

  self->clock = clock != NULL ? clock : real_clock;
}

/**
 * sc_inventory_panel_get_page:
 *
 * Returns: "no-learner", "start", "list" or "item"
 */
const char *
sc_inventory_panel_get_page (ScInventoryPanel *self)
{
  const char *page;

  g_return_val_if_fail (SC_IS_INVENTORY_PANEL (self), NULL);

  page = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "sheet") == 0)
    return gtk_stack_get_visible_child_name (self->sheet_stack);
  return page;
}

guint
sc_inventory_panel_get_n_shown (ScInventoryPanel *self)
{
  g_return_val_if_fail (SC_IS_INVENTORY_PANEL (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

static void
sc_inventory_panel_dispose (GObject *object)
{
  ScInventoryPanel *self = SC_INVENTORY_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_INVENTORY_PANEL);
  g_clear_object (&self->database);
  g_clear_object (&self->course);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_clear_pointer (&self->run, sc_run_free);
  g_clear_object (&self->inventory);
  g_clear_pointer (&self->lesson_id, g_free);
  g_clear_pointer (&self->pending_scenario, g_free);
  g_clear_pointer (&self->pending_lesson, g_free);

  G_OBJECT_CLASS (sc_inventory_panel_parent_class)->dispose (object);
}

static void
sc_inventory_panel_class_init (ScInventoryPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPanelClass *panel_class = SC_PANEL_CLASS (klass);

  object_class->dispose = sc_inventory_panel_dispose;
  panel_class->context_changed = sc_inventory_panel_context_changed;

  g_type_ensure (SC_TYPE_STOCK_ROW);
  g_type_ensure (SC_TYPE_STOCK_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-inventory-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, back_button);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, back_to_lesson_button);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, check_button);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, column_view);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, count_button);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, filter_model);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, item_page);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, redo_button);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, run_title);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, scenario_list);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, selection);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, sheet_stack);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, sort_model);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, store);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, undo_button);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, value_label);
  gtk_widget_class_bind_template_child (widget_class, ScInventoryPanel, view_box);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);

  gtk_widget_class_install_action (widget_class, "inventory.start", "s", start_action);
  gtk_widget_class_install_action (widget_class, "inventory.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "inventory.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "inventory.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "inventory.back-to-lesson", NULL,
                                   back_to_lesson_action);
  gtk_widget_class_install_action (widget_class, "inventory.start-over", NULL, start_over_action);
  gtk_widget_class_install_action (widget_class, "inventory.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "inventory.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "inventory.count", NULL, count_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "inventory.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "inventory.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "inventory.back", NULL);
}

static void
sc_inventory_panel_init (ScInventoryPanel *self)
{
  GtkCustomFilter *filter;
  GtkColumnViewColumn *sku;
  GtkWidget *group = NULL;

  /* Styled by style-pages.css, which the first frame did without. */
  sc_styles_load_pages ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->clock = real_clock;
  filter = gtk_custom_filter_new (filter_row, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  /* By SKU, as a stock sheet is printed and counted. */
  sku = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 0);
  gtk_column_view_sort_by_column (self->column_view, sku, GTK_SORT_ASCENDING);
  g_object_unref (sku);

  for (guint view = 0; view < N_VIEWS; view++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(view_names[view]));

      g_object_set_data (G_OBJECT (button), "view", GUINT_TO_POINTER (view));
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (group));
      else
        group = button;
      g_signal_connect (button, "toggled", G_CALLBACK (view_toggled_cb), self);
      gtk_box_append (self->view_box, button);
      self->view_buttons[view] = button;
    }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->view_buttons[0]), TRUE);

  g_signal_connect_object (self->item_page, "request", G_CALLBACK (request_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inventory.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inventory.undo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inventory.redo", FALSE);
}

GtkWidget *
sc_inventory_panel_new (void)
{
  return g_object_new (SC_TYPE_INVENTORY_PANEL, NULL);
}
