/* test-bad-catalogue.c - every bad input, through the real command line, gives exactly its error
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table-driven test over tests/data/bad/: databases.txt (broken
 * databases and data folders for --backup and --restore) and courses.txt
 * (every broken course folder, for --validate-course). Each entry runs the
 * built executable (SHOPCRAFT_EXE) as a user would, with no display, and
 * checks the exit status, the exact lines on standard error, an empty
 * standard output, and that no input changed: the SHA-256 of every file,
 * and the list of files, folders and links, are the same afterwards. The
 * courses test-course-bad.c builds at run time stay there.
 *
 * csv.txt lists every broken CSV file of csv/ with the exact problems and
 * error the CSV reader gives, read in this process as the importers read
 * a file before they look at any product.
 *
 * questions.txt lists every broken question file of questions/ (Moodle
 * XML by its .xml name, GIFT by .gift or .txt) with the exact problems
 * and error its reader gives, read in this process from the bad folder
 * so that messages name "questions/FILE".
 */
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sc-csv-reader.h"
#include "sc-database.h"
#include "sc-gift-reader.h"
#include "sc-moodle-xml-reader.h"

/* The issue's floor for the whole catalogue. */
#define MIN_ENTRIES 40

#define KNOWN_GAP_PREFIX "known-gap:"

typedef struct
{
  char     *name;
  char     *inputs;
  char     *arguments;
  int       status;
  char     *stderr_line;
  gboolean  known_gap;
} DatabaseEntry;

typedef struct
{
  char      *name;
  GPtrArray *expected;  /* char *: FILE:LINE: message */
} CourseEntry;

typedef struct
{
  char      *name;      /* csv/FILE */
  GPtrArray *expected;  /* char *: csv/FILE:ROW: message, or csv/FILE: message */
} CsvEntry;

/* At least this many broken CSV files (issue 6). */
#define MIN_CSV_ENTRIES 10

typedef struct
{
  char      *name;      /* questions/FILE */
  GPtrArray *expected;  /* char *: questions/FILE:LINE: message, or questions/FILE: message */
} QuestionEntry;

/* At least this many broken question files (issue 5). */
#define MIN_QUESTION_ENTRIES 15

typedef struct
{
  GPtrArray *databases;  /* DatabaseEntry */
  GPtrArray *courses;    /* CourseEntry, folders only */
  GPtrArray *csvs;       /* CsvEntry */
  GPtrArray *questions;  /* QuestionEntry */
} Catalogue;

static char *
bad_path (const char *name)
{
  const char *root = g_getenv ("SHOPCRAFT_SOURCE_ROOT");

  g_assert_nonnull (root);

  return g_build_filename (root, "tests", "data", "bad", name, NULL);
}

static char *
read_bad_file (const char *name)
{
  g_autofree char *path = bad_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
database_entry_free (gpointer data)
{
  DatabaseEntry *entry = data;

  g_free (entry->name);
  g_free (entry->inputs);
  g_free (entry->arguments);
  g_free (entry->stderr_line);
  g_free (entry);
}

static void
course_entry_free (gpointer data)
{
  CourseEntry *entry = data;

  g_free (entry->name);
  g_ptr_array_unref (entry->expected);
  g_free (entry);
}

static GPtrArray *
read_databases (void)
{
  g_autofree char *contents = read_bad_file ("databases.txt");
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GPtrArray *entries = g_ptr_array_new_with_free_func (database_entry_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      DatabaseEntry *entry;
      guint64 status;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 5 ||
          !g_ascii_string_to_unsigned (fields[3], 10, 0, 255, &status, NULL))
        g_error ("databases.txt:%u: expected NAME, INPUTS, ARGUMENTS, STATUS, STDERR separated by tabs",
                 i + 1);

      entry = g_new0 (DatabaseEntry, 1);
      entry->known_gap = g_str_has_prefix (fields[0], KNOWN_GAP_PREFIX);
      entry->name = g_strdup (fields[0] + (entry->known_gap ? strlen (KNOWN_GAP_PREFIX) : 0));
      entry->inputs = g_strdup (fields[1]);
      entry->arguments = g_strdup (fields[2]);
      entry->status = (int) status;
      entry->stderr_line = g_strdup (fields[4]);
      g_ptr_array_add (entries, entry);
    }

  return entries;
}

