/* bench-catalog.c - the generated catalog the lint and keystroke benchmarks share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PRODUCTS products with their options, variants and images from a fixed
 * seed through the sandbox's own PRNG (the same catalog on every
 * machine), with the defects a real imported catalog has at realistic
 * rates: short, long and promotional titles, copied descriptions,
 * missing and shared SKUs, wrong GTIN check digits, compare-at prices at
 * the price, prices below cost, images without alt text, zero stock.
 */
#include "config.h"

#include "bench-catalog.h"
#include "sc-lint.h"
#include "sc-prng.h"

#define SEED 20261130

static const char *const adjectives[] = {
  "Merino", "Organic Cotton", "Linen", "Waterproof", "Insulated", "Stainless Steel",
  "Ceramic", "Bamboo", "Recycled", "Leather", "Walnut", "Cast Iron",
};
static const char *const nouns[] = {
  "Crew Neck Sweater", "Hiking Boot", "Travel Mug", "Chef's Knife", "Desk Lamp",
  "Rain Jacket", "Cutting Board", "Backpack", "Water Bottle", "Throw Blanket",
  "Running Sock", "Wall Clock",
};
static const char *const vendors[] = {
  "Northwind", "Fjällräven Goods", "Blue Harbor", "Atelier Sol", "Oak & Iron",
};
static const char *const categories[] = {
  "Apparel & Accessories > Clothing > Sweaters",
  "Apparel & Accessories > Shoes",
  "Home & Garden > Kitchen & Dining > Drinkware",
  "Home & Garden > Decor > Clocks",
  "Luggage & Bags > Backpacks",
};
static const char *const sizes[] = { "XS", "S", "M", "L", "XL" };
static const char *const colours[] = { "Navy", "Olive", "Sand", "Black" };

#define PICK(prng, array) ((array)[sc_prng_next_below ((prng), G_N_ELEMENTS (array))])

static char *
make_gtin13 (ScPrng   *prng,
             gboolean  wrong)
{
  char digits[14];
  int expected;

  for (int i = 0; i < 12; i++)
    digits[i] = '0' + (char) sc_prng_next_below (prng, 10);
  digits[12] = '0';
  digits[13] = '\0';
  sc_lint_gtin_is_valid (digits, &expected);
  digits[12] = '0' + (char) ((expected + (wrong ? 3 : 0)) % 10);

  return g_strdup (digits);
}

static ScCatalogVariant *
make_variant (ScPrng           *prng,
              const ScCurrency *currency,
              guint             product,
              guint             index,
              gint64            price)
{
  ScCatalogVariant *variant = sc_catalog_variant_new (currency);

  if (!sc_prng_next_chance (prng, 2, 100))
    variant->sku = sc_prng_next_chance (prng, 1, 100)
                   ? g_strdup_printf ("SC-%05u-%u", product / 2, index)   /* shared */
                   : g_strdup_printf ("SC-%05u-%u-%02u", product, index,
                                      (guint) sc_prng_next_below (prng, 100));
  if (!sc_prng_next_chance (prng, 10, 100))
    variant->barcode = make_gtin13 (prng, sc_prng_next_chance (prng, 3, 100));
  variant->has_price = TRUE;
  variant->price = sc_money_init (price, currency);
  if (sc_prng_next_chance (prng, 30, 100))
    {
      variant->has_compare_at = TRUE;
      variant->compare_at = sc_money_init (sc_prng_next_chance (prng, 10, 100)
                                           ? price : price + price / 4, currency);
    }
  variant->has_cost = TRUE;
  variant->cost = sc_money_init (sc_prng_next_chance (prng, 2, 100)
                                 ? price + 100 : price * sc_prng_next_range (prng, 35, 70) / 100,
                                 currency);
  variant->track_quantity = TRUE;
  variant->quantity = sc_prng_next_chance (prng, 8, 100) ? 0 : sc_prng_next_range (prng, 1, 60);
  variant->inventory_policy = sc_prng_next_chance (prng, 20, 100)
                              ? SC_INVENTORY_POLICY_CONTINUE : SC_INVENTORY_POLICY_DENY;
  variant->weight_grams = g_strdup_printf ("%u", (guint) sc_prng_next_range (prng, 50, 3000));
  variant->requires_shipping = TRUE;
  variant->taxable = TRUE;

  return variant;
}

