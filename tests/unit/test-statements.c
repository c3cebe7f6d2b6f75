/* test-statements.c - xAPI statements: durations, times, JSON fields, and what insertion refuses
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-error.h"
#include "sc-xapi.h"
#include "test-learning-util.h"

#define TIMESTAMP_PATTERN "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"

static void
test_duration_format (void)
{
  static const struct { gint64 seconds; const char *text; } cases[] = {
    { 0, "PT0S" },
    { 1, "PT1S" },
    { 59, "PT59S" },
    { 60, "PT1M" },
    { 90, "PT1M30S" },
    { 3599, "PT59M59S" },
    { 3600, "PT1H" },
    { 3601, "PT1H1S" },
    { 3660, "PT1H1M" },
    { 3661, "PT1H1M1S" },
    { 7205, "PT2H5S" },
    { 100 * 3600 + 30, "PT100H30S" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sc_xapi_format_duration (cases[i].seconds);
      gint64 msec = -1;

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (sc_xapi_parse_duration (text, &msec));
      g_assert_cmpint (msec, ==, cases[i].seconds * 1000);
    }
}

static void
test_duration_parse (void)
{
  static const struct { const char *text; gint64 msec; } valid[] = {
    { "PT1.5S", 1500 },
    { "PT0.25S", 250 },
    { "PT1,5S", 1500 },
    { "P1D", 86400000 },
    { "P1DT1H", 90000000 },
    { "P1W", 604800000 },
    { "PT90M", 5400000 },
    { "PT0H0M0S", 0 },
    { "PT2H30M0.5S", 9000500 },
    { "PT999999999H59M59.999S", G_GINT64_CONSTANT (3599999999999999) },
    { "P41666666DT15H", G_GINT64_CONSTANT (3599999996400000) },
  };
  static const char * const invalid[] = {
    "", "P", "PT", "P1DT", "1H", "PT1H30", "PT-1S", "P1Y", "P1M", "PT1S1M",
    "PT1.5M30S", "PT1X", "pt1s", "PT1.S", "PT 1S", "PT1234567890S", "P1DT1HT1M",
    /* Longer than the 999,999,999 hours a written duration can hold. */
    "P244444444D", "P41666667D", "P999999999W",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      gint64 msec = -1;

      g_assert_true (sc_xapi_parse_duration (valid[i].text, &msec));
      g_assert_cmpint (msec, ==, valid[i].msec);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      gint64 msec = -1;

      if (sc_xapi_parse_duration (invalid[i], &msec))
        g_error ("“%s” was accepted as a duration", invalid[i]);
      g_assert_cmpint (msec, ==, -1);
    }
}

static void
test_timestamps (void)
{
  static const struct { const char *text; const char *expected; } edges[] = {
    { "0001-01-01T00:00:00Z", "0001-01-01T00:00:00.000Z" },
    { "0999-12-31T23:59:59.9999+00:00", "0999-12-31T23:59:59.999Z" },
    { "1000-01-01T01:30:00+01:00", "1000-01-01T00:30:00.000Z" },
    { "9999-12-31T23:59:59-12:00", NULL },
  };
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GDateTime) time = g_date_time_new (zone, 2026, 11, 28, 12, 5, 7.0421);
  g_autofree char *text = sc_xapi_format_timestamp (time);
  g_autofree char *normal = sc_xapi_normalize_timestamp ("2026-11-28T12:00:00+02:00");
  g_autofree char *previous = NULL;
  g_autofree char *no_zone = sc_xapi_normalize_timestamp ("2026-11-28T10:00:00");

  g_assert_cmpstr (text, ==, "2026-11-28T10:05:07.042Z");
  g_assert_cmpstr (normal, ==, "2026-11-28T10:00:00.000Z");
  g_assert_null (no_zone);
  g_assert_null (sc_xapi_normalize_timestamp ("yesterday"));

  /* Years before 1000 in four digits, so they read back and sort before
   * later ones; a time that is past 9999 in UTC has no writing. */
  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      g_autofree char *written = sc_xapi_normalize_timestamp (edges[i].text);
      g_autofree char *again = written != NULL ? sc_xapi_normalize_timestamp (written) : NULL;

      g_assert_cmpstr (written, ==, edges[i].expected);
      g_assert_cmpstr (again, ==, edges[i].expected);
    }
  g_assert_cmpint (strcmp (edges[1].expected, edges[2].expected), <, 0);

  /* Statements of this process never share a time, so their order is
   * the order of the learner's actions. */
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *now = sc_xapi_dup_now ();

      g_assert_true (g_regex_match_simple (TIMESTAMP_PATTERN, now, 0, 0));
      if (previous != NULL)
        g_assert_cmpstr (previous, <, now);
      g_free (previous);
      previous = g_steal_pointer (&now);
    }
}

