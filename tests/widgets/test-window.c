/* test-window.c - the main window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-application.h"
#include "sc-window.h"

static void
test_window_finalizes_on_close (void)
{
  g_autoptr(ScApplication) app = sc_application_new ();
  ScWindow *window;
  GWeakRef ref;

  window = g_object_new (SC_TYPE_WINDOW, NULL);
  g_weak_ref_init (&ref, window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));

  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_null (g_weak_ref_get (&ref));
  g_weak_ref_clear (&ref);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return 77;
    }
  adw_init ();

  g_test_add_func ("/window/finalizes-on-close", test_window_finalizes_on_close);

  return g_test_run ();
}
