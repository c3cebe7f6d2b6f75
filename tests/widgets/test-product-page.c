/* test-product-page.c - the product page commits one action a field, as a store admin does
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Enter and focus-out commit once, an unchanged value and typing alone
 * log nothing, a refused price says why under the field and logs
 * nothing, Escape takes back what was typed, the description commits
 * its source byte for byte, the variant table edits one variant, and a
 * field the store does not know yet goes back with the store's message.
 */
#include "config.h"

#include "product-page-test-util.h"

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

/* Every label's text in @widget, in order: what the side column shows. */
static char *
aside_text (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (widget, GTK_TYPE_LABEL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (text, "%s\n", gtk_label_get_text (labels->pdata[i]));

  return g_string_free (text, FALSE);
}

/* A choice commits at once, and the heading's badge follows. */
static void
test_status_choice (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ScCatalogProduct) product = NULL;
  GtkWidget *status;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  before = n_actions (f);
  status = find_input (f, "Status");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (status)), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 1);
  g_assert_cmpint (n_actions (f), ==, before + 1);
  g_assert_cmpuint (f->changed, ==, 1);
  product = stored (f, f->tee);
  g_assert_cmpint (product->status, ==, SC_PRODUCT_STATUS_DRAFT);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (find_input (f, "Status"))), ==, 1);
}

/* An option commits once it has a name and values: one action that
 * regenerates the variants, or the store's refusal with nothing kept. */
static void
test_option_commit (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *name;
  GtkWidget *values;
  gint64 before;

  show_page (f, f->tote, 1280, 800);
  before = n_actions (f);
  name = find_input (f, "Option 2 name");
  gtk_editable_set_text (GTK_EDITABLE (name), "Colour");
  g_signal_emit_by_name (name, "activate");

  /* A name alone is not an option yet: nothing is called or refused. */
  g_assert_cmpint (n_actions (f), ==, before);
  g_assert_false (gtk_widget_get_visible (field_line (name, TRUE)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Colour");

  values = find_input (f, "Option 2 values");
  gtk_editable_set_text (GTK_EDITABLE (values), "Natural, Black");
  g_signal_emit_by_name (values, "activate");
  if (n_actions (f) == before + 1)
    {
      g_assert_cmpuint (f->changed, ==, 1);
      g_assert_nonnull (find_input (f, "SKU of Small / Black"));
      g_assert_nonnull (find_input (f, "SKU of Large / Natural"));
    }
  else
    {
      g_assert_cmpint (n_actions (f), ==, before);
      values = find_input (f, "Option 2 values");
      g_assert_true (gtk_widget_get_visible (field_line (values, TRUE)));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (values)), ==, "");
      g_assert_cmpuint (f->changed, ==, 0);
    }
}

/* The side column shows what is typed before any commit. */
static void
test_live_preview (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *aside;
  g_autofree char *before_text = NULL;
  g_autofree char *typed_text = NULL;
  g_autofree char *long_title = g_strnfill (160, 'x');
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  aside = sc_test_find_widget (GTK_WIDGET (f->page), SC_TYPE_PRODUCT_ASIDE, NULL);
  before = n_actions (f);
  before_text = aside_text (aside);

  gtk_editable_set_text (GTK_EDITABLE (find_input (f, "Title")), long_title);
  typed_text = aside_text (aside);
  g_assert_cmpstr (typed_text, !=, before_text);
  g_assert_cmpint (n_actions (f), ==, before);

  /* Escape puts the stored product back in the side column too. */
  press_key (find_input (f, "Title"), GDK_KEY_Escape, 0);
  g_free (typed_text);
  typed_text = aside_text (aside);
  g_assert_cmpstr (typed_text, ==, before_text);
}

/* Typed text in the focused field when the window closes is committed
 * as the focus leaves, and nothing complains. */
static void
test_close_while_typing (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ScCatalogProduct) product = NULL;
  GtkWidget *vendor;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  before = n_actions (f);
  vendor = find_input (f, "Vendor");
  gtk_widget_grab_focus (vendor);
  gtk_editable_set_text (GTK_EDITABLE (vendor), "Eastwind");
  sc_test_close_window (f->window);
  f->window = NULL;

  g_assert_cmpint (n_actions (f), <=, before + 1);
  product = stored (f, f->tee);
  g_test_message ("closing the window %s the typed vendor",
                  n_actions (f) == before + 1 ? "committed" : "dropped");
  if (n_actions (f) == before + 1)
    g_assert_cmpstr (product->vendor, ==, "Eastwind");
  else
    g_assert_cmpstr (product->vendor, ==, "Northwind");
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
  /* No image at all: the way to add one. */
  g_signal_emit_by_name (aside, "finding-activated", "media", -1, -1);
  g_assert_true (GTK_IS_BUTTON (gtk_window_get_focus (f->window)));
  g_signal_emit_by_name (aside, "finding-activated", "title", -1, -1);
  g_assert_true (has_focus_in (f, find_input (f, "Title")));
}