static void
test_verbs (void)
{
  g_assert_cmpstr (sc_verb_get_iri (SC_VERB_EXPERIENCED), ==, "http://adlnet.gov/expapi/verbs/experienced");
  g_assert_cmpstr (sc_verb_get_iri (SC_VERB_COMPLETED), ==, "http://adlnet.gov/expapi/verbs/completed");

  for (guint i = 0; i < SC_N_VERBS; i++)
    {
      ScVerb verb = SC_N_VERBS;

      g_assert_true (g_str_has_prefix (sc_verb_get_iri (i), "http://adlnet.gov/expapi/verbs/"));
      g_assert_true (g_str_has_suffix (sc_verb_get_iri (i), sc_verb_get_display (i)));
      g_assert_true (sc_verb_from_iri (sc_verb_get_iri (i), &verb));
      g_assert_cmpint (verb, ==, i);
    }
}

/* Every field a learning record store and Shopcraft's own analytics read. */
static void
test_lesson_statement_fields (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(ScStatement) statement = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) categories = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *registration = g_uuid_string_random ();
  g_autofree char *id = NULL;
  g_autofree char *timestamp = NULL;
  const char *base = "https://example.org/shopcraft/example-shop/";
  g_autofree char *lesson_iri = g_strconcat (base, "lesson/packing", NULL);
  g_autofree char *module_iri = g_strconcat (base, "module/first-orders", NULL);
  g_autofree char *course_iri = g_strconcat (base, "course/example-shop", NULL);
  g_autofree char *packing_iri = g_strconcat (base, "competency/orders.packing", NULL);
  g_autofree char *titles_iri = g_strconcat (base, "competency/listing.titles", NULL);
  g_autofree char *course_lesson_iri = NULL;
  ScLesson *lesson = sc_course_lookup_lesson (f->course, "packing");

  course_lesson_iri = sc_course_dup_activity_iri (f->course, "lesson", "packing");
  g_assert_cmpstr (course_lesson_iri, ==, lesson_iri);

  statement = sc_statement_new_for_lesson (f->learner, SC_VERB_EXPERIENCED, f->course, lesson,
                                           registration);
  sc_statement_set_duration (statement, 90);
  json = sc_statement_to_json (statement);
  root = json_from_string (json, &error);
  g_assert_no_error (error);

  id = test_json_at (root, "$.id");
  g_assert_true (g_uuid_string_is_valid (id));
  g_assert_cmpstr (id, ==, sc_statement_get_id (statement));
  timestamp = test_json_at (root, "$.timestamp");
  g_assert_true (g_regex_match_simple (TIMESTAMP_PATTERN, timestamp, 0, 0));
  assert_json (root, "$.version", "1.0.3");

  assert_json (root, "$.actor.objectType", "Agent");
  assert_json (root, "$.actor.name", f->learner->display_name);
  assert_json (root, "$.actor.account.homePage", "urn:shopcraft");
  assert_json (root, "$.actor.account.name", f->learner->uuid);
  assert_json (root, "$.actor.mbox", "(none)");

  assert_json (root, "$.verb.id", "http://adlnet.gov/expapi/verbs/experienced");
  assert_json (root, "$.verb.display['en-US']", "experienced");

  assert_json (root, "$.object.objectType", "Activity");
  assert_json (root, "$.object.id", lesson_iri);
  assert_json (root, "$.object.definition.type", "http://adlnet.gov/expapi/activities/lesson");
  assert_json (root, "$.object.definition.name.en", lesson->title);

  assert_json (root, "$.context.registration", registration);
  assert_json (root, "$.context.revision", "1.0.0");
  assert_json (root, "$.context.language", "en");
  assert_json (root, "$.context.contextActivities.parent[0].id", module_iri);
  assert_json (root, "$.context.contextActivities.parent[0].definition.type",
               "http://adlnet.gov/expapi/activities/module");
  assert_json (root, "$.context.contextActivities.grouping[0].id", course_iri);
  assert_json (root, "$.context.contextActivities.grouping[0].definition.type",
               "http://adlnet.gov/expapi/activities/course");
  /* The objective "pack-order" builds two competencies, in its order. */
  assert_json (root, "$.context.contextActivities.category[0].id", packing_iri);
  assert_json (root, "$.context.contextActivities.category[0].objectType", "Activity");
  assert_json (root, "$.context.contextActivities.category[0].definition.name.en", "Pick and pack orders");
  assert_json (root, "$.context.contextActivities.category[1].id", titles_iri);
  categories = json_path_query ("$.context.contextActivities.category[*]", root, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (categories)), ==, 2);
  assert_json (root, "$.context.extensions['urn:shopcraft:ext:course']", "example-shop");
  assert_json (root, "$.context.extensions['urn:shopcraft:ext:lesson']", "packing");

  assert_json (root, "$.result.duration", "PT1M30S");
  assert_json (root, "$.result.completion", "(none)");
}

