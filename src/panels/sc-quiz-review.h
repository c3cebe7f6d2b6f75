/* sc-quiz-review.h - the quiz player's lists: answers before submitting, results after
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-attempt.h"

G_BEGIN_DECLS

void sc_quiz_review_fill_summary (GtkListBox *list,
                                  GtkLabel   *label,
                                  ScAttempt  *attempt);
void sc_quiz_review_fill_results (GtkBox     *box,
                                  ScAttempt  *attempt);
char *sc_quiz_review_slot_status (const ScAttemptSlot *slot);

G_END_DECLS
