/* test-listings-panel.c - the Listings section: starting a practice store, its list, undo, goals
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test drives the Listings section of a real window with the
 * built-in course, as its own new learner: the Start button of the
 * start page, the search entry and the filters, a row's activation and
 * the Back button, Undo after an edit, Check My Work, and a lesson's
 * practice card (win.practice). What is checked is what the learner
 * sees: the rows, the footer, the page shown, the goals' words.
 *
 * SHOPCRAFT_LISTINGS_DATA=DIR keeps the database in DIR, with the usual
 * learner's "Price the range" store open, for build-aux/screenshot
 * listings --data-dir DIR.
 */
#include "config.h"

#include <string.h>

#include <gdk/x11/gdkx.h>

#include "sc-context.h"
#include "sc-course.h"
#include "sc-course-reader.h"
#include "sc-course-problems.h"
#include "sc-database.h"
#include "sc-lint.h"
#include "sc-listing-row.h"
#include "sc-listings-panel.h"
#include "sc-product-page.h"
#include "sc-run.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

#define SCENARIO "price-the-range"

static ScApplication *app;

static ScContext *
context (void)
{
  return sc_application_get_context (app);
}

static ScDatabase *
database (void)
{
  return sc_context_get_database (context ());
}

static ScListingsPanel *
show_listings (ScWindow *window)
{
  ScPanel *panel;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "listings"));
  sc_test_wait_ready (window);
  panel = sc_window_get_visible_panel (window);
  g_assert_true (SC_IS_LISTINGS_PANEL (panel));

  return SC_LISTINGS_PANEL (panel);
}

/* A new learner with no stores, in a window on the Listings section. */
static ScListingsPanel *
fresh_learner_window (const char  *name,
                      ScWindow   **out_window)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, name);
  ScWindow *window = sc_test_window_new (app, 1280, 800);

  *out_window = window;

  return show_listings (window);
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action,
                    const char *target)
{
  g_autoptr(GPtrArray) buttons = sc_test_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GVariant *value = gtk_actionable_get_action_target_value (buttons->pdata[i]);

      if (!gtk_widget_get_mapped (buttons->pdata[i]) ||
          g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action) != 0)
        continue;
      if (target == NULL || (value != NULL && g_strcmp0 (g_variant_get_string (value, NULL), target) == 0))
        return buttons->pdata[i];
    }

  g_error ("no button for %s %s is on screen", action, target != NULL ? target : "");
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  sc_test_settle (button, 1);
}

static const char *
footer (ScListingsPanel *panel)
{
  GtkWidget *label = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LABEL, "product-count");

  return gtk_label_get_text (GTK_LABEL (label));
}

static ScRun *
shown_run (ScListingsPanel *panel)
{
  g_autoptr(GError) error = NULL;
  const ScLearner *learner = sc_context_get_learner (context ());
  ScRun *run;

  g_assert_nonnull (sc_listings_panel_get_run_uuid (panel));
  run = sc_run_lookup (database (), learner->id, sc_listings_panel_get_run_uuid (panel), &error);
  g_assert_no_error (error);
  g_assert_nonnull (run);

  return run;
}

static ScCatalog *
shown_catalog (ScListingsPanel *panel)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = shown_run (panel);
  ScCatalog *catalog = sc_run_load_catalog (sc_database_get_handle (database ()), run, &error);

  g_assert_no_error (error);

  return catalog;
}

/* The rows the column view shows, as its model gives them. */
static GListModel *
list_model (ScListingsPanel *panel);

static void
edit_on_page (ScListingsPanel *panel,
              gint64           product_id,
              const char      *field,
              const char      *value);

/* A product whose handle, searched for, finds it alone: no other row's
 * title, handle, SKUs, vendor or tags (what the search reads) hold it.
 * The store is made anew for each learner, so this is asked of the rows,
 * not assumed (a store whose other product had the handle inside a SKU
 * made the search show two and the test wait for one). About one store
 * in 1,500 has none: two products of the same title, "ceramic-tray" and
 * "ceramic-tray-1", whose SKUs hold each other's handle. The first
 * product is then given a handle of its own, as a learner would, and
 * @catalog is told. */
static ScCatalogProduct *
product_with_unique_handle (ScListingsPanel *panel,
                            ScCatalog       *catalog)
{
  GListModel *rows = list_model (panel);
  ScCatalogProduct *first;

  for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, i);
      g_autofree char *folded = sc_listing_fold (product->handle);
      guint n_matches = 0;

      for (guint j = 0; j < g_list_model_get_n_items (rows); j++)
        {
          g_autoptr(ScListingRow) row = g_list_model_get_item (rows, j);

          if (sc_listing_row_matches (row, folded))
            n_matches++;
        }
      if (n_matches == 1)
        return product;
    }

  g_test_message ("no handle of the store is found alone; the first product gets one of its own");
  first = sc_catalog_get_product (catalog, 0);
  edit_on_page (panel, first->id, "handle", "handle-the-test-made-unique");
  g_free (first->handle);
  first->handle = g_strdup ("handle-the-test-made-unique");

  return first;
}

/* The rows the column view shows, as its model gives them. */
static GListModel *
list_model (ScListingsPanel *panel)
{
  GtkWidget *view = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_COLUMN_VIEW, "product-list");

  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)));
}

