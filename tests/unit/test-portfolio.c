/* test-portfolio.c - a learner's written answers, marks, practice checks and customer messages, as one page
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-grading.h"
#include "sc-portfolio.h"
#include "sc-run-orders.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario-run.h"
#include "sc-xapi.h"
#include "test-attempt-util.h"

static ScPortfolio *
collect (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 2, 9, 30, 0);
  g_autoptr(GError) error = NULL;
  ScPortfolio *portfolio = sc_portfolio_collect (f->database, f->learner, f->course, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (portfolio);

  return portfolio;
}

static char *
to_html (ScPortfolio *portfolio)
{
  return sc_portfolio_to_html (portfolio, NULL, NULL, 0);
}

static void
assert_contains (const char *html,
                 const char *part)
{
  if (strstr (html, part) == NULL)
    g_error ("the page lacks “%s”:\n%s", part, html);
}

/* A learner with nothing done yet gets a page that says so. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ScPortfolio) portfolio = collect (f);
  g_autofree char *html = NULL;

  g_assert_cmpuint (portfolio->answers->len, ==, 0);
  g_assert_cmpuint (portfolio->practices->len, ==, 0);
  g_assert_cmpstr (portfolio->learner_name, ==, f->learner->display_name);

  html = to_html (portfolio);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
  assert_contains (html, "No written answers in a finished quiz yet.");
  assert_contains (html, "No practice store opened yet.");
  assert_contains (html, "made 2026-12-02 09:30");
  /* Nothing fetched from elsewhere: it opens offline. */
  g_assert_null (strstr (html, "http"));
  g_assert_null (strstr (html, "<script"));
}

/* The page's name tells learners apart, in ASCII whatever the name. */
static void
test_file_name (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ScPortfolio) portfolio = collect (f);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 2, 9, 30, 0);
  const struct { const char *name; const char *file; } cases[] = {
    { "Chloé Martin", "shopcraft-portfolio-2026-12-02-chloe-martin.html" },
    { "  O'Brien, Seán ", "shopcraft-portfolio-2026-12-02-o-brien-sean.html" },
    { "../../etc", "shopcraft-portfolio-2026-12-02-etc.html" },
    { "李雷", "shopcraft-portfolio-2026-12-02-learner.html" },
    { "", "shopcraft-portfolio-2026-12-02-learner.html" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = NULL;

      g_free (portfolio->learner_name);
      portfolio->learner_name = g_strdup (cases[i].name);
      file = sc_portfolio_file_name (portfolio, now);
      g_assert_cmpstr (file, ==, cases[i].file);
    }
}

static ScAttempt *
essay_attempt (Fixture         *f,
               const ScLearner *learner,
               const char      *text)
{
  g_autoptr(ScAttemptQuiz) quiz = test_make_quiz (SC_BEHAVIOUR_DEFERRED, "sc1", "essay1", NULL);
  g_autoptr(GDateTime) start_time = test_time (0);
  g_autoptr(GDateTime) end_time = test_time (60);
  g_autoptr(GError) error = NULL;
  ScAttempt *attempt;

  attempt = sc_attempt_start (f->database, learner, f->course, NULL, quiz, 5, start_time, &error);
  g_assert_no_error (error);
  test_save (attempt, f->database, "essay1", test_text (text), 10);
  g_assert_true (sc_attempt_submit (attempt, f->database, end_time, &error));
  g_assert_no_error (error);

  return attempt;
}

/* The learner's essays, and only theirs, with the question, the text as
 * written (escaped on the page), then the mark and comment once graded. */
