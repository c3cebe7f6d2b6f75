/* sc-listing-card.h - how a product looks to a shopper in a collection grid
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-catalog-product.h"

G_BEGIN_DECLS

#define SC_TYPE_LISTING_CARD (sc_listing_card_get_type ())

G_DECLARE_FINAL_TYPE (ScListingCard, sc_listing_card, SC, LISTING_CARD, GtkWidget)

GtkWidget  *sc_listing_card_new           (void);
void        sc_listing_card_set_product   (ScListingCard          *self,
                                           const ScCatalogProduct *product);
void        sc_listing_card_set_media_dir (ScListingCard          *self,
                                           const char             *media_dir);

/* What the card shows, for the page's own labels and for tests */
const char *sc_listing_card_get_price     (ScListingCard          *self);
const char *sc_listing_card_get_compare_at (ScListingCard         *self);
gboolean    sc_listing_card_get_on_sale   (ScListingCard          *self);
gboolean    sc_listing_card_get_sold_out  (ScListingCard          *self);

char       *sc_listing_card_format_money  (ScMoney                 money);

G_END_DECLS
