/* sc-order-page-forms.c - the dialogs that ask what an order step needs
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each form is an AdwMessageDialog with the fields as its extra child,
 * filled with what a clerk would usually choose (every unshipped item,
 * the whole capturable amount, restocking on). Its apply response builds
 * one ScOrderRequest per step and hands it to the page; the rules judge
 * it there, so a form never repeats them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-page-private.h"
#include "sc-order-row.h"
#include "sc-styles.h"

typedef struct
{
  ScOrderPage   *page;
  ScOrderAction  action;
  GPtrArray     *spins;     /* GtkSpinButton, one per line part */
  GPtrArray     *restocks;  /* GtkDropDown beside each spin, for refunds */
  GtkWidget     *entry;     /* the amount, or the carrier */
  GtkWidget     *entry2;    /* the tracking number */
  GtkWidget     *choice;    /* a reason or a shipment */
  GtkWidget     *check;     /* restock, reviewed, refund shipping */
  GtkWidget     *text;      /* the message */
  GtkWidget     *total;     /* the refund's amount, as it is worked out */
  GtkWidget     *dialog;    /* the form itself, once made */
} Form;

static void
form_free (Form *form)
{
  g_clear_pointer (&form->spins, g_ptr_array_unref);
  g_clear_pointer (&form->restocks, g_ptr_array_unref);
  g_free (form);
}

static void
form_closure_free (gpointer  data,
                   GClosure *closure)
{
  form_free (data);
}

static GtkWidget *
labelled (GtkWidget  *grid,
          int         row,
          const char *text,
          GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), field, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  return field;
}

/* An item's line: its words across the form, its fields below them, so
 * a long title stays readable in a narrow dialog (and on a projector).
 * Takes two grid rows from @row. */
static GtkWidget *
item_line (GtkWidget  *grid,
           int         row,
           const char *text,
           GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, row > 0 ? 6 : 0);
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 2, 1);
  gtk_widget_set_halign (field, GTK_ALIGN_START);
  gtk_grid_attach (GTK_GRID (grid), field, 0, row + 1, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  return field;
}

static GtkWidget *
spin_new (gint64 most,
          gint64 value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, (double) most, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), (double) value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  return spin;
}

static gint64
spin_value (GtkWidget *spin)
{
  return gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin));
}

static GtkWidget *
dropdown_new (const char * const *choices,
              guint               selected)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (choices);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  return dropdown;
}

static const char *
entry_text (GtkWidget *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Fulfil */

static GtkWidget *
fulfil_fields (Form *form)
{
  const ScOrder *order = form->page->order;
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; i < order->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (order->lines, i);
      gint64 left = sc_order_line_get_unfulfilled (line);
      g_autofree char *text = NULL;
      GtkWidget *spin;

      if (left == 0)
        continue;
      /* Translators: a line to ship: its title, SKU and how many are left */
      text = g_strdup_printf (_("%s (%s), %" G_GINT64_FORMAT " to ship"), line->title, line->sku,
                              left);
      spin = item_line (grid, row, text, spin_new (left, left));
      row += 2;
      g_object_set_data_full (G_OBJECT (spin), "sku", g_strdup (line->sku), g_free);
      g_object_set_data (G_OBJECT (spin), "left", GINT_TO_POINTER ((int) left));
      g_ptr_array_add (form->spins, spin);
    }

  form->entry = labelled (grid, row++, _("_Carrier"), gtk_entry_new ());
  form->entry2 = labelled (grid, row++, _("Tracking _number"), gtk_entry_new ());
  gtk_entry_set_placeholder_text (GTK_ENTRY (form->entry), _("For example, DHL"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (form->entry2), _("Can be added later"));
  return grid;
}

static void
fulfil_apply (Form *form)
{
  gboolean everything = TRUE;
  const char *carrier = entry_text (form->entry);
  const char *tracking = entry_text (form->entry2);

  if (*carrier == '\0' && *tracking == '\0')
    carrier = tracking = NULL;

  for (guint i = 0; i < form->spins->len; i++)
    {
      GtkWidget *spin = g_ptr_array_index (form->spins, i);

      everything &= spin_value (spin) == GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "left"));
    }

  if (everything)
    {
      ScOrderRequest request = { .action = SC_ORDER_ACTION_FULFIL, .carrier = carrier,
                                 .tracking = tracking };

      sc_order_page_emit_request (form->page, &request);
      return;
    }

  for (guint i = 0; i < form->spins->len; i++)
    {
      GtkWidget *spin = g_ptr_array_index (form->spins, i);
      ScOrderRequest request = { .action = SC_ORDER_ACTION_FULFIL,
                                 .sku = g_object_get_data (G_OBJECT (spin), "sku"),
                                 .quantity = spin_value (spin),
                                 .carrier = carrier, .tracking = tracking };

      if (request.quantity > 0)
        sc_order_page_emit_request (form->page, &request);
    }
}

