/* test-product-aside.c - the product page's side column: previews, checklist and score
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A product with a too-long title and no image shows both findings with
 * their texts and a score of 100 - 2 × 25; the title fixed in a new
 * set_product call drops its finding; activating a row emits
 * ::finding-activated with the finding's field, variant and image. The
 * card shows "Sale" with the compare-at price struck through, "From …"
 * when prices differ, "Sold out" when nothing can be bought; the search
 * preview cuts the SEO title at the policy's limit with "…".
 *
 * SHOPCRAFT_ASIDE_SHOTS=DIR saves aside-light.png, aside-dark.png and
 * aside-presentation.png in DIR, to look at.
 */
#include "config.h"

#include <string.h>

#include "sc-lint-checklist.h"
#include "sc-listing-card.h"
#include "sc-product-aside.h"
#include "sc-screenshot.h"
#include "sc-search-preview.h"
#include "widget-test-util.h"

#define DESCRIPTION \
  "<p>A crew neck sweater knitted from fine <strong>merino wool</strong>: warm in winter, " \
  "breathable in spring, and soft enough to wear next to the skin.</p>" \
  "<ul><li>100% merino wool, 18.5 micron</li><li>Machine wash cold, dry flat</li></ul>"

static ScApplication *app;
static GPtrArray *policies;
static char *tmp_dir;

static const ScPolicy *
general_policy (void)
{
  for (guint i = 0; i < policies->len; i++)
    if (g_str_equal (sc_policy_get_id (policies->pdata[i]), "general-marketplace"))
      return policies->pdata[i];

  g_assert_not_reached ();
}

static ScCatalogVariant *
make_variant (const char *size,
              const char *sku)
{
  const ScCurrency *eur = sc_currency_lookup ("EUR");
  ScCatalogVariant *variant = sc_catalog_variant_new (eur);

  sc_catalog_variant_set_option_value (variant, 0, size);
  variant->sku = g_strdup (sku);
  variant->has_price = TRUE;
  variant->price = sc_money_init (5900, eur);
  variant->has_cost = TRUE;
  variant->cost = sc_money_init (2200, eur);
  variant->track_quantity = TRUE;
  variant->quantity = 10;

  return variant;
}

/* A small picture of the product, written as a PNG the card can show. */
static char *
write_picture (void)
{
  const int side = 64;
  g_autofree guchar *pixels = g_malloc (side * side * 3);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  char *path = g_build_filename (tmp_dir, "sweater.png", NULL);

  for (int y = 0; y < side; y++)
    for (int x = 0; x < side; x++)
      {
        guchar *p = pixels + (y * side + x) * 3;
        gboolean knit = ((x / 4) + (y / 6)) % 2 == 0;

        p[0] = knit ? 40 : 52;
        p[1] = knit ? 62 : 76;
        p[2] = knit ? 110 + y : 130 + y;
      }
  bytes = g_bytes_new_take (g_steal_pointer (&pixels), side * side * 3);
  texture = gdk_memory_texture_new (side, side, GDK_MEMORY_R8G8B8, bytes, side * 3);
  g_assert_true (gdk_texture_save_to_png (texture, path));

  return path;
}

/* Clean under the general policy. */
static ScCatalogProduct *
make_product (void)
{
  ScCatalogProduct *product = sc_catalog_product_new ("merino-wool-crew-sweater");
  ScCatalogOption *size = sc_catalog_option_new ("Size");
  g_autofree char *picture = write_picture ();

  product->title = g_strdup ("Merino Wool Crew Neck Sweater for Men");
  product->description = g_strdup (DESCRIPTION);
  product->vendor = g_strdup ("Northwind");
  product->category = g_strdup ("Apparel & Accessories > Clothing > Sweaters");
  product->status = SC_PRODUCT_STATUS_ACTIVE;
  product->seo_title = g_strdup ("Merino Wool Crew Neck Sweater | Northwind");
  product->seo_description = g_strdup ("Fine merino crew neck sweater: warm, breathable, soft. "
                                       "Machine washable. Sizes S and M.");
  sc_catalog_option_add_value (size, "S");
  sc_catalog_option_add_value (size, "M");
  g_ptr_array_add (product->options, size);
  g_ptr_array_add (product->variants, make_variant ("S", "NW-MER-S"));
  g_ptr_array_add (product->variants, make_variant ("M", "NW-MER-M"));
  g_ptr_array_add (product->images, sc_catalog_image_new (picture, "Navy merino crew neck sweater"));

  return product;
}

