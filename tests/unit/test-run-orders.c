/* test-run-orders.c - a run's orders and stock in the database, each learner step one undoable action
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every step goes through the database and, beside it, through the same
 * models in memory: the run read back must dump exactly like the models.
 * Refusals must leave every row of every table as it was, and log
 * nothing; undo and redo must restore the dumps exactly.
 */
#include <string.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-learner.h"
#include "sc-run-orders.h"
#include "sc-sandbox-action.h"
#include "test-db-util.h"
#include "test-sandbox-util.h"

#define HOUR G_GINT64_CONSTANT (3600)
/* 2026-12-01 09:00:00 UTC */
#define T0   G_GINT64_CONSTANT (1796115600)

static const char * const tables[] = {
  "sandbox_orders", "sandbox_order_lines", "sandbox_shipments", "sandbox_shipment_items",
  "sandbox_order_messages", "sandbox_stock_items", "sandbox_stock_ledger",
  "sandbox_purchase_orders", "sandbox_purchase_lines", "sandbox_counts", "sandbox_count_lines",
};

typedef struct
{
  char        *dir;
  ScDatabase  *database;
  ScLearner   *ada;
  ScLearner   *bo;
  ScRun       *run;
  GPtrArray   *orders;  /* the models in memory, kept in step with the database */
  ScInventory *stock;
} Fixture;

static ScMoney
euros (gint64 cents)
{
  return sc_money_init (cents, sc_currency_lookup ("EUR"));
}

static ScOrder *
candle_order (const char *name,
              const char *customer)
{
  ScOrder *order = sc_order_new (name, customer, sc_currency_lookup ("EUR"));

  g_assert_true (sc_order_add_line (order, "CANDLE-S", "Beeswax candle, small", 3, euros (900),
                                    NULL));
  g_assert_true (sc_order_add_line (order, "CANDLE-L", "Beeswax candle, large", 2, euros (1900),
                                    NULL));
  g_assert_true (sc_order_set_shipping (order, euros (490), NULL));
  g_assert_true (sc_order_set_tax (order, euros (650), NULL));
  return order;
}

static void
place (Fixture        *f,
       ScOrder        *order,
       ScOrderPayment  payment,
       gint64          now)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_order_place (order, payment, now, &moves, &error));
  g_assert_true (sc_inventory_apply_all (f->stock, moves, now, order->name, NULL, &error));
  g_assert_no_error (error);
}

/* Two candles in stock, three placed orders (paid, authorized, unpaid)
 * and a draft, one risky. */
static void
build_shop (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  ScMoney cost = euros (350);
  ScOrder *order;

  f->stock = sc_inventory_new (sc_currency_lookup ("EUR"));
  g_assert_true (sc_inventory_add_item (f->stock, "CANDLE-S", "Beeswax candle, small", &error));
  g_assert_true (sc_inventory_add_item (f->stock, "CANDLE-L", "Beeswax candle, large", &error));
  g_assert_true (sc_inventory_add_item (f->stock, "WICK", "Spare wick \"long\"", &error));
  g_assert_true (sc_inventory_set_unit_cost (f->stock, "CANDLE-S", &cost, &error));
  g_assert_true (sc_inventory_set_reorder (f->stock, "CANDLE-L", 2, 10, &error));
  /* The sales history and the supplier's lead time a reorder point is
   * planned from are stored too. */
  g_assert_true (sc_inventory_set_demand (f->stock, "CANDLE-L", 45, 30, &error));
  g_assert_true (sc_inventory_set_lead_time (f->stock, "CANDLE-L", 7, &error));
  g_assert_true (sc_inventory_set_safety_stock (f->stock, "CANDLE-L", 5, &error));
  g_assert_true (sc_inventory_set_policy (f->stock, "WICK", SC_INVENTORY_POLICY_CONTINUE, &error));
  g_assert_true (sc_inventory_adjust (f->stock, "CANDLE-S", 20, SC_STOCK_REASON_RECEIVED,
                                      T0 - HOUR, "Opening stock", "first delivery", &error));
  g_assert_true (sc_inventory_adjust (f->stock, "CANDLE-L", 8, SC_STOCK_REASON_RECEIVED,
                                      T0 - HOUR, "Opening stock", NULL, &error));
  g_assert_true (sc_inventory_order_purchase (f->stock, "PO-1", "WICK", 50, T0 - HOUR, NULL,
                                              &error));
  g_assert_no_error (error);

  f->orders = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_order_free);
  order = candle_order ("#1001", "Grace Hopper");
  place (f, order, SC_ORDER_PAYMENT_AUTOMATIC, T0);
  g_ptr_array_add (f->orders, order);
  order = candle_order ("#1002", "Ada Lovelace");
  sc_order_set_risk_signals (order, SC_ORDER_RISK_CVV_MISMATCH | SC_ORDER_RISK_ANONYMOUS_IP);
  place (f, order, SC_ORDER_PAYMENT_AUTHORIZE, T0 + 60);
  /* What the customer wrote is stored as theirs, not the store's. */
  g_assert_true (sc_order_receive (order, "Could you send it to my office instead?", T0 + 120, &error));
  g_assert_no_error (error);
  g_ptr_array_add (f->orders, order);
  order = candle_order ("#1003", "Katherine Johnson");
  place (f, order, SC_ORDER_PAYMENT_MANUAL, T0 + 60);
  g_ptr_array_add (f->orders, order);
  g_ptr_array_add (f->orders, candle_order ("#1000", "Draft Person"));
}

