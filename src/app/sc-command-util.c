/* sc-command-util.c - what every batch command file shares: its failure line and its option count
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-command-util.h"

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
