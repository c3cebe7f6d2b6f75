/* test-command-line.c - shopcraft --backup, --restore and --export-progress, run with no display
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built executable (SHOPCRAFT_EXE) as a user would, with DISPLAY
 * and WAYLAND_DISPLAY unset, and checks the exit status, that a failure
 * is one line on stderr naming the file, and that damaged files are left
 * byte for byte as they were.
 */
#include "sc-course-reader.h"
#include "sc-database.h"
#include "sc-error.h"
#include "sc-learner.h"
#include "sc-progress.h"
#include "test-db-util.h"

#define CHILD_CANNOT_DROP 99

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

static void
become_nobody (gpointer user_data)
{
  if (!test_become_nobody ())
    _exit (CHILD_CANNOT_DROP);
}

/* Runs shopcraft with @args; @env_dir sets SHOPCRAFT_DATA_DIR. */
static void
run_shopcraft (Run                *run,
               const char * const *args,
               const char         *env_dir,
               gboolean            as_nobody)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SHOPCRAFT_EXE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "SHOPCRAFT_BUSY_TIMEOUT_MS", "100", TRUE);
  envp = g_environ_setenv (envp, "SHOPCRAFT_DATA_DIR", env_dir != NULL ? env_dir : "", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT,
                as_nobody ? become_nobody : NULL, NULL,
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

/* Exit status 2 and exactly one line on stderr that names @path. */
static void
assert_failed_with_line (Run        *run,
                         const char *path)
{
  g_test_message ("stderr: %s", run->err);
  g_assert_cmpint (run->status, ==, 2);
  g_assert_true (g_str_has_prefix (run->err, "shopcraft: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  g_assert_nonnull (strstr (run->err, path));
  g_assert_cmpstr (run->out, ==, "");
}

static void
test_command_line_backup_and_restore (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *data_dir = g_build_filename (dir, "data", NULL);
  g_autofree char *live = g_build_filename (data_dir, "shopcraft.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *copy_env = g_build_filename (dir, "copy-env.db", NULL);
  g_auto(Run) backup = { 0 };
  g_auto(Run) backup_env = { 0 };
  g_auto(Run) restore = { 0 };

  if (!have_executable ())
    return;

  test_make_database (live, 2);
  {
    const char * const args[] = { "--data-dir", data_dir, "--backup", copy, NULL };

    run_shopcraft (&backup, args, NULL, FALSE);
  }
  g_assert_cmpint (backup.status, ==, 0);
  g_assert_cmpstr (backup.err, ==, "");
  g_assert_nonnull (strstr (backup.out, copy));
  g_assert_cmpint (test_count_learners (copy), ==, 2);

  /* SHOPCRAFT_DATA_DIR names the folder as well as --data-dir does. */
  {
    const char * const args[] = { "--backup", copy_env, NULL };

    run_shopcraft (&backup_env, args, data_dir, FALSE);
  }
  g_assert_cmpint (backup_env.status, ==, 0);
  g_assert_cmpint (test_count_learners (copy_env), ==, 2);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ScDatabase) database = sc_database_open (live, &error);

    g_assert_true (sc_database_exec (database, "INSERT INTO learners (uuid, display_name) VALUES ('x', 'X')", &error));
    g_assert_true (sc_database_close (database, &error));
    g_assert_no_error (error);
  }

  {
    const char * const args[] = { "--restore", copy, NULL };

    run_shopcraft (&restore, args, data_dir, FALSE);
  }
  g_assert_cmpint (restore.status, ==, 0);
  g_assert_cmpstr (restore.err, ==, "");
  g_assert_nonnull (strstr (restore.out, "shopcraft-before-restore-"));
  g_assert_cmpint (test_count_learners (live), ==, 2);

  test_remove_tree (dir);
}

static void
test_command_line_backup_refuses (gconstpointer data)
{
  TestDamage damage = GPOINTER_TO_INT (data);
  g_autofree char *dir = test_make_dir ();
  g_autofree char *live = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  const char * const args[] = { "--data-dir", dir, "--backup", copy, NULL };
  g_auto(Run) run = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!have_executable ())
    return;

  test_make_damaged (live, damage);
  before = test_fingerprint (live);

  run_shopcraft (&run, args, NULL, FALSE);
  assert_failed_with_line (&run, live);
  if (damage == DAMAGE_CORRUPT_PAGE)
    g_assert_nonnull (strstr (run.err, "integrity check"));

  after = test_fingerprint (live);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));

  test_remove_tree (dir);
}

static void
test_command_line_backup_refuses_locked (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *live = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  const char * const args[] = { "--backup", copy, NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) missing = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TestHolder holder;

  if (!have_executable ())
    return;

  run_shopcraft (&missing, args, dir, FALSE);
  assert_failed_with_line (&missing, live);
  g_assert_nonnull (strstr (missing.err, "nothing to back up"));

  test_make_database (live, 1);
  holder = test_hold_lock (live);
  before = test_fingerprint (live);

  run_shopcraft (&run, args, dir, FALSE);
  assert_failed_with_line (&run, live);
  g_assert_nonnull (strstr (run.err, "in use by another program"));

  after = test_fingerprint (live);
  g_assert_cmpstr (before, ==, after);
  test_release_lock (&holder);
  test_remove_tree (dir);
}