/* The course folders of courses.txt; the generated ones are left to
 * test-course-bad.c. */
static GPtrArray *
read_courses (void)
{
  g_autofree char *contents = read_bad_file ("courses.txt");
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GPtrArray *entries = g_ptr_array_new_with_free_func (course_entry_free);
  CourseEntry *current = NULL;

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
          g_autofree char *folder = bad_path (lines[i]);

          current = NULL;
          if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
            continue;
          current = g_new0 (CourseEntry, 1);
          current->name = g_strdup (lines[i]);
          current->expected = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (entries, current);
        }
      g_ptr_array_add (current->expected, g_strdup (tab + 1));
    }

  return entries;
}

static void
csv_entry_free (gpointer data)
{
  CsvEntry *entry = data;

  g_free (entry->name);
  g_ptr_array_unref (entry->expected);
  g_free (entry);
}

static GPtrArray *
read_csvs (void)
{
  g_autofree char *contents = read_bad_file ("csv.txt");
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GPtrArray *entries = g_ptr_array_new_with_free_func (csv_entry_free);
  CsvEntry *current = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *name = NULL;
      guint64 row = 0;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 3 ||
          (!g_str_equal (fields[1], "-") &&
           !g_ascii_string_to_unsigned (fields[1], 10, 1, G_MAXUINT, &row, NULL)))
        g_error ("csv.txt:%u: expected FILE, ROW (or -) and MESSAGE separated by tabs", i + 1);

      name = g_strconcat ("csv/", fields[0], NULL);
      if (current == NULL || !g_str_equal (current->name, name))
        {
          current = g_new0 (CsvEntry, 1);
          current->name = g_steal_pointer (&name);
          current->expected = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (entries, current);
        }
      if (row > 0)
        g_ptr_array_add (current->expected, g_strdup_printf ("%s:%" G_GUINT64_FORMAT ": %s",
                                                             current->name, row, fields[2]));
      else
        g_ptr_array_add (current->expected, g_strdup_printf ("%s: %s", current->name, fields[2]));
    }

  return entries;
}

static void
question_entry_free (gpointer data)
{
  QuestionEntry *entry = data;

  g_free (entry->name);
  g_ptr_array_unref (entry->expected);
  g_free (entry);
}

static GPtrArray *
read_questions (void)
{
  g_autofree char *contents = read_bad_file ("questions.txt");
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GPtrArray *entries = g_ptr_array_new_with_free_func (question_entry_free);
  QuestionEntry *current = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *name = NULL;
      guint64 line = 0;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 3 ||
          (!g_str_equal (fields[1], "-") &&
           !g_ascii_string_to_unsigned (fields[1], 10, 1, G_MAXUINT, &line, NULL)))
        g_error ("questions.txt:%u: expected FILE, LINE (or -) and MESSAGE separated by tabs", i + 1);

      name = g_strconcat ("questions/", fields[0], NULL);
      if (current == NULL || !g_str_equal (current->name, name))
        {
          current = g_new0 (QuestionEntry, 1);
          current->name = g_steal_pointer (&name);
          current->expected = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (entries, current);
        }
      if (line > 0)
        g_ptr_array_add (current->expected, g_strdup_printf ("%s:%" G_GUINT64_FORMAT ": %s",
                                                             current->name, line, fields[2]));
      else
        g_ptr_array_add (current->expected, g_strdup_printf ("%s: %s", current->name, fields[2]));
    }

  return entries;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Every path under @root with what it is: a file's SHA-256, a folder, or
 * a link's target. Equal before and after: nothing was touched. */
static void
snapshot_into (GString    *out,
               const char *root,
               const char *relative)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  struct stat st;

  if (lstat (path, &st) != 0)
    {
      g_string_append_printf (out, "%s: missing\n", relative);
      return;
    }

  if (S_ISLNK (st.st_mode))
    {
      g_autofree char *target = g_file_read_link (path, NULL);

      g_string_append_printf (out, "%s: link to %s\n", relative, target);
    }
  else if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      g_assert_nonnull (dir);
      g_string_append_printf (out, "%s: folder\n", relative);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, compare_names);
      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *child = g_build_filename (relative, g_ptr_array_index (names, i), NULL);

          snapshot_into (out, root, child);
        }
    }
  else
    {
      g_autofree char *contents = NULL;
      g_autofree char *sum = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guint8 *) contents, length);
      g_string_append_printf (out, "%s: %" G_GSIZE_FORMAT " bytes, SHA-256 %s\n", relative, length, sum);
    }
}

