/* sc-course-banks.c - a course's questions/FILE.xml stored as question banks of the database
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Quizzes draw from banks in the database, so each bank file of a course
 * is stored under the name "COURSE/FILE" (questions/listing-essentials.xml
 * of ecommerce-operations is "ecommerce-operations/listing-essentials").
 * The SHA-256 of the file's bytes is kept with the bank: a start with an
 * unchanged course reads each file and one row, and stores nothing. A
 * changed file replaces its bank in one transaction; attempts already
 * started keep the questions they were started with
 * (sc_question_bank_replace()). A file that does not read cleanly is
 * reported and skipped, so the copy stored before stays in use.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-course-banks.h"
#include "sc-database.h"
#include "sc-error.h"
#include "sc-moodle-xml-private.h"
#include "sc-moodle-xml-reader.h"
#include "sc-question-bank.h"

/**
 * sc_course_dup_bank_name:
 * @file: a bank file of the course, such as "listing-essentials.xml" or
 *   "questions/listing-essentials.xml"
 *
 * Returns: (transfer full): the name its bank is stored under,
 *   "COURSE/listing-essentials"
 */
char *
sc_course_dup_bank_name (ScCourse   *course,
                         const char *file)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (SC_IS_COURSE (course), NULL);
  g_return_val_if_fail (file != NULL, NULL);

  base = g_path_get_basename (file);
  if (g_str_has_suffix (base, ".xml"))
    base[strlen (base) - strlen (".xml")] = '\0';

  return g_strconcat (sc_course_get_id (course), "/", base, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_bank_files (const char *dir_path)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  return names;
}

/* The reader's errors name the file and line already: "FILE:LINE: …". */
static void
add_error (ScCourseProblems *problems,
           const char       *file,
           const char       *message)
{
  gsize prefix = strlen (file);
  const char *rest = message + prefix + 1;
  char *end = NULL;
  guint64 line;

  if (g_str_has_prefix (message, file) && message[prefix] == ':' && g_ascii_isdigit (*rest))
    {
      line = g_ascii_strtoull (rest, &end, 10);
      if (end != NULL && g_str_has_prefix (end, ": ") && line <= G_MAXUINT)
        {
          sc_course_problems_add_literal (problems, file, (guint) line, end + 2);
          return;
        }
    }

  sc_course_problems_add_literal (problems, file, 0, message);
}

/* Reads @file; NULL when it has any problem, all of them in @problems. */
static GPtrArray *
read_bank (GBytes           *bytes,
           const char       *file,
           ScCourseProblems *problems)
{
  g_autoptr(ScCourseProblems) found = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  questions = sc_moodle_xml_read_memory (data != NULL ? data : "", size, file,
                                         SC_MOODLE_XML_READ_DEFAULT, found, &error);
  for (guint i = 0; i < sc_course_problems_get_len (found); i++)
    {
      const ScCourseProblem *problem = sc_course_problems_get (found, i);

      sc_course_problems_add_literal (problems, problem->file, problem->line, problem->message);
    }
  if (questions == NULL && sc_course_problems_get_len (found) == 0)
    add_error (problems, file, error != NULL ? error->message : "");

  if (questions == NULL || sc_course_problems_get_len (found) > 0)
    return NULL;

  return g_steal_pointer (&questions);
}

/* TRUE when the bank is stored with these bytes already. */
static gboolean
is_stored (ScDatabase  *database,
           const char  *name,
           const char  *sha256,
           gboolean    *out_stored,
           GError     **error)
{
  g_autoptr(ScQuestionBankInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = sc_question_bank_lookup (database, name, &local_error);
  *out_stored = info != NULL && g_strcmp0 (info->source_sha256, sha256) == 0;
  if (info == NULL && !g_error_matches (local_error, SC_ERROR, SC_ERROR_INVALID_INPUT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * sc_course_store_banks:
 * @problems: where each bank file that cannot be read adds its problems,
 *   as `FILE:LINE: message` with FILE relative to the course folder
 * @out_n_stored: (out) (optional): how many banks were stored or replaced
 *
 * Stores every questions/FILE.xml of @course whose bytes changed since it
 * was last stored, each in its own transaction. Call it on the thread
 * that owns @database. A file with problems is skipped: its bank, if it
 * was stored before, stays as it was.
 *
 * Returns: %FALSE only when the database fails; @error says why
 */
gboolean
sc_course_store_banks (ScDatabase        *database,
                       ScCourse          *course,
                       ScCourseProblems  *problems,
                       guint             *out_n_stored,
                       GError           **error)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GPtrArray) names = NULL;
  guint n_stored = 0;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (SC_IS_COURSE (course), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir_path = g_build_filename (sc_course_get_directory (course), "questions", NULL);
  names = list_bank_files (dir_path);

  for (guint i = 0; i < names->len; i++)
    {
      const char *base = g_ptr_array_index (names, i);
      g_autofree char *file = g_strconcat ("questions/", base, NULL);
      g_autofree char *real_path = NULL;
      g_autofree char *name = sc_course_dup_bank_name (course, base);
      g_autofree char *sha256 = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) questions = NULL;
      g_autoptr(ScQuestionBankInfo) info = NULL;
      g_autoptr(GError) read_error = NULL;
      gboolean stored = FALSE;

      if (sc_content_resolve_path (sc_course_get_directory (course), file, &real_path)
          != SC_CONTENT_PATH_OK)
        {
          sc_course_problems_add_literal (problems, file, 0,
                                          _("is not a file inside the course folder; its "
                                            "questions were not stored"));
          continue;
        }

      bytes = sc_moodle_xml_load (real_path, file, &read_error);
      if (bytes == NULL)
        {
          sc_course_problems_add_literal (problems, file, 0, read_error->message);
          continue;
        }

      sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
      if (!is_stored (database, name, sha256, &stored, error))
        return FALSE;
      if (stored)
        continue;

      questions = read_bank (bytes, file, problems);
      if (questions == NULL)
        continue;

      info = sc_question_bank_info_new (name);
      info->source_file = g_strdup (file);
      info->source_format = SC_QUESTION_SOURCE_MOODLE_XML;
      info->source_sha256 = g_steal_pointer (&sha256);
      if (!sc_question_bank_replace (database, info, questions, error))
        return FALSE;
      n_stored++;
    }

  if (out_n_stored != NULL)
    *out_n_stored = n_stored;

  return TRUE;
}
