/* sc-listings-panel.h - the Listings section (listing editor practice)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_LISTINGS_PANEL (sc_listings_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScListingsPanel, sc_listings_panel, SC, LISTINGS_PANEL, ScPanel)

GtkWidget *sc_listings_panel_new (void);

G_END_DECLS
