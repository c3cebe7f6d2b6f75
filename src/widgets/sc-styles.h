/* sc-styles.h - the styles of what the first frame does not show, added when first needed
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       sc_styles_load_pages         (void);
gboolean   sc_styles_pages_loaded       (void);
GtkWidget *sc_styles_message_dialog_new (GtkWidget  *parent,
                                         const char *heading,
                                         const char *body);

G_END_DECLS
