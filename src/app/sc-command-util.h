/* sc-command-util.h - what every batch command file shares: its failure line and its option count
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *sc_command_program_name (void);
int         sc_command_fail         (const char          *message);
int         sc_command_fail_error   (const GError        *error);
guint       sc_command_count_given  (GVariantDict        *options,
                                     const char * const  *names);

G_END_DECLS
