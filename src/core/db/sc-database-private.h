/* sc-database-private.h - what the files of ScDatabase share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-database.h"

G_BEGIN_DECLS

gboolean sc_database_migrate (sqlite3     *db,
                              const char  *path,
                              int         *inout_version,
                              GError     **error);

G_END_DECLS
