/* sc-command-line.c - batch options, answered with no display
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every option here runs from handle-local-options: no GTK, no GSettings,
 * no display. Failures print one line on stderr (file, cause, next step)
 * and exit 2.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-command-line.h"

static const GOptionEntry batch_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static const GOptionEntry common_entries[] = {
  { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Keep the database in DIR instead of the user’s data folder"), N_("DIR") },
  { NULL }
};

void
sc_command_line_add_entries (GApplication *app)
{
  g_application_add_main_option_entries (app, common_entries);
  g_application_add_main_option_entries (app, batch_entries);
}

/**
 * sc_command_line_is_batch:
 *
 * Returns: whether @options name a batch command, which makes the
 *   instance non-unique.
 */
gboolean
sc_command_line_is_batch (GVariantDict *options)
{
  for (guint i = 0; batch_entries[i].long_name != NULL; i++)
    if (g_variant_dict_contains (options, batch_entries[i].long_name))
      return TRUE;

  return FALSE;
}

/**
 * sc_command_line_run:
 * @data_dir: (nullable): the folder given with --data-dir
 *
 * Returns: the exit status of the batch command, or -1 when @options hold
 *   none and the window should start.
 */
int
sc_command_line_run (GVariantDict *options,
                     const char   *data_dir)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  return -1;
}
