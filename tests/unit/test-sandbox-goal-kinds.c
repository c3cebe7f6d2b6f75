/* test-sandbox-goal-kinds.c - each goal kind past the first four: a store that fails it, then one that passes
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store is test_sandbox_add_tote (): a draft "Canvas tote" with a Size
 * option (Small, Large) and two variants at 12.00 without SKU, barcode or
 * cost. Each test checks one goal, changes the store with the editor's
 * edits and checks again; failures must name the variant and say what to do.
 */
#include <string.h>

#include "sc-database.h"
#include "sc-learner.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-goal.h"
#include "test-db-util.h"
#include "test-sandbox-util.h"
#include "test-tote-store.h"

static const char policy_xml[] =
  "<policy id=\"test-market\">\n"
  "  <title>Test market</title>\n"
  "  <source>The test's own numbers</source>\n"
  "  <date>2026-11-30</date>\n"
  "  <limit rule=\"title-length\" name=\"min\" value=\"10\"/>\n"
  "  <limit rule=\"title-length\" name=\"max\" value=\"150\"/>\n"
  "  <limit rule=\"seo-title-length\" name=\"max\" value=\"20\"/>\n"
  "  <limit rule=\"seo-description-length\" name=\"max\" value=\"40\"/>\n"
  "  <phrases rule=\"promotional\">free shipping|best price</phrases>\n"
  "</policy>\n";

typedef ToteStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  tote_store_set_up (f, policy_xml, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  tote_store_tear_down (f);
}

static GPtrArray *
parse_goal (const char *goal)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *xml = g_strdup_printf ("<goals>%s</goals>", goal);
  GPtrArray *goals = sc_goals_parse (xml, strlen (xml), "scenarios/tote.xml", problems);

  for (guint i = 0; i < sc_course_problems_get_len (problems); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_test_message ("%s", line);
    }
  g_assert_nonnull (goals);
  g_assert_cmpuint (goals->len, ==, 1);

  return goals;
}

/* NULL when the goal passes, its message otherwise. */
static char *
check (Fixture    *f,
       const char *goal)
{
  g_autoptr(GPtrArray) goals = parse_goal (goal);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = sc_sandbox_check (f->database, f->run, goals, f->policy, &error);
  const ScGoalResult *result;

  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->kind, ==, ((const ScGoal *) g_ptr_array_index (goals, 0))->kind);
  if (result->passed)
    {
      g_assert_null (result->message);
      return NULL;
    }
  g_assert_nonnull (result->message);
  g_test_message ("%s", result->message);

  return g_strdup (result->message);
}

#define assert_passes(f, goal) G_STMT_START {      \
    g_autofree char *message__ = check (f, goal);  \
    g_assert_null (message__);                     \
  } G_STMT_END

/* Fails, and its message holds each of the NULL-terminated texts. */
static void
assert_fails (Fixture    *f,
              const char *goal,
              ...)
{
  g_autofree char *message = check (f, goal);
  va_list args;

  g_assert_nonnull (message);
  va_start (args, goal);
  for (const char *text = va_arg (args, const char *); text != NULL; text = va_arg (args, const char *))
    {
      if (strstr (message, text) == NULL)
        g_test_message ("not in the message: %s", text);
      g_assert_nonnull (strstr (message, text));
    }
  va_end (args);
}

static void
test_price_ending (Fixture       *f,
                   gconstpointer  data)
{
  static const char goal[] = "<goal id=\"g\" type=\"price-ending\" product=\"tote\" ending=\".95\"/>";
  static const char half[] = "<goal id=\"g\" type=\"price-ending\" product=\"tote\" ending=\".5\"/>";

  assert_fails (f, goal, "Variant 1 (Small) sells for 12.00; make it end in .95, for example 11.95 or 12.95.",
                "Variant 2 (Large)", NULL);
  tote_store_edit_variant (f, 0, "price", "12.95");
  assert_fails (f, goal, "Variant 2 (Large) sells for 12.00", NULL);
  tote_store_edit_variant (f, 1, "price", "14.95");
  assert_passes (f, goal);

  /* ".5" is .50, not any price whose last digit is 5. */
  assert_fails (f, half, "Variant 1 (Small) sells for 12.95; make it end in .50, for example 12.50 or 13.50.",
                NULL);
  tote_store_edit_variant (f, 0, "price", "12.50");
  tote_store_edit_variant (f, 1, "price", "14.50");
  assert_passes (f, half);
}

