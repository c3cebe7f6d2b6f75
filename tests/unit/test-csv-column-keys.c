/* test-csv-column-keys.c - the importers' tables of known column names give what a search would
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Shopify importer finds a column's field, and the exporter a kept
 * column's place, through keys made once from its name tables. For any
 * spelling of a name, the answer must be the one a search through the
 * tables in order gives, comparing keys as sc_csv_normalize_name () makes
 * them.
 */
#include "config.h"

#include "sc-csv-cells.h"
#include "sc-shopify-csv-private.h"

/* Each known name as written, and as a file might spell it. */
static GPtrArray *
spellings (void)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *odd[] = {
    "", " ", "Variant  SKU", "variant sku ", "VARIANT\tSKU", "Handle\xc2\xa0", "ＨＡＮＤＬＥ",
    "Google Shopping /  MPN", "google shopping / mpn", "Compare At Price / International",
    "Variant SK", "Handles", "URLhandle", "Price / International", "Gift card\r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    g_ptr_array_add (names, g_strdup (odd[i]));

  for (guint set = 0; set < 2; set++)
    {
      guint n_layout;
      const ScShopifyLayoutColumn *layout = sc_shopify_layout_get (set, &n_layout);

      for (guint i = 0; i < n_layout; i++)
        {
          const char *name = layout[i].field == SHOPIFY_EXTRA ? layout[i].names[set]
                           : layout[i].field < SHOPIFY_N_FIELDS ? sc_shopify_column_get (layout[i].field)->names[set]
                           : NULL;
          g_autofree char *upper = NULL;

          if (name == NULL)
            continue;
          upper = g_ascii_strup (name, -1);
          g_ptr_array_add (names, g_strdup (name));
          g_ptr_array_add (names, g_strdup_printf ("  %s ", upper));
          g_ptr_array_add (names, g_strdelimit (g_ascii_strdown (name, -1), " ", '\t'));
          g_ptr_array_add (names, g_strconcat (name, "\xc3\xa9", NULL));
        }
    }

  return names;
}

static void
test_shopify_field_keys (void)
{
  g_autoptr(GPtrArray) names = spellings ();
  guint n_found = 0;

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *key = sc_csv_normalize_name (g_ptr_array_index (names, i));
      int expected = -1;
      gboolean expected_legacy = FALSE;
      gboolean expected_modern = FALSE;
      gboolean is_legacy;
      gboolean is_modern;
      int field;

      for (guint f = 0; f < SHOPIFY_N_FIELDS && expected < 0; f++)
        {
          g_autofree char *legacy = sc_csv_normalize_name (sc_shopify_column_get (f)->names[0]);
          g_autofree char *modern = sc_csv_normalize_name (sc_shopify_column_get (f)->names[1]);

          expected_legacy = g_str_equal (key, legacy);
          expected_modern = g_str_equal (key, modern);
          if (expected_legacy || expected_modern)
            expected = (int) f;
        }

      field = sc_shopify_field_for_key (key, &is_legacy, &is_modern);
      g_assert_cmpint (field, ==, expected);
      if (expected >= 0)
        {
          g_assert_true (is_legacy == expected_legacy);
          g_assert_true (is_modern == expected_modern);
          n_found++;
        }
    }

  /* Each field by both names, in four spellings each. */
  g_assert_cmpuint (n_found, >=, SHOPIFY_N_FIELDS * 2 * 3);
  {
    gboolean is_legacy;
    gboolean is_modern;

    g_assert_cmpint (sc_shopify_field_for_key ("title", &is_legacy, &is_modern), ==, SHOPIFY_TITLE);
    g_assert_true (is_legacy && is_modern);
    g_assert_cmpint (sc_shopify_field_for_key ("url handle", &is_legacy, &is_modern), ==, SHOPIFY_HANDLE);
    g_assert_true (!is_legacy && is_modern);
    g_assert_cmpint (sc_shopify_field_for_key ("variant sk", &is_legacy, &is_modern), ==, -1);
  }
}

static void
test_shopify_extra_keys (void)
{
  g_autoptr(GPtrArray) names = spellings ();

  for (guint set = 0; set < 2; set++)
    {
      guint n_layout;
      const ScShopifyLayoutColumn *layout = sc_shopify_layout_get (set, &n_layout);

      for (guint i = 0; i < names->len; i++)
        {
          const char *name = g_ptr_array_index (names, i);
          g_autofree char *key = sc_csv_normalize_name (name);
          g_autofree char *canonical = sc_shopify_canonical_extra (name, NULL);
          g_autofree char *canonical_keyed = sc_shopify_canonical_extra (name, key);
          guint expected = 0;

          for (guint l = 0; l < n_layout && expected == 0; l++)
            for (guint s = 0; s < 2 && expected == 0 && layout[l].field == SHOPIFY_EXTRA; s++)
              {
                g_autofree char *known = sc_csv_normalize_name (layout[l].names[s]);

                if (g_str_equal (key, known))
                  expected = l + 1;
              }

          g_assert_cmpuint (sc_shopify_layout_find_extra (set, key), ==, expected);
          g_assert_cmpstr (canonical_keyed, ==, canonical);
          /* A known kept column is stored under its 2025 name. */
          if (expected > 0)
            g_assert_cmpstr (canonical, ==, layout[expected - 1].names[SC_SHOPIFY_HEADER_SET_2025]);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-column-keys/shopify/fields", test_shopify_field_keys);
  g_test_add_func ("/csv-column-keys/shopify/extras", test_shopify_extra_keys);

  return g_test_run ();
}
