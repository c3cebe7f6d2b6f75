/* test-gift-files.c - GIFT files as teachers save them, GIFT export, and the real-world samples
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Encodings (UTF-8 with or without a byte order mark, Windows-1252 with a
 * warning, UTF-16 and binary refused), the fixtures in
 * tests/data/questions/gift/, files that cannot be read, what the writer
 * writes and leaves out, and the samples in ../shared/samples/gift when
 * they are there: per-type counts, and the same questions after a trip
 * through GIFT and through Moodle XML.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "sc-error.h"
#include "sc-gift-reader.h"
#include "sc-gift-writer.h"
#include "sc-moodle-xml-reader.h"
#include "sc-moodle-xml-writer.h"
#include "sc-question-dump.h"
#include "test-gift-util.h"

static char *
fixture_path (const char *name)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");

  g_assert_nonnull (root);

  return g_build_filename (root, "tests", "data", "questions", "gift", name, NULL);
}

static char *
counts_by_type (GPtrArray *questions)
{
  guint counts[SC_QUESTION_N_TYPES] = { 0 };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    counts[((ScQuestion *) g_ptr_array_index (questions, i))->type]++;
  for (guint type = 0; type < SC_QUESTION_N_TYPES; type++)
    if (counts[type] > 0)
      g_string_append_printf (out, "%s%s=%u", out->len > 0 ? " " : "",
                              sc_question_type_to_string (type), counts[type]);

  return g_string_free (out, FALSE);
}

static void
assert_refused (const char *data,
                gsize       size,
                const char *message)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = sc_gift_read_memory (data, size, "t.gift", 0, problems, &error);

  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (questions);
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
}

#define UTF16_MESSAGE(encoding) \
  "t.gift: is saved as " encoding "; save it as UTF-8 (in a text editor: Save As, encoding " \
  "UTF-8) and import it again"

static void
test_gift_encoding_refused (void)
{
  static const char utf16le[] = "\xff\xfe:\0:\0Q\0:\0:\0x\0{\0T\0}\0";
  static const char utf16be[] = "\xfe\xff\0:\0:\0Q\0:\0:\0x\0{\0T\0}";
  static const char utf16_bare[] = ":\0:\0Q\0:\0:\0x\0{\0T\0}\0";
  static const char utf32[] = "\xff\xfe\0\0:\0\0\0";
  static const char nul[] = "::Q::x{T}\n\n::R::\0y{T}";
  static const char undefined[] = "::Q::x{T}\n::R::caf\xe9 \x81{T}";

  assert_refused (utf16le, sizeof utf16le - 1, UTF16_MESSAGE ("UTF-16"));
  assert_refused (utf16be, sizeof utf16be - 1, UTF16_MESSAGE ("UTF-16"));
  assert_refused (utf16_bare, sizeof utf16_bare - 1, UTF16_MESSAGE ("UTF-16"));
  assert_refused (utf32, sizeof utf32 - 1, UTF16_MESSAGE ("UTF-32"));
  assert_refused (nul, sizeof nul - 1,
                  "t.gift:3: contains a NUL byte, so it is not text; is this really a GIFT file?");
  /* 0x81 means nothing in Windows-1252 either. */
  assert_refused (undefined, sizeof undefined - 1,
                  "t.gift:2: the text is neither UTF-8 nor Windows-1252 (byte 0x81 means nothing "
                  "in either); save the file as UTF-8 and import it again");
  assert_refused ("", 0, "t.gift: is empty; export the questions again, or choose the GIFT file "
                         "that holds them");
  assert_refused ("\xef\xbb\xbf \n\r\n\t", 8, "t.gift: is empty; export the questions again, or "
                                              "choose the GIFT file that holds them");
}

static void
test_gift_encoding_bom (void)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions =
    read_gift_string ("\xef\xbb\xbf::Café::Ça coûte 5 €.{T}", 0, problems);
  g_autofree char *described = describe_questions (questions);

  g_assert_cmpstr (described, ==, "true-false “Café” | Ça coûte 5 €. | 1 true | 0 false");
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 0);
}

/* Every byte Windows-1252 defines reads as the character iconv gives. */
static void
test_gift_encoding_windows_1252 (void)
{
  g_autoptr(GString) gift = g_string_new ("::Q::\n\n::R::");
  g_autoptr(GString) bytes = g_string_new (NULL);
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *reported = NULL;
  const ScQuestion *question;

  for (guint c = 0x80; c <= 0xff; c++)
    if (c != 0x81 && c != 0x8d && c != 0x8f && c != 0x90 && c != 0x9d)
      g_string_append_c (bytes, (char) c);
  expected = g_convert (bytes->str, bytes->len, "UTF-8", "WINDOWS-1252", NULL, NULL, &error);
  g_assert_no_error (error);

  g_string_append_len (gift, bytes->str, bytes->len);
  questions = sc_gift_read_memory (gift->str, gift->len, "t.gift", 0, problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, 2);
  question = g_ptr_array_index (questions, 1);
  g_assert_cmpstr (question->stem.source, ==, expected);

  reported = join_problems (problems);
  g_assert_cmpstr (reported, ==,
                   "t.gift:3: the file is not UTF-8, so it was read as Windows-1252 (Western "
                   "European); check accented letters, and save the file as UTF-8 to stop this "
                   "warning");
}

