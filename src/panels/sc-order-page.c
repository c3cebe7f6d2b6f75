/* sc-order-page.c - one order of the Orders section: what it is, and the steps a learner may take
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laid out as a store admin's order page: the name with its payment and
 * fulfilment pills, a line saying what the order waits for, the step
 * buttons, then cards for the items, the payment, the shipments, the
 * risk analysis and the messages to the customer.
 *
 * Every step a real platform offers on an order is a button here, even
 * one the order's state forbids now: pressing it says why not, in the
 * rule's own words (sc_order_can ()), because a refusal explained is the
 * lesson. A step that needs more (quantities, a reason, an amount) opens
 * its form (sc-order-page-forms.c). The page itself changes nothing: it
 * emits ::request, and the Orders section applies it and sets the order
 * again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-detail-card.h"
#include "sc-order-page-private.h"
#include "sc-order-row.h"
#include "sc-styles.h"

enum {
  REQUEST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ScOrderPage, sc_order_page, ADW_TYPE_BIN)

typedef struct
{
  ScOrderAction  action;
  const char    *label;
  gboolean       suggested;
  gboolean       destructive;  /* only where the button itself destroys; a form asks first */
} StepButton;

/* In the order a clerk meets them: pay, check, ship, tell, then undo
 * the sale. */
static const StepButton steps[] = {
  { SC_ORDER_ACTION_FULFIL, N_("_Fulfil Items…"), TRUE, FALSE },
  { SC_ORDER_ACTION_CAPTURE, N_("_Capture Payment…"), FALSE, FALSE },
  { SC_ORDER_ACTION_MARK_AS_PAID, N_("Mark as _Paid"), FALSE, FALSE },
  { SC_ORDER_ACTION_HOLD, N_("_Hold…"), FALSE, FALSE },
  { SC_ORDER_ACTION_RELEASE_HOLD, N_("_Release Hold…"), FALSE, FALSE },
  { SC_ORDER_ACTION_ADD_TRACKING, N_("Add _Tracking…"), FALSE, FALSE },
  { SC_ORDER_ACTION_NOTIFY, N_("_Message Customer…"), FALSE, FALSE },
  { SC_ORDER_ACTION_REFUND, N_("Re_fund…"), FALSE, FALSE },
  { SC_ORDER_ACTION_VOID, N_("_Void Payment…"), FALSE, FALSE },
  { SC_ORDER_ACTION_CANCEL, N_("Ca_ncel Order…"), FALSE, FALSE },
  { SC_ORDER_ACTION_CLOSE, N_("_Archive"), FALSE, FALSE },
  { SC_ORDER_ACTION_REOPEN, N_("U_narchive"), FALSE, FALSE },
};

void
sc_order_page_emit_request (ScOrderPage          *self,
                            const ScOrderRequest *request)
{
  g_signal_emit (self, signals[REQUEST], 0, request);
}

/**
 * sc_order_page_explain:
 * @message: why a step was refused, in the rule's words
 *
 * Returns: (transfer none): the dialog saying it, presented
 */
