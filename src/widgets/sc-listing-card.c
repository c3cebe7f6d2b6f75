/* sc-listing-card.c - how a product looks to a shopper in a collection grid
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first image (a local file is shown; a remote URL from an import is
 * a reference, never downloaded, so it shows as a placeholder), the title
 * clamped to two lines, the vendor and the price as a storefront shows
 * it: the lowest price, "From …" when the variants' prices differ, the
 * compare-at price struck through with a "Sale" badge when it is above
 * the price, and "Sold out" when no variant can be bought.
 *
 * Fed on every keystroke: each part is set only when its text changed,
 * and the picture is loaded only when the image's source changes.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-listing-card.h"

#define PICTURE_MIN_HEIGHT 120

struct _ScListingCard
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkWidget  *compare_at;
  GtkWidget  *picture;
  GtkWidget  *placeholder_label;
  GtkWidget  *price;
  GtkWidget  *sale_badge;
  GtkWidget  *sold_out_badge;
  GtkWidget  *stack;
  GtkWidget  *title;
  GtkWidget  *vendor;

  char       *media_dir;
  char       *picture_path;    /* the file the picture shows, or NULL */
  char       *image_label;     /* the accessible names last set */
  char       *price_label;
  gboolean    on_sale;
  gboolean    sold_out;
};

G_DEFINE_FINAL_TYPE (ScListingCard, sc_listing_card, GTK_TYPE_WIDGET)

/* Sets @text on @label unless it already shows it: no relayout per keystroke. */
static void
set_text (GtkWidget  *label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

/* Sets @widget's accessible name unless @cache says it has it already. */
static void
set_accessible_label (GtkWidget   *widget,
                      char       **cache,
                      const char  *text)
{
  if (g_strcmp0 (*cache, text) == 0)
    return;

  g_free (*cache);
  *cache = g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static const char *
currency_symbol (const ScCurrency *currency)
{
  static const struct { const char *code; const char *symbol; } symbols[] = {
    { "EUR", "€" }, { "USD", "$" }, { "GBP", "£" }, { "JPY", "¥" }, { "INR", "₹" },
    { "CAD", "CA$" }, { "AUD", "A$" }, { "CHF", "CHF " }, { "SEK", "SEK " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (currency != NULL && g_str_equal (symbols[i].code, currency->code))
      return symbols[i].symbol;

  return NULL;
}

/**
 * sc_listing_card_format_money:
 *
 * Returns: (transfer full): @money as a storefront writes it: "€1,234.50",
 *   or with the ISO code for a currency without a common symbol ("KWD 1.250")
 */
char *
sc_listing_card_format_money (ScMoney money)
{
  g_autofree char *amount = sc_money_format (money, '.', ',');
  const char *symbol = currency_symbol (money.currency);

  if (symbol != NULL)
    {
      if (amount[0] == '-')
        return g_strdup_printf ("-%s%s", symbol, amount + 1);
      return g_strconcat (symbol, amount, NULL);
    }

  return g_strdup_printf ("%s %s", money.currency != NULL ? money.currency->code : "", amount);
}

static gboolean
is_remote (const char *src)
{
  return strstr (src, "://") != NULL && !g_str_has_prefix (src, "file://");
}

/* The local file @src names, or NULL. */
static char *
local_path (ScListingCard *self,
            const char    *src)
{
  if (g_str_has_prefix (src, "file://"))
    return g_filename_from_uri (src, NULL, NULL);
  if (g_path_is_absolute (src))
    return g_strdup (src);
  if (self->media_dir != NULL)
    return g_build_filename (self->media_dir, src, NULL);

  return NULL;
}

static void
show_placeholder (ScListingCard *self,
                  const char    *text)
{
  set_text (self->placeholder_label, text);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "placeholder");
  set_accessible_label (self->stack, &self->image_label, text);
}

static void
update_image (ScListingCard          *self,
              const ScCatalogProduct *product)
{
  const ScCatalogImage *image;
  g_autofree char *path = NULL;

  if (product->images->len == 0 || ((ScCatalogImage *) product->images->pdata[0])->src == NULL)
    {
      show_placeholder (self, _("No image"));
      return;
    }

  image = g_ptr_array_index (product->images, 0);
  if (is_remote (image->src))
    {
      show_placeholder (self, _("Remote image, not downloaded"));
      return;
    }

  path = local_path (self, image->src);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      show_placeholder (self, _("Image file not found"));
      return;
    }

  if (g_strcmp0 (path, self->picture_path) != 0)
    {
      gtk_picture_set_filename (GTK_PICTURE (self->picture), path);
      g_free (self->picture_path);
  g_free (self->image_label);
  g_free (self->price_label);
      self->picture_path = g_steal_pointer (&path);
    }
  if (g_strcmp0 (gtk_picture_get_alternative_text (GTK_PICTURE (self->picture)), image->alt) != 0)
    gtk_picture_set_alternative_text (GTK_PICTURE (self->picture), image->alt);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "picture");
  set_accessible_label (self->stack, &self->image_label,
                        image->alt != NULL ? image->alt : _("Product image without alt text"));
}

static gboolean
can_be_bought (const ScCatalogVariant *variant)
{
  return !variant->track_quantity || variant->quantity > 0 ||
         variant->inventory_policy == SC_INVENTORY_POLICY_CONTINUE;
}

static void
update_price (ScListingCard          *self,
              const ScCatalogProduct *product)
{
  const ScCatalogVariant *lowest = NULL;
  gint64 highest = G_MININT64;
  gboolean on_sale = FALSE;
  gboolean sold_out = product->variants->len > 0;
  g_autofree char *price = NULL;
  g_autofree char *text = NULL;
  g_autofree char *compare_at = NULL;
  g_autofree char *accessible = NULL;

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);

      if (can_be_bought (variant))
        sold_out = FALSE;
      if (!variant->has_price)
        continue;
      if (variant->has_compare_at && variant->compare_at.minor > variant->price.minor)
        on_sale = TRUE;
      if (lowest == NULL || variant->price.minor < lowest->price.minor)
        lowest = variant;
      highest = MAX (highest, variant->price.minor);
    }

  if (lowest == NULL)
    {
      text = g_strdup (_("No price"));
    }
  else
    {
      price = sc_listing_card_format_money (lowest->price);
      /* TRANSLATORS: the lowest of a product's prices, when its variants' prices differ */
      text = highest > lowest->price.minor ? g_strdup_printf (_("From %s"), price)
                                           : g_strdup (price);
      if (lowest->has_compare_at && lowest->compare_at.minor > lowest->price.minor)
        compare_at = sc_listing_card_format_money (lowest->compare_at);
    }

  set_text (self->price, text);
  set_text (self->compare_at, compare_at != NULL ? compare_at : "");
  gtk_widget_set_visible (self->compare_at, compare_at != NULL);
  gtk_widget_set_visible (self->sale_badge, on_sale && !sold_out);
  gtk_widget_set_visible (self->sold_out_badge, sold_out);
  self->on_sale = on_sale && !sold_out;
  self->sold_out = sold_out;

  /* The strike-through is visual only: say it in words. */
  if (compare_at != NULL)
    accessible = g_strdup_printf (_("Price %s, was %s"), text, compare_at);
  else
    accessible = g_strdup_printf (_("Price %s"), text);
  set_accessible_label (self->price, &self->price_label, accessible);
}

