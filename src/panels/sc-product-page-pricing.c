/* sc-product-page-pricing.c - pricing, inventory and shipping of a product without options
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A product without options has one variant, and these cards edit it,
 * as Shopify's do. Once a product has options, each variant has its own
 * price, SKU, barcode and stock in the variant table, and these cards
 * say so instead.
 *
 * Profit and margin are computed from what is typed, in exact minor
 * units (sc-money.h): profit = price − cost; margin = profit ÷ price in
 * whole basis points, rounded half away from zero.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog-values.h"
#include "sc-lint.h"
#include "sc-product-page-private.h"
#include "sc-tooltip.h"

static const char * const weight_units[] = { "g", "kg", "lb", "oz", NULL };

static ScCatalogVariant *
field_variant (const ScPageField      *field,
               const ScCatalogProduct *product)
{
  if (field->variant < 0 || (guint) field->variant >= product->variants->len)
    return NULL;

  return g_ptr_array_index (product->variants, field->variant);
}

static char *
money_text (gboolean has,
            ScMoney  money)
{
  return has ? sc_money_to_string (money) : NULL;
}

/* A variant field's committed value, as it shows. */
char *
sc_product_page_read_variant (ScProductPage          *self,
                              const ScPageField      *field,
                              const ScCatalogProduct *product)
{
  const ScCatalogVariant *variant = field_variant (field, product);

  if (variant == NULL)
    return NULL;

  if (g_str_equal (field->name, "price"))
    return money_text (variant->has_price, variant->price);
  if (g_str_equal (field->name, "compare-at"))
    return money_text (variant->has_compare_at, variant->compare_at);
  if (g_str_equal (field->name, "cost"))
    return money_text (variant->has_cost, variant->cost);
  if (g_str_equal (field->name, "sku"))
    return g_strdup (variant->sku);
  if (g_str_equal (field->name, "barcode"))
    return g_strdup (variant->barcode);
  if (g_str_equal (field->name, "quantity"))
    return g_strdup_printf ("%" G_GINT64_FORMAT, variant->quantity);
  if (g_str_equal (field->name, "track-quantity"))
    return g_strdup (variant->track_quantity ? "true" : "false");
  if (g_str_equal (field->name, "inventory-policy"))
    return g_strdup (sc_inventory_policy_to_string (variant->inventory_policy));
  if (g_str_equal (field->name, "requires-shipping"))
    return g_strdup (variant->requires_shipping ? "true" : "false");
  if (g_str_equal (field->name, "weight"))
    return variant->weight_grams != NULL ? sc_catalog_weight_from_grams (variant->weight_grams,
                                                                         variant->weight_unit) : NULL;
  if (g_str_equal (field->name, "weight-unit"))
    return g_strdup (sc_weight_unit_to_string (variant->weight_unit));
  if (g_str_equal (field->name, "image"))
    return g_strdup (variant->image_src);

  g_return_val_if_reached (NULL);
}

/* Typed prices reach the previews once they parse; until then the
 * stored one shows. */
void
sc_product_page_apply_variant (ScProductPage     *self,
                               const ScPageField *field,
                               ScCatalogProduct  *copy,
                               const char        *text)
{
  ScCatalogVariant *variant = field_variant (field, copy);
  g_autofree char *clean = g_strstrip (g_strdup (text));
  gboolean has = FALSE;
  ScMoney money = sc_money_init (0, self->run->currency);

  if (variant == NULL)
    return;
  if (*clean != '\0' &&
      !sc_money_parse (clean, self->run->currency, '.', SC_MONEY_PARSE_DEFAULT, &money, NULL))
    return;
  has = *clean != '\0';

  if (g_str_equal (field->name, "price"))
    {
      variant->has_price = has;
      variant->price = money;
    }
  else if (g_str_equal (field->name, "compare-at"))
    {
      variant->has_compare_at = has;
      variant->compare_at = money;
    }
}