GtkWidget *
sc_order_page_explain (ScOrderPage *self,
                       const char  *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (sc_styles_message_dialog_new (GTK_WIDGET (self), _("Not Allowed Now"),
                                                             message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static gboolean
order_allows (ScOrderPage   *self,
              ScOrderAction  action,
              GError       **error)
{
  if (action == SC_ORDER_ACTION_ADD_TRACKING)
    {
      if (self->order->shipments->len > 0)
        return TRUE;
      g_set_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_NOT_ALLOWED,
                   _("Order %s has not shipped anything yet; fulfil items first"),
                   self->order->name);
      return FALSE;
    }
  if (action == SC_ORDER_ACTION_NOTIFY)
    {
      if (self->order->state != SC_ORDER_STATE_DRAFT)
        return TRUE;
      g_set_error (error, SC_ORDER_ERROR, SC_ORDER_ERROR_NOT_ALLOWED,
                   _("Order %s is a draft; there is no customer to tell yet"), self->order->name);
      return FALSE;
    }

  return sc_order_can (self->order, action, self->now, error);
}

/**
 * sc_order_page_open_form:
 *
 * Does what pressing the step's button does: explains a refusal, opens
 * the step's form, or asks for the step at once when it needs nothing.
 *
 * Returns: (transfer none) (nullable): the dialog shown (the refusal or
 *   the form), or %NULL when the step needed nothing more
 */
GtkWidget *
sc_order_page_open_form (ScOrderPage   *self,
                         ScOrderAction  action)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SC_IS_ORDER_PAGE (self), NULL);
  g_return_val_if_fail (self->order != NULL, NULL);

  if (!order_allows (self, action, &error))
    return sc_order_page_explain (self, error->message);

  if (action == SC_ORDER_ACTION_MARK_AS_PAID || action == SC_ORDER_ACTION_CLOSE
      || action == SC_ORDER_ACTION_REOPEN)
    {
      ScOrderRequest request = { .action = action };

      sc_order_page_emit_request (self, &request);
      return NULL;
    }

  return sc_order_page_form_new (self, action);
}

static void
step_clicked_cb (GtkButton   *button,
                 ScOrderPage *self)
{
  ScOrderAction action = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "action"));

  sc_order_page_open_form (self, action);
}

static void
build_buttons (ScOrderPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_(steps[i].label));

      if (steps[i].suggested)
        gtk_widget_add_css_class (button, "suggested-action");
      if (steps[i].destructive)
        gtk_widget_add_css_class (button, "destructive-action");
      g_object_set_data (G_OBJECT (button), "action", GUINT_TO_POINTER (steps[i].action));
      g_signal_connect (button, "clicked", G_CALLBACK (step_clicked_cb), self);
      gtk_flow_box_append (self->actions, button);
      /* A flow box child is a Tab stop of its own; the button is enough. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      g_hash_table_insert (self->buttons, GUINT_TO_POINTER (steps[i].action), button);
    }
}

/* Two pairs of steps share a place: only the one that fits is shown. */
static gboolean
step_is_shown (ScOrderPage   *self,
               ScOrderAction  action)
{
  switch (action)
    {
    case SC_ORDER_ACTION_HOLD:
      return self->order->hold == SC_ORDER_HOLD_NONE;
    case SC_ORDER_ACTION_RELEASE_HOLD:
      return self->order->hold != SC_ORDER_HOLD_NONE;
    case SC_ORDER_ACTION_CLOSE:
      return self->order->state != SC_ORDER_STATE_CLOSED;
    case SC_ORDER_ACTION_REOPEN:
      return self->order->state == SC_ORDER_STATE_CLOSED;
    default:
      return TRUE;
    }
}

/* A refused step stays pressable (it explains itself) but looks quiet,
 * and says why in its tooltip and accessible description. */
static void
update_buttons (ScOrderPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkWidget *button = g_hash_table_lookup (self->buttons, GUINT_TO_POINTER (steps[i].action));
      g_autoptr(GError) error = NULL;
      gboolean allowed = order_allows (self, steps[i].action, &error);

      gtk_widget_set_visible (gtk_widget_get_parent (button),
                              step_is_shown (self, steps[i].action));
      if (allowed)
        gtk_widget_remove_css_class (button, "sc-step-refused");
      else
        gtk_widget_add_css_class (button, "sc-step-refused");
      gtk_widget_set_tooltip_text (button, allowed ? NULL : error->message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      allowed ? "" : error->message, -1);
    }
}

static GtkWidget *
card_new (ScOrderPage *self,
          const char  *title)
{
  GtkWidget *card = sc_detail_card_new (title);

  gtk_box_append (self->sections, card);
  return card;
}

