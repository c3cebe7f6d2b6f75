/* test-sandbox-action.c - practice-store edits as logged actions, undo and redo
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-catalog.h"
#include "sc-database.h"
#include "sc-error.h"
#include "sc-learner.h"
#include "sc-sandbox-action.h"
#include "test-db-util.h"
#include "test-sandbox-util.h"

typedef struct
{
  char       *dir;
  ScDatabase *database;
  ScLearner  *ada;
  ScLearner  *bo;
  ScRun      *run;
  gint64      product;
  gint64      variants[2];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = test_make_dir ();
  f->database = sc_database_open_in_dir (f->dir, &error);
  g_assert_no_error (error);
  f->ada = sc_learner_create (f->database, "Ada", &error);
  g_assert_no_error (error);
  f->bo = sc_learner_create (f->database, "Bo", &error);
  g_assert_no_error (error);
  f->run = sc_run_create (f->database, f->ada->id, "Totes", NULL, 0, 0, sc_currency_lookup ("EUR"), &error);
  g_assert_no_error (error);
  f->product = test_sandbox_add_tote (f->database, f->run, f->variants);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sc_run_free (f->run);
  sc_learner_free (f->ada);
  sc_learner_free (f->bo);
  sc_database_close (f->database, NULL);
  g_clear_object (&f->database);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
product_value (Fixture    *f,
               const char *column)
{
  return test_sandbox_value (f->database, "sandbox_products", column, f->product);
}

static char *
variant_value (Fixture    *f,
               int         i,
               const char *column)
{
  return test_sandbox_value (f->database, "sandbox_variants", column, f->variants[i]);
}

static gint64
n_actions (Fixture *f)
{
  return sc_run_count_actions (sc_database_get_handle (f->database), f->run);
}

static void
edit_product (Fixture    *f,
              const char *field,
              const char *value)
{
  g_autoptr(GError) error = NULL;
  gint64 sequence = 0;

  g_assert_true (sc_sandbox_edit_product (f->database, f->run, f->ada->id, f->product, field, value,
                                          &sequence, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence, ==, n_actions (f));
}

static void
edit_variant (Fixture    *f,
              int         i,
              const char *field,
              const char *value)
{
  g_autoptr(GError) error = NULL;
  gint64 sequence = 0;

  g_assert_true (sc_sandbox_edit_variant (f->database, f->run, f->ada->id, f->variants[i], field, value,
                                          &sequence, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence, ==, n_actions (f));
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_undo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_redo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_no_error (error);
}

#define assert_product(f, column, expected) G_STMT_START { \
    g_autofree char *value__ = product_value (f, column);  \
    g_assert_cmpstr (value__, ==, expected);               \
  } G_STMT_END

#define assert_variant(f, i, column, expected) G_STMT_START { \
    g_autofree char *value__ = variant_value (f, i, column);  \
    g_assert_cmpstr (value__, ==, expected);                  \
  } G_STMT_END

static void
test_edit_logs_one_action (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  g_autofree char *expected = NULL;
  sqlite3 *db = sc_database_get_handle (f->database);
  gint64 sequence = -1;

  edit_product (f, "title", "Organic canvas tote");
  assert_product (f, "title", "Organic canvas tote");
  g_assert_cmpint (n_actions (f), ==, 2);
  row = test_sandbox_dump (db, "SELECT kind, target, before, after, undo_of IS NULL, length (changeset) > 0 "
                       "FROM sandbox_actions WHERE sequence = 2");
  expected = g_strdup_printf ("edit-product|product:%" G_GINT64_FORMAT ":title|Canvas tote|"
                              "Organic canvas tote|1|1\n", f->product);
  g_assert_cmpstr (row, ==, expected);

  /* The same value again is not a change, and leaves no action. */
  g_assert_true (sc_sandbox_edit_product (f->database, f->run, f->ada->id, f->product, "title",
                                          "Organic canvas tote", &sequence, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence, ==, 0);
  g_assert_cmpint (n_actions (f), ==, 2);

  /* Money is exact minor units of the run's currency; the log shows it as typed. */
  edit_variant (f, 1, "price", "15.90");
  assert_variant (f, 1, "price", "1590");
  assert_variant (f, 0, "price", "1200");
  edit_variant (f, 0, "cost", "4.5");
  assert_variant (f, 0, "cost", "450");
  edit_variant (f, 0, "compare-at", "18.00");
  assert_variant (f, 0, "compare_at", "1800");
  edit_variant (f, 0, "compare-at", "");
  assert_variant (f, 0, "compare_at", "NULL");
  g_assert_cmpint (n_actions (f), ==, 6);
  g_clear_pointer (&row, g_free);
  row = test_sandbox_dump (db, "SELECT before, after FROM sandbox_actions WHERE sequence = 3");
  g_assert_cmpstr (row, ==, "12.00|15.90\n");

  edit_product (f, "tags", " canvas, , tote ,gift");
  assert_product (f, "tags", "[\"canvas\",\"tote\",\"gift\"]");
  edit_product (f, "status", "active");
  edit_product (f, "seo-title", "Canvas tote bag");
  edit_product (f, "description", "");
  assert_product (f, "description", "NULL");
  edit_variant (f, 1, "quantity", "-3");
  assert_variant (f, 1, "quantity", "-3");
  edit_variant (f, 1, "sku", "TOTE-L");
  edit_variant (f, 1, "barcode", "0012345678905");
  assert_variant (f, 1, "barcode", "0012345678905");
  g_assert_cmpint (n_actions (f), ==, 13);
}

