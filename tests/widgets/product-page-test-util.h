/* product-page-test-util.h - a practice store with two products and the product page in a window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by test-product-page.c (what commits) and
 * test-product-page-look.c (what shows): a run in the test's own
 * database with "organic-tee" (no options, one variant, two remote
 * images and a local one) and "canvas-tote" (a Size option, two
 * variants), the general marketplace policy, and finders for a field's
 * input and its hint and error lines.
 */
#pragma once

#include <string.h>

#include "sc-catalog.h"
#include "sc-context.h"
#include "sc-course-problems.h"
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-learner.h"
#include "sc-policy.h"
#include "sc-product-aside.h"
#include "sc-product-page.h"
#include "sc-run.h"
#include "sc-sandbox-action.h"
#include "sc-screenshot.h"
#include "widget-test-util.h"

static ScApplication *app;
static ScLearner *learner;
static ScPolicy *policy;
static char *local_png;  /* a picture on disk, for a thumbnail */

typedef struct
{
  ScRun         *run;
  gint64         tee;      /* no options: one variant */
  gint64         tote;     /* a Size option: two variants */
  GtkWindow     *window;
  ScProductPage *page;
  guint          changed;
} Fixture;

G_GNUC_UNUSED static ScDatabase *
database (void)
{
  return sc_context_get_database (sc_application_get_context (app));
}

G_GNUC_UNUSED static sqlite3 *
db (void)
{
  return sc_database_get_handle (database ());
}

G_GNUC_UNUSED static ScCatalogProduct *
make_tee (const ScCurrency *currency)
{
  ScCatalogProduct *product = sc_catalog_product_new ("organic-tee");
  ScCatalogVariant *variant = sc_catalog_variant_new (currency);

  product->title = g_strdup ("Organic cotton crew-neck T-shirt");
  product->description = g_strdup ("<p>Soft <strong>organic</strong> cotton, cut for an easy fit.</p>"
                                   "<ul><li>100% organic cotton</li><li>Machine washable</li></ul>");
  product->vendor = g_strdup ("Northwind");
  product->product_type = g_strdup ("T-shirt");
  product->category = g_strdup ("Apparel & Accessories > Clothing > Shirts & Tops");
  g_strfreev (product->tags);
  product->tags = g_strsplit ("cotton,summer", ",", -1);
  product->status = SC_PRODUCT_STATUS_ACTIVE;
  product->seo_title = g_strdup ("Organic cotton T-shirt");
  variant->sku = g_strdup ("TEE-ORG-1");
  variant->barcode = g_strdup ("4006381333931");
  variant->has_price = TRUE;
  variant->price = sc_money_init (2000, currency);
  variant->has_cost = TRUE;
  variant->cost = sc_money_init (800, currency);
  variant->track_quantity = TRUE;
  variant->quantity = 14;
  variant->weight_grams = g_strdup ("180");
  g_ptr_array_add (product->variants, variant);
  g_ptr_array_add (product->images, sc_catalog_image_new ("https://cdn.example.com/tee-front.jpg",
                                                          "Front of the T-shirt"));
  g_ptr_array_add (product->images, sc_catalog_image_new ("https://cdn.example.com/tee-back.jpg", NULL));
  g_ptr_array_add (product->images, sc_catalog_image_new (local_png, "Folded T-shirt"));

  return product;
}

G_GNUC_UNUSED static ScCatalogProduct *
make_tote (const ScCurrency *currency)
{
  ScCatalogProduct *product = sc_catalog_product_new ("canvas-tote");
  ScCatalogOption *size = sc_catalog_option_new ("Size");

  product->title = g_strdup ("Canvas tote bag");
  product->status = SC_PRODUCT_STATUS_DRAFT;
  sc_catalog_option_add_value (size, "Small");
  sc_catalog_option_add_value (size, "Large");
  g_ptr_array_add (product->options, size);
  g_ptr_array_add (product->images, sc_catalog_image_new ("/nonexistent/tote-natural.jpg", "Natural tote"));
  for (guint i = 0; i < 2; i++)
    {
      ScCatalogVariant *variant = sc_catalog_variant_new (currency);

      sc_catalog_variant_set_option_value (variant, 0, i == 0 ? "Small" : "Large");
      variant->has_price = TRUE;
      variant->price = sc_money_init (i == 0 ? 1200 : 1500, currency);
      if (i == 0)
        variant->image_src = g_strdup ("/nonexistent/tote-natural.jpg");
      g_ptr_array_add (product->variants, variant);
    }

  return product;
}

G_GNUC_UNUSED static void
on_changed (ScProductPage *page,
            Fixture       *f)
{
  f->changed++;
}

