/* test-scenario-shop.c - the order and stock scenarios build the queue and the sheet their lessons describe
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each of the course's four order and stock scenarios loads, builds its
 * shop on its catalog, and has what its lesson's practice card promises;
 * the same scenario, catalog and start give the same canonical dump.
 * Broken scenario files are in tests/data/bad/scenarios.txt.
 */
#include <string.h>

#include "sc-catalog-file.h"
#include "sc-error.h"
#include "sc-inventory.h"
#include "sc-order.h"
#include "sc-scenario.h"
#include "test-scenario-util.h"

#define HOUR  G_GINT64_CONSTANT (3600)
/* 2026-12-04 11:30 UTC, a Friday */
#define START G_GINT64_CONSTANT (1796383800)

typedef struct
{
  ScScenario  *scenario;
  ScCatalog   *catalog;
  GPtrArray   *orders;
  ScInventory *stock;
} Shop;

static void
shop_build (Shop       *shop,
            const char *id,
            guint64     seed)
{
  g_autofree char *dir = course_dir (&id);
  g_autoptr(GError) error = NULL;

  shop->scenario = load_scenario (dir, id);
  shop->catalog = sc_scenario_generate (shop->scenario, seed);
  g_assert_true (sc_scenario_build_shop (shop->scenario, shop->catalog, START, &shop->orders, &shop->stock,
                                         &error));
  g_assert_no_error (error);
  g_assert_nonnull (shop->orders);
  g_assert_true (SC_IS_INVENTORY (shop->stock));
}

static void
shop_clear (Shop *shop)
{
  g_clear_pointer (&shop->orders, g_ptr_array_unref);
  g_clear_object (&shop->stock);
  g_clear_object (&shop->catalog);
  g_clear_pointer (&shop->scenario, sc_scenario_free);
}

static const ScOrder *
find_order (Shop       *shop,
            const char *name)
{
  for (guint i = 0; i < shop->orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (shop->orders, i);

      if (g_str_equal (order->name, name))
        return order;
    }
  g_assert_not_reached ();
}

static const ScInventoryItem *
item (Shop       *shop,
      const char *sku)
{
  const ScInventoryItem *found = sc_inventory_lookup (shop->stock, sku);

  g_assert_nonnull (found);
  return found;
}

static char *
statuses (const ScOrder *order)
{
  return g_strdup_printf ("%s/%s", sc_order_financial_status_to_string (sc_order_get_financial_status (order)),
                          sc_order_fulfilment_status_to_string (sc_order_get_fulfilment_status (order)));
}

