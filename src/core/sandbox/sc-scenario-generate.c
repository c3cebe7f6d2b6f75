/* sc-scenario-generate.c - a scenario's store from a seed, the same on every machine
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generator version 1 draws, product by product and in this order: the
 * material, the item, the vendor, the number of variants, the base price
 * (whole units, then .99 when the currency has a minor unit), the cost
 * (40–75 % of the price) and, variant by variant, whether the SKU is
 * missing, the quantity and the barcode's nine random digits. Changing
 * anything here changes every store: bump SC_SCENARIO_GENERATOR_VERSION.
 *
 * A store given as a product file is copied as it was read. Either store
 * then gets its <defects>, drawn from the same PRNG after the products
 * (sc-scenario-defects.c).
 */
#include "config.h"

#include "sc-lint.h"
#include "sc-prng.h"
#include "sc-scenario.h"

static const char * const materials[] = {
  "Canvas", "Linen", "Cotton", "Wool", "Leather", "Bamboo", "Ceramic", "Oak",
};
static const char * const items[] = {
  "tote", "apron", "scarf", "mug", "notebook", "cushion", "tray", "beanie",
};
static const char * const vendors[] = {
  "Northwind Goods", "Harbor & Pine", "Little Loom",
};
static const char * const sizes[] = { "Small", "Medium", "Large" };

static const char *
pick (ScPrng             *prng,
      const char * const *list,
      guint               n)
{
  return list[sc_prng_next_below (prng, n)];
}

/* A GTIN-13 in the 200–299 range GS1 keeps for a store's own numbers. */
static char *
make_barcode (ScPrng *prng)
{
  char digits[14];
  int check = 0;

  digits[0] = '2';
  digits[1] = '0';
  digits[2] = '0';
  for (guint i = 3; i < 12; i++)
    digits[i] = (char) ('0' + sc_prng_next_below (prng, 10));
  digits[12] = '0';
  digits[13] = '\0';
  sc_lint_gtin_is_valid (digits, &check);
  digits[12] = (char) ('0' + check);

  return g_strdup (digits);
}

static gint64
power_of_ten (guint exponent)
{
  gint64 value = 1;

  for (guint i = 0; i < exponent; i++)
    value *= 10;

  return value;
}

static ScCatalogProduct *
make_product (const ScScenario *self,
              ScCatalog        *catalog,
              ScPrng           *prng)
{
  const ScCurrency *currency = self->currency;
  gint64 unit = power_of_ten (currency->exponent);
  g_autofree char *title = NULL;
  g_autofree char *handle = NULL;
  g_autofree char *sku_base = NULL;
  g_autofree char *lower = NULL;
  ScCatalogProduct *product;
  const char *material;
  const char *item;
  guint n_variants;
  gint64 price;
  gint64 cost;

  material = pick (prng, materials, G_N_ELEMENTS (materials));
  item = pick (prng, items, G_N_ELEMENTS (items));
  title = g_strdup_printf ("%s %s", material, item);
  handle = sc_catalog_make_handle (catalog, title);
  product = sc_catalog_product_new (handle);
  product->title = g_strdup (title);
  product->vendor = g_strdup (pick (prng, vendors, G_N_ELEMENTS (vendors)));
  lower = g_ascii_strdown (material, -1);
  product->description = g_strdup_printf ("<p>A %s %s, made to last.</p>", lower, item);

  n_variants = 1 + (guint) sc_prng_next_below (prng, self->max_variants);
  price = sc_prng_next_range (prng, 5, 80) * unit - (unit > 1 ? 1 : 0);
  cost = price * sc_prng_next_range (prng, 40, 75) / 100;
  product->kind = n_variants > 1 ? SC_PRODUCT_KIND_VARIABLE : SC_PRODUCT_KIND_SIMPLE;
  if (n_variants > 1)
    {
      ScCatalogOption *option = sc_catalog_option_new ("Size");

      for (guint i = 0; i < n_variants; i++)
        sc_catalog_option_add_value (option, sizes[i]);
      g_ptr_array_add (product->options, option);
    }

  sku_base = g_ascii_strup (handle, -1);
  for (guint i = 0; i < n_variants; i++)
    {
      ScCatalogVariant *variant = sc_catalog_variant_new (currency);

      if (n_variants > 1)
        sc_catalog_variant_set_option_value (variant, 0, sizes[i]);
      if (!sc_prng_next_chance (prng, self->missing_sku_percent, 100))
        variant->sku = g_strdup_printf ("%s-%u", sku_base, i + 1);
      variant->has_price = TRUE;
      variant->price = sc_money_init (price + (gint64) i * unit, currency);
      variant->has_cost = TRUE;
      variant->cost = sc_money_init (cost, currency);
      variant->track_quantity = TRUE;
      variant->quantity = sc_prng_next_range (prng, 0, 40);
      variant->barcode = make_barcode (prng);
      g_ptr_array_add (product->variants, variant);
    }

  return product;
}

/**
 * sc_scenario_generate:
 *
 * Returns: (transfer full): the store @self describes, for @seed
 */
ScCatalog *
sc_scenario_generate (const ScScenario *self,
                      guint64           seed)
{
  g_autoptr(ScPrng) prng = sc_prng_new (seed);
  ScCatalog *catalog;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->catalog != NULL)
    catalog = sc_catalog_copy (self->catalog);
  else
    {
      catalog = sc_catalog_new (self->currency);
      for (guint p = 0; p < self->n_products; p++)
        {
          g_autoptr(GError) error = NULL;

          /* Handles come from sc_catalog_make_handle, so they never clash. */
          if (!sc_catalog_add_product (catalog, make_product (self, catalog, prng), &error))
            g_critical ("generated product refused: %s", error->message);
        }
    }
  if (self->n_defects > 0)
    sc_scenario_add_defects (catalog, self->n_defects, self->defect_kinds, prng);

  return catalog;
}
