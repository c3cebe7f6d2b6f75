/* test-command-questions.c - shopcraft --import-questions, --export-questions and --dump-questions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built executable (SHOPCRAFT_EXE) with --data-dir in a
 * temporary folder and no display, as a teacher's script would, and
 * checks exit statuses (0 clean, 1 imported with problems, 2 nothing
 * imported), what is printed, and what the database holds.
 */
#include "sc-database.h"
#include "sc-learner.h"
#include "sc-moodle-xml-reader.h"
#include "sc-question-dump.h"
#include "test-db-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

typedef struct
{
  char *dir;
  char *data_dir;
  char *db_path;
} Fixture;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = test_make_dir ();
  f->data_dir = g_build_filename (f->dir, "data", NULL);
  f->db_path = g_build_filename (f->data_dir, "shopcraft.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->data_dir);
  g_free (f->db_path);
}

static gboolean
have_executable (void)
{
  const char *exe = g_getenv ("SHOPCRAFT_EXE");

  if (exe == NULL || !g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("SHOPCRAFT_EXE does not name the built executable");
      return FALSE;
    }

  return TRUE;
}

/* Runs shopcraft --data-dir DATA with the NULL-terminated arguments. */
static void
run_shopcraft (Fixture *f,
               Run     *run,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SHOPCRAFT_EXE"));
  g_ptr_array_add (argv, (gpointer) "--data-dir");
  g_ptr_array_add (argv, f->data_dir);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "SHOPCRAFT_DATA_DIR", "", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);

  run_clear (run);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d\nstdout:\n%s\nstderr:\n%s", run->status, run->out, run->err);
}

static char *
moodle_fixture (const char *name)
{
  return g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "tests", "data", "questions", "moodle",
                           name, NULL);
}

/* Exit status 2, nothing on stdout and exactly one line on stderr that
 * names @what. */
static void
assert_failed_with_line (Run        *run,
                         const char *what)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "shopcraft: "));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  g_assert_nonnull (strstr (run->err, what));
}

static char *
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = test_open_raw (f->db_path);
  char *text = test_query_text (db, sql);

  sqlite3_close (db);

  return text;
}

#define BANK_ROWS \
  "SELECT (SELECT count(*) FROM question_banks) || '/' || (SELECT count(*) FROM questions)" \
  " || '/' || (SELECT count(*) FROM question_files) || '/' || (SELECT group_concat (name) FROM question_banks)"

static void
test_import_and_dump (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *file = moodle_fixture ("all-types.xml");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *rows = NULL;
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  run_shopcraft (f, &run, "--import-questions", file, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "Imported 10 questions from"));
  g_assert_nonnull (strstr (run.out, "“all-types”"));
  g_assert_nonnull (strstr (run.out, "  single-choice: 1\n"));
  g_assert_nonnull (strstr (run.out, "  cloze: 1\n"));
  g_assert_nonnull (strstr (run.out, "  description: 1\n"));
  rows = count_rows (f, BANK_ROWS);
  g_assert_cmpstr (rows, ==, "1/10/11/all-types");

  /* The dump is the canonical JSON of what the file holds. */
  questions = sc_moodle_xml_read_file (file, SC_MOODLE_XML_READ_DEFAULT, problems, &error);
  g_assert_no_error (error);
  expected = sc_question_dump (questions);
  run_shopcraft (f, &run, "--dump-questions", "all-types", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");

  run_shopcraft (f, &run, "--dump-questions", "No such bank", NULL);
  assert_failed_with_line (&run, "“No such bank”");
}

static void
test_whole_file_rejected (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *good = moodle_fixture ("cdata-and-entities.xml");
  g_autofree char *bad = g_build_filename (f->dir, "truncated.xml", NULL);
  g_autofree char *doctype = g_build_filename (f->dir, "doctype.xml", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *dump = NULL;
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  run_shopcraft (f, &run, "--import-questions", good, "--bank", "Kept", NULL);
  g_assert_cmpint (run.status, ==, 0);
  before = count_rows (f, BANK_ROWS);
  run_shopcraft (f, &run, "--dump-questions", "Kept", NULL);
  dump = g_strdup (run.out);

  g_assert_true (g_file_set_contents (bad, "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\">"
                                      "<name><text>T</text></name>", -1, NULL));
  g_assert_true (g_file_set_contents (doctype, "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\n"
                                      "<!ENTITY big \"aaaa\">]>\n<quiz/>\n", -1, NULL));

  run_shopcraft (f, &run, "--import-questions", bad, "--bank", "Broken", NULL);
  assert_failed_with_line (&run, "truncated.xml");
  run_shopcraft (f, &run, "--import-questions", doctype, NULL);
  assert_failed_with_line (&run, "doctype.xml");

  /* Nothing of them was stored, and the other bank is as it was. */
  after = count_rows (f, BANK_ROWS);
  g_assert_cmpstr (after, ==, before);
  run_shopcraft (f, &run, "--dump-questions", "Kept", NULL);
  g_assert_cmpstr (run.out, ==, dump);
}

static void
test_skipped_questions (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *plugins = moodle_fixture ("plugin-types.xml");
  g_autofree char *grades = moodle_fixture ("off-grid-fractions.xml");
  g_autofree char *strict = NULL;
  g_autofree char *snapped = NULL;
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  /* Plug-in types are counted, reported one by one, and left out. */
  run_shopcraft (f, &run, "--import-questions", plugins, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "Imported 1 question from"));
  g_assert_nonnull (strstr (run.out, "Left out 3 questions"));
  g_assert_nonnull (strstr (run.err, "plugin-types.xml:11: question “Drag the words” skipped"));
  {
    g_auto(GStrv) lines = g_strsplit (run.err, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 4);
  }

  /* Grades off Moodle's list skip their question, unless snapped. */
  run_shopcraft (f, &run, "--import-questions", grades, "--bank", "Strict", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "off-grid-fractions.xml:"));
  strict = count_rows (f, "SELECT count(*) FROM questions JOIN question_banks b ON b.id = bank_id"
                          " WHERE b.name = 'Strict'");
  run_shopcraft (f, &run, "--import-questions", grades, "--bank", "Snapped", "--snap-fractions", NULL);
  g_assert_cmpint (run.status, <=, 1);
  snapped = count_rows (f, "SELECT count(*) FROM questions JOIN question_banks b ON b.id = bank_id"
                           " WHERE b.name = 'Snapped'");
  g_assert_cmpint (atoi (snapped), >, atoi (strict));

  /* A name in use is refused; the bank keeps its questions. */
  run_shopcraft (f, &run, "--import-questions", grades, "--bank", "Strict", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "“Strict” already exists"));
  g_assert_null (strstr (run.out, "Imported"));
}

