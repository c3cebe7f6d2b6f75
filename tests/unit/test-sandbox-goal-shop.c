/* test-sandbox-goal-shop.c - the goal kinds about orders and stock, on runs of the built-in scenarios
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test starts a run of one of the course's four order and stock
 * scenarios, checks one of its goals, takes the learner's steps through
 * sc_sandbox_order_act () and sc_sandbox_stock_act () and checks again.
 * The kinds that read the log keep failing after an undo: an undone
 * mistake stays visible.
 */
#include <string.h>

#include "sc-database.h"
#include "sc-learner.h"
#include "sc-run-orders.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario-run.h"
#include "test-db-util.h"

typedef struct
{
  char       *dir;
  ScDatabase *database;
  ScLearner  *learner;
  ScScenario *scenario;
  ScRun      *run;
  gint64      now;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *source = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                              "ecommerce-operations", NULL);
  g_autofree char *course = g_canonicalize_filename (source, NULL);
  g_autoptr(GError) error = NULL;

  f->dir = test_make_dir ();
  f->database = sc_database_open_in_dir (f->dir, &error);
  g_assert_no_error (error);
  f->learner = sc_learner_create (f->database, "Ada", &error);
  g_assert_no_error (error);
  f->scenario = sc_scenario_find (course, data, &error);
  g_assert_no_error (error);
  f->run = sc_scenario_open_run (f->database, f->learner->id, f->scenario, &error);
  g_assert_no_error (error);
  f->now = g_get_real_time () / G_USEC_PER_SEC + 60;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sc_run_free (f->run);
  sc_scenario_free (f->scenario);
  sc_learner_free (f->learner);
  sc_database_close (f->database, NULL);
  g_clear_object (&f->database);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The scenario's goal @id, or @xml when given, checked now: NULL when it
 * passes, its message otherwise. */
static char *
check (Fixture    *f,
       const char *id,
       const char *xml)
{
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  const ScGoalResult *result;

  if (xml != NULL)
    {
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autofree char *text = g_strdup_printf ("<goals>%s</goals>", xml);

      goals = sc_goals_parse (text, strlen (text), "scenarios/test.xml", problems);
      g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
    }
  else
    {
      goals = g_ptr_array_new ();
      for (guint i = 0; i < f->scenario->goals->len; i++)
        if (g_strcmp0 (((ScGoal *) g_ptr_array_index (f->scenario->goals, i))->id, id) == 0)
          g_ptr_array_add (goals, g_ptr_array_index (f->scenario->goals, i));
    }
  g_assert_cmpuint (goals->len, ==, 1);
  results = sc_sandbox_check (f->database, f->run, goals, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->passed, ==, result->message == NULL);
  if (result->message != NULL)
    g_test_message ("%s", result->message);

  return g_strdup (result->message);
}

static void
assert_passes (Fixture    *f,
               const char *id)
{
  g_autofree char *message = check (f, id, NULL);

  g_assert_null (message);
}

/* The goal fails with a message starting with @first (the first problem)
 * and holding @also when given. */
static void
assert_fails (Fixture    *f,
              const char *id,
              const char *first,
              const char *also)
{
  g_autofree char *message = check (f, id, NULL);
  g_autofree char *bullet = g_strconcat ("• ", first, NULL);

  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, bullet));
  if (also != NULL)
    g_assert_nonnull (strstr (message, also));
}

static void
order_step (Fixture              *f,
            const char           *name,
            const ScOrderRequest *request)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_order_act (f->database, f->run, f->learner->id, name, request, f->now++, NULL,
                                       &error));
  g_assert_no_error (error);
}

static void
stock_step (Fixture              *f,
            const ScStockRequest *request)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_stock_act (f->database, f->run, f->learner->id, request, f->now++, NULL, &error));
  g_assert_no_error (error);
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_undo (f->database, f->run, f->learner->id, NULL, &error));
  g_assert_no_error (error);
}

static void
fulfil_all (Fixture    *f,
            const char *name)
{
  order_step (f, name, &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL });
}

static void
capture_all (Fixture    *f,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOrder) order = sc_run_load_order (sc_database_get_handle (f->database), f->run, name, &error);
  ScMoney amount;

  g_assert_no_error (error);
  g_assert_true (sc_order_get_capturable (order, f->now, &amount, &error));
  order_step (f, name, &(ScOrderRequest) { .action = SC_ORDER_ACTION_CAPTURE, .amount = amount });
}

