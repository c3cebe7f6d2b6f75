/* sc-run-load.c - reading a run's catalog back, and its canonical dump
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Works on any connection to the database, so a worker can read a run
 * on its own reader connection.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>


#include "sc-error.h"
#include "sc-json.h"
#include "sc-run-private.h"

static char *
dup_text (sqlite3_stmt *stmt,
          int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static const char *
peek_text (sqlite3_stmt *stmt,
           int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gboolean
read_money (sqlite3_stmt     *stmt,
            int               column,
            const ScCurrency *currency,
            ScMoney          *money)
{
  *money = sc_money_init (sqlite3_column_int64 (stmt, column), currency);

  return sqlite3_column_type (stmt, column) != SQLITE_NULL;
}

typedef struct
{
  sqlite3     *db;
  const ScRun *run;
  ScCatalog   *catalog;
  GHashTable  *products;  /* id → ScCatalogProduct */
  GHashTable  *variants;  /* id → ScCatalogVariant */
  GHashTable  *images;    /* id → ScCatalogImage */
  gint64       product_id;  /* the one product to load, or 0 for all */
} Loader;

/* Prepares @sql, binding the run and learner as ?1 and ?2 and the one
 * product to load (0: every product) as ?3. For one product the test of
 * ?3 becomes a plain equality: SQLite plans "(?3 = 0 OR id = ?3)" as a
 * scan of the run's rows, tens of milliseconds in a 10,000-product store,
 * where "id = ?3" is one lookup in the product's index. */
static sqlite3_stmt *
query (Loader     *self,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) one = NULL;

  if (self->product_id != 0)
    {
      one = g_string_new (sql);
      g_string_replace (one, "(?3 = 0 OR id = ?3)", "id = ?3", 0);
      g_string_replace (one, "(?3 = 0 OR product_id = ?3)", "product_id = ?3", 0);
      sql = one->str;
    }
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, self->run->uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, self->run->learner_id);
  sqlite3_bind_int64 (stmt, 3, self->product_id);

  return stmt;
}

static gboolean
finish_query (sqlite3_stmt *stmt,
              int           rc)
{
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE;
}

static gpointer
id_key (sqlite3_stmt *stmt,
        int           column)
{
  gint64 id = sqlite3_column_int64 (stmt, column);

  return g_memdup2 (&id, sizeof id);
}

static gpointer
lookup_id (GHashTable   *table,
           sqlite3_stmt *stmt,
           int           column)
{
  gint64 id = sqlite3_column_int64 (stmt, column);

  return g_hash_table_lookup (table, &id);
}

static gboolean
load_products (Loader *self)
{
  sqlite3_stmt *stmt = query (self,
                              "SELECT id, handle, title, description, description_format, vendor, "
                              "product_type, category, tags, status, published, kind, seo_title, "
                              "seo_description FROM sandbox_products "
                              "WHERE run_uuid = ?1 AND learner_id = ?2 AND (?3 = 0 OR id = ?3) "
                              "ORDER BY position, id");
  int rc = SQLITE_ERROR;

  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScCatalogProduct *product = sc_catalog_product_new (peek_text (stmt, 1));
      g_autoptr(GPtrArray) tags = sc_json_dup_strings ((const char *) sqlite3_column_text (stmt, 8));

      product->title = dup_text (stmt, 2);
      product->description = dup_text (stmt, 3);
      sc_description_format_from_string (peek_text (stmt, 4), &product->description_format);
      product->vendor = dup_text (stmt, 5);
      product->product_type = dup_text (stmt, 6);
      product->category = dup_text (stmt, 7);
      g_ptr_array_add (tags, NULL);
      g_strfreev (product->tags);
      product->tags = (GStrv) g_ptr_array_steal (tags, NULL);
      sc_product_status_from_string (peek_text (stmt, 9), &product->status);
      product->published = sqlite3_column_int (stmt, 10) != 0;
      sc_product_kind_from_string (peek_text (stmt, 11), &product->kind);
      product->seo_title = dup_text (stmt, 12);
      product->seo_description = dup_text (stmt, 13);
      product->id = sqlite3_column_int64 (stmt, 0);

      /* Handles are unique in a run (the schema says so), so adding
       * cannot fail here. */
      if (sc_catalog_add_product (self->catalog, product, NULL))
        g_hash_table_insert (self->products, id_key (stmt, 0), product);
    }

  return finish_query (stmt, rc);
}

