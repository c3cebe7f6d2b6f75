/* sc-stock-page.c - one item of the Inventory section: its quantities, history, and the steps a learner may take
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laid out as a store admin's inventory page for one SKU: the title with
 * its status pill, a line saying what the numbers mean now, the step
 * buttons, then cards for the quantities, the reorder point (with the
 * suggestion worked out in words), the purchase orders and the item's
 * ledger, newest first.
 *
 * A step that needs more (a quantity, a reason, a purchase order) opens
 * its form (sc-stock-page-forms.c). The page itself changes nothing: it
 * emits ::request, and the Inventory section applies it as one action and
 * sets the item again. A refusal comes back through
 * sc_stock_page_explain () in the model's own words.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-detail-card.h"
#include "sc-stock-page-private.h"
#include "sc-stock-row.h"
#include "sc-styles.h"

enum {
  REQUEST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ScStockPage, sc_stock_page, ADW_TYPE_BIN)

typedef struct
{
  ScStockStep  step;
  const char  *label;
  gboolean     suggested;
} StepButton;

/* In the order a stockroom meets them: goods arrive, some are set
 * aside, the shelf is corrected, then planning. */
static const StepButton steps[] = {
  { SC_STOCK_STEP_RECEIVE_PURCHASE, N_("_Receive…"), TRUE },
  { SC_STOCK_STEP_ADJUST, N_("_Adjust Quantity…"), FALSE },
  { SC_STOCK_STEP_MARK_UNAVAILABLE, N_("Mark _Unavailable…"), FALSE },
  { SC_STOCK_STEP_RELEASE_UNAVAILABLE, N_("Re_lease to Available…"), FALSE },
  { SC_STOCK_STEP_SET_REORDER, N_("Reorder _Point…"), FALSE },
  { SC_STOCK_STEP_ORDER_PURCHASE, N_("_Order from Supplier…"), FALSE },
  { SC_STOCK_STEP_SET_POLICY, NULL, FALSE },
};

const ScInventoryItem *
sc_stock_page_item (ScStockPage *self)
{
  if (self->inventory == NULL || self->sku == NULL)
    return NULL;
  return sc_inventory_lookup (self->inventory, self->sku);
}

void
sc_stock_page_emit_request (ScStockPage          *self,
                            const ScStockRequest *request)
{
  g_signal_emit (self, signals[REQUEST], 0, request);
}

/**
 * sc_stock_page_explain:
 * @message: why a step was refused, in the model's words
 *
 * Returns: (transfer none): the dialog saying it, presented
 */
GtkWidget *
sc_stock_page_explain (ScStockPage *self,
                       const char  *message)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (SC_IS_STOCK_PAGE (self), NULL);

  dialog = ADW_MESSAGE_DIALOG (sc_styles_message_dialog_new (GTK_WIDGET (self), _("Not Allowed Now"),
                                                             message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

/**
 * sc_stock_find_open_count:
 *
 * Returns: (nullable): the latest count still open, or %NULL
 */
const ScInventoryCount *
sc_stock_find_open_count (ScInventory *inventory)
{
  for (guint n = sc_inventory_get_n_counts (inventory); n > 0; n--)
    {
      const ScInventoryCount *count = sc_inventory_lookup_count (inventory, n);

      if (count != NULL && count->state == SC_INVENTORY_COUNT_OPEN)
        return count;
    }
  return NULL;
}

/**
 * sc_stock_page_open_form:
 *
 * Does what pressing the step's button does: opens the step's form, or
 * asks for the step at once when it needs nothing more (the selling
 * policy is a switch).
 *
 * Returns: (transfer none) (nullable): the dialog shown, or %NULL when
 *   the step needed nothing more
 */
GtkWidget *
sc_stock_page_open_form (ScStockPage *self,
                         ScStockStep  step)
{
  const ScInventoryItem *item;

  g_return_val_if_fail (SC_IS_STOCK_PAGE (self), NULL);

  item = sc_stock_page_item (self);
  g_return_val_if_fail (item != NULL, NULL);

  if (step == SC_STOCK_STEP_SET_POLICY)
    {
      ScStockRequest request = { .step = step, .sku = item->sku,
                                 .policy = item->policy == SC_INVENTORY_POLICY_CONTINUE
                                           ? SC_INVENTORY_POLICY_DENY
                                           : SC_INVENTORY_POLICY_CONTINUE };

      sc_stock_page_emit_request (self, &request);
      return NULL;
    }

  return sc_stock_page_form_new (self, step);
}

static void
step_clicked_cb (GtkButton   *button,
                 ScStockPage *self)
{
  ScStockStep step = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "step"));

  sc_stock_page_open_form (self, step);
}

