/* test-sandbox-util.h - a small practice store for the sandbox action and check tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "sc-database.h"
#include "sc-run.h"

/* One product, "tote" (a draft), with a Size option, an image and two
 * variants priced 12.00 and no SKUs, barcodes or costs;
 * returns the product's id, the variants' in @out_variants[2]. */
G_GNUC_UNUSED static gint64
test_sandbox_add_tote (ScDatabase  *database,
                       const ScRun *run,
                       gint64      *out_variants)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = sc_database_get_handle (database);
  gint64 product;

  sql = g_strdup_printf ("INSERT INTO sandbox_products (run_uuid, learner_id, position, handle, title, "
                         "description, status) VALUES ('%s', %" G_GINT64_FORMAT ", 1, 'tote', "
                         "'Canvas tote', '<p>A tote.</p>', 'draft')",
                         run->uuid, run->learner_id);
  g_assert_true (sc_database_exec (database, sql, &error));
  g_assert_no_error (error);
  product = sqlite3_last_insert_rowid (db);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("INSERT INTO sandbox_options (product_id, run_uuid, learner_id, position, name, "
                         "option_values) VALUES (%" G_GINT64_FORMAT ", '%s', %" G_GINT64_FORMAT ", 1, 'Size', "
                         "'[\"Small\",\"Large\"]');"
                         "INSERT INTO sandbox_images (product_id, run_uuid, learner_id, position, src, alt) "
                         "VALUES (%" G_GINT64_FORMAT ", '%s', %" G_GINT64_FORMAT ", 1, 'media/tote.jpg', "
                         "'A canvas tote')",
                         product, run->uuid, run->learner_id, product, run->uuid, run->learner_id);
  g_assert_true (sc_database_exec (database, sql, &error));
  g_assert_no_error (error);

  for (int i = 0; i < 2; i++)
    {
      g_autofree char *variant = NULL;

      variant = g_strdup_printf ("INSERT INTO sandbox_variants (product_id, run_uuid, learner_id, position, "
                                 "option1, price) VALUES (%" G_GINT64_FORMAT ", '%s', %" G_GINT64_FORMAT
                                 ", %d, '%s', 1200)",
                                 product, run->uuid, run->learner_id, i + 1, i == 0 ? "Small" : "Large");
      g_assert_true (sc_database_exec (database, variant, &error));
      g_assert_no_error (error);
      out_variants[i] = sqlite3_last_insert_rowid (db);
    }

  return product;
}

/* One column of one row, as text ("NULL" when not set). */
G_GNUC_UNUSED static char *
test_sandbox_value (ScDatabase *database,
                    const char *table,
                    const char *column,
                    gint64      id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = %" G_GINT64_FORMAT, column, table, id);
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (sc_database_get_handle (database), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup (sqlite3_column_type (stmt, 0) == SQLITE_NULL
                    ? "NULL" : (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

/* Every row of @sql, columns joined by "|", one row a line. */
G_GNUC_UNUSED static char *
test_sandbox_dump (sqlite3    *db,
                   const char *sql)
{
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (dump, "%s%s", i > 0 ? "|" : "", text != NULL ? text : "NULL");
        }
      g_string_append_c (dump, '\n');
    }
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);

  return g_string_free (dump, FALSE);
}