static void
test_command_line_restore_refuses (gconstpointer data)
{
  TestDamage damage = GPOINTER_TO_INT (data);
  g_autofree char *dir = test_make_dir ();
  g_autofree char *live = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *offered = g_build_filename (dir, "offered.db", NULL);
  const char * const args[] = { "--data-dir", dir, "--restore", offered, NULL };
  g_auto(Run) run = { 0 };
  g_autofree char *live_before = NULL;
  g_autofree char *offered_before = NULL;
  g_autofree char *live_after = NULL;
  g_autofree char *offered_after = NULL;

  if (!have_executable ())
    return;

  test_make_database (live, 2);
  test_make_damaged (offered, damage);
  live_before = test_fingerprint (live);
  offered_before = test_fingerprint (offered);

  run_shopcraft (&run, args, NULL, FALSE);
  assert_failed_with_line (&run, offered);

  live_after = test_fingerprint (live);
  offered_after = test_fingerprint (offered);
  g_assert_cmpstr (live_before, ==, live_after);
  g_assert_cmpstr (offered_before, ==, offered_after);

  test_remove_tree (dir);
}

static void
test_command_line_restore_refuses_locked (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *live = g_build_filename (dir, "shopcraft.db", NULL);
  g_autofree char *offered = g_build_filename (dir, "offered.db", NULL);
  const char * const args[] = { "--data-dir", dir, "--restore", offered, NULL };
  g_auto(Run) run = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TestHolder holder;

  if (!have_executable ())
    return;

  test_make_database (offered, 3);
  test_make_database (live, 1);
  holder = test_hold_lock (live);
  before = test_fingerprint (live);

  run_shopcraft (&run, args, NULL, FALSE);
  assert_failed_with_line (&run, live);
  g_assert_nonnull (strstr (run.err, "Close other copies of Shopcraft"));

  after = test_fingerprint (live);
  g_assert_cmpstr (before, ==, after);
  test_release_lock (&holder);
  test_remove_tree (dir);
}

static void
test_command_line_unwritable_folders (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *data_dir = g_build_filename (dir, "data", NULL);
  g_autofree char *live = g_build_filename (data_dir, "shopcraft.db", NULL);
  g_autofree char *offered = g_build_filename (dir, "offered.db", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *copy = g_build_filename (out_dir, "copy.db", NULL);
  g_auto(Run) restore = { 0 };
  g_auto(Run) backup = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!have_executable ())
    return;

  test_make_database (offered, 2);
  g_assert_cmpint (g_mkdir (data_dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  test_make_database (live, 1);
  g_assert_cmpint (g_chmod (live, 0644), ==, 0);
  g_assert_cmpint (g_chmod (offered, 0644), ==, 0);
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (data_dir, 0555), ==, 0);
      g_assert_cmpint (g_chmod (out_dir, 0555), ==, 0);
    }
  before = test_fingerprint (live);

  /* Restoring needs to write in the data folder. */
  {
    const char * const args[] = { "--data-dir", data_dir, "--restore", offered, NULL };

    run_shopcraft (&restore, args, NULL, TRUE);
  }
  if (restore.status == CHILD_CANNOT_DROP)
    {
      test_remove_tree (dir);
      g_test_skip ("cannot become another user to meet folder permissions");
      return;
    }
  assert_failed_with_line (&restore, data_dir);
  g_assert_nonnull (strstr (restore.err, "not writable"));
  after = test_fingerprint (live);
  g_assert_cmpstr (before, ==, after);

  /* Backing up needs to write beside the new file. */
  if (geteuid () == 0)
    {
      g_assert_cmpint (chown (data_dir, TEST_NOBODY, TEST_NOBODY), ==, 0);
      g_assert_cmpint (chown (live, TEST_NOBODY, TEST_NOBODY), ==, 0);
    }
  else
    g_assert_cmpint (g_chmod (data_dir, 0755), ==, 0);
  {
    const char * const args[] = { "--data-dir", data_dir, "--backup", copy, NULL };

    run_shopcraft (&backup, args, NULL, TRUE);
  }
  assert_failed_with_line (&backup, copy);
  g_assert_nonnull (strstr (backup.err, "Permission denied"));
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));

  test_remove_tree (dir);
}

static void
test_command_line_one_command_at_a_time (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *file = g_build_filename (dir, "file.db", NULL);
  const char * const args[] = { "--data-dir", dir, "--backup", file, "--restore", file, NULL };
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  run_shopcraft (&run, args, NULL, FALSE);
  assert_failed_with_line (&run, "--restore");
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));

  test_remove_tree (dir);
}

/* The window opens no files: a stray argument is refused, not ignored,
 * and nothing is created for it. */
