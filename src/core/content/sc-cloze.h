/* sc-cloze.h - Moodle's embedded-answer (cloze) syntax: parser and writer
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-question.h"

G_BEGIN_DECLS

typedef enum
{
  SC_CLOZE_KIND_SHORT_ANSWER,
  SC_CLOZE_KIND_NUMERICAL,
  SC_CLOZE_KIND_CHOICE,          /* one of several */
  SC_CLOZE_KIND_MULTI_RESPONSE,  /* any of several */
} ScClozeKind;

typedef enum
{
  SC_CLOZE_LAYOUT_INLINE,        /* a text field, or a drop-down for choices */
  SC_CLOZE_LAYOUT_VERTICAL,
  SC_CLOZE_LAYOUT_HORIZONTAL,
} ScClozeLayout;

GPtrArray     *sc_cloze_parse                 (const char        *source,
                                               GError           **error);
gboolean       sc_cloze_parse_question        (ScQuestion        *question,
                                               GError           **error);
char          *sc_cloze_part_write            (const ScClozePart *part);
char          *sc_cloze_write                 (const char        *source,
                                               const GPtrArray   *parts);

const char    *sc_cloze_type_to_string        (ScClozeType        type);
gboolean       sc_cloze_type_from_string      (const char        *string,
                                               ScClozeType       *type);
ScClozeKind    sc_cloze_type_get_kind         (ScClozeType        type);
ScClozeLayout  sc_cloze_type_get_layout       (ScClozeType        type);
gboolean       sc_cloze_type_is_shuffled      (ScClozeType        type);
gboolean       sc_cloze_type_is_case_sensitive (ScClozeType       type);

G_END_DECLS
