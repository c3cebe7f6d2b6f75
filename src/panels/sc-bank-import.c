/* sc-bank-import.c - a question file read off the main thread, ready to preview and store
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the import preview shows: the file is read in a GTask thread with
 * the same readers and rules as --import-questions (the format from the
 * extension, plug-in types counted but never stored), and nothing is
 * written; the preview stores the result with sc_question_bank_save_async().
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-bank-import.h"
#include "sc-error.h"
#include "sc-gift-reader.h"
#include "sc-moodle-xml-reader.h"

void
sc_bank_import_free (ScBankImport *self)
{
  if (self == NULL)
    return;

  g_free (self->path);
  g_free (self->display_name);
  g_free (self->default_name);
  g_free (self->sha256);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_strfreev (self->problems);
  g_clear_error (&self->error);
  g_free (self);
}

/**
 * sc_bank_import_format_of:
 *
 * Returns: Moodle XML for .xml, GIFT for .gift or .txt, unknown otherwise
 */
ScQuestionSource
sc_bank_import_format_of (const char *file_name)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (file_name != NULL, SC_QUESTION_SOURCE_UNKNOWN);

  lower = g_ascii_strdown (file_name, -1);
  if (g_str_has_suffix (lower, ".xml"))
    return SC_QUESTION_SOURCE_MOODLE_XML;
  if (g_str_has_suffix (lower, ".gift") || g_str_has_suffix (lower, ".txt"))
    return SC_QUESTION_SOURCE_GIFT;

  return SC_QUESTION_SOURCE_UNKNOWN;
}

/**
 * sc_bank_import_type_label:
 *
 * Returns: the name of a question type, for people
 */
const char *
sc_bank_import_type_label (ScQuestionType type)
{
  switch (type)
    {
    case SC_QUESTION_SINGLE_CHOICE:     return _("Single choice");
    case SC_QUESTION_MULTIPLE_RESPONSE: return _("Multiple response");
    case SC_QUESTION_TRUE_FALSE:        return _("True or false");
    case SC_QUESTION_SHORT_ANSWER:      return _("Short answer");
    case SC_QUESTION_NUMERICAL:         return _("Numerical");
    case SC_QUESTION_MATCHING:          return _("Matching");
    case SC_QUESTION_ORDERING:          return _("Ordering");
    case SC_QUESTION_CLOZE:             return _("Fill in the blanks");
    case SC_QUESTION_ESSAY:             return _("Essay");
    case SC_QUESTION_DESCRIPTION:       return _("Description");
    case SC_QUESTION_UNSUPPORTED:
    default:                            return _("Unsupported type");
    }
}

static char *
name_without_extension (const char *display_name)
{
  char *name = g_strdup (display_name);
  char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';

  return name;
}

/**
 * sc_bank_import_read:
 * @snap_fractions: round grades off Moodle's list to the nearest one on it
 *   instead of skipping their questions (--snap-fractions)
 *
 * Reads @file as the preview shows it; blocks, so call it from a thread
 * (sc_bank_import_read_async()) or a test.
 *
 * Returns: (transfer full): what the file holds; a refused file has
 *   ->error set and no questions
 */
ScBankImport *
sc_bank_import_read (GFile        *file,
                     gboolean      snap_fractions,
                     GCancellable *cancellable)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *base = NULL;
  g_autofree char *contents = NULL;
  ScBankImport *self = g_new0 (ScBankImport, 1);
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self->path = g_file_get_path (file);
  base = g_file_get_basename (file);
  self->display_name = g_filename_display_name (base != NULL ? base : "?");
  self->default_name = name_without_extension (self->display_name);
  self->format = sc_bank_import_format_of (self->display_name);
  self->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_question_free);
  self->snap_fractions = snap_fractions;

  if (self->path == NULL)
    {
      g_set_error (&self->error, SC_ERROR, SC_ERROR_IO,
                   _("%s is not a file on this computer. Copy it into a folder first, then import the copy."),
                   self->display_name);
    }
  else if (self->format == SC_QUESTION_SOURCE_UNKNOWN)
    {
      g_set_error (&self->error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("%s: Shopcraft tells question files by their name: use .xml for Moodle XML, or .gift or .txt for GIFT. Rename the file, then import it again."),
                   self->display_name);
    }
  else
    {
      if (self->format == SC_QUESTION_SOURCE_MOODLE_XML)
        questions = sc_moodle_xml_read_file (self->path,
                                             snap_fractions ? SC_MOODLE_XML_READ_SNAP_FRACTIONS
                                                            : SC_MOODLE_XML_READ_DEFAULT,
                                             problems, &self->error);
      else
        questions = sc_gift_read_file (self->path,
                                       snap_fractions ? SC_GIFT_READ_SNAP_FRACTIONS
                                                      : SC_GIFT_READ_DEFAULT,
                                       problems, &self->error);
    }

  self->problems = sc_course_problems_to_strv (problems);

  if (questions != NULL)
    {
      /* Each question goes to ->questions or is freed here. */
      g_ptr_array_set_free_func (questions, NULL);
      for (guint i = 0; i < questions->len; i++)
        {
          ScQuestion *question = g_ptr_array_index (questions, i);

          self->counts[question->type]++;
          if (question->type == SC_QUESTION_UNSUPPORTED)
            {
              self->n_unsupported++;
              sc_question_free (question);
            }
          else
            g_ptr_array_add (self->questions, question);
        }

      if (self->questions->len == 0)
        g_set_error (&self->error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                     _("%s has no question Shopcraft can use, so there is nothing to import. Check that it is a Moodle XML or GIFT export of questions."),
                     self->display_name);
    }

  if (self->error == NULL &&
      g_file_get_contents (self->path, &contents, &length, NULL))
    self->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);

  return self;
}

typedef struct
{
  GFile    *file;
  gboolean  snap_fractions;
} ReadData;

static void
read_data_free (ReadData *data)
{
  g_object_unref (data->file);
  g_free (data);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadData *data = task_data;
  ScBankImport *result = sc_bank_import_read (data->file, data->snap_fractions, cancellable);

  if (g_task_return_error_if_cancelled (task))
    sc_bank_import_free (result);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) sc_bank_import_free);
}

void
sc_bank_import_read_async (GFile               *file,
                           gboolean             snap_fractions,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadData *data;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sc_bank_import_read_async);
  data = g_new0 (ReadData, 1);
  data->file = g_object_ref (file);
  data->snap_fractions = snap_fractions;
  g_task_set_task_data (task, data, (GDestroyNotify) read_data_free);
  g_task_run_in_thread (task, read_thread);
}

/**
 * sc_bank_import_read_finish:
 *
 * Returns: (transfer full) (nullable): what the file holds, or %NULL
 *   when the read was cancelled
 */
ScBankImport *
sc_bank_import_read_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * sc_bank_import_can_store:
 *
 * Returns: whether the file gave at least one question to store
 */
gboolean
sc_bank_import_can_store (const ScBankImport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->error == NULL && self->questions->len > 0;
}
