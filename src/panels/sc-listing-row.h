/* sc-listing-row.h - one product as a row of the Listings section's product list
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sc-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  SC_LISTING_LINT_CLEAN,
  SC_LISTING_LINT_WARNINGS,
  SC_LISTING_LINT_ERRORS,
  SC_LISTING_LINT_UNCHECKED,
} ScListingLint;

#define SC_TYPE_LISTING_ROW (sc_listing_row_get_type ())

G_DECLARE_FINAL_TYPE (ScListingRow, sc_listing_row, SC, LISTING_ROW, GObject)

ScListingRow    *sc_listing_row_new          (const ScCatalogProduct *product,
                                              const ScCurrency       *currency,
                                              GPtrArray              *findings);
gboolean         sc_listing_row_update       (ScListingRow           *self,
                                              const ScCatalogProduct *product,
                                              const ScCurrency       *currency,
                                              GPtrArray              *findings);
gint64           sc_listing_row_get_id       (ScListingRow           *self);
const char      *sc_listing_row_get_title    (ScListingRow           *self);
const char      *sc_listing_row_get_handle   (ScListingRow           *self);
ScProductStatus  sc_listing_row_get_status   (ScListingRow           *self);
const char      *sc_listing_row_get_category (ScListingRow           *self);
gboolean         sc_listing_row_has_category (ScListingRow           *self);
ScListingLint    sc_listing_row_get_lint     (ScListingRow           *self);
const char      *sc_listing_row_get_price    (ScListingRow           *self);
const char      *sc_listing_row_get_inventory (ScListingRow          *self);
const char      *sc_listing_row_get_lint_text (ScListingRow          *self);
gboolean         sc_listing_row_matches      (ScListingRow           *self,
                                              const char             *folded_query);

char            *sc_listing_fold             (const char             *text);

G_END_DECLS
