/* sc-width-hint.h - an empty widget that asks for a natural width only
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_WIDTH_HINT (sc_width_hint_get_type ())

G_DECLARE_FINAL_TYPE (ScWidthHint, sc_width_hint, SC, WIDTH_HINT, GtkWidget)

GtkWidget *sc_width_hint_new (int natural_width);

G_END_DECLS
