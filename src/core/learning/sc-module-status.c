/* sc-module-status.c - the rules that say when a module is mastered, in words and in code
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each module has at most one rule, stated to the learner in a sentence:
 *
 *   quiz score  "Pass the module quiz with 80 % to complete this module":
 *               the best scaled score of the module quiz reaches the
 *               threshold; once reached it stays reached.
 *   recent      "Answer 4 of your last 5 questions correctly…": counts
 *               the newest answers to the module's questions, so a run of
 *               wrong answers later can take mastery away again, as in
 *               mastery learning.
 *   streak      "Answer 5 questions in a row correctly…": the newest n
 *               answers are all right.
 *
 * A module with no rule is in progress as soon as there is evidence for
 * it and never mastered. The course gives the quiz-score rule to every
 * module that has a closing quiz (`assessment`), at 80 % unless the caller
 * sets another rule.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sc-module-status-private.h"

struct _ScModuleRules
{
  gatomicrefcount  ref_count;
  char            *course_id;
  GPtrArray       *rules;  /* ScModuleRule */
};

G_DEFINE_BOXED_TYPE (ScModuleRules, sc_module_rules, sc_module_rules_ref, sc_module_rules_unref)

const char *
sc_module_state_to_string (ScModuleState state)
{
  switch (state)
    {
    case SC_MODULE_IN_PROGRESS:
      return "in-progress";
    case SC_MODULE_MASTERED:
      return "mastered";
    case SC_MODULE_NOT_STARTED:
    default:
      return "not-started";
    }
}

static char *
format_percent (double fraction)
{
  double percent = fraction * 100.0;

  if (fabs (percent - round (percent)) < 0.05)
    return g_strdup_printf ("%.0f", round (percent));

  return g_strdup_printf ("%.1f", percent);
}

/**
 * sc_module_rule_describe:
 *
 * Returns: (transfer full): the rule as one translated sentence for the
 *   learner, e.g. "Pass the module quiz with 80 % to complete this module"
 */
char *
sc_module_rule_describe (const ScModuleRule *rule)
{
  g_autofree char *percent = NULL;

  g_return_val_if_fail (rule != NULL, NULL);

  switch (rule->kind)
    {
    case SC_MODULE_RULE_RECENT:
      /* Translators: the first number is how many of the learner's most
       * recent answers must be right, the second how many are counted. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Answer %1$u of your last %2$u question correctly to master this module",
                                           "Answer %1$u of your last %2$u questions correctly to master this module",
                                           rule->window),
                              rule->n_correct, rule->window);

    case SC_MODULE_RULE_STREAK:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Answer %u question in a row correctly to master this module",
                                           "Answer %u questions in a row correctly to master this module",
                                           rule->window),
                              rule->window);

    case SC_MODULE_RULE_QUIZ_SCORE:
    default:
      percent = format_percent (rule->threshold);
      if (rule->practice_id != NULL)
        /* Translators: the first %s is a number such as 80, "%%" the percent sign, the
         * second %s a practice's title, such as “Clear the morning inbox”. */
        return g_strdup_printf (_("Pass the module quiz with %s %% and meet every goal of the practice "
                                  "“%s” to complete this module"), percent,
                                rule->practice_title != NULL ? rule->practice_title : rule->practice_id);
      /* Translators: %s is a number such as 80; "%%" is the percent sign. */
      return g_strdup_printf (_("Pass the module quiz with %s %% to complete this module"), percent);
    }
}

static void
rule_free (ScModuleRule *rule)
{
  g_free (rule->module_id);
  g_free (rule->quiz_id);
  g_free (rule->practice_id);
  g_free (rule->practice_title);
  g_free (rule);
}

/**
 * sc_module_rules_new:
 * @course_id: the course the modules belong to
 *
 * Returns: (transfer full): an empty rule set: every module of the course
 *   is judged by evidence alone (in progress, never mastered) until given
 *   a rule
 */
ScModuleRules *
sc_module_rules_new (const char *course_id)
{
  ScModuleRules *self;

  g_return_val_if_fail (course_id != NULL, NULL);

  self = g_new0 (ScModuleRules, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->course_id = g_strdup (course_id);
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_free);

  return self;
}

/**
 * sc_module_rules_new_for_course:
 *
 * Returns: (transfer full): the quiz-score rule, at
 *   %SC_MODULE_DEFAULT_THRESHOLD, for every module of @course that names
 *   a closing quiz
 */
