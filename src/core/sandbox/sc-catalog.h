/* sc-catalog.h - a sandbox store's products, in memory
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-catalog-product.h"
#include "sc-money.h"

G_BEGIN_DECLS

#define SC_TYPE_CATALOG (sc_catalog_get_type ())

G_DECLARE_FINAL_TYPE (ScCatalog, sc_catalog, SC, CATALOG, GObject)

ScCatalog        *sc_catalog_new             (const ScCurrency  *currency);
ScCatalog        *sc_catalog_copy            (ScCatalog         *self);
const ScCurrency *sc_catalog_get_currency    (ScCatalog         *self);
guint             sc_catalog_get_n_products  (ScCatalog         *self);
ScCatalogProduct *sc_catalog_get_product     (ScCatalog         *self,
                                              guint              index);
ScCatalogProduct *sc_catalog_lookup_product  (ScCatalog         *self,
                                              const char        *handle);
gboolean          sc_catalog_add_product     (ScCatalog         *self,
                                              ScCatalogProduct  *product,
                                              GError           **error);
gboolean          sc_catalog_remove_product  (ScCatalog         *self,
                                              const char        *handle);
gboolean          sc_catalog_set_handle      (ScCatalog         *self,
                                              ScCatalogProduct  *product,
                                              const char        *handle,
                                              GError           **error);
char             *sc_catalog_make_handle     (ScCatalog         *self,
                                              const char        *title);
guint             sc_catalog_count_variants  (ScCatalog         *self);
guint             sc_catalog_count_images    (ScCatalog         *self);

/* The canonical, sorted text of the catalog (sc-catalog-dump.c) */
char             *sc_catalog_dump            (ScCatalog         *self);

gboolean          sc_catalog_handle_is_valid (const char        *handle);
char             *sc_catalog_slugify         (const char        *text);

G_END_DECLS