static ScCatalogProduct *
owner (Loader       *self,
       sqlite3_stmt *stmt,
       int           column)
{
  return lookup_id (self->products, stmt, column);
}

static gboolean
load_options (Loader *self)
{
  sqlite3_stmt *stmt = query (self,
                              "SELECT product_id, name, option_values FROM sandbox_options "
                              "WHERE run_uuid = ?1 AND learner_id = ?2 AND (?3 = 0 OR product_id = ?3) "
                              "ORDER BY product_id, position");
  int rc = SQLITE_ERROR;

  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScCatalogProduct *product = owner (self, stmt, 0);
      ScCatalogOption *option;

      if (product == NULL || product->options->len >= SC_CATALOG_MAX_OPTIONS)
        continue;
      option = sc_catalog_option_new (peek_text (stmt, 1));
      g_ptr_array_unref (option->values);
      option->values = sc_json_dup_strings ((const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (product->options, option);
    }

  return finish_query (stmt, rc);
}

static gboolean
load_variants (Loader *self)
{
  const ScCurrency *currency = self->run->currency;
  sqlite3_stmt *stmt = query (self,
                              "SELECT id, product_id, option1, option2, option3, sku, barcode, price, "
                              "compare_at, cost, track_quantity, quantity, inventory_policy, "
                              "weight_grams, weight_unit, requires_shipping, taxable, image_src "
                              "FROM sandbox_variants WHERE run_uuid = ?1 AND learner_id = ?2 "
                              "AND (?3 = 0 OR product_id = ?3) ORDER BY product_id, position");
  int rc = SQLITE_ERROR;

  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScCatalogProduct *product = owner (self, stmt, 1);
      ScCatalogVariant *variant;

      if (product == NULL)
        continue;
      variant = sc_catalog_variant_new (currency);
      for (guint o = 0; o < SC_CATALOG_MAX_OPTIONS; o++)
        variant->option_values[o] = dup_text (stmt, 2 + (int) o);
      variant->sku = dup_text (stmt, 5);
      variant->barcode = dup_text (stmt, 6);
      variant->has_price = read_money (stmt, 7, currency, &variant->price);
      variant->has_compare_at = read_money (stmt, 8, currency, &variant->compare_at);
      variant->has_cost = read_money (stmt, 9, currency, &variant->cost);
      variant->track_quantity = sqlite3_column_int (stmt, 10) != 0;
      variant->quantity = sqlite3_column_int64 (stmt, 11);
      sc_inventory_policy_from_string (peek_text (stmt, 12), &variant->inventory_policy);
      variant->weight_grams = dup_text (stmt, 13);
      sc_weight_unit_from_string (peek_text (stmt, 14), &variant->weight_unit);
      variant->requires_shipping = sqlite3_column_int (stmt, 15) != 0;
      variant->taxable = sqlite3_column_int (stmt, 16) != 0;
      variant->image_src = dup_text (stmt, 17);
      variant->id = sqlite3_column_int64 (stmt, 0);

      g_ptr_array_add (product->variants, variant);
      g_hash_table_insert (self->variants, id_key (stmt, 0), variant);
    }

  return finish_query (stmt, rc);
}

static gboolean
load_images (Loader *self)
{
  sqlite3_stmt *stmt = query (self,
                              "SELECT id, product_id, src, alt FROM sandbox_images "
                              "WHERE run_uuid = ?1 AND learner_id = ?2 AND (?3 = 0 OR product_id = ?3) "
                              "ORDER BY product_id, position");
  int rc = SQLITE_ERROR;

  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScCatalogProduct *product = owner (self, stmt, 1);
      ScCatalogImage *image;

      if (product == NULL)
        continue;
      image = sc_catalog_image_new (peek_text (stmt, 2), peek_text (stmt, 3));
      image->id = sqlite3_column_int64 (stmt, 0);
      g_ptr_array_add (product->images, image);
      g_hash_table_insert (self->images, id_key (stmt, 0), image);
    }

  return finish_query (stmt, rc);
}