static ScListingRow *
row_of (ScListingsPanel *panel,
        gint64           product_id)
{
  GListModel *model = list_model (panel);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScListingRow) row = g_list_model_get_item (model, i);

      if (sc_listing_row_get_id (row) == product_id)
        return row;
    }

  return NULL;
}

/* Start on the start page: the list shows the scenario's products. */
static ScListingsPanel *
start_price_the_range (ScWindow **out_window,
                       const char *learner)
{
  ScListingsPanel *panel = fresh_learner_window (learner, out_window);

  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "start");
  click (find_action_button (GTK_WIDGET (panel), "listings.start-scenario", SCENARIO));
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "list");

  return panel;
}

static void
test_start_scenario (void)
{
  ScWindow *window;
  ScListingsPanel *panel = start_price_the_range (&window, "Ada");
  g_autoptr(ScRun) run = shown_run (panel);
  g_autoptr(ScCatalog) catalog = shown_catalog (panel);
  GListModel *model = list_model (panel);

  g_assert_cmpstr (run->scenario_id, ==, SCENARIO);
  g_assert_true (g_str_has_prefix (run->name, "Price the range"));
  g_assert_cmpuint (sc_catalog_get_n_products (catalog), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpuint (sc_listings_panel_get_n_products (panel), ==, 4);
  g_assert_true (g_str_has_prefix (footer (panel), "4 products · "));

  /* Every product is a row, titled and priced in the store's currency. */
  for (guint i = 0; i < 4; i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, i);
      ScListingRow *row = row_of (panel, product->id);

      g_assert_nonnull (row);
      g_assert_cmpstr (sc_listing_row_get_title (row), ==, product->title);
      g_assert_true (g_str_has_suffix (sc_listing_row_get_price (row), " EUR"));
      g_assert_true (strstr (sc_listing_row_get_inventory (row), "in stock") != NULL ||
                     strstr (sc_listing_row_get_inventory (row), "Out of stock") != NULL);
      g_assert_true (g_str_has_suffix (sc_listing_row_get_lint_text (row), "No problems") ||
                     strstr (sc_listing_row_get_lint_text (row), "error") != NULL ||
                     strstr (sc_listing_row_get_lint_text (row), "warning") != NULL ||
                     strstr (sc_listing_row_get_lint_text (row), "suggestion") != NULL);
    }

  /* The row's title shows on screen. */
  sc_test_settle (GTK_WIDGET (window), 2);
  {
    g_autoptr(GPtrArray) labels = sc_test_find_widgets (GTK_WIDGET (panel), GTK_TYPE_LABEL);
    gboolean seen = FALSE;

    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_get_mapped (labels->pdata[i]) &&
          g_strcmp0 (gtk_label_get_text (labels->pdata[i]),
                     sc_catalog_get_product (catalog, 0)->title) == 0)
        seen = TRUE;
    g_assert_true (seen);
  }

  sc_test_close_window (GTK_WINDOW (window));
}

typedef struct
{
  ScListingsPanel *panel;
  guint            n_shown;
} ShownWait;

static gboolean
shows_n (gpointer data)
{
  ShownWait *wait = data;

  return sc_listings_panel_get_n_shown (wait->panel) == wait->n_shown;
}

static void
wait_shown (ScListingsPanel *panel,
            guint            n_shown)
{
  ShownWait wait = { panel, n_shown };

  sc_test_wait_until (shows_n, &wait, "the list to show the products asked for");
}

/* What a product page does after a field commit: one action, then
 * ::changed. */
static void
edit_on_page (ScListingsPanel *panel,
              gint64           product_id,
              const char      *field,
              const char      *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = shown_run (panel);
  GtkWidget *page = sc_listings_panel_open_product (panel, product_id);

  g_assert_true (SC_IS_PRODUCT_PAGE (page));
  g_assert_true (sc_sandbox_edit_product (database (), run, sc_context_get_learner (context ())->id,
                                          product_id, field, value, NULL, &error));
  g_assert_no_error (error);
  g_signal_emit_by_name (page, "changed");
  gtk_widget_activate_action (GTK_WIDGET (panel), "listings.back", NULL);
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "list");
}

