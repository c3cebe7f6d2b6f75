/* test-run-command.c - shopcraft --import-catalog, --export-catalog and --dump-run round trips
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built executable (SHOPCRAFT_EXE) as a user would, with no
 * display and a temporary --data-dir. Wrong calls are in
 * test-run-command-errors.c.
 */
#include "sc-database.h"
#include "sc-learner.h"
#include "sc-run.h"
#include "test-run-command-util.h"

static void
test_command_round_trip (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  g_autofree char *fixture = test_fixture_path ("woocommerce-variable.csv");
  g_autofree char *out = NULL;
  g_autofree char *problem = NULL;
  g_auto(Run) run = { 0 };
  g_autofree char *dump = NULL;

  if (!have_executable ())
    return;

  dir = test_make_dir ();
  data = g_build_filename (dir, "data", NULL);
  out = g_build_filename (dir, "mugs.csv", NULL);

  {
    const char * const args[] = { "--import-catalog", fixture, "--run", "Mugs", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "into the practice run “Mugs”"));
  g_assert_nonnull (strstr (run.out, ": 4 products, 6 variants, 3 images, 2 problems.\n"));
  /* Every problem, as FILE:ROW: message. */
  problem = g_strconcat (fixture, ":5: The variation “ghost-1” names the parent “id:999”, which is not in "
                         "this file; it was left out. Export the variable product together with its "
                         "variations.", NULL);
  assert_has_line (run.err, problem);
  g_assert_nonnull (strstr (run.err, ":6: Regular price: “twelve” is not an amount"));

  {
    const char * const args[] = { "--export-catalog", "Mugs", out, "--format", "woocommerce", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Exported the practice run “Mugs”"));
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  {
    const char * const args[] = { "--import-catalog", out, "--run", "Mugs again", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, ": 4 products, 6 variants, 3 images, 0 problems.\n"));

  {
    const char * const args[] = { "--dump-run", "Mugs", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "scenario -\nseed 0\ngenerator-version 0\ncurrency USD\nproducts 4\n"));
  dump = g_steal_pointer (&run.out);

  {
    const char * const args[] = { "--dump-run", "Mugs again", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, dump);

  test_remove_tree (dir);
}

static void
test_command_header_sets (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  g_autofree char *fixture = test_fixture_path ("shopify-legacy.csv");
  g_autofree char *legacy = NULL;
  g_autofree char *modern = NULL;
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  dir = test_make_dir ();
  data = g_build_filename (dir, "data", NULL);
  legacy = g_build_filename (dir, "legacy.csv", NULL);
  modern = g_build_filename (dir, "modern.csv", NULL);

  {
    /* Without --run, the run is named after the file. */
    const char * const args[] = { "--import-catalog", fixture, "--format", "shopify", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "“shopify-legacy”"));

  {
    /* The imported file's header set, unless told otherwise. */
    const char * const args[] = { "--export-catalog", "shopify-legacy", legacy, "--format", "shopify", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (legacy, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "Handle,Title,Body (HTML),"));
  g_clear_pointer (&text, g_free);

  {
    const char * const args[] = { "--export-catalog", "shopify-legacy", modern, "--format", "shopify",
                                  "--header-set", "2025", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (modern, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "Title,URL handle,Description,"));

  {
    /* Imported again, the file gets a name of its own. */
    const char * const args[] = { "--import-catalog", fixture, NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "“shopify-legacy 2”"));

  test_remove_tree (dir);
}

/* The runs' dumps, read from the database the commands wrote. */
static void
assert_same_runs (const char *data,
                  const char *name,
                  const char *other)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open_in_dir (data, &error);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScRun) copy = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_copy = NULL;

  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  run = sc_run_lookup (database, learner->id, name, &error);
  copy = sc_run_lookup (database, learner->id, other, &error);
  g_assert_nonnull (run);
  g_assert_nonnull (copy);
  dump = sc_run_dump (sc_database_get_handle (database), run, &error);
  dump_copy = sc_run_dump (sc_database_get_handle (database), copy, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dump, ==, dump_copy);
  sc_database_close (database, NULL);
}

/* Each platform's sample in and out through the command line (every
 * sample goes through a run in test-run.c). */
static void
test_command_samples (void)
{
  static const char * const samples[][3] = {
    { "shopify_products", "shopify_product_template_2024_legacy_headers.csv", "shopify" },
    { "woocommerce_products", "woocommerce_sample_products.csv", "woocommerce" },
  };
  g_autofree char *samples_dir = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;
  samples_dir = test_samples_dir ();
  if (samples_dir == NULL)
    return;

  dir = test_make_dir ();
  data = g_build_filename (dir, "data", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = test_sample_path (samples_dir, samples[i][0], samples[i][1]);
      g_autofree char *out = g_build_filename (dir, samples[i][1], NULL);
      g_autofree char *original = g_strconcat (samples[i][2], " original", NULL);
      g_autofree char *again = g_strconcat (samples[i][2], " again", NULL);

      {
        const char * const args[] = { "--import-catalog", path, "--run", original, NULL };

        run_shopcraft (&run, data, args);
      }
      g_assert_cmpint (run.status, ==, 0);
      {
        const char * const args[] = { "--export-catalog", original, out, "--format", samples[i][2], NULL };

        run_shopcraft (&run, data, args);
      }
      g_assert_cmpint (run.status, ==, 0);
      {
        const char * const args[] = { "--import-catalog", out, "--run", again, NULL };

        run_shopcraft (&run, data, args);
      }
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, " 0 problems.\n"));

      assert_same_runs (data, original, again);
    }

  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/run-command/round-trip", test_command_round_trip);
  g_test_add_func ("/run-command/header-sets", test_command_header_sets);
  g_test_add_func ("/run-command/samples", test_command_samples);

  return g_test_run ();
}
