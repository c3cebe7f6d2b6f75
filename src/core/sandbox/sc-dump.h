/* sc-dump.h - what the canonical text dumps of the sandbox share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void sc_dump_append_quoted (GString    *out,
                            const char *text);

G_END_DECLS
