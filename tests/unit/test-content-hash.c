/* test-content-hash.c - the change detector of course files and search text
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sc-content-hash.h"

/* What the checks file and the search index state hold: a change here
 * makes every course check again and index again, so it must be on
 * purpose (and the formats bumped). */
static void
test_hash_known (void)
{
  g_autofree char *empty = sc_content_hash_bytes ("", 0);
  g_autofree char *abc = sc_content_hash_bytes ("abc", 3);
  g_autofree char *lesson = NULL;
  const char *text = "<lesson id=\"titles\"><title>Titles that sell</title></lesson>\n";

  lesson = sc_content_hash_bytes (text, strlen (text));

  g_test_message ("empty %s, abc %s, lesson %s", empty, abc, lesson);
  g_assert_cmpuint (strlen (empty), ==, SC_CONTENT_HASH_HEX_LENGTH);
  g_assert_cmpstr (empty, ==, "a00789475363c0dd7eba1d9237e97df0");
  g_assert_cmpstr (abc, ==, "498307c0cb04a3d674436bf8d130cd49");
  g_assert_cmpstr (lesson, ==, "e627c3b1e19b8763a0c777fbe4ec547e");
}

/* However the bytes come in pieces, the hash is the same. */
static void
test_hash_pieces (void)
{
  g_autofree char *data = g_malloc (1000);
  g_autofree char *whole = NULL;

  for (guint i = 0; i < 1000; i++)
    data[i] = (char) (i * 7 + i / 13);
  whole = sc_content_hash_bytes (data, 1000);

  for (gsize piece = 1; piece <= 40; piece++)
    {
      ScContentHash hash;
      char hex[SC_CONTENT_HASH_HEX_LENGTH + 1];

      sc_content_hash_init (&hash);
      for (gsize at = 0; at < 1000; at += piece)
        sc_content_hash_update (&hash, data + at, MIN (piece, 1000 - at));
      sc_content_hash_finish (&hash, hex);
      g_assert_cmpstr (hex, ==, whole);
    }
}

/* Any one bit changed anywhere in a file changes its hash, and changes
 * about half the hash's bits; so do trailing zeros and a byte cut off. */
static void
test_hash_every_bit (void)
{
  g_autofree char *data = g_malloc0 (257);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint64 total_changed = 0;
  guint n = 0;

  for (guint i = 0; i < 257; i++)
    data[i] = (char) ("lesson text "[i % 12]);

  g_hash_table_add (seen, sc_content_hash_bytes (data, 257));
  for (gsize byte = 0; byte < 257; byte++)
    for (guint bit = 0; bit < 8; bit++)
      {
        char *hex;
        g_autofree char *original = sc_content_hash_bytes (data, 257);
        guint changed = 0;

        data[byte] ^= (char) (1 << bit);
        hex = sc_content_hash_bytes (data, 257);
        data[byte] ^= (char) (1 << bit);

        for (guint d = 0; d < SC_CONTENT_HASH_HEX_LENGTH; d++)
          {
            guint x = (guint) g_ascii_xdigit_value (hex[d]) ^ (guint) g_ascii_xdigit_value (original[d]);

            changed += (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1);
          }
        total_changed += changed;
        n++;
        g_assert_cmpuint (changed, >=, 30);
        g_assert_false (g_hash_table_contains (seen, hex));
        g_hash_table_add (seen, hex);
      }

  /* Half of 128 bits, on average. */
  g_assert_cmpfloat ((double) total_changed / n, >, 60.0);
  g_assert_cmpfloat ((double) total_changed / n, <, 68.0);

  /* Zeros of every length from none to 64: all different. */
  for (gsize length = 0; length <= 64; length++)
    {
      g_autofree char *zeros = g_malloc0 (64);
      char *hex = sc_content_hash_bytes (zeros, length);

      g_assert_false (g_hash_table_contains (seen, hex));
      g_hash_table_add (seen, hex);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content-hash/known", test_hash_known);
  g_test_add_func ("/content-hash/pieces", test_hash_pieces);
  g_test_add_func ("/content-hash/every-bit", test_hash_every_bit);

  return g_test_run ();
}
