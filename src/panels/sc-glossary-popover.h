/* sc-glossary-popover.h - a glossary entry beside the term it explains
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-glossary.h"

G_BEGIN_DECLS

#define SC_TYPE_GLOSSARY_POPOVER (sc_glossary_popover_get_type ())

G_DECLARE_FINAL_TYPE (ScGlossaryPopover, sc_glossary_popover, SC, GLOSSARY_POPOVER, GtkPopover)

GtkWidget  *sc_glossary_popover_new          (void);
void        sc_glossary_popover_set_glossary (ScGlossaryPopover *self,
                                              GObject           *owner,
                                              ScGlossary        *glossary);
gboolean    sc_glossary_popover_show_term    (ScGlossaryPopover *self,
                                              const char        *term_id);
const char *sc_glossary_popover_get_term_id  (ScGlossaryPopover *self);

G_END_DECLS
