/* sc-prng.h - the sandbox's own integer random number generator
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Recorded with every generated run: a seed and this version give the
 * same sequence on every machine. Bump it when the algorithm or the way
 * bounded numbers are drawn changes. */
#define SC_PRNG_VERSION 1

typedef struct
{
  guint64 state[4];
} ScPrng;

#define SC_TYPE_PRNG (sc_prng_get_type ())

GType    sc_prng_get_type    (void) G_GNUC_CONST;
ScPrng  *sc_prng_new         (guint64       seed);
ScPrng  *sc_prng_copy        (const ScPrng *self);
void     sc_prng_free        (ScPrng       *self);
void     sc_prng_init        (ScPrng       *self,
                              guint64       seed);
guint64  sc_prng_next        (ScPrng       *self);
guint64  sc_prng_next_below  (ScPrng       *self,
                              guint64       bound);
gint64   sc_prng_next_range  (ScPrng       *self,
                              gint64        low,
                              gint64        high);
gboolean sc_prng_next_chance (ScPrng       *self,
                              guint         numerator,
                              guint         denominator);
void     sc_prng_shuffle     (ScPrng       *self,
                              gpointer     *items,
                              guint         n_items);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScPrng, sc_prng_free)

G_END_DECLS
