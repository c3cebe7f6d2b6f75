/* sc-stock-page-forms.c - the dialogs that ask what a stock step needs
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each form is an AdwMessageDialog with the fields as its extra child,
 * filled with what a stock clerk would usually choose (the whole
 * outstanding delivery, the suggested reorder point, the next purchase
 * order number). Its apply response builds one ScStockRequest and hands
 * it to the page; the inventory's rules judge it there, so a form never
 * repeats them: quantities are GtkSpinButtons wide enough to try a
 * mistake, and the refusal says why.
 *
 * The count form serves the whole sheet: it records counted quantities
 * of the open count and applies or cancels it, or begins a new count.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sc-stock-page-private.h"
#include "sc-stock-row.h"
#include "sc-styles.h"

#define MOST 1000000

typedef struct
{
  ScStockPage *page;
  ScStockStep  step;
  ScInventory *inventory;  /* the count form's; a strong reference */
  guint        count;      /* the open count's number, or 0 for a new count */
  GtkWidget   *spin;       /* the quantity */
  GtkWidget   *spin2;      /* damaged units, the reorder quantity */
  GtkWidget   *choice;     /* a reason or a purchase order */
  GtkWidget   *entry;      /* the purchase order reference */
  GtkWidget   *note;
  GtkWidget   *check;      /* no reorder point */
  GtkWidget   *preview;    /* what the step will leave */
  GPtrArray   *lines;      /* the count's rows: GtkCheckButton with "spin" and "sku" data */
  GPtrArray   *references; /* the receive form's purchase orders (char *) */
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->inventory);
  g_clear_pointer (&form->lines, g_ptr_array_unref);
  g_clear_pointer (&form->references, g_ptr_array_unref);
  g_free (form);
}

static void
form_closure_free (gpointer  data,
                   GClosure *closure)
{
  form_free (data);
}

static GtkWidget *
grid_new (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  return grid;
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

static GtkWidget *
spin_new (gint64 least,
          gint64 value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range ((double) least, MOST, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), (double) value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  return spin;
}

static gint64
spin_value (GtkWidget *spin)
{
  /* What was typed counts even if the learner never left the field. */
  gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
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

static GtkWidget *
note_new (GtkWidget *grid,
          int        row)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Optional: what happened"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  return labelled (grid, row, _("_Note"), entry);
}

static const char *
note_text (Form *form)
{
  const char *text = form->note != NULL ? gtk_editable_get_text (GTK_EDITABLE (form->note)) : "";

  return *text != '\0' ? text : NULL;
}

static GtkWidget *
preview_new (GtkWidget *box)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* Adjust: one movement between outside and available. */

static const ScStockReason adjust_reasons[] = {
  SC_STOCK_REASON_CORRECTION, SC_STOCK_REASON_CYCLE_COUNT, SC_STOCK_REASON_RECEIVED,
  SC_STOCK_REASON_SHRINKAGE, SC_STOCK_REASON_RETURN_RESTOCKED,
};

static const ScStockReason unavailable_reasons[] = {
  SC_STOCK_REASON_DAMAGED, SC_STOCK_REASON_QUALITY_CONTROL, SC_STOCK_REASON_SAFETY_STOCK,
};

static const ScStockReason release_reasons[] = {
  SC_STOCK_REASON_QUALITY_CONTROL, SC_STOCK_REASON_SAFETY_STOCK,
};

static GtkWidget *
reason_dropdown (const ScStockReason *reasons,
                 guint                n_reasons)
{
  const char *names[8] = { NULL };

  g_assert (n_reasons < G_N_ELEMENTS (names));
  for (guint i = 0; i < n_reasons; i++)
    names[i] = sc_stock_describe_reason (reasons[i]);
  return dropdown_new (names, 0);
}

static void
update_preview (Form *form)
{
  const ScInventoryItem *item = sc_stock_page_item (form->page);
  gint64 available, unavailable, quantity;
  g_autofree char *text = NULL;

  if (item == NULL || form->preview == NULL)
    return;

  available = item->quantities[SC_STOCK_BUCKET_AVAILABLE];
  unavailable = item->quantities[SC_STOCK_BUCKET_UNAVAILABLE];
  quantity = spin_value (form->spin);
  switch (form->step)
    {
    case SC_STOCK_STEP_ADJUST:
      /* Translators: what an adjustment leaves: "Available: 28 → 26" */
      text = g_strdup_printf (_("Available: %" G_GINT64_FORMAT " → %" G_GINT64_FORMAT),
                              available, available + quantity);
      break;
    case SC_STOCK_STEP_MARK_UNAVAILABLE:
    case SC_STOCK_STEP_RELEASE_UNAVAILABLE:
      if (form->step == SC_STOCK_STEP_RELEASE_UNAVAILABLE)
        quantity = -quantity;
      /* Translators: what setting units aside leaves */
      text = g_strdup_printf (_("Available: %" G_GINT64_FORMAT " → %" G_GINT64_FORMAT
                                ", unavailable: %" G_GINT64_FORMAT " → %" G_GINT64_FORMAT),
                              available, available - quantity, unavailable, unavailable + quantity);
      break;
    default:
      return;
    }
  gtk_label_set_label (GTK_LABEL (form->preview), text);
}

static GtkWidget *
move_fields (Form                *form,
             const ScStockReason *reasons,
             guint                n_reasons,
             gint64               least,
             gint64               value)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = grid_new ();

  form->spin = labelled (grid, 0, form->step == SC_STOCK_STEP_ADJUST
                                  ? _("_Adjust available by") : _("_Units"),
                         spin_new (least, value));
  form->choice = labelled (grid, 1, _("_Reason"), reason_dropdown (reasons, n_reasons));
  form->note = note_new (grid, 2);
  gtk_box_append (GTK_BOX (box), grid);
  form->preview = preview_new (box);
  g_signal_connect_swapped (form->spin, "value-changed", G_CALLBACK (update_preview), form);
  update_preview (form);
  return box;
}

