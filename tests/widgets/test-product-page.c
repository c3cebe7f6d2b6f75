/* test-product-page.c - the product page edits a practice store as a store admin does
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A run with two products in the test's own database, the page in a
 * window: a field commits once on Enter or focus-out and never for an
 * unchanged value; a refused price says why under the field and logs
 * nothing; counters and the margin read right; the columns stand side by
 * side at 1280 px and stack at 900 px; every input has an accessible
 * name. With SHOPCRAFT_SHOTS_DIR set, the page is also drawn to PNGs at
 * 1280×800 and 1920×1080 in light, dark and presentation mode.
 */
#include "config.h"

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

typedef struct
{
  ScRun         *run;
  gint64         tee;      /* no options: one variant */
  gint64         tote;     /* a Size option: two variants */
  GtkWindow     *window;
  ScProductPage *page;
  guint          changed;
} Fixture;

static ScDatabase *
database (void)
{
  return sc_context_get_database (sc_application_get_context (app));
}

static sqlite3 *
db (void)
{
  return sc_database_get_handle (database ());
}

static ScCatalogProduct *
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

  return product;
}

static ScCatalogProduct *
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

static void
on_changed (ScProductPage *page,
            Fixture       *f)
{
  f->changed++;
}

static void
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

static void
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

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    sc_test_close_window (f->window);
  sc_run_free (f->run);
}

/* The input under the visible label @label (a table cell's label is
 * hidden but there, and is its accessible name). */
static GtkWidget *
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
static GtkWidget *
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

static gint64
n_actions (Fixture *f)
{
  return sc_run_count_actions (db (), f->run);
}

static ScCatalogProduct *
stored (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  ScCatalogProduct *product = sc_run_load_product (db (), f->run, id, &error);

  g_assert_no_error (error);

  return product;
}

static void
test_title_enter (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ScCatalogProduct) product = NULL;
  GtkWidget *title;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  title = find_input (f, "Title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Organic cotton crew-neck T-shirt");
  before = n_actions (f);

  /* Typing alone writes nothing. */
  gtk_editable_set_text (GTK_EDITABLE (title), "Organic cotton T-shirt, crew neck");
  g_assert_cmpint (n_actions (f), ==, before);
  g_assert_cmpuint (f->changed, ==, 0);

  g_signal_emit_by_name (title, "activate");
  g_assert_cmpint (n_actions (f), ==, before + 1);
  g_assert_cmpuint (f->changed, ==, 1);
  product = stored (f, f->tee);
  g_assert_cmpstr (product->title, ==, "Organic cotton T-shirt, crew neck");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_input (f, "Title"))), ==,
                   "Organic cotton T-shirt, crew neck");

  /* Enter again, and focus-out after it, have nothing new to log. */
  g_signal_emit_by_name (find_input (f, "Title"), "activate");
  g_assert_cmpint (n_actions (f), ==, before + 1);
  g_assert_cmpuint (f->changed, ==, 1);
}

static void
test_focus_out_commits (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ScCatalogProduct) product = NULL;
  GtkWidget *vendor;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  vendor = find_input (f, "Vendor");
  gtk_widget_grab_focus (vendor);
  sc_test_settle (GTK_WIDGET (f->window), 1);
  before = n_actions (f);
  gtk_editable_set_text (GTK_EDITABLE (vendor), "Southwind Textiles");
  g_assert_cmpint (n_actions (f), ==, before);

  g_assert_true (gtk_widget_grab_focus (find_input (f, "Tags")));
  sc_test_settle (GTK_WIDGET (f->window), 1);
  g_assert_cmpint (n_actions (f), ==, before + 1);
  g_assert_cmpuint (f->changed, ==, 1);
  product = stored (f, f->tee);
  g_assert_cmpstr (product->vendor, ==, "Southwind Textiles");
}

static void
test_unchanged_logs_nothing (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *price;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  before = n_actions (f);

  g_signal_emit_by_name (find_input (f, "Title"), "activate");
  g_signal_emit_by_name (find_input (f, "SKU (Stock Keeping Unit)"), "activate");

  /* "20" is the 20.00 the store holds: the store logs nothing either. */
  price = find_input (f, "Price");
  gtk_editable_set_text (GTK_EDITABLE (price), "20");
  g_signal_emit_by_name (price, "activate");

  g_assert_cmpint (n_actions (f), ==, before);
  g_assert_cmpuint (f->changed, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_input (f, "Price"))), ==, "20.00");
}

