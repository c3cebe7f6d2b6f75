/* sc-sandbox-goal-shop.c - reading the attributes of the goal kinds about the order queue and the stock sheet
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-inventory.h"
#include "sc-order.h"
#include "sc-sandbox-goal-private.h"

typedef ScGoalReader Reader;

#define problem sc_goal_problem
#define require_attribute sc_goal_require_attribute
#define read_count sc_goal_read_count

/* The names of an enum's values, for reading them and for messages. */
typedef const char *(*NameFunc) (int value);

#define NAME_FUNC(func, type) \
  static const char *func##_name (int value) { return func ((type) value); }

NAME_FUNC (sc_order_financial_status_to_string, ScOrderFinancialStatus)
NAME_FUNC (sc_order_fulfilment_status_to_string, ScOrderFulfilmentStatus)
NAME_FUNC (sc_order_hold_reason_to_string, ScOrderHoldReason)
NAME_FUNC (sc_order_state_to_string, ScOrderState)
NAME_FUNC (sc_order_cancel_reason_to_string, ScOrderCancelReason)
NAME_FUNC (sc_order_restock_to_string, ScOrderRestock)
NAME_FUNC (sc_stock_reason_to_string, ScStockReason)

static const char *
yes_no_name (int value)
{
  return value ? "yes" : "no";
}

/* An optional attribute naming one of @n values; @out is unchanged when
 * it is not given. */
static gboolean
read_choice (Reader     *reader,
             xmlNode    *node,
             const char *name,
             NameFunc    names,
             int         n,
             int        *out)
{
  g_autofree char *text = sc_content_xml_attr (node, name);
  g_autoptr(GString) known = NULL;

  if (text == NULL)
    return TRUE;
  for (int i = 0; i < n; i++)
    if (g_strcmp0 (text, names (i)) == 0)
      {
        *out = i;
        return TRUE;
      }

  known = g_string_new (NULL);
  for (int i = 0; i < n; i++)
    g_string_append_printf (known, "%s%s", i == 0 ? "" : i + 1 == n ? _(" or ") : ", ", names (i));
  problem (reader, node, _("%s=\"%s\" is not one of %s"), name, text, known->str);

  return FALSE;
}

/* A space-separated list; NULL (and no problem) when not given and not @required. */
static gboolean
read_list (Reader     *reader,
           xmlNode    *node,
           const char *name,
           const char *example,
           gboolean    required,
           GStrv      *out)
{
  g_autofree char *text = required ? require_attribute (reader, node, name, example)
                                   : sc_content_xml_attr (node, name);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = NULL;
  guint n = 0;

  if (text == NULL)
    return !required;
  words = g_strsplit_set (text, " \t\r\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        g_strv_builder_add (builder, words[i]);
        n++;
      }
  if (n == 0)
    {
      problem (reader, node, _("%s=\"\" names nothing; write for example %s=\"%s\""), name, name, example);
      return FALSE;
    }
  *out = g_strv_builder_end (builder);

  return TRUE;
}

static gboolean
read_quantity (Reader  *reader,
               xmlNode *node,
               ScGoal  *goal)
{
  guint value = 0;

  if (!read_count (reader, node, "quantity", 1, 1000000, &value))
    return FALSE;
  goal->quantity = value;

  return TRUE;
}

static gboolean
read_order_status (Reader  *reader,
                   xmlNode *node,
                   ScGoal  *goal)
{
  gboolean ok = read_list (reader, node, "order", "#1004", TRUE, &goal->orders);

  ok = read_choice (reader, node, "financial", sc_order_financial_status_to_string_name,
                    SC_ORDER_FINANCIAL_VOIDED + 1, &goal->financial) && ok;
  ok = read_choice (reader, node, "fulfilment", sc_order_fulfilment_status_to_string_name,
                    SC_ORDER_FULFILMENT_RESTOCKED + 1, &goal->fulfilment) && ok;
  ok = read_choice (reader, node, "hold", sc_order_hold_reason_to_string_name,
                    SC_ORDER_HOLD_PAYMENT_ISSUE + 1, &goal->hold) && ok;
  ok = read_choice (reader, node, "state", sc_order_state_to_string_name,
                    SC_ORDER_STATE_CANCELLED + 1, &goal->state) && ok;
  ok = read_choice (reader, node, "notified", yes_no_name, 2, &goal->notified) && ok;
  if (ok && goal->financial == SC_GOAL_ANY && goal->fulfilment == SC_GOAL_ANY && goal->hold == SC_GOAL_ANY &&
      goal->state == SC_GOAL_ANY && goal->notified == SC_GOAL_ANY)
    {
      problem (reader, node, _("an order-status goal needs at least one of financial, fulfilment, hold, state "
                               "or notified, for example hold=\"fraud-review\""));
      ok = FALSE;
    }

  return ok;
}

