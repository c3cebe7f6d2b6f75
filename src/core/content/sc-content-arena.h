/* sc-content-arena.h - libxml2's memory for a document read ahead, taken and given back whole
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ScContentArena ScContentArena;

void            sc_content_arena_install      (void);
gboolean        sc_content_arena_is_installed (void);
ScContentArena *sc_content_arena_new          (void);
void            sc_content_arena_free         (ScContentArena *arena);
ScContentArena *sc_content_arena_enter        (ScContentArena *arena);
void            sc_content_arena_leave        (ScContentArena *previous);
gboolean        sc_content_arena_owns         (const void     *pointer);
gsize           sc_content_arena_get_size     (ScContentArena *arena);
void            sc_content_arena_trim         (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScContentArena, sc_content_arena_free)

G_END_DECLS