static void
test_export_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *file = moodle_fixture ("all-types.xml");
  g_autofree char *exported = g_build_filename (f->dir, "exported.xml", NULL);
  g_autofree char *gift = g_build_filename (f->dir, "exported.gift", NULL);
  g_autofree char *odd = g_build_filename (f->dir, "exported.csv", NULL);
  g_autofree char *first = NULL;
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  run_shopcraft (f, &run, "--import-questions", file, "--bank", "Original", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_shopcraft (f, &run, "--dump-questions", "Original", NULL);
  first = g_strdup (run.out);

  /* dump (import f) == dump (import (export (import f))) */
  run_shopcraft (f, &run, "--export-questions", "Original", exported, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Wrote 10 questions"));
  g_assert_true (g_file_test (exported, G_FILE_TEST_IS_REGULAR));
  run_shopcraft (f, &run, "--import-questions", exported, "--bank", "Again", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_shopcraft (f, &run, "--dump-questions", "Again", NULL);
  g_assert_cmpstr (run.out, ==, first);

  /* GIFT holds fewer types: what it cannot hold is reported. */
  run_shopcraft (f, &run, "--export-questions", "Original", gift, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "skipped"));
  g_assert_true (g_file_test (gift, G_FILE_TEST_IS_REGULAR));

  run_shopcraft (f, &run, "--export-questions", "Original", odd, NULL);
  assert_failed_with_line (&run, "exported.csv");
  g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));
  run_shopcraft (f, &run, "--export-questions", "Original", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_shopcraft (f, &run, "--export-questions", "Missing", gift, NULL);
  assert_failed_with_line (&run, "“Missing”");
}

static void
test_gift_and_learner (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "pricing.gift", NULL);
  g_autofree char *rows = NULL;
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  g_assert_true (g_file_set_contents (file,
                                      "// [tag:competency:listing.pricing]\n"
                                      "::Margin::A product costs 6 and sells for 10. The margin is {=40% ~60% ~4%}\n"
                                      "\n"
                                      "::Returns::Returns are free. {T}\n"
                                      "\n"
                                      "::Tax::How much is 20% of 50? {#10:0}\n",
                                      -1, NULL));

  /* --learner must name a learner; banks themselves are everyone's. */
  run_shopcraft (f, &run, "--import-questions", file, "--learner", "Nobody", NULL);
  assert_failed_with_line (&run, "“Nobody”");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ScDatabase) database = sc_database_open (f->db_path, &error);
    g_autoptr(ScLearner) learner = sc_learner_create (database, "Sam Rivera", &error);

    g_assert_no_error (error);
    g_assert_true (sc_database_close (database, &error));
  }

  run_shopcraft (f, &run, "--import-questions", file, "--learner", "Sam Rivera", "--bank", "  Pricing ", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Imported 3 questions"));
  g_assert_nonnull (strstr (run.out, "  single-choice: 1\n"));
  g_assert_nonnull (strstr (run.out, "  true-false: 1\n"));
  g_assert_nonnull (strstr (run.out, "  numerical: 1\n"));
  rows = count_rows (f, "SELECT name || '|' || source_format || '|' || length (source_sha256)"
                        " || '|' || (SELECT count(*) FROM question_tags WHERE competency = 'listing.pricing')"
                        " FROM question_banks");
  g_assert_cmpstr (rows, ==, "Pricing|gift|64|1");

  run_shopcraft (f, &run, "--import-questions", "/nowhere/file.rtf", NULL);
  assert_failed_with_line (&run, "file.rtf");
  run_shopcraft (f, &run, "--import-questions", "/nowhere/missing.gift", NULL);
  assert_failed_with_line (&run, "missing.gift");
  run_shopcraft (f, &run, "--import-questions", file, "--dump-questions", "Pricing", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/command-questions/import-and-dump", Fixture, NULL, fixture_set_up, test_import_and_dump, fixture_tear_down);
  g_test_add ("/command-questions/whole-file-rejected", Fixture, NULL, fixture_set_up, test_whole_file_rejected, fixture_tear_down);
  g_test_add ("/command-questions/skipped-questions", Fixture, NULL, fixture_set_up, test_skipped_questions, fixture_tear_down);
  g_test_add ("/command-questions/export-round-trip", Fixture, NULL, fixture_set_up, test_export_round_trip, fixture_tear_down);
  g_test_add ("/command-questions/gift-and-learner", Fixture, NULL, fixture_set_up, test_gift_and_learner, fixture_tear_down);

  return g_test_run ();
}
