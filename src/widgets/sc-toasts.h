/* sc-toasts.h - toasts added through one place, which knows when they are still moving
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void  sc_toasts_add           (AdwToastOverlay *overlay,
                               AdwToast        *toast);
guint sc_toasts_get_settle_ms (void);

G_END_DECLS
