/* sc-product-aside.c - the side column of a product page: previews, lint checklist and quality score
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three sections under their headings: the storefront card
 * (sc-listing-card.c), the search result (sc-search-preview.c) and the
 * listing's quality with its findings (sc-lint-checklist.c). The page
 * calls sc_product_aside_set_product_indexed () on every keystroke with a
 * copy of the product holding the typed text and the SKU index of the
 * other products (sc-lint-index.h): that lints the one product, in time
 * proportional to it alone, and lets each section set only what changed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-lint-checklist.h"
#include "sc-listing-card.h"
#include "sc-product-aside.h"
#include "sc-search-preview.h"

/* The badges' shapes and colours, from libadwaita's named colours so the
 * dark style and high contrast follow; sizes in em so presentation mode
 * scales them with the text. */
static const char aside_css[] =
  ".sc-listing-card { padding: 0; }\n"
  ".sc-listing-card-image { background-color: alpha(currentColor, 0.06); }\n"
  ".sc-listing-card-text { padding: 0.75em; }\n"
  ".sc-listing-card-price { font-weight: bold; }\n"
  ".sc-badge { padding: 0.15em 0.6em; border-radius: 999px; font-weight: bold;"
  " font-size: 0.85em; }\n"
  ".sc-badge-sale { background-color: @error_bg_color; color: @error_fg_color; }\n"
  ".sc-badge-sold-out { background-color: @window_fg_color; color: @window_bg_color; }\n"
  ".sc-search-result { padding: 0.75em; }\n"
  ".sc-lint-row { padding: 0.5em 0.75em; }\n"
  "window.presentation sc-lint-checklist image { -gtk-icon-size: 24px; }\n";

struct _ScProductAside
{
  AdwBin     parent_instance;

  GtkWidget *card;
  GtkWidget *checklist;
  GtkWidget *no_policy;
  GtkWidget *search;
};

G_DEFINE_FINAL_TYPE (ScProductAside, sc_product_aside, ADW_TYPE_BIN)

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
finding_activated_cb (ScProductAside *self,
                      const char     *field,
                      int             variant,
                      int             image)
{
  g_signal_emit (self, signals[FINDING_ACTIVATED], 0, field, variant, image);
}

static void
install_css (void)
{
  static GdkDisplay *installed_on;
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || display == installed_on)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, aside_css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  installed_on = display;
}

static GtkWidget *
add_section (GtkWidget  *box,
             const char *title,
             GtkWidget  *child)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);
  gtk_box_append (GTK_BOX (section), heading);
  gtk_box_append (GTK_BOX (section), child);
  gtk_box_append (GTK_BOX (box), section);

  return section;
}

static void
sc_product_aside_class_init (ScProductAsideClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "sc-product-aside");

  /**
   * ScProductAside::finding-activated:
   * @field: the field the finding points at ("title", "variants.sku", …)
   * @variant: the 0-based variant it is about, or -1
   * @image: the 0-based image it is about, or -1
   *
   * Emitted when the learner activates a finding, so the page can move
   * the focus to the field to fix.
   */
  signals[FINDING_ACTIVATED] = g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT, G_TYPE_INT);
}

static void
sc_product_aside_init (ScProductAside *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *quality = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  install_css ();

  self->card = sc_listing_card_new ();
  self->search = sc_search_preview_new ();
  self->checklist = sc_lint_checklist_new ();
  self->no_policy = gtk_label_new (_("No marketplace policy is chosen, so the listing is not checked."));
  gtk_label_set_wrap (GTK_LABEL (self->no_policy), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->no_policy), 0);
  gtk_widget_add_css_class (self->no_policy, "dim-label");
  gtk_widget_set_visible (self->no_policy, FALSE);
  gtk_box_append (GTK_BOX (quality), self->no_policy);
  gtk_box_append (GTK_BOX (quality), self->checklist);

  g_signal_connect_object (self->checklist, "finding-activated",
                           G_CALLBACK (finding_activated_cb), self, G_CONNECT_SWAPPED);

  add_section (box, _("Storefront card"), self->card);
  add_section (box, _("Search result"), self->search);
  add_section (box, _("Listing quality"), quality);
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
sc_product_aside_new (void)
{
  return g_object_new (SC_TYPE_PRODUCT_ASIDE, NULL);
}

