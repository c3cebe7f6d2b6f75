/* sc-sandbox-matrix.c - setting a product option and regenerating its variant matrix
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The new matrix is every combination of the new options' values, the
 * first option varying slowest, as Shopify's admin lists them. Each old
 * variant is matched to its combination in the new options (a value is
 * matched in any case and takes the new spelling; an option new to the
 * product gives the old variants its first value); the first old variant
 * of each combination keeps its row and every field, the rest are
 * removed, and combinations no variant had are new rows made from the
 * product's first variant. Option rows keep their places: an option's
 * row takes the name and values of the option now at its position, so
 * removing one never moves rows.
 *
 * Variant positions are unique in a product, so the old variants are
 * first moved out of the way (their positions raised by PARK) and then
 * given their final ones; the changeset records only where each row
 * started and ended.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sc-error.h"
#include "sc-json.h"
#include "sc-run-private.h"
#include "sc-sandbox-action-private.h"
#include "sc-sandbox-matrix-private.h"

/* Longer names and values are pasted by mistake (Shopify's limit). */
#define TEXT_LIMIT 255

/* Far above any real position; see the comment at the top. */
#define PARK 1000000000

const char * const sc_sandbox_matrix_tables[] = {
  "sandbox_products", "sandbox_options", "sandbox_variants", "sandbox_extras", NULL
};

typedef struct
{
  gint64     id;      /* its row, or 0 for a new option */
  char      *name;
  GPtrArray *values;  /* (element-type utf8) */
  GPtrArray *folded;  /* (element-type utf8) the values case-folded, made when needed */
  char      *json;    /* the values as stored */
} Option;

typedef struct
{
  gint64  id;
  char   *values[SC_CATALOG_MAX_OPTIONS];
  int     cell;       /* its place in the new matrix, or -1: removed */
} Variant;

typedef struct
{
  guint    value[SC_CATALOG_MAX_OPTIONS];  /* an index into each new option's values */
  Variant *kept;                           /* NULL: a new variant */
} MatrixCell;

static void
option_free (Option *self)
{
  g_free (self->name);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->folded, g_ptr_array_unref);
  g_free (self->json);
  g_free (self);
}

static void
variant_free (Variant *self)
{
  for (guint i = 0; i < SC_CATALOG_MAX_OPTIONS; i++)
    g_free (self->values[i]);
  g_free (self);
}

void
sc_sandbox_option_change_free (ScSandboxOptionChange *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_free (self->before);
  g_free (self->after);
  g_clear_pointer (&self->old_options, g_ptr_array_unref);
  g_clear_pointer (&self->new_options, g_ptr_array_unref);
  g_clear_pointer (&self->source, g_array_unref);
  g_clear_pointer (&self->old_variants, g_ptr_array_unref);
  g_clear_pointer (&self->matrix, g_ptr_array_unref);
  g_free (self);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return strcmp (fa, fb) == 0;
}

static char *
check_text (const char  *text,
            const char  *what,
            GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (!g_utf8_validate (clean, -1, NULL) || g_utf8_strlen (clean, -1) > TEXT_LIMIT ||
      strpbrk (clean, "\n\r\t") != NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The option %s “%.40s…” is too long or spans lines; keep it to one line of at most "
                     "%d characters."), what, clean, TEXT_LIMIT);
      return NULL;
    }

  return g_steal_pointer (&clean);
}

/**
 * sc_sandbox_option_change_new:
 *
 * Returns: (transfer full) (nullable): the change, or %NULL with an
 *   %SC_ERROR_INVALID_INPUT error saying what to fix
 */
