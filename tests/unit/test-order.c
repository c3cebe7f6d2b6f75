/* test-order.c - the order queue's rules: statuses, steps, refusals, stock moves
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every step is checked by what it leaves behind (statuses, amounts, the
 * dump) and the stock moves it returns; every refusal by its exact
 * message, by sc_order_can () giving the same one, and by the dump being
 * byte for byte the same afterwards.
 */
#include <string.h>

#include "sc-order-request.h"
#include "sc-order.h"

#define HOUR G_GINT64_CONSTANT (3600)
#define DAY  (24 * HOUR)
/* 2026-12-01 09:00:00 UTC */
#define T0   G_GINT64_CONSTANT (1796115600)

static const ScCurrency *
usd (void)
{
  return sc_currency_lookup ("USD");
}

static ScMoney
dollars (gint64 cents)
{
  return sc_money_init (cents, usd ());
}

static char *
dump (const ScOrder *order)
{
  GString *out = g_string_new (NULL);

  sc_order_dump (order, out);
  return g_string_free (out, FALSE);
}

/* #1001: 2 × MUG-01 at 12.50, 3 × TEE-02 at 20.00, shipping 5.00, tax
 * 8.50 (10 % of the items): subtotal 85.00, total 98.50. */
static ScOrder *
draft_order (const char *name)
{
  g_autoptr(GError) error = NULL;
  ScOrder *order = sc_order_new (name, "Ada Lovelace", usd ());

  g_assert_true (sc_order_add_line (order, "MUG-01", "Mug, blue", 2, dollars (1250), &error));
  g_assert_no_error (error);
  g_assert_true (sc_order_add_line (order, "TEE-02", "T-shirt \"Logo\"", 3, dollars (2000),
                                    &error));
  g_assert_no_error (error);
  g_assert_true (sc_order_set_shipping (order, dollars (500), &error));
  g_assert_no_error (error);
  g_assert_true (sc_order_set_tax (order, dollars (850), &error));
  g_assert_no_error (error);
  return order;
}

static ScOrder *
placed_order (ScOrderPayment payment)
{
  g_autoptr(GError) error = NULL;
  ScOrder *order = draft_order ("#1001");

  g_assert_true (sc_order_place (order, payment, T0, NULL, &error));
  g_assert_no_error (error);
  return order;
}

typedef struct
{
  const char    *sku;
  ScStockBucket  from;
  ScStockBucket  to;
  gint64         quantity;
  ScStockReason  reason;
} Move;

static void
assert_moves (GPtrArray  *moves,
              const Move *expected,
              guint       n_expected)
{
  g_assert_nonnull (moves);
  g_assert_cmpuint (moves->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      const ScStockMove *move = g_ptr_array_index (moves, i);

      g_assert_cmpstr (move->sku, ==, expected[i].sku);
      g_assert_cmpstr (sc_stock_bucket_to_string (move->from), ==,
                       sc_stock_bucket_to_string (expected[i].from));
      g_assert_cmpstr (sc_stock_bucket_to_string (move->to), ==,
                       sc_stock_bucket_to_string (expected[i].to));
      g_assert_cmpint (move->quantity, ==, expected[i].quantity);
      g_assert_cmpstr (sc_stock_reason_to_string (move->reason), ==,
                       sc_stock_reason_to_string (expected[i].reason));
    }
}

static void
assert_ok (const ScOrder *order)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_order_check (order, &error));
  g_assert_no_error (error);
}

static void
assert_can (const ScOrder *order,
            ScOrderAction  action,
            gint64         now)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_order_can (order, action, now, &error));
  g_assert_no_error (error);
}

/* The panel's explanation for a disabled button. */
static void
assert_cannot (const ScOrder *order,
               ScOrderAction  action,
               gint64         now,
               const char    *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sc_order_can (order, action, now, NULL));
  g_assert_false (sc_order_can (order, action, now, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_NOT_ALLOWED);
  g_assert_cmpstr (error->message, ==, message);
}

/* @call must use error_ and may use moves_; it must fail with @message
 * and leave the order, dump for dump, and moves_ as they were. */
#define ASSERT_REFUSED(order_, call_, code_, expected_)                 \
  G_STMT_START                                                          \
  {                                                                     \
    g_autofree char *before_ = dump (order_);                           \
    g_autofree char *after_ = NULL;                                     \
    g_autoptr(GPtrArray) moves_ = NULL;                                 \
    g_autoptr(GError) error_ = NULL;                                    \
                                                                        \
    g_assert_false (call_);                                             \
    g_assert_error (error_, SC_ORDER_ERROR, code_);                     \
    g_assert_cmpstr (error_->message, ==, expected_);                   \
    g_assert_null (moves_);                                             \
    after_ = dump (order_);                                             \
    g_assert_cmpstr (before_, ==, after_);                              \
  }                                                                     \
  G_STMT_END

/* A state refusal: the operation and sc_order_can () say the same. */
#define ASSERT_NOT_ALLOWED(order_, action_, now_, call_, expected_)     \
  G_STMT_START                                                          \
  {                                                                     \
    assert_cannot (order_, action_, now_, expected_);                   \
    ASSERT_REFUSED (order_, call_, SC_ORDER_ERROR_NOT_ALLOWED, expected_); \
  }                                                                     \
  G_STMT_END

static void
assert_statuses (const ScOrder           *order,
                 ScOrderFinancialStatus   financial,
                 ScOrderFulfilmentStatus  fulfilment)
{
  g_assert_cmpstr (sc_order_financial_status_to_string (sc_order_get_financial_status (order)),
                   ==, sc_order_financial_status_to_string (financial));
  g_assert_cmpstr (sc_order_fulfilment_status_to_string (sc_order_get_fulfilment_status (order)),
                   ==, sc_order_fulfilment_status_to_string (fulfilment));
}

static gint64
outstanding (const ScOrder *order)
{
  g_autoptr(GError) error = NULL;
  ScMoney money;

  g_assert_true (sc_order_get_outstanding (order, &money, &error));
  g_assert_no_error (error);
  return money.minor;
}

static gint64
refundable (const ScOrder *order)
{
  ScMoney money;

  g_assert_true (sc_order_get_refundable (order, &money, NULL));
  return money.minor;
}

static gint64
capturable (const ScOrder *order,
            gint64         now)
{
  ScMoney money;

  g_assert_true (sc_order_get_capturable (order, now, &money, NULL));
  return money.minor;
}