#define V(p, i) ((ScCatalogVariant *) g_ptr_array_index ((p)->variants, (i)))

static char *
text_of_length (guint length)
{
  GString *text = g_string_new (NULL);

  while (text->len < length)
    g_string_append (text, "Merino wool sweater ");
  g_string_truncate (text, length);

  return g_string_free (text, FALSE);
}

typedef struct
{
  GtkWindow      *window;
  ScProductAside *aside;
  ScCatalog      *catalog;
} Shown;

static void
shown_clear (Shown *shown)
{
  sc_test_close_window (shown->window);
  g_clear_object (&shown->catalog);
}

static void
show (Shown *shown)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  shown->catalog = sc_catalog_new (sc_currency_lookup ("EUR"));
  shown->aside = SC_PRODUCT_ASIDE (sc_product_aside_new ());
  shown->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (shown->window, GTK_APPLICATION (app));
  gtk_window_set_default_size (shown->window, 400, 1100);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 360);
  gtk_widget_set_margin_top (GTK_WIDGET (shown->aside), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (shown->aside), 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (shown->aside));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_window_set_child (shown->window, scroller);
  gtk_window_present (shown->window);
}

static ScLintChecklist *
checklist_of (Shown *shown)
{
  return SC_LINT_CHECKLIST (sc_product_aside_get_checklist (shown->aside));
}

static GtkWidget *
find_row (Shown      *shown,
          const char *rule)
{
  g_autoptr(GPtrArray) rows = sc_lint_checklist_get_rows (checklist_of (shown));

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (gtk_widget_get_name (rows->pdata[i]), rule))
      return rows->pdata[i];

  return NULL;
}

/* Every label's text below @root, in order, joined by newlines. */
static void
collect_text (GtkWidget *root,
              GString   *out)
{
  if (!gtk_widget_get_visible (root))
    return;
  if (GTK_IS_LABEL (root))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (root)));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static char *
shown_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_text (root, out);
  return g_string_free (out, FALSE);
}

static void
assert_shows (GtkWidget  *root,
              const char *text)
{
  g_autofree char *all = shown_text (root);

  if (strstr (all, text) == NULL)
    g_error ("“%s” is not shown; the widget shows:\n%s", text, all);
}

static void
assert_not_shown (GtkWidget  *root,
                  const char *text)
{
  g_autofree char *all = shown_text (root);

  if (strstr (all, text) != NULL)
    g_error ("“%s” is shown but should not be; the widget shows:\n%s", text, all);
}

static void
test_findings_and_score (void)
{
  g_autoptr(ScCatalogProduct) product = make_product ();
  g_autoptr(GPtrArray) findings = NULL;
  Shown shown = { 0, };
  GtkWidget *checklist;
  GtkWidget *title_row;
  GtkWidget *image_row;

  show (&shown);
  checklist = GTK_WIDGET (checklist_of (&shown));

  g_free (product->title);
  product->title = text_of_length (160);
  g_ptr_array_set_size (product->images, 0);
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());

  findings = sc_lint_product (product, shown.catalog, general_policy ());
  g_assert_cmpuint (findings->len, ==, 2);
  g_assert_cmpuint (sc_lint_checklist_get_score (SC_LINT_CHECKLIST (checklist)), ==,
                    SC_LINT_SCORE_MAX - 2 * SC_LINT_PENALTY_ERROR);
  assert_shows (checklist, "Quality 50 / 100");
  assert_shows (checklist, "2 errors");
  assert_shows (checklist, "Title is 160 characters; this marketplace allows 150");
  assert_shows (checklist, sc_lint_rule_get_why (sc_lint_lookup_rule ("title-length")));
  assert_shows (checklist, "Listings without an image are hidden from search");
  assert_not_shown (checklist, "No problems found");
  assert_not_shown (checklist, "warning");

  title_row = find_row (&shown, "title-length");
  image_row = find_row (&shown, "image-missing");
  g_assert_nonnull (title_row);
  g_assert_nonnull (image_row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (title_row)));
  g_assert_true (gtk_widget_get_focusable (title_row));
  gtk_test_accessible_assert_property (title_row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Error: Title is 160 characters; this marketplace allows 150. "
                                       "Marketplaces cut or refuse titles outside their length limits.");
  gtk_test_accessible_assert_property (sc_test_find_widget (checklist, GTK_TYPE_LEVEL_BAR, NULL),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Quality 50 / 100");
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (sc_test_find_widget (
                       checklist, GTK_TYPE_LEVEL_BAR, NULL))), ==, 50);

  /* A keystroke that keeps the title too long changes the message in place. */
  g_free (product->title);
  product->title = text_of_length (161);
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  g_assert_true (find_row (&shown, "title-length") == title_row);
  assert_shows (checklist, "Title is 161 characters; this marketplace allows 150");
  assert_not_shown (checklist, "Title is 160 characters");

  /* The title fixed: its finding goes, the image's stays. */
  g_free (product->title);
  product->title = g_strdup ("Merino Wool Crew Neck Sweater for Men");
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  g_assert_null (find_row (&shown, "title-length"));
  g_assert_nonnull (find_row (&shown, "image-missing"));
  assert_shows (checklist, "Quality 75 / 100");
  assert_shows (checklist, "1 error");
  assert_not_shown (checklist, "Title is");

  shown_clear (&shown);
}