/* @findings: (nullable): @product's findings under @policy */
static void
show_product (ScProductAside         *self,
              const ScCatalogProduct *product,
              const ScPolicy         *policy,
              GPtrArray              *findings)
{
  sc_listing_card_set_product (SC_LISTING_CARD (self->card), product);
  sc_search_preview_set_product (SC_SEARCH_PREVIEW (self->search), product, policy);

  gtk_widget_set_visible (self->no_policy, policy == NULL);
  gtk_widget_set_visible (self->checklist, policy != NULL);
  if (findings != NULL)
    sc_lint_checklist_set_findings (SC_LINT_CHECKLIST (self->checklist), findings);
}

/**
 * sc_product_aside_set_product:
 * @product: the product as typed so far (a copy the page owns)
 * @catalog: (nullable): its catalog, for SKUs used by other products
 *   (scanned whole: to show a product again and again, use
 *   sc_product_aside_set_product_indexed ())
 * @policy: (nullable): the marketplace policy to lint under; without one
 *   the previews show and the checklist says the listing is not checked
 */
void
sc_product_aside_set_product (ScProductAside         *self,
                              const ScCatalogProduct *product,
                              ScCatalog              *catalog,
                              const ScPolicy         *policy)
{
  g_autoptr(GPtrArray) findings = NULL;

  g_return_if_fail (SC_IS_PRODUCT_ASIDE (self));
  g_return_if_fail (product != NULL);
  g_return_if_fail (catalog == NULL || SC_IS_CATALOG (catalog));

  if (policy != NULL)
    findings = sc_lint_product (product, catalog, policy);
  show_product (self, product, policy, findings);
}

/**
 * sc_product_aside_set_product_indexed:
 * @product: the product as typed so far (a copy the page owns)
 * @index: (nullable): the SKUs of the other products of its catalog
 * @policy: (nullable): as for sc_product_aside_set_product ()
 *
 * Shows what sc_product_aside_set_product () shows against the catalog
 * @index counts, linting @product alone: what the page calls on every
 * keystroke.
 */
void
sc_product_aside_set_product_indexed (ScProductAside         *self,
                                      const ScCatalogProduct *product,
                                      const ScLintIndex      *index,
                                      const ScPolicy         *policy)
{
  g_autoptr(GPtrArray) findings = NULL;

  g_return_if_fail (SC_IS_PRODUCT_ASIDE (self));
  g_return_if_fail (product != NULL);

  if (policy != NULL)
    findings = sc_lint_product_indexed (product, index, policy);
  show_product (self, product, policy, findings);
}

/**
 * sc_product_aside_set_media_dir:
 * @media_dir: (nullable): the folder relative image paths are found in
 */
void
sc_product_aside_set_media_dir (ScProductAside *self,
                                const char     *media_dir)
{
  g_return_if_fail (SC_IS_PRODUCT_ASIDE (self));

  sc_listing_card_set_media_dir (SC_LISTING_CARD (self->card), media_dir);
}

/* For tests and the page's own checks. */
GtkWidget *
sc_product_aside_get_card (ScProductAside *self)
{
  g_return_val_if_fail (SC_IS_PRODUCT_ASIDE (self), NULL);

  return self->card;
}

GtkWidget *
sc_product_aside_get_search_preview (ScProductAside *self)
{
  g_return_val_if_fail (SC_IS_PRODUCT_ASIDE (self), NULL);

  return self->search;
}

GtkWidget *
sc_product_aside_get_checklist (ScProductAside *self)
{
  g_return_val_if_fail (SC_IS_PRODUCT_ASIDE (self), NULL);

  return self->checklist;
}
