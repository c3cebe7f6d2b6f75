/* test-tree-util.h - copies of course folders for tests to change
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

/* Copies the folder @from, everything in it, to @to (made if need be). */
static inline void
test_copy_tree (const char *from,
                const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);
  dir = g_dir_open (from, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        {
          test_copy_tree (source, target);
          continue;
        }
      g_assert_true (g_file_get_contents (source, &contents, &length, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_set_contents (target, contents, (gssize) length, &error));
      g_assert_no_error (error);
    }
}

/* Replaces every @old_text in the file @path, which must hold one. */
static inline void
test_replace_in_file (const char *path,
                      const char *old_text,
                      const char *new_text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, old_text));
  parts = g_strsplit (contents, old_text, -1);
  joined = g_strjoinv (new_text, parts);
  g_assert_true (g_file_set_contents (path, joined, -1, &error));
  g_assert_no_error (error);
}