ScModuleRules *
sc_module_rules_new_for_course (ScCourse *course)
{
  ScModuleRules *self;
  GPtrArray *domains;

  g_return_val_if_fail (SC_IS_COURSE (course), NULL);

  self = sc_module_rules_new (sc_course_get_id (course));
  domains = sc_course_get_domains (course);
  for (guint i = 0; i < domains->len; i++)
    {
      ScDomain *domain = g_ptr_array_index (domains, i);

      for (guint j = 0; j < domain->modules->len; j++)
        {
          ScModule *module = g_ptr_array_index (domain->modules, j);

          if (module->assessment != NULL)
            sc_module_rules_set_quiz_score (self, module->id, module->assessment,
                                            SC_MODULE_DEFAULT_THRESHOLD);
          if (module->assessment_practice != NULL)
            {
              const ScRichBlock *card = sc_module_find_practice (module, module->assessment_practice);

              sc_module_rules_set_practice (self, module->id, module->assessment_practice,
                                            card != NULL ? card->title : NULL);
            }
        }
    }

  return self;
}

ScModuleRules *
sc_module_rules_ref (ScModuleRules *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
sc_module_rules_unref (ScModuleRules *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->course_id);
  g_ptr_array_unref (self->rules);
  g_free (self);
}

const char *
sc_module_rules_get_course_id (const ScModuleRules *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->course_id;
}

const ScModuleRule *
sc_module_rules_lookup (const ScModuleRules *self,
                        const char          *module_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; module_id != NULL && i < self->rules->len; i++)
    {
      ScModuleRule *rule = g_ptr_array_index (self->rules, i);

      if (strcmp (rule->module_id, module_id) == 0)
        return rule;
    }

  return NULL;
}

/* Replaces the module's rule: a module has one. */
static ScModuleRule *
set_rule (ScModuleRules    *self,
          const char       *module_id,
          ScModuleRuleKind  kind)
{
  ScModuleRule *rule = g_new0 (ScModuleRule, 1);

  for (guint i = 0; i < self->rules->len; i++)
    if (strcmp (((ScModuleRule *) g_ptr_array_index (self->rules, i))->module_id, module_id) == 0)
      {
        g_ptr_array_remove_index (self->rules, i);
        break;
      }

  rule->module_id = g_strdup (module_id);
  rule->kind = kind;
  g_ptr_array_add (self->rules, rule);

  return rule;
}

/**
 * sc_module_rules_set_practice:
 * @scenario_id: a scenario of the course
 * @title: (nullable): its practice card's title, for sc_module_rule_describe ()
 *
 * Adds to the module's rule that a check of @scenario_id (Check My Work,
 * recorded by sc_practice_record_check ()) must have passed every goal:
 * a simulation-based assessment beside the rule's quiz or answers. A
 * module without a rule gets the quiz rule of any of its quizzes at the
 * default threshold.
 */
void
sc_module_rules_set_practice (ScModuleRules *self,
                              const char    *module_id,
                              const char    *scenario_id,
                              const char    *title)
{
  ScModuleRule *rule;

  g_return_if_fail (self != NULL);
  g_return_if_fail (module_id != NULL);
  g_return_if_fail (scenario_id != NULL);

  rule = (ScModuleRule *) sc_module_rules_lookup (self, module_id);
  if (rule == NULL)
    {
      rule = set_rule (self, module_id, SC_MODULE_RULE_QUIZ_SCORE);
      rule->threshold = SC_MODULE_DEFAULT_THRESHOLD;
    }
  g_free (rule->practice_id);
  g_free (rule->practice_title);
  rule->practice_id = g_strdup (scenario_id);
  rule->practice_title = g_strdup (title);
}

/**
 * sc_module_rules_set_quiz_score:
 * @quiz_id: (nullable): the module quiz; %NULL counts any quiz of the module
 * @threshold: the scaled score to reach, 0 … 1
 */
void
sc_module_rules_set_quiz_score (ScModuleRules *self,
                                const char    *module_id,
                                const char    *quiz_id,
                                double         threshold)
{
  ScModuleRule *rule;

  g_return_if_fail (self != NULL);
  g_return_if_fail (module_id != NULL);
  g_return_if_fail (threshold >= 0.0 && threshold <= 1.0);

  rule = set_rule (self, module_id, SC_MODULE_RULE_QUIZ_SCORE);
  rule->quiz_id = g_strdup (quiz_id);
  rule->threshold = threshold;
}

/**
 * sc_module_rules_set_recent:
 * @n_correct: how many must be right, 1 … @window
 * @window: how many of the newest answers count
 */
