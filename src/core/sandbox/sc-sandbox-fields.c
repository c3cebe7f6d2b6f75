/* sc-sandbox-fields.c - the fields one edit action changes, and their values
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each field a learner edits: its column, whether it is a product's or a
 * variant's, and how a typed value is checked and stored (and shown in
 * the log). A refused value says what to type instead.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sc-catalog-values.h"
#include "sc-catalog.h"
#include "sc-error.h"
#include "sc-money.h"
#include "sc-run-private.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-fields-private.h"

/* Quantities beyond this are typing mistakes, not stock. */
#define QUANTITY_LIMIT 1000000000

static const ScSandboxField fields[] = {
  { "title",             "title",             FALSE, SC_SANDBOX_FIELD_TEXT },
  { "description",       "description",       FALSE, SC_SANDBOX_FIELD_TEXT },
  { "status",            "status",            FALSE, SC_SANDBOX_FIELD_STATUS },
  { "vendor",            "vendor",            FALSE, SC_SANDBOX_FIELD_TEXT },
  { "product-type",      "product_type",      FALSE, SC_SANDBOX_FIELD_TEXT },
  { "category",          "category",          FALSE, SC_SANDBOX_FIELD_TEXT },
  { "tags",              "tags",              FALSE, SC_SANDBOX_FIELD_TAGS },
  { "seo-title",         "seo_title",         FALSE, SC_SANDBOX_FIELD_TEXT },
  { "seo-description",   "seo_description",   FALSE, SC_SANDBOX_FIELD_TEXT },
  { "handle",            "handle",            FALSE, SC_SANDBOX_FIELD_HANDLE },
  { "sku",               "sku",               TRUE,  SC_SANDBOX_FIELD_TEXT },
  { "barcode",           "barcode",           TRUE,  SC_SANDBOX_FIELD_TEXT },
  { "price",             "price",             TRUE,  SC_SANDBOX_FIELD_MONEY },
  { "compare-at",        "compare_at",        TRUE,  SC_SANDBOX_FIELD_MONEY },
  { "cost",              "cost",              TRUE,  SC_SANDBOX_FIELD_MONEY },
  { "quantity",          "quantity",          TRUE,  SC_SANDBOX_FIELD_COUNT },
  { "track-quantity",    "track_quantity",    TRUE,  SC_SANDBOX_FIELD_FLAG },
  { "inventory-policy",  "inventory_policy",  TRUE,  SC_SANDBOX_FIELD_POLICY },
  { "weight",            "weight_grams",      TRUE,  SC_SANDBOX_FIELD_WEIGHT },
  { "weight-unit",       "weight_unit",       TRUE,  SC_SANDBOX_FIELD_WEIGHT_UNIT },
  { "requires-shipping", "requires_shipping", TRUE,  SC_SANDBOX_FIELD_FLAG },
  { "taxable",           "taxable",           TRUE,  SC_SANDBOX_FIELD_FLAG },
  { "image",             "image_src",         TRUE,  SC_SANDBOX_FIELD_IMAGE },
};

const ScSandboxField *
sc_sandbox_field_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].name, name) == 0)
      return &fields[i];

  return NULL;
}

/**
 * sc_sandbox_field_get_words:
 * @field: the last part of an action's target: a field of
 *   sc_sandbox_edit_product () or sc_sandbox_edit_variant (), or an
 *   image's "alt" or "src"
 *
 * Returns: (nullable): the field in words for a sentence or a column
 *   ("SEO title", "compare-at price"), translated; %NULL for a field of
 *   no edit
 */
const char *
sc_sandbox_field_get_words (const char *field)
{
  static const struct { const char *field; const char *words; } names[] = {
    { "title", N_("title") }, { "description", N_("description") },
    { "status", N_("status") }, { "vendor", N_("vendor") },
    { "product-type", N_("product type") }, { "category", N_("category") },
    { "tags", N_("tags") }, { "seo-title", N_("SEO title") },
    { "seo-description", N_("meta description") }, { "handle", N_("web address") },
    { "sku", N_("SKU") }, { "barcode", N_("barcode") }, { "price", N_("price") },
    { "compare-at", N_("compare-at price") }, { "cost", N_("cost per item") },
    { "quantity", N_("quantity") }, { "track-quantity", N_("stock tracking") },
    { "inventory-policy", N_("selling when out of stock") }, { "weight", N_("weight") },
    { "weight-unit", N_("weight unit") }, { "requires-shipping", N_("shipping") },
    { "taxable", N_("tax") }, { "image", N_("variant image") },
    { "alt", N_("image description") }, { "src", N_("image address") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].field, field) == 0)
      return _(names[i].words);

  return NULL;
}

