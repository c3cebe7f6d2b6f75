/* sc-product-page.c - one product of a practice store, edited like a store admin's product page
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * INTERFACE STUB for the parallel work of session 4: it shows the
 * product's title only. The product-page branch replaces this file.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-product-page.h"

struct _ScProductPage
{
  AdwBin          parent_instance;

  ScContext      *context;
  ScRun          *run;
  const ScPolicy *policy;
  gint64          product_id;
  GtkWidget      *title;
};

G_DEFINE_FINAL_TYPE (ScProductPage, sc_product_page, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sc_product_page_dispose (GObject *object)
{
  ScProductPage *self = SC_PRODUCT_PAGE (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->run, sc_run_free);

  G_OBJECT_CLASS (sc_product_page_parent_class)->dispose (object);
}

static void
sc_product_page_class_init (ScProductPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_product_page_dispose;

  /**
   * ScProductPage::changed:
   *
   * Emitted after each action the page logged, once the page shows it.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sc_product_page_init (ScProductPage *self)
{
  self->title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title, "title-1");
  adw_bin_set_child (ADW_BIN (self), self->title);
}

void
sc_product_page_reload (ScProductPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCatalogProduct) product = NULL;
  ScDatabase *database;

  g_return_if_fail (SC_IS_PRODUCT_PAGE (self));

  database = sc_context_get_database (self->context);
  product = sc_run_load_product (sc_database_get_handle (database), self->run, self->product_id, &error);
  gtk_label_set_text (GTK_LABEL (self->title),
                      product != NULL ? (product->title != NULL ? product->title : product->handle)
                                      : error->message);
}

GtkWidget *
sc_product_page_new (ScContext      *context,
                     const ScRun    *run,
                     const ScPolicy *policy,
                     gint64          product_id)
{
  ScProductPage *self = g_object_new (SC_TYPE_PRODUCT_PAGE, NULL);

  self->context = g_object_ref (context);
  self->run = sc_run_copy (run);
  self->policy = policy;
  self->product_id = product_id;
  sc_product_page_reload (self);

  return GTK_WIDGET (self);
}

gint64
sc_product_page_get_product_id (ScProductPage *self)
{
  g_return_val_if_fail (SC_IS_PRODUCT_PAGE (self), 0);

  return self->product_id;
}
