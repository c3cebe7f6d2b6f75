/* sc-search-pane.h - search the course as you type, results in a list
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-search.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* The most results shown for one query. */
#define SC_SEARCH_PANE_LIMIT 30

#define SC_TYPE_SEARCH_PANE (sc_search_pane_get_type ())

G_DECLARE_FINAL_TYPE (ScSearchPane, sc_search_pane, SC, SEARCH_PANE, GtkWidget)

GtkWidget      *sc_search_pane_new            (void);
void            sc_search_pane_set_source     (ScSearchPane *self,
                                               ScDatabase   *database,
                                               const char   *course_id);
gboolean        sc_search_pane_get_active     (ScSearchPane *self);
void            sc_search_pane_set_active     (ScSearchPane *self,
                                               gboolean      active);
GtkEditable    *sc_search_pane_get_entry      (ScSearchPane *self);
GtkListBox     *sc_search_pane_get_list       (ScSearchPane *self);
guint           sc_search_pane_get_n_hits     (ScSearchPane *self);
gboolean        sc_search_pane_is_busy        (ScSearchPane *self);
const char     *sc_search_pane_get_error      (ScSearchPane *self);
const ScSearchHit *sc_search_pane_get_hit     (ScSearchPane *self,
                                               guint         index);

G_END_DECLS
