/* sc-order-dump.c - the canonical text of an order, for tests and scenarios
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One "key value" pair a line, every field in a fixed order, lines last in
 * the order's own order; times as ISO 8601 UTC, amounts with exactly the
 * currency's decimals, enums by their stable ids. Nothing depends on the
 * clock, the locale or the machine, so two dumps are equal exactly when
 * the orders are; comparing a dump before and after a refused operation
 * shows it changed nothing. Derived values (totals, statuses, risk level)
 * are included so a scenario's expected text reads like the back office.
 */
#include "config.h"

#include "sc-dump.h"
#include "sc-order-private.h"

static void
append_time (GString    *out,
             const char *key,
             gint64      time)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (time != 0)
    date = g_date_time_new_from_unix_utc (time);
  if (date != NULL)
    text = g_date_time_format (date, "%Y-%m-%dT%H:%M:%SZ");
  else if (time != 0)
    text = g_strdup_printf ("%" G_GINT64_FORMAT, time);

  g_string_append_printf (out, "%s %s\n", key, text != NULL ? text : "-");
}

static void
append_amount (GString       *out,
               const ScOrder *self,
               const char    *key,
               gint64         minor)
{
  g_autofree char *text = sc_money_to_string (sc_money_init (minor, self->currency));

  g_string_append_printf (out, "%s %s\n", key, text);
}

static void
append_boolean (GString    *out,
                const char *key,
                gboolean    value)
{
  g_string_append_printf (out, "%s %s\n", key, value ? "yes" : "no");
}

/**
 * sc_order_dump:
 * @out: the text is appended to it
 */
void
sc_order_dump (const ScOrder *self,
               GString       *out)
{
  ScOrderFinancialStatus financial;
  ScOrderFulfilmentStatus fulfilment;
  ScMoney subtotal, total;

  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  financial = sc_order_get_financial_status (self);
  fulfilment = sc_order_get_fulfilment_status (self);

  g_string_append (out, "order ");
  sc_dump_append_quoted (out, self->name);
  g_string_append (out, "\ncustomer ");
  sc_dump_append_quoted (out, self->customer);
  g_string_append_printf (out, "\ncurrency %s\n", self->currency->code);
  g_string_append_printf (out, "state %s\n", sc_order_state_to_string (self->state));
  g_string_append_printf (out, "payment %s\n", sc_order_payment_to_string (self->payment));
  g_string_append_printf (out, "financial-status %s\n",
                          sc_order_financial_status_to_string (financial));
  g_string_append_printf (out, "fulfilment-status %s\n",
                          sc_order_fulfilment_status_to_string (fulfilment));

  if (sc_order_get_subtotal (self, &subtotal, NULL))
    append_amount (out, self, "subtotal", subtotal.minor);
  else
    g_string_append (out, "subtotal overflow\n");
  append_amount (out, self, "shipping", self->shipping);
  append_amount (out, self, "tax", self->tax);
  if (sc_order_get_total (self, &total, NULL))
    append_amount (out, self, "total", total.minor);
  else
    g_string_append (out, "total overflow\n");
  append_amount (out, self, "authorized", self->authorized);
  append_time (out, "authorized-at", self->authorized_at);
  append_time (out, "authorization-expires", sc_order_get_authorization_expiry (self));
  append_amount (out, self, "captured", self->captured);
  append_amount (out, self, "refunded", self->refunded);
  append_amount (out, self, "shipping-refunded", self->shipping_refunded);
  append_boolean (out, "voided", self->voided);

  g_string_append_printf (out, "hold %s\n", sc_order_hold_reason_to_string (self->hold));
  g_string_append (out, "risk");
  if (self->risk == 0)
    g_string_append (out, " none");
  for (guint bit = 0; bit < 32; bit++)
    if (self->risk & (1u << bit))
      g_string_append_printf (out, " %s", sc_order_risk_signal_to_string (1u << bit));
  g_string_append_printf (out, "\nrisk-level %s\n",
                          sc_order_risk_level_to_string (sc_order_get_risk_level (self)));
  append_boolean (out, "reviewed", self->reviewed);

  g_string_append_printf (out, "handling-hours %" G_GINT64_FORMAT "\n", self->handling_hours);
  append_time (out, "placed-at", self->placed_at);
  append_time (out, "ship-by", self->ship_by);
  append_time (out, "last-shipped-at", self->last_shipped_at);
  append_time (out, "fulfilled-at", self->fulfilled_at);
  g_string_append_printf (out, "cancel-reason %s\n",
                          self->state == SC_ORDER_STATE_CANCELLED
                            ? sc_order_cancel_reason_to_string (self->cancel_reason) : "-");
  append_time (out, "cancelled-at", self->cancelled_at);
  append_time (out, "closed-at", self->closed_at);

  for (guint i = 0; i < self->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (self->lines, i);
      g_autofree char *price = NULL;

      price = sc_money_to_string (sc_money_init (line->unit_price, self->currency));

      g_string_append (out, "line ");
      sc_dump_append_quoted (out, line->sku);
      g_string_append_c (out, ' ');
      sc_dump_append_quoted (out, line->title);
      g_string_append_printf (out,
                              " quantity %" G_GINT64_FORMAT " unit-price %s"
                              " fulfilled %" G_GINT64_FORMAT " removed %" G_GINT64_FORMAT
                              " refunded %" G_GINT64_FORMAT " returned %" G_GINT64_FORMAT "\n",
                              line->quantity, price, line->fulfilled, line->removed,
                              line->refunded, line->returned);
    }

  for (guint i = 0; i < self->shipments->len; i++)
    {
      const ScOrderShipment *shipment = g_ptr_array_index (self->shipments, i);

      /* "shipment TIME", on the line the rest of the shipment ends */
      append_time (out, "shipment", shipment->shipped_at);
      out->str[out->len - 1] = ' ';
      if (shipment->tracking != NULL)
        {
          sc_dump_append_quoted (out, shipment->carrier);
          g_string_append_c (out, ' ');
          sc_dump_append_quoted (out, shipment->tracking);
        }
      else
        {
          g_string_append (out, "untracked");
        }
      for (guint j = 0; j < shipment->items->len; j++)
        {
          const ScOrderShipmentItem *item = g_ptr_array_index (shipment->items, j);

          g_string_append_c (out, ' ');
          sc_dump_append_quoted (out, item->sku);
          g_string_append_printf (out, " %" G_GINT64_FORMAT, item->quantity);
        }
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < self->messages->len; i++)
    {
      const ScOrderMessage *message = g_ptr_array_index (self->messages, i);

      append_time (out, message->from_customer ? "customer-message" : "message", message->sent_at);
      out->str[out->len - 1] = ' ';
      sc_dump_append_quoted (out, message->text);
      g_string_append_c (out, '\n');
    }
}
