/* sc-command-util.c - what every batch command file shares: its failure line and its option count
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-command-util.h"
#include "sc-database.h"

/**
 * sc_command_program_name:
 *
 * Returns: the name failures start with
 */
const char *
sc_command_program_name (void)
{
  return g_get_prgname () != NULL ? g_get_prgname () : "shopcraft";
}

/**
 * sc_command_fail:
 * @message: what went wrong and what to do
 *
 * Prints @message as one line on stderr after the program's name, line
 * breaks inside it turned to spaces, so a script reading stderr line by
 * line gets the whole of it.
 *
 * Returns: 2, the exit status of a failed batch command
 */
int
sc_command_fail (const char *message)
{
  g_autofree char *line = g_strdup (message);

  g_strdelimit (line, "\r\n", ' ');
  g_printerr ("%s: %s\n", sc_command_program_name (), line);

  return 2;
}

/**
 * sc_command_fail_error:
 *
 * sc_command_fail () with @error's message.
 *
 * Returns: 2
 */
int
sc_command_fail_error (const GError *error)
{
  return sc_command_fail (error->message);
}

/**
 * sc_command_count_given:
 * @options: the parsed options
 * @names: (array zero-terminated=1): long option names
 *
 * Returns: how many of @names @options hold
 */
guint
sc_command_count_given (GVariantDict       *options,
                        const char * const *names)
{
  guint n_given = 0;

  for (gsize i = 0; names[i] != NULL; i++)
    if (g_variant_dict_contains (options, names[i]))
      n_given++;

  return n_given;
}

/**
 * sc_command_choose:
 * @options: the parsed options
 * @commands: (array zero-terminated=1): the long names of one file's
 *   commands, of which a call may give one
 *
 * Returns: 1 when @options give exactly one of @commands, -1 when they
 *   give none (another file's command, or the window), or 2 after
 *   printing that they cannot be used together
 */
int
sc_command_choose (GVariantDict       *options,
                   const char * const *commands)
{
  g_autoptr(GString) names = NULL;
  g_autofree char *message = NULL;
  guint n_given = sc_command_count_given (options, commands);
  guint n_commands = g_strv_length ((char **) commands);

  if (n_given == 0)
    return -1;
  if (n_given == 1)
    return 1;

  /* "--a, --b and --c" */
  names = g_string_new (NULL);
  for (guint i = 0; i + 1 < n_commands; i++)
    g_string_append_printf (names, i == 0 ? "--%s" : ", --%s", commands[i]);
  {
    g_autofree char *last = g_strconcat ("--", commands[n_commands - 1], NULL);
    /* Translators: the end of a list of options, "--a, --b and --c" */
    g_autofree char *list = g_strdup_printf (_("%s and %s"), names->str, last);

    /* Translators: %s is a list of command-line options, "--a, --b and --c" */
    message = g_strdup_printf (_("%s cannot be used together. Run one, then the other."), list);
  }

  return sc_command_fail (message);
}

/**
 * sc_command_open_database:
 * @data_dir: (nullable): the folder given with --data-dir
 * @out_database: (out) (transfer full): the database, on success
 *
 * Returns: 0 with @out_database set, or 2 after printing why the
 *   database would not open
 */
int
sc_command_open_database (const char  *data_dir,
                          ScDatabase **out_database)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sc_database_resolve_dir (data_dir);

  *out_database = sc_database_open_in_dir (dir, &error);

  return *out_database != NULL ? 0 : sc_command_fail_error (error);
}
