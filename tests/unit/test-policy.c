/* test-policy.c - reading policy files: the shipped ones, and broken ones with FILE:LINE
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sc-policy.h"

#define HEAD "<policy id=\"p\">\n<title>T</title>\n<source>S</source>\n<date>2026-01-01</date>\n"
#define FILE_NAME "policies/bad.xml"

static void
test_shipped (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *course_dir = g_test_build_filename (G_TEST_DIST, "..", "data", "courses",
                                                       "ecommerce-operations", NULL);
  g_autoptr(GPtrArray) policies = sc_policy_load_all (course_dir, problems);
  g_auto(GStrv) lines = sc_course_problems_to_strv (problems);
  const ScPolicy *general;
  const ScPolicy *strict;
  const ScPolicyLimit *limit;
  const ScPolicyCategory *category;
  gint64 value = -1;

  g_assert_cmpstrv (lines, (const char * const[]) { NULL });
  g_assert_cmpuint (policies->len, ==, 2);
  general = g_ptr_array_index (policies, 0);
  strict = g_ptr_array_index (policies, 1);
  g_assert_cmpstr (sc_policy_get_id (general), ==, "general-marketplace");
  g_assert_cmpstr (sc_policy_get_id (strict), ==, "strict-marketplace");
  g_assert_cmpstr (sc_policy_get_title (strict), ==, "Strict marketplace");
  g_assert_cmpstr (sc_policy_get_date (general), ==, "2026-11-30");
  g_assert_nonnull (strstr (sc_policy_get_source (general), "not any real marketplace"));

  g_assert_true (sc_policy_get_value (general, "title-length", "max", &value));
  g_assert_cmpint (value, ==, 150);
  g_assert_true (sc_policy_get_value (strict, "title-length", "max", &value));
  g_assert_cmpint (value, ==, 80);
  g_assert_true (sc_policy_get_value (strict, "barcode", "required", &value));
  g_assert_cmpint (value, ==, 1);

  /* Every threshold has a source and a date, its own or the policy's. */
  for (guint p = 0; p < policies->len; p++)
    for (const char *rule = "title-length"; rule != NULL; rule = NULL)
      {
        limit = sc_policy_get_limit (g_ptr_array_index (policies, p), rule, "max");
        g_assert_nonnull (limit);
        g_assert_cmpstr (limit->source, !=, "");
        g_assert_cmpstr (limit->date, ==, "2026-11-30");
      }

  category = sc_policy_match_category (strict, "Apparel & Accessories > Clothing > Sweaters");
  g_assert_nonnull (category);
  g_assert_cmpstr (category->id, ==, "apparel");
  g_assert_cmpstrv (category->attributes, ((const char * const[]) { "size", "color", NULL }));
  g_assert_null (sc_policy_match_category (strict, "Apparel & Accessories > Clothingish"));
  g_assert_null (sc_policy_match_category (general, NULL));
  g_assert_nonnull (sc_policy_match_category (general, "apparel & accessories > clothing"));

  g_assert_true (g_strv_contains (sc_policy_get_phrases (general, "promotional"), "free shipping"));
  g_assert_true (g_strv_contains (sc_policy_get_phrases (strict, "decorative"), "™"));
  g_assert_false (g_strv_contains (sc_policy_get_phrases (general, "decorative"), "™"));
  g_assert_null (sc_policy_get_phrases (general, "no-such-list")[0]);
}

static void
test_valid_minimal (void)
{
  static const char xml[] =
    HEAD
    "<limit rule=\"seo-title-length\" name=\"max\" value=\"60\" source=\"Own\" date=\"2025-02-03\"/>\n"
    "<phrases rule=\"promotional\"> Free Shipping | | SALE </phrases>\n"
    "</policy>\n";
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScPolicy) policy = sc_policy_parse (xml, strlen (xml), FILE_NAME, problems);
  const ScPolicyLimit *limit;

  g_assert_nonnull (policy);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
  limit = sc_policy_get_limit (policy, "seo-title-length", "max");
  g_assert_cmpint (limit->value, ==, 60);
  g_assert_cmpstr (limit->source, ==, "Own");
  g_assert_cmpstr (limit->date, ==, "2025-02-03");
  g_assert_null (sc_policy_get_limit (policy, "title-length", "max"));
  g_assert_cmpstrv (sc_policy_get_phrases (policy, "promotional"),
                    ((const char * const[]) { "free shipping", "sale", NULL }));
}

typedef struct
{
  const char *name;
  const char *xml;
  const char *problems;  /* every problem, one a line */
} Broken;