static char *
snapshot (const char *root)
{
  GString *out = g_string_new (NULL);

  snapshot_into (out, root, ".");

  return g_string_free (out, FALSE);
}

static char *
substitute (const char *text,
            const char *tmp)
{
  g_autofree char *latest = g_strdup_printf ("%d", sc_database_get_latest_version ());
  g_auto(GStrv) parts = g_strsplit (text, "@TMP@", -1);
  g_autofree char *with_tmp = g_strjoinv (tmp, parts);
  g_auto(GStrv) parts2 = g_strsplit (with_tmp, "@LATEST@", -1);

  return g_strjoinv (latest, parts2);
}

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs shopcraft as a user in a UTF-8 locale would, with no display and
 * no data folder but the one the arguments name; @home keeps every other
 * folder it might use inside the scratch area. */
static void
run_shopcraft (Run         *run,
               char       **args,
               const char  *home)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *xdg_data = g_build_filename (home, ".xdg-data", NULL);
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SHOPCRAFT_EXE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "SHOPCRAFT_BUSY_TIMEOUT_MS", "100", TRUE);
  envp = g_environ_setenv (envp, "SHOPCRAFT_DATA_DIR", "", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", xdg_data, TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
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

/* Makes one SOURCE=>PATH item of an entry's inputs in @tmp. */
static void
place_input (const char *tmp,
             const char *item)
{
  g_auto(GStrv) parts = g_strsplit (item, "=>", 2);
  g_autofree char *target = NULL;
  g_autofree char *parent = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  target = g_build_filename (tmp, parts[1], NULL);
  parent = g_path_get_dirname (target);
  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);

  if (g_str_equal (parts[0], "(folder)"))
    g_assert_cmpint (g_mkdir (target, 0700), ==, 0);
  else if (g_str_has_prefix (parts[0], "(link)"))
    g_assert_cmpint (symlink (parts[0] + strlen ("(link)"), target), ==, 0);
  else
    {
      g_autofree char *source = bad_path (parts[0]);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_file_get_contents (source, &contents, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (target, contents, length, &error);
      g_assert_no_error (error);
    }
}

static void
remove_tree (const char *path)
{
  struct stat st;

  if (lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
test_database_entry (gconstpointer data)
{
  const DatabaseEntry *entry = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *xdg = NULL;
  g_autofree char *arguments = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) items = NULL;
  g_auto(GStrv) args = NULL;
  g_auto(Run) run = { 0 };
  gboolean data_is_input = FALSE;

  if (!have_executable ())
    return;

  tmp = g_dir_make_tmp ("shopcraft-bad-XXXXXX", &error);
  g_assert_no_error (error);

  items = g_strsplit (entry->inputs, ", ", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      if (items[i][0] == '\0')
        continue;
      place_input (tmp, items[i]);
      data_is_input |= g_str_has_suffix (items[i], "=>data");
    }
  if (!data_is_input)
    {
      g_autofree char *data_dir = g_build_filename (tmp, "data", NULL);

      g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
    }

  arguments = substitute (entry->arguments, tmp);
  expected = substitute (entry->stderr_line, tmp);
  args = g_strsplit (arguments, " ", -1);
  before = snapshot (tmp);
  g_test_message ("inputs before:\n%s", before);

  /* Outside the scratch folder, so the snapshot sees only the inputs. */
  xdg = g_dir_make_tmp ("shopcraft-bad-home-XXXXXX", &error);
  g_assert_no_error (error);
  run_shopcraft (&run, args, xdg);
  g_test_message ("status %d, stderr: %s", run.status, run.err);
  after = snapshot (tmp);

  if (entry->known_gap &&
      (run.status != entry->status || !g_str_has_prefix (run.err, expected)))
    {
      g_autofree char *reason = g_strdup_printf ("known gap: exit status %d, stderr \"%s\", stdout \"%s\"",
                                                 run.status, g_strchomp (run.err), g_strchomp (run.out));

      g_test_incomplete (reason);
    }
  else
    {
      g_autofree char *expected_line = g_strconcat (expected, "\n", NULL);

      g_assert_cmpint (run.status, ==, entry->status);
      g_assert_cmpstr (run.err, ==, expected_line);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (after, ==, before);
    }

  remove_tree (xdg);
  remove_tree (tmp);
}

static void
test_course_entry (gconstpointer data)
{
  const CourseEntry *entry = data;
  g_autofree char *dir = bad_path (entry->name);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *xdg = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  char *args[] = { (char *) "--validate-course", dir, NULL };
  guint n = entry->expected->len;

  if (!have_executable ())
    return;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (expected, "%s\n", (const char *) g_ptr_array_index (entry->expected, i));
  if (n == 1)
    summary = g_strdup_printf ("%s: 1 problem; the course cannot be used until it is fixed\n", dir);
  else
    summary = g_strdup_printf ("%s: %u problems; the course cannot be used until they are fixed\n", dir, n);
  g_string_append (expected, summary);

  xdg = g_dir_make_tmp ("shopcraft-bad-home-XXXXXX", &error);
  g_assert_no_error (error);
  before = snapshot (dir);
  run_shopcraft (&run, args, xdg);
  after = snapshot (dir);
  g_test_message ("status %d, stderr:\n%s", run.status, run.err);

  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected->str);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (after, ==, before);

  remove_tree (xdg);
}

static void
test_csv_entry (gconstpointer data)
{
  const CsvEntry *entry = data;
  const char *identifiers[] = { "Variant Barcode", "Barcode", "Variant SKU", "SKU", NULL };
  g_autofree char *path = bad_path (entry->name);
  g_autoptr(ScCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GString) got = g_string_new (NULL);

  for (guint i = 0; i < entry->expected->len; i++)
    g_string_append_printf (expected, "%s\n", (const char *) g_ptr_array_index (entry->expected, i));

  reader = sc_csv_reader_new_for_path (path, entry->name, NULL, &error);
  if (reader != NULL)
    {
      sc_csv_reader_watch_identifiers (reader, identifiers);
      while (sc_csv_reader_next (reader, &error))
        ;
      for (guint i = 0; i < sc_csv_reader_get_n_problems (reader); i++)
        {
          g_autofree char *line = sc_csv_reader_format_problem (reader, sc_csv_reader_get_problem (reader, i));

          g_string_append_printf (got, "%s\n", line);
        }
    }
  if (error != NULL)
    {
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_string_append_printf (got, "%s\n", error->message);
    }

  g_assert_cmpstr (got->str, ==, expected->str);
}

/* A question file is read as an import reads it: a refused file gives
 * only its error, a file with bad questions its problems in line order. */
static void
test_question_entry (gconstpointer data)
{
  const QuestionEntry *entry = data;
  g_autofree char *folder = bad_path (".");
  g_autofree char *here = g_get_current_dir ();
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GString) got = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < entry->expected->len; i++)
    g_string_append_printf (expected, "%s\n", (const char *) g_ptr_array_index (entry->expected, i));

  g_assert_cmpint (g_chdir (folder), ==, 0);
  if (g_str_has_suffix (entry->name, ".xml"))
    questions = sc_moodle_xml_read_file (entry->name, SC_MOODLE_XML_READ_DEFAULT, problems, &error);
  else
    questions = sc_gift_read_file (entry->name, SC_GIFT_READ_DEFAULT, problems, &error);
  g_assert_cmpint (g_chdir (here), ==, 0);

  lines = sc_course_problems_to_strv (problems);
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (got, "%s\n", lines[i]);
  if (error != NULL)
    {
      /* Refused as a whole: nothing comes back. */
      g_assert_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT);
      g_assert_null (questions);
      g_string_append_printf (got, "%s\n", error->message);
    }
  else
    {
      g_assert_nonnull (questions);
    }

  g_assert_cmpstr (got->str, ==, expected->str);
}

