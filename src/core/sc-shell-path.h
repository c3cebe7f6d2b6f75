/* sc-shell-path.h - a path as a person reads it, and as they paste it into a shell
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *sc_path_for_display (const char *path,
                           const char *home);
char *sc_path_for_shell   (const char *path,
                           const char *home);

G_END_DECLS