static void
test_compare_at_valid (Fixture       *f,
                       gconstpointer  data)
{
  static const char goal[] = "<goal id=\"g\" type=\"compare-at-valid\" product=\"tote\"/>";

  assert_passes (f, goal);
  tote_store_edit_variant (f, 1, "compare-at", "12.00");
  assert_fails (f, goal, "Variant 2 (Large) has a compare-at price of 12.00, which is not above its price of 12.00.",
                "genuine earlier price", NULL);
  tote_store_edit_variant (f, 1, "compare-at", "15.00");
  assert_passes (f, goal);
}

static void
test_seo_fields (Fixture       *f,
                 gconstpointer  data)
{
  static const char goal[] = "<goal id=\"g\" type=\"seo-fields\" product=\"tote\"/>";

  assert_fails (f, goal, "The SEO title is empty.", "The meta description is empty.", NULL);
  tote_store_edit_product (f, "seo-title", "Canvas tote with a pocket | Harbor");
  tote_store_edit_product (f, "seo-description", "A canvas tote.");
  assert_fails (f, goal, "The SEO title has 34 characters; “Test market” shows at most 20.", NULL);
  tote_store_edit_product (f, "seo-title", "Canvas tote | Harbor");
  assert_passes (f, goal);
}

static void
test_option_matrix (Fixture       *f,
                    gconstpointer  data)
{
  static const char goal[] = "<goal id=\"g\" type=\"option-matrix\" product=\"tote\" options=\"1\"/>";
  static const char two[] = "<goal id=\"g\" type=\"option-matrix\" product=\"tote\" options=\"2\"/>";

  assert_fails (f, goal, "Variant 1 (Small) has no SKU.", "Variant 2 (Large) has no SKU.", NULL);
  assert_fails (f, two, "The product has 1 option; it needs 2.", NULL);
  tote_store_edit_variant (f, 0, "sku", "TOTE-S");
  tote_store_edit_variant (f, 1, "sku", "TOTE-L");
  assert_passes (f, goal);
  tote_store_edit_variant (f, 1, "price", "");
  assert_fails (f, goal, "Variant 2 (Large) has no price.", NULL);
}

static void
test_no_lint_findings (Fixture       *f,
                       gconstpointer  data)
{
  static const char rule[] = "<goal id=\"g\" type=\"no-lint-findings\" product=\"tote\" rule=\"sku-missing\"/>";
  static const char field[] = "<goal id=\"g\" type=\"no-lint-findings\" product=\"tote\" field=\"title\"/>";

  assert_fails (f, rule, "SKU", NULL);
  assert_passes (f, field);
  tote_store_edit_product (f, "title", "Canvas tote – free shipping");
  assert_fails (f, field, "free shipping", NULL);
  tote_store_edit_product (f, "title", "Canvas tote with an inside pocket");
  assert_passes (f, field);
  tote_store_edit_variant (f, 0, "sku", "TOTE-S");
  tote_store_edit_variant (f, 1, "sku", "TOTE-L");
  assert_passes (f, rule);
}

static void
test_field_filled_and_equals (Fixture       *f,
                              gconstpointer  data)
{
  static const char vendor[] = "<goal id=\"g\" type=\"field-filled\" product=\"tote\" field=\"vendor\"/>";
  static const char barcode[] = "<goal id=\"g\" type=\"field-filled\" product=\"tote\" field=\"barcode\"/>";
  static const char equals[] = "<goal id=\"g\" type=\"field-equals\" product=\"tote\" field=\"vendor\" "
                               "value=\"Harbor &amp; Pine\"/>";

  assert_fails (f, vendor, "The field vendor is empty.", NULL);
  assert_fails (f, equals, "The field vendor is “”, not “Harbor & Pine”.", NULL);
  tote_store_edit_product (f, "vendor", "Harbour and Pine");
  assert_passes (f, vendor);
  assert_fails (f, equals, "The field vendor is “Harbour and Pine”, not “Harbor & Pine”.", NULL);
  tote_store_edit_product (f, "vendor", "Harbor & Pine");
  assert_passes (f, equals);

  assert_fails (f, barcode, "Variant 1 (Small) has no barcode.", "Variant 2 (Large) has no barcode.", NULL);
  tote_store_edit_variant (f, 0, "barcode", "4006381333931");
  assert_fails (f, barcode, "Variant 2 (Large) has no barcode.", NULL);
  tote_store_edit_variant (f, 1, "barcode", "4006381333948");
  assert_passes (f, barcode);
}

