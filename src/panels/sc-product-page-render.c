/* sc-product-page-render.c - a product description's source text as rich text, for the page's preview
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-product-page-render.h"
#include "sc-rich-text-html.h"
#include "sc-rich-text-markdown.h"

/**
 * sc_product_page_render_source:
 * @simplified: (nullable) (element-type utf8): gets what the converter
 *   could not show as written
 *
 * Returns: (transfer full): @source as the storefront would show it,
 *   through the project's own converters (no web view, no network)
 */
ScRichText *
sc_product_page_render_source (const char          *source,
                               ScDescriptionSource  format,
                               GPtrArray           *simplified)
{
  g_autoptr(GPtrArray) notes = NULL;
  ScRichText *text;

  if (source == NULL)
    source = "";

  switch (format)
    {
    case SC_DESCRIPTION_SOURCE_MARKDOWN:
      notes = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_markdown_note_free);
      text = sc_rich_text_new_from_markdown (source, notes);
      for (guint i = 0; simplified != NULL && i < notes->len; i++)
        g_ptr_array_add (simplified, g_strdup (((ScMarkdownNote *) notes->pdata[i])->message));
      return text;

    case SC_DESCRIPTION_SOURCE_PLAIN:
      return sc_rich_text_html_parse_plain (source);

    case SC_DESCRIPTION_SOURCE_HTML:
    default:
      return sc_rich_text_html_parse (source, NULL, NULL, simplified);
    }
}