/* Reorder point */

static GtkWidget *
reorder_fields (Form                  *form,
                const ScInventoryItem *item)
{
  GtkWidget *grid = grid_new ();
  gint64 point = item->has_reorder_point ? item->reorder_point : 0;
  gint64 quantity = item->has_reorder_point ? item->reorder_quantity : 1;
  gint64 suggested;

  if (sc_inventory_item_suggest_reorder_point (item, &suggested, NULL))
    point = suggested;
  form->spin = labelled (grid, 0, _("Reorder _point"), spin_new (0, point));
  form->spin2 = labelled (grid, 1, _("Reorder _quantity"), spin_new (0, quantity));
  form->check = gtk_check_button_new_with_mnemonic (_("_No reorder point for this item"));
  gtk_grid_attach (GTK_GRID (grid), form->check, 0, 2, 2, 1);
  g_object_bind_property (form->check, "active", form->spin, "sensitive",
                          G_BINDING_INVERT_BOOLEAN | G_BINDING_SYNC_CREATE);
  g_object_bind_property (form->check, "active", form->spin2, "sensitive",
                          G_BINDING_INVERT_BOOLEAN | G_BINDING_SYNC_CREATE);
  return grid;
}

/* Purchase orders */

/**
 * sc_stock_next_purchase_reference:
 *
 * Returns: "PO-N" with N one more than any "PO-" number in use
 */
char *
sc_stock_next_purchase_reference (ScInventory *inventory)
{
  g_autoptr(GPtrArray) purchases = sc_inventory_list_purchases (inventory);
  guint64 most = 0;

  for (guint i = 0; i < purchases->len; i++)
    {
      const ScPurchaseOrder *purchase = g_ptr_array_index (purchases, i);

      if (g_str_has_prefix (purchase->reference, "PO-"))
        most = MAX (most, g_ascii_strtoull (purchase->reference + 3, NULL, 10));
    }
  return g_strdup_printf ("PO-%" G_GUINT64_FORMAT, most + 1);
}

static GtkWidget *
order_fields (Form                  *form,
              const ScInventoryItem *item)
{
  GtkWidget *grid = grid_new ();
  g_autofree char *reference = sc_stock_next_purchase_reference (form->page->inventory);
  gint64 quantity = item->has_reorder_point ? item->reorder_quantity : 1;

  form->entry = labelled (grid, 0, _("Purchase order _reference"), gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (form->entry), reference);
  form->spin = labelled (grid, 1, _("_Units to order"), spin_new (0, quantity));
  form->note = note_new (grid, 2);
  return grid;
}

static void
receive_choice_cb (Form *form)
{
  const ScInventoryItem *item = sc_stock_page_item (form->page);
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (form->choice));
  const ScPurchaseOrder *purchase;
  const ScPurchaseLine *line;

  if (item == NULL || chosen >= form->references->len)
    return;
  purchase = sc_inventory_lookup_purchase (form->page->inventory,
                                           g_ptr_array_index (form->references, chosen));
  line = purchase != NULL ? sc_purchase_order_get_line (purchase, item->sku) : NULL;
  if (line != NULL)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (form->spin),
                               (double) sc_purchase_line_get_outstanding (line));
}

