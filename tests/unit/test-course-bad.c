/* test-course-bad.c - every broken course reports exactly its problems, quickly
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Table-driven: tests/data/bad/courses.txt lists each broken course with
 * the complete list of lines loading it must report. Most courses are
 * folders next to the table; the ones git should not hold (compressed and
 * oversized files, symbolic links, a named pipe, invalid bytes, 70,000-line
 * lessons) are built here at run time from tests/data/courses/minimal.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sc-content-xml.h"
#include "sc-course-reader.h"
#include "sc-error.h"
#include "test-db-util.h"
#include "test-tree-util.h"

/* Entity bombs and huge files must be refused long before this; a real
 * run takes milliseconds. The bound is loose so that sanitizer builds on
 * a busy machine pass. */
#define MAX_SECONDS_PER_COURSE 10

#define LONG_LESSON_LINES 70000

typedef struct
{
  char      *name;
  GPtrArray *expected;  /* char * */
} BadCourse;

typedef void (*Generator) (const char *tmp_root,
                           const char *course);

static char *
data_path (const char *first,
           ...)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;
  const char *part;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (gpointer) root);
  g_ptr_array_add (parts, (gpointer) "tests");
  g_ptr_array_add (parts, (gpointer) "data");
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static void
write_file (const char *course,
            const char *relative,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (course, relative, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *course,
           const char *relative)
{
  g_autofree char *path = g_build_filename (course, relative, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* lessons/02.xml with one word of line 6 replaced by @bytes. */
static void
corrupt_second_lesson (const char *course,
                       const char *bytes,
                       gsize       n_bytes)
{
  g_autofree char *lesson = read_file (course, "lessons/02.xml");
  g_autoptr(GString) out = g_string_new (lesson);
  const char *at = strstr (out->str, "titles</link>");
  gsize offset;

  /* Edited in the string itself: GCC 12 took a pointer into the file's
   * text for one into read_file ()'s local variable (-Wdangling-pointer). */
  g_assert_nonnull (at);
  offset = at - out->str;
  g_string_erase (out, offset, strlen ("titles"));
  g_string_insert_len (out, offset, bytes, n_bytes);
  write_file (course, "lessons/02.xml", out->str, out->len);
}

static void
make_gzip_bomb (const char *tmp_root,
                const char *course)
{
  /* 16 MiB of zeros in 16 KiB: libxml2 would inflate it if it opened the
   * file itself. */
  g_autoptr(GConverter) compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9));
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) gzip = g_converter_output_stream_new (memory, compressor);
  g_autofree char *zeros = g_malloc0 (1024 * 1024);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 16; i++)
    {
      g_output_stream_write_all (gzip, zeros, 1024 * 1024, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  g_output_stream_close (gzip, NULL, &error);
  g_assert_no_error (error);

  write_file (course, "lessons/02.xml",
              g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
              g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)));
}

static void
make_xz (const char *tmp_root,
         const char *course)
{
  static const char xz[] = "\xfd" "7zXZ\0\0\x04\xe6\xd6\xb4\x46\x02\0\x21\x01";

  write_file (course, "lessons/02.xml", xz, sizeof xz - 1);
}

static void
make_too_large (const char *tmp_root,
                const char *course)
{
  gsize size = SC_CONTENT_MAX_FILE_SIZE + 1;
  g_autofree char *contents = g_malloc (size);
  const char *head = "<?xml version=\"1.0\"?>\n<lesson id=\"pricing\" minutes=\"8\"><!--";

  memset (contents, ' ', size);
  memcpy (contents, head, strlen (head));
  write_file (course, "lessons/02.xml", contents, size);
}

static void
make_symlink_media (const char *tmp_root,
                    const char *course)
{
  g_autofree char *outside = g_build_filename (tmp_root, "outside.svg", NULL);
  g_autofree char *link = g_build_filename (course, "media", "mug.svg", NULL);
  g_autofree char *mug = read_file (course, "media/mug.svg");
  g_autoptr(GError) error = NULL;

  g_file_set_contents (outside, mug, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (link), ==, 0);
  /* Relative, and it exists: only resolving the path shows where it leads. */
  g_assert_cmpint (symlink ("../../outside.svg", link), ==, 0);
}