static void
test_search_and_filters (void)
{
  ScWindow *window;
  ScListingsPanel *panel = start_price_the_range (&window, "Grace");
  g_autoptr(ScCatalog) catalog = shown_catalog (panel);
  ScCatalogProduct *first = product_with_unique_handle (panel, catalog);
  GtkWidget *search = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_SEARCH_ENTRY, "product-search");
  GtkWidget *status = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_DROP_DOWN, "status-filter");
  g_autofree char *upper = g_utf8_strup (first->handle, -1);

  /* Ctrl+F's action puts the focus in the search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "listings.search", NULL));
  g_assert_true (gtk_widget_is_focus (search) || gtk_widget_has_focus (gtk_widget_get_first_child (search)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (search)), search));

  /* A handle, in any case, finds its one product. */
  gtk_editable_set_text (GTK_EDITABLE (search), upper);
  wait_shown (panel, 1);
  g_assert_true (g_str_has_prefix (footer (panel), "Showing 1 of 4 products"));
  {
    g_autoptr(ScListingRow) row = g_list_model_get_item (list_model (panel), 0);

    g_assert_cmpint (sc_listing_row_get_id (row), ==, first->id);
  }

  /* Words that match nothing show nothing; clearing shows all. */
  gtk_editable_set_text (GTK_EDITABLE (search), "no such product anywhere");
  wait_shown (panel, 0);
  g_assert_true (gtk_widget_get_visible (sc_test_find_widget (GTK_WIDGET (panel), ADW_TYPE_STATUS_PAGE,
                                                              "no-match")));
  click (find_action_button (GTK_WIDGET (panel), "listings.clear-filters", NULL));
  wait_shown (panel, 4);
  g_assert_false (gtk_widget_get_visible (sc_test_find_widget (GTK_WIDGET (panel), ADW_TYPE_STATUS_PAGE,
                                                               "no-match")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");

  /* A generated store's products are drafts; one made active, the
   * Active filter shows it alone and Draft the others. */
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (sc_catalog_get_product (catalog, i)->status, ==, SC_PRODUCT_STATUS_DRAFT);
  edit_on_page (panel, first->id, "status", "active");
  g_assert_cmpuint (sc_listings_panel_get_n_products (panel), ==, 4);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 1);
  wait_shown (panel, 1);
  {
    g_autoptr(ScListingRow) row = g_list_model_get_item (list_model (panel), 0);

    g_assert_cmpint (sc_listing_row_get_id (row), ==, first->id);
    g_assert_cmpint (sc_listing_row_get_status (row), ==, SC_PRODUCT_STATUS_ACTIVE);
  }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 2);
  wait_shown (panel, 3);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 3);
  wait_shown (panel, 0);
  g_assert_true (g_str_has_prefix (footer (panel), "Showing 0 of 4 products"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 0);
  wait_shown (panel, 4);

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_open_and_back (void)
{
  ScWindow *window;
  ScListingsPanel *panel = start_price_the_range (&window, "Linus");
  GtkWidget *view = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_COLUMN_VIEW, "product-list");
  g_autoptr(ScListingRow) row = g_list_model_get_item (list_model (panel), 2);
  GtkWidget *page;

  /* Enter (or a double click) on the third row opens its page. */
  g_signal_emit_by_name (view, "activate", 2);
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "product");
  page = sc_listings_panel_get_product_page (panel);
  g_assert_true (SC_IS_PRODUCT_PAGE (page));
  g_assert_cmpint (sc_product_page_get_product_id (SC_PRODUCT_PAGE (page)), ==,
                   sc_listing_row_get_id (row));
  sc_test_settle (page, 1);
  g_assert_true (gtk_widget_get_mapped (page));

  /* The Back button returns to the list. */
  click (find_action_button (GTK_WIDGET (panel), "listings.back", NULL));
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "list");
  g_assert_null (sc_listings_panel_get_product_page (panel));

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_undo_restores (void)
{
  ScWindow *window;
  ScListingsPanel *panel = start_price_the_range (&window, "Barbara");
  g_autoptr(ScCatalog) catalog = shown_catalog (panel);
  ScCatalogProduct *product = sc_catalog_get_product (catalog, 1);
  g_autofree char *original = g_strdup (product->title);
  const char *tooltip;
  GtkWidget *undo;

  undo = find_action_button (GTK_WIDGET (panel), "listings.undo", NULL);
  g_assert_false (gtk_widget_is_sensitive (undo));

  edit_on_page (panel, product->id, "title", "Renamed by the test");
  g_assert_cmpstr (sc_listing_row_get_title (row_of (panel, product->id)), ==, "Renamed by the test");
  g_assert_true (gtk_widget_is_sensitive (undo));
  tooltip = gtk_widget_get_tooltip_text (undo);
  g_assert_cmpstr (tooltip, ==, "Undo: title of “Renamed by the test”");

  click (undo);
  g_assert_cmpstr (sc_listing_row_get_title (row_of (panel, product->id)), ==, original);
  g_assert_false (gtk_widget_is_sensitive (undo));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (panel), "listings.redo", NULL)));

  /* Redo by its shortcut's action brings the edit back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "listings.redo", NULL));
  g_assert_cmpstr (sc_listing_row_get_title (row_of (panel, product->id)), ==, "Renamed by the test");

  sc_test_close_window (GTK_WINDOW (window));
}

/* The errors a row's lint column counts: "2 errors · 1 warning" is 2. */
static guint
errors_shown (ScListingsPanel *panel,
              gint64           product_id)
{
  const char *text = sc_listing_row_get_lint_text (row_of (panel, product_id));
  guint n = 0;

  if (strstr (text, "error") == NULL)
    return 0;
  g_assert_cmpint (sscanf (text, "%u", &n), ==, 1);

  return n;
}

/* Every row says what a lint of the whole store, from the database,
 * says: the rows updated one by one are the rows a reload would show. */