static void
test_clean (void)
{
  g_autoptr(ScCatalogProduct) product = make_product ();
  Shown shown = { 0, };
  GtkWidget *checklist;

  show (&shown);
  checklist = GTK_WIDGET (checklist_of (&shown));
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());

  assert_shows (checklist, "No problems found");
  assert_shows (checklist, "Quality 100 / 100");
  g_assert_null (find_row (&shown, "title-length"));

  /* Without a policy nothing is checked, and it says so. */
  sc_product_aside_set_product (shown.aside, product, shown.catalog, NULL);
  assert_shows (GTK_WIDGET (shown.aside), "No marketplace policy is chosen");
  assert_not_shown (GTK_WIDGET (shown.aside), "No problems found");
  assert_shows (GTK_WIDGET (shown.aside), "Merino Wool Crew Neck Sweater | Northwind");

  shown_clear (&shown);
}

typedef struct
{
  char *field;
  int   variant;
  int   image;
  guint count;
} Activated;

static void
finding_activated_cb (ScProductAside *aside,
                      const char     *field,
                      int             variant,
                      int             image,
                      Activated      *activated)
{
  g_free (activated->field);
  activated->field = g_strdup (field);
  activated->variant = variant;
  activated->image = image;
  activated->count++;
}

static void
test_activate (void)
{
  g_autoptr(ScCatalogProduct) product = make_product ();
  Activated activated = { NULL, 0, 0, 0 };
  Shown shown = { 0, };
  GtkWidget *row;

  show (&shown);
  g_signal_connect (shown.aside, "finding-activated", G_CALLBACK (finding_activated_cb),
                    &activated);

  g_free (product->title);
  product->title = text_of_length (160);
  g_clear_pointer (&V (product, 1)->sku, g_free);
  g_clear_pointer (&((ScCatalogImage *) product->images->pdata[0])->alt, g_free);
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());

  /* Enter on a focused row and a click both activate it. */
  row = find_row (&shown, "title-length");
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpuint (activated.count, ==, 1);
  g_assert_cmpstr (activated.field, ==, "title");
  g_assert_cmpint (activated.variant, ==, -1);
  g_assert_cmpint (activated.image, ==, -1);

  g_assert_true (gtk_widget_activate (find_row (&shown, "sku-missing")));
  g_assert_cmpstr (activated.field, ==, "variants.sku");
  g_assert_cmpint (activated.variant, ==, 1);
  g_assert_cmpint (activated.image, ==, -1);

  /* The keyboard's way: the focused row is the list's cursor, Enter activates it. */
  row = find_row (&shown, "image-alt-missing");
  sc_test_settle (GTK_WIDGET (shown.window), 1);
  g_assert_true (gtk_widget_grab_focus (row));
  g_signal_emit_by_name (gtk_widget_get_parent (row), "activate-cursor-row");
  g_assert_cmpstr (activated.field, ==, "media.alt");
  g_assert_cmpint (activated.variant, ==, -1);
  g_assert_cmpint (activated.image, ==, 0);
  g_assert_cmpuint (activated.count, ==, 3);

  g_free (activated.field);
  shown_clear (&shown);
}

