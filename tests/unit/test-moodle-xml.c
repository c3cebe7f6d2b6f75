/* test-moodle-xml.c - Moodle XML import: real Moodle files, our own fixtures, and what is refused
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The conformance part reads ../shared/samples/moodle_xml beside the
 * repository (or $SHOPCRAFT_SAMPLES_DIR/moodle_xml) when it is there and
 * skips with a message when it is not; the samples are never copied in.
 * For every file: the questions per type match the table below, every
 * embedded picture decodes to the format its name says, every picture the
 * HTML shows travels with its text, and dump(import f) equals
 * dump(import(export(import f))).
 */
#include "test-moodle-util.h"

#include <glib/gstdio.h>

#include "sc-content-xml.h"

typedef struct
{
  const char *file;
  guint       counts[SC_QUESTION_N_TYPES];
  guint       n_files;
} SampleCounts;

static const SampleCounts samples[] = {
  { "multichoice.xml", { [SC_QUESTION_SINGLE_CHOICE] = 1 }, 5 },
  { "nested_categories_with_questions.xml",
    { [SC_QUESTION_TRUE_FALSE] = 4, [SC_QUESTION_ESSAY] = 1 }, 0 },
  { "per_type/qtype_description_testquestion.moodle.xml", { [SC_QUESTION_DESCRIPTION] = 1 }, 0 },
  { "per_type/qtype_essay_testquestion.moodle.xml", { [SC_QUESTION_ESSAY] = 1 }, 0 },
  { "per_type/qtype_match_testquestion.moodle.xml", { [SC_QUESTION_MATCHING] = 1 }, 0 },
  { "per_type/qtype_multichoice_testquestion.moodle.xml",
    { [SC_QUESTION_MULTIPLE_RESPONSE] = 1 }, 0 },
  { "per_type/qtype_numerical_testquestion.moodle.xml", { [SC_QUESTION_NUMERICAL] = 1 }, 0 },
  { "per_type/qtype_shortanswer_testquestion.moodle.xml", { [SC_QUESTION_SHORT_ANSWER] = 1 }, 0 },
  { "per_type/qtype_truefalse_testquestion.moodle.xml", { [SC_QUESTION_TRUE_FALSE] = 1 }, 0 },
};

static char *
samples_dir (void)
{
  const char *env = g_getenv ("SHOPCRAFT_SAMPLES_DIR");
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");

  if (env != NULL && *env != '\0')
    return g_build_filename (env, "moodle_xml", NULL);
  if (root != NULL && *root != '\0')
    return g_build_filename (root, "..", "shared", "samples", "moodle_xml", NULL);

  return g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "samples", "moodle_xml", NULL);
}

static void
test_samples (void)
{
  g_autofree char *dir = samples_dir ();
  guint checked = 0;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *message = g_strdup_printf ("no Moodle XML samples at %s", dir);

      g_test_skip (message);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_build_filename (dir, samples[i].file, NULL);
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      g_autoptr(GPtrArray) questions = NULL;
      guint counts[SC_QUESTION_N_TYPES];
      guint n_files = 0;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_test_message ("sample %s is not there", samples[i].file);
          continue;
        }

      g_test_message ("sample %s", samples[i].file);
      questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, problems);
      assert_only_simplified (problems);

      count_types (questions, counts);
      for (guint t = 0; t < SC_QUESTION_N_TYPES; t++)
        g_assert_cmpuint (counts[t], ==, samples[i].counts[t]);

      for (guint q = 0; q < questions->len; q++)
        n_files += check_question_files (question_at (questions, q));
      g_assert_cmpuint (n_files, ==, samples[i].n_files);

      assert_round_trip (questions);
      checked++;
    }

  g_assert_cmpuint (checked, >, 0);
}

/* A sample that is not in the table yet is still imported and round-tripped. */
static void
check_unknown_samples (const char *dir,
                       const char *relative)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autoptr(GDir) folder = g_dir_open (path, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *full = g_build_filename (dir, child, NULL);
      g_autoptr(GPtrArray) questions = NULL;
      g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
      gboolean known = FALSE;

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        {
          check_unknown_samples (dir, child);
          continue;
        }
      if (!g_str_has_suffix (name, ".xml"))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
        known |= g_str_equal (samples[i].file, child + (child[0] == '.' ? 2 : 0));
      if (known)
        continue;

      g_test_message ("sample %s is not in the table; checking its round trip only", child);
      questions = read_ok (full, SC_MOODLE_XML_READ_DEFAULT, problems);
      for (guint q = 0; q < questions->len; q++)
        check_question_files (question_at (questions, q));
      assert_round_trip (questions);
    }
}