static void
test_written_answers (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ScLearner) other = NULL;
  g_autoptr(ScAttempt) mine = NULL;
  g_autoptr(ScAttempt) theirs = NULL;
  g_autoptr(ScPortfolio) waiting = NULL;
  g_autoptr(ScPortfolio) graded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  const ScPortfolioAnswer *answer;

  other = sc_learner_create (f->database, "Grace Hopper", &error);
  g_assert_no_error (error);
  theirs = essay_attempt (f, other, "Not mine to show.");
  mine = essay_attempt (f, f->learner, "Margins <b>pay</b> for returns & refunds.");

  waiting = collect (f);
  g_assert_cmpuint (waiting->answers->len, ==, 1);
  answer = g_ptr_array_index (waiting->answers, 0);
  g_assert_cmpstr (answer->answer, ==, "Margins <b>pay</b> for returns & refunds.");
  g_assert_cmpstr (answer->quiz_title, ==, "Listing basics check");
  g_assert_cmpstr (answer->question, ==, "Pick one");
  g_assert_false (answer->graded);
  html = to_html (waiting);
  assert_contains (html, "Margins &lt;b&gt;pay&lt;/b&gt; for returns &amp; refunds.");
  assert_contains (html, "Waiting for the instructor’s mark");
  g_assert_null (strstr (html, "Not mine to show."));
  g_clear_pointer (&html, g_free);

  g_assert_true (sc_attempt_grade_essay (f->database, f->course, NULL, sc_attempt_get_uuid (mine),
                                         test_slot_of (mine, "essay1"), 2.5,
                                         "Clear, with one example.", "Instructor", NULL, &error));
  g_assert_no_error (error);
  graded = collect (f);
  g_assert_cmpuint (graded->answers->len, ==, 1);
  answer = g_ptr_array_index (graded->answers, 0);
  g_assert_true (answer->graded);
  g_assert_cmpfloat (answer->mark, ==, 2.5);
  g_assert_cmpfloat (answer->max_mark, ==, 3.0);
  html = to_html (graded);
  assert_contains (html, "Mark: 2.5 of 3");
  assert_contains (html, "Clear, with one example.");
  g_assert_null (strstr (html, "Waiting for the instructor’s mark"));
}

static ScScenario *
builtin_scenario (const char *id)
{
  g_autofree char *dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                           "ecommerce-operations", NULL);
  g_autofree char *real_dir = g_canonicalize_filename (dir, NULL);
  g_autoptr(GError) error = NULL;
  ScScenario *scenario = sc_scenario_find (real_dir, id, &error);

  g_assert_no_error (error);

  return scenario;
}

static GPtrArray *
results (guint n_goals,
         guint n_passed)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_goal_result_free);

  for (guint i = 0; i < n_goals; i++)
    {
      ScGoalResult *result = g_new0 (ScGoalResult, 1);

      result->goal_id = g_strdup_printf ("goal-%u", i);
      result->kind = SC_GOAL_STATUS;
      result->passed = i < n_passed;
      g_ptr_array_add (results, result);
    }

  return results;
}

/* A practice store with its latest check and the learner's reply to a
 * customer beside what the customer wrote; the replies the scenario
 * wrote before the store opened are not the learner's. */
