/* sc-orders-panel.c - the Orders section: the order queue of a practice store
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three pages. The start page lists the course's order scenarios, each
 * with Start (or Resume when the learner has an open store of it). The
 * queue lists the store's orders as a store admin does, most urgent
 * deadline first, with views for what needs doing (to fulfil, unpaid,
 * on hold, closed). Activating an order opens its page (ScOrderPage),
 * whose steps come back here as requests: each is one action on the run
 * (sc_sandbox_order_act ()), so it is saved at once, logged, and undone
 * with Ctrl+Z like an edit of a listing.
 *
 * A lesson's practice card opens a scenario through
 * sc_orders_panel_open_practice (); the queue then offers the way back
 * to the lesson.
 *
 * Deadlines are read against a clock (the real one, or a test's), and
 * the rows and the order shown are read against it again every minute
 * while the queue is shown, so "Ship within 2 hours" becomes "Overdue by
 * 1 hour" without a click, and without moving the selection or the
 * keyboard.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-context.h"
#include "sc-course.h"
#include "sc-database.h"
#include "sc-order-page.h"
#include "sc-order-row.h"
#include "sc-orders-panel.h"
#include "sc-practice-check.h"
#include "sc-run-orders.h"
#include "sc-sandbox-action.h"
#include "sc-scenario-run.h"
#include "sc-styles.h"
#include "sc-toasts.h"

#define N_VIEWS (SC_ORDER_VIEW_CLOSED + 1)

struct _ScOrdersPanel
{
  ScPanel              parent_instance;

  /* Template children */
  GtkButton           *back_button;
  GtkButton           *back_to_lesson_button;
  GtkButton           *check_button;
  GtkColumnView       *column_view;
  GtkFilterListModel  *filter_model;
  ScOrderPage         *order_page;
  GtkStack            *queue_stack;
  GtkButton           *redo_button;
  GtkLabel            *run_title;
  GtkListBox          *scenario_list;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkStack            *stack;
  GtkButton           *start_over_button;
  GListStore          *store;
  GtkButton           *undo_button;
  GtkBox              *view_box;

  ScDatabase          *database;
  ScCourse            *course;
  gint64               learner_id;

  GPtrArray           *scenarios;  /* (element-type ScScenario) with orders */
  ScRun               *run;        /* the store shown, or NULL */
  GPtrArray           *orders;     /* (element-type ScOrder) of run */
  char                *lesson_id;  /* the lesson the store was opened from */
  char                *pending_scenario;
  char                *pending_lesson;
  ScOrderView          view;
  GtkWidget           *view_buttons[N_VIEWS];
  gint64             (*clock) (void);
  guint                tick_source;
};

G_DEFINE_FINAL_TYPE (ScOrdersPanel, sc_orders_panel, SC_TYPE_PANEL)

static const char * const view_names[N_VIEWS] = {
  N_("All"), N_("To Fulfil"), N_("Unpaid"), N_("On Hold"), N_("Awaiting Reply"), N_("Closed"),
};

static gint64
real_clock (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gint64
now (ScOrdersPanel *self)
{
  return self->clock ();
}

static void
toast (ScOrdersPanel *self,
       const char    *title,
       gboolean       undoable)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *notice;

  if (overlay == NULL)
    return;

  notice = adw_toast_new (title);
  if (undoable)
    {
      adw_toast_set_button_label (notice, _("_Undo"));
      adw_toast_set_action_name (notice, "orders.undo");
    }
  sc_toasts_add (ADW_TOAST_OVERLAY (overlay), notice);
}

static gboolean
scenario_has_orders (const ScScenario *scenario)
{
  return scenario->orders != NULL && scenario->orders->len > 0;
}

static const ScScenario *
find_scenario (ScOrdersPanel *self,
               const char    *id)
{
  for (guint i = 0; self->scenarios != NULL && i < self->scenarios->len; i++)
    {
      const ScScenario *scenario = g_ptr_array_index (self->scenarios, i);

      if (g_strcmp0 (scenario->id, id) == 0)
        return scenario;
    }
  return NULL;
}

