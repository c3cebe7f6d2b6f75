/* test-search.c - the search index of a course, and what typing into the search field finds
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-error.h"
#include "sc-search-text.h"
#include "sc-course-index-stream.h"
#include "sc-course-reader-private.h"
#include "sc-search-store.h"
#include "test-search-util.h"

static void
test_search_query_quotes_every_word (void)
{
  static const struct {
    const char *typed;
    const char *query;
  } cases[] = {
    { "", NULL },
    { "   \t\n", NULL },
    { "- * ( ) : ^ \"", NULL },
    { "cafe", "\"cafe\"*" },
    { "  inventory   tu ", "\"inventory\" \"tu\"*" },
    { "t-shirt", "\"t-shirt\"*" },
    { "say \"hi\"", "\"say\" \"\"\"hi\"\"\"*" },
    { "NOT AND OR NEAR", "\"NOT\" \"AND\" \"OR\" \"NEAR\"*" },
    { "title:mug -cheap", "\"title:mug\" \"-cheap\"*" },
  };
  g_autoptr(GString) many = g_string_new (NULL);
  g_autofree char *many_query = NULL;
  g_autofree char *long_query = NULL;
  g_autofree char *long_word = g_strnfill (5000, 'a');

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = sc_search_query_new (cases[i].typed);

      g_assert_cmpstr (query, ==, cases[i].query);
    }

  /* A pasted page becomes a bounded query. */
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (many, "word%u ", i);
  many_query = sc_search_query_new (many->str);
  g_assert_cmpuint (strlen (many_query), <, 32 * 12);
  g_assert_nonnull (strstr (many_query, "\"word31\"*"));
  g_assert_null (strstr (many_query, "word32"));

  long_query = sc_search_query_new (long_word);
  g_assert_cmpuint (strlen (long_query), ==, SC_SEARCH_MAX_TERM_CHARS + 3);
}

static void
test_search_markup_escapes_and_marks (void)
{
  static const struct {
    const char *marked;
    const char *markup;
  } cases[] = {
    { "", "" },
    { "plain", "plain" },
    { "a \001b\002 c", "a <b>b</b> c" },
    { "x < y & \001z\002", "x &lt; y &amp; <b>z</b>" },
    { "line\n\n  break", "line break" },
    { "\002stray end", "stray end" },
    { "open \001never closed", "open <b>never closed</b>" },
    { "\001<tag>\002", "<b>&lt;tag&gt;</b>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = sc_search_markup_from_marked (cases[i].marked);
      g_autofree char *text = markup_to_text (markup);

      g_assert_cmpstr (markup, ==, cases[i].markup);
      /* Pango takes it (markup_to_text () asserts that), and no mark is
       * left in what it shows. */
      g_assert_null (strchr (text, '\001'));
      g_assert_null (strchr (text, '\002'));
    }
}

static void
test_search_ignores_diacritics (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) cafe = search (fixture, "cafe");
  g_autoptr(GPtrArray) accented = search (fixture, "café");
  g_autoptr(GPtrArray) capital = search (fixture, "CAFÉ");
  int entry;
  int section;

  /* "cafe" finds the glossary's "Café"... */
  entry = find_title (cafe, "Café");
  g_assert_cmpint (entry, >=, 0);
  g_assert_cmpint (hit_at (cafe, entry)->kind, ==, SC_SEARCH_KIND_GLOSSARY);
  g_assert_cmpstr (hit_at (cafe, entry)->title_markup, ==, "<b>Café</b>");

  /* ...and "café" the lesson's "Cafe owners", whatever the case. */
  section = find_title (accented, "Bulk orders");
  g_assert_cmpint (section, >=, 0);
  g_assert_nonnull (strstr (hit_at (accented, section)->snippet, "<b>Cafe</b> owners"));
  g_assert_cmpint (find_title (accented, "Café"), >=, 0);
  g_assert_cmpint (find_title (capital, "Bulk orders"), >=, 0);
  g_assert_cmpint (find_title (capital, "Café"), >=, 0);
}

