/* sc-quiz-text.h - what the quiz player says in words: answers, responses, outcomes
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-attempt.h"
#include "sc-rich-text.h"

G_BEGIN_DECLS

ScRichText *sc_quiz_text_rich            (const ScQuestionText *text);
char       *sc_quiz_text_plain           (const ScQuestionText *text);
char       *sc_quiz_text_answer          (const ScQuestion     *question,
                                          guint                 index);
char       *sc_quiz_text_response        (const ScQuestion     *question,
                                          const ScResponse     *response);
const char *sc_quiz_text_outcome         (const ScAttemptSlot  *slot);
char       *sc_quiz_text_marks           (double                marks);
GPtrArray  *sc_quiz_text_feedback        (const ScAttemptSlot  *slot);
gboolean    sc_quiz_text_is_answered     (const ScAttemptSlot  *slot);

G_END_DECLS