gboolean
sc_sandbox_field_is_product (const char *field)
{
  const ScSandboxField *found = sc_sandbox_field_lookup (field);

  return found != NULL && !found->variant;
}

gboolean
sc_sandbox_field_is_variant (const char *field)
{
  const ScSandboxField *found = sc_sandbox_field_lookup (field);

  return found != NULL && found->variant;
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

void
sc_sandbox_stored_set_text (ScSandboxStored *stored,
                            char            *text)
{
  g_free (stored->text);
  stored->text = text;
  stored->type = text != NULL ? SQLITE_TEXT : SQLITE_NULL;
}

void
sc_sandbox_stored_set_integer (ScSandboxStored *stored,
                               gint64           integer)
{
  g_clear_pointer (&stored->text, g_free);
  stored->type = SQLITE_INTEGER;
  stored->integer = integer;
}

gboolean
sc_sandbox_stored_equal (const ScSandboxStored *a,
                         const ScSandboxStored *b)
{
  if (a->type != b->type)
    return FALSE;
  if (a->type == SQLITE_INTEGER)
    return a->integer == b->integer;

  return g_strcmp0 (a->text, b->text) == 0;
}

/* A stored value as the log shows it; NULL when not set. */
char *
sc_sandbox_field_show (const ScSandboxField  *field,
                       const ScRun           *run,
                       const ScSandboxRow    *row,
                       const ScSandboxStored *stored)
{
  if (stored->type == SQLITE_NULL)
    return NULL;

  switch (field->kind)
    {
    case SC_SANDBOX_FIELD_MONEY:
      return sc_money_to_string (sc_money_init (stored->integer, run->currency));
    case SC_SANDBOX_FIELD_COUNT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, stored->integer);
    case SC_SANDBOX_FIELD_FLAG:
      return g_strdup (stored->integer != 0 ? "true" : "false");
    case SC_SANDBOX_FIELD_WEIGHT:
      return sc_catalog_weight_from_grams (stored->text, row->unit);
    default:
      return g_strdup (stored->text);
    }
}

/* Another product of the run with @handle: its title (or handle), or
 * NULL when there is none. */
static gboolean
handle_owner (sqlite3      *db,
              const ScRun  *run,
              gint64        product_id,
              const char   *handle,
              char        **out_owner,
              GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  *out_owner = NULL;
  rc = sqlite3_prepare_v2 (db,
                           "SELECT COALESCE (title, handle) FROM sandbox_products "
                           "WHERE run_uuid = ?1 AND handle = ?2 AND id != ?3",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, handle, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, product_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *out_owner = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_handle (sqlite3             *db,
              const ScRun         *run,
              const ScSandboxRow  *row,
              const char          *clean,
              ScSandboxStored     *out,
              GError             **error)
{
  g_autofree char *handle = g_utf8_strdown (clean, -1);
  g_autofree char *owner = NULL;

  if (!sc_catalog_handle_is_valid (handle))
    {
      g_autofree char *suggestion = sc_catalog_slugify (clean);

      if (suggestion != NULL && sc_catalog_handle_is_valid (suggestion))
        g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                     _("“%s” cannot be a URL handle: use letters, digits and single dashes only, "
                       "such as “%s”."), clean, suggestion);
      else
        g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                     _("“%s” cannot be a URL handle: it needs letters or digits, joined by single "
                       "dashes, such as “canvas-tote”."), clean);
      return FALSE;
    }
  if (!handle_owner (db, run, row->product_id, handle, &owner, error))
    return FALSE;
  if (owner != NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The URL handle “%s” is already used by “%s” in this store; each product needs "
                     "its own handle, so choose another."), handle, owner);
      return FALSE;
    }

  sc_sandbox_stored_set_text (out, g_steal_pointer (&handle));

  return TRUE;
}

