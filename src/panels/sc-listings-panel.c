/* sc-listings-panel.c - the Listings section: a practice store's products, goals and product pages
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The section shows one of the learner's practice stores (runs) at a
 * time: its products as a store admin lists them (sc-listings-list.c),
 * the scenario's goals with "Check My Work" beside them
 * (sc-listings-goals.c), and a product page in place of the list when a
 * product is opened. Without a store it offers the course's scenarios
 * and a product-file import (sc-listings-run.c); without a learner it
 * says to choose one. A lesson's practice card opens its scenario here
 * through sc_listings_panel_open_practice () and the page then offers
 * the way back to the lesson.
 *
 * Undo and redo are the run's (the action log's), so they live in the
 * panel (sc-listings-history.c) and not on the product page.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-context.h"
#include "sc-course.h"
#include "sc-listing-row.h"
#include "sc-listings-panel-private.h"
#include "sc-product-page.h"
#include "sc-sandbox-goal.h"
#include "sc-database.h"
#include "sc-styles.h"
#include "sc-width-cap.h"
#include "sc-toasts.h"

G_DEFINE_FINAL_TYPE (ScListingsPanel, sc_listings_panel, SC_TYPE_PANEL)

ScDatabase *
sc_listings_panel_get_database (ScListingsPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));

  return context != NULL ? sc_context_get_database (context) : NULL;
}

gint64
sc_listings_panel_get_learner_id (ScListingsPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  const ScLearner *learner = context != NULL ? sc_context_get_learner (context) : NULL;

  return learner != NULL ? learner->id : 0;
}

/* A notice in the window's toasts, when the page is in one. */
void
sc_listings_panel_toast (ScListingsPanel *self,
                         const char      *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    sc_toasts_add (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
close_product (ScListingsPanel *self)
{
  GtkWidget *child;

  gtk_stack_set_visible_child_name (self->store_stack, "list");
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "listings.back", FALSE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->product_box))) != NULL)
    gtk_box_remove (self->product_box, child);
  self->product_page = NULL;
}

static void
product_changed_cb (ScListingsPanel *self,
                    ScProductPage   *page)
{
  gint64 id = sc_product_page_get_product_id (page);

  /* A page's action changes its own product only. */
  sc_listings_panel_update_products (self, &id, 1);
  sc_listings_panel_recheck_goals (self);
  sc_listings_panel_update_history (self);
}

/**
 * sc_listings_panel_open_product:
 * @product_id: a product of the store shown (its row id)
 *
 * Shows the product's page in place of the list; Back returns.
 *
 * Returns: (transfer none) (nullable): the page, %NULL without a store
 */
GtkWidget *
sc_listings_panel_open_product (ScListingsPanel *self,
                                gint64           product_id)
{
  GtkWidget *page;

  g_return_val_if_fail (SC_IS_LISTINGS_PANEL (self), NULL);

  if (self->run == NULL)
    return NULL;

  close_product (self);
  page = sc_product_page_new (sc_panel_get_context (SC_PANEL (self)), self->run, sc_listings_panel_run_policy (self),
                              product_id);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_widget_set_hexpand (page, TRUE);
  g_signal_connect_object (page, "changed", G_CALLBACK (product_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (self->product_box, page);
  self->product_page = page;

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "listings.back", TRUE);
  gtk_stack_set_visible_child_name (self->store_stack, "product");
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);

  return page;
}

/**
 * sc_listings_panel_get_product_page:
 *
 * Returns: (transfer none) (nullable): the product page shown, if any
 */