/**
 * sc_product_page_margin_text:
 * @out_profit: (out) (transfer full): the profit with its currency, or "—"
 *
 * Returns: (transfer full): the margin ("60.00 %"), or "—" when price or
 *   cost is not a valid amount or the price is zero
 */
char *
sc_product_page_margin_text (const ScCurrency  *currency,
                             const char        *price_text,
                             const char        *cost_text,
                             char             **out_profit)
{
  g_autofree char *price_clean = g_strstrip (g_strdup (price_text != NULL ? price_text : ""));
  g_autofree char *cost_clean = g_strstrip (g_strdup (cost_text != NULL ? cost_text : ""));
  g_autofree char *profit_text = NULL;
  g_autofree char *margin_text = NULL;
  ScMoney price, cost, profit;
  gint64 basis_points;

  *out_profit = g_strdup ("—");
  if (!sc_money_parse (price_clean, currency, '.', SC_MONEY_PARSE_DEFAULT, &price, NULL) ||
      !sc_money_parse (cost_clean, currency, '.', SC_MONEY_PARSE_DEFAULT, &cost, NULL) ||
      !sc_money_profit (price, cost, &profit, NULL))
    return g_strdup ("—");

  profit_text = sc_money_to_string (profit);
  g_free (*out_profit);
  /* TRANSLATORS: an amount and its ISO 4217 currency code: "12.00 EUR" */
  *out_profit = g_strdup_printf (_("%s %s"), profit_text, currency->code);

  if (price.minor == 0 || !sc_money_margin_basis_points (price, cost, &basis_points, NULL))
    return g_strdup ("—");
  margin_text = sc_basis_points_to_string (basis_points);

  /* TRANSLATORS: a percentage: "60.00 %" */
  return g_strdup_printf (_("%s %%"), margin_text);
}

void
sc_product_page_update_margin (ScProductPage *self)
{
  ScPageField *price = sc_page_fields_find (self->fields, "variants.price", -1, -1);
  ScPageField *cost = sc_page_fields_find (self->fields, "variants.cost", -1, -1);
  g_autofree char *price_text = sc_page_field_get_text (price);
  g_autofree char *cost_text = sc_page_field_get_text (cost);
  g_autofree char *profit = NULL;
  g_autofree char *margin = NULL;

  margin = sc_product_page_margin_text (self->run != NULL ? self->run->currency : sc_currency_get_default (),
                                        price_text, cost_text, &profit);
  gtk_label_set_text (GTK_LABEL (self->profit_value), profit);
  gtk_label_set_text (GTK_LABEL (self->margin_value), margin);
}

static void
money_typed (ScProductPage *self,
             ScPageField   *field,
             const char    *text)
{
  if (self->margin_value != NULL && field->variant >= 0 &&
      sc_page_fields_find (self->fields, field->lint_field, -1, -1) == field)
    sc_product_page_update_margin (self);
}

/* Advice under a barcode: the GS1 check digit, as the linter checks it. */
void
sc_product_page_barcode_hint (ScPageField *field,
                              const char  *text)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  gsize length = strlen (clean);
  gboolean digits = length > 0 && strspn (clean, "0123456789") == length;
  g_autofree char *hint = NULL;
  int expected = -1;

  if (length == 0)
    {
      sc_page_field_set_hint (field, _("GTIN (UPC, EAN or ISBN): 8, 12, 13 or 14 digits."), FALSE);
      return;
    }
  if (!digits || (length != 8 && length != 12 && length != 13 && length != 14))
    {
      hint = g_strdup_printf (_("A GTIN has 8, 12, 13 or 14 digits; this has %u characters."), (guint) length);
      sc_page_field_set_hint (field, hint, TRUE);
      return;
    }
  if (sc_lint_gtin_is_valid (clean, &expected))
    {
      hint = g_strdup_printf (_("GTIN-%u with a valid check digit."), (guint) length);
      sc_page_field_set_hint (field, hint, FALSE);
      return;
    }

  hint = g_strdup_printf (_("The check digit should be %d, not %c: the barcode is probably mistyped."),
                          expected, clean[length - 1]);
  sc_page_field_set_hint (field, hint, TRUE);
}