static void
save_shop (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = sc_database_get_handle (f->database);

  g_assert_true (sc_database_exec (f->database, "BEGIN IMMEDIATE", &error));
  g_assert_true (sc_run_save_shop (db, f->run, f->orders, f->stock, &error));
  g_assert_no_error (error);
  g_assert_true (sc_database_exec (f->database, "COMMIT", &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = test_make_dir ();
  f->database = sc_database_open_in_dir (f->dir, &error);
  g_assert_no_error (error);
  f->ada = sc_learner_create (f->database, "Ada", &error);
  g_assert_no_error (error);
  f->bo = sc_learner_create (f->database, "Bo", &error);
  g_assert_no_error (error);
  f->run = sc_run_create (f->database, f->ada->id, "Candles", NULL, 0, 0,
                          sc_currency_lookup ("EUR"), &error);
  g_assert_no_error (error);
  build_shop (f);
  save_shop (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->orders, g_ptr_array_unref);
  g_clear_object (&f->stock);
  sc_run_free (f->run);
  sc_learner_free (f->ada);
  sc_learner_free (f->bo);
  sc_database_close (f->database, NULL);
  g_clear_object (&f->database);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static sqlite3 *
db_of (Fixture *f)
{
  return sc_database_get_handle (f->database);
}

static gint64
n_actions (Fixture *f)
{
  return sc_run_count_actions (db_of (f), f->run);
}

/* The orders (in the loader's order) and the inventory, as dumped. */
static char *
dump_models (GPtrArray   *orders,
             ScInventory *stock)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < orders->len; i++)
    sc_order_dump (g_ptr_array_index (orders, i), out);
  sc_inventory_dump (stock, out);
  return g_string_free (out, FALSE);
}

static char *
dump_run (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) orders = sc_run_load_orders (db_of (f), f->run, &error);
  g_autoptr(ScInventory) stock = NULL;

  g_assert_no_error (error);
  stock = sc_run_load_inventory (db_of (f), f->run, &error);
  g_assert_no_error (error);
  return dump_models (orders, stock);
}

/* The models in memory, in the loader's order: oldest placed first,
 * then by name, drafts last. */
static int
compare_orders (gconstpointer a,
                gconstpointer b)
{
  const ScOrder *order_a = *(ScOrder * const *) a;
  const ScOrder *order_b = *(ScOrder * const *) b;

  if ((order_a->placed_at == 0) != (order_b->placed_at == 0))
    return order_a->placed_at == 0 ? 1 : -1;
  if (order_a->placed_at != order_b->placed_at)
    return order_a->placed_at < order_b->placed_at ? -1 : 1;
  return strcmp (order_a->name, order_b->name);
}

static char *
dump_expected (Fixture *f)
{
  g_ptr_array_sort (f->orders, compare_orders);
  return dump_models (f->orders, f->stock);
}

/* Every row of every order and stock table. */
static char *
dump_tables (Fixture *f)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", tables[i]);
      g_autofree char *rows = test_sandbox_dump (db_of (f), sql);

      g_string_append_printf (out, "%s\n%s", tables[i], rows);
    }
  return g_string_free (out, FALSE);
}

static void
assert_in_step (Fixture *f)
{
  g_autofree char *expected = dump_expected (f);
  g_autofree char *actual = dump_run (f);

  g_assert_cmpstr (actual, ==, expected);
}

static ScOrder *
model_order (Fixture    *f,
             const char *name)
{
  for (guint i = 0; i < f->orders->len; i++)
    {
      ScOrder *order = g_ptr_array_index (f->orders, i);

      if (g_str_equal (order->name, name))
        return order;
    }
  g_assert_not_reached ();
}

