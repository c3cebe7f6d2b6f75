/* sc-listings-run.c - the Listings section's stores: scenarios, starting, importing, switching
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The start page lists the course's scenarios, each with Start (or
 * Resume when the learner has an open store of it), and imports a
 * Shopify or WooCommerce product CSV into a new store. A scenario opens
 * through sc_scenario_open_run (), which resumes the learner's open run
 * or starts one with the learner's seed for it.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog-file.h"
#include "sc-course.h"
#include "sc-database.h"
#include "sc-error.h"
#include "sc-listings-panel-private.h"
#include "sc-scenario-run.h"

#define POLICY_FILE "policies/general-marketplace.xml"

/**
 * sc_listings_panel_load_scenarios:
 *
 * The course's scenarios and the general policy, which an imported store
 * is linted under. A file with problems is left out; the course
 * validator reports it.
 */
void
sc_listings_panel_load_scenarios (ScListingsPanel *self)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  const char *course_dir = self->course != NULL ? sc_course_get_directory (self->course) : NULL;

  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_clear_pointer (&self->policy, sc_policy_free);

  if (course_dir == NULL)
    {
      self->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_scenario_free);
      return;
    }

  self->scenarios = sc_scenario_load_all (course_dir, problems);
  self->policy = sc_policy_load (course_dir, POLICY_FILE, problems);

  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *text = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_message ("Listings: %s", text);
    }
}

const ScScenario *
sc_listings_panel_find_scenario (ScListingsPanel *self,
                                 const char      *id)
{
  ScScenario *scenario;

  for (guint i = 0; self->scenarios != NULL && i < self->scenarios->len; i++)
    if (g_strcmp0 (((ScScenario *) self->scenarios->pdata[i])->id, id) == 0)
      return self->scenarios->pdata[i];

  if (self->course == NULL || self->scenarios == NULL)
    return NULL;

  scenario = sc_scenario_find (sc_course_get_directory (self->course), id, NULL);
  if (scenario != NULL)
    g_ptr_array_add (self->scenarios, scenario);

  return scenario;
}

/* The learner's stores, for the switcher. */
void
sc_listings_panel_load_runs (ScListingsPanel *self)
{
  g_autoptr(GError) error = NULL;
  ScDatabase *database = sc_listings_panel_get_database (self);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->run_names));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_clear_pointer (&self->runs, g_ptr_array_unref);
  if (database != NULL && self->learner_id != 0)
    self->runs = sc_run_list (database, self->learner_id, &error);
  if (self->runs == NULL)
    {
      if (error != NULL)
        sc_listings_panel_toast (self, error->message);
      self->runs = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_run_free);
    }

  for (guint i = 0; i < self->runs->len; i++)
    g_ptr_array_add (names, ((ScRun *) self->runs->pdata[i])->name);
  g_ptr_array_add (names, NULL);

  self->switching_runs = TRUE;
  gtk_string_list_splice (self->run_names, 0, n_old, (const char * const *) names->pdata);
  self->switching_runs = FALSE;
}

static const ScRun *
find_open_run (ScListingsPanel *self,
               const char      *scenario_id)
{
  const ScRun *found = NULL;

  for (guint i = 0; self->runs != NULL && i < self->runs->len; i++)
    {
      const ScRun *run = self->runs->pdata[i];

      if (g_strcmp0 (run->scenario_id, scenario_id) == 0 && run->state == SC_RUN_STATE_OPEN)
        found = run;
    }

  return found;
}

/**
 * sc_listings_panel_open_scenario_run:
 *
 * Returns: (transfer full) (nullable): the learner's open run of
 *   @scenario, started when there is none
 */
ScRun *
sc_listings_panel_open_scenario_run (ScListingsPanel   *self,
                                     const ScScenario  *scenario,
                                     GError           **error)
{
  ScDatabase *database = sc_listings_panel_get_database (self);

  return sc_scenario_open_run (database, self->learner_id, scenario, error);
}

/**
 * sc_listings_panel_run_policy:
 *
 * A scenario's store is linted and checked under the policy the scenario
 * names (strict-marketplace for some); an imported one under the general
 * policy. Policies are read once and kept.
 *
 * Returns: (transfer none) (nullable): the policy for the run shown
 */
const ScPolicy *
sc_listings_panel_run_policy (ScListingsPanel *self)
{
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autofree char *relative = NULL;
  const ScScenario *scenario;
  ScPolicy *policy;

  if (self->run == NULL || self->run->scenario_id == NULL || self->course == NULL)
    return self->policy;
  scenario = sc_listings_panel_find_scenario (self, self->run->scenario_id);
  if (scenario == NULL || scenario->policy_id == NULL)
    return self->policy;

  policy = g_hash_table_lookup (self->policies, scenario->policy_id);
  if (policy != NULL)
    return policy;

  problems = sc_course_problems_new ();
  relative = g_strdup_printf ("policies/%s.xml", scenario->policy_id);
  policy = sc_policy_load (sc_course_get_directory (self->course), relative, problems);
  if (policy == NULL)
    return self->policy;
  g_hash_table_insert (self->policies, g_strdup (scenario->policy_id), policy);

  return policy;
}