static void
barcode_typed (ScProductPage *self,
               ScPageField   *field,
               const char    *text)
{
  sc_product_page_barcode_hint (field, text);
}

/* An untracked quantity means nothing: its fields wait for the tick. */
static void
tracking_typed (ScProductPage *self,
                ScPageField   *field,
                const char    *text)
{
  gboolean tracked = g_strcmp0 (text, "true") == 0;
  ScPageField *quantity = sc_page_fields_find (self->fields, "variants.quantity", -1, -1);
  ScPageField *policy = sc_page_fields_find (self->fields, "variants.inventory-policy", -1, -1);

  if (quantity != NULL)
    gtk_widget_set_sensitive (quantity->box, tracked);
  if (policy != NULL)
    gtk_widget_set_sensitive (policy->box, tracked);
}

static ScPageField *
add_variant_field (ScProductPage *self,
                   GtkWidget     *box,
                   ScPageInput    kind,
                   const char    *name,
                   const char    *lint_field,
                   const char    *label)
{
  ScPageField *field = sc_page_field_new (self, kind, name, label);

  field->target = SC_PAGE_TARGET_VARIANT;
  field->variant = 0;
  field->read = sc_product_page_read_variant;
  g_free (field->lint_field);
  field->lint_field = g_strdup (lint_field);
  g_ptr_array_add (self->fields, field);
  gtk_widget_set_hexpand (field->box, TRUE);
  gtk_box_append (GTK_BOX (box), field->box);

  return field;
}

static GtkWidget *
pair_row (GtkWidget *box)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  gtk_box_append (GTK_BOX (box), row);

  return row;
}

/* A computed value: a visible label over a right-aligned number. */
static GtkWidget *
computed_value (GtkWidget  *row,
                const char *label_text,
                const char *tooltip)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new (label_text);
  GtkWidget *value = gtk_label_new ("—");

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "sc-field-label");
  gtk_label_set_xalign (GTK_LABEL (value), 1.0f);
  gtk_label_set_selectable (GTK_LABEL (value), FALSE);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "sc-computed");
  sc_tooltip_set_text (box, tooltip);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (value),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (row), box);

  return value;
}

