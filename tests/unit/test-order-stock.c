/* test-order-stock.c - orders and the inventory together: every move an order makes is one the sheet takes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order model and the inventory meet only through ScStockMove. Each
 * test runs an order's life and hands every operation's moves to an
 * inventory, as the Orders panel will, then reads the sheet the way the
 * Inventory panel will: by bucket, and by ledger row.
 */
#include "config.h"

#include "sc-inventory.h"
#include "sc-order.h"

#define HOUR G_GINT64_CONSTANT (3600)
/* 2026-12-01 09:00:00 UTC */
#define T0   G_GINT64_CONSTANT (1796115600)

static ScMoney
euros (gint64 cents)
{
  return sc_money_init (cents, sc_currency_lookup ("EUR"));
}

static ScInventory *
candle_stock (void)
{
  g_autoptr(ScInventory) stock = sc_inventory_new (sc_currency_lookup ("EUR"));
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_inventory_add_item (stock, "CANDLE-S", "Beeswax candle, small", &error));
  g_assert_true (sc_inventory_add_item (stock, "CANDLE-L", "Beeswax candle, large", &error));
  g_assert_true (sc_inventory_adjust (stock, "CANDLE-S", 10, SC_STOCK_REASON_RECEIVED, T0 - HOUR,
                                      "Opening stock", NULL, &error));
  g_assert_true (sc_inventory_adjust (stock, "CANDLE-L", 4, SC_STOCK_REASON_RECEIVED, T0 - HOUR,
                                      "Opening stock", NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&stock);
}

static ScOrder *
candle_order (const char *name)
{
  g_autoptr(ScOrder) order = sc_order_new (name, "Grace Hopper", sc_currency_lookup ("EUR"));

  g_assert_true (sc_order_add_line (order, "CANDLE-S", "Beeswax candle, small", 3, euros (900),
                                    NULL));
  g_assert_true (sc_order_add_line (order, "CANDLE-L", "Beeswax candle, large", 2, euros (1900),
                                    NULL));
  return g_steal_pointer (&order);
}

