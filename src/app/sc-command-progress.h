/* sc-command-progress.h - --export-progress
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

const GOptionEntry *sc_command_progress_get_entries  (void);
const char * const *sc_command_progress_get_commands (void);
int                 sc_command_progress_run          (GVariantDict *options,
                                                      const char   *data_dir);

G_END_DECLS
