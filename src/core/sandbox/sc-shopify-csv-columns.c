/* sc-shopify-csv-columns.c - the columns of Shopify product files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shopify renamed its product columns in 2025 ("Handle" became "URL
 * handle", "Variant Price" became "Price", …). Both header sets are read,
 * by name and without regard to case; a file is written in one of them,
 * in the order of Shopify's own template for that set. Columns Shopify
 * has that Shopcraft does not model (Google Shopping, gift card,
 * fulfilment service, …) have a place in each layout too, and are
 * renamed to the chosen set when they are known to both.
 */
#include "config.h"

#include <string.h>

#include "sc-shopify-csv-private.h"

#define PRODUCT SHOPIFY_ROLE_PRODUCT
#define VARIANT SHOPIFY_ROLE_VARIANT
#define IMAGE   SHOPIFY_ROLE_IMAGE

static const ScShopifyColumn columns[SHOPIFY_N_FIELDS] = {
  [SHOPIFY_HANDLE]            = { { "Handle", "URL handle" }, SHOPIFY_ROLE_KEY, FALSE },
  [SHOPIFY_TITLE]             = { { "Title", "Title" }, PRODUCT, TRUE },
  [SHOPIFY_BODY]              = { { "Body (HTML)", "Description" }, PRODUCT, TRUE },
  [SHOPIFY_VENDOR]            = { { "Vendor", "Vendor" }, PRODUCT, TRUE },
  [SHOPIFY_CATEGORY]          = { { "Product Category", "Product category" }, PRODUCT, TRUE },
  [SHOPIFY_TYPE]              = { { "Type", "Type" }, PRODUCT, TRUE },
  [SHOPIFY_TAGS]              = { { "Tags", "Tags" }, PRODUCT, TRUE },
  [SHOPIFY_PUBLISHED]         = { { "Published", "Published on online store" }, PRODUCT, FALSE },
  [SHOPIFY_OPTION1_NAME]      = { { "Option1 Name", "Option1 name" }, PRODUCT, TRUE },
  [SHOPIFY_OPTION1_VALUE]     = { { "Option1 Value", "Option1 value" }, VARIANT, TRUE },
  [SHOPIFY_OPTION2_NAME]      = { { "Option2 Name", "Option2 name" }, PRODUCT, TRUE },
  [SHOPIFY_OPTION2_VALUE]     = { { "Option2 Value", "Option2 value" }, VARIANT, TRUE },
  [SHOPIFY_OPTION3_NAME]      = { { "Option3 Name", "Option3 name" }, PRODUCT, TRUE },
  [SHOPIFY_OPTION3_VALUE]     = { { "Option3 Value", "Option3 value" }, VARIANT, TRUE },
  [SHOPIFY_SKU]               = { { "Variant SKU", "SKU" }, VARIANT, FALSE },
  [SHOPIFY_GRAMS]             = { { "Variant Grams", "Weight value (grams)" }, VARIANT, FALSE },
  [SHOPIFY_TRACKER]           = { { "Variant Inventory Tracker", "Inventory tracker" }, VARIANT, FALSE },
  [SHOPIFY_QUANTITY]          = { { "Variant Inventory Qty", "Inventory quantity" }, VARIANT, FALSE },
  [SHOPIFY_POLICY]            = { { "Variant Inventory Policy", "Continue selling when out of stock" }, VARIANT, FALSE },
  [SHOPIFY_PRICE]             = { { "Variant Price", "Price" }, VARIANT, FALSE },
  [SHOPIFY_COMPARE_AT]        = { { "Variant Compare At Price", "Compare-at price" }, VARIANT, FALSE },
  [SHOPIFY_REQUIRES_SHIPPING] = { { "Variant Requires Shipping", "Requires shipping" }, VARIANT, FALSE },
  [SHOPIFY_TAXABLE]           = { { "Variant Taxable", "Charge tax" }, VARIANT, FALSE },
  [SHOPIFY_BARCODE]           = { { "Variant Barcode", "Barcode" }, VARIANT, FALSE },
  [SHOPIFY_IMAGE_SRC]         = { { "Image Src", "Product image URL" }, IMAGE, FALSE },
  [SHOPIFY_IMAGE_POSITION]    = { { "Image Position", "Image position" }, IMAGE, FALSE },
  [SHOPIFY_IMAGE_ALT]         = { { "Image Alt Text", "Image alt text" }, IMAGE, TRUE },
  [SHOPIFY_SEO_TITLE]         = { { "SEO Title", "SEO title" }, PRODUCT, TRUE },
  [SHOPIFY_SEO_DESCRIPTION]   = { { "SEO Description", "SEO description" }, PRODUCT, TRUE },
  [SHOPIFY_VARIANT_IMAGE]     = { { "Variant Image", "Variant image URL" }, VARIANT, FALSE },
  [SHOPIFY_WEIGHT_UNIT]       = { { "Variant Weight Unit", "Weight unit for display" }, VARIANT, FALSE },
  [SHOPIFY_COST]              = { { "Cost per item", "Cost per item" }, VARIANT, FALSE },
  [SHOPIFY_STATUS]            = { { "Status", "Status" }, PRODUCT, FALSE },
};

