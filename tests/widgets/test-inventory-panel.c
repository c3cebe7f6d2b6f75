/* test-inventory-panel.c - the Inventory section: a practice stock sheet, an item's page, its steps and undo
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test drives the Inventory section of a real window with the
 * built-in course, as its own new learner, and checks what the learner
 * sees and what the store keeps: the start page's practices, the sheet's
 * rows and views, a step through its form and the ledger rows it adds, a
 * refusal in the model's own words, the open count, Undo and Redo.
 *
 * Expectations are worked out from the stored inventory
 * (sc_run_load_inventory ()) and the model's own rules
 * (sc_inventory_request_apply ()), never copied from the scenario file.
 */
#include "config.h"

#include <string.h>

#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-inventory-panel.h"
#include "sc-run-orders.h"
#include "sc-run.h"
#include "sc-scenario-run.h"
#include "sc-screenshot.h"
#include "sc-stock-page.h"
#include "sc-stock-row.h"
#include "widget-test-util.h"

#define SCENARIO "stock-count"
#define LESSON   "stock-accounting"
#define DAMAGED  "HW-FIG-220"

static ScApplication *app;

static ScDatabase *
database (void)
{
  return sc_context_get_database (sc_application_get_context (app));
}

/* The refusal dialog a failed step presented, or NULL. */
static GtkWidget *
find_refusal (void)
{
  return sc_test_find_dialog ("Not Allowed Now");
}

static ScInventoryPanel *
show_inventory (ScWindow *window)
{
  ScPanel *panel = sc_test_show_section (window, "inventory");

  g_assert_true (SC_IS_INVENTORY_PANEL (panel));
  return SC_INVENTORY_PANEL (panel);
}

/* A new learner's window on the practice sheet, opened from the lesson's card. */
static ScInventoryPanel *
practice_window (const char  *name,
                 ScWindow   **out_window,
                 ScLearner  **out_learner)
{
  ScPanel *panel = sc_test_practice_window (app, name, "inventory", SCENARIO, LESSON, out_window, out_learner);

  g_assert_cmpstr (sc_inventory_panel_get_page (SC_INVENTORY_PANEL (panel)), ==, "list");
  return SC_INVENTORY_PANEL (panel);
}

/* The learner's stock of a scenario as the database has it now. */
static ScInventory *
stored_inventory_of (const ScLearner *learner,
                     const char      *scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = sc_scenario_lookup_open_run (database (), learner->id, scenario, &error);
  ScInventory *inventory;

  g_assert_no_error (error);
  g_assert_nonnull (run);
  inventory = sc_run_load_inventory (sc_database_get_handle (database ()), run, &error);
  g_assert_no_error (error);
  return inventory;
}

static ScInventory *
stored_inventory (const ScLearner *learner)
{
  return stored_inventory_of (learner, SCENARIO);
}

static char *
dump (ScInventory *inventory)
{
  GString *out = g_string_new (NULL);

  sc_inventory_dump (inventory, out);
  return g_string_free (out, FALSE);
}

static gint64
quantity (ScInventory   *inventory,
          const char    *sku,
          ScStockBucket  bucket)
{
  const ScInventoryItem *item = sc_inventory_lookup (inventory, sku);

  g_assert_nonnull (item);
  return item->quantities[bucket];
}

/* The start page offers each practice with a stock sheet. */
static void
test_start_page (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Radia");
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScInventoryPanel *panel = show_inventory (window);
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_cmpstr (sc_inventory_panel_get_page (panel), ==, "start");
  rows = sc_test_find_widgets (GTK_WIDGET (panel), ADW_TYPE_ACTION_ROW);
  /* The two inventory practices, and the late shipments' store, whose
   * orders wait for stock. */
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Make the figures match the shelf"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Set reorder points for the coffee range"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "count to finish"));

  sc_test_close_window (GTK_WINDOW (window));
}

