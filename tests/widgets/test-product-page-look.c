/* test-product-page-look.c - the product page shows what a store admin shows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Counters from the policy ("72 / 70 — too long"), profit and margin,
 * the GTIN hint, a SKU another product uses, two columns at 1280 px and one at 900 px, an accessible
 * name on every input, thumbnails and remote placeholders. With
 * SHOPCRAFT_SHOTS_DIR set, the page is drawn to PNGs there at 1280×800
 * and 1920×1080 in light, dark and presentation mode.
 */
#include "config.h"

#include "product-page-test-util.h"

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

/* Quantity and what happens at zero wait for "Track quantity". */
static void
test_untracked_quantity (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *quantity;

  /* With options, stock is per variant, in the table. */
  show_page (f, f->tote, 1280, 800);
  g_assert_false (gtk_widget_is_visible (find_input (f, "Quantity")));
  g_assert_true (gtk_widget_is_visible (find_input (f, "Quantity of Large")));
  sc_test_close_window (f->window);
  f->window = NULL;

  show_page (f, f->tee, 1280, 800);
  quantity = find_input (f, "Quantity");
  g_assert_true (gtk_widget_is_sensitive (quantity));
  /* Unticking is a commit too (or its refusal, which ticks it back). */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_input (f, "Track quantity")), FALSE);
  quantity = find_input (f, "Quantity");
  g_assert_cmpint (gtk_widget_is_sensitive (quantity), ==,
                   gtk_check_button_get_active (GTK_CHECK_BUTTON (find_input (f, "Track quantity"))));
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

/* Whether the side column's checklist has a line saying @text. */
static gboolean
checklist_says (Fixture    *f,
                const char *text)
{
  GtkWidget *aside = sc_test_find_widget (GTK_WIDGET (f->page), SC_TYPE_PRODUCT_ASIDE, NULL);
  GtkWidget *checklist = sc_product_aside_get_checklist (SC_PRODUCT_ASIDE (aside));
  g_autoptr(GPtrArray) labels = sc_test_find_widgets (checklist, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_visible (labels->pdata[i]) &&
        g_strcmp0 (gtk_label_get_text (GTK_LABEL (labels->pdata[i])), text) == 0)
      return TRUE;

  return FALSE;
}

/* After a commit the side column counts the SKUs of the store's other
 * products (the page's SKU index, rebuilt at each load), never the
 * product's own stored self: two variants, not three. */
static void
test_duplicate_sku (Fixture       *f,
                    gconstpointer  data)
{
  const char *twice = "SKU “TEE-ORG-1” of variant 1 is used by 2 variants; give each its own";
  GtkWidget *sku;

  show_page (f, f->tee, 1280, 800);
  g_assert_false (checklist_says (f, twice));
  sc_test_close_window (f->window);
  f->window = NULL;

  show_page (f, f->tote, 1280, 800);
  sku = find_input (f, "SKU of Small");
  gtk_editable_set_text (GTK_EDITABLE (sku), "TEE-ORG-1");
  g_signal_emit_by_name (sku, "activate");
  g_assert_cmpint (n_actions (f), >, 0);
  g_assert_true (checklist_says (f, twice));
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

/* The visible label of the field holding the focus, or NULL. */
static const char *
focused_field (Fixture *f)
{
  GtkWidget *focus = gtk_window_get_focus (f->window);

  for (GtkWidget *each = focus; each != NULL; each = gtk_widget_get_parent (each))
    if (gtk_widget_has_css_class (each, "sc-field"))
      return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (each)));

  return NULL;
}

/* Tab goes down the main column, card by card, then down the side. */
static void
test_tab_order (Fixture       *f,
                gconstpointer  data)
{
  const char *expected[] = {
    "Title", "Description", "Alt text of image 1", "Price", "Compare-at price", "Cost per item",
    "Track quantity", "Quantity", "SKU (Stock Keeping Unit)", "Weight", "Option 1 name",
    "Page title", "Meta description", "URL handle", "Status", "Product type", "Vendor", "Tags",
  };
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  guint next = 0;

  show_page (f, f->tee, 1280, 800);
  gtk_widget_grab_focus (find_input (f, "Title"));
  for (guint step = 0; step < 200 && next < G_N_ELEMENTS (expected); step++)
    {
      const char *label = focused_field (f);

      if (g_strcmp0 (label, expected[next]) == 0)
        next++;
      if (label != NULL)
        g_ptr_array_add (seen, g_strdup (label));
      if (!gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD))
        break;
    }

  if (next < G_N_ELEMENTS (expected))
    {
      g_ptr_array_add (seen, NULL);
      g_error ("Tab did not reach “%s” in order; it went %s", expected[next],
               g_strjoinv (" → ", (char **) seen->pdata));
    }
}

/* A local file is a thumbnail; a remote URL a placeholder, named. */
static void
test_media (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) pictures = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  guint remote = 0;

  show_page (f, f->tee, 1280, 800);
  /* The media card's own; the side column's storefront card shows the
   * first picture too (test-product-aside.c). */
  pictures = sc_test_find_widgets (GTK_WIDGET (f->page), GTK_TYPE_PICTURE);
  for (guint i = pictures->len; i > 0; i--)
    if (gtk_widget_get_ancestor (pictures->pdata[i - 1], SC_TYPE_PRODUCT_ASIDE) != NULL)
      g_ptr_array_remove_index (pictures, i - 1);
  g_assert_cmpuint (pictures->len, ==, 1);
  g_assert_nonnull (gtk_picture_get_paintable (pictures->pdata[0]));

  labels = sc_test_find_widgets (GTK_WIDGET (f->page), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (labels->pdata[i]), "Remote image") &&
        gtk_widget_get_ancestor (labels->pdata[i], SC_TYPE_PRODUCT_ASIDE) == NULL)
      remote++;
  g_assert_cmpuint (remote, ==, 2);

  /* Alt text, in order, each its own field. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_input (f, "Alt text of image 1"))), ==,
                   "Front of the T-shirt");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_input (f, "Alt text of image 2"))), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_input (f, "Alt text of image 3"))), ==,
                   "Folded T-shirt");
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
  shoot (f, dir, f->tee, 900, 800, "light", FALSE);
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
  char *data_dir = product_page_test_init (&argc, &argv);
  int status;

  if (data_dir == NULL)
    {
      g_printerr ("test-product-page-look: no display\n");
      return 77;
    }

  PRODUCT_PAGE_TEST_ADD ("/product-page/counter-too-long", test_counter_too_long);
  PRODUCT_PAGE_TEST_ADD ("/product-page/margin", test_margin);
  PRODUCT_PAGE_TEST_ADD ("/product-page/barcode-hint", test_barcode_hint);
  PRODUCT_PAGE_TEST_ADD ("/product-page/duplicate-sku", test_duplicate_sku);
  PRODUCT_PAGE_TEST_ADD ("/product-page/columns-wide", test_columns_wide);
  PRODUCT_PAGE_TEST_ADD ("/product-page/columns-narrow", test_columns_narrow);
  PRODUCT_PAGE_TEST_ADD ("/product-page/accessible-names", test_accessible_names);
  PRODUCT_PAGE_TEST_ADD ("/product-page/media", test_media);
  PRODUCT_PAGE_TEST_ADD ("/product-page/untracked-quantity", test_untracked_quantity);
  PRODUCT_PAGE_TEST_ADD ("/product-page/tab-order", test_tab_order);
  PRODUCT_PAGE_TEST_ADD ("/product-page/screenshots", test_screenshots);

  status = g_test_run ();
  product_page_test_finish (data_dir);

  return status;
}
