/* sc-question-dump.h - the canonical JSON form of questions, for --dump-questions and tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sc-question.h"

G_BEGIN_DECLS

char     *sc_question_dump          (GPtrArray        *questions);
JsonNode *sc_question_dump_question (const ScQuestion *question);
int       sc_question_dump_compare  (const ScQuestion *a,
                                     const ScQuestion *b);

G_END_DECLS