/**
 * sc_listings_panel_start_scenario:
 *
 * What a scenario's Start button does: its open store, or a new one.
 *
 * Returns: %FALSE when the course has no such scenario or the database
 *   refused (said in a toast)
 */
gboolean
sc_listings_panel_start_scenario (ScListingsPanel *self,
                                  const char      *scenario_id)
{
  g_return_val_if_fail (SC_IS_LISTINGS_PANEL (self), FALSE);

  g_clear_pointer (&self->lesson_id, g_free);

  return sc_listings_panel_open_practice (self, scenario_id, NULL);
}

static void
start_scenario_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  sc_listings_panel_start_scenario (SC_LISTINGS_PANEL (widget),
                                    g_variant_get_string (parameter, NULL));
}

/* "4 products · 3 goals" */
static char *
describe_scenario (const ScScenario *scenario)
{
  /* A store from the course's product file, or generated. */
  guint n_products = scenario->catalog != NULL ? sc_catalog_get_n_products (scenario->catalog)
                                               : scenario->n_products;
  g_autofree char *products = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u product",
                                                            "%u products", n_products),
                                               n_products);
  guint n_goals = scenario->goals != NULL ? scenario->goals->len : 0;
  g_autofree char *goals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal", "%u goals",
                                                         n_goals),
                                            n_goals);

  return g_strdup_printf (_("%s · %s"), products, goals);
}

/**
 * sc_listings_panel_fill_start:
 *
 * The start page's list of scenarios, each with Start or Resume.
 */
void
sc_listings_panel_fill_start (ScListingsPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->scenario_list))) != NULL)
    gtk_list_box_remove (self->scenario_list, child);

  for (guint i = 0; self->scenarios != NULL && i < self->scenarios->len; i++)
    {
      const ScScenario *scenario = self->scenarios->pdata[i];
      g_autofree char *subtitle = describe_scenario (scenario);
      gboolean resume = find_open_run (self, scenario->id) != NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (resume ? _("_Resume") : _("_Start"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), scenario->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "listings.start-scenario");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", scenario->id);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, scenario->title, -1);
      if (!resume)
        gtk_widget_add_css_class (button, "suggested-action");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->scenario_list, row);
    }

  if (self->scenarios == NULL || self->scenarios->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     self->course != NULL ? _("The course has no practice stores yet")
                                                          : _("The course is still loading"));
      gtk_list_box_append (self->scenario_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->start_back_button), self->run != NULL);
}

static void
choose_scenario_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (widget);

  sc_listings_panel_fill_start (self);
  gtk_stack_set_visible_child_name (self->stack, "start");
}

static void
show_store_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (widget);

  if (self->run != NULL)
    gtk_stack_set_visible_child_name (self->stack, "store");
}

static void
run_switched_cb (ScListingsPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->run_switcher);

  if (self->switching_runs || self->runs == NULL || selected >= self->runs->len)
    return;
  if (self->run != NULL &&
      g_strcmp0 (((ScRun *) self->runs->pdata[selected])->uuid, self->run->uuid) == 0)
    return;

  g_clear_pointer (&self->lesson_id, g_free);
  sc_listings_panel_show_run (self, self->runs->pdata[selected]);
}

static void
start_over_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ScListingsPanel *self = SC_LISTINGS_PANEL (widget);
  g_autoptr(GError) error = NULL;
  const ScScenario *scenario;

  if (self->run == NULL || self->run->scenario_id == NULL)
    return;

  scenario = sc_listings_panel_find_scenario (self, self->run->scenario_id);
  if (scenario == NULL)
    {
      sc_listings_panel_toast (self, _("The course no longer has this practice store’s scenario, so it cannot start over."));
      return;
    }
  if (!sc_scenario_reset_run (sc_listings_panel_get_database (self), scenario, self->run, &error))
    {
      sc_listings_panel_toast (self, error->message);
      return;
    }

  sc_listings_panel_load_runs (self);
  sc_listings_panel_show_run (self, self->run);
  sc_listings_panel_toast (self, _("Started over with a fresh store; your earlier work stays in the history."));
}

/* Imports */

typedef struct
{
  ScListingsPanel   *self;
  ScDatabase        *database;
  ScCatalogProblems *problems;
  guint              n_products;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->database);
  sc_catalog_problems_free (data->problems);
  g_free (data);
}