static void
test_invalid_price (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ScCatalogProduct) product = NULL;
  GtkWidget *price;
  GtkWidget *error;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  before = n_actions (f);
  price = find_input (f, "Price");
  error = field_line (price, TRUE);
  g_assert_false (gtk_widget_get_visible (error));

  gtk_editable_set_text (GTK_EDITABLE (price), "abc");
  g_signal_emit_by_name (price, "activate");

  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), !=, "");
  g_assert_true (strstr (gtk_label_get_text (GTK_LABEL (error)), "abc") != NULL);
  g_assert_true (gtk_widget_has_css_class (price, "error"));
  g_assert_cmpint (n_actions (f), ==, before);
  g_assert_cmpuint (f->changed, ==, 0);
  /* What was typed stays, to be corrected. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (price)), ==, "abc");
  product = stored (f, f->tee);
  g_assert_cmpint (((ScCatalogVariant *) product->variants->pdata[0])->price.minor, ==, 2000);

  /* A correct amount then commits and clears the message. */
  gtk_editable_set_text (GTK_EDITABLE (price), "24.50");
  g_signal_emit_by_name (price, "activate");
  g_assert_cmpint (n_actions (f), ==, before + 1);
  g_assert_false (gtk_widget_get_visible (field_line (find_input (f, "Price"), TRUE)));
}

static void
test_counter_too_long (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *seo_title;
  g_autofree char *text = g_strnfill (72, 'a');

  show_page (f, f->tee, 1280, 800);
  seo_title = find_input (f, "Page title");
  gtk_editable_set_text (GTK_EDITABLE (seo_title), text);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (field_line (seo_title, FALSE))), ==, "72 / 70 — too long");

  gtk_editable_set_text (GTK_EDITABLE (seo_title), "Organic cotton T-shirt");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (field_line (seo_title, FALSE))), ==, "22 / 70");
  /* The title's minimum comes from the policy too. */
  gtk_editable_set_text (GTK_EDITABLE (find_input (f, "Title")), "Tee");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (field_line (find_input (f, "Title"), FALSE))), ==,
                   "3 / 150 — too short (at least 20)");
}

static GtkWidget *
computed (Fixture *f,
          guint    index)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (GTK_WIDGET (f->page), GTK_TYPE_LABEL);
  guint seen = 0;

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "sc-computed") && seen++ == index)
      return labels->pdata[i];

  g_error ("no computed value %u", index);
  return NULL;
}

static void
test_margin (Fixture       *f,
             gconstpointer  data)
{
  show_page (f, f->tee, 1280, 800);

  /* Price 20.00, cost 8.00: profit 12.00, margin 12 / 20 = 60 %. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (computed (f, 0))), ==, "12.00 EUR");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (computed (f, 1))), ==, "60.00 %");
  g_assert_nonnull (gtk_widget_get_tooltip_text (gtk_widget_get_parent (computed (f, 1))));

  /* As typed, before any commit: 8.00 of 30.00 is 73.33 % (73.333… rounded). */
  gtk_editable_set_text (GTK_EDITABLE (find_input (f, "Price")), "30.00");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (computed (f, 0))), ==, "22.00 EUR");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (computed (f, 1))), ==, "73.33 %");
  gtk_editable_set_text (GTK_EDITABLE (find_input (f, "Price")), "oops");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (computed (f, 1))), ==, "—");
}

static void
test_barcode_hint (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *barcode;

  show_page (f, f->tee, 1280, 800);
  barcode = find_input (f, "Barcode (ISBN, UPC, GTIN, etc.)");
  g_assert_false (gtk_widget_has_css_class (field_line (barcode, FALSE), "warning"));
  gtk_editable_set_text (GTK_EDITABLE (barcode), "4006381333932");
  g_assert_true (gtk_widget_has_css_class (field_line (barcode, FALSE), "warning"));
  g_assert_true (strstr (gtk_label_get_text (GTK_LABEL (field_line (barcode, FALSE))), "should be 1") != NULL);
}

