/* test-shell-path.c - paths shown from "~", and quoted for a shell where they must be
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-shell-path.h"

#define HOME "/home/ana"

static const struct
{
  const char *path;
  const char *home;
  const char *display;
  const char *shell;
} cases[] = {
  { HOME "/courses/retail", HOME, "~/courses/retail", "~/courses/retail" },
  { HOME "/My Courses/retail", HOME, "~/My Courses/retail", "~/'My Courses/retail'" },
  { HOME "/it's/here", HOME, "~/it's/here", "~/'it'\\''s/here'" },
  { HOME "/$PATH;rm -rf ~", HOME, "~/$PATH;rm -rf ~", "~/'$PATH;rm -rf ~'" },
  { HOME, HOME, "~", "~" },
  { HOME "/x", HOME "/", "~/x", "~/x" },               /* a home given with its slash */
  { HOME "ita/courses", HOME, HOME "ita/courses", HOME "ita/courses" },  /* another user */
  { "/srv/shared courses/a", HOME, "/srv/shared courses/a", "'/srv/shared courses/a'" },
  { "/srv/courses/a-1.2_x", HOME, "/srv/courses/a-1.2_x", "/srv/courses/a-1.2_x" },
  { "/srv/café", HOME, "/srv/café", "'/srv/café'" },
  { HOME "/a", NULL, HOME "/a", HOME "/a" },             /* no home known */
  { HOME "/a", "/", HOME "/a", HOME "/a" },              /* home is the root */
  { "relative/dir", HOME, "relative/dir", "relative/dir" },
  { "-starts-with-dash", HOME, "-starts-with-dash", "-starts-with-dash" },
};

static void
test_shell_path_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *display = sc_path_for_display (cases[i].path, cases[i].home);
      g_autofree char *shell = sc_path_for_shell (cases[i].path, cases[i].home);

      g_test_message ("%s → %s, %s", cases[i].path, display, shell);
      g_assert_cmpstr (display, ==, cases[i].display);
      g_assert_cmpstr (shell, ==, cases[i].shell);
    }
}

/* What a shell makes of the word is the path again: one word, the quotes
 * gone, and "~" (left outside them) expanded to the home folder. */
static void
test_shell_path_round_trip (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shell = sc_path_for_shell (cases[i].path, cases[i].home);
      g_autofree char *command = g_strconcat ("shopcraft --validate-course ", shell, NULL);
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) argv = NULL;
      g_autofree char *expanded = NULL;
      int argc = 0;

      g_assert_true (g_shell_parse_argv (command, &argc, &argv, &error));
      g_assert_no_error (error);
      g_assert_cmpint (argc, ==, 3);

      if (g_str_has_prefix (shell, "~"))
        {
          const char *home = cases[i].home;
          gsize len = strlen (home);

          while (len > 1 && home[len - 1] == '/')
            len--;
          expanded = g_strdup_printf ("%.*s%s", (int) len, home, argv[2] + 1);
        }
      else
        expanded = g_strdup (argv[2]);

      g_assert_cmpstr (expanded, ==, cases[i].path);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shell-path/cases", test_shell_path_cases);
  g_test_add_func ("/shell-path/round-trip", test_shell_path_round_trip);

  return g_test_run ();
}