/* The step through the database and through the models; both must agree. */
static gint64
order_step (Fixture              *f,
            const char           *name,
            const ScOrderRequest *request,
            gint64                now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) moves = NULL;
  ScOrder *order = model_order (f, name);
  gint64 sequence = 0;

  g_assert_true (sc_sandbox_order_act (f->database, f->run, f->ada->id, name, request, now,
                                       &sequence, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence, ==, n_actions (f));

  g_assert_true (sc_order_request_apply (order, request, now, &moves, &error));
  g_assert_true (sc_inventory_apply_all (f->stock, moves, now, order->name, NULL, &error));
  g_assert_no_error (error);
  assert_in_step (f);
  return sequence;
}

static gint64
stock_step (Fixture              *f,
            const ScStockRequest *request,
            gint64                now)
{
  g_autoptr(GError) error = NULL;
  gint64 sequence = 0;

  g_assert_true (sc_sandbox_stock_act (f->database, f->run, f->ada->id, request, now, &sequence,
                                       &error));
  g_assert_no_error (error);
  g_assert_true (sc_inventory_request_apply (f->stock, request, now, &error));
  g_assert_no_error (error);
  assert_in_step (f);
  return sequence;
}

/* The action's log row, "kind|target|before|after". */
static char *
action_row (Fixture *f,
            gint64   sequence)
{
  g_autofree char *sql = g_strdup_printf ("SELECT kind, target, before, after FROM sandbox_actions "
                                          "WHERE sequence = %" G_GINT64_FORMAT, sequence);

  return test_sandbox_dump (db_of (f), sql);
}

#define assert_action(f, sequence, expected) G_STMT_START { \
    g_autofree char *row__ = action_row (f, sequence);     \
    g_assert_cmpstr (row__, ==, expected "\n");            \
  } G_STMT_END