GtkWidget *
sc_listings_panel_get_product_page (ScListingsPanel *self)
{
  g_return_val_if_fail (SC_IS_LISTINGS_PANEL (self), NULL);

  return self->product_page;
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (widget);

  if (self->product_page == NULL)
    return;
  close_product (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/**
 * sc_listings_panel_show_run:
 * @run: (nullable): one of the learner's runs; %NULL shows the start page
 *
 * Shows @run's store: its products, its goals and its history.
 */
void
sc_listings_panel_show_run (ScListingsPanel *self,
                            const ScRun     *run)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (SC_IS_LISTINGS_PANEL (self));

  close_product (self);
  if (run != self->run)
    {
      g_clear_pointer (&self->run, sc_run_free);
      self->run = run != NULL ? sc_run_copy (run) : NULL;
    }
  g_clear_pointer (&self->goal_results, g_ptr_array_unref);

  if (self->run == NULL)
    {
      sc_listings_panel_fill_start (self);
      gtk_stack_set_visible_child_name (self->stack, "start");
      sc_panel_set_ready (SC_PANEL (self), TRUE);
      return;
    }

  /* The switcher follows the run shown. */
  self->switching_runs = TRUE;
  for (guint i = 0; self->runs != NULL && i < self->runs->len; i++)
    if (g_strcmp0 (((ScRun *) self->runs->pdata[i])->uuid, self->run->uuid) == 0)
      gtk_drop_down_set_selected (self->run_switcher, i);
  self->switching_runs = FALSE;

  gtk_label_set_text (self->run_title, self->run->name);
  gtk_widget_set_visible (GTK_WIDGET (self->run_title),
                          self->runs == NULL || self->runs->len < 2);
  gtk_widget_set_visible (GTK_WIDGET (self->run_switcher),
                          self->runs != NULL && self->runs->len >= 2);
  gtk_widget_set_visible (GTK_WIDGET (self->back_to_lesson_button), self->lesson_id != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "listings.start-over",
                                 self->run->scenario_id != NULL);

  sc_listings_panel_load_list (self);
  sc_listings_panel_load_goals (self);
  sc_listings_panel_update_history (self);
  gtk_stack_set_visible_child_name (self->stack, "store");
  sc_panel_set_ready (SC_PANEL (self), TRUE);

  /* The Start button that was pressed is gone: the keyboard goes on
   * from the list, where Ctrl+F and Enter work. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      (focus == NULL || !gtk_widget_get_mapped (focus) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self))))
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Everything again: the learner, the course or the database changed. */
static void
reload (ScListingsPanel *self)
{
  ScContext *context = sc_panel_get_context (SC_PANEL (self));
  g_autofree char *uuid = self->run != NULL ? g_strdup (self->run->uuid) : NULL;
  ScRun *shown = NULL;

  close_product (self);
  g_clear_pointer (&self->run, sc_run_free);
  g_clear_pointer (&self->runs, g_ptr_array_unref);
  g_list_store_remove_all (self->store);
  sc_listings_panel_forget_list (self);

  if (context == NULL || self->database == NULL || self->learner_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-learner");
      sc_panel_set_ready (SC_PANEL (self), TRUE);
      return;
    }

  sc_listings_panel_load_scenarios (self);
  sc_listings_panel_load_runs (self);

  if (self->pending_scenario != NULL && self->course != NULL)
    {
      g_autofree char *scenario = g_steal_pointer (&self->pending_scenario);
      g_autofree char *lesson = g_steal_pointer (&self->pending_lesson);

      sc_listings_panel_open_practice (self, scenario, lesson);
      return;
    }

  for (guint i = 0; i < self->runs->len; i++)
    if (uuid != NULL && g_strcmp0 (((ScRun *) self->runs->pdata[i])->uuid, uuid) == 0)
      shown = self->runs->pdata[i];
  if (shown == NULL && self->runs->len > 0)
    shown = self->runs->pdata[self->runs->len - 1];

  sc_listings_panel_show_run (self, shown);
}

static void
sc_listings_panel_context_changed (ScPanel *panel)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (panel);
  ScContext *context = sc_panel_get_context (panel);
  ScDatabase *database = context != NULL ? sc_context_get_database (context) : NULL;
  ScCourse *course = context != NULL ? sc_context_get_course (context) : NULL;
  gint64 learner_id = sc_listings_panel_get_learner_id (self);

  if (database == self->database && course == self->course && learner_id == self->learner_id)
    return;

  if (learner_id != self->learner_id || database != self->database)
    {
      /* Another learner's stores: the lesson link was the other's. */
      g_clear_pointer (&self->run, sc_run_free);
      g_clear_pointer (&self->lesson_id, g_free);
    }
  g_set_object (&self->database, database);
  g_set_object (&self->course, course);
  self->learner_id = learner_id;
  reload (self);
}

static void
back_to_lesson_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (widget);

  if (self->lesson_id != NULL)
    gtk_widget_activate_action (widget, "win.open-lesson", "s", self->lesson_id);
}

static void
sc_listings_panel_dispose (GObject *object)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->fit_source, g_source_remove);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
  self->product_page = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_LISTINGS_PANEL);
  g_clear_object (&self->database);
  g_clear_object (&self->course);

  G_OBJECT_CLASS (sc_listings_panel_parent_class)->dispose (object);
}

static void
sc_listings_panel_finalize (GObject *object)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_clear_pointer (&self->policy, sc_policy_free);
  g_clear_pointer (&self->policies, g_hash_table_unref);
  g_clear_pointer (&self->runs, g_ptr_array_unref);
  g_clear_pointer (&self->run, sc_run_free);
  g_clear_object (&self->run_names);
  g_clear_object (&self->categories);
  g_clear_pointer (&self->goal_results, g_ptr_array_unref);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  sc_listings_panel_forget_list (self);
  g_free (self->query);
  g_free (self->lesson_id);
  g_free (self->pending_scenario);
  g_free (self->pending_lesson);

  G_OBJECT_CLASS (sc_listings_panel_parent_class)->finalize (object);
}

