/* widget-test-util.h - a started application and waits for the widget tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-application.h"
#include "sc-window.h"

G_BEGIN_DECLS

typedef gboolean (*ScTestCondition) (gpointer data);

gboolean       sc_test_init           (int              *argc,
                                       char           ***argv);
ScApplication *sc_test_app_new        (const char       *data_dir);
ScWindow      *sc_test_window_new     (ScApplication    *app,
                                       int               width,
                                       int               height);
void           sc_test_wait_until     (ScTestCondition   condition,
                                       gpointer          data,
                                       const char       *what);
void           sc_test_wait_ready     (ScWindow         *window);
void           sc_test_close_window   (GtkWindow        *window);
GtkWidget     *sc_test_find_widget    (GtkWidget        *root,
                                       GType             type,
                                       const char       *name);
GPtrArray     *sc_test_find_widgets   (GtkWidget        *root,
                                       GType             type);
char          *sc_test_make_tmp_dir   (void);
void           sc_test_remove_tree    (const char       *path);

G_END_DECLS