ScSandboxOptionChange *
sc_sandbox_option_change_new (const ScRun         *run,
                              gint64               product_id,
                              guint                position,
                              const char          *name,
                              const char * const  *values,
                              GError             **error)
{
  g_autoptr(ScSandboxOptionChange) self = g_new0 (ScSandboxOptionChange, 1);

  self->run = run;
  self->product_id = product_id;
  self->position = position;
  self->values = g_ptr_array_new_with_free_func (g_free);

  if (position < 1 || position > SC_CATALOG_MAX_OPTIONS)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Option %u does not exist: a product has options 1 to %d."), position,
                   SC_CATALOG_MAX_OPTIONS);
      return NULL;
    }
  if (name == NULL)
    return g_steal_pointer (&self);

  self->name = check_text (name, _("name"), error);
  if (self->name == NULL)
    return NULL;
  if (*self->name == '\0')
    {
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                           _("An option needs a name, such as Size or Color; to drop the option, remove it."));
      return NULL;
    }

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      char *value = check_text (values[i], _("value"), error);

      if (value == NULL)
        return NULL;
      if (*value == '\0')
        {
          g_free (value);
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("Value %u of the option “%s” is empty; remove it or type the value."), i + 1,
                       self->name);
          return NULL;
        }
      for (guint j = 0; j < self->values->len; j++)
        if (same_text (value, g_ptr_array_index (self->values, j)))
          {
            g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                         _("The option “%s” lists “%s” twice (as value %u and %u); each value must differ, "
                           "whatever its case, so remove one."),
                         self->name, value, j + 1, i + 1);
            g_free (value);
            return NULL;
          }
      g_ptr_array_add (self->values, value);
    }

  if (self->values->len == 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Give the option “%s” at least one value, such as Small."), self->name);
      return NULL;
    }
  if (self->values->len > SC_SANDBOX_MAX_OPTION_VALUES)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The option “%s” has %u values; an option takes at most %d, so split it or drop some."),
                   self->name, self->values->len, SC_SANDBOX_MAX_OPTION_VALUES);
      return NULL;
    }

  return g_steal_pointer (&self);
}

gboolean
sc_sandbox_matrix_check_product (sqlite3      *db,
                                 const ScRun  *run,
                                 gint64        product_id,
                                 GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT 1 FROM sandbox_products WHERE id = ?1 AND run_uuid = ?2 AND learner_id = ?3",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, product_id);
      sqlite3_bind_text (stmt, 2, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, run->learner_id);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    sc_run_set_sqlite_error (error, db);
  else
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("The practice run “%s” has no product %" G_GINT64_FORMAT "; reload the list and try again."),
                 run->name, product_id);

  return FALSE;
}

static char *
values_to_json (GPtrArray *values)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < values->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (values, i));
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/* "Size: Small, Large", as the log shows an option. */
static char *
describe (const Option *option)
{
  GString *text = g_string_new (option->name);

  g_string_append (text, ":");
  for (guint i = 0; i < option->values->len; i++)
    g_string_append_printf (text, "%s %s", i > 0 ? "," : "", (const char *) g_ptr_array_index (option->values, i));

  return g_string_free (text, FALSE);
}

static gboolean
load_options (ScSandboxOptionChange *self,
              sqlite3               *db)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT id, name, option_values FROM sandbox_options WHERE product_id = ?1 "
                           "ORDER BY position", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, self->product_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && self->old_options->len < SC_CATALOG_MAX_OPTIONS)
        {
          Option *option = g_new0 (Option, 1);

          option->id = sqlite3_column_int64 (stmt, 0);
          option->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          option->json = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          option->values = sc_json_dup_strings (option->json);
          g_ptr_array_add (self->old_options, option);
        }
      if (rc == SQLITE_ROW)
        rc = SQLITE_DONE;
    }
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE;
}

static gboolean
load_variants (ScSandboxOptionChange *self,
               sqlite3               *db)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT id, option1, option2, option3 FROM sandbox_variants WHERE product_id = ?1 "
                           "ORDER BY position, id", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, self->product_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          Variant *variant = g_new0 (Variant, 1);

          variant->id = sqlite3_column_int64 (stmt, 0);
          for (guint i = 0; i < SC_CATALOG_MAX_OPTIONS; i++)
            {
              const char *value = (const char *) sqlite3_column_text (stmt, 1 + (int) i);

              variant->values[i] = value != NULL && *value != '\0' ? g_strdup (value) : NULL;
            }
          variant->cell = -1;
          g_ptr_array_add (self->old_variants, variant);
        }
    }
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE;
}

