/* sc-portfolio.c - a learner's work in a course, gathered for an instructor
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A portfolio is what a learner made, not only how they scored: the
 * results of the Progress page (ScLearnerReport), every written answer of
 * their finished quizzes with its mark and the grader's comment, or that
 * it waits for one, and each practice store with its latest Check My Work
 * and the messages the learner wrote to its customers, each beside the
 * customer's message it answers. sc-portfolio-html.c writes it as one
 * page to hand in or print.
 *
 * Messages a scenario put in an order's history before the store opened
 * are the scenario's, not the learner's: only those sent after the run
 * was created count.
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "sc-grading.h"
#include "sc-learning-private.h"
#include "sc-portfolio.h"
#include "sc-rich-text-html.h"
#include "sc-run.h"
#include "sc-sandbox-action.h"
#include "sc-xapi.h"

static void
answer_free (gpointer data)
{
  ScPortfolioAnswer *answer = data;

  g_free (answer->quiz_title);
  g_free (answer->submitted_at);
  g_free (answer->question);
  g_free (answer->answer);
  g_free (answer->comment);
  g_free (answer);
}

static void
message_free (gpointer data)
{
  ScPortfolioMessage *message = data;

  g_free (message->order_name);
  g_free (message->customer);
  g_free (message->customer_wrote);
  g_free (message->text);
  g_free (message);
}

static void
change_free (gpointer data)
{
  ScPortfolioChange *change = data;

  g_free (change->product);
  g_free (change->field);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
practice_free (gpointer data)
{
  ScPortfolioPractice *practice = data;

  g_free (practice->run_name);
  g_free (practice->scenario_id);
  g_free (practice->title);
  g_free (practice->checked_at);
  g_clear_pointer (&practice->messages, g_ptr_array_unref);
  g_clear_pointer (&practice->changes, g_ptr_array_unref);
  g_free (practice);
}

static void
portfolio_clear (gpointer data)
{
  ScPortfolio *self = data;

  g_free (self->learner_name);
  g_free (self->course_title);
  g_free (self->course_version);
  g_free (self->course_language);
  g_clear_pointer (&self->made_at, g_date_time_unref);
  g_clear_pointer (&self->report, sc_learner_report_free);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_pointer (&self->practices, g_ptr_array_unref);
}

/**
 * sc_portfolio_ref:
 *
 * Returns: (transfer full): @self
 */
ScPortfolio *
sc_portfolio_ref (ScPortfolio *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

void
sc_portfolio_unref (ScPortfolio *self)
{
  if (self != NULL)
    g_rc_box_release_full (self, portfolio_clear);
}

static char *
question_plain (ScQuestion *question)
{
  g_autoptr(ScRichText) text = NULL;

  if (question->stem.source == NULL)
    return g_strdup (question->name != NULL ? question->name : "");

  text = sc_rich_text_html_parse_format (question->stem.source, question->stem.format,
                                         NULL, NULL, NULL);

  return text != NULL ? sc_rich_text_to_plain (text) : g_strdup (question->stem.source);
}

static int
compare_answers (gconstpointer a,
                 gconstpointer b)
{
  const ScPortfolioAnswer *x = *(ScPortfolioAnswer * const *) a;
  const ScPortfolioAnswer *y = *(ScPortfolioAnswer * const *) b;

  return g_strcmp0 (x->submitted_at, y->submitted_at);
}

/* The learner's items of @items (ScGradingItem, any learner's) added to
 * @answers. */
static void
add_answers (GPtrArray       *answers,
             GPtrArray       *items,
             const ScLearner *learner,
             const char      *course_id)
{
  for (guint i = 0; i < items->len; i++)
    {
      ScGradingItem *item = g_ptr_array_index (items, i);
      ScPortfolioAnswer *answer;

      if (item->learner_id != learner->id ||
          (item->course_id != NULL && g_strcmp0 (item->course_id, course_id) != 0))
        continue;

      answer = g_new0 (ScPortfolioAnswer, 1);
      answer->quiz_title = g_strdup (item->quiz_title != NULL ? item->quiz_title : item->quiz_id);
      answer->submitted_at = g_strdup (item->submitted_at);
      answer->question = question_plain (item->question);
      answer->answer = g_strdup (item->answer != NULL ? item->answer : "");
      answer->graded = item->graded;
      answer->mark = item->mark;
      answer->max_mark = item->max_mark;
      answer->comment = g_strdup (item->comment != NULL ? item->comment : "");
      g_ptr_array_add (answers, answer);
    }
}

static GPtrArray *
collect_answers (ScDatabase       *database,
                 const ScLearner  *learner,
                 const char       *course_id,
                 GError          **error)
{
  g_autoptr(GPtrArray) answers = g_ptr_array_new_with_free_func (answer_free);
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GPtrArray) graded = NULL;

  if ((waiting = sc_grading_list_learner (database, learner->id, FALSE, error)) == NULL ||
      (graded = sc_grading_list_learner (database, learner->id, TRUE, error)) == NULL)
    return NULL;

  add_answers (answers, waiting, learner, course_id);
  add_answers (answers, graded, learner, course_id);
  /* Stable: an attempt's answers stay in question order. */
  g_ptr_array_sort (answers, compare_answers);

  return g_steal_pointer (&answers);
}

