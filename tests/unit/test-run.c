/* test-run.c - practice runs in the database: owners, catalogs, the action log
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-database.h"
#include "sc-learner.h"
#include "sc-run.h"
#include "test-catalog-util.h"
#include "test-db-util.h"

typedef struct
{
  char       *dir;
  ScDatabase *database;
  sqlite3    *db;
  ScLearner  *ada;
  ScLearner  *bo;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = test_make_dir ();
  f->database = sc_database_open_in_dir (f->dir, &error);
  g_assert_no_error (error);
  f->db = sc_database_get_handle (f->database);
  f->ada = sc_learner_create (f->database, "Ada", &error);
  g_assert_no_error (error);
  f->bo = sc_learner_create (f->database, "Bo", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sc_learner_free (f->ada);
  sc_learner_free (f->bo);
  sc_database_close (f->database, NULL);
  g_clear_object (&f->database);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static int
count (Fixture    *f,
       const char *sql)
{
  return test_query_int (f->db, sql);
}

static void
test_run_schema (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const tables[] = {
    "sandbox_runs", "sandbox_products", "sandbox_options", "sandbox_variants",
    "sandbox_images", "sandbox_extras", "sandbox_actions",
  };

  g_assert_cmpint (sc_database_get_schema_version (f->database), >=, 6);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                              "AND name = '%s'", tables[i]);
      g_autofree char *learner = g_strdup_printf ("SELECT count(*) FROM pragma_table_info ('%s') "
                                                  "WHERE name = 'learner_id'", tables[i]);
      g_autofree char *key = g_strdup_printf ("SELECT count(*) FROM pragma_table_info ('%s') WHERE pk > 0",
                                              tables[i]);

      g_assert_cmpint (count (f, sql), ==, 1);
      /* Every sandbox row names its learner, and has a primary key. */
      g_assert_cmpint (count (f, learner), ==, 1);
      g_assert_cmpint (count (f, key), >=, 1);
    }
}