/* The new options, and where each came from. */
static gboolean
plan_options (ScSandboxOptionChange  *self,
              GError                **error)
{
  guint n_old = self->old_options->len;
  guint index = self->position - 1;

  if (self->name == NULL && index >= n_old)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The product has no option %u to remove; it has %u."), self->position, n_old);
      return FALSE;
    }
  if (self->name != NULL && index > n_old)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("Add option %u first: the product has %u options, numbered without gaps."),
                   n_old + 1, n_old);
      return FALSE;
    }

  for (guint i = 0; i < n_old; i++)
    {
      Option *old = g_ptr_array_index (self->old_options, i);

      if (i != index && self->name != NULL && same_text (old->name, self->name))
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       _("The product already has an option named “%s” (option %u); give each option its "
                         "own name."), old->name, i + 1);
          return FALSE;
        }
    }

  for (guint i = 0; i < SC_CATALOG_MAX_OPTIONS; i++)
    {
      Option *option;
      int from;

      if (i == index && self->name != NULL)
        {
          option = g_new0 (Option, 1);
          option->name = g_strdup (self->name);
          option->values = g_ptr_array_ref (self->values);
          from = i < n_old ? (int) i : -1;
        }
      else
        {
          Option *old;

          from = self->name == NULL && i >= index ? (int) i + 1 : (int) i;
          if ((guint) from >= n_old)
            break;
          old = g_ptr_array_index (self->old_options, from);
          option = g_new0 (Option, 1);
          option->name = g_strdup (old->name);
          option->values = g_ptr_array_ref (old->values);
        }
      option->json = values_to_json (option->values);
      g_ptr_array_add (self->new_options, option);
      g_array_append_val (self->source, from);
    }

  if (index < n_old)
    self->before = describe (g_ptr_array_index (self->old_options, index));
  if (self->name != NULL)
    self->after = describe (g_ptr_array_index (self->new_options, index));

  return TRUE;
}

/* The index of @value among @option's values, in any case, or -1. */
static int
find_value (Option     *option,
            const char *value)
{
  g_autofree char *folded = g_utf8_casefold (value, -1);

  if (option->folded == NULL)
    {
      option->folded = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < option->values->len; i++)
        g_ptr_array_add (option->folded, g_utf8_casefold (g_ptr_array_index (option->values, i), -1));
    }
  for (guint i = 0; i < option->folded->len; i++)
    if (strcmp (g_ptr_array_index (option->folded, i), folded) == 0)
      return (int) i;

  return -1;
}

/* The cell of @variant in the new matrix, or -1 when its combination is
 * no longer possible. */
static int
locate (ScSandboxOptionChange *self,
        const Variant         *variant)
{
  int cell = 0;

  for (guint o = 0; o < self->new_options->len; o++)
    {
      Option *option = g_ptr_array_index (self->new_options, o);
      int from = g_array_index (self->source, int, o);
      const char *value = from >= 0 ? variant->values[from] : NULL;
      int index = value != NULL ? find_value (option, value) : 0;

      if (index < 0)
        return -1;
      cell = cell * (int) option->values->len + index;
    }

  return cell;
}

/**
 * sc_sandbox_option_change_plan:
 *
 * Reads the product's options and variants and works out the new
 * matrix; refuses a change that would give the product too many
 * variants or break its options.
 */