static void
test_order_queue_basics (void)
{
  static const char * const expected[][2] = {
    { "#1001", "pending/unfulfilled" },
    { "#1002", "pending/partially-fulfilled" },
    { "#1003", "pending/fulfilled" },
    { "#1004", "authorized/unfulfilled" },
    { "#1005", "authorized/partially-fulfilled" },
    { "#1006", "authorized/fulfilled" },
    { "#1007", "paid/unfulfilled" },
    { "#1008", "paid/partially-fulfilled" },
    { "#1009", "paid/fulfilled" },
    { "#1010", "partially-refunded/unfulfilled" },
    { "#1011", "partially-refunded/partially-fulfilled" },
    { "#1012", "partially-refunded/fulfilled" },
  };
  g_autoptr(GHashTable) combinations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              NULL);
  Shop shop = { NULL, };
  const ScOrder *risky = NULL;
  const ScOrder *broken;
  guint n_high = 0;
  guint n_customer_holds = 0;

  shop_build (&shop, "order-queue-basics", 1);
  g_assert_cmpuint (shop.orders->len, ==, 12);
  for (guint i = 0; i < shop.orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (shop.orders, i);
      g_autofree char *status = statuses (order);

      g_assert_cmpstr (order->name, ==, expected[i][0]);
      g_assert_cmpstr (status, ==, expected[i][1]);
      g_assert_cmpint (order->state, ==, SC_ORDER_STATE_OPEN);
      /* Placed overnight, before the learner arrives. */
      g_assert_cmpint (order->placed_at, <, START);
      g_assert_cmpint (order->placed_at, >=, START - 24 * HOUR);
      g_hash_table_add (combinations, g_steal_pointer (&status));
      if (sc_order_get_risk_level (order) == SC_ORDER_RISK_HIGH)
        {
          risky = order;
          n_high++;
        }
      n_customer_holds += order->hold == SC_ORDER_HOLD_CUSTOMER_REQUEST;
      g_assert_true (sc_order_check (order, NULL));
    }
  /* Every combination of four payment and three fulfilment statuses, once. */
  g_assert_cmpuint (g_hash_table_size (combinations), ==, 12);

  g_assert_cmpuint (n_high, ==, 1);
  g_assert_cmpstr (risky->name, ==, "#1004");
  g_assert_true (sc_order_needs_review (risky));
  g_assert_cmpint (risky->captured, ==, 0);
  g_assert_false (sc_order_authorization_expired (risky, START));
  g_assert_cmpuint (n_customer_holds, ==, 2);

  /* The broken candle: refunding it without restocking is allowed and moves no stock. */
  broken = find_order (&shop, "#1009");
  {
    g_autoptr(ScOrder) work = sc_order_copy (broken);
    g_autoptr(GPtrArray) moves = NULL;
    g_autoptr(GError) error = NULL;
    ScOrderRefundLine line = { "HW-FIG-220", 1, SC_ORDER_RESTOCK_NONE };
    ScMoney amount;

    g_assert_true (sc_order_refund (work, &line, 1, sc_money_init (0, work->currency), START, &amount, &moves,
                                    &error));
    g_assert_no_error (error);
    g_assert_cmpint (amount.minor, ==, 2495);
    g_assert_true (moves == NULL || moves->len == 0);
  }

  /* The sheet carries every order's moves: Fig & Cedar 220 g, 30 at the
   * opening, is committed to #1001 and #1007 and shipped by #1009 and #1011. */
  g_assert_cmpint (item (&shop, "HW-FIG-220")->quantities[SC_STOCK_BUCKET_AVAILABLE], ==, 30 - 5);
  g_assert_cmpint (item (&shop, "HW-FIG-220")->quantities[SC_STOCK_BUCKET_COMMITTED], ==, 2);
  /* The advent candle is a pre-order: it sells beyond stock. */
  g_assert_cmpint (item (&shop, "HW-ADVENT")->quantities[SC_STOCK_BUCKET_AVAILABLE], ==, -1);

  shop_clear (&shop);
}

static void
test_late_shipments (void)
{
  Shop shop = { NULL, };
  const ScInventoryItem *sage;
  const ScOrder *short_order;
  guint n_overdue = 0;

  shop_build (&shop, "late-shipments", 1);
  g_assert_cmpuint (shop.orders->len, ==, 14);
  for (guint i = 0; i < shop.orders->len; i++)
    {
      const ScOrder *order = g_ptr_array_index (shop.orders, i);

      g_assert_cmpint (sc_order_get_financial_status (order), ==, SC_ORDER_FINANCIAL_PAID);
      g_assert_cmpint (sc_order_get_fulfilment_status (order), ==, SC_ORDER_FULFILMENT_UNFULFILLED);
      if (sc_order_get_sla (order, START) == SC_ORDER_SLA_OVERDUE)
        {
          n_overdue++;
          g_assert_true (g_str_equal (order->name, "#2001") || g_str_equal (order->name, "#2002"));
        }
    }
  g_assert_cmpuint (n_overdue, ==, 2);

  /* Three sage tapers are promised, two are on the shelf, twelve are coming. */
  sage = item (&shop, "HW-TAPER-SAGE");
  g_assert_cmpint (sage->quantities[SC_STOCK_BUCKET_AVAILABLE], ==, -1);
  g_assert_cmpint (sage->quantities[SC_STOCK_BUCKET_COMMITTED], ==, 3);
  g_assert_cmpint (sc_inventory_item_get_on_hand (sage), ==, 2);
  g_assert_cmpint (sage->quantities[SC_STOCK_BUCKET_INCOMING], ==, 12);

  /* So #2009 ships only in part: the sheet refuses three, takes two. */
  short_order = find_order (&shop, "#2009");
  {
    g_autoptr(ScOrder) all = sc_order_copy (short_order);
    g_autoptr(ScOrder) part = sc_order_copy (short_order);
    g_autoptr(GPtrArray) all_moves = NULL;
    g_autoptr(GPtrArray) part_moves = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (sc_order_fulfil_remaining (all, START, &all_moves, NULL));
    g_assert_false (sc_inventory_apply_all (shop.stock, all_moves, START, all->name, NULL, &error));
    g_assert_error (error, SC_INVENTORY_ERROR, SC_INVENTORY_ERROR_INSUFFICIENT);
    g_clear_error (&error);
    g_assert_true (sc_order_fulfil (part, "HW-TAPER-SAGE", 2, START, &part_moves, NULL));
    g_assert_true (sc_inventory_apply_all (shop.stock, part_moves, START, part->name, NULL,
                                           &error));
    g_assert_no_error (error);
    g_assert_cmpint (sc_order_get_fulfilment_status (part), ==,
                     SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED);
  }

  shop_clear (&shop);
}