/* From the lesson's card: one row per stored item, and each view's count. */
static void
test_sheet_and_views (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScInventory) inventory = NULL;
  g_autoptr(GPtrArray) items = NULL;
  ScWindow *window;
  ScInventoryPanel *panel = practice_window ("Barbara", &window, &learner);
  guint n_view[SC_STOCK_VIEW_INCOMING + 1] = { 0 };

  inventory = stored_inventory (learner);
  items = sc_inventory_list_items (inventory);
  g_assert_cmpuint (items->len, >, 0);
  g_assert_cmpuint (sc_inventory_panel_get_n_shown (panel), ==, items->len);

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(ScStockRow) row = sc_stock_row_new (inventory, g_ptr_array_index (items, i));

      for (guint view = 0; view < G_N_ELEMENTS (n_view); view++)
        n_view[view] += sc_stock_row_in_view (row, view);
    }
  /* The delivery of PO-1042 is still on its way. */
  g_assert_cmpuint (n_view[SC_STOCK_VIEW_INCOMING], ==, 2);

  for (guint view = 0; view < G_N_ELEMENTS (n_view); view++)
    {
      sc_inventory_panel_set_view (panel, view);
      g_assert_cmpuint (sc_inventory_panel_get_n_shown (panel), ==, n_view[view]);
    }
  sc_inventory_panel_set_view (panel, SC_STOCK_VIEW_ALL);

  /* Every status is a word, the open count is offered, and the way back. */
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "In stock"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Sells when out"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Incoming (2)"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Count 1 in Progress"));
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (panel), "Back to Lesson"));

  sc_test_close_window (GTK_WINDOW (window));
}

/* Marking the damaged candles unavailable through the form: the stored
 * buckets and the ledger follow; Undo restores exactly, Redo again. */
static void
test_mark_unavailable_and_undo (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScInventory) before = NULL;
  g_autoptr(ScInventory) after = NULL;
  g_autofree char *before_dump = NULL;
  g_autofree char *after_dump = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  ScWindow *window;
  ScInventoryPanel *panel = practice_window ("Grace", &window, &learner);
  const ScInventoryRow *last;
  GtkWidget *page;
  GtkWidget *form;

  before = stored_inventory (learner);
  before_dump = dump (before);
  page = sc_inventory_panel_open_item (panel, DAMAGED);
  g_assert_nonnull (page);
  g_assert_cmpstr (sc_inventory_panel_get_page (panel), ==, "item");
  g_assert_true (sc_test_has_label_containing (page, DAMAGED));

  form = sc_stock_page_open_form (SC_STOCK_PAGE (page), SC_STOCK_STEP_MARK_UNAVAILABLE);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (form));
  spins = sc_test_find_widgets (form, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpuint (spins->len, ==, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spins->pdata[0]), 2);
  sc_test_respond (form, "apply");
  g_assert_null (find_refusal ());

  after = stored_inventory (learner);
  g_assert_cmpint (quantity (after, DAMAGED, SC_STOCK_BUCKET_AVAILABLE), ==,
                   quantity (before, DAMAGED, SC_STOCK_BUCKET_AVAILABLE) - 2);
  g_assert_cmpint (quantity (after, DAMAGED, SC_STOCK_BUCKET_UNAVAILABLE), ==,
                   quantity (before, DAMAGED, SC_STOCK_BUCKET_UNAVAILABLE) + 2);
  g_assert_cmpuint (sc_inventory_get_n_rows (after), ==, sc_inventory_get_n_rows (before) + 1);
  last = sc_inventory_get_row (after, sc_inventory_get_n_rows (after) - 1);
  g_assert_cmpstr (last->sku, ==, DAMAGED);
  g_assert_cmpint (last->reason, ==, SC_STOCK_REASON_DAMAGED);
  g_assert_cmpint (last->from, ==, SC_STOCK_BUCKET_AVAILABLE);
  g_assert_cmpint (last->to, ==, SC_STOCK_BUCKET_UNAVAILABLE);
  /* The page shows the new quantities and the ledger row in words. */
  g_assert_cmpint (sc_stock_page_get_item (SC_STOCK_PAGE (page))->quantities[SC_STOCK_BUCKET_UNAVAILABLE],
                   ==, quantity (after, DAMAGED, SC_STOCK_BUCKET_UNAVAILABLE));
  g_assert_true (sc_test_has_label_containing (page, "Available → Unavailable"));
  g_clear_object (&after);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "inventory.undo", NULL));
  after = stored_inventory (learner);
  after_dump = dump (after);
  g_assert_cmpstr (after_dump, ==, before_dump);
  g_assert_false (sc_test_has_label_containing (page, "Available → Unavailable"));
  g_clear_object (&after);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "inventory.redo", NULL));
  after = stored_inventory (learner);
  g_assert_cmpint (quantity (after, DAMAGED, SC_STOCK_BUCKET_UNAVAILABLE), ==,
                   quantity (before, DAMAGED, SC_STOCK_BUCKET_UNAVAILABLE) + 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "inventory.back", NULL));
  g_assert_cmpstr (sc_inventory_panel_get_page (panel), ==, "list");

  sc_test_close_window (GTK_WINDOW (window));
}