/* The course's scenarios with an order queue. A file with problems is
 * left out; the course validator reports it. */
static void
load_scenarios (ScOrdersPanel *self)
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
    if (scenario_has_orders (g_ptr_array_index (all, i)))
      g_ptr_array_add (self->scenarios, g_ptr_array_steal_index (all, i--));
}

/* Views and counts */

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  ScOrdersPanel *self = user_data;

  return sc_order_row_in_view (SC_ORDER_ROW (item), self->view);
}

static void
update_counts (ScOrdersPanel *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint view = 0; view < N_VIEWS; view++)
    {
      g_autofree char *label = NULL;
      guint n = 0;

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(ScOrderRow) row = g_list_model_get_item (G_LIST_MODEL (self->store), i);

          n += sc_order_row_in_view (row, view);
        }
      /* Translators: a view of the order queue and how many orders it has: "To Fulfil (5)" */
      label = g_strdup_printf (_("%s (%u)"), _(view_names[view]), n);
      gtk_button_set_label (GTK_BUTTON (self->view_buttons[view]), label);
    }
}

static void
view_toggled_cb (GtkToggleButton *button,
                 ScOrdersPanel   *self)
{
  GtkFilter *filter;

  if (!gtk_toggle_button_get_active (button))
    return;

  self->view = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "view"));
  filter = gtk_filter_list_model_get_filter (self->filter_model);
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

void
sc_orders_panel_set_view (ScOrdersPanel *self,
                          guint          view)
{
  g_return_if_fail (SC_IS_ORDERS_PANEL (self));
  g_return_if_fail (view < N_VIEWS);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->view_buttons[view]), TRUE);
}

/* The queue */

static const ScOrder *
find_order (ScOrdersPanel *self,
            const char    *name)
{
  for (guint i = 0; self->orders != NULL && i < self->orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (self->orders, i);

      if (g_strcmp0 (order->name, name) == 0)
        return order;
    }
  return NULL;
}

/* Rows for the orders as they are now; the page shown follows. */
static void
refill (ScOrdersPanel *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 time = now (self);
  const ScOrder *shown = sc_order_page_get_order (self->order_page);

  for (guint i = 0; self->orders != NULL && i < self->orders->len; i++)
    g_ptr_array_add (rows, sc_order_row_new (g_ptr_array_index (self->orders, i), time));
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       rows->pdata, rows->len);
  update_counts (self);

  if (shown != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->queue_stack), "order") == 0)
    {
      const ScOrder *order = find_order (self, shown->name);

      if (order != NULL)
        sc_order_page_set_order (self->order_page, order, time);
    }
}

static gboolean
load_orders (ScOrdersPanel  *self,
             GError        **error)
{
  g_autoptr(GPtrArray) orders = NULL;

  orders = sc_run_load_orders (sc_database_get_handle (self->database), self->run, error);
  if (orders == NULL)
    return FALSE;

  g_clear_pointer (&self->orders, g_ptr_array_unref);
  self->orders = g_steal_pointer (&orders);
  refill (self);
  return TRUE;
}

/* After a step on the order @name: that order read again, its row
 * replaced and its page redone; the others are as they were, so a step
 * costs the same in a store of ten orders or of a thousand. */
