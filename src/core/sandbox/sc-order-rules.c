/* sc-order-rules.c - whether an order allows an action now, and why not
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place the state rules live: the operations call sc_order_can ()
 * before looking at their arguments, and a panel calls it to disable a
 * button and explain why, so the learner reads the same sentence in both.
 * Each message says what is wrong and what to do instead.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-private.h"

static gint64
outstanding_minor (const ScOrder *self)
{
  ScMoney outstanding;

  /* An order whose total overflows cannot be placed, so this only
   * guards against a damaged one: treat it as owing money. */
  if (!sc_order_get_outstanding (self, &outstanding, NULL))
    return G_MAXINT64;

  return outstanding.minor;
}

static gboolean
fail_nothing_left (const ScOrder  *self,
                   GError        **error)
{
  return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                        _("Every item of order %s has shipped or been removed; "
                          "there is nothing left to fulfil"),
                        self->name);
}

static gboolean
fail_cancelled (const ScOrder  *self,
                const char     *consequence,
                GError        **error)
{
  return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                        _("Order %s was cancelled; %s"), self->name, consequence);
}

static gboolean
fail_voided (const ScOrder  *self,
             const char     *consequence,
             GError        **error)
{
  return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                        _("The payment of order %s was voided; %s"), self->name, consequence);
}

static gboolean
can_capture (const ScOrder  *self,
             gint64          now,
             GError        **error)
{
  if (self->state == SC_ORDER_STATE_CANCELLED)
    return fail_cancelled (self, _("its payment can no longer be captured"), error);
  if (self->voided)
    return fail_voided (self, _("it can no longer be captured"), error);
  if (outstanding_minor (self) == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s has been paid in full; there is nothing left to capture"),
                          self->name);
  if (self->authorized == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s has no card authorization to capture; "
                            "mark it as paid once the payment arrives"),
                          self->name);
  if (sc_order_authorization_expired (self, now))
    {
      g_autofree char *expiry = sc_order_format_time (sc_order_get_authorization_expiry (self));

      return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                            _("The card authorization of order %s expired on %s; "
                              "collect the payment again and mark the order as paid"),
                            self->name, expiry);
    }
  if (sc_order_capturable_minor (self, now) == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("The card authorization of order %s has been captured in full; "
                            "collect the rest and mark the order as paid"),
                          self->name);

  return TRUE;
}

static gboolean
can_mark_as_paid (const ScOrder  *self,
                  gint64          now,
                  GError        **error)
{
  gint64 capturable;

  if (self->state == SC_ORDER_STATE_CANCELLED)
    return fail_cancelled (self, _("it can no longer be paid"), error);
  if (self->voided)
    return fail_voided (self, _("cancel the order instead of marking it as paid"), error);
  if (outstanding_minor (self) == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s has been paid in full"), self->name);

  capturable = sc_order_capturable_minor (self, now);
  if (capturable > 0)
    {
      g_autofree char *amount = sc_order_format_amount (self, capturable);

      return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                            _("Order %s has a card authorization for %s; "
                              "capture it instead of marking the order as paid"),
                            self->name, amount);
    }

  return TRUE;
}

static gboolean
can_void (const ScOrder  *self,
          GError        **error)
{
  if (self->state == SC_ORDER_STATE_CANCELLED)
    return fail_cancelled (self, _("there is no payment left to void"), error);
  if (self->voided)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("The payment of order %s has already been voided"), self->name);
  if (self->captured > 0)
    {
      g_autofree char *amount = sc_order_format_amount (self, self->captured);

      return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                            _("%s of order %s has been captured; "
                              "refund it instead of voiding the payment"),
                            amount, self->name);
    }
  if (outstanding_minor (self) == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s has nothing to pay; there is no payment to void"),
                          self->name);
  if (self->state == SC_ORDER_STATE_CLOSED)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s is closed; reopen it before voiding its payment"),
                          self->name);

  return TRUE;
}

static gboolean
can_hold (const ScOrder  *self,
          GError        **error)
{
  if (self->state == SC_ORDER_STATE_CANCELLED)
    return fail_cancelled (self, _("there is nothing to hold"), error);
  if (self->hold != SC_ORDER_HOLD_NONE)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s is already on hold for %s"),
                          self->name, sc_order_hold_reason_phrase (self->hold));
  if (sc_order_count_unfulfilled (self) == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Every item of order %s has shipped or been removed; "
                            "a hold has nothing left to stop"),
                          self->name);

  return TRUE;
}

static gboolean
can_release_hold (const ScOrder  *self,
                  GError        **error)
{
  if (self->hold == SC_ORDER_HOLD_NONE)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s is not on hold"), self->name);

  return TRUE;
}

static gboolean
can_fulfil (const ScOrder  *self,
            GError        **error)
{
  if (self->state == SC_ORDER_STATE_CANCELLED)
    return fail_cancelled (self, _("its items must not ship"), error);
  if (sc_order_count_unfulfilled (self) == 0)
    return fail_nothing_left (self, error);
  if (self->voided)
    return fail_voided (self, _("cancel the order instead of fulfilling it"), error);
  if (sc_order_get_financial_status (self) == SC_ORDER_FINANCIAL_REFUNDED)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s has been refunded in full; "
                            "cancel its remaining items instead of shipping them"),
                          self->name);
  if (self->hold != SC_ORDER_HOLD_NONE)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s is on hold for %s; release the hold before fulfilling it"),
                          self->name, sc_order_hold_reason_phrase (self->hold));

  return TRUE;
}