static void
show_message (ScListingsPanel *self,
              const char      *heading,
              const char      *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportData *data = user_data;
  ScListingsPanel *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = sc_run_import_catalog_finish (data->database, result, &error);
  g_autofree char *toast = NULL;
  guint n_problems = sc_catalog_problems_get_n_items (data->problems);

  /* The window closed meanwhile: the store is kept, nothing to show. */
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      import_data_free (data);
      return;
    }
  if (run == NULL)
    {
      show_message (self, _("The File Could Not Be Imported"), error->message);
      import_data_free (data);
      return;
    }

  g_clear_pointer (&self->lesson_id, g_free);
  sc_listings_panel_load_runs (self);
  sc_listings_panel_show_run (self, run);
  toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u product into “%s”",
                                        "Imported %u products into “%s”", data->n_products),
                           data->n_products, run->name);
  sc_listings_panel_toast (self, toast);

  if (n_problems > 0)
    {
      GString *body = g_string_new (NULL);

      for (guint i = 0; i < n_problems && i < 20; i++)
        {
          g_autofree char *line = sc_catalog_problems_format (data->problems, i);

          g_string_append_printf (body, "%s%s", i > 0 ? "\n" : "", line);
        }
      if (n_problems > 20)
        g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "\n… and %u more problem",
                                                   "\n… and %u more problems", n_problems - 20),
                                n_problems - 20);
      show_message (self, _("The File Had Problems"), body->str);
      g_string_free (body, TRUE);
    }

  import_data_free (data);
}

/**
 * sc_listings_panel_import_file:
 *
 * Reads a Shopify or WooCommerce product CSV into a new store of the
 * learner's (named after the file), then shows it and what the file's
 * problems were. A file that cannot be read is said in a dialog.
 */
void
sc_listings_panel_import_file (ScListingsPanel *self,
                               GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *base = NULL;
  g_autofree char *source = NULL;
  g_autofree char *name = NULL;
  ScCatalogProblems *problems;
  ScDatabase *database = sc_listings_panel_get_database (self);
  ImportData *data;
  char *dot;

  g_return_if_fail (SC_IS_LISTINGS_PANEL (self));
  g_return_if_fail (G_IS_FILE (file));

  if (database == NULL || self->learner_id == 0)
    return;

  path = g_file_get_path (file);
  display_name = g_file_get_parse_name (file);
  if (path == NULL)
    {
      show_message (self, _("The File Could Not Be Imported"),
                    _("Only files on this computer can be imported. Copy the file to a local folder and try again."));
      return;
    }

  problems = sc_catalog_problems_new (display_name);
  catalog = sc_catalog_file_import (path, display_name, SC_CATALOG_FORMAT_AUTO, NULL, problems,
                                    &source, &error);
  if (catalog == NULL)
    {
      show_message (self, _("The File Could Not Be Imported"), error->message);
      sc_catalog_problems_free (problems);
      return;
    }

  base = g_file_get_basename (file);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  name = sc_run_make_name (database, self->learner_id, base, &error);
  if (name == NULL)
    {
      show_message (self, _("The File Could Not Be Imported"), error->message);
      sc_catalog_problems_free (problems);
      return;
    }

  data = g_new0 (ImportData, 1);
  data->self = g_object_ref (self);
  data->database = g_object_ref (database);
  data->problems = problems;
  data->n_products = sc_catalog_get_n_products (catalog);
  sc_run_import_catalog_async (database, self->learner_id, name, catalog, source, display_name,
                               self->cancellable, import_done_cb, data);
}

static void
file_chosen_cb (ScListingsPanel *self,
                int              response,
                GtkNativeDialog *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        sc_listings_panel_import_file (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->file_chooser);
}

/**
 * sc_listings_panel_choose_file:
 *
 * "Import Product File…": a file chooser for a product CSV.
 */
void
sc_listings_panel_choose_file (ScListingsPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_if_fail (SC_IS_LISTINGS_PANEL (self));

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (self->file_chooser);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Import a Product File"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Shopify or WooCommerce product files (CSV)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sc_listings_panel_choose_file (SC_LISTINGS_PANEL (widget));
}

void
sc_listings_panel_class_init_run (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, run_switched_cb);

  gtk_widget_class_install_action (widget_class, "listings.start-scenario", "s",
                                   start_scenario_action);
  gtk_widget_class_install_action (widget_class, "listings.choose-scenario", NULL,
                                   choose_scenario_action);
  gtk_widget_class_install_action (widget_class, "listings.show-store", NULL, show_store_action);
  gtk_widget_class_install_action (widget_class, "listings.start-over", NULL, start_over_action);
  gtk_widget_class_install_action (widget_class, "listings.import", NULL, import_action);
}