static void
make_symlink_lesson (const char *tmp_root,
                     const char *course)
{
  g_autofree char *outside = g_build_filename (tmp_root, "outside.xml", NULL);
  g_autofree char *link = g_build_filename (course, "lessons", "02.xml", NULL);
  g_autofree char *lesson = read_file (course, "lessons/02.xml");
  g_autoptr(GError) error = NULL;

  g_file_set_contents (outside, lesson, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (link), ==, 0);
  g_assert_cmpint (symlink (outside, link), ==, 0);
}

static void
make_fifo (const char *tmp_root,
           const char *course)
{
  g_autofree char *path = g_build_filename (course, "lessons", "02.xml", NULL);

  g_assert_cmpint (g_unlink (path), ==, 0);
  /* Opening a pipe for reading blocks until a writer comes: none will. */
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
}

static void
make_invalid_utf8 (const char *tmp_root,
                   const char *course)
{
  corrupt_second_lesson (course, "titl\xc3\x28s", 6);
}

static void
make_nul_byte (const char *tmp_root,
               const char *course)
{
  corrupt_second_lesson (course, "tit\0les", 7);
}

/* A lesson past line 65,535, where libxml2's 16-bit line numbers stop
 * unless XML_PARSE_BIG_LINES is set; the last line before </section> is
 * LONG_LESSON_LINES + 6. */
static void
write_long_lesson (const char *course,
                   const char *last_line)
{
  g_autoptr(GString) out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<lesson id=\"pricing\" minutes=\"8\" "
                                         "objectives=\"set-price\">\n"
                                         "  <title>Pricing</title>\n"
                                         "  <section>\n"
                                         "    <heading>Prices</heading>\n");

  for (guint i = 0; i < LONG_LESSON_LINES; i++)
    g_string_append_printf (out, "    <p>Paragraph %u.</p>\n", i + 1);
  g_string_append_printf (out, "    %s\n  </section>\n</lesson>\n", last_line);

  write_file (course, "lessons/02.xml", out->str, out->len);
}

static void
make_long_lesson (const char *tmp_root,
                  const char *course)
{
  write_long_lesson (course, "<calout type=\"tip\"><p>Late.</p></calout>");
}

/* Solution before problem: only the schema knows the order. */
static void
make_long_lesson_schema (const char *tmp_root,
                         const char *course)
{
  write_long_lesson (course, "<worked-example><title>T</title><solution><step>S.</step></solution>"
                             "<problem><p>P.</p></problem></worked-example>");
}

/* More lessons than the schema thread holds at once (sc-course-backstop.c),
 * three it alone finds wrong, first, in the middle and last, and one the
 * structural pass finds wrong: each is reported as if validated on the
 * spot, and only once. */
static void
make_many_lessons_schema (const char *tmp_root,
                          const char *course)
{
  g_autofree char *course_xml = read_file (course, "course.xml");
  g_autoptr(GString) listed = g_string_new ("<lesson src=\"lessons/02.xml\"/>");
  g_autoptr(GString) edited = g_string_new (course_xml);

  for (guint n = 3; n <= 42; n++)
    {
      g_autofree char *name = g_strdup_printf ("lessons/%02u.xml", n);
      g_autofree char *lesson = NULL;
      gboolean schema_only = n == 3 || n == 20 || n == 42;

      lesson = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<lesson id=\"extra-%u\" minutes=\"5\" objectives=\"set-price\">\n"
                                "%s"
                                "  <section>\n"
                                "    <heading>Part %u</heading>\n"
                                "    <%s type=\"tip\"><p>Text.</p></%s>\n"
                                "  </section>\n"
                                "%s"
                                "</lesson>\n",
                                n, schema_only ? "" : "  <title>Extra</title>\n", n,
                                n == 30 ? "calout" : "callout", n == 30 ? "calout" : "callout",
                                schema_only ? "  <title>Extra</title>\n" : "");
      write_file (course, name, lesson, -1);
      g_string_append_printf (listed, "\n      <lesson src=\"%s\"/>", name);
    }

  g_assert_cmpuint (g_string_replace (edited, "<lesson src=\"lessons/02.xml\"/>", listed->str, 1),
                    ==, 1);
  write_file (course, "course.xml", edited->str, edited->len);
}