/* Capture */

static GtkWidget *
capture_fields (Form *form)
{
  const ScOrder *order = form->page->order;
  GtkWidget *grid = gtk_grid_new ();
  ScMoney capturable = { 0 };
  g_autofree char *amount = NULL;

  sc_order_get_capturable (order, form->page->now, &capturable, NULL);
  amount = sc_money_format (sc_money_init (capturable.minor, order->currency), '.', '\0');
  form->entry = labelled (grid, 0, _("_Amount to capture"), gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (form->entry), amount);
  gtk_entry_set_activates_default (GTK_ENTRY (form->entry), TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  return grid;
}

static void
capture_apply (Form *form)
{
  const ScOrder *order = form->page->order;
  ScOrderRequest request = { .action = SC_ORDER_ACTION_CAPTURE };
  g_autoptr(GError) error = NULL;

  if (!sc_money_parse (entry_text (form->entry), order->currency, '.', SC_MONEY_PARSE_GROUPING,
                       &request.amount, &error))
    sc_order_page_explain (form->page, error->message);
  else
    sc_order_page_emit_request (form->page, &request);
}

/* Hold and release */

static const ScOrderHoldReason hold_reasons[] = {
  SC_ORDER_HOLD_FRAUD_REVIEW, SC_ORDER_HOLD_ADDRESS_VERIFICATION, SC_ORDER_HOLD_AWAITING_STOCK,
  SC_ORDER_HOLD_CUSTOMER_REQUEST, SC_ORDER_HOLD_PAYMENT_ISSUE,
};

static GtkWidget *
hold_fields (Form *form)
{
  GtkWidget *grid = gtk_grid_new ();
  const char *names[G_N_ELEMENTS (hold_reasons) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (hold_reasons); i++)
    names[i] = sc_order_describe_hold (hold_reasons[i]);
  form->choice = labelled (grid, 0, _("_Reason"),
                           dropdown_new (names, sc_order_needs_review (form->page->order) ? 0 : 3));
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  return grid;
}

static GtkWidget *
release_fields (Form *form)
{
  const ScOrder *order = form->page->order;

  form->check = gtk_check_button_new_with_mnemonic (_("I _reviewed the risk signals"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (form->check),
                               order->hold == SC_ORDER_HOLD_FRAUD_REVIEW);
  return form->check;
}

/* Cancel */

static const ScOrderCancelReason cancel_reasons[] = {
  SC_ORDER_CANCEL_CUSTOMER, SC_ORDER_CANCEL_FRAUD, SC_ORDER_CANCEL_INVENTORY,
  SC_ORDER_CANCEL_DECLINED, SC_ORDER_CANCEL_STAFF, SC_ORDER_CANCEL_OTHER,
};

static GtkWidget *
cancel_fields (Form *form)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();
  const char *names[G_N_ELEMENTS (cancel_reasons) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (cancel_reasons); i++)
    names[i] = sc_order_describe_cancel (cancel_reasons[i]);
  form->choice = labelled (grid, 0, _("_Reason"), dropdown_new (names, 0));
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  form->check = gtk_check_button_new_with_mnemonic (_("Put the items back in _stock"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (form->check), TRUE);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), form->check);
  return box;
}

/* Refund: one row for the unshipped units of a line, one for its
 * shipped units, each with what happens to the goods. */

static const ScOrderRestock unshipped_restocks[] = { SC_ORDER_RESTOCK_CANCEL, SC_ORDER_RESTOCK_REMOVE };
static const ScOrderRestock shipped_restocks[] = {
  SC_ORDER_RESTOCK_RETURN, SC_ORDER_RESTOCK_RETURN_DAMAGED, SC_ORDER_RESTOCK_NONE,
};