static gboolean
reload_order (ScOrdersPanel  *self,
              const char     *name,
              GError        **error)
{
  GListModel *rows = G_LIST_MODEL (self->store);
  g_autoptr(ScOrder) fresh = NULL;
  const ScOrder *order = NULL;
  const ScOrder *shown = sc_order_page_get_order (self->order_page);
  gint64 time = now (self);

  fresh = sc_run_load_order (sc_database_get_handle (self->database), self->run, name, error);
  if (fresh == NULL)
    return FALSE;

  for (guint i = 0; self->orders != NULL && i < self->orders->len && order == NULL; i++)
    if (g_strcmp0 (((const ScOrder *) g_ptr_array_index (self->orders, i))->name, name) == 0)
      {
        sc_order_free (g_ptr_array_index (self->orders, i));
        order = self->orders->pdata[i] = g_steal_pointer (&fresh);
      }
  if (order == NULL)
    return load_orders (self, error);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ScOrderRow) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (sc_order_row_get_name (row), name) == 0)
        {
          g_autoptr(ScOrderRow) replacement = sc_order_row_new (order, time);

          g_list_store_splice (self->store, i, 1, (gpointer *) &replacement, 1);
          break;
        }
    }
  update_counts (self);

  if (shown != NULL && g_strcmp0 (shown->name, name) == 0)
    sc_order_page_set_order (self->order_page, order, time);
  return TRUE;
}

static void
update_history (ScOrdersPanel *self)
{
  g_autoptr(ScSandboxHistory) history = NULL;

  if (self->run != NULL)
    history = sc_sandbox_history_load (sc_database_get_handle (self->database), self->run,
                                       self->learner_id, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.undo",
                                 history != NULL && history->undo->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.redo",
                                 history != NULL && history->redo->len > 0);
}

/* A minute on: the same rows and the same page, read against the clock,
 * so neither the selection nor the keyboard focus moves. */
static void
tick (ScOrdersPanel *self)
{
  GListModel *rows = G_LIST_MODEL (self->store);
  gint64 time = now (self);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ScOrderRow) row = g_list_model_get_item (rows, i);

      sc_order_row_set_now (row, time);
    }
  if (sc_order_page_get_order (self->order_page) != NULL)
    sc_order_page_set_now (self->order_page, time);
}

static gboolean
tick_cb (gpointer user_data)
{
  ScOrdersPanel *self = user_data;

  if (self->run != NULL)
    tick (self);
  return G_SOURCE_CONTINUE;
}

static void
close_order (ScOrdersPanel *self)
{
  gtk_stack_set_visible_child_name (self->queue_stack, "list");
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.back", FALSE);
}

/**
 * sc_orders_panel_open_order:
 * @name: an order of the store shown: "#1001"
 *
 * Returns: (transfer none) (nullable): the order's page, or %NULL when
 *   the store has no such order
 */
GtkWidget *
sc_orders_panel_open_order (ScOrdersPanel *self,
                            const char    *name)
{
  const ScOrder *order;

  g_return_val_if_fail (SC_IS_ORDERS_PANEL (self), NULL);

  order = find_order (self, name);
  if (order == NULL)
    return NULL;

  sc_order_page_set_order (self->order_page, order, now (self));
  gtk_stack_set_visible_child_name (self->queue_stack, "order");
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.back", TRUE);
  sc_order_page_focus_steps (self->order_page);
  return GTK_WIDGET (self->order_page);
}