#define F(field) { SHOPIFY_##field, { NULL, NULL } }
#define X(legacy, modern) { SHOPIFY_EXTRA, { legacy, modern } }
#define GS "Google Shopping / "

static const ScShopifyLayoutColumn legacy_layout[] = {
  F (HANDLE), F (TITLE), F (BODY), F (VENDOR), F (CATEGORY), F (TYPE), F (TAGS), F (PUBLISHED),
  F (OPTION1_NAME), F (OPTION1_VALUE), X ("Option1 Linked To", "Option1 Linked To"),
  F (OPTION2_NAME), F (OPTION2_VALUE), X ("Option2 Linked To", "Option2 Linked To"),
  F (OPTION3_NAME), F (OPTION3_VALUE), X ("Option3 Linked To", "Option3 Linked To"),
  F (SKU), F (GRAMS), F (TRACKER), F (QUANTITY), F (POLICY),
  X ("Variant Fulfillment Service", "Fulfillment service"),
  F (PRICE), F (COMPARE_AT), F (REQUIRES_SHIPPING), F (TAXABLE), F (BARCODE),
  F (IMAGE_SRC), F (IMAGE_POSITION), F (IMAGE_ALT),
  X ("Gift Card", "Gift card"),
  F (SEO_TITLE), F (SEO_DESCRIPTION),
  X (GS "Google Product Category", GS "Google product category"),
  X (GS "Gender", GS "Gender"),
  X (GS "Age Group", GS "Age group"),
  X (GS "MPN", GS "Manufacturer part number (MPN)"),
  X (GS "AdWords Grouping", GS "Ad group name"),
  X (GS "AdWords Labels", GS "Ads labels"),
  X (GS "Condition", GS "Condition"),
  X (GS "Custom Product", GS "Custom product"),
  X (GS "Custom Label 0", GS "Custom label 0"),
  X (GS "Custom Label 1", GS "Custom label 1"),
  X (GS "Custom Label 2", GS "Custom label 2"),
  X (GS "Custom Label 3", GS "Custom label 3"),
  X (GS "Custom Label 4", GS "Custom label 4"),
  F (VARIANT_IMAGE), F (WEIGHT_UNIT),
  X ("Variant Tax Code", "Tax code"),
  F (COST),
  { SHOPIFY_OTHER_EXTRAS, { NULL, NULL } },
  F (STATUS),
};

