/* test-question-bank.c - question banks in SQLite: exact round trip, search, names, rejection
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "sc-error.h"
#include "sc-moodle-xml-reader.h"
#include "sc-question-bank.h"
#include "sc-question-dump.h"
#include "test-db-util.h"
#include "test-question-bank-util.h"

typedef struct
{
  char       *dir;
  ScDatabase *database;
  sqlite3    *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = test_make_dir ();
  path = g_build_filename (f->dir, "shopcraft.db", NULL);
  f->database = sc_database_open (path, &error);
  g_assert_no_error (error);
  f->db = sc_database_get_handle (f->database);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->database);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static GPtrArray *
new_question_list (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
}

static void
save (Fixture    *f,
      const char *name,
      GPtrArray  *questions)
{
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new (name);
  g_autoptr(GError) error = NULL;

  info->source_file = g_strdup ("/somewhere/bank.xml");
  info->source_format = SC_QUESTION_SOURCE_MOODLE_XML;
  g_assert_true (sc_question_bank_save (f->database, info, questions, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info->id, >, 0);
  g_assert_cmpuint (info->n_questions, ==, questions->len);
  g_assert_nonnull (info->imported_at);
}

static GPtrArray *
load (Fixture    *f,
      const char *name)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *questions = sc_question_bank_load (f->database, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (questions);

  return questions;
}

static void
test_every_field (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) questions = new_question_list ();
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(ScQuestion) plain = sc_question_new (SC_QUESTION_DESCRIPTION);

  for (guint type = 0; type < SC_QUESTION_N_TYPES; type++)
    g_ptr_array_add (questions, make_everything (type));
  /* And one with nothing set but its type. */
  g_ptr_array_add (questions, sc_question_copy (plain));

  save (f, "Everything", questions);
  loaded = load (f, "Everything");

  g_assert_cmpuint (loaded->len, ==, questions->len);
  for (guint i = 0; i < questions->len; i++)
    {
      const ScQuestion *saved = g_ptr_array_index (questions, i);
      const ScQuestion *back = g_ptr_array_index (loaded, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(ScQuestion) single = NULL;

      assert_question_equal (saved, back);
      g_assert_nonnull (back->id);

      single = sc_question_bank_load_question (f->database, g_ascii_strtoll (back->id, NULL, 10), &error);
      g_assert_no_error (error);
      assert_question_equal (saved, single);
      g_assert_cmpstr (single->id, ==, back->id);
    }

  /* Files are rows with their SHA-256; the same name in two areas is two rows. */
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM question_files WHERE name = 'a b.png'"),
                   ==, 2 * SC_QUESTION_N_TYPES);
  g_assert_cmpint (test_query_int (f->db,
                                   "SELECT count(*) FROM question_files"
                                   " WHERE sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"
                                   "   AND size = 0"),
                   >, 0);
}

