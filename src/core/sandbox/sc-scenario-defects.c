/* sc-scenario-defects.c - seeded defects put into a scenario's store for the learner to find
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every defect takes one field of one product or variant: a product's
 * title (title-all-caps or title-promotional), SEO title, meta
 * description and vendor (the …-missing kinds, where the field is
 * filled); a variant's SKU (sku-missing, or sku-duplicate when another
 * SKU can be copied), barcode (barcode-check-digit, where it is a valid
 * GTIN), price (price-below-cost, where price and cost are known) and
 * compare-at price (compare-at-invalid, where there is a price). Those
 * fields are the store's room for defects.
 *
 * Drawn in this order: the room is shuffled (sc_prng_shuffle); for each
 * kind in turn, the first field in that order allowing it takes it; then
 * the next fields in that order are taken until there are @count, each
 * drawing its kind among those it allows; then
 * the defects are made in catalog order, each drawing what it needs;
 * sku-duplicate last, copying the SKU of the nearest earlier variant
 * whose SKU is untouched. Changing any of this changes the stores:
 * bump SC_SCENARIO_GENERATOR_VERSION.
 */
#include "config.h"

#include <string.h>

#include "sc-lint.h"
#include "sc-scenario.h"

typedef enum
{
  SLOT_TITLE,
  SLOT_SEO_TITLE,
  SLOT_SEO_DESCRIPTION,
  SLOT_VENDOR,
  SLOT_SKU,
  SLOT_BARCODE,
  SLOT_PRICE,
  SLOT_COMPARE_AT,
} SlotField;

typedef struct
{
  guint              order;     /* its place in the catalog */
  SlotField          field;
  ScCatalogProduct  *product;
  ScCatalogVariant  *variant;   /* NULL for a product's field */
  const char        *kinds[2];  /* the kinds it allows, NULL-padded */
  const char        *kind;      /* the one drawn */
} Slot;

static const char * const promotions[] = {
  "Free Shipping", "Best Price", "Hot Deal", "Limited Time",
};

gboolean
sc_scenario_defect_kind_is_known (const char *kind)
{
  g_auto(GStrv) known = g_strsplit (SC_SCENARIO_DEFECT_KINDS, " ", -1);

  return kind != NULL && g_strv_contains ((const char * const *) known, kind);
}

static gboolean
filled (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
allow (Slot       *slot,
       GStrv       kinds,
       const char *kind,
       gboolean    possible)
{
  if (!possible || !g_strv_contains ((const char * const *) kinds, kind))
    return;
  slot->kinds[slot->kinds[0] == NULL ? 0 : 1] = kind;
}

static guint
count_skus (ScCatalog *catalog)
{
  guint n = 0;

  for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, p);

      for (guint v = 0; v < product->variants->len; v++)
        if (filled (((ScCatalogVariant *) g_ptr_array_index (product->variants, v))->sku))
          n++;
    }

  return n;
}

static void
add_slot (GArray           *slots,
          SlotField         field,
          ScCatalogProduct *product,
          ScCatalogVariant *variant,
          GStrv             kinds,
          guint             n_skus)
{
  Slot slot = { slots->len, field, product, variant, { NULL, NULL }, NULL };

  switch (field)
    {
    case SLOT_TITLE:
      allow (&slot, kinds, "title-all-caps", filled (product->title));
      allow (&slot, kinds, "title-promotional", filled (product->title));
      break;
    case SLOT_SEO_TITLE:
      allow (&slot, kinds, "seo-title-missing", filled (product->seo_title));
      break;
    case SLOT_SEO_DESCRIPTION:
      allow (&slot, kinds, "seo-description-missing", filled (product->seo_description));
      break;
    case SLOT_VENDOR:
      allow (&slot, kinds, "vendor-missing", filled (product->vendor));
      break;
    case SLOT_SKU:
      allow (&slot, kinds, "sku-missing", filled (variant->sku));
      allow (&slot, kinds, "sku-duplicate", filled (variant->sku) && n_skus >= 2);
      break;
    case SLOT_BARCODE:
      allow (&slot, kinds, "barcode-check-digit",
             filled (variant->barcode) && sc_lint_gtin_is_valid (variant->barcode, NULL));
      break;
    case SLOT_PRICE:
      allow (&slot, kinds, "price-below-cost", variant->has_price && variant->has_cost &&
             variant->cost.minor >= 10);
      break;
    case SLOT_COMPARE_AT:
      allow (&slot, kinds, "compare-at-invalid", variant->has_price && variant->price.minor > 0);
      break;
    default:
      g_assert_not_reached ();
    }

  if (slot.kinds[0] != NULL)
    g_array_append_val (slots, slot);
}

static GArray *
collect_slots (ScCatalog *catalog,
               GStrv      kinds)
{
  GArray *slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  guint n_skus = count_skus (catalog);

  for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
    {
      ScCatalogProduct *product = sc_catalog_get_product (catalog, p);

      for (SlotField field = SLOT_TITLE; field <= SLOT_VENDOR; field++)
        add_slot (slots, field, product, NULL, kinds, n_skus);
      for (guint v = 0; v < product->variants->len; v++)
        for (SlotField field = SLOT_SKU; field <= SLOT_COMPARE_AT; field++)
          add_slot (slots, field, product, g_ptr_array_index (product->variants, v), kinds, n_skus);
    }

  return slots;
}

/**
 * sc_scenario_count_defect_room:
 * @kinds: the kinds allowed
 *
 * Returns: how many defects of @kinds @catalog has room for
 */