/* order-queue-basics */

static void
test_unpaid_fulfilment (Fixture       *f,
                        gconstpointer  data)
{
  /* The scenario's own cash-on-delivery shipments are not the learner's. */
  assert_passes (f, "no-unpaid-shipped");
  capture_all (f, "#1005");
  fulfil_all (f, "#1005");
  assert_passes (f, "no-unpaid-shipped");

  fulfil_all (f, "#1002");
  assert_fails (f, "no-unpaid-shipped", "#1002 was fulfilled while its payment was pending.\n", NULL);
  undo (f);
  assert_fails (f, "no-unpaid-shipped",
                "#1002 was fulfilled while its payment was pending (undone later, but the parcel had left).\n",
                "Ship an order only once its payment is captured");
}

static void
test_risky_on_hold (Fixture       *f,
                    gconstpointer  data)
{
  assert_fails (f, "risky-on-hold", "#1004 is not on hold; it should be held for fraud-review.\n", NULL);
  order_step (f, "#1004", &(ScOrderRequest) { .action = SC_ORDER_ACTION_HOLD,
                                              .hold_reason = SC_ORDER_HOLD_FRAUD_REVIEW });
  assert_passes (f, "risky-on-hold");
  capture_all (f, "#1004");
  assert_fails (f, "risky-on-hold", "#1004's payment is paid, not authorized.\n", NULL);
}

static void
test_broken_candle (Fixture       *f,
                    gconstpointer  data)
{
  ScOrderRefundLine returned = { "HW-FIG-220", 1, SC_ORDER_RESTOCK_RETURN };
  ScOrderRefundLine kept = { "HW-FIG-220", 1, SC_ORDER_RESTOCK_NONE };

  assert_fails (f, "broken-candle", "#1009: 0 × HW-FIG-220 refunded as no-restock; it should be 1.\n", NULL);
  order_step (f, "#1009", &(ScOrderRequest) { .action = SC_ORDER_ACTION_REFUND, .refund_lines = &returned,
                                              .n_refund_lines = 1 });
  assert_fails (f, "broken-candle", "#1009: 1 × HW-FIG-220 came back into stock; the customer kept them.\n",
                "#1009: 0 × HW-FIG-220 refunded as no-restock; it should be 1.");
  undo (f);
  order_step (f, "#1009", &(ScOrderRequest) { .action = SC_ORDER_ACTION_REFUND, .refund_lines = &kept,
                                              .n_refund_lines = 1 });
  assert_passes (f, "broken-candle");

  /* The other ways of refunding, read from the ledger. */
  {
    g_autofree char *message = check (f, NULL, "<goal id=\"r\" type=\"order-refunded\" order=\"#1010\" "
                                               "sku=\"HW-TAPER-IVY\" quantity=\"1\" restock=\"cancel\"/>");

    g_assert_null (message);
  }
  {
    g_autofree char *message = check (f, NULL, "<goal id=\"r\" type=\"order-refunded\" order=\"#1010\" "
                                               "sku=\"HW-TAPER-IVY\" quantity=\"1\" restock=\"remove\"/>");

    g_assert_nonnull (strstr (message, "#1010: 0 × HW-TAPER-IVY refunded as remove; it should be 1."));
  }
}

static void
test_cancel_reason (Fixture       *f,
                    gconstpointer  data)
{
  assert_fails (f, "cancel-reason", "#1001 is not cancelled.\n", "#1007 is not cancelled.");
  order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_CANCEL,
                                              .cancel_reason = SC_ORDER_CANCEL_OTHER, .restock = TRUE });
  assert_fails (f, "cancel-reason", "#1001 was cancelled with the reason other, not customer.\n",
                "#1001 was cancelled with the reason other; name the real one.");
  undo (f);
  order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_CANCEL,
                                              .cancel_reason = SC_ORDER_CANCEL_CUSTOMER, .restock = TRUE });
  order_step (f, "#1007", &(ScOrderRequest) { .action = SC_ORDER_ACTION_CANCEL,
                                              .cancel_reason = SC_ORDER_CANCEL_CUSTOMER, .restock = TRUE });
  assert_passes (f, "cancel-reason");
}