static void
test_edit_refusals (Fixture       *f,
                    gconstpointer  data)
{
  struct { gboolean variant; const char *field; const char *value; } bad[] = {
    { FALSE, "status",   "published" },
    { FALSE, "price",    "10.00" },
    { FALSE, "handle",   "Not a handle!" },
    { TRUE,  "price",    "12.345" },
    { TRUE,  "price",    "-1.00" },
    { TRUE,  "cost",     "ten" },
    { TRUE,  "quantity", "" },
    { TRUE,  "quantity", "2.5" },
    { TRUE,  "title",    "A title" },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gboolean ok = bad[i].variant
                    ? sc_sandbox_edit_variant (f->database, f->run, f->ada->id, f->variants[0], bad[i].field,
                                               bad[i].value, NULL, &error)
                    : sc_sandbox_edit_product (f->database, f->run, f->ada->id, f->product, bad[i].field,
                                               bad[i].value, NULL, &error);

      g_test_message ("%s = %s: %s", bad[i].field, bad[i].value, error != NULL ? error->message : "-");
      g_assert_false (ok);
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_clear_error (&error);
    }

  /* Not Bo's run; and no product 9999 in it. */
  g_assert_false (sc_sandbox_edit_product (f->database, f->run, f->bo->id, f->product, "title", "Mine",
                                           NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_sandbox_edit_product (f->database, f->run, f->ada->id, 9999, "title", "Lost",
                                           NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  assert_product (f, "title", "Canvas tote");
  assert_product (f, "status", "draft");
  assert_variant (f, 0, "price", "1200");
  g_assert_cmpint (n_actions (f), ==, 1);
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  sqlite3 *db = sc_database_get_handle (f->database);

  g_assert_false (sc_sandbox_undo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  edit_product (f, "title", "First");         /* 2 */
  edit_variant (f, 0, "price", "20.00");      /* 3 */
  undo (f);                                   /* 4 undoes 3 */
  assert_variant (f, 0, "price", "1200");
  assert_product (f, "title", "First");
  undo (f);                                   /* 5 undoes 2 */
  assert_product (f, "title", "Canvas tote");
  g_assert_false (sc_sandbox_undo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  redo (f);                                   /* 6 redoes 5 */
  assert_product (f, "title", "First");
  undo (f);                                   /* 7 undoes 6 */
  assert_product (f, "title", "Canvas tote");
  redo (f);                                   /* 8 redoes 7 */
  redo (f);                                   /* 9 redoes 4 */
  assert_variant (f, 0, "price", "2000");
  g_assert_false (sc_sandbox_redo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* A new edit after an undo: what was undone can no longer be redone. */
  undo (f);                                   /* 10 undoes 9 */
  edit_product (f, "vendor", "Acme");         /* 11 */
  g_assert_false (sc_sandbox_redo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Nothing left the log: undone actions stay, and undo_of names them. */
  log = test_sandbox_dump (db, "SELECT sequence, kind, COALESCE (undo_of, '-'), COALESCE (before, '-'), "
                       "COALESCE (after, '-') FROM sandbox_actions WHERE sequence > 1 ORDER BY sequence");
  g_assert_cmpstr (log, ==,
                   "2|edit-product|-|Canvas tote|First\n"
                   "3|edit-variant|-|12.00|20.00\n"
                   "4|undo|3|20.00|12.00\n"
                   "5|undo|2|First|Canvas tote\n"
                   "6|redo|5|Canvas tote|First\n"
                   "7|undo|6|First|Canvas tote\n"
                   "8|redo|7|Canvas tote|First\n"
                   "9|redo|4|12.00|20.00\n"
                   "10|undo|9|20.00|12.00\n"
                   "11|edit-product|-|-|Acme\n");
}

static void
test_undo_depth (Fixture       *f,
                 gconstpointer  data)
{
  for (guint i = 1; i <= 120; i++)
    {
      g_autofree char *quantity = g_strdup_printf ("%u", i);

      edit_variant (f, i % 2, "quantity", quantity);
    }
  assert_variant (f, 0, "quantity", "120");
  assert_variant (f, 1, "quantity", "119");

  for (guint i = 0; i < 120; i++)
    undo (f);
  assert_variant (f, 0, "quantity", "0");
  assert_variant (f, 1, "quantity", "0");

  for (guint i = 0; i < 120; i++)
    redo (f);
  assert_variant (f, 0, "quantity", "120");
  assert_variant (f, 1, "quantity", "119");
  g_assert_cmpint (n_actions (f), ==, 1 + 120 * 3);
}

static void
test_history_after_restart (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScSandboxHistory) history = NULL;
  g_autoptr(ScRun) run = NULL;
  ScSandboxAction *top;

  edit_product (f, "title", "One");
  edit_product (f, "title", "Two");
  edit_product (f, "title", "Three");
  undo (f);

  g_assert_true (sc_database_close (f->database, &error));
  g_assert_no_error (error);
  g_clear_object (&f->database);
  f->database = sc_database_open_in_dir (f->dir, &error);
  g_assert_no_error (error);
  run = sc_run_lookup (f->database, f->ada->id, "Totes", &error);
  g_assert_no_error (error);

  history = sc_sandbox_history_load (sc_database_get_handle (f->database), run, f->ada->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->undo->len, ==, 2);
  g_assert_cmpuint (history->redo->len, ==, 1);
  top = g_ptr_array_index (history->undo, 1);
  g_assert_cmpstr (top->after, ==, "Two");
  top = g_ptr_array_index (history->redo, 0);
  g_assert_cmpstr (top->kind, ==, "undo");
  g_assert_cmpint (top->undo_of, ==, 4);

  g_assert_true (sc_sandbox_redo (f->database, run, f->ada->id, NULL, &error));
  g_assert_no_error (error);
  assert_product (f, "title", "Three");
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (sc_sandbox_undo (f->database, run, f->ada->id, NULL, &error));
      g_assert_no_error (error);
    }
  assert_product (f, "title", "Canvas tote");
}

static void
test_undo_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  edit_product (f, "title", "Mine");
  edit_variant (f, 0, "sku", "TOTE-S");

  /* Something outside the log changes the row undo would restore. */
  sql = g_strdup_printf ("UPDATE sandbox_variants SET sku = 'ELSEWHERE' WHERE id = %" G_GINT64_FORMAT,
                         f->variants[0]);
  g_assert_true (sc_database_exec (f->database, sql, &error));
  g_assert_no_error (error);

  g_assert_false (sc_sandbox_undo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_CONFLICT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  assert_variant (f, 0, "sku", "ELSEWHERE");
  assert_product (f, "title", "Mine");
  g_assert_cmpint (n_actions (f), ==, 3);
}

/* An editor loads one product with the row ids it edits by, and sees
 * its own edits when it reloads. */
static void
test_load_product (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalogProduct) product = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScRun) other = NULL;
  sqlite3 *db = sc_database_get_handle (f->database);
  ScCatalogVariant *large;

  product = sc_run_load_product (db, f->run, f->product, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (product->handle, ==, "tote");
  g_assert_cmpint (product->id, ==, f->product);
  g_assert_cmpuint (product->variants->len, ==, 2);
  g_assert_cmpint (((ScCatalogVariant *) g_ptr_array_index (product->variants, 0))->id, ==, f->variants[0]);
  g_assert_cmpint (((ScCatalogVariant *) g_ptr_array_index (product->variants, 1))->id, ==, f->variants[1]);
  g_assert_cmpuint (product->images->len, ==, 1);
  g_assert_cmpint (((ScCatalogImage *) g_ptr_array_index (product->images, 0))->id, >, 0);
  g_assert_cmpuint (product->options->len, ==, 1);

  edit_variant (f, 1, "price", "15.90");
  g_clear_pointer (&product, sc_catalog_product_free);
  product = sc_run_load_product (db, f->run, f->product, &error);
  g_assert_no_error (error);
  large = g_ptr_array_index (product->variants, 1);
  g_assert_cmpint (large->price.minor, ==, 1590);

  /* The whole store carries the same ids. */
  catalog = sc_run_load_catalog (db, f->run, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sc_catalog_get_product (catalog, 0)->id, ==, f->product);

  /* Another run of the same learner has no such product. */
  other = sc_run_create (f->database, f->ada->id, "Other", NULL, 0, 0, sc_currency_lookup ("EUR"), &error);
  g_assert_no_error (error);
  g_clear_pointer (&product, sc_catalog_product_free);
  product = sc_run_load_product (db, other, f->product, &error);
  g_assert_null (product);
  g_assert_error (error, SC_ERROR, SC_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "Other"));
}

static void
refuse_variant (Fixture    *f,
                int         i,
                const char *field,
                const char *value)
{
  g_autoptr(GError) error = NULL;
  gint64 before = n_actions (f);

  g_assert_false (sc_sandbox_edit_variant (f->database, f->run, f->ada->id, f->variants[i], field, value,
                                           NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_test_message ("%s = %s: %s", field, value, error->message);
  g_assert_cmpint (n_actions (f), ==, before);
}

static char *
last_action (Fixture *f)
{
  g_autofree char *sql = g_strdup_printf ("SELECT target, COALESCE (before, '-'), COALESCE (after, '-') "
                                          "FROM sandbox_actions WHERE sequence = %" G_GINT64_FORMAT,
                                          n_actions (f));

  return test_sandbox_dump (sc_database_get_handle (f->database), sql);
}

#define assert_last_action(f, field, before, after) G_STMT_START {                              \
    g_autofree char *row__ = last_action (f);                                                    \
    g_autofree char *tail__ = g_strdup_printf (":%s|%s|%s\n", field, before, after);             \
    g_assert_true (g_str_has_suffix (row__, tail__));                                            \
  } G_STMT_END

/* The handle: lower-cased, valid, and unique in the run, with an error
 * that names the product holding it. */
static void
test_edit_handle (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  edit_product (f, "product-type", "Bags");
  assert_product (f, "product_type", "Bags");

  edit_product (f, "handle", " Canvas-Tote ");
  assert_product (f, "handle", "canvas-tote");
  assert_last_action (f, "handle", "tote", "canvas-tote");

  sql = g_strdup_printf ("INSERT INTO sandbox_products (run_uuid, learner_id, position, handle, title) "
                         "VALUES ('%s', %" G_GINT64_FORMAT ", 2, 'big-bag', 'Big jute bag')",
                         f->run->uuid, f->ada->id);
  g_assert_true (sc_database_exec (f->database, sql, &error));
  g_assert_no_error (error);

  g_assert_false (sc_sandbox_edit_product (f->database, f->run, f->ada->id, f->product, "handle", "Big-Bag",
                                           NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "Big jute bag"));
  g_clear_error (&error);

  g_assert_false (sc_sandbox_edit_product (f->database, f->run, f->ada->id, f->product, "handle",
                                           "Canvas tote!", NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "canvas-tote"));
  g_clear_error (&error);
  g_assert_false (sc_sandbox_edit_product (f->database, f->run, f->ada->id, f->product, "handle", "",
                                           NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  assert_product (f, "handle", "canvas-tote");
  g_assert_cmpint (n_actions (f), ==, 3);
  undo (f);
  assert_product (f, "handle", "tote");
}

/* Inventory, shipping, tax, weight and the variant's image. */
static void
test_edit_variant_settings (Fixture       *f,
                            gconstpointer  data)
{
  edit_variant (f, 0, "track-quantity", "true");
  assert_variant (f, 0, "track_quantity", "1");
  assert_last_action (f, "track-quantity", "false", "true");
  edit_variant (f, 0, "inventory-policy", "Continue");
  assert_variant (f, 0, "inventory_policy", "continue");
  edit_variant (f, 0, "requires-shipping", "false");
  assert_variant (f, 0, "requires_shipping", "0");
  edit_variant (f, 0, "taxable", "no");
  assert_variant (f, 0, "taxable", "0");
  assert_last_action (f, "taxable", "true", "false");

  /* A weight is typed in the variant's unit and kept as exact grams;
   * changing the unit keeps the weight. */
  edit_variant (f, 0, "weight-unit", "kg");
  edit_variant (f, 0, "weight", "1.5");
  assert_variant (f, 0, "weight_grams", "1500");
  assert_last_action (f, "weight", "-", "1.5");
  edit_variant (f, 0, "weight-unit", "lb");
  assert_variant (f, 0, "weight_grams", "1500");
  assert_variant (f, 0, "weight_unit", "lb");
  edit_variant (f, 0, "weight", "0.5");
  assert_variant (f, 0, "weight_grams", "226.796185");
  assert_last_action (f, "weight", "3.306934", "0.5");
  undo (f);
  assert_variant (f, 0, "weight_grams", "1500");
  undo (f);
  assert_variant (f, 0, "weight_unit", "kg");

  edit_variant (f, 1, "image", "media/tote.jpg");
  assert_variant (f, 1, "image_src", "media/tote.jpg");
  edit_variant (f, 1, "image", "");
  assert_variant (f, 1, "image_src", "NULL");

  refuse_variant (f, 0, "track-quantity", "maybe");
  refuse_variant (f, 0, "inventory-policy", "sometimes");
  refuse_variant (f, 0, "weight", "-1");
  refuse_variant (f, 0, "weight", "1,5");
  refuse_variant (f, 0, "weight", "heavy");
  refuse_variant (f, 0, "weight-unit", "stone");
  refuse_variant (f, 0, "requires-shipping", "");
  refuse_variant (f, 1, "image", "media/elsewhere.jpg");
  assert_variant (f, 0, "weight_grams", "1500");
  assert_variant (f, 1, "image_src", "NULL");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sandbox-action/edit-logs-one-action", test_edit_logs_one_action);
  ADD ("/sandbox-action/edit-refusals", test_edit_refusals);
  ADD ("/sandbox-action/undo-redo", test_undo_redo);
  ADD ("/sandbox-action/undo-depth", test_undo_depth);
  ADD ("/sandbox-action/history-after-restart", test_history_after_restart);
  ADD ("/sandbox-action/undo-conflict", test_undo_conflict);
  ADD ("/sandbox-action/load-product", test_load_product);
  ADD ("/sandbox-action/edit-handle", test_edit_handle);
  ADD ("/sandbox-action/edit-variant-settings", test_edit_variant_settings);
#undef ADD

  return g_test_run ();
}
