/* test-inventory.c - stock movement rules and the inventory sheet's model
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule is checked by what it does to the quantities and the ledger,
 * and each refusal by its exact message and by an unchanged dump.
 */
#include <string.h>

#include "sc-inventory.h"
#include "sc-stock.h"

/* Every (reason, from, to) the sandbox allows: the rest are refused. */
typedef struct
{
  ScStockReason reason;
  ScStockBucket from;
  ScStockBucket to;
} AllowedCase;

static const AllowedCase allowed_cases[] = {
  { SC_STOCK_REASON_RECEIVED, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE },
  { SC_STOCK_REASON_PURCHASE_ORDERED, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_INCOMING },
  { SC_STOCK_REASON_PURCHASE_ORDERED, SC_STOCK_BUCKET_INCOMING, SC_STOCK_BUCKET_OUTSIDE },
  { SC_STOCK_REASON_PURCHASE_RECEIVED, SC_STOCK_BUCKET_INCOMING, SC_STOCK_BUCKET_AVAILABLE },
  { SC_STOCK_REASON_PURCHASE_RECEIVED, SC_STOCK_BUCKET_INCOMING, SC_STOCK_BUCKET_UNAVAILABLE },
  { SC_STOCK_REASON_CORRECTION, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE },
  { SC_STOCK_REASON_CORRECTION, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_OUTSIDE },
  { SC_STOCK_REASON_CYCLE_COUNT, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE },
  { SC_STOCK_REASON_CYCLE_COUNT, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_OUTSIDE },
  { SC_STOCK_REASON_DAMAGED, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_UNAVAILABLE },
  { SC_STOCK_REASON_QUALITY_CONTROL, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_UNAVAILABLE },
  { SC_STOCK_REASON_QUALITY_CONTROL, SC_STOCK_BUCKET_UNAVAILABLE, SC_STOCK_BUCKET_AVAILABLE },
  { SC_STOCK_REASON_SAFETY_STOCK, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_UNAVAILABLE },
  { SC_STOCK_REASON_SAFETY_STOCK, SC_STOCK_BUCKET_UNAVAILABLE, SC_STOCK_BUCKET_AVAILABLE },
  { SC_STOCK_REASON_SHRINKAGE, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_OUTSIDE },
  { SC_STOCK_REASON_SHRINKAGE, SC_STOCK_BUCKET_UNAVAILABLE, SC_STOCK_BUCKET_OUTSIDE },
  { SC_STOCK_REASON_ORDER_COMMITTED, SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_COMMITTED },
  { SC_STOCK_REASON_ORDER_FULFILLED, SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE },
  { SC_STOCK_REASON_ORDER_CANCELLED, SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_AVAILABLE },
  { SC_STOCK_REASON_ORDER_CANCELLED, SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_OUTSIDE },
  { SC_STOCK_REASON_RETURN_RESTOCKED, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE },
  { SC_STOCK_REASON_RETURN_DAMAGED, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_UNAVAILABLE },
};

static gboolean
is_allowed_case (ScStockReason reason,
                 ScStockBucket from,
                 ScStockBucket to)
{
  for (guint i = 0; i < G_N_ELEMENTS (allowed_cases); i++)
    {
      if (allowed_cases[i].reason == reason && allowed_cases[i].from == from
          && allowed_cases[i].to == to)
        return TRUE;
    }

  return FALSE;
}

/* The whole table, both ways: every listed pair is allowed and checks,
 * every other pair is refused with SC_STOCK_ERROR_NOT_ALLOWED. */
static void
test_stock_reason_table (void)
{
  guint n_allowed = 0;

  for (guint reason = 0; reason < SC_STOCK_N_REASONS; reason++)
    {
      for (guint from = 0; from < SC_STOCK_N_BUCKETS; from++)
        {
          for (guint to = 0; to < SC_STOCK_N_BUCKETS; to++)
            {
              ScStockMove move = { (char *) "TEE-BLK-M", from, to, 2, reason };
              g_autoptr(GError) error = NULL;
              gboolean expected = is_allowed_case (reason, from, to);

              if (from == to)
                continue;
              g_assert_cmpint (sc_stock_reason_allows (reason, from, to), ==, expected);
              g_assert_cmpint (sc_stock_move_check (&move, &error), ==, expected);
              if (expected)
                {
                  g_assert_no_error (error);
                  n_allowed++;
                }
              else
                {
                  g_assert_error (error, SC_STOCK_ERROR, SC_STOCK_ERROR_NOT_ALLOWED);
                }
            }
        }
    }
  g_assert_cmpuint (n_allowed, ==, G_N_ELEMENTS (allowed_cases));
}

