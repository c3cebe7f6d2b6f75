/* test-recovery.c - the database after a crash, and the backup at a clean exit
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real Shopcraft database with a damaged table page, left with the mark
 * of a session that crashed: the app must check it, set it aside with its
 * bytes intact, and offer the newest backup by its date (or only an empty
 * record when there is none). A clean exit makes the day's backup once
 * and removes the mark.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "app-run-util.h"
#include "sc-backup.h"
#include "../unit/test-db-util.h"

static char *
recovery_dir_new (void)
{
  char *dir = sc_test_make_tmp_dir ();
  g_autofree char *course = g_build_filename (g_getenv ("SHOPCRAFT_SOURCE_ROOT"),
                                              "data", "courses", "ecommerce-operations", NULL);

  g_setenv ("SHOPCRAFT_COURSE_DIR", course, TRUE);

  return dir;
}

static char *
db_path (const char *dir)
{
  return g_build_filename (dir, SC_DATABASE_FILE_NAME, NULL);
}

static char *
marker_path (const char *dir)
{
  return g_build_filename (dir, SC_DATABASE_MARKER_NAME, NULL);
}

/* The mark a session leaves when it is killed: the id of a process that
 * has ended, in this boot. */
static void
leave_crash_marker (const char *dir)
{
  g_autofree char *boot_id = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = marker_path (dir);
  int status = 0;
  pid_t pid;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

  g_assert_true (g_file_get_contents ("/proc/sys/kernel/random/boot_id", &boot_id, NULL, NULL));
  contents = g_strdup_printf ("%d %s\n", (int) pid, g_strstrip (boot_id));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static char *
sha256_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guint8 *) contents, length);
}

/* The one file the app renamed the damaged database to. */
static char *
find_damaged (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  char *found = NULL;
  const char *name;

  g_assert_nonnull (gdir);
  while ((name = g_dir_read_name (gdir)) != NULL)
    if (g_str_has_prefix (name, "shopcraft-damaged-") && g_str_has_suffix (name, ".db"))
      {
        g_assert_null (found);
        found = g_build_filename (dir, name, NULL);
      }

  return found;
}

/* A sound backup with @n_learners learners, named as made on @day. */
static void
make_backup (const char *dir,
             const char *day,
             int         n_learners)
{
  g_autofree char *backups = g_build_filename (dir, SC_BACKUP_DIR_NAME, NULL);
  g_autofree char *source = g_build_filename (dir, "source.db", NULL);
  g_autofree char *name = g_strdup_printf ("shopcraft-%s.db", day);
  g_autofree char *dest = g_build_filename (backups, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
  test_make_database (source, n_learners);
  sc_backup_save (source, dest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (source), ==, 0);
}

static AdwMessageDialog *
visible_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        found = ADW_MESSAGE_DIALOG (window);
    }

  return found;
}

static gboolean
dialog_shown (gpointer data)
{
  return visible_message_dialog () != NULL;
}

static gboolean
has_database (gpointer data)
{
  return sc_context_get_database (data) != NULL;
}

static int
count_learners (ScDatabase *database)
{
  return test_query_int (sc_database_get_handle (database), "SELECT count(*) FROM learners");
}

/* Starts the app on @dir, which holds a damaged database left by a crash,
 * and waits for the dialog. Checks that the damaged file was set aside
 * with the bytes it had (@sha256). */
