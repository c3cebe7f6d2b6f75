/* test-orders-panel.c - the Orders section: a practice queue, an order's page, its steps and undo
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test drives the Orders section of a real window with the built-in
 * course, as its own new learner, and checks what the learner sees: the
 * start page's practices, the queue's rows and views, the order page's
 * pills and cards, a step's form and its result, a refusal in the rule's
 * own words, Undo and Redo.
 *
 * The orders are read from the database the way the panel reads them,
 * so each expectation is worked out from the store, not copied from the
 * scenario file.
 */
#include "config.h"

#include <string.h>

#include "sc-context.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-order-page.h"
#include "sc-order-row.h"
#include "sc-orders-panel.h"
#include "sc-run-orders.h"
#include "sc-run.h"
#include "sc-scenario-run.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

#define SCENARIO "order-queue-basics"
#define LESSON   "order-lifecycle"

static ScApplication *app;

static ScDatabase *
database (void)
{
  return sc_context_get_database (sc_application_get_context (app));
}

static ScOrdersPanel *
show_orders (ScWindow *window)
{
  ScPanel *panel = sc_test_show_section (window, "orders");

  g_assert_true (SC_IS_ORDERS_PANEL (panel));
  return SC_ORDERS_PANEL (panel);
}

/* A new learner's window on the practice queue, opened from the lesson's card. */
static ScOrdersPanel *
practice_window (const char  *name,
                 ScWindow   **out_window,
                 ScLearner  **out_learner)
{
  ScPanel *panel = sc_test_practice_window (app, name, "orders", SCENARIO, LESSON, out_window, out_learner);

  g_assert_cmpstr (sc_orders_panel_get_page (SC_ORDERS_PANEL (panel)), ==, "list");
  return SC_ORDERS_PANEL (panel);
}

/* The learner's orders as the database has them now. */
static GPtrArray *
stored_orders (const ScLearner *learner)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = sc_scenario_lookup_open_run (database (), learner->id, SCENARIO, &error);
  GPtrArray *orders;

  g_assert_no_error (error);
  g_assert_nonnull (run);
  orders = sc_run_load_orders (sc_database_get_handle (database ()), run, &error);
  g_assert_no_error (error);
  return orders;
}

static const ScOrder *
stored_order (GPtrArray  *orders,
              const char *name)
{
  for (guint i = 0; i < orders->len; i++)
    if (g_str_equal (((ScOrder *) g_ptr_array_index (orders, i))->name, name))
      return g_ptr_array_index (orders, i);
  g_assert_not_reached ();
}

typedef gboolean (*OrderTest) (const ScOrder *order);

static const ScOrder *
first_order (GPtrArray *orders,
             OrderTest  test)
{
  for (guint i = 0; i < orders->len; i++)
    if (test (g_ptr_array_index (orders, i)))
      return g_ptr_array_index (orders, i);
  g_assert_not_reached ();
}

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Open, not risky, with something left to ship: the ordinary next parcel. */
static gboolean
ready_to_ship (const ScOrder *order)
{
  return sc_order_can (order, SC_ORDER_ACTION_FULFIL, now (), NULL)
         && sc_order_get_risk_level (order) == SC_ORDER_RISK_LOW;
}

static gboolean
cannot_ship (const ScOrder *order)
{
  return !sc_order_can (order, SC_ORDER_ACTION_FULFIL, now (), NULL);
}

static gboolean
label_shows (GtkWidget  *root,
             const char *text)
{
  return sc_test_has_label_containing (root, text);
}

/* The start page offers each order practice of the course. */
static void
test_start_page (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Radia");
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScOrdersPanel *panel = show_orders (window);
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_cmpstr (sc_orders_panel_get_page (panel), ==, "start");
  rows = sc_test_find_widgets (GTK_WIDGET (panel), ADW_TYPE_ACTION_ROW);
  /* The three order practices, and the stock count's store, which has
   * orders committing stock. */
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_true (label_shows (GTK_WIDGET (panel), "12 orders waiting"));
  g_assert_true (label_shows (GTK_WIDGET (panel), "14 orders waiting"));
  g_assert_true (label_shows (GTK_WIDGET (panel), "6 orders waiting"));

  sc_test_close_window (GTK_WINDOW (window));
}