static void
test_stock_count (void)
{
  Shop shop = { NULL, };
  const ScPurchaseOrder *delivery;
  const ScInventoryCount *count;
  const ScInventoryCountLine *line;
  gint64 variance;

  shop_build (&shop, "stock-count", 1);
  g_assert_cmpuint (sc_inventory_get_n_items (shop.stock), ==, 9);

  /* A delivery waits against its purchase order. */
  delivery = sc_inventory_lookup_purchase (shop.stock, "PO-1042");
  g_assert_nonnull (delivery);
  g_assert_cmpint (sc_purchase_order_get_state (delivery), ==, SC_PURCHASE_ORDER_OPEN);
  g_assert_cmpint (sc_purchase_line_get_outstanding (sc_purchase_order_get_line (delivery, "HW-BEES-S")), ==, 24);
  g_assert_cmpint (sc_purchase_line_get_outstanding (sc_purchase_order_get_line (delivery, "HW-BEES-L")), ==, 12);
  g_assert_cmpint (item (&shop, "HW-BEES-S")->quantities[SC_STOCK_BUCKET_INCOMING], ==, 24);

  /* The two damaged candles are still counted as available. */
  g_assert_cmpint (item (&shop, "HW-FIG-220")->quantities[SC_STOCK_BUCKET_AVAILABLE], ==, 30);
  g_assert_cmpint (item (&shop, "HW-FIG-220")->quantities[SC_STOCK_BUCKET_UNAVAILABLE], ==, 0);

  /* A counted cycle count waits to be applied. */
  g_assert_cmpuint (sc_inventory_get_n_counts (shop.stock), ==, 1);
  count = sc_inventory_lookup_count (shop.stock, 1);
  g_assert_cmpint (count->state, ==, SC_INVENTORY_COUNT_OPEN);
  g_assert_cmpuint (count->lines->len, ==, 4);
  line = sc_inventory_count_get_line (count, "HW-TEA-24");
  g_assert_cmpint (line->expected, ==, 60);
  g_assert_true (sc_inventory_count_line_get_variance (line, &variance));
  g_assert_cmpint (variance, ==, 1);
  line = sc_inventory_count_get_line (count, "HW-TAPER-IVY");
  g_assert_true (sc_inventory_count_line_get_variance (line, &variance));
  g_assert_cmpint (variance, ==, -3);

  /* Overselling: the lavender candle wrongly, the advent pre-order rightly. */
  g_assert_cmpint (item (&shop, "HW-LAV-220")->policy, ==, SC_INVENTORY_POLICY_CONTINUE);
  g_assert_cmpint (item (&shop, "HW-ADVENT")->policy, ==, SC_INVENTORY_POLICY_CONTINUE);
  g_assert_cmpint (item (&shop, "HW-FIG-220")->policy, ==, SC_INVENTORY_POLICY_DENY);
  g_assert_true (item (&shop, "HW-FIG-220")->has_unit_cost);
  g_assert_cmpint (item (&shop, "HW-FIG-220")->unit_cost.minor, ==, 740);

  shop_clear (&shop);
}