static void
test_search_finds_hyphenated_words (Fixture       *fixture,
                                    gconstpointer  data)
{
  static const char * const typed[] = { "t-shirt", "T-Shirt", "t shirt", "cotton t-sh", "T–shirt" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GPtrArray) hits = search (fixture, typed[i]);

      g_test_message ("typed: %s", typed[i]);
      g_assert_cmpuint (hits->len, ==, 1);
      g_test_message ("snippet: %s", hit_at (hits, 0)->snippet);
      g_assert_cmpstr (hit_at (hits, 0)->title, ==, "Sizing");
      /* One bold span for the phrase, two for two words. */
      g_assert_nonnull (strstr (hit_at (hits, 0)->snippet, " <b>T"));
      g_assert_nonnull (strstr (hit_at (hits, 0)->snippet, "shirt</b> listing"));
    }

  {
    g_autoptr(GPtrArray) hits = search (fixture, "t-shirt");

    g_assert_nonnull (strstr (hit_at (hits, 0)->snippet, "<b>T-shirt</b>"));
  }
}

static void
test_search_syntax_never_errors (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const char * const typed[] = {
    "\"", "-", "*", "(", ")", ":", "^", "+", "NOT", "AND", "OR", "NEAR",
    "\"unbalanced", "unbalanced\"", "\"\"\"", "shirt NOT", "NOT shirt", "shirt OR",
    "AND shirt", "NEAR(shirt cotton)", "NEAR(shirt", "shirt*", "*shirt", "^shirt",
    "-shirt", "title:shirt", "body:", ":shirt", "{title body}: shirt", "(shirt", "shirt)",
    "!!! ??? ...", "\\", "'", "%", "_", "shirt\001\002", "\xff\xfe shirt", "\xc3",
    "' OR 1=1 --", "); DROP TABLE search_docs; --",
  };
  g_autoptr(GString) very_long = g_string_new (NULL);
  g_autoptr(GPtrArray) long_hits = NULL;
  gboolean found_shirt = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GPtrArray) hits = NULL;
      g_autofree char *escaped = g_strescape (typed[i], NULL);

      g_test_message ("typed: %s", escaped);
      hits = search (fixture, typed[i]);
      if (find_title (hits, "Sizing") >= 0)
        found_shirt = TRUE;
    }
  /* Punctuation around a word does not hide it. */
  g_assert_true (found_shirt);

  for (guint i = 0; very_long->len < 200000; i++)
    g_string_append_printf (very_long, "%s \"( ^-%u ", i % 7 == 0 ? "shirt" : "NOT", i);
  long_hits = search (fixture, very_long->str);
  g_assert_cmpuint (long_hits->len, ==, 0);

  /* The database is still usable afterwards. */
  g_clear_pointer (&long_hits, g_ptr_array_unref);
  long_hits = search (fixture, "shirt");
  g_assert_cmpint (find_title (long_hits, "Sizing"), >=, 0);
}

static void
test_search_empty_input_finds_nothing (Fixture       *fixture,
                                       gconstpointer  data)
{
  static const char * const typed[] = { "", " ", "\t\n", "---", "\"\"" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GPtrArray) hits = search (fixture, typed[i]);

      g_assert_cmpuint (hits->len, ==, 0);
    }
}

static void
test_search_prefix_as_you_type (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) inv = search (fixture, "inv");
  g_autoptr(GPtrArray) phrase = search (fixture, "inventory tu");
  g_autoptr(GPtrArray) done = search (fixture, "inventor");

  g_assert_cmpint (find_title (inv, "Inventory turn"), >=, 0);
  g_assert_cmpint (find_title (inv, "Counting the shelves"), >=, 0);
  g_assert_cmpstr (hit_at (inv, 0)->title_markup, ==, "<b>Inventory</b> turn");

  /* Every word must match; only the last one is a prefix. */
  g_assert_cmpstr (hit_at (phrase, 0)->title, ==, "Inventory turn");
  g_assert_cmpint (hit_at (phrase, 0)->kind, ==, SC_SEARCH_KIND_GLOSSARY);
  g_assert_cmpstr (hit_at (phrase, 0)->title_markup, ==, "<b>Inventory</b> <b>turn</b>");
  g_assert_cmpuint (done->len, ==, inv->len);
}