static void
assert_rows_as_stored (ScListingsPanel *panel)
{
  g_autoptr(ScCatalog) catalog = shown_catalog (panel);
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScPolicy) policy = sc_policy_load (g_getenv ("SHOPCRAFT_COURSE_DIR"),
                                               "policies/general-marketplace.xml", problems);
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_nonnull (policy);
  findings = sc_lint_catalog (catalog, policy);
  for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, i);
      g_autoptr(GPtrArray) own = g_ptr_array_new ();
      g_autoptr(ScListingRow) fresh = NULL;
      ScListingRow *shown = row_of (panel, product->id);

      for (guint j = 0; j < findings->len; j++)
        if (g_strcmp0 (((ScLintFinding *) findings->pdata[j])->handle, product->handle) == 0)
          g_ptr_array_add (own, findings->pdata[j]);
      fresh = sc_listing_row_new (product, sc_catalog_get_currency (catalog), own);
      g_assert_nonnull (shown);
      g_assert_cmpstr (sc_listing_row_get_title (shown), ==, sc_listing_row_get_title (fresh));
      g_assert_cmpstr (sc_listing_row_get_lint_text (shown), ==, sc_listing_row_get_lint_text (fresh));
      g_assert_cmpstr (sc_listing_row_get_price (shown), ==, sc_listing_row_get_price (fresh));
    }
}

/* A variant with a SKU, or NULL. */
static const ScCatalogVariant *
variant_with_sku (const ScCatalogProduct *product)
{
  for (guint i = 0; i < product->variants->len; i++)
    if (((ScCatalogVariant *) product->variants->pdata[i])->sku != NULL)
      return product->variants->pdata[i];

  return NULL;
}

/* A SKU made the twin of another product's: both rows' lint columns
 * show the error at once (the other product was not edited); undo
 * clears both, without the list loading the store again. */
static void
test_duplicate_sku_rows (void)
{
  g_autoptr(GError) error = NULL;
  ScWindow *window = NULL;
  ScListingsPanel *panel = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScRun) run = NULL;
  const ScCatalogProduct *a = NULL;
  const ScCatalogProduct *b = NULL;
  const ScCatalogVariant *twin;
  const ScCatalogVariant *edited;
  ScListingRow *row_a;
  ScListingRow *row_b;
  GtkWidget *page;
  guint errors_a;
  guint errors_b;

  /* Each learner's store comes from their own seed, and some leave fewer
   * than two products with a SKU: a new learner starts until one has two. */
  for (guint attempt = 0; b == NULL; attempt++)
    {
      g_autofree char *name = g_strdup_printf ("Mary %u", attempt + 1);

      if (attempt == 32)
        g_error ("32 learners' stores had no two products with SKUs");
      if (window != NULL)
        gtk_window_destroy (GTK_WINDOW (window));
      g_clear_object (&catalog);
      g_clear_pointer (&run, sc_run_free);
      panel = start_price_the_range (&window, name);
      catalog = shown_catalog (panel);
      run = shown_run (panel);
      a = NULL;
      for (guint i = 0; i < sc_catalog_get_n_products (catalog) && b == NULL; i++)
        {
          ScCatalogProduct *product = sc_catalog_get_product (catalog, i);

          if (variant_with_sku (product) == NULL)
            continue;
          if (a == NULL)
            a = product;
          else
            b = product;
        }
    }
  twin = variant_with_sku (b);
  edited = variant_with_sku (a);
  if (twin == NULL || edited == NULL)
    g_error ("the store has no two products with SKUs");
  row_a = row_of (panel, a->id);
  row_b = row_of (panel, b->id);
  errors_a = errors_shown (panel, a->id);
  errors_b = errors_shown (panel, b->id);
  assert_rows_as_stored (panel);

  /* What the page does on Enter in A's SKU cell: one action, ::changed. */
  page = sc_listings_panel_open_product (panel, a->id);
  g_assert_true (sc_sandbox_edit_variant (database (), run, sc_context_get_learner (context ())->id,
                                          edited->id, "sku", twin->sku, NULL, &error));
  g_assert_no_error (error);
  g_signal_emit_by_name (page, "changed");

  /* The rows are the same objects, updated: the model was not rebuilt. */
  g_assert_true (row_of (panel, a->id) == row_a);
  g_assert_true (row_of (panel, b->id) == row_b);
  g_assert_cmpuint (errors_shown (panel, a->id), ==, errors_a + 1);
  g_assert_cmpuint (errors_shown (panel, b->id), ==, errors_b + 1);
  g_assert_cmpint (sc_listing_row_get_lint (row_a), ==, SC_LISTING_LINT_ERRORS);
  g_assert_cmpint (sc_listing_row_get_lint (row_b), ==, SC_LISTING_LINT_ERRORS);
  assert_rows_as_stored (panel);

  /* Undo, from the page: both rows clear. */
  click (find_action_button (GTK_WIDGET (panel), "listings.undo", NULL));
  g_assert_true (row_of (panel, a->id) == row_a);
  g_assert_cmpuint (errors_shown (panel, a->id), ==, errors_a);
  g_assert_cmpuint (errors_shown (panel, b->id), ==, errors_b);
  assert_rows_as_stored (panel);

  /* Redo from B's page: A is not on screen, and both rows show it again. */
  gtk_widget_activate_action (GTK_WIDGET (panel), "listings.back", NULL);
  sc_listings_panel_open_product (panel, b->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "listings.redo", NULL));
  g_assert_cmpuint (errors_shown (panel, a->id), ==, errors_a + 1);
  g_assert_cmpuint (errors_shown (panel, b->id), ==, errors_b + 1);
  assert_rows_as_stored (panel);

  /* B's own page, open meanwhile, counts A's new SKU: its checklist
   * names the duplicate. */
  {
    ScProductPage *page_b = SC_PRODUCT_PAGE (sc_listings_panel_get_product_page (panel));
    g_autoptr(GPtrArray) labels = sc_test_find_widgets (GTK_WIDGET (page_b), GTK_TYPE_LABEL);
    gboolean named = FALSE;

    for (guint i = 0; i < labels->len; i++)
      if (strstr (gtk_label_get_text (labels->pdata[i]), twin->sku) != NULL &&
          strstr (gtk_label_get_text (labels->pdata[i]), "SKU") != NULL &&
          gtk_widget_get_visible (labels->pdata[i]))
        named = TRUE;
    g_assert_true (named);
  }

  sc_test_close_window (GTK_WINDOW (window));
}

