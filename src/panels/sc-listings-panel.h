/* sc-listings-panel.h - the Listings section (listing editor practice)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_LISTINGS_PANEL (sc_listings_panel_get_type ())

G_DECLARE_FINAL_TYPE (ScListingsPanel, sc_listings_panel, SC, LISTINGS_PANEL, ScPanel)

GtkWidget   *sc_listings_panel_new              (void);
gboolean     sc_listings_panel_open_practice    (ScListingsPanel *self,
                                                 const char      *scenario_id,
                                                 const char      *lesson_id);
gboolean     sc_listings_panel_start_scenario   (ScListingsPanel *self,
                                                 const char      *scenario_id);
void         sc_listings_panel_choose_file      (ScListingsPanel *self);
void         sc_listings_panel_import_file      (ScListingsPanel *self,
                                                 GFile           *file);
const char  *sc_listings_panel_get_run_uuid     (ScListingsPanel *self);
const char  *sc_listings_panel_get_page         (ScListingsPanel *self);
GtkWidget   *sc_listings_panel_open_product     (ScListingsPanel *self,
                                                 gint64           product_id);
GtkWidget   *sc_listings_panel_get_product_page (ScListingsPanel *self);
guint        sc_listings_panel_get_n_products   (ScListingsPanel *self);
guint        sc_listings_panel_get_n_shown      (ScListingsPanel *self);

G_END_DECLS