static void
test_practice (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ScScenario) scenario = builtin_scenario ("customer-inbox");
  g_autoptr(ScRun) run = NULL;
  g_autoptr(GPtrArray) first = results (3, 1);
  g_autoptr(GPtrArray) latest = results (3, 2);
  g_autoptr(ScPortfolio) before = NULL;
  g_autoptr(ScPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  const ScPortfolioPractice *practice;
  const ScPortfolioMessage *message;
  gint64 sequence = 0;

  run = sc_scenario_open_run (f->database, f->learner->id, scenario, &error);
  g_assert_no_error (error);

  before = collect (f);
  g_assert_cmpuint (before->practices->len, ==, 1);
  practice = g_ptr_array_index (before->practices, 0);
  g_assert_cmpstr (practice->scenario_id, ==, "customer-inbox");
  /* The example course offers no card for it: the store's own name. */
  g_assert_cmpstr (practice->title, ==, run->name);
  g_assert_null (practice->checked_at);
  /* #3006's thank-you was answered by the scenario, not the learner. */
  g_assert_cmpuint (practice->messages->len, ==, 0);

  g_assert_true (sc_sandbox_order_act (f->database, run, f->learner->id, "#3001",
                                       &(ScOrderRequest) { .action = SC_ORDER_ACTION_NOTIFY,
                                                           .message = "Sorry, Sara: it ships today <by 5 pm>." },
                                       g_get_real_time () / G_USEC_PER_SEC + 60, &sequence, &error));
  g_assert_no_error (error);
  g_assert_true (sc_sandbox_record_check (f->database, f->course, run, NULL, first, &error));
  g_assert_no_error (error);
  g_usleep (2000);
  g_assert_true (sc_sandbox_record_check (f->database, f->course, run, NULL, latest, &error));
  g_assert_no_error (error);

  portfolio = collect (f);
  practice = g_ptr_array_index (portfolio->practices, 0);
  g_assert_nonnull (practice->checked_at);
  g_assert_cmpuint (practice->n_goals, ==, 3);
  g_assert_cmpuint (practice->n_passed, ==, 2);
  g_assert_cmpuint (practice->messages->len, ==, 1);
  message = g_ptr_array_index (practice->messages, 0);
  g_assert_cmpstr (message->order_name, ==, "#3001");
  g_assert_cmpstr (message->customer, ==, "Sara Lindqvist");
  g_assert_cmpstr (message->text, ==, "Sorry, Sara: it ships today <by 5 pm>.");
  g_assert_nonnull (message->customer_wrote);
  g_assert_true (g_str_has_prefix (message->customer_wrote, "Hello, I ordered two beeswax candles"));

  html = to_html (portfolio);
  assert_contains (html, "<h3>Clear the morning inbox</h3>");
  assert_contains (html, "2 of 3 goals met");
  assert_contains (html, "Order #3001 · Sara Lindqvist");
  assert_contains (html, "it ships today &lt;by 5 pm&gt;.");
  assert_contains (html, "Where is my order?");
}

static gint64
product_id (Fixture     *f,
            const ScRun *run,
            const char  *handle)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM sandbox_products WHERE run_uuid = '%s'"
                                          " AND handle = '%s'", run->uuid, handle);
  sqlite3_stmt *stmt = NULL;
  gint64 id;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return id;
}

static void
edit (Fixture     *f,
      const ScRun *run,
      gint64       product,
      const char  *field,
      const char  *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_sandbox_edit_product (f->database, run, f->learner->id, product, field, value,
                                          NULL, &error));
  g_assert_no_error (error);
}

/* The listing fields a learner rewrote, each as the store had it and as
 * it is now: a field edited twice shows its first and last value, an
 * edit undone is no change, and Start Over begins a new record. */
static void
test_listings_changed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ScScenario) scenario = builtin_scenario ("compliant-title-seo");
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScPortfolio) portfolio = NULL;
  g_autoptr(ScPortfolio) untouched = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  const ScPortfolioPractice *practice;
  const ScPortfolioChange *change;
  gint64 beanie;

  run = sc_scenario_open_run (f->database, f->learner->id, scenario, &error);
  g_assert_no_error (error);
  beanie = product_id (f, run, "merino-rib-beanie");

  untouched = collect (f);
  practice = g_ptr_array_index (untouched->practices, 0);
  g_assert_cmpuint (practice->changes->len, ==, 0);

  edit (f, run, beanie, "title", "Merino beanie");
  edit (f, run, beanie, "seo-title", "Rib-knit merino beanie <warm> & soft | Fjellgarn");
  edit (f, run, beanie, "title", "Fjellgarn merino rib beanie – Forest green");
  edit (f, run, beanie, "vendor", "Someone else");
  g_assert_true (sc_sandbox_undo (f->database, run, f->learner->id, NULL, &error));
  g_assert_no_error (error);

  portfolio = collect (f);
  practice = g_ptr_array_index (portfolio->practices, 0);
  g_assert_cmpuint (practice->changes->len, ==, 2);
  change = g_ptr_array_index (practice->changes, 0);
  g_assert_cmpstr (change->product, ==, "Fjellgarn merino rib beanie – Forest green");
  g_assert_cmpstr (change->field, ==, "Title");
  g_assert_cmpstr (change->before, ==, "Beanie");
  g_assert_cmpstr (change->after, ==, "Fjellgarn merino rib beanie – Forest green");
  change = g_ptr_array_index (practice->changes, 1);
  g_assert_cmpstr (change->field, ==, "SEO title");
  g_assert_cmpstr (change->before, ==, "");
  g_assert_cmpstr (change->after, ==, "Rib-knit merino beanie <warm> & soft | Fjellgarn");

  html = to_html (portfolio);
  assert_contains (html, "<h4>Listings Changed</h4>");
  assert_contains (html, "<td class=\"value\">Beanie</td>");
  assert_contains (html, "<td class=\"value\">(empty)</td>");
  assert_contains (html, "Rib-knit merino beanie &lt;warm&gt; &amp; soft | Fjellgarn");
  g_assert_null (strstr (html, "Someone else"));

  /* Start Over: a new store, nothing changed in it yet. */
  g_clear_pointer (&portfolio, sc_portfolio_unref);
  g_assert_true (sc_scenario_reset_run (f->database, scenario, run, &error));
  g_assert_no_error (error);
  portfolio = collect (f);
  practice = g_ptr_array_index (portfolio->practices, 0);
  g_assert_cmpuint (practice->changes->len, ==, 0);
}

