/* bench-lint.c - linting a generated 10,000-product catalog, against copying and reading it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-lint lint|copy|read|product POLICY.xml PRODUCTS PASSES
 *
 * The subject of tests/bench/cases/lint.py. Generates PRODUCTS products
 * with their options, variants and images from a fixed seed through the
 * sandbox's own PRNG (the same catalog on every machine), with the
 * defects a real imported catalog has at realistic rates, then times
 * PASSES passes of one of:
 *
 *   lint     sc_lint_catalog () under the policy, findings freed
 *   copy     sc_catalog_copy (), the copy freed: every string of every
 *            product allocated and freed once
 *   read     a loop that reads every field of every product, variant and
 *            image once (string lengths, amounts, flags): the floor
 *   product  sc_lint_product () of one product (the middle one) against
 *            the catalog, as the product page lints on each keystroke
 *
 * Prints the median of the passes in milliseconds, then the number of
 * variants and of findings (lint, product) as a check that every row saw
 * the same catalog, then a digest of the findings (lint) to check that a
 * change to the linter finds exactly what it found before.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sc-course-problems.h"
#include "sc-lint.h"
#include "sc-policy.h"
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
  product->description_format = SC_TEXT_FORMAT_HTML;
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

static ScCatalog *
generate (guint n_products)
{
  const ScCurrency *currency = sc_currency_lookup ("EUR");
  g_autoptr(ScPrng) prng = sc_prng_new (SEED);
  ScCatalog *catalog = sc_catalog_new (currency);

  for (guint i = 0; i < n_products; i++)
    if (!sc_catalog_add_product (catalog, make_product (prng, currency, i), NULL))
      g_assert_not_reached ();

  return catalog;
}

static gsize
read_string (const char *text)
{
  return text != NULL ? strlen (text) : 0;
}

/* Every field once: what any pass over the catalog cannot avoid. */
static guint64
read_all (ScCatalog *catalog)
{
  guint64 sum = 0;

  for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
    {
      const ScCatalogProduct *product = sc_catalog_get_product (catalog, i);

      sum += read_string (product->handle) + read_string (product->title) +
             read_string (product->description) + read_string (product->vendor) +
             read_string (product->category) + read_string (product->seo_title) +
             read_string (product->seo_description) + product->status;
      for (guint o = 0; o < product->options->len; o++)
        {
          const ScCatalogOption *option = g_ptr_array_index (product->options, o);

          sum += read_string (option->name);
          for (guint v = 0; v < option->values->len; v++)
            sum += read_string (g_ptr_array_index (option->values, v));
        }
      for (guint m = 0; m < product->images->len; m++)
        {
          const ScCatalogImage *image = g_ptr_array_index (product->images, m);

          sum += read_string (image->src) + read_string (image->alt);
        }
      for (guint v = 0; v < product->variants->len; v++)
        {
          const ScCatalogVariant *variant = g_ptr_array_index (product->variants, v);

          for (guint o = 0; o < SC_CATALOG_MAX_OPTIONS; o++)
            sum += read_string (variant->option_values[o]);
          sum += read_string (variant->sku) + read_string (variant->barcode) +
                 (guint64) variant->price.minor + (guint64) variant->compare_at.minor +
                 (guint64) variant->cost.minor + (guint64) variant->quantity +
                 variant->inventory_policy + variant->track_quantity;
        }
    }

  return sum;
}

/* A digest of every finding (rule, product, variant, image, message), so
 * that a faster linter can be checked to find exactly the same. */
static guint
digest_findings (GPtrArray *findings)
{
  guint digest = 5381;

  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *line = g_strdup_printf ("%s %s %d %d %s", finding->rule->id,
                                               finding->handle, finding->variant, finding->image,
                                               finding->message);

      digest = digest * 33 + g_str_hash (line);
    }

  return digest;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScPolicy) policy = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree double *times = NULL;
  const char *mode;
  guint64 n_products;
  guint64 passes;
  guint64 sink = 0;
  guint findings = 0;
  guint digest = 0;
  gsize length = 0;

  if (argc != 5 ||
      (strcmp (argv[1], "lint") != 0 && strcmp (argv[1], "copy") != 0 &&
       strcmp (argv[1], "read") != 0 && strcmp (argv[1], "product") != 0) ||
      !g_ascii_string_to_unsigned (argv[3], 10, 1, 1000000, &n_products, NULL) ||
      !g_ascii_string_to_unsigned (argv[4], 10, 1, 10000, &passes, NULL))
    {
      fprintf (stderr, "usage: %s lint|copy|read|product POLICY.xml PRODUCTS PASSES\n", argv[0]);
      return 2;
    }
  mode = argv[1];

  if (!g_file_get_contents (argv[2], &xml, &length, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  policy = sc_policy_parse (xml, length, argv[2], problems);
  if (policy == NULL)
    {
      g_auto(GStrv) lines = sc_course_problems_to_strv (problems);

      fprintf (stderr, "%s\n", lines[0] != NULL ? lines[0] : argv[2]);
      return 1;
    }

  catalog = generate ((guint) n_products);
  times = g_new (double, passes);

  for (guint64 pass = 0; pass < passes; pass++)
    {
      gint64 start = g_get_monotonic_time ();

      if (strcmp (mode, "lint") == 0)
        {
          g_autoptr(GPtrArray) all = sc_lint_catalog (catalog, policy);

          findings = all->len;
          if (pass == 0)
            digest = digest_findings (all);
        }
      else if (strcmp (mode, "product") == 0)
        {
          ScCatalogProduct *middle = sc_catalog_get_product (catalog, (guint) n_products / 2);
          g_autoptr(GPtrArray) one = sc_lint_product (middle, catalog, policy);

          findings = one->len;
        }
      else if (strcmp (mode, "copy") == 0)
        {
          g_autoptr(ScCatalog) copy = sc_catalog_copy (catalog);

          sink += sc_catalog_get_n_products (copy);
        }
      else
        {
          sink += read_all (catalog);
        }

      times[pass] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, passes, sizeof (double), compare_doubles);
  printf ("%.3f %u %u %08x %" G_GUINT64_FORMAT "\n", times[passes / 2],
          sc_catalog_count_variants (catalog), findings, digest, sink % 2);

  return 0;
}
