/* sc-run-stage.c - writing a run's catalog to a stage, and copying it in
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A catalog goes into a run through a stage (ScDatabaseStage): its rows
 * are written to a scratch file, on a worker thread for the asynchronous
 * import, and copied into the database in one short transaction, with the
 * run's action, so a 50,000-row import never holds the writer for long.
 * Row ids are the stage's own, shifted past the database's largest ids
 * inside that transaction.
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "sc-database-stage.h"
#include "sc-database.h"
#include "sc-run-private.h"

const char sc_run_stage_schema[] =
  "CREATE TABLE runs (uuid, learner_id, name, scenario_id, seed, generator_version, currency,"
  "  state, registration, source_format, created_at);"
  "CREATE TABLE products (id INTEGER PRIMARY KEY, run_uuid, learner_id, position, handle, title,"
  "  description, description_format, vendor, product_type, category, tags, status, published,"
  "  kind, seo_title, seo_description);"
  "CREATE TABLE options (id INTEGER PRIMARY KEY, product_id, run_uuid, learner_id, position, name,"
  "  option_values);"
  "CREATE TABLE variants (id INTEGER PRIMARY KEY, product_id, run_uuid, learner_id, position,"
  "  option1, option2, option3, sku, barcode, price, compare_at, cost, track_quantity, quantity,"
  "  inventory_policy, weight_grams, weight_unit, requires_shipping, taxable, image_src);"
  "CREATE TABLE images (id INTEGER PRIMARY KEY, product_id, run_uuid, learner_id, position, src, alt);"
  "CREATE TABLE extras (id INTEGER PRIMARY KEY, product_id, variant_id, image_id, run_uuid,"
  "  learner_id, platform, column_name, column_index, value);"
  "CREATE TABLE actions (run_uuid, learner_id, registration, time, kind, target, before, after);"
  "CREATE TABLE bases (name TEXT PRIMARY KEY, base INTEGER);";

/* Copies the stage into the database; %s is what comes first: the new
 * run, or the removal of the run's old products. */
static const char finish_sql[] =
  "%s;"
  "INSERT INTO stage.bases VALUES"
  "  ('products', (SELECT COALESCE (MAX (id), 0) FROM main.sandbox_products)),"
  "  ('options', (SELECT COALESCE (MAX (id), 0) FROM main.sandbox_options)),"
  "  ('variants', (SELECT COALESCE (MAX (id), 0) FROM main.sandbox_variants)),"
  "  ('images', (SELECT COALESCE (MAX (id), 0) FROM main.sandbox_images)),"
  "  ('extras', (SELECT COALESCE (MAX (id), 0) FROM main.sandbox_extras));"
  "INSERT INTO main.sandbox_products (id, run_uuid, learner_id, position, handle, title,"
  "  description, description_format, vendor, product_type, category, tags, status, published,"
  "  kind, seo_title, seo_description)"
  "  SELECT id + (SELECT base FROM stage.bases WHERE name = 'products'), run_uuid, learner_id,"
  "    position, handle, title, description, description_format, vendor, product_type, category,"
  "    tags, status, published, kind, seo_title, seo_description FROM stage.products;"
  "INSERT INTO main.sandbox_options (id, product_id, run_uuid, learner_id, position, name,"
  "  option_values)"
  "  SELECT id + (SELECT base FROM stage.bases WHERE name = 'options'),"
  "    product_id + (SELECT base FROM stage.bases WHERE name = 'products'),"
  "    run_uuid, learner_id, position, name, option_values FROM stage.options;"
  "INSERT INTO main.sandbox_variants (id, product_id, run_uuid, learner_id, position, option1,"
  "  option2, option3, sku, barcode, price, compare_at, cost, track_quantity, quantity,"
  "  inventory_policy, weight_grams, weight_unit, requires_shipping, taxable, image_src)"
  "  SELECT id + (SELECT base FROM stage.bases WHERE name = 'variants'),"
  "    product_id + (SELECT base FROM stage.bases WHERE name = 'products'),"
  "    run_uuid, learner_id, position, option1, option2, option3, sku, barcode, price,"
  "    compare_at, cost, track_quantity, quantity, inventory_policy, weight_grams, weight_unit,"
  "    requires_shipping, taxable, image_src FROM stage.variants;"
  "INSERT INTO main.sandbox_images (id, product_id, run_uuid, learner_id, position, src, alt)"
  "  SELECT id + (SELECT base FROM stage.bases WHERE name = 'images'),"
  "    product_id + (SELECT base FROM stage.bases WHERE name = 'products'),"
  "    run_uuid, learner_id, position, src, alt FROM stage.images;"
  "INSERT INTO main.sandbox_extras (id, product_id, variant_id, image_id, run_uuid, learner_id,"
  "  platform, column_name, column_index, value)"
  "  SELECT id + (SELECT base FROM stage.bases WHERE name = 'extras'),"
  "    product_id + (SELECT base FROM stage.bases WHERE name = 'products'),"
  "    variant_id + (SELECT base FROM stage.bases WHERE name = 'variants'),"
  "    image_id + (SELECT base FROM stage.bases WHERE name = 'images'),"
  "    run_uuid, learner_id, platform, column_name, column_index, value FROM stage.extras;"
  "INSERT INTO main.sandbox_actions (run_uuid, sequence, learner_id, registration, time, kind,"
  "  target, before, after)"
  "  SELECT a.run_uuid,"
  "    (SELECT COALESCE (MAX (m.sequence), 0) + 1 FROM main.sandbox_actions m"
  "     WHERE m.run_uuid = a.run_uuid),"
  "    a.learner_id, a.registration, a.time, a.kind, a.target, a.before, a.after"
  "  FROM stage.actions a";

