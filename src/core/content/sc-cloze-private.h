/* sc-cloze-private.h - number syntax shared by the cloze reader and writer
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-cloze.h"

G_BEGIN_DECLS

gboolean sc_cloze_is_number     (const char *start,
                                 const char *end);
gboolean sc_cloze_is_percentage (const char *start,
                                 const char *end);
double   sc_cloze_number_value  (const char *text);

G_END_DECLS