static void
build_buttons (ScStockPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkWidget *button = gtk_button_new ();

      if (steps[i].label != NULL)
        gtk_button_set_label (GTK_BUTTON (button), _(steps[i].label));
      gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
      if (steps[i].suggested)
        gtk_widget_add_css_class (button, "suggested-action");
      g_object_set_data (G_OBJECT (button), "step", GUINT_TO_POINTER (steps[i].step));
      g_signal_connect (button, "clicked", G_CALLBACK (step_clicked_cb), self);
      gtk_flow_box_append (self->actions, button);
      /* A flow box child is a Tab stop of its own; the button is enough. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      g_hash_table_insert (self->buttons, GUINT_TO_POINTER (steps[i].step), button);
    }
}

static char *
number (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

static GtkWidget *
build_quantities (ScStockPage           *self,
                  const ScInventoryItem *item)
{
  GtkWidget *card = sc_detail_card_new (_("Quantities"));
  GtkWidget *grid = sc_detail_grid_new ();
  const struct { const char *key; gint64 value; gboolean strong; } rows[] = {
    { _("Available to sell"), item->quantities[SC_STOCK_BUCKET_AVAILABLE], TRUE },
    { _("Committed to unshipped orders"), item->quantities[SC_STOCK_BUCKET_COMMITTED], FALSE },
    { _("Unavailable (damaged, quality control, safety stock)"),
      item->quantities[SC_STOCK_BUCKET_UNAVAILABLE], FALSE },
    { _("On hand = available + committed + unavailable"), sc_inventory_item_get_on_hand (item), TRUE },
    { _("Incoming from suppliers, not on hand yet"), item->quantities[SC_STOCK_BUCKET_INCOMING], FALSE },
  };
  int row = 0;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *value = number (rows[i].value);

      sc_detail_add_value_row (GTK_GRID (grid), row++, rows[i].key, value, rows[i].strong);
    }
  if (item->has_unit_cost)
    {
      g_autofree char *cost = sc_money_format (item->unit_cost, '.', ',');
      ScMoney value;

      sc_detail_add_value_row (GTK_GRID (grid), row++, _("Unit cost"), cost, FALSE);
      if (sc_inventory_item_get_value (self->inventory, item, &value, NULL))
        {
          g_autofree char *text = sc_money_format (value, '.', ',');

          sc_detail_add_value_row (GTK_GRID (grid), row++, _("Stock value (on hand × unit cost)"), text,
                         FALSE);
        }
    }
  gtk_box_append (GTK_BOX (card), grid);
  return card;
}

/* The suggestion, worked out in words a learner can check by hand. */
static char *
describe_suggestion (const ScInventoryItem *item)
{
  gint64 suggested;
  g_autoptr(GError) error = NULL;

  if (!item->has_demand || !item->has_lead_time)
    return g_strdup (_("No sales history or supplier lead time is recorded for this item, so "
                       "there is no suggested reorder point."));
  if (!sc_inventory_item_suggest_reorder_point (item, &suggested, &error))
    return g_strdup (error->message);

  /* Translators: the reorder point formula, worked out: demand over days, lead time,
   * demand during the lead time, safety stock, the result */
  return g_strdup_printf (_("It sold %" G_GINT64_FORMAT " in %" G_GINT64_FORMAT " days and the "
                            "supplier takes %" G_GINT64_FORMAT " days, so %" G_GINT64_FORMAT
                            " × %" G_GINT64_FORMAT " ÷ %" G_GINT64_FORMAT " rounded up = %"
                            G_GINT64_FORMAT " sell while an order is on its way; plus %"
                            G_GINT64_FORMAT " safety stock: reorder at %" G_GINT64_FORMAT "."),
                          item->demand, item->demand_days, item->lead_time_days, item->demand,
                          item->lead_time_days, item->demand_days,
                          suggested - item->safety_stock, item->safety_stock, suggested);
}

static GtkWidget *
build_reorder (ScStockPage           *self,
               const ScInventoryItem *item)
{
  GtkWidget *card = sc_detail_card_new (_("Reordering"));
  GtkWidget *grid = sc_detail_grid_new ();
  gint64 cover = item->quantities[SC_STOCK_BUCKET_AVAILABLE]
                 + item->quantities[SC_STOCK_BUCKET_INCOMING];
  g_autofree char *point = item->has_reorder_point ? number (item->reorder_point)
                                                   : g_strdup (C_("reorder point", "None"));
  g_autofree char *quantity = item->has_reorder_point ? number (item->reorder_quantity)
                                                      : g_strdup (C_("reorder quantity", "None"));
  g_autofree char *cover_text = number (cover);
  g_autofree char *suggestion = describe_suggestion (item);
  g_autofree char *verdict = NULL;
  int row = 0;

  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Reorder point"), point, TRUE);
  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Reorder quantity"), quantity, FALSE);
  sc_detail_add_value_row (GTK_GRID (grid), row++, _("Available + incoming"), cover_text, FALSE);
  if (item->has_demand)
    {
      /* Translators: sales history: units sold over days */
      g_autofree char *text = g_strdup_printf (_("%" G_GINT64_FORMAT " in %" G_GINT64_FORMAT " days"),
                                               item->demand, item->demand_days);

      sc_detail_add_value_row (GTK_GRID (grid), row++, _("Units sold"), text, FALSE);
    }
  if (item->has_lead_time)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%" G_GINT64_FORMAT " day",
                                                            "%" G_GINT64_FORMAT " days",
                                                            item->lead_time_days),
                                               item->lead_time_days);
      g_autofree char *safety = number (item->safety_stock);

      sc_detail_add_value_row (GTK_GRID (grid), row++, _("Supplier lead time"), text, FALSE);
      sc_detail_add_value_row (GTK_GRID (grid), row++, _("Safety stock"), safety, FALSE);
    }
  gtk_box_append (GTK_BOX (card), grid);

  if (!item->has_reorder_point)
    verdict = g_strdup (_("No reorder point is set, so the sheet never says when to reorder."));
  else if (sc_inventory_item_needs_reorder (item))
    verdict = g_strdup_printf (_("Available + incoming (%" G_GINT64_FORMAT ") is at or below the "
                                 "reorder point (%" G_GINT64_FORMAT "): order from the supplier."),
                               cover, item->reorder_point);
  else
    verdict = g_strdup_printf (_("Available + incoming (%" G_GINT64_FORMAT ") is above the "
                                 "reorder point (%" G_GINT64_FORMAT ")."),
                               cover, item->reorder_point);
  gtk_box_append (GTK_BOX (card), sc_detail_cell_new (verdict, 0, FALSE));
  gtk_box_append (GTK_BOX (card), sc_detail_cell_new (suggestion, 0, FALSE));
  return card;
}