/* Every value has a unique id that reads back as itself. */
#define CHECK_NAMES(Type, prefix, n_values)                             \
  G_STMT_START                                                          \
  {                                                                     \
    g_autoptr(GHashTable) seen_ = g_hash_table_new (g_str_hash, g_str_equal); \
    Type back_;                                                         \
                                                                        \
    for (guint i_ = 0; i_ < (n_values); i_++)                           \
      {                                                                 \
        const char *name_ = prefix##_to_string ((Type) i_);             \
                                                                        \
        g_assert_nonnull (name_);                                       \
        g_assert_true (g_hash_table_add (seen_, (gpointer) name_));     \
        g_assert_true (prefix##_from_string (name_, &back_));           \
        g_assert_cmpuint (back_, ==, i_);                               \
      }                                                                 \
    g_assert_false (prefix##_from_string ("nonsense", &back_));         \
    g_assert_false (prefix##_from_string (NULL, &back_));               \
  }                                                                     \
  G_STMT_END

static void
test_names (void)
{
  ScOrderRiskSignals signal;
  ScOrderFinancialStatus financial;

  CHECK_NAMES (ScOrderState, sc_order_state, 4);
  CHECK_NAMES (ScOrderPayment, sc_order_payment, 3);
  CHECK_NAMES (ScOrderFinancialStatus, sc_order_financial_status, 7);
  CHECK_NAMES (ScOrderFulfilmentStatus, sc_order_fulfilment_status, 4);
  CHECK_NAMES (ScOrderCancelReason, sc_order_cancel_reason, 6);
  CHECK_NAMES (ScOrderHoldReason, sc_order_hold_reason, 6);
  CHECK_NAMES (ScOrderRiskLevel, sc_order_risk_level, 3);
  CHECK_NAMES (ScOrderSla, sc_order_sla, 6);
  CHECK_NAMES (ScOrderRestock, sc_order_restock, 5);
  CHECK_NAMES (ScOrderAction, sc_order_action, 14);

  /* The ids the database stores */
  g_assert_cmpstr (sc_order_financial_status_to_string (SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED),
                   ==, "partially-refunded");
  g_assert_cmpstr (sc_order_fulfilment_status_to_string (SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED),
                   ==, "partially-fulfilled");
  g_assert_cmpstr (sc_order_hold_reason_to_string (SC_ORDER_HOLD_FRAUD_REVIEW), ==, "fraud-review");
  g_assert_cmpstr (sc_order_restock_to_string (SC_ORDER_RESTOCK_RETURN_DAMAGED), ==,
                   "return-damaged");
  g_assert_cmpstr (sc_order_action_to_string (SC_ORDER_ACTION_MARK_AS_PAID), ==, "mark-as-paid");
  g_assert_cmpstr (sc_order_action_to_string (SC_ORDER_ACTION_ADD_TRACKING), ==, "add-tracking");
  g_assert_cmpstr (sc_order_action_to_string (SC_ORDER_ACTION_NOTIFY), ==, "notify");
  CHECK_NAMES (ScStockStep, sc_stock_step, 12);
  g_assert_cmpstr (sc_stock_step_to_string (SC_STOCK_STEP_RECEIVE_PURCHASE), ==,
                   "receive-purchase");
  g_assert_true (sc_order_financial_status_from_string ("voided", &financial));
  g_assert_cmpint (financial, ==, SC_ORDER_FINANCIAL_VOIDED);

  /* Risk signals are flags, named one by one */
  for (guint bit = 0; bit < 6; bit++)
    {
      const char *name = sc_order_risk_signal_to_string (1u << bit);

      g_assert_nonnull (name);
      g_assert_true (sc_order_risk_signal_from_string (name, &signal));
      g_assert_cmpint (signal, ==, 1u << bit);
    }
  g_assert_cmpstr (sc_order_risk_signal_to_string (SC_ORDER_RISK_ANONYMOUS_IP), ==, "anonymous-ip");
  g_assert_false (sc_order_risk_signal_from_string ("none", &signal));
}

static void
test_draft (void)
{
  g_autoptr(ScOrder) order = sc_order_new ("#1001", NULL, usd ());
  g_autoptr(ScOrder) eur = NULL;

  g_assert_cmpstr (order->customer, ==, "");
  g_assert_cmpint (order->state, ==, SC_ORDER_STATE_DRAFT);
  g_assert_cmpint (order->handling_hours, ==, 48);
  assert_statuses (order, SC_ORDER_FINANCIAL_PENDING, SC_ORDER_FULFILMENT_UNFULFILLED);
  g_assert_cmpint (sc_order_get_sla (order, T0), ==, SC_ORDER_SLA_NONE);
  assert_can (order, SC_ORDER_ACTION_EDIT, T0);
  assert_ok (order);

  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_PLACE, T0,
                      sc_order_place (order, SC_ORDER_PAYMENT_AUTHORIZE, T0, &moves_, &error_),
                      "Order #1001 has no items; add at least one before placing it");

  ASSERT_REFUSED (order, sc_order_add_line (order, "", "Mug", 1, dollars (100), &error_),
                  SC_ORDER_ERROR_INVALID,
                  "An item of order #1001 has no SKU; every line needs one");
  ASSERT_REFUSED (order, sc_order_add_line (order, "MUG-01", "Mug", 0, dollars (100), &error_),
                  SC_ORDER_ERROR_INVALID,
                  "The quantity of MUG-01 in order #1001 must be between 1 and 1000000; it is 0");
  ASSERT_REFUSED (order, sc_order_add_line (order, "MUG-01", "Mug", 1000001, dollars (100),
                                            &error_),
                  SC_ORDER_ERROR_INVALID,
                  "The quantity of MUG-01 in order #1001 must be between 1 and 1000000; "
                  "it is 1000001");
  ASSERT_REFUSED (order, sc_order_add_line (order, "MUG-01", "Mug", 1, dollars (-1), &error_),
                  SC_ORDER_ERROR_INVALID, "The unit price for order #1001 cannot be negative");
  ASSERT_REFUSED (order, sc_order_add_line (order, "MUG-01", "Mug", 1,
                                            sc_money_init (100, sc_currency_lookup ("EUR")),
                                            &error_),
                  SC_ORDER_ERROR_INVALID, "The unit price is in EUR, but order #1001 is in USD");
  ASSERT_REFUSED (order, sc_order_set_shipping (order, dollars (-500), &error_),
                  SC_ORDER_ERROR_INVALID, "The shipping for order #1001 cannot be negative");
  ASSERT_REFUSED (order, sc_order_set_tax (order, dollars (-1), &error_),
                  SC_ORDER_ERROR_INVALID, "The tax for order #1001 cannot be negative");
  ASSERT_REFUSED (order, sc_order_set_handling_hours (order, 0, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "The handling time of order #1001 must be between 1 and 8760 hours; it is 0");

  g_assert_true (sc_order_add_line (order, "MUG-01", NULL, 1, dollars (1250), NULL));
  g_assert_cmpstr (((ScOrderLine *) g_ptr_array_index (order->lines, 0))->title, ==, "");
  ASSERT_REFUSED (order, sc_order_add_line (order, "MUG-01", "Mug", 1, dollars (100), &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Order #1001 already has a line for SKU MUG-01; each SKU appears once");
  g_assert_true (sc_order_set_handling_hours (order, 24, NULL));
  g_assert_cmpint (order->handling_hours, ==, 24);

  /* Nothing but editing and placing before it is placed */
  for (ScOrderAction action = SC_ORDER_ACTION_CAPTURE; action <= SC_ORDER_ACTION_REOPEN; action++)
    assert_cannot (order, action, T0, "Order #1001 is a draft; place it first");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_FULFIL, T0,
                      sc_order_fulfil (order, "MUG-01", 1, T0, &moves_, &error_),
                      "Order #1001 is a draft; place it first");
  assert_ok (order);

  eur = sc_order_new ("#2001", "Bo", sc_currency_lookup ("EUR"));
  g_assert_true (sc_order_add_line (eur, "MUG-01", "Mug", 1,
                                    sc_money_init (999, sc_currency_lookup ("EUR")), NULL));
  g_assert_true (eur->currency == sc_currency_lookup ("EUR"));
}

static void
test_place (void)
{
  static const Move committed[] = {
    { "MUG-01", SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_COMMITTED, 2,
      SC_STOCK_REASON_ORDER_COMMITTED },
    { "TEE-02", SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_COMMITTED, 3,
      SC_STOCK_REASON_ORDER_COMMITTED },
  };
  g_autoptr(ScOrder) order = draft_order ("#1001");
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;
  ScMoney money;

  g_assert_true (sc_order_get_subtotal (order, &money, NULL));
  g_assert_cmpint (money.minor, ==, 8500);
  g_assert_true (sc_order_get_total (order, &money, NULL));
  g_assert_cmpint (money.minor, ==, 9850);

  g_assert_true (sc_order_place (order, SC_ORDER_PAYMENT_AUTHORIZE, T0, &moves, &error));
  g_assert_no_error (error);
  assert_moves (moves, committed, G_N_ELEMENTS (committed));
  g_assert_cmpint (order->state, ==, SC_ORDER_STATE_OPEN);
  g_assert_cmpint (order->placed_at, ==, T0);
  g_assert_cmpint (order->ship_by, ==, T0 + 48 * HOUR);
  g_assert_cmpint (order->authorized, ==, 9850);
  g_assert_cmpint (order->authorized_at, ==, T0);
  g_assert_cmpint (sc_order_get_authorization_expiry (order), ==, T0 + 7 * DAY);
  g_assert_cmpint (order->captured, ==, 0);
  assert_statuses (order, SC_ORDER_FINANCIAL_AUTHORIZED, SC_ORDER_FULFILMENT_UNFULFILLED);
  g_assert_cmpint (outstanding (order), ==, 9850);
  g_assert_cmpint (capturable (order, T0), ==, 9850);
  g_assert_cmpint (refundable (order), ==, 0);
  g_assert_cmpint (sc_order_count_unfulfilled (order), ==, 5);
  assert_ok (order);

  /* A placed order's content is fixed */
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_EDIT, T0,
                      sc_order_add_line (order, "CAP-03", "Cap", 1, dollars (900), &error_),
                      "Order #1001 has been placed; "
                      "its items and amounts can no longer be changed");
  ASSERT_REFUSED (order, sc_order_set_shipping (order, dollars (0), &error_),
                  SC_ORDER_ERROR_NOT_ALLOWED,
                  "Order #1001 has been placed; its items and amounts can no longer be changed");
  ASSERT_REFUSED (order, sc_order_set_tax (order, dollars (0), &error_),
                  SC_ORDER_ERROR_NOT_ALLOWED,
                  "Order #1001 has been placed; its items and amounts can no longer be changed");
  ASSERT_REFUSED (order, sc_order_set_handling_hours (order, 12, &error_),
                  SC_ORDER_ERROR_NOT_ALLOWED,
                  "Order #1001 has been placed; its items and amounts can no longer be changed");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_PLACE, T0,
                      sc_order_place (order, SC_ORDER_PAYMENT_MANUAL, T0, &moves_, &error_),
                      "Order #1001 has already been placed");
}

static void
test_place_payments (void)
{
  g_autoptr(ScOrder) manual = placed_order (SC_ORDER_PAYMENT_MANUAL);
  g_autoptr(ScOrder) automatic = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  g_autoptr(ScOrder) free_order = sc_order_new ("#1002", "Bo", usd ());
  g_autoptr(ScOrder) handling = draft_order ("#1003");

  assert_statuses (manual, SC_ORDER_FINANCIAL_PENDING, SC_ORDER_FULFILMENT_UNFULFILLED);
  g_assert_cmpint (manual->authorized, ==, 0);
  g_assert_cmpint (outstanding (manual), ==, 9850);
  g_assert_cmpint (capturable (manual, T0), ==, 0);

  assert_statuses (automatic, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);
  g_assert_cmpint (automatic->captured, ==, 9850);
  g_assert_cmpint (outstanding (automatic), ==, 0);
  g_assert_cmpint (refundable (automatic), ==, 9850);

  /* A free gift needs no payment, whatever checkout was set to */
  g_assert_true (sc_order_add_line (free_order, "GIFT", "Sticker", 1, dollars (0), NULL));
  g_assert_true (sc_order_place (free_order, SC_ORDER_PAYMENT_AUTHORIZE, T0, NULL, NULL));
  g_assert_cmpint (free_order->authorized, ==, 0);
  assert_statuses (free_order, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);
  assert_cannot (free_order, SC_ORDER_ACTION_VOID, T0,
                 "Order #1002 has nothing to pay; there is no payment to void");
  assert_cannot (free_order, SC_ORDER_ACTION_CAPTURE, T0,
                 "Order #1002 has been paid in full; there is nothing left to capture");

  g_assert_true (sc_order_set_handling_hours (handling, 72, NULL));
  g_assert_true (sc_order_place (handling, SC_ORDER_PAYMENT_MANUAL, T0 + 5, NULL, NULL));
  g_assert_cmpint (handling->ship_by, ==, T0 + 5 + 72 * HOUR);
}

static void
test_overflow (void)
{
  g_autoptr(ScOrder) order = sc_order_new ("#1009", "Eve", usd ());
  g_autoptr(ScOrder) shipping = sc_order_new ("#1010", "Eve", usd ());
  g_autoptr(GError) error = NULL;
  ScMoney money;
  g_autofree char *text = NULL;

  /* Each line fits; their product does not */
  g_assert_true (sc_order_add_line (order, "GOLD", "Gold bar", 3, dollars (G_MAXINT64 / 2), NULL));
  g_assert_false (sc_order_get_subtotal (order, &money, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==,
                   "The amounts of order #1009 are too large for Shopcraft to hold exactly");
  g_clear_error (&error);
  g_assert_false (sc_order_get_outstanding (order, &money, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_false (sc_order_check (order, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_OVERFLOW);
  g_clear_error (&error);

  ASSERT_REFUSED (order, sc_order_place (order, SC_ORDER_PAYMENT_AUTOMATIC, T0, &moves_, &error_),
                  SC_ORDER_ERROR_OVERFLOW,
                  "The amounts of order #1009 are too large for Shopcraft to hold exactly");
  text = dump (order);
  g_assert_nonnull (strstr (text, "\nsubtotal overflow\n"));
  g_assert_nonnull (strstr (text, "\ntotal overflow\n"));
  g_assert_cmpint (order->state, ==, SC_ORDER_STATE_DRAFT);

  /* The subtotal fits, the total with shipping does not */
  g_assert_true (sc_order_add_line (shipping, "GOLD", "Gold bar", 1, dollars (G_MAXINT64 - 10),
                                    NULL));
  g_assert_true (sc_order_set_shipping (shipping, dollars (11), NULL));
  g_assert_true (sc_order_get_subtotal (shipping, &money, NULL));
  g_assert_cmpint (money.minor, ==, G_MAXINT64 - 10);
  g_assert_false (sc_order_get_total (shipping, &money, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_true (sc_order_set_shipping (shipping, dollars (10), NULL));
  g_assert_true (sc_order_get_total (shipping, &money, NULL));
  g_assert_cmpint (money.minor, ==, G_MAXINT64);
  g_assert_true (sc_order_place (shipping, SC_ORDER_PAYMENT_AUTOMATIC, T0, NULL, &error));
  g_assert_no_error (error);
  assert_statuses (shipping, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);
  assert_ok (shipping);
}

static void
test_capture (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  g_autoptr(GError) error = NULL;

  ASSERT_REFUSED (order, sc_order_capture (order, dollars (0), T0, &error_),
                  SC_ORDER_ERROR_INVALID, "Enter an amount above zero to capture on order #1001");
  ASSERT_REFUSED (order, sc_order_capture (order, dollars (-5), T0, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "The amount to capture for order #1001 cannot be negative");
  ASSERT_REFUSED (order, sc_order_capture (order, sc_money_init (100, sc_currency_lookup ("JPY")),
                                           T0, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "The amount to capture is in JPY, but order #1001 is in USD");
  ASSERT_REFUSED (order, sc_order_capture (order, dollars (9851), T0, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "At most 98.50 USD can be captured on order #1001; 98.51 USD is more");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_MARK_AS_PAID, T0,
                      sc_order_mark_as_paid (order, T0, &error_),
                      "Order #1001 has a card authorization for 98.50 USD; "
                      "capture it instead of marking the order as paid");

  /* Partial capture, then the rest */
  g_assert_true (sc_order_capture (order, dollars (4000), T0 + HOUR, &error));
  g_assert_no_error (error);
  g_assert_cmpint (order->captured, ==, 4000);
  assert_statuses (order, SC_ORDER_FINANCIAL_PARTIALLY_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);
  g_assert_cmpint (outstanding (order), ==, 5850);
  g_assert_cmpint (capturable (order, T0 + HOUR), ==, 5850);
  g_assert_cmpint (refundable (order), ==, 4000);
  ASSERT_REFUSED (order, sc_order_capture (order, dollars (5851), T0, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "At most 58.50 USD can be captured on order #1001; 58.51 USD is more");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_VOID, T0, sc_order_void (order, T0, &error_),
                      "40.00 USD of order #1001 has been captured; "
                      "refund it instead of voiding the payment");

  g_assert_true (sc_order_capture (order, dollars (5850), T0 + 2 * HOUR, &error));
  g_assert_no_error (error);
  assert_statuses (order, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);
  g_assert_cmpint (outstanding (order), ==, 0);
  g_assert_cmpint (capturable (order, T0), ==, 0);
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CAPTURE, T0,
                      sc_order_capture (order, dollars (1), T0, &error_),
                      "Order #1001 has been paid in full; there is nothing left to capture");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_MARK_AS_PAID, T0,
                      sc_order_mark_as_paid (order, T0, &error_),
                      "Order #1001 has been paid in full");
  assert_ok (order);
}

static void
test_authorization_expiry (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  g_autoptr(GError) error = NULL;
  gint64 expiry = T0 + 7 * DAY;

  g_assert_false (sc_order_authorization_expired (order, expiry - 1));
  g_assert_true (sc_order_authorization_expired (order, expiry));
  assert_can (order, SC_ORDER_ACTION_CAPTURE, expiry - 1);
  g_assert_cmpint (capturable (order, expiry - 1), ==, 9850);
  g_assert_cmpint (capturable (order, expiry), ==, 0);

  /* The last second still captures */
  g_assert_true (sc_order_capture (order, dollars (1000), expiry - 1, &error));
  g_assert_no_error (error);

  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CAPTURE, expiry,
                      sc_order_capture (order, dollars (100), expiry, &error_),
                      "The card authorization of order #1001 expired on 2026-12-08 09:00 UTC; "
                      "collect the payment again and mark the order as paid");

  /* The status stays as Shopify's REST status shows it */
  assert_statuses (order, SC_ORDER_FINANCIAL_PARTIALLY_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);

  /* Collected another way */
  assert_can (order, SC_ORDER_ACTION_MARK_AS_PAID, expiry);
  g_assert_true (sc_order_mark_as_paid (order, expiry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (order->captured, ==, 9850);
  assert_statuses (order, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);
  assert_ok (order);
}

static void
test_expired_authorization_unpaid (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);

  assert_statuses (order, SC_ORDER_FINANCIAL_AUTHORIZED, SC_ORDER_FULFILMENT_UNFULFILLED);
  assert_cannot (order, SC_ORDER_ACTION_CAPTURE, T0 + 8 * DAY,
                 "The card authorization of order #1001 expired on 2026-12-08 09:00 UTC; "
                 "collect the payment again and mark the order as paid");
  /* A dead authorization can still be voided */
  assert_can (order, SC_ORDER_ACTION_VOID, T0 + 8 * DAY);
  g_assert_true (sc_order_void (order, T0 + 8 * DAY, NULL));
  assert_statuses (order, SC_ORDER_FINANCIAL_VOIDED, SC_ORDER_FULFILMENT_UNFULFILLED);
}

static void
test_manual_payment (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_MANUAL);
  g_autoptr(GError) error = NULL;

  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CAPTURE, T0,
                      sc_order_capture (order, dollars (100), T0, &error_),
                      "Order #1001 has no card authorization to capture; "
                      "mark it as paid once the payment arrives");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_REFUND, T0,
                      sc_order_refund (order, NULL, 0, dollars (500), T0, NULL, &moves_, &error_),
                      "No payment has been captured on order #1001, so there is nothing to "
                      "refund; cancel the order if it should not ship");

  /* Cash on delivery: ship first, get paid later */
  assert_can (order, SC_ORDER_ACTION_FULFIL, T0);
  g_assert_true (sc_order_mark_as_paid (order, T0 + DAY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (order->captured, ==, 9850);
  assert_statuses (order, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);
  assert_ok (order);
}

static void
test_void (void)
{
  static const Move released[] = {
    { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_AVAILABLE, 2,
      SC_STOCK_REASON_ORDER_CANCELLED },
    { "TEE-02", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_AVAILABLE, 3,
      SC_STOCK_REASON_ORDER_CANCELLED },
  };
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  g_autoptr(ScOrder) pending = placed_order (SC_ORDER_PAYMENT_MANUAL);
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_order_void (order, T0 + HOUR, &error));
  g_assert_no_error (error);
  g_assert_true (order->voided);
  g_assert_cmpint (order->state, ==, SC_ORDER_STATE_OPEN);
  assert_statuses (order, SC_ORDER_FINANCIAL_VOIDED, SC_ORDER_FULFILMENT_UNFULFILLED);
  g_assert_cmpint (outstanding (order), ==, 0);
  g_assert_cmpint (capturable (order, T0), ==, 0);
  assert_ok (order);

  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_VOID, T0, sc_order_void (order, T0, &error_),
                      "The payment of order #1001 has already been voided");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CAPTURE, T0,
                      sc_order_capture (order, dollars (100), T0, &error_),
                      "The payment of order #1001 was voided; it can no longer be captured");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_MARK_AS_PAID, T0,
                      sc_order_mark_as_paid (order, T0, &error_),
                      "The payment of order #1001 was voided; "
                      "cancel the order instead of marking it as paid");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_FULFIL, T0,
                      sc_order_fulfil (order, "MUG-01", 1, T0, &moves_, &error_),
                      "The payment of order #1001 was voided; "
                      "cancel the order instead of fulfilling it");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CLOSE, T0, sc_order_close (order, T0, &error_),
                      "5 items of #1001 are still to ship; "
                      "fulfil or cancel them before closing the order");

  /* The way out is a cancel */
  g_assert_true (sc_order_cancel (order, SC_ORDER_CANCEL_DECLINED, TRUE, T0 + 2 * HOUR, &moves,
                                  &error));
  g_assert_no_error (error);
  assert_moves (moves, released, G_N_ELEMENTS (released));
  assert_statuses (order, SC_ORDER_FINANCIAL_VOIDED, SC_ORDER_FULFILMENT_RESTOCKED);
  assert_ok (order);

  /* A pending payment that will never come */
  g_assert_true (sc_order_void (pending, T0, &error));
  g_assert_no_error (error);
  assert_statuses (pending, SC_ORDER_FINANCIAL_VOIDED, SC_ORDER_FULFILMENT_UNFULFILLED);
}

static void
test_hold (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  g_autoptr(GError) error = NULL;

  assert_cannot (order, SC_ORDER_ACTION_RELEASE_HOLD, T0, "Order #1001 is not on hold");
  ASSERT_REFUSED (order, sc_order_hold (order, SC_ORDER_HOLD_NONE, T0, &error_),
                  SC_ORDER_ERROR_INVALID, "Choose why order #1001 goes on hold");

  g_assert_true (sc_order_hold (order, SC_ORDER_HOLD_FRAUD_REVIEW, T0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (order->hold, ==, SC_ORDER_HOLD_FRAUD_REVIEW);
  assert_ok (order);

  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_FULFIL, T0,
                      sc_order_fulfil (order, "MUG-01", 1, T0, &moves_, &error_),
                      "Order #1001 is on hold for fraud review; "
                      "release the hold before fulfilling it");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_FULFIL, T0,
                      sc_order_fulfil_remaining (order, T0, &moves_, &error_),
                      "Order #1001 is on hold for fraud review; "
                      "release the hold before fulfilling it");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_HOLD, T0,
                      sc_order_hold (order, SC_ORDER_HOLD_PAYMENT_ISSUE, T0, &error_),
                      "Order #1001 is already on hold for fraud review");

  /* A hold stops shipping, not money */
  assert_can (order, SC_ORDER_ACTION_CAPTURE, T0);
  assert_can (order, SC_ORDER_ACTION_CANCEL, T0);
  g_assert_true (sc_order_capture (order, dollars (1000), T0, NULL));
  assert_can (order, SC_ORDER_ACTION_REFUND, T0);

  ASSERT_REFUSED (order, sc_order_release_hold (order, FALSE, T0, &error_),
                  SC_ORDER_ERROR_NOT_ALLOWED,
                  "Order #1001 is on hold for fraud review; "
                  "review its risk signals before releasing the hold");
  g_assert_true (sc_order_release_hold (order, TRUE, T0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (order->hold, ==, SC_ORDER_HOLD_NONE);
  g_assert_true (order->reviewed);
  assert_can (order, SC_ORDER_ACTION_FULFIL, T0);

  /* Other holds are released without a review */
  g_assert_true (sc_order_hold (order, SC_ORDER_HOLD_ADDRESS_VERIFICATION, T0, NULL));
  assert_cannot (order, SC_ORDER_ACTION_FULFIL, T0,
                 "Order #1001 is on hold for address verification; "
                 "release the hold before fulfilling it");
  order->reviewed = FALSE;
  g_assert_true (sc_order_release_hold (order, FALSE, T0, &error));
  g_assert_no_error (error);
  g_assert_false (order->reviewed);

  g_assert_true (sc_order_hold (order, SC_ORDER_HOLD_AWAITING_STOCK, T0, NULL));
  assert_cannot (order, SC_ORDER_ACTION_FULFIL, T0,
                 "Order #1001 is on hold for stock to arrive; "
                 "release the hold before fulfilling it");
  g_assert_true (sc_order_cancel (order, SC_ORDER_CANCEL_INVENTORY, TRUE, T0, NULL, NULL));
  g_assert_cmpint (order->hold, ==, SC_ORDER_HOLD_NONE);
  assert_ok (order);
}

static void
test_hold_lifts_when_nothing_left (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  const ScOrderRefundLine all[] = {
    { "MUG-01", 2, SC_ORDER_RESTOCK_CANCEL },
    { "TEE-02", 3, SC_ORDER_RESTOCK_CANCEL },
  };

  g_assert_true (sc_order_hold (order, SC_ORDER_HOLD_CUSTOMER_REQUEST, T0, NULL));
  g_assert_true (sc_order_refund (order, all, G_N_ELEMENTS (all), dollars (0), T0, NULL, NULL,
                                  NULL));
  g_assert_cmpint (order->hold, ==, SC_ORDER_HOLD_NONE);
  assert_cannot (order, SC_ORDER_ACTION_HOLD, T0,
                 "Every item of order #1001 has shipped or been removed; "
                 "a hold has nothing left to stop");
  assert_ok (order);
}

static void
test_fulfil (void)
{
  static const Move first[] = {
    { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, 1,
      SC_STOCK_REASON_ORDER_FULFILLED },
  };
  static const Move rest[] = {
    { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, 1,
      SC_STOCK_REASON_ORDER_FULFILLED },
    { "TEE-02", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, 3,
      SC_STOCK_REASON_ORDER_FULFILLED },
  };
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_order_fulfil (order, "MUG-01", 1, T0 + HOUR, &moves, &error));
  g_assert_no_error (error);
  assert_moves (moves, first, G_N_ELEMENTS (first));
  g_clear_pointer (&moves, g_ptr_array_unref);
  assert_statuses (order, SC_ORDER_FINANCIAL_AUTHORIZED, SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED);
  g_assert_cmpint (sc_order_find_line (order, "MUG-01")->fulfilled, ==, 1);
  g_assert_cmpint (sc_order_count_unfulfilled (order), ==, 4);
  g_assert_cmpint (sc_order_count_fulfilled (order), ==, 1);
  g_assert_cmpint (order->last_shipped_at, ==, T0 + HOUR);
  g_assert_cmpint (order->fulfilled_at, ==, 0);
  assert_ok (order);

  ASSERT_REFUSED (order, sc_order_fulfil (order, "MUG-01", 2, T0, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Only 1 item of MUG-01 in order #1001 is left to fulfil; 2 is more");
  ASSERT_REFUSED (order, sc_order_fulfil (order, "TEE-02", 4, T0, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Only 3 items of TEE-02 in order #1001 are left to fulfil; 4 is more");
  ASSERT_REFUSED (order, sc_order_fulfil (order, "CAP-03", 1, T0, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID, "Order #1001 has no item with SKU CAP-03");
  ASSERT_REFUSED (order, sc_order_fulfil (order, "TEE-02", 0, T0, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID, "Enter how many items of TEE-02 to fulfil; at least 1");

  g_assert_true (sc_order_fulfil_remaining (order, T0 + 2 * HOUR, &moves, &error));
  g_assert_no_error (error);
  assert_moves (moves, rest, G_N_ELEMENTS (rest));
  assert_statuses (order, SC_ORDER_FINANCIAL_AUTHORIZED, SC_ORDER_FULFILMENT_FULFILLED);
  g_assert_cmpint (order->fulfilled_at, ==, T0 + 2 * HOUR);
  g_assert_cmpint (sc_order_count_unfulfilled (order), ==, 0);
  assert_ok (order);

  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_FULFIL, T0,
                      sc_order_fulfil (order, "MUG-01", 1, T0, &moves_, &error_),
                      "Every item of order #1001 has shipped or been removed; "
                      "there is nothing left to fulfil");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CANCEL, T0,
                      sc_order_cancel (order, SC_ORDER_CANCEL_CUSTOMER, TRUE, T0, &moves_, &error_),
                      "5 items of #1001 have shipped; refund them instead of cancelling the order");
}

static void
test_fulfil_line_done (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);

  g_assert_true (sc_order_fulfil (order, "MUG-01", 2, T0, NULL, NULL));
  ASSERT_REFUSED (order, sc_order_fulfil (order, "MUG-01", 1, T0, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Every item of MUG-01 in order #1001 has shipped or been removed");
}

/* Everything captured so far given back while items are still to ship:
 * they must not ship for free. */
static void
test_fulfil_refunded (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  const ScOrderRefundLine one[] = { { "MUG-01", 1, SC_ORDER_RESTOCK_NONE } };
  ScMoney amount;

  /* 12.50 + 1.25 tax + 5.00 shipping */
  g_assert_true (sc_order_capture (order, dollars (1875), T0, NULL));
  g_assert_true (sc_order_fulfil (order, "MUG-01", 1, T0, NULL, NULL));
  g_assert_true (sc_order_refund (order, one, 1, dollars (500), T0, &amount, NULL, NULL));
  g_assert_cmpint (amount.minor, ==, 1875);
  assert_statuses (order, SC_ORDER_FINANCIAL_REFUNDED, SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED);
  assert_ok (order);
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_FULFIL, T0,
                      sc_order_fulfil (order, "TEE-02", 1, T0, &moves_, &error_),
                      "Order #1001 has been refunded in full; "
                      "cancel its remaining items instead of shipping them");

  /* Capturing more makes it shippable again */
  g_assert_true (sc_order_capture (order, dollars (1000), T0, NULL));
  assert_statuses (order, SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED,
                   SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED);
  assert_can (order, SC_ORDER_ACTION_FULFIL, T0);
}

static void
test_cancel (void)
{
  static const Move restocked[] = {
    { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_AVAILABLE, 2,
      SC_STOCK_REASON_ORDER_CANCELLED },
    { "TEE-02", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_AVAILABLE, 3,
      SC_STOCK_REASON_ORDER_CANCELLED },
  };
  static const Move lost[] = {
    { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, 2,
      SC_STOCK_REASON_ORDER_CANCELLED },
    { "TEE-02", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, 3,
      SC_STOCK_REASON_ORDER_CANCELLED },
  };
  g_autoptr(ScOrder) authorized = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  g_autoptr(ScOrder) paid = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  g_autoptr(ScOrder) partly = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;

  /* Nothing captured: the authorization is voided */
  g_assert_true (sc_order_cancel (authorized, SC_ORDER_CANCEL_CUSTOMER, TRUE, T0 + HOUR, &moves,
                                  &error));
  g_assert_no_error (error);
  assert_moves (moves, restocked, G_N_ELEMENTS (restocked));
  g_clear_pointer (&moves, g_ptr_array_unref);
  g_assert_cmpint (authorized->state, ==, SC_ORDER_STATE_CANCELLED);
  g_assert_cmpint (authorized->cancel_reason, ==, SC_ORDER_CANCEL_CUSTOMER);
  g_assert_cmpint (authorized->cancelled_at, ==, T0 + HOUR);
  assert_statuses (authorized, SC_ORDER_FINANCIAL_VOIDED, SC_ORDER_FULFILMENT_RESTOCKED);
  g_assert_cmpint (outstanding (authorized), ==, 0);
  g_assert_cmpint (sc_order_find_line (authorized, "TEE-02")->removed, ==, 3);
  g_assert_cmpint (sc_order_get_sla (authorized, T0 + 10 * DAY), ==, SC_ORDER_SLA_NONE);
  assert_ok (authorized);

  ASSERT_NOT_ALLOWED (authorized, SC_ORDER_ACTION_CANCEL, T0,
                      sc_order_cancel (authorized, SC_ORDER_CANCEL_OTHER, TRUE, T0, &moves_,
                                       &error_),
                      "Order #1001 has already been cancelled");
  ASSERT_NOT_ALLOWED (authorized, SC_ORDER_ACTION_FULFIL, T0,
                      sc_order_fulfil (authorized, "MUG-01", 1, T0, &moves_, &error_),
                      "Order #1001 was cancelled; its items must not ship");
  ASSERT_NOT_ALLOWED (authorized, SC_ORDER_ACTION_CAPTURE, T0,
                      sc_order_capture (authorized, dollars (100), T0, &error_),
                      "Order #1001 was cancelled; its payment can no longer be captured");
  ASSERT_NOT_ALLOWED (authorized, SC_ORDER_ACTION_HOLD, T0,
                      sc_order_hold (authorized, SC_ORDER_HOLD_FRAUD_REVIEW, T0, &error_),
                      "Order #1001 was cancelled; there is nothing to hold");
  ASSERT_NOT_ALLOWED (authorized, SC_ORDER_ACTION_REFUND, T0,
                      sc_order_refund (authorized, NULL, 0, dollars (500), T0, NULL, &moves_,
                                       &error_),
                      "Order #1001 was cancelled; whatever was paid on it was refunded then");
  assert_cannot (authorized, SC_ORDER_ACTION_VOID, T0,
                 "Order #1001 was cancelled; there is no payment left to void");
  assert_cannot (authorized, SC_ORDER_ACTION_MARK_AS_PAID, T0,
                 "Order #1001 was cancelled; it can no longer be paid");
  assert_cannot (authorized, SC_ORDER_ACTION_CLOSE, T0,
                 "Order #1001 was cancelled; it has already left the open orders");
  assert_cannot (authorized, SC_ORDER_ACTION_REOPEN, T0, "Order #1001 is not closed");

  /* Paid: everything captured is refunded; the goods are written off */
  g_assert_true (sc_order_cancel (paid, SC_ORDER_CANCEL_FRAUD, FALSE, T0, &moves, &error));
  g_assert_no_error (error);
  assert_moves (moves, lost, G_N_ELEMENTS (lost));
  g_clear_pointer (&moves, g_ptr_array_unref);
  g_assert_cmpint (paid->refunded, ==, 9850);
  assert_statuses (paid, SC_ORDER_FINANCIAL_REFUNDED, SC_ORDER_FULFILMENT_RESTOCKED);
  g_assert_cmpint (refundable (paid), ==, 0);
  g_assert_cmpint (outstanding (paid), ==, 0);
  assert_ok (paid);

  /* Partly captured and partly refunded: the rest goes back */
  g_assert_true (sc_order_capture (partly, dollars (3000), T0, NULL));
  {
    const ScOrderRefundLine one[] = { { "MUG-01", 1, SC_ORDER_RESTOCK_CANCEL } };

    g_assert_true (sc_order_refund (partly, one, 1, dollars (0), T0, NULL, NULL, NULL));
  }
  g_assert_cmpint (partly->refunded, ==, 1375);
  g_assert_true (sc_order_cancel (partly, SC_ORDER_CANCEL_STAFF, TRUE, T0, &moves, &error));
  g_assert_no_error (error);
  {
    const Move rest[] = {
      { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_AVAILABLE, 1,
        SC_STOCK_REASON_ORDER_CANCELLED },
      { "TEE-02", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_AVAILABLE, 3,
        SC_STOCK_REASON_ORDER_CANCELLED },
    };

    assert_moves (moves, rest, G_N_ELEMENTS (rest));
  }
  g_assert_cmpint (partly->refunded, ==, 3000);
  g_assert_false (partly->voided);
  assert_statuses (partly, SC_ORDER_FINANCIAL_REFUNDED, SC_ORDER_FULFILMENT_RESTOCKED);
  assert_ok (partly);
}

static void
test_cancel_after_shipping (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);

  g_assert_true (sc_order_fulfil (order, "TEE-02", 1, T0, NULL, NULL));
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CANCEL, T0,
                      sc_order_cancel (order, SC_ORDER_CANCEL_CUSTOMER, TRUE, T0, &moves_, &error_),
                      "1 item of #1001 has shipped; refund it instead of cancelling the order");
  g_assert_true (sc_order_fulfil (order, "MUG-01", 2, T0, NULL, NULL));
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CANCEL, T0,
                      sc_order_cancel (order, SC_ORDER_CANCEL_CUSTOMER, FALSE, T0, &moves_,
                                       &error_),
                      "3 items of #1001 have shipped; refund them instead of cancelling the order");
}

/* A paid order, shipped in two parts, refunded in three. */
static void
test_refund_sequence (void)
{
  static const Move returned[] = {
    { "TEE-02", SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE, 1,
      SC_STOCK_REASON_RETURN_RESTOCKED },
  };
  static const Move removed[] = {
    { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_AVAILABLE, 1,
      SC_STOCK_REASON_ORDER_CANCELLED },
    { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, 1,
      SC_STOCK_REASON_ORDER_CANCELLED },
  };
  static const Move damaged[] = {
    { "TEE-02", SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_UNAVAILABLE, 1,
      SC_STOCK_REASON_RETURN_DAMAGED },
  };
  const ScOrderRefundLine first[] = { { "TEE-02", 1, SC_ORDER_RESTOCK_RETURN } };
  const ScOrderRefundLine second[] = {
    { "MUG-01", 1, SC_ORDER_RESTOCK_CANCEL },
    { "MUG-01", 1, SC_ORDER_RESTOCK_REMOVE },
  };
  const ScOrderRefundLine third[] = {
    { "TEE-02", 1, SC_ORDER_RESTOCK_RETURN_DAMAGED },
    { "TEE-02", 1, SC_ORDER_RESTOCK_NONE },
  };
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ScMoney amount;

  g_assert_true (sc_order_fulfil (order, "TEE-02", 2, T0 + HOUR, NULL, &error));
  g_assert_no_error (error);

  /* 1 T-shirt back: 20.00 + its tax 2.00 (20.00 / 85.00 of 8.50) */
  g_assert_true (sc_order_calculate_refund (order, first, 1, dollars (0), T0, &amount, &error));
  g_assert_no_error (error);
  g_assert_cmpint (amount.minor, ==, 2200);
  g_assert_true (sc_order_refund (order, first, 1, dollars (0), T0 + DAY, &amount, &moves, &error));
  g_assert_no_error (error);
  g_assert_cmpint (amount.minor, ==, 2200);
  assert_moves (moves, returned, G_N_ELEMENTS (returned));
  g_clear_pointer (&moves, g_ptr_array_unref);
  assert_statuses (order, SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED,
                   SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED);
  g_assert_cmpint (order->refunded, ==, 2200);
  g_assert_cmpint (refundable (order), ==, 7650);
  g_assert_cmpint (outstanding (order), ==, 0);
  assert_ok (order);

  /* Both mugs, unshipped: one back on the shelf, one broken in the warehouse */
  g_assert_true (sc_order_refund (order, second, G_N_ELEMENTS (second), dollars (0), T0 + DAY,
                                  &amount, &moves, &error));
  g_assert_no_error (error);
  g_assert_cmpint (amount.minor, ==, 2750);
  assert_moves (moves, removed, G_N_ELEMENTS (removed));
  g_clear_pointer (&moves, g_ptr_array_unref);
  g_assert_cmpint (sc_order_find_line (order, "MUG-01")->removed, ==, 2);
  g_assert_cmpint (sc_order_count_unfulfilled (order), ==, 1);
  assert_statuses (order, SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED,
                   SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED);

  /* The last T-shirt ships: the order is fulfilled at that shipment */
  g_assert_true (sc_order_fulfil (order, "TEE-02", 1, T0 + 2 * DAY, NULL, NULL));
  assert_statuses (order, SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED, SC_ORDER_FULFILMENT_FULFILLED);
  g_assert_cmpint (order->fulfilled_at, ==, T0 + 2 * DAY);

  /* The other two T-shirts: one back damaged, one kept; and the shipping */
  g_assert_true (sc_order_refund (order, third, G_N_ELEMENTS (third), dollars (500), T0 + 3 * DAY,
                                  &amount, &moves, &error));
  g_assert_no_error (error);
  g_assert_cmpint (amount.minor, ==, 4900);
  assert_moves (moves, damaged, G_N_ELEMENTS (damaged));
  g_assert_cmpint (order->refunded, ==, 9850);
  g_assert_cmpint (order->shipping_refunded, ==, 500);
  assert_statuses (order, SC_ORDER_FINANCIAL_REFUNDED, SC_ORDER_FULFILMENT_FULFILLED);
  assert_ok (order);

  text = dump (order);
  g_assert_nonnull (strstr (text, "\nline \"MUG-01\" \"Mug, blue\" quantity 2 unit-price 12.50 "
                                  "fulfilled 0 removed 2 refunded 0 returned 0\n"));
  g_assert_nonnull (strstr (text, "\nline \"TEE-02\" \"T-shirt \\\"Logo\\\"\" quantity 3 "
                                  "unit-price 20.00 fulfilled 3 removed 0 refunded 3 "
                                  "returned 2\n"));
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_REFUND, T0,
                      sc_order_refund (order, NULL, 0, dollars (1), T0, NULL, &moves_, &error_),
                      "Everything paid on order #1001 has already been refunded");
}

static void
test_refund_refusals (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  const ScOrderRefundLine return_unshipped[] = { { "MUG-01", 1, SC_ORDER_RESTOCK_RETURN } };
  const ScOrderRefundLine keep_unshipped[] = { { "MUG-01", 1, SC_ORDER_RESTOCK_NONE } };
  const ScOrderRefundLine too_many_returns[] = {
    { "TEE-02", 1, SC_ORDER_RESTOCK_RETURN },
    { "TEE-02", 1, SC_ORDER_RESTOCK_NONE },
  };
  const ScOrderRefundLine too_many_removed[] = { { "TEE-02", 3, SC_ORDER_RESTOCK_CANCEL } };
  const ScOrderRefundLine unknown[] = { { "CAP-03", 1, SC_ORDER_RESTOCK_CANCEL } };
  const ScOrderRefundLine zero[] = { { "MUG-01", 0, SC_ORDER_RESTOCK_CANCEL } };
  const ScOrderRefundLine one_shipped[] = { { "TEE-02", 1, SC_ORDER_RESTOCK_RETURN } };
  const ScOrderRefundLine valid_then_wrong[] = {
    { "MUG-01", 1, SC_ORDER_RESTOCK_CANCEL },
    { "TEE-02", 5, SC_ORDER_RESTOCK_RETURN },
  };
  const ScOrderRefundLine cancel_shipped_only[] = { { "TEE-02", 1, SC_ORDER_RESTOCK_REMOVE } };
  ScMoney amount;

  g_assert_true (sc_order_fulfil (order, "TEE-02", 1, T0, NULL, NULL));

  ASSERT_REFUSED (order, sc_order_refund (order, NULL, 0, dollars (0), T0, NULL, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Choose the items or the shipping to refund on order #1001");
  ASSERT_REFUSED (order, sc_order_refund (order, return_unshipped, 1, dollars (0), T0, NULL,
                                          &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "No item of MUG-01 in order #1001 has shipped; refund it with the cancel "
                  "restock type, which takes it off the order");
  ASSERT_REFUSED (order, sc_order_refund (order, keep_unshipped, 1, dollars (0), T0, NULL,
                                          &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "No item of MUG-01 in order #1001 has shipped; refund it with the cancel "
                  "restock type, which takes it off the order");
  ASSERT_REFUSED (order, sc_order_refund (order, too_many_returns, 2, dollars (0), T0, NULL,
                                          &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Only 1 shipped item of TEE-02 in order #1001 can still be refunded; 2 is more");
  ASSERT_REFUSED (order, sc_order_refund (order, too_many_removed, 1, dollars (0), T0, NULL,
                                          &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Only 2 items of TEE-02 in order #1001 are waiting to ship; 3 cannot be removed");
  ASSERT_REFUSED (order, sc_order_refund (order, unknown, 1, dollars (0), T0, NULL, &moves_,
                                          &error_),
                  SC_ORDER_ERROR_INVALID, "Order #1001 has no item with SKU CAP-03");
  ASSERT_REFUSED (order, sc_order_refund (order, zero, 1, dollars (0), T0, NULL, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID, "Enter how many items of MUG-01 to refund; at least 1");
  ASSERT_REFUSED (order, sc_order_refund (order, valid_then_wrong, 2, dollars (0), T0, NULL,
                                          &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Only 1 shipped item of TEE-02 in order #1001 can still be refunded; 5 is more");
  ASSERT_REFUSED (order, sc_order_refund (order, NULL, 0, dollars (501), T0, NULL, &moves_,
                                          &error_),
                  SC_ORDER_ERROR_INVALID,
                  "At most 5.00 USD of the shipping of order #1001 can be refunded; "
                  "5.01 USD is more");
  ASSERT_REFUSED (order, sc_order_refund (order, NULL, 0, dollars (-1), T0, NULL, &moves_,
                                          &error_),
                  SC_ORDER_ERROR_INVALID,
                  "The shipping refund for order #1001 cannot be negative");

  /* The preview refuses alike */
  g_assert_false (sc_order_calculate_refund (order, too_many_returns, 2, dollars (0), T0, &amount,
                                             NULL));

  /* Shipping refunded in two parts, then no more */
  g_assert_true (sc_order_refund (order, NULL, 0, dollars (200), T0, &amount, NULL, NULL));
  g_assert_cmpint (amount.minor, ==, 200);
  g_assert_true (sc_order_refund (order, NULL, 0, dollars (300), T0, &amount, NULL, NULL));
  ASSERT_REFUSED (order, sc_order_refund (order, NULL, 0, dollars (1), T0, NULL, &moves_,
                                          &error_),
                  SC_ORDER_ERROR_INVALID, "The shipping of order #1001 has already been refunded");

  /* The one shipped T-shirt refunded; no other is shipped yet */
  g_assert_true (sc_order_refund (order, one_shipped, 1, dollars (0), T0, NULL, NULL, NULL));
  ASSERT_REFUSED (order, sc_order_refund (order, one_shipped, 1, dollars (0), T0, NULL, &moves_,
                                          &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Every shipped item of TEE-02 in order #1001 has already been refunded");
  g_assert_true (sc_order_fulfil_remaining (order, T0, NULL, NULL));
  ASSERT_REFUSED (order, sc_order_refund (order, cancel_shipped_only, 1, dollars (0), T0, NULL,
                                          &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "No item of TEE-02 in order #1001 is waiting to ship; refund shipped items with "
                  "a return or with no restock");
  assert_ok (order);
}

static void
test_refund_free_shipping (void)
{
  g_autoptr(ScOrder) order = sc_order_new ("#1004", "Bo", usd ());

  g_assert_true (sc_order_add_line (order, "MUG-01", "Mug", 1, dollars (1250), NULL));
  g_assert_true (sc_order_place (order, SC_ORDER_PAYMENT_AUTOMATIC, T0, NULL, NULL));
  ASSERT_REFUSED (order, sc_order_refund (order, NULL, 0, dollars (100), T0, NULL, &moves_,
                                          &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Order #1004 shipped for free; there is no shipping to refund");
}

/* Partly captured: a refund can only give back what was taken. */
static void
test_refund_partial_payment (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  const ScOrderRefundLine mug[] = { { "MUG-01", 1, SC_ORDER_RESTOCK_CANCEL } };
  const ScOrderRefundLine tee[] = { { "TEE-02", 1, SC_ORDER_RESTOCK_CANCEL } };
  g_autoptr(GError) error = NULL;
  ScMoney amount;

  g_assert_true (sc_order_capture (order, dollars (3000), T0, NULL));
  g_assert_true (sc_order_refund (order, mug, 1, dollars (0), T0, &amount, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (amount.minor, ==, 1375);
  assert_statuses (order, SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED, SC_ORDER_FULFILMENT_UNFULFILLED);
  g_assert_cmpint (refundable (order), ==, 1625);
  /* What is owed fell with the removed mug as much as what was paid */
  g_assert_cmpint (outstanding (order), ==, 6850);
  g_assert_cmpint (capturable (order, T0), ==, 6850);

  ASSERT_REFUSED (order, sc_order_refund (order, tee, 1, dollars (0), T0, NULL, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "The refund of 22.00 USD is more than the 16.25 USD that can still be "
                  "refunded on order #1001");
  g_assert_false (sc_order_calculate_refund (order, tee, 1, dollars (0), T0, &amount, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_INVALID);
  assert_ok (order);
}

/* Tax shares round half away from zero, yet add up to the whole tax. */
static void
test_refund_tax_rounding (void)
{
  g_autoptr(ScOrder) order = sc_order_new ("#1005", "Bo", usd ());
  const ScOrderRefundLine one[] = { { "PEN", 1, SC_ORDER_RESTOCK_CANCEL } };
  static const gint64 amounts[] = { 133, 134, 133 };
  ScMoney amount;

  g_assert_true (sc_order_add_line (order, "PEN", "Pen", 3, dollars (100), NULL));
  g_assert_true (sc_order_set_tax (order, dollars (100), NULL));
  g_assert_true (sc_order_place (order, SC_ORDER_PAYMENT_AUTOMATIC, T0, NULL, NULL));
  g_assert_cmpint (order->captured, ==, 400);

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (sc_order_refund (order, one, 1, dollars (0), T0, &amount, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (amount.minor, ==, amounts[i]);
    }

  g_assert_cmpint (order->refunded, ==, 400);
  assert_statuses (order, SC_ORDER_FINANCIAL_REFUNDED, SC_ORDER_FULFILMENT_RESTOCKED);
  g_assert_cmpint (sc_order_get_sla (order, T0), ==, SC_ORDER_SLA_NONE);
  assert_ok (order);
}

static void
test_close (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_MANUAL);
  const ScOrderRefundLine back[] = { { "MUG-01", 1, SC_ORDER_RESTOCK_RETURN } };
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_order_fulfil (order, "MUG-01", 2, T0, NULL, NULL));
  g_assert_true (sc_order_fulfil (order, "TEE-02", 2, T0, NULL, NULL));
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CLOSE, T0, sc_order_close (order, T0, &error_),
                      "1 item of #1001 is still to ship; "
                      "fulfil or cancel it before closing the order");
  g_assert_true (sc_order_fulfil (order, "TEE-02", 1, T0, NULL, NULL));
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CLOSE, T0, sc_order_close (order, T0, &error_),
                      "Order #1001 still has 98.50 USD outstanding; "
                      "collect the payment before closing the order");
  g_assert_true (sc_order_mark_as_paid (order, T0, NULL));

  g_assert_true (sc_order_close (order, T0 + DAY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (order->state, ==, SC_ORDER_STATE_CLOSED);
  g_assert_cmpint (order->closed_at, ==, T0 + DAY);
  assert_ok (order);

  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CLOSE, T0, sc_order_close (order, T0, &error_),
                      "Order #1001 is already closed");
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CANCEL, T0,
                      sc_order_cancel (order, SC_ORDER_CANCEL_OTHER, TRUE, T0, &moves_, &error_),
                      "5 items of #1001 have shipped; refund them instead of cancelling the order");
  assert_cannot (order, SC_ORDER_ACTION_FULFIL, T0,
                 "Every item of order #1001 has shipped or been removed; "
                 "there is nothing left to fulfil");
  assert_cannot (order, SC_ORDER_ACTION_VOID, T0,
                 "98.50 USD of order #1001 has been captured; "
                 "refund it instead of voiding the payment");

  /* Returns come after the order was archived */
  g_assert_true (sc_order_refund (order, back, 1, dollars (0), T0 + 5 * DAY, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (order->state, ==, SC_ORDER_STATE_CLOSED);
  assert_ok (order);

  g_assert_true (sc_order_reopen (order, T0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (order->state, ==, SC_ORDER_STATE_OPEN);
  g_assert_cmpint (order->closed_at, ==, 0);
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_REOPEN, T0, sc_order_reopen (order, T0, &error_),
                      "Order #1001 is not closed");
  assert_ok (order);
}

static void
test_close_cancelled_items (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  const ScOrderRefundLine all[] = {
    { "MUG-01", 2, SC_ORDER_RESTOCK_CANCEL },
    { "TEE-02", 3, SC_ORDER_RESTOCK_CANCEL },
  };

  /* Every item refunded unshipped: nothing to ship, nothing owed */
  g_assert_true (sc_order_refund (order, all, 2, dollars (500), T0, NULL, NULL, NULL));
  assert_statuses (order, SC_ORDER_FINANCIAL_REFUNDED, SC_ORDER_FULFILMENT_RESTOCKED);
  g_assert_true (sc_order_close (order, T0, NULL));
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CANCEL, T0,
                      sc_order_cancel (order, SC_ORDER_CANCEL_OTHER, TRUE, T0, &moves_, &error_),
                      "Order #1001 is closed; reopen it before cancelling it");
}

static void
test_sla (void)
{
  g_autoptr(ScOrder) on_time = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  g_autoptr(ScOrder) late = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  g_autoptr(ScOrder) draft = draft_order ("#1002");
  gint64 ship_by = T0 + 48 * HOUR;
  const ScOrderRefundLine rest[] = { { "TEE-02", 3, SC_ORDER_RESTOCK_CANCEL } };

  g_assert_cmpint (sc_order_get_sla (on_time, T0), ==, SC_ORDER_SLA_ON_TRACK);
  g_assert_cmpint (sc_order_get_sla (on_time, ship_by - DAY - 1), ==, SC_ORDER_SLA_ON_TRACK);
  g_assert_cmpint (sc_order_get_sla (on_time, ship_by - DAY), ==, SC_ORDER_SLA_DUE_SOON);
  g_assert_cmpint (sc_order_get_sla (on_time, ship_by), ==, SC_ORDER_SLA_DUE_SOON);
  g_assert_cmpint (sc_order_get_sla (on_time, ship_by + 1), ==, SC_ORDER_SLA_OVERDUE);
  g_assert_cmpint (sc_order_get_sla (draft, T0), ==, SC_ORDER_SLA_NONE);

  /* Partly shipped is still to ship */
  g_assert_true (sc_order_fulfil (on_time, "MUG-01", 2, T0 + HOUR, NULL, NULL));
  g_assert_cmpint (sc_order_get_sla (on_time, ship_by + 1), ==, SC_ORDER_SLA_OVERDUE);

  /* Held orders keep their deadline */
  g_assert_true (sc_order_hold (on_time, SC_ORDER_HOLD_ADDRESS_VERIFICATION, T0, NULL));
  g_assert_cmpint (sc_order_get_sla (on_time, ship_by + 1), ==, SC_ORDER_SLA_OVERDUE);
  g_assert_true (sc_order_release_hold (on_time, FALSE, T0, NULL));

  /* The deadline's own second counts as met */
  g_assert_true (sc_order_fulfil_remaining (on_time, ship_by, NULL, NULL));
  g_assert_cmpint (sc_order_get_sla (on_time, ship_by + 30 * DAY), ==, SC_ORDER_SLA_MET);

  g_assert_true (sc_order_fulfil_remaining (late, ship_by + 1, NULL, NULL));
  g_assert_cmpint (sc_order_get_sla (late, ship_by), ==, SC_ORDER_SLA_MISSED);

  /* Removing what was left completes the order at its last shipment */
  g_clear_pointer (&late, sc_order_free);
  late = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  g_assert_true (sc_order_fulfil (late, "MUG-01", 2, ship_by - HOUR, NULL, NULL));
  g_assert_true (sc_order_refund (late, rest, 1, dollars (0), ship_by + DAY, NULL, NULL, NULL));
  g_assert_cmpint (late->fulfilled_at, ==, ship_by - HOUR);
  g_assert_cmpint (sc_order_get_sla (late, ship_by + DAY), ==, SC_ORDER_SLA_MET);
  assert_ok (late);
}

static void
test_risk (void)
{
  static const struct
  {
    ScOrderRiskSignals signals;
    ScOrderRiskLevel   level;
  } cases[] = {
    { 0, SC_ORDER_RISK_LOW },
    { SC_ORDER_RISK_HIGH_VALUE_FIRST_ORDER, SC_ORDER_RISK_LOW },
    { SC_ORDER_RISK_AVS_MISMATCH, SC_ORDER_RISK_MEDIUM },
    { SC_ORDER_RISK_COUNTRY_MISMATCH, SC_ORDER_RISK_MEDIUM },
    { SC_ORDER_RISK_ANONYMOUS_IP, SC_ORDER_RISK_MEDIUM },
    { SC_ORDER_RISK_CVV_MISMATCH, SC_ORDER_RISK_MEDIUM },
    { SC_ORDER_RISK_MANY_PAYMENT_ATTEMPTS | SC_ORDER_RISK_HIGH_VALUE_FIRST_ORDER,
      SC_ORDER_RISK_MEDIUM },
    { SC_ORDER_RISK_COUNTRY_MISMATCH | SC_ORDER_RISK_ANONYMOUS_IP, SC_ORDER_RISK_MEDIUM },
    { SC_ORDER_RISK_CVV_MISMATCH | SC_ORDER_RISK_AVS_MISMATCH, SC_ORDER_RISK_HIGH },
    { SC_ORDER_RISK_CVV_MISMATCH | SC_ORDER_RISK_MANY_PAYMENT_ATTEMPTS, SC_ORDER_RISK_HIGH },
    { SC_ORDER_RISK_COUNTRY_MISMATCH | SC_ORDER_RISK_ANONYMOUS_IP
        | SC_ORDER_RISK_HIGH_VALUE_FIRST_ORDER, SC_ORDER_RISK_HIGH },
    { SC_ORDER_RISK_ALL, SC_ORDER_RISK_HIGH },
  };
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      sc_order_set_risk_signals (order, cases[i].signals);
      g_assert_cmpstr (sc_order_risk_level_to_string (sc_order_get_risk_level (order)), ==,
                       sc_order_risk_level_to_string (cases[i].level));
      g_assert_cmpint (sc_order_needs_review (order), ==, cases[i].level == SC_ORDER_RISK_HIGH);
    }

  /* High risk does not block by itself; a fraud-review hold does, and
   * releasing it is the review */
  sc_order_set_risk_signals (order, SC_ORDER_RISK_CVV_MISMATCH | SC_ORDER_RISK_AVS_MISMATCH);
  assert_can (order, SC_ORDER_ACTION_FULFIL, T0);
  g_assert_true (sc_order_hold (order, SC_ORDER_HOLD_FRAUD_REVIEW, T0, NULL));
  g_assert_true (sc_order_needs_review (order));
  g_assert_true (sc_order_release_hold (order, TRUE, T0, NULL));
  g_assert_false (sc_order_needs_review (order));
  g_assert_cmpint (sc_order_get_risk_level (order), ==, SC_ORDER_RISK_HIGH);

  /* A cancelled order is past reviewing */
  order->reviewed = FALSE;
  g_assert_true (sc_order_needs_review (order));
  g_assert_true (sc_order_cancel (order, SC_ORDER_CANCEL_FRAUD, TRUE, T0, NULL, NULL));
  g_assert_false (sc_order_needs_review (order));
}

static void
test_dump (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  g_autoptr(ScOrder) copy = NULL;
  g_autofree char *text = NULL;
  g_autofree char *copied = NULL;

  sc_order_set_risk_signals (order, SC_ORDER_RISK_ANONYMOUS_IP | SC_ORDER_RISK_AVS_MISMATCH);
  g_assert_true (sc_order_capture (order, dollars (5000), T0 + HOUR, NULL));
  g_assert_true (sc_order_fulfil (order, "TEE-02", 1, T0 + 2 * HOUR, NULL, NULL));
  g_assert_true (sc_order_hold (order, SC_ORDER_HOLD_CUSTOMER_REQUEST, T0, NULL));
  g_assert_true (sc_order_add_tracking (order, 0, "DHL", "JD014600001234", T0, NULL));

  text = dump (order);
  g_assert_cmpstr (text, ==,
                   "order \"#1001\"\n"
                   "customer \"Ada Lovelace\"\n"
                   "currency USD\n"
                   "state open\n"
                   "payment authorize\n"
                   "financial-status partially-paid\n"
                   "fulfilment-status partially-fulfilled\n"
                   "subtotal 85.00\n"
                   "shipping 5.00\n"
                   "tax 8.50\n"
                   "total 98.50\n"
                   "authorized 98.50\n"
                   "authorized-at 2026-12-01T09:00:00Z\n"
                   "authorization-expires 2026-12-08T09:00:00Z\n"
                   "captured 50.00\n"
                   "refunded 0.00\n"
                   "shipping-refunded 0.00\n"
                   "voided no\n"
                   "hold customer-request\n"
                   "risk avs-mismatch anonymous-ip\n"
                   "risk-level medium\n"
                   "reviewed no\n"
                   "handling-hours 48\n"
                   "placed-at 2026-12-01T09:00:00Z\n"
                   "ship-by 2026-12-03T09:00:00Z\n"
                   "last-shipped-at 2026-12-01T11:00:00Z\n"
                   "fulfilled-at -\n"
                   "cancel-reason -\n"
                   "cancelled-at -\n"
                   "closed-at -\n"
                   "line \"MUG-01\" \"Mug, blue\" quantity 2 unit-price 12.50 "
                   "fulfilled 0 removed 0 refunded 0 returned 0\n"
                   "line \"TEE-02\" \"T-shirt \\\"Logo\\\"\" quantity 3 unit-price 20.00 "
                   "fulfilled 1 removed 0 refunded 0 returned 0\n"
                   "shipment 2026-12-01T11:00:00Z \"DHL\" \"JD014600001234\" \"TEE-02\" 1\n");

  /* A copy is equal and independent */
  copy = sc_order_copy (order);
  copied = dump (copy);
  g_assert_cmpstr (copied, ==, text);
  g_assert_false (sc_order_fulfil (copy, "MUG-01", 1, T0, NULL, NULL));
  g_assert_true (sc_order_release_hold (copy, FALSE, T0, NULL));
  g_assert_true (sc_order_fulfil (copy, "MUG-01", 1, T0, NULL, NULL));
  g_clear_pointer (&copied, g_free);
  copied = dump (order);
  g_assert_cmpstr (copied, ==, text);
}

static void
test_check (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  static const struct
  {
    const char *field;
    const char *message;
  } damages[] = {
    { "fulfilled",
      "Order #1001 is inconsistent: more of MUG-01 shipped or removed than was ordered" },
    { "returned", "Order #1001 is inconsistent: more of MUG-01 returned than refunded" },
    { "refunded-money", "Order #1001 is inconsistent: more was refunded than captured" },
    { "hold", "Order #1001 is inconsistent: it is on hold with nothing to hold" },
    { "ship-by",
      "Order #1001 is inconsistent: its ship-by time does not follow from when it was placed" },
    { "cancelled", "Order #1001 is inconsistent: its cancellation time does not match its state" },
    { "voided", "Order #1001 is inconsistent: a payment was both voided and captured" },
  };

  assert_ok (order);
  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autoptr(ScOrder) copy = sc_order_copy (order);
      g_autoptr(GError) error = NULL;
      ScOrderLine *mug = sc_order_find_line (copy, "MUG-01");

      if (g_str_equal (damages[i].field, "fulfilled"))
        mug->fulfilled = 3;
      else if (g_str_equal (damages[i].field, "returned"))
        mug->returned = 1;
      else if (g_str_equal (damages[i].field, "refunded-money"))
        copy->refunded = copy->captured + 1;
      else if (g_str_equal (damages[i].field, "hold"))
        {
          mug->removed = 2;
          sc_order_find_line (copy, "TEE-02")->removed = 3;
          copy->hold = SC_ORDER_HOLD_PAYMENT_ISSUE;
        }
      else if (g_str_equal (damages[i].field, "ship-by"))
        copy->ship_by += 1;
      else if (g_str_equal (damages[i].field, "cancelled"))
        copy->state = SC_ORDER_STATE_CANCELLED;
      else if (g_str_equal (damages[i].field, "voided"))
        copy->voided = TRUE;

      g_assert_false (sc_order_check (copy, &error));
      g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, damages[i].message);
    }
}

/* Every fulfilment is a parcel; tracking comes with it or later. */
static void
test_shipments (void)
{
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  g_autoptr(ScOrder) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_number = g_strnfill (65, '7');
  g_autofree char *long_message =
    g_strdup_printf ("“%s” is not a carrier’s name or tracking number; check what was pasted",
                     long_number);
  g_autofree char *text = NULL;
  const ScOrderShipment *shipment;
  const ScOrderShipmentItem *item;

  g_assert_cmpuint (order->shipments->len, ==, 0);
  g_assert_cmpuint (sc_order_count_untracked (order), ==, 0);
  ASSERT_REFUSED (order, sc_order_add_tracking (order, 0, "DHL", "1", T0, &error_),
                  SC_ORDER_ERROR_INVALID, "Order #1001 has no shipment 1; fulfil items first");

  /* One line's units, then the rest of everything in one parcel: the
   * line already sent in full is not in it. */
  g_assert_true (sc_order_fulfil (order, "MUG-01", 2, T0 + HOUR, NULL, NULL));
  g_assert_true (sc_order_fulfil (order, "TEE-02", 1, T0 + 2 * HOUR, NULL, NULL));
  g_assert_true (sc_order_fulfil_remaining (order, T0 + 3 * HOUR, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (order->shipments->len, ==, 3);
  shipment = g_ptr_array_index (order->shipments, 2);
  g_assert_cmpint (shipment->shipped_at, ==, T0 + 3 * HOUR);
  g_assert_null (shipment->tracking);
  g_assert_cmpuint (shipment->items->len, ==, 1);
  item = g_ptr_array_index (shipment->items, 0);
  g_assert_cmpstr (item->sku, ==, "TEE-02");
  g_assert_cmpint (item->quantity, ==, 2);
  g_assert_cmpuint (sc_order_count_untracked (order), ==, 3);
  assert_ok (order);

  /* Tracking is checked, trimmed, and may be corrected. */
  ASSERT_REFUSED (order, sc_order_add_tracking (order, 3, "DHL", "1", T0, &error_),
                  SC_ORDER_ERROR_INVALID, "Order #1001 has no shipment 4; fulfil items first");
  ASSERT_REFUSED (order, sc_order_add_tracking (order, 0, "  ", "1", T0, &error_),
                  SC_ORDER_ERROR_INVALID, "Choose the carrier of the shipment of order #1001");
  ASSERT_REFUSED (order, sc_order_add_tracking (order, 0, "DHL", NULL, T0, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Enter the tracking number of the shipment of order #1001");
  ASSERT_REFUSED (order, sc_order_add_tracking (order, 0, "DHL", long_number, T0, &error_),
                  SC_ORDER_ERROR_INVALID, long_message);
  g_assert_true (sc_order_add_tracking (order, 0, "Royal Mail", " AB123 ", T0 + 4 * HOUR, NULL));
  g_assert_true (sc_order_add_tracking (order, 0, "Royal Mail", "AB124", T0 + 5 * HOUR, NULL));
  shipment = g_ptr_array_index (order->shipments, 0);
  g_assert_cmpstr (shipment->carrier, ==, "Royal Mail");
  g_assert_cmpstr (shipment->tracking, ==, "AB124");
  g_assert_cmpuint (sc_order_count_untracked (order), ==, 2);

  /* Tracking arrives after archiving too. */
  g_assert_true (sc_order_close (order, T0 + 6 * HOUR, &error));
  g_assert_no_error (error);
  g_assert_true (sc_order_add_tracking (order, 2, "UPS", "1Z999", T0 + 7 * HOUR, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_order_count_untracked (order), ==, 1);

  /* A copy has its own parcels; a parcel that does not match the lines
   * is a damaged order. */
  copy = sc_order_copy (order);
  text = dump (copy);
  g_assert_nonnull (strstr (text, "shipment 2026-12-01T10:00:00Z \"Royal Mail\" \"AB124\" \"MUG-01\" 2\n"
                                  "shipment 2026-12-01T11:00:00Z untracked \"TEE-02\" 1\n"
                                  "shipment 2026-12-01T12:00:00Z \"UPS\" \"1Z999\" \"TEE-02\" 2\n"));
  item = g_ptr_array_index (((ScOrderShipment *) g_ptr_array_index (copy->shipments, 2))->items, 0);
  ((ScOrderShipmentItem *) item)->quantity = 1;
  g_assert_false (sc_order_check (copy, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Order #1001 is inconsistent: its shipments do not carry what shipped of TEE-02");
  assert_ok (order);
}

static void
test_notify (void)
{
  g_autoptr(ScOrder) draft = draft_order ("#1002");
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  g_autoptr(ScOrder) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *longest = g_strnfill (SC_ORDER_MAX_MESSAGE_LENGTH, 'a');
  g_autofree char *too_long = g_strnfill (SC_ORDER_MAX_MESSAGE_LENGTH + 1, 'a');
  g_autofree char *text = NULL;
  const ScOrderMessage *message;

  /* No customer to tell before the order is placed */
  ASSERT_NOT_ALLOWED (draft, SC_ORDER_ACTION_NOTIFY, T0,
                      sc_order_notify (draft, "Hello", T0, &error_),
                      "Order #1002 is a draft; place it first");
  assert_can (order, SC_ORDER_ACTION_NOTIFY, T0);
  ASSERT_REFUSED (order, sc_order_notify (order, " \n ", T0, &error_), SC_ORDER_ERROR_INVALID,
                  "Write the message to the customer of order #1001");
  ASSERT_REFUSED (order, sc_order_notify (order, NULL, T0, &error_), SC_ORDER_ERROR_INVALID,
                  "Write the message to the customer of order #1001");
  ASSERT_REFUSED (order, sc_order_notify (order, too_long, T0, &error_), SC_ORDER_ERROR_INVALID,
                  "The message to the customer of order #1001 is 1001 characters long; "
                  "keep it to 1000");

  g_assert_true (sc_order_notify (order, "  Your parcel is delayed by a day.\n", T0 + HOUR,
                                  &error));
  g_assert_no_error (error);
  g_assert_true (sc_order_notify (order, longest, T0 + 2 * HOUR, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (order->messages->len, ==, 2);
  message = g_ptr_array_index (order->messages, 0);
  g_assert_cmpstr (message->text, ==, "Your parcel is delayed by a day.");
  g_assert_cmpint (message->sent_at, ==, T0 + HOUR);
  assert_statuses (order, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);
  assert_ok (order);

  /* Cancelled orders can still be told why. */
  g_assert_true (sc_order_cancel (order, SC_ORDER_CANCEL_INVENTORY, TRUE, T0 + 3 * HOUR, NULL,
                                  &error));
  g_assert_true (sc_order_notify (order, "Sorry: out of stock.", T0 + 3 * HOUR, &error));
  g_assert_no_error (error);

  copy = sc_order_copy (order);
  text = dump (copy);
  g_assert_nonnull (strstr (text, "message 2026-12-01T10:00:00Z \"Your parcel is delayed by a "
                                  "day.\"\n"));
  g_assert_nonnull (strstr (text, "message 2026-12-01T12:00:00Z \"Sorry: out of stock.\"\n"));
  assert_ok (copy);

  /* A blank message is a damaged order */
  message = g_ptr_array_index (copy->messages, 0);
  g_free (((ScOrderMessage *) message)->text);
  ((ScOrderMessage *) message)->text = g_strdup ("");
  g_assert_false (sc_order_check (copy, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Order #1001 is inconsistent: a message to the customer "
                                       "is empty, too long or undated");
}

/* A customer writes; the store's next message answers. The two share
 * one timeline, and only the store's messages count as sent. */
static void
test_customer_messages (void)
{
  g_autoptr(ScOrder) draft = draft_order ("#1002");
  g_autoptr(ScOrder) order = placed_order (SC_ORDER_PAYMENT_AUTOMATIC);
  g_autoptr(ScOrder) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ScOrderMessage *message;

  g_assert_false (sc_order_receive (draft, "Where is it?", T0, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  ASSERT_REFUSED (order, sc_order_receive (order, "  ", T0, &error_), SC_ORDER_ERROR_INVALID,
                  "The customer's message about order #1001 is empty");

  g_assert_false (sc_order_awaits_reply (order));
  g_assert_true (sc_order_receive (order, " Where is my parcel? \n", T0 + HOUR, &error));
  g_assert_no_error (error);
  g_assert_true (sc_order_awaits_reply (order));
  g_assert_cmpuint (sc_order_count_sent (order), ==, 0);
  message = g_ptr_array_index (order->messages, 0);
  g_assert_true (message->from_customer);
  g_assert_cmpstr (message->text, ==, "Where is my parcel?");
  assert_ok (order);

  g_assert_true (sc_order_notify (order, "It left today with DHL.", T0 + 2 * HOUR, &error));
  g_assert_false (sc_order_awaits_reply (order));
  g_assert_cmpuint (sc_order_count_sent (order), ==, 1);
  /* Writing again waits for another answer. */
  g_assert_true (sc_order_receive (order, "Thanks! And the receipt?", T0 + 3 * HOUR, &error));
  g_assert_true (sc_order_awaits_reply (order));

  copy = sc_order_copy (order);
  g_assert_true (((ScOrderMessage *) g_ptr_array_index (copy->messages, 2))->from_customer);
  g_assert_false (((ScOrderMessage *) g_ptr_array_index (copy->messages, 1))->from_customer);
  text = dump (copy);
  g_assert_nonnull (strstr (text, "customer-message 2026-12-01T10:00:00Z \"Where is my parcel?\"\n"
                                  "message 2026-12-01T11:00:00Z \"It left today with DHL.\"\n"));

  /* A timeline out of order is a damaged order. */
  message = g_ptr_array_index (copy->messages, 2);
  message->sent_at = T0;
  g_assert_false (sc_order_check (copy, &error));
  g_assert_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Order #1001 is inconsistent: its messages are not in time order");
}

/* Applies @request and returns its moves; the request must succeed. */
static GPtrArray *
request_ok (ScOrder              *order,
            const ScOrderRequest *request,
            gint64                now)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *moves = NULL;

  g_assert_true (sc_order_request_apply (order, request, now, &moves, &error));
  g_assert_no_error (error);
  g_assert_nonnull (moves);
  assert_ok (order);
  return moves;
}

static void
test_request (void)
{
  static const Move committed[] = {
    { "MUG-01", SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_COMMITTED, 2,
      SC_STOCK_REASON_ORDER_COMMITTED },
    { "TEE-02", SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_COMMITTED, 3,
      SC_STOCK_REASON_ORDER_COMMITTED },
  };
  static const Move shipped_mug[] = {
    { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, 1,
      SC_STOCK_REASON_ORDER_FULFILLED },
  };
  static const Move shipped_rest[] = {
    { "MUG-01", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, 1,
      SC_STOCK_REASON_ORDER_FULFILLED },
    { "TEE-02", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE, 3,
      SC_STOCK_REASON_ORDER_FULFILLED },
  };
  static const Move returned[] = {
    { "TEE-02", SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE, 1,
      SC_STOCK_REASON_RETURN_RESTOCKED },
  };
  const ScOrderRefundLine refund_lines[] = { { "TEE-02", 1, SC_ORDER_RESTOCK_RETURN } };
  g_autoptr(ScOrder) order = draft_order ("#1001");
  g_autoptr(GPtrArray) moves = NULL;
  const ScOrderShipment *shipment;
  const ScOrderLine *line;

  /* A draft takes a line, then is placed with the payment asked for */
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_EDIT, .sku = "CAP-03",
                                                 .quantity = 1, .amount = dollars (0) }, T0);
  g_assert_cmpuint (moves->len, ==, 0);
  g_assert_cmpuint (order->lines->len, ==, 3);
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_PLACE,
                                                 .payment = SC_ORDER_PAYMENT_AUTHORIZE }, T0);
  g_assert_cmpuint (moves->len, ==, 3);
  g_ptr_array_remove_index (moves, 2);
  assert_moves (moves, committed, G_N_ELEMENTS (committed));
  g_assert_cmpint (order->payment, ==, SC_ORDER_PAYMENT_AUTHORIZE);

  /* Money: a partial capture, then the rest */
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_CAPTURE,
                                                 .amount = dollars (5000) }, T0 + HOUR);
  g_assert_cmpint (order->captured, ==, 5000);
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_CAPTURE,
                                                 .amount = dollars (4850) }, T0 + HOUR);
  assert_statuses (order, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);

  /* Hold and release */
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_HOLD,
                                                 .hold_reason = SC_ORDER_HOLD_FRAUD_REVIEW },
                      T0 + HOUR);
  g_assert_cmpint (order->hold, ==, SC_ORDER_HOLD_FRAUD_REVIEW);
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_RELEASE_HOLD,
                                                 .reviewed = TRUE }, T0 + HOUR);
  g_assert_cmpint (order->hold, ==, SC_ORDER_HOLD_NONE);
  g_assert_true (order->reviewed);

  /* A fulfilment with a bad tracking number ships nothing */
  ASSERT_REFUSED (order,
                  sc_order_request_apply (order, &(ScOrderRequest) {
                                            .action = SC_ORDER_ACTION_FULFIL, .sku = "MUG-01",
                                            .quantity = 1, .carrier = "DHL", .tracking = " " },
                                          T0 + HOUR, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Enter the tracking number of the shipment of order #1001");
  ASSERT_REFUSED (order,
                  sc_order_request_apply (order, &(ScOrderRequest) {
                                            .action = SC_ORDER_ACTION_FULFIL, .sku = "MUG-01",
                                            .quantity = 5 }, T0 + HOUR, &moves_, &error_),
                  SC_ORDER_ERROR_INVALID,
                  "Only 2 items of MUG-01 in order #1001 are left to fulfil; 5 is more");

  /* One line's unit with tracking, then everything left */
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL,
                                                 .sku = "MUG-01", .quantity = 1,
                                                 .carrier = "DHL", .tracking = "JD01" },
                      T0 + 2 * HOUR);
  assert_moves (moves, shipped_mug, G_N_ELEMENTS (shipped_mug));
  shipment = g_ptr_array_index (order->shipments, 0);
  g_assert_cmpstr (shipment->carrier, ==, "DHL");
  g_assert_cmpstr (shipment->tracking, ==, "JD01");
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_FULFIL },
                      T0 + 3 * HOUR);
  g_assert_cmpuint (moves->len, ==, 3);
  g_ptr_array_remove_index (moves, 2);
  assert_moves (moves, shipped_rest, G_N_ELEMENTS (shipped_rest));
  assert_statuses (order, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_FULFILLED);
  g_assert_cmpuint (sc_order_count_untracked (order), ==, 1);

  /* Tracking later, a message, a refund with a return */
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_ADD_TRACKING,
                                                 .shipment = 1, .carrier = "UPS",
                                                 .tracking = "1Z9" }, T0 + 4 * HOUR);
  g_assert_cmpuint (sc_order_count_untracked (order), ==, 0);
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_NOTIFY,
                                                 .message = "Both parcels are on their way." },
                      T0 + 4 * HOUR);
  g_assert_cmpuint (order->messages->len, ==, 1);
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_REFUND,
                                                 .refund_lines = refund_lines,
                                                 .n_refund_lines = 1 }, T0 + 5 * HOUR);
  assert_moves (moves, returned, G_N_ELEMENTS (returned));
  line = sc_order_find_line (order, "TEE-02");
  g_assert_cmpint (line->returned, ==, 1);
  assert_statuses (order, SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED, SC_ORDER_FULFILMENT_FULFILLED);

  /* Close and reopen */
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_CLOSE }, T0 + 6 * HOUR);
  g_assert_cmpint (order->state, ==, SC_ORDER_STATE_CLOSED);
  ASSERT_NOT_ALLOWED (order, SC_ORDER_ACTION_CLOSE, T0,
                      sc_order_request_apply (order, &(ScOrderRequest) {
                                                .action = SC_ORDER_ACTION_CLOSE }, T0 + 6 * HOUR,
                                              &moves_, &error_),
                      "Order #1001 is already closed");
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (order, &(ScOrderRequest) { .action = SC_ORDER_ACTION_REOPEN },
                      T0 + 7 * HOUR);
  g_assert_cmpint (order->state, ==, SC_ORDER_STATE_OPEN);
}

static void
test_request_cancel_void (void)
{
  g_autoptr(ScOrder) unpaid = placed_order (SC_ORDER_PAYMENT_MANUAL);
  g_autoptr(ScOrder) authorized = placed_order (SC_ORDER_PAYMENT_AUTHORIZE);
  g_autoptr(ScOrder) draft = draft_order ("#1003");
  g_autoptr(GPtrArray) moves = NULL;

  moves = request_ok (unpaid, &(ScOrderRequest) { .action = SC_ORDER_ACTION_MARK_AS_PAID }, T0);
  assert_statuses (unpaid, SC_ORDER_FINANCIAL_PAID, SC_ORDER_FULFILMENT_UNFULFILLED);
  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (unpaid, &(ScOrderRequest) { .action = SC_ORDER_ACTION_CANCEL,
                                                  .cancel_reason = SC_ORDER_CANCEL_CUSTOMER,
                                                  .restock = TRUE }, T0 + HOUR);
  g_assert_cmpuint (moves->len, ==, 2);
  g_assert_cmpint (unpaid->state, ==, SC_ORDER_STATE_CANCELLED);
  g_assert_cmpint (unpaid->cancel_reason, ==, SC_ORDER_CANCEL_CUSTOMER);

  g_clear_pointer (&moves, g_ptr_array_unref);
  moves = request_ok (authorized, &(ScOrderRequest) { .action = SC_ORDER_ACTION_VOID }, T0);
  assert_statuses (authorized, SC_ORDER_FINANCIAL_VOIDED, SC_ORDER_FULFILMENT_UNFULFILLED);

  ASSERT_NOT_ALLOWED (draft, SC_ORDER_ACTION_ADD_TRACKING, T0,
                      sc_order_request_apply (draft, &(ScOrderRequest) {
                                                .action = SC_ORDER_ACTION_ADD_TRACKING,
                                                .carrier = "DHL", .tracking = "1" }, T0,
                                              &moves_, &error_),
                      "Order #1003 is a draft; place it first");
  assert_cannot (authorized, SC_ORDER_ACTION_ADD_TRACKING, T0,
                 "Order #1001 has no shipments yet; fulfil items first");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/order/names", test_names);
  g_test_add_func ("/order/draft", test_draft);
  g_test_add_func ("/order/place", test_place);
  g_test_add_func ("/order/place/payments", test_place_payments);
  g_test_add_func ("/order/money/overflow", test_overflow);
  g_test_add_func ("/order/payment/capture", test_capture);
  g_test_add_func ("/order/payment/authorization-expiry", test_authorization_expiry);
  g_test_add_func ("/order/payment/expired-unpaid", test_expired_authorization_unpaid);
  g_test_add_func ("/order/payment/manual", test_manual_payment);
  g_test_add_func ("/order/payment/void", test_void);
  g_test_add_func ("/order/hold", test_hold);
  g_test_add_func ("/order/hold/lifts-when-nothing-left", test_hold_lifts_when_nothing_left);
  g_test_add_func ("/order/fulfil", test_fulfil);
  g_test_add_func ("/order/fulfil/line-done", test_fulfil_line_done);
  g_test_add_func ("/order/fulfil/refunded", test_fulfil_refunded);
  g_test_add_func ("/order/cancel", test_cancel);
  g_test_add_func ("/order/cancel/after-shipping", test_cancel_after_shipping);
  g_test_add_func ("/order/refund/sequence", test_refund_sequence);
  g_test_add_func ("/order/refund/refusals", test_refund_refusals);
  g_test_add_func ("/order/refund/free-shipping", test_refund_free_shipping);
  g_test_add_func ("/order/refund/partial-payment", test_refund_partial_payment);
  g_test_add_func ("/order/refund/tax-rounding", test_refund_tax_rounding);
  g_test_add_func ("/order/close", test_close);
  g_test_add_func ("/order/close/cancelled-items", test_close_cancelled_items);
  g_test_add_func ("/order/sla", test_sla);
  g_test_add_func ("/order/risk", test_risk);
  g_test_add_func ("/order/dump", test_dump);
  g_test_add_func ("/order/check", test_check);
  g_test_add_func ("/order/shipments", test_shipments);
  g_test_add_func ("/order/notify", test_notify);
  g_test_add_func ("/order/customer-messages", test_customer_messages);
  g_test_add_func ("/order/request", test_request);
  g_test_add_func ("/order/request/cancel-void", test_request_cancel_void);

  return g_test_run ();
}
