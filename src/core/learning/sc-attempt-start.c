/* sc-attempt-start.c - drawing an attempt's questions and layout from a seed, and storing them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starting an attempt decides everything the learner will see, from a
 * seed (saved, so it can be audited): which questions the random picks
 * draw, their order, the order of each question's choices, stems and
 * items. All of it is written in the start's one transaction (attempts,
 * attempt_slots, one responses row per slot) with an "attempted"
 * statement, so resuming after a crash, and reviewing later, show the
 * same questions in the same order.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-attempt-private.h"
#include "sc-question-bank.h"

static void
shuffle (GRand  *rand,
         GArray *array)
{
  for (guint i = array->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      guint tmp = g_array_index (array, guint, i - 1);

      g_array_index (array, guint, i - 1) = g_array_index (array, guint, j);
      g_array_index (array, guint, j) = tmp;
    }
}

static GArray *
range (guint n)
{
  GArray *array = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  for (guint i = 0; i < n; i++)
    g_array_append_val (array, i);

  return array;
}

static gboolean
is_shuffled_part (ScClozeType type)
{
  switch (type)
    {
    case SC_CLOZE_MULTICHOICE_S:
    case SC_CLOZE_MULTICHOICE_VS:
    case SC_CLOZE_MULTICHOICE_HS:
    case SC_CLOZE_MULTIRESPONSE_S:
    case SC_CLOZE_MULTIRESPONSE_HS:
      return TRUE;
    case SC_CLOZE_SHORTANSWER:
    case SC_CLOZE_SHORTANSWER_C:
    case SC_CLOZE_NUMERICAL:
    case SC_CLOZE_MULTICHOICE:
    case SC_CLOZE_MULTICHOICE_V:
    case SC_CLOZE_MULTICHOICE_H:
    case SC_CLOZE_MULTIRESPONSE:
    case SC_CLOZE_MULTIRESPONSE_H:
    default:
      return FALSE;
    }
}

static int
compare_position (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GPtrArray *answers = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  double fa = ((ScQuestionAnswer *) g_ptr_array_index (answers, ia))->fraction;
  double fb = ((ScQuestionAnswer *) g_ptr_array_index (answers, ib))->fraction;

  if (fa != fb)
    return fa < fb ? -1 : 1;

  return ia < ib ? -1 : ia > ib;
}

/* The items of an ordering question the learner places: all, a random
 * subset or a random run of the correct order, shown shuffled (never in
 * the correct order when there is another). */
static GArray *
draw_items (GRand            *rand,
            const ScQuestion *question)
{
  g_autoptr(GArray) correct = range (question->answers->len);
  guint n = question->answers->len;
  guint count = question->ordering.select_count;
  GArray *items;

  g_array_sort_with_data (correct, compare_position, question->answers);
  if (question->ordering.select_type == SC_ORDERING_SELECT_ALL || count == 0 || count >= n)
    items = g_array_ref (correct);
  else if (question->ordering.select_type == SC_ORDERING_SELECT_CONTIGUOUS)
    {
      guint start = (guint) g_rand_int_range (rand, 0, (gint32) (n - count + 1));

      items = g_array_sized_new (FALSE, FALSE, sizeof (guint), count);
      g_array_append_vals (items, &g_array_index (correct, guint, start), count);
    }
  else
    {
      g_autoptr(GArray) picked = range (n);

      shuffle (rand, picked);
      g_array_set_size (picked, count);
      g_array_sort (picked, NULL);
      items = g_array_sized_new (FALSE, FALSE, sizeof (guint), count);
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < count; j++)
          if (g_array_index (correct, guint, i) == g_array_index (picked, guint, j))
            g_array_append_val (items, g_array_index (correct, guint, i));
    }

  if (items->len > 1)
    {
      g_autoptr(GArray) in_order = g_array_copy (items);

      shuffle (rand, items);
      if (memcmp (items->data, in_order->data, items->len * sizeof (guint)) == 0)
        {
          /* Rotate by one: still a fixed function of the seed. */
          guint first = g_array_index (items, guint, 0);

          g_array_remove_index (items, 0);
          g_array_append_val (items, first);
        }
    }

  return items;
}