static const char insert_run_sql[] =
  "INSERT INTO main.sandbox_runs (uuid, learner_id, name, scenario_id, seed, generator_version,"
  "  currency, state, registration, source_format, created_at)"
  "  SELECT uuid, learner_id, name, scenario_id, seed, generator_version, currency, state,"
  "    registration, source_format, created_at FROM stage.runs";

/* Writing the stage */

static char *
strings_to_json (const char * const *items,
                 guint               n_items)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < n_items; i++)
    json_builder_add_string_value (builder, items[i]);
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

typedef struct
{
  sqlite3      *db;
  const ScRun  *run;
  sqlite3_stmt *product;
  sqlite3_stmt *option;
  sqlite3_stmt *variant;
  sqlite3_stmt *image;
  sqlite3_stmt *extra;
  gint64        n_products;
  gint64        n_options;
  gint64        n_variants;
  gint64        n_images;
  gint64        n_extras;
} Stager;

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_money (sqlite3_stmt  *stmt,
            int            index,
            gboolean       has_value,
            const ScMoney *money)
{
  if (has_value)
    sqlite3_bind_int64 (stmt, index, money->minor);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
step (Stager       *self,
      sqlite3_stmt *stmt)
{
  gboolean ok = sqlite3_step (stmt) == SQLITE_DONE;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return ok;
}

static void
bind_owner (Stager       *self,
            sqlite3_stmt *stmt,
            int           first)
{
  sqlite3_bind_text (stmt, first, self->run->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, first + 1, self->run->learner_id);
}

static gboolean
stage_extras (Stager    *self,
              GPtrArray *extras,
              gint64     product_id,
              gint64     variant_id,
              gint64     image_id)
{
  for (guint i = 0; i < extras->len; i++)
    {
      const ScCatalogExtra *extra = g_ptr_array_index (extras, i);

      sqlite3_bind_int64 (self->extra, 1, ++self->n_extras);
      sqlite3_bind_int64 (self->extra, 2, product_id);
      if (variant_id > 0)
        sqlite3_bind_int64 (self->extra, 3, variant_id);
      if (image_id > 0)
        sqlite3_bind_int64 (self->extra, 4, image_id);
      bind_owner (self, self->extra, 5);
      sqlite3_bind_text (self->extra, 7, sc_catalog_platform_to_string (extra->platform), -1, SQLITE_STATIC);
      sqlite3_bind_text (self->extra, 8, extra->column, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (self->extra, 9, extra->column_index);
      sqlite3_bind_text (self->extra, 10, extra->value, -1, SQLITE_TRANSIENT);
      if (!step (self, self->extra))
        return FALSE;
    }

  return TRUE;
}

static gboolean
stage_variant (Stager                 *self,
               gint64                  product_id,
               guint                   position,
               const ScCatalogVariant *variant)
{
  sqlite3_stmt *stmt = self->variant;
  gint64 id = ++self->n_variants;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, product_id);
  bind_owner (self, stmt, 3);
  sqlite3_bind_int64 (stmt, 5, position);
  for (guint o = 0; o < SC_CATALOG_MAX_OPTIONS; o++)
    bind_text (stmt, 6 + (int) o, variant->option_values[o]);
  bind_text (stmt, 9, variant->sku);
  bind_text (stmt, 10, variant->barcode);
  bind_money (stmt, 11, variant->has_price, &variant->price);
  bind_money (stmt, 12, variant->has_compare_at, &variant->compare_at);
  bind_money (stmt, 13, variant->has_cost, &variant->cost);
  sqlite3_bind_int (stmt, 14, variant->track_quantity ? 1 : 0);
  sqlite3_bind_int64 (stmt, 15, variant->quantity);
  sqlite3_bind_text (stmt, 16, sc_inventory_policy_to_string (variant->inventory_policy), -1, SQLITE_STATIC);
  bind_text (stmt, 17, variant->weight_grams);
  sqlite3_bind_text (stmt, 18, sc_weight_unit_to_string (variant->weight_unit), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 19, variant->requires_shipping ? 1 : 0);
  sqlite3_bind_int (stmt, 20, variant->taxable ? 1 : 0);
  bind_text (stmt, 21, variant->image_src);

  return step (self, stmt) && stage_extras (self, variant->extras, product_id, id, 0);
}

static gboolean
stage_product (Stager                 *self,
               guint                   position,
               const ScCatalogProduct *product)
{
  sqlite3_stmt *stmt = self->product;
  g_autofree char *tags = strings_to_json ((const char * const *) product->tags,
                                           g_strv_length (product->tags));
  gint64 id = ++self->n_products;

  sqlite3_bind_int64 (stmt, 1, id);
  bind_owner (self, stmt, 2);
  sqlite3_bind_int64 (stmt, 4, position);
  bind_text (stmt, 5, product->handle);
  bind_text (stmt, 6, product->title);
  bind_text (stmt, 7, product->description);
  sqlite3_bind_text (stmt, 8, sc_description_format_to_string (product->description_format), -1, SQLITE_STATIC);
  bind_text (stmt, 9, product->vendor);
  bind_text (stmt, 10, product->product_type);
  bind_text (stmt, 11, product->category);
  bind_text (stmt, 12, tags);
  sqlite3_bind_text (stmt, 13, sc_product_status_to_string (product->status), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 14, product->published ? 1 : 0);
  sqlite3_bind_text (stmt, 15, sc_product_kind_to_string (product->kind), -1, SQLITE_STATIC);
  bind_text (stmt, 16, product->seo_title);
  bind_text (stmt, 17, product->seo_description);
  if (!step (self, stmt) || !stage_extras (self, product->extras, id, 0, 0))
    return FALSE;

  for (guint i = 0; i < product->options->len && i < SC_CATALOG_MAX_OPTIONS; i++)
    {
      const ScCatalogOption *option = g_ptr_array_index (product->options, i);
      g_autofree char *values = strings_to_json ((const char * const *) option->values->pdata,
                                                 option->values->len);

      sqlite3_bind_int64 (self->option, 1, ++self->n_options);
      sqlite3_bind_int64 (self->option, 2, id);
      bind_owner (self, self->option, 3);
      sqlite3_bind_int64 (self->option, 5, i + 1);
      sqlite3_bind_text (self->option, 6, option->name != NULL ? option->name : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (self->option, 7, values, -1, SQLITE_TRANSIENT);
      if (!step (self, self->option))
        return FALSE;
    }

  for (guint i = 0; i < product->images->len; i++)
    {
      const ScCatalogImage *image = g_ptr_array_index (product->images, i);
      gint64 image_id = ++self->n_images;

      sqlite3_bind_int64 (self->image, 1, image_id);
      sqlite3_bind_int64 (self->image, 2, id);
      bind_owner (self, self->image, 3);
      sqlite3_bind_int64 (self->image, 5, i + 1);
      sqlite3_bind_text (self->image, 6, image->src != NULL ? image->src : "", -1, SQLITE_TRANSIENT);
      bind_text (self->image, 7, image->alt);
      if (!step (self, self->image) || !stage_extras (self, image->extras, id, 0, image_id))
        return FALSE;
    }

  for (guint i = 0; i < product->variants->len; i++)
    if (!stage_variant (self, id, i + 1, g_ptr_array_index (product->variants, i)))
      return FALSE;

  return TRUE;
}

/* Fills the stage with @catalog, the run (when @new_run) and the action.
 * Runs on whichever thread opened @db. */
static gboolean
stage_catalog (sqlite3      *db,
               const ScRun  *run,
               gboolean      new_run,
               ScCatalog    *catalog,
               const char   *kind,
               const char   *target,
               GError      **error)
{
  g_autofree char *now = sc_run_now ();
  g_autofree char *after = NULL;
  Stager self = { db, run, NULL };
  sqlite3_stmt *action = NULL;
  gboolean ok;

  after = g_strdup_printf ("products=%u variants=%u images=%u",
                           sc_catalog_get_n_products (catalog),
                           sc_catalog_count_variants (catalog),
                           sc_catalog_count_images (catalog));

  ok = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
       sqlite3_prepare_v2 (db, "INSERT INTO products VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                               "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)", -1, &self.product, NULL) == SQLITE_OK &&
       sqlite3_prepare_v2 (db, "INSERT INTO options VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           -1, &self.option, NULL) == SQLITE_OK &&
       sqlite3_prepare_v2 (db, "INSERT INTO variants VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                               "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
                           -1, &self.variant, NULL) == SQLITE_OK &&
       sqlite3_prepare_v2 (db, "INSERT INTO images VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           -1, &self.image, NULL) == SQLITE_OK &&
       sqlite3_prepare_v2 (db, "INSERT INTO extras VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                           -1, &self.extra, NULL) == SQLITE_OK &&
       sqlite3_prepare_v2 (db, "INSERT INTO actions VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7)",
                           -1, &action, NULL) == SQLITE_OK;

  if (ok && new_run)
    ok = sc_run_insert_record (db, "runs", run, error);

  for (guint i = 0; ok && i < sc_catalog_get_n_products (catalog); i++)
    ok = stage_product (&self, i + 1, sc_catalog_get_product (catalog, i));

  if (ok)
    {
      sqlite3_bind_text (action, 1, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (action, 2, run->learner_id);
      sqlite3_bind_text (action, 3, run->registration, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (action, 4, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (action, 5, kind, -1, SQLITE_STATIC);
      bind_text (action, 6, target);
      sqlite3_bind_text (action, 7, after, -1, SQLITE_TRANSIENT);
      ok = sqlite3_step (action) == SQLITE_DONE;
    }

  ok = ok && sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
  if (!ok && (error == NULL || *error == NULL))
    sc_run_set_sqlite_error (error, db);

  sqlite3_finalize (self.product);
  sqlite3_finalize (self.option);
  sqlite3_finalize (self.variant);
  sqlite3_finalize (self.image);
  sqlite3_finalize (self.extra);
  sqlite3_finalize (action);

  return ok;
}

gboolean
sc_run_fill_stage (ScDatabaseStage  *stage,
                   const ScRun      *run,
                   gboolean          new_run,
                   ScCatalog        *catalog,
                   const char       *kind,
                   const char       *target,
                   GError          **error)
{
  sqlite3 *db = sc_database_stage_open (stage, error);
  gboolean ok;

  if (db == NULL)
    return FALSE;
  ok = stage_catalog (db, run, new_run, catalog, kind, target, error);
  sqlite3_close_v2 (db);

  return ok;
}

/**
 * sc_run_finish_stage_with:
 * @first: SQL run first in the same transaction: what makes room for
 *   the staged rows
 *
 * Copies the stage into the database after @first, in one transaction.
 */
gboolean
sc_run_finish_stage_with (ScDatabaseStage  *stage,
                          ScDatabase       *database,
                          const char       *first,
                          GError          **error)
{
  return sc_run_finish_stage_then (stage, database, first, NULL, NULL, error);
}

/**
 * sc_run_finish_stage_then:
 * @then: (nullable): more writes in the same transaction, after the
 *   catalog: the run's orders and stock
 */
gboolean
sc_run_finish_stage_then (ScDatabaseStage      *stage,
                          ScDatabase           *database,
                          const char           *first,
                          ScDatabaseStageThen   then,
                          gpointer              user_data,
                          GError              **error)
{
  g_autofree char *sql = g_strdup_printf (finish_sql, first);

  return sc_database_stage_finish_then (stage, database, sql, then, user_data, error);
}

/* The SQL that makes room for a run's staged catalog: the run row for a
 * new run, the old products' removal otherwise. */
char *
sc_run_stage_first_sql (const ScRun *run,
                        gboolean     new_run)
{
  char *quoted;
  char *first;

  if (new_run)
    return g_strdup (insert_run_sql);

  quoted = sqlite3_mprintf ("DELETE FROM main.sandbox_products WHERE run_uuid = %Q AND "
                            "learner_id = %lld", run->uuid, (long long) run->learner_id);
  first = g_strdup (quoted);
  sqlite3_free (quoted);
  return first;
}

gboolean
sc_run_finish_stage (ScDatabaseStage  *stage,
                     ScDatabase       *database,
                     const ScRun      *run,
                     gboolean          new_run,
                     GError          **error)
{
  g_autofree char *first = sc_run_stage_first_sql (run, new_run);

  return sc_run_finish_stage_with (stage, database, first, error);
}