/* late-shipments */

static void
test_overdue_first (Fixture       *f,
                    gconstpointer  data)
{
  assert_fails (f, "overdue-first", "#2001 is unfulfilled, not fulfilled.\n", "#2002 is unfulfilled, not fulfilled.");
  fulfil_all (f, "#2005");
  undo (f);
  fulfil_all (f, "#2001");
  fulfil_all (f, "#2002");
  assert_fails (f, "overdue-first", "#2005 was fulfilled before #2001 #2002 (undone later, but the parcel had "
                "left).\nWork the queue by ship-by time", NULL);
}

static void
test_overdue_first_passes (Fixture       *f,
                           gconstpointer  data)
{
  fulfil_all (f, "#2002");
  fulfil_all (f, "#2001");
  fulfil_all (f, "#2005");
  assert_passes (f, "overdue-first");
}

static void
test_tracking (Fixture       *f,
               gconstpointer  data)
{
  assert_fails (f, "tracking-entered", "Nothing has been shipped yet.\n", NULL);
  fulfil_all (f, "#2001");
  order_step (f, "#2002", &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL, .carrier = "DHL",
                                              .tracking = "00340434161094042625" });
  assert_fails (f, "tracking-entered", "#2001: shipment 1 has no carrier and tracking number.\n", NULL);
  order_step (f, "#2001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_ADD_TRACKING, .carrier = "DHL",
                                              .tracking = "00340434161094042632" });
  assert_passes (f, "tracking-entered");
}

static void
test_partial (Fixture       *f,
              gconstpointer  data)
{
  assert_fails (f, "partial-shipped", "#2009 is unfulfilled, not partially-fulfilled.\n",
                "#2009's customer has not been sent a message.");
  order_step (f, "#2009", &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL, .sku = "HW-TAPER-SAGE",
                                              .quantity = 2 });
  order_step (f, "#2009", &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL, .sku = "HW-BEES-S",
                                              .quantity = 1 });
  assert_fails (f, "partial-shipped", "#2009's customer has not been sent a message.\n", NULL);
  order_step (f, "#2009", &(ScOrderRequest) { .action = SC_ORDER_ACTION_NOTIFY,
                                              .message = "Your third set of sage tapers follows on Wednesday." });
  assert_passes (f, "partial-shipped");
}

/* stock-count */

static void
test_receive (Fixture       *f,
              gconstpointer  data)
{
  assert_fails (f, "receive-delivery", "PO-1042: 12 × HW-BEES-L are still to come.\n",
                "PO-1042: 24 × HW-BEES-S are still to come.");
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_RECEIVE_PURCHASE, .reference = "PO-1042",
                                     .sku = "HW-BEES-S", .quantity = 24 });
  assert_fails (f, "receive-delivery", "PO-1042: 12 × HW-BEES-L are still to come.\n", NULL);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_RECEIVE_PURCHASE, .reference = "PO-1042",
                                     .sku = "HW-BEES-L", .quantity = 11, .damaged = 1 });
  assert_passes (f, "receive-delivery");
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  assert_fails (f, "damaged-unavailable", "HW-FIG-220 has 0 unavailable; at least 2 should be.\n", NULL);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_MARK_UNAVAILABLE, .sku = "HW-FIG-220",
                                     .quantity = 2, .reason = SC_STOCK_REASON_QUALITY_CONTROL });
  assert_fails (f, "damaged-unavailable", "HW-FIG-220: 0 units were made unavailable with the reason damaged; "
                "at least 2 should be.\n", NULL);
  undo (f);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_MARK_UNAVAILABLE, .sku = "HW-FIG-220",
                                     .quantity = 2, .reason = SC_STOCK_REASON_DAMAGED });
  assert_passes (f, "damaged-unavailable");
}

static void
test_count (Fixture       *f,
            gconstpointer  data)
{
  assert_fails (f, "count-reasons", "Count 1 is not applied: its differences are not in the stock yet.\n", NULL);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_APPLY, .count = 1 });
  assert_passes (f, "count-reasons");
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_ADJUST, .sku = "HW-TEA-24", .quantity = -1,
                                     .reason = SC_STOCK_REASON_CORRECTION });
  assert_fails (f, "count-reasons", "HW-TEA-24 was adjusted by hand with the reason correction during count 1.\n",
                NULL);
}