static void
check_columns (Fixture  *f,
               int       width,
               gboolean  wide)
{
  GtkWidget *aside;
  GtkWidget *title;
  graphene_rect_t aside_bounds, title_bounds, status_bounds;

  show_page (f, f->tee, width, 800);
  aside = sc_test_find_widget (GTK_WIDGET (f->page), SC_TYPE_PRODUCT_ASIDE, NULL);
  title = find_input (f, "Title");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->page)), ==, width);
  g_assert_true (gtk_widget_compute_bounds (aside, GTK_WIDGET (f->page), &aside_bounds));
  g_assert_true (gtk_widget_compute_bounds (title, GTK_WIDGET (f->page), &title_bounds));

  if (wide)
    {
      /* Side by side: the side column right of the title, about a third wide. */
      g_assert_cmpfloat (aside_bounds.origin.x, >, title_bounds.origin.x + title_bounds.size.width);
      g_assert_true (gtk_widget_compute_bounds (find_input (f, "Status"), GTK_WIDGET (f->page), &status_bounds));
      g_assert_cmpfloat (status_bounds.origin.x, >=, aside_bounds.origin.x);
      g_assert_cmpfloat (status_bounds.origin.y, <, title_bounds.origin.y + 100.0);
      g_assert_cmpfloat (title_bounds.size.width, >, 1.5 * aside_bounds.size.width);
    }
  else
    {
      /* Stacked: the side column under the main one, as wide. */
      g_assert_cmpfloat (aside_bounds.origin.y, >, title_bounds.origin.y + 400.0);
      g_assert_cmpfloat (ABS (aside_bounds.origin.x - title_bounds.origin.x), <, 30.0);
    }
}

static void
test_columns_wide (Fixture       *f,
                   gconstpointer  data)
{
  check_columns (f, 1280, TRUE);
}

static void
test_columns_narrow (Fixture       *f,
                     gconstpointer  data)
{
  check_columns (f, 900, FALSE);
}

static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  const GType types[] = { GTK_TYPE_ENTRY, GTK_TYPE_TEXT_VIEW, GTK_TYPE_DROP_DOWN, GTK_TYPE_CHECK_BUTTON };
  guint checked = 0;

  show_page (f, f->tote, 1280, 800);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GPtrArray) inputs = sc_test_find_widgets (GTK_WIDGET (f->page), types[t]);

      for (guint i = 0; i < inputs->len; i++)
        {
          GtkAccessible *input = inputs->pdata[i];

          if (GTK_IS_CHECK_BUTTON (input))
            g_assert_nonnull (gtk_check_button_get_label (GTK_CHECK_BUTTON (input)));
          else
            g_assert_true (gtk_test_accessible_has_relation (input, GTK_ACCESSIBLE_RELATION_LABELLED_BY) ||
                           gtk_test_accessible_has_property (input, GTK_ACCESSIBLE_PROPERTY_LABEL));
          checked++;
        }
    }
  /* Options, the table's cells, alt text, organisation and SEO at least. */
  g_assert_cmpuint (checked, >, 20);
}

static void
test_variant_table (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ScCatalogProduct) product = NULL;
  GtkWidget *sku;
  gint64 before;

  show_page (f, f->tote, 1280, 800);
  before = n_actions (f);
  sku = find_input (f, "SKU of Large");
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (sku), GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_editable_set_text (GTK_EDITABLE (sku), "TOTE-L");
  g_signal_emit_by_name (sku, "activate");
  g_assert_cmpint (n_actions (f), ==, before + 1);
  g_assert_cmpuint (f->changed, ==, 1);
  product = stored (f, f->tote);
  g_assert_cmpstr (((ScCatalogVariant *) product->variants->pdata[1])->sku, ==, "TOTE-L");
  g_assert_null (((ScCatalogVariant *) product->variants->pdata[0])->sku);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_input (f, "SKU of Large"))), ==, "TOTE-L");
  /* Each variant's image among the product's: the first, or none. */
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (find_input (f, "Image of Small"))), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (find_input (f, "Image of Large"))), ==, 0);
  /* The option's values, as a comma-separated list. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_input (f, "Option 1 values"))), ==,
                   "Small, Large");
}

static gboolean
has_focus_in (Fixture   *f,
              GtkWidget *input)
{
  GtkWidget *focus = gtk_window_get_focus (f->window);

  return focus != NULL && (focus == input || gtk_widget_is_ancestor (focus, input));
}

/* What the field's key controller does with @keyval (the page's
 * Escape and Ctrl+Enter live there). */
