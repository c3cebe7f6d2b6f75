/* sc-quiz-player.h - a quiz: its start page, one question at a time, the check before submitting, the review
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sc-attempt.h"
#include "sc-panel.h"

G_BEGIN_DECLS

#define SC_TYPE_QUIZ_PLAYER (sc_quiz_player_get_type ())

G_DECLARE_FINAL_TYPE (ScQuizPlayer, sc_quiz_player, SC, QUIZ_PLAYER, ScPanel)

GtkWidget           *sc_quiz_player_new         (ScDatabase          *database,
                                                 const ScLearner     *learner,
                                                 ScCourse            *course,
                                                 const ScAttemptQuiz *quiz);
ScAttempt           *sc_quiz_player_get_attempt (ScQuizPlayer        *self);
const char          *sc_quiz_player_get_page    (ScQuizPlayer        *self);
guint                sc_quiz_player_get_current (ScQuizPlayer        *self);
gint64               sc_quiz_player_get_learner_id (ScQuizPlayer     *self);

G_END_DECLS
