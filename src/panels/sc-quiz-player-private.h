/* sc-quiz-player-private.h - shared by the quiz player and its actions
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-quiz-player.h"
#include "sc-quiz-question-view.h"

G_BEGIN_DECLS

struct _ScQuizPlayer
{
  ScPanel             parent_instance;

  ScDatabase         *database;
  ScLearner          *learner;
  ScCourse           *course;
  ScAttemptQuiz      *quiz;
  ScAttempt          *attempt;
  char               *open_uuid;
  guint               current;
  guint               timer_id;
  ScQuizQuestionView *view;

  AdwActionRow       *attempts_row;
  GtkButton          *check_button;
  AdwActionRow       *feedback_row;
  GtkToggleButton    *flag_button;
  GtkBox             *navigator;
  GtkButton          *next_button;
  AdwActionRow       *pass_row;
  GtkButton          *previous_button;
  GtkBox             *question_box;
  AdwActionRow       *questions_row;
  GtkBox             *review_box;
  GtkButton          *start_button;
  GtkLabel           *start_message;
  GtkStack           *stack;
  GtkButton          *submit_button;
  GtkLabel           *summary_label;
  GtkListBox         *summary_list;
  AdwActionRow       *time_row;
  GtkLabel           *timer_label;
  GtkLabel           *title_label;
  AdwToastOverlay    *toasts;
};

void     sc_quiz_player_toast            (ScQuizPlayer *self,
                                          const char   *message);
gboolean sc_quiz_player_in_progress      (ScQuizPlayer *self);
void     sc_quiz_player_update_actions   (ScQuizPlayer *self);
void     sc_quiz_player_fill_navigator   (ScQuizPlayer *self);
gboolean sc_quiz_player_enforce_deadline (ScQuizPlayer *self);
void     sc_quiz_player_start_timer      (ScQuizPlayer *self);
void     sc_quiz_player_show_question    (ScQuizPlayer *self,
                                          guint         number);
void     sc_quiz_player_show_summary     (ScQuizPlayer *self);
void     sc_quiz_player_show_review      (ScQuizPlayer *self);
guint    sc_quiz_player_first_unanswered (ScAttempt    *attempt);

/* sc-quiz-player-actions.c */
#define SC_QUIZ_PLAYER_ACTION(name) \
  void sc_quiz_player_##name##_action (GtkWidget  *widget, \
                                       const char *action_name, \
                                       GVariant   *parameter)

SC_QUIZ_PLAYER_ACTION (start);
SC_QUIZ_PLAYER_ACTION (previous);
SC_QUIZ_PLAYER_ACTION (next);
SC_QUIZ_PLAYER_ACTION (go);
SC_QUIZ_PLAYER_ACTION (flag);
SC_QUIZ_PLAYER_ACTION (check);
SC_QUIZ_PLAYER_ACTION (summary);
SC_QUIZ_PLAYER_ACTION (submit);
SC_QUIZ_PLAYER_ACTION (primary);

G_END_DECLS
