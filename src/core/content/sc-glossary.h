/* sc-glossary.h - the course-wide glossary
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-rich-text.h"

G_BEGIN_DECLS

typedef struct
{
  char       *id;
  char       *term;        /* as shown: "SKU" */
  ScRichText *definition;
  GStrv       see_also;    /* ids of related entries, never NULL */
} ScGlossaryEntry;

typedef struct _ScGlossary ScGlossary;

ScGlossary            *sc_glossary_new           (void);
void                   sc_glossary_free          (ScGlossary      *self);
ScGlossaryEntry       *sc_glossary_entry_new     (void);
void                   sc_glossary_entry_free    (ScGlossaryEntry *entry);
gboolean               sc_glossary_add           (ScGlossary      *self,
                                                  ScGlossaryEntry *entry);
guint                  sc_glossary_get_n_entries (ScGlossary      *self);
const ScGlossaryEntry *sc_glossary_get_entry     (ScGlossary      *self,
                                                  guint            index);
const ScGlossaryEntry *sc_glossary_lookup        (ScGlossary      *self,
                                                  const char      *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScGlossary, sc_glossary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScGlossaryEntry, sc_glossary_entry_free)

G_END_DECLS