/* Enough entries, no two with one name, every committed database file
 * used by some entry and every CSV file listed (a file nobody reads is a
 * case nobody checks). */
static void
test_catalogue_complete (gconstpointer data)
{
  const Catalogue *catalogue = data;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *folder = bad_path (".");
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_test_message ("%u database entries, %u course folders", catalogue->databases->len,
                  catalogue->courses->len);
  g_assert_cmpuint (catalogue->databases->len + catalogue->courses->len + catalogue->csvs->len, >=, MIN_ENTRIES);
  g_assert_cmpuint (catalogue->csvs->len, >=, MIN_CSV_ENTRIES);

  for (guint i = 0; i < catalogue->databases->len; i++)
    {
      DatabaseEntry *entry = g_ptr_array_index (catalogue->databases, i);

      g_assert_true (g_hash_table_add (names, entry->name));
    }
  for (guint i = 0; i < catalogue->courses->len; i++)
    {
      CourseEntry *entry = g_ptr_array_index (catalogue->courses, i);

      g_assert_true (g_hash_table_add (names, entry->name));
    }

  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_strconcat (name, "=>", NULL);
      gboolean used = FALSE;

      if (!g_str_has_prefix (name, "db-") || !g_str_has_suffix (name, ".db"))
        continue;
      for (guint i = 0; !used && i < catalogue->databases->len; i++)
        {
          DatabaseEntry *entry = g_ptr_array_index (catalogue->databases, i);

          used = strstr (entry->inputs, source) != NULL;
        }
      if (!used)
        g_test_message ("%s is not used by any entry of databases.txt", name);
      g_assert_true (used);
    }

  g_clear_pointer (&dir, g_dir_close);
  g_clear_pointer (&folder, g_free);
  folder = bad_path ("csv");
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  for (guint i = 0; i < catalogue->csvs->len; i++)
    {
      CsvEntry *entry = g_ptr_array_index (catalogue->csvs, i);

      g_assert_true (g_hash_table_add (names, entry->name));
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *listed = g_strconcat ("csv/", name, NULL);

      if (!g_hash_table_contains (names, listed))
        g_test_message ("%s has no line in csv.txt", listed);
      g_assert_true (g_hash_table_contains (names, listed));
    }

  g_assert_cmpuint (catalogue->questions->len, >=, MIN_QUESTION_ENTRIES);
  g_clear_pointer (&dir, g_dir_close);
  g_clear_pointer (&folder, g_free);
  folder = bad_path ("questions");
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  for (guint i = 0; i < catalogue->questions->len; i++)
    {
      QuestionEntry *entry = g_ptr_array_index (catalogue->questions, i);

      g_assert_true (g_hash_table_add (names, entry->name));
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *listed = g_strconcat ("questions/", name, NULL);

      if (!g_hash_table_contains (names, listed))
        g_test_message ("%s has no line in questions.txt", listed);
      g_assert_true (g_hash_table_contains (names, listed));
    }
}