static void
refund_requests (Form              *form,
                 GArray            *lines,
                 ScMoney           *shipping)
{
  const ScOrder *order = form->page->order;

  for (guint i = 0; i < form->spins->len; i++)
    {
      GtkWidget *spin = g_ptr_array_index (form->spins, i);
      GtkWidget *restock = g_ptr_array_index (form->restocks, i);
      gboolean shipped = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "shipped"));
      guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (restock));
      ScOrderRefundLine line = { .sku = g_object_get_data (G_OBJECT (spin), "sku"),
                                 .quantity = spin_value (spin) };

      line.restock = shipped ? shipped_restocks[MIN (chosen, G_N_ELEMENTS (shipped_restocks) - 1)]
                             : unshipped_restocks[MIN (chosen, G_N_ELEMENTS (unshipped_restocks) - 1)];
      if (line.quantity > 0)
        g_array_append_val (lines, line);
    }

  *shipping = sc_money_init (form->check != NULL
                             && gtk_check_button_get_active (GTK_CHECK_BUTTON (form->check))
                             ? order->shipping - order->shipping_refunded : 0,
                             order->currency);
}

static void
refund_update_total (Form *form)
{
  const ScOrder *order = form->page->order;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (ScOrderRefundLine));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ScMoney shipping, amount;
  gboolean ok = FALSE;

  refund_requests (form, lines, &shipping);
  if (lines->len == 0 && shipping.minor == 0)
    text = g_strdup (_("Choose what to refund."));
  else if (sc_order_calculate_refund (order, (ScOrderRefundLine *) lines->data, lines->len, shipping,
                                      form->page->now, &amount, &error))
    {
      g_autofree char *money = sc_order_describe_money (order, amount.minor);

      /* Translators: the amount a refund gives back, tax included */
      text = g_strdup_printf (_("Refund %s, tax included"), money);
      ok = TRUE;
    }
  else
    text = g_strdup (error->message);

  gtk_label_set_label (GTK_LABEL (form->total), text);
  /* Nothing to refund, or a refund the rules refuse: said above, and
   * not offered. */
  if (form->dialog != NULL)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (form->dialog), "apply", ok);
}

static void
add_refund_row (Form              *form,
                GtkWidget         *grid,
                int                row,
                const ScOrderLine *line,
                gboolean           shipped,
                gint64             most)
{
  static const char *unshipped_names[3] = { NULL };
  static const char *shipped_names[4] = { NULL };
  g_autofree char *text = NULL;
  GtkWidget *spin;
  GtkWidget *restock;

  unshipped_names[0] = _("Cancel and restock");
  unshipped_names[1] = _("Remove, do not restock");
  shipped_names[0] = _("Returned, restock");
  shipped_names[1] = _("Returned damaged");
  shipped_names[2] = _("Customer keeps it");

  text = shipped
         /* Translators: shipped units of a line that can be refunded */
         ? g_strdup_printf (_("%s (%s), shipped"), line->title, line->sku)
         /* Translators: unshipped units of a line that can be refunded */
         : g_strdup_printf (_("%s (%s), not shipped"), line->title, line->sku);
  spin = item_line (grid, row, text, spin_new (most, 0));
  restock = dropdown_new (shipped ? shipped_names : unshipped_names, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (restock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What happens to the items"), -1);
  gtk_grid_attach (GTK_GRID (grid), restock, 1, row + 1, 1, 1);
  g_object_set_data_full (G_OBJECT (spin), "sku", g_strdup (line->sku), g_free);
  g_object_set_data (G_OBJECT (spin), "shipped", GINT_TO_POINTER (shipped));
  g_ptr_array_add (form->spins, spin);
  g_ptr_array_add (form->restocks, restock);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (refund_update_total), form);
  g_signal_connect_swapped (restock, "notify::selected", G_CALLBACK (refund_update_total), form);
}

static GtkWidget *
refund_fields (Form *form)
{
  const ScOrder *order = form->page->order;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; i < order->lines->len; i++)
    {
      const ScOrderLine *line = g_ptr_array_index (order->lines, i);
      gint64 unshipped = sc_order_line_get_unfulfilled (line);
      gint64 shipped = line->fulfilled - line->refunded;

      if (unshipped > 0)
        {
          add_refund_row (form, grid, row, line, FALSE, unshipped);
          row += 2;
        }
      if (shipped > 0)
        {
          add_refund_row (form, grid, row, line, TRUE, shipped);
          row += 2;
        }
    }
  gtk_box_append (GTK_BOX (box), grid);

  if (order->shipping > order->shipping_refunded)
    {
      g_autofree char *money = sc_order_describe_money (order, order->shipping - order->shipping_refunded);
      g_autofree char *text = g_strdup_printf (_("Refund _shipping (%s)"), money);

      form->check = gtk_check_button_new_with_mnemonic (text);
      g_signal_connect_swapped (form->check, "toggled", G_CALLBACK (refund_update_total), form);
      gtk_box_append (GTK_BOX (box), form->check);
    }

  form->total = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (form->total), 0);
  gtk_label_set_wrap (GTK_LABEL (form->total), TRUE);
  gtk_widget_add_css_class (form->total, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->total), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Refund amount"), -1);
  gtk_box_append (GTK_BOX (box), form->total);
  refund_update_total (form);
  return box;
}