typedef struct
{
  const char *file;
  const char *counts;
  const char *problems;  /* with the fixture's path replaced by "FILE" */
} Fixture;

static const Fixture fixtures[] = {
  { "all-types.gift",
    "single-choice=3 multiple-response=1 true-false=3 short-answer=1 numerical=1 matching=1 "
    "essay=1 description=1", NULL },
  { "bom.gift", "true-false=2", NULL },
  { "crlf.gift", "single-choice=1 numerical=1", NULL },
  { "windows-1252.gift", "single-choice=2",
    "FILE:1: the file is not UTF-8, so it was read as Windows-1252 (Western European); check "
    "accented letters, and save the file as UTF-8 to stop this warning" },
  { "utf16.gift", NULL,
    "FILE: is saved as UTF-16; save it as UTF-8 (in a text editor: Save As, encoding UTF-8) and "
    "import it again" },
};

static void
test_gift_fixtures (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = fixture_path (fixtures[i].file);
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) questions = sc_gift_read_file (path, 0, problems, &error);
      g_autofree char *reported = NULL;
      g_autofree char *counts = NULL;

      if (error != NULL)
        {
          g_assert_null (fixtures[i].counts);
          reported = g_strdup (error->message);
        }
      else
        {
          counts = counts_by_type (questions);
          reported = join_problems (problems);
        }

      if (reported != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (reported, path, -1);

          g_free (reported);
          reported = g_strjoinv ("FILE", parts);
        }
      g_assert_cmpstr (counts, ==, fixtures[i].counts);
      g_assert_cmpstr (reported, ==, fixtures[i].problems);
    }
}

/* A file saved on Windows reads exactly like the same file with "\n". */
static void
test_gift_crlf_same_as_lf (void)
{
  g_autofree char *path = fixture_path ("crlf.gift");
  g_autofree char *contents = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *lf = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) from_crlf = NULL;
  g_autoptr(GPtrArray) from_lf = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\r\n"));
  parts = g_strsplit (contents, "\r\n", -1);
  lf = g_strjoinv ("\n", parts);

  from_crlf = read_gift_string (contents, 0, problems);
  from_lf = read_gift_string (lf, 0, problems);
  a = describe_questions (from_crlf);
  b = describe_questions (from_lf);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, ==,
                   "single-choice “First” | One line\nand another. | 1 right # yes | 0 wrong # no\n"
                   "numerical “Second” | Two plus two? | 1 4 ±0");
}

static void
assert_file_error (const char *path,
                   int         code,
                   const char *message)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = sc_gift_read_file (path, 0, problems, &error);
  g_autofree char *expected = g_strdup_printf ("%s: %s", path, message);

  g_assert_error (error, SC_ERROR, code);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_null (questions);
}

