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
#include <json-glib/json-glib.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-money.h"
#include "sc-run-private.h"
#include "sc-sandbox-action-private.h"

/* Quantities beyond this are typing mistakes, not stock. */
#define QUANTITY_LIMIT 1000000000

typedef enum
{
  FIELD_TEXT,    /* "" is stored as NULL, as the catalog does */
  FIELD_STATUS,  /* active, draft or archived */
  FIELD_TAGS,    /* given as "a, b, c"; stored as a JSON array */
  FIELD_MONEY,   /* given as "12.50" in the run's currency; stored in minor units */
  FIELD_COUNT,   /* a whole number, never empty */
} FieldKind;

typedef struct
{
  const char *name;
  const char *column;
  gboolean    variant;
  FieldKind   kind;
} Field;

static const Field fields[] = {
  { "title",           "title",           FALSE, FIELD_TEXT },
  { "description",     "description",     FALSE, FIELD_TEXT },
  { "status",          "status",          FALSE, FIELD_STATUS },
  { "vendor",          "vendor",          FALSE, FIELD_TEXT },
  { "category",        "category",        FALSE, FIELD_TEXT },
  { "tags",            "tags",            FALSE, FIELD_TAGS },
  { "seo-title",       "seo_title",       FALSE, FIELD_TEXT },
  { "seo-description", "seo_description", FALSE, FIELD_TEXT },
  { "sku",             "sku",             TRUE,  FIELD_TEXT },
  { "barcode",         "barcode",         TRUE,  FIELD_TEXT },
  { "price",           "price",           TRUE,  FIELD_MONEY },
  { "compare-at",      "compare_at",      TRUE,  FIELD_MONEY },
  { "cost",            "cost",            TRUE,  FIELD_MONEY },
  { "quantity",        "quantity",        TRUE,  FIELD_COUNT },
};

static const Field *
lookup_field (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].name, name) == 0)
      return &fields[i];

  return NULL;
}

gboolean
sc_sandbox_field_is_product (const char *field)
{
  const Field *found = lookup_field (field);

  return found != NULL && !found->variant;
}

gboolean
sc_sandbox_field_is_variant (const char *field)
{
  const Field *found = lookup_field (field);

  return found != NULL && found->variant;
}

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

/* "a, b , ,c" as ["a","b","c"]. */
static char *
tags_to_json (const char *value)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) parts = g_strsplit (value != NULL ? value : "", ",", -1);

  json_builder_begin_array (builder);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        json_builder_add_string_value (builder, parts[i]);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/* The new value as the column stores it: text, or an integer; and as
 * the log shows it. */
static gboolean
parse_value (const Field  *field,
             const ScRun  *run,
             const char   *value,
             char        **out_text,
             gboolean     *out_is_integer,
             gint64       *out_integer,
             GError      **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (value != NULL ? value : ""));
  ScMoney money;

  *out_text = NULL;
  *out_is_integer = FALSE;
  *out_integer = 0;

  switch (field->kind)
    {
    case FIELD_TEXT:
      if (value != NULL && *value != '\0')
        *out_text = g_strdup (value);
      return TRUE;

    case FIELD_STATUS:
      if (g_strcmp0 (clean, "active") != 0 && g_strcmp0 (clean, "draft") != 0 &&
          g_strcmp0 (clean, "archived") != 0)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a product status; choose active, draft or archived."), clean);
          return FALSE;
        }
      *out_text = g_steal_pointer (&clean);
      return TRUE;

    case FIELD_TAGS:
      *out_text = tags_to_json (value);
      return TRUE;

    case FIELD_MONEY:
      if (*clean == '\0')
        return TRUE;
      if (!sc_money_parse (clean, run->currency, '.', SC_MONEY_PARSE_DEFAULT, &money, error))
        return FALSE;
      if (money.minor < 0)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("The %s cannot be negative (%s); enter zero or more."), field->name, clean);
          return FALSE;
        }
      *out_is_integer = TRUE;
      *out_integer = money.minor;
      *out_text = sc_money_to_string (money);
      return TRUE;

    case FIELD_COUNT:
      if (!g_ascii_string_to_signed (clean, 10, -QUANTITY_LIMIT, QUANTITY_LIMIT, out_integer, NULL))
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a quantity; enter a whole number such as 12 (or -3 when oversold)."),
                       clean);
          return FALSE;
        }
      *out_is_integer = TRUE;
      *out_text = g_strdup_printf ("%" G_GINT64_FORMAT, *out_integer);
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* The field's current value, as the log shows it; FALSE without an
 * error when the row is not in the run. */