static void
test_samples_unlisted (void)
{
  g_autofree char *dir = samples_dir ();

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("no Moodle XML samples");
      return;
    }

  check_unknown_samples (dir, ".");
}

static void
test_fixtures_round_trip (void)
{
  const char *names[] = {
    "all-types.xml", "broken-cloze.xml", "cdata-and-entities.xml", "legacy-image.xml",
    "formatting-simplified.xml", "nested-categories.xml", "off-grid-fractions.xml",
    "plugin-types.xml",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = fixture (names[i]);
      g_autoptr(GPtrArray) questions = NULL;
      g_autoptr(GPtrArray) snapped = NULL;

      g_test_message ("fixture %s", names[i]);
      questions = read_ok (path, SC_MOODLE_XML_READ_DEFAULT, NULL);
      /* That one is about a missing picture. */
      if (!g_str_equal (names[i], "formatting-simplified.xml"))
        for (guint q = 0; q < questions->len; q++)
          check_question_files (question_at (questions, q));
      assert_round_trip (questions);

      snapped = read_ok (path, SC_MOODLE_XML_READ_SNAP_FRACTIONS, NULL);
      assert_round_trip (snapped);
    }
}

/* A text over the cap is refused with our message, whether it is ours or
 * libxml2's own (10,000,000 bytes) that catches it, in a file or a text,
 * as plain text or CDATA. */
static void
test_text_cap (void)
{
  const struct {
    const char *open;
    const char *close;
    gsize       size;
  } cases[] = {
    { "<file name=\"big.png\">", "</file>", SC_MOODLE_XML_MAX_TEXT_SIZE + 4 },
    { "<file name=\"big.png\">", "</file>", 10000004 },
    { "<text>", "</text>", SC_MOODLE_XML_MAX_TEXT_SIZE + 4 },
    { "<text><![CDATA[", "]]></text>", SC_MOODLE_XML_MAX_TEXT_SIZE + 4 },
    { "<text><![CDATA[", "]]></text>", 10000004 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<quiz>\n"
                                   "<question type=\"description\">\n<questiontext>\n");
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) questions = NULL;
      g_autofree char *data = NULL;
      gsize size;

      g_string_append (xml, cases[i].open);
      for (gsize n = 0; n < cases[i].size; n += 4)
        g_string_append (xml, "AAAA");
      g_string_append_printf (xml, "%s</questiontext></question></quiz>\n", cases[i].close);
      size = xml->len;
      data = g_string_free (xml, FALSE);

      questions = sc_moodle_xml_read_memory (data, size, "big.xml", SC_MOODLE_XML_READ_DEFAULT,
                                             NULL, &error);
      g_assert_null (questions);
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "big.xml:5: "));
      g_assert_nonnull (strstr (error->message, "larger than 8 MiB"));
    }
}

static void
test_file_cap (void)
{
  gsize size = SC_MOODLE_XML_MAX_FILE_SIZE + 1;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = NULL;

  memset (data, ' ', size);
  memcpy (data, "<quiz>", 6);
  questions = sc_moodle_xml_read_memory (data, size, "huge.xml", SC_MOODLE_XML_READ_DEFAULT, NULL,
                                         &error);
  g_assert_null (questions);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, "huge.xml: is larger than 64 MiB; export the questions in "
                                       "smaller files");
}

/* A file is read by the course files' reader: what cannot be read, is
 * not a file or is over the cap is refused with the file named. */