gboolean
sc_sandbox_option_change_plan (ScSandboxOptionChange  *self,
                               sqlite3                *db,
                               GError                **error)
{
  guint64 n_cells = 1;

  self->old_options = g_ptr_array_new_with_free_func ((GDestroyNotify) option_free);
  self->new_options = g_ptr_array_new_with_free_func ((GDestroyNotify) option_free);
  self->source = g_array_new (FALSE, FALSE, sizeof (int));
  self->old_variants = g_ptr_array_new_with_free_func ((GDestroyNotify) variant_free);
  self->matrix = g_ptr_array_new_with_free_func (g_free);

  if (!load_options (self, db) || !load_variants (self, db))
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }
  if (!plan_options (self, error))
    return FALSE;

  for (guint o = 0; o < self->new_options->len; o++)
    n_cells *= ((Option *) g_ptr_array_index (self->new_options, o))->values->len;
  if (n_cells > SC_SANDBOX_MAX_VARIANTS)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("These options make %" G_GUINT64_FORMAT " variants; a product can have at most %d, so "
                     "use fewer values."), n_cells, SC_SANDBOX_MAX_VARIANTS);
      return FALSE;
    }

  for (guint c = 0; c < n_cells; c++)
    {
      MatrixCell *cell = g_new0 (MatrixCell, 1);
      guint rest = c;

      for (guint o = self->new_options->len; o > 0; o--)
        {
          guint n = ((Option *) g_ptr_array_index (self->new_options, o - 1))->values->len;

          cell->value[o - 1] = rest % n;
          rest /= n;
        }
      g_ptr_array_add (self->matrix, cell);
    }

  /* The first variant of each combination keeps it. */
  for (guint v = 0; v < self->old_variants->len; v++)
    {
      Variant *variant = g_ptr_array_index (self->old_variants, v);
      int c = locate (self, variant);
      MatrixCell *cell = c >= 0 ? g_ptr_array_index (self->matrix, c) : NULL;

      if (cell != NULL && cell->kept == NULL)
        {
          cell->kept = variant;
          variant->cell = c;
        }
    }

  return TRUE;
}

static const char *
cell_value (ScSandboxOptionChange *self,
            const MatrixCell      *cell,
            guint                  option)
{
  const Option *new_option;

  if (option >= self->new_options->len)
    return NULL;
  new_option = g_ptr_array_index (self->new_options, option);

  return g_ptr_array_index (new_option->values, cell->value[option]);
}

static gboolean
step (sqlite3     *db,
      const char  *sql,
      gint64       a,
      gint64       b,
      GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, a);
      sqlite3_bind_int64 (stmt, 2, b);
    }

  return sc_sandbox_run (stmt, db, error);
}

/* Binds the option values of @cell as ?2, ?3 and ?4 and its position as ?1. */
static void
bind_cell (ScSandboxOptionChange *self,
           sqlite3_stmt          *stmt,
           const MatrixCell      *cell,
           guint                  position)
{
  sqlite3_bind_int64 (stmt, 1, position);
  for (guint o = 0; o < SC_CATALOG_MAX_OPTIONS; o++)
    {
      const char *value = cell_value (self, cell, o);

      if (value != NULL)
        sqlite3_bind_text (stmt, 2 + (int) o, value, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 2 + (int) o);
    }
}