/* Receiving the delivery against its purchase order, as the form
 * offers it: everything still to come, accepted. */
static void
test_receive_purchase (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScInventory) before = NULL;
  g_autoptr(ScInventory) after = NULL;
  ScWindow *window;
  ScInventoryPanel *panel = practice_window ("Katherine", &window, &learner);
  const char *sku = "HW-BEES-S";
  gint64 incoming;
  GtkWidget *page;
  GtkWidget *form;

  before = stored_inventory (learner);
  incoming = quantity (before, sku, SC_STOCK_BUCKET_INCOMING);
  g_assert_cmpint (incoming, >, 0);
  page = sc_inventory_panel_open_item (panel, sku);
  g_assert_true (sc_test_has_label_containing (page, "PO-1042"));
  form = sc_stock_page_open_form (SC_STOCK_PAGE (page), SC_STOCK_STEP_RECEIVE_PURCHASE);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (form));
  sc_test_respond (form, "apply");
  g_assert_null (find_refusal ());

  after = stored_inventory (learner);
  g_assert_cmpint (quantity (after, sku, SC_STOCK_BUCKET_INCOMING), ==, 0);
  g_assert_cmpint (quantity (after, sku, SC_STOCK_BUCKET_AVAILABLE), ==,
                   quantity (before, sku, SC_STOCK_BUCKET_AVAILABLE) + incoming);
  g_assert_cmpint (sc_inventory_get_row (after, sc_inventory_get_n_rows (after) - 1)->reason, ==,
                   SC_STOCK_REASON_PURCHASE_RECEIVED);

  sc_test_close_window (GTK_WINDOW (window));
}

/* A step the model refuses says why in its words and changes nothing. */
static void
test_refusal_explained (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScInventory) before = NULL;
  g_autoptr(ScInventory) after = NULL;
  g_autoptr(ScInventory) trial = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autofree char *before_dump = NULL;
  g_autofree char *after_dump = NULL;
  ScWindow *window;
  ScInventoryPanel *panel = practice_window ("Hedy", &window, &learner);
  ScStockRequest request = { .step = SC_STOCK_STEP_MARK_UNAVAILABLE, .sku = DAMAGED,
                             .quantity = 9999, .reason = SC_STOCK_REASON_DAMAGED };
  GtkWidget *page;
  GtkWidget *form;
  GtkWidget *refusal;

  before = stored_inventory (learner);
  before_dump = dump (before);
  trial = stored_inventory (learner);
  g_assert_false (sc_inventory_request_apply (trial, &request, g_get_real_time () / G_USEC_PER_SEC,
                                              &error));

  page = sc_inventory_panel_open_item (panel, DAMAGED);
  form = sc_stock_page_open_form (SC_STOCK_PAGE (page), SC_STOCK_STEP_MARK_UNAVAILABLE);
  spins = sc_test_find_widgets (form, GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spins->pdata[0]), 9999);
  sc_test_respond (form, "apply");

  refusal = find_refusal ();
  g_assert_nonnull (refusal);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (refusal)), ==, error->message);
  sc_test_respond (refusal, "close");

  after = stored_inventory (learner);
  after_dump = dump (after);
  g_assert_cmpstr (after_dump, ==, before_dump);

  sc_test_close_window (GTK_WINDOW (window));
}