static void
draw_layout (GRand               *rand,
             const ScAttemptQuiz *quiz,
             ScAttemptSlot       *slot)
{
  const ScQuestion *question = slot->question;
  gboolean shuffle_choices = quiz->shuffle_answers && question->shuffle;

  switch (question->type)
    {
    case SC_QUESTION_SINGLE_CHOICE:
    case SC_QUESTION_MULTIPLE_RESPONSE:
      if (shuffle_choices)
        {
          slot->choices = range (question->answers->len);
          shuffle (rand, slot->choices);
        }
      break;

    case SC_QUESTION_MATCHING:
      /* Choices are the distinct answer texts, always shuffled (as in
       * Moodle); stems only when the question allows it. */
      slot->choices = g_array_new (FALSE, FALSE, sizeof (guint));
      slot->stems = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < question->subquestions->len; i++)
        {
          const ScQuestionSubquestion *sub = g_ptr_array_index (question->subquestions, i);
          gboolean seen = FALSE;

          if (!sc_question_text_is_empty (&sub->text))
            g_array_append_val (slot->stems, i);
          for (guint j = 0; j < slot->choices->len && !seen; j++)
            seen = g_strcmp0 (((ScQuestionSubquestion *) g_ptr_array_index (question->subquestions,
                                                                             g_array_index (slot->choices, guint, j)))->answer,
                              sub->answer) == 0;
          if (!seen)
            g_array_append_val (slot->choices, i);
        }
      shuffle (rand, slot->choices);
      if (shuffle_choices)
        shuffle (rand, slot->stems);
      break;

    case SC_QUESTION_ORDERING:
      slot->items = draw_items (rand, question);
      break;

    case SC_QUESTION_CLOZE:
      if (!quiz->shuffle_answers)
        break;
      slot->part_choices = g_ptr_array_new_with_free_func (sc_attempt_part_order_free);
      for (guint i = 0; i < question->cloze_parts->len; i++)
        {
          const ScClozePart *part = g_ptr_array_index (question->cloze_parts, i);
          GArray *order = NULL;

          if (is_shuffled_part (part->type))
            {
              order = range (part->answers->len);
              shuffle (rand, order);
            }
          g_ptr_array_add (slot->part_choices, order);
        }
      break;

    case SC_QUESTION_TRUE_FALSE:
    case SC_QUESTION_SHORT_ANSWER:
    case SC_QUESTION_NUMERICAL:
    case SC_QUESTION_ESSAY:
    case SC_QUESTION_DESCRIPTION:
    case SC_QUESTION_UNSUPPORTED:
    default:
      break;
    }
}

static gboolean
is_drawable (const ScQuestionBankEntry *entry)
{
  return entry->type != SC_QUESTION_DESCRIPTION && entry->type != SC_QUESTION_UNSUPPORTED;
}

static gboolean
already_used (GArray *used,
              gint64  id)
{
  for (guint i = 0; i < used->len; i++)
    if (g_array_index (used, gint64, i) == id)
      return TRUE;

  return FALSE;
}

/* A random draw never takes a question the quiz asks by idnumber, even
 * when that fixed pick comes after it: it would be missing then. */
static gboolean
is_fixed (const ScAttemptQuiz *quiz,
          const char          *idnumber)
{
  for (guint i = 0; idnumber != NULL && i < quiz->picks->len; i++)
    {
      const ScQuizPick *pick = g_ptr_array_index (quiz->picks, i);

      if (g_strcmp0 (pick->idnumber, idnumber) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The question ids of each pick, in quiz order. */
static GArray *
draw_questions (ScDatabase           *database,
                GRand                *rand,
                const ScAttemptQuiz  *quiz,
                GArray              **out_marks,
                GError              **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint p = 0; p < quiz->picks->len; p++)
    {
      const ScQuizPick *pick = g_ptr_array_index (quiz->picks, p);
      ScQuestionFilter filter = SC_QUESTION_FILTER_INIT;
      g_autoptr(GPtrArray) entries = NULL;
      g_autoptr(GPtrArray) pool = g_ptr_array_new ();

      filter.bank = quiz->bank;
      filter.category = pick->category;
      filter.tag = pick->idnumber == NULL ? pick->tag : NULL;
      entries = sc_question_bank_search (database, &filter, error);
      if (entries == NULL)
        return NULL;

      for (guint i = 0; i < entries->len; i++)
        {
          ScQuestionBankEntry *entry = g_ptr_array_index (entries, i);

          if (already_used (ids, entry->id))
            continue;
          if (pick->idnumber == NULL && pick->only_category &&
              g_strcmp0 (entry->category, pick->category) != 0)
            continue;
          if (pick->idnumber == NULL && is_fixed (quiz, entry->idnumber))
            continue;
          if (pick->idnumber != NULL ? g_strcmp0 (entry->idnumber, pick->idnumber) == 0
                                     : is_drawable (entry))
            g_ptr_array_add (pool, entry);
        }

      if (pick->idnumber != NULL && pool->len == 0)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("The quiz “%s” asks for the question “%s”, which the question bank “%s” does not have. Import the bank again or correct the quiz."),
                       quiz->id, pick->idnumber, quiz->bank);
          return NULL;
        }
      if (pick->idnumber == NULL && pool->len < pick->count)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("The quiz “%s” draws %u questions from the question bank “%s”, which has only %u that fit (category %s, tag %s). Add questions to the bank or draw fewer."),
                       quiz->id, pick->count, quiz->bank, pool->len,
                       pick->category != NULL ? pick->category : "*",
                       pick->tag != NULL ? pick->tag : "*");
          return NULL;
        }

      /* Draw without replacement: a partial Fisher-Yates over the pool. */
      for (guint i = 0; i < MIN (pick->count, pool->len); i++)
        {
          guint j = pick->idnumber != NULL ? 0 : (guint) g_rand_int_range (rand, (gint32) i, (gint32) pool->len);
          ScQuestionBankEntry *entry = g_ptr_array_index (pool, j);

          g_ptr_array_index (pool, j) = g_ptr_array_index (pool, i);
          g_ptr_array_index (pool, i) = entry;
          g_array_append_val (ids, entry->id);
          g_array_append_val (marks, pick->mark);
        }
    }

  *out_marks = g_steal_pointer (&marks);

  return g_steal_pointer (&ids);
}

