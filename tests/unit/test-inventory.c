/* test-inventory.c - stock movement rules and the inventory sheet's model
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule is checked by what it does to the quantities and the ledger,
 * and each refusal by its exact message and by an unchanged dump.
 */
#include <string.h>

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
      "Reason “damaged” moves stock from available to unavailable, not from committed to unavailable" },
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stock/reason-table", test_stock_reason_table);
  g_test_add_func ("/stock/check-messages", test_stock_check_messages);

  return g_test_run ();
}