static void
order_activated_cb (ScOrdersPanel *self,
                    guint          position)
{
  g_autoptr(ScOrderRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    sc_orders_panel_open_order (self, sc_order_row_get_name (row));
}

/* What a done step says, with Undo beside it. */
static char *
describe_done (const ScOrder        *order,
               const ScOrderRequest *request)
{
  switch (request->action)
    {
    case SC_ORDER_ACTION_FULFIL:
      return g_strdup_printf (_("Fulfilled items of %s"), order->name);
    case SC_ORDER_ACTION_CAPTURE:
      return g_strdup_printf (_("Captured payment of %s"), order->name);
    case SC_ORDER_ACTION_MARK_AS_PAID:
      return g_strdup_printf (_("Marked %s as paid"), order->name);
    case SC_ORDER_ACTION_VOID:
      return g_strdup_printf (_("Voided the payment of %s"), order->name);
    case SC_ORDER_ACTION_HOLD:
      return g_strdup_printf (_("Put %s on hold"), order->name);
    case SC_ORDER_ACTION_RELEASE_HOLD:
      return g_strdup_printf (_("Released the hold on %s"), order->name);
    case SC_ORDER_ACTION_CANCEL:
      return g_strdup_printf (_("Cancelled %s"), order->name);
    case SC_ORDER_ACTION_REFUND:
      return g_strdup_printf (_("Refunded %s"), order->name);
    case SC_ORDER_ACTION_CLOSE:
      return g_strdup_printf (_("Archived %s"), order->name);
    case SC_ORDER_ACTION_REOPEN:
      return g_strdup_printf (_("Unarchived %s"), order->name);
    case SC_ORDER_ACTION_ADD_TRACKING:
      return g_strdup_printf (_("Added tracking to %s"), order->name);
    case SC_ORDER_ACTION_NOTIFY:
      return g_strdup_printf (_("Sent a message to the customer of %s"), order->name);
    default:
      return g_strdup_printf (_("Changed %s"), order->name);
    }
}

static void
request_cb (ScOrdersPanel        *self,
            const ScOrderRequest *request,
            ScOrderPage          *page)
{
  const ScOrder *order = sc_order_page_get_order (page);
  g_autofree char *done = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  if (self->run == NULL || order == NULL)
    return;

  if (!sc_sandbox_order_act (self->database, self->run, self->learner_id, order->name, request,
                             now (self), NULL, &error))
    {
      /* A rule's refusal is explained; a database's failure is not a
       * lesson, and says what to do in a toast. */
      if (error->domain == SC_ORDER_ERROR || error->domain == SC_INVENTORY_ERROR)
        sc_order_page_explain (page, error->message);
      else
        toast (self, error->message, FALSE);
      return;
    }

  /* The page's copy of the order goes when the page is redone. */
  done = describe_done (order, request);
  name = g_strdup (order->name);
  if (!reload_order (self, name, &error))
    toast (self, error->message, FALSE);
  else
    toast (self, done, TRUE);
  update_history (self);
}

/* Runs */

static void
show_run (ScOrdersPanel *self,
          const ScRun   *run)
{
  g_autoptr(GError) error = NULL;

  close_order (self);
  if (run != self->run)
    {
      g_clear_pointer (&self->run, sc_run_free);
      self->run = run != NULL ? sc_run_copy (run) : NULL;
    }
  g_clear_pointer (&self->orders, g_ptr_array_unref);
  g_list_store_remove_all (self->store);

  if (self->run == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "start");
      sc_panel_set_ready (SC_PANEL (self), TRUE);
      return;
    }

  gtk_label_set_label (self->run_title, self->run->name);
  gtk_widget_set_visible (GTK_WIDGET (self->back_to_lesson_button), self->lesson_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.start-over",
                                 self->run->scenario_id != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button),
                          self->run->scenario_id != NULL
                          && sc_practice_has_goals (sc_practice_find_scenario (self->scenarios,
                                                                               self->run)));
  if (!load_orders (self, &error))
    toast (self, error->message, FALSE);
  update_history (self);
  gtk_stack_set_visible_child_name (self->stack, "queue");
  sc_panel_set_ready (SC_PANEL (self), TRUE);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static gboolean
start_scenario (ScOrdersPanel *self,
                const char    *scenario_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = NULL;
  const ScScenario *scenario = find_scenario (self, scenario_id);

  if (self->database == NULL)
    return FALSE;
  if (scenario == NULL)
    {
      g_autofree char *text =
        g_strdup_printf (_("This course has no order practice “%s”; choose one of its practices."),
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
  ScOrdersPanel *self = SC_ORDERS_PANEL (widget);

  g_clear_pointer (&self->lesson_id, g_free);
  start_scenario (self, g_variant_get_string (parameter, NULL));
}

static void
fill_start (ScOrdersPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->scenario_list))) != NULL)
    gtk_list_box_remove (self->scenario_list, child);

  for (guint i = 0; i < self->scenarios->len; i++)
    {
      const ScScenario *scenario = g_ptr_array_index (self->scenarios, i);
      g_autoptr(ScRun) open = sc_scenario_lookup_open_run (self->database, self->learner_id,
                                                          scenario->id, NULL);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (open != NULL ? _("Resume") : _("Start"));

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u order waiting",
                                               "%u orders waiting", scenario->orders->len),
                                  scenario->orders->len);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), scenario->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "orders.start");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", scenario->id);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      row, NULL, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->scenario_list, row);
    }
}