static void
test_command_line_stray_argument (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *db = g_build_filename (dir, "shopcraft.db", NULL);
  const char * const args[] = { "--data-dir", dir, "course-notes.xml", NULL };
  g_auto(Run) run = { 0 };

  if (!have_executable ())
    return;

  run_shopcraft (&run, args, NULL, FALSE);
  assert_failed_with_line (&run, "“course-notes.xml”");
  g_assert_nonnull (strstr (run.err, "--help"));
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  test_remove_tree (dir);
}

/* The Progress page's export, by script: the learner --learner names, the
 * course --course names, the files listed on stdout; a folder that is not
 * there is one line on stderr and nothing written. */
static void
test_command_line_export_progress (void)
{
  g_autofree char *dir = test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *course_dir = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "data", "courses",
                                                  "ecommerce-operations", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *modules_csv = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(ScCourseProblems) problems = sc_course_problems_new ();
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(ScDatabase) database = NULL;
  g_autoptr(ScLearner) sam = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) refused = { 0 };
  const char * const args[] = { "--data-dir", dir, "--course", course_dir, "--learner", "Sam",
                                "--export-progress", out, NULL };
  const char * const missing_args[] = { "--data-dir", dir, "--course", course_dir,
                                        "--export-progress", missing, NULL };
  g_autofree char *lsan_options = g_strdup (g_getenv ("LSAN_OPTIONS"));
  GPtrArray *lessons;

  if (!have_executable ())
    return;

  /* The command lays out text for the charts: in a sanitized run, its
   * process gets the display tests' fontconfig suppression
   * (tests/sanitize.supp). Set before any thread of this test starts;
   * this process read its own options at start-up. */
  if (lsan_options != NULL)
    {
      g_autofree char *supp = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"), "tests",
                                                "sanitize.supp", NULL);
      g_autofree char *options = g_strdup_printf ("%s:suppressions=%s", lsan_options, supp);

      g_setenv ("LSAN_OPTIONS", options, TRUE);
    }

  /* Sam has done the first two lessons of the course. */
  sc_course_reader_init ();
  course = sc_course_load (course_dir, problems, &error);
  g_assert_no_error (error);
  database = sc_database_open_in_dir (dir, &error);
  g_assert_no_error (error);
  sam = sc_learner_create (database, "Sam", &error);
  g_assert_no_error (error);
  lessons = sc_course_get_lessons (course);
  for (guint i = 0; i < 2; i++)
    g_assert_true (sc_progress_complete_lesson (database, sam, course,
                                                ((ScLesson *) g_ptr_array_index (lessons, i))->id,
                                                &error));
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);

  run_shopcraft (&run, args, NULL, FALSE);
  g_test_message ("stderr: %s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 10);
  {
    g_autofree char *page_name = g_strdup_printf ("shopcraft-portfolio-%s-sam.html", day);
    g_autofree char *page = g_build_filename (out, page_name, NULL);
    g_autofree char *html = NULL;

    g_assert_true (g_strv_contains ((const char * const *) lines, page));
    g_assert_true (g_file_get_contents (page, &html, NULL, &error));
    g_assert_no_error (error);
    g_assert_nonnull (strstr (html, "<h1>Portfolio of Sam: "));
  }
  modules_csv = g_strdup_printf ("shopcraft-progress-%s-modules.csv", day);
  csv_path = g_build_filename (out, modules_csv, NULL);
  g_assert_true (g_strv_contains ((const char * const *) lines, csv_path));
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, &error));
  g_assert_no_error (error);
  /* The first module's two lessons are Sam's two. */
  g_assert_nonnull (strstr (contents, "Module,Lessons done,Best quiz score,Status\r\n"));
  g_assert_nonnull (strstr (contents, ",2 of 2,No quiz yet,In progress\r\n"));

  run_shopcraft (&refused, missing_args, NULL, FALSE);
  assert_failed_with_line (&refused, missing);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  if (lsan_options != NULL)
    g_setenv ("LSAN_OPTIONS", lsan_options, TRUE);
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/command-line/backup-and-restore", test_command_line_backup_and_restore);
  for (TestDamage damage = 0; damage < N_DAMAGES; damage++)
    {
      g_autofree char *backup = g_strdup_printf ("/command-line/backup-refuses/%s", test_damage_name (damage));
      g_autofree char *restore = g_strdup_printf ("/command-line/restore-refuses/%s", test_damage_name (damage));

      g_test_add_data_func (backup, GINT_TO_POINTER (damage), test_command_line_backup_refuses);
      g_test_add_data_func (restore, GINT_TO_POINTER (damage), test_command_line_restore_refuses);
    }
  g_test_add_func ("/command-line/backup-refuses/locked-or-missing", test_command_line_backup_refuses_locked);
  g_test_add_func ("/command-line/restore-refuses/locked", test_command_line_restore_refuses_locked);
  g_test_add_func ("/command-line/unwritable-folders", test_command_line_unwritable_folders);
  g_test_add_func ("/command-line/one-command-at-a-time", test_command_line_one_command_at_a_time);
  g_test_add_func ("/command-line/stray-argument", test_command_line_stray_argument);
  g_test_add_func ("/command-line/export-progress", test_command_line_export_progress);

  return g_test_run ();
}
