/* sc-search-preview.h - how a product looks as a search engine's result
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-catalog-product.h"
#include "sc-policy.h"

G_BEGIN_DECLS

#define SC_TYPE_SEARCH_PREVIEW (sc_search_preview_get_type ())

G_DECLARE_FINAL_TYPE (ScSearchPreview, sc_search_preview, SC, SEARCH_PREVIEW, GtkWidget)

GtkWidget  *sc_search_preview_new             (void);
void        sc_search_preview_set_product     (ScSearchPreview        *self,
                                               const ScCatalogProduct *product,
                                               const ScPolicy         *policy);

/* What the result shows, for tests */
const char *sc_search_preview_get_url         (ScSearchPreview        *self);
const char *sc_search_preview_get_title       (ScSearchPreview        *self);
const char *sc_search_preview_get_description (ScSearchPreview        *self);
const char *sc_search_preview_get_title_count (ScSearchPreview        *self);
const char *sc_search_preview_get_description_count (ScSearchPreview  *self);

char       *sc_search_preview_cut             (const char             *text,
                                               gint64                  limit);

G_END_DECLS
