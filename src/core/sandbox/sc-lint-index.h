/* sc-lint-index.h - the SKUs of a catalog's products, counted once for linting one product at a time
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc_lint_product () against a catalog scans every product's variants
 * for the product's SKUs: with 10,000 products that is tens of
 * milliseconds, too slow for a linter that runs on every keystroke. An
 * ScLintIndex counts the catalog's SKUs once, by SKU and by product
 * handle, so sc_lint_product_indexed () costs what the product alone
 * costs and finds exactly what sc_lint_product () finds against the
 * catalog the index was built from.
 *
 * Ownership: whoever loads the catalog builds the index from it (the
 * product page does after each load from the database) and keeps it as
 * long as the catalog. The index copies what it needs: changing or
 * freeing the catalog leaves it as it was. A caller that changes its
 * catalog in place keeps the index in step with a committed change by
 * removing the product as it was and adding it as it is now.
 */
#pragma once

#include <glib.h>

#include "sc-catalog.h"

G_BEGIN_DECLS

typedef struct _ScLintIndex ScLintIndex;

ScLintIndex *sc_lint_index_new            (ScCatalog              *catalog);
void         sc_lint_index_free           (ScLintIndex            *self);
void         sc_lint_index_add_product    (ScLintIndex            *self,
                                           const ScCatalogProduct *product);
void         sc_lint_index_remove_product (ScLintIndex            *self,
                                           const ScCatalogProduct *product);
guint        sc_lint_index_count_sku      (const ScLintIndex      *self,
                                           const char             *sku,
                                           const char             *except_handle);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScLintIndex, sc_lint_index_free)

G_END_DECLS