void
sc_product_page_build_pricing (ScProductPage *self)
{
  static const char *unit_labels[] = { N_("g"), N_("kg"), N_("lb"), N_("oz"), NULL };
  const char *labels[G_N_ELEMENTS (unit_labels)] = { NULL };
  const char *rounding = _("Profit is the price minus the cost per item, exact to the minor unit. "
                           "Margin is profit ÷ price in whole hundredths of a percent, "
                           "rounded half away from zero.");
  g_autoptr(GtkStringList) units = NULL;
  /* The currency is the run's, known at the first reload (set_units). */
  const char *code = "¤";
  ScPageField *field;
  GtkWidget *row;

  self->pricing_fields = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (self->pricing_box), self->pricing_fields);
  self->pricing_note = gtk_label_new (_("This product has options: each variant has its own price, SKU, "
                                        "barcode and quantity in the Variants card."));
  gtk_label_set_xalign (GTK_LABEL (self->pricing_note), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (self->pricing_note), TRUE);
  gtk_widget_add_css_class (self->pricing_note, "dim-label");
  gtk_box_append (GTK_BOX (self->pricing_box), self->pricing_note);

  row = pair_row (self->pricing_fields);
  field = add_variant_field (self, row, SC_PAGE_INPUT_ENTRY, "price", "variants.price", _("Price"));
  field->apply = sc_product_page_apply_variant;
  field->typed = money_typed;
  sc_page_field_add_unit (field, code);
  field = add_variant_field (self, row, SC_PAGE_INPUT_ENTRY, "compare-at", "variants.compare-at-price",
                             _("Compare-at price"));
  field->apply = sc_product_page_apply_variant;
  sc_page_field_add_unit (field, code);

  row = pair_row (self->pricing_fields);
  field = add_variant_field (self, row, SC_PAGE_INPUT_ENTRY, "cost", "variants.cost", _("Cost per item"));
  field->typed = money_typed;
  sc_page_field_add_unit (field, code);
  sc_page_field_set_hint (field, _("Customers won’t see this."), FALSE);
  self->profit_value = computed_value (row, _("Profit"), rounding);
  self->margin_value = computed_value (row, _("Margin"), rounding);

  field = add_variant_field (self, self->inventory_box, SC_PAGE_INPUT_CHECK, "track-quantity",
                             "variants.track-quantity", _("Track quantity"));
  field->on = "true";
  field->off = "false";
  field->typed = tracking_typed;
  field = add_variant_field (self, self->inventory_box, SC_PAGE_INPUT_ENTRY, "quantity", "variants.quantity",
                             _("Quantity"));
  sc_page_field_add_unit (field, _("available"));
  field = add_variant_field (self, self->inventory_box, SC_PAGE_INPUT_CHECK, "inventory-policy",
                             "variants.inventory-policy", _("Continue selling when out of stock"));
  field->on = "continue";
  field->off = "deny";
  row = pair_row (self->inventory_box);
  add_variant_field (self, row, SC_PAGE_INPUT_ENTRY, "sku", "variants.sku", _("SKU (Stock Keeping Unit)"));
  field = add_variant_field (self, row, SC_PAGE_INPUT_ENTRY, "barcode", "variants.barcode",
                             _("Barcode (ISBN, UPC, GTIN, etc.)"));
  field->typed = barcode_typed;

  field = add_variant_field (self, self->shipping_box, SC_PAGE_INPUT_CHECK, "requires-shipping",
                             "variants.requires-shipping", _("This is a physical product"));
  field->on = "true";
  field->off = "false";
  row = pair_row (self->shipping_box);
  field = add_variant_field (self, row, SC_PAGE_INPUT_ENTRY, "weight", "variants.weight", _("Weight"));
  gtk_entry_set_alignment (GTK_ENTRY (field->input), 1.0f);
  gtk_widget_add_css_class (field->input, "numeric");
  for (guint i = 0; unit_labels[i] != NULL; i++)
    labels[i] = _(unit_labels[i]);
  units = gtk_string_list_new (labels);
  field = add_variant_field (self, row, SC_PAGE_INPUT_CHOICE, "weight-unit", "variants.weight-unit",
                             _("Weight unit"));
  field->choices = weight_units;
  gtk_drop_down_set_model (GTK_DROP_DOWN (field->input), G_LIST_MODEL (units));
}

static void
set_units (ScProductPage *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      ScPageField *field = g_ptr_array_index (self->fields, i);
      GtkWidget *unit;

      if (!g_str_equal (field->name, "price") && !g_str_equal (field->name, "compare-at") &&
          !g_str_equal (field->name, "cost"))
        continue;
      unit = gtk_widget_get_next_sibling (field->input);
      if (GTK_IS_LABEL (unit))
        gtk_label_set_text (GTK_LABEL (unit), self->run->currency->code);
    }
}

/* After a reload: the cards edit the single variant, or point at the
 * variant table. */
void
sc_product_page_update_pricing (ScProductPage *self)
{
  gboolean single = sc_product_page_single_variant (self, NULL) != NULL;

  set_units (self);
  gtk_widget_set_visible (self->pricing_fields, single);
  gtk_widget_set_visible (self->pricing_note, !single);
  gtk_widget_set_visible (self->inventory_card, single);
  gtk_widget_set_visible (self->shipping_card, single);
  sc_product_page_update_margin (self);
}
