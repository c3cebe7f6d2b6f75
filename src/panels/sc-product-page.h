/* sc-product-page.h - one product of a practice store, edited like a store admin's product page
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page shows and edits one product of a run. Every committed field
 * (Enter, focus-out, a toggle or a choice) is one sandbox action through
 * sc_sandbox_edit_product () and friends; after each the page reloads its
 * product from the database and emits ScProductPage::changed, so the
 * listings panel can refresh its row and its goals. Undo and redo belong
 * to the panel (they are per run); it calls sc_product_page_reload ()
 * after them when they changed the page's product, and
 * sc_product_page_other_changed () when they changed another, whose SKUs
 * the page's linter compares with.
 */
#pragma once

#include <adwaita.h>

#include "sc-catalog-product.h"
#include "sc-context.h"
#include "sc-policy.h"
#include "sc-run.h"

G_BEGIN_DECLS

#define SC_TYPE_PRODUCT_PAGE (sc_product_page_get_type ())

G_DECLARE_FINAL_TYPE (ScProductPage, sc_product_page, SC, PRODUCT_PAGE, AdwBin)

GtkWidget *sc_product_page_new            (ScContext      *context,
                                           const ScRun    *run,
                                           const ScPolicy *policy,
                                           gint64          product_id);
gint64     sc_product_page_get_product_id (ScProductPage  *self);
void       sc_product_page_reload         (ScProductPage  *self);
void       sc_product_page_other_changed  (ScProductPage          *self,
                                           const ScCatalogProduct *before,
                                           const ScCatalogProduct *after);

G_END_DECLS
