/* test-catalog-util.h - fixtures, samples and problems for the catalog tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fixtures are tests/data/catalog/ (the project's own files). The public
 * sample files are read where they are, from ../shared/samples beside
 * the repository or SHOPCRAFT_SAMPLES_DIR, and never copied in; a test
 * that needs them skips with a message when they are absent.
 */
#pragma once

#include <string.h>

#include <glib.h>

#include "sc-catalog-file.h"
#include "sc-error.h"

G_GNUC_UNUSED static char *
test_fixture_path (const char *name)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");

  g_assert_nonnull (root);

  return g_build_filename (root, "tests", "data", "catalog", name, NULL);
}

/* The samples folder, or NULL after skipping the test. */
G_GNUC_UNUSED static char *
test_samples_dir (void)
{
  const char *env = g_getenv ("SHOPCRAFT_SAMPLES_DIR");
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autofree char *dir = NULL;

  if (env != NULL && *env != '\0')
    dir = g_strdup (env);
  else if (root != NULL)
    dir = g_build_filename (root, "..", "shared", "samples", NULL);

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("The public sample files are not here (../shared/samples beside the "
                   "repository, or SHOPCRAFT_SAMPLES_DIR); the conformance checks need them");
      return NULL;
    }

  return g_steal_pointer (&dir);
}

G_GNUC_UNUSED static char *
test_sample_path (const char *dir,
                  const char *platform_dir,
                  const char *name)
{
  char *path = g_build_filename (dir, platform_dir, name, NULL);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return path;
}

/* Imports @path, which must succeed; its problems in @out_problems. */
G_GNUC_UNUSED static ScCatalog *
test_import (const char         *path,
             ScCatalogFormat     format,
             ScCatalogProblems **out_problems,
             char              **out_source)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  ScCatalogProblems *problems = sc_catalog_problems_new (name);
  ScCatalog *catalog;

  catalog = sc_catalog_file_import (path, name, format, NULL, problems, out_source, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  for (guint i = 0; i < sc_catalog_problems_get_n_items (problems); i++)
    {
      g_autofree char *line = sc_catalog_problems_format (problems, i);

      g_test_message ("%s", line);
    }

  if (out_problems != NULL)
    *out_problems = problems;
  else
    sc_catalog_problems_free (problems);

  return catalog;
}

G_GNUC_UNUSED static ScCatalog *
test_import_text (const char         *text,
                  const char         *name,
                  ScCatalogFormat     format,
                  ScCatalogProblems **out_problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  ScCatalogProblems *problems = sc_catalog_problems_new (name);
  ScCatalog *catalog;

  catalog = sc_catalog_file_import_bytes (bytes, name, format, NULL, problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  *out_problems = problems;

  return catalog;
}

/* Writes @catalog in @format and reads it back, which reports
 * @n_problems problems (cells kept as doubtful as they were). */
G_GNUC_UNUSED static ScCatalog *
test_round_trip_reporting (ScCatalog          *catalog,
                           ScCatalogFormat     format,
                           ScShopifyHeaderSet  set,
                           guint               n_problems,
                           GBytes            **out_bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalogProblems) problems = sc_catalog_problems_new ("export.csv");
  g_autoptr(GBytes) bytes = sc_catalog_file_export_bytes (catalog, format, set);
  ScCatalog *again;

  again = sc_catalog_file_import_bytes (bytes, "export.csv", format,
                                        sc_catalog_get_currency (catalog), problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  for (guint i = 0; i < sc_catalog_problems_get_n_items (problems); i++)
    {
      g_autofree char *line = sc_catalog_problems_format (problems, i);

      g_test_message ("after export: %s", line);
    }
  g_assert_cmpuint (sc_catalog_problems_get_n_items (problems), ==, n_problems);

  if (out_bytes != NULL)
    *out_bytes = g_steal_pointer (&bytes);

  return again;
}

G_GNUC_UNUSED static ScCatalog *
test_round_trip (ScCatalog          *catalog,
                 ScCatalogFormat     format,
                 ScShopifyHeaderSet  set,
                 GBytes            **out_bytes)
{
  return test_round_trip_reporting (catalog, format, set, 0, out_bytes);
}

G_GNUC_UNUSED static void
test_assert_same_dump (ScCatalog *a,
                       ScCatalog *b)
{
  g_autofree char *dump_a = sc_catalog_dump (a);
  g_autofree char *dump_b = sc_catalog_dump (b);

  g_assert_cmpstr (dump_a, ==, dump_b);
}

/* Problem @index is on @row and its message holds @fragment. */
G_GNUC_UNUSED static void
test_assert_problem (ScCatalogProblems *problems,
                     guint              index,
                     guint              row,
                     const char        *fragment)
{
  const ScCatalogProblem *problem;

  g_assert_cmpuint (index, <, sc_catalog_problems_get_n_items (problems));
  problem = sc_catalog_problems_get (problems, index);
  g_test_message ("problem %u: row %u: %s", index, problem->row, problem->message);
  g_assert_cmpuint (problem->row, ==, row);
  g_assert_nonnull (strstr (problem->message, fragment));
}

G_GNUC_UNUSED static ScCatalogVariant *
test_variant (ScCatalogProduct *product,
              guint             index)
{
  g_assert_cmpuint (index, <, product->variants->len);

  return g_ptr_array_index (product->variants, index);
}

G_GNUC_UNUSED static ScCatalogImage *
test_image (ScCatalogProduct *product,
            guint             index)
{
  g_assert_cmpuint (index, <, product->images->len);

  return g_ptr_array_index (product->images, index);
}

G_GNUC_UNUSED static ScCatalogOption *
test_option (ScCatalogProduct *product,
             guint             index)
{
  g_assert_cmpuint (index, <, product->options->len);

  return g_ptr_array_index (product->options, index);
}

/* The option's values joined with "|". */
G_GNUC_UNUSED static char *
test_option_values (ScCatalogProduct *product,
                    guint             index)
{
  ScCatalogOption *option = test_option (product, index);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < option->values->len; i++)
    {
      if (i > 0)
        g_string_append_c (joined, '|');
      g_string_append (joined, g_ptr_array_index (option->values, i));
    }

  return g_string_free (joined, FALSE);
}

G_GNUC_UNUSED static ScCatalogProduct *
test_product (ScCatalog  *catalog,
              const char *handle)
{
  ScCatalogProduct *product = sc_catalog_lookup_product (catalog, handle);

  if (product == NULL)
    g_error ("no product “%s”", handle);

  return product;
}