static void
test_save_and_load (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScOrder) order = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) empty = NULL;
  g_autoptr(ScRun) other = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GString) actual = g_string_new (NULL);

  assert_in_step (f);
  orders = sc_run_load_orders (db_of (f), f->run, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (orders->len, ==, 4);
  g_assert_cmpstr (((ScOrder *) g_ptr_array_index (orders, 0))->name, ==, "#1001");
  g_assert_cmpstr (((ScOrder *) g_ptr_array_index (orders, 1))->name, ==, "#1002");
  g_assert_cmpstr (((ScOrder *) g_ptr_array_index (orders, 2))->name, ==, "#1003");
  g_assert_cmpstr (((ScOrder *) g_ptr_array_index (orders, 3))->name, ==, "#1000");

  order = sc_run_load_order (db_of (f), f->run, "#1002", &error);
  g_assert_no_error (error);
  sc_order_dump (order, actual);
  sc_order_dump (model_order (f, "#1002"), expected);
  g_assert_cmpstr (actual->str, ==, expected->str);
  g_assert_cmpint (order->risk, ==, SC_ORDER_RISK_CVV_MISMATCH | SC_ORDER_RISK_ANONYMOUS_IP);
  g_clear_pointer (&order, sc_order_free);
  g_assert_null (sc_run_load_order (db_of (f), f->run, "#9999", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Saving again replaces everything: the same shop reads the same. */
  first = dump_tables (f);
  save_shop (f);
  again = dump_run (f);
  g_clear_pointer (&first, g_free);
  first = dump_expected (f);
  g_assert_cmpstr (again, ==, first);
  g_assert_cmpint (n_actions (f), ==, 1);

  /* A run without a shop reads as an empty one in its currency. */
  other = sc_run_create (f->database, f->ada->id, "Empty", NULL, 0, 0,
                         sc_currency_lookup ("JPY"), &error);
  g_assert_no_error (error);
  g_clear_pointer (&orders, g_ptr_array_unref);
  orders = sc_run_load_orders (db_of (f), other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (orders->len, ==, 0);
  empty = sc_run_load_inventory (db_of (f), other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sc_inventory_get_n_items (empty), ==, 0);
  g_assert_cmpstr (sc_inventory_get_currency (empty)->code, ==, "JPY");

  /* A shop in another currency is refused. */
  g_assert_true (sc_database_exec (f->database, "BEGIN", NULL));
  g_assert_false (sc_run_save_shop (db_of (f), other, f->orders, f->stock, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_true (sc_database_exec (f->database, "ROLLBACK", NULL));
}

static void
test_order_steps (Fixture       *f,
                  gconstpointer  data)
{
  const ScOrderRefundLine returned[] = { { "CANDLE-L", 1, SC_ORDER_RESTOCK_RETURN_DAMAGED } };
  gint64 sequence;

  /* #1001, paid: held, released, shipped in two parcels, tracked, told,
   * refunded one broken candle, closed and reopened. */
  sequence = order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_HOLD,
                         .hold_reason = SC_ORDER_HOLD_ADDRESS_VERIFICATION }, T0 + HOUR);
  assert_action (f, sequence,
                 "order-hold|order:#1001|paid · unfulfilled|paid · unfulfilled · hold address-verification");
  order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_RELEASE_HOLD },
              T0 + HOUR);
  sequence = order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL,
                         .sku = "CANDLE-S", .quantity = 2, .carrier = "DHL",
                         .tracking = "JD0001" }, T0 + 2 * HOUR);
  assert_action (f, sequence,
                 "order-fulfil|order:#1001|paid · unfulfilled|paid · partially-fulfilled");
  sequence = order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL },
                         T0 + 3 * HOUR);
  assert_action (f, sequence,
                 "order-fulfil|order:#1001|paid · partially-fulfilled|paid · fulfilled · 1 untracked");
  order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_ADD_TRACKING,
              .shipment = 1, .carrier = "UPS", .tracking = "1Z42" }, T0 + 4 * HOUR);
  sequence = order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_NOTIFY,
                         .message = "Your candles are on their way." }, T0 + 4 * HOUR);
  assert_action (f, sequence, "order-notify|order:#1001|paid · fulfilled|paid · fulfilled · 1 sent");
  order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_REFUND,
              .refund_lines = returned, .n_refund_lines = 1, .refund_shipping = euros (490) },
              T0 + 5 * HOUR);
  order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_CLOSE }, T0 + 6 * HOUR);
  order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_REOPEN }, T0 + 7 * HOUR);

  /* #1002, authorized: a partial capture, the shipping refunded, then
   * cancelled as fraud, restocked. */
  order_step (f, "#1002", &(ScOrderRequest) { .action = SC_ORDER_ACTION_CAPTURE,
              .amount = euros (1000) }, T0 + 7 * HOUR);
  order_step (f, "#1002", &(ScOrderRequest) { .action = SC_ORDER_ACTION_REFUND,
              .refund_shipping = euros (490) }, T0 + 7 * HOUR);
  sequence = order_step (f, "#1002", &(ScOrderRequest) { .action = SC_ORDER_ACTION_CANCEL,
                         .cancel_reason = SC_ORDER_CANCEL_FRAUD, .restock = TRUE },
                         T0 + 8 * HOUR);
  g_assert_cmpint (model_order (f, "#1002")->state, ==, SC_ORDER_STATE_CANCELLED);
  assert_action (f, sequence,
                 "order-cancel|order:#1002|partially-refunded · unfulfilled · awaits reply|"
                 "refunded · restocked · cancelled · awaits reply");

  /* #1003, unpaid: marked as paid. The draft: a line, then placed. */
  order_step (f, "#1003", &(ScOrderRequest) { .action = SC_ORDER_ACTION_MARK_AS_PAID },
              T0 + 8 * HOUR);
  order_step (f, "#1000", &(ScOrderRequest) { .action = SC_ORDER_ACTION_EDIT, .sku = "WICK",
              .quantity = 4, .amount = euros (150) }, T0 + 8 * HOUR);
  order_step (f, "#1000", &(ScOrderRequest) { .action = SC_ORDER_ACTION_PLACE,
              .payment = SC_ORDER_PAYMENT_AUTHORIZE }, T0 + 9 * HOUR);
  order_step (f, "#1000", &(ScOrderRequest) { .action = SC_ORDER_ACTION_VOID }, T0 + 9 * HOUR);

  /* The wick was oversold under "continue": available went below zero. */
  g_assert_cmpint (sc_inventory_lookup (f->stock, "WICK")->quantities[SC_STOCK_BUCKET_AVAILABLE],
                   ==, -4);
  g_assert_cmpint (n_actions (f), ==, 17);
}