static void
test_oversell (Fixture       *f,
               gconstpointer  data)
{
  assert_fails (f, "no-oversell", "HW-LAV-220 keeps selling when out of stock.\n", "Only a pre-order");
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_SET_POLICY, .sku = "HW-LAV-220",
                                     .policy = SC_INVENTORY_POLICY_DENY });
  assert_passes (f, "no-oversell");
}

/* reorder-planning */

static const struct
{
  const char *sku;
  gint64      point;
} coffee[] = {
  { "KL-HOUSE-250", 52 }, { "KL-HOUSE-1000", 11 }, { "KL-YIRGA-250", 38 },
  { "KL-DECAF-250", 7 }, { "KL-HUEHUE-250", 18 }, { "KL-COLD-500", 7 },
};

static void
test_reorder_points (Fixture       *f,
                     gconstpointer  data)
{
  assert_fails (f, "rop-set", "KL-COLD-500 has no reorder point; demand during lead time plus safety stock is 7.\n",
                "KL-HOUSE-250 reorders at 20; demand during lead time plus safety stock is 52.");
  for (guint i = 0; i < G_N_ELEMENTS (coffee); i++)
    stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_SET_REORDER, .sku = coffee[i].sku,
                                       .reorder_point = coffee[i].point, .reorder_quantity = 24 });
  assert_passes (f, "rop-set");
}

static void
test_reorders (Fixture       *f,
               gconstpointer  data)
{
  assert_fails (f, "orders-placed", "KL-HOUSE-1000: 9 available and 0 incoming are at or below its reorder point "
                "of 11.\n", "KL-HOUSE-250: 38 available and 0 incoming are at or below its reorder point of 52.");
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_ORDER_PURCHASE, .reference = "PO-312",
                                     .sku = "KL-HOUSE-250", .quantity = 48 });
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_ORDER_PURCHASE, .reference = "PO-312",
                                     .sku = "KL-HOUSE-1000", .quantity = 2 });
  assert_fails (f, "orders-placed", "KL-HOUSE-1000: 9 available and 2 incoming are at or below its reorder point "
                "of 11.\n", NULL);
  undo (f);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_ORDER_PURCHASE, .reference = "PO-312",
                                     .sku = "KL-HOUSE-1000", .quantity = 12 });
  assert_passes (f, "orders-placed");
}

/* The reader's problems with each kind's attributes, as FILE:LINE. */
/* customer-inbox */

static void
answer (Fixture    *f,
        const char *name)
{
  order_step (f, name, &(ScOrderRequest) { .action = SC_ORDER_ACTION_NOTIFY,
                                           .message = "Thank you for writing; here is what happens next." });
}

static void
test_customers_answered (Fixture       *f,
                         gconstpointer  data)
{
  /* Four customers wrote and wait; the thank-you of #3006 was answered. */
  assert_fails (f, "all-answered", "#3001: Sara Lindqvist wrote and has had no answer since.\n",
                "#3004: Jakub Kowalski wrote");
  answer (f, "#3001");
  answer (f, "#3002");
  answer (f, "#3003");
  /* Writing to a customer who did not write answers no one. */
  answer (f, "#3005");
  assert_fails (f, "all-answered", "#3004: Jakub Kowalski wrote and has had no answer since.\n", NULL);
  answer (f, "#3004");
  assert_passes (f, "all-answered");
  /* An answer taken back is not an answer: the customer waits again. */
  undo (f);
  assert_fails (f, "all-answered", "#3004: Jakub Kowalski wrote and has had no answer since.\n",
                "Message Customer");
}