/**
 * sc_orders_panel_open_practice:
 * @lesson_id: (nullable): the lesson whose practice card was pressed
 *
 * Opens the learner's store of the scenario (resumed, or started with
 * the learner's seed), with the way back to @lesson_id.
 *
 * Returns: whether the store is shown
 */
gboolean
sc_orders_panel_open_practice (ScOrdersPanel *self,
                               const char    *scenario_id,
                               const char    *lesson_id)
{
  g_return_val_if_fail (SC_IS_ORDERS_PANEL (self), FALSE);
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

/* The learner's latest open store of an order practice: where they left
 * off. */
static ScRun *
latest_run (ScOrdersPanel *self)
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
reload (ScOrdersPanel *self)
{
  g_autoptr(ScRun) run = NULL;

  g_clear_pointer (&self->run, sc_run_free);
  g_clear_pointer (&self->orders, g_ptr_array_unref);
  g_list_store_remove_all (self->store);
  close_order (self);

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

      if (sc_orders_panel_open_practice (self, scenario, lesson))
        return;
    }

  run = latest_run (self);
  show_run (self, run);
}

static void
sc_orders_panel_context_changed (ScPanel *panel)
{
  ScOrdersPanel *self = SC_ORDERS_PANEL (panel);
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
history_step (ScOrdersPanel *self,
              gboolean       redo)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->run == NULL)
    return;

  done = redo ? sc_sandbox_redo (self->database, self->run, self->learner_id, NULL, &error)
              : sc_sandbox_undo (self->database, self->run, self->learner_id, NULL, &error);
  if (!done)
    toast (self, error->message, FALSE);
  else if (!load_orders (self, &error))
    toast (self, error->message, FALSE);
  update_history (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  history_step (SC_ORDERS_PANEL (widget), FALSE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  history_step (SC_ORDERS_PANEL (widget), TRUE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScOrdersPanel *self = SC_ORDERS_PANEL (widget);

  close_order (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
back_to_lesson_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ScOrdersPanel *self = SC_ORDERS_PANEL (widget);

  if (self->lesson_id != NULL)
    gtk_widget_activate_action (widget, "win.open-lesson", "s", self->lesson_id);
}

/**
 * sc_orders_panel_check:
 *
 * "Check My Work": the store against its scenario's goals, recorded.
 *
 * Returns: (transfer none) (nullable): the dialog with the result
 */
GtkWidget *
sc_orders_panel_check (ScOrdersPanel *self)
{
  g_return_val_if_fail (SC_IS_ORDERS_PANEL (self), NULL);

  return sc_practice_check (GTK_WIDGET (self), self->run, self->scenarios, self->lesson_id);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  sc_orders_panel_check (SC_ORDERS_PANEL (widget));
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScOrdersPanel *self = SC_ORDERS_PANEL (widget);

  fill_start (self);
  show_run (self, NULL);
}

static void
start_over_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ScOrdersPanel *self = SC_ORDERS_PANEL (widget);
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
  toast (self, _("Started over with a fresh queue; your earlier work stays in the history."), FALSE);
}

/* Testing and state */

void
sc_orders_panel_set_clock (ScOrdersPanel *self,
                           gint64       (*clock) (void))
{
  g_return_if_fail (SC_IS_ORDERS_PANEL (self));

  self->clock = clock != NULL ? clock : real_clock;
  if (self->run != NULL)
    tick (self);
}

/**
 * sc_orders_panel_get_page:
 *
 * Returns: "no-learner", "start", "queue" or "order"
 */
const char *
sc_orders_panel_get_page (ScOrdersPanel *self)
{
  const char *page;

  g_return_val_if_fail (SC_IS_ORDERS_PANEL (self), NULL);

  page = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "queue") == 0)
    return gtk_stack_get_visible_child_name (self->queue_stack);
  return page;
}