static GtkWidget *
receive_fields (Form                  *form,
                const ScInventoryItem *item)
{
  g_autoptr(GPtrArray) purchases = sc_inventory_list_purchases (form->page->inventory);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *grid = grid_new ();

  form->references = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < purchases->len; i++)
    {
      const ScPurchaseOrder *purchase = g_ptr_array_index (purchases, i);
      const ScPurchaseLine *line = sc_purchase_order_get_line (purchase, item->sku);

      if (line == NULL || sc_purchase_line_get_outstanding (line) == 0)
        continue;
      g_ptr_array_add (form->references, g_strdup (purchase->reference));
      /* Translators: a purchase order to receive and how many units it still brings */
      g_ptr_array_add (names, g_strdup_printf (_("%s, %" G_GINT64_FORMAT " still to come"),
                                               purchase->reference,
                                               sc_purchase_line_get_outstanding (line)));
    }
  g_ptr_array_add (names, NULL);

  form->choice = labelled (grid, 0, _("_Purchase order"),
                           dropdown_new ((const char * const *) names->pdata, 0));
  form->spin = labelled (grid, 1, _("_Accepted, sellable"), spin_new (0, 0));
  form->spin2 = labelled (grid, 2, _("_Damaged on arrival"), spin_new (0, 0));
  form->note = note_new (grid, 3);
  g_signal_connect_swapped (form->choice, "notify::selected", G_CALLBACK (receive_choice_cb), form);
  receive_choice_cb (form);
  return grid;
}

static gboolean
has_open_purchase (ScStockPage           *self,
                   const ScInventoryItem *item)
{
  g_autoptr(GPtrArray) purchases = sc_inventory_list_purchases (self->inventory);

  for (guint i = 0; i < purchases->len; i++)
    {
      const ScPurchaseLine *line = sc_purchase_order_get_line (g_ptr_array_index (purchases, i),
                                                               item->sku);

      if (line != NULL && sc_purchase_line_get_outstanding (line) > 0)
        return TRUE;
    }
  return FALSE;
}

static void
form_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  Form             *form)
{
  const ScInventoryItem *item = sc_stock_page_item (form->page);
  ScStockRequest request = { .step = form->step };
  guint chosen;

  if (item == NULL)
    return;

  request.sku = item->sku;
  request.note = note_text (form);
  chosen = form->choice != NULL ? gtk_drop_down_get_selected (GTK_DROP_DOWN (form->choice)) : 0;
  if (g_strcmp0 (response, "close-order") == 0 && form->step == SC_STOCK_STEP_RECEIVE_PURCHASE)
    {
      if (chosen >= form->references->len)
        return;
      request.step = SC_STOCK_STEP_CLOSE_PURCHASE;
      request.reference = g_ptr_array_index (form->references, chosen);
      sc_stock_page_emit_request (form->page, &request);
      return;
    }
  if (g_strcmp0 (response, "apply") != 0)
    return;

  switch (form->step)
    {
    case SC_STOCK_STEP_ADJUST:
      request.quantity = spin_value (form->spin);
      request.reason = adjust_reasons[MIN (chosen, G_N_ELEMENTS (adjust_reasons) - 1)];
      break;
    case SC_STOCK_STEP_MARK_UNAVAILABLE:
      request.quantity = spin_value (form->spin);
      request.reason = unavailable_reasons[MIN (chosen, G_N_ELEMENTS (unavailable_reasons) - 1)];
      break;
    case SC_STOCK_STEP_RELEASE_UNAVAILABLE:
      request.quantity = spin_value (form->spin);
      request.reason = release_reasons[MIN (chosen, G_N_ELEMENTS (release_reasons) - 1)];
      break;
    case SC_STOCK_STEP_SET_REORDER:
      request.clear = gtk_check_button_get_active (GTK_CHECK_BUTTON (form->check));
      request.reorder_point = spin_value (form->spin);
      request.reorder_quantity = spin_value (form->spin2);
      break;
    case SC_STOCK_STEP_ORDER_PURCHASE:
      request.reference = gtk_editable_get_text (GTK_EDITABLE (form->entry));
      request.quantity = spin_value (form->spin);
      break;
    case SC_STOCK_STEP_RECEIVE_PURCHASE:
      if (chosen >= form->references->len)
        return;
      request.reference = g_ptr_array_index (form->references, chosen);
      request.quantity = spin_value (form->spin);
      request.damaged = spin_value (form->spin2);
      break;
    default:
      return;
    }

  sc_stock_page_emit_request (form->page, &request);
}

