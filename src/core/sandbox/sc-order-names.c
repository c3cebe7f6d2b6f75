/* sc-order-names.c - the stable ids of the order enums, and the error domain
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-private.h"

G_DEFINE_QUARK (sc-order-error-quark, sc_order_error)

/* Stored in the database and written by sc_order_dump (): never rename
 * one, only add. Each table is indexed by its enum. */
static const char * const state_names[] = {
  [SC_ORDER_STATE_DRAFT] = "draft",
  [SC_ORDER_STATE_OPEN] = "open",
  [SC_ORDER_STATE_CLOSED] = "closed",
  [SC_ORDER_STATE_CANCELLED] = "cancelled",
};

static const char * const payment_names[] = {
  [SC_ORDER_PAYMENT_MANUAL] = "manual",
  [SC_ORDER_PAYMENT_AUTHORIZE] = "authorize",
  [SC_ORDER_PAYMENT_AUTOMATIC] = "automatic",
};

static const char * const financial_status_names[] = {
  [SC_ORDER_FINANCIAL_PENDING] = "pending",
  [SC_ORDER_FINANCIAL_AUTHORIZED] = "authorized",
  [SC_ORDER_FINANCIAL_PARTIALLY_PAID] = "partially-paid",
  [SC_ORDER_FINANCIAL_PAID] = "paid",
  [SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED] = "partially-refunded",
  [SC_ORDER_FINANCIAL_REFUNDED] = "refunded",
  [SC_ORDER_FINANCIAL_VOIDED] = "voided",
};

static const char * const fulfilment_status_names[] = {
  [SC_ORDER_FULFILMENT_UNFULFILLED] = "unfulfilled",
  [SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED] = "partially-fulfilled",
  [SC_ORDER_FULFILMENT_FULFILLED] = "fulfilled",
  [SC_ORDER_FULFILMENT_RESTOCKED] = "restocked",
};

static const char * const cancel_reason_names[] = {
  [SC_ORDER_CANCEL_CUSTOMER] = "customer",
  [SC_ORDER_CANCEL_FRAUD] = "fraud",
  [SC_ORDER_CANCEL_INVENTORY] = "inventory",
  [SC_ORDER_CANCEL_DECLINED] = "declined",
  [SC_ORDER_CANCEL_STAFF] = "staff",
  [SC_ORDER_CANCEL_OTHER] = "other",
};

static const char * const hold_reason_names[] = {
  [SC_ORDER_HOLD_NONE] = "none",
  [SC_ORDER_HOLD_FRAUD_REVIEW] = "fraud-review",
  [SC_ORDER_HOLD_ADDRESS_VERIFICATION] = "address-verification",
  [SC_ORDER_HOLD_AWAITING_STOCK] = "awaiting-stock",
  [SC_ORDER_HOLD_CUSTOMER_REQUEST] = "customer-request",
  [SC_ORDER_HOLD_PAYMENT_ISSUE] = "payment-issue",
};

static const char * const risk_level_names[] = {
  [SC_ORDER_RISK_LOW] = "low",
  [SC_ORDER_RISK_MEDIUM] = "medium",
  [SC_ORDER_RISK_HIGH] = "high",
};

static const char * const sla_names[] = {
  [SC_ORDER_SLA_NONE] = "none",
  [SC_ORDER_SLA_ON_TRACK] = "on-track",
  [SC_ORDER_SLA_DUE_SOON] = "due-soon",
  [SC_ORDER_SLA_OVERDUE] = "overdue",
  [SC_ORDER_SLA_MET] = "met",
  [SC_ORDER_SLA_MISSED] = "missed",
};

static const char * const restock_names[] = {
  [SC_ORDER_RESTOCK_NONE] = "no-restock",
  [SC_ORDER_RESTOCK_CANCEL] = "cancel",
  [SC_ORDER_RESTOCK_REMOVE] = "remove",
  [SC_ORDER_RESTOCK_RETURN] = "return",
  [SC_ORDER_RESTOCK_RETURN_DAMAGED] = "return-damaged",
};