/* From the lesson's card: the queue, its views and their counts. */
static void
test_queue_and_views (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  ScWindow *window;
  ScOrdersPanel *panel = practice_window ("Barbara", &window, &learner);
  guint n_unpaid = 0, n_held = 0;

  orders = stored_orders (learner);
  g_assert_cmpuint (orders->len, ==, 12);
  g_assert_cmpuint (sc_orders_panel_get_n_shown (panel), ==, 12);

  for (guint i = 0; i < orders->len; i++)
    {
      g_autoptr(ScOrderRow) row = sc_order_row_new (g_ptr_array_index (orders, i), now ());

      n_unpaid += sc_order_row_in_view (row, SC_ORDER_VIEW_UNPAID);
      n_held += sc_order_row_in_view (row, SC_ORDER_VIEW_ON_HOLD);
    }
  g_assert_cmpuint (n_unpaid, >, 0);

  sc_orders_panel_set_view (panel, SC_ORDER_VIEW_UNPAID);
  g_assert_cmpuint (sc_orders_panel_get_n_shown (panel), ==, n_unpaid);
  sc_orders_panel_set_view (panel, SC_ORDER_VIEW_ON_HOLD);
  g_assert_cmpuint (sc_orders_panel_get_n_shown (panel), ==, n_held);
  sc_orders_panel_set_view (panel, SC_ORDER_VIEW_ALL);
  g_assert_cmpuint (sc_orders_panel_get_n_shown (panel), ==, 12);

  /* Every status is a word in the queue, and the way back is offered. */
  g_assert_true (label_shows (GTK_WIDGET (panel), "Paid"));
  g_assert_true (label_shows (GTK_WIDGET (panel), "Unfulfilled"));
  g_assert_true (label_shows (GTK_WIDGET (panel), "Back to Lesson"));

  sc_test_close_window (GTK_WINDOW (window));
}

/* Fulfilling through the form: the order, its row and its page follow;
 * Undo puts it back, Redo again. */
