/* sc-order-messages.c - what the store and the customer told each other about an order
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A message changes no status: it is part of the order's timeline, so a
 * debrief can tell whether the customer heard about a delay or a hold,
 * and whether a customer who wrote was answered.
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
  ScOrderMessage *copy;

  g_return_val_if_fail (message != NULL, NULL);

  copy = sc_order_message_new (message->sent_at, message->text);
  copy->from_customer = message->from_customer;
  return copy;
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
static gboolean
add_message (ScOrder     *self,
             const char  *text,
             gboolean     from_customer,
             gint64       now,
             GError     **error)
{
  g_autofree char *stripped = NULL;
  ScOrderMessage *message;
  glong length;

  if (!sc_order_can (self, SC_ORDER_ACTION_NOTIFY, now, error))
    return FALSE;

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*stripped == '\0')
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          from_customer ? _("The customer's message about order %s is empty")
                                        : _("Write the message to the customer of order %s"),
                          self->name);
  if (!g_utf8_validate (stripped, -1, NULL))
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          from_customer ? _("The customer's message about order %s is not valid text")
                                        : _("The message to the customer of order %s is not valid text"),
                          self->name);
  length = g_utf8_strlen (stripped, -1);
  if (length > SC_ORDER_MAX_MESSAGE_LENGTH)
    return sc_order_fail (error, SC_ORDER_ERROR_INVALID,
                          from_customer ? _("The customer's message about order %s is %ld characters "
                                            "long; keep it to %d")
                                        : _("The message to the customer of order %s is %ld characters "
                                            "long; keep it to %d"),
                          self->name, length, SC_ORDER_MAX_MESSAGE_LENGTH);

  message = sc_order_message_new (now, stripped);
  message->from_customer = from_customer;
  g_ptr_array_add (self->messages, message);
  return TRUE;
}

gboolean
sc_order_notify (ScOrder     *self,
                 const char  *text,
                 gint64       now,
                 GError     **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return add_message (self, text, FALSE, now, error);
}

/**
 * sc_order_receive:
 * @text: what the customer wrote; spaces around it are dropped
 * @now: when it arrived
 *
 * Records a message the customer wrote about a placed order, with the
 * same rules as sc_order_notify (). A scenario's customers write; the
 * learner answers with sc_order_notify ().
 */
gboolean
sc_order_receive (ScOrder     *self,
                  const char  *text,
                  gint64       now,
                  GError     **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return add_message (self, text, TRUE, now, error);
}

/**
 * sc_order_count_sent:
 *
 * Returns: how many messages the store sent the customer
 */
guint
sc_order_count_sent (const ScOrder *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->messages->len; i++)
    if (!((const ScOrderMessage *) g_ptr_array_index (self->messages, i))->from_customer)
      n++;
  return n;
}

/**
 * sc_order_awaits_reply:
 *
 * Returns: whether the customer wrote and the store has sent nothing
 *   since
 */
gboolean
sc_order_awaits_reply (const ScOrder *self)
{
  const ScOrderMessage *last;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->messages->len == 0)
    return FALSE;
  last = g_ptr_array_index (self->messages, self->messages->len - 1);
  return last->from_customer;
}