static AdwMessageDialog *
start_damaged (ScApplication **out_app,
               const char     *dir,
               const char     *sha256)
{
  g_autofree char *path = db_path (dir);
  g_autofree char *damaged = NULL;
  g_autofree char *damaged_sha = NULL;
  g_autofree char *damaged_name = NULL;
  AdwMessageDialog *dialog;
  ScApplication *app;

  app = app_register (dir);
  g_application_activate (G_APPLICATION (app));
  g_assert_nonnull (gtk_application_get_active_window (GTK_APPLICATION (app)));

  sc_test_wait_until (dialog_shown, NULL, "the recovery dialog");
  dialog = visible_message_dialog ();

  /* Set aside, not overwritten: the same bytes under a new name, and no
   * database in use until the learner chooses. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  damaged = find_damaged (dir);
  g_assert_nonnull (damaged);
  damaged_sha = sha256_of (damaged);
  g_assert_cmpstr (damaged_sha, ==, sha256);
  g_assert_null (sc_context_get_database (sc_application_get_context (app)));
  /* It says where the damaged file is now. */
  damaged_name = g_path_get_basename (damaged);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), damaged_name));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), dir));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 gtk_application_get_active_window (GTK_APPLICATION (app)));

  *out_app = app;

  return dialog;
}

static void
test_recovery_restores_newest_backup (void)
{
  g_autofree char *dir = recovery_dir_new ();
  g_autofree char *path = db_path (dir);
  g_autofree char *marker = marker_path (dir);
  g_autofree char *sha = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *label_day = NULL;
  g_autofree char *damaged_sha = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 11, 27, 0, 0, 0);
  g_autoptr(ScApplication) app = NULL;
  AdwMessageDialog *dialog;
  ScContext *context;
  const char *label;

  make_backup (dir, "2026-11-20", 1);
  make_backup (dir, "2026-11-27", 3);
  test_make_damaged (path, DAMAGE_CORRUPT_PAGE);
  leave_crash_marker (dir);
  sha = sha256_of (path);

  dialog = start_damaged (&app, dir, sha);
  context = sc_application_get_context (app);

  /* The newest backup, by its date as people write it. */
  label_day = g_date_time_format (day, "%-d %B %Y");
  g_assert_cmpstr (label_day, ==, "27 November 2026");
  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
  g_assert_true (adw_message_dialog_has_response (dialog, "empty"));
  label = adw_message_dialog_get_response_label (dialog, "restore");
  g_assert_nonnull (strstr (label, label_day));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), label_day));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "restore");

  adw_message_dialog_response (dialog, "restore");
  sc_test_wait_until (has_database, context, "the restored database");

  /* The backup's three learners, in the database in use, marked running. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (sc_database_get_path (sc_context_get_database (context)), ==, path);
  g_assert_cmpint (count_learners (sc_context_get_database (context)), ==, 3);
  g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));
  g_assert_null (sc_application_get_database_error (app));

  /* The damaged file is still there, untouched. */
  damaged = find_damaged (dir);
  damaged_sha = sha256_of (damaged);
  g_assert_cmpstr (damaged_sha, ==, sha);

  close_windows ();
  sc_test_remove_tree (dir);
}

static void
test_recovery_without_backup_starts_empty (void)
{
  g_autofree char *dir = recovery_dir_new ();
  g_autofree char *path = db_path (dir);
  g_autofree char *sha = NULL;
  g_autoptr(ScApplication) app = NULL;
  AdwMessageDialog *dialog;
  ScContext *context;

  test_make_damaged (path, DAMAGE_CORRUPT_PAGE);
  leave_crash_marker (dir);
  sha = sha256_of (path);

  dialog = start_damaged (&app, dir, sha);
  context = sc_application_get_context (app);

  g_assert_false (adw_message_dialog_has_response (dialog, "restore"));
  g_assert_true (adw_message_dialog_has_response (dialog, "empty"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "empty"), ==,
                   "_Start with an Empty Record");

  adw_message_dialog_response (dialog, "empty");
  sc_test_wait_until (has_database, context, "the new database");

  /* An empty record is a first run: only the silent default learner. */
  g_assert_cmpint (count_learners (sc_context_get_database (context)), ==, 1);

  close_windows ();
  sc_test_remove_tree (dir);
}

/* A file too damaged to open at all takes the same way, with or without
 * the mark of a crash. */
