/* bench-lint.c - linting a generated 10,000-product catalog, against copying and reading it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-lint lint|copy|read|product|index|indexed POLICY.xml PRODUCTS PASSES
 *
 * The subject of tests/bench/cases/lint.py. Generates PRODUCTS products
 * with their options, variants and images from a fixed seed through the
 * sandbox's own PRNG (the same catalog on every machine, bench-catalog.c),
 * with the defects a real imported catalog has at realistic rates, then
 * times PASSES passes of one of:
 *
 *   lint     sc_lint_catalog () under the policy, findings freed
 *   copy     sc_catalog_copy (), the copy freed: every string of every
 *            product allocated and freed once
 *   read     a loop that reads every field of every product, variant and
 *            image once (string lengths, amounts, flags): the floor
 *   product  sc_lint_product () of one product (the middle one) against
 *            the catalog: a scan of every product's SKUs
 *   index    sc_lint_index_new () of the catalog, as the product page
 *            builds it at each load of the catalog
 *   indexed  sc_lint_product_indexed () of the middle product against
 *            that index, as the product page lints on each keystroke;
 *            exits 1 unless it finds exactly what `product` finds
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

#include "bench-catalog.h"
#include "sc-course-problems.h"
#include "sc-lint.h"
#include "sc-policy.h"

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
  g_autoptr(ScLintIndex) index = NULL;
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
       strcmp (argv[1], "read") != 0 && strcmp (argv[1], "product") != 0 &&
       strcmp (argv[1], "index") != 0 && strcmp (argv[1], "indexed") != 0) ||
      !g_ascii_string_to_unsigned (argv[3], 10, 1, 1000000, &n_products, NULL) ||
      !g_ascii_string_to_unsigned (argv[4], 10, 1, 10000, &passes, NULL))
    {
      fprintf (stderr, "usage: %s lint|copy|read|product|index|indexed POLICY.xml PRODUCTS PASSES\n",
               argv[0]);
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

  catalog = sc_bench_generate_catalog ((guint) n_products);
  times = g_new (double, passes);

  if (strcmp (mode, "indexed") == 0)
    {
      ScCatalogProduct *middle = sc_catalog_get_product (catalog, (guint) n_products / 2);
      g_autoptr(GPtrArray) scanned = sc_lint_product (middle, catalog, policy);
      g_autoptr(GPtrArray) indexed = NULL;

      index = sc_lint_index_new (catalog);
      indexed = sc_lint_product_indexed (middle, index, policy);
      if (digest_findings (scanned) != digest_findings (indexed))
        {
          fprintf (stderr, "the indexed lint of %s finds %u findings, the catalog scan %u: "
                   "they must be the same\n", middle->handle, indexed->len, scanned->len);
          return 1;
        }
    }

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
      else if (strcmp (mode, "indexed") == 0)
        {
          ScCatalogProduct *middle = sc_catalog_get_product (catalog, (guint) n_products / 2);
          g_autoptr(GPtrArray) one = sc_lint_product_indexed (middle, index, policy);

          findings = one->len;
        }
      else if (strcmp (mode, "index") == 0)
        {
          g_autoptr(ScLintIndex) built = sc_lint_index_new (catalog);

          sink += sc_lint_index_count_sku (built, "SC-00000-0", NULL);
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