static void
test_fulfil_and_undo (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *name = NULL;
  ScWindow *window;
  ScOrdersPanel *panel = practice_window ("Grace", &window, &learner);
  GtkWidget *page;
  GtkWidget *form;
  g_autoptr(GPtrArray) entries = NULL;
  const ScOrder *order;
  guint n_shipments;
  /* The steps in the page's order, after Fulfil Items. */
  const ScOrderAction after_fulfil[] = {
    SC_ORDER_ACTION_CAPTURE, SC_ORDER_ACTION_MARK_AS_PAID, SC_ORDER_ACTION_HOLD,
    SC_ORDER_ACTION_RELEASE_HOLD, SC_ORDER_ACTION_ADD_TRACKING, SC_ORDER_ACTION_NOTIFY,
    SC_ORDER_ACTION_REFUND, SC_ORDER_ACTION_VOID, SC_ORDER_ACTION_CANCEL, SC_ORDER_ACTION_CLOSE,
    SC_ORDER_ACTION_REOPEN,
  };

  orders = stored_orders (learner);
  order = first_order (orders, ready_to_ship);
  name = g_strdup (order->name);
  n_shipments = order->shipments->len;
  page = sc_orders_panel_open_order (panel, name);
  g_assert_nonnull (page);
  g_assert_cmpstr (sc_orders_panel_get_page (panel), ==, "order");
  g_assert_true (label_shows (page, name));
  /* The keyboard starts on the first step, not on text, and Tab goes
   * through every step shown, one stop each. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window))
                 == sc_order_page_get_action_button (SC_ORDER_PAGE (page), SC_ORDER_ACTION_FULFIL));
  for (guint i = 0; i < G_N_ELEMENTS (after_fulfil); i++)
    {
      GtkWidget *button = sc_order_page_get_action_button (SC_ORDER_PAGE (page), after_fulfil[i]);

      if (button == NULL || !gtk_widget_get_visible (gtk_widget_get_parent (button)))
        continue;
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);
    }
  sc_order_page_focus_steps (SC_ORDER_PAGE (page));

  form = sc_order_page_open_form (SC_ORDER_PAGE (page), SC_ORDER_ACTION_FULFIL);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (form));
  entries = sc_test_find_widgets (form, GTK_TYPE_ENTRY);
  g_assert_cmpuint (entries->len, ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "DHL");
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[1]), "JD0146000012");
  sc_test_respond (form, "apply");

  after = stored_orders (learner);
  order = stored_order (after, name);
  g_assert_cmpint (sc_order_get_fulfilment_status (order), ==, SC_ORDER_FULFILMENT_FULFILLED);
  g_assert_cmpuint (order->shipments->len, ==, n_shipments + 1);
  g_assert_cmpstr (((ScOrderShipment *) order->shipments->pdata[n_shipments])->tracking, ==,
                   "JD0146000012");
  g_assert_cmpint (sc_order_get_fulfilment_status (sc_order_page_get_order (SC_ORDER_PAGE (page))),
                   ==, SC_ORDER_FULFILMENT_FULFILLED);
  g_assert_true (label_shows (page, "DHL JD0146000012"));
  g_clear_pointer (&after, g_ptr_array_unref);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "orders.undo", NULL));
  after = stored_orders (learner);
  g_assert_cmpint (sc_order_get_fulfilment_status (stored_order (after, name)), !=,
                   SC_ORDER_FULFILMENT_FULFILLED);
  g_assert_cmpuint (stored_order (after, name)->shipments->len, ==, n_shipments);
  g_assert_false (label_shows (page, "DHL JD0146000012"));
  g_clear_pointer (&after, g_ptr_array_unref);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "orders.redo", NULL));
  after = stored_orders (learner);
  g_assert_cmpint (sc_order_get_fulfilment_status (stored_order (after, name)), ==,
                   SC_ORDER_FULFILMENT_FULFILLED);

  /* Back to the queue. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "orders.back", NULL));
  g_assert_cmpstr (sc_orders_panel_get_page (panel), ==, "list");

  sc_test_close_window (GTK_WINDOW (window));
}

/* A step the order's state forbids says why, in the rule's words, and
 * changes nothing; its button says it too. */
static void
test_refusal_explained (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) before_dump = g_string_new (NULL);
  g_autoptr(GString) after_dump = g_string_new (NULL);
  ScWindow *window;
  ScOrdersPanel *panel = practice_window ("Hedy", &window, &learner);
  const ScOrder *order;
  GtkWidget *page;
  GtkWidget *dialog;
  GtkWidget *button;

  orders = stored_orders (learner);
  order = first_order (orders, cannot_ship);
  g_assert_false (sc_order_can (order, SC_ORDER_ACTION_FULFIL, now (), &error));
  page = sc_orders_panel_open_order (panel, order->name);

  button = sc_order_page_get_action_button (SC_ORDER_PAGE (page), SC_ORDER_ACTION_FULFIL);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, error->message);
  g_assert_true (gtk_widget_has_css_class (button, "sc-step-refused"));

  /* On a projector the explanation is as large as the page behind it. */
  gtk_widget_add_css_class (GTK_WIDGET (window), "presentation");
  dialog = sc_order_page_open_form (SC_ORDER_PAGE (page), SC_ORDER_ACTION_FULFIL);
  gtk_widget_remove_css_class (GTK_WIDGET (window), "presentation");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_widget_has_css_class (dialog, "presentation"));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Not Allowed Now");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, error->message);
  sc_test_respond (dialog, "close");

  sc_order_dump (order, before_dump);
  after = stored_orders (learner);
  sc_order_dump (stored_order (after, order->name), after_dump);
  g_assert_cmpstr (before_dump->str, ==, after_dump->str);

  sc_test_close_window (GTK_WINDOW (window));
}

/* The broken candle of #1009: refunded, kept by the customer, so not
 * restocked. The form offers Refund only once there is something to
 * refund, and says the amount first. */
static void
test_refund_broken_candle (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) choices = NULL;
  g_autoptr(GPtrArray) after = NULL;
  ScWindow *window;
  ScOrdersPanel *panel = practice_window ("Mary", &window, &learner);
  const ScOrderLine *line;
  const ScOrder *order;
  GtkWidget *page = sc_orders_panel_open_order (panel, "#1009");
  GtkWidget *form;

  form = sc_order_page_open_form (SC_ORDER_PAGE (page), SC_ORDER_ACTION_REFUND);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (form), "apply"));
  g_assert_true (label_shows (form, "Choose what to refund."));

  spins = sc_test_find_widgets (form, GTK_TYPE_SPIN_BUTTON);
  choices = sc_test_find_widgets (form, GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (spins->len, ==, 1);
  gtk_spin_button_set_value (spins->pdata[0], 1);
  /* Returned, restock; returned damaged; customer keeps it. */
  gtk_drop_down_set_selected (choices->pdata[0], 2);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (form), "apply"));
  g_assert_true (label_shows (form, ", tax included"));
  sc_test_respond (form, "apply");

  after = stored_orders (learner);
  order = stored_order (after, "#1009");
  line = sc_order_find_line (order, "HW-FIG-220");
  g_assert_cmpint (line->refunded, ==, 1);
  g_assert_cmpint (line->returned, ==, 0);
  g_assert_cmpint (sc_order_get_financial_status (order), ==, SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED);
  g_assert_true (label_shows (page, "Partially refunded"));

  sc_test_close_window (GTK_WINDOW (window));
}

