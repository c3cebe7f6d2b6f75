/* sc-startup-trace.h - timestamps of the start-up phases, for profiling
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean sc_startup_trace_enabled (void);
void     sc_startup_trace         (const char *phase);

G_END_DECLS
