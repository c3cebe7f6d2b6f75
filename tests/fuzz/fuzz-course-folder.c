/* fuzz-course-folder.c - arbitrary bytes as a whole course folder
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The other content targets fuzz one file each; this one fuzzes what only
 * a folder has: course.xml, the glossary, the quizzes of quizzes/ with the
 * banks of questions/ they draw from, and the references between them and
 * the lessons. The bytes are unpacked into a folder of their own:
 *
 *   course.xml's text
 *   @@ lessons/01.xml
 *   the lesson's text
 *   @@ quizzes/basics-quiz.xml
 *   …
 *
 * that is, everything before the first line starting with "@@ " is
 * course.xml, and each such line names the file the text after it goes
 * to (course.xml again, glossary.xml, or a plain name in lessons/, quizzes/, questions/,
 * media/, scenarios/ or policies/; other names are skipped, so nothing is
 * written outside the folder). tests/fuzz/make-corpus-course-folder.py
 * packs the project's test courses this way for the seeds.
 *
 * sc_course_load () must return either a course and no problem, or
 * problems and an error naming the folder, never both; every problem
 * names a file inside the folder. The reader runs its parts on threads of
 * their own, so the folder is loaded twice, and both loads must say the
 * same: the same problems in the same order, or a course whose search
 * text hashes the same. The second load is given the checks the first
 * passed (ScCourseChecks, as the app keeps them), so a course that loaded
 * must load the same without running them again.
 */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "sc-course-index.h"
#include "sc-course-reader.h"
#include "sc-error.h"
#include "sc-fuzz.h"
#include "sc-lesson.h"

#define MAX_FILES 24
#define MAX_NAME 40

static const char *const folders[] = {
  "lessons", "quizzes", "questions", "media", "scenarios", "policies",
};

static char *root;

/* A plain name: letters, digits, '.', '_' and '-', not starting with '.'. */
static gboolean
is_plain_name (const char *name,
               gsize       length)
{
  if (length == 0 || length > MAX_NAME || name[0] == '.')
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (name[i]) && name[i] != '.' && name[i] != '_' && name[i] != '-')
      return FALSE;

  return TRUE;
}

/* The folder @path goes to, "" for the top, or NULL when it is not one
 * this target writes. */
static const char *
folder_of (const char *path,
           gsize       length)
{
  const char *slash = memchr (path, '/', length);

  if (slash == NULL)
    return (length == strlen ("course.xml") && memcmp (path, "course.xml", length) == 0) ||
           (length == strlen ("glossary.xml") && memcmp (path, "glossary.xml", length) == 0)
           ? "" : NULL;

  if (!is_plain_name (slash + 1, length - (gsize) (slash + 1 - path)))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    if ((gsize) (slash - path) == strlen (folders[i]) &&
        memcmp (path, folders[i], (gsize) (slash - path)) == 0)
      return folders[i];

  return NULL;
}

static void
clear_folder (const char *dir,
              gboolean    remove_self)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        clear_folder (path, TRUE);
      else if (g_unlink (path) != 0)
        g_error ("%s cannot be removed: %s", path, g_strerror (errno));
    }

  if (remove_self && g_rmdir (dir) != 0)
    g_error ("%s cannot be removed: %s", dir, g_strerror (errno));
}

static void
remove_root (void)
{
  clear_folder (root, TRUE);
}

static void
write_part (const char *path,
            gsize       path_length,
            const char *text,
            gsize       text_length)
{
  g_autofree char *relative = g_strndup (path, path_length);
  g_autofree char *file = NULL;
  g_autoptr(GError) error = NULL;
  const char *folder = folder_of (path, path_length);

  if (folder == NULL)
    return;

  if (*folder != '\0')
    {
      g_autofree char *dir = g_build_filename (root, folder, NULL);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        g_error ("%s cannot be made: %s", dir, g_strerror (errno));
    }

  file = g_build_filename (root, relative, NULL);
  if (!g_file_set_contents (file, text, (gssize) text_length, &error))
    g_error ("%s", error->message);
}

