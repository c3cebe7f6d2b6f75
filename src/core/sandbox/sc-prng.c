/* sc-prng.c - the sandbox's own integer random number generator
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scenarios must give the same store for the same seed on every machine
 * and with every GLib, so they never use GRand or rand(): GRand's
 * algorithm is GLib's to change. This is xoshiro256** (Blackman and
 * Vigna), seeded by expanding the 64-bit seed with splitmix64, written
 * from the published description. Integer arithmetic only; bounded
 * numbers are drawn by rejection so that no value is more likely than
 * another.
 */
#include "config.h"

#include "sc-prng.h"

G_DEFINE_BOXED_TYPE (ScPrng, sc_prng, sc_prng_copy, sc_prng_free)

static guint64
splitmix64_next (guint64 *x)
{
  guint64 z;

  *x += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
  z = *x;
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);

  return z ^ (z >> 31);
}

static inline guint64
rotate_left (guint64 x,
             int     k)
{
  return (x << k) | (x >> (64 - k));
}

/**
 * sc_prng_init:
 * @seed: any value, 0 included
 *
 * Sets @self to the start of the sequence of @seed.
 */
void
sc_prng_init (ScPrng  *self,
              guint64  seed)
{
  guint64 x = seed;

  g_return_if_fail (self != NULL);

  /* splitmix64 never gives four zero words, the one state xoshiro
   * cannot leave. */
  for (guint i = 0; i < G_N_ELEMENTS (self->state); i++)
    self->state[i] = splitmix64_next (&x);
}

ScPrng *
sc_prng_new (guint64 seed)
{
  ScPrng *self = g_new0 (ScPrng, 1);

  sc_prng_init (self, seed);

  return self;
}

ScPrng *
sc_prng_copy (const ScPrng *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
sc_prng_free (ScPrng *self)
{
  g_free (self);
}

/**
 * sc_prng_next:
 *
 * Returns: the next 64 random bits
 */
guint64
sc_prng_next (ScPrng *self)
{
  guint64 *s;
  guint64 result;
  guint64 t;

  g_return_val_if_fail (self != NULL, 0);

  s = self->state;
  result = rotate_left (s[1] * 5, 7) * 9;
  t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotate_left (s[3], 45);

  return result;
}

/**
 * sc_prng_next_below:
 * @bound: one more than the largest wanted value; not 0
 *
 * Returns: a number in [0, @bound), each equally likely
 */
guint64
sc_prng_next_below (ScPrng  *self,
                    guint64  bound)
{
  guint64 threshold;
  guint64 r;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (bound > 0, 0);

  /* 2^64 mod bound: the draws below it would make the low values more
   * likely, so they are drawn again. */
  threshold = (G_MAXUINT64 - bound + 1) % bound;
  do
    r = sc_prng_next (self);
  while (r < threshold);

  return r % bound;
}

/**
 * sc_prng_next_range:
 * @low: the smallest wanted value
 * @high: the largest wanted value, >= @low
 *
 * Returns: a number in [@low, @high], both included, each equally likely
 */
gint64
sc_prng_next_range (ScPrng *self,
                    gint64  low,
                    gint64  high)
{
  guint64 span;

  g_return_val_if_fail (self != NULL, low);
  g_return_val_if_fail (low <= high, low);

  span = (guint64) high - (guint64) low;
  if (span == G_MAXUINT64)
    return (gint64) sc_prng_next (self);

  return (gint64) ((guint64) low + sc_prng_next_below (self, span + 1));
}

/**
 * sc_prng_next_chance:
 *
 * Returns: %TRUE with probability @numerator / @denominator
 */
gboolean
sc_prng_next_chance (ScPrng *self,
                     guint   numerator,
                     guint   denominator)
{
  g_return_val_if_fail (denominator > 0, FALSE);

  return sc_prng_next_below (self, denominator) < numerator;
}

/**
 * sc_prng_shuffle:
 *
 * Puts @items in a random order (Fisher–Yates), the same order for the
 * same state.
 */
void
sc_prng_shuffle (ScPrng   *self,
                 gpointer *items,
                 guint     n_items)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (items != NULL || n_items == 0);

  for (guint i = n_items; i > 1; i--)
    {
      guint j = (guint) sc_prng_next_below (self, i);
      gpointer tmp = items[i - 1];

      items[i - 1] = items[j];
      items[j] = tmp;
    }
}