static gboolean
check_can_start (ScDatabase           *database,
                 const ScLearner      *learner,
                 const char           *course_id,
                 const ScAttemptQuiz  *quiz,
                 GError              **error)
{
  g_autofree char *open = NULL;
  guint count = 0;

  if (!sc_attempt_find_open (database, learner, course_id, quiz->id, &open, error) ||
      !sc_attempt_count (database, learner, course_id, quiz->id, &count, error))
    return FALSE;

  if (open != NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("An attempt at the quiz “%s” is already in progress. Continue it, or submit it before starting another."),
                   quiz->title != NULL ? quiz->title : quiz->id);
      return FALSE;
    }
  if (quiz->attempts_allowed > 0 && count >= quiz->attempts_allowed)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The quiz “%s” allows %u attempt, and it has been used.",
                                "The quiz “%s” allows %u attempts, and all have been used.",
                                quiz->attempts_allowed),
                   quiz->title != NULL ? quiz->title : quiz->id, quiz->attempts_allowed);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_start (ScAttempt   *self,
             ScDatabase  *database,
             GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  ScAttemptResult result = SC_ATTEMPT_RESULT_INIT;
  ScLearningTx tx;

  if (!sc_learning_tx_begin (&tx, database, error))
    return FALSE;

  stmt = sc_learning_prepare (database,
                              "INSERT INTO attempts (uuid, learner_id, course_id, module_id, quiz_id,"
                              " quiz_title, bank_id, behaviour, started_at, time_limit, seed,"
                              " pass_fraction, max_score)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                              error);
  if (stmt == NULL)
    return sc_learning_tx_fail (&tx);
  sc_learning_bind_text (stmt, 1, self->uuid);
  sqlite3_bind_int64 (stmt, 2, self->learner->id);
  sc_learning_bind_text (stmt, 3, self->course_id);
  sc_learning_bind_text (stmt, 4, self->module_id);
  sc_learning_bind_text (stmt, 5, self->quiz_id);
  sc_learning_bind_text (stmt, 6, self->quiz_title);
  sqlite3_bind_int64 (stmt, 7, self->bank_id);
  sc_learning_bind_text (stmt, 8, sc_behaviour_to_string (self->behaviour));
  sc_learning_bind_text (stmt, 9, self->started_at);
  sqlite3_bind_int64 (stmt, 10, self->time_limit);
  sqlite3_bind_int64 (stmt, 11, self->seed);
  sqlite3_bind_double (stmt, 12, self->pass_fraction);
  sqlite3_bind_double (stmt, 13, sc_attempt_get_max_score (self));
  if (!sc_learning_step_done (database, stmt, error))
    return sc_learning_tx_fail (&tx);
  g_clear_pointer (&stmt, sqlite3_finalize);

  for (guint i = 0; i < self->slots->len; i++)
    {
      ScAttemptSlot *slot = g_ptr_array_index (self->slots, i);
      g_autofree char *layout = sc_attempt_layout_to_json (slot);

      stmt = sc_learning_prepare (database,
                                  "INSERT INTO attempt_slots (attempt, learner_id, slot, question_id, max_mark, layout)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  error);
      if (stmt == NULL)
        return sc_learning_tx_fail (&tx);
      sc_learning_bind_text (stmt, 1, self->uuid);
      sqlite3_bind_int64 (stmt, 2, self->learner->id);
      sqlite3_bind_int64 (stmt, 3, slot->number);
      sqlite3_bind_int64 (stmt, 4, slot->question_id);
      sqlite3_bind_double (stmt, 5, slot->max_mark);
      sc_learning_bind_text (stmt, 6, layout);
      if (!sc_learning_step_done (database, stmt, error))
        return sc_learning_tx_fail (&tx);
      g_clear_pointer (&stmt, sqlite3_finalize);

      stmt = sc_learning_prepare (database,
                                  "INSERT INTO responses (attempt, learner_id, slot, saved_at)"
                                  " VALUES (?1, ?2, ?3, ?4)",
                                  error);
      if (stmt == NULL)
        return sc_learning_tx_fail (&tx);
      sc_learning_bind_text (stmt, 1, self->uuid);
      sqlite3_bind_int64 (stmt, 2, self->learner->id);
      sqlite3_bind_int64 (stmt, 3, slot->number);
      sc_learning_bind_text (stmt, 4, self->started_at);
      if (!sc_learning_step_done (database, stmt, error))
        return sc_learning_tx_fail (&tx);
      g_clear_pointer (&stmt, sqlite3_finalize);
    }

  if (!sc_attempt_record (self, database, SC_VERB_ATTEMPTED, NULL, &result, NULL, error))
    return sc_learning_tx_fail (&tx);

  return sc_learning_tx_commit (&tx, error);
}

/**
 * sc_attempt_start:
 * @course: (nullable): the course of the quiz, for activity IRIs and names
 * @rules: (nullable): the course's module rules; module status is updated
 *   with every statement of the attempt
 * @seed: fixes the random draws and shuffles; 0 picks one at random
 * @now: (nullable): the start time (tests pass their own clock)
 *
 * Starts an attempt at @quiz for @learner: draws its questions from the
 * quiz's bank, fixes their order and layout, and stores all of it with an
 * "attempted" statement, in one transaction. Refused while another
 * attempt at the quiz is in progress, or when the attempts allowed are
 * used up.
 *
 * Returns: (transfer full) (nullable): the attempt
 */
ScAttempt *
sc_attempt_start (ScDatabase          *database,
                  const ScLearner     *learner,
                  ScCourse            *course,
                  ScModuleRules       *rules,
                  const ScAttemptQuiz *quiz,
                  guint32              seed,
                  GDateTime           *now,
                  GError             **error)
{
  g_autoptr(ScAttempt) self = NULL;
  g_autoptr(ScQuestionBankInfo) bank = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) marks = NULL;
  g_autoptr(GArray) order = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (course == NULL || SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (quiz != NULL, NULL);

  self = g_object_new (SC_TYPE_ATTEMPT, NULL);
  self->course_id = g_strdup (quiz->course_id != NULL ? quiz->course_id
                              : course != NULL ? sc_course_get_id (course) : NULL);
  if (!check_can_start (database, learner, self->course_id, quiz, error))
    return NULL;

  bank = sc_question_bank_lookup (database, quiz->bank, error);
  if (bank == NULL)
    return NULL;

  self->uuid = g_uuid_string_random ();
  self->learner = sc_learner_copy (learner);
  self->course = course != NULL ? g_object_ref (course) : NULL;
  self->rules = rules != NULL ? sc_module_rules_ref (rules) : NULL;
  self->module_id = g_strdup (quiz->module_id);
  self->quiz_id = g_strdup (quiz->id);
  self->quiz_title = g_strdup (quiz->title);
  self->bank_id = bank->id;
  self->bank_name = g_strdup (bank->name);
  self->behaviour = quiz->behaviour;
  self->time_limit = quiz->time_limit;
  self->pass_fraction = CLAMP (quiz->pass_fraction, 0.0, 1.0);
  self->seed = seed != 0 ? seed : (guint32) g_random_int_range (1, G_MAXINT32);
  start = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  self->started_at = sc_attempt_format_time (start);

  rand = g_rand_new_with_seed (self->seed);
  ids = draw_questions (database, rand, quiz, &marks, error);
  if (ids == NULL)
    return NULL;
  if (ids->len == 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The quiz “%s” has no questions. Add questions to it before starting it."),
                   quiz->id);
      return NULL;
    }

  order = range (ids->len);
  if (quiz->shuffle_questions)
    shuffle (rand, order);

  for (guint i = 0; i < order->len; i++)
    {
      guint k = g_array_index (order, guint, i);
      ScAttemptSlot *slot = g_new0 (ScAttemptSlot, 1);
      double mark = g_array_index (marks, double, k);

      g_ptr_array_add (self->slots, slot);
      slot->number = i + 1;
      slot->question_id = g_array_index (ids, gint64, k);
      slot->question = sc_question_bank_load_question (database, slot->question_id, error);
      if (slot->question == NULL)
        return NULL;
      slot->max_mark = slot->question->type == SC_QUESTION_DESCRIPTION ? 0.0
                       : mark > 0 ? mark : MAX (slot->question->default_mark, 0.0);
      slot->fraction = -1.0;
      slot->mark = -1.0;
      slot->saved_at = g_strdup (self->started_at);
      draw_layout (rand, quiz, slot);
    }

  if (!write_start (self, database, error))
    return NULL;

  return g_steal_pointer (&self);
}