/* Unpacks @data into the folder, emptied first. */
static void
unpack (const char *data,
        gsize       size)
{
  const char *end = data + size;
  const char *path = "course.xml";
  gsize path_length = strlen (path);
  const char *text = data;
  guint n_files = 0;

  clear_folder (root, FALSE);

  while (n_files < MAX_FILES)
    {
      const char *marker = text;
      const char *next = NULL;

      /* The next line that starts with "@@ ". */
      while (marker < end)
        {
          if ((marker == data || marker[-1] == '\n') && end - marker >= 3 &&
              memcmp (marker, "@@ ", 3) == 0)
            {
              next = marker;
              break;
            }
          marker = memchr (marker, '\n', (gsize) (end - marker));
          if (marker == NULL)
            break;
          marker++;
        }

      if (next == NULL)
        {
          write_part (path, path_length, text, (gsize) (end - text));
          return;
        }

      /* The text ends before the marker's line, without its newline. */
      write_part (path, path_length, text,
                  (gsize) (next - text) - (next > text && next[-1] == '\n' ? 1 : 0));
      n_files++;

      path = next + 3;
      text = memchr (path, '\n', (gsize) (end - path));
      if (text == NULL)
        {
          path_length = (gsize) (end - path);
          text = end;
        }
      else
        {
          path_length = (gsize) (text - path);
          text++;
        }
    }
}

/* Whether @path goes up a folder ("a/../b"; "basics-..quiz.xml" does not). */
static gboolean
names_parent (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return TRUE;

  return FALSE;
}

/* Everything one load said: its problems in order, then its result. */
static char *
load_once (ScCourseChecks *checks)
{
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) said = g_string_new (NULL);
  guint n_problems;

  course = sc_course_load_checked (root, checks, problems, &error);
  n_problems = sc_course_problems_get_len (problems);

  for (guint i = 0; i < n_problems; i++)
    {
      const ScCourseProblem *problem = sc_course_problems_get (problems, i);
      g_autofree char *line = sc_course_problem_to_string (problem);

      g_assert_nonnull (problem->file);
      g_assert_false (g_path_is_absolute (problem->file));
      g_assert_false (names_parent (problem->file));
      g_assert_nonnull (problem->message);
      g_assert_cmpuint (strlen (problem->message), >, 0);
      g_assert_true (g_utf8_validate (line, -1, NULL));
      g_string_append_printf (said, "%s\n", line);
    }

  if (course == NULL)
    {
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_assert_true (g_str_has_prefix (error->message, "The course in “"));
      g_assert_nonnull (strstr (error->message, root));
      g_assert_cmpuint (n_problems, >, 0);
      g_string_append (said, "refused\n");
    }
  else
    {
      g_autofree char *hash = sc_course_index_dup_hash (course);

      g_assert_no_error (error);
      g_assert_cmpuint (n_problems, ==, 0);
      g_assert_nonnull (sc_course_get_id (course));
      for (guint i = 0; i < sc_course_get_lessons (course)->len; i++)
        g_assert_nonnull (((ScLesson *) g_ptr_array_index (sc_course_get_lessons (course), i))->id);
      g_string_append_printf (said, "loaded %s %u lessons %s\n", sc_course_get_id (course),
                              sc_course_get_lessons (course)->len, hash);
    }

  return g_string_free (g_steal_pointer (&said), FALSE);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  g_autoptr(ScCourseChecks) checks = sc_course_checks_new ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (!initialized)
    {
      g_autoptr(GError) error = NULL;

      /* Anything unexpected, even a warning, is a finding. */
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      /* In memory when the system has a tmpfs for it: each run writes
       * and removes a whole folder, which on a disk's file system costs
       * more than loading it. */
      if (g_access ("/dev/shm", W_OK) == 0)
        {
          root = g_build_filename ("/dev/shm", "shopcraft-fuzz-course-XXXXXX", NULL);
          if (g_mkdtemp (root) == NULL)
            g_error ("%s cannot be made: %s", root, g_strerror (errno));
        }
      else
        {
          root = g_dir_make_tmp ("shopcraft-fuzz-course-XXXXXX", &error);
          g_assert_no_error (error);
        }
      atexit (remove_root);
      sc_course_reader_init ();
      initialized = TRUE;
    }

  unpack ((const char *) data, size);

  first = load_once (checks);
  /* Every check known to have passed was reused, or none when it failed. */
  second = load_once (checks);
  g_assert_cmpuint (sc_course_checks_get_n_reused (checks), ==,
                    g_str_has_suffix (first, "refused\n") ? 0
                                                            : sc_course_checks_get_n_passed (checks));
  g_assert_cmpstr (first, ==, second);
  g_debug ("%s", first);

  return 0;
}