static void
test_stock_check_messages (void)
{
  struct
  {
    ScStockMove  move;
    ScStockError code;
    const char  *message;
  } cases[] = {
    { { (char *) "TEE-BLK-M", SC_STOCK_BUCKET_COMMITTED, SC_STOCK_BUCKET_UNAVAILABLE, 5,
        SC_STOCK_REASON_DAMAGED },
      SC_STOCK_ERROR_NOT_ALLOWED,
      "Reason “damaged” moves stock from available to unavailable, "
      "not from committed to unavailable" },
    { { (char *) "TEE-BLK-M", SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_OUTSIDE, 1,
        SC_STOCK_REASON_ORDER_CANCELLED },
      SC_STOCK_ERROR_NOT_ALLOWED,
      "Reason “order-cancelled” moves stock from committed to available or from committed to "
      "outside, not from available to outside" },
    { { (char *) "TEE-BLK-M", SC_STOCK_BUCKET_UNAVAILABLE, SC_STOCK_BUCKET_OUTSIDE, 1,
        SC_STOCK_REASON_CORRECTION },
      SC_STOCK_ERROR_NOT_ALLOWED,
      "Reason “correction” moves stock from available to outside or from outside to available, "
      "not from unavailable to outside" },
    { { (char *) "", SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE, 1,
        SC_STOCK_REASON_RECEIVED },
      SC_STOCK_ERROR_INVALID, "A stock movement needs the SKU of the item it moves" },
    { { NULL, SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE, 1, SC_STOCK_REASON_RECEIVED },
      SC_STOCK_ERROR_INVALID, "A stock movement needs the SKU of the item it moves" },
    { { (char *) "MUG", SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE, 0,
        SC_STOCK_REASON_RECEIVED },
      SC_STOCK_ERROR_INVALID,
      "A stock movement of SKU MUG moves at least one unit; 0 is not a quantity to move" },
    { { (char *) "MUG", SC_STOCK_BUCKET_OUTSIDE, SC_STOCK_BUCKET_AVAILABLE, -3,
        SC_STOCK_REASON_RECEIVED },
      SC_STOCK_ERROR_INVALID,
      "A stock movement of SKU MUG moves at least one unit; -3 is not a quantity to move" },
    { { (char *) "MUG", SC_STOCK_BUCKET_AVAILABLE, SC_STOCK_BUCKET_AVAILABLE, 1,
        SC_STOCK_REASON_CORRECTION },
      SC_STOCK_ERROR_INVALID,
      "A stock movement of SKU MUG goes from one bucket to another, not from available to "
      "available" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (sc_stock_move_check (&cases[i].move, &error));
      g_assert_error (error, SC_STOCK_ERROR, (gint) cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* The inventory */

#define TEE "TEE-BLK-M"
#define OUT SC_STOCK_BUCKET_OUTSIDE
#define AVL SC_STOCK_BUCKET_AVAILABLE
#define COM SC_STOCK_BUCKET_COMMITTED
#define UNA SC_STOCK_BUCKET_UNAVAILABLE
#define INC SC_STOCK_BUCKET_INCOMING

static char *
dump_of (ScInventory *inv)
{
  GString *out = g_string_new (NULL);

  sc_inventory_dump (inv, out);
  return g_string_free (out, FALSE);
}

static gint64
qty (ScInventory   *inv,
     const char    *sku,
     ScStockBucket  bucket)
{
  const ScInventoryItem *item = sc_inventory_lookup (inv, sku);

  g_assert_nonnull (item);
  return item->quantities[bucket];
}

static gint64
on_hand (ScInventory *inv,
         const char  *sku)
{
  return sc_inventory_item_get_on_hand (sc_inventory_lookup (inv, sku));
}

static gboolean
move (ScInventory    *inv,
      const char     *sku,
      ScStockBucket   from,
      ScStockBucket   to,
      gint64          quantity,
      ScStockReason   reason,
      gint64          time,
      const char     *reference,
      GError        **error)
{
  ScStockMove m = { (char *) sku, from, to, quantity, reason };

  return sc_inventory_apply (inv, &m, time, reference, NULL, error);
}

static void
move_ok (ScInventory   *inv,
         const char    *sku,
         ScStockBucket  from,
         ScStockBucket  to,
         gint64         quantity,
         ScStockReason  reason,
         gint64         time,
         const char    *reference)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (move (inv, sku, from, to, quantity, reason, time, reference, &error));
  g_assert_no_error (error);
}

/* on hand = available + committed + unavailable, never below zero; only
 * an item that may be oversold has a negative available; the item's
 * last ledger row shows what it holds now. */
static void
assert_identity (ScInventory *inv)
{
  g_autoptr(GPtrArray) items = sc_inventory_list_items (inv);

  for (guint i = 0; i < items->len; i++)
    {
      const ScInventoryItem *item = g_ptr_array_index (items, i);
      const gint64 *q = item->quantities;
      gint64 hand = sc_inventory_item_get_on_hand (item);
      g_autoptr(GPtrArray) rows = sc_inventory_list_rows_for_sku (inv, item->sku);

      g_assert_cmpint (hand, ==, q[AVL] + q[COM] + q[UNA]);
      g_assert_cmpint (hand, >=, 0);
      g_assert_cmpint (q[OUT], ==, 0);
      g_assert_cmpint (q[COM], >=, 0);
      g_assert_cmpint (q[UNA], >=, 0);
      g_assert_cmpint (q[INC], >=, 0);
      if (q[AVL] < 0)
        g_assert_cmpint (item->policy, ==, SC_INVENTORY_POLICY_CONTINUE);
      if (rows->len > 0)
        {
          const ScInventoryRow *last = g_ptr_array_index (rows, rows->len - 1);

          g_assert_cmpint (last->available_after, ==, q[AVL]);
          g_assert_cmpint (last->on_hand_after, ==, hand);
        }
    }
}

/* TEE-BLK-M: 3 available, 2 committed to #1001, 4 incoming on PO-7;
 * MUG: 1 available; CAP: nothing. The ledger's last row is at 120. */
static ScInventory *
make_shop (void)
{
  ScInventory *inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_inventory_add_item (inv, TEE, "Tee, black, M", &error));
  g_assert_true (sc_inventory_add_item (inv, "MUG", "Mug", &error));
  g_assert_true (sc_inventory_add_item (inv, "CAP", NULL, &error));
  g_assert_no_error (error);
  move_ok (inv, TEE, OUT, AVL, 5, SC_STOCK_REASON_RECEIVED, 100, "Opening stock");
  move_ok (inv, "MUG", OUT, AVL, 1, SC_STOCK_REASON_RECEIVED, 100, "Opening stock");
  move_ok (inv, TEE, AVL, COM, 2, SC_STOCK_REASON_ORDER_COMMITTED, 110, "#1001");
  g_assert_true (sc_inventory_order_purchase (inv, "PO-7", TEE, 4, 120, NULL, &error));
  g_assert_no_error (error);
  assert_identity (inv);

  return inv;
}

static void
test_inventory_items (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const ScInventoryItem *item;

  g_assert_cmpstr (sc_inventory_get_currency (inv)->code, ==, "USD");
  g_assert_true (sc_inventory_add_item (inv, TEE, "Tee, black, M", &error));
  g_assert_true (sc_inventory_add_item (inv, "MUG", NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "CAP", "Cap", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_inventory_get_n_items (inv), ==, 3);

  item = sc_inventory_lookup (inv, "MUG");
  g_assert_cmpstr (item->title, ==, "");
  g_assert_cmpint (item->policy, ==, SC_INVENTORY_POLICY_DENY);
  g_assert_false (item->has_unit_cost);
  g_assert_false (item->has_reorder_point);
  for (guint b = 0; b < SC_STOCK_N_BUCKETS; b++)
    g_assert_cmpint (item->quantities[b], ==, 0);
  g_assert_null (sc_inventory_lookup (inv, "HAT"));

  items = sc_inventory_list_items (inv);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (((ScInventoryItem *) items->pdata[0])->sku, ==, "CAP");
  g_assert_cmpstr (((ScInventoryItem *) items->pdata[1])->sku, ==, "MUG");
  g_assert_cmpstr (((ScInventoryItem *) items->pdata[2])->sku, ==, TEE);

  g_assert_false (sc_inventory_add_item (inv, TEE, "Again", &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==,
                   "The inventory already has an item with SKU TEE-BLK-M; "
                   "each SKU is tracked once");
  g_clear_error (&error);
  g_assert_cmpstr (sc_inventory_lookup (inv, TEE)->title, ==, "Tee, black, M");
  g_assert_false (sc_inventory_add_item (inv, "", "Nothing", &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "An inventory item needs a SKU");
  g_clear_error (&error);

  g_assert_true (sc_inventory_set_title (inv, "MUG", "Mug, white", &error));
  g_assert_cmpstr (sc_inventory_lookup (inv, "MUG")->title, ==, "Mug, white");
  g_assert_false (sc_inventory_set_title (inv, "HAT", "Hat", &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_UNKNOWN_SKU);
  g_assert_cmpstr (error->message, ==,
                   "There is no item with SKU HAT in the inventory; add it first");
  g_clear_error (&error);
  g_assert_true (sc_inventory_set_policy (inv, "MUG", SC_INVENTORY_POLICY_CONTINUE, &error));
  g_assert_cmpint (sc_inventory_lookup (inv, "MUG")->policy, ==, SC_INVENTORY_POLICY_CONTINUE);
}

static void
test_inventory_settings_refused (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (sc_currency_lookup ("USD"));
  g_autoptr(GError) error = NULL;
  ScMoney euros = sc_money_init (500, sc_currency_lookup ("EUR"));
  ScMoney negative = sc_money_init (-1, sc_currency_lookup ("USD"));
  ScMoney cost = sc_money_init (1250, sc_currency_lookup ("USD"));
  const ScInventoryItem *item;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  item = sc_inventory_lookup (inv, TEE);

  g_assert_false (sc_inventory_set_unit_cost (inv, TEE, &euros, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The unit cost of SKU TEE-BLK-M must be in USD, the store's currency, not EUR");
  g_clear_error (&error);
  g_assert_false (sc_inventory_set_unit_cost (inv, TEE, &negative, &error));
  g_assert_cmpstr (error->message, ==, "The unit cost of SKU TEE-BLK-M cannot be negative (-0.01)");
  g_clear_error (&error);
  g_assert_false (item->has_unit_cost);
  g_assert_true (sc_inventory_set_unit_cost (inv, TEE, &cost, &error));
  g_assert_true (item->has_unit_cost);
  g_assert_cmpint (item->unit_cost.minor, ==, 1250);
  g_assert_true (sc_inventory_set_unit_cost (inv, TEE, NULL, &error));
  g_assert_false (item->has_unit_cost);

  g_assert_false (sc_inventory_set_reorder (inv, TEE, -1, 10, &error));
  g_assert_cmpstr (error->message, ==,
                   "The reorder point of SKU TEE-BLK-M cannot be negative (-1)");
  g_clear_error (&error);
  g_assert_false (sc_inventory_set_reorder (inv, TEE, 5, 0, &error));
  g_assert_cmpstr (error->message, ==,
                   "The reorder quantity of SKU TEE-BLK-M must be at least 1, not 0");
  g_clear_error (&error);
  g_assert_false (item->has_reorder_point);
  g_assert_false (sc_inventory_set_reorder (inv, "HAT", 5, 10, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_UNKNOWN_SKU);
}

/* Every movement the table allows, one after the other on one item:
 * each changes exactly its two buckets by its quantity and keeps the
 * identity, and its ledger row says so. */
static void
test_inventory_identity (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;
  const ScInventoryItem *item;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  item = sc_inventory_lookup (inv, TEE);
  move_ok (inv, TEE, OUT, AVL, 50, SC_STOCK_REASON_RECEIVED, 10, NULL);
  move_ok (inv, TEE, OUT, INC, 20, SC_STOCK_REASON_PURCHASE_ORDERED, 10, "PO-1");
  move_ok (inv, TEE, AVL, COM, 5, SC_STOCK_REASON_ORDER_COMMITTED, 10, "#1000");
  move_ok (inv, TEE, AVL, UNA, 5, SC_STOCK_REASON_DAMAGED, 10, NULL);
  assert_identity (inv);

  for (guint i = 0; i < G_N_ELEMENTS (allowed_cases); i++)
    {
      const AllowedCase *c = &allowed_cases[i];
      gboolean purchase = c->reason == SC_STOCK_REASON_PURCHASE_ORDERED
                          || c->reason == SC_STOCK_REASON_PURCHASE_RECEIVED;
      const char *reference = purchase ? "PO-1" : "#1001";
      gint64 before[SC_STOCK_N_BUCKETS];
      guint n_rows = sc_inventory_get_n_rows (inv);
      const ScInventoryRow *row;

      memcpy (before, item->quantities, sizeof before);
      move_ok (inv, TEE, c->from, c->to, 2, c->reason, 20 + i, reference);
      for (guint b = SC_STOCK_BUCKET_AVAILABLE; b < SC_STOCK_N_BUCKETS; b++)
        g_assert_cmpint (item->quantities[b], ==,
                         before[b] - 2 * (b == c->from) + 2 * (b == c->to));
      assert_identity (inv);

      g_assert_cmpuint (sc_inventory_get_n_rows (inv), ==, n_rows + 1);
      row = sc_inventory_get_row (inv, n_rows);
      g_assert_cmpuint (row->sequence, ==, n_rows + 1);
      g_assert_cmpint (row->time, ==, 20 + i);
      g_assert_cmpint (row->reason, ==, c->reason);
      g_assert_cmpint (row->from, ==, c->from);
      g_assert_cmpint (row->to, ==, c->to);
      g_assert_cmpint (row->quantity, ==, 2);
      g_assert_cmpstr (row->reference, ==, reference);
      g_assert_cmpint (row->available_after, ==, item->quantities[AVL]);
      g_assert_cmpint (row->on_hand_after, ==, sc_inventory_item_get_on_hand (item));
    }
}

typedef struct
{
  const char       *sku;
  ScStockBucket     from;
  ScStockBucket     to;
  gint64            quantity;
  ScStockReason     reason;
  gint64            time;
  const char       *reference;
  ScInventoryError  code;
  const char       *message;
} RefusalCase;

static const RefusalCase refusal_cases[] = {
  { TEE, AVL, UNA, 5, SC_STOCK_REASON_DAMAGED, 200, NULL, SC_INVENTORY_ERROR_INSUFFICIENT,
    "Only 3 of SKU TEE-BLK-M are available; 5 cannot be marked damaged" },
  { "MUG", AVL, UNA, 2, SC_STOCK_REASON_QUALITY_CONTROL, 200, NULL,
    SC_INVENTORY_ERROR_INSUFFICIENT,
    "Only 1 of SKU MUG is available; 2 cannot be held for quality control" },
  { "CAP", AVL, OUT, 1, SC_STOCK_REASON_SHRINKAGE, 200, NULL, SC_INVENTORY_ERROR_INSUFFICIENT,
    "None of SKU CAP are available; 1 cannot be written off as shrinkage" },
  { TEE, AVL, OUT, 4, SC_STOCK_REASON_CORRECTION, 200, NULL, SC_INVENTORY_ERROR_INSUFFICIENT,
    "Only 3 of SKU TEE-BLK-M are available; 4 cannot be removed as a correction" },
  { TEE, COM, OUT, 3, SC_STOCK_REASON_ORDER_FULFILLED, 200, "#1001",
    SC_INVENTORY_ERROR_INSUFFICIENT,
    "Only 2 of SKU TEE-BLK-M are committed; 3 cannot be shipped" },
  { TEE, UNA, AVL, 1, SC_STOCK_REASON_QUALITY_CONTROL, 200, NULL,
    SC_INVENTORY_ERROR_INSUFFICIENT,
    "None of SKU TEE-BLK-M are unavailable; 1 cannot be released from quality control" },
  { TEE, AVL, COM, 4, SC_STOCK_REASON_ORDER_COMMITTED, 200, "#1002",
    SC_INVENTORY_ERROR_INSUFFICIENT,
    "Only 3 of SKU TEE-BLK-M are available; 4 cannot be committed to an order. To take orders "
    "beyond stock, let SKU TEE-BLK-M continue selling when out of stock" },
  { TEE, COM, UNA, 1, SC_STOCK_REASON_DAMAGED, 200, NULL, SC_INVENTORY_ERROR_NOT_ALLOWED,
    "Reason “damaged” moves stock from available to unavailable, "
    "not from committed to unavailable" },
  { "HAT", OUT, AVL, 1, SC_STOCK_REASON_RECEIVED, 200, NULL, SC_INVENTORY_ERROR_UNKNOWN_SKU,
    "There is no item with SKU HAT in the inventory; add it first" },
  { TEE, OUT, AVL, 0, SC_STOCK_REASON_RECEIVED, 200, NULL, SC_INVENTORY_ERROR_INVALID,
    "A stock movement of SKU TEE-BLK-M moves at least one unit; 0 is not a quantity to move" },
  { TEE, OUT, AVL, 1, SC_STOCK_REASON_RECEIVED, 50, NULL, SC_INVENTORY_ERROR_INVALID,
    "The ledger's last row is at 120, later than 50; the ledger only moves forward in time" },
  { TEE, INC, AVL, 1, SC_STOCK_REASON_PURCHASE_RECEIVED, 200, NULL,
    SC_INVENTORY_ERROR_PURCHASE_ORDER,
    "A purchase movement of SKU TEE-BLK-M needs its purchase order's reference, like “PO-7”" },
  { TEE, INC, AVL, 1, SC_STOCK_REASON_PURCHASE_RECEIVED, 200, "PO-8",
    SC_INVENTORY_ERROR_PURCHASE_ORDER,
    "There is no purchase order PO-8; order SKU TEE-BLK-M from the supplier on it first" },
  { "MUG", INC, AVL, 1, SC_STOCK_REASON_PURCHASE_RECEIVED, 200, "PO-7",
    SC_INVENTORY_ERROR_PURCHASE_ORDER, "Purchase order PO-7 has no SKU MUG; 1 cannot be received" },
  { TEE, INC, AVL, 5, SC_STOCK_REASON_PURCHASE_RECEIVED, 200, "PO-7",
    SC_INVENTORY_ERROR_PURCHASE_ORDER,
    "Purchase order PO-7 has only 4 of SKU TEE-BLK-M still to come; 5 cannot be received" },
  { TEE, INC, OUT, 5, SC_STOCK_REASON_PURCHASE_ORDERED, 200, "PO-7",
    SC_INVENTORY_ERROR_PURCHASE_ORDER,
    "Purchase order PO-7 has only 4 of SKU TEE-BLK-M still to come; "
    "5 cannot be cancelled from the purchase order" },
  { TEE, OUT, AVL, G_MAXINT64, SC_STOCK_REASON_RECEIVED, 200, NULL, SC_INVENTORY_ERROR_OVERFLOW,
    "SKU TEE-BLK-M cannot take 9223372036854775807 more units: its quantities would be too "
    "large for Shopcraft to hold exactly" },
};

static void
test_inventory_refusals (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refusal_cases); i++)
    {
      const RefusalCase *c = &refusal_cases[i];
      g_autoptr(ScInventory) inv = make_shop ();
      g_autoptr(GError) error = NULL;
      g_autofree char *before = dump_of (inv);
      g_autofree char *after = NULL;

      g_test_message ("case %u: %s", i, c->message);
      g_assert_false (move (inv, c->sku, c->from, c->to, c->quantity, c->reason, c->time,
                            c->reference, &error));
      g_assert_error (error, SC_INVENTORY_ERROR, (gint) c->code);
      g_assert_cmpstr (error->message, ==, c->message);
      after = dump_of (inv);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpuint (sc_inventory_get_n_rows (inv), ==, 4);
    }
}

static void
test_inventory_ledger (void)
{
  g_autoptr(ScInventory) inv = make_shop ();
  g_autoptr(GPtrArray) tee_rows = NULL;
  g_autoptr(GPtrArray) cap_rows = NULL;
  g_autoptr(GError) error = NULL;
  ScStockMove damaged = { (char *) TEE, AVL, UNA, 1, SC_STOCK_REASON_DAMAGED };
  const ScInventoryRow *row;

  g_assert_true (sc_inventory_apply (inv, &damaged, 130, "Shelf 4", "Torn seam", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_inventory_get_n_rows (inv), ==, 5);

  row = sc_inventory_get_row (inv, 0);
  g_assert_cmpuint (row->sequence, ==, 1);
  g_assert_cmpint (row->time, ==, 100);
  g_assert_cmpstr (row->sku, ==, TEE);
  g_assert_cmpint (row->reason, ==, SC_STOCK_REASON_RECEIVED);
  g_assert_cmpstr (row->reference, ==, "Opening stock");
  g_assert_cmpstr (row->note, ==, "");
  g_assert_cmpint (row->available_after, ==, 5);
  g_assert_cmpint (row->on_hand_after, ==, 5);

  /* Committing moves stock inside the store: on hand stays. */
  row = sc_inventory_get_row (inv, 2);
  g_assert_cmpuint (row->sequence, ==, 3);
  g_assert_cmpint (row->reason, ==, SC_STOCK_REASON_ORDER_COMMITTED);
  g_assert_cmpstr (row->reference, ==, "#1001");
  g_assert_cmpint (row->available_after, ==, 3);
  g_assert_cmpint (row->on_hand_after, ==, 5);

  /* Incoming is not on hand. */
  row = sc_inventory_get_row (inv, 3);
  g_assert_cmpint (row->reason, ==, SC_STOCK_REASON_PURCHASE_ORDERED);
  g_assert_cmpint (row->to, ==, INC);
  g_assert_cmpint (row->quantity, ==, 4);
  g_assert_cmpint (row->available_after, ==, 3);
  g_assert_cmpint (row->on_hand_after, ==, 5);

  row = sc_inventory_get_row (inv, 4);
  g_assert_cmpuint (row->sequence, ==, 5);
  g_assert_cmpstr (row->reference, ==, "Shelf 4");
  g_assert_cmpstr (row->note, ==, "Torn seam");
  g_assert_cmpint (row->available_after, ==, 2);
  g_assert_cmpint (row->on_hand_after, ==, 5);

  tee_rows = sc_inventory_list_rows_for_sku (inv, TEE);
  g_assert_cmpuint (tee_rows->len, ==, 4);
  for (guint i = 1; i < tee_rows->len; i++)
    {
      const ScInventoryRow *a = g_ptr_array_index (tee_rows, i - 1);
      const ScInventoryRow *b = g_ptr_array_index (tee_rows, i);

      g_assert_cmpstr (b->sku, ==, TEE);
      g_assert_cmpuint (a->sequence, <, b->sequence);
    }
  cap_rows = sc_inventory_list_rows_for_sku (inv, "CAP");
  g_assert_cmpuint (cap_rows->len, ==, 0);

  /* Same time as the last row is fine: the ledger never goes back. */
  move_ok (inv, "MUG", AVL, OUT, 1, SC_STOCK_REASON_SHRINKAGE, 130, NULL);
  g_assert_cmpuint (sc_inventory_get_row (inv, 5)->sequence, ==, 6);
}

static void
test_inventory_apply_all (void)
{
  g_autoptr(ScInventory) inv = make_shop ();
  g_autoptr(GPtrArray) moves = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_stock_move_free);
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (sc_inventory_apply_all (inv, empty, 200, NULL, NULL, &error));
  g_assert_cmpuint (sc_inventory_get_n_rows (inv), ==, 4);

  /* An order of two lines; a later move sees what the earlier did. */
  g_ptr_array_add (moves, sc_stock_move_new (TEE, AVL, COM, 1, SC_STOCK_REASON_ORDER_COMMITTED));
  g_ptr_array_add (moves, sc_stock_move_new ("MUG", AVL, COM, 1, SC_STOCK_REASON_ORDER_COMMITTED));
  g_ptr_array_add (moves, sc_stock_move_new (TEE, COM, OUT, 3, SC_STOCK_REASON_ORDER_FULFILLED));
  g_assert_true (sc_inventory_apply_all (inv, moves, 200, "#1002", "Ship together", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_inventory_get_n_rows (inv), ==, 7);
  for (guint i = 4; i < 7; i++)
    {
      g_assert_cmpint (sc_inventory_get_row (inv, i)->time, ==, 200);
      g_assert_cmpstr (sc_inventory_get_row (inv, i)->reference, ==, "#1002");
      g_assert_cmpstr (sc_inventory_get_row (inv, i)->note, ==, "Ship together");
    }
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 2);
  g_assert_cmpint (qty (inv, TEE, COM), ==, 0);
  g_assert_cmpint (qty (inv, "MUG", COM), ==, 1);
  assert_identity (inv);

  /* Refused at the third: the purchase order the first two created
   * goes, and so do their rows and incoming quantities. */
  g_ptr_array_set_size (moves, 0);
  g_ptr_array_add (moves, sc_stock_move_new (TEE, OUT, INC, 5, SC_STOCK_REASON_PURCHASE_ORDERED));
  g_ptr_array_add (moves, sc_stock_move_new ("MUG", OUT, INC, 2, SC_STOCK_REASON_PURCHASE_ORDERED));
  g_ptr_array_add (moves,
                   sc_stock_move_new ("MUG", INC, AVL, 3, SC_STOCK_REASON_PURCHASE_RECEIVED));
  before = dump_of (inv);
  g_assert_false (sc_inventory_apply_all (inv, moves, 210, "PO-9", NULL, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER);
  g_assert_cmpstr (error->message, ==,
                   "Purchase order PO-9 has only 2 of SKU MUG still to come; 3 cannot be received");
  g_clear_error (&error);
  after = dump_of (inv);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (sc_inventory_lookup_purchase (inv, "PO-9"));
  g_clear_pointer (&after, g_free);

  /* Refused after a receipt on an existing order: the receipt is undone
   * on the order's line as well. */
  g_ptr_array_set_size (moves, 0);
  g_ptr_array_add (moves, sc_stock_move_new (TEE, INC, AVL, 4, SC_STOCK_REASON_PURCHASE_RECEIVED));
  g_ptr_array_add (moves, sc_stock_move_new (TEE, OUT, INC, 1, SC_STOCK_REASON_PURCHASE_ORDERED));
  g_assert_false (sc_inventory_apply_all (inv, moves, 210, "PO-7", NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Purchase order PO-7 is received: nothing more is to come on it; "
                   "order SKU TEE-BLK-M on a new purchase order");
  after = dump_of (inv);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (sc_purchase_order_get_line (sc_inventory_lookup_purchase (inv, "PO-7"),
                                               TEE)->received, ==, 0);
}

static void
test_inventory_oversell (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const ScInventoryRow *row;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  move_ok (inv, TEE, OUT, AVL, 2, SC_STOCK_REASON_RECEIVED, 100, NULL);

  /* Denied: the order cannot take more than is available. */
  g_assert_false (move (inv, TEE, AVL, COM, 5, SC_STOCK_REASON_ORDER_COMMITTED, 110, "#1001",
                        &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT);
  g_clear_error (&error);
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 2);

  /* Continue selling: available goes negative, on hand does not move. */
  g_assert_true (sc_inventory_set_policy (inv, TEE, SC_INVENTORY_POLICY_CONTINUE, &error));
  move_ok (inv, TEE, AVL, COM, 5, SC_STOCK_REASON_ORDER_COMMITTED, 110, "#1001");
  g_assert_cmpint (qty (inv, TEE, AVL), ==, -3);
  g_assert_cmpint (qty (inv, TEE, COM), ==, 5);
  g_assert_cmpint (on_hand (inv, TEE), ==, 2);
  row = sc_inventory_get_row (inv, 1);
  g_assert_cmpint (row->available_after, ==, -3);
  g_assert_cmpint (row->on_hand_after, ==, 2);
  assert_identity (inv);

  /* The oversold units are not on the shelf: they cannot leave. */
  before = dump_of (inv);
  g_assert_false (move (inv, TEE, COM, OUT, 5, SC_STOCK_REASON_ORDER_FULFILLED, 120, "#1001",
                        &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT);
  g_assert_cmpstr (error->message, ==,
                   "SKU TEE-BLK-M has 5 committed units, but only 2 of them are in stock (3 were "
                   "oversold); 5 cannot be shipped until stock is received");
  g_clear_error (&error);
  g_assert_false (move (inv, TEE, COM, OUT, 3, SC_STOCK_REASON_ORDER_CANCELLED, 120, "#1001",
                        &error));
  g_assert_cmpstr (error->message, ==,
                   "SKU TEE-BLK-M has 5 committed units, but only 2 of them are in stock (3 were "
                   "oversold); 3 cannot be cancelled without restocking until stock is "
                   "received");
  g_clear_error (&error);
  /* Nor can anything else take from a negative available. */
  g_assert_false (move (inv, TEE, AVL, UNA, 1, SC_STOCK_REASON_DAMAGED, 120, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "None of SKU TEE-BLK-M are available; 1 cannot be marked damaged");
  g_clear_error (&error);
  after = dump_of (inv);
  g_assert_cmpstr (after, ==, before);

  /* The two in stock ship; the rest waits for a delivery. */
  move_ok (inv, TEE, COM, OUT, 2, SC_STOCK_REASON_ORDER_FULFILLED, 120, "#1001");
  g_assert_cmpint (qty (inv, TEE, AVL), ==, -3);
  g_assert_cmpint (qty (inv, TEE, COM), ==, 3);
  g_assert_cmpint (on_hand (inv, TEE), ==, 0);
  assert_identity (inv);
  move_ok (inv, TEE, OUT, AVL, 4, SC_STOCK_REASON_RECEIVED, 130, NULL);
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 1);
  move_ok (inv, TEE, COM, OUT, 3, SC_STOCK_REASON_ORDER_FULFILLED, 140, "#1001");
  g_assert_cmpint (on_hand (inv, TEE), ==, 1);
  assert_identity (inv);

  /* Back to deny: an item oversold stays so, new orders are refused,
   * and a cancellation with restock clears it. */
  move_ok (inv, TEE, AVL, COM, 3, SC_STOCK_REASON_ORDER_COMMITTED, 150, "#1002");
  g_assert_true (sc_inventory_set_policy (inv, TEE, SC_INVENTORY_POLICY_DENY, &error));
  g_assert_cmpint (qty (inv, TEE, AVL), ==, -2);
  g_assert_false (move (inv, TEE, AVL, COM, 1, SC_STOCK_REASON_ORDER_COMMITTED, 160, "#1003",
                        &error));
  g_assert_cmpstr (error->message, ==,
                   "None of SKU TEE-BLK-M are available; 1 cannot be committed to an order. To "
                   "take orders beyond stock, let SKU TEE-BLK-M continue selling when out of "
                   "stock");
  g_clear_error (&error);
  move_ok (inv, TEE, COM, AVL, 3, SC_STOCK_REASON_ORDER_CANCELLED, 160, "#1002");
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 1);
  g_assert_cmpint (qty (inv, TEE, COM), ==, 0);
  assert_identity (inv);
}

static void
test_inventory_adjust (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  g_assert_true (sc_inventory_adjust (inv, TEE, 5, SC_STOCK_REASON_RECEIVED, 10, NULL, NULL,
                                      &error));
  g_assert_true (sc_inventory_adjust (inv, TEE, -1, SC_STOCK_REASON_SHRINKAGE, 10, NULL,
                                      "Stolen from the display", &error));
  g_assert_no_error (error);
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 4);
  g_assert_cmpint (sc_inventory_get_row (inv, 1)->from, ==, AVL);
  g_assert_cmpint (sc_inventory_get_row (inv, 1)->to, ==, OUT);
  g_assert_cmpint (sc_inventory_get_row (inv, 1)->quantity, ==, 1);

  g_assert_false (sc_inventory_adjust (inv, TEE, 1, SC_STOCK_REASON_SHRINKAGE, 10, NULL, NULL,
                                       &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_NOT_ALLOWED);
  g_assert_cmpstr (error->message, ==,
                   "Reason “shrinkage” moves stock from available to outside or from unavailable "
                   "to outside, not from outside to available");
  g_clear_error (&error);
  g_assert_false (sc_inventory_adjust (inv, TEE, 0, SC_STOCK_REASON_CORRECTION, 10, NULL, NULL,
                                       &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "An adjustment of SKU TEE-BLK-M adds or removes at least one unit; "
                   "0 is not a change to make");
  g_clear_error (&error);
  g_assert_false (sc_inventory_adjust (inv, TEE, -5, SC_STOCK_REASON_CORRECTION, 10, NULL, NULL,
                                       &error));
  g_assert_cmpstr (error->message, ==,
                   "Only 4 of SKU TEE-BLK-M are available; 5 cannot be removed as a correction");
  g_clear_error (&error);

  g_assert_true (sc_inventory_mark_unavailable (inv, TEE, 1, SC_STOCK_REASON_DAMAGED, 20, NULL,
                                                NULL, &error));
  g_assert_true (sc_inventory_mark_unavailable (inv, TEE, 2, SC_STOCK_REASON_QUALITY_CONTROL, 20,
                                                NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 1);
  g_assert_cmpint (qty (inv, TEE, UNA), ==, 3);
  g_assert_cmpint (on_hand (inv, TEE), ==, 4);
  /* Damaged goods are written off, not sold again. */
  g_assert_false (sc_inventory_release_unavailable (inv, TEE, 1, SC_STOCK_REASON_DAMAGED, 30,
                                                    NULL, NULL, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_true (sc_inventory_release_unavailable (inv, TEE, 2, SC_STOCK_REASON_QUALITY_CONTROL,
                                                   30, NULL, "Passed inspection", &error));
  g_assert_true (sc_inventory_adjust (inv, TEE, -1, SC_STOCK_REASON_SHRINKAGE, 30, NULL, NULL,
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 2);
  g_assert_cmpint (qty (inv, TEE, UNA), ==, 1);
  g_assert_false (sc_inventory_mark_unavailable (inv, TEE, 3, SC_STOCK_REASON_SAFETY_STOCK, 30,
                                                 NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Only 2 of SKU TEE-BLK-M are available; 3 cannot be held as safety stock");
  assert_identity (inv);
}

static void
test_inventory_purchase (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GPtrArray) purchases = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const ScPurchaseOrder *po;
  const ScPurchaseLine *line;
  const ScInventoryRow *row;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "MUG", NULL, &error));
  g_assert_true (sc_inventory_order_purchase (inv, "PO-7", TEE, 6, 100, NULL, &error));
  g_assert_true (sc_inventory_order_purchase (inv, "PO-7", "MUG", 4, 100, NULL, &error));
  /* More of the same SKU on an open order adds to its line. */
  g_assert_true (sc_inventory_order_purchase (inv, "PO-7", TEE, 4, 101, "Supplier had more",
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpint (qty (inv, TEE, INC), ==, 10);
  g_assert_cmpint (on_hand (inv, TEE), ==, 0);

  po = sc_inventory_lookup_purchase (inv, "PO-7");
  g_assert_nonnull (po);
  g_assert_cmpuint (po->lines->len, ==, 2);
  g_assert_cmpstr (((ScPurchaseLine *) po->lines->pdata[0])->sku, ==, "MUG");
  line = sc_purchase_order_get_line (po, TEE);
  g_assert_cmpint (line->ordered, ==, 10);
  g_assert_cmpint (sc_purchase_order_get_state (po), ==, SC_PURCHASE_ORDER_OPEN);

  /* Part of the delivery, one of it damaged: two rows together. */
  g_assert_true (sc_inventory_receive_purchase (inv, "PO-7", TEE, 6, 1, 110, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qty (inv, TEE, INC), ==, 3);
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 6);
  g_assert_cmpint (qty (inv, TEE, UNA), ==, 1);
  g_assert_cmpint (on_hand (inv, TEE), ==, 7);
  g_assert_cmpint (line->received, ==, 6);
  g_assert_cmpint (line->received_damaged, ==, 1);
  g_assert_cmpint (sc_purchase_line_get_outstanding (line), ==, 3);
  g_assert_cmpuint (sc_inventory_get_n_rows (inv), ==, 5);
  row = sc_inventory_get_row (inv, 3);
  g_assert_cmpint (row->reason, ==, SC_STOCK_REASON_PURCHASE_RECEIVED);
  g_assert_cmpint (row->to, ==, AVL);
  g_assert_cmpint (row->quantity, ==, 6);
  g_assert_cmpstr (row->reference, ==, "PO-7");
  row = sc_inventory_get_row (inv, 4);
  g_assert_cmpint (row->to, ==, UNA);
  g_assert_cmpint (row->quantity, ==, 1);
  g_assert_cmpint (row->available_after, ==, 6);
  g_assert_cmpint (row->on_hand_after, ==, 7);
  assert_identity (inv);

  /* More than is still to come, counted for the receipt as a whole. */
  before = dump_of (inv);
  g_assert_false (sc_inventory_receive_purchase (inv, "PO-7", TEE, 3, 1, 120, NULL, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_PURCHASE_ORDER);
  g_assert_cmpstr (error->message, ==,
                   "Purchase order PO-7 has only 3 of SKU TEE-BLK-M still to come; "
                   "4 (3 accepted, 1 damaged) cannot be received");
  g_clear_error (&error);
  g_assert_false (sc_inventory_receive_purchase (inv, "PO-7", TEE, 0, 0, 120, NULL, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "A receipt of SKU TEE-BLK-M takes at least one unit, and no negative quantity "
                   "(0 accepted, 0 damaged)");
  g_clear_error (&error);
  g_assert_false (sc_inventory_receive_purchase (inv, "PO-8", TEE, 1, 0, 120, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "There is no purchase order PO-8; order SKU TEE-BLK-M from the supplier on it "
                   "first");
  g_clear_error (&error);
  after = dump_of (inv);
  g_assert_cmpstr (after, ==, before);

  /* The rest of the tees arrive; the mugs never will. */
  g_assert_true (sc_inventory_receive_purchase (inv, "PO-7", TEE, 3, 0, 130, NULL, &error));
  g_assert_cmpint (sc_purchase_line_get_outstanding (line), ==, 0);
  g_assert_cmpint (sc_purchase_order_get_state (po), ==, SC_PURCHASE_ORDER_OPEN);
  g_assert_true (sc_inventory_close_purchase (inv, "PO-7", 140, "Mugs discontinued", &error));
  g_assert_no_error (error);
  g_assert_cmpint (qty (inv, "MUG", INC), ==, 0);
  g_assert_cmpint (sc_purchase_order_get_line (po, "MUG")->cancelled, ==, 4);
  g_assert_cmpint (sc_purchase_order_get_state (po), ==, SC_PURCHASE_ORDER_CLOSED);
  row = sc_inventory_get_row (inv, sc_inventory_get_n_rows (inv) - 1);
  g_assert_cmpint (row->reason, ==, SC_STOCK_REASON_PURCHASE_ORDERED);
  g_assert_cmpint (row->from, ==, INC);
  g_assert_cmpint (row->to, ==, OUT);
  g_assert_cmpstr (row->note, ==, "Mugs discontinued");

  g_assert_false (sc_inventory_close_purchase (inv, "PO-7", 150, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Purchase order PO-7 is closed already: nothing is left to close");
  g_clear_error (&error);
  g_assert_false (sc_inventory_order_purchase (inv, "PO-7", TEE, 1, 150, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Purchase order PO-7 is closed: nothing more is to come on it; "
                   "order SKU TEE-BLK-M on a new purchase order");
  g_clear_error (&error);

  /* Everything arrives: received, and nothing left to close. */
  g_assert_true (sc_inventory_order_purchase (inv, "PO-10", "MUG", 2, 150, NULL, &error));
  g_assert_true (sc_inventory_receive_purchase (inv, "PO-10", "MUG", 2, 0, 160, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_purchase_order_get_state (sc_inventory_lookup_purchase (inv, "PO-10")), ==,
                   SC_PURCHASE_ORDER_RECEIVED);
  purchases = sc_inventory_list_purchases (inv);
  g_assert_cmpuint (purchases->len, ==, 2);
  g_assert_cmpstr (((ScPurchaseOrder *) purchases->pdata[0])->reference, ==, "PO-10");
  g_assert_cmpint (on_hand (inv, TEE), ==, 10);
  g_assert_cmpint (qty (inv, TEE, UNA), ==, 1);
  assert_identity (inv);
}

/* Units shipped while the shelves are counted are not counted as
 * missing: the variance is applied to the quantity as it is then. */
static void
test_inventory_count (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;
  const char * const skus[] = { TEE, "MUG", "CAP", NULL };
  const ScInventoryCount *count;
  const ScInventoryRow *row;
  gint64 variance = 0;
  guint number = 0;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "MUG", NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "CAP", NULL, &error));
  move_ok (inv, TEE, OUT, AVL, 10, SC_STOCK_REASON_RECEIVED, 100, NULL);
  move_ok (inv, "MUG", OUT, AVL, 4, SC_STOCK_REASON_RECEIVED, 100, NULL);
  move_ok (inv, "CAP", OUT, AVL, 3, SC_STOCK_REASON_RECEIVED, 100, NULL);

  g_assert_true (sc_inventory_count_begin (inv, skus, 200, &number, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (number, ==, 1);
  count = sc_inventory_lookup_count (inv, 1);
  g_assert_cmpint (count->state, ==, SC_INVENTORY_COUNT_OPEN);
  g_assert_cmpstr (((ScInventoryCountLine *) count->lines->pdata[0])->sku, ==, "CAP");
  g_assert_cmpint (sc_inventory_count_get_line (count, TEE)->expected, ==, 10);
  g_assert_cmpint (sc_inventory_count_get_line (count, "MUG")->expected, ==, 4);

  /* While counting: two tees sold and shipped, a cap delivered. */
  move_ok (inv, TEE, AVL, COM, 2, SC_STOCK_REASON_ORDER_COMMITTED, 210, "#1002");
  move_ok (inv, TEE, COM, OUT, 2, SC_STOCK_REASON_ORDER_FULFILLED, 220, "#1002");
  move_ok (inv, "CAP", OUT, AVL, 1, SC_STOCK_REASON_RECEIVED, 230, NULL);

  /* The tee shelf was counted before the parcel left: one is missing.
   * Two more caps than expected; the mugs were not counted. */
  g_assert_true (sc_inventory_count_set (inv, 1, TEE, 7, &error));
  g_assert_true (sc_inventory_count_set (inv, 1, TEE, 9, &error));
  g_assert_true (sc_inventory_count_set (inv, 1, "CAP", 5, &error));
  g_assert_true (sc_inventory_count_set (inv, 1, "MUG", 1, &error));
  g_assert_true (sc_inventory_count_unset (inv, 1, "MUG", &error));
  g_assert_no_error (error);
  g_assert_true (sc_inventory_count_line_get_variance (sc_inventory_count_get_line (count, TEE),
                                                       &variance));
  g_assert_cmpint (variance, ==, -1);
  g_assert_true (sc_inventory_count_line_get_variance (sc_inventory_count_get_line (count, "CAP"),
                                                       &variance));
  g_assert_cmpint (variance, ==, 2);
  g_assert_false (sc_inventory_count_line_get_variance (sc_inventory_count_get_line (count, "MUG"),
                                                        &variance));

  g_assert_true (sc_inventory_count_apply (inv, 1, 300, "Spring count", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count->state, ==, SC_INVENTORY_COUNT_APPLIED);
  g_assert_cmpint (count->finished, ==, 300);
  /* Not 9: the two shipped during the count stay shipped. */
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 7);
  g_assert_cmpint (on_hand (inv, TEE), ==, 7);
  g_assert_cmpint (qty (inv, "CAP", AVL), ==, 6);
  g_assert_cmpint (qty (inv, "MUG", AVL), ==, 4);
  g_assert_cmpuint (sc_inventory_get_n_rows (inv), ==, 8);
  row = sc_inventory_get_row (inv, 6);
  g_assert_cmpstr (row->sku, ==, "CAP");
  g_assert_cmpint (row->reason, ==, SC_STOCK_REASON_CYCLE_COUNT);
  g_assert_cmpint (row->from, ==, OUT);
  g_assert_cmpint (row->quantity, ==, 2);
  g_assert_cmpstr (row->reference, ==, "Count 1");
  g_assert_cmpstr (row->note, ==, "Spring count");
  row = sc_inventory_get_row (inv, 7);
  g_assert_cmpstr (row->sku, ==, TEE);
  g_assert_cmpint (row->from, ==, AVL);
  g_assert_cmpint (row->to, ==, OUT);
  g_assert_cmpint (row->quantity, ==, 1);
  g_assert_cmpint (row->available_after, ==, 7);
  assert_identity (inv);

  g_assert_false (sc_inventory_count_set (inv, 1, TEE, 8, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT);
  g_assert_cmpstr (error->message, ==, "Count 1 was applied; start a new count to count again");
  g_clear_error (&error);
}

static void
test_inventory_count_sessions (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;
  const char * const tee[] = { TEE, NULL };
  const char * const twice[] = { TEE, "MUG", TEE, NULL };
  const char * const both[] = { "MUG", TEE, NULL };
  const char * const unknown[] = { "HAT", NULL };
  const char * const none[] = { NULL };
  guint number = 0;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "MUG", NULL, &error));
  move_ok (inv, TEE, OUT, AVL, 1, SC_STOCK_REASON_RECEIVED, 100, NULL);

  g_assert_false (sc_inventory_count_begin (inv, none, 200, &number, &error));
  g_assert_cmpstr (error->message, ==, "A count needs at least one SKU to count");
  g_clear_error (&error);
  g_assert_false (sc_inventory_count_begin (inv, twice, 200, &number, &error));
  g_assert_cmpstr (error->message, ==,
                   "SKU TEE-BLK-M is listed twice; a count counts each SKU once");
  g_clear_error (&error);
  g_assert_false (sc_inventory_count_begin (inv, unknown, 200, &number, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_UNKNOWN_SKU);
  g_clear_error (&error);
  g_assert_false (sc_inventory_count_begin (inv, tee, 50, &number, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (sc_inventory_get_n_counts (inv), ==, 0);

  g_assert_true (sc_inventory_count_begin (inv, tee, 200, &number, &error));
  g_assert_cmpuint (number, ==, 1);
  g_assert_false (sc_inventory_count_begin (inv, both, 200, &number, &error));
  g_assert_cmpstr (error->message, ==,
                   "SKU TEE-BLK-M is already being counted in count 1; apply or cancel that "
                   "count first");
  g_clear_error (&error);

  g_assert_false (sc_inventory_count_set (inv, 1, "MUG", 1, &error));
  g_assert_cmpstr (error->message, ==, "SKU MUG is not part of count 1");
  g_clear_error (&error);
  g_assert_false (sc_inventory_count_set (inv, 1, TEE, -1, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A counted quantity cannot be negative (SKU TEE-BLK-M: -1)");
  g_clear_error (&error);
  g_assert_false (sc_inventory_count_set (inv, 9, TEE, 1, &error));
  g_assert_cmpstr (error->message, ==, "There is no count 9");
  g_clear_error (&error);
  g_assert_false (sc_inventory_count_apply (inv, 1, 300, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Count 1 has no counted quantities; enter what was found, or cancel the count");
  g_clear_error (&error);
  g_assert_false (sc_inventory_count_apply (inv, 1, 150, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Count 1 began at 200; it cannot be applied at 150, before it began");
  g_clear_error (&error);

  /* A count with no difference closes without a row. */
  g_assert_true (sc_inventory_count_set (inv, 1, TEE, 1, &error));
  g_assert_true (sc_inventory_count_apply (inv, 1, 300, NULL, &error));
  g_assert_cmpuint (sc_inventory_get_n_rows (inv), ==, 1);

  g_assert_true (sc_inventory_count_begin (inv, both, 300, &number, &error));
  g_assert_cmpuint (number, ==, 2);
  g_assert_true (sc_inventory_count_set (inv, 2, "MUG", 3, &error));
  g_assert_true (sc_inventory_count_cancel (inv, 2, 310, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_inventory_lookup_count (inv, 2)->state, ==, SC_INVENTORY_COUNT_CANCELLED);
  g_assert_cmpint (qty (inv, "MUG", AVL), ==, 0);
  g_assert_false (sc_inventory_count_apply (inv, 2, 320, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Count 2 was cancelled; start a new count to count again");
  g_clear_error (&error);
  /* A cancelled count no longer holds its SKUs. */
  g_assert_true (sc_inventory_count_begin (inv, tee, 320, &number, &error));
  g_assert_cmpuint (number, ==, 3);
  g_assert_cmpuint (sc_inventory_get_n_counts (inv), ==, 3);
  g_assert_null (sc_inventory_lookup_count (inv, 4));
}

static void
test_inventory_count_refused (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;
  const char * const tee[] = { TEE, NULL };
  const char * const both[] = { "MUG", TEE, NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "MUG", NULL, &error));
  move_ok (inv, TEE, OUT, AVL, 10, SC_STOCK_REASON_RECEIVED, 100, NULL);
  move_ok (inv, TEE, AVL, COM, 8, SC_STOCK_REASON_ORDER_COMMITTED, 110, "#1001");
  move_ok (inv, "MUG", OUT, AVL, 4, SC_STOCK_REASON_RECEIVED, 100 + 10, NULL);

  /* Five tees are missing, but only two were for sale: the rest were
   * promised to #1001, and the count cannot decide that order's fate. */
  g_assert_true (sc_inventory_count_begin (inv, tee, 200, NULL, &error));
  g_assert_true (sc_inventory_count_set (inv, 1, TEE, 5, &error));
  before = dump_of (inv);
  g_assert_false (sc_inventory_count_apply (inv, 1, 300, NULL, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT);
  g_assert_cmpstr (error->message, ==,
                   "Count 1 found 5 fewer of SKU TEE-BLK-M than expected, but only 2 are "
                   "available; the rest is committed to orders (8) or unavailable (0). Recount, "
                   "or first cancel the orders that cannot be filled or write off the missing "
                   "unavailable units, then apply the count");
  g_clear_error (&error);
  after = dump_of (inv);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);
  g_clear_pointer (&before, g_free);

  /* Three of the order cannot be filled: cancelled, the count applies. */
  move_ok (inv, TEE, COM, AVL, 3, SC_STOCK_REASON_ORDER_CANCELLED, 310, "#1001");
  g_assert_true (sc_inventory_count_apply (inv, 1, 320, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 0);
  g_assert_cmpint (qty (inv, TEE, COM), ==, 5);
  g_assert_cmpint (on_hand (inv, TEE), ==, 5);
  assert_identity (inv);

  /* Mugs shipped during the count, and counted as missing too: fewer
   * than none would be left. */
  g_assert_true (sc_inventory_count_begin (inv, both, 400, NULL, &error));
  move_ok (inv, "MUG", AVL, COM, 3, SC_STOCK_REASON_ORDER_COMMITTED, 410, "#1003");
  move_ok (inv, "MUG", COM, OUT, 3, SC_STOCK_REASON_ORDER_FULFILLED, 420, "#1003");
  g_assert_true (sc_inventory_count_set (inv, 2, "MUG", 0, &error));
  g_assert_true (sc_inventory_count_set (inv, 2, TEE, 6, &error));
  before = dump_of (inv);
  g_assert_false (sc_inventory_count_apply (inv, 2, 500, NULL, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_COUNT);
  g_assert_cmpstr (error->message, ==,
                   "Count 2 found 0 of SKU MUG, 4 fewer than the 4 on hand when it began, but on "
                   "hand is now 1: units that left during the count were counted as missing. "
                   "Recount SKU MUG");
  g_clear_error (&error);
  after = dump_of (inv);
  g_assert_cmpstr (after, ==, before);
  /* The tee line, fine on its own, was not applied either. */
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 0);

  /* Recounted as it was before the parcel left: one was missing. */
  g_assert_true (sc_inventory_count_set (inv, 2, "MUG", 3, &error));
  g_assert_true (sc_inventory_count_apply (inv, 2, 500, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qty (inv, "MUG", AVL), ==, 0);
  g_assert_cmpint (on_hand (inv, "MUG"), ==, 0);
  g_assert_cmpint (qty (inv, TEE, AVL), ==, 1);
  assert_identity (inv);
}

static void
test_inventory_reorder (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GPtrArray) reorders = NULL;
  g_autoptr(GError) error = NULL;
  const ScInventoryItem *tee;
  const ScInventoryItem *mug;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "MUG", NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "CAP", NULL, &error));
  tee = sc_inventory_lookup (inv, TEE);
  mug = sc_inventory_lookup (inv, "MUG");
  g_assert_true (sc_inventory_set_reorder (inv, TEE, 5, 20, &error));
  g_assert_true (sc_inventory_set_reorder (inv, "MUG", 0, 12, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tee->reorder_point, ==, 5);
  g_assert_cmpint (tee->reorder_quantity, ==, 20);

  move_ok (inv, TEE, OUT, AVL, 7, SC_STOCK_REASON_RECEIVED, 100, NULL);
  g_assert_false (sc_inventory_item_needs_reorder (tee));
  move_ok (inv, TEE, AVL, COM, 1, SC_STOCK_REASON_ORDER_COMMITTED, 110, "#1001");
  g_assert_false (sc_inventory_item_needs_reorder (tee));  /* 6 */
  move_ok (inv, TEE, AVL, COM, 1, SC_STOCK_REASON_ORDER_COMMITTED, 120, "#1002");
  g_assert_true (sc_inventory_item_needs_reorder (tee));   /* 5: at the point */
  g_assert_true (sc_inventory_order_purchase (inv, "PO-1", TEE, 1, 130, NULL, &error));
  g_assert_false (sc_inventory_item_needs_reorder (tee));  /* 5 + 1 incoming */
  /* Unavailable units cannot be sold: they do not hold the reorder off. */
  g_assert_true (sc_inventory_mark_unavailable (inv, TEE, 1, SC_STOCK_REASON_DAMAGED, 140, NULL,
                                                NULL, &error));
  g_assert_true (sc_inventory_item_needs_reorder (tee));   /* 4 + 1 */

  /* A point of zero: reorder when nothing is left to sell. */
  g_assert_true (sc_inventory_item_needs_reorder (mug));
  move_ok (inv, "MUG", OUT, AVL, 1, SC_STOCK_REASON_RECEIVED, 150, NULL);
  g_assert_false (sc_inventory_item_needs_reorder (mug));
  move_ok (inv, "MUG", AVL, OUT, 1, SC_STOCK_REASON_SHRINKAGE, 160, NULL);
  g_assert_false (sc_inventory_item_needs_reorder (sc_inventory_lookup (inv, "CAP")));

  reorders = sc_inventory_list_reorders (inv);
  g_assert_cmpuint (reorders->len, ==, 2);
  g_assert_cmpstr (((ScInventoryItem *) reorders->pdata[0])->sku, ==, "MUG");
  g_assert_cmpstr (((ScInventoryItem *) reorders->pdata[1])->sku, ==, TEE);

  g_assert_true (sc_inventory_clear_reorder (inv, TEE, &error));
  g_assert_false (sc_inventory_item_needs_reorder (tee));
}

static void
test_inventory_reorder_formula (void)
{
  struct
  {
    gint64      demand;
    gint64      days;
    gint64      lead_time;
    gint64      safety;
    gint64      point;
    const char *message;
  } cases[] = {
    { 45, 30, 7, 5, 16, NULL },   /* 10.5 on the way: 11 */
    { 30, 30, 7, 0, 7, NULL },    /* exactly 7: no rounding */
    { 1, 30, 1, 0, 1, NULL },     /* a thirtieth of a unit still needs one */
    { 29, 30, 30, 0, 29, NULL },
    { 31, 30, 30, 0, 31, NULL },
    { 0, 30, 7, 3, 3, NULL },
    { 100, 7, 0, 2, 2, NULL },    /* next-day supply: safety stock only */
    { G_MAXINT64, 1, 1, 0, G_MAXINT64, NULL },
    { G_MAXINT64, 1, 2, 0, 0, "The reorder point is too large for Shopcraft to hold exactly" },
    { G_MAXINT64, 1, 1, 1, 0, "The reorder point is too large for Shopcraft to hold exactly" },
    { 10, 0, 7, 0, 0, "Demand is measured over at least one day, not 0" },
    { -1, 30, 7, 0, 0, "Demand, lead time and safety stock cannot be negative" },
    { 10, 30, -7, 0, 0, "Demand, lead time and safety stock cannot be negative" },
    { 10, 30, 7, -1, 0, "Demand, lead time and safety stock cannot be negative" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 point = -1;
      gboolean ok = sc_inventory_suggest_reorder_point (cases[i].demand, cases[i].days,
                                                        cases[i].lead_time, cases[i].safety,
                                                        &point, &error);

      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (point, ==, cases[i].point);
        }
      else
        {
          g_assert_false (ok);
          g_assert_nonnull (error);
          g_assert_cmpstr (error->message, ==, cases[i].message);
          g_assert_cmpint (point, ==, -1);
        }
    }
}

/* The planning figures an item keeps, and the reorder point they suggest. */
static void
test_inventory_planning (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) dump = g_string_new (NULL);
  const ScInventoryItem *tee;
  gint64 point = -1;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  tee = sc_inventory_lookup (inv, TEE);
  g_assert_false (tee->has_demand);
  g_assert_false (tee->has_lead_time);
  g_assert_false (sc_inventory_item_suggest_reorder_point (tee, &point, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "SKU TEE-BLK-M needs its demand and its supplier's lead time "
                   "before a reorder point can be suggested");
  g_clear_error (&error);
  g_assert_cmpint (point, ==, -1);

  g_assert_true (sc_inventory_set_demand (inv, TEE, 45, 30, &error));
  g_assert_true (sc_inventory_set_lead_time (inv, TEE, 7, &error));
  g_assert_true (sc_inventory_set_safety_stock (inv, TEE, 5, &error));
  g_assert_no_error (error);
  g_assert_true (sc_inventory_item_suggest_reorder_point (tee, &point, &error));
  g_assert_no_error (error);
  g_assert_cmpint (point, ==, 16);  /* ⌈45 × 7 ÷ 30⌉ = 11, + 5 */

  g_assert_false (sc_inventory_set_demand (inv, TEE, -1, 30, &error));
  g_assert_cmpstr (error->message, ==, "The demand of SKU TEE-BLK-M cannot be negative (-1)");
  g_clear_error (&error);
  g_assert_false (sc_inventory_set_demand (inv, TEE, 10, 0, &error));
  g_assert_cmpstr (error->message, ==, "The demand of SKU TEE-BLK-M is measured over at least one "
                   "day, not 0");
  g_clear_error (&error);
  g_assert_false (sc_inventory_set_lead_time (inv, TEE, -2, &error));
  g_assert_cmpstr (error->message, ==, "The lead time of SKU TEE-BLK-M cannot be negative (-2 days)");
  g_clear_error (&error);
  g_assert_false (sc_inventory_set_safety_stock (inv, TEE, -3, &error));
  g_assert_cmpstr (error->message, ==, "The safety stock of SKU TEE-BLK-M cannot be negative (-3)");
  g_clear_error (&error);
  g_assert_false (sc_inventory_set_lead_time (inv, "HAT", 2, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_UNKNOWN_SKU);
  g_clear_error (&error);
  /* Refusals changed nothing. */
  g_assert_cmpint (tee->demand, ==, 45);
  g_assert_cmpint (tee->demand_days, ==, 30);
  g_assert_cmpint (tee->lead_time_days, ==, 7);
  g_assert_cmpint (tee->safety_stock, ==, 5);

  sc_inventory_dump (inv, dump);
  g_assert_nonnull (strstr (dump->str, "  demand 45 days 30\n  lead-time-days 7\n  safety-stock 5\n"));
}

static void
test_inventory_units_shipped (void)
{
  g_autoptr(ScInventory) inv = sc_inventory_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 shipped;
  gint64 point;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "MUG", NULL, &error));
  move_ok (inv, TEE, OUT, AVL, 20, SC_STOCK_REASON_RECEIVED, 0, NULL);
  move_ok (inv, TEE, AVL, COM, 12, SC_STOCK_REASON_ORDER_COMMITTED, 0, "#1");
  move_ok (inv, TEE, COM, OUT, 2, SC_STOCK_REASON_ORDER_FULFILLED, 100, "#1");
  move_ok (inv, TEE, COM, OUT, 3, SC_STOCK_REASON_ORDER_FULFILLED, 200, "#1");
  /* Cancelled without restock: not demand served. */
  move_ok (inv, TEE, COM, OUT, 1, SC_STOCK_REASON_ORDER_CANCELLED, 250, "#1");
  move_ok (inv, TEE, COM, OUT, 4, SC_STOCK_REASON_ORDER_FULFILLED, 300, "#1");

  g_assert_cmpint (sc_inventory_get_units_shipped (inv, TEE, 100, 300), ==, 5);
  g_assert_cmpint (sc_inventory_get_units_shipped (inv, TEE, 101, 301), ==, 7);
  g_assert_cmpint (sc_inventory_get_units_shipped (inv, TEE, G_MININT64, G_MAXINT64), ==, 9);
  g_assert_cmpint (sc_inventory_get_units_shipped (inv, "MUG", G_MININT64, G_MAXINT64), ==, 0);

  /* From the ledger to a reorder point: 9 in 30 days, 5 days' lead. */
  shipped = sc_inventory_get_units_shipped (inv, TEE, 0, 30 * 86400);
  g_assert_true (sc_inventory_suggest_reorder_point (shipped, 30, 5, 2, &point, &error));
  g_assert_cmpint (point, ==, 4);  /* 1.5 → 2, + 2 */
}

static void
test_inventory_value (void)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");
  g_autoptr(ScInventory) inv = sc_inventory_new (usd);
  g_autoptr(GError) error = NULL;
  ScMoney cost = sc_money_init (1250, usd);
  ScMoney value;
  guint n_without_cost = 99;

  g_assert_true (sc_inventory_add_item (inv, TEE, NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "MUG", NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "CAP", NULL, &error));
  g_assert_true (sc_inventory_set_unit_cost (inv, TEE, &cost, &error));
  move_ok (inv, TEE, OUT, AVL, 10, SC_STOCK_REASON_RECEIVED, 0, NULL);
  move_ok (inv, TEE, AVL, COM, 2, SC_STOCK_REASON_ORDER_COMMITTED, 0, "#1");
  move_ok (inv, TEE, AVL, UNA, 1, SC_STOCK_REASON_DAMAGED, 0, NULL);
  g_assert_true (sc_inventory_order_purchase (inv, "PO-1", TEE, 50, 0, NULL, &error));
  move_ok (inv, "MUG", OUT, AVL, 4, SC_STOCK_REASON_RECEIVED, 0, NULL);

  /* On hand, committed and damaged included, incoming not. */
  g_assert_true (sc_inventory_item_get_value (inv, sc_inventory_lookup (inv, TEE), &value,
                                              &error));
  g_assert_cmpint (value.minor, ==, 12500);
  g_assert_true (sc_inventory_item_get_value (inv, sc_inventory_lookup (inv, "MUG"), &value,
                                              &error));
  g_assert_cmpint (value.minor, ==, 0);
  g_assert_true (sc_inventory_get_stock_value (inv, &value, &n_without_cost, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value.minor, ==, 12500);
  g_assert_true (value.currency == usd);
  /* The mugs have stock but no cost; the caps have neither. */
  g_assert_cmpuint (n_without_cost, ==, 1);
}

static void
test_inventory_value_overflow (void)
{
  const ScCurrency *usd = sc_currency_lookup ("USD");
  g_autoptr(ScInventory) inv = sc_inventory_new (usd);
  g_autoptr(GError) error = NULL;
  ScMoney most = sc_money_init (G_MAXINT64, usd);
  ScMoney cent = sc_money_init (1, usd);
  ScMoney value = sc_money_init (7, usd);

  g_assert_true (sc_inventory_add_item (inv, "A-BIG", NULL, &error));
  g_assert_true (sc_inventory_add_item (inv, "B-SMALL", NULL, &error));
  g_assert_true (sc_inventory_set_unit_cost (inv, "A-BIG", &most, &error));
  g_assert_true (sc_inventory_set_unit_cost (inv, "B-SMALL", &cent, &error));
  move_ok (inv, "A-BIG", OUT, AVL, 1, SC_STOCK_REASON_RECEIVED, 0, NULL);
  move_ok (inv, "B-SMALL", OUT, AVL, 1, SC_STOCK_REASON_RECEIVED, 0, NULL);

  /* Each fits; their sum does not. */
  g_assert_true (sc_inventory_item_get_value (inv, sc_inventory_lookup (inv, "A-BIG"), &value,
                                              &error));
  g_assert_cmpint (value.minor, ==, G_MAXINT64);
  value = sc_money_init (7, usd);
  g_assert_false (sc_inventory_get_stock_value (inv, &value, NULL, &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==,
                   "The total stock value is too large for Shopcraft to hold exactly "
                   "(reached at SKU B-SMALL)");
  g_clear_error (&error);
  g_assert_cmpint (value.minor, ==, 7);

  /* One item's own value too large. */
  move_ok (inv, "A-BIG", OUT, AVL, 1, SC_STOCK_REASON_RECEIVED, 0, NULL);
  g_assert_false (sc_inventory_item_get_value (inv, sc_inventory_lookup (inv, "A-BIG"), &value,
                                               &error));
  g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==,
                   "The stock value of SKU A-BIG (2 on hand at 92233720368547758.07 USD) is too "
                   "large for Shopcraft to hold exactly");
  g_clear_error (&error);
  g_assert_false (sc_inventory_get_stock_value (inv, &value, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "The stock value of SKU A-BIG (2 on hand at 92233720368547758.07 USD) is too "
                   "large for Shopcraft to hold exactly");
}

static void
test_inventory_dump (void)
{
  g_autoptr(ScInventory) inv = make_shop ();
  g_autoptr(GError) error = NULL;
  const char * const skus[] = { TEE, "MUG", NULL };
  ScMoney cost = sc_money_init (850, sc_currency_get_default ());
  ScStockMove qc = { (char *) "MUG", AVL, UNA, 1, SC_STOCK_REASON_QUALITY_CONTROL };
  g_autofree char *dump = NULL;
  g_autofree char *again = NULL;

  g_assert_true (sc_inventory_set_unit_cost (inv, TEE, &cost, &error));
  g_assert_true (sc_inventory_set_reorder (inv, TEE, 4, 12, &error));
  g_assert_true (sc_inventory_set_policy (inv, "MUG", SC_INVENTORY_POLICY_CONTINUE, &error));
  g_assert_true (sc_inventory_apply (inv, &qc, 130, "", "Chipped?\n\"Check\" it", &error));
  g_assert_true (sc_inventory_receive_purchase (inv, "PO-7", TEE, 1, 1, 140, NULL, &error));
  g_assert_true (sc_inventory_count_begin (inv, skus, 150, NULL, &error));
  g_assert_true (sc_inventory_count_set (inv, 1, TEE, 7, &error));
  g_assert_no_error (error);

  dump = dump_of (inv);
  g_assert_cmpstr (dump, ==,
                   "inventory currency USD\n"
                   "item \"CAP\"\n"
                   "  title \"\"\n"
                   "  policy deny\n"
                   "  unit-cost none\n"
                   "  reorder none\n"
                   "  available 0\n"
                   "  committed 0\n"
                   "  unavailable 0\n"
                   "  incoming 0\n"
                   "  on-hand 0\n"
                   "item \"MUG\"\n"
                   "  title \"Mug\"\n"
                   "  policy continue\n"
                   "  unit-cost none\n"
                   "  reorder none\n"
                   "  available 0\n"
                   "  committed 0\n"
                   "  unavailable 1\n"
                   "  incoming 0\n"
                   "  on-hand 1\n"
                   "item \"TEE-BLK-M\"\n"
                   "  title \"Tee, black, M\"\n"
                   "  policy deny\n"
                   "  unit-cost 8.50 USD\n"
                   "  reorder point 4 quantity 12\n"
                   "  available 4\n"
                   "  committed 2\n"
                   "  unavailable 1\n"
                   "  incoming 2\n"
                   "  on-hand 7\n"
                   "purchase-order \"PO-7\" open\n"
                   "  line \"TEE-BLK-M\" ordered 4 received 1 damaged 1 cancelled 0\n"
                   "count 1 open started 150 finished 0\n"
                   "  line \"MUG\" expected 1 uncounted\n"
                   "  line \"TEE-BLK-M\" expected 7 counted 7\n"
                   "row 1 time 100 sku \"TEE-BLK-M\" received outside>available 5 "
                   "reference \"Opening stock\" note \"\" available 5 on-hand 5\n"
                   "row 2 time 100 sku \"MUG\" received outside>available 1 "
                   "reference \"Opening stock\" note \"\" available 1 on-hand 1\n"
                   "row 3 time 110 sku \"TEE-BLK-M\" order-committed available>committed 2 "
                   "reference \"#1001\" note \"\" available 3 on-hand 5\n"
                   "row 4 time 120 sku \"TEE-BLK-M\" purchase-ordered outside>incoming 4 "
                   "reference \"PO-7\" note \"\" available 3 on-hand 5\n"
                   "row 5 time 130 sku \"MUG\" quality-control available>unavailable 1 "
                   "reference \"\" note \"Chipped?\\n\\\"Check\\\" it\" available 0 on-hand 1\n"
                   "row 6 time 140 sku \"TEE-BLK-M\" purchase-received incoming>available 1 "
                   "reference \"PO-7\" note \"\" available 4 on-hand 6\n"
                   "row 7 time 140 sku \"TEE-BLK-M\" purchase-received incoming>unavailable 1 "
                   "reference \"PO-7\" note \"\" available 4 on-hand 7\n");

  again = dump_of (inv);
  g_assert_cmpstr (again, ==, dump);
}

static void
test_inventory_names (void)
{
  for (guint i = 0; i <= SC_INVENTORY_COUNT_CANCELLED; i++)
    {
      ScInventoryCountState state = SC_INVENTORY_COUNT_OPEN;

      g_assert_true (sc_inventory_count_state_from_string (
        sc_inventory_count_state_to_string (i), &state));
      g_assert_cmpint (state, ==, i);
    }
  for (guint i = 0; i <= SC_PURCHASE_ORDER_CLOSED; i++)
    {
      ScPurchaseOrderState state = SC_PURCHASE_ORDER_OPEN;

      g_assert_true (sc_purchase_order_state_from_string (
        sc_purchase_order_state_to_string (i), &state));
      g_assert_cmpint (state, ==, i);
    }
  g_assert_cmpstr (sc_inventory_count_state_to_string (SC_INVENTORY_COUNT_APPLIED), ==, "applied");
  g_assert_cmpstr (sc_purchase_order_state_to_string (SC_PURCHASE_ORDER_RECEIVED), ==, "received");

  {
    ScInventoryCountState count_state = SC_INVENTORY_COUNT_APPLIED;
    ScPurchaseOrderState order_state = SC_PURCHASE_ORDER_CLOSED;

    g_assert_false (sc_inventory_count_state_from_string ("Open", &count_state));
    g_assert_false (sc_inventory_count_state_from_string (NULL, &count_state));
    g_assert_false (sc_purchase_order_state_from_string ("partial", &order_state));
    g_assert_cmpint (count_state, ==, SC_INVENTORY_COUNT_APPLIED);
    g_assert_cmpint (order_state, ==, SC_PURCHASE_ORDER_CLOSED);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stock/reason-table", test_stock_reason_table);
  g_test_add_func ("/stock/check-messages", test_stock_check_messages);
  g_test_add_func ("/inventory/items", test_inventory_items);
  g_test_add_func ("/inventory/settings-refused", test_inventory_settings_refused);
  g_test_add_func ("/inventory/identity", test_inventory_identity);
  g_test_add_func ("/inventory/refusals", test_inventory_refusals);
  g_test_add_func ("/inventory/ledger", test_inventory_ledger);
  g_test_add_func ("/inventory/apply-all", test_inventory_apply_all);
  g_test_add_func ("/inventory/oversell", test_inventory_oversell);
  g_test_add_func ("/inventory/adjust", test_inventory_adjust);
  g_test_add_func ("/inventory/purchase", test_inventory_purchase);
  g_test_add_func ("/inventory/count", test_inventory_count);
  g_test_add_func ("/inventory/count-sessions", test_inventory_count_sessions);
  g_test_add_func ("/inventory/count-refused", test_inventory_count_refused);
  g_test_add_func ("/inventory/reorder", test_inventory_reorder);
  g_test_add_func ("/inventory/reorder-formula", test_inventory_reorder_formula);
  g_test_add_func ("/inventory/planning", test_inventory_planning);
  g_test_add_func ("/inventory/units-shipped", test_inventory_units_shipped);
  g_test_add_func ("/inventory/value", test_inventory_value);
  g_test_add_func ("/inventory/value-overflow", test_inventory_value_overflow);
  g_test_add_func ("/inventory/dump", test_inventory_dump);
  g_test_add_func ("/inventory/names", test_inventory_names);

  return g_test_run ();
}