typedef struct
{
  GtkAdjustment *adjustment;
  GtkColumnViewColumn *lint;
} FitWait;

static gboolean
list_fits (gpointer data)
{
  FitWait *wait = data;

  return gtk_adjustment_get_page_size (wait->adjustment) > 0 &&
         gtk_adjustment_get_upper (wait->adjustment) <= gtk_adjustment_get_page_size (wait->adjustment) + 1;
}

/* In presentation mode at 1280 px, beside the Goals pane, the list's
 * columns fit without scrolling sideways: the listing check shows. */
static void
test_presentation_fits (void)
{
  ScWindow *window;
  ScListingsPanel *panel = start_price_the_range (&window, "Ines");
  GtkWidget *view = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_COLUMN_VIEW, "product-list");
  GtkWidget *scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  g_autoptr(GtkColumnViewColumn) title = g_list_model_get_item (columns, 1);
  g_autoptr(GtkColumnViewColumn) lint = g_list_model_get_item (columns, 6);
  FitWait wait = { gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller)), lint };

  gtk_widget_add_css_class (GTK_WIDGET (window), "presentation");
  sc_test_settle (GTK_WIDGET (window), 6);
  sc_test_wait_until (list_fits, &wait, "the list to fit its width");
  g_assert_true (gtk_widget_get_mapped (find_action_button (GTK_WIDGET (panel), "listings.check", NULL)));
  g_assert_true (gtk_column_view_column_get_visible (title));
  g_assert_true (gtk_column_view_column_get_visible (lint));

  /* Back to the usual size of text: every column again. */
  gtk_widget_remove_css_class (GTK_WIDGET (window), "presentation");
  sc_test_settle (GTK_WIDGET (window), 10);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      /* The category column shows only for a store with categories. */
      if (i != 3)
        g_assert_true (gtk_column_view_column_get_visible (column));
    }
  g_assert_true (list_fits (&wait));

  sc_test_close_window (GTK_WINDOW (window));
}

/* Leaves a picture of @widget in the build folder for a person to look at. */
static void
save_picture (GtkWidget  *widget,
              const char *file_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file_name, NULL);

  sc_test_settle (widget, 3);
  texture = sc_screenshot_render (widget, &error);
  g_assert_no_error (error);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_check_my_work (void)
{
  ScWindow *window;
  ScListingsPanel *panel = start_price_the_range (&window, "Margaret");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = shown_run (panel);
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  const char *course_dir = sc_course_get_directory (sc_context_get_course (context ()));
  g_autoptr(ScScenario) scenario = sc_scenario_load (course_dir, "scenarios/" SCENARIO ".xml", problems);
  g_autoptr(ScPolicy) policy = sc_policy_load (course_dir, "policies/general-marketplace.xml", problems);
  g_autoptr(GPtrArray) expected = NULL;
  GtkWidget *list = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX, "goal-list");
  g_autoptr(GPtrArray) states = NULL;

  g_assert_nonnull (scenario);
  expected = sc_sandbox_check (database (), run, scenario->goals, policy, &error);
  g_assert_no_error (error);

  /* Before the check: one row a goal, not checked yet. */
  states = sc_test_find_named (list, "goal-status");
  g_assert_cmpuint (states->len, ==, scenario->goals->len);
  for (guint i = 0; i < states->len; i++)
    g_assert_cmpstr (gtk_label_get_text (states->pdata[i]), ==, "Not checked yet");
  g_clear_pointer (&states, g_ptr_array_unref);

  click (find_action_button (GTK_WIDGET (panel), "listings.check", NULL));

  /* After: "Done", or "Not yet" with what is wrong and the goal's
   * teaching message below it. */
  {
    g_autoptr(GPtrArray) rows = sc_test_find_named (list, "goal-row");

    g_assert_cmpuint (rows->len, ==, expected->len);
    for (guint i = 0; i < expected->len; i++)
      {
        const ScGoalResult *result = expected->pdata[i];
        GtkWidget *state = sc_test_find_widget (rows->pdata[i], GTK_TYPE_LABEL, "goal-status");
        g_autoptr(GPtrArray) messages = sc_test_find_named (rows->pdata[i], "goal-message");

        if (result->passed)
          {
            g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (state)), ==, "Done");
            g_assert_cmpuint (messages->len, ==, 0);
          }
        else
          {
            g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (state)), ==, "Not yet");
            g_assert_cmpuint (messages->len, ==, 1);
            g_assert_cmpstr (gtk_label_get_text (messages->pdata[0]), ==, result->message);
          }
      }
  }
  save_picture (GTK_WIDGET (window), "listings-checked.png");

  /* Start Over: the store again, whether it starts over or says why not. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "listings.start-over", NULL));
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "list");
  g_assert_cmpuint (sc_listings_panel_get_n_products (panel), ==, 4);

  sc_test_close_window (GTK_WINDOW (window));
}

/* Each column sorts by what it shows: prices as amounts, not text. */
static void
test_sorting (void)
{
  ScWindow *window;
  ScListingsPanel *panel = start_price_the_range (&window, "Ida");
  GtkWidget *view = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_COLUMN_VIEW, "product-list");
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  g_autoptr(ScCatalog) catalog = shown_catalog (panel);
  GListModel *model = list_model (panel);
  gint64 previous = G_MININT64;
  g_autofree char *previous_title = NULL;

  /* By title, A to Z, at first. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScListingRow) row = g_list_model_get_item (model, i);

      if (previous_title != NULL)
        g_assert_cmpint (g_utf8_collate (previous_title, sc_listing_row_get_title (row)), <=, 0);
      g_free (previous_title);
      previous_title = g_strdup (sc_listing_row_get_title (row));
    }

  /* By price, lowest first: each row's lowest price. */
  {
    g_autoptr(GtkColumnViewColumn) price = g_list_model_get_item (columns, 4);

    g_assert_cmpstr (gtk_column_view_column_get_title (price), ==, "Price");
    gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (view), price, GTK_SORT_ASCENDING);
  }
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScListingRow) row = g_list_model_get_item (model, i);
      gint64 lowest = G_MAXINT64;
      ScCatalogProduct *product = NULL;

      for (guint j = 0; j < sc_catalog_get_n_products (catalog); j++)
        if (sc_catalog_get_product (catalog, j)->id == sc_listing_row_get_id (row))
          product = sc_catalog_get_product (catalog, j);
      g_assert_nonnull (product);
      for (guint j = 0; j < product->variants->len; j++)
        {
          const ScCatalogVariant *variant = product->variants->pdata[j];

          if (variant->has_price)
            lowest = MIN (lowest, variant->price.minor);
        }
      g_assert_cmpint (lowest, >=, previous);
      previous = lowest;
    }

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
section_is (gpointer data)
{
  return g_strcmp0 (sc_window_get_section (data), "learn") == 0;
}

