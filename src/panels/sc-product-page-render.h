/* sc-product-page-render.h - a product description's source text as rich text, for the page's preview
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its own unit because the course reader's converters and the catalog
 * each declare a text-format enum of the same name: this file sees only
 * the converters, the page only the catalog.
 */
#pragma once

#include "sc-rich-text.h"

G_BEGIN_DECLS

typedef enum
{
  SC_DESCRIPTION_SOURCE_HTML,
  SC_DESCRIPTION_SOURCE_MARKDOWN,
  SC_DESCRIPTION_SOURCE_PLAIN,
} ScDescriptionSource;

ScRichText *sc_product_page_render_source (const char          *source,
                                           ScDescriptionSource  format,
                                           GPtrArray           *simplified);

G_END_DECLS