/* Tracking and messages */

static GtkWidget *
tracking_fields (Form *form)
{
  const ScOrder *order = form->page->order;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *grid = gtk_grid_new ();
  guint first_untracked = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < order->shipments->len; i++)
    {
      const ScOrderShipment *shipment = g_ptr_array_index (order->shipments, i);
      g_autofree char *when = sc_order_describe_time (shipment->shipped_at);

      if (shipment->tracking == NULL && !found)
        {
          first_untracked = i;
          found = TRUE;
        }
      /* Translators: a shipment to add tracking to: its number and when it left */
      g_ptr_array_add (names, g_strdup_printf (_("Shipment %u, %s"), i + 1, when));
    }
  g_ptr_array_add (names, NULL);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  form->choice = labelled (grid, 0, _("_Shipment"),
                           dropdown_new ((const char * const *) names->pdata, first_untracked));
  form->entry = labelled (grid, 1, _("_Carrier"), gtk_entry_new ());
  form->entry2 = labelled (grid, 2, _("Tracking _number"), gtk_entry_new ());
  return grid;
}

static GtkWidget *
notify_fields (Form *form)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  form->text = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (form->text), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (form->text), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (form->text), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Message"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), form->text);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_widget_add_css_class (scrolled, "card");
  return scrolled;
}

static void
form_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  Form             *form)
{
  ScOrderRequest request = { .action = form->action };

  if (g_strcmp0 (response, "apply") != 0)
    return;

  switch (form->action)
    {
    case SC_ORDER_ACTION_FULFIL:
      fulfil_apply (form);
      return;
    case SC_ORDER_ACTION_CAPTURE:
      capture_apply (form);
      return;
    case SC_ORDER_ACTION_HOLD:
      request.hold_reason = hold_reasons[gtk_drop_down_get_selected (GTK_DROP_DOWN (form->choice))];
      break;
    case SC_ORDER_ACTION_RELEASE_HOLD:
      request.reviewed = gtk_check_button_get_active (GTK_CHECK_BUTTON (form->check));
      break;
    case SC_ORDER_ACTION_CANCEL:
      request.cancel_reason =
        cancel_reasons[gtk_drop_down_get_selected (GTK_DROP_DOWN (form->choice))];
      request.restock = gtk_check_button_get_active (GTK_CHECK_BUTTON (form->check));
      break;
    case SC_ORDER_ACTION_REFUND:
      {
        g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (ScOrderRefundLine));

        refund_requests (form, lines, &request.refund_shipping);
        request.refund_lines = (ScOrderRefundLine *) lines->data;
        request.n_refund_lines = lines->len;
        sc_order_page_emit_request (form->page, &request);
        return;
      }
    case SC_ORDER_ACTION_ADD_TRACKING:
      request.shipment = gtk_drop_down_get_selected (GTK_DROP_DOWN (form->choice));
      request.carrier = entry_text (form->entry);
      request.tracking = entry_text (form->entry2);
      break;
    case SC_ORDER_ACTION_NOTIFY:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (form->text));
        GtkTextIter start, end;
        g_autofree char *text = NULL;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        request.message = text;
        sc_order_page_emit_request (form->page, &request);
        return;
      }
    default:
      break;
    }

  sc_order_page_emit_request (form->page, &request);
}