static gboolean
read_before (sqlite3      *db,
             const Field  *field,
             const ScRun  *run,
             gint64        id,
             char        **out_before,
             GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1 AND run_uuid = ?2 AND learner_id = ?3",
                                          field->column,
                                          field->variant ? "sandbox_variants" : "sandbox_products");
  sqlite3_stmt *stmt = NULL;
  int rc;

  *out_before = NULL;
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, run->learner_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        {
          if (field->kind == FIELD_MONEY)
            *out_before = sc_money_to_string (sc_money_init (sqlite3_column_int64 (stmt, 0), run->currency));
          else
            *out_before = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
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

/* Updates the field under a session; the changeset of that one change. */
static gboolean
update_recorded (sqlite3       *db,
                 const Field   *field,
                 const ScRun   *run,
                 gint64         id,
                 const char    *text,
                 gboolean       is_integer,
                 gint64         integer,
                 GBytes       **out_changeset,
                 GError       **error)
{
  const char *table = field->variant ? "sandbox_variants" : "sandbox_products";
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE id = ?2 AND run_uuid = ?3 AND learner_id = ?4",
                                          table, field->column);
  sqlite3_session *session = NULL;
  sqlite3_stmt *stmt = NULL;
  void *data = NULL;
  int size = 0;
  int rc;

  rc = sqlite3session_create (db, "main", &session);
  if (rc == SQLITE_OK)
    rc = sqlite3session_attach (session, table);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      if (is_integer)
        sqlite3_bind_int64 (stmt, 1, integer);
      else if (text != NULL)
        sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 1);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_text (stmt, 3, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, run->learner_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK)
    rc = sqlite3session_changeset (session, &size, &data);
  if (session != NULL)
    sqlite3session_delete (session);

  if (rc != SQLITE_OK)
    {
      sqlite3_free (data);
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  *out_changeset = size > 0 ? g_bytes_new (data, (gsize) size) : NULL;
  sqlite3_free (data);

  return TRUE;
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
  const Field *field = lookup_field (field_name);
  sqlite3 *db = sc_database_get_handle (database);
  g_autofree char *after = NULL;
  g_autofree char *before = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GBytes) changeset = NULL;
  gboolean is_integer;
  gint64 integer;
  gboolean ok;

  if (out_sequence != NULL)
    *out_sequence = 0;

  if (field == NULL || field->variant != variant)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   variant
                   ? _("A variant has no field “%s”; use sku, barcode, price, compare-at, cost or quantity.")
                   : _("A product has no field “%s”; use title, description, status, vendor, category, "
                       "tags, seo-title or seo-description."),
                   field_name);
      return FALSE;
    }
  if (!sc_sandbox_check_owner (run, learner_id, error) ||
      !parse_value (field, run, value, &after, &is_integer, &integer, error))
    return FALSE;

  target = g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%s", variant ? "variant" : "product", id, field->name);

  if (!sc_sandbox_begin (database, error))
    return FALSE;
  ok = read_before (db, field, run, id, &before, error);
  if (ok && g_strcmp0 (before, after) != 0)
    ok = update_recorded (db, field, run, id, after != NULL && !is_integer ? after : NULL,
                          is_integer, integer, &changeset, error);
  /* The same value again changes nothing, and logs nothing. */
  if (ok && changeset != NULL)
    ok = sc_run_append_action (db, run,
                               variant ? SC_SANDBOX_ACTION_EDIT_VARIANT : SC_SANDBOX_ACTION_EDIT_PRODUCT,
                               target, before, after, 0, changeset, out_sequence, error);

  return sc_sandbox_end (database, ok, error);
}

/**
 * sc_sandbox_edit_product:
 * @learner_id: who makes the change: the run's owner
 * @product_id: the product's row in the run
 * @field: title, description, status, vendor, category, tags (a
 *   comma-separated list), seo-title or seo-description
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
 *   in the run's currency; "" clears them) or quantity
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