static const ScShopifyLayoutColumn modern_layout[] = {
  F (TITLE), F (HANDLE), F (BODY), F (VENDOR), F (CATEGORY), F (TYPE), F (TAGS), F (PUBLISHED),
  F (STATUS), F (SKU), F (BARCODE),
  F (OPTION1_NAME), F (OPTION1_VALUE), X ("Option1 Linked To", "Option1 Linked To"),
  F (OPTION2_NAME), F (OPTION2_VALUE), X ("Option2 Linked To", "Option2 Linked To"),
  F (OPTION3_NAME), F (OPTION3_VALUE), X ("Option3 Linked To", "Option3 Linked To"),
  F (PRICE), F (COMPARE_AT), F (COST), F (TAXABLE),
  X ("Variant Tax Code", "Tax code"),
  F (TRACKER), F (QUANTITY), F (POLICY), F (GRAMS), F (WEIGHT_UNIT), F (REQUIRES_SHIPPING),
  X ("Variant Fulfillment Service", "Fulfillment service"),
  F (IMAGE_SRC), F (IMAGE_POSITION), F (IMAGE_ALT), F (VARIANT_IMAGE),
  X ("Gift Card", "Gift card"),
  F (SEO_TITLE), F (SEO_DESCRIPTION),
  { SHOPIFY_OTHER_EXTRAS, { NULL, NULL } },
  X (GS "Google Product Category", GS "Google product category"),
  X (GS "Gender", GS "Gender"),
  X (GS "Age Group", GS "Age group"),
  X (GS "MPN", GS "Manufacturer part number (MPN)"),
  X (GS "AdWords Grouping", GS "Ad group name"),
  X (GS "AdWords Labels", GS "Ads labels"),
  X (GS "Condition", GS "Condition"),
  X (GS "Custom Product", GS "Custom product"),
  X (GS "Custom Label 0", GS "Custom label 0"),
  X (GS "Custom Label 1", GS "Custom label 1"),
  X (GS "Custom Label 2", GS "Custom label 2"),
  X (GS "Custom Label 3", GS "Custom label 3"),
  X (GS "Custom Label 4", GS "Custom label 4"),
};

#undef F
#undef X
#undef GS

const ScShopifyColumn *
sc_shopify_column_get (ScShopifyField field)
{
  g_return_val_if_fail ((guint) field < SHOPIFY_N_FIELDS, NULL);

  return &columns[field];
}

/* The keys (sc_csv_normalize_name ()) of the names above, made once: an
 * import looks up each column of a file, and a fuzzed header can have
 * thousands. Each key gives what the first name with that key in table
 * order gives, as a search through the table would. */
typedef struct
{
  GHashTable *fields;     /* key → field * 4 + (1: its legacy name, 2: its 2025 name, 3: both) */
  GHashTable *extras[2];  /* by header set: key → its layout's index + 1 */
} Keys;

static void
add_extras (GHashTable                  *extras,
            const ScShopifyLayoutColumn *layout,
            guint                        n_layout)
{
  for (guint i = 0; i < n_layout; i++)
    {
      if (layout[i].field != SHOPIFY_EXTRA)
        continue;
      for (guint s = 0; s < 2; s++)
        {
          char *key = sc_csv_normalize_name (layout[i].names[s]);

          if (g_hash_table_contains (extras, key))
            g_free (key);
          else
            g_hash_table_insert (extras, key, GUINT_TO_POINTER (i + 1));
        }
    }
}

static const Keys *
get_keys (void)
{
  static Keys keys;
  static gsize made;

  if (g_once_init_enter (&made))
    {
      keys.fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint f = 0; f < SHOPIFY_N_FIELDS; f++)
        for (guint s = 0; s < 2; s++)
          {
            char *key = sc_csv_normalize_name (columns[f].names[s]);
            guint value = GPOINTER_TO_UINT (g_hash_table_lookup (keys.fields, key));

            /* Both names of one field can share a key ("Title"). */
            if (value == 0)
              g_hash_table_insert (keys.fields, key, GUINT_TO_POINTER (f * 4 + (1u << s)));
            else
              {
                if (value / 4 == f)
                  g_hash_table_insert (keys.fields, g_strdup (key), GUINT_TO_POINTER (value | (1u << s)));
                g_free (key);
              }
          }

      keys.extras[SC_SHOPIFY_HEADER_SET_LEGACY] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      add_extras (keys.extras[SC_SHOPIFY_HEADER_SET_LEGACY], legacy_layout, G_N_ELEMENTS (legacy_layout));
      keys.extras[SC_SHOPIFY_HEADER_SET_2025] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      add_extras (keys.extras[SC_SHOPIFY_HEADER_SET_2025], modern_layout, G_N_ELEMENTS (modern_layout));
      g_once_init_leave (&made, 1);
    }

  return &keys;
}