static void
test_reorder_planning (void)
{
  Shop shop = { NULL, };
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GString) below = g_string_new (NULL);

  shop_build (&shop, "reorder-planning", 1);
  g_assert_cmpuint (shop.orders->len, ==, 0);
  items = sc_inventory_list_items (shop.stock);
  g_assert_cmpuint (items->len, ==, 6);
  for (guint i = 0; i < items->len; i++)
    {
      const ScInventoryItem *coffee = g_ptr_array_index (items, i);
      g_autoptr(GError) error = NULL;
      gint64 point;

      g_assert_true (g_str_has_prefix (coffee->sku, "KL-"));
      g_assert_true (coffee->has_demand);
      g_assert_true (coffee->has_lead_time);
      g_assert_true (sc_inventory_item_suggest_reorder_point (coffee, &point, &error));
      g_assert_no_error (error);
      if (coffee->quantities[SC_STOCK_BUCKET_AVAILABLE] + coffee->quantities[SC_STOCK_BUCKET_INCOMING] <= point)
        g_string_append_printf (below, "%s%s=%" G_GINT64_FORMAT, below->len > 0 ? " " : "", coffee->sku, point);
    }
  g_assert_cmpstr (below->str, ==, "KL-HOUSE-1000=11 KL-HOUSE-250=52");

  /* The house blend's old reorder point hides its need. */
  g_assert_true (item (&shop, "KL-HOUSE-250")->has_reorder_point);
  g_assert_false (sc_inventory_item_needs_reorder (item (&shop, "KL-HOUSE-250")));
  g_assert_cmpint (item (&shop, "KL-YIRGA-250")->quantities[SC_STOCK_BUCKET_INCOMING], ==, 24);

  shop_clear (&shop);
}

/* The same scenario, catalog and start give the same text; another start
 * the same shop shifted in time. */
static void
test_deterministic (void)
{
  static const char * const ids[] = {
    "order-queue-basics", "late-shipments", "stock-count", "reorder-planning",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      Shop first = { NULL, };
      g_autoptr(GPtrArray) orders = NULL;
      g_autoptr(ScInventory) stock = NULL;
      g_autoptr(GPtrArray) later_orders = NULL;
      g_autoptr(ScInventory) later_stock = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *dump = NULL;
      g_autofree char *again = NULL;
      g_autofree char *later = NULL;

      shop_build (&first, ids[i], 7);
      g_assert_true (sc_scenario_build_shop (first.scenario, first.catalog, START, &orders, &stock,
                                             &error));
      g_assert_no_error (error);
      g_assert_true (sc_scenario_build_shop (first.scenario, first.catalog, START + HOUR, &later_orders,
                                             &later_stock, &error));
      g_assert_no_error (error);
      dump = sc_scenario_dump_shop (first.orders, first.stock);
      again = sc_scenario_dump_shop (orders, stock);
      later = sc_scenario_dump_shop (later_orders, later_stock);
      g_assert_cmpstr (dump, ==, again);
      g_assert_cmpstr (dump, !=, later);
      g_assert_cmpuint (strlen (dump), ==, strlen (later));
      g_assert_nonnull (strstr (dump, "inventory currency EUR\n"));
      shop_clear (&first);
    }
}

/* A catalog changed since the scenario was read is refused with the
 * scenario's own FILE:LINE message. */
static void
test_catalog_changed (void)
{
  const char *id = "late-shipments";
  g_autofree char *dir = course_dir (&id);
  g_autoptr(ScScenario) scenario = load_scenario (dir, id);
  g_autoptr(ScCatalog) catalog = sc_catalog_new (sc_currency_lookup ("EUR"));
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) stock = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (sc_scenario_build_shop (scenario, catalog, START, &orders, &stock, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, "The scenario's orders and stock do not fit this store: "
                   "scenarios/late-shipments.xml:18: SKU HW-FIG-220 of <line> is not in the store's "
                   "catalog; use the SKU of one of its variants");
  g_assert_null (orders);
  g_assert_null (stock);
}