/* Check My Work on a fresh queue, then after holding the risky order
 * for fraud review: the goals in the lesson card's words, each Done or
 * Not yet with what to do. */
static void
test_check_my_work (void)
{
  g_autoptr(ScLearner) learner = NULL;
  ScWindow *window;
  ScOrdersPanel *panel = practice_window ("Sophie", &window, &learner);
  ScOrderRequest hold = { .action = SC_ORDER_ACTION_HOLD, .hold_reason = SC_ORDER_HOLD_FRAUD_REVIEW };
  GtkWidget *dialog;
  GtkWidget *page;

  dialog = sc_orders_panel_check (panel);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  /* Nothing shipped unpaid yet; the rest is to do. */
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "1 of 4 Goals Done");
  g_assert_true (label_shows (dialog, "The high-risk order is on hold"));
  g_assert_true (label_shows (dialog, "Not yet"));
  sc_test_respond (dialog, "close");

  page = sc_orders_panel_open_order (panel, "#1004");
  g_signal_emit_by_name (page, "request", &hold);
  dialog = sc_orders_panel_check (panel);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "2 of 4 Goals Done");
  sc_test_respond (dialog, "close");

  sc_test_close_window (GTK_WINDOW (window));
}

/* With SHOPCRAFT_ORDERS_SHOTS=DIR, keeps a picture of @window as NAME. */
static void
save_picture (ScWindow   *window,
              const char *name)
{
  const char *dir = g_getenv ("SHOPCRAFT_ORDERS_SHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL || *dir == '\0')
    return;
  path = g_build_filename (dir, name, NULL);
  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  sc_test_settle (GTK_WIDGET (window), 4);
  g_assert_true (sc_screenshot_save (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
}

/* A customer's message on the order's page, and the answer: the page
 * says who wrote and that they wait until the store's message is sent. */
static void
test_customer_message (void)
{
  g_autoptr(ScLearner) learner = sc_test_new_learner (app, "Yusuf");
  ScWindow *window = sc_test_window_new (app, 1280, 800);
  ScOrderRequest reply = { .action = SC_ORDER_ACTION_NOTIFY,
                           .message = "Your parcel left on Monday with DHL." };
  ScOrdersPanel *panel;
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.practice", "(sss)",
                                             "orders", "customer-inbox", "customer-messages"));
  sc_test_wait_ready (window);
  panel = SC_ORDERS_PANEL (sc_window_get_visible_panel (window));
  g_assert_cmpstr (sc_orders_panel_get_page (panel), ==, "list");
  /* Four customers wait; the one who said thank you was answered. */
  sc_orders_panel_set_view (panel, SC_ORDER_VIEW_AWAITING_REPLY);
  g_assert_cmpuint (sc_orders_panel_get_n_shown (panel), ==, 4);
  g_assert_true (label_shows (GTK_WIDGET (panel), "Awaiting Reply (4)"));

  page = sc_orders_panel_open_order (panel, "#3001");
  g_assert_nonnull (page);
  g_assert_true (label_shows (page, "Sara Lindqvist wrote, "));
  g_assert_true (label_shows (page, "Where is my order?"));
  g_assert_true (label_shows (page, "waiting for an answer"));
  save_picture (window, "orders-customer-message.png");

  g_signal_emit_by_name (page, "request", &reply);
  sc_test_settle (page, 2);
  g_assert_true (label_shows (page, "You sent, "));
  g_assert_true (label_shows (page, "Your parcel left on Monday with DHL."));
  g_assert_false (label_shows (page, "waiting for an answer"));
  gtk_widget_activate_action (GTK_WIDGET (panel), "orders.back", NULL);
  g_assert_cmpuint (sc_orders_panel_get_n_shown (panel), ==, 3);
  g_assert_true (label_shows (GTK_WIDGET (panel), "Awaiting Reply (3)"));

  sc_test_close_window (GTK_WINDOW (window));
}

static gint64 late_now;

static gint64
late_clock (void)
{
  return late_now;
}

/* Deadlines are read against the clock: three days on, every open
 * order left to ship is overdue, and says so. The clock moving on keeps
 * the learner's place: the row chosen stays chosen and the keyboard
 * stays where it was, in the queue and on an order's page. */
static void
test_deadlines (void)
{
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(GPtrArray) views = NULL;
  ScWindow *window;
  ScOrdersPanel *panel = practice_window ("Frances", &window, &learner);
  GtkSingleSelection *selection;
  GtkWidget *focus;
  GtkWidget *page;

  views = sc_test_find_widgets (GTK_WIDGET (panel), GTK_TYPE_COLUMN_VIEW);
  g_assert_cmpuint (views->len, ==, 1);
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (views->pdata[0]));
  gtk_single_selection_set_selected (selection, 3);
  g_assert_true (gtk_widget_child_focus (views->pdata[0], GTK_DIR_TAB_FORWARD));
  sc_test_settle (GTK_WIDGET (panel), 2);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, views->pdata[0]));

  g_assert_false (label_shows (GTK_WIDGET (panel), "Overdue by 3 days"));
  late_now = now () + 3 * 24 * 3600 + 3600;
  sc_orders_panel_set_clock (panel, late_clock);
  sc_test_settle (GTK_WIDGET (panel), 2);
  g_assert_true (label_shows (GTK_WIDGET (panel), "Overdue by"));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 3);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);

  /* An order's page: its summary follows the clock, its steps keep the
   * keyboard. */
  sc_orders_panel_set_clock (panel, NULL);
  page = sc_orders_panel_open_order (panel, "#1005");
  sc_test_settle (page, 2);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_false (label_shows (page, "Overdue by"));
  sc_orders_panel_set_clock (panel, late_clock);
  sc_test_settle (page, 2);
  g_assert_true (label_shows (page, "Overdue by"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  sc_orders_panel_set_clock (panel, NULL);

  sc_test_close_window (GTK_WINDOW (window));
}

/* SHOPCRAFT_ORDERS_SHOTS=DIR keeps pictures to look at: the queue, the
 * high-risk order's page and the refund form, in each style. */
static void
test_pictures (void)
{
  const char *dir = g_getenv ("SHOPCRAFT_ORDERS_SHOTS");
  const char *styles[] = { "light", "dark", "presentation" };
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(ScLearner) learner = NULL;
  ScWindow *window;
  ScOrdersPanel *panel;

  if (dir == NULL || *dir == '\0')
    {
      g_test_skip ("SHOPCRAFT_ORDERS_SHOTS is not set");
      return;
    }

  panel = practice_window ("Ada", &window, &learner);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      const char *pages[] = { "queue", "order", "refund" };

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
          g_autofree char *name = g_strdup_printf ("orders-%s-%s.png", pages[p], styles[i]);
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autoptr(GError) error = NULL;
          GtkWidget *shot = GTK_WIDGET (window);
          GtkWidget *page;

          gtk_widget_activate_action (GTK_WIDGET (panel), "orders.back", NULL);
          if (p >= 1)
            {
              page = sc_orders_panel_open_order (panel, p == 1 ? "#1004" : "#1009");
              if (p == 2)
                shot = sc_order_page_open_form (SC_ORDER_PAGE (page), SC_ORDER_ACTION_REFUND);
            }
          gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
          sc_test_settle (shot, 4);
          g_assert_true (sc_screenshot_save (shot, path, &error));
          g_assert_no_error (error);
          if (shot != GTK_WIDGET (window))
            sc_test_respond (shot, "cancel");
        }
    }

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
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
      g_printerr ("test-orders-panel: no display\n");
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

  g_test_add_func ("/orders/start-page", test_start_page);
  g_test_add_func ("/orders/queue-and-views", test_queue_and_views);
  g_test_add_func ("/orders/fulfil-and-undo", test_fulfil_and_undo);
  g_test_add_func ("/orders/refusal-explained", test_refusal_explained);
  g_test_add_func ("/orders/refund-broken-candle", test_refund_broken_candle);
  g_test_add_func ("/orders/check-my-work", test_check_my_work);
  g_test_add_func ("/orders/deadlines", test_deadlines);
  g_test_add_func ("/orders/customer-message", test_customer_message);
  g_test_add_func ("/orders/pictures", test_pictures);

  status = g_test_run ();

  g_clear_object (&app);
  sc_test_remove_tree (data_dir);
  return status;
}
