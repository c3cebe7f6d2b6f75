/* sc-order-check.c - whether an order's fields tell a story the rules allow
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The operations keep an order consistent by construction; this is for
 * orders that come from elsewhere (the database, a scenario file), so a
 * damaged row is reported instead of confusing the rules later.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-order-private.h"

static gboolean
fail (const ScOrder  *self,
      const char     *problem,
      GError        **error)
{
  return sc_order_fail (error, SC_ORDER_ERROR_INVALID, _("Order %s is inconsistent: %s"),
                        self->name, problem);
}

static gboolean
check_line (const ScOrder      *self,
            const ScOrderLine  *line,
            GHashTable         *skus,
            GError            **error)
{
  g_autofree char *problem = NULL;

  if (line->sku == NULL || *line->sku == '\0')
    problem = g_strdup (_("a line has no SKU"));
  else if (!g_hash_table_add (skus, line->sku))
    problem = g_strdup_printf (_("SKU %s has two lines"), line->sku);
  else if (line->title == NULL)
    problem = g_strdup_printf (_("the line for %s has no title"), line->sku);
  else if (line->quantity < 1 || line->quantity > SC_ORDER_MAX_QUANTITY)
    problem = g_strdup_printf (_("the quantity of %s is out of range"), line->sku);
  else if (line->unit_price < 0)
    problem = g_strdup_printf (_("the unit price of %s is negative"), line->sku);
  else if (line->fulfilled < 0 || line->removed < 0 || line->refunded < 0 || line->returned < 0)
    problem = g_strdup_printf (_("a quantity of %s is negative"), line->sku);
  else if (line->fulfilled + line->removed > line->quantity)
    problem = g_strdup_printf (_("more of %s shipped or removed than was ordered"), line->sku);
  else if (line->refunded > line->fulfilled)
    problem = g_strdup_printf (_("more of %s refunded as shipped than shipped"), line->sku);
  else if (line->returned > line->refunded)
    problem = g_strdup_printf (_("more of %s returned than refunded"), line->sku);
  else if (self->state == SC_ORDER_STATE_DRAFT && (line->fulfilled > 0 || line->removed > 0))
    problem = g_strdup_printf (_("the draft has shipped or removed %s"), line->sku);

  return problem == NULL || fail (self, problem, error);
}

static gboolean
check_money (const ScOrder  *self,
             GError        **error)
{
  gint64 total;

  if (self->shipping < 0 || self->tax < 0 || self->authorized < 0 || self->captured < 0
      || self->refunded < 0 || self->shipping_refunded < 0)
    return fail (self, _("an amount is negative"), error);
  if (!sc_order_total_minor (self, &total, error))
    return FALSE;
  if (self->captured > total)
    return fail (self, _("more was captured than the total"), error);
  if (self->refunded > self->captured)
    return fail (self, _("more was refunded than captured"), error);
  if (self->shipping_refunded > self->shipping || self->shipping_refunded > self->refunded)
    return fail (self, _("more shipping was refunded than charged or refunded"), error);
  if ((self->authorized > 0) != (self->authorized_at > 0) || self->authorized > total)
    return fail (self, _("the authorization does not match the order"), error);
  if (self->voided && self->captured > 0)
    return fail (self, _("a payment was both voided and captured"), error);

  return TRUE;
}

static gboolean
check_progress (const ScOrder  *self,
                GError        **error)
{
  gint64 unfulfilled = sc_order_count_unfulfilled (self);
  gint64 fulfilled = sc_order_count_fulfilled (self);

  if (self->state == SC_ORDER_STATE_DRAFT)
    {
      if (self->placed_at != 0 || self->authorized != 0 || self->captured != 0 || self->voided
          || self->hold != SC_ORDER_HOLD_NONE || self->cancelled_at != 0 || self->closed_at != 0
          || self->last_shipped_at != 0 || self->fulfilled_at != 0)
        return fail (self, _("a draft has a history"), error);
      return TRUE;
    }

  if (self->lines->len == 0)
    return fail (self, _("it has no lines"), error);
  if (self->placed_at <= 0 || self->ship_by != self->placed_at + self->handling_hours * 3600)
    return fail (self, _("its ship-by time does not follow from when it was placed"), error);
  if ((fulfilled > 0) != (self->last_shipped_at > 0))
    return fail (self, _("its last shipment time does not match its lines"), error);
  if ((unfulfilled == 0 && fulfilled > 0) != (self->fulfilled_at > 0))
    return fail (self, _("its fulfilment time does not match its lines"), error);
  if (self->hold != SC_ORDER_HOLD_NONE && (self->state != SC_ORDER_STATE_OPEN || unfulfilled == 0))
    return fail (self, _("it is on hold with nothing to hold"), error);
  if ((self->state == SC_ORDER_STATE_CANCELLED) != (self->cancelled_at > 0))
    return fail (self, _("its cancellation time does not match its state"), error);
  if (self->state == SC_ORDER_STATE_CANCELLED && (fulfilled > 0 || unfulfilled > 0))
    return fail (self, _("it was cancelled with items shipped or still to ship"), error);
  if ((self->state == SC_ORDER_STATE_CLOSED) != (self->closed_at > 0))
    return fail (self, _("its closing time does not match its state"), error);
  if (self->state == SC_ORDER_STATE_CLOSED && unfulfilled > 0)
    return fail (self, _("it was closed with items still to ship"), error);

  return TRUE;
}

/* The parcels carried exactly what the lines say shipped. */
static gboolean
check_shipments (const ScOrder  *self,
                 GError        **error)
{
  g_autoptr(GHashTable) shipped = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->shipments->len; i++)
    {
      const ScOrderShipment *shipment = g_ptr_array_index (self->shipments, i);

      if (shipment->items->len == 0 || shipment->shipped_at <= 0)
        return fail (self, _("a shipment carried nothing"), error);
      if ((shipment->carrier == NULL) != (shipment->tracking == NULL))
        return fail (self, _("a shipment has a carrier without a tracking number"), error);
      for (guint j = 0; j < shipment->items->len; j++)
        {
          const ScOrderShipmentItem *item = g_ptr_array_index (shipment->items, j);
          const ScOrderLine *line = item->sku != NULL ? sc_order_find_line (self, item->sku) : NULL;
          gint64 sum = GPOINTER_TO_SIZE (g_hash_table_lookup (shipped, item->sku));

          if (line == NULL || item->quantity < 1 || item->quantity > line->quantity)
            return fail (self, _("a shipment carried an item the order does not have"), error);
          g_hash_table_insert (shipped, item->sku, GSIZE_TO_POINTER (sum + item->quantity));
        }
    }

  for (guint i = 0; i < self->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (self->lines, i);

      if ((gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (shipped, line->sku)) != line->fulfilled)
        {
          g_autofree char *problem =
            g_strdup_printf (_("its shipments do not carry what shipped of %s"), line->sku);

          return fail (self, problem, error);
        }
    }

  return TRUE;
}

