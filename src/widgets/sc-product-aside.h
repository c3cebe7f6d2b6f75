/* sc-product-aside.h - the side column of a product page: previews, lint checklist and quality score
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fed a plain product, its catalog and a policy (never the database): it
 * shows how the product looks as a storefront card and as a search
 * result, and the linter's findings as a checklist with the quality
 * score. It is redrawn as the learner types: the page passes a product
 * holding the field's text before it is committed.
 */
#pragma once

#include <adwaita.h>

#include "sc-catalog.h"
#include "sc-lint-index.h"
#include "sc-policy.h"

G_BEGIN_DECLS

#define SC_TYPE_PRODUCT_ASIDE (sc_product_aside_get_type ())

G_DECLARE_FINAL_TYPE (ScProductAside, sc_product_aside, SC, PRODUCT_ASIDE, AdwBin)

GtkWidget *sc_product_aside_new         (void);
void       sc_product_aside_set_product (ScProductAside         *self,
                                         const ScCatalogProduct *product,
                                         ScCatalog              *catalog,
                                         const ScPolicy         *policy);
void       sc_product_aside_set_product_indexed (ScProductAside         *self,
                                                 const ScCatalogProduct *product,
                                                 const ScLintIndex      *index,
                                                 const ScPolicy         *policy);

/* Added by the product-aside branch */
void       sc_product_aside_set_media_dir      (ScProductAside *self,
                                                const char     *media_dir);
GtkWidget *sc_product_aside_get_card           (ScProductAside *self);
GtkWidget *sc_product_aside_get_search_preview (ScProductAside *self);
GtkWidget *sc_product_aside_get_checklist      (ScProductAside *self);

G_END_DECLS
