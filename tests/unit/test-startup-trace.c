/* test-startup-trace.c - SHOPCRAFT_TRACE_STARTUP=1 prints each start-up phase, and only then
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The phase lines are what a developer reads to split the start-up time
 * (README.md, "Benchmarks"): one line per phase on stderr, with the
 * monotonic time, in the order the phases were reached. Without the
 * variable the app prints nothing.
 */
#include "sc-startup-trace.h"

static void
test_trace_on (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("SHOPCRAFT_TRACE_STARTUP", "1", TRUE);
      g_assert_true (sc_startup_trace_enabled ());
      sc_startup_trace ("main");
      sc_startup_trace ("window-built");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("startup-trace * main\nstartup-trace * window-built\n");
}

static void
test_trace_off (void)
{
  if (g_test_subprocess ())
    {
      g_unsetenv ("SHOPCRAFT_TRACE_STARTUP");
      g_assert_false (sc_startup_trace_enabled ());
      sc_startup_trace ("main");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/startup-trace/on", test_trace_on);
  g_test_add_func ("/startup-trace/off", test_trace_off);

  return g_test_run ();
}