static void
test_read_file_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("moodle-xml-XXXXXX", &error);
  g_autofree char *missing = NULL;
  g_autofree char *small = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  missing = g_build_filename (dir, "missing.xml", NULL);
  small = g_build_filename (dir, "small.xml", NULL);

  questions = sc_moodle_xml_read_file (missing, SC_MOODLE_XML_READ_DEFAULT, NULL, &error);
  g_assert_null (questions);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  name = g_filename_display_name (missing);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_nonnull (strstr (error->message, ": cannot be read: "));
  g_clear_error (&error);

  questions = sc_moodle_xml_read_file (dir, SC_MOODLE_XML_READ_DEFAULT, NULL, &error);
  g_assert_null (questions);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, ": is not a regular file; choose a file"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (small, "<quiz></quiz>\n", -1, &error));
  bytes = sc_content_read_file_capped (small, "small.xml", 2 * 1024 * 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 14);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = sc_content_read_file_capped (small, "small.xml", 13, &error);
  g_assert_null (bytes);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpstr (error->message, ==, "small.xml: is larger than 13 bytes; split it into "
                                       "smaller files");
  g_clear_error (&error);

  bytes = sc_content_read_file_capped (small, "small.xml", 14, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 14);

  g_assert_cmpint (g_remove (small), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_base64_strict (void)
{
  const struct {
    const char *content;
    const char *error;  /* NULL: accepted */
  } cases[] = {
    { "QUJD", NULL },
    { "QU\n JD\r\n\tRA==", NULL },
    { "", NULL },
    { "QUI=", NULL },
    { "QUJ", "cut short" },
    { "QQ==QUJD", "damaged: “Q” at character 5" },
    { "QQ===", "damaged: “=” at character 5" },
    { "QU!D", "damaged: “!” at character 3" },
    { "QU\x7f" "D", "damaged: byte 0x7F at character 3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = g_strdup_printf ("<quiz><question type=\"description\"><questiontext>"
                                              "<text>x</text><file name=\"a.bin\" "
                                              "encoding=\"base64\">%s</file></questiontext>"
                                              "</question></quiz>",
                                              cases[i].content);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) questions = NULL;

      questions = sc_moodle_xml_read_memory (xml, strlen (xml), "b.xml", SC_MOODLE_XML_READ_DEFAULT,
                                             NULL, &error);
      if (cases[i].error == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (questions->len, ==, 1);
        }
      else
        {
          g_assert_null (questions);
          g_assert_nonnull (error);
          g_test_message ("%s", error->message);
          g_assert_nonnull (strstr (error->message, cases[i].error));
        }
    }
}

/* A name that spans lines is folded to one line in a problem, so the
 * message still says what happened after the name. */
static void
test_name_on_one_line (void)
{
  const char *xml = "<quiz><question type=\"truefalse\"><name><text>Refund\n   rules</text></name>"
                    "<questiontext format=\"html\"><text>Refunds &lt;u&gt;always&lt;/u&gt; "
                    "need a receipt.</text></questiontext>"
                    "<answer fraction=\"100\"><text>true</text></answer>"
                    "<answer fraction=\"0\"><text>false</text></answer></question></quiz>";
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  const char *message;

  questions = sc_moodle_xml_read_memory (xml, strlen (xml), "n.xml", SC_MOODLE_XML_READ_DEFAULT,
                                         problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, 1);
  /* The stored name is left as written. */
  g_assert_cmpstr (((ScQuestion *) g_ptr_array_index (questions, 0))->name, ==,
                   "Refund\n   rules");
  g_assert_cmpuint (sc_course_problems_get_len (problems), ==, 1);
  message = sc_course_problems_get (problems, 0)->message;
  g_test_message ("%s", message);
  g_assert_true (g_str_has_prefix (message, "question “Refund rules”: formatting simplified: "));
}

/* Numbers too long for a short buffer are written whole and read back
 * as the same number. */
static void
test_large_numbers_round_trip (void)
{
  const char *xml = "<quiz><question type=\"essay\"><name><text>Big</text></name>"
                    "<questiontext format=\"html\"><text>Say why.</text></questiontext>"
                    "<defaultgrade>123456789012345678901234567890123456789</defaultgrade>"
                    "<penalty>22222222222222222222222222222222222222</penalty>"
                    "</question></quiz>";
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  questions = sc_moodle_xml_read_memory (xml, strlen (xml), "big.xml", SC_MOODLE_XML_READ_DEFAULT,
                                         NULL, &error);
  g_assert_no_error (error);
  written = sc_moodle_xml_write (questions, NULL);
  again = sc_moodle_xml_read_memory (written, strlen (written), "again.xml",
                                     SC_MOODLE_XML_READ_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  before = sc_question_dump (questions);
  after = sc_question_dump (again);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpfloat (((ScQuestion *) g_ptr_array_index (again, 0))->penalty, ==,
                     ((ScQuestion *) g_ptr_array_index (questions, 0))->penalty);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/moodle-xml/samples", test_samples);
  g_test_add_func ("/moodle-xml/samples-unlisted", test_samples_unlisted);
  g_test_add_func ("/moodle-xml/fixtures-round-trip", test_fixtures_round_trip);
  g_test_add_func ("/moodle-xml/text-cap", test_text_cap);
  g_test_add_func ("/moodle-xml/file-cap", test_file_cap);
  g_test_add_func ("/moodle-xml/read-file-refused", test_read_file_refused);
  g_test_add_func ("/moodle-xml/base64-strict", test_base64_strict);
  g_test_add_func ("/moodle-xml/name-on-one-line", test_name_on_one_line);
  g_test_add_func ("/moodle-xml/large-numbers-round-trip", test_large_numbers_round_trip);

  return g_test_run ();
}
