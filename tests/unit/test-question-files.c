/* test-question-files.c - a question text's files on disk for a view, and its other media
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-question-files.h"
#include "test-db-util.h"

/* The eight bytes every PNG starts with, and a little more. */
static const guchar png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
static const guchar mp3[] = { 'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x64 };

static void
add_file (ScQuestionText *text,
          const char     *name,
          const char     *path,
          const guchar   *data,
          gsize           size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  sc_question_text_add_file (text, name, path, "base64", bytes);
}

static char *
read_file (const char *folder,
           const char *relative,
           gsize      *size)
{
  g_autofree char *path = g_build_filename (folder, relative, NULL);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, size, NULL))
    return NULL;

  return contents;
}

static void
test_write_files (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *folder = NULL;
  g_autofree char *again = NULL;
  g_autofree char *flag = NULL;
  g_autofree char *song = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(GError) error = NULL;
  ScQuestionText text = { 0 };
  gsize size = 0;

  sc_question_text_set (&text, "<p><img src=\"@@PLUGINFILE@@/flag.png\" alt=\"Flag\"></p>", SC_TEXT_FORMAT_HTML);

  /* No files, no folder. */
  g_assert_null (sc_question_text_write_files (&text, dir, &error));
  g_assert_no_error (error);

  add_file (&text, "flag.png", "/", png, sizeof png);
  add_file (&text, "song.mp3", "/audio/", mp3, sizeof mp3);
  add_file (&text, "..", "/", png, sizeof png);
  add_file (&text, "x.png", "/../../", png, sizeof png);

  folder = sc_question_text_write_files (&text, dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (folder);
  g_assert_true (g_str_has_prefix (folder, dir));

  flag = read_file (folder, "flag.png", &size);
  g_assert_nonnull (flag);
  g_assert_cmpmem (flag, size, png, sizeof png);
  song = read_file (folder, "audio/song.mp3", &size);
  g_assert_nonnull (song);
  g_assert_cmpmem (song, size, mp3, sizeof mp3);

  /* Nothing climbs out of the folder. */
  escaped = g_build_filename (dir, "x.png", NULL);
  g_assert_false (g_file_test (escaped, G_FILE_TEST_EXISTS));

  /* The same files give the same folder, written once. */
  again = sc_question_text_write_files (&text, dir, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, folder);

  sc_question_text_clear (&text);
  test_remove_tree (dir);
}

static void
test_changed_file_new_folder (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  ScQuestionText a = { 0 };
  ScQuestionText b = { 0 };
  guchar other[sizeof png];

  memcpy (other, png, sizeof png);
  other[sizeof png - 1] = 'X';
  sc_question_text_set (&a, "<p>A</p>", SC_TEXT_FORMAT_HTML);
  sc_question_text_set (&b, "<p>B</p>", SC_TEXT_FORMAT_HTML);
  add_file (&a, "flag.png", NULL, png, sizeof png);
  add_file (&b, "flag.png", NULL, other, sizeof other);

  first = sc_question_text_write_files (&a, dir, &error);
  g_assert_no_error (error);
  second = sc_question_text_write_files (&b, dir, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);

  sc_question_text_clear (&a);
  sc_question_text_clear (&b);
  test_remove_tree (dir);
}

static void
test_unwritable (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *blocker = g_build_filename (dir, "cache", NULL);
  g_autofree char *folder = NULL;
  g_autoptr(GError) error = NULL;
  ScQuestionText text = { 0 };

  /* A file where the cache folder should be: nothing can be made in it. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  sc_question_text_set (&text, "<p>A</p>", SC_TEXT_FORMAT_HTML);
  add_file (&text, "flag.png", NULL, png, sizeof png);

  folder = sc_question_text_write_files (&text, blocker, &error);
  g_assert_null (folder);
  g_assert_error (error, SC_ERROR, SC_ERROR_IO);
  g_assert_nonnull (strstr (error->message, blocker));

  sc_question_text_clear (&text);
  test_remove_tree (dir);
}

static void
test_media (void)
{
  g_autoptr(GPtrArray) media = NULL;
  ScQuestionText text = { 0 };

  sc_question_text_set (&text, "<p>Listen</p>", SC_TEXT_FORMAT_HTML);
  media = sc_question_text_list_media (&text);
  g_assert_cmpuint (media->len, ==, 0);
  g_clear_pointer (&media, g_ptr_array_unref);

  add_file (&text, "flag.png", NULL, png, sizeof png);
  add_file (&text, "song.mp3", NULL, mp3, sizeof mp3);
  add_file (&text, "guide.pdf", NULL, (const guchar *) "%PDF-1.4\n", 9);
  g_assert_true (sc_question_file_is_picture (g_ptr_array_index (text.files, 0)));
  g_assert_false (sc_question_file_is_picture (g_ptr_array_index (text.files, 1)));

  media = sc_question_text_list_media (&text);
  g_assert_cmpuint (media->len, ==, 2);
  g_assert_cmpstr (((ScQuestionFile *) g_ptr_array_index (media, 0))->name, ==, "song.mp3");
  g_assert_cmpstr (((ScQuestionFile *) g_ptr_array_index (media, 1))->name, ==, "guide.pdf");

  sc_question_text_clear (&text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/question-files/write", test_write_files);
  g_test_add_func ("/question-files/changed-file-new-folder", test_changed_file_new_folder);
  g_test_add_func ("/question-files/unwritable", test_unwritable);
  g_test_add_func ("/question-files/media", test_media);

  return g_test_run ();
}