/**
 * sc_listing_card_set_product:
 *
 * Shows @product; cheap when little changed since the last call.
 */
void
sc_listing_card_set_product (ScListingCard          *self,
                             const ScCatalogProduct *product)
{
  g_return_if_fail (SC_IS_LISTING_CARD (self));
  g_return_if_fail (product != NULL);

  set_text (self->title, product->title != NULL ? product->title : _("Untitled product"));
  set_text (self->vendor, product->vendor != NULL ? product->vendor : "");
  gtk_widget_set_visible (self->vendor, product->vendor != NULL);
  update_image (self, product);
  update_price (self, product);
}

/**
 * sc_listing_card_set_media_dir:
 * @media_dir: (nullable): the folder relative image paths are found in
 */
void
sc_listing_card_set_media_dir (ScListingCard *self,
                               const char    *media_dir)
{
  g_return_if_fail (SC_IS_LISTING_CARD (self));

  g_free (self->media_dir);
  self->media_dir = g_strdup (media_dir);
}

const char *
sc_listing_card_get_price (ScListingCard *self)
{
  g_return_val_if_fail (SC_IS_LISTING_CARD (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->price));
}

/**
 * sc_listing_card_get_compare_at:
 *
 * Returns: (nullable): the struck-through compare-at price, when shown
 */
const char *
sc_listing_card_get_compare_at (ScListingCard *self)
{
  g_return_val_if_fail (SC_IS_LISTING_CARD (self), NULL);

  if (!gtk_widget_get_visible (self->compare_at))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (self->compare_at));
}

gboolean
sc_listing_card_get_on_sale (ScListingCard *self)
{
  g_return_val_if_fail (SC_IS_LISTING_CARD (self), FALSE);

  return self->on_sale;
}

gboolean
sc_listing_card_get_sold_out (ScListingCard *self)
{
  g_return_val_if_fail (SC_IS_LISTING_CARD (self), FALSE);

  return self->sold_out;
}