/* The title of the practice card that opens @run's scenario, or the
 * run's name (by default the scenario's title) when no lesson offers it. */
static char *
practice_title (ScCourse    *course,
                const ScRun *run)
{
  const char *scenario_id = run->scenario_id;
  GPtrArray *domains = sc_course_get_domains (course);

  for (guint d = 0; d < domains->len; d++)
    {
      ScDomain *domain = g_ptr_array_index (domains, d);

      for (guint m = 0; m < domain->modules->len; m++)
        {
          const ScRichBlock *practice =
            sc_module_find_practice (g_ptr_array_index (domain->modules, m), scenario_id);

          if (practice != NULL && practice->title != NULL)
            return g_strdup (practice->title);
        }
    }

  return g_strdup (run->name);
}

/* @name of @object when it is an object, else NULL. */
static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* A count of @object's member @name, 0 unless a number. */
static guint
count_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return 0;

  return (guint) CLAMP (json_node_get_double (node), 0, G_MAXUINT);
}

/* The run's latest check: its time and goals met, from the statement
 * that recorded it (sc-practice-statement.c). */
static gboolean
read_latest_check (ScDatabase           *database,
                   const ScRun          *run,
                   ScPortfolioPractice  *practice,
                   GError              **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *result;
  JsonObject *score;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT timestamp, json FROM statements"
                              " WHERE learner_id = ?1 AND registration = ?2 AND verb IN (?3, ?4)"
                              " ORDER BY timestamp DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, run->learner_id);
  sc_learning_bind_text (stmt, 2, run->registration);
  sc_learning_bind_text (stmt, 3, sc_verb_get_iri (SC_VERB_PASSED));
  sc_learning_bind_text (stmt, 4, sc_verb_get_iri (SC_VERB_FAILED));

  rc = sc_learning_step_row (database, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return TRUE;

  practice->checked_at = g_strdup (sc_learning_column_text (stmt, 0));
  /* A statement from another device may carry anything: a check without
   * a score reads as no goals counted. */
  root = json_from_string (sc_learning_column_text (stmt, 1), NULL);
  result = object_member (root != NULL && JSON_NODE_HOLDS_OBJECT (root)
                          ? json_node_get_object (root) : NULL, "result");
  score = object_member (result, "score");
  if (score != NULL)
    {
      practice->n_passed = count_member (score, "raw");
      practice->n_goals = count_member (score, "max");
    }

  return TRUE;
}

/* The messages the learner sent in @run, each after the customer's
 * message it answers: one query over the messages, however many orders
 * the store has. */
static gboolean
collect_messages (ScDatabase           *database,
                  const ScRun          *run,
                  ScPortfolioPractice  *practice,
                  GError              **error)
{
  g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 (run->created_at, NULL);
  gint64 opened = created != NULL ? g_date_time_to_unix (created) : 0;
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autofree char *order = NULL;
  g_autofree char *wrote = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT o.name, o.customer, m.text, m.sent_at, m.from_customer"
                              "  FROM sandbox_order_messages m JOIN sandbox_orders o ON o.id = m.order_id"
                              " WHERE m.run_uuid = ?1 AND m.learner_id = ?2"
                              " ORDER BY o.id, m.position",
                              error);
  if (stmt == NULL)
    return FALSE;
  sc_learning_bind_text (stmt, 1, run->uuid);
  sqlite3_bind_int64 (stmt, 2, run->learner_id);

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      const char *name = sc_learning_column_text (stmt, 0);
      const char *text = sc_learning_column_text (stmt, 2);
      gint64 sent_at = sqlite3_column_int64 (stmt, 3);
      ScPortfolioMessage *message;

      /* A new order's thread starts with nothing answered. */
      if (g_strcmp0 (order, name) != 0)
        {
          g_free (order);
          order = g_strdup (name);
          g_clear_pointer (&wrote, g_free);
        }
      if (sqlite3_column_int (stmt, 4) != 0)
        {
          g_free (wrote);
          wrote = g_strdup (text);
          continue;
        }
      if (sent_at <= opened)
        continue;

      message = g_new0 (ScPortfolioMessage, 1);
      message->order_name = g_strdup (name);
      message->customer = g_strdup (sc_learning_column_text (stmt, 1));
      message->customer_wrote = g_steal_pointer (&wrote);
      message->text = g_strdup (text);
      message->sent_at = sent_at;
      g_ptr_array_add (practice->messages, message);
    }

  return rc == SQLITE_DONE;
}