/* Whether @src is one of the images of the product @product_id. */
static gboolean
is_product_image (sqlite3     *db,
                  gint64       product_id,
                  const char  *src,
                  gboolean    *out_found,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  *out_found = FALSE;
  rc = sqlite3_prepare_v2 (db, "SELECT 1 FROM sandbox_images WHERE product_id = ?1 AND src = ?2",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, product_id);
      sqlite3_bind_text (stmt, 2, src, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      *out_found = rc == SQLITE_ROW;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  return TRUE;
}

/* The new value as the column stores it. */
gboolean
sc_sandbox_field_parse (sqlite3               *db,
                        const ScSandboxField  *field,
                        const ScRun           *run,
                        const ScSandboxRow    *row,
                        const char            *value,
                        ScSandboxStored       *out,
                        GError               **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (value != NULL ? value : ""));
  ScMoney money;
  gint64 integer;
  gboolean flag;
  gboolean found;
  ScWeightUnit unit;
  char *grams;

  out->type = SQLITE_NULL;

  switch (field->kind)
    {
    case SC_SANDBOX_FIELD_TEXT:
      if (value != NULL && *value != '\0')
        sc_sandbox_stored_set_text (out, g_strdup (value));
      return TRUE;

    case SC_SANDBOX_FIELD_STATUS:
      if (g_strcmp0 (clean, "active") != 0 && g_strcmp0 (clean, "draft") != 0 &&
          g_strcmp0 (clean, "archived") != 0)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a product status; choose active, draft or archived."), clean);
          return FALSE;
        }
      sc_sandbox_stored_set_text (out, g_steal_pointer (&clean));
      return TRUE;

    case SC_SANDBOX_FIELD_TAGS:
      sc_sandbox_stored_set_text (out, tags_to_json (value));
      return TRUE;

    case SC_SANDBOX_FIELD_MONEY:
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
      sc_sandbox_stored_set_integer (out, money.minor);
      return TRUE;

    case SC_SANDBOX_FIELD_COUNT:
      if (!g_ascii_string_to_signed (clean, 10, -QUANTITY_LIMIT, QUANTITY_LIMIT, &integer, NULL))
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a quantity; enter a whole number such as 12 (or -3 when oversold)."),
                       clean);
          return FALSE;
        }
      sc_sandbox_stored_set_integer (out, integer);
      return TRUE;

    case SC_SANDBOX_FIELD_HANDLE:
      return parse_handle (db, run, row, clean, out, error);

    case SC_SANDBOX_FIELD_FLAG:
      if (!sc_catalog_parse_bool (clean, &flag))
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a yes-or-no value for %s; enter true or false."), clean, field->name);
          return FALSE;
        }
      sc_sandbox_stored_set_integer (out, flag ? 1 : 0);
      return TRUE;

    case SC_SANDBOX_FIELD_POLICY:
      if (g_ascii_strcasecmp (clean, "deny") != 0 && g_ascii_strcasecmp (clean, "continue") != 0)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not an inventory policy; enter deny (stop selling at zero stock) or "
                         "continue (keep selling when out of stock)."), clean);
          return FALSE;
        }
      sc_sandbox_stored_set_text (out, g_ascii_strdown (clean, -1));
      return TRUE;

    case SC_SANDBOX_FIELD_WEIGHT:
      if (*clean == '\0')
        return TRUE;
      grams = sc_catalog_weight_to_grams (clean, row->unit);
      if (grams == NULL)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a weight in %s; enter zero or more with a point for decimals, "
                         "such as 1.5."), clean, sc_weight_unit_to_string (row->unit));
          return FALSE;
        }
      sc_sandbox_stored_set_text (out, grams);
      return TRUE;

    case SC_SANDBOX_FIELD_WEIGHT_UNIT:
      if (!sc_weight_unit_from_string (clean, &unit))
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not a weight unit; choose g, kg, lb or oz."), clean);
          return FALSE;
        }
      sc_sandbox_stored_set_text (out, g_strdup (sc_weight_unit_to_string (unit)));
      return TRUE;

    case SC_SANDBOX_FIELD_IMAGE:
      if (*clean == '\0')
        return TRUE;
      if (!is_product_image (db, row->product_id, clean, &found, error))
        return FALSE;
      if (!found)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("“%s” is not one of this product’s images; add it to the product’s media "
                         "first, or leave the variant without an image."), clean);
          return FALSE;
        }
      sc_sandbox_stored_set_text (out, g_steal_pointer (&clean));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

