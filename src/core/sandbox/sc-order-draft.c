/* sc-order-draft.c - putting a draft order together before it is placed
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A placed order's items and amounts never change: refunds and removals
 * are recorded beside them, as a back office keeps the original order.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-private.h"

/**
 * sc_order_add_line:
 * @sku: the item's SKU; one line per SKU
 * @title: (nullable): what the customer sees: "Mug, blue"
 * @quantity: 1 … %SC_ORDER_MAX_QUANTITY
 * @unit_price: in the order's currency, not negative (a free gift is 0)
 */
gboolean
sc_order_add_line (ScOrder     *self,
                   const char  *sku,
                   const char  *title,
                   gint64       quantity,
                   ScMoney      unit_price,
                   GError     **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (sku != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_EDIT, 0, error))
    return FALSE;
  if (*sku == '\0')
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("An item of order %s has no SKU; every line needs one"),
                          self->name);
  if (sc_order_find_line (self, sku) != NULL)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Order %s already has a line for SKU %s; each SKU appears once"),
                          self->name, sku);
  if (quantity < 1 || quantity > SC_ORDER_MAX_QUANTITY)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("The quantity of %s in order %s must be between 1 and %"
                            G_GINT64_FORMAT "; it is %" G_GINT64_FORMAT),
                          sku, self->name, SC_ORDER_MAX_QUANTITY, quantity);
  if (!sc_order_check_amount (self, unit_price, _("unit price"), error))
    return FALSE;

  g_ptr_array_add (self->lines, sc_order_line_new (sku, title, quantity, unit_price.minor));
  return TRUE;
}

gboolean
sc_order_set_shipping (ScOrder  *self,
                       ScMoney   shipping,
                       GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_EDIT, 0, error)
      || !sc_order_check_amount (self, shipping, _("shipping"), error))
    return FALSE;

  self->shipping = shipping.minor;
  return TRUE;
}

/* The tax on the items, as checkout computed it. */
gboolean
sc_order_set_tax (ScOrder  *self,
                  ScMoney   tax,
                  GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_EDIT, 0, error)
      || !sc_order_check_amount (self, tax, _("tax"), error))
    return FALSE;

  self->tax = tax.minor;
  return TRUE;
}

/* The store's promise: orders ship within @hours of being placed. */
gboolean
sc_order_set_handling_hours (ScOrder  *self,
                             gint64    hours,
                             GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_EDIT, 0, error))
    return FALSE;
  if (hours < 1 || hours > SC_ORDER_MAX_HANDLING_HOURS)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("The handling time of order %s must be between 1 and %d hours; "
                            "it is %" G_GINT64_FORMAT),
                          self->name, SC_ORDER_MAX_HANDLING_HOURS, hours);

  self->handling_hours = hours;
  return TRUE;
}