static AdwMessageDialog *
dialog_new (GtkWidget  *parent,
            const char *heading,
            const char *body)
{
  return ADW_MESSAGE_DIALOG (sc_styles_message_dialog_new (parent, heading, body));
}

/**
 * sc_stock_page_form_new:
 *
 * Opens the form of @step for the item shown.
 *
 * Returns: (transfer none): the dialog, presented
 */
GtkWidget *
sc_stock_page_form_new (ScStockPage *self,
                        ScStockStep  step)
{
  const ScInventoryItem *item = sc_stock_page_item (self);
  g_autofree char *heading = NULL;
  g_autofree char *body_text = NULL;
  const char *body = NULL;
  const char *apply = NULL;
  GtkWidget *fields = NULL;
  AdwMessageDialog *dialog;
  Form *form;

  g_return_val_if_fail (item != NULL, NULL);

  if (step == SC_STOCK_STEP_RECEIVE_PURCHASE && !has_open_purchase (self, item))
    {
      g_autofree char *text =
        g_strdup_printf (_("No purchase order is waiting for SKU %s. Goods that arrive "
                           "without one are added with Adjust Quantity and the reason "
                           "“Received”; to buy more, order from the supplier first."), item->sku);

      return sc_stock_page_explain (self, text);
    }

  form = g_new0 (Form, 1);
  form->page = self;
  form->step = step;

  switch (step)
    {
    case SC_STOCK_STEP_ADJUST:
      heading = g_strdup_printf (_("Adjust %s"), item->sku);
      body = _("Add units to available (a positive number) or take them away (a negative one). "
               "The reason goes into the item’s history.");
      apply = _("_Adjust");
      fields = move_fields (form, adjust_reasons, G_N_ELEMENTS (adjust_reasons), -MOST, 0);
      break;
    case SC_STOCK_STEP_MARK_UNAVAILABLE:
      heading = g_strdup_printf (_("Mark Units of %s Unavailable"), item->sku);
      body = _("Units that are on the shelf but must not be sold: damaged, held for quality "
               "control, or kept back as safety stock. They stay on hand.");
      apply = _("_Mark Unavailable");
      fields = move_fields (form, unavailable_reasons, G_N_ELEMENTS (unavailable_reasons), 0, 1);
      break;
    case SC_STOCK_STEP_RELEASE_UNAVAILABLE:
      heading = g_strdup_printf (_("Release Units of %s"), item->sku);
      body = _("Units back from quality control or safety stock become available to sell. "
               "Damaged units are written off with Adjust Quantity, never released.");
      apply = _("_Release");
      fields = move_fields (form, release_reasons, G_N_ELEMENTS (release_reasons), 0,
                            item->quantities[SC_STOCK_BUCKET_UNAVAILABLE]);
      break;
    case SC_STOCK_STEP_SET_REORDER:
      heading = g_strdup_printf (_("Reorder Point of %s"), item->sku);
      body = _("The sheet says “Reorder” once available + incoming is at or below the reorder "
               "point. Demand during the supplier’s lead time plus safety stock is filled in "
               "when the item has them.");
      apply = _("_Save");
      fields = reorder_fields (form, item);
      break;
    case SC_STOCK_STEP_ORDER_PURCHASE:
      heading = g_strdup_printf (_("Order %s from the Supplier"), item->sku);
      body = _("The units count as incoming until they arrive and are received against this "
               "purchase order.");
      apply = _("_Order");
      fields = order_fields (form, item);
      break;
    case SC_STOCK_STEP_RECEIVE_PURCHASE:
      heading = g_strdup_printf (_("Receive %s"), item->sku);
      body_text = g_strdup (_("Count what arrived: sellable units become available, damaged ones "
                              "unavailable. Close the order when nothing more will come."));
      body = body_text;
      apply = _("_Receive");
      fields = receive_fields (form, item);
      break;
    default:
      form_free (form);
      g_return_val_if_reached (NULL);
    }

  dialog = dialog_new (GTK_WIDGET (self), heading, body);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Back"), NULL);
  if (step == SC_STOCK_STEP_RECEIVE_PURCHASE)
    {
      adw_message_dialog_add_response (dialog, "close-order", _("_Close Order"));
      adw_message_dialog_set_response_appearance (dialog, "close-order", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (dialog, "apply", apply);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (fields != NULL)
    adw_message_dialog_set_extra_child (dialog, fields);
  g_signal_connect_data (dialog, "response", G_CALLBACK (form_response_cb), form,
                         form_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

/* The count */

static void
count_variance_cb (GtkWidget *check)
{
  GtkWidget *spin = g_object_get_data (G_OBJECT (check), "spin");
  GtkWidget *variance = g_object_get_data (G_OBJECT (check), "variance");
  gint64 expected = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "expected"));
  g_autofree char *text = NULL;

  if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
    text = g_strdup (_("not counted"));
  else
    {
      gint64 difference = spin_value (spin) - expected;

      if (difference == 0)
        text = g_strdup (_("matches"));
      else
        /* Translators: a count variance with its sign, "+2" or "−3" */
        text = g_strdup_printf ("%s%" G_GINT64_FORMAT, difference > 0 ? "+" : "−",
                                difference > 0 ? difference : -difference);
    }
  gtk_label_set_label (GTK_LABEL (variance), text);
}

static GtkWidget *
count_fields (Form                   *form,
              const ScInventoryCount *count)
{
  GtkWidget *grid = grid_new ();
  const char *headers[] = {
    C_("count column", "Item"), C_("count column", "Expected"),
    C_("count column", "Counted"), C_("count column", "Difference"),
  };

  form->lines = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      GtkWidget *header = gtk_label_new (headers[i]);

      gtk_label_set_xalign (GTK_LABEL (header), i == 0 ? 0 : 1);
      gtk_widget_add_css_class (header, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), header, i == 0 ? 0 : i + 1, 0, i == 0 ? 2 : 1, 1);
    }

  for (guint i = 0; i < count->lines->len; i++)
    {
      const ScInventoryCountLine *line = g_ptr_array_index (count->lines, i);
      const ScInventoryItem *item = sc_inventory_lookup (form->inventory, line->sku);
      g_autofree char *name = g_strdup_printf ("%s\n%s", item != NULL ? item->title : "", line->sku);
      g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, line->expected);
      g_autofree char *check_name = g_strdup_printf (_("Counted %s"), line->sku);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label = gtk_label_new (name);
      GtkWidget *expected_label = gtk_label_new (expected);
      GtkWidget *spin = spin_new (0, line->has_counted ? line->counted : line->expected);
      GtkWidget *variance = gtk_label_new (NULL);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), line->has_counted);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      check_name, -1);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_xalign (GTK_LABEL (expected_label), 1);
      gtk_label_set_xalign (GTK_LABEL (variance), 1);
      gtk_widget_set_size_request (variance, 90, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      check_name, -1);
      g_object_bind_property (check, "active", spin, "sensitive", G_BINDING_SYNC_CREATE);
      g_object_set_data (G_OBJECT (check), "spin", spin);
      g_object_set_data (G_OBJECT (check), "variance", variance);
      g_object_set_data (G_OBJECT (check), "expected", GINT_TO_POINTER ((int) line->expected));
      g_object_set_data_full (G_OBJECT (check), "sku", g_strdup (line->sku), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (count_variance_cb), NULL);
      g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (count_variance_cb), check);
      count_variance_cb (check);

      gtk_grid_attach (GTK_GRID (grid), check, 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label, 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), expected_label, 2, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), spin, 3, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), variance, 4, i + 1, 1, 1);
      g_ptr_array_add (form->lines, check);
    }
  return grid;
}