static const char * const action_names[] = {
  [SC_ORDER_ACTION_EDIT] = "edit",
  [SC_ORDER_ACTION_PLACE] = "place",
  [SC_ORDER_ACTION_CAPTURE] = "capture",
  [SC_ORDER_ACTION_MARK_AS_PAID] = "mark-as-paid",
  [SC_ORDER_ACTION_VOID] = "void",
  [SC_ORDER_ACTION_HOLD] = "hold",
  [SC_ORDER_ACTION_RELEASE_HOLD] = "release-hold",
  [SC_ORDER_ACTION_FULFIL] = "fulfil",
  [SC_ORDER_ACTION_CANCEL] = "cancel",
  [SC_ORDER_ACTION_REFUND] = "refund",
  [SC_ORDER_ACTION_CLOSE] = "close",
  [SC_ORDER_ACTION_REOPEN] = "reopen",
  [SC_ORDER_ACTION_ADD_TRACKING] = "add-tracking",
  [SC_ORDER_ACTION_NOTIFY] = "notify",
};

/* Risk signals are flags: the table is in bit order. */
static const char * const risk_signal_names[] = {
  "country-mismatch",
  "avs-mismatch",
  "cvv-mismatch",
  "many-payment-attempts",
  "high-value-first-order",
  "anonymous-ip",
};

G_STATIC_ASSERT (G_N_ELEMENTS (risk_signal_names) == 6);
G_STATIC_ASSERT (SC_ORDER_RISK_ALL == (1 << G_N_ELEMENTS (risk_signal_names)) - 1);

static gboolean
lookup (const char         *text,
        const char * const *names,
        guint               n_names,
        guint              *index)
{
  for (guint i = 0; text != NULL && i < n_names; i++)
    {
      if (g_str_equal (text, names[i]))
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
sc_order_state_to_string (ScOrderState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_names), NULL);

  return state_names[state];
}

gboolean
sc_order_state_from_string (const char   *text,
                            ScOrderState *out_state)
{
  guint index;

  g_return_val_if_fail (out_state != NULL, FALSE);

  if (!lookup (text, state_names, G_N_ELEMENTS (state_names), &index))
    return FALSE;

  *out_state = index;
  return TRUE;
}

const char *
sc_order_payment_to_string (ScOrderPayment payment)
{
  g_return_val_if_fail ((guint) payment < G_N_ELEMENTS (payment_names), NULL);

  return payment_names[payment];
}

gboolean
sc_order_payment_from_string (const char     *text,
                              ScOrderPayment *out_payment)
{
  guint index;

  g_return_val_if_fail (out_payment != NULL, FALSE);

  if (!lookup (text, payment_names, G_N_ELEMENTS (payment_names), &index))
    return FALSE;

  *out_payment = index;
  return TRUE;
}

const char *
sc_order_financial_status_to_string (ScOrderFinancialStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (financial_status_names), NULL);

  return financial_status_names[status];
}

gboolean
sc_order_financial_status_from_string (const char             *text,
                                       ScOrderFinancialStatus *out_status)
{
  guint index;

  g_return_val_if_fail (out_status != NULL, FALSE);

  if (!lookup (text, financial_status_names, G_N_ELEMENTS (financial_status_names), &index))
    return FALSE;

  *out_status = index;
  return TRUE;
}

const char *
sc_order_fulfilment_status_to_string (ScOrderFulfilmentStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (fulfilment_status_names), NULL);

  return fulfilment_status_names[status];
}

gboolean
sc_order_fulfilment_status_from_string (const char              *text,
                                        ScOrderFulfilmentStatus *out_status)
{
  guint index;

  g_return_val_if_fail (out_status != NULL, FALSE);

  if (!lookup (text, fulfilment_status_names, G_N_ELEMENTS (fulfilment_status_names), &index))
    return FALSE;

  *out_status = index;
  return TRUE;
}

const char *
sc_order_cancel_reason_to_string (ScOrderCancelReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (cancel_reason_names), NULL);

  return cancel_reason_names[reason];
}

gboolean
sc_order_cancel_reason_from_string (const char          *text,
                                    ScOrderCancelReason *out_reason)
{
  guint index;

  g_return_val_if_fail (out_reason != NULL, FALSE);

  if (!lookup (text, cancel_reason_names, G_N_ELEMENTS (cancel_reason_names), &index))
    return FALSE;

  *out_reason = index;
  return TRUE;
}

const char *
sc_order_hold_reason_to_string (ScOrderHoldReason reason)
{
  g_return_val_if_fail ((guint) reason < G_N_ELEMENTS (hold_reason_names), NULL);

  return hold_reason_names[reason];
}