G_GNUC_UNUSED static void
show_page (Fixture *f,
           gint64   product_id,
           int      width,
           int      height)
{
  GtkWidget *page = sc_product_page_new (sc_application_get_context (app), f->run, policy, product_id);

  f->page = SC_PRODUCT_PAGE (page);
  g_signal_connect (page, "changed", G_CALLBACK (on_changed), f);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (f->window, GTK_APPLICATION (app));
  gtk_window_set_default_size (f->window, width, height);
  gtk_window_set_child (f->window, page);
  gtk_window_present (f->window);
  sc_test_settle (GTK_WIDGET (f->window), 3);
}

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static guint serial;
  const ScCurrency *currency = sc_currency_lookup ("EUR");
  g_autoptr(ScCatalog) catalog = sc_catalog_new (currency);
  g_autoptr(ScCatalog) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("Page test %u", ++serial);

  g_assert_true (sc_catalog_add_product (catalog, make_tee (currency), &error));
  g_assert_true (sc_catalog_add_product (catalog, make_tote (currency), &error));
  g_assert_no_error (error);
  f->run = sc_run_create_with_catalog (database (), learner->id, name, "test", 0, 0, catalog, &error);
  g_assert_no_error (error);
  loaded = sc_run_load_catalog (db (), f->run, &error);
  g_assert_no_error (error);
  f->tee = sc_catalog_lookup_product (loaded, "organic-tee")->id;
  f->tote = sc_catalog_lookup_product (loaded, "canvas-tote")->id;
  g_assert_cmpint (f->tee, >, 0);
  g_assert_cmpint (f->tote, >, 0);
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    sc_test_close_window (f->window);
  sc_run_free (f->run);
}

/* The input under the visible label @label (a table cell's label is
 * hidden but there, and is its accessible name). */
G_GNUC_UNUSED static GtkWidget *
find_input (Fixture    *f,
            const char *label)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (GTK_WIDGET (f->page), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *each = labels->pdata[i];
      GtkWidget *row;

      if (!gtk_widget_has_css_class (each, "sc-field-label") ||
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (each)), label) != 0)
        continue;
      row = gtk_widget_get_next_sibling (each);
      if (row == NULL)
        continue;
      for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_ENTRY (child) || GTK_IS_DROP_DOWN (child) || GTK_IS_CHECK_BUTTON (child))
          return child;
        else if (GTK_IS_SCROLLED_WINDOW (child))
          return gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (child));
    }

  g_error ("no field labelled “%s”", label);
  return NULL;
}

/* The field's hint (counter, advice) or error line: the input's row's
 * next siblings. */
G_GNUC_UNUSED static GtkWidget *
field_line (GtkWidget *input,
            gboolean   error)
{
  GtkWidget *row = gtk_widget_get_parent (input);
  GtkWidget *hint;

  if (GTK_IS_TEXT_VIEW (input))
    row = gtk_widget_get_parent (row);
  hint = gtk_widget_get_next_sibling (row);

  return error ? gtk_widget_get_next_sibling (hint) : hint;
}

G_GNUC_UNUSED static gint64
n_actions (Fixture *f)
{
  return sc_run_count_actions (db (), f->run);
}

G_GNUC_UNUSED static ScCatalogProduct *
stored (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  ScCatalogProduct *product = sc_run_load_product (db (), f->run, id, &error);

  g_assert_no_error (error);

  return product;
}

G_GNUC_UNUSED static gboolean
has_focus_in (Fixture   *f,
              GtkWidget *input)
{
  GtkWidget *focus = gtk_window_get_focus (f->window);

  return focus != NULL && (focus == input || gtk_widget_is_ancestor (focus, input));
}

/* What the field's key controller does with @keyval (the page's
 * Escape and Ctrl+Enter live there). */
G_GNUC_UNUSED static gboolean
press_key (GtkWidget       *input,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (input);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      /* The page's, not the text view's own (which would type). */
      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }

  return handled;
}

G_GNUC_UNUSED static void
write_png (const char *path)
{
  static const guchar pixels[4 * 4 * 3] = {
    200, 120, 80, 200, 120, 80, 60, 90, 140, 60, 90, 140,
    200, 120, 80, 200, 120, 80, 60, 90, 140, 60, 90, 140,
    60, 90, 140, 60, 90, 140, 200, 120, 80, 200, 120, 80,
    60, 90, 140, 60, 90, 140, 200, 120, 80, 200, 120, 80,
  };
  g_autoptr(GBytes) bytes = g_bytes_new_static (pixels, sizeof pixels);
  g_autoptr(GdkTexture) texture = gdk_memory_texture_new (4, 4, GDK_MEMORY_R8G8B8, bytes, 4 * 3);

  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Starts the application with a learner and loads the policy; returns
 * the data folder to remove at the end, or NULL with no display. */
G_GNUC_UNUSED static char *
product_page_test_init (int    *argc,
                        char ***argv)
{
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autofree char *course_dir = NULL;
  char *data_dir;

  if (!sc_test_init (argc, argv))
    return NULL;

  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();
  problems = sc_course_problems_new ();
  policy = sc_policy_load (course_dir, "policies/general-marketplace.xml", problems);
  g_assert_nonnull (policy);

  data_dir = sc_test_make_tmp_dir ();
  local_png = g_build_filename (data_dir, "tee-folded.png", NULL);
  write_png (local_png);
  app = sc_test_app_new (data_dir);
  learner = sc_test_new_learner (app, "Merchant");

  return data_dir;
}

G_GNUC_UNUSED static void
product_page_test_finish (char *data_dir)
{
  sc_learner_free (learner);
  sc_policy_free (policy);
  g_clear_object (&app);
  sc_test_remove_tree (data_dir);
  g_free (data_dir);
  g_free (local_png);
}

#define PRODUCT_PAGE_TEST_ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