/* The open count through its form: applying does what the model does
 * with the same count, and Undo takes it back. */
static void
test_count (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScInventory) before = NULL;
  g_autoptr(ScInventory) expected = NULL;
  g_autoptr(ScInventory) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before_dump = NULL;
  g_autofree char *after_dump = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  ScWindow *window;
  ScInventoryPanel *panel = practice_window ("Lise", &window, &learner);
  const ScInventoryCount *count;
  ScStockRequest request = { .step = SC_STOCK_STEP_COUNT_APPLY };
  gboolean applies;
  GtkWidget *form;

  before = stored_inventory (learner);
  before_dump = dump (before);
  count = sc_stock_find_open_count (before);
  g_assert_nonnull (count);
  request.count = count->number;
  expected = stored_inventory (learner);
  applies = sc_inventory_request_apply (expected, &request, g_get_real_time () / G_USEC_PER_SEC,
                                        &error);

  form = sc_inventory_panel_open_count (panel);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (form));
  spins = sc_test_find_widgets (form, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpuint (spins->len, ==, count->lines->len);
  sc_test_respond (form, "apply");

  after = stored_inventory (learner);
  if (applies)
    {
      g_assert_null (find_refusal ());
      g_assert_null (sc_stock_find_open_count (after));
      g_assert_cmpint (sc_inventory_get_row (after, sc_inventory_get_n_rows (after) - 1)->reason,
                       ==, SC_STOCK_REASON_CYCLE_COUNT);
      g_clear_object (&after);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "inventory.undo", NULL));
      after = stored_inventory (learner);
    }
  else
    {
      GtkWidget *refusal = find_refusal ();

      g_assert_nonnull (refusal);
      g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (refusal)), ==,
                       error->message);
      sc_test_respond (refusal, "close");
    }
  after_dump = dump (after);
  g_assert_cmpstr (after_dump, ==, before_dump);

  sc_test_close_window (GTK_WINDOW (window));
}

/* Counts two lines of the open count form as one more than expected. */
static void
count_two_more (GtkWidget *form)
{
  g_autoptr(GPtrArray) checks = sc_test_find_widgets (form, GTK_TYPE_CHECK_BUTTON);

  g_assert_cmpuint (checks->len, >=, 2);
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *spin = g_object_get_data (checks->pdata[i], "spin");
      int expected = GPOINTER_TO_INT (g_object_get_data (checks->pdata[i], "expected"));

      gtk_check_button_set_active (checks->pdata[i], TRUE);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), expected + 1);
    }
}

/* What a learner types into the count is one step: Save, then one Undo,
 * takes back every line saved; Apply Count with lines changed saves them
 * and applies the count, and one Undo takes back both. */