/**
 * sc_order_page_form_new:
 *
 * Opens the form of @action for the order shown.
 *
 * Returns: (transfer none): the dialog, presented
 */
GtkWidget *
sc_order_page_form_new (ScOrderPage   *self,
                        ScOrderAction  action)
{
  const char *name = self->order->name;
  g_autofree char *heading = NULL;
  const char *body = NULL;
  const char *apply = NULL;
  GtkWidget *fields = NULL;
  AdwMessageDialog *dialog;
  Form *form = g_new0 (Form, 1);

  form->page = self;
  form->action = action;
  form->spins = g_ptr_array_new ();
  form->restocks = g_ptr_array_new ();

  switch (action)
    {
    case SC_ORDER_ACTION_FULFIL:
      heading = g_strdup_printf (_("Fulfil Items of %s"), name);
      body = _("Ship what is packed now; the rest stays to ship. Add the carrier and "
               "tracking number so the customer can follow the parcel.");
      apply = _("_Fulfil");
      fields = fulfil_fields (form);
      break;
    case SC_ORDER_ACTION_CAPTURE:
      heading = g_strdup_printf (_("Capture Payment of %s"), name);
      body = _("Take money from the card authorization. An authorization expires after "
               "7 days.");
      apply = _("_Capture");
      fields = capture_fields (form);
      break;
    case SC_ORDER_ACTION_HOLD:
      heading = g_strdup_printf (_("Hold %s"), name);
      body = _("A held order cannot be fulfilled until the hold is released.");
      apply = _("_Hold");
      fields = hold_fields (form);
      break;
    case SC_ORDER_ACTION_RELEASE_HOLD:
      heading = g_strdup_printf (_("Release the Hold on %s"), name);
      body = _("A fraud-review hold is released only once the risk signals were reviewed.");
      apply = _("_Release");
      fields = release_fields (form);
      break;
    case SC_ORDER_ACTION_CANCEL:
      heading = g_strdup_printf (_("Cancel %s"), name);
      body = _("Cancelling refunds what the customer paid, or voids the payment, and removes "
               "every unshipped item. It cannot be undone on a real platform.");
      apply = _("Cancel _Order");
      fields = cancel_fields (form);
      break;
    case SC_ORDER_ACTION_REFUND:
      heading = g_strdup_printf (_("Refund %s"), name);
      body = _("Choose the items to refund and what happens to each. Their share of the tax "
               "is refunded with them.");
      apply = _("_Refund");
      fields = refund_fields (form);
      break;
    case SC_ORDER_ACTION_VOID:
      heading = g_strdup_printf (_("Void the Payment of %s"), name);
      body = _("The authorization is released and nothing can be captured any more. The "
               "order stays open until it is cancelled.");
      apply = _("_Void");
      break;
    case SC_ORDER_ACTION_ADD_TRACKING:
      heading = g_strdup_printf (_("Add Tracking to %s"), name);
      body = _("The customer gets the carrier and tracking number of the shipment.");
      apply = _("_Save");
      fields = tracking_fields (form);
      break;
    case SC_ORDER_ACTION_NOTIFY:
      heading = g_strdup_printf (_("Message the Customer of %s"), name);
      body = _("Say what happened and what happens next, with dates.");
      apply = _("_Send");
      fields = notify_fields (form);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  dialog = ADW_MESSAGE_DIALOG (sc_styles_message_dialog_new (GTK_WIDGET (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Back"), "apply", apply, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply",
                                              action == SC_ORDER_ACTION_CANCEL
                                              || action == SC_ORDER_ACTION_VOID
                                              ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (fields != NULL)
    adw_message_dialog_set_extra_child (dialog, fields);
  form->dialog = GTK_WIDGET (dialog);
  if (action == SC_ORDER_ACTION_REFUND)
    refund_update_total (form);
  g_signal_connect_data (dialog, "response", G_CALLBACK (form_response_cb), form,
                         form_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}
