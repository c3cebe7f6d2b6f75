/* sc-order-shipments.c - an order's parcels: what each carried, and its tracking
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sits beside the operations: sc-order-ops.c records a shipment for each
 * fulfilment; tracking is added here, then or later.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-private.h"

/* Carriers' tracking numbers are up to ~35 characters; a longer text is
 * a paste gone wrong. */
#define MAX_TRACKING_LENGTH 64
#define MAX_CARRIER_LENGTH  64

static void
shipment_item_free (ScOrderShipmentItem *item)
{
  g_free (item->sku);
  g_free (item);
}

/**
 * sc_order_shipment_new:
 * @carrier: (nullable): %NULL or empty until tracking is added
 * @tracking: (nullable): likewise
 *
 * Returns: (transfer full): a shipment without items; add them with
 *   sc_order_shipment_add_item ()
 */
ScOrderShipment *
sc_order_shipment_new (gint64      shipped_at,
                       const char *carrier,
                       const char *tracking)
{
  ScOrderShipment *shipment = g_new0 (ScOrderShipment, 1);

  shipment->shipped_at = shipped_at;
  shipment->carrier = carrier != NULL && *carrier != '\0' ? g_strdup (carrier) : NULL;
  shipment->tracking = tracking != NULL && *tracking != '\0' ? g_strdup (tracking) : NULL;
  shipment->items = g_ptr_array_new_with_free_func ((GDestroyNotify) shipment_item_free);
  return shipment;
}

void
sc_order_shipment_add_item (ScOrderShipment *shipment,
                            const char      *sku,
                            gint64           quantity)
{
  ScOrderShipmentItem *item;

  g_return_if_fail (shipment != NULL);
  g_return_if_fail (sku != NULL && *sku != '\0');
  g_return_if_fail (quantity > 0);

  item = g_new0 (ScOrderShipmentItem, 1);
  item->sku = g_strdup (sku);
  item->quantity = quantity;
  g_ptr_array_add (shipment->items, item);
}

ScOrderShipment *
sc_order_shipment_copy (const ScOrderShipment *shipment)
{
  ScOrderShipment *copy;

  g_return_val_if_fail (shipment != NULL, NULL);

  copy = sc_order_shipment_new (shipment->shipped_at, shipment->carrier, shipment->tracking);
  for (guint i = 0; i < shipment->items->len; i++)
    {
      const ScOrderShipmentItem *item = g_ptr_array_index (shipment->items, i);

      sc_order_shipment_add_item (copy, item->sku, item->quantity);
    }
  return copy;
}

void
sc_order_shipment_free (ScOrderShipment *shipment)
{
  if (shipment == NULL)
    return;

  g_free (shipment->carrier);
  g_free (shipment->tracking);
  g_clear_pointer (&shipment->items, g_ptr_array_unref);
  g_free (shipment);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped == '\0';
}

static gboolean
check_length (const char  *text,
              gsize        max_length,
              GError     **error)
{
  if (g_utf8_validate (text, -1, NULL) && g_utf8_strlen (text, -1) <= (glong) max_length)
    return TRUE;

  return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                        _("“%s” is not a carrier’s name or tracking number; "
                          "check what was pasted"), text);
}

/* Whether @carrier and @tracking can go on a shipment of @self; the
 * request layer asks before fulfilling, so a typo ships nothing. */
gboolean
sc_order_check_tracking (const ScOrder  *self,
                         const char     *carrier,
                         const char     *tracking,
                         GError        **error)
{
  if (is_blank (carrier))
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Choose the carrier of the shipment of order %s"), self->name);
  if (is_blank (tracking))
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Enter the tracking number of the shipment of order %s"), self->name);

  return check_length (carrier, MAX_CARRIER_LENGTH, error)
         && check_length (tracking, MAX_TRACKING_LENGTH, error);
}

/**
 * sc_order_add_tracking:
 * @shipment: its index in @self's shipments
 * @carrier: the carrier's name, as the customer will read it
 * @tracking: the tracking number; spaces around it are dropped
 *
 * Sets or corrects the carrier and tracking number of a shipment. Any
 * order with shipments may get them, closed ones included: the number
 * often arrives after the order was archived.
 */
gboolean
sc_order_add_tracking (ScOrder     *self,
                       guint        shipment,
                       const char  *carrier,
                       const char  *tracking,
                       gint64       now,
                       GError     **error)
{
  ScOrderShipment *parcel;

  g_return_val_if_fail (self != NULL, FALSE);

  if (shipment >= self->shipments->len)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Order %s has no shipment %u; fulfil items first"),
                          self->name, shipment + 1);
  if (!sc_order_check_tracking (self, carrier, tracking, error))
    return FALSE;

  parcel = g_ptr_array_index (self->shipments, shipment);
  g_free (parcel->carrier);
  parcel->carrier = g_strstrip (g_strdup (carrier));
  g_free (parcel->tracking);
  parcel->tracking = g_strstrip (g_strdup (tracking));
  return TRUE;
}

/**
 * sc_order_count_untracked:
 *
 * Returns: how many of @self's shipments have no tracking number yet
 */
guint
sc_order_count_untracked (const ScOrder *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->shipments->len; i++)
    n += ((const ScOrderShipment *) g_ptr_array_index (self->shipments, i))->tracking == NULL;
  return n;
}
