/* sc-run.h - a learner's practice store in the database
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "sc-catalog.h"
#include "sc-inventory.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* The kinds of action a run's log holds from the start. */
#define SC_RUN_ACTION_CREATE         "create"          /* an empty store, or a scenario's */
#define SC_RUN_ACTION_IMPORT         "import-catalog"  /* a store from a product file */
#define SC_RUN_ACTION_REPLACE        "replace-catalog" /* every product replaced at once */

typedef enum
{
  SC_RUN_STATE_OPEN,
  SC_RUN_STATE_FINISHED,
} ScRunState;

typedef struct
{
  char             *uuid;               /* local identity; never changes */
  gint64            learner_id;         /* the owner */
  char             *name;               /* unique among the owner's runs */
  char             *scenario_id;        /* NULL for a store imported from a file */
  guint64           seed;
  guint             generator_version;
  const ScCurrency *currency;
  ScRunState        state;
  char             *registration;       /* the statements' context.registration */
  char             *source_format;      /* NULL, or one of SC_CATALOG_SOURCE_… */
  char             *created_at;
} ScRun;

#define SC_TYPE_RUN (sc_run_get_type ())

GType       sc_run_get_type             (void) G_GNUC_CONST;
ScRun      *sc_run_copy                 (const ScRun          *self);
void        sc_run_free                 (ScRun                *self);

ScRun      *sc_run_create               (ScDatabase           *database,
                                         gint64                learner_id,
                                         const char           *name,
                                         const char           *scenario_id,
                                         guint64               seed,
                                         guint                 generator_version,
                                         const ScCurrency     *currency,
                                         GError              **error);
ScRun      *sc_run_lookup               (ScDatabase           *database,
                                         gint64                learner_id,
                                         const char           *name_or_uuid,
                                         GError              **error);
GPtrArray  *sc_run_list                 (ScDatabase           *database,
                                         gint64                learner_id,
                                         GError              **error);
char       *sc_run_make_name            (ScDatabase           *database,
                                         gint64                learner_id,
                                         const char           *base,
                                         GError              **error);
gboolean    sc_run_append_action        (sqlite3              *db,
                                         const ScRun          *run,
                                         const char           *kind,
                                         const char           *target,
                                         const char           *before,
                                         const char           *after,
                                         gint64                undo_of,
                                         GBytes               *changeset,
                                         gint64               *out_sequence,
                                         GError              **error);
gint64      sc_run_count_actions        (sqlite3              *db,
                                         const ScRun          *run);

/* The store's catalog (sc-run-store.c) */
ScRun      *sc_run_import_catalog       (ScDatabase           *database,
                                         gint64                learner_id,
                                         const char           *name,
                                         ScCatalog            *catalog,
                                         const char           *source_format,
                                         const char           *source_name,
                                         GError              **error);
void        sc_run_import_catalog_async (ScDatabase           *database,
                                         gint64                learner_id,
                                         const char           *name,
                                         ScCatalog            *catalog,
                                         const char           *source_format,
                                         const char           *source_name,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
ScRun      *sc_run_import_catalog_finish (ScDatabase          *database,
                                         GAsyncResult         *result,
                                         GError              **error);
ScRun      *sc_run_create_with_catalog  (ScDatabase           *database,
                                         gint64                learner_id,
                                         const char           *name,
                                         const char           *scenario_id,
                                         guint64               seed,
                                         guint                 generator_version,
                                         ScCatalog            *catalog,
                                         GError              **error);
ScRun      *sc_run_create_with_shop     (ScDatabase           *database,
                                         gint64                learner_id,
                                         const char           *name,
                                         const char           *scenario_id,
                                         guint64               seed,
                                         guint                 generator_version,
                                         ScCatalog            *catalog,
                                         GPtrArray            *orders,
                                         ScInventory          *stock,
                                         GError              **error);
gboolean    sc_run_save_catalog         (ScDatabase           *database,
                                         const ScRun          *run,
                                         ScCatalog            *catalog,
                                         GError              **error);
ScCatalog  *sc_run_load_catalog         (sqlite3              *db,
                                         const ScRun          *run,
                                         GError              **error);
ScCatalogProduct *sc_run_load_product   (sqlite3              *db,
                                         const ScRun          *run,
                                         gint64                product_id,
                                         GError              **error);

/* The canonical text of the store (sc-run-store.c) */
char       *sc_run_dump                 (sqlite3              *db,
                                         const ScRun          *run,
                                         GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScRun, sc_run_free)

G_END_DECLS