/* "title" as a table's cell: "Title". */
static char *
capitalized (const char *words)
{
  gunichar first = g_utf8_get_char (words);
  char head[8] = { 0 };

  if (first == 0)
    return g_strdup ("");
  g_unichar_to_utf8 (g_unichar_totitle (first), head);

  return g_strconcat (head, g_utf8_next_char (words), NULL);
}

/* The title now of the product an action's target ("product:12:title",
 * "variant:40:price", "image:7:alt") is about; %NULL when it is gone. */
static char *
product_title (ScDatabase  *database,
               const ScRun *run,
               const char  *kind,
               gint64       id,
               GError     **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  char *title = NULL;
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT coalesce (nullif (p.title, ''), p.handle) FROM sandbox_products p"
                              " WHERE p.run_uuid = ?1 AND p.id = CASE ?2"
                              "   WHEN 'product' THEN ?3"
                              "   WHEN 'variant' THEN (SELECT product_id FROM sandbox_variants WHERE id = ?3)"
                              "   WHEN 'image' THEN (SELECT product_id FROM sandbox_images WHERE id = ?3)"
                              " END",
                              error);
  if (stmt == NULL)
    return NULL;
  sc_learning_bind_text (stmt, 1, run->uuid);
  sc_learning_bind_text (stmt, 2, kind);
  sqlite3_bind_int64 (stmt, 3, id);
  rc = sc_learning_step_row (database, stmt, error);
  if (rc == SQLITE_ROW)
    title = g_strdup (sc_learning_column_text (stmt, 0));

  return title;
}

/* The listing fields the learner changed in @run since it last started
 * (its registration): each field's value before the first edit of it
 * against the last edit's (an undo's "after" is the value it put back),
 * read from the run's action log; a field back where it started is no
 * change. */