guint
sc_orders_panel_get_n_shown (ScOrdersPanel *self)
{
  g_return_val_if_fail (SC_IS_ORDERS_PANEL (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

static void
sc_orders_panel_map (GtkWidget *widget)
{
  ScOrdersPanel *self = SC_ORDERS_PANEL (widget);

  GTK_WIDGET_CLASS (sc_orders_panel_parent_class)->map (widget);

  if (self->tick_source == 0)
    self->tick_source = g_timeout_add_seconds (60, tick_cb, self);
  if (self->run != NULL)
    tick (self);
}

static void
sc_orders_panel_unmap (GtkWidget *widget)
{
  ScOrdersPanel *self = SC_ORDERS_PANEL (widget);

  g_clear_handle_id (&self->tick_source, g_source_remove);

  GTK_WIDGET_CLASS (sc_orders_panel_parent_class)->unmap (widget);
}

static void
sc_orders_panel_dispose (GObject *object)
{
  ScOrdersPanel *self = SC_ORDERS_PANEL (object);

  g_clear_handle_id (&self->tick_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_ORDERS_PANEL);
  g_clear_object (&self->database);
  g_clear_object (&self->course);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_clear_pointer (&self->run, sc_run_free);
  g_clear_pointer (&self->orders, g_ptr_array_unref);
  g_clear_pointer (&self->lesson_id, g_free);
  g_clear_pointer (&self->pending_scenario, g_free);
  g_clear_pointer (&self->pending_lesson, g_free);

  G_OBJECT_CLASS (sc_orders_panel_parent_class)->dispose (object);
}

static void
sc_orders_panel_class_init (ScOrdersPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPanelClass *panel_class = SC_PANEL_CLASS (klass);

  object_class->dispose = sc_orders_panel_dispose;
  widget_class->map = sc_orders_panel_map;
  widget_class->unmap = sc_orders_panel_unmap;
  panel_class->context_changed = sc_orders_panel_context_changed;

  g_type_ensure (SC_TYPE_ORDER_ROW);
  g_type_ensure (SC_TYPE_ORDER_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-orders-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, back_button);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, back_to_lesson_button);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, check_button);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, column_view);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, filter_model);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, order_page);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, queue_stack);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, redo_button);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, run_title);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, scenario_list);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, selection);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, sort_model);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, store);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, undo_button);
  gtk_widget_class_bind_template_child (widget_class, ScOrdersPanel, view_box);
  gtk_widget_class_bind_template_callback (widget_class, order_activated_cb);

  gtk_widget_class_install_action (widget_class, "orders.start", "s", start_action);
  gtk_widget_class_install_action (widget_class, "orders.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "orders.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "orders.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "orders.back-to-lesson", NULL,
                                   back_to_lesson_action);
  gtk_widget_class_install_action (widget_class, "orders.start-over", NULL, start_over_action);
  gtk_widget_class_install_action (widget_class, "orders.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "orders.check", NULL, check_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "orders.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "orders.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "orders.back", NULL);
}

static void
sc_orders_panel_init (ScOrdersPanel *self)
{
  GtkCustomFilter *filter;
  GtkColumnViewColumn *deadline;
  GtkWidget *group = NULL;

  /* Styled by style-pages.css, which the first frame did without. */
  sc_styles_load_pages ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->clock = real_clock;
  filter = gtk_custom_filter_new (filter_row, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  /* Most urgent first, as a clerk works the queue. */
  deadline = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 6);
  gtk_column_view_sort_by_column (self->column_view, deadline, GTK_SORT_ASCENDING);
  g_object_unref (deadline);

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

  g_signal_connect_object (self->order_page, "request", G_CALLBACK (request_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.undo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "orders.redo", FALSE);
}

GtkWidget *
sc_orders_panel_new (void)
{
  return g_object_new (SC_TYPE_ORDERS_PANEL, NULL);
}