static void
sc_listings_panel_class_init (ScListingsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ScPanelClass *panel_class = SC_PANEL_CLASS (klass);

  object_class->dispose = sc_listings_panel_dispose;
  object_class->finalize = sc_listings_panel_finalize;

  panel_class->context_changed = sc_listings_panel_context_changed;

  g_type_ensure (SC_TYPE_LISTING_ROW);
  g_type_ensure (SC_TYPE_WIDTH_CAP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-listings-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, back_button);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, back_to_lesson_button);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, category_filter);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, check_button);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, column_view);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, filter_model);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, goal_list);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, goals_heading);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, goals_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, goals_summary);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, goals_toggle);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, lint_filter);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, missing_lesson_button);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, missing_page);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, product_box);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, redo_button);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, run_switcher);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, run_title);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, scenario_list);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, selection);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, sort_model);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, start_back_button);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, start_page);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, status_filter);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, store);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, store_stack);
  gtk_widget_class_bind_template_child (widget_class, ScListingsPanel, undo_button);

  gtk_widget_class_install_action (widget_class, "listings.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "listings.back", NULL);
  gtk_widget_class_install_action (widget_class, "listings.back-to-lesson", NULL,
                                   back_to_lesson_action);

  sc_listings_panel_class_init_list (widget_class);
  sc_listings_panel_class_init_run (widget_class);
  sc_listings_panel_class_init_goals (widget_class);
  sc_listings_panel_class_init_history (widget_class);
}

static void
sc_listings_panel_init (ScListingsPanel *self)
{
  /* Styled by style-pages.css, which the first frame did without. */
  sc_styles_load_pages ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->policies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sc_policy_free);
  self->run_names = gtk_string_list_new (NULL);
  self->categories = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->run_switcher, G_LIST_MODEL (self->run_names));
  gtk_drop_down_set_model (self->category_filter, G_LIST_MODEL (self->categories));
  sc_listings_panel_init_list (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "listings.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "listings.undo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "listings.redo", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "no-learner");
}

GtkWidget *
sc_listings_panel_new (void)
{
  return g_object_new (SC_TYPE_LISTINGS_PANEL, NULL);
}

/**
 * sc_listings_panel_open_practice:
 * @scenario_id: a scenario of the course (scenarios/ID.xml)
 * @lesson_id: (nullable): the lesson whose practice card asks, which
 *   "Back to Lesson" then returns to
 *
 * Shows the learner's open run of the scenario, started when there is
 * none. A scenario the course does not have shows a page that says so.
 * Asked before the course has arrived, it happens when it does.
 *
 * Returns: %FALSE when the store cannot be shown (no learner, no such
 *   scenario, or the database refused)
 */
gboolean
sc_listings_panel_open_practice (ScListingsPanel *self,
                                 const char      *scenario_id,
                                 const char      *lesson_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autofree char *description = NULL;
  const ScScenario *scenario;

  g_return_val_if_fail (SC_IS_LISTINGS_PANEL (self), FALSE);
  g_return_val_if_fail (scenario_id != NULL, FALSE);

  g_free (self->lesson_id);
  self->lesson_id = lesson_id != NULL && *lesson_id != '\0' ? g_strdup (lesson_id) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->missing_lesson_button), self->lesson_id != NULL);

  if (self->database == NULL || self->learner_id == 0)
    return FALSE;

  if (self->course == NULL)
    {
      g_free (self->pending_scenario);
      g_free (self->pending_lesson);
      self->pending_scenario = g_strdup (scenario_id);
      self->pending_lesson = g_strdup (lesson_id);
      return TRUE;
    }

  scenario = sc_listings_panel_find_scenario (self, scenario_id);
  if (scenario == NULL)
    {
      close_product (self);
      description = g_strdup_printf (_("The lesson asks for the practice store “%s”, which this version of the course does not include yet. Your other practice stores are still here."),
                                     scenario_id);
      adw_status_page_set_description (self->missing_page, description);
      gtk_stack_set_visible_child_name (self->stack, "missing");
      sc_panel_set_ready (SC_PANEL (self), TRUE);
      return FALSE;
    }

  run = sc_listings_panel_open_scenario_run (self, scenario, &error);
  if (run == NULL)
    {
      sc_listings_panel_toast (self, error->message);
      return FALSE;
    }

  sc_listings_panel_load_runs (self);
  sc_listings_panel_show_run (self, run);

  return TRUE;
}

/**
 * sc_listings_panel_get_run_uuid:
 *
 * Returns: (nullable): the UUID of the run shown
 */
const char *
sc_listings_panel_get_run_uuid (ScListingsPanel *self)
{
  g_return_val_if_fail (SC_IS_LISTINGS_PANEL (self), NULL);

  return self->run != NULL ? self->run->uuid : NULL;
}

/**
 * sc_listings_panel_get_page:
 *
 * Returns: what is shown: "no-learner", "start", "missing", "list" or
 *   "product"
 */
const char *
sc_listings_panel_get_page (ScListingsPanel *self)
{
  const char *page;

  g_return_val_if_fail (SC_IS_LISTINGS_PANEL (self), NULL);

  page = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "store") == 0)
    return gtk_stack_get_visible_child_name (self->store_stack);

  return page;
}