static gboolean
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

static void
test_escape_reverts (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *title;
  GtkWidget *price;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  before = n_actions (f);
  title = find_input (f, "Title");
  gtk_editable_set_text (GTK_EDITABLE (title), "Half-typed");
  g_assert_true (press_key (title, GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Organic cotton crew-neck T-shirt");

  /* Escape also takes back a refused value and its message. */
  price = find_input (f, "Price");
  gtk_editable_set_text (GTK_EDITABLE (price), "12,3,4");
  g_signal_emit_by_name (price, "activate");
  g_assert_true (gtk_widget_get_visible (field_line (price, TRUE)));
  g_assert_true (press_key (price, GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (price)), ==, "20.00");
  g_assert_false (gtk_widget_get_visible (field_line (price, TRUE)));

  /* With nothing to take back, Escape is left to the window. */
  g_assert_false (press_key (title, GDK_KEY_Escape, 0));
  g_assert_cmpint (n_actions (f), ==, before);
  g_assert_cmpuint (f->changed, ==, 0);
}

static void
test_description (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ScCatalogProduct) product = NULL;
  GtkWidget *source;
  GtkTextBuffer *buffer;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  before = n_actions (f);
  source = find_input (f, "Description");
  g_assert_true (GTK_IS_TEXT_VIEW (source));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (source));

  /* The source as stored, tags and all; Enter is a new line. */
  gtk_text_buffer_set_text (buffer, "<p>Heavy <em>organic</em> cotton.</p>", -1);
  g_assert_false (press_key (source, GDK_KEY_Return, 0));
  g_assert_cmpint (n_actions (f), ==, before);

  /* Ctrl+Enter commits it, byte for byte. */
  g_assert_true (press_key (source, GDK_KEY_Return, GDK_CONTROL_MASK));
  g_assert_cmpint (n_actions (f), ==, before + 1);
  product = stored (f, f->tee);
  g_assert_cmpstr (product->description, ==, "<p>Heavy <em>organic</em> cotton.</p>");
}

/* The side column's findings take the learner to the field to fix. */
static void
test_finding_focuses_field (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *aside;

  show_page (f, f->tote, 1280, 800);
  aside = sc_test_find_widget (GTK_WIDGET (f->page), SC_TYPE_PRODUCT_ASIDE, NULL);

  g_signal_emit_by_name (aside, "finding-activated", "seo-description", -1, -1);
  g_assert_true (has_focus_in (f, find_input (f, "Meta description")));
  g_signal_emit_by_name (aside, "finding-activated", "variants.sku", 1, -1);
  g_assert_true (has_focus_in (f, find_input (f, "SKU of Large")));
  g_signal_emit_by_name (aside, "finding-activated", "title", -1, -1);
  g_assert_true (has_focus_in (f, find_input (f, "Title")));
}

/* A field the store may not know yet: either one action, or the
 * store's refusal under the field and the saved value back. */
static void
test_new_fields_commit_or_revert (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *handle;
  GtkWidget *track;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  before = n_actions (f);
  handle = find_input (f, "URL handle");
  gtk_editable_set_text (GTK_EDITABLE (handle), "organic-crew-tee");
  g_signal_emit_by_name (handle, "activate");
  handle = find_input (f, "URL handle");

  if (n_actions (f) == before + 1)
    {
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (handle)), ==, "organic-crew-tee");
      g_assert_cmpuint (f->changed, ==, 1);
    }
  else
    {
      g_assert_cmpint (n_actions (f), ==, before);
      g_assert_true (gtk_widget_get_visible (field_line (handle, TRUE)));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (handle)), ==, "organic-tee");
      g_assert_cmpuint (f->changed, ==, 0);
    }

  /* A tick box: one action, or back as it was with the message. */
  before = n_actions (f);
  track = find_input (f, "Continue selling when out of stock");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (track)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (track), TRUE);
  track = find_input (f, "Continue selling when out of stock");
  if (n_actions (f) == before + 1)
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (track)));
  else
    {
      g_assert_cmpint (n_actions (f), ==, before);
      g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (track)));
      g_assert_true (gtk_widget_get_visible (field_line (track, TRUE)));
    }
}