static void
test_stock_steps (Fixture       *f,
                  gconstpointer  data)
{
  const char * const skus[] = { "CANDLE-S", "CANDLE-L", NULL };
  gint64 sequence;

  sequence = stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_ADJUST, .sku = "CANDLE-S",
                         .quantity = -2, .reason = SC_STOCK_REASON_SHRINKAGE,
                         .note = "dropped" }, T0 + HOUR);
  assert_action (f, sequence, "stock-adjust|stock:CANDLE-S|available 11 · unavailable 0 · on hand 20|"
                              "available 9 · unavailable 0 · on hand 18");
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_MARK_UNAVAILABLE, .sku = "CANDLE-S",
              .quantity = 3, .reason = SC_STOCK_REASON_QUALITY_CONTROL }, T0 + HOUR);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_RELEASE_UNAVAILABLE, .sku = "CANDLE-S",
              .quantity = 1, .reason = SC_STOCK_REASON_QUALITY_CONTROL }, T0 + HOUR);
  sequence = stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_SET_POLICY, .sku = "CANDLE-L",
                         .policy = SC_INVENTORY_POLICY_CONTINUE }, T0 + HOUR);
  assert_action (f, sequence, "stock-set-policy|stock:CANDLE-L|deny|continue");
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_SET_REORDER, .sku = "CANDLE-S",
              .reorder_point = 5, .reorder_quantity = 24 }, T0 + HOUR);
  sequence = stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_SET_REORDER,
                         .sku = "CANDLE-L", .clear = TRUE }, T0 + HOUR);
  assert_action (f, sequence, "stock-set-reorder|stock:CANDLE-L|reorder point 2 · quantity 10|"
                              "no reorder point");

  sequence = stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_ORDER_PURCHASE,
                         .reference = "PO-2", .sku = "CANDLE-L", .quantity = 12 }, T0 + HOUR);
  assert_action (f, sequence, "stock-order-purchase|purchase:PO-2|NULL|"
                              "open · ordered 12 · received 0 · damaged 0 · cancelled 0");
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_ORDER_PURCHASE, .reference = "PO-2",
              .sku = "CANDLE-S", .quantity = 6 }, T0 + HOUR);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_RECEIVE_PURCHASE, .reference = "PO-2",
              .sku = "CANDLE-L", .quantity = 10, .damaged = 1 }, T0 + 2 * HOUR);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_CLOSE_PURCHASE, .reference = "PO-2",
              .note = "supplier short" }, T0 + 2 * HOUR);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_RECEIVE_PURCHASE, .reference = "PO-1",
              .sku = "WICK", .quantity = 50 }, T0 + 2 * HOUR);

  sequence = stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_BEGIN, .skus = skus },
                         T0 + 3 * HOUR);
  assert_action (f, sequence, "stock-count-begin|count:1|NULL|open · counted 0 of 2");
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_SET, .count = 1,
              .sku = "CANDLE-S", .quantity = 16 }, T0 + 3 * HOUR);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_SET, .count = 1,
              .sku = "CANDLE-L", .quantity = 99 }, T0 + 3 * HOUR);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_SET, .count = 1,
              .sku = "CANDLE-L", .clear = TRUE }, T0 + 3 * HOUR);
  sequence = stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_APPLY, .count = 1 },
                         T0 + 4 * HOUR);
  assert_action (f, sequence, "stock-count-apply|count:1|open · counted 1 of 2|"
                              "applied · counted 1 of 2");
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_BEGIN, .skus = skus },
              T0 + 5 * HOUR);
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_CANCEL, .count = 2 },
              T0 + 5 * HOUR);
  g_assert_cmpint (n_actions (f), ==, 19);

  /* The same policy again changes nothing and logs nothing. */
  {
    g_autoptr(GError) error = NULL;
    gint64 none = -1;

    g_assert_true (sc_sandbox_stock_act (f->database, f->run, f->ada->id,
                                         &(ScStockRequest) { .step = SC_STOCK_STEP_SET_POLICY,
                                           .sku = "CANDLE-L",
                                           .policy = SC_INVENTORY_POLICY_CONTINUE },
                                         T0 + 6 * HOUR, &none, &error));
    g_assert_no_error (error);
    g_assert_cmpint (none, ==, 0);
    g_assert_cmpint (n_actions (f), ==, 19);
  }
}