static void
test_progress_statements (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) completed = NULL;
  g_autoptr(JsonNode) tick = NULL;
  g_autoptr(JsonNode) scroll = NULL;
  g_autoptr(JsonNode) opened = NULL;
  g_autofree char *registration = NULL;

  /* Completed outside any reading session: no registration. */
  g_assert_true (sc_progress_complete_lesson (f->database, f->learner, f->course, "titles", &error));
  g_assert_no_error (error);
  completed = test_statement_json (f->db, "SELECT json FROM statements"
                                          " WHERE verb = 'http://adlnet.gov/expapi/verbs/completed'");
  assert_json (completed, "$.verb.id", "http://adlnet.gov/expapi/verbs/completed");
  assert_json (completed, "$.verb.display['en-US']", "completed");
  assert_json (completed, "$.result.completion", "true");
  assert_json (completed, "$.context.registration", "(none)");
  assert_json (completed, "$.object.id", "https://example.org/shopcraft/example-shop/lesson/titles");

  /* Made while reading: the session's registration. */
  g_assert_true (sc_progress_open_lesson (f->database, f->learner, f->course, "packing",
                                          &registration, &error));
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (registration));
  opened = test_statement_json (f->db, "SELECT json FROM statements"
                                       " WHERE verb = 'http://adlnet.gov/expapi/verbs/initialized'");
  assert_json (opened, "$.context.registration", registration);

  g_assert_true (sc_progress_tick_sop_step (f->database, f->learner, f->course, "packing",
                                            "pack-order", 2, TRUE, &error));
  g_assert_no_error (error);
  tick = test_statement_json (f->db, "SELECT json FROM statements"
                                     " WHERE verb = 'http://adlnet.gov/expapi/verbs/interacted'");
  assert_json (tick, "$.object.id", "https://example.org/shopcraft/example-shop/sop/packing/pack-order");
  assert_json (tick, "$.object.definition.type", "http://id.tincanapi.com/activitytype/checklist");
  assert_json (tick, "$.object.definition.name.en", "Pack one order");
  assert_json (tick, "$.context.registration", registration);
  assert_json (tick, "$.context.contextActivities.parent[0].id",
               "https://example.org/shopcraft/example-shop/lesson/packing");
  assert_json (tick, "$.context.contextActivities.grouping[0].id",
               "https://example.org/shopcraft/example-shop/module/first-orders");
  assert_json (tick, "$.context.contextActivities.grouping[1].id",
               "https://example.org/shopcraft/example-shop/course/example-shop");
  assert_json (tick, "$.result.extensions['urn:shopcraft:ext:sop-step']",
               "{\"sop\":\"pack-order\",\"step\":2,\"ticked\":true}");

  g_assert_true (sc_progress_save_scroll (f->database, f->learner, f->course, "packing", 0.42, &error));
  g_assert_no_error (error);
  scroll = test_statement_json (f->db, "SELECT json FROM statements"
                                       " WHERE verb = 'http://adlnet.gov/expapi/verbs/progressed'");
  assert_json (scroll, "$.result.extensions['urn:shopcraft:ext:scroll']", "4200");

  /* The columns beside the JSON say the same. */
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM statements s WHERE"
                                          " s.object_id = json_extract (s.json, '$.object.id') AND"
                                          " s.verb = json_extract (s.json, '$.verb.id') AND"
                                          " s.timestamp = json_extract (s.json, '$.timestamp') AND"
                                          " s.registration IS json_extract (s.json, '$.context.registration')"),
                   ==, 4);
}

static void
insert_in_transaction (Fixture     *f,
                       const char  *json,
                       GError     **error)
{
  gboolean ok;

  test_exec (f->db, "BEGIN");
  ok = sc_statement_insert_json (f->database, f->learner->id, json, NULL, error);
  test_exec (f->db, ok ? "COMMIT" : "ROLLBACK");
}

/* A valid statement with one field replaced by @value (raw JSON), or
 * removed when @value is NULL. */
static char *
statement_with (Fixture    *f,
                const char *path,
                const char *value)
{
  g_autoptr(ScStatement) statement = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_auto(GStrv) names = g_strsplit (path, ".", -1);
  JsonObject *object;
  guint n = g_strv_length (names);

  statement = sc_statement_new_for_lesson (f->learner, SC_VERB_EXPERIENCED, f->course,
                                           sc_course_lookup_lesson (f->course, "titles"), NULL);
  sc_statement_set_duration (statement, 5);
  json = sc_statement_to_json (statement);
  root = json_from_string (json, NULL);

  object = json_node_get_object (root);
  for (guint i = 0; i + 1 < n; i++)
    object = json_object_get_object_member (object, names[i]);
  if (value == NULL)
    json_object_remove_member (object, names[n - 1]);
  else
    json_object_set_member (object, names[n - 1], json_from_string (value, NULL));

  return json_to_string (root, FALSE);
}

