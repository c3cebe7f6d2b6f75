/* sc-order.c - one order of the sandbox's order queue: its facts, sums and statuses
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What can be read off an order without changing it. The rules are in
 * sc-order-rules.c, the steps that change an order in sc-order-draft.c,
 * sc-order-ops.c and sc-order-refund.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-private.h"

/* sc_order_get_risk_level (): documented in sc-order.h */
static const struct
{
  ScOrderRiskSignals signal;
  int                weight;
} risk_weights[] = {
  { SC_ORDER_RISK_COUNTRY_MISMATCH, 2 },
  { SC_ORDER_RISK_AVS_MISMATCH, 2 },
  { SC_ORDER_RISK_CVV_MISMATCH, 3 },
  { SC_ORDER_RISK_MANY_PAYMENT_ATTEMPTS, 3 },
  { SC_ORDER_RISK_HIGH_VALUE_FIRST_ORDER, 1 },
  { SC_ORDER_RISK_ANONYMOUS_IP, 2 },
};

#define RISK_MEDIUM_FROM 2
#define RISK_HIGH_FROM   5

/**
 * sc_order_line_new:
 * @unit_price: minor units of the order's currency
 *
 * For a database layer that rebuilds an order; a draft gets its lines
 * from sc_order_add_line (), which checks them.
 *
 * Returns: (transfer full): a line nothing has happened to yet
 */
ScOrderLine *
sc_order_line_new (const char *sku,
                   const char *title,
                   gint64      quantity,
                   gint64      unit_price)
{
  ScOrderLine *line;

  g_return_val_if_fail (sku != NULL, NULL);

  line = g_new0 (ScOrderLine, 1);

  line->sku = g_strdup (sku);
  line->title = g_strdup (title != NULL ? title : "");
  line->quantity = quantity;
  line->unit_price = unit_price;
  return line;
}

ScOrderLine *
sc_order_line_copy (const ScOrderLine *line)
{
  ScOrderLine *copy;

  g_return_val_if_fail (line != NULL, NULL);

  copy = sc_order_line_new (line->sku, line->title, line->quantity, line->unit_price);
  copy->fulfilled = line->fulfilled;
  copy->removed = line->removed;
  copy->refunded = line->refunded;
  copy->returned = line->returned;
  return copy;
}

void
sc_order_line_free (ScOrderLine *line)
{
  if (line == NULL)
    return;

  g_free (line->sku);
  g_free (line->title);
  g_free (line);
}

/**
 * sc_order_new:
 * @name: the order's name as the customer sees it: "#1001"
 * @customer: (nullable): the customer's display name
 * @currency: the store's currency
 *
 * Returns: (transfer full): a draft with no lines, no shipping, no tax
 *   and the default handling time
 */
ScOrder *
sc_order_new (const char       *name,
              const char       *customer,
              const ScCurrency *currency)
{
  ScOrder *self;

  g_return_val_if_fail (name != NULL && *name != '\0', NULL);
  g_return_val_if_fail (currency != NULL, NULL);

  self = g_new0 (ScOrder, 1);
  self->name = g_strdup (name);
  self->customer = g_strdup (customer != NULL ? customer : "");
  self->currency = currency;
  self->state = SC_ORDER_STATE_DRAFT;
  self->payment = SC_ORDER_PAYMENT_MANUAL;
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_order_line_free);
  self->shipments = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_order_shipment_free);
  self->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_order_message_free);
  self->handling_hours = SC_ORDER_DEFAULT_HANDLING_HOURS;
  self->hold = SC_ORDER_HOLD_NONE;
  self->cancel_reason = SC_ORDER_CANCEL_OTHER;
  return self;
}

ScOrder *
sc_order_copy (const ScOrder *self)
{
  ScOrder *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (ScOrder, 1);
  *copy = *self;
  copy->name = g_strdup (self->name);
  copy->customer = g_strdup (self->customer);
  copy->lines = g_ptr_array_new_full (self->lines->len, (GDestroyNotify) sc_order_line_free);
  for (guint i = 0; i < self->lines->len; i++)
    g_ptr_array_add (copy->lines, sc_order_line_copy (g_ptr_array_index (self->lines, i)));
  copy->shipments = g_ptr_array_new_full (self->shipments->len,
                                          (GDestroyNotify) sc_order_shipment_free);
  for (guint i = 0; i < self->shipments->len; i++)
    g_ptr_array_add (copy->shipments,
                     sc_order_shipment_copy (g_ptr_array_index (self->shipments, i)));
  copy->messages = g_ptr_array_new_full (self->messages->len,
                                         (GDestroyNotify) sc_order_message_free);
  for (guint i = 0; i < self->messages->len; i++)
    g_ptr_array_add (copy->messages,
                     sc_order_message_copy (g_ptr_array_index (self->messages, i)));

  return copy;
}