static void
add_options (ScPrng           *prng,
             ScCatalogProduct *product,
             const ScCurrency *currency,
             guint             number,
             gint64            price)
{
  guint n_sizes = 0;
  guint n_colours = 1;

  switch (sc_prng_next_below (prng, 4))
    {
    case 0:   /* simple: one default variant */
      break;
    case 1:
      n_sizes = 4;
      break;
    case 2:
      n_sizes = 3;
      n_colours = 2;
      break;
    default:
      n_sizes = 5;
      n_colours = 1;
      break;
    }

  if (n_sizes > 0)
    {
      ScCatalogOption *size = sc_catalog_option_new ("Size");

      for (guint s = 0; s < n_sizes; s++)
        sc_catalog_option_add_value (size, sizes[s]);
      g_ptr_array_add (product->options, size);
    }
  if (n_sizes > 0 && n_colours > 1)
    {
      ScCatalogOption *colour = sc_catalog_option_new ("Color");

      for (guint c = 0; c < n_colours; c++)
        sc_catalog_option_add_value (colour, colours[c]);
      g_ptr_array_add (product->options, colour);
    }

  for (guint s = 0; s < MAX (n_sizes, 1); s++)
    for (guint c = 0; c < n_colours; c++)
      {
        guint index = product->variants->len;
        ScCatalogVariant *variant = make_variant (prng, currency, number, index,
                                                  price + (gint64) s * 200);

        if (n_sizes > 0)
          /* A few duplicated option values, as a hand-edited import has. */
          sc_catalog_variant_set_option_value (variant, 0, sc_prng_next_chance (prng, 1, 100)
                                                           ? sizes[0] : sizes[s]);
        if (n_colours > 1)
          sc_catalog_variant_set_option_value (variant, 1, colours[c]);
        g_ptr_array_add (product->variants, variant);
      }
}

static ScCatalogProduct *
make_product (ScPrng           *prng,
              const ScCurrency *currency,
              guint             number)
{
  g_autofree char *handle = g_strdup_printf ("product-%05u", number);
  ScCatalogProduct *product = sc_catalog_product_new (handle);
  const char *noun = PICK (prng, nouns);
  const char *adjective = PICK (prng, adjectives);
  guint n_images = (guint) sc_prng_next_below (prng, 4);

  if (sc_prng_next_chance (prng, 3, 100))
    product->title = g_strdup (noun);                                    /* too short */
  else if (sc_prng_next_chance (prng, 3, 100))
    product->title = g_strdup_printf ("%s %s FREE SHIPPING!! Best price", adjective, noun);
  else if (sc_prng_next_chance (prng, 3, 100))
    product->title = g_strdup_printf ("%s %s for Every Season, Every Trip and Every Day of the "
                                      "Year, Made to Last and Easy to Care For, in Five Sizes "
                                      "and Four Colours", adjective, noun);   /* too long */
  else
    product->title = g_strdup_printf ("%s %s by %s", adjective, noun, PICK (prng, vendors));

  product->description = sc_prng_next_chance (prng, 10, 100)
    ? g_strdup_printf ("<p>%s</p>", product->title)
    : g_strdup_printf ("<p>Our %s %s is made for daily use: <strong>durable</strong>, easy to "
                       "clean and backed by a two-year warranty.</p><ul><li>Item %u</li>"
                       "<li>Ships in recycled packaging</li></ul>", adjective, noun, number);
  product->description_format = SC_DESCRIPTION_FORMAT_HTML;
  product->vendor = g_strdup (PICK (prng, vendors));
  product->product_type = g_strdup (noun);
  product->category = g_strdup (PICK (prng, categories));
  product->status = sc_prng_next_chance (prng, 80, 100) ? SC_PRODUCT_STATUS_ACTIVE
                                                        : SC_PRODUCT_STATUS_DRAFT;
  product->published = product->status == SC_PRODUCT_STATUS_ACTIVE;
  if (sc_prng_next_chance (prng, 60, 100))
    product->seo_title = g_strdup_printf ("%s %s | %s", adjective, noun, product->vendor);
  if (sc_prng_next_chance (prng, 50, 100))
    product->seo_description = g_strdup_printf ("Buy the %s %s from %s: durable, easy to "
                                                "clean, two-year warranty.", adjective, noun,
                                                product->vendor);
  for (guint i = 0; i < n_images; i++)
    {
      g_autofree char *src = g_strdup_printf ("https://cdn.example.com/%s-%u.jpg", handle, i);

      g_ptr_array_add (product->images,
                       sc_catalog_image_new (src, sc_prng_next_chance (prng, 20, 100)
                                                  ? NULL : product->title));
    }

  add_options (prng, product, currency, number, sc_prng_next_range (prng, 500, 20000));

  return product;
}

/**
 * sc_bench_generate_catalog:
 * @n_products: how many products
 *
 * Returns: (transfer full): the same catalog for the same @n_products on
 *   every machine: products-NNNNN with their options, variants and
 *   images, and an imported catalog's defects at realistic rates
 */
ScCatalog *
sc_bench_generate_catalog (guint n_products)
{
  const ScCurrency *currency = sc_currency_lookup ("EUR");
  g_autoptr(ScPrng) prng = sc_prng_new (SEED);
  ScCatalog *catalog = sc_catalog_new (currency);

  for (guint i = 0; i < n_products; i++)
    if (!sc_catalog_add_product (catalog, make_product (prng, currency, i), NULL))
      g_assert_not_reached ();

  return catalog;
}
