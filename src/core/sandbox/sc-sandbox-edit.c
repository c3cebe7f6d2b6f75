/* sc-sandbox-edit.c - one field of a product or variant changed, as one logged action
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The change and its action are written in one transaction; SQLite's
 * session extension records the change as a changeset that undo inverts.
 * The session is attached to the one table changed, so the changeset
 * holds exactly that row's field and nothing of the log.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-run-private.h"
#include "sc-sandbox-action-private.h"
#include "sc-sandbox-fields-private.h"

gboolean
sc_sandbox_check_owner (const ScRun  *run,
                        gint64        learner_id,
                        GError      **error)
{
  if (run->learner_id != learner_id)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The practice run “%s” belongs to another learner; open one of your own runs."),
                   run->name);
      return FALSE;
    }
  if (run->state == SC_RUN_STATE_FINISHED)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The practice run “%s” is finished and cannot change; start it over to practise again."),
                   run->name);
      return FALSE;
    }

  return TRUE;
}

gboolean
sc_sandbox_begin (ScDatabase  *database,
                  GError     **error)
{
  return sc_database_exec (database, "BEGIN IMMEDIATE", error);
}

gboolean
sc_sandbox_end (ScDatabase  *database,
                gboolean     ok,
                GError     **error)
{
  if (ok)
    return sc_database_exec (database, "COMMIT", error);

  sqlite3_exec (sc_database_get_handle (database), "ROLLBACK", NULL, NULL, NULL);

  return FALSE;
}

/* The row's current value of the field, its product and weight unit;
 * FALSE with SC_ERROR_INVALID_INPUT when the row is not in the run. */
static gboolean
read_row (sqlite3               *db,
          const ScSandboxField  *field,
          const ScRun           *run,
          gint64                 id,
          ScSandboxRow          *out_row,
          GError               **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  sql = field->variant
        ? g_strdup_printf ("SELECT %s, product_id, weight_unit FROM sandbox_variants "
                           "WHERE id = ?1 AND run_uuid = ?2 AND learner_id = ?3", field->column)
        : g_strdup_printf ("SELECT %s, id, 'g' FROM sandbox_products "
                           "WHERE id = ?1 AND run_uuid = ?2 AND learner_id = ?3", field->column);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, run->learner_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          int type = sqlite3_column_type (stmt, 0);

          if (type == SQLITE_INTEGER)
            sc_sandbox_stored_set_integer (&out_row->before, sqlite3_column_int64 (stmt, 0));
          else if (type != SQLITE_NULL)
            sc_sandbox_stored_set_text (&out_row->before, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
          out_row->product_id = sqlite3_column_int64 (stmt, 1);
          if (!sc_weight_unit_from_string ((const char *) sqlite3_column_text (stmt, 2), &out_row->unit))
            out_row->unit = SC_WEIGHT_UNIT_G;
        }
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    sc_run_set_sqlite_error (error, db);
  else
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 field->variant
                 ? _("The practice run “%s” has no variant %" G_GINT64_FORMAT "; reload the product and try again.")
                 : _("The practice run “%s” has no product %" G_GINT64_FORMAT "; reload the list and try again."),
                 run->name, id);

  return FALSE;
}

typedef struct
{
  const ScSandboxField  *field;
  const ScRun  *run;
  gint64        id;
  const ScSandboxStored *value;
} Update;

static gboolean
update_row (sqlite3   *db,
            gpointer   user_data,
            GError   **error)
{
  const Update *update = user_data;
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE id = ?2 AND run_uuid = ?3 AND learner_id = ?4",
                                          update->field->variant ? "sandbox_variants" : "sandbox_products",
                                          update->field->column);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      if (update->value->type == SQLITE_INTEGER)
        sqlite3_bind_int64 (stmt, 1, update->value->integer);
      else if (update->value->type == SQLITE_TEXT)
        sqlite3_bind_text (stmt, 1, update->value->text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 1);
      sqlite3_bind_int64 (stmt, 2, update->id);
      sqlite3_bind_text (stmt, 3, update->run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, update->run->learner_id);
    }

  return sc_sandbox_run (stmt, db, error);
}

