/* sc-question-files.c - a question text's embedded files, on disk for a view and offered for saving
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sc-error.h"
#include "sc-question-files.h"

/**
 * sc_question_text_relative_path:
 *
 * The path a text's HTML names @file by, relative to the text's folder
 * ("flag.png", or "sub/flag.png" for a file with path="/sub/"), as
 * sc_rich_text_html_question_file () resolves it.
 *
 * Returns: (transfer full) (nullable): the path, or %NULL when it would
 *   leave the folder (a ".." part) or names nothing
 */
char *
sc_question_text_relative_path (const ScQuestionFile *file)
{
  const char *folder;
  g_autofree char *relative = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (file != NULL, NULL);

  folder = file->path != NULL ? file->path : "/";
  while (*folder == '/')
    folder++;
  relative = g_strconcat (folder, *folder != '\0' && !g_str_has_suffix (folder, "/") ? "/" : "",
                          file->name, NULL);

  /* The names come from a bank file: none may climb out of the folder. */
  parts = g_strsplit (relative, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] == '\0' || g_str_equal (parts[i], ".") || g_str_equal (parts[i], ".."))
      return NULL;

  return g_steal_pointer (&relative);
}

/* The folder is named after what it holds, so equal texts share it and a
 * changed file never shows an old picture. */
static char *
folder_name (const ScQuestionText *text)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < text->files->len; i++)
    {
      const ScQuestionFile *file = g_ptr_array_index (text->files, i);
      g_autofree char *relative = sc_question_text_relative_path (file);
      gsize size = 0;
      const guchar *data = g_bytes_get_data (file->data, &size);
      char length[32];

      if (relative == NULL)
        continue;
      g_snprintf (length, sizeof length, "%" G_GSIZE_FORMAT ":", size);
      g_checksum_update (checksum, (const guchar *) relative, (gssize) strlen (relative) + 1);
      g_checksum_update (checksum, (const guchar *) length, (gssize) strlen (length));
      if (size > 0)
        g_checksum_update (checksum, data, (gssize) size);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

/**
 * sc_question_text_write_files:
 * @cache_root: the folder that holds one folder per set of files
 *
 * Writes the files of @text into a folder of @cache_root named after
 * their content, unless it is there already (each file is written to a
 * temporary name and renamed, so a half-written file is never shown).
 * A file whose name would leave the folder is not written.
 *
 * Returns: (transfer full) (nullable): the folder to show the text's
 *   pictures from; %NULL when the text has no files, or with @error when
 *   a file cannot be written
 */
char *
sc_question_text_write_files (const ScQuestionText  *text,
                              const char            *cache_root,
                              GError               **error)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (cache_root != NULL, NULL);

  if (text->files == NULL || text->files->len == 0)
    return NULL;

  name = folder_name (text);
  folder = g_build_filename (cache_root, name, NULL);

  for (guint i = 0; i < text->files->len; i++)
    {
      const ScQuestionFile *file = g_ptr_array_index (text->files, i);
      g_autofree char *relative = sc_question_text_relative_path (file);
      g_autofree char *path = NULL;
      g_autofree char *parent = NULL;
      g_autoptr(GError) local_error = NULL;
      gsize size = 0;
      const char *data;

      if (relative == NULL)
        continue;
      path = g_build_filename (folder, relative, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;

      parent = g_path_get_dirname (path);
      if (g_mkdir_with_parents (parent, 0700) != 0)
        {
          int saved = errno;

          g_set_error (error, SC_ERROR, SC_ERROR_IO,
                       _("The question’s pictures cannot be shown: the folder %s cannot be made (%s). "
                         "Check that the disk is not full and that the cache folder is writable."),
                       parent, g_strerror (saved));
          return NULL;
        }

      data = g_bytes_get_data (file->data, &size);
      if (!g_file_set_contents_full (path, data != NULL ? data : "", (gssize) size,
                                     G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
        {
          g_set_error (error, SC_ERROR, SC_ERROR_IO,
                       _("The question’s pictures cannot be shown: %s. "
                         "Check that the disk is not full and that the cache folder is writable."),
                       local_error->message);
          return NULL;
        }
    }

  return g_steal_pointer (&folder);
}

/**
 * sc_question_file_is_picture:
 *
 * Returns: whether @file is a picture a view can show, by its name and
 *   its first bytes
 */
gboolean
sc_question_file_is_picture (const ScQuestionFile *file)
{
  g_autofree char *type = NULL;
  gsize size = 0;
  const guchar *data;
  gboolean uncertain = FALSE;

  g_return_val_if_fail (file != NULL, FALSE);

  data = g_bytes_get_data (file->data, &size);
  type = g_content_type_guess (file->name, data, MIN (size, 4096), &uncertain);

  return g_content_type_is_a (type, "image/*") || g_str_has_prefix (type, "image/");
}

/**
 * sc_question_text_list_media:
 *
 * Returns: (transfer container) (element-type ScQuestionFile): the files
 *   of @text that are not pictures, in order, owned by @text; empty when
 *   there are none
 */
GPtrArray *
sc_question_text_list_media (const ScQuestionText *text)
{
  GPtrArray *media = g_ptr_array_new ();

  g_return_val_if_fail (text != NULL, media);

  for (guint i = 0; text->files != NULL && i < text->files->len; i++)
    {
      ScQuestionFile *file = g_ptr_array_index (text->files, i);

      if (!sc_question_file_is_picture (file))
        g_ptr_array_add (media, file);
    }

  return media;
}