/* Hands @moves to @stock as the order's reference; the sheet must take them. */
static void
apply (ScInventory   *stock,
       const ScOrder *order,
       GPtrArray     *moves,
       gint64         time)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (moves);
  g_assert_true (sc_inventory_apply_all (stock, moves, time, order->name, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_buckets (ScInventory *stock,
                const char  *sku,
                gint64       available,
                gint64       committed,
                gint64       unavailable)
{
  const ScInventoryItem *item = sc_inventory_lookup (stock, sku);

  g_assert_nonnull (item);
  g_assert_cmpint (item->quantities[SC_STOCK_BUCKET_AVAILABLE], ==, available);
  g_assert_cmpint (item->quantities[SC_STOCK_BUCKET_COMMITTED], ==, committed);
  g_assert_cmpint (item->quantities[SC_STOCK_BUCKET_UNAVAILABLE], ==, unavailable);
  g_assert_cmpint (sc_inventory_item_get_on_hand (item), ==, available + committed + unavailable);
}

/* Placed, shipped in two parcels, one candle returned broken and one
 * returned fine: the sheet follows each step. */
static void
test_ship_and_return (void)
{
  g_autoptr(ScInventory) stock = candle_stock ();
  g_autoptr(ScOrder) order = candle_order ("#1001");
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;
  const ScOrderRefundLine returns[] = {
    { "CANDLE-S", 1, SC_ORDER_RESTOCK_RETURN_DAMAGED },
    { "CANDLE-L", 1, SC_ORDER_RESTOCK_RETURN },
  };
  const ScInventoryRow *row;
  ScMoney refunded;

  g_assert_true (sc_order_place (order, SC_ORDER_PAYMENT_AUTOMATIC, T0, &moves, &error));
  apply (stock, order, moves, T0);
  g_clear_pointer (&moves, g_ptr_array_unref);
  assert_buckets (stock, "CANDLE-S", 7, 3, 0);
  assert_buckets (stock, "CANDLE-L", 2, 2, 0);

  g_assert_true (sc_order_fulfil (order, "CANDLE-S", 3, T0 + HOUR, &moves, &error));
  apply (stock, order, moves, T0 + HOUR);
  g_clear_pointer (&moves, g_ptr_array_unref);
  g_assert_true (sc_order_fulfil_remaining (order, T0 + 2 * HOUR, &moves, &error));
  apply (stock, order, moves, T0 + 2 * HOUR);
  g_clear_pointer (&moves, g_ptr_array_unref);
  assert_buckets (stock, "CANDLE-S", 7, 0, 0);
  assert_buckets (stock, "CANDLE-L", 2, 0, 0);
  g_assert_cmpint (sc_order_get_fulfilment_status (order), ==, SC_ORDER_FULFILMENT_FULFILLED);

  g_assert_true (sc_order_refund (order, returns, G_N_ELEMENTS (returns), euros (0), T0 + 3 * HOUR,
                                  &refunded, &moves, &error));
  g_assert_no_error (error);
  apply (stock, order, moves, T0 + 3 * HOUR);
  assert_buckets (stock, "CANDLE-S", 7, 0, 1);
  assert_buckets (stock, "CANDLE-L", 3, 0, 0);
  g_assert_cmpint (sc_order_get_financial_status (order), ==,
                   SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED);

  /* Opening stock 2, placed 2, shipped 2 (two parcels), returned 2. */
  g_assert_cmpuint (sc_inventory_get_n_rows (stock), ==, 8);
  row = sc_inventory_get_row (stock, sc_inventory_get_n_rows (stock) - 1);
  g_assert_cmpstr (row->reference, ==, "#1001");
  g_assert_cmpint (row->reason, ==, SC_STOCK_REASON_RETURN_RESTOCKED);
  g_assert_cmpint (row->available_after, ==, 3);
}

/* Cancelled before shipping: restocked units are for sale again; units
 * not restocked leave on hand. */
static void
test_cancel (void)
{
  g_autoptr(ScInventory) stock = candle_stock ();
  g_autoptr(ScOrder) kept = candle_order ("#1002");
  g_autoptr(ScOrder) lost = candle_order ("#1003");
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_order_place (kept, SC_ORDER_PAYMENT_AUTHORIZE, T0, &moves, &error));
  apply (stock, kept, moves, T0);
  g_clear_pointer (&moves, g_ptr_array_unref);
  g_assert_true (sc_order_place (lost, SC_ORDER_PAYMENT_MANUAL, T0, &moves, &error));
  apply (stock, lost, moves, T0);
  g_clear_pointer (&moves, g_ptr_array_unref);
  assert_buckets (stock, "CANDLE-L", 0, 4, 0);

  g_assert_true (sc_order_cancel (kept, SC_ORDER_CANCEL_CUSTOMER, TRUE, T0 + HOUR, &moves,
                                  &error));
  apply (stock, kept, moves, T0 + HOUR);
  g_clear_pointer (&moves, g_ptr_array_unref);
  assert_buckets (stock, "CANDLE-L", 2, 2, 0);
  g_assert_cmpint (sc_order_get_financial_status (kept), ==, SC_ORDER_FINANCIAL_VOIDED);

  g_assert_true (sc_order_cancel (lost, SC_ORDER_CANCEL_INVENTORY, FALSE, T0 + HOUR, &moves,
                                  &error));
  g_assert_no_error (error);
  apply (stock, lost, moves, T0 + HOUR);
  assert_buckets (stock, "CANDLE-S", 7, 0, 0);
  assert_buckets (stock, "CANDLE-L", 2, 0, 0);
}

/* Partial refund of an unshipped line: the units come off the order and
 * go back on sale; the rest still ships. */
static void
test_refund_unshipped (void)
{
  g_autoptr(ScInventory) stock = candle_stock ();
  g_autoptr(ScOrder) order = candle_order ("#1004");
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;
  const ScOrderRefundLine removed[] = { { "CANDLE-S", 2, SC_ORDER_RESTOCK_CANCEL } };
  ScMoney refunded;

  g_assert_true (sc_order_place (order, SC_ORDER_PAYMENT_AUTOMATIC, T0, &moves, &error));
  apply (stock, order, moves, T0);
  g_clear_pointer (&moves, g_ptr_array_unref);

  g_assert_true (sc_order_refund (order, removed, 1, euros (0), T0 + HOUR, &refunded, &moves,
                                  &error));
  g_assert_no_error (error);
  g_assert_cmpint (refunded.minor, ==, 1800);
  apply (stock, order, moves, T0 + HOUR);
  g_clear_pointer (&moves, g_ptr_array_unref);
  assert_buckets (stock, "CANDLE-S", 9, 1, 0);

  g_assert_true (sc_order_fulfil_remaining (order, T0 + 2 * HOUR, &moves, &error));
  apply (stock, order, moves, T0 + 2 * HOUR);
  assert_buckets (stock, "CANDLE-S", 9, 0, 0);
  assert_buckets (stock, "CANDLE-L", 2, 0, 0);
}

/* An order for more than is in stock: the sheet refuses it for an item
 * that may not be oversold, and takes it for one that may, leaving
 * available below zero until stock arrives. */
static void
test_oversell (void)
{
  g_autoptr(ScInventory) stock = candle_stock ();
  g_autoptr(ScOrder) big = sc_order_new ("#1005", "Grace Hopper", sc_currency_lookup ("EUR"));
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);

  g_assert_true (sc_order_add_line (big, "CANDLE-L", "Beeswax candle, large", 6, euros (1900),
                                    NULL));
  g_assert_true (sc_order_place (big, SC_ORDER_PAYMENT_AUTOMATIC, T0, &moves, &error));

  sc_inventory_dump (stock, before);
  g_assert_false (sc_inventory_apply_all (stock, moves, T0, big->name, NULL, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT);
  g_clear_error (&error);
  sc_inventory_dump (stock, after);
  g_assert_cmpstr (before->str, ==, after->str);

  g_assert_true (sc_inventory_set_policy (stock, "CANDLE-L", SC_INVENTORY_POLICY_CONTINUE,
                                          &error));
  apply (stock, big, moves, T0);
  assert_buckets (stock, "CANDLE-L", -2, 6, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/order-stock/ship-and-return", test_ship_and_return);
  g_test_add_func ("/order-stock/cancel", test_cancel);
  g_test_add_func ("/order-stock/refund-unshipped", test_refund_unshipped);
  g_test_add_func ("/order-stock/oversell", test_oversell);

  return g_test_run ();
}
