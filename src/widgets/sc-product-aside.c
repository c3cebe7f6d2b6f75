/* sc-product-aside.c - the side column of a product page: previews, lint checklist and quality score
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * INTERFACE STUB for the parallel work of session 4: it shows the
 * number of findings only. The product-aside branch replaces this file.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-lint.h"
#include "sc-product-aside.h"

struct _ScProductAside
{
  AdwBin     parent_instance;

  GtkWidget *summary;
};

G_DEFINE_FINAL_TYPE (ScProductAside, sc_product_aside, ADW_TYPE_BIN)

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sc_product_aside_class_init (ScProductAsideClass *klass)
{
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
  self->summary = gtk_label_new (NULL);
  adw_bin_set_child (ADW_BIN (self), self->summary);
}

GtkWidget *
sc_product_aside_new (void)
{
  return g_object_new (SC_TYPE_PRODUCT_ASIDE, NULL);
}

void
sc_product_aside_set_product (ScProductAside         *self,
                              const ScCatalogProduct *product,
                              ScCatalog              *catalog,
                              const ScPolicy         *policy)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (SC_IS_PRODUCT_ASIDE (self));

  findings = sc_lint_product (product, catalog, policy);
  text = g_strdup_printf (_("Quality score %u / 100"), sc_lint_score (findings));
  gtk_label_set_text (GTK_LABEL (self->summary), text);
}