static gboolean
write_variants (ScSandboxOptionChange  *self,
                sqlite3                *db,
                GError                **error)
{
  const Variant *first = self->old_variants->len > 0 ? g_ptr_array_index (self->old_variants, 0) : NULL;

  if (!step (db, "UPDATE sandbox_variants SET position = position + ?2 WHERE product_id = ?1",
             self->product_id, PARK, error))
    return FALSE;

  for (guint c = 0; c < self->matrix->len; c++)
    {
      const MatrixCell *cell = g_ptr_array_index (self->matrix, c);
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (cell->kept != NULL)
        rc = sqlite3_prepare_v2 (db,
                                 "UPDATE sandbox_variants SET position = ?1, option1 = ?2, option2 = ?3, "
                                 "option3 = ?4 WHERE id = ?5", -1, &stmt, NULL);
      else if (first != NULL)
        /* A new combination is priced, weighed and shipped like the
         * first variant, with no SKU, barcode, stock or image. */
        rc = sqlite3_prepare_v2 (db,
                                 "INSERT INTO sandbox_variants (product_id, run_uuid, learner_id, position, "
                                 "option1, option2, option3, price, compare_at, cost, track_quantity, quantity, "
                                 "inventory_policy, weight_grams, weight_unit, requires_shipping, taxable) "
                                 "SELECT product_id, run_uuid, learner_id, ?1, ?2, ?3, ?4, price, compare_at, cost, "
                                 "track_quantity, 0, inventory_policy, weight_grams, weight_unit, "
                                 "requires_shipping, taxable FROM sandbox_variants WHERE id = ?5",
                                 -1, &stmt, NULL);
      else
        rc = sqlite3_prepare_v2 (db,
                                 "INSERT INTO sandbox_variants (product_id, run_uuid, learner_id, position, "
                                 "option1, option2, option3) VALUES (?6, ?7, ?8, ?1, ?2, ?3, ?4)",
                                 -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          bind_cell (self, stmt, cell, c + 1);
          if (cell->kept != NULL)
            sqlite3_bind_int64 (stmt, 5, cell->kept->id);
          else if (first != NULL)
            sqlite3_bind_int64 (stmt, 5, first->id);
          else
            {
              sqlite3_bind_int64 (stmt, 6, self->product_id);
              sqlite3_bind_text (stmt, 7, self->run->uuid, -1, SQLITE_TRANSIENT);
              sqlite3_bind_int64 (stmt, 8, self->run->learner_id);
            }
        }
      if (!sc_sandbox_run (rc == SQLITE_OK ? stmt : NULL, db, error))
        return FALSE;
    }

  /* What no combination keeps goes, with its kept columns. */
  for (guint v = 0; v < self->old_variants->len; v++)
    {
      const Variant *variant = g_ptr_array_index (self->old_variants, v);

      if (variant->cell < 0 &&
          !step (db, "DELETE FROM sandbox_variants WHERE id = ?1 AND ?2 = ?2", variant->id, 0, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_options (ScSandboxOptionChange  *self,
               sqlite3                *db,
               GError                **error)
{
  guint n = MAX (self->old_options->len, self->new_options->len);

  for (guint i = 0; i < n; i++)
    {
      const Option *old = i < self->old_options->len ? g_ptr_array_index (self->old_options, i) : NULL;
      const Option *new = i < self->new_options->len ? g_ptr_array_index (self->new_options, i) : NULL;
      sqlite3_stmt *stmt = NULL;

      if (new == NULL)
        {
          if (!step (db, "DELETE FROM sandbox_options WHERE id = ?1 AND ?2 = ?2", old->id, 0, error))
            return FALSE;
          continue;
        }
      if (old != NULL && g_strcmp0 (old->name, new->name) == 0 && g_strcmp0 (old->json, new->json) == 0)
        continue;

      if (sqlite3_prepare_v2 (db,
                              old != NULL
                              ? "UPDATE sandbox_options SET name = ?2, option_values = ?3 WHERE id = ?1"
                              : "INSERT INTO sandbox_options (product_id, run_uuid, learner_id, position, name, "
                                "option_values) VALUES (?4, ?5, ?6, ?1, ?2, ?3)",
                              -1, &stmt, NULL) == SQLITE_OK)
        {
          sqlite3_bind_int64 (stmt, 1, old != NULL ? old->id : (gint64) i + 1);
          sqlite3_bind_text (stmt, 2, new->name, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, new->json, -1, SQLITE_TRANSIENT);
          if (old == NULL)
            {
              sqlite3_bind_int64 (stmt, 4, self->product_id);
              sqlite3_bind_text (stmt, 5, self->run->uuid, -1, SQLITE_TRANSIENT);
              sqlite3_bind_int64 (stmt, 6, self->run->learner_id);
            }
        }
      if (!sc_sandbox_run (stmt, db, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * sc_sandbox_option_change_apply:
 * @user_data: the planned #ScSandboxOptionChange
 *
 * Writes the planned options and variants; a product with options is
 * variable, one without is simple (grouped and external ones stay).
 */
gboolean
sc_sandbox_option_change_apply (sqlite3   *db,
                                gpointer   user_data,
                                GError   **error)
{
  ScSandboxOptionChange *self = user_data;

  return write_options (self, db, error) &&
         write_variants (self, db, error) &&
         step (db,
               "UPDATE sandbox_products SET kind = CASE WHEN ?2 > 0 THEN 'variable' ELSE 'simple' END "
               "WHERE id = ?1 AND kind IN ('simple', 'variable') "
               "AND kind != CASE WHEN ?2 > 0 THEN 'variable' ELSE 'simple' END",
               self->product_id, self->new_options->len, error);
}