static GtkWidget *
new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
new_badge (const char *text,
           const char *css_class,
           GtkAlign    halign)
{
  GtkWidget *badge = gtk_label_new (text);

  gtk_widget_add_css_class (badge, "sc-badge");
  gtk_widget_add_css_class (badge, css_class);
  gtk_widget_set_halign (badge, halign);
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_set_margin_top (badge, 8);
  gtk_widget_set_margin_start (badge, 8);
  gtk_widget_set_margin_end (badge, 8);
  gtk_widget_set_visible (badge, FALSE);

  return badge;
}

static void
build (ScListingCard *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *frame;
  GtkWidget *placeholder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("image-x-generic-symbolic");
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *prices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  PangoAttrList *strike = pango_attr_list_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_add_css_class (self->box, "sc-listing-card");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->picture = gtk_picture_new ();
  gtk_picture_set_content_fit (GTK_PICTURE (self->picture), GTK_CONTENT_FIT_COVER);
  gtk_picture_set_can_shrink (GTK_PICTURE (self->picture), TRUE);

  gtk_image_set_pixel_size (GTK_IMAGE (icon), 48);
  gtk_widget_add_css_class (icon, "dim-label");
  self->placeholder_label = new_label ("dim-label");
  gtk_label_set_xalign (GTK_LABEL (self->placeholder_label), 0.5);
  gtk_label_set_wrap (GTK_LABEL (self->placeholder_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->placeholder_label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_valign (placeholder, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (placeholder), icon);
  gtk_box_append (GTK_BOX (placeholder), self->placeholder_label);

  self->stack = g_object_new (GTK_TYPE_STACK, "accessible-role", GTK_ACCESSIBLE_ROLE_IMG, NULL);
  gtk_widget_add_css_class (self->stack, "sc-listing-card-image");
  gtk_widget_set_size_request (self->stack, -1, PICTURE_MIN_HEIGHT);
  gtk_stack_add_named (GTK_STACK (self->stack), self->picture, "picture");
  gtk_stack_add_named (GTK_STACK (self->stack), placeholder, "placeholder");
  /* A storefront grid's 4:3 tiles, whatever the picture's own shape. */
  frame = gtk_aspect_frame_new (0.5, 0.5, 4.0f / 3.0f, FALSE);
  gtk_aspect_frame_set_child (GTK_ASPECT_FRAME (frame), self->stack);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), frame);

  self->sale_badge = new_badge (_("Sale"), "sc-badge-sale", GTK_ALIGN_START);
  self->sold_out_badge = new_badge (_("Sold out"), "sc-badge-sold-out", GTK_ALIGN_END);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->sale_badge);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->sold_out_badge);
  gtk_box_append (GTK_BOX (self->box), overlay);

  self->title = new_label ("heading");
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (self->title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (self->title), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (self->title), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (self->title), 12);

  self->vendor = new_label ("dim-label");
  gtk_widget_add_css_class (self->vendor, "caption");
  gtk_label_set_ellipsize (GTK_LABEL (self->vendor), PANGO_ELLIPSIZE_END);

  self->price = new_label ("sc-listing-card-price");
  gtk_widget_set_name (self->price, "price");
  self->compare_at = new_label ("dim-label");
  pango_attr_list_insert (strike, pango_attr_strikethrough_new (TRUE));
  gtk_label_set_attributes (GTK_LABEL (self->compare_at), strike);
  pango_attr_list_unref (strike);
  /* Said in words by the price's accessible name. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->compare_at), GTK_ACCESSIBLE_STATE_HIDDEN,
                               TRUE, -1);
  gtk_widget_set_visible (self->compare_at, FALSE);
  gtk_box_append (GTK_BOX (prices), self->price);
  gtk_box_append (GTK_BOX (prices), self->compare_at);

  gtk_widget_add_css_class (text, "sc-listing-card-text");
  gtk_box_append (GTK_BOX (text), self->title);
  gtk_box_append (GTK_BOX (text), self->vendor);
  gtk_box_append (GTK_BOX (text), prices);
  gtk_box_append (GTK_BOX (self->box), text);
}

static void
sc_listing_card_dispose (GObject *object)
{
  ScListingCard *self = SC_LISTING_CARD (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (sc_listing_card_parent_class)->dispose (object);
}

static void
sc_listing_card_finalize (GObject *object)
{
  ScListingCard *self = SC_LISTING_CARD (object);

  g_free (self->media_dir);
  g_free (self->picture_path);
  g_free (self->image_label);
  g_free (self->price_label);

  G_OBJECT_CLASS (sc_listing_card_parent_class)->finalize (object);
}

static void
sc_listing_card_class_init (ScListingCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_listing_card_dispose;
  object_class->finalize = sc_listing_card_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sc-listing-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sc_listing_card_init (ScListingCard *self)
{
  build (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Storefront card preview"), -1);
}

GtkWidget *
sc_listing_card_new (void)
{
  return g_object_new (SC_TYPE_LISTING_CARD, NULL);
}
