/* test-run-command-errors.c - the practice-store commands' learners and wrong calls
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each failure is exit status 2 and one line on stderr that says what
 * to change.
 */
#include "test-run-command-util.h"

static void
test_command_learners (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  g_autofree char *fixture = test_fixture_path ("shopify-utf16.csv");
  g_autofree char *other = test_fixture_path ("shopify-semicolon.csv");
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  dir = test_make_dir ();
  data = g_build_filename (dir, "data", NULL);

  {
    /* The usual learner's run, which makes the usual learner… */
    const char * const args[] = { "--import-catalog", other, "--run", "Mugs", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);

  {
    /* …then Sam's, who is made for it. */
    const char * const args[] = { "--learner", "Sam Rivera", "--import-catalog", fixture, "--run", "Tea", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "of Sam Rivera: 1 products"));

  {
    const char * const args[] = { "--learner", "Sam Rivera", "--dump-run", "Tea", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\n  title \"Thé vert «Sencha»\"\n"));

  {
    /* Sam's runs are Sam's: the usual learner has no "Tea". */
    const char * const args[] = { "--dump-run", "Tea", NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "has no practice run called “Tea”");

  {
    const char * const args[] = { "--learner", "Nobody", "--dump-run", "Tea", NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "There is no learner called “Nobody”");

  test_remove_tree (dir);
}

static void
test_command_failures (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  g_autofree char *bank = NULL;
  g_autofree char *fixture = test_fixture_path ("shopify-semicolon.csv");
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  dir = test_make_dir ();
  data = g_build_filename (dir, "data", NULL);
  bank = g_build_filename (dir, "bank.csv", NULL);
  g_assert_true (g_file_set_contents (bank, "Date,Amount\n2026-01-02,12.00\n", -1, NULL));

  {
    const char * const args[] = { "--import-catalog", bank, NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "is neither a Shopify nor a WooCommerce product file");

  {
    const char * const args[] = { "--import-catalog", fixture, "--format", "etsy", NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "--format etsy is not a platform Shopcraft knows");

  {
    const char * const args[] = { "--import-catalog", fixture, "--currency", "XYZ", NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "--currency XYZ is not an ISO 4217 currency code");

  {
    const char * const args[] = { "--import-catalog", fixture, "--run", "Cups", "--currency", "eur", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);

  {
    const char * const args[] = { "--import-catalog", fixture, "--run", "Cups", NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "already has a practice run called “Cups”");

  {
    const char * const args[] = { "--export-catalog", "Cups", "--format", "shopify", NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "--export-catalog needs the run and the file to write");

  {
    const char * const args[] = { "--export-catalog", "Cups", bank, NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "add --format shopify or --format woocommerce");

  {
    const char * const args[] = { "--export-catalog", "Cups", bank, "--format", "shopify", "--header-set", "2019", NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "--header-set 2019 is not one of Shopify’s column sets");

  {
    const char * const args[] = { "--dump-run", "Cups", "--import-catalog", fixture, NULL };

    run_shopcraft (&run, data, args);
  }
  assert_failed (&run, "cannot be used together");

  {
    const char * const args[] = { "--dump-run", "Cups", NULL };

    run_shopcraft (&run, data, args);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "currency EUR\n"));
  g_assert_nonnull (strstr (run.out, "    price 12.90\n"));

  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/run-command/learners", test_command_learners);
  g_test_add_func ("/run-command/failures", test_command_failures);

  return g_test_run ();
}