/* @call must fail with @domain/@message and leave every row and the log as they were. */
#define ASSERT_REFUSED(f_, call_, domain_, code_, message_) G_STMT_START { \
    g_autofree char *tables_before__ = dump_tables (f_);              \
    g_autofree char *tables_after__ = NULL;                           \
    gint64 actions__ = n_actions (f_);                                \
    g_autoptr(GError) error = NULL;                                   \
    gint64 sequence = -1;                                             \
                                                                      \
    g_assert_false (call_);                                           \
    g_assert_error (error, domain_, code_);                           \
    g_assert_cmpstr (error->message, ==, message_);                   \
    g_assert_cmpint (sequence, ==, 0);                                \
    tables_after__ = dump_tables (f_);                                \
    g_assert_cmpstr (tables_after__, ==, tables_before__);            \
    g_assert_cmpint (n_actions (f_), ==, actions__);                  \
  } G_STMT_END

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  ScOrder *draft = model_order (f, "#1000");

  /* The models' own words, unchanged */
  ASSERT_REFUSED (f, sc_sandbox_order_act (f->database, f->run, f->ada->id, "#1001",
                                           &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL,
                                             .sku = "CANDLE-S", .quantity = 9 },
                                           T0 + HOUR, &sequence, &error),
                  SC_ORDER_ERROR, SC_ORDER_ERROR_INVALID,
                  "Only 3 items of CANDLE-S in order #1001 are left to fulfil; 9 is more");
  ASSERT_REFUSED (f, sc_sandbox_order_act (f->database, f->run, f->ada->id, "#1003",
                                           &(ScOrderRequest) { .action = SC_ORDER_ACTION_CAPTURE,
                                             .amount = euros (100) },
                                           T0 + HOUR, &sequence, &error),
                  SC_ORDER_ERROR, SC_ORDER_ERROR_NOT_ALLOWED,
                  "Order #1003 has no card authorization to capture; mark it as paid once the "
                  "payment arrives");
  ASSERT_REFUSED (f, sc_sandbox_order_act (f->database, f->run, f->ada->id, "#1001",
                                           &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL,
                                             .carrier = "DHL", .tracking = "" },
                                           T0 + HOUR, &sequence, &error),
                  SC_ORDER_ERROR, SC_ORDER_ERROR_INVALID,
                  "Enter the tracking number of the shipment of order #1001");

  /* The order agrees, but the stock refuses: nothing is written either. */
  g_assert_true (sc_order_add_line (draft, "GHOST", "Not stocked", 1, euros (100), NULL));
  save_shop (f);
  ASSERT_REFUSED (f, sc_sandbox_order_act (f->database, f->run, f->ada->id, "#1000",
                                           &(ScOrderRequest) { .action = SC_ORDER_ACTION_PLACE },
                                           T0 + HOUR, &sequence, &error),
                  SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_UNKNOWN_SKU,
                  "There is no item with SKU GHOST in the inventory; add it first");
  ASSERT_REFUSED (f, sc_sandbox_stock_act (f->database, f->run, f->ada->id,
                                           &(ScStockRequest) { .step = SC_STOCK_STEP_MARK_UNAVAILABLE,
                                             .sku = "CANDLE-L", .quantity = 50,
                                             .reason = SC_STOCK_REASON_DAMAGED },
                                           T0 + HOUR, &sequence, &error),
                  SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT,
                  "Only 2 of SKU CANDLE-L are available; 50 cannot be marked damaged");
  ASSERT_REFUSED (f, sc_sandbox_stock_act (f->database, f->run, f->ada->id,
                                           &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_APPLY,
                                             .count = 4 },
                                           T0 + HOUR, &sequence, &error),
                  SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT, "There is no count 4");
  ASSERT_REFUSED (f, sc_sandbox_order_act (f->database, f->run, f->ada->id, "#4242",
                                           &(ScOrderRequest) { .action = SC_ORDER_ACTION_CLOSE },
                                           T0 + HOUR, &sequence, &error),
                  SC_ERROR, SC_ERROR_INVALID_INPUT,
                  "The practice run “Candles” has no order #4242; reload the orders and try "
                  "again.");
}

static void
test_other_learner (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ScRun) borrowed = sc_run_copy (f->run);

  ASSERT_REFUSED (f, sc_sandbox_order_act (f->database, f->run, f->bo->id, "#1001",
                                           &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL },
                                           T0 + HOUR, &sequence, &error),
                  SC_ERROR, SC_ERROR_INVALID_INPUT,
                  "The practice run “Candles” belongs to another learner; open one of your own runs.");
  ASSERT_REFUSED (f, sc_sandbox_stock_act (f->database, f->run, f->bo->id,
                                           &(ScStockRequest) { .step = SC_STOCK_STEP_ADJUST,
                                             .sku = "WICK", .quantity = 1,
                                             .reason = SC_STOCK_REASON_RECEIVED },
                                           T0 + HOUR, &sequence, &error),
                  SC_ERROR, SC_ERROR_INVALID_INPUT,
                  "The practice run “Candles” belongs to another learner; open one of your own runs.");

  /* Reading takes the learner from the run: another learner's id reads nothing. */
  {
    g_autoptr(GPtrArray) orders = NULL;
    g_autoptr(GError) error = NULL;

    borrowed->learner_id = f->bo->id;
    orders = sc_run_load_orders (db_of (f), borrowed, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (orders->len, ==, 0);
  }
}