static void
test_run_create_and_list (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) first = NULL;
  g_autoptr(ScRun) second = NULL;
  g_autoptr(ScRun) theirs = NULL;
  g_autoptr(ScRun) found = NULL;
  g_autoptr(ScRun) by_uuid = NULL;
  g_autoptr(ScRun) missing = NULL;
  g_autoptr(ScRun) clash = NULL;
  g_autoptr(GPtrArray) ada_runs = NULL;
  g_autoptr(GPtrArray) bo_runs = NULL;
  g_autofree char *next = NULL;

  first = sc_run_create (f->database, f->ada->id, " Spring shop ", "fix-a-listing", 42, 1,
                         sc_currency_lookup ("EUR"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->name, ==, "Spring shop");
  g_assert_true (g_uuid_string_is_valid (first->uuid));
  g_assert_true (g_uuid_string_is_valid (first->registration));
  g_assert_cmpstr (first->registration, !=, first->uuid);
  g_assert_cmpint (sc_run_count_actions (f->db, first), ==, 1);

  second = sc_run_create (f->database, f->ada->id, "Autumn shop", NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);
  /* Names are unique per owner: Bo may have a "Spring shop" too. */
  theirs = sc_run_create (f->database, f->bo->id, "Spring shop", NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);
  clash = sc_run_create (f->database, f->ada->id, "Spring shop", NULL, 0, 0, NULL, &error);
  g_assert_null (clash);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“Spring shop”"));
  g_clear_error (&error);
  g_assert_null (sc_run_create (f->database, f->ada->id, "   ", NULL, 0, 0, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  found = sc_run_lookup (f->database, f->ada->id, "Spring shop", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->uuid, ==, first->uuid);
  g_assert_cmpstr (found->scenario_id, ==, "fix-a-listing");
  g_assert_cmpuint (found->seed, ==, 42);
  g_assert_cmpuint (found->generator_version, ==, 1);
  g_assert_cmpstr (found->currency->code, ==, "EUR");
  g_assert_cmpint (found->state, ==, SC_RUN_STATE_OPEN);
  by_uuid = sc_run_lookup (f->database, f->ada->id, first->uuid, &error);
  g_assert_cmpstr (by_uuid->name, ==, "Spring shop");
  /* Another learner's run is not found by its uuid. */
  missing = sc_run_lookup (f->database, f->bo->id, first->uuid, &error);
  g_assert_no_error (error);
  g_assert_null (missing);

  ada_runs = sc_run_list (f->database, f->ada->id, &error);
  bo_runs = sc_run_list (f->database, f->bo->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ada_runs->len, ==, 2);
  g_assert_cmpuint (bo_runs->len, ==, 1);
  g_assert_cmpstr (((ScRun *) g_ptr_array_index (bo_runs, 0))->uuid, ==, theirs->uuid);

  next = sc_run_make_name (f->database, f->ada->id, "Spring shop", &error);
  g_assert_cmpstr (next, ==, "Spring shop 2");
}

static ScCatalog *
import_fixture (const char *name)
{
  g_autofree char *path = test_fixture_path (name);

  return test_import (path, SC_CATALOG_FORMAT_AUTO, NULL, NULL);
}

/* A product read alone (sc_run_load_product (), which looks the one
 * product up by its index) is the product the whole store's load reads:
 * its options, variants, images and extra columns alike. */
static void
assert_each_loads_alone (Fixture   *f,
                         ScRun     *run,
                         ScCatalog *loaded)
{
  for (guint i = 0; i < sc_catalog_get_n_products (loaded); i++)
    {
      g_autoptr(GError) error = NULL;
      ScCatalogProduct *product = sc_catalog_get_product (loaded, i);
      g_autoptr(ScCatalogProduct) alone = sc_run_load_product (f->db, run, product->id, &error);
      g_autoptr(ScCatalog) expected = sc_catalog_new (sc_catalog_get_currency (loaded));
      g_autoptr(ScCatalog) got = sc_catalog_new (sc_catalog_get_currency (loaded));

      g_assert_no_error (error);
      g_assert_nonnull (alone);
      g_assert_cmpint (alone->id, ==, product->id);
      g_assert_true (sc_catalog_add_product (expected, sc_catalog_product_copy (product), NULL));
      g_assert_true (sc_catalog_add_product (got, g_steal_pointer (&alone), NULL));
      test_assert_same_dump (expected, got);
    }
}

static void
test_run_import_load (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalog) catalog = import_fixture ("shopify-image-only.csv");
  g_autoptr(ScCatalog) other = import_fixture ("woocommerce-variable.csv");
  g_autoptr(ScCatalog) loaded = NULL;
  g_autoptr(ScCatalog) other_loaded = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScRun) other_run = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *after = NULL;

  run = sc_run_import_catalog (f->database, f->ada->id, "Totes", catalog,
                               SC_CATALOG_SOURCE_SHOPIFY_LEGACY, "shopify-image-only.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (run->source_format, ==, SC_CATALOG_SOURCE_SHOPIFY_LEGACY);
  other_run = sc_run_import_catalog (f->database, f->bo->id, "Mugs", other,
                                     SC_CATALOG_SOURCE_WOOCOMMERCE, NULL, &error);
  g_assert_no_error (error);

  /* Each run holds exactly its own store. */
  loaded = sc_run_load_catalog (f->db, run, &error);
  g_assert_no_error (error);
  test_assert_same_dump (catalog, loaded);
  other_loaded = sc_run_load_catalog (f->db, other_run, &error);
  test_assert_same_dump (other, other_loaded);
  assert_each_loads_alone (f, run, loaded);
  assert_each_loads_alone (f, other_run, other_loaded);
  g_assert_cmpint (count (f, "SELECT count(*) FROM sandbox_products"), ==, 6);
  g_assert_cmpint (count (f, "SELECT count(*) FROM sandbox_variants"), ==, 9);
  g_assert_cmpint (count (f, "SELECT count(*) FROM sandbox_images"), ==, 7);
  g_assert_cmpint (count (f, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* Written with the change: the import is the run's first action. */
  g_assert_cmpint (sc_run_count_actions (f->db, run), ==, 1);
  after = test_query_text (f->db, "SELECT kind || ' ' || target || ' ' || after FROM sandbox_actions "
                                  "WHERE run_uuid = (SELECT uuid FROM sandbox_runs WHERE name = 'Totes')");
  g_assert_cmpstr (after, ==, "import-catalog shopify-image-only.csv products=2 variants=3 images=4");

  dump = sc_run_dump (f->db, run, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (dump, "scenario -\nseed 0\ngenerator-version 0\ncurrency USD\nproducts 2\n"));

  /* A name is taken once per learner. */
  g_assert_null (sc_run_import_catalog (f->database, f->ada->id, "Totes", catalog, NULL, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
}

static void
test_run_save_catalog (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalog) catalog = import_fixture ("shopify-legacy.csv");
  g_autoptr(ScCatalog) loaded = NULL;
  g_autoptr(ScCatalog) changed = NULL;
  g_autoptr(ScRun) run = NULL;
  ScCatalogProduct *sock;

  run = sc_run_import_catalog (f->database, f->ada->id, "Socks", catalog, NULL, NULL, &error);
  g_assert_no_error (error);

  changed = sc_catalog_copy (catalog);
  sock = test_product (changed, "trail-sock");
  test_variant (sock, 0)->price.minor = 1299;
  g_ptr_array_remove_index (sock->variants, 2);
  g_ptr_array_remove_index (sock->images, 2);
  sc_catalog_add_product (changed, sc_catalog_product_new ("gift-card"), NULL);

  g_assert_true (sc_run_save_catalog (f->database, run, changed, &error));
  g_assert_no_error (error);
  loaded = sc_run_load_catalog (f->db, run, &error);
  test_assert_same_dump (changed, loaded);
  g_assert_cmpint (sc_run_count_actions (f->db, run), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM sandbox_variants"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM sandbox_extras WHERE variant_id IS NOT NULL"), ==, 2);

  /* A catalog in another currency is refused. */
  g_clear_object (&changed);
  changed = sc_catalog_new (sc_currency_lookup ("JPY"));
  g_assert_false (sc_run_save_catalog (f->database, run, changed, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
}

static void
test_run_actions_append_only (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRun) run = NULL;
  char *message = NULL;
  gint64 sequence = 0;

  run = sc_run_create (f->database, f->ada->id, "Log", NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sc_run_append_action (f->db, run, "set-field", "product:tee/title", "Tee", "Cotton tee",
                                       0, NULL, &sequence, &error));
  g_assert_cmpint (sequence, ==, 2);
  g_assert_true (sc_run_append_action (f->db, run, "undo", "product:tee/title", "Cotton tee", "Tee",
                                       2, NULL, &sequence, &error));
  g_assert_cmpint (sequence, ==, 3);
  g_assert_cmpint (count (f, "SELECT undo_of FROM sandbox_actions WHERE sequence = 3"), ==, 2);

  /* History is never changed or removed, not even with its run. */
  g_assert_cmpint (sqlite3_exec (f->db, "UPDATE sandbox_actions SET after = 'x'", NULL, NULL, &message),
                   ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_nonnull (strstr (message, "append-only"));
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (f->db, "DELETE FROM sandbox_actions", NULL, NULL, NULL), ==,
                   SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (sqlite3_exec (f->db, "DELETE FROM sandbox_runs", NULL, NULL, NULL), ==,
                   SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (count (f, "SELECT count(*) FROM sandbox_actions"), ==, 3);

  /* Deleting the learner deletes their runs and history. */
  g_assert_true (sc_learner_delete (f->database, f->ada, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM sandbox_actions"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM sandbox_runs"), ==, 0);
}

static void
import_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ScRun **out_run = user_data;
  g_autoptr(GError) error = NULL;

  *out_run = sc_run_import_catalog_finish (SC_DATABASE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_run_import_async (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalog) catalog = import_fixture ("woocommerce-variable.csv");
  g_autoptr(ScCatalog) loaded = NULL;
  g_autoptr(ScRun) run = NULL;

  sc_run_import_catalog_async (f->database, f->bo->id, "Mugs", catalog, SC_CATALOG_SOURCE_WOOCOMMERCE,
                               "woocommerce-variable.csv", NULL, import_done, &run);
  while (run == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (run->name, ==, "Mugs");
  loaded = sc_run_load_catalog (f->db, run, &error);
  g_assert_no_error (error);
  test_assert_same_dump (catalog, loaded);
  g_assert_cmpint (sc_run_count_actions (f->db, run), ==, 1);
}

static void
test_run_samples (Fixture       *f,
                  gconstpointer  data)
{
  static const struct {
    const char *folder;
    const char *name;
    ScCatalogFormat format;
  } samples[] = {
    { "shopify_products", "shopify_product_template_2024_legacy_headers.csv", SC_CATALOG_FORMAT_SHOPIFY },
    { "shopify_products", "shopify_product_template_2025_new_headers.csv", SC_CATALOG_FORMAT_SHOPIFY },
    { "shopify_products", "shopifypartners_apparel.csv", SC_CATALOG_FORMAT_SHOPIFY },
    { "woocommerce_products", "woocommerce_sample_products.csv", SC_CATALOG_FORMAT_WOOCOMMERCE },
  };
  g_autofree char *dir = test_samples_dir ();

  if (dir == NULL)
    return;

  /* Into a run, out to a file, into a second run: the same store. */
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = test_sample_path (dir, samples[i].folder, samples[i].name);
      g_autofree char *out = g_build_filename (f->dir, samples[i].name, NULL);
      g_autofree char *copy_name = g_strconcat (samples[i].name, " again", NULL);
      g_autoptr(ScCatalog) catalog = test_import (path, samples[i].format, NULL, NULL);
      g_autoptr(ScCatalog) loaded = NULL;
      g_autoptr(ScCatalog) again = NULL;
      g_autoptr(ScRun) run = NULL;
      g_autoptr(ScRun) copy = NULL;
      g_autofree char *dump = NULL;
      g_autofree char *dump_copy = NULL;

      run = sc_run_import_catalog (f->database, f->ada->id, samples[i].name, catalog, NULL, NULL, &error);
      g_assert_no_error (error);
      loaded = sc_run_load_catalog (f->db, run, &error);
      g_assert_true (sc_catalog_file_export (loaded, out, samples[i].format, SC_SHOPIFY_HEADER_SET_DEFAULT, &error));
      g_assert_no_error (error);
      assert_each_loads_alone (f, run, loaded);
      again = test_import (out, samples[i].format, NULL, NULL);
      copy = sc_run_import_catalog (f->database, f->ada->id, copy_name, again, NULL, NULL, &error);
      g_assert_no_error (error);

      dump = sc_run_dump (f->db, run, &error);
      dump_copy = sc_run_dump (f->db, copy, &error);
      g_assert_cmpstr (dump, ==, dump_copy);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/run/schema", test_run_schema);
  ADD ("/run/create-and-list", test_run_create_and_list);
  ADD ("/run/import-and-load", test_run_import_load);
  ADD ("/run/save-catalog", test_run_save_catalog);
  ADD ("/run/actions-append-only", test_run_actions_append_only);
  ADD ("/run/import-async", test_run_import_async);
  ADD ("/run/samples", test_run_samples);
#undef ADD

  return g_test_run ();
}