int
main (int   argc,
      char *argv[])
{
  Catalogue catalogue;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalogue.databases = read_databases ();
  catalogue.courses = read_courses ();
  catalogue.csvs = read_csvs ();
  catalogue.questions = read_questions ();

  g_test_add_data_func ("/bad-catalogue/complete", &catalogue, test_catalogue_complete);
  for (guint i = 0; i < catalogue.databases->len; i++)
    {
      DatabaseEntry *entry = g_ptr_array_index (catalogue.databases, i);
      g_autofree char *path = g_strconcat ("/bad-catalogue/database/", entry->name, NULL);

      g_test_add_data_func (path, entry, test_database_entry);
    }
  for (guint i = 0; i < catalogue.courses->len; i++)
    {
      CourseEntry *entry = g_ptr_array_index (catalogue.courses, i);
      g_autofree char *path = g_strconcat ("/bad-catalogue/course/", entry->name, NULL);

      g_test_add_data_func (path, entry, test_course_entry);
    }
  for (guint i = 0; i < catalogue.csvs->len; i++)
    {
      CsvEntry *entry = g_ptr_array_index (catalogue.csvs, i);
      g_autofree char *path = g_strconcat ("/bad-catalogue/", entry->name, NULL);

      g_test_add_data_func (path, entry, test_csv_entry);
    }
  for (guint i = 0; i < catalogue.questions->len; i++)
    {
      QuestionEntry *entry = g_ptr_array_index (catalogue.questions, i);
      g_autofree char *path = g_strconcat ("/bad-catalogue/", entry->name, NULL);

      g_test_add_data_func (path, entry, test_question_entry);
    }

  status = g_test_run ();
  g_ptr_array_unref (catalogue.databases);
  g_ptr_array_unref (catalogue.courses);
  g_ptr_array_unref (catalogue.csvs);
  g_ptr_array_unref (catalogue.questions);

  return status;
}