static void
test_list_and_search (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) first = new_question_list ();
  g_autoptr(GPtrArray) second = new_question_list ();
  g_autoptr(GPtrArray) banks = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;
  ScQuestionFilter filter = SC_QUESTION_FILTER_INIT;
  ScQuestion *q;
  const char *shipping[] = { "$course$", "top", "Shipping", NULL };
  const char *returns[] = { "$course$", "top", "Shipping", "Returns", NULL };
  const char *slash[] = { "$course$", "top", "Shipping/Returns", NULL };

  q = sc_question_new (SC_QUESTION_SINGLE_CHOICE);
  q->name = g_strdup ("Café prices");
  q->category = g_strdupv ((char **) shipping);
  sc_question_text_set (&q->stem, "<p>Which <b>PRICE</b> is right?</p>", SC_TEXT_FORMAT_HTML);
  sc_question_add_tag (q, "competency:pricing");
  g_ptr_array_add (first, q);

  q = sc_question_new (SC_QUESTION_TRUE_FALSE);
  q->name = g_strdup ("Returns window");
  q->idnumber = g_strdup ("returns-1");
  q->category = g_strdupv ((char **) returns);
  sc_question_add_tag (q, "Policy");
  sc_question_add_tag (q, "Policy");
  g_ptr_array_add (first, q);

  q = sc_question_new (SC_QUESTION_ESSAY);
  q->name = g_strdup ("Slash category");
  q->category = g_strdupv ((char **) slash);
  g_ptr_array_add (first, q);

  q = sc_question_new (SC_QUESTION_SINGLE_CHOICE);
  q->name = g_strdup ("Other bank");
  sc_question_add_tag (q, "competency: pricing ");
  g_ptr_array_add (second, q);

  save (f, "Zeta", second);
  save (f, "Alpha", first);

  banks = sc_question_bank_list (f->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (banks->len, ==, 2);
  g_assert_cmpstr (((ScQuestionBankInfo *) g_ptr_array_index (banks, 0))->name, ==, "Alpha");
  g_assert_cmpuint (((ScQuestionBankInfo *) g_ptr_array_index (banks, 0))->n_questions, ==, 3);
  g_assert_cmpint (((ScQuestionBankInfo *) g_ptr_array_index (banks, 0))->source_format, ==,
                   SC_QUESTION_SOURCE_MOODLE_XML);
  g_assert_cmpstr (((ScQuestionBankInfo *) g_ptr_array_index (banks, 1))->name, ==, "Zeta");
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM question_categories"), ==, 3);

  /* By type */
  filter.type = SC_QUESTION_SINGLE_CHOICE;
  found = sc_question_bank_search (f->database, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (((ScQuestionBankEntry *) g_ptr_array_index (found, 0))->bank, ==, "Alpha");
  g_assert_cmpstr (((ScQuestionBankEntry *) g_ptr_array_index (found, 0))->category, ==,
                   "$course$/top/Shipping");
  g_clear_pointer (&found, g_ptr_array_unref);

  /* By competency, whatever the tag's spacing, and by bank */
  filter.type = -1;
  filter.competency = "pricing";
  found = sc_question_bank_search (f->database, &filter, &error);
  g_assert_cmpuint (found->len, ==, 2);
  g_clear_pointer (&found, g_ptr_array_unref);
  filter.bank = "Zeta";
  found = sc_question_bank_search (f->database, &filter, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((ScQuestionBankEntry *) g_ptr_array_index (found, 0))->name, ==, "Other bank");
  g_clear_pointer (&found, g_ptr_array_unref);

  /* By tag, without regard to case; a repeated tag is one row */
  filter = (ScQuestionFilter) SC_QUESTION_FILTER_INIT;
  filter.tag = "policy";
  found = sc_question_bank_search (f->database, &filter, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((ScQuestionBankEntry *) g_ptr_array_index (found, 0))->idnumber, ==, "returns-1");
  g_assert_cmpint (((ScQuestionBankEntry *) g_ptr_array_index (found, 0))->type, ==, SC_QUESTION_TRUE_FALSE);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* By category: the category and those inside it, not "Shipping/Returns" */
  filter = (ScQuestionFilter) SC_QUESTION_FILTER_INIT;
  filter.category = "$course$/top/Shipping";
  found = sc_question_bank_search (f->database, &filter, &error);
  g_assert_cmpuint (found->len, ==, 2);
  g_clear_pointer (&found, g_ptr_array_unref);
  filter.category = "$course$/top/Shipping//Returns";
  found = sc_question_bank_search (f->database, &filter, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (((ScQuestionBankEntry *) g_ptr_array_index (found, 0))->name, ==, "Slash category");
  g_clear_pointer (&found, g_ptr_array_unref);

  /* By text: in the name or the question, any case, markup ignored */
  filter = (ScQuestionFilter) SC_QUESTION_FILTER_INIT;
  filter.text = "CAFÉ";
  found = sc_question_bank_search (f->database, &filter, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  filter.text = "price is";
  found = sc_question_bank_search (f->database, &filter, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  filter.text = "<b>";
  found = sc_question_bank_search (f->database, &filter, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_assert_no_error (error);

  tags = sc_question_bank_list_tags (f->database, "Alpha", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tags->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (tags, 0), ==, "Policy");
  g_assert_cmpstr (g_ptr_array_index (tags, 1), ==, "competency:pricing");
}

static char *
dump_tables (sqlite3 *db)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  static const char * const tables[] = {
    "question_banks", "question_categories", "questions", "question_files", "question_tags",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_string_append_printf (dump, "%s=%d;", tables[i], test_query_int (db, sql));
    }
  g_string_append_printf (dump, "names=%d", test_query_int (db, "SELECT total (length (name)) FROM question_banks"));

  return g_string_free (g_steal_pointer (&dump), FALSE);
}

static void
test_name_taken (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) questions = new_question_list ();
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new ("Shop");
  g_autoptr(ScQuestionBankInfo) blank = sc_question_bank_info_new (" Shop ");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_ptr_array_add (questions, make_everything (SC_QUESTION_SINGLE_CHOICE));
  save (f, "Shop", questions);
  before = dump_tables (f->db);

  g_ptr_array_add (questions, make_everything (SC_QUESTION_ESSAY));
  g_assert_false (sc_question_bank_save (f->database, info, questions, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“Shop”"));
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_assert_false (sc_question_bank_save (f->database, blank, questions, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  after = dump_tables (f->db);
  g_assert_cmpstr (after, ==, before);
  loaded = load (f, "Shop");
  g_assert_cmpuint (loaded->len, ==, 1);

  /* No scratch files are left beside the database. */
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, SC_DATABASE_STAGE_PREFIX));
  }

  g_assert_null (sc_question_bank_load (f->database, "Nope", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (sc_question_bank_delete (f->database, "Shop", &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = dump_tables (f->db);
  g_assert_cmpstr (after, ==, "question_banks=0;question_categories=0;questions=0;question_files=0;question_tags=0;names=0");
  g_assert_false (sc_question_bank_delete (f->database, "Shop", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
}

/* A rename keeps every question and refuses a taken, blank or padded
 * name, changing nothing; a bank no attempt uses is deleted whole. */
static void
test_rename_and_delete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) questions = new_question_list ();
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(ScQuestionBankInfo) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_attempts = 99;

  g_ptr_array_add (questions, make_everything (SC_QUESTION_SINGLE_CHOICE));
  g_ptr_array_add (questions, make_everything (SC_QUESTION_ESSAY));
  save (f, "Shop", questions);
  save (f, "Other", questions);

  g_assert_true (sc_question_bank_rename (f->database, "Shop", "Store basics", &error));
  g_assert_no_error (error);
  gone = sc_question_bank_lookup (f->database, "Shop", &error);
  g_assert_null (gone);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  loaded = load (f, "Store basics");
  g_assert_cmpuint (loaded->len, ==, 2);
  assert_question_equal (g_ptr_array_index (loaded, 1), g_ptr_array_index (questions, 1));
  /* The same name again is no change and no error. */
  g_assert_true (sc_question_bank_rename (f->database, "Store basics", "Store basics", &error));
  g_assert_no_error (error);

  before = dump_tables (f->db);
  g_assert_false (sc_question_bank_rename (f->database, "Store basics", "Other", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“Other”"));
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_false (sc_question_bank_rename (f->database, "Store basics", "  ", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_question_bank_rename (f->database, "Store basics", " Padded", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (sc_question_bank_rename (f->database, "Missing", "Anything", &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  after = dump_tables (f->db);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (sc_question_bank_count_attempts (f->database, "Other", &n_attempts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_attempts, ==, 0);
  g_assert_true (sc_question_bank_delete (f->database, "Other", &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM question_banks"), ==, 1);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM questions"), ==, 2);
  g_assert_false (sc_question_bank_count_attempts (f->database, "Other", &n_attempts, &error));
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
}

static char *
fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "tests", "data", "questions", "moodle",
                           name, NULL);
}

/* What the Moodle XML reader gives, saved and loaded, dumps the same and
 * compares field by field. */
static void
test_imported_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  static const char * const files[] = {
    "all-types.xml", "cdata-and-entities.xml", "legacy-image.xml", "nested-categories.xml",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = fixture_path (files[i]);
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) questions = NULL;
      g_autoptr(GPtrArray) loaded = NULL;
      g_autofree char *dump_before = NULL;
      g_autofree char *dump_after = NULL;

      questions = sc_moodle_xml_read_file (path, SC_MOODLE_XML_READ_DEFAULT, problems, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (questions->len, >, 0);

      save (f, files[i], questions);
      loaded = load (f, files[i]);
      g_assert_cmpuint (loaded->len, ==, questions->len);
      for (guint j = 0; j < questions->len; j++)
        assert_question_equal (g_ptr_array_index (questions, j), g_ptr_array_index (loaded, j));

      dump_before = sc_question_dump (questions);
      dump_after = sc_question_dump (loaded);
      g_assert_cmpstr (dump_after, ==, dump_before);
    }
}

/* A file the reader rejects as a whole stores nothing; other banks stay. */
static void
test_rejected_file (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const bad[] = {
    "<?xml version=\"1.0\"?><quiz><question type=\"truefalse\">",
    "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x \"y\">]><quiz/>",
    "<?xml version=\"1.0\"?><quiz><question type=\"essay\"><name><text>E</text></name>"
    "<questiontext format=\"html\"><text>@@PLUGINFILE@@/a.png</text>"
    "<file name=\"a.png\" encoding=\"base64\">iVBORw0K!!!</file></questiontext></question></quiz>",
  };
  g_autoptr(GPtrArray) questions = new_question_list ();
  g_autofree char *before = NULL;

  g_ptr_array_add (questions, make_everything (SC_QUESTION_MATCHING));
  save (f, "Existing", questions);
  before = dump_tables (f->db);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) read = NULL;
      g_autofree char *after = NULL;

      read = sc_moodle_xml_read_memory (bad[i], strlen (bad[i]), "bad.xml",
                                        SC_MOODLE_XML_READ_DEFAULT, problems, &error);
      g_assert_null (read);
      g_assert_nonnull (error);
      g_test_message ("rejected: %s", error->message);

      after = dump_tables (f->db);
      g_assert_cmpstr (after, ==, before);
    }
}

/* A stored question damaged in the database (edited by hand, or a bad
 * disk) is refused with a message that says what to do, whatever the
 * damage: two objects or a value after one (which json-glib 1.6 would
 * read as two roots, giving the second and leaking the first), a cut
 * object, no JSON, another version or type, escapes JSON does not have
 * (json-glib would make bytes that are not UTF-8 of them), a category
 * with a number in it, a cloze part past the end of its text or of a
 * type that does not exist. */
static void
test_damaged_data (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const damaged[] = {
    "{\"v\":1,\"type\":\"essay\",\"name\":\"A\"}{\"v\":1,\"type\":\"essay\",\"name\":\"B\"}",
    "{\"v\":1,\"type\":\"essay\",\"name\":\"A\"} [1, {\"x\": 2}]",
    "{\"v\":1,\"type\":\"essay\",\"name\":\"A\"",
    "{not json}",
    "{\"v\":99,\"type\":\"essay\"}",
    "{\"v\":1,\"type\":\"no-such-type\"}",
    "{\"v\":1,\"type\":\"essay\",\"name\":\"\\315\\277\"}",
    "{\"v\":1,\"type\":\"essay\",\"name\":\"\\ud800\"}",
    "{\"v\":1,\"type\":\"essay\",\"category\":[\"top\", 1, \"Pricing\"]}",
    "{\"v\":1,\"type\":\"cloze\",\"stem\":{\"source\":\"ab\"},"
    "\"cloze_parts\":[{\"type\":0,\"start\":1,\"end\":9}]}",
    "{\"v\":1,\"type\":\"cloze\",\"cloze_parts\":[{\"type\":99}]}",
  };
  g_autoptr(GPtrArray) questions = new_question_list ();
  g_autoptr(ScQuestion) intact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 id;

  g_ptr_array_add (questions, make_everything (SC_QUESTION_ESSAY));
  save (f, "Damaged", questions);
  g_assert_cmpint (sqlite3_prepare_v2 (f->db, "SELECT id, data FROM questions", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  original = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);

  for (guint i = 0; i <= G_N_ELEMENTS (damaged); i++)
    {
      const char *text = i < G_N_ELEMENTS (damaged) ? damaged[i] : original;
      g_autoptr(ScQuestion) question = NULL;
      g_autoptr(GError) load_error = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (f->db, "UPDATE questions SET data = ?1 WHERE id = ?2", -1,
                                           &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, id);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);

      question = sc_question_bank_load_question (f->database, id, &load_error);
      if (text == original)
        {
          g_assert_no_error (load_error);
          g_assert_nonnull (question);
          break;
        }
      g_assert_null (question);
      g_assert_error (load_error, SC_ERROR, SC_ERROR_CORRUPT);
      g_assert_nonnull (strstr (load_error->message, "Import its bank again"));
    }

  intact = sc_question_bank_load_question (f->database, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (intact->name, ==, ((ScQuestion *) g_ptr_array_index (questions, 0))->name);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  ScQuestionBankInfo **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = sc_question_bank_save_finish (SC_DATABASE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_save_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) questions = new_question_list ();
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(ScQuestionBankInfo) info = sc_question_bank_info_new ("Large");
  ScQuestionBankInfo *saved = NULL;

  for (guint i = 0; i < 500; i++)
    {
      ScQuestion *q = make_everything (i % SC_QUESTION_N_TYPES);

      g_free (q->name);
      q->name = g_strdup_printf ("Question %u", i);
      g_ptr_array_add (questions, q);
    }

  info->source_format = SC_QUESTION_SOURCE_GIFT;
  sc_question_bank_save_async (f->database, info, questions, NULL, saved_cb, &saved);
  while (saved == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (saved->name, ==, "Large");
  g_assert_cmpuint (saved->n_questions, ==, 500);
  g_assert_cmpint (saved->id, >, 0);
  g_assert_cmpint (saved->source_format, ==, SC_QUESTION_SOURCE_GIFT);
  sc_question_bank_info_free (saved);

  loaded = load (f, "Large");
  g_assert_cmpuint (loaded->len, ==, 500);
  for (guint i = 0; i < 500; i += 37)
    assert_question_equal (g_ptr_array_index (questions, i), g_ptr_array_index (loaded, i));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/question-bank/every-field", Fixture, NULL, fixture_set_up, test_every_field, fixture_tear_down);
  g_test_add ("/question-bank/list-and-search", Fixture, NULL, fixture_set_up, test_list_and_search, fixture_tear_down);
  g_test_add ("/question-bank/name-taken", Fixture, NULL, fixture_set_up, test_name_taken, fixture_tear_down);
  g_test_add ("/question-bank/rename-and-delete", Fixture, NULL, fixture_set_up, test_rename_and_delete, fixture_tear_down);
  g_test_add ("/question-bank/imported-round-trip", Fixture, NULL, fixture_set_up, test_imported_round_trip, fixture_tear_down);
  g_test_add ("/question-bank/rejected-file", Fixture, NULL, fixture_set_up, test_rejected_file, fixture_tear_down);
  g_test_add ("/question-bank/damaged-data", Fixture, NULL, fixture_set_up, test_damaged_data, fixture_tear_down);
  g_test_add ("/question-bank/save-async", Fixture, NULL, fixture_set_up, test_save_async, fixture_tear_down);

  return g_test_run ();
}