guint
sc_scenario_count_defect_room (ScCatalog *catalog,
                               GStrv      kinds)
{
  g_autoptr(GArray) slots = NULL;

  g_return_val_if_fail (SC_IS_CATALOG (catalog), 0);
  g_return_val_if_fail (kinds != NULL, 0);

  slots = collect_slots (catalog, kinds);

  return slots->len;
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const Slot *x = *(const Slot * const *) a;
  const Slot *y = *(const Slot * const *) b;

  return x->order < y->order ? -1 : x->order > y->order;
}

/* The SKU of the nearest variant before @slot's whose SKU is no defect. */
static const char *
find_sku_source (GArray     *slots,
                 GHashTable *touched,
                 const Slot *slot)
{
  for (guint step = 1; step < slots->len; step++)
    {
      guint index = (slot->order + slots->len - step) % slots->len;
      const Slot *other = &g_array_index (slots, Slot, index);
      const char *sku = other->variant != NULL ? other->variant->sku : NULL;

      if (other->field == SLOT_SKU && !g_hash_table_contains (touched, other->variant) &&
          filled (sku) && g_ascii_strcasecmp (sku, slot->variant->sku) != 0)
        return sku;
    }

  return NULL;
}

static void
set_text (char       **field,
          char        *value)
{
  g_free (*field);
  *field = value;
}

static void
make_defect (Slot   *slot,
             ScPrng *prng)
{
  ScCatalogProduct *product = slot->product;
  ScCatalogVariant *variant = slot->variant;

  if (g_str_equal (slot->kind, "title-all-caps"))
    set_text (&product->title, g_utf8_strup (product->title, -1));
  else if (g_str_equal (slot->kind, "title-promotional"))
    {
      const char *promotion = promotions[sc_prng_next_below (prng, G_N_ELEMENTS (promotions))];

      set_text (&product->title, g_strdup_printf ("%s – %s", product->title, promotion));
    }
  else if (g_str_equal (slot->kind, "seo-title-missing"))
    g_clear_pointer (&product->seo_title, g_free);
  else if (g_str_equal (slot->kind, "seo-description-missing"))
    g_clear_pointer (&product->seo_description, g_free);
  else if (g_str_equal (slot->kind, "vendor-missing"))
    g_clear_pointer (&product->vendor, g_free);
  else if (g_str_equal (slot->kind, "sku-missing"))
    g_clear_pointer (&variant->sku, g_free);
  else if (g_str_equal (slot->kind, "barcode-check-digit"))
    {
      gsize last = strlen (variant->barcode) - 1;
      int digit = variant->barcode[last] - '0';

      variant->barcode[last] = (char) ('0' + (digit + 1 + (int) sc_prng_next_below (prng, 9)) % 10);
    }
  else if (g_str_equal (slot->kind, "price-below-cost"))
    variant->price.minor = variant->cost.minor * sc_prng_next_range (prng, 70, 95) / 100;
  else if (g_str_equal (slot->kind, "compare-at-invalid"))
    {
      gint64 below = variant->price.minor * sc_prng_next_range (prng, 0, 20) / 100;

      variant->has_compare_at = TRUE;
      variant->compare_at = sc_money_init (variant->price.minor - below, variant->price.currency);
    }
  else
    g_assert_not_reached ();
}

/**
 * sc_scenario_add_defects:
 * @count: how many; fewer when the store has no room for more
 * @kinds: the kinds to draw from
 *
 * Puts defects into @catalog as the header comment describes.
 */
void
sc_scenario_add_defects (ScCatalog *catalog,
                         guint      count,
                         GStrv      kinds,
                         ScPrng    *prng)
{
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GHashTable) touched = g_hash_table_new (NULL, NULL);

  g_return_if_fail (SC_IS_CATALOG (catalog));
  g_return_if_fail (kinds != NULL);
  g_return_if_fail (prng != NULL);

  slots = collect_slots (catalog, kinds);
  for (guint i = 0; i < slots->len; i++)
    g_ptr_array_add (order, &g_array_index (slots, Slot, i));
  sc_prng_shuffle (prng, order->pdata, order->len);

  /* One defect of each kind first, so every kind is there to find. */
  for (guint k = 0; kinds[k] != NULL && chosen->len < count; k++)
    for (guint i = 0; i < order->len; i++)
      {
        Slot *slot = g_ptr_array_index (order, i);

        if (slot->kind == NULL && (g_strcmp0 (slot->kinds[0], kinds[k]) == 0 ||
                                   g_strcmp0 (slot->kinds[1], kinds[k]) == 0))
          {
            slot->kind = kinds[k];
            g_ptr_array_add (chosen, slot);
            break;
          }
      }
  for (guint i = 0; i < order->len && chosen->len < count; i++)
    {
      Slot *slot = g_ptr_array_index (order, i);
      guint n_kinds = slot->kinds[1] != NULL ? 2 : 1;

      if (slot->kind != NULL)
        continue;
      slot->kind = slot->kinds[sc_prng_next_below (prng, n_kinds)];
      g_ptr_array_add (chosen, slot);
    }
  for (guint i = 0; i < chosen->len; i++)
    {
      Slot *slot = g_ptr_array_index (chosen, i);

      if (slot->field == SLOT_SKU)
        g_hash_table_add (touched, slot->variant);
    }
  g_ptr_array_sort (chosen, compare_order);

  for (guint i = 0; i < chosen->len; i++)
    {
      Slot *slot = g_ptr_array_index (chosen, i);

      if (!g_str_equal (slot->kind, "sku-duplicate"))
        make_defect (slot, prng);
    }
  for (guint i = 0; i < chosen->len; i++)
    {
      Slot *slot = g_ptr_array_index (chosen, i);
      const char *source;

      if (!g_str_equal (slot->kind, "sku-duplicate"))
        continue;
      source = find_sku_source (slots, touched, slot);
      if (source != NULL)
        set_text (&slot->variant->sku, g_strdup (source));
      else
        g_clear_pointer (&slot->variant->sku, g_free);
    }
}