static gboolean
load_extras (Loader *self)
{
  sqlite3_stmt *stmt = query (self,
                              "SELECT product_id, variant_id, image_id, platform, column_name, "
                              "column_index, value FROM sandbox_extras "
                              "WHERE run_uuid = ?1 AND learner_id = ?2 AND (?3 = 0 OR product_id = ?3) "
                              "ORDER BY id");
  int rc = SQLITE_ERROR;

  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScCatalogProduct *product = owner (self, stmt, 0);
      ScCatalogPlatform platform;
      GPtrArray *extras = NULL;

      if (product == NULL || !sc_catalog_platform_from_string (peek_text (stmt, 3), &platform))
        continue;

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        {
          ScCatalogVariant *variant = lookup_id (self->variants, stmt, 1);

          extras = variant != NULL ? variant->extras : NULL;
        }
      else if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        {
          ScCatalogImage *image = lookup_id (self->images, stmt, 2);

          extras = image != NULL ? image->extras : NULL;
        }
      else
        extras = product->extras;

      if (extras != NULL)
        g_ptr_array_add (extras, sc_catalog_extra_new (platform, peek_text (stmt, 4), peek_text (stmt, 6),
                                                       (guint) sqlite3_column_int64 (stmt, 5)));
    }

  return finish_query (stmt, rc);
}

static ScCatalog *
load (sqlite3      *db,
      const ScRun  *run,
      gint64        product_id,
      GError      **error)
{
  g_autoptr(ScCatalog) catalog = NULL;
  Loader self = { 0 };
  gboolean ok;

  catalog = sc_catalog_new (run->currency);
  self.db = db;
  self.run = run;
  self.catalog = catalog;
  self.product_id = product_id;
  self.products = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self.variants = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self.images = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  ok = load_products (&self) && load_options (&self) && load_variants (&self) &&
       load_images (&self) && load_extras (&self);

  g_hash_table_unref (self.products);
  g_hash_table_unref (self.variants);
  g_hash_table_unref (self.images);

  if (!ok)
    {
      sc_run_set_sqlite_error (error, db);
      return NULL;
    }

  return g_steal_pointer (&catalog);
}

/**
 * sc_run_load_catalog:
 * @db: a connection to the database, on the calling thread
 *
 * Every product, variant and image comes with its row id (their `id`
 * fields), which the edit functions take.
 *
 * Returns: (transfer full) (nullable): the products of @run, in their order
 */
ScCatalog *
sc_run_load_catalog (sqlite3      *db,
                     const ScRun  *run,
                     GError      **error)
{
  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (run != NULL, NULL);

  return load (db, run, 0, error);
}

/**
 * sc_run_load_product:
 * @db: a connection to the database, on the calling thread
 * @product_id: the product's row in @run
 *
 * Loads one product of @run with its options, variants, images and kept
 * columns, each with its row id: what an editor reloads after a change
 * without reading the whole store.
 *
 * Returns: (transfer full) (nullable): the product, or %NULL with
 *   %SC_ERROR_FAILED when @run has no such product
 */
ScCatalogProduct *
sc_run_load_product (sqlite3      *db,
                     const ScRun  *run,
                     gint64        product_id,
                     GError      **error)
{
  g_autoptr(ScCatalog) catalog = NULL;
  const ScCatalogProduct *product;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (run != NULL, NULL);
  g_return_val_if_fail (product_id > 0, NULL);

  catalog = load (db, run, product_id, error);
  if (catalog == NULL)
    return NULL;
  if (sc_catalog_get_n_products (catalog) == 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_FAILED,
                   _("The practice store “%s” has no product %" G_GINT64_FORMAT "; it may have been reset."),
                   run->name, product_id);
      return NULL;
    }
  product = sc_catalog_get_product (catalog, 0);

  return sc_catalog_product_copy (product);
}

/**
 * sc_run_dump:
 *
 * Returns: (transfer full) (nullable): the canonical text of the store
 *   of @run: where it comes from (scenario, seed, generator version) and
 *   its catalog, sorted, without what only names the run (its name,
 *   uuid, registration, dates), so equal stores dump equally
 */
char *
sc_run_dump (sqlite3      *db,
             const ScRun  *run,
             GError      **error)
{
  g_autoptr(ScCatalog) catalog = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (run != NULL, NULL);

  catalog = sc_run_load_catalog (db, run, error);
  if (catalog == NULL)
    return NULL;
  body = sc_catalog_dump (catalog);

  return g_strdup_printf ("scenario %s\nseed %" G_GUINT64_FORMAT "\ngenerator-version %u\n%s",
                          run->scenario_id != NULL ? run->scenario_id : "-",
                          run->seed, run->generator_version, body);
}