void
sc_order_free (ScOrder *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->customer);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->shipments, g_ptr_array_unref);
  g_clear_pointer (&self->messages, g_ptr_array_unref);
  g_free (self);
}

/* Risk signals are read from the checkout's analysis at any time; a new
 * signal does not undo an earlier review. */
void
sc_order_set_risk_signals (ScOrder            *self,
                           ScOrderRiskSignals  signals)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail ((signals & ~SC_ORDER_RISK_ALL) == 0);

  self->risk = signals;
}

/* Shared helpers */

gboolean
sc_order_fail (GError       **error,
               ScOrderError   code,
               const char    *format,
               ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;

  va_start (args, format);
  *error = g_error_new_valist (SC_ORDER_ERROR, code, format, args);
  va_end (args);

  return FALSE;
}

gboolean
sc_order_fail_overflow (const ScOrder  *self,
                        GError        **error)
{
  return sc_order_fail (error, SC_ORDER_ERROR_OVERFLOW,
                        _("The amounts of order %s are too large for Shopcraft to hold exactly"),
                        self->name);
}

/* "12.50 USD": messages always name the currency. */
char *
sc_order_format_amount (const ScOrder *self,
                        gint64         minor)
{
  g_autofree char *digits = sc_money_to_string (sc_money_init (minor, self->currency));

  return g_strdup_printf ("%s %s", digits, self->currency->code);
}

/* "2026-12-08 09:00 UTC": the sandbox's clock is UTC. */
char *
sc_order_format_time (gint64 time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (time);

  if (date == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, time);

  return g_date_time_format (date, "%Y-%m-%d %H:%M UTC");
}

/* An amount a caller hands in: the order's currency, not negative. */
gboolean
sc_order_check_amount (const ScOrder  *self,
                       ScMoney         amount,
                       const char     *what,
                       GError        **error)
{
  if (amount.currency != self->currency)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("The %s is in %s, but order %s is in %s"),
                          what, amount.currency != NULL ? amount.currency->code : "?",
                          self->name, self->currency->code);
  if (amount.minor < 0)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("The %s for order %s cannot be negative"), what, self->name);

  return TRUE;
}

static gboolean
sum_lines (const ScOrder  *self,
           gboolean        refunded_only,
           gint64         *value,
           GError        **error)
{
  ScMoney sum = sc_money_init (0, self->currency);

  for (guint i = 0; i < self->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (self->lines, i);
      gint64 units = refunded_only ? line->refunded + line->removed : line->quantity;
      ScMoney line_total;

      if (!sc_money_multiply (sc_money_init (line->unit_price, self->currency), units,
                              &line_total, NULL)
          || !sc_money_add (sum, line_total, &sum, NULL))
        return sc_order_fail_overflow (self, error);
    }

  *value = sum.minor;
  return TRUE;
}

gboolean
sc_order_total_minor (const ScOrder  *self,
                      gint64         *total,
                      GError        **error)
{
  ScMoney sum;
  gint64 subtotal;

  if (!sum_lines (self, FALSE, &subtotal, error))
    return FALSE;

  sum = sc_money_init (subtotal, self->currency);
  if (!sc_money_add (sum, sc_money_init (self->shipping, self->currency), &sum, NULL)
      || !sc_money_add (sum, sc_money_init (self->tax, self->currency), &sum, NULL))
    return sc_order_fail_overflow (self, error);

  *total = sum.minor;
  return TRUE;
}

/* The value of the items refunded or removed so far, at their unit prices:
 * what the tax share of refunds is measured against. */
gboolean
sc_order_items_refunded (const ScOrder  *self,
                         gint64         *value,
                         GError        **error)
{
  return sum_lines (self, TRUE, value, error);
}

/* The tax charged on @items_value worth of items: the whole tax once every
 * item is counted, so successive refunds never refund a cent too much or
 * too little in the end. */
gboolean
sc_order_tax_share (const ScOrder  *self,
                    gint64          items_value,
                    gint64         *share,
                    GError        **error)
{
  ScMoney scaled;
  gint64 subtotal;

  if (!sum_lines (self, FALSE, &subtotal, error))
    return FALSE;

  if (subtotal == 0 || items_value == 0)
    {
      *share = 0;
      return TRUE;
    }
  if (items_value >= subtotal)
    {
      *share = self->tax;
      return TRUE;
    }

  if (!sc_money_scale (sc_money_init (self->tax, self->currency), items_value, subtotal,
                       &scaled, NULL))
    return sc_order_fail_overflow (self, error);

  *share = scaled.minor;
  return TRUE;
}

