/* sc-command-line.h - batch options, answered with no display
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sc-learner.h"
#include "sc-types.h"

G_BEGIN_DECLS

void     sc_command_line_add_entries (GApplication  *app);
gboolean sc_command_line_is_batch    (GVariantDict  *options);
gboolean sc_command_line_get_learner (GVariantDict  *options,
                                      char         **out_learner);
int      sc_command_line_run         (GVariantDict  *options,
                                      const char    *data_dir);

ScLearner *sc_command_line_choose_learner (ScDatabase    *database,
                                           GVariantDict  *options,
                                           gboolean       may_create,
                                           GError       **error);

G_END_DECLS
