/* test-learners.c - the default learner, names, and deleting a learner with their records
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-error.h"
#include "test-learning-util.h"

static gboolean
is_uuid_v4 (const char *uuid)
{
  return g_uuid_string_is_valid (uuid) && uuid[14] == '4' && strchr ("89ab", uuid[19]) != NULL;
}

/* First run creates one learner silently; every later start, in this
 * process or after reopening, finds the same one. */
static void
test_default_learner_once (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScLearner) first = NULL;
  g_autoptr(ScLearner) again = NULL;
  g_autoptr(ScLearner) reopened = NULL;

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (sc_database_get_handle (database),
                                   "SELECT count(*) FROM learners"), ==, 0);

  first = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (first->is_default);
  g_assert_true (is_uuid_v4 (first->uuid));
  g_assert_cmpstr (first->display_name, !=, "");
  g_assert_cmpint (g_utf8_strlen (first->display_name, -1), <=, SC_LEARNER_NAME_MAX);
  g_assert_nonnull (first->created_at);

  again = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again->id, ==, first->id);
  g_assert_cmpstr (again->uuid, ==, first->uuid);

  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
  g_clear_object (&database);

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  reopened = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reopened->uuid, ==, first->uuid);
  g_assert_cmpstr (reopened->display_name, ==, first->display_name);
  g_assert_cmpint (test_query_int (sc_database_get_handle (database),
                                   "SELECT count(*) FROM learners"), ==, 1);

  g_clear_object (&database);
  test_remove_tree (dir);
}

/* When the default learner is deleted, the oldest remaining learner
 * takes over rather than a new empty profile appearing. */
static void
test_default_learner_after_delete (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) ada = NULL;
  g_autoptr(ScLearner) bo = NULL;
  g_autoptr(ScLearner) next = NULL;
  g_autoptr(ScLearner) fresh = NULL;

  ada = sc_learner_create (f->database, "Ada", &error);
  g_assert_no_error (error);
  g_assert_false (ada->is_default);
  bo = sc_learner_create (f->database, "Bo", &error);
  g_assert_no_error (error);

  g_assert_true (sc_learner_delete (f->database, f->learner, &error));
  g_assert_no_error (error);

  next = sc_learner_ensure_default (f->database, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (next->uuid, ==, ada->uuid);
  g_assert_true (next->is_default);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM learners"), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM learners WHERE is_default = 1"), ==, 1);

  g_assert_true (sc_learner_delete (f->database, ada, &error));
  g_assert_true (sc_learner_delete (f->database, bo, &error));
  g_assert_no_error (error);
  fresh = sc_learner_ensure_default (f->database, &error);
  g_assert_no_error (error);
  g_assert_true (fresh->is_default);
  g_assert_cmpstr (fresh->uuid, !=, f->learner->uuid);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM learners"), ==, 1);
}

static void
assert_refused (ScDatabase *database,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) learner = NULL;

  learner = sc_learner_create (database, name, &error);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_null (learner);
  g_test_message ("“%s”: %s", name, error->message);
}

static void
test_create_and_lookup (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) sam = NULL;
  g_autoptr(ScLearner) found = NULL;
  g_autoptr(ScLearner) missing = NULL;
  g_autoptr(ScLearner) long_name = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *upper = NULL;
  int before;

  sam = sc_learner_create (f->database, "  Sam  ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sam->display_name, ==, "Sam");
  g_assert_true (is_uuid_v4 (sam->uuid));
  g_assert_cmpstr (sam->uuid, !=, f->learner->uuid);

  /* --learner takes a name in any case, or a UUID. */
  found = sc_learner_lookup_name (f->database, "sam", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, sam->id);
  g_clear_pointer (&found, sc_learner_free);

  upper = g_ascii_strup (sam->uuid, -1);
  found = sc_learner_lookup_uuid (f->database, upper, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->display_name, ==, "Sam");
  g_clear_pointer (&found, sc_learner_free);

  found = sc_learner_lookup (f->database, sam->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, sam->id);
  g_clear_pointer (&found, sc_learner_free);

  found = sc_learner_lookup (f->database, "SAM", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, sam->id);

  missing = sc_learner_lookup (f->database, "Nobody", &error);
  g_assert_no_error (error);
  g_assert_null (missing);

  before = test_query_int (f->db, "SELECT count(*) FROM learners");
  assert_refused (f->database, "sAM");
  assert_refused (f->database, f->learner->display_name);
  assert_refused (f->database, "   ");
  assert_refused (f->database, "Two\nlines");

  /* The limit is in characters, not bytes. */
  for (guint i = 0; i < SC_LEARNER_NAME_MAX; i++)
    g_string_append (name, "é");
  long_name = sc_learner_create (f->database, name->str, &error);
  g_assert_no_error (error);
  g_string_append (name, "e");
  assert_refused (f->database, name->str);

  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM learners"), ==, before + 1);
}