static const Broken broken[] = {
  { "unknown-element", HEAD "<limt rule=\"title-length\" name=\"max\" value=\"80\"/>\n</policy>",
    FILE_NAME ":5: unknown element <limt> in <policy>; expected <title>, <source>, <date>, "
    "<limit>, <category> or <phrases>\n" },
  { "unknown-attribute",
    HEAD "<limit rule=\"title-length\" name=\"max\" value=\"80\" sorce=\"x\"/>\n</policy>",
    FILE_NAME ":5: unknown attribute “sorce” on <limit>; allowed: rule, name, value, source, date\n" },
  { "bad-number", HEAD "<limit rule=\"title-length\" name=\"max\" value=\"8O\"/>\n</policy>",
    FILE_NAME ":5: value “8O” of limit title-length/max is not a whole number\n" },
  { "negative-number", HEAD "<limit rule=\"title-length\" name=\"max\" value=\"-5\"/>\n</policy>",
    FILE_NAME ":5: value “-5” of limit title-length/max is not a whole number\n" },
  { "out-of-range", HEAD "\n\n<limit rule=\"barcode\" name=\"required\" value=\"2\"/>\n</policy>",
    FILE_NAME ":7: value 2 of limit barcode/required is out of range; use 0–1\n" },
  { "missing-value", HEAD "<limit rule=\"title-length\" name=\"max\"/>\n</policy>",
    FILE_NAME ":5: <limit> needs the attribute value=\"…\"\n" },
  { "unknown-limit", HEAD "<limit rule=\"title-lenght\" name=\"max\" value=\"80\"/>\n</policy>",
    FILE_NAME ":5: unknown limit title-lenght/max; known limits: title-length/min, "
    "title-length/max, title-all-caps/max-words, description-length/min, seo-title-length/max, "
    "seo-description-length/max, barcode/required\n" },
  { "twice", HEAD "<limit rule=\"title-length\" name=\"max\" value=\"80\"/>\n"
    "<limit rule=\"title-length\" name=\"max\" value=\"90\"/>\n</policy>",
    FILE_NAME ":6: limit title-length/max is set twice; keep one\n" },
  { "bad-date", "<policy id=\"p\">\n<title>T</title>\n<source>S</source>\n<date>2026-02-30</date>\n"
    "<limit rule=\"title-length\" name=\"max\" value=\"80\" date=\"26-1-1\"/>\n</policy>",
    FILE_NAME ":4: date “2026-02-30” is not a date written YYYY-MM-DD\n"
    FILE_NAME ":5: date “26-1-1” on <limit> is not a date written YYYY-MM-DD\n" },
  { "missing-header", "<policy>\n<title>T</title>\n</policy>",
    FILE_NAME ":1: <policy> needs the attribute id=\"…\"\n"
    FILE_NAME ":1: <policy> needs a <source> saying where its numbers come from\n"
    FILE_NAME ":1: <policy> needs a <date> (YYYY-MM-DD)\n" },
  { "category", HEAD "<category id=\"shoes\" path=\"Shoes\">\n<require attribute=\"size\"/>\n"
    "<requires atribute=\"size\"/>\n</category>\n</policy>",
    FILE_NAME ":5: category “shoes” requires nothing; add <requires attribute=\"…\"/>\n"
    FILE_NAME ":6: unknown element <require> in <category>; expected <requires>\n"
    FILE_NAME ":7: unknown attribute “atribute” on <requires>; allowed: attribute\n"
    FILE_NAME ":7: <requires> needs the attribute attribute=\"…\"\n" },
  { "phrases", HEAD "<phrases rule=\"promo\">x</phrases>\n<phrases rule=\"stop-words\"> | </phrases>\n"
    "</policy>",
    FILE_NAME ":5: unknown phrase list “promo”; known lists: promotional, decorative, stop-words\n"
    FILE_NAME ":6: phrase list “stop-words” is empty; write phrases separated by |\n" },
  { "wrong-root", "<lesson id=\"x\"/>", FILE_NAME ":1: the root element must be <policy>\n" },
  { "stray-text", HEAD "oops\n</policy>", FILE_NAME ":5: text “oops” outside an element in <policy>\n" },
  { "doctype", "<?xml version=\"1.0\"?>\n<!DOCTYPE policy [<!ENTITY a \"b\">]>\n<policy id=\"p\"/>",
    FILE_NAME ":2: a DOCTYPE is not allowed in course files; remove the <!DOCTYPE …> declaration\n" },
  { "not-xml", HEAD "<limit", NULL },
};

static void
test_broken (gconstpointer data)
{
  const Broken *fixture = data;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScPolicy) policy = sc_policy_parse (fixture->xml, strlen (fixture->xml),
                                                FILE_NAME, problems);
  g_auto(GStrv) lines = sc_course_problems_to_strv (problems);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_null (policy);
  g_assert_cmpuint (sc_course_problems_get_len (problems), >, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (text, "%s\n", lines[i]);

  if (fixture->problems != NULL)
    g_assert_cmpstr (text->str, ==, fixture->problems);
  else
    g_assert_true (g_str_has_prefix (text->str, FILE_NAME ":"));
}

static void
test_missing_file (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *course_dir = g_test_build_filename (G_TEST_DIST, "..", "data", "courses",
                                                       "ecommerce-operations", NULL);
  g_autofree char *real = realpath (course_dir, NULL);
  g_autoptr(ScPolicy) policy = sc_policy_load (real, "policies/nope.xml", problems);
  g_autoptr(ScPolicy) outside = sc_policy_load (real, "../ecommerce-operations/course.xml",
                                                problems);
  g_auto(GStrv) lines = sc_course_problems_to_strv (problems);

  g_assert_null (policy);
  g_assert_null (outside);
  g_assert_cmpstrv (lines, ((const char * const[]) {
    "../ecommerce-operations/course.xml: is missing or lies outside the course folder",
    "policies/nope.xml: is missing or lies outside the course folder",
    NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/policy/shipped", test_shipped);
  g_test_add_func ("/policy/valid-minimal", test_valid_minimal);
  g_test_add_func ("/policy/missing-file", test_missing_file);
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_strdup_printf ("/policy/broken/%s", broken[i].name);

      g_test_add_data_func (path, &broken[i], test_broken);
    }

  return g_test_run ();
}