static void
assert_history_top (Fixture    *f,
                    const char *undo_kind,
                    const char *redo_kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScSandboxHistory) history = sc_sandbox_history_load (db_of (f), f->run, f->ada->id,
                                                                 &error);
  ScSandboxAction *top;

  g_assert_no_error (error);
  if (undo_kind == NULL)
    g_assert_cmpuint (history->undo->len, ==, 0);
  else
    {
      top = g_ptr_array_index (history->undo, history->undo->len - 1);
      g_assert_cmpstr (top->kind, ==, undo_kind);
    }
  if (redo_kind == NULL)
    g_assert_cmpuint (history->redo->len, ==, 0);
  else
    {
      top = g_ptr_array_index (history->redo, history->redo->len - 1);
      g_assert_cmpstr (top->kind, ==, redo_kind);
    }
}

static void
undo_redo (Fixture  *f,
           gboolean  redo)
{
  g_autoptr(GError) error = NULL;
  gint64 sequence = 0;

  if (redo)
    g_assert_true (sc_sandbox_redo (f->database, f->run, f->ada->id, &sequence, &error));
  else
    g_assert_true (sc_sandbox_undo (f->database, f->run, f->ada->id, &sequence, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence, ==, n_actions (f));
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  const ScOrderRefundLine returned[] = { { "CANDLE-S", 2, SC_ORDER_RESTOCK_RETURN } };
  g_autofree char *before_fulfil = NULL;
  g_autofree char *after_fulfil = NULL;
  g_autofree char *after_refund = NULL;
  g_autofree char *tables_before = NULL;
  g_autofree char *tables_now = NULL;
  g_autofree char *now = NULL;
  gint64 fulfil;

  assert_history_top (f, NULL, NULL);
  before_fulfil = dump_run (f);
  tables_before = dump_tables (f);
  fulfil = order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL,
                       .carrier = "DHL", .tracking = "JD1" }, T0 + HOUR);
  after_fulfil = dump_run (f);
  assert_history_top (f, "order-fulfil", NULL);

  /* Undo restores the order, its shipment and the stock exactly. */
  undo_redo (f, FALSE);
  now = dump_run (f);
  g_assert_cmpstr (now, ==, before_fulfil);
  tables_now = dump_tables (f);
  g_assert_cmpstr (tables_now, ==, tables_before);
  assert_history_top (f, NULL, "undo");
  assert_action (f, n_actions (f), "undo|order:#1001|paid · fulfilled|paid · unfulfilled");

  undo_redo (f, TRUE);
  g_clear_pointer (&now, g_free);
  now = dump_run (f);
  g_assert_cmpstr (now, ==, after_fulfil);
  assert_history_top (f, "redo", NULL);

  /* A refund with a return, undone and redone */
  order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_REFUND,
              .refund_lines = returned, .n_refund_lines = 1 }, T0 + 2 * HOUR);
  after_refund = dump_run (f);
  undo_redo (f, FALSE);
  g_clear_pointer (&now, g_free);
  now = dump_run (f);
  g_assert_cmpstr (now, ==, after_fulfil);
  undo_redo (f, TRUE);
  g_clear_pointer (&now, g_free);
  now = dump_run (f);
  g_assert_cmpstr (now, ==, after_refund);

  /* Back to the start, step by step: refund, fulfilment. */
  undo_redo (f, FALSE);
  undo_redo (f, FALSE);
  g_clear_pointer (&now, g_free);
  now = dump_run (f);
  g_assert_cmpstr (now, ==, before_fulfil);
  g_assert_cmpint (fulfil, ==, 2);

  /* The models in memory follow the database back. */
  g_clear_pointer (&f->orders, g_ptr_array_unref);
  g_clear_object (&f->stock);
  f->orders = sc_run_load_orders (db_of (f), f->run, NULL);
  f->stock = sc_run_load_inventory (db_of (f), f->run, NULL);

  /* Stock steps undo the same way, a purchase order included. */
  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_ORDER_PURCHASE, .reference = "PO-9",
              .sku = "WICK", .quantity = 5 }, T0 + 3 * HOUR);
  undo_redo (f, FALSE);
  g_clear_pointer (&now, g_free);
  now = dump_run (f);
  g_assert_cmpstr (now, ==, before_fulfil);
  g_clear_pointer (&tables_now, g_free);
  tables_now = dump_tables (f);
  g_assert_cmpstr (tables_now, ==, tables_before);
}

/* A chain of steps is one action: the counted quantities saved with
 * Apply Count are logged as the count applied, and one undo takes back
 * both. A chain a step of which is refused writes nothing. */
