/* sc-attempt-quiz.c - what an attempt is started from: which questions, in which behaviour
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A quiz names a bank and lists picks: a fixed question by idnumber, or a
 * number of random draws from a category and/or a tag (a pool such as
 * "competency:pricing"). The course’s quiz files (quizzes/NAME.xml) are read into
 * this (sc-quiz-reader.c); tests and the command line build it directly. It
 * lives with the content because the course reader checks quizzes against
 * the course's banks; attempts (core/learning) start from it.
 */
#include "config.h"

#include "sc-attempt-quiz.h"

G_DEFINE_BOXED_TYPE (ScAttemptQuiz, sc_attempt_quiz, sc_attempt_quiz_copy, sc_attempt_quiz_free)

static const char * const behaviour_names[] = {
  [SC_BEHAVIOUR_DEFERRED]    = "deferred",
  [SC_BEHAVIOUR_IMMEDIATE]   = "immediate",
  [SC_BEHAVIOUR_INTERACTIVE] = "interactive",
};

/**
 * sc_behaviour_to_string:
 *
 * Returns: "deferred", "immediate" or "interactive": attempts.behaviour
 */
const char *
sc_behaviour_to_string (ScBehaviour behaviour)
{
  g_return_val_if_fail ((guint) behaviour < G_N_ELEMENTS (behaviour_names), NULL);

  return behaviour_names[behaviour];
}

gboolean
sc_behaviour_from_string (const char  *string,
                          ScBehaviour *out_behaviour)
{
  g_return_val_if_fail (out_behaviour != NULL, FALSE);

  for (guint i = 0; string != NULL && i < G_N_ELEMENTS (behaviour_names); i++)
    if (g_str_equal (string, behaviour_names[i]))
      {
        *out_behaviour = (ScBehaviour) i;
        return TRUE;
      }

  return FALSE;
}

static void
pick_free (ScQuizPick *pick)
{
  g_free (pick->idnumber);
  g_free (pick->category);
  g_free (pick->tag);
  g_free (pick);
}

/**
 * sc_attempt_quiz_new:
 * @id: the quiz id, unique in its course
 * @bank: the name of the question bank its questions come from
 *
 * Returns: (transfer full): a quiz with no questions, deferred feedback,
 *   no shuffling, no time limit and no pass mark
 */
ScAttemptQuiz *
sc_attempt_quiz_new (const char *id,
                     const char *bank)
{
  ScAttemptQuiz *self;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (bank != NULL, NULL);

  self = g_new0 (ScAttemptQuiz, 1);
  self->id = g_strdup (id);
  self->bank = g_strdup (bank);
  self->behaviour = SC_BEHAVIOUR_DEFERRED;
  self->picks = g_ptr_array_new_with_free_func ((GDestroyNotify) pick_free);

  return self;
}

ScAttemptQuiz *
sc_attempt_quiz_copy (const ScAttemptQuiz *self)
{
  ScAttemptQuiz *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = sc_attempt_quiz_new (self->id, self->bank);
  copy->title = g_strdup (self->title);
  copy->course_id = g_strdup (self->course_id);
  copy->module_id = g_strdup (self->module_id);
  copy->behaviour = self->behaviour;
  copy->shuffle_questions = self->shuffle_questions;
  copy->shuffle_answers = self->shuffle_answers;
  copy->time_limit = self->time_limit;
  copy->pass_fraction = self->pass_fraction;
  copy->attempts_allowed = self->attempts_allowed;
  for (guint i = 0; i < self->picks->len; i++)
    {
      const ScQuizPick *pick = g_ptr_array_index (self->picks, i);
      ScQuizPick *clone = g_new0 (ScQuizPick, 1);

      clone->idnumber = g_strdup (pick->idnumber);
      clone->category = g_strdup (pick->category);
      clone->tag = g_strdup (pick->tag);
      clone->count = pick->count;
      clone->mark = pick->mark;
      clone->only_category = pick->only_category;
      g_ptr_array_add (copy->picks, clone);
    }

  return copy;
}

void
sc_attempt_quiz_free (ScAttemptQuiz *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->title);
  g_free (self->course_id);
  g_free (self->module_id);
  g_free (self->bank);
  g_ptr_array_unref (self->picks);
  g_free (self);
}

/**
 * sc_attempt_quiz_add_question:
 * @idnumber: the question's idnumber in the bank
 *
 * Returns: (transfer none): the new pick, to set its category or mark
 */
ScQuizPick *
sc_attempt_quiz_add_question (ScAttemptQuiz *self,
                              const char    *idnumber)
{
  ScQuizPick *pick;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (idnumber != NULL, NULL);

  pick = g_new0 (ScQuizPick, 1);
  pick->idnumber = g_strdup (idnumber);
  pick->count = 1;
  g_ptr_array_add (self->picks, pick);

  return pick;
}

/**
 * sc_attempt_quiz_add_random:
 * @category: (nullable): draw from this category and those inside it
 * @tag: (nullable): draw among questions with this tag
 * @count: how many questions to draw
 *
 * Returns: (transfer none): the new pick
 */
ScQuizPick *
sc_attempt_quiz_add_random (ScAttemptQuiz *self,
                            const char    *category,
                            const char    *tag,
                            guint          count)
{
  ScQuizPick *pick;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (count > 0, NULL);

  pick = g_new0 (ScQuizPick, 1);
  pick->category = g_strdup (category);
  pick->tag = g_strdup (tag);
  pick->count = count;
  g_ptr_array_add (self->picks, pick);

  return pick;
}