static GtkWidget *
begin_fields (Form *form)
{
  g_autoptr(GPtrArray) items = sc_inventory_list_items (form->inventory);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  form->lines = g_ptr_array_new ();
  for (guint i = 0; i < items->len; i++)
    {
      const ScInventoryItem *item = g_ptr_array_index (items, i);
      g_autofree char *text = g_strdup_printf ("%s (%s)", item->title, item->sku);
      GtkWidget *check = gtk_check_button_new_with_label (text);

      g_object_set_data_full (G_OBJECT (check), "sku", g_strdup (item->sku), g_free);
      gtk_box_append (GTK_BOX (box), check);
      g_ptr_array_add (form->lines, check);
    }
  return box;
}

/* The counted quantities the form changed, one step each, in @steps. */
static void
count_changes (Form   *form,
               GArray *steps)
{
  const ScInventoryCount *count = sc_inventory_lookup_count (form->inventory, form->count);

  for (guint i = 0; count != NULL && i < form->lines->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (form->lines, i);
      const char *sku = g_object_get_data (G_OBJECT (check), "sku");
      const ScInventoryCountLine *line = sc_inventory_count_get_line (count, sku);
      gboolean counted = gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
      gint64 value = spin_value (g_object_get_data (G_OBJECT (check), "spin"));
      ScStockRequest request = { .step = SC_STOCK_STEP_COUNT_SET, .count = form->count,
                                 .sku = sku, .quantity = value, .clear = !counted };

      if (line == NULL || (line->has_counted == counted && (!counted || line->counted == value)))
        continue;
      g_array_append_val (steps, request);
    }
}