static void
test_practice_from_lesson (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Katherine");
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  g_autoptr(GPtrArray) runs = NULL;
  g_autofree char *uuid = NULL;
  ScListingsPanel *panel;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.practice", "(sss)",
                                             "listings", SCENARIO, "listing-anatomy"));
  sc_test_wait_ready (window);
  g_assert_cmpstr (sc_window_get_section (window), ==, "listings");
  panel = SC_LISTINGS_PANEL (sc_window_get_visible_panel (window));
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "list");
  g_assert_cmpuint (sc_listings_panel_get_n_products (panel), ==, 4);
  uuid = g_strdup (sc_listings_panel_get_run_uuid (panel));
  find_action_button (GTK_WIDGET (panel), "listings.back-to-lesson", NULL);

  /* The card again, from the Learn section: the same store. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "learn"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.practice", "(sss)",
                                             "listings", SCENARIO, "listing-anatomy"));
  g_assert_cmpstr (sc_listings_panel_get_run_uuid (panel), ==, uuid);
  runs = sc_run_list (database (), learner->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 1);

  /* Back to Lesson goes to the lesson. */
  click (find_action_button (GTK_WIDGET (panel), "listings.back-to-lesson", NULL));
  sc_test_wait_until (section_is, window, "the Learn section");

  /* A scenario the course does not have yet: said, and nothing breaks. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.practice", "(sss)",
                                             "listings", "no-such-practice", "listing-anatomy"));
  g_assert_cmpstr (sc_window_get_section (window), ==, "listings");
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "missing");
  find_action_button (GTK_WIDGET (panel), "listings.back-to-lesson", NULL);
  click (find_action_button (GTK_WIDGET (panel), "listings.choose-scenario", NULL));
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "start");
  find_action_button (GTK_WIDGET (panel), "listings.start-scenario", SCENARIO);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (find_action_button (GTK_WIDGET (panel), "listings.start-scenario", SCENARIO))),
                   ==, "_Resume");

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
lesson_shown (gpointer data)
{
  ScPanel *panel = sc_window_get_visible_panel (data);

  return SC_IS_LEARN_PANEL (panel) &&
         g_strcmp0 (sc_learn_panel_get_lesson_id (SC_LEARN_PANEL (panel)), "listing-anatomy") == 0;
}

/* The card's own button in a lesson, and back. */
static void
test_lesson_card (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Sophie");
  ScWindow *window = sc_test_reader_window (app, 1280, 800);
  ScLearnPanel *learn = sc_test_learn_panel (window);
  g_autoptr(GPtrArray) buttons = NULL;
  GtkWidget *card_button = NULL;
  ScListingsPanel *panel;
  const char *page;

  g_assert_true (sc_learn_panel_open_lesson (learn, "listing-anatomy"));
  sc_test_wait_ready (window);
  buttons = sc_test_find_widgets (GTK_WIDGET (learn), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "Open _Listings") == 0)
      card_button = buttons->pdata[i];
  g_assert_nonnull (card_button);

  g_signal_emit_by_name (card_button, "clicked");
  sc_test_wait_ready (window);
  g_assert_cmpstr (sc_window_get_section (window), ==, "listings");
  panel = SC_LISTINGS_PANEL (sc_window_get_visible_panel (window));
  /* The lesson's scenario is the content's to write: until it is in the
   * course, the page says so; either way the lesson is one click away. */
  page = sc_listings_panel_get_page (panel);
  g_assert_true (g_strcmp0 (page, "missing") == 0 || g_strcmp0 (page, "list") == 0);

  click (find_action_button (GTK_WIDGET (panel), "listings.back-to-lesson", NULL));
  sc_test_wait_until (lesson_shown, window, "the lesson again");

  sc_test_close_window (GTK_WINDOW (window));
}