static void
test_search_ranks_titles_first (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) hits = search (fixture, "returns");
  int lesson;
  int body;

  lesson = find_title (hits, "Returns and refunds");
  body = find_title (hits, "Counting the shelves");
  g_assert_cmpint (lesson, ==, 0);
  g_assert_cmpint (hit_at (hits, 0)->kind, ==, SC_SEARCH_KIND_LESSON);
  g_assert_cmpstr (hit_at (hits, 0)->lesson_id, ==, "returns");
  g_assert_cmpint (body, >, lesson);
  g_assert_cmpfloat (hit_at (hits, lesson)->score, <, hit_at (hits, body)->score);
  g_assert_nonnull (strstr (hit_at (hits, body)->snippet, "<b>returns</b>"));

  for (guint i = 1; i < hits->len; i++)
    g_assert_cmpfloat (hit_at (hits, i - 1)->score, <=, hit_at (hits, i)->score);
}

static void
test_search_snippets_are_safe_markup (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GPtrArray) hits = search (fixture, "wash");
  g_autofree char *text = NULL;
  ScSearchHit *hit;

  g_assert_cmpuint (hits->len, ==, 1);
  hit = hit_at (hits, 0);
  g_assert_cmpstr (hit->title, ==, "Care labels");
  g_assert_cmpstr (hit->title_markup, ==, "Care labels");
  g_test_message ("snippet: %s", hit->snippet);
  g_assert_true (g_str_has_prefix (hit->snippet, "<b>Wash</b> below &lt;40 °C &amp; never"));

  text = markup_to_text (hit->snippet);
  g_assert_true (g_str_has_prefix (text, "Wash below <40 °C & never tumble dry"));
}

static void
test_search_long_snippet_is_cut (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) hits = search (fixture, "inspection");
  g_autofree char *text = NULL;
  ScSearchHit *hit;

  g_assert_cmpuint (hits->len, ==, 1);
  hit = hit_at (hits, 0);
  text = markup_to_text (hit->snippet);
  g_test_message ("snippet: %s", hit->snippet);
  g_assert_nonnull (strstr (hit->snippet, "<b>inspection</b>"));
  g_assert_true (g_str_has_suffix (text, "…"));
  g_assert_null (strchr (text, '\n'));
  g_assert_cmpuint (g_utf8_strlen (text, -1), <, 160);
}

static void
test_search_finds_glossary_terms (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GPtrArray) term = search (fixture, "apron");
  g_autoptr(GPtrArray) definition = search (fixture, "serves coffee");
  ScSearchHit *hit;

  g_assert_cmpint (find_title (term, "Apron"), ==, 0);
  hit = hit_at (term, 0);
  g_assert_cmpint (hit->kind, ==, SC_SEARCH_KIND_GLOSSARY);
  g_assert_cmpstr (hit->entry_id, ==, "apron");
  g_assert_null (hit->lesson_id);
  g_assert_null (hit->section_path);
  g_assert_cmpstr (hit->snippet, ==, "A garment worn over clothes, sold in one size.");
  /* "aprons" in a lesson and in another definition, by prefix. */
  g_assert_cmpint (find_title (term, "Bulk orders"), >, 0);
  g_assert_cmpint (find_title (term, "Café"), >, 0);

  g_assert_cmpuint (definition->len, ==, 1);
  g_assert_cmpstr (hit_at (definition, 0)->entry_id, ==, "cafe");
  g_assert_nonnull (strstr (hit_at (definition, 0)->snippet, "<b>serves</b> <b>coffee</b>"));
}