static void
test_field_edited (Fixture       *f,
                   gconstpointer  data)
{
  static const char goal[] = "<goal id=\"g\" type=\"field-edited\" product=\"tote\" field=\"description\"/>";
  static const char price[] = "<goal id=\"g\" type=\"field-edited\" product=\"tote\" field=\"price\"/>";

  assert_fails (f, goal, "The field description is as it came: it has not been edited yet.", NULL);
  assert_fails (f, price, "The field price is as it came", NULL);
  tote_store_edit_product (f, "description", "<p>Heavy canvas, two handles and an inside pocket.</p>");
  assert_passes (f, goal);
  g_assert_true (sc_sandbox_undo (f->database, f->run, f->ada->id, NULL, NULL));
  assert_fails (f, goal, "has not been edited yet", NULL);
  g_assert_true (sc_sandbox_redo (f->database, f->run, f->ada->id, NULL, NULL));
  assert_passes (f, goal);
  /* A variant field counts when any variant's was edited. */
  tote_store_edit_variant (f, 1, "price", "13.00");
  assert_passes (f, price);
}

static void
test_edit_limit (Fixture       *f,
                 gconstpointer  data)
{
  static const char goal[] = "<goal id=\"g\" type=\"edit-limit\" product=\"tote\" field=\"price\" max=\"1\"/>";

  assert_passes (f, goal);
  tote_store_edit_variant (f, 0, "price", "14.00");
  tote_store_edit_variant (f, 1, "price", "16.00");
  assert_passes (f, goal);
  tote_store_edit_variant (f, 0, "price", "13.00");
  assert_fails (f, goal, "The price of Variant 1 (Small) was changed 2 times; at most 1 changes were allowed.",
                NULL);
  /* An undone change is no change the buyers saw. */
  g_assert_true (sc_sandbox_undo (f->database, f->run, f->ada->id, NULL, NULL));
  assert_passes (f, goal);
}

static void
test_goal_problems (void)
{
  static const char xml[] =
    "<goals>\n"
    "  <goal id=\"a\" type=\"price-ending\" product=\"*\"/>\n"
    "  <goal id=\"b\" type=\"option-matrix\" product=\"*\" options=\"4\"/>\n"
    "  <goal id=\"c\" type=\"no-lint-findings\" product=\"*\" rule=\"sku-missing\" field=\"title\"/>\n"
    "  <goal id=\"d\" type=\"field-equals\" product=\"*\" field=\"price\" value=\"9.95\"/>\n"
    "  <goal id=\"e\" type=\"field-equals\" product=\"*\" field=\"vendor\"/>\n"
    "  <goal id=\"f\" type=\"no-lint-findings\" product=\"*\" field=\"colour\"/>\n"
    "</goals>\n";
  static const char * const expected[] = {
    "x.xml:2: <goal> needs a ending attribute, for example ending=\".95\"",
    "x.xml:3: options=\"4\" must be a whole number from 1 to 3",
    "x.xml:4: a no-lint-findings goal needs either rule (for example rule=\"title-promotional\") or field "
    "(for example field=\"title\"), not both",
    "x.xml:5: field=\"price\" is not a product field; use title, description, status, vendor, category, tags, "
    "seo-title or seo-description",
    "x.xml:6: <goal> needs a value attribute, for example value=\"active\"",
    "x.xml:7: field=\"colour\" is not a field the listing checker points at; use one such as title, "
    "description, variants.sku or seo-title",
  };
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) goals = sc_goals_parse (xml, strlen (xml), "x.xml", problems);

  g_assert_null (goals);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = sc_course_problem_to_string (sc_course_problems_get (problems, i));

      g_assert_cmpstr (line, ==, expected[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/goal-kinds/problems", test_goal_problems);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/goal-kinds/price-ending", test_price_ending);
  ADD ("/goal-kinds/compare-at-valid", test_compare_at_valid);
  ADD ("/goal-kinds/seo-fields", test_seo_fields);
  ADD ("/goal-kinds/option-matrix", test_option_matrix);
  ADD ("/goal-kinds/no-lint-findings", test_no_lint_findings);
  ADD ("/goal-kinds/field-filled-and-equals", test_field_filled_and_equals);
  ADD ("/goal-kinds/field-edited", test_field_edited);
  ADD ("/goal-kinds/edit-limit", test_edit_limit);
#undef ADD

  return g_test_run ();
}