static void
test_learner_switch (void)
{
  ScWindow *window;
  ScListingsPanel *panel = start_price_the_range (&window, "Hedy");
  g_autoptr(ScLearner) hedy = sc_learner_copy (sc_context_get_learner (context ()));
  g_autofree char *uuid = g_strdup (sc_listings_panel_get_run_uuid (panel));

  sc_context_set_learner (context (), NULL);
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "no-learner");
  g_assert_null (sc_listings_panel_get_run_uuid (panel));

  {
    g_autoptr(ScLearner) other = sc_test_new_learner (app, "Radia");

    g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "start");
  }

  sc_context_set_learner (context (), hedy);
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "list");
  g_assert_cmpstr (sc_listings_panel_get_run_uuid (panel), ==, uuid);

  sc_test_close_window (GTK_WINDOW (window));
}

/* Keys as a learner types them: XTest through xdotool, into @window. */
static void
keys (ScWindow   *window,
      const char *command,
      const char *what)
{
  sc_test_xdotool (GTK_WIDGET (window), command, "--delay", "40", what, NULL);
}

typedef struct
{
  ScListingsPanel *panel;
  const char      *page;
} PageWait;

static gboolean
shows_page (gpointer data)
{
  PageWait *wait = data;

  return g_strcmp0 (sc_listings_panel_get_page (wait->panel), wait->page) == 0;
}

static void
wait_page (ScListingsPanel *panel,
           const char      *page)
{
  PageWait wait = { panel, page };

  sc_test_wait_until (shows_page, &wait, page);
}

static gboolean
focus_in_search (gpointer data)
{
  GtkWidget *search = data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (search));

  return focus != NULL && (focus == search || gtk_widget_is_ancestor (focus, search));
}

static void
test_keyboard (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  ScWindow *window;
  ScListingsPanel *panel;
  g_autoptr(ScCatalog) catalog = NULL;
  GtkWidget *search;
  ScCatalogProduct *product;
  GtkWidget *page;

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed (build-aux/test installs it)");
      return;
    }

  panel = start_price_the_range (&window, "Alan");
  catalog = shown_catalog (panel);
  product = product_with_unique_handle (panel, catalog);
  search = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_SEARCH_ENTRY, "product-search");

  /* From the list (the sidebar keeps the focus until the learner
   * moves into the section): Ctrl+F, the handle, Enter: its page. */
  gtk_widget_grab_focus (sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_COLUMN_VIEW, "product-list"));
  keys (window, "key", "ctrl+f");
  sc_test_wait_until (focus_in_search, search, "the focus in the search");
  keys (window, "type", product->handle);
  wait_shown (panel, 1);
  keys (window, "key", "Return");
  wait_page (panel, "product");
  page = sc_listings_panel_get_product_page (panel);
  g_assert_cmpint (sc_product_page_get_product_id (SC_PRODUCT_PAGE (page)), ==, product->id);

  /* Alt+Left: the list again. */
  keys (window, "key", "alt+Left");
  wait_page (panel, "list");

  /* Ctrl+Z undoes the page's edit; Shift+Ctrl+Z does it again. */
  edit_on_page (panel, product->id, "title", "Typed at the keyboard");
  gtk_widget_grab_focus (sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_COLUMN_VIEW, "product-list"));
  keys (window, "key", "ctrl+z");
  g_assert_cmpstr (sc_listing_row_get_title (row_of (panel, product->id)), ==, product->title);
  keys (window, "key", "shift+ctrl+z");
  g_assert_cmpstr (sc_listing_row_get_title (row_of (panel, product->id)), ==, "Typed at the keyboard");

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
has_message_dialog (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *(AdwMessageDialog **) data = ADW_MESSAGE_DIALOG (window);
          return TRUE;
        }
    }

  return FALSE;
}

/* A file that is no product file: said in a dialog, no store made. */
static void
test_import_refused (void)
{
  ScWindow *window;
  ScListingsPanel *panel = fresh_learner_window ("Joan", &window);
  g_autofree char *dir = sc_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  AdwMessageDialog *dialog = NULL;

  g_assert_true (g_file_set_contents (path, "Shopping list\nmilk\nbread\n", -1, &error));
  sc_listings_panel_import_file (panel, file);
  sc_test_wait_until (has_message_dialog, &dialog, "the refusal");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The File Could Not Be Imported");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "start");
  runs = sc_run_list (database (), sc_context_get_learner (context ())->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 0);

  sc_test_close_window (GTK_WINDOW (window));
  sc_test_remove_tree (dir);
}