/* What the reader holds of a scenario's orders and stock. */
static void
test_read (void)
{
  static const char csv_text[] =
    "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,"
    "Variant Inventory Policy,Variant Price,Cost per item,Status\n"
    "candle,Candle,Title,Default Title,CANDLE,shopify,5,deny,9.00,3.00,active\n";
  static const char xml[] =
    "<scenario id=\"candles\"><title>Candles</title>\n"
    "<store catalog=\"scenarios/candles.csv\"/>\n"
    "<orders><order name=\"#1\" customer=\"Ada\" placed=\"-1d6h30m\" payment=\"authorize\" risk=\"avs-mismatch\">\n"
    "<line sku=\"CANDLE\" quantity=\"2\" price=\"8.50\"/><shipping>4.90</shipping><tax>1.20</tax>\n"
    "<history><capture at=\"-1d\"/><fulfil sku=\"CANDLE\"/>"
    "<refund shipping=\"4.90\"><line sku=\"CANDLE\" quantity=\"1\" restock=\"return-damaged\"/></refund>"
    "</history></order></orders>\n"
    "<stock><item sku=\"CANDLE\" unavailable=\"1\" reason=\"quality-control\"/></stock>\n"
    "</scenario>\n";
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScCatalogProblems) found = sc_catalog_problems_new ("candles.csv");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScScenario) scenario = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) stock = NULL;
  g_autoptr(GError) error = NULL;
  const ScScenarioOrder *order;
  const ScScenarioStep *step;
  const ScOrder *built;

  bytes = g_bytes_new_static (csv_text, strlen (csv_text));
  catalog = sc_catalog_file_import_bytes (bytes, "candles.csv", SC_CATALOG_FORMAT_SHOPIFY,
                                          sc_currency_lookup ("EUR"), found, NULL, &error);
  g_assert_no_error (error);
  scenario = sc_scenario_parse_with_catalog (xml, strlen (xml), "scenarios/candles.xml", catalog, problems);
  assert_no_problems (problems);
  g_assert_nonnull (scenario);
  g_assert_cmpuint (scenario->orders->len, ==, 1);
  order = g_ptr_array_index (scenario->orders, 0);
  g_assert_cmpint (order->placed, ==, -(30 * HOUR + 30 * 60));
  g_assert_cmpint (order->payment, ==, SC_ORDER_PAYMENT_AUTHORIZE);
  g_assert_cmpint (order->risk, ==, SC_ORDER_RISK_AVS_MISMATCH);
  g_assert_cmpint (order->shipping, ==, 490);
  g_assert_cmpint (order->tax, ==, 120);
  g_assert_cmpuint (order->history->len, ==, 3);
  step = g_ptr_array_index (order->history, 1);
  g_assert_cmpint (step->action, ==, SC_ORDER_ACTION_FULFIL);
  g_assert_cmpint (step->at, ==, -24 * HOUR);  /* the step before's time */
  step = g_ptr_array_index (order->history, 2);
  g_assert_cmpint (step->amount, ==, 490);
  g_assert_cmpuint (step->refund_lines->len, ==, 1);

  g_assert_true (sc_scenario_build_shop (scenario, scenario->catalog, START, &orders, &stock,
                                         &error));
  g_assert_no_error (error);
  built = g_ptr_array_index (orders, 0);
  g_assert_cmpint (built->captured, ==, 2 * 850 + 490 + 120);
  g_assert_cmpint (built->refunded, ==, 850 + 60 + 490);
  g_assert_cmpint (((const ScOrderLine *) g_ptr_array_index (built->lines, 0))->unit_price, ==,
                   850);
  g_assert_cmpint (sc_order_get_fulfilment_status (built), ==, SC_ORDER_FULFILMENT_FULFILLED);
  /* 5 + 1 quality control at the opening, 2 shipped, 1 back damaged. */
  g_assert_cmpint (sc_inventory_lookup (stock, "CANDLE")->quantities[SC_STOCK_BUCKET_AVAILABLE], ==, 3);
  g_assert_cmpint (sc_inventory_lookup (stock, "CANDLE")->quantities[SC_STOCK_BUCKET_UNAVAILABLE], ==, 2);
  g_assert_cmpint (sc_inventory_get_row (stock, 0)->time, ==, START - 30 * HOUR - 30 * 60);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario-shop/order-queue-basics", test_order_queue_basics);
  g_test_add_func ("/scenario-shop/late-shipments", test_late_shipments);
  g_test_add_func ("/scenario-shop/stock-count", test_stock_count);
  g_test_add_func ("/scenario-shop/reorder-planning", test_reorder_planning);
  g_test_add_func ("/scenario-shop/deterministic", test_deterministic);
  g_test_add_func ("/scenario-shop/catalog-changed", test_catalog_changed);
  g_test_add_func ("/scenario-shop/read", test_read);

  return g_test_run ();
}
