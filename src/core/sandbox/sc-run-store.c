/* sc-run-store.c - a run's catalog in the database, and its canonical dump
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing, creating and saving a run's catalog; the stage they go
 * through is written in sc-run-stage.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-run-orders.h"
#include "sc-run-private.h"

static ScRun *
prepare_import (ScDatabase  *database,
                gint64       learner_id,
                const char  *name,
                ScCatalog   *catalog,
                const char  *source_format,
                GError     **error)
{
  ScRun *run;

  if (!sc_run_check_name (sc_database_get_handle (database), learner_id, name, error))
    return NULL;

  run = sc_run_new_record (learner_id, name, sc_catalog_get_currency (catalog));
  run->source_format = g_strdup (source_format);

  return run;
}

/**
 * sc_run_import_catalog:
 * @name: the new run's name, unique among the runs of @learner_id
 * @catalog: the products; not changed
 * @source_format: (nullable): one of the SC_CATALOG_SOURCE_ names
 * @source_name: (nullable): the file, as the log records it
 *
 * Creates a run holding @catalog, with an "import-catalog" action, in
 * one short transaction after staging.
 *
 * Returns: (transfer full) (nullable): the run
 */
ScRun *
sc_run_import_catalog (ScDatabase  *database,
                       gint64       learner_id,
                       const char  *name,
                       ScCatalog   *catalog,
                       const char  *source_format,
                       const char  *source_name,
                       GError     **error)
{
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScDatabaseStage) stage = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (SC_IS_CATALOG (catalog), NULL);

  run = prepare_import (database, learner_id, name, catalog, source_format, error);
  if (run == NULL)
    return NULL;

  stage = sc_database_stage_new (database, sc_run_stage_schema, error);
  if (stage == NULL ||
      !sc_run_fill_stage (stage, run, TRUE, catalog, SC_RUN_ACTION_IMPORT, source_name, error) ||
      !sc_run_finish_stage (stage, database, run, TRUE, error))
    return NULL;

  return g_steal_pointer (&run);
}

/**
 * sc_run_create_with_catalog:
 * @scenario_id: the scenario the store comes from
 * @seed: the scenario generator's seed
 * @generator_version: the generator's version, recorded with the seed
 * @catalog: the generated store; not changed
 *
 * Creates a run holding @catalog, with a "create" action naming the
 * scenario, in one short transaction after staging: a crash leaves
 * either no run or the whole store.
 *
 * Returns: (transfer full) (nullable): the run
 */
ScRun *
sc_run_create_with_catalog (ScDatabase  *database,
                            gint64       learner_id,
                            const char  *name,
                            const char  *scenario_id,
                            guint64      seed,
                            guint        generator_version,
                            ScCatalog   *catalog,
                            GError     **error)
{
  return sc_run_create_with_shop (database, learner_id, name, scenario_id, seed, generator_version,
                                  catalog, NULL, NULL, error);
}

typedef struct
{
  const ScRun *run;
  GPtrArray   *orders;
  ScInventory *stock;
} ShopData;

static gboolean
save_shop_cb (sqlite3   *db,
              gpointer   user_data,
              GError   **error)
{
  ShopData *shop = user_data;

  return sc_run_save_shop (db, shop->run, shop->orders, shop->stock, error);
}

/**
 * sc_run_finish_stage_with_shop:
 * @orders: (nullable) (element-type ScOrder): the run's order queue
 * @stock: (nullable): the run's stock sheet
 *
 * Copies the staged catalog after @first, then writes @orders and
 * @stock in place of the run's, all in one transaction. Without either,
 * the run's orders and stock are left as they are.
 */
gboolean
sc_run_finish_stage_with_shop (ScDatabaseStage  *stage,
                               ScDatabase       *database,
                               const ScRun      *run,
                               const char       *first,
                               GPtrArray        *orders,
                               ScInventory      *stock,
                               GError          **error)
{
  ShopData shop = { run, orders, stock };

  if (orders == NULL && stock == NULL)
    return sc_run_finish_stage_with (stage, database, first, error);

  return sc_run_finish_stage_then (stage, database, first, save_shop_cb, &shop, error);
}

/**
 * sc_run_create_with_shop:
 * @orders: (nullable) (element-type ScOrder): the scenario's order queue,
 *   as sc_scenario_build_shop () made it
 * @stock: (nullable): the scenario's stock sheet
 *
 * Like sc_run_create_with_catalog (), with the store's orders and stock
 * written in the same transaction: a crash leaves no run, or the whole
 * store with its queue and sheet.
 *
 * Returns: (transfer full) (nullable): the run
 */