static void
test_import_and_switch (void)
{
  ScWindow *window;
  ScListingsPanel *panel = fresh_learner_window ("Frances", &window);
  g_autofree char *path = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "tests", "data",
                                            "catalog", "shopify-mangled-barcodes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *imported = NULL;
  AdwMessageDialog *dialog = NULL;
  GtkWidget *switcher;

  /* The file comes in as a store of its own, its problems said. */
  sc_listings_panel_import_file (panel, file);
  wait_page (panel, "list");
  sc_test_wait_until (has_message_dialog, &dialog, "the import's problems");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The File Had Problems");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "shopify-mangled-barcodes.csv:2: “3.65275E+11”"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (sc_listings_panel_get_n_products (panel), ==, 1);
  imported = g_strdup (sc_listings_panel_get_run_uuid (panel));
  {
    g_autoptr(ScRun) run = shown_run (panel);

    g_assert_cmpstr (run->name, ==, "shopify-mangled-barcodes");
    g_assert_null (run->scenario_id);
  }

  /* A second store: the header switches between them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "listings.choose-scenario", NULL));
  g_assert_cmpstr (sc_listings_panel_get_page (panel), ==, "start");
  click (find_action_button (GTK_WIDGET (panel), "listings.start-scenario", SCENARIO));
  g_assert_cmpuint (sc_listings_panel_get_n_products (panel), ==, 4);
  switcher = sc_test_find_widget (GTK_WIDGET (panel), GTK_TYPE_DROP_DOWN, "run-switcher");
  sc_test_settle (switcher, 1);
  g_assert_true (gtk_widget_get_mapped (switcher));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (switcher))), ==, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (switcher), 0);
  g_assert_cmpstr (sc_listings_panel_get_run_uuid (panel), ==, imported);
  g_assert_cmpuint (sc_listings_panel_get_n_products (panel), ==, 1);

  sc_test_close_window (GTK_WINDOW (window));
}

static gboolean
trigger_listed (GtkShortcutTrigger *trigger,
                GPtrArray          *listed)
{
  for (guint k = 0; k < listed->len; k++)
    {
      g_autofree char *accelerators = NULL;
      g_auto(GStrv) parts = NULL;

      g_object_get (listed->pdata[k], "accelerator", &accelerators, NULL);
      parts = g_strsplit (accelerators, " ", -1);
      for (guint p = 0; parts[p] != NULL; p++)
        {
          g_autoptr(GtkShortcutTrigger) other = gtk_shortcut_trigger_parse_string (parts[p]);

          if (other != NULL && gtk_shortcut_trigger_equal (trigger, other))
            return TRUE;
        }
    }

  return FALSE;
}

/* Every key the section binds is in the shortcuts window. */
static void
test_shortcuts_listed (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/sc-shortcuts-window.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");
  g_autoptr(GPtrArray) listed = sc_test_find_widgets (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SHORTCUT);
  GtkWidget *panel = g_object_ref_sink (sc_listings_panel_new ());
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (panel);
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (!trigger_listed (trigger, listed))
            g_error ("the Listings panel's shortcut %s is not in the shortcuts window",
                     gtk_shortcut_trigger_to_string (trigger));
          checked++;
        }
    }

  /* Ctrl+F, Alt+Left, Ctrl+Z and Shift+Ctrl+Z at least. */
  g_assert_cmpuint (checked, >=, 4);
  g_object_unref (panel);
  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* The usual learner's store, for screenshots of the list. */
static void
keep_for_screenshots (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) learner = sc_learner_ensure_default (database (), &error);
  ScWindow *window;
  ScListingsPanel *panel;

  g_assert_no_error (error);
  sc_context_set_learner (context (), learner);
  window = sc_test_window_new (app, 1280, 800);
  panel = show_listings (window);
  g_assert_true (sc_listings_panel_start_scenario (panel, SCENARIO));
  sc_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  g_autofree char *course_dir = NULL;
  const char *keep = g_getenv ("SHOPCRAFT_LISTINGS_DATA");
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-listings-panel: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();

  data_dir = keep != NULL ? g_strdup (keep) : sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);
  sc_test_wait_course (app);

  g_test_add_func ("/listings/start-scenario", test_start_scenario);
  g_test_add_func ("/listings/search-and-filters", test_search_and_filters);
  g_test_add_func ("/listings/sorting", test_sorting);
  g_test_add_func ("/listings/open-and-back", test_open_and_back);
  g_test_add_func ("/listings/undo-restores", test_undo_restores);
  g_test_add_func ("/listings/duplicate-sku-rows", test_duplicate_sku_rows);
  g_test_add_func ("/listings/presentation-fits", test_presentation_fits);
  g_test_add_func ("/listings/check-my-work", test_check_my_work);
  g_test_add_func ("/listings/practice-from-lesson", test_practice_from_lesson);
  g_test_add_func ("/listings/lesson-card", test_lesson_card);
  g_test_add_func ("/listings/learner-switch", test_learner_switch);
  g_test_add_func ("/listings/keyboard", test_keyboard);
  g_test_add_func ("/listings/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/listings/import-and-switch", test_import_and_switch);
  g_test_add_func ("/listings/import-refused", test_import_refused);

  status = g_test_run ();

  if (keep != NULL && status == 0)
    keep_for_screenshots ();

  g_clear_object (&app);
  if (keep == NULL)
    sc_test_remove_tree (data_dir);

  return status;
}