gint64
sc_order_capturable_minor (const ScOrder *self,
                           gint64         now)
{
  gint64 total;

  if (self->state != SC_ORDER_STATE_OPEN || self->voided || self->authorized == 0
      || sc_order_authorization_expired (self, now)
      || !sc_order_total_minor (self, &total, NULL))
    return 0;

  return MAX (0, MIN (self->authorized - self->captured, total - self->captured));
}

GPtrArray *
sc_order_moves_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sc_stock_move_free);
}

void
sc_order_add_move (GPtrArray     *moves,
                   const char    *sku,
                   ScStockBucket  from,
                   ScStockBucket  to,
                   gint64         quantity,
                   ScStockReason  reason)
{
  if (quantity > 0)
    g_ptr_array_add (moves, sc_stock_move_new (sku, from, to, quantity, reason));
}

/* After lines changed: an order with nothing left to ship is fulfilled
 * when its last shipment left, and a hold on it has nothing to stop. */
void
sc_order_settle_lines (ScOrder *self)
{
  if (sc_order_count_unfulfilled (self) > 0)
    return;

  self->hold = SC_ORDER_HOLD_NONE;
  if (self->fulfilled_at == 0 && sc_order_count_fulfilled (self) > 0)
    self->fulfilled_at = self->last_shipped_at;
}

/* Lines and quantities */

/**
 * sc_order_find_line:
 *
 * Returns: (transfer none) (nullable): the line with @sku, or %NULL
 */
ScOrderLine *
sc_order_find_line (const ScOrder *self,
                    const char    *sku)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (sku != NULL, NULL);

  for (guint i = 0; i < self->lines->len; i++)
    {
      ScOrderLine *line = g_ptr_array_index (self->lines, i);

      if (g_str_equal (line->sku, sku))
        return line;
    }

  return NULL;
}

/* Units still to ship: neither shipped nor removed. */
gint64
sc_order_line_get_unfulfilled (const ScOrderLine *line)
{
  g_return_val_if_fail (line != NULL, 0);

  return line->quantity - line->fulfilled - line->removed;
}

gint64
sc_order_count_unfulfilled (const ScOrder *self)
{
  gint64 count = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->lines->len; i++)
    count += sc_order_line_get_unfulfilled (g_ptr_array_index (self->lines, i));

  return count;
}

gint64
sc_order_count_fulfilled (const ScOrder *self)
{
  gint64 count = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->lines->len; i++)
    count += ((const ScOrderLine *) g_ptr_array_index (self->lines, i))->fulfilled;

  return count;
}

/* Money */

/* Σ unit price × quantity ordered, removed items included: what was bought. */
gboolean
sc_order_get_subtotal (const ScOrder  *self,
                       ScMoney        *subtotal,
                       GError        **error)
{
  gint64 value;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (subtotal != NULL, FALSE);

  if (!sum_lines (self, FALSE, &value, error))
    return FALSE;

  *subtotal = sc_money_init (value, self->currency);
  return TRUE;
}

/* Subtotal + shipping + tax, as placed. */
gboolean
sc_order_get_total (const ScOrder  *self,
                    ScMoney        *total,
                    GError        **error)
{
  gint64 value;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (total != NULL, FALSE);

  if (!sc_order_total_minor (self, &value, error))
    return FALSE;

  *total = sc_money_init (value, self->currency);
  return TRUE;
}

gboolean
sc_order_get_outstanding (const ScOrder  *self,
                          ScMoney        *outstanding,
                          GError        **error)
{
  gint64 total;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (outstanding != NULL, FALSE);

  if (!sc_order_total_minor (self, &total, error))
    return FALSE;

  if (self->state == SC_ORDER_STATE_CANCELLED || self->voided)
    total = self->captured;

  *outstanding = sc_money_init (MAX (0, total - self->captured), self->currency);
  return TRUE;
}

gboolean
sc_order_get_refundable (const ScOrder  *self,
                         ScMoney        *refundable,
                         GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (refundable != NULL, FALSE);

  *refundable = sc_money_init (self->captured - self->refunded, self->currency);
  return TRUE;
}