static gboolean
collect_changes (ScDatabase           *database,
                 const ScRun          *run,
                 ScPortfolioPractice  *practice,
                 GError              **error)
{
  g_autoptr(ScLearningStmt) stmt = NULL;
  g_autoptr(GHashTable) by_target = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (change_free);
  int rc;

  stmt = sc_learning_prepare (database,
                              "SELECT target, before, after FROM sandbox_actions"
                              " WHERE run_uuid = ?1 AND learner_id = ?2 AND registration = ?3"
                              "   AND (target GLOB 'product:*:*' OR target GLOB 'variant:*:*'"
                              "        OR target GLOB 'image:*:*')"
                              " ORDER BY sequence",
                              error);
  if (stmt == NULL)
    return FALSE;
  sc_learning_bind_text (stmt, 1, run->uuid);
  sqlite3_bind_int64 (stmt, 2, run->learner_id);
  sc_learning_bind_text (stmt, 3, run->registration);

  while ((rc = sc_learning_step_row (database, stmt, error)) == SQLITE_ROW)
    {
      const char *target = sc_learning_column_text (stmt, 0);
      const char *after = sc_learning_column_text (stmt, 2);
      ScPortfolioChange *change = g_hash_table_lookup (by_target, target);

      /* Kept by target for now: product and field are filled below. */
      if (change == NULL)
        {
          change = g_new0 (ScPortfolioChange, 1);
          change->field = g_strdup (target);
          change->before = g_strdup (sc_learning_column_text (stmt, 1));
          g_ptr_array_add (targets, change);
          g_hash_table_insert (by_target, change->field, change);
        }
      g_free (change->after);
      change->after = g_strdup (after);
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  for (guint i = 0; i < targets->len; i++)
    {
      ScPortfolioChange *change = g_ptr_array_index (targets, i);
      g_auto(GStrv) parts = g_strsplit (change->field, ":", 3);
      const char *words = sc_sandbox_field_get_words (parts[2]);
      gint64 id = g_ascii_strtoll (parts[1], NULL, 10);
      ScPortfolioChange *kept;

      if (g_strcmp0 (change->before != NULL ? change->before : "",
                     change->after != NULL ? change->after : "") == 0)
        continue;

      kept = g_new0 (ScPortfolioChange, 1);
      kept->product = product_title (database, run, parts[0], id, error);
      if (kept->product == NULL)
        {
          change_free (kept);
          if (error != NULL && *error != NULL)
            return FALSE;
          /* A product removed since (an import replaced the catalog). */
          continue;
        }
      kept->field = capitalized (words != NULL ? words : parts[2]);
      kept->before = g_strdup (change->before != NULL ? change->before : "");
      kept->after = g_strdup (change->after != NULL ? change->after : "");
      g_ptr_array_add (practice->changes, kept);
    }

  return TRUE;
}

static GPtrArray *
collect_practices (ScDatabase       *database,
                   const ScLearner  *learner,
                   ScCourse         *course,
                   GError          **error)
{
  g_autoptr(GPtrArray) practices = g_ptr_array_new_with_free_func (practice_free);
  g_autoptr(GPtrArray) runs = sc_run_list (database, learner->id, error);

  if (runs == NULL)
    return NULL;

  for (guint i = 0; i < runs->len; i++)
    {
      const ScRun *run = g_ptr_array_index (runs, i);
      ScPortfolioPractice *practice;

      /* A store imported from a file has no goals to show. */
      if (run->scenario_id == NULL)
        continue;

      practice = g_new0 (ScPortfolioPractice, 1);
      practice->run_name = g_strdup (run->name);
      practice->scenario_id = g_strdup (run->scenario_id);
      practice->title = practice_title (course, run);
      practice->messages = g_ptr_array_new_with_free_func (message_free);
      practice->changes = g_ptr_array_new_with_free_func (change_free);
      g_ptr_array_add (practices, practice);

      if (!read_latest_check (database, run, practice, error) ||
          !collect_messages (database, run, practice, error) ||
          !collect_changes (database, run, practice, error))
        return NULL;
    }

  return g_steal_pointer (&practices);
}

/**
 * sc_portfolio_collect:
 * @learner: whose work
 * @now: when the portfolio is made, local time
 * @error: a #GError naming the database when it could not be read
 *
 * Returns: (transfer full) (nullable): @learner's work in @course
 */
ScPortfolio *
sc_portfolio_collect (ScDatabase       *database,
                      const ScLearner  *learner,
                      ScCourse         *course,
                      GDateTime        *now,
                      GError          **error)
{
  g_autoptr(ScPortfolio) self = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (learner != NULL, NULL);
  g_return_val_if_fail (SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_rc_box_new0 (ScPortfolio);
  self->learner_name = g_strdup (learner->display_name);
  self->course_title = g_strdup (sc_course_get_title (course));
  self->course_version = g_strdup (sc_course_get_version (course));
  self->course_language = g_strdup (sc_course_get_language (course));
  self->made_at = g_date_time_ref (now);

  if ((self->report = sc_learner_report_read (database, learner, course, now, error)) == NULL ||
      (self->answers = collect_answers (database, learner, sc_course_get_id (course), error)) == NULL ||
      (self->practices = collect_practices (database, learner, course, error)) == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * sc_portfolio_file_name:
 *
 * The learner's name in it tells one learner's page from another's when
 * an instructor collects them from several computers or exports a class:
 * in ASCII, lower case, words joined by hyphens ("Chloé Martin" gives
 * "chloe-martin").
 *
 * Returns: (transfer full): the name of @self's page made on @now's day,
 *   "shopcraft-portfolio-2026-12-02-chloe-martin.html"
 */
char *
sc_portfolio_file_name (const ScPortfolio *self,
                        GDateTime         *now)
{
  g_autofree char *day = NULL;
  g_autofree char *ascii = NULL;
  g_autofree char *name = NULL;
  GString *slug = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  day = g_date_time_format (now, "%Y-%m-%d");
  ascii = g_str_to_ascii (self->learner_name != NULL ? self->learner_name : "", "C");
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  if (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "learner");

  name = g_string_free (slug, FALSE);

  return g_strdup_printf ("shopcraft-portfolio-%s-%s.html", day, name);
}
