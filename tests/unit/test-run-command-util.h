/* test-run-command-util.h - running shopcraft for the practice-store commands
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built executable (SHOPCRAFT_EXE) as a user would, with no
 * display and a temporary --data-dir.
 */
#pragma once

#include <sys/wait.h>

#include "test-catalog-util.h"
#include "test-db-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

G_GNUC_UNUSED static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

G_GNUC_UNUSED static void
run_shopcraft (Run                *run,
               const char         *data_dir,
               const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  run_clear (run);
  g_ptr_array_add (argv, (gpointer) g_getenv ("SHOPCRAFT_EXE"));
  g_ptr_array_add (argv, (gpointer) "--data-dir");
  g_ptr_array_add (argv, (gpointer) data_dir);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "SHOPCRAFT_DATA_DIR", "", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  g_test_message ("status %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

G_GNUC_UNUSED static gboolean
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

/* @text holds @line as one whole line. */
G_GNUC_UNUSED static void
assert_has_line (const char *text,
                 const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_true (g_strv_contains ((const char * const *) lines, line));
}

/* A failure: status 2, one line on stderr starting "shopcraft: " and
 * holding @fragment, nothing on stdout. */
G_GNUC_UNUSED static void
assert_failed (Run        *run,
               const char *fragment)
{
  g_auto(GStrv) lines = g_strsplit (run->err, "\n", -1);
  guint n_ours = 0;

  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "shopcraft: "))
      {
        n_ours++;
        g_assert_nonnull (strstr (lines[i], fragment));
      }
  g_assert_cmpuint (n_ours, ==, 1);
}