/* What sc_order_capture () may take at @now: 0 without a live authorization. */
gboolean
sc_order_get_capturable (const ScOrder  *self,
                         gint64          now,
                         ScMoney        *capturable,
                         GError        **error)
{
  gint64 total;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (capturable != NULL, FALSE);

  if (!sc_order_total_minor (self, &total, error))
    return FALSE;

  *capturable = sc_money_init (sc_order_capturable_minor (self, now), self->currency);
  return TRUE;
}

/* The first second at which the authorization can no longer be
 * captured; 0 without one. */
gint64
sc_order_get_authorization_expiry (const ScOrder *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->authorized == 0)
    return 0;

  return self->authorized_at + SC_ORDER_AUTHORIZATION_SECONDS;
}

gboolean
sc_order_authorization_expired (const ScOrder *self,
                                gint64         now)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->authorized > 0 && now >= sc_order_get_authorization_expiry (self);
}

/* Statuses */

ScOrderFinancialStatus
sc_order_get_financial_status (const ScOrder *self)
{
  gint64 total;

  g_return_val_if_fail (self != NULL, SC_ORDER_FINANCIAL_PENDING);

  /* An order too large to total was never placed (sc_order_place ()
   * refuses it), so it can only be a draft: nothing captured. */
  if (!sc_order_total_minor (self, &total, NULL))
    total = G_MAXINT64;

  if (self->voided)
    return SC_ORDER_FINANCIAL_VOIDED;
  if (self->captured == 0)
    {
      if (self->authorized > 0)
        return SC_ORDER_FINANCIAL_AUTHORIZED;
      if (self->state != SC_ORDER_STATE_DRAFT && total == 0)
        return SC_ORDER_FINANCIAL_PAID;
      return SC_ORDER_FINANCIAL_PENDING;
    }
  if (self->refunded > 0)
    return self->refunded >= self->captured ? SC_ORDER_FINANCIAL_REFUNDED
                                            : SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED;

  return self->captured >= total ? SC_ORDER_FINANCIAL_PAID : SC_ORDER_FINANCIAL_PARTIALLY_PAID;
}

ScOrderFulfilmentStatus
sc_order_get_fulfilment_status (const ScOrder *self)
{
  gint64 fulfilled, unfulfilled;

  g_return_val_if_fail (self != NULL, SC_ORDER_FULFILMENT_UNFULFILLED);

  fulfilled = sc_order_count_fulfilled (self);
  unfulfilled = sc_order_count_unfulfilled (self);

  if (fulfilled == 0)
    return unfulfilled == 0 && self->lines->len > 0 ? SC_ORDER_FULFILMENT_RESTOCKED
                                                    : SC_ORDER_FULFILMENT_UNFULFILLED;

  return unfulfilled == 0 ? SC_ORDER_FULFILMENT_FULFILLED
                          : SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED;
}

ScOrderRiskLevel
sc_order_get_risk_level (const ScOrder *self)
{
  int score = 0;

  g_return_val_if_fail (self != NULL, SC_ORDER_RISK_LOW);

  for (guint i = 0; i < G_N_ELEMENTS (risk_weights); i++)
    if (self->risk & risk_weights[i].signal)
      score += risk_weights[i].weight;

  if (score >= RISK_HIGH_FROM)
    return SC_ORDER_RISK_HIGH;
  if (score >= RISK_MEDIUM_FROM)
    return SC_ORDER_RISK_MEDIUM;
  return SC_ORDER_RISK_LOW;
}

/* High risk and nobody has looked: a cancelled order is past reviewing. */
gboolean
sc_order_needs_review (const ScOrder *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->state != SC_ORDER_STATE_CANCELLED && !self->reviewed
         && sc_order_get_risk_level (self) == SC_ORDER_RISK_HIGH;
}

ScOrderSla
sc_order_get_sla (const ScOrder *self,
                  gint64         now)
{
  g_return_val_if_fail (self != NULL, SC_ORDER_SLA_NONE);

  if (self->state == SC_ORDER_STATE_DRAFT || self->state == SC_ORDER_STATE_CANCELLED)
    return SC_ORDER_SLA_NONE;

  if (sc_order_count_unfulfilled (self) == 0)
    {
      if (self->fulfilled_at == 0)
        return SC_ORDER_SLA_NONE;
      return self->fulfilled_at <= self->ship_by ? SC_ORDER_SLA_MET : SC_ORDER_SLA_MISSED;
    }

  if (now > self->ship_by)
    return SC_ORDER_SLA_OVERDUE;
  if (now >= self->ship_by - SC_ORDER_DUE_SOON_SECONDS)
    return SC_ORDER_SLA_DUE_SOON;
  return SC_ORDER_SLA_ON_TRACK;
}