static void
test_search_hit_opens_the_section (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) bulk = search (fixture, "bulk");
  g_autoptr(GPtrArray) lesson = search (fixture, "apparel listings");
  ScLesson *apparel = sc_course_lookup_lesson (fixture->course, "apparel");
  ScLesson *stock = sc_course_lookup_lesson (fixture->course, "stock");
  g_autoptr(ScSearchHit) moved = NULL;
  ScRichBlock *section;
  ScSearchHit *hit;

  /* A section without an id: its path reaches it, and the anchor is the
   * enclosing section's. */
  hit = hit_at (bulk, 0);
  g_assert_cmpint (hit->kind, ==, SC_SEARCH_KIND_SECTION);
  g_assert_cmpstr (hit->lesson_id, ==, "apparel");
  g_assert_cmpstr (hit->section_id, ==, "care");
  g_assert_cmpstr (hit->section_path, ==, "1.1");
  section = sc_search_hit_find_section (hit, apparel);
  g_assert_nonnull (section);
  g_assert_cmpstr (section->title, ==, "Bulk orders");
  g_assert_null (sc_search_hit_find_section (hit, stock));

  /* A stale path falls back to the anchor. */
  moved = sc_search_hit_copy (hit);
  g_free (moved->section_path);
  moved->section_path = g_strdup ("0");
  section = sc_search_hit_find_section (moved, apparel);
  g_assert_nonnull (section);
  g_assert_cmpstr (section->id, ==, "care");

  /* A lesson's title opens the lesson at the top. */
  hit = hit_at (lesson, 0);
  g_assert_cmpint (hit->kind, ==, SC_SEARCH_KIND_LESSON);
  g_assert_cmpstr (hit->lesson_id, ==, "apparel");
  g_assert_null (hit->section_id);
  g_assert_null (sc_search_hit_find_section (hit, apparel));
}

static void
test_search_stays_in_its_course (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *minimal_dir = source_path ("tests", "data", "courses", "minimal", NULL);
  g_autoptr(ScCourse) minimal = load_course (minimal_dir);
  g_autoptr(GPtrArray) shirt = NULL;
  g_autoptr(GPtrArray) sku = NULL;
  g_autoptr(GPtrArray) sku_here = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sc_course_index_update (fixture->database, minimal, &error),
                   ==, SC_COURSE_INDEX_UPDATED);
  g_assert_no_error (error);

  shirt = sc_search_run (fixture->reader, "minimal", "shirt", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shirt->len, ==, 0);
  sku = sc_search_run (fixture->reader, "minimal", "sku", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_title (sku, "SKU"), ==, 0);
  sku_here = search (fixture, "sku");
  g_assert_cmpuint (sku_here->len, ==, 0);

  /* The other course's index was left alone. */
  g_assert_cmpint (sc_course_index_update (fixture->database, fixture->course, &error),
                   ==, SC_COURSE_INDEX_UNCHANGED);
  g_assert_no_error (error);
}

static void
test_search_limit (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) all = search (fixture, "the");
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (all->len, >, 2);
  two = sc_search_run (fixture->reader, "search-fixture", "the", 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpstr (hit_at (two, 0)->title, ==, hit_at (all, 0)->title);
  g_assert_cmpstr (hit_at (two, 1)->title, ==, hit_at (all, 1)->title);
}