static void
test_recovery_unopenable (void)
{
  g_autofree char *dir = recovery_dir_new ();
  g_autofree char *path = db_path (dir);
  g_autofree char *sha = NULL;
  g_autoptr(ScApplication) app = NULL;
  AdwMessageDialog *dialog;

  make_backup (dir, "2026-11-27", 2);
  test_make_damaged (path, DAMAGE_TRUNCATED);
  sha = sha256_of (path);

  dialog = start_damaged (&app, dir, sha);
  g_assert_null (sc_application_get_database_error (app));
  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));

  /* Escape takes the suggested way: the backup. */
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "restore");
  adw_message_dialog_response (dialog, adw_message_dialog_get_close_response (dialog));
  sc_test_wait_until (has_database, sc_application_get_context (app), "the restored database");
  g_assert_cmpint (count_learners (sc_context_get_database (sc_application_get_context (app))), ==, 2);

  close_windows ();
  sc_test_remove_tree (dir);
}

typedef struct
{
  ScApplication *app;
  gint64         deadline;
} SessionRun;

static gboolean
quit_when_shown (gpointer data)
{
  SessionRun *run = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->app));

  if (g_get_monotonic_time () > run->deadline)
    g_error ("gave up waiting for the window");

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)) ||
      sc_context_get_database (sc_application_get_context (run->app)) == NULL)
    return G_SOURCE_CONTINUE;

  /* What Ctrl+Q does. */
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

/* A whole session, from g_application_run() to a clean quit. */
static void
run_session (const char *dir)
{
  g_autoptr(ScApplication) app = NULL;
  char *argv[] = { (char *) "shopcraft", NULL };
  SessionRun run;

  g_setenv ("SHOPCRAFT_DATA_DIR", dir, TRUE);
  app = sc_application_new ();
  run.app = app;
  run.deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_timeout_add (20, quit_when_shown, &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);

  drop_app (&app);
}

static GStrv
list_backups (const char *dir)
{
  g_autofree char *backups = g_build_filename (dir, SC_BACKUP_DIR_NAME, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GDir) gdir = g_dir_open (backups, 0, NULL);
  const char *name;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    g_strv_builder_add (names, name);

  return g_strv_builder_end (names);
}

static void
test_clean_exit_backs_up_once_a_day (void)
{
  g_autofree char *dir = recovery_dir_new ();
  g_autofree char *marker = marker_path (dir);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *expected = sc_backup_daily_name (today);
  g_autofree char *backup = g_build_filename (dir, SC_BACKUP_DIR_NAME, expected, NULL);
  g_autofree char *first_sha = NULL;
  g_autofree char *second_sha = NULL;
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) second = NULL;

  run_session (dir);

  /* One backup, today's, and no mark of a running session. */
  first = list_backups (dir);
  g_assert_cmpuint (g_strv_length (first), ==, 1);
  g_assert_cmpstr (first[0], ==, expected);
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));
  first_sha = sha256_of (backup);

  /* The same day again: the backup stays as it was, and it is the only one. */
  run_session (dir);
  second = list_backups (dir);
  g_assert_cmpuint (g_strv_length (second), ==, 1);
  g_assert_cmpstr (second[0], ==, expected);
  second_sha = sha256_of (backup);
  g_assert_cmpstr (second_sha, ==, first_sha);
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));

  sc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!sc_test_init (&argc, &argv))
    {
      g_printerr ("test-recovery: no display\n");
      return 77;
    }

  /* Dates in the dialog are compared in English. */
  g_setenv ("LANGUAGE", "C", TRUE);

  g_test_add_func ("/recovery/restores-newest-backup", test_recovery_restores_newest_backup);
  g_test_add_func ("/recovery/without-backup-starts-empty", test_recovery_without_backup_starts_empty);
  g_test_add_func ("/recovery/unopenable", test_recovery_unopenable);
  g_test_add_func ("/recovery/clean-exit-backs-up-once-a-day", test_clean_exit_backs_up_once_a_day);

  return g_test_run ();
}
