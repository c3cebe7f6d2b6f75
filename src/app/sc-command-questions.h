/* sc-command-questions.h - --import-questions, --export-questions and --dump-questions
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

const GOptionEntry *sc_command_questions_get_entries (void);
const char * const *sc_command_questions_get_commands (void);
int                 sc_command_questions_run         (GVariantDict *options,
                                                      const char   *data_dir);

G_END_DECLS