/* @steps as one action: one undo takes back a whole Save, or the
 * quantities saved with Apply Count and the count applied. */
static void
emit_steps (Form   *form,
            GArray *steps)
{
  if (steps->len == 0)
    return;
  for (guint i = 0; i + 1 < steps->len; i++)
    g_array_index (steps, ScStockRequest, i).then = &g_array_index (steps, ScStockRequest, i + 1);
  sc_stock_page_emit_request (form->page, &g_array_index (steps, ScStockRequest, 0));
}

static void
count_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   Form             *form)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, TRUE, sizeof (ScStockRequest));
  ScStockRequest request = { .count = form->count };

  /* With no count open, the form's one step begins a count. */
  if (form->count == 0 && g_strcmp0 (response, "apply") == 0)
    {
      g_autoptr(GPtrArray) skus = g_ptr_array_new ();

      for (guint i = 0; i < form->lines->len; i++)
        if (gtk_check_button_get_active (GTK_CHECK_BUTTON (g_ptr_array_index (form->lines, i))))
          g_ptr_array_add (skus, g_object_get_data (g_ptr_array_index (form->lines, i), "sku"));
      g_ptr_array_add (skus, NULL);
      request.step = SC_STOCK_STEP_COUNT_BEGIN;
      request.skus = (const char * const *) skus->pdata;
      sc_stock_page_emit_request (form->page, &request);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      count_changes (form, steps);
      emit_steps (form, steps);
    }
  else if (g_strcmp0 (response, "apply") == 0)
    {
      count_changes (form, steps);
      request.step = SC_STOCK_STEP_COUNT_APPLY;
      g_array_append_val (steps, request);
      emit_steps (form, steps);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      request.step = SC_STOCK_STEP_COUNT_CANCEL;
      sc_stock_page_emit_request (form->page, &request);
    }
}

/**
 * sc_stock_page_open_count:
 *
 * Opens the open count of @inventory (counted quantities, differences,
 * apply or cancel), or the form that begins one.
 *
 * Returns: (transfer none): the dialog, presented
 */
GtkWidget *
sc_stock_page_open_count (ScStockPage *self,
                          ScInventory *inventory)
{
  const ScInventoryCount *count;
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;
  Form *form;

  g_return_val_if_fail (SC_IS_STOCK_PAGE (self), NULL);
  g_return_val_if_fail (SC_IS_INVENTORY (inventory), NULL);

  count = sc_stock_find_open_count (inventory);
  form = g_new0 (Form, 1);
  form->page = self;
  form->inventory = g_object_ref (inventory);
  if (count != NULL)
    {
      form->count = count->number;
      heading = g_strdup_printf (_("Count %u"), count->number);
      dialog = dialog_new (GTK_WIDGET (self), heading,
                           _("Enter what is on the shelf. Expected is what was on hand when the "
                             "count began; applying adds each difference to available with the "
                             "reason “Count correction”. Leave a line unticked to skip it."));
      adw_message_dialog_add_responses (dialog, "cancel", _("_Back"), "discard", _("Ca_ncel Count"),
                                        "save", _("_Save"), "apply", _("_Apply Count"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_extra_child (dialog, count_fields (form, count));
    }
  else
    {
      dialog = dialog_new (GTK_WIDGET (self), _("New Count"),
                           _("Choose the items to count. What is on hand now becomes the expected "
                             "quantity of each."));
      adw_message_dialog_add_responses (dialog, "cancel", _("_Back"), "apply", _("_Begin Count"),
                                        NULL);
      adw_message_dialog_set_extra_child (dialog, begin_fields (form));
    }
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (count_response_cb), form,
                         form_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}