static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) sam = NULL;
  g_autoptr(ScLearner) found = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;

  sam = sc_learner_create (f->database, "Sam", &error);
  g_assert_no_error (error);
  g_assert_true (sc_progress_save_scroll (f->database, sam, f->course, "titles", 0.25, &error));
  g_assert_no_error (error);

  g_assert_true (sc_learner_rename (f->database, sam, "Samira", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sam->display_name, ==, "Samira");

  found = sc_learner_lookup_name (f->database, "Sam", &error);
  g_assert_no_error (error);
  g_assert_null (found);
  found = sc_learner_lookup_name (f->database, "Samira", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->uuid, ==, sam->uuid);

  /* Only the case changes: still this learner's own name. */
  g_assert_true (sc_learner_rename (f->database, sam, "SAMIRA", &error));
  g_assert_no_error (error);

  g_assert_false (sc_learner_rename (f->database, sam, f->learner->display_name, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_learner_rename (f->database, sam, "", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpstr (sam->display_name, ==, "SAMIRA");

  /* Statements are records: the old one keeps the old name, the UUID
   * links both. */
  g_assert_true (sc_progress_save_scroll (f->database, sam, f->course, "titles", 0.5, &error));
  g_assert_no_error (error);
  before = test_statement_json (f->db, "SELECT json FROM statements ORDER BY timestamp LIMIT 1");
  after = test_statement_json (f->db, "SELECT json FROM statements ORDER BY timestamp DESC LIMIT 1");
  assert_json (before, "$.actor.name", "Sam");
  assert_json (after, "$.actor.name", "SAMIRA");
  assert_json (after, "$.actor.account.name", sam->uuid);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) zoe = NULL;
  g_autoptr(ScLearner) ada = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  ScLearner *learner;

  zoe = sc_learner_create (f->database, "Zoe", &error);
  ada = sc_learner_create (f->database, "Ada", &error);
  g_assert_no_error (error);

  learners = sc_learner_list (f->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (learners->len, ==, 3);
  learner = g_ptr_array_index (learners, 0);
  g_assert_cmpstr (learner->uuid, ==, f->learner->uuid);
  g_assert_true (learner->is_default);
  learner = g_ptr_array_index (learners, 1);
  g_assert_cmpstr (learner->display_name, ==, "Zoe");
  learner = g_ptr_array_index (learners, 2);
  g_assert_cmpstr (learner->display_name, ==, "Ada");
  g_assert_false (learner->is_default);
}

/* Everything one learner did, through the public API. */
static void
record_some_learning (Fixture   *f,
                      ScLearner *learner)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *registration = NULL;
  g_autofree char *sql = NULL;

  g_assert_true (sc_progress_open_lesson (f->database, learner, f->course, "packing",
                                          &registration, &error));
  g_assert_true (sc_progress_tick_sop_step (f->database, learner, f->course, "packing",
                                            "pack-order", 1, TRUE, &error));
  g_assert_true (sc_progress_save_scroll (f->database, learner, f->course, "packing", 0.3, &error));
  g_assert_true (sc_progress_heartbeat (f->database, registration, 20, &error));
  g_assert_true (sc_progress_close_session (f->database, learner, f->course, registration, 25, &error));
  g_assert_true (sc_progress_complete_lesson (f->database, learner, f->course, "packing", &error));
  g_assert_true (sc_progress_open_lesson (f->database, learner, f->course, "titles", NULL, &error));
  g_assert_no_error (error);

  sql = g_strdup_printf ("INSERT INTO settings_kv (learner_id, key, value) VALUES (%" G_GINT64_FORMAT ", 'zoom', '1.2')",
                         learner->id);
  test_exec (f->db, sql);
}

static int
count_for (sqlite3    *db,
           const char *table,
           gint64      learner_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE learner_id = %" G_GINT64_FORMAT,
                                          table, learner_id);

  return test_query_int (db, sql);
}

static void
test_delete_cascades (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const tables[] = {
    "statements", "lesson_progress", "sop_ticks", "reading_sessions", "settings_kv",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScLearner) other = NULL;
  g_autoptr(ScLearner) gone = NULL;
  g_autofree char *sql = NULL;
  int other_counts[G_N_ELEMENTS (tables)];
  char *message = NULL;

  other = sc_learner_create (f->database, "Other", &error);
  g_assert_no_error (error);
  record_some_learning (f, f->learner);
  record_some_learning (f, other);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_assert_cmpint (count_for (f->db, tables[i], f->learner->id), >, 0);
      other_counts[i] = count_for (f->db, tables[i], other->id);
    }

  /* Statements cannot be changed or removed one by one. */
  sql = g_strdup_printf ("DELETE FROM statements WHERE learner_id = %" G_GINT64_FORMAT, f->learner->id);
  g_assert_cmpint (sqlite3_exec (f->db, sql, NULL, NULL, &message), !=, SQLITE_OK);
  g_assert_nonnull (strstr (message, "append-only"));
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (f->db, "UPDATE statements SET verb = 'urn:x'", NULL, NULL, &message),
                   !=, SQLITE_OK);
  g_assert_nonnull (strstr (message, "append-only"));
  sqlite3_free (message);
  g_assert_cmpint (count_for (f->db, "statements", f->learner->id), ==, 6);

  /* Deleting the learner removes everything recorded for them, and
   * nothing of anyone else's. */
  g_assert_true (sc_learner_delete (f->database, f->learner, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_assert_cmpint (count_for (f->db, tables[i], f->learner->id), ==, 0);
      g_assert_cmpint (count_for (f->db, tables[i], other->id), ==, other_counts[i]);
    }
  gone = sc_learner_lookup_uuid (f->database, f->learner->uuid, &error);
  g_assert_no_error (error);
  g_assert_null (gone);

  /* A second delete (another window's stale list) says so. */
  g_assert_false (sc_learner_delete (f->database, f->learner, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/learners/default-once", test_default_learner_once);
  g_test_add ("/learners/default-after-delete", Fixture, NULL,
              fixture_set_up, test_default_learner_after_delete, fixture_tear_down);
  g_test_add ("/learners/create-and-lookup", Fixture, NULL,
              fixture_set_up, test_create_and_lookup, fixture_tear_down);
  g_test_add ("/learners/rename", Fixture, NULL, fixture_set_up, test_rename, fixture_tear_down);
  g_test_add ("/learners/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/learners/delete-cascades", Fixture, NULL,
              fixture_set_up, test_delete_cascades, fixture_tear_down);

  return g_test_run ();
}
