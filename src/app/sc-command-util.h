/* sc-command-util.h - what every batch command file shares: its failure line and its option count
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sc-types.h"

G_BEGIN_DECLS

const char *sc_command_program_name (void);
int         sc_command_fail         (const char          *message);
int         sc_command_fail_error   (const GError        *error);
guint       sc_command_count_given  (GVariantDict        *options,
                                     const char * const  *names);
int         sc_command_choose       (GVariantDict        *options,
                                     const char * const  *commands);
int         sc_command_open_database (const char         *data_dir,
                                      ScDatabase        **out_database);

G_END_DECLS
