/* sc-backup.h - backup files: save, restore, list
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Automatic backups: <data dir>/backups/shopcraft-YYYY-MM-DD.db */
#define SC_BACKUP_DIR_NAME    "backups"
#define SC_BACKUP_DAILY_KEEP  3

typedef struct
{
  char      *path;
  GDateTime *date;  /* local midnight of the day the backup was made */
} ScBackupInfo;

void        sc_backup_info_free      (ScBackupInfo         *info);

char       *sc_backup_daily_name     (GDateTime            *date);
GDateTime  *sc_backup_parse_daily_name (const char         *basename);

gboolean    sc_backup_save           (const char           *db_path,
                                      const char           *dest_path,
                                      GError              **error);
gboolean    sc_backup_restore        (const char           *backup_path,
                                      const char           *data_dir,
                                      GDateTime            *now,
                                      char                **out_kept_path,
                                      GError              **error);
GPtrArray  *sc_backup_list           (const char           *data_dir,
                                      gboolean              verify,
                                      GError              **error);
void        sc_backup_list_async     (const char           *data_dir,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
GPtrArray  *sc_backup_list_finish    (GAsyncResult         *result,
                                      GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScBackupInfo, sc_backup_info_free)

G_END_DECLS