gboolean
sc_order_hold_reason_from_string (const char        *text,
                                  ScOrderHoldReason *out_reason)
{
  guint index;

  g_return_val_if_fail (out_reason != NULL, FALSE);

  if (!lookup (text, hold_reason_names, G_N_ELEMENTS (hold_reason_names), &index))
    return FALSE;

  *out_reason = index;
  return TRUE;
}

const char *
sc_order_risk_level_to_string (ScOrderRiskLevel level)
{
  g_return_val_if_fail ((guint) level < G_N_ELEMENTS (risk_level_names), NULL);

  return risk_level_names[level];
}

gboolean
sc_order_risk_level_from_string (const char       *text,
                                 ScOrderRiskLevel *out_level)
{
  guint index;

  g_return_val_if_fail (out_level != NULL, FALSE);

  if (!lookup (text, risk_level_names, G_N_ELEMENTS (risk_level_names), &index))
    return FALSE;

  *out_level = index;
  return TRUE;
}

const char *
sc_order_sla_to_string (ScOrderSla sla)
{
  g_return_val_if_fail ((guint) sla < G_N_ELEMENTS (sla_names), NULL);

  return sla_names[sla];
}

gboolean
sc_order_sla_from_string (const char *text,
                          ScOrderSla *out_sla)
{
  guint index;

  g_return_val_if_fail (out_sla != NULL, FALSE);

  if (!lookup (text, sla_names, G_N_ELEMENTS (sla_names), &index))
    return FALSE;

  *out_sla = index;
  return TRUE;
}

const char *
sc_order_restock_to_string (ScOrderRestock restock)
{
  g_return_val_if_fail ((guint) restock < G_N_ELEMENTS (restock_names), NULL);

  return restock_names[restock];
}

gboolean
sc_order_restock_from_string (const char     *text,
                              ScOrderRestock *out_restock)
{
  guint index;

  g_return_val_if_fail (out_restock != NULL, FALSE);

  if (!lookup (text, restock_names, G_N_ELEMENTS (restock_names), &index))
    return FALSE;

  *out_restock = index;
  return TRUE;
}

const char *
sc_order_action_to_string (ScOrderAction action)
{
  g_return_val_if_fail ((guint) action < G_N_ELEMENTS (action_names), NULL);

  return action_names[action];
}

gboolean
sc_order_action_from_string (const char    *text,
                             ScOrderAction *out_action)
{
  guint index;

  g_return_val_if_fail (out_action != NULL, FALSE);

  if (!lookup (text, action_names, G_N_ELEMENTS (action_names), &index))
    return FALSE;

  *out_action = index;
  return TRUE;
}

/* One signal, not a set: the dump and the database list a set's signals
 * one by one, in bit order. */
const char *
sc_order_risk_signal_to_string (ScOrderRiskSignals signal)
{
  g_return_val_if_fail (signal != 0 && (signal & (signal - 1)) == 0, NULL);
  g_return_val_if_fail ((signal & ~SC_ORDER_RISK_ALL) == 0, NULL);

  return risk_signal_names[g_bit_nth_lsf (signal, -1)];
}

gboolean
sc_order_risk_signal_from_string (const char         *text,
                                  ScOrderRiskSignals *out_signal)
{
  guint index;

  g_return_val_if_fail (out_signal != NULL, FALSE);

  if (!lookup (text, risk_signal_names, G_N_ELEMENTS (risk_signal_names), &index))
    return FALSE;

  *out_signal = 1 << index;
  return TRUE;
}

/* For messages: "Order #1004 is on hold for <phrase>". */
const char *
sc_order_hold_reason_phrase (ScOrderHoldReason reason)
{
  switch (reason)
    {
    case SC_ORDER_HOLD_FRAUD_REVIEW:
      return _("fraud review");
    case SC_ORDER_HOLD_ADDRESS_VERIFICATION:
      return _("address verification");
    case SC_ORDER_HOLD_AWAITING_STOCK:
      return _("stock to arrive");
    case SC_ORDER_HOLD_CUSTOMER_REQUEST:
      return _("a customer request");
    case SC_ORDER_HOLD_PAYMENT_ISSUE:
      return _("a payment issue");
    case SC_ORDER_HOLD_NONE:
    default:
      return _("no reason");
    }
}
