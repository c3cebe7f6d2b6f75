/* test-sandbox-structure.c - images and options of a practice product as logged actions, with undo
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
  ScRun      *run;
  gint64      product;
  gint64      variants[2];  /* Small, Large */
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
  sc_database_close (f->database, NULL);
  g_clear_object (&f->database);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
n_actions (Fixture *f)
{
  return sc_run_count_actions (sc_database_get_handle (f->database), f->run);
}

static void
exec (Fixture    *f,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_database_exec (f->database, sql, &error));
  g_assert_no_error (error);
}

static void
edit_variant (Fixture    *f,
              int         i,
              const char *field,
              const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_edit_variant (f->database, f->run, f->ada->id, f->variants[i], field, value,
                                          NULL, &error));
  g_assert_no_error (error);
}

static void
set_option (Fixture            *f,
            guint               position,
            const char         *name,
            const char * const *values)
{
  g_autoptr(GError) error = NULL;
  gint64 sequence = 0;

  g_assert_true (sc_sandbox_set_option (f->database, f->run, f->ada->id, f->product, position, name, values,
                                        &sequence, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence, ==, n_actions (f));
}

static void
refuse_option (Fixture            *f,
               guint               position,
               const char         *name,
               const char * const *values,
               const char         *expected)
{
  g_autoptr(GError) error = NULL;
  gint64 before = n_actions (f);

  g_assert_false (sc_sandbox_set_option (f->database, f->run, f->ada->id, f->product, position, name, values,
                                         NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_test_message ("option %u: %s", position, error->message);
  g_assert_nonnull (strstr (error->message, expected));
  g_assert_cmpint (n_actions (f), ==, before);
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

/* The product's variants in order: "position|option1|option2|option3|sku|quantity|price". */
static char *
variants (Fixture *f)
{
  g_autofree char *sql = g_strdup_printf ("SELECT position, COALESCE (option1, '-'), COALESCE (option2, '-'), "
                                          "COALESCE (option3, '-'), COALESCE (sku, '-'), quantity, "
                                          "COALESCE (price, '-') FROM sandbox_variants "
                                          "WHERE product_id = %" G_GINT64_FORMAT " ORDER BY position",
                                          f->product);

  return test_sandbox_dump (sc_database_get_handle (f->database), sql);
}

static char *
options (Fixture *f)
{
  g_autofree char *sql = g_strdup_printf ("SELECT position, name, option_values FROM sandbox_options "
                                          "WHERE product_id = %" G_GINT64_FORMAT " ORDER BY position",
                                          f->product);

  return test_sandbox_dump (sc_database_get_handle (f->database), sql);
}

static char *
ids (Fixture *f)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id, COALESCE (sku, '-') FROM sandbox_variants "
                                          "WHERE product_id = %" G_GINT64_FORMAT " ORDER BY id", f->product);

  return test_sandbox_dump (sc_database_get_handle (f->database), sql);
}

#define assert_dump(f, what, expected) G_STMT_START { \
    g_autofree char *dump__ = what (f);               \
    g_assert_cmpstr (dump__, ==, expected);           \
  } G_STMT_END

/* The tote with SKUs and stock on its two variants. */
static void
stock_tote (Fixture *f)
{
  edit_variant (f, 0, "sku", "TOTE-S");
  edit_variant (f, 0, "quantity", "4");
  edit_variant (f, 1, "sku", "TOTE-L");
  edit_variant (f, 1, "quantity", "7");
  edit_variant (f, 1, "price", "14.00");
}

static void
test_add_and_edit_images (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *images_sql = g_strdup_printf ("SELECT position, src, COALESCE (alt, '-') FROM sandbox_images "
                                                 "WHERE product_id = %" G_GINT64_FORMAT " ORDER BY position",
                                                 f->product);
  g_autofree char *dump = NULL;
  g_autofree char *row = NULL;
  sqlite3 *db = sc_database_get_handle (f->database);
  gint64 sequence = 0;
  gint64 first_image;

  g_clear_pointer (&dump, g_free);
  dump = test_sandbox_dump (db, "SELECT id FROM sandbox_images");
  first_image = g_ascii_strtoll (dump, NULL, 10);
  g_clear_pointer (&dump, g_free);

  g_assert_true (sc_sandbox_add_image (f->database, f->run, f->ada->id, f->product, " media/tote-back.jpg ",
                                       "The back of the tote", &sequence, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sequence, ==, 2);
  dump = test_sandbox_dump (db, images_sql);
  g_assert_cmpstr (dump, ==, "1|media/tote.jpg|A canvas tote\n2|media/tote-back.jpg|The back of the tote\n");
  row = test_sandbox_dump (db, "SELECT kind, target LIKE 'product:%:images', after FROM sandbox_actions "
                           "WHERE sequence = 2");
  g_assert_cmpstr (row, ==, "add-image|1|media/tote-back.jpg\n");

  /* The same picture twice, and no picture at all, are refused. */
  g_assert_false (sc_sandbox_add_image (f->database, f->run, f->ada->id, f->product, "media/tote.jpg", NULL,
                                        NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_sandbox_add_image (f->database, f->run, f->ada->id, f->product, "  ", NULL, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_sandbox_edit_image (f->database, f->run, f->ada->id, first_image, "title", "x", NULL,
                                         &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (n_actions (f), ==, 2);

  /* A variant shows the first image; renaming the file carries it along. */
  edit_variant (f, 0, "image", "media/tote.jpg");
  g_assert_true (sc_sandbox_edit_image (f->database, f->run, f->ada->id, first_image, "alt", "",
                                        NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sc_sandbox_edit_image (f->database, f->run, f->ada->id, first_image, "src",
                                        "media/tote-front.jpg", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&dump, g_free);
  dump = test_sandbox_dump (db, images_sql);
  g_assert_cmpstr (dump, ==, "1|media/tote-front.jpg|-\n2|media/tote-back.jpg|The back of the tote\n");
  g_clear_pointer (&dump, g_free);
  dump = test_sandbox_value (f->database, "sandbox_variants", "image_src", f->variants[0]);
  g_assert_cmpstr (dump, ==, "media/tote-front.jpg");
  g_assert_false (sc_sandbox_edit_image (f->database, f->run, f->ada->id, first_image, "src",
                                         "media/tote-back.jpg", NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Undo walks it all back, the added image last. */
  undo (f);
  g_clear_pointer (&dump, g_free);
  dump = test_sandbox_value (f->database, "sandbox_variants", "image_src", f->variants[0]);
  g_assert_cmpstr (dump, ==, "media/tote.jpg");
  undo (f);
  undo (f);
  undo (f);
  g_clear_pointer (&dump, g_free);
  dump = test_sandbox_dump (db, images_sql);
  g_assert_cmpstr (dump, ==, "1|media/tote.jpg|A canvas tote\n");
  redo (f);
  g_clear_pointer (&dump, g_free);
  dump = test_sandbox_dump (db, images_sql);
  g_assert_cmpstr (dump, ==, "1|media/tote.jpg|A canvas tote\n2|media/tote-back.jpg|The back of the tote\n");
}

/* A new value adds its combination; the others keep every field. */
static void
test_option_adds_value (Fixture       *f,
                        gconstpointer  data)
{
  const char * const sizes[] = { "Small", "Medium", "Large", NULL };
  g_autofree char *row = NULL;

  stock_tote (f);
  edit_variant (f, 0, "weight", "300");
  set_option (f, 1, "Size", sizes);
  assert_dump (f, variants,
               "1|Small|-|-|TOTE-S|4|1200\n"
               "2|Medium|-|-|-|0|1200\n"
               "3|Large|-|-|TOTE-L|7|1400\n");
  assert_dump (f, options, "1|Size|[\"Small\",\"Medium\",\"Large\"]\n");

  /* The new one is weighed and priced like the first variant. */
  row = test_sandbox_dump (sc_database_get_handle (f->database),
                           "SELECT weight_grams, barcode IS NULL FROM sandbox_variants WHERE option1 = 'Medium'");
  g_assert_cmpstr (row, ==, "300|1\n");
  g_clear_pointer (&row, g_free);
  row = test_sandbox_dump (sc_database_get_handle (f->database),
                           "SELECT kind, target LIKE 'product:%:option-1', before, after FROM sandbox_actions "
                           "ORDER BY sequence DESC LIMIT 1");
  g_assert_cmpstr (row, ==, "set-option|1|Size: Small, Large|Size: Small, Medium, Large\n");

  /* The same option again is no change and logs nothing. */
  {
    g_autoptr(GError) error = NULL;
    gint64 sequence = -1;
    gint64 before = n_actions (f);

    g_assert_true (sc_sandbox_set_option (f->database, f->run, f->ada->id, f->product, 1, "Size", sizes,
                                          &sequence, &error));
    g_assert_no_error (error);
    g_assert_cmpint (sequence, ==, 0);
    g_assert_cmpint (n_actions (f), ==, before);
  }

  undo (f);
  assert_dump (f, variants, "1|Small|-|-|TOTE-S|4|1200\n2|Large|-|-|TOTE-L|7|1400\n");
  redo (f);
  assert_dump (f, variants,
               "1|Small|-|-|TOTE-S|4|1200\n"
               "2|Medium|-|-|-|0|1200\n"
               "3|Large|-|-|TOTE-L|7|1400\n");
}

/* A dropped value removes its variant, kept columns and all; undo
 * brings it back with its id and SKU. */
static void
test_option_removes_value (Fixture       *f,
                           gconstpointer  data)
{
  const char * const small[] = { "small", NULL };
  g_autofree char *before = NULL;
  g_autofree char *extras = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = sc_database_get_handle (f->database);

  stock_tote (f);
  sql = g_strdup_printf ("INSERT INTO sandbox_extras (product_id, variant_id, run_uuid, learner_id, platform, "
                         "column_name, value) VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '%s', %"
                         G_GINT64_FORMAT ", 'shopify', 'Variant Fulfillment Service', 'manual')",
                         f->product, f->variants[1], f->run->uuid, f->ada->id);
  exec (f, sql);
  before = ids (f);

  /* Matched in any case; the value takes the new spelling. */
  set_option (f, 1, "Size", small);
  assert_dump (f, variants, "1|small|-|-|TOTE-S|4|1200\n");
  extras = test_sandbox_dump (db, "SELECT count (*) FROM sandbox_extras");
  g_assert_cmpstr (extras, ==, "0\n");

  undo (f);
  assert_dump (f, variants, "1|Small|-|-|TOTE-S|4|1200\n2|Large|-|-|TOTE-L|7|1400\n");
  assert_dump (f, ids, before);
  g_clear_pointer (&extras, g_free);
  extras = test_sandbox_dump (db, "SELECT column_name, value FROM sandbox_extras");
  g_assert_cmpstr (extras, ==, "Variant Fulfillment Service|manual\n");

  redo (f);
  assert_dump (f, variants, "1|small|-|-|TOTE-S|4|1200\n");
  undo (f);
  assert_dump (f, ids, before);
}

/* Reordering values swaps positions, and undo swaps them back. */
static void
test_option_reorders (Fixture       *f,
                      gconstpointer  data)
{
  const char * const reversed[] = { "Large", "Small", NULL };

  stock_tote (f);
  set_option (f, 1, "Size", reversed);
  assert_dump (f, variants, "1|Large|-|-|TOTE-L|7|1400\n2|Small|-|-|TOTE-S|4|1200\n");
  undo (f);
  assert_dump (f, variants, "1|Small|-|-|TOTE-S|4|1200\n2|Large|-|-|TOTE-L|7|1400\n");
  redo (f);
  assert_dump (f, variants, "1|Large|-|-|TOTE-L|7|1400\n2|Small|-|-|TOTE-S|4|1200\n");
}

/* Three options of three values: 27 variants in matrix order; removing
 * an option moves the later ones up. */
static void
test_option_matrix (Fixture       *f,
                    gconstpointer  data)
{
  const char * const sizes[] = { "Small", "Medium", "Large", NULL };
  const char * const colours[] = { "Red", "Green", "Blue", NULL };
  const char * const materials[] = { "Canvas", "Jute", "Cotton", NULL };
  g_autofree char *before = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *count = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalogProduct) product = NULL;
  sqlite3 *db = sc_database_get_handle (f->database);
  ScCatalogVariant *variant;

  stock_tote (f);
  before = ids (f);
  set_option (f, 1, "Size", sizes);
  set_option (f, 2, "Colour", colours);
  set_option (f, 3, "Material", materials);

  dump = variants (f);
  g_assert_true (g_str_has_prefix (dump, "1|Small|Red|Canvas|TOTE-S|4|1200\n2|Small|Red|Jute|-|0|1200\n"));
  g_assert_nonnull (strstr (dump, "\n19|Large|Red|Canvas|TOTE-L|7|1400\n"));
  g_assert_true (g_str_has_suffix (dump, "\n27|Large|Blue|Cotton|-|0|1200\n"));
  count = test_sandbox_dump (db, "SELECT count (*), count (DISTINCT option1 || option2 || option3), "
                             "min (position), max (position) FROM sandbox_variants");
  g_assert_cmpstr (count, ==, "27|27|1|27\n");

  /* The editor reads the same store back. */
  product = sc_run_load_product (db, f->run, f->product, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (product->options->len, ==, 3);
  g_assert_cmpuint (product->variants->len, ==, 27);
  g_assert_cmpint (product->kind, ==, SC_PRODUCT_KIND_VARIABLE);
  variant = g_ptr_array_index (product->variants, 0);
  g_assert_cmpint (variant->id, ==, f->variants[0]);

  /* Removing the colour: Small/Canvas keeps Small/Red/Canvas's row. */
  set_option (f, 2, NULL, NULL);
  assert_dump (f, options, "1|Size|[\"Small\",\"Medium\",\"Large\"]\n2|Material|[\"Canvas\",\"Jute\",\"Cotton\"]\n");
  g_clear_pointer (&dump, g_free);
  dump = variants (f);
  g_assert_true (g_str_has_prefix (dump, "1|Small|Canvas|-|TOTE-S|4|1200\n"));
  g_assert_true (g_str_has_suffix (dump, "\n9|Large|Cotton|-|-|0|1200\n"));

  undo (f);
  undo (f);
  undo (f);
  undo (f);
  assert_dump (f, variants, "1|Small|-|-|TOTE-S|4|1200\n2|Large|-|-|TOTE-L|7|1400\n");
  assert_dump (f, ids, before);
  assert_dump (f, options, "1|Size|[\"Small\",\"Large\"]\n");

  /* Removing the only option leaves one variant, the first. */
  set_option (f, 1, NULL, NULL);
  assert_dump (f, variants, "1|-|-|-|TOTE-S|4|1200\n");
  assert_dump (f, options, "");
  g_clear_pointer (&dump, g_free);
  dump = test_sandbox_value (f->database, "sandbox_products", "kind", f->product);
  g_assert_cmpstr (dump, ==, "simple");

  /* A simple product's one variant takes the first value of its first option. */
  set_option (f, 1, "Colour", colours);
  assert_dump (f, variants, "1|Red|-|-|TOTE-S|4|1200\n2|Green|-|-|-|0|1200\n3|Blue|-|-|-|0|1200\n");
  g_clear_pointer (&dump, g_free);
  dump = test_sandbox_value (f->database, "sandbox_products", "kind", f->product);
  g_assert_cmpstr (dump, ==, "variable");
}

static void
test_option_refusals (Fixture       *f,
                      gconstpointer  data)
{
  const char * const sizes[] = { "Small", "Large", NULL };
  const char * const twice[] = { "Small", " small ", NULL };
  const char * const blank[] = { "Small", "", NULL };
  const char * const none[] = { NULL };
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) hundred = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i <= SC_SANDBOX_MAX_OPTION_VALUES; i++)
    g_ptr_array_add (many, g_strdup_printf ("V%u", i));
  g_ptr_array_add (many, NULL);
  for (guint i = 0; i < 100; i++)
    g_ptr_array_add (hundred, g_strdup_printf ("%u cm", i + 1));
  g_ptr_array_add (hundred, NULL);

  refuse_option (f, 0, "Size", sizes, "options 1 to 3");
  refuse_option (f, 4, "Size", sizes, "options 1 to 3");
  refuse_option (f, 1, "  ", sizes, "needs a name");
  refuse_option (f, 1, "Size", none, "at least one value");
  refuse_option (f, 1, "Size", NULL, "at least one value");
  refuse_option (f, 1, "Size", twice, "twice");
  refuse_option (f, 1, "Size", blank, "empty");
  refuse_option (f, 1, "Size", (const char * const *) many->pdata, "at most 100");
  refuse_option (f, 3, "Colour", sizes, "Add option 2 first");
  refuse_option (f, 2, NULL, NULL, "no option 2");
  refuse_option (f, 2, "size", sizes, "already has an option named");

  /* 2 × 100 × 11 = 2,200 variants is over the limit. */
  set_option (f, 2, "Length", (const char * const *) hundred->pdata);
  refuse_option (f, 3, "Colour", (const char * const *) hundred->pdata, "at most 2048");
  assert_dump (f, options, "1|Size|[\"Small\",\"Large\"]\n"
                           "2|Length|[\"1 cm\",\"2 cm\",\"3 cm\",\"4 cm\",\"5 cm\",\"6 cm\",\"7 cm\",\"8 cm\","
                           "\"9 cm\",\"10 cm\",\"11 cm\",\"12 cm\",\"13 cm\",\"14 cm\",\"15 cm\",\"16 cm\",\"17 cm\","
                           "\"18 cm\",\"19 cm\",\"20 cm\",\"21 cm\",\"22 cm\",\"23 cm\",\"24 cm\",\"25 cm\",\"26 cm\","
                           "\"27 cm\",\"28 cm\",\"29 cm\",\"30 cm\",\"31 cm\",\"32 cm\",\"33 cm\",\"34 cm\",\"35 cm\","
                           "\"36 cm\",\"37 cm\",\"38 cm\",\"39 cm\",\"40 cm\",\"41 cm\",\"42 cm\",\"43 cm\",\"44 cm\","
                           "\"45 cm\",\"46 cm\",\"47 cm\",\"48 cm\",\"49 cm\",\"50 cm\",\"51 cm\",\"52 cm\",\"53 cm\","
                           "\"54 cm\",\"55 cm\",\"56 cm\",\"57 cm\",\"58 cm\",\"59 cm\",\"60 cm\",\"61 cm\",\"62 cm\","
                           "\"63 cm\",\"64 cm\",\"65 cm\",\"66 cm\",\"67 cm\",\"68 cm\",\"69 cm\",\"70 cm\",\"71 cm\","
                           "\"72 cm\",\"73 cm\",\"74 cm\",\"75 cm\",\"76 cm\",\"77 cm\",\"78 cm\",\"79 cm\",\"80 cm\","
                           "\"81 cm\",\"82 cm\",\"83 cm\",\"84 cm\",\"85 cm\",\"86 cm\",\"87 cm\",\"88 cm\",\"89 cm\","
                           "\"90 cm\",\"91 cm\",\"92 cm\",\"93 cm\",\"94 cm\",\"95 cm\",\"96 cm\",\"97 cm\",\"98 cm\","
                           "\"99 cm\",\"100 cm\"]\n");
  g_assert_cmpint (n_actions (f), ==, 2);
}

/* Replacing the whole catalog is a wall neither undo nor redo crosses,
 * after structure actions as after edits. */
static void
test_structure_wall (Fixture       *f,
                     gconstpointer  data)
{
  const char * const sizes[] = { "Small", "Medium", "Large", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScSandboxHistory) history = NULL;
  sqlite3 *db = sc_database_get_handle (f->database);

  set_option (f, 1, "Size", sizes);
  g_assert_true (sc_sandbox_add_image (f->database, f->run, f->ada->id, f->product, "media/side.jpg", NULL,
                                       NULL, &error));
  g_assert_no_error (error);
  undo (f);
  history = sc_sandbox_history_load (db, f->run, f->ada->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->undo->len, ==, 1);
  g_assert_cmpstr (((ScSandboxAction *) g_ptr_array_index (history->undo, 0))->kind, ==, "set-option");
  g_assert_cmpuint (history->redo->len, ==, 1);

  catalog = sc_run_load_catalog (db, f->run, &error);
  g_assert_no_error (error);
  g_assert_true (sc_run_save_catalog (f->database, f->run, catalog, &error));
  g_assert_no_error (error);

  g_assert_false (sc_sandbox_undo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_sandbox_redo (f->database, f->run, f->ada->id, NULL, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sandbox-structure/images", test_add_and_edit_images);
  ADD ("/sandbox-structure/option-adds-value", test_option_adds_value);
  ADD ("/sandbox-structure/option-removes-value", test_option_removes_value);
  ADD ("/sandbox-structure/option-reorders", test_option_reorders);
  ADD ("/sandbox-structure/option-matrix", test_option_matrix);
  ADD ("/sandbox-structure/option-refusals", test_option_refusals);
  ADD ("/sandbox-structure/wall", test_structure_wall);
#undef ADD

  return g_test_run ();
}