static const char *
describe_purchase_state (ScPurchaseOrderState state)
{
  switch (state)
    {
    case SC_PURCHASE_ORDER_OPEN:
      return _("Open");
    case SC_PURCHASE_ORDER_RECEIVED:
      return _("Received");
    case SC_PURCHASE_ORDER_CLOSED:
    default:
      return _("Closed");
    }
}

static GtkWidget *
build_purchases (ScStockPage           *self,
                 const ScInventoryItem *item)
{
  GtkWidget *card = sc_detail_card_new (_("Purchase Orders"));
  g_autoptr(GPtrArray) purchases = sc_inventory_list_purchases (self->inventory);
  GtkWidget *grid = sc_detail_grid_new ();
  const char *headers[] = {
    C_("purchase order column", "Order"), C_("purchase order column", "Ordered"),
    C_("purchase order column", "Received"), C_("purchase order column", "Damaged"),
    C_("purchase order column", "Cancelled"), C_("purchase order column", "Still to Come"),
    C_("purchase order column", "Status"),
  };
  int row = 1;

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (headers[i], i == 0 || i == 6 ? 0 : 1, TRUE),
                     i, 0, 1, 1);

  for (guint i = 0; i < purchases->len; i++)
    {
      const ScPurchaseOrder *purchase = g_ptr_array_index (purchases, i);
      const ScPurchaseLine *line = sc_purchase_order_get_line (purchase, item->sku);
      gint64 values[5];
      GtkWidget *reference;

      if (line == NULL)
        continue;
      values[0] = line->ordered;
      values[1] = line->received;
      values[2] = line->received_damaged;
      values[3] = line->cancelled;
      values[4] = sc_purchase_line_get_outstanding (line);
      reference = sc_detail_cell_new (purchase->reference, 0, FALSE);
      gtk_widget_set_hexpand (reference, TRUE);
      gtk_grid_attach (GTK_GRID (grid), reference, 0, row, 1, 1);
      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        {
          g_autofree char *text = number (values[v]);

          gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (text, 1, FALSE), v + 1, row, 1, 1);
        }
      gtk_grid_attach (GTK_GRID (grid),
                       sc_detail_cell_new (describe_purchase_state (sc_purchase_order_get_state (purchase)),
                                 0, FALSE), 6, row, 1, 1);
      row++;
    }

  if (row == 1)
    gtk_box_append (GTK_BOX (card), sc_detail_cell_new (_("No purchase order for this item yet."), 0, TRUE));
  else
    gtk_box_append (GTK_BOX (card), grid);
  return card;
}