static void
test_count_one_undo (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScInventory) before = NULL;
  g_autoptr(ScInventory) after = NULL;
  g_autofree char *before_dump = NULL;
  g_autofree char *after_dump = NULL;
  ScWindow *window;
  ScInventoryPanel *panel = practice_window ("Ines", &window, &learner);
  const ScInventoryCount *count;
  gint64 available;
  GtkWidget *form;

  before = stored_inventory (learner);
  before_dump = dump (before);
  g_assert_nonnull (sc_stock_find_open_count (before));

  form = sc_inventory_panel_open_count (panel);
  count_two_more (form);
  sc_test_respond (form, "save");
  g_assert_null (find_refusal ());
  after = stored_inventory (learner);
  count = sc_stock_find_open_count (after);
  g_assert_nonnull (count);
  g_assert_true (sc_test_has_label_containing (GTK_WIDGET (window), "Recorded 2 counted quantities"));
  g_clear_object (&after);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "inventory.undo", NULL));
  after = stored_inventory (learner);
  after_dump = dump (after);
  g_assert_cmpstr (after_dump, ==, before_dump);
  g_clear_object (&after);
  g_clear_pointer (&after_dump, g_free);

  form = sc_inventory_panel_open_count (panel);
  count_two_more (form);
  sc_test_respond (form, "apply");
  g_assert_null (find_refusal ());
  after = stored_inventory (learner);
  g_assert_null (sc_stock_find_open_count (after));
  /* The two lines counted one more than expected are one more now. */
  count = sc_stock_find_open_count (before);
  for (guint i = 0; i < 2; i++)
    {
      const ScInventoryCountLine *line = g_ptr_array_index (count->lines, i);

      available = sc_inventory_lookup (before, line->sku)->quantities[SC_STOCK_BUCKET_AVAILABLE];
      g_assert_cmpint (sc_inventory_lookup (after, line->sku)->quantities[SC_STOCK_BUCKET_AVAILABLE], ==,
                       available + 1);
    }
  g_clear_object (&after);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "inventory.undo", NULL));
  after = stored_inventory (learner);
  after_dump = dump (after);
  g_assert_cmpstr (after_dump, ==, before_dump);

  sc_test_close_window (GTK_WINDOW (window));
}

/* The reorder practice: the form offers demand during the lead time plus
 * safety stock, worked out by the model, and saving stores it. */
static void
test_reorder_point (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Mary");
  g_autoptr(ScInventory) after = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScInventoryPanel *panel;
  const ScInventoryItem *item;
  GtkWidget *page;
  GtkWidget *form;
  gint64 suggested;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.practice", "(sss)",
                                             "inventory", "reorder-planning", "reorder-points"));
  sc_test_wait_ready (window);
  panel = SC_INVENTORY_PANEL (sc_window_get_visible_panel (window));
  page = sc_inventory_panel_open_item (panel, "KL-HOUSE-250");
  g_assert_nonnull (page);
  item = sc_stock_page_get_item (SC_STOCK_PAGE (page));
  g_assert_true (item->has_demand && item->has_lead_time);
  g_assert_true (sc_inventory_suggest_reorder_point (item->demand, item->demand_days,
                                                     item->lead_time_days, item->safety_stock,
                                                     &suggested, NULL));
  g_assert_true (sc_test_has_label_containing (page, "reorder at"));

  form = sc_stock_page_open_form (SC_STOCK_PAGE (page), SC_STOCK_STEP_SET_REORDER);
  spins = sc_test_find_widgets (form, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpuint (spins->len, ==, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins->pdata[0]), ==, suggested);
  sc_test_respond (form, "apply");
  g_assert_null (find_refusal ());

  after = stored_inventory_of (learner, "reorder-planning");
  item = sc_inventory_lookup (after, "KL-HOUSE-250");
  g_assert_true (item->has_reorder_point);
  g_assert_cmpint (item->reorder_point, ==, suggested);
  /* Now the sheet flags it. */
  g_assert_true (sc_inventory_item_needs_reorder (item));

  sc_test_close_window (GTK_WINDOW (window));
}