static char *
quantity_text (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

static void
build_items (ScOrderPage *self)
{
  const ScOrder *order = self->order;
  GtkWidget *card = card_new (self, _("Items"));
  GtkWidget *grid = sc_detail_grid_new ();
  const char *headers[] = {
    C_("order items column", "Item"), C_("order items column", "Ordered"),
    C_("order items column", "Shipped"), C_("order items column", "Removed"),
    C_("order items column", "Refunded"), C_("order items column", "Price"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (headers[i], i == 0 ? 0 : 1, TRUE), i, 0, 1, 1);

  for (guint i = 0; i < order->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (order->lines, i);
      g_autofree char *item = g_strdup_printf ("%s\n%s", line->title, line->sku);
      g_autofree char *ordered = quantity_text (line->quantity);
      g_autofree char *shipped = quantity_text (line->fulfilled);
      g_autofree char *removed = quantity_text (line->removed);
      g_autofree char *refunded = quantity_text (line->refunded);
      g_autofree char *price = sc_order_describe_money (order, line->unit_price);
      GtkWidget *item_label = sc_detail_cell_new (item, 0, FALSE);

      gtk_widget_set_hexpand (item_label, TRUE);
      gtk_grid_attach (GTK_GRID (grid), item_label, 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (ordered, 1, FALSE), 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (shipped, 1, FALSE), 2, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (removed, 1, FALSE), 3, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (refunded, 1, FALSE), 4, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (price, 1, FALSE), 5, i + 1, 1, 1);
    }

  gtk_box_append (GTK_BOX (card), grid);
}

static void
build_payment (ScOrderPage *self)
{
  const ScOrder *order = self->order;
  GtkWidget *card = card_new (self, _("Payment"));
  GtkWidget *grid = sc_detail_grid_new ();
  ScMoney subtotal = { 0 }, total = { 0 }, outstanding = { 0 };
  g_autofree char *subtotal_text = NULL;
  g_autofree char *shipping_text = sc_order_describe_money (order, order->shipping);
  g_autofree char *tax_text = sc_order_describe_money (order, order->tax);
  g_autofree char *total_text = NULL;
  g_autofree char *captured_text = sc_order_describe_money (order, order->captured);
  g_autofree char *refunded_text = sc_order_describe_money (order, order->refunded);
  g_autofree char *outstanding_text = NULL;
  int row = 0;

  sc_order_get_subtotal (order, &subtotal, NULL);
  sc_order_get_total (order, &total, NULL);
  sc_order_get_outstanding (order, &outstanding, NULL);
  subtotal_text = sc_order_describe_money (order, subtotal.minor);
  total_text = sc_order_describe_money (order, total.minor);
  outstanding_text = sc_order_describe_money (order, outstanding.minor);

  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Subtotal"), subtotal_text, FALSE);
  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Shipping"), shipping_text, FALSE);
  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Tax"), tax_text, FALSE);
  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Total"), total_text, TRUE);
  if (order->authorized > 0)
    {
      g_autofree char *amount = sc_order_describe_money (order, order->authorized);
      g_autofree char *expiry = sc_order_describe_time (sc_order_get_authorization_expiry (order));
      g_autofree char *text = NULL;

      if (sc_order_authorization_expired (order, self->now))
        /* Translators: an authorized amount and when it could no longer be captured */
        text = g_strdup_printf (_("%s, expired %s"), amount, expiry);
      else
        /* Translators: an authorized amount and until when it can be captured */
        text = g_strdup_printf (_("%s, until %s"), amount, expiry);
      sc_detail_add_value_row (GTK_GRID (grid), row++, _("Authorized"), text, FALSE);
    }
  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Paid by customer"), captured_text, FALSE);
  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Refunded"), refunded_text, FALSE);
  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Balance due"), outstanding_text, TRUE);
  gtk_box_append (GTK_BOX (card), grid);
}

static void
build_shipments (ScOrderPage *self)
{
  const ScOrder *order = self->order;
  GtkWidget *card = card_new (self, _("Shipments"));

  if (order->shipments->len == 0)
    gtk_box_append (GTK_BOX (card), sc_detail_cell_new (_("Nothing has shipped yet."), 0, TRUE));

  for (guint i = 0; i < order->shipments->len; i++)
    {
      const ScOrderShipment *shipment = g_ptr_array_index (order->shipments, i);
      g_autoptr(GString) items = g_string_new (NULL);
      g_autofree char *when = sc_order_describe_time (shipment->shipped_at);
      g_autofree char *tracking = NULL;
      g_autofree char *text = NULL;

      for (guint j = 0; j < shipment->items->len; j++)
        {
          const ScOrderShipmentItem *item = g_ptr_array_index (shipment->items, j);

          g_string_append_printf (items, "%s%" G_GINT64_FORMAT " × %s", j > 0 ? ", " : "",
                                  item->quantity, item->sku);
        }
      tracking = shipment->tracking != NULL
                 ? g_strdup_printf ("%s %s", shipment->carrier, shipment->tracking)
                 : g_strdup (_("no tracking number yet"));
      /* Translators: one parcel: when it shipped, its tracking, what it carried */
      text = g_strdup_printf (_("Shipment %u, %s: %s. %s"), i + 1, when, tracking, items->str);
      gtk_box_append (GTK_BOX (card), sc_detail_cell_new (text, 0, FALSE));
    }
}

static const char *
describe_signal (ScOrderRiskSignals signal)
{
  switch (signal)
    {
    case SC_ORDER_RISK_COUNTRY_MISMATCH:
      return _("The billing and shipping countries differ.");
    case SC_ORDER_RISK_AVS_MISMATCH:
      return _("The card’s billing address did not match (AVS).");
    case SC_ORDER_RISK_CVV_MISMATCH:
      return _("The card’s security code did not match (CVV).");
    case SC_ORDER_RISK_MANY_PAYMENT_ATTEMPTS:
      return _("Several payment attempts came before this one.");
    case SC_ORDER_RISK_HIGH_VALUE_FIRST_ORDER:
      return _("A high-value first order from a new customer.");
    case SC_ORDER_RISK_ANONYMOUS_IP:
      return _("Placed through a proxy, VPN or Tor.");
    default:
      return "";
    }
}

static void
build_risk (ScOrderPage *self)
{
  const ScOrder *order = self->order;
  GtkWidget *card = card_new (self, _("Fraud Analysis"));
  g_autofree char *level = NULL;

  level = g_strdup_printf ("%s. %s", sc_order_describe_risk (sc_order_get_risk_level (order)),
                           order->reviewed ? _("Someone reviewed it.") : _("Not reviewed yet."));
  gtk_box_append (GTK_BOX (card), sc_detail_cell_new (level, 0, FALSE));
  if (order->risk == 0)
    gtk_box_append (GTK_BOX (card), sc_detail_cell_new (_("No risk signals were raised at checkout."), 0,
                                              TRUE));
  for (guint bit = 0; bit < 6; bit++)
    if (order->risk & (1u << bit))
      {
        g_autofree char *text = g_strdup_printf ("• %s", describe_signal (1u << bit));

        gtk_box_append (GTK_BOX (card), sc_detail_cell_new (text, 0, FALSE));
      }
}

static void
build_messages (ScOrderPage *self)
{
  const ScOrder *order = self->order;
  GtkWidget *card = card_new (self, _("Messages"));

  if (order->messages->len == 0)
    gtk_box_append (GTK_BOX (card), sc_detail_cell_new (_("No messages yet."), 0, TRUE));
  for (guint i = 0; i < order->messages->len; i++)
    {
      const ScOrderMessage *message = g_ptr_array_index (order->messages, i);
      g_autofree char *when = sc_order_describe_time (message->sent_at);
      g_autofree char *who = NULL;

      if (message->from_customer)
        /* Translators: who wrote a message about an order, and when: "Maya Fischer wrote, 2 Dec, 08:15" */
        who = g_strdup_printf (_("%s wrote, %s"), order->customer, when);
      else
        /* Translators: a message the store sent, and when: "You sent, 2 Dec, 08:15" */
        who = g_strdup_printf (_("You sent, %s"), when);
      gtk_box_append (GTK_BOX (card), sc_detail_cell_new (who, 0, TRUE));
      gtk_box_append (GTK_BOX (card), sc_detail_cell_new (message->text, 0, FALSE));
    }
}

/* One line saying who, when, and what the order waits for. */
static char *
describe_summary (ScOrderPage *self)
{
  const ScOrder *order = self->order;
  g_autofree char *placed = sc_order_describe_time (order->placed_at);
  g_autofree char *deadline = sc_order_describe_deadline (order, self->now);
  g_autofree char *state = NULL;

  if (order->state == SC_ORDER_STATE_CANCELLED)
    /* Translators: a cancelled order's reason */
    state = g_strdup_printf (_("Cancelled: %s."), sc_order_describe_cancel (order->cancel_reason));
  else if (order->state == SC_ORDER_STATE_CLOSED)
    state = g_strdup (_("Archived."));
  else if (order->hold != SC_ORDER_HOLD_NONE)
    /* Translators: why an order is on hold */
    state = g_strdup_printf (_("On hold: %s."), sc_order_describe_hold (order->hold));
  else
    state = g_strdup_printf ("%s.", deadline);

  if (sc_order_awaits_reply (order))
    {
      g_autofree char *plain = g_steal_pointer (&state);

      /* Translators: what the order waits for, then that its customer wrote */
      state = g_strdup_printf (_("%s The customer wrote and is waiting for an answer."), plain);
    }

  if (sc_order_needs_review (order))
    {
      g_autofree char *plain = g_steal_pointer (&state);

      /* Translators: what the order waits for, then the risk warning */
      state = g_strdup_printf (_("%s High risk: review the fraud analysis before taking "
                                 "payment or shipping."), plain);
    }

  /* Translators: "Placed 2 Dec, 08:15 by Maya Fischer. Ship within 5 hours." */
  return g_strdup_printf (_("Placed %s by %s. %s"), placed, order->customer, state);
}

static void
set_pill (GtkLabel   *pill,
          char       *text,
          const char *tone)
{
  const char *classes[] = { "sc-status-pill", tone, NULL };

  gtk_label_set_label (pill, text);
  gtk_widget_set_css_classes (GTK_WIDGET (pill), classes);
  g_free (text);
}

/* The name, the pills and the summary: what the clock can change. */
static void
update_header (ScOrderPage *self)
{
  const ScOrder *order = self->order;
  g_autofree char *summary = describe_summary (self);
  ScOrderFinancialStatus financial = sc_order_get_financial_status (order);
  ScOrderFulfilmentStatus fulfilment = sc_order_get_fulfilment_status (order);

  gtk_label_set_label (self->heading, order->name);
  set_pill (self->payment_pill, sc_order_describe_financial (order, self->now),
            financial == SC_ORDER_FINANCIAL_PAID ? "sc-status-active"
            : financial <= SC_ORDER_FINANCIAL_PARTIALLY_PAID ? "sc-status-warning"
            : "sc-status-archived");
  set_pill (self->fulfilment_pill, sc_order_describe_fulfilment (order),
            order->state == SC_ORDER_STATE_OPEN && order->hold != SC_ORDER_HOLD_NONE
            ? "sc-status-error"
            : fulfilment == SC_ORDER_FULFILMENT_FULFILLED ? "sc-status-active"
            : fulfilment == SC_ORDER_FULFILMENT_RESTOCKED ? "sc-status-archived"
            : "sc-status-warning");
  gtk_label_set_label (self->summary, summary);
}

static void
rebuild (ScOrderPage *self)
{
  GtkWidget *child;

  update_header (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections))) != NULL)
    gtk_box_remove (self->sections, child);
  /* A customer waiting for an answer is what the page is opened for. */
  if (sc_order_awaits_reply (self->order))
    build_messages (self);
  build_items (self);
  build_payment (self);
  build_shipments (self);
  build_risk (self);
  if (!sc_order_awaits_reply (self->order))
    build_messages (self);
  update_buttons (self);
}