static gboolean
can_cancel (const ScOrder  *self,
            GError        **error)
{
  gint64 shipped;

  if (self->state == SC_ORDER_STATE_CANCELLED)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s has already been cancelled"), self->name);

  shipped = sc_order_count_fulfilled (self);
  if (shipped > 0)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%" G_GINT64_FORMAT " item of %s has shipped; "
                                       "refund it instead of cancelling the order",
                                       "%" G_GINT64_FORMAT " items of %s have shipped; "
                                       "refund them instead of cancelling the order",
                                       shipped),
                          shipped, self->name);
  if (self->state == SC_ORDER_STATE_CLOSED)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s is closed; reopen it before cancelling it"), self->name);

  return TRUE;
}

static gboolean
can_refund (const ScOrder  *self,
            GError        **error)
{
  if (self->state == SC_ORDER_STATE_CANCELLED)
    return fail_cancelled (self, _("whatever was paid on it was refunded then"), error);
  if (self->captured == 0)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("No payment has been captured on order %s, so there is nothing "
                            "to refund; cancel the order if it should not ship"),
                          self->name);
  if (self->refunded >= self->captured)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Everything paid on order %s has already been refunded"),
                          self->name);

  return TRUE;
}

static gboolean
can_close (const ScOrder  *self,
           GError        **error)
{
  gint64 unfulfilled;
  gint64 outstanding;

  if (self->state == SC_ORDER_STATE_CANCELLED)
    return fail_cancelled (self, _("it has already left the open orders"), error);
  if (self->state == SC_ORDER_STATE_CLOSED)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          _("Order %s is already closed"), self->name);

  unfulfilled = sc_order_count_unfulfilled (self);
  if (unfulfilled > 0)
    return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%" G_GINT64_FORMAT " item of %s is still to ship; "
                                       "fulfil or cancel it before closing the order",
                                       "%" G_GINT64_FORMAT " items of %s are still to ship; "
                                       "fulfil or cancel them before closing the order",
                                       unfulfilled),
                          unfulfilled, self->name);

  outstanding = outstanding_minor (self);
  if (outstanding > 0)
    {
      g_autofree char *amount = sc_order_format_amount (self, outstanding);

      return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                            _("Order %s still has %s outstanding; "
                              "collect the payment before closing the order"),
                            self->name, amount);
    }

  return TRUE;
}

/**
 * sc_order_can:
 * @action: what the learner wants to do
 * @now: the sandbox's clock, Unix seconds (authorizations expire)
 * @error: (nullable): why not, in words a learner can act on
 *
 * Whether the order's state allows @action now. It does not judge an
 * operation's arguments (a SKU, a quantity, an amount): the operation
 * does that after asking this.
 */
gboolean
sc_order_can (const ScOrder  *self,
              ScOrderAction   action,
              gint64          now,
              GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (action <= SC_ORDER_ACTION_NOTIFY, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->state == SC_ORDER_STATE_DRAFT)
    {
      if (action == SC_ORDER_ACTION_EDIT)
        return TRUE;
      if (action != SC_ORDER_ACTION_PLACE)
        return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                              _("Order %s is a draft; place it first"), self->name);
      if (self->lines->len == 0)
        return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                              _("Order %s has no items; add at least one before placing it"),
                              self->name);
      return TRUE;
    }

  switch (action)
    {
    case SC_ORDER_ACTION_EDIT:
      return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                            _("Order %s has been placed; its items and amounts "
                              "can no longer be changed"),
                            self->name);
    case SC_ORDER_ACTION_PLACE:
      return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                            _("Order %s has already been placed"), self->name);
    case SC_ORDER_ACTION_CAPTURE:
      return can_capture (self, now, error);
    case SC_ORDER_ACTION_MARK_AS_PAID:
      return can_mark_as_paid (self, now, error);
    case SC_ORDER_ACTION_VOID:
      return can_void (self, error);
    case SC_ORDER_ACTION_HOLD:
      return can_hold (self, error);
    case SC_ORDER_ACTION_RELEASE_HOLD:
      return can_release_hold (self, error);
    case SC_ORDER_ACTION_FULFIL:
      return can_fulfil (self, error);
    case SC_ORDER_ACTION_CANCEL:
      return can_cancel (self, error);
    case SC_ORDER_ACTION_REFUND:
      return can_refund (self, error);
    case SC_ORDER_ACTION_CLOSE:
      return can_close (self, error);
    case SC_ORDER_ACTION_REOPEN:
      if (self->state != SC_ORDER_STATE_CLOSED)
        return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                              _("Order %s is not closed"), self->name);
      return TRUE;
    case SC_ORDER_ACTION_ADD_TRACKING:
      if (self->shipments->len == 0)
        return sc_order_fail (error, SC_ORDER_ERROR_NOT_ALLOWED,
                              _("Order %s has no shipments yet; fulfil items first"), self->name);
      return TRUE;
    case SC_ORDER_ACTION_NOTIFY:
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}
