/* test-prng.c - the sandbox's own random numbers give the same sequence everywhere
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scenario's seed must give the same store on every machine and in
 * every later version with the same generator version: these fixed
 * outputs are the contract. Changing them means bumping SC_PRNG_VERSION.
 */
#include "sc-prng.h"

static void
test_prng_fixed_outputs (void)
{
  /* xoshiro256** seeded through splitmix64, as published; the values
   * were computed independently of this code. */
  static const guint64 seed_0[] = {
    G_GUINT64_CONSTANT (0x99ec5f36cb75f2b4), G_GUINT64_CONSTANT (0xbf6e1f784956452a),
    G_GUINT64_CONSTANT (0x1a5f849d4933e6e0), G_GUINT64_CONSTANT (0x6aa594f1262d2d2c),
    G_GUINT64_CONSTANT (0xbba5ad4a1f842e59),
  };
  static const guint64 seed_42[] = {
    G_GUINT64_CONSTANT (0x15780b2e0c2ec716), G_GUINT64_CONSTANT (0x6104d9866d113a7e),
    G_GUINT64_CONSTANT (0xae17533239e499a1), G_GUINT64_CONSTANT (0xecb8ad4703b360a1),
    G_GUINT64_CONSTANT (0xfde6dc7fe2ec5e64),
  };
  static const guint64 seed_big[] = {
    G_GUINT64_CONSTANT (0x2299b3421aa78b66), G_GUINT64_CONSTANT (0x9af6550483e02887),
    G_GUINT64_CONSTANT (0xda059cb5eec5c979), G_GUINT64_CONSTANT (0xcf86bd29360fff98),
    G_GUINT64_CONSTANT (0x5cc883c940089820),
  };
  g_autoptr(ScPrng) zero = sc_prng_new (0);
  g_autoptr(ScPrng) answer = sc_prng_new (42);
  g_autoptr(ScPrng) big = sc_prng_new (G_GUINT64_CONSTANT (0xdeadbeefcafebabe));

  for (guint i = 0; i < G_N_ELEMENTS (seed_0); i++)
    {
      g_assert_cmphex (sc_prng_next (zero), ==, seed_0[i]);
      g_assert_cmphex (sc_prng_next (answer), ==, seed_42[i]);
      g_assert_cmphex (sc_prng_next (big), ==, seed_big[i]);
    }
}

static void
test_prng_bounded (void)
{
  static const guint64 dice[] = { 0, 0, 5, 5, 4, 0, 4, 3, 4, 5 };
  static const guint64 large[] = { 987584276, 649274206, 902862347 };
  g_autoptr(ScPrng) prng = sc_prng_new (42);
  guint counts[6] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (dice); i++)
    g_assert_cmpuint (sc_prng_next_below (prng, 6), ==, dice[i]);
  for (guint i = 0; i < G_N_ELEMENTS (large); i++)
    g_assert_cmpuint (sc_prng_next_below (prng, 1000000007), ==, large[i]);

  /* Every face comes up, and never out of range. */
  for (guint i = 0; i < 6000; i++)
    {
      gint64 face = sc_prng_next_range (prng, 1, 6);

      g_assert_cmpint (face, >=, 1);
      g_assert_cmpint (face, <=, 6);
      counts[face - 1]++;
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    g_assert_cmpuint (counts[i], >, 800);

  g_assert_cmpint (sc_prng_next_range (prng, -5, -5), ==, -5);
  g_assert_cmpuint (sc_prng_next_below (prng, 1), ==, 0);
}

static void
test_prng_state (void)
{
  g_autoptr(ScPrng) prng = sc_prng_new (7);
  g_autoptr(ScPrng) copy = NULL;
  guint64 first;
  guint64 expected[4];

  first = sc_prng_next (prng);
  copy = sc_prng_copy (prng);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    expected[i] = sc_prng_next (prng);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmphex (sc_prng_next (copy), ==, expected[i]);

  sc_prng_init (prng, 7);
  g_assert_cmphex (sc_prng_next (prng), ==, first);
}

static void
test_prng_shuffle (void)
{
  const char *names[] = { "a", "b", "c", "d", "e", "f", "g", "h" };
  const char *again[G_N_ELEMENTS (names)];
  g_autoptr(ScPrng) one = sc_prng_new (2024);
  g_autoptr(ScPrng) two = sc_prng_new (2024);
  gboolean moved = FALSE;

  memcpy (again, names, sizeof names);
  sc_prng_shuffle (one, (gpointer *) names, G_N_ELEMENTS (names));
  sc_prng_shuffle (two, (gpointer *) again, G_N_ELEMENTS (again));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (names[i] == again[i]);
      moved |= names[i][0] != (char) ('a' + i);
    }
  g_assert_true (moved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prng/fixed-outputs", test_prng_fixed_outputs);
  g_test_add_func ("/prng/bounded", test_prng_bounded);
  g_test_add_func ("/prng/state", test_prng_state);
  g_test_add_func ("/prng/shuffle", test_prng_shuffle);

  return g_test_run ();
}