static void
test_read_problems (void)
{
  static const char xml[] =
    "<goals>\n"
    "<goal id=\"a\" type=\"order-status\" order=\"#1004\"/>\n"
    "<goal id=\"b\" type=\"order-status\" order=\"#1004\" hold=\"fraud\" notified=\"maybe\"/>\n"
    "<goal id=\"c\" type=\"order-refunded\" order=\"#1009\" sku=\"HW-FIG-220\" quantity=\"0\"/>\n"
    "<goal id=\"d\" type=\"order-cancelled\" product=\"mug\" orders=\"#1001\"/>\n"
    "<goal id=\"e\" type=\"fulfilled-first\" orders=\" \"/>\n"
    "<goal id=\"f\" type=\"count-applied\" count=\"first\"/>\n"
    "<goal id=\"g\" type=\"stock-unavailable\" quantity=\"2\" reason=\"broken\"/>\n"
    "<goal id=\"h\" type=\"purchase-received\"/>\n"
    "<goal id=\"i\" type=\"no-oversell\" except=\"HW-ADVENT\"/>\n"
    "</goals>\n";
  static const char * const expected[] = {
    "scenarios/test.xml:2: an order-status goal needs at least one of financial, fulfilment, hold, state or "
    "notified, for example hold=\"fraud-review\"",
    "scenarios/test.xml:3: hold=\"fraud\" is not one of none, fraud-review, address-verification, "
    "awaiting-stock, customer-request or payment-issue",
    "scenarios/test.xml:3: notified=\"maybe\" is not one of no or yes",
    "scenarios/test.xml:4: quantity=\"0\" must be a whole number from 1 to 1000000",
    "scenarios/test.xml:4: <goal> needs a restock attribute, for example restock=\"no-restock\"",
    "scenarios/test.xml:5: a goal of type order-cancelled is about the orders or the stock, not a product; "
    "remove its product attribute",
    "scenarios/test.xml:6: <goal> needs a orders attribute, for example orders=\"#2001 #2002\"",
    "scenarios/test.xml:7: count=\"first\" must be a whole number from 1 to 10000",
    "scenarios/test.xml:8: <goal> needs a sku attribute, for example sku=\"HW-FIG-220\"",
    "scenarios/test.xml:8: reason=\"broken\" is not one of received, purchase-ordered, purchase-received, "
    "correction, cycle-count, damaged, quality-control, safety-stock, shrinkage, order-committed, "
    "order-fulfilled, order-cancelled, return-restocked or return-damaged",
    "scenarios/test.xml:9: <goal> needs a purchase attribute, for example purchase=\"PO-1042\"",
  };
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) goals = sc_goals_parse (xml, strlen (xml), "scenarios/test.xml", problems);

  g_assert_null (goals);
  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_test_message ("%s", line);
      g_assert_cmpuint (i, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr (line, ==, expected[i]);
    }
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, G_N_ELEMENTS (expected));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, scenario, func) \
  g_test_add (path, Fixture, scenario, fixture_set_up, func, fixture_tear_down)
  ADD ("/sandbox-goal-shop/no-unpaid-fulfilment", "order-queue-basics", test_unpaid_fulfilment);
  ADD ("/sandbox-goal-shop/order-status", "order-queue-basics", test_risky_on_hold);
  ADD ("/sandbox-goal-shop/order-refunded", "order-queue-basics", test_broken_candle);
  ADD ("/sandbox-goal-shop/order-cancelled", "order-queue-basics", test_cancel_reason);
  ADD ("/sandbox-goal-shop/fulfilled-first", "late-shipments", test_overdue_first);
  ADD ("/sandbox-goal-shop/fulfilled-first-passes", "late-shipments", test_overdue_first_passes);
  ADD ("/sandbox-goal-shop/shipments-tracked", "late-shipments", test_tracking);
  ADD ("/sandbox-goal-shop/partially-shipped", "late-shipments", test_partial);
  ADD ("/sandbox-goal-shop/purchase-received", "stock-count", test_receive);
  ADD ("/sandbox-goal-shop/stock-unavailable", "stock-count", test_damaged);
  ADD ("/sandbox-goal-shop/count-applied", "stock-count", test_count);
  ADD ("/sandbox-goal-shop/no-oversell", "stock-count", test_oversell);
  ADD ("/sandbox-goal-shop/reorder-point-suggested", "reorder-planning", test_reorder_points);
  ADD ("/sandbox-goal-shop/reorders-placed", "reorder-planning", test_reorders);
  ADD ("/sandbox-goal-shop/customers-answered", "customer-inbox", test_customers_answered);
#undef ADD
  g_test_add_func ("/sandbox-goal-shop/read-problems", test_read_problems);

  return g_test_run ();
}