static void
scroll_to_end (GtkWidget *page)
{
  g_autoptr(GPtrArray) scrolled = sc_test_find_widgets (page, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;

  g_assert_cmpuint (scrolled->len, >, 0);
  sc_test_settle (page, 2);
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled->pdata[0]);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

/* SHOPCRAFT_INVENTORY_SHOTS=DIR keeps pictures to look at: the sheet,
 * an item's page, the receive form and the count, in each style. */
static void
test_pictures (void)
{
  const char *dir = g_getenv ("SHOPCRAFT_INVENTORY_SHOTS");
  const char *styles[] = { "light", "dark", "presentation" };
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(ScLearner) learner = NULL;
  ScWindow *window;
  ScInventoryPanel *panel;

  if (dir == NULL || *dir == '\0')
    {
      g_test_skip ("SHOPCRAFT_INVENTORY_SHOTS is not set");
      return;
    }

  panel = practice_window ("Ada", &window, &learner);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      const char *pages[] = { "sheet", "item", "history", "receive", "count" };

      adw_style_manager_set_color_scheme (manager, g_str_equal (styles[i], "dark")
                                                   ? ADW_COLOR_SCHEME_FORCE_DARK
                                                   : ADW_COLOR_SCHEME_FORCE_LIGHT);
      if (g_str_equal (styles[i], "presentation"))
        {
          gtk_widget_add_css_class (GTK_WIDGET (window), "presentation");
          gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
        }

      for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
        {
          g_autofree char *name = g_strdup_printf ("inventory-%s-%s.png", pages[p], styles[i]);
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autoptr(GError) error = NULL;
          GtkWidget *shot = GTK_WIDGET (window);
          GtkWidget *page;

          gtk_widget_activate_action (GTK_WIDGET (panel), "inventory.back", NULL);
          if (p >= 1 && p <= 3)
            {
              page = sc_inventory_panel_open_item (panel, "HW-TEA-24");
              if (p == 2)
                scroll_to_end (page);
              else if (p == 3)
                shot = sc_stock_page_open_form (SC_STOCK_PAGE (page), SC_STOCK_STEP_RECEIVE_PURCHASE);
            }
          else if (p == 4)
            shot = sc_inventory_panel_open_count (panel);
          gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
          sc_test_settle (shot, 4);
          g_assert_true (sc_screenshot_save (shot, path, &error));
          g_assert_no_error (error);
          if (shot != GTK_WIDGET (window))
            sc_test_respond (shot, "cancel");
        }
    }

  /* The reorder practice: the sheet and an item's suggestion in words. */
  gtk_widget_remove_css_class (GTK_WIDGET (window), "presentation");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.practice", "(sss)",
                                             "inventory", "reorder-planning", "reorder-points"));
  for (guint p = 0; p < 2; p++)
    {
      g_autofree char *name = g_strdup_printf ("inventory-reorder-%s-light.png", p == 0 ? "sheet" : "item");
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;

      if (p == 1)
        g_assert_nonnull (sc_inventory_panel_open_item (panel, "KL-HOUSE-250"));
      gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
      sc_test_settle (GTK_WIDGET (window), 4);
      g_assert_true (sc_screenshot_save (GTK_WIDGET (window), path, &error));
      g_assert_no_error (error);
    }

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  sc_test_close_window (GTK_WINDOW (window));
}

/* Check My Work on a fresh stock count: nothing of it done yet, and a
 * candle that keeps selling when out of stock; each goal in the lesson
 * card's words. */
static void
test_check_my_work (void)
{
  g_autoptr(ScLearner) learner = NULL;
  ScWindow *window;
  ScInventoryPanel *panel = practice_window ("Chien-Shiung", &window, &learner);
  GtkWidget *dialog = sc_inventory_panel_check (panel);

  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "0 of 4 Goals Done");
  g_assert_true (sc_test_has_label_containing (dialog, "The two damaged candles are unavailable"));
  sc_test_respond (dialog, "close");

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
      g_printerr ("test-inventory-panel: no display\n");
      return 77;
    }

  g_setenv ("LANGUAGE", "C", TRUE);
  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();

  data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);
  sc_test_wait_course (app);

  g_test_add_func ("/inventory/start-page", test_start_page);
  g_test_add_func ("/inventory/sheet-and-views", test_sheet_and_views);
  g_test_add_func ("/inventory/mark-unavailable-and-undo", test_mark_unavailable_and_undo);
  g_test_add_func ("/inventory/receive-purchase", test_receive_purchase);
  g_test_add_func ("/inventory/refusal-explained", test_refusal_explained);
  g_test_add_func ("/inventory/count", test_count);
  g_test_add_func ("/inventory/count-one-undo", test_count_one_undo);
  g_test_add_func ("/inventory/reorder-point", test_reorder_point);
  g_test_add_func ("/inventory/check-my-work", test_check_my_work);
  g_test_add_func ("/inventory/pictures", test_pictures);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (data_dir);
  return status;
}