static gboolean
edit_row (ScDatabase   *database,
          const ScRun  *run,
          gint64        learner_id,
          gboolean      variant,
          gint64        id,
          const char   *field_name,
          const char   *value,
          gint64       *out_sequence,
          GError      **error)
{
  const ScSandboxField *field = sc_sandbox_field_lookup (field_name);
  sqlite3 *db = sc_database_get_handle (database);
  const char *tables[] = { NULL, NULL };
  g_autofree char *after = NULL;
  g_autofree char *before = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GBytes) changeset = NULL;
  ScSandboxRow row = { { SQLITE_NULL, 0, NULL }, 0, SC_WEIGHT_UNIT_G };
  ScSandboxStored stored = { SQLITE_NULL, 0, NULL };
  Update update;
  gboolean ok;

  if (out_sequence != NULL)
    *out_sequence = 0;

  if (field == NULL || field->variant != variant)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   variant
                   ? _("A variant has no field “%s”; use sku, barcode, price, compare-at, cost, quantity, "
                       "track-quantity, inventory-policy, weight, weight-unit, requires-shipping, taxable "
                       "or image.")
                   : _("A product has no field “%s”; use title, description, status, vendor, product-type, "
                       "category, tags, seo-title, seo-description or handle."),
                   field_name);
      return FALSE;
    }
  if (!sc_sandbox_check_owner (run, learner_id, error))
    return FALSE;

  target = g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%s", variant ? "variant" : "product", id, field->name);
  tables[0] = variant ? "sandbox_variants" : "sandbox_products";
  update = (Update) { field, run, id, &stored };

  if (!sc_sandbox_begin (database, error))
    return FALSE;
  ok = read_row (db, field, run, id, &row, error) &&
       sc_sandbox_field_parse (db, field, run, &row, value, &stored, error);
  /* The same value again changes nothing, and logs nothing. */
  if (ok && !sc_sandbox_stored_equal (&row.before, &stored))
    {
      before = sc_sandbox_field_show (field, run, &row, &row.before);
      after = sc_sandbox_field_show (field, run, &row, &stored);
      ok = sc_sandbox_record (db, tables, update_row, &update, &changeset, error);
    }
  if (ok && changeset != NULL)
    ok = sc_run_append_action (db, run,
                               variant ? SC_SANDBOX_ACTION_EDIT_VARIANT : SC_SANDBOX_ACTION_EDIT_PRODUCT,
                               target, before, after, 0, changeset, out_sequence, error);
  g_free (row.before.text);
  g_free (stored.text);

  return sc_sandbox_end (database, ok, error);
}

/**
 * sc_sandbox_edit_product:
 * @learner_id: who makes the change: the run's owner
 * @product_id: the product's row in the run
 * @field: title, description, status, vendor, product-type, category,
 *   tags (a comma-separated list), seo-title, seo-description or handle
 *   (lower-cased; letters, digits and dashes, unique in the run)
 * @value: (nullable): the new value; %NULL or "" clears a text field
 * @out_sequence: (out) (optional): the action's place in the log, or 0
 *   when @value is what the field already holds (nothing is logged)
 *
 * Commits one field of a product as one action.
 */
gboolean
sc_sandbox_edit_product (ScDatabase   *database,
                         const ScRun  *run,
                         gint64        learner_id,
                         gint64        product_id,
                         const char   *field,
                         const char   *value,
                         gint64       *out_sequence,
                         GError      **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  return edit_row (database, run, learner_id, FALSE, product_id, field, value, out_sequence, error);
}

/**
 * sc_sandbox_edit_variant:
 * @variant_id: the variant's row in the run
 * @field: sku, barcode, price, compare-at, cost (amounts such as "12.50"
 *   in the run's currency; "" clears them), quantity, track-quantity,
 *   requires-shipping, taxable ("true" or "false"), inventory-policy
 *   ("deny" or "continue"), weight (a decimal in the variant's weight
 *   unit, kept as exact grams; "" clears it), weight-unit (g, kg, lb or
 *   oz: the weight stays the same) or image (one of the product's image
 *   sources, or "" for none)
 *
 * Commits one field of a variant as one action, as
 * sc_sandbox_edit_product () does for a product.
 */
gboolean
sc_sandbox_edit_variant (ScDatabase   *database,
                         const ScRun  *run,
                         gint64        learner_id,
                         gint64        variant_id,
                         const char   *field,
                         const char   *value,
                         gint64       *out_sequence,
                         GError      **error)
{
  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  return edit_row (database, run, learner_id, TRUE, variant_id, field, value, out_sequence, error);
}