/**
 * sc_order_page_set_order:
 * @now: the time the order was read, for its deadline and authorization
 *
 * Shows a copy of @order.
 */
void
sc_order_page_set_order (ScOrderPage   *self,
                         const ScOrder *order,
                         gint64         now)
{
  g_return_if_fail (SC_IS_ORDER_PAGE (self));
  g_return_if_fail (order != NULL);

  g_clear_pointer (&self->order, sc_order_free);
  self->order = sc_order_copy (order);
  self->now = now;
  rebuild (self);
}

/**
 * sc_order_page_set_now:
 * @now: the time it is now
 *
 * Reads the order shown against a later clock: its deadline, and whether
 * its authorization has expired. Only what the time changes is redone,
 * so the keyboard stays where it was.
 */
void
sc_order_page_set_now (ScOrderPage *self,
                       gint64       now)
{
  gboolean expired;

  g_return_if_fail (SC_IS_ORDER_PAGE (self));

  if (self->order == NULL || self->now == now)
    return;

  expired = sc_order_authorization_expired (self->order, self->now);
  self->now = now;
  if (self->order->authorized > 0 &&
      expired != sc_order_authorization_expired (self->order, now))
    {
      /* The payment card says until when it can be captured. */
      rebuild (self);
      return;
    }
  update_header (self);
  update_buttons (self);
}