static void
test_gift_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gift-XXXXXX", &error);
  g_autofree char *missing = NULL;
  g_autofree char *fifo = NULL;
  g_autofree char *big = NULL;
  int fd;

  g_assert_no_error (error);
  missing = g_build_filename (dir, "missing.gift", NULL);
  fifo = g_build_filename (dir, "pipe.gift", NULL);
  big = g_build_filename (dir, "big.gift", NULL);

  assert_file_error (missing, SC_ERROR_IO,
                     "the file cannot be read (No such file or directory); check that it exists "
                     "and that you may read it");
  assert_file_error (dir, SC_ERROR_IO, "is not a regular file; choose the GIFT file itself");
  /* A named pipe must not hang the import. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_file_error (fifo, SC_ERROR_IO, "is not a regular file; choose the GIFT file itself");

  /* Sparse, so the test writes nothing. */
  fd = g_open (big, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, SC_GIFT_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);
  assert_file_error (big, SC_ERROR_INVALID_INPUT,
                     "is larger than 64 MB, the most a GIFT file may hold; split it into smaller "
                     "files");

  g_assert_cmpint (g_remove (fifo), ==, 0);
  g_assert_cmpint (g_remove (big), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* gift → model → gift → model gives the same questions, and the second
 * GIFT text is the first one. */
static void
assert_round_trip (GPtrArray  *questions,
                   const char *what)
{
  g_autoptr(ScCourseProblems) write_problems = sc_course_problems_new ();
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autofree char *gift = sc_gift_write (questions, "out.gift", write_problems);
  g_autoptr(GPtrArray) again = read_gift_string (gift, 0, problems);
  g_autofree char *gift_again = sc_gift_write (again, "out.gift", NULL);
  g_autofree char *dump = sc_question_dump (questions);
  g_autofree char *dump_again = sc_question_dump (again);
  g_autofree char *lost = join_problems (write_problems);

  g_test_message ("%s: %u questions through GIFT", what, questions->len);
  g_assert_cmpstr (lost, ==, NULL);
  g_assert_cmpstr (dump_again, ==, dump);
  g_assert_cmpstr (gift_again, ==, gift);
}

static void
test_gift_round_trip_fixture (void)
{
  g_autofree char *path = fixture_path ("all-types.gift");
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = sc_gift_read_file (path, 0, problems, &error);

  g_assert_no_error (error);
  assert_round_trip (questions, "all-types.gift");
}

static char *
samples_folder (void)
{
  const char *dir = g_getenv ("SHOPCRAFT_SAMPLES_DIR");
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autofree char *base = NULL;
  char *gift;

  if (dir != NULL && *dir != '\0')
    base = g_strdup (dir);
  else if (root != NULL)
    base = g_build_filename (root, "..", "shared", "samples", NULL);
  else
    return NULL;

  gift = g_build_filename (base, "gift", NULL);
  if (!g_file_test (gift, G_FILE_TEST_IS_DIR))
    g_clear_pointer (&gift, g_free);

  return gift;
}

typedef struct
{
  const char *file;
  const char *counts;
} SampleCounts;

/* What Moodle 4.5 itself imports from each sample. */
static const SampleCounts sample_counts[] = {
  { "moodle_questions.gift.txt",
    "single-choice=1 multiple-response=1 true-false=3 short-answer=1 numerical=1 matching=1 "
    "essay=1" },
  { "fuhrmanator_options1.gift",
    "single-choice=6 multiple-response=2 true-false=1 short-answer=4 numerical=1" },
};

static void
test_gift_samples (void)
{
  g_autofree char *folder = samples_folder ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint checked = 0;

  if (folder == NULL)
    {
      g_test_skip ("no ../shared/samples/gift next to the source tree and no "
                   "SHOPCRAFT_SAMPLES_DIR: the real-world GIFT samples were not checked");
      return;
    }

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autoptr(ScCourseProblems) xml_problems = sc_course_problems_new ();
      g_autoptr(GPtrArray) questions = sc_gift_read_file (path, 0, problems, &error);
      g_autoptr(GPtrArray) through_xml = NULL;
      g_autofree char *counts = NULL;
      g_autofree char *reported = NULL;
      g_autofree char *xml = NULL;
      g_autofree char *dump = NULL;
      g_autofree char *dump_xml = NULL;
      guint skipped = 0;

      g_assert_no_error (error);
      counts = counts_by_type (questions);
      reported = join_problems (problems);
      g_test_message ("%s: %s", name, counts);
      g_assert_cmpstr (reported, ==, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (sample_counts); i++)
        if (g_str_equal (sample_counts[i].file, name))
          {
            g_assert_cmpstr (counts, ==, sample_counts[i].counts);
            checked++;
          }

      assert_round_trip (questions, name);

      /* The same questions after a trip through Moodle XML. */
      xml = sc_moodle_xml_write (questions, &skipped);
      g_assert_cmpuint (skipped, ==, 0);
      through_xml = sc_moodle_xml_read_memory (xml, strlen (xml), "x.xml", 0, xml_problems,
                                               &error);
      g_assert_no_error (error);
      dump = sc_question_dump (questions);
      dump_xml = sc_question_dump (through_xml);
      g_assert_cmpstr (dump_xml, ==, dump);
    }

  g_assert_cmpuint (checked, ==, G_N_ELEMENTS (sample_counts));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gift/encoding/refused", test_gift_encoding_refused);
  g_test_add_func ("/gift/encoding/bom", test_gift_encoding_bom);
  g_test_add_func ("/gift/encoding/windows-1252", test_gift_encoding_windows_1252);
  g_test_add_func ("/gift/files/fixtures", test_gift_fixtures);
  g_test_add_func ("/gift/files/crlf-same-as-lf", test_gift_crlf_same_as_lf);
  g_test_add_func ("/gift/files/errors", test_gift_file_errors);
  g_test_add_func ("/gift/round-trip/fixture", test_gift_round_trip_fixture);
  g_test_add_func ("/gift/samples", test_gift_samples);

  return g_test_run ();
}