static void
test_search_reindexes_only_on_change (void)
{
  g_autofree char *source = source_path ("tests", "data", "courses", "search", NULL);
  g_autofree char *dir = test_make_dir ();
  g_autofree char *course_dir = g_build_filename (dir, "course", NULL);
  g_autofree char *lesson = g_build_filename (course_dir, "lessons", "02-returns.xml", NULL);
  g_autofree char *data_dir = g_build_filename (dir, "data", NULL);
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *store = NULL;
  sqlite3 *reader = NULL;
  sqlite3 *db;
  int n_rows;
  int version;

  test_copy_tree (source, course_dir);
  database = sc_database_open_in_dir (data_dir, &error);
  g_assert_no_error (error);
  store = sc_search_store_path (database);
  g_assert_false (g_file_test (store, G_FILE_TEST_EXISTS));

  course = load_course (course_dir);
  g_assert_cmpint (sc_course_index_update (database, course, &error), ==, SC_COURSE_INDEX_UPDATED);
  g_assert_no_error (error);
  /* The index is beside the database, not in it. */
  g_assert_cmpint (test_query_int (sc_database_get_handle (database),
                                   "SELECT count(*) FROM sqlite_schema WHERE name GLOB 'search_*'"), ==, 0);
  g_assert_cmpint (sqlite3_open_v2 (store, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  n_rows = test_query_int (db, "SELECT count(*) FROM search_docs");
  /* 3 lessons, 5 sections (one nested), 3 glossary entries. */
  g_assert_cmpint (n_rows, ==, 11);
  g_assert_cmpint (test_query_int (db, "SELECT n_docs FROM search_index_state"), ==, n_rows);
  stored = test_query_text (db, "SELECT content_hash FROM search_index_state"
                                " WHERE course_id = 'search-fixture'");
  hash = sc_course_index_dup_hash (course);
  g_assert_cmpstr (stored, ==, hash);
  g_assert_cmpuint (strlen (hash), ==, 32);

  /* Unchanged, the same object or loaded again as at the next start:
   * nothing is written (another connection's commit would change the
   * data version). */
  version = test_query_int (db, "PRAGMA data_version");
  g_assert_cmpint (sc_course_index_update (database, course, &error), ==, SC_COURSE_INDEX_UNCHANGED);
  g_assert_no_error (error);
  g_clear_object (&course);
  course = load_course (course_dir);
  g_assert_cmpint (sc_course_index_update (database, course, &error), ==, SC_COURSE_INDEX_UNCHANGED);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (db, "PRAGMA data_version"), ==, version);

  before = sc_search_run (db, "search-fixture", "postage", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 1);

  /* A reader in the middle of a read keeps seeing the whole old index. */
  reader = sc_search_open_reader (database, &error);
  g_assert_no_error (error);
  test_exec (reader, "BEGIN; SELECT count(*) FROM search_docs;");

  /* A lesson edited: indexed again, once. */
  test_replace_in_file (lesson, "who pays postage", "who pays shipping");
  g_clear_object (&course);
  course = load_course (course_dir);
  g_assert_cmpint (sc_course_index_update (database, course, &error), ==, SC_COURSE_INDEX_UPDATED);
  g_assert_no_error (error);

  g_clear_pointer (&before, g_ptr_array_unref);
  before = sc_search_run (reader, "search-fixture", "postage", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 1);
  test_exec (reader, "COMMIT");
  g_clear_pointer (&before, g_ptr_array_unref);
  before = sc_search_run (reader, "search-fixture", "postage", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 0);
  g_clear_pointer (&reader, sc_sqlite_close);
  g_assert_cmpint (sc_course_index_update (database, course, &error), ==, SC_COURSE_INDEX_UNCHANGED);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM search_docs"), ==, n_rows);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM search_index_state"), ==, 1);
  /* The full-text index holds exactly the rows of search_docs: FTS5
   * compares the two and fails the statement otherwise. */
  test_exec (db, "INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)");

  gone = sc_search_run (db, "search-fixture", "postage", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gone->len, ==, 0);
  after = sc_search_run (db, "search-fixture", "shipping", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpstr (hit_at (after, 0)->section_id, ==, "policy");

  /* The full-text index matches its content table exactly. */
  test_exec (db, "INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)");
  /* Written with room for a whole course's terms in memory, so a large
   * course goes to disk as one segment, not merged again and again. */
  g_assert_cmpint (test_query_int (db, "SELECT v FROM search_fts_config WHERE k = 'hashsize'"),
                   ==, 16 * 1024 * 1024);
  sqlite3_close (db);

  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
  test_remove_tree (dir);
}

