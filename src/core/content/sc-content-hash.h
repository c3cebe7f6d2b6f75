/* sc-content-hash.h - a fast 128-bit change detector for course files and text
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 32 lowercase hexadecimal digits and a NUL. */
#define SC_CONTENT_HASH_HEX_LENGTH 32

typedef struct
{
  guint64 a;
  guint64 b;
  guint64 length;
  guint8  pending[16];
  guint   n_pending;
} ScContentHash;

void  sc_content_hash_init   (ScContentHash *hash);
void  sc_content_hash_update (ScContentHash *hash,
                              const void    *data,
                              gsize          size);
void  sc_content_hash_finish (ScContentHash *hash,
                              char           hex[SC_CONTENT_HASH_HEX_LENGTH + 1]);
char *sc_content_hash_bytes  (const void    *data,
                              gsize          size);

G_END_DECLS