const ScOrder *
sc_order_page_get_order (ScOrderPage *self)
{
  g_return_val_if_fail (SC_IS_ORDER_PAGE (self), NULL);

  return self->order;
}

/**
 * sc_order_page_focus_steps:
 *
 * Puts the keyboard on the first step shown, where a clerk starts.
 */
void
sc_order_page_focus_steps (ScOrderPage *self)
{
  g_return_if_fail (SC_IS_ORDER_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkWidget *button = g_hash_table_lookup (self->buttons, GUINT_TO_POINTER (steps[i].action));

      if (gtk_widget_get_visible (gtk_widget_get_parent (button)))
        {
          gtk_widget_grab_focus (button);
          return;
        }
    }
}

GtkWidget *
sc_order_page_get_action_button (ScOrderPage   *self,
                                 ScOrderAction  action)
{
  g_return_val_if_fail (SC_IS_ORDER_PAGE (self), NULL);

  return g_hash_table_lookup (self->buttons, GUINT_TO_POINTER (action));
}

static void
sc_order_page_dispose (GObject *object)
{
  ScOrderPage *self = SC_ORDER_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_ORDER_PAGE);
  g_clear_pointer (&self->buttons, g_hash_table_unref);
  g_clear_pointer (&self->order, sc_order_free);

  G_OBJECT_CLASS (sc_order_page_parent_class)->dispose (object);
}

static void
sc_order_page_class_init (ScOrderPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_order_page_dispose;

  /**
   * ScOrderPage::request:
   * @request: (type gpointer): the step and what it needs, an
   *   ScOrderRequest valid during the emission
   *
   * The learner asked for a step on the order shown.
   */
  signals[REQUEST] = g_signal_new ("request", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-order-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScOrderPage, actions);
  gtk_widget_class_bind_template_child (widget_class, ScOrderPage, fulfilment_pill);
  gtk_widget_class_bind_template_child (widget_class, ScOrderPage, heading);
  gtk_widget_class_bind_template_child (widget_class, ScOrderPage, payment_pill);
  gtk_widget_class_bind_template_child (widget_class, ScOrderPage, sections);
  gtk_widget_class_bind_template_child (widget_class, ScOrderPage, summary);
}

static void
sc_order_page_init (ScOrderPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->buttons = g_hash_table_new (NULL, NULL);
  build_buttons (self);
}

GtkWidget *
sc_order_page_new (void)
{
  return g_object_new (SC_TYPE_ORDER_PAGE, NULL);
}