void
sc_module_rules_set_recent (ScModuleRules *self,
                            const char    *module_id,
                            guint          n_correct,
                            guint          window)
{
  ScModuleRule *rule;

  g_return_if_fail (self != NULL);
  g_return_if_fail (module_id != NULL);
  g_return_if_fail (n_correct >= 1 && n_correct <= window);

  rule = set_rule (self, module_id, SC_MODULE_RULE_RECENT);
  rule->n_correct = n_correct;
  rule->window = window;
}

void
sc_module_rules_set_streak (ScModuleRules *self,
                            const char    *module_id,
                            guint          n_in_a_row)
{
  ScModuleRule *rule;

  g_return_if_fail (self != NULL);
  g_return_if_fail (module_id != NULL);
  g_return_if_fail (n_in_a_row >= 1);

  rule = set_rule (self, module_id, SC_MODULE_RULE_STREAK);
  rule->n_correct = n_in_a_row;
  rule->window = n_in_a_row;
}

void
sc_module_status_free (ScModuleStatus *self)
{
  if (self == NULL)
    return;

  g_free (self->course_id);
  g_free (self->module_id);
  g_free (self->updated_at);
  g_free (self);
}

/* Evidence */

static void
answer_free (ScModuleAnswer *answer)
{
  g_free (answer->stamp);
  g_free (answer);
}

void
sc_module_evidence_init (ScModuleEvidence *self)
{
  self->best = -1.0;
  self->answers = g_ptr_array_new_with_free_func ((GDestroyNotify) answer_free);
  self->n = 0;
  self->practice_passed = FALSE;
}

void
sc_module_evidence_clear (ScModuleEvidence *self)
{
  g_clear_pointer (&self->answers, g_ptr_array_unref);
}

/**
 * sc_module_evidence_add:
 * @window: how many answers to keep
 *
 * Puts an answer in its place by stamp and keeps the newest @window: the
 * same answers in any order give the same list.
 */
void
sc_module_evidence_add (ScModuleEvidence *self,
                        const char       *stamp,
                        gboolean          correct,
                        guint             window)
{
  ScModuleAnswer *answer;
  guint index = self->answers->len;

  while (index > 0)
    {
      ScModuleAnswer *before = g_ptr_array_index (self->answers, index - 1);
      int order = strcmp (before->stamp, stamp);

      if (order == 0)
        return;
      if (order < 0)
        break;
      index--;
    }

  answer = g_new0 (ScModuleAnswer, 1);
  answer->stamp = g_strdup (stamp);
  answer->correct = correct;
  g_ptr_array_insert (self->answers, (int) index, answer);

  while (self->answers->len > window)
    g_ptr_array_remove_index (self->answers, 0);
}

guint
sc_module_evidence_n_correct (const ScModuleEvidence *self)
{
  guint n = 0;

  for (guint i = 0; i < self->answers->len; i++)
    n += ((ScModuleAnswer *) g_ptr_array_index (self->answers, i))->correct ? 1 : 0;

  return n;
}

/**
 * sc_module_rule_get_window:
 * @rule: (nullable):
 *
 * Returns: how many of the newest answers the rule needs kept
 */
guint
sc_module_rule_get_window (const ScModuleRule *rule)
{
  if (rule == NULL || rule->kind == SC_MODULE_RULE_QUIZ_SCORE)
    return 0;

  return rule->window;
}

/**
 * sc_module_rule_evaluate:
 * @rule: (nullable): the module's rule, if it has one
 */
ScModuleState
sc_module_rule_evaluate (const ScModuleRule     *rule,
                         const ScModuleEvidence *evidence)
{
  gboolean met = FALSE;

  if (evidence->n == 0)
    return SC_MODULE_NOT_STARTED;

  if (rule != NULL)
    {
      switch (rule->kind)
        {
        case SC_MODULE_RULE_QUIZ_SCORE:
          /* Scores are sums of fractions such as 0.3333333: allow for
           * the rounding of doubles. */
          met = evidence->best >= 0.0 && evidence->best >= rule->threshold - 1e-9;
          break;

        case SC_MODULE_RULE_RECENT:
          met = sc_module_evidence_n_correct (evidence) >= rule->n_correct;
          break;

        case SC_MODULE_RULE_STREAK:
        default:
          met = evidence->answers->len >= rule->window &&
                sc_module_evidence_n_correct (evidence) == evidence->answers->len;
          break;
        }
      if (rule->practice_id != NULL && !evidence->practice_passed)
        met = FALSE;
    }

  return met ? SC_MODULE_MASTERED : SC_MODULE_IN_PROGRESS;
}