static void
shoot (Fixture    *f,
       const char *dir,
       gint64      product_id,
       int         width,
       int         height,
       const char *mode,
       gboolean    bottom)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("product-page-%dx%d-%s%s%s.png", width, height, mode,
                                           product_id == f->tee ? "" : "-variants",
                                           bottom ? "-bottom" : "");
  g_autofree char *path = g_build_filename (dir, name, NULL);

  adw_style_manager_set_color_scheme (style, g_str_equal (mode, "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                                                                         : ADW_COLOR_SCHEME_FORCE_LIGHT);
  show_page (f, product_id, width, height);
  if (g_str_equal (mode, "presentation"))
    gtk_widget_add_css_class (GTK_WIDGET (f->window), "presentation");
  sc_test_settle (GTK_WIDGET (f->window), 4);
  if (bottom)
    {
      GtkWidget *scroller = sc_test_find_widget (GTK_WIDGET (f->page), GTK_TYPE_SCROLLED_WINDOW, NULL);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      gtk_window_set_focus (f->window, NULL);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      sc_test_settle (GTK_WIDGET (f->window), 3);
    }
  g_assert_true (sc_screenshot_save (GTK_WIDGET (f->window), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  sc_test_close_window (f->window);
  f->window = NULL;
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  const char *dir = g_getenv ("SHOPCRAFT_SHOTS_DIR");
  const char *modes[] = { "light", "dark", "presentation" };

  if (dir == NULL || *dir == '\0')
    {
      g_test_skip ("set SHOPCRAFT_SHOTS_DIR to draw the page to PNGs");
      return;
    }

  /* As the app's own screenshots: GNOME's font, nothing half-animated. */
  g_object_set (gtk_settings_get_default (),
                "gtk-font-name", "Cantarell 11",
                "gtk-enable-animations", FALSE,
                NULL);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      shoot (f, dir, f->tee, 1280, 800, modes[i], FALSE);
      shoot (f, dir, f->tee, 1920, 1080, modes[i], FALSE);
    }
  /* Below the fold: pricing to SEO of the one-variant product, and the
   * variant table of the one with options. */
  shoot (f, dir, f->tee, 1280, 800, "light", TRUE);
  shoot (f, dir, f->tote, 1280, 800, "light", TRUE);
  shoot (f, dir, f->tote, 1920, 1080, "dark", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *course_dir = NULL;
  int status;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-product-page: no display\n");
      return 77;
    }

  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  g_setenv ("SHOPCRAFT_COURSE_DIR", course_dir, TRUE);
  sc_course_reader_init ();
  problems = sc_course_problems_new ();
  policy = sc_policy_load (course_dir, "policies/general-marketplace.xml", problems);
  g_assert_nonnull (policy);

  data_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (data_dir);
  learner = sc_test_new_learner (app, "Merchant");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/product-page/title-enter", test_title_enter);
  ADD ("/product-page/focus-out-commits", test_focus_out_commits);
  ADD ("/product-page/unchanged-logs-nothing", test_unchanged_logs_nothing);
  ADD ("/product-page/invalid-price", test_invalid_price);
  ADD ("/product-page/counter-too-long", test_counter_too_long);
  ADD ("/product-page/margin", test_margin);
  ADD ("/product-page/barcode-hint", test_barcode_hint);
  ADD ("/product-page/columns-wide", test_columns_wide);
  ADD ("/product-page/columns-narrow", test_columns_narrow);
  ADD ("/product-page/accessible-names", test_accessible_names);
  ADD ("/product-page/variant-table", test_variant_table);
  ADD ("/product-page/escape-reverts", test_escape_reverts);
  ADD ("/product-page/description", test_description);
  ADD ("/product-page/finding-focuses-field", test_finding_focuses_field);
  ADD ("/product-page/new-fields", test_new_fields_commit_or_revert);
  ADD ("/product-page/screenshots", test_screenshots);
#undef ADD

  status = g_test_run ();

  sc_learner_free (learner);
  sc_policy_free (policy);
  g_clear_object (&app);
  sc_test_remove_tree (data_dir);

  return status;
}
