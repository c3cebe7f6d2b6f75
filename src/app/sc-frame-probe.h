/* sc-frame-probe.h - report the first complete frame, for benchmarks
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-window.h"

G_BEGIN_DECLS

gboolean sc_frame_probe_requested (void);
void     sc_frame_probe_attach    (ScWindow  *window);
void     sc_frame_probe_trace     (GtkWidget *window);

G_END_DECLS