ScRun *
sc_run_create_with_shop (ScDatabase   *database,
                         gint64        learner_id,
                         const char   *name,
                         const char   *scenario_id,
                         guint64       seed,
                         guint         generator_version,
                         ScCatalog    *catalog,
                         GPtrArray    *orders,
                         ScInventory  *stock,
                         GError      **error)
{
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScDatabaseStage) stage = NULL;
  g_autofree char *first = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (SC_IS_CATALOG (catalog), NULL);

  run = prepare_import (database, learner_id, name, catalog, NULL, error);
  if (run == NULL)
    return NULL;
  run->scenario_id = g_strdup (scenario_id);
  run->seed = seed;
  run->generator_version = generator_version;

  first = sc_run_stage_first_sql (run, TRUE);
  stage = sc_database_stage_new (database, sc_run_stage_schema, error);
  if (stage == NULL ||
      !sc_run_fill_stage (stage, run, TRUE, catalog, SC_RUN_ACTION_CREATE, scenario_id, error) ||
      !sc_run_finish_stage_with_shop (stage, database, run, first, orders, stock, error))
    return NULL;

  return g_steal_pointer (&run);
}

typedef struct
{
  ScDatabaseStage *stage;
  ScRun           *run;
  ScCatalog       *catalog;
  char            *source_name;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->stage);
  sc_run_free (data->run);
  g_clear_object (&data->catalog);
  g_free (data->source_name);
  g_free (data);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (sc_run_fill_stage (data->stage, data->run, TRUE, data->catalog, SC_RUN_ACTION_IMPORT,
                  data->source_name, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * sc_run_import_catalog_async:
 *
 * As sc_run_import_catalog(), with the rows written on a worker thread;
 * @catalog must not change until @callback runs. Call
 * sc_run_import_catalog_finish() from @callback, on the thread that owns
 * @database: it copies the rows in one short transaction.
 */
void
sc_run_import_catalog_async (ScDatabase          *database,
                             gint64               learner_id,
                             const char          *name,
                             ScCatalog           *catalog,
                             const char          *source_format,
                             const char          *source_name,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ImportData *data;

  g_return_if_fail (SC_IS_DATABASE (database));
  g_return_if_fail (SC_IS_CATALOG (catalog));

  task = g_task_new (database, cancellable, callback, user_data);
  g_task_set_source_tag (task, sc_run_import_catalog_async);

  data = g_new0 (ImportData, 1);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  data->catalog = g_object_ref (catalog);
  data->source_name = g_strdup (source_name);
  data->run = prepare_import (database, learner_id, name, catalog, source_format, &error);
  if (data->run != NULL)
    data->stage = sc_database_stage_new (database, sc_run_stage_schema, &error);

  if (data->run == NULL || data->stage == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_run_in_thread (task, import_thread);
}

/**
 * sc_run_import_catalog_finish:
 *
 * Returns: (transfer full) (nullable): the new run
 */
ScRun *
sc_run_import_catalog_finish (ScDatabase    *database,
                              GAsyncResult  *result,
                              GError       **error)
{
  ImportData *data;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (g_task_is_valid (result, database), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  data = g_task_get_task_data (G_TASK (result));
  if (!sc_run_finish_stage (data->stage, database, data->run, TRUE, error))
    return NULL;

  return sc_run_copy (data->run);
}

/**
 * sc_run_save_catalog:
 *
 * Replaces every product of @run with those of @catalog, with a
 * "replace-catalog" action, in one short transaction after staging.
 */
gboolean
sc_run_save_catalog (ScDatabase   *database,
                     const ScRun  *run,
                     ScCatalog    *catalog,
                     GError      **error)
{
  g_autoptr(ScDatabaseStage) stage = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);
  g_return_val_if_fail (SC_IS_CATALOG (catalog), FALSE);

  if (g_strcmp0 (sc_catalog_get_currency (catalog)->code, run->currency->code) != 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The products are priced in %s, but the practice run “%s” is in %s; convert them first."),
                   sc_catalog_get_currency (catalog)->code, run->name, run->currency->code);
      return FALSE;
    }

  stage = sc_database_stage_new (database, sc_run_stage_schema, error);

  return stage != NULL &&
         sc_run_fill_stage (stage, run, FALSE, catalog, SC_RUN_ACTION_REPLACE, NULL, error) &&
         sc_run_finish_stage (stage, database, run, FALSE, error);
}