static GtkWidget *
build_history (ScStockPage           *self,
               const ScInventoryItem *item)
{
  GtkWidget *card = sc_detail_card_new (_("History"));
  g_autoptr(GPtrArray) rows = sc_inventory_list_rows_for_sku (self->inventory, item->sku);
  GtkWidget *grid = sc_detail_grid_new ();
  const char *headers[] = {
    C_("ledger column", "When"), C_("ledger column", "Reason"), C_("ledger column", "Moved"),
    C_("ledger column", "Units"), C_("ledger column", "Reference"),
    C_("ledger column", "Available After"), C_("ledger column", "On Hand After"),
  };

  if (rows == NULL || rows->len == 0)
    {
      gtk_box_append (GTK_BOX (card), sc_detail_cell_new (_("Nothing has moved yet."), 0, TRUE));
      return card;
    }

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (headers[i], i == 3 || i >= 5 ? 1 : 0, TRUE),
                     i, 0, 1, 1);

  /* Newest first, as the last change is what a learner looks for. */
  for (guint i = 0; i < rows->len; i++)
    {
      const ScInventoryRow *ledger = g_ptr_array_index (rows, rows->len - 1 - i);
      g_autofree char *when = sc_stock_describe_time (ledger->time);
      /* Translators: a movement between two buckets, "Available → Unavailable" */
      g_autofree char *moved = g_strdup_printf (_("%s → %s"),
                                                sc_stock_describe_bucket (ledger->from),
                                                sc_stock_describe_bucket (ledger->to));
      g_autofree char *quantity = number (ledger->quantity);
      g_autofree char *available = number (ledger->available_after);
      g_autofree char *on_hand = number (ledger->on_hand_after);
      GtkWidget *reason = sc_detail_cell_new (sc_stock_describe_reason (ledger->reason), 0, FALSE);

      gtk_widget_set_hexpand (reason, TRUE);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (when, 0, FALSE), 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), reason, 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (moved, 0, FALSE), 2, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (quantity, 1, FALSE), 3, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (ledger->reference, 0, FALSE), 4, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (available, 1, FALSE), 5, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sc_detail_cell_new (on_hand, 1, FALSE), 6, i + 1, 1, 1);
    }
  gtk_box_append (GTK_BOX (card), grid);
  return card;
}

static char *
describe_summary (const ScInventoryItem *item)
{
  gint64 available = item->quantities[SC_STOCK_BUCKET_AVAILABLE];
  const char *policy = item->policy == SC_INVENTORY_POLICY_CONTINUE
                       ? _("It keeps selling when out of stock, so orders may take available below zero; "
                           "only pre-orders should.")
                       : _("It stops selling when out of stock.");

  if (available < 0)
    /* Translators: SKU, how many units were sold that are not on the shelf, the selling policy */
    return g_strdup_printf (_("SKU %s. %" G_GINT64_FORMAT " sold that are not on the shelf. %s"),
                            item->sku, -available, policy);
  /* Translators: SKU, then the selling policy */
  return g_strdup_printf (_("SKU %s. %s"), item->sku, policy);
}

static gboolean
awaits_delivery (ScStockPage           *self,
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

/* Receiving without a purchase order waiting stays pressable (it says
 * what to do instead) but looks quiet and is not the suggested step. */
static void
update_buttons (ScStockPage           *self,
                const ScInventoryItem *item)
{
  GtkWidget *policy = g_hash_table_lookup (self->buttons, GUINT_TO_POINTER (SC_STOCK_STEP_SET_POLICY));
  GtkWidget *receive = g_hash_table_lookup (self->buttons,
                                            GUINT_TO_POINTER (SC_STOCK_STEP_RECEIVE_PURCHASE));
  gboolean waiting = awaits_delivery (self, item);
  const char *why = _("No purchase order is waiting for this item");

  if (waiting)
    {
      gtk_widget_add_css_class (receive, "suggested-action");
      gtk_widget_remove_css_class (receive, "sc-step-refused");
    }
  else
    {
      gtk_widget_remove_css_class (receive, "suggested-action");
      gtk_widget_add_css_class (receive, "sc-step-refused");
    }
  gtk_widget_set_tooltip_text (receive, waiting ? NULL : why);
  gtk_accessible_update_property (GTK_ACCESSIBLE (receive), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  waiting ? "" : why, -1);

  gtk_button_set_label (GTK_BUTTON (policy),
                        item->policy == SC_INVENTORY_POLICY_CONTINUE
                        ? _("_Stop Selling When Out of Stock")
                        : _("Keep _Selling When Out of Stock"));
}

static void
rebuild (ScStockPage *self)
{
  const ScInventoryItem *item = sc_stock_page_item (self);
  g_autofree char *summary = NULL;
  const char *tone = NULL;
  const char *status;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections))) != NULL)
    gtk_box_remove (self->sections, child);
  if (item == NULL)
    return;

  status = sc_stock_describe_status (item, &tone);
  gtk_label_set_label (self->heading, item->title != NULL && *item->title != '\0'
                                      ? item->title : item->sku);
  gtk_label_set_label (self->status_pill, status);
  {
    g_auto(GStrv) classes = g_strsplit (tone, " ", -1);

    gtk_widget_set_css_classes (GTK_WIDGET (self->status_pill), (const char **) classes);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->policy_pill),
                          item->policy == SC_INVENTORY_POLICY_CONTINUE);
  summary = describe_summary (item);
  gtk_label_set_label (self->summary, summary);

  gtk_box_append (self->sections, build_quantities (self, item));
  gtk_box_append (self->sections, build_reorder (self, item));
  gtk_box_append (self->sections, build_purchases (self, item));
  gtk_box_append (self->sections, build_history (self, item));
  update_buttons (self, item);
}