static const struct {
  const char *name;
  Generator   generate;
} generated[] = {
  { "course-gzip-bomb", make_gzip_bomb },
  { "course-xz", make_xz },
  { "course-too-large", make_too_large },
  { "course-symlink-media", make_symlink_media },
  { "course-symlink-lesson", make_symlink_lesson },
  { "course-fifo", make_fifo },
  { "course-invalid-utf8", make_invalid_utf8 },
  { "course-nul-byte", make_nul_byte },
  { "course-long-lesson", make_long_lesson },
  { "course-long-lesson-schema", make_long_lesson_schema },
  { "course-many-lessons-schema", make_many_lessons_schema },
};

static Generator
generator_for (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (generated); i++)
    if (g_str_equal (generated[i].name, name))
      return generated[i].generate;

  return NULL;
}

static void
test_bad_course (gconstpointer data)
{
  const BadCourse *bad = data;
  Generator generate = generator_for (bad->name);
  g_autofree char *tmp_root = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 start;
  double seconds;

  if (generate != NULL)
    {
      g_autofree char *minimal = data_path ("courses", "minimal", NULL);

      tmp_root = g_dir_make_tmp ("shopcraft-bad-course-XXXXXX", &error);
      g_assert_no_error (error);
      dir = g_build_filename (tmp_root, "course", NULL);
      test_copy_tree (minimal, dir);
      generate (tmp_root, dir);
    }
  else
    {
      dir = data_path ("bad", bad->name, NULL);
      g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
    }

  start = g_get_monotonic_time ();
  course = sc_course_load (dir, problems, &error);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  lines = sc_course_problems_to_strv (problems);
  for (guint i = 0; lines[i] != NULL; i++)
    g_test_message ("reported: %s", lines[i]);

  g_ptr_array_add (bad->expected, NULL);
  g_assert_cmpstrv (lines, (const char * const *) bad->expected->pdata);
  g_ptr_array_remove_index (bad->expected, bad->expected->len - 1);

  g_assert_null (course);
  g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
  g_assert_cmpfloat (seconds, <, MAX_SECONDS_PER_COURSE);

  if (tmp_root != NULL)
    test_remove_tree (tmp_root);
}

static void
bad_course_free (gpointer data)
{
  BadCourse *bad = data;

  g_free (bad->name);
  g_ptr_array_unref (bad->expected);
  g_free (bad);
}

static GPtrArray *
read_table (void)
{
  g_autofree char *path = data_path ("bad", "courses.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *courses = g_ptr_array_new_with_free_func (bad_course_free);
  BadCourse *current = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      tab = strchr (lines[i], '\t');
      if (tab == NULL)
        g_error ("courses.txt:%u: expected FOLDER<TAB>problem", i + 1);
      *tab = '\0';

      if (current == NULL || !g_str_equal (current->name, lines[i]))
        {
          current = g_new0 (BadCourse, 1);
          current->name = g_strdup (lines[i]);
          current->expected = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (courses, current);
        }
      g_ptr_array_add (current->expected, g_strdup (tab + 1));
    }

  return courses;
}

/* Every folder is in the table, every table entry is a folder or a
 * generated course, and there are enough of them to cover the cases the
 * course format promises to refuse. */
static void
test_bad_table_complete (gconstpointer data)
{
  GPtrArray *courses = (GPtrArray *) data;
  g_autofree char *bad_dir = data_path ("bad", NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_cmpuint (courses->len, >=, 15);

  for (guint i = 0; i < courses->len; i++)
    {
      BadCourse *bad = g_ptr_array_index (courses, i);
      g_autofree char *path = g_build_filename (bad_dir, bad->name, NULL);

      g_assert_true (g_hash_table_add (listed, bad->name));
      g_assert_true ((generator_for (bad->name) != NULL) != g_file_test (path, G_FILE_TEST_IS_DIR));
    }

  dir = g_dir_open (bad_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "course-"))
      {
        if (!g_hash_table_contains (listed, name))
          g_test_message ("%s is not listed in courses.txt", name);
        g_assert_true (g_hash_table_contains (listed, name));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) courses = NULL;

  g_test_init (&argc, &argv, NULL);
  sc_course_reader_init ();

  courses = read_table ();
  g_test_add_data_func ("/course-bad/table-complete", courses, test_bad_table_complete);
  for (guint i = 0; i < courses->len; i++)
    {
      BadCourse *bad = g_ptr_array_index (courses, i);
      g_autofree char *path = g_strconcat ("/course-bad/", bad->name, NULL);

      g_test_add_data_func (path, bad, test_bad_course);
    }

  return g_test_run ();
}