static gboolean
check_messages (const ScOrder  *self,
                GError        **error)
{
  if (self->messages->len > 0 && self->state == SC_ORDER_STATE_DRAFT)
    return fail (self, _("a draft has messages to the customer"), error);

  for (guint i = 0; i < self->messages->len; i++)
    {
      const ScOrderMessage *message = g_ptr_array_index (self->messages, i);
      const char *text = message->text;

      if (message->sent_at <= 0 || text == NULL || !g_utf8_validate (text, -1, NULL)
          || *text == '\0' || g_ascii_isspace (*text)
          || g_ascii_isspace (text[strlen (text) - 1])
          || g_utf8_strlen (text, -1) > SC_ORDER_MAX_MESSAGE_LENGTH)
        return fail (self, _("a message to the customer is empty, too long or undated"), error);
      if (i > 0 && message->sent_at < ((const ScOrderMessage *) self->messages->pdata[i - 1])->sent_at)
        return fail (self, _("its messages are not in time order"), error);
    }

  return TRUE;
}

/**
 * sc_order_check:
 *
 * Whether every field is in range and the fields agree with each other
 * as the operations would have left them.
 */
gboolean
sc_order_check (const ScOrder  *self,
                GError        **error)
{
  g_autoptr(GHashTable) skus = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->name != NULL && self->lines != NULL && self->messages != NULL,
                        FALSE);

  if (*self->name == '\0' || self->customer == NULL || self->currency == NULL)
    return fail (self, _("its name, customer or currency is missing"), error);
  if (self->state > SC_ORDER_STATE_CANCELLED || self->payment > SC_ORDER_PAYMENT_AUTOMATIC
      || self->hold > SC_ORDER_HOLD_PAYMENT_ISSUE || self->cancel_reason > SC_ORDER_CANCEL_OTHER
      || (self->risk & ~SC_ORDER_RISK_ALL) != 0)
    return fail (self, _("a state, reason or signal is unknown"), error);
  if (self->handling_hours < 1 || self->handling_hours > SC_ORDER_MAX_HANDLING_HOURS)
    return fail (self, _("its handling time is out of range"), error);

  skus = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->lines->len; i++)
    if (!check_line (self, g_ptr_array_index (self->lines, i), skus, error))
      return FALSE;

  return check_money (self, error) && check_progress (self, error)
         && check_shipments (self, error) && check_messages (self, error);
}