/**
 * sc_shopify_field_for_key:
 * @key: a column's key, from sc_csv_normalize_name ()
 * @out_legacy: (out): whether the field's legacy name has @key
 * @out_modern: (out): whether its 2025 name has @key
 *
 * Returns: the first field (in #ScShopifyField order) one of whose names
 *   has @key, or -1
 */
int
sc_shopify_field_for_key (const char *key,
                          gboolean   *out_legacy,
                          gboolean   *out_modern)
{
  guint value = GPOINTER_TO_UINT (g_hash_table_lookup (get_keys ()->fields, key));

  *out_legacy = FALSE;
  *out_modern = FALSE;
  if (value == 0)
    return -1;

  *out_legacy = (value & 1) != 0;
  *out_modern = (value & 2) != 0;

  return (int) (value / 4);
}

/**
 * sc_shopify_layout_find_extra:
 * @key: a kept column's key, from sc_csv_normalize_name ()
 *
 * Returns: the index + 1 of the first kept column of @set's layout one
 *   of whose names has @key, or 0
 */
guint
sc_shopify_layout_find_extra (ScShopifyHeaderSet  set,
                              const char         *key)
{
  g_return_val_if_fail (set == SC_SHOPIFY_HEADER_SET_LEGACY || set == SC_SHOPIFY_HEADER_SET_2025, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (get_keys ()->extras[set], key));
}

/**
 * sc_shopify_layout_get:
 *
 * Returns: the columns of a file of @set, in Shopify's template order
 */
const ScShopifyLayoutColumn *
sc_shopify_layout_get (ScShopifyHeaderSet  set,
                       guint              *n_columns)
{
  if (set == SC_SHOPIFY_HEADER_SET_LEGACY)
    {
      *n_columns = G_N_ELEMENTS (legacy_layout);
      return legacy_layout;
    }

  *n_columns = G_N_ELEMENTS (modern_layout);
  return modern_layout;
}

/* Market columns: "Compare At Price / International" until 2024,
 * "Compare-at price / International" since. "Price / …" and
 * "Included / …" kept their names. */
static const char * const market_prefixes[2] = { "Compare At Price / ", "Compare-at price / " };

/**
 * sc_shopify_rename_extra:
 *
 * Returns: (transfer full): the name of a kept @column in a file of @set
 */
char *
sc_shopify_rename_extra (const char         *column,
                         ScShopifyHeaderSet  set)
{
  for (guint i = 0; i < G_N_ELEMENTS (market_prefixes); i++)
    if (g_str_has_prefix (column, market_prefixes[i]))
      return g_strconcat (market_prefixes[set], column + strlen (market_prefixes[i]), NULL);

  return g_strdup (column);
}

/**
 * sc_shopify_canonical_extra:
 * @key: (nullable): sc_csv_normalize_name (@column), when the caller has it
 *
 * Returns: (transfer full): the name a kept @column is stored under: its
 *   2025 name when Shopify renamed it, else @column as it is, so that a
 *   file read in one header set and written in the other loses nothing
 */
char *
sc_shopify_canonical_extra (const char *column,
                            const char *key)
{
  g_autofree char *made = key == NULL ? sc_csv_normalize_name (column) : NULL;
  guint at = sc_shopify_layout_find_extra (SC_SHOPIFY_HEADER_SET_LEGACY, key != NULL ? key : made);

  if (at > 0)
    return g_strdup (legacy_layout[at - 1].names[SC_SHOPIFY_HEADER_SET_2025]);

  return sc_shopify_rename_extra (column, SC_SHOPIFY_HEADER_SET_2025);
}

const char *
sc_shopify_header_set_to_string (ScShopifyHeaderSet set)
{
  return set == SC_SHOPIFY_HEADER_SET_LEGACY ? "legacy" : "2025";
}

gboolean
sc_shopify_header_set_from_string (const char         *text,
                                   ScShopifyHeaderSet *out_set)
{
  if (g_strcmp0 (text, "legacy") == 0)
    *out_set = SC_SHOPIFY_HEADER_SET_LEGACY;
  else if (g_strcmp0 (text, "2025") == 0)
    *out_set = SC_SHOPIFY_HEADER_SET_2025;
  else
    return FALSE;

  return TRUE;
}