/* A check statement written elsewhere (imported from another device)
 * may carry no result, a result that is not an object, or words where
 * the score's numbers go: the store is still listed, checked, with no
 * goals counted, and nothing else of the portfolio is lost. */
static void
test_broken_check (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ScScenario) scenario = builtin_scenario ("customer-inbox");
  g_autoptr(ScRun) run = NULL;
  g_autoptr(GError) error = NULL;
  const char * const broken[] = {
    "{\"verb\": {}}",
    "{\"result\": 5}",
    "{\"result\": {\"score\": \"all\"}}",
    "{\"result\": {\"score\": {\"raw\": \"two\", \"max\": [3]}}}",
    "{not json",
  };

  run = sc_scenario_open_run (f->database, f->learner->id, scenario, &error);
  g_assert_no_error (error);

  for (gsize i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(ScPortfolio) portfolio = NULL;
      g_autofree char *html = NULL;
      char *sql;
      const ScPortfolioPractice *practice;

      sql = sqlite3_mprintf ("INSERT INTO statements (id, learner_id, verb, object_id, registration,"
                             " timestamp, json) VALUES ('broken-%u', %lld, '%q', 'urn:x', '%q',"
                             " '2027-01-0%uT10:00:00.000Z', '%q')",
                             (guint) i, (long long) f->learner->id, sc_verb_get_iri (SC_VERB_PASSED),
                             run->registration, (guint) i + 1, broken[i]);
      g_assert_cmpint (sqlite3_exec (f->db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);

      portfolio = collect (f);
      g_assert_cmpuint (portfolio->practices->len, ==, 1);
      practice = g_ptr_array_index (portfolio->practices, 0);
      g_assert_nonnull (practice->checked_at);
      g_assert_cmpuint (practice->n_goals, ==, 0);
      g_assert_cmpuint (practice->n_passed, ==, 0);
      html = to_html (portfolio);
      assert_contains (html, "0 of 0 goals met");
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/portfolio/empty", Fixture, NULL, attempt_set_up, test_empty, fixture_tear_down);
  g_test_add ("/portfolio/file-name", Fixture, NULL, attempt_set_up, test_file_name, fixture_tear_down);
  g_test_add ("/portfolio/written-answers", Fixture, NULL, attempt_set_up, test_written_answers,
              fixture_tear_down);
  g_test_add ("/portfolio/practice", Fixture, NULL, attempt_set_up, test_practice, fixture_tear_down);
  g_test_add ("/portfolio/listings-changed", Fixture, NULL, attempt_set_up, test_listings_changed,
              fixture_tear_down);
  g_test_add ("/portfolio/broken-check", Fixture, NULL, attempt_set_up, test_broken_check,
              fixture_tear_down);

  return g_test_run ();
}