static void
test_chained_steps (Fixture       *f,
                    gconstpointer  data)
{
  const char * const skus[] = { "CANDLE-S", "CANDLE-L", NULL };
  const ScStockRequest apply = { .step = SC_STOCK_STEP_COUNT_APPLY, .count = 1 };
  const ScStockRequest set_large = { .step = SC_STOCK_STEP_COUNT_SET, .count = 1,
                                     .sku = "CANDLE-L", .quantity = 9, .then = &apply };
  const ScStockRequest set_small = { .step = SC_STOCK_STEP_COUNT_SET, .count = 1,
                                     .sku = "CANDLE-S", .quantity = 16, .then = &set_large };
  const ScStockRequest missing = { .step = SC_STOCK_STEP_COUNT_APPLY, .count = 4 };
  const ScStockRequest set_then_missing = { .step = SC_STOCK_STEP_COUNT_SET, .count = 1,
                                            .sku = "CANDLE-S", .quantity = 16,
                                            .then = &missing };
  g_autoptr(GError) problem = NULL;
  g_autofree char *begun = NULL;
  g_autofree char *now = NULL;
  gint64 n_before;
  gint64 step = 0;

  stock_step (f, &(ScStockRequest) { .step = SC_STOCK_STEP_COUNT_BEGIN, .skus = skus },
              T0 + HOUR);
  begun = dump_run (f);
  n_before = n_actions (f);

  ASSERT_REFUSED (f, sc_sandbox_stock_act (f->database, f->run, f->ada->id, &set_then_missing,
                                           T0 + HOUR, &sequence, &error),
                  SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT, "There is no count 4");

  sc_sandbox_stock_act (f->database, f->run, f->ada->id, &set_small, T0 + 2 * HOUR, &step,
                        &problem);
  g_assert_no_error (problem);
  g_assert_cmpint (n_actions (f), ==, n_before + 1);
  assert_action (f, step, "stock-count-apply|count:1|open · counted 0 of 2|"
                              "applied · counted 2 of 2");
  g_clear_object (&f->stock);
  f->stock = sc_run_load_inventory (db_of (f), f->run, &problem);
  g_assert_no_error (problem);
  g_assert_cmpint (sc_inventory_lookup_count (f->stock, 1)->state, ==, SC_INVENTORY_COUNT_APPLIED);

  undo_redo (f, FALSE);
  now = dump_run (f);
  g_assert_cmpstr (now, ==, begun);
}

static void
test_damaged_row (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) problem = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) stock = NULL;

  order_step (f, "#1001", &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL }, T0 + HOUR);

  /* Fulfilled, but with no time of fulfilment: an invariant broken by hand. */
  g_assert_true (sc_database_exec (f->database,
                                   "UPDATE sandbox_orders SET fulfilled_at = 0 WHERE name = '#1001'",
                                   &problem));
  g_assert_no_error (problem);
  orders = sc_run_load_orders (db_of (f), f->run, &problem);
  g_assert_null (orders);
  g_assert_error (problem, SC_ERROR, SC_ERROR_CORRUPT);
  g_assert_nonnull (strstr (problem->message, "#1001"));
  g_assert_nonnull (strstr (problem->message, "its fulfilment time does not match its lines"));
  g_clear_error (&problem);

  ASSERT_REFUSED (f, sc_sandbox_order_act (f->database, f->run, f->ada->id, "#1001",
                                           &(ScOrderRequest) { .action = SC_ORDER_ACTION_CLOSE },
                                           T0 + 2 * HOUR, &sequence, &error),
                  SC_ERROR, SC_ERROR_CORRUPT,
                  "The practice run “Candles” is damaged: Order #1001 is inconsistent: its "
                  "fulfilment time does not match its lines. Check the database with "
                  "Preferences › Check now, or start the run over.");

  /* A ledger out of sequence is damage too. */
  g_assert_true (sc_database_exec (f->database,
                                   "UPDATE sandbox_stock_ledger SET sequence = 99 "
                                   "WHERE sequence = 2", &problem));
  stock = sc_run_load_inventory (db_of (f), f->run, &problem);
  g_assert_null (stock);
  g_assert_error (problem, SC_ERROR, SC_ERROR_CORRUPT);
  g_assert_nonnull (strstr (problem->message, "ledger row"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/run-orders/save-and-load", test_save_and_load);
  ADD ("/run-orders/order-steps", test_order_steps);
  ADD ("/run-orders/stock-steps", test_stock_steps);
  ADD ("/run-orders/refusals", test_refusals);
  ADD ("/run-orders/other-learner", test_other_learner);
  ADD ("/run-orders/undo-redo", test_undo_redo);
  ADD ("/run-orders/chained-steps", test_chained_steps);
  ADD ("/run-orders/damaged-row", test_damaged_row);

  return g_test_run ();
}