/**
 * sc_stock_page_set_item:
 * @sku: an item of @inventory
 *
 * Shows @sku as @inventory has it; the page keeps @inventory.
 */
void
sc_stock_page_set_item (ScStockPage *self,
                        ScInventory *inventory,
                        const char  *sku)
{
  g_return_if_fail (SC_IS_STOCK_PAGE (self));
  g_return_if_fail (SC_IS_INVENTORY (inventory));
  g_return_if_fail (sku != NULL);

  g_set_object (&self->inventory, inventory);
  if (g_strcmp0 (self->sku, sku) != 0)
    {
      g_free (self->sku);
      self->sku = g_strdup (sku);
    }
  rebuild (self);
}

const ScInventoryItem *
sc_stock_page_get_item (ScStockPage *self)
{
  g_return_val_if_fail (SC_IS_STOCK_PAGE (self), NULL);

  return sc_stock_page_item (self);
}

/**
 * sc_stock_page_show_top:
 *
 * Scrolls to the item's title, as an item opened from the sheet starts.
 */
void
sc_stock_page_show_top (ScStockPage *self)
{
  GtkWidget *scrolled;

  g_return_if_fail (SC_IS_STOCK_PAGE (self));

  scrolled = adw_bin_get_child (ADW_BIN (self));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
}

GtkWidget *
sc_stock_page_get_step_button (ScStockPage *self,
                               ScStockStep  step)
{
  g_return_val_if_fail (SC_IS_STOCK_PAGE (self), NULL);

  return g_hash_table_lookup (self->buttons, GUINT_TO_POINTER (step));
}

static void
sc_stock_page_dispose (GObject *object)
{
  ScStockPage *self = SC_STOCK_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_STOCK_PAGE);
  g_clear_pointer (&self->buttons, g_hash_table_unref);
  g_clear_object (&self->inventory);
  g_clear_pointer (&self->sku, g_free);

  G_OBJECT_CLASS (sc_stock_page_parent_class)->dispose (object);
}

static void
sc_stock_page_class_init (ScStockPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_stock_page_dispose;

  /**
   * ScStockPage::request:
   * @request: (type gpointer): the step and what it needs, an
   *   ScStockRequest valid during the emission
   *
   * The learner asked for a step on the stock.
   */
  signals[REQUEST] = g_signal_new ("request", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-stock-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScStockPage, actions);
  gtk_widget_class_bind_template_child (widget_class, ScStockPage, heading);
  gtk_widget_class_bind_template_child (widget_class, ScStockPage, policy_pill);
  gtk_widget_class_bind_template_child (widget_class, ScStockPage, sections);
  gtk_widget_class_bind_template_child (widget_class, ScStockPage, status_pill);
  gtk_widget_class_bind_template_child (widget_class, ScStockPage, summary);
}

static void
sc_stock_page_init (ScStockPage *self)
{
  const char *classes[] = { "sc-status-pill", "sc-status-draft", NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_label_set_label (self->policy_pill, _("Sells when out of stock"));
  gtk_widget_set_css_classes (GTK_WIDGET (self->policy_pill), classes);
  self->buttons = g_hash_table_new (NULL, NULL);
  build_buttons (self);
}

GtkWidget *
sc_stock_page_new (void)
{
  return g_object_new (SC_TYPE_STOCK_PAGE, NULL);
}