static void
test_insert_refuses (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { const char *path; const char *value; } broken[] = {
    { "id", NULL },
    { "id", "\"statement-1\"" },
    { "actor", NULL },
    { "actor.account", NULL },
    { "actor.account.name", "\"00000000-0000-4000-8000-000000000000\"" },
    { "verb", NULL },
    { "verb.id", "\"experienced\"" },
    { "object", NULL },
    { "object.id", "\"lesson titles\"" },
    { "object.objectType", "\"Agent\"" },
    { "timestamp", NULL },
    { "timestamp", "\"2026-11-28T10:00:00\"" },
    { "context.registration", "\"not-a-uuid\"" },
    { "result.duration", "\"90 seconds\"" },
    { "version", "\"2.0.0\"" },
  };
  static const char * const not_statements[] = { "{", "[]", "\"text\"", "", "{} {}", "\xff{}" };
  static const char * const mangled[] = { "a\\u0000b", "\\ud800" };
  g_autoptr(GError) error = NULL;
  g_autofree char *valid = statement_with (f, "version", "\"1.0.3\"");
  g_autofree char *spaced = NULL;
  g_autofree char *trailing = NULL;
  g_autofree char *moved = statement_with (f, "timestamp", "\"2026-11-28T12:00:00.5+02:00\"");
  g_autofree char *pretty = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *stored = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *json = statement_with (f, broken[i].path, broken[i].value);

      insert_in_transaction (f, json, &error);
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_test_message ("%s: %s", broken[i].path, error->message);
      g_clear_error (&error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_statements); i++)
    {
      insert_in_transaction (f, not_statements[i], &error);
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_clear_error (&error);
    }
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, 0);

  /* Text after the statement would make the stored JSON unreadable. */
  trailing = g_strconcat (valid, " {}", NULL);
  insert_in_transaction (f, trailing, &error);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, 0);

  /* JSON that SQLite's json_valid () accepts and json-glib mangles: a NUL
   * in a string, a lone surrogate. Refused as strictly as what is read
   * back from the database; the same statement without them is stored. */
  for (guint i = 0; i < G_N_ELEMENTS (mangled); i++)
    {
      g_autofree char *json = g_strconcat ("{\"note\": \"", mangled[i], "\", ", valid + 1, NULL);
      g_autofree char *clean = g_strconcat ("{\"note\": \"ab\", ", valid + 1, NULL);

      insert_in_transaction (f, json, &error);
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_clear_error (&error);
      /* (Rolled back: the table keeps what it was given.) */
      test_exec (f->db, "BEGIN");
      g_assert_true (sc_statement_insert_json (f->database, f->learner->id, clean, NULL, &error));
      g_assert_no_error (error);
      test_exec (f->db, "ROLLBACK");
    }
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, 0);

  /* The same statement is stored once: its id is its identity. */
  insert_in_transaction (f, valid, &error);
  g_assert_no_error (error);
  insert_in_transaction (f, valid, &error);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (test_count_statements (f->db, NULL), ==, 1);

  /* Another tool's layout is accepted; the text is kept, trimmed so the
   * table's own check passes, and the time column is normalised. */
  root = json_from_string (moved, NULL);
  json_object_set_string_member (json_node_get_object (root), "id",
                                 "6f1c8d2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f");
  pretty = json_to_string (root, TRUE);
  spaced = g_strconcat ("\n  ", pretty, "\n", NULL);
  insert_in_transaction (f, spaced, &error);
  g_assert_no_error (error);
  stored = test_query_text (f->db, "SELECT timestamp FROM statements"
                                   " WHERE id = '6f1c8d2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f'");
  g_assert_cmpstr (stored, ==, "2026-11-28T10:00:00.500Z");
  g_clear_pointer (&stored, g_free);
  stored = test_query_text (f->db, "SELECT substr (json, 1, 2) FROM statements"
                                   " WHERE id = '6f1c8d2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f'");
  g_assert_cmpstr (stored, ==, "{\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/statements/duration-format", test_duration_format);
  g_test_add_func ("/statements/duration-parse", test_duration_parse);
  g_test_add_func ("/statements/timestamps", test_timestamps);
  g_test_add_func ("/statements/verbs", test_verbs);
  g_test_add ("/statements/lesson-fields", Fixture, NULL,
              fixture_set_up, test_lesson_statement_fields, fixture_tear_down);
  g_test_add ("/statements/progress-statements", Fixture, NULL,
              fixture_set_up, test_progress_statements, fixture_tear_down);
  g_test_add ("/statements/insert-refuses", Fixture, NULL,
              fixture_set_up, test_insert_refuses, fixture_tear_down);

  return g_test_run ();
}