/**
 * sc_goal_read_shop_attributes:
 *
 * Reads the attributes of a goal of a kind about the order queue and the
 * stock sheet, adding a problem for each one that is wrong or missing.
 */
gboolean
sc_goal_read_shop_attributes (ScGoalReader *reader,
                              xmlNode      *node,
                              ScGoal       *goal)
{
  gboolean ok = TRUE;

  switch (goal->kind)
    {
    case SC_GOAL_ORDER_STATUS:
      ok = read_order_status (reader, node, goal);
      break;
    case SC_GOAL_NO_UNPAID_FULFILMENT:
    case SC_GOAL_REORDERS_PLACED:
      break;
    case SC_GOAL_ORDER_REFUNDED:
      ok = read_list (reader, node, "order", "#1009", TRUE, &goal->orders);
      goal->sku = require_attribute (reader, node, "sku", "HW-FIG-220");
      ok = read_quantity (reader, node, goal) && goal->sku != NULL && ok;
      if (xmlHasProp (node, BAD_CAST "restock") != NULL)
        ok = read_choice (reader, node, "restock", sc_order_restock_to_string_name,
                          SC_ORDER_RESTOCK_RETURN_DAMAGED + 1, &goal->restock) && ok;
      else
        {
          problem (reader, node, _("<goal> needs a restock attribute, for example restock=\"no-restock\""));
          ok = FALSE;
        }
      break;
    case SC_GOAL_ORDER_CANCELLED:
      ok = read_list (reader, node, "orders", "#1001 #1007", TRUE, &goal->orders);
      ok = read_choice (reader, node, "reason", sc_order_cancel_reason_to_string_name,
                        SC_ORDER_CANCEL_OTHER + 1, &goal->cancel_reason) && ok;
      break;
    case SC_GOAL_FULFILLED_FIRST:
      ok = read_list (reader, node, "orders", "#2001 #2002", TRUE, &goal->orders);
      break;
    case SC_GOAL_SHIPMENTS_TRACKED:
    case SC_GOAL_CUSTOMERS_ANSWERED:
      ok = read_list (reader, node, "orders", "#2001 #2002", FALSE, &goal->orders);
      break;
    case SC_GOAL_PURCHASE_RECEIVED:
      goal->purchase = require_attribute (reader, node, "purchase", "PO-1042");
      ok = goal->purchase != NULL;
      break;
    case SC_GOAL_STOCK_UNAVAILABLE:
      goal->sku = require_attribute (reader, node, "sku", "HW-FIG-220");
      ok = read_quantity (reader, node, goal) && goal->sku != NULL;
      ok = read_choice (reader, node, "reason", sc_stock_reason_to_string_name, SC_STOCK_N_REASONS,
                        &goal->stock_reason) && ok;
      break;
    case SC_GOAL_COUNT_APPLIED:
      if (xmlHasProp (node, BAD_CAST "count") != NULL)
        ok = read_count (reader, node, "count", 1, 10000, &goal->count);
      break;
    case SC_GOAL_NO_OVERSELL:
      ok = read_list (reader, node, "except", "HW-ADVENT", FALSE, &goal->except);
      break;
    case SC_GOAL_REORDER_POINT_SUGGESTED:
      goal->sku = require_attribute (reader, node, "sku", "*");
      ok = goal->sku != NULL;
      break;
    default:
      g_assert_not_reached ();
    }

  return ok;
}
