/* sc-order-messages.c - what the store told the customer about an order
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A message changes no status: it is part of the order's timeline, so a
 * debrief can tell whether the customer heard about a delay or a hold.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-private.h"

/**
 * sc_order_message_new:
 * @text: the message as sent
 *
 * For a database layer that rebuilds an order; sc_order_notify () checks
 * what a learner sends.
 *
 * Returns: (transfer full): a message
 */
ScOrderMessage *
sc_order_message_new (gint64      sent_at,
                      const char *text)
{
  ScOrderMessage *message = g_new0 (ScOrderMessage, 1);

  message->sent_at = sent_at;
  message->text = g_strdup (text != NULL ? text : "");
  return message;
}

ScOrderMessage *
sc_order_message_copy (const ScOrderMessage *message)
{
  g_return_val_if_fail (message != NULL, NULL);

  return sc_order_message_new (message->sent_at, message->text);
}

void
sc_order_message_free (ScOrderMessage *message)
{
  if (message == NULL)
    return;

  g_free (message->text);
  g_free (message);
}

/**
 * sc_order_notify:
 * @text: the message; spaces around it are dropped
 * @now: when it is sent
 *
 * Records a message sent to the customer of a placed order. Refused for
 * a draft (there is no customer to tell yet), and for a blank message or
 * one longer than SC_ORDER_MAX_MESSAGE_LENGTH characters.
 */
gboolean
sc_order_notify (ScOrder     *self,
                 const char  *text,
                 gint64       now,
                 GError     **error)
{
  g_autofree char *stripped = NULL;
  glong length;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!sc_order_can (self, SC_ORDER_ACTION_NOTIFY, now, error))
    return FALSE;

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*stripped == '\0')
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("Write the message to the customer of order %s"), self->name);
  if (!g_utf8_validate (stripped, -1, NULL))
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("The message to the customer of order %s is not valid text"),
                          self->name);
  length = g_utf8_strlen (stripped, -1);
  if (length > SC_ORDER_MAX_MESSAGE_LENGTH)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          _("The message to the customer of order %s is %ld characters long; "
                            "keep it to %d"),
                          self->name, length, SC_ORDER_MAX_MESSAGE_LENGTH);

  g_ptr_array_add (self->messages, sc_order_message_new (now, stripped));
  return TRUE;
}