/* The handle and the tick boxes commit as one action each; a handle
 * another product has is refused under the field and the saved one
 * comes back. */
static void
test_handle_and_ticks (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ScCatalogProduct) product = NULL;
  GtkWidget *handle;
  GtkWidget *track;
  gint64 before;

  show_page (f, f->tee, 1280, 800);
  before = n_actions (f);
  handle = find_input (f, "URL handle");
  gtk_editable_set_text (GTK_EDITABLE (handle), "organic-crew-tee");
  g_signal_emit_by_name (handle, "activate");
  g_assert_cmpint (n_actions (f), ==, before + 1);
  g_assert_cmpuint (f->changed, ==, 1);
  handle = find_input (f, "URL handle");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (handle)), ==, "organic-crew-tee");

  gtk_editable_set_text (GTK_EDITABLE (handle), "canvas-tote");
  g_signal_emit_by_name (handle, "activate");
  g_assert_cmpint (n_actions (f), ==, before + 1);
  handle = find_input (f, "URL handle");
  g_assert_true (gtk_widget_get_visible (field_line (handle, TRUE)));

  before = n_actions (f);
  track = find_input (f, "Continue selling when out of stock");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (track)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (track), TRUE);
  g_assert_cmpint (n_actions (f), ==, before + 1);
  track = find_input (f, "Continue selling when out of stock");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (track)));
  product = stored (f, f->tee);
  g_assert_cmpstr (product->handle, ==, "organic-crew-tee");
  g_assert_cmpint (((ScCatalogVariant *) product->variants->pdata[0])->inventory_policy, ==,
                   SC_INVENTORY_POLICY_CONTINUE);
}

/* A new option's values make the variant matrix: one action, and the
 * table shows a row per combination. */
static void
test_option_matrix (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ScCatalogProduct) product = NULL;
  GtkWidget *values;
  gint64 before;

  show_page (f, f->tote, 1280, 800);
  before = n_actions (f);
  values = find_input (f, "Option 1 values");
  gtk_editable_set_text (GTK_EDITABLE (values), "Small, Medium, Large");
  g_signal_emit_by_name (values, "activate");
  g_assert_cmpint (n_actions (f), ==, before + 1);

  product = stored (f, f->tote);
  g_assert_cmpuint (product->variants->len, ==, 3);
  /* The Large variant kept its row and so its fields; Medium is new. */
  g_assert_nonnull (find_input (f, "SKU of Medium"));
  g_assert_nonnull (find_input (f, "SKU of Large"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_input (f, "Option 1 values"))), ==,
                   "Small, Medium, Large");
}

int
main (int   argc,
      char *argv[])
{
  char *data_dir = product_page_test_init (&argc, &argv);
  int status;

  if (data_dir == NULL)
    {
      g_printerr ("test-product-page: no display\n");
      return 77;
    }

  PRODUCT_PAGE_TEST_ADD ("/product-page/title-enter", test_title_enter);
  PRODUCT_PAGE_TEST_ADD ("/product-page/focus-out-commits", test_focus_out_commits);
  PRODUCT_PAGE_TEST_ADD ("/product-page/unchanged-logs-nothing", test_unchanged_logs_nothing);
  PRODUCT_PAGE_TEST_ADD ("/product-page/invalid-price", test_invalid_price);
  PRODUCT_PAGE_TEST_ADD ("/product-page/variant-table", test_variant_table);
  PRODUCT_PAGE_TEST_ADD ("/product-page/status-choice", test_status_choice);
  PRODUCT_PAGE_TEST_ADD ("/product-page/option-commit", test_option_commit);
  PRODUCT_PAGE_TEST_ADD ("/product-page/live-preview", test_live_preview);
  PRODUCT_PAGE_TEST_ADD ("/product-page/close-while-typing", test_close_while_typing);
  PRODUCT_PAGE_TEST_ADD ("/product-page/escape-reverts", test_escape_reverts);
  PRODUCT_PAGE_TEST_ADD ("/product-page/description", test_description);
  PRODUCT_PAGE_TEST_ADD ("/product-page/finding-focuses-field", test_finding_focuses_field);
  PRODUCT_PAGE_TEST_ADD ("/product-page/handle-and-ticks", test_handle_and_ticks);
  PRODUCT_PAGE_TEST_ADD ("/product-page/option-matrix", test_option_matrix);

  status = g_test_run ();
  product_page_test_finish (data_dir);

  return status;
}
