/* sc-content-hash.c - a fast 128-bit change detector for course files and text
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The course checks (sc-course-checks.c) and the search index
 * (sc-course-index.c) ask one question of a course at every start: is
 * this the same text as last time? They hashed with MD5, about 14
 * instructions a byte: on a 1,000-lesson course, 19 MB of lesson files
 * and 9 MB of indexed text, a tenth of reading the course again. No
 * answer is trusted to a hash (a file whose check is skipped is still
 * parsed and checked structurally, and a search index that matched a
 * collision would only keep its old results), so a hash that is fast
 * and spreads every input bit over the result is all they need.
 *
 * This one reads 16 bytes at a time into two independent 64-bit lanes,
 * each a multiply, xor and rotate per 8 bytes (so the processor runs the
 * lanes side by side), and mixes the lanes, the length and the last
 * bytes at the end with the finaliser of the splitmix64 generator; about
 * one instruction a byte. It is not a cryptographic hash and must never
 * be used as one. Its output is part of what the checks file and the
 * index state store: change it, and bump their formats.
 */
#include "config.h"

#include <string.h>

#include "sc-content-hash.h"

#define LANE_A_IN  G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)
#define LANE_A_OUT G_GUINT64_CONSTANT (0xc2b2ae3d27d4eb4f)
#define LANE_B_IN  G_GUINT64_CONSTANT (0x165667b19e3779f9)
#define LANE_B_OUT G_GUINT64_CONSTANT (0x27d4eb2f165667c5)

static inline guint64
rotate_left (guint64 value,
             guint   bits)
{
  return (value << bits) | (value >> (64 - bits));
}

static inline guint64
read_le64 (const guint8 *p)
{
  guint64 value;

  memcpy (&value, p, sizeof value);

  return GUINT64_FROM_LE (value);
}

/* splitmix64's finaliser: every input bit reaches every output bit. */
static inline guint64
mix (guint64 x)
{
  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  x ^= x >> 31;

  return x;
}

static inline void
add_block (ScContentHash *hash,
           const guint8  *block)
{
  hash->a = rotate_left (hash->a ^ (read_le64 (block) * LANE_A_IN), 31) * LANE_A_OUT;
  hash->b = rotate_left (hash->b ^ (read_le64 (block + 8) * LANE_B_IN), 29) * LANE_B_OUT;
}

void
sc_content_hash_init (ScContentHash *hash)
{
  g_return_if_fail (hash != NULL);

  memset (hash, 0, sizeof *hash);
  hash->a = G_GUINT64_CONSTANT (0x6a09e667f3bcc908);
  hash->b = G_GUINT64_CONSTANT (0xbb67ae8584caa73b);
}

void
sc_content_hash_update (ScContentHash *hash,
                        const void    *data,
                        gsize          size)
{
  const guint8 *p = data;

  g_return_if_fail (hash != NULL);
  g_return_if_fail (data != NULL || size == 0);

  hash->length += size;

  if (hash->n_pending > 0)
    {
      gsize take = MIN (size, sizeof hash->pending - hash->n_pending);

      memcpy (hash->pending + hash->n_pending, p, take);
      hash->n_pending += take;
      p += take;
      size -= take;
      if (hash->n_pending < sizeof hash->pending)
        return;
      add_block (hash, hash->pending);
      hash->n_pending = 0;
    }

  for (; size >= 16; p += 16, size -= 16)
    add_block (hash, p);

  if (size > 0)
    {
      memcpy (hash->pending, p, size);
      hash->n_pending = size;
    }
}

/**
 * sc_content_hash_finish:
 * @hex: (out caller-allocates): the hash in 32 lowercase hexadecimal
 *   digits
 *
 * The hash of everything given to @hash, which may not be updated again
 * without sc_content_hash_init ().
 */
void
sc_content_hash_finish (ScContentHash *hash,
                        char           hex[SC_CONTENT_HASH_HEX_LENGTH + 1])
{
  static const char digits[] = "0123456789abcdef";
  guint64 a;
  guint64 b;
  guint64 words[2];

  g_return_if_fail (hash != NULL);
  g_return_if_fail (hex != NULL);

  /* The last bytes padded with zeros; the length, mixed in below, tells
   * them from real zeros. */
  if (hash->n_pending > 0)
    {
      memset (hash->pending + hash->n_pending, 0, sizeof hash->pending - hash->n_pending);
      add_block (hash, hash->pending);
      hash->n_pending = 0;
    }

  a = hash->a ^ hash->length;
  b = hash->b ^ rotate_left (hash->length, 32);
  a += b;
  b += a;
  a = mix (a);
  b = mix (b);
  a += b;
  b += a;
  words[0] = a;
  words[1] = b;

  for (guint i = 0; i < 16; i++)
    {
      guint8 byte = (guint8) (words[i / 8] >> (56 - 8 * (i % 8)));

      hex[2 * i] = digits[byte >> 4];
      hex[2 * i + 1] = digits[byte & 0xf];
    }
  hex[SC_CONTENT_HASH_HEX_LENGTH] = '\0';
}

/**
 * sc_content_hash_bytes:
 *
 * Returns: (transfer full): the hash of @size bytes at @data, in hex
 */
char *
sc_content_hash_bytes (const void *data,
                       gsize       size)
{
  ScContentHash hash;
  char hex[SC_CONTENT_HASH_HEX_LENGTH + 1];

  sc_content_hash_init (&hash);
  sc_content_hash_update (&hash, data, size);
  sc_content_hash_finish (&hash, hex);

  return g_strdup (hex);
}