/* A failed indexing leaves the previous index as it was. */
static void
test_search_failed_reindex_keeps_old_index (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *store = sc_search_store_path (fixture->database);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (store, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  test_exec (db, "UPDATE search_index_state SET content_hash = 'stale'");
  test_exec (db, "CREATE TRIGGER refuse BEFORE INSERT ON search_docs"
                 " BEGIN SELECT RAISE (ABORT, 'refused for the test'); END");

  g_assert_cmpint (sc_course_index_update (fixture->database, fixture->course, &error),
                   ==, SC_COURSE_INDEX_FAILED);
  g_assert_error (error, SC_ERROR, SC_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, store));
  g_assert_nonnull (strstr (error->message, "refused for the test"));

  hash = test_query_text (db, "SELECT content_hash FROM search_index_state");
  g_assert_cmpstr (hash, ==, "stale");
  hits = search (fixture, "wash");
  g_assert_cmpuint (hits->len, ==, 1);
  test_exec (db, "DROP TRIGGER refuse");
  sqlite3_close (db);
}

/* The store is a cache: one that is not a database, or of another
 * version, is made again and the course indexed anew. */
static void
test_search_store_made_again (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *store = sc_search_store_path (fixture->database);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = NULL;
      sqlite3 *db = NULL;

      g_clear_pointer (&fixture->reader, sc_sqlite_close);
      if (i == 0)
        {
          sc_search_store_remove (store);
          g_assert_true (g_file_set_contents (store, "This is not a database, not at all. 0123456789",
                                              -1, NULL));
        }
      else
        {
          g_assert_cmpint (sqlite3_open_v2 (store, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
          test_exec (db, "PRAGMA user_version = 99");
          sqlite3_close (db);
        }

      g_assert_cmpint (sc_course_index_update (fixture->database, fixture->course, &error),
                       ==, SC_COURSE_INDEX_UPDATED);
      g_assert_no_error (error);
      g_assert_cmpint (sc_course_index_update (fixture->database, fixture->course, &error),
                       ==, SC_COURSE_INDEX_UNCHANGED);
      g_assert_no_error (error);

      fixture->reader = sc_search_open_reader (fixture->database, &error);
      g_assert_no_error (error);
      hits = search (fixture, "wash");
      g_assert_cmpuint (hits->len, ==, 1);
    }
}

static goffset
file_size (const char *path)
{
  GStatBuf info;

  return g_stat (path, &info) == 0 ? info.st_size : -1;
}

/* A course the store has never held is indexed while it is read, to
 * the same rows and hash as sc_course_index_update () writes; loaded
 * again, the stream leaves it to the update, which finds it unchanged,
 * or, once the course changed, writes it anew. */
static void
test_search_index_while_read (void)
{
  g_autofree char *source = source_path ("tests", "data", "courses", "search", NULL);
  g_autofree char *dir = test_make_dir ();
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScCourse) again = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *store = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *log = NULL;
  ScCourseIndexStream *stream;
  sqlite3 *db = NULL;
  sqlite3 *reader;

  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  store = sc_search_store_path (database);
  log = g_strconcat (store, "-wal", NULL);

  stream = sc_course_index_stream_new (store);
  course = sc_course_load_indexed (source, NULL, stream, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (course);
  g_assert_true (sc_course_index_stream_finish (stream, course, &error));
  g_assert_no_error (error);
  /* Its pages wait in the write-ahead log for the next writer. */
  g_assert_cmpint (file_size (log), >, 0);

  g_assert_cmpint (sqlite3_open_v2 (store, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  /* 3 lessons, 5 sections (one nested), 3 glossary entries, as written
   * after a load (test reindexes-only-on-change). */
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM search_docs"), ==, 11);
  g_assert_cmpint (test_query_int (db, "SELECT n_docs FROM search_index_state"), ==, 11);
  g_assert_cmpint (test_query_int (db, "SELECT count(DISTINCT position) FROM search_docs"), ==, 11);
  stored = test_query_text (db, "SELECT content_hash FROM search_index_state");
  hash = sc_course_index_dup_hash (course);
  g_assert_cmpstr (stored, ==, hash);
  test_exec (db, "INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)");
  /* Each content row by the id FTS5 knows it by. */
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM search_fts JOIN search_docs"
                                       " ON search_docs.id = search_fts.rowid"
                                       " WHERE search_fts MATCH 'wash' AND search_docs.body LIKE '%wash%'"),
                   ==, 1);
  /* Its segments were left unmerged, and FTS5's setting is back for
   * the next writer. */
  g_assert_cmpint (test_query_int (db, "SELECT v FROM search_fts_config WHERE k = 'automerge'"), ==, 4);
  g_assert_cmpint (sc_course_index_update (database, course, &error), ==, SC_COURSE_INDEX_UNCHANGED);
  g_assert_no_error (error);
  g_assert_cmpint (file_size (log), ==, 0);

  reader = sc_search_open_reader (database, &error);
  g_assert_no_error (error);
  hits = sc_search_run (reader, "search-fixture", "wash", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  sc_sqlite_close (reader);

  /* Known to the store: nothing written while it is read. */
  stream = sc_course_index_stream_new (store);
  again = sc_course_load_indexed (source, NULL, stream, NULL, &error);
  g_assert_nonnull (again);
  g_assert_false (sc_course_index_stream_finish (stream, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_course_index_update (database, again, &error), ==, SC_COURSE_INDEX_UNCHANGED);

  /* Known but changed: the update after the load writes it. */
  test_exec (db, "UPDATE search_index_state SET content_hash = 'stale'");
  g_clear_object (&again);
  stream = sc_course_index_stream_new (store);
  again = sc_course_load_indexed (source, NULL, stream, NULL, &error);
  g_assert_false (sc_course_index_stream_finish (stream, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_course_index_update (database, again, &error), ==, SC_COURSE_INDEX_UPDATED);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM search_docs"), ==, 11);
  sqlite3_close (db);

  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
  test_remove_tree (dir);
}

/* The built-in course, its lesson files read one by one or ahead on a
 * thread: indexed while it is read to the hash of the course loaded. */
static void
test_search_index_while_read_ahead (void)
{
  g_autofree char *source = source_path ("data", "courses", "ecommerce-operations", NULL);
  guint prefetch[] = { G_MAXUINT, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (prefetch); i++)
    {
      g_autofree char *dir = test_make_dir ();
      g_autofree char *store = g_build_filename (dir, SC_SEARCH_STORE_FILE_NAME, NULL);
      g_autoptr(ScCourse) course = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *stored = NULL;
      g_autofree char *hash = NULL;
      ScCourseIndexStream *stream = sc_course_index_stream_new (store);
      sqlite3 *db = NULL;

      sc_course_reader_set_prefetch_min (prefetch[i]);
      course = sc_course_load_indexed (source, NULL, stream, NULL, &error);
      sc_course_reader_set_prefetch_min (32);
      g_assert_no_error (error);
      g_assert_true (sc_course_index_stream_finish (stream, course, &error));
      g_assert_no_error (error);

      g_assert_cmpint (sqlite3_open_v2 (store, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
      stored = test_query_text (db, "SELECT content_hash FROM search_index_state");
      hash = sc_course_index_dup_hash (course);
      g_assert_cmpstr (stored, ==, hash);
      g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM search_docs"), >, 100);
      sqlite3_close (db);
      test_remove_tree (dir);
    }
}

/* A course that does not load leaves nothing in the store, whether it
 * fails before its id is known or after some lessons were written. */
static void
test_search_index_while_read_broken (void)
{
  static const char *broken[] = { "course-unknown-element", "course-missing-course-xml",
                                  "course-dangling-lesson-link", "course-truncated" };
  g_autofree char *dir = test_make_dir ();
  g_autofree char *store = g_build_filename (dir, SC_SEARCH_STORE_FILE_NAME, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *source = source_path ("tests", "data", "bad", broken[i], NULL);
      g_autoptr(ScCourse) course = NULL;
      g_autoptr(GError) error = NULL;
      ScCourseIndexStream *stream = sc_course_index_stream_new (store);
      sqlite3 *db = NULL;

      course = sc_course_load_indexed (source, NULL, stream, NULL, &error);
      g_assert_null (course);
      g_clear_error (&error);
      g_assert_false (sc_course_index_stream_finish (stream, NULL, &error));
      g_assert_no_error (error);

      if (!g_file_test (store, G_FILE_TEST_EXISTS))
        continue;
      g_assert_cmpint (sqlite3_open_v2 (store, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
      g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM search_docs"), ==, 0);
      g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM search_index_state"), ==, 0);
      g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM search_fts_docsize"), ==, 0);
      sqlite3_close (db);
    }

  test_remove_tree (dir);
}

typedef struct
{
  GMainLoop *loop;
  GPtrArray *hits;
  GError    *error;
  GThread   *caller;
} AsyncResult;

static void
search_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncResult *async = user_data;

  g_assert_true (g_thread_self () == async->caller);
  async->hits = sc_search_run_finish (SC_DATABASE (source), result, &async->error);
  g_main_loop_quit (async->loop);
}

static void
test_search_async_on_worker (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult async = { loop, NULL, NULL, g_thread_self () };

  sc_search_run_async (fixture->database, "search-fixture", "turn", 10, NULL,
                       search_done, &async);
  g_main_loop_run (loop);
  g_assert_no_error (async.error);
  g_assert_nonnull (async.hits);
  g_assert_cmpstr (hit_at (async.hits, 0)->entry_id, ==, "inventory-turn");
  g_clear_pointer (&async.hits, g_ptr_array_unref);

  /* A search replaced by a newer one reports that it was cancelled. */
  g_cancellable_cancel (cancellable);
  sc_search_run_async (fixture->database, "search-fixture", "turn", 10, cancellable,
                       search_done, &async);
  g_main_loop_run (loop);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (async.hits);
  g_clear_error (&async.error);

  /* Many at once, each on its own connection. */
  for (guint i = 0; i < 8; i++)
    {
      sc_search_run_async (fixture->database, "search-fixture", i % 2 ? "shelves" : "wash", 0,
                           NULL, search_done, &async);
      g_main_loop_run (loop);
      g_assert_no_error (async.error);
      g_assert_cmpuint (async.hits->len, ==, 1);
      g_clear_pointer (&async.hits, g_ptr_array_unref);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sc_course_reader_init ();

#define ADD(path, func) \
  g_test_add ("/search/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/search/query/quotes-every-word", test_search_query_quotes_every_word);
  g_test_add_func ("/search/markup/escapes-and-marks", test_search_markup_escapes_and_marks);
  ADD ("ignores-diacritics", test_search_ignores_diacritics);
  ADD ("finds-hyphenated-words", test_search_finds_hyphenated_words);
  ADD ("syntax-never-errors", test_search_syntax_never_errors);
  ADD ("empty-input-finds-nothing", test_search_empty_input_finds_nothing);
  ADD ("prefix-as-you-type", test_search_prefix_as_you_type);
  ADD ("ranks-titles-first", test_search_ranks_titles_first);
  ADD ("snippets-are-safe-markup", test_search_snippets_are_safe_markup);
  ADD ("long-snippet-is-cut", test_search_long_snippet_is_cut);
  ADD ("finds-glossary-terms", test_search_finds_glossary_terms);
  ADD ("hit-opens-the-section", test_search_hit_opens_the_section);
  ADD ("stays-in-its-course", test_search_stays_in_its_course);
  ADD ("limit", test_search_limit);
  ADD ("store-made-again", test_search_store_made_again);
  g_test_add_func ("/search/index-while-read", test_search_index_while_read);
  g_test_add_func ("/search/index-while-read-broken", test_search_index_while_read_broken);
  g_test_add_func ("/search/index-while-read-ahead", test_search_index_while_read_ahead);
  ADD ("failed-reindex-keeps-old-index", test_search_failed_reindex_keeps_old_index);
  ADD ("async-on-worker", test_search_async_on_worker);
  g_test_add_func ("/search/reindexes-only-on-change", test_search_reindexes_only_on_change);

#undef ADD

  return g_test_run ();
}