static void
test_card (void)
{
  g_autoptr(ScCatalogProduct) product = make_product ();
  Shown shown = { 0, };
  ScListingCard *card;

  show (&shown);
  card = SC_LISTING_CARD (sc_product_aside_get_card (shown.aside));

  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  g_assert_cmpstr (sc_listing_card_get_price (card), ==, "€59.00");
  g_assert_null (sc_listing_card_get_compare_at (card));
  g_assert_false (sc_listing_card_get_on_sale (card));
  assert_not_shown (GTK_WIDGET (card), "Sale");
  assert_shows (GTK_WIDGET (card), "Northwind");
  assert_shows (GTK_WIDGET (card), "Merino Wool Crew Neck Sweater for Men");

  /* Compare-at above the price: struck through, with a Sale badge. */
  for (guint i = 0; i < product->variants->len; i++)
    {
      V (product, i)->has_compare_at = TRUE;
      V (product, i)->compare_at = sc_money_init (7900, sc_currency_lookup ("EUR"));
    }
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  g_assert_true (sc_listing_card_get_on_sale (card));
  g_assert_cmpstr (sc_listing_card_get_compare_at (card), ==, "€79.00");
  assert_shows (GTK_WIDGET (card), "Sale");
  assert_shows (GTK_WIDGET (card), "€79.00");
  gtk_test_accessible_assert_property (sc_test_find_widget (GTK_WIDGET (card), GTK_TYPE_LABEL,
                                                            "price"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Price €59.00, was €79.00");

  /* Prices that differ: the lowest, as "From". */
  V (product, 1)->price.minor = 6400;
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  g_assert_cmpstr (sc_listing_card_get_price (card), ==, "From €59.00");

  /* Every tracked variant at zero, denying oversells: sold out. */
  V (product, 0)->quantity = 0;
  V (product, 1)->quantity = 0;
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  g_assert_true (sc_listing_card_get_sold_out (card));
  g_assert_false (sc_listing_card_get_on_sale (card));
  assert_shows (GTK_WIDGET (card), "Sold out");
  assert_not_shown (GTK_WIDGET (card), "Sale\n");

  /* One variant that continues selling: not sold out. */
  V (product, 1)->inventory_policy = SC_INVENTORY_POLICY_CONTINUE;
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  g_assert_false (sc_listing_card_get_sold_out (card));
  assert_not_shown (GTK_WIDGET (card), "Sold out");

  /* No image, and a remote one that is never downloaded. */
  g_ptr_array_set_size (product->images, 0);
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  assert_shows (GTK_WIDGET (card), "No image");
  g_ptr_array_add (product->images, sc_catalog_image_new ("https://cdn.example.com/sweater.jpg",
                                                          "Sweater"));
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  assert_shows (GTK_WIDGET (card), "Remote image, not downloaded");

  shown_clear (&shown);
}

static void
test_search_preview (void)
{
  g_autoptr(ScCatalogProduct) product = make_product ();
  g_autofree char *seo_title = text_of_length (90);
  g_autofree char *expected = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *head = NULL;
  Shown shown = { 0, };
  ScSearchPreview *preview;

  show (&shown);
  preview = SC_SEARCH_PREVIEW (sc_product_aside_get_search_preview (shown.aside));

  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  g_assert_cmpstr (sc_search_preview_get_url (preview), ==,
                   "your-shop.example › products › merino-wool-crew-sweater");
  g_assert_cmpstr (sc_search_preview_get_title (preview), ==,
                   "Merino Wool Crew Neck Sweater | Northwind");
  g_assert_cmpstr (sc_search_preview_get_title_count (preview), ==,
                   "SEO title: 41 / 70 characters");

  /* Too long: cut at the policy's 70 characters, with "…". */
  g_free (product->seo_title);
  product->seo_title = g_strdup (seo_title);
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  head = g_strndup (seo_title, 70);
  g_strchomp (head);
  expected = g_strconcat (head, "…", NULL);
  g_assert_cmpstr (sc_search_preview_get_title (preview), ==, expected);
  g_assert_cmpint (g_utf8_strlen (sc_search_preview_get_title (preview), -1), <=, 71);
  g_assert_cmpstr (sc_search_preview_get_title_count (preview), ==,
                   "SEO title: 90 / 70 characters — too long");
  g_assert_true (gtk_widget_has_css_class (sc_test_find_widget (GTK_WIDGET (preview),
                                                                GTK_TYPE_LABEL, "title-count"),
                                           "warning"));

  /* No SEO fields: the title and the description's words stand in. */
  g_clear_pointer (&product->seo_title, g_free);
  g_clear_pointer (&product->seo_description, g_free);
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  g_assert_cmpstr (sc_search_preview_get_title (preview), ==,
                   "Merino Wool Crew Neck Sweater for Men");
  g_assert_true (g_str_has_prefix (sc_search_preview_get_description (preview),
                                   "A crew neck sweater knitted from fine merino wool: warm"));
  g_assert_true (g_str_has_suffix (sc_search_preview_get_description (preview), "…"));
  g_assert_cmpstr (sc_search_preview_get_title_count (preview), ==,
                   "SEO title: not set, shown from the product: 37 / 70 characters");

  g_assert_false (gtk_widget_has_css_class (sc_test_find_widget (GTK_WIDGET (preview),
                                                                 GTK_TYPE_LABEL, "title-count"),
                                            "warning"));

  cut = sc_search_preview_cut ("Ünïcödé wörds", 7);
  g_assert_cmpstr (cut, ==, "Ünïcödé…");

  shown_clear (&shown);
}

static void
save_shot (Shown      *shown,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *dir = g_getenv ("SHOPCRAFT_ASIDE_SHOTS");

  sc_test_settle (GTK_WIDGET (shown->window), 3);
  path = g_build_filename (dir != NULL ? dir : tmp_dir, name, NULL);
  g_assert_true (sc_screenshot_save (GTK_WIDGET (shown->window), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* The three looks render: light, dark, and presentation mode's large text. */
static void
test_screenshots (void)
{
  g_autoptr(ScCatalogProduct) product = make_product ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  Shown shown = { 0, };
  int light_height;

  g_free (product->title);
  product->title = g_strdup ("Merino Wool Crew Neck Sweater for Men, Navy Blue, Ribbed Cuffs "
                             "and Hem, Machine Washable, Regular Fit in Sizes S to XL, "
                             "Knitted in Portugal from Mulesing-free Wool");
  g_clear_pointer (&V (product, 1)->sku, g_free);
  g_clear_pointer (&product->seo_description, g_free);
  for (guint i = 0; i < product->variants->len; i++)
    {
      V (product, i)->has_compare_at = TRUE;
      V (product, i)->compare_at = sc_money_init (7900, sc_currency_lookup ("EUR"));
    }
  V (product, 1)->price.minor = 6400;

  show (&shown);
  sc_product_aside_set_product (shown.aside, product, shown.catalog, general_policy ());
  save_shot (&shown, "aside-light.png");
  light_height = gtk_widget_get_height (GTK_WIDGET (shown.aside));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  save_shot (&shown, "aside-dark.png");
  g_assert_true (adw_style_manager_get_dark (style));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_widget_add_css_class (GTK_WIDGET (shown.window), "presentation");
  gtk_window_set_default_size (shown.window, 560, 1500);
  save_shot (&shown, "aside-presentation.png");
  /* Larger text makes the column taller. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (shown.aside)), >, light_height);

  shown_clear (&shown);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *course_dir = NULL;
  int result;

  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("No display: skipping the product aside tests.\n");
      return 77;
    }

  tmp_dir = sc_test_make_tmp_dir ();
  app = sc_test_app_new (tmp_dir);
  course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                 "ecommerce-operations", NULL);
  policies = sc_policy_load_all (course_dir, problems);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);

  g_test_add_func ("/product-aside/findings-and-score", test_findings_and_score);
  g_test_add_func ("/product-aside/clean", test_clean);
  g_test_add_func ("/product-aside/activate", test_activate);
  g_test_add_func ("/product-aside/card", test_card);
  g_test_add_func ("/product-aside/search-preview", test_search_preview);
  g_test_add_func ("/product-aside/screenshots", test_screenshots);

  result = g_test_run ();

  g_ptr_array_unref (policies);
  g_object_unref (app);
  sc_test_remove_tree (tmp_dir);
  g_free (tmp_dir);

  return result;
}
