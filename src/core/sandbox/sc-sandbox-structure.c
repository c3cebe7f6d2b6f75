/* sc-sandbox-structure.c - images and options of a practice product, as logged actions
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like an edit, each call is one transaction that changes the store and
 * appends one action with the session changeset of exactly that change.
 * An image's source is what variants point at, so changing it carries
 * the variants that showed it along. Setting an option regenerates the
 * product's variant matrix in the same action (sc-sandbox-matrix.c).
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-run-private.h"
#include "sc-sandbox-action-private.h"
#include "sc-sandbox-matrix-private.h"

/* Longer sources are pasted by mistake, not references. */
#define SRC_LIMIT 2048

static const char * const image_tables[] = { "sandbox_images", "sandbox_variants", NULL };

/* @src as an image source: trimmed, not empty, one line. */
static char *
check_src (const char  *src,
           GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (src != NULL ? src : ""));

  if (*clean == '\0')
    {
      g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                           _("An image needs a source: a file such as media/tote.jpg or a web address."));
      return NULL;
    }
  if (strlen (clean) > SRC_LIMIT || strpbrk (clean, "\n\r\t") != NULL || !g_utf8_validate (clean, -1, NULL))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("“%.40s…” is not an image source; enter one file path or web address on one line."),
                   clean);
      return NULL;
    }

  return g_steal_pointer (&clean);
}

/* Whether another image of @product_id (not @image_id) has @src. */
static gboolean
src_taken (sqlite3     *db,
           gint64       product_id,
           gint64       image_id,
           const char  *src,
           gboolean    *out_taken,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  *out_taken = FALSE;
  rc = sqlite3_prepare_v2 (db, "SELECT 1 FROM sandbox_images WHERE product_id = ?1 AND src = ?2 AND id != ?3",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, product_id);
      sqlite3_bind_text (stmt, 2, src, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, image_id);
      rc = sqlite3_step (stmt);
      *out_taken = rc == SQLITE_ROW;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }
  if (*out_taken)
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("The product already has the image “%s”; edit that image instead of adding it twice."),
                 src);

  return !*out_taken;
}

typedef struct
{
  const ScRun *run;
  gint64       id;          /* the image, or the product an image is added to */
  gint64       product_id;
  gboolean     src;         /* which field an edit changes */
  const char  *old_src;
  const char  *value;       /* NULL clears the alt text */
  const char  *alt;
} ImageChange;

static gboolean
change_image (sqlite3   *db,
              gpointer   user_data,
              GError   **error)
{
  const ImageChange *change = user_data;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db,
                          change->src
                          ? "UPDATE sandbox_images SET src = ?1 WHERE id = ?2"
                          : "UPDATE sandbox_images SET alt = ?1 WHERE id = ?2",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, change->value, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, change->id);
    }
  if (!sc_sandbox_run (stmt, db, error))
    return FALSE;
  if (!change->src)
    return TRUE;

  /* The variants that showed the image keep showing it. */
  stmt = NULL;
  if (sqlite3_prepare_v2 (db, "UPDATE sandbox_variants SET image_src = ?1 WHERE product_id = ?2 AND image_src = ?3",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, change->value, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, change->product_id);
      sqlite3_bind_text (stmt, 3, change->old_src, -1, SQLITE_TRANSIENT);
    }

  return sc_sandbox_run (stmt, db, error);
}

static gboolean
insert_image (sqlite3   *db,
              gpointer   user_data,
              GError   **error)
{
  const ImageChange *change = user_data;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db,
                          "INSERT INTO sandbox_images (product_id, run_uuid, learner_id, position, src, alt) "
                          "VALUES (?1, ?2, ?3, (SELECT COALESCE (MAX (position), 0) + 1 FROM sandbox_images "
                          "WHERE product_id = ?1), ?4, ?5)",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, change->product_id);
      sqlite3_bind_text (stmt, 2, change->run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, change->run->learner_id);
      sqlite3_bind_text (stmt, 4, change->value, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, change->alt, -1, SQLITE_TRANSIENT);
    }

  return sc_sandbox_run (stmt, db, error);
}

/* The image's product, source and alt text; an error naming the run
 * when it has no such image. */
static gboolean
read_image (sqlite3      *db,
            const ScRun  *run,
            gint64        image_id,
            gint64       *out_product_id,
            char        **out_src,
            char        **out_alt,
            GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT product_id, src, alt FROM sandbox_images "
                           "WHERE id = ?1 AND run_uuid = ?2 AND learner_id = ?3",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, image_id);
      sqlite3_bind_text (stmt, 2, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, run->learner_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          const char *alt = (const char *) sqlite3_column_text (stmt, 2);

          *out_product_id = sqlite3_column_int64 (stmt, 0);
          *out_src = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          *out_alt = alt != NULL && *alt != '\0' ? g_strdup (alt) : NULL;
        }
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    sc_run_set_sqlite_error (error, db);
  else
    g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                 _("The practice run “%s” has no image %" G_GINT64_FORMAT "; reload the product and try again."),
                 run->name, image_id);

  return FALSE;
}

/**
 * sc_sandbox_edit_image:
 * @image_id: the image's row in the run
 * @field: "alt" (%NULL or "" clears it) or "src" (a local path or a
 *   remote URL, kept as a reference; the variants showing the image
 *   follow it)
 * @out_sequence: (out) (optional): the action's place in the log, or 0
 *   when @value is what the image already has
 *
 * Changes one field of a product image as one action.
 */
gboolean
sc_sandbox_edit_image (ScDatabase   *database,
                       const ScRun  *run,
                       gint64        learner_id,
                       gint64        image_id,
                       const char   *field,
                       const char   *value,
                       gint64       *out_sequence,
                       GError      **error)
{
  sqlite3 *db;
  g_autofree char *clean = NULL;
  g_autofree char *old_src = NULL;
  g_autofree char *old_alt = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GBytes) changeset = NULL;
  ImageChange change = { 0 };
  gboolean is_src;
  gboolean taken;
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  db = sc_database_get_handle (database);
  if (out_sequence != NULL)
    *out_sequence = 0;
  is_src = g_strcmp0 (field, "src") == 0;
  if (!is_src && g_strcmp0 (field, "alt") != 0)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("An image has no field “%s”; use alt or src."), field);
      return FALSE;
    }
  if (!sc_sandbox_check_owner (run, learner_id, error))
    return FALSE;
  if (is_src)
    {
      clean = check_src (value, error);
      if (clean == NULL)
        return FALSE;
    }
  else if (value != NULL && *value != '\0')
    clean = g_strdup (value);

  if (!sc_sandbox_begin (database, error))
    return FALSE;
  ok = read_image (db, run, image_id, &change.product_id, &old_src, &old_alt, error) &&
       (!is_src || src_taken (db, change.product_id, image_id, clean, &taken, error));
  if (ok && g_strcmp0 (is_src ? old_src : old_alt, clean) != 0)
    {
      change.run = run;
      change.id = image_id;
      change.src = is_src;
      change.old_src = old_src;
      change.value = clean;
      ok = sc_sandbox_record (db, image_tables, change_image, &change, &changeset, error);
    }
  if (ok && changeset != NULL)
    {
      target = g_strdup_printf ("image:%" G_GINT64_FORMAT ":%s", image_id, is_src ? "src" : "alt");
      ok = sc_run_append_action (db, run, SC_SANDBOX_ACTION_EDIT_IMAGE, target, is_src ? old_src : old_alt,
                                 clean, 0, changeset, out_sequence, error);
    }

  return sc_sandbox_end (database, ok, error);
}

/**
 * sc_sandbox_add_image:
 * @product_id: the product's row in the run
 * @src: a local path or a remote URL, kept as a reference
 * @alt: (nullable): its alt text
 * @out_sequence: (out) (optional): the action's place in the log
 *
 * Appends an image to a product's media, after its last image, as one
 * action.
 */
gboolean
sc_sandbox_add_image (ScDatabase   *database,
                      const ScRun  *run,
                      gint64        learner_id,
                      gint64        product_id,
                      const char   *src,
                      const char   *alt,
                      gint64       *out_sequence,
                      GError      **error)
{
  sqlite3 *db;
  g_autofree char *clean = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GBytes) changeset = NULL;
  ImageChange change = { 0 };
  gboolean taken;
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);

  db = sc_database_get_handle (database);
  if (out_sequence != NULL)
    *out_sequence = 0;
  if (!sc_sandbox_check_owner (run, learner_id, error) ||
      (clean = check_src (src, error)) == NULL)
    return FALSE;

  if (!sc_sandbox_begin (database, error))
    return FALSE;
  ok = sc_sandbox_matrix_check_product (db, run, product_id, error) &&
       src_taken (db, product_id, 0, clean, &taken, error);
  if (ok)
    {
      change.run = run;
      change.product_id = product_id;
      change.value = clean;
      change.alt = alt != NULL && *alt != '\0' ? alt : NULL;
      ok = sc_sandbox_record (db, image_tables, insert_image, &change, &changeset, error);
    }
  if (ok)
    {
      target = g_strdup_printf ("product:%" G_GINT64_FORMAT ":images", product_id);
      ok = sc_run_append_action (db, run, SC_SANDBOX_ACTION_ADD_IMAGE, target, NULL, clean, 0, changeset,
                                 out_sequence, error);
    }

  return sc_sandbox_end (database, ok, error);
}

/**
 * sc_sandbox_set_option:
 * @position: 1 to %SC_CATALOG_MAX_OPTIONS: an existing option, or the
 *   one after the last to add one
 * @name: (nullable): the option's name; %NULL removes the option, and
 *   the options after it move up
 * @values: (array zero-terminated=1) (nullable): its values, in order:
 *   at least one, at most %SC_SANDBOX_MAX_OPTION_VALUES, none twice (in
 *   any case)
 * @out_sequence: (out) (optional): the action's place in the log, or 0
 *   when the option already is so
 *
 * Sets one option of a product and regenerates its variant matrix, in
 * matrix order (the first option varies slowest): variants whose
 * combination remains keep every field, new combinations get the first
 * variant's price, compare-at price, cost, weight, shipping, tax and
 * inventory settings (no SKU or barcode, quantity 0), and combinations
 * no longer possible are removed. A new option's first value goes to the
 * existing variants. One action.
 */
gboolean
sc_sandbox_set_option (ScDatabase          *database,
                       const ScRun         *run,
                       gint64               learner_id,
                       gint64               product_id,
                       guint                position,
                       const char          *name,
                       const char * const  *values,
                       gint64              *out_sequence,
                       GError             **error)
{
  g_autoptr(ScSandboxOptionChange) change = NULL;
  g_autoptr(GBytes) changeset = NULL;
  g_autofree char *target = NULL;
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (run != NULL, FALSE);

  db = sc_database_get_handle (database);
  if (out_sequence != NULL)
    *out_sequence = 0;
  if (!sc_sandbox_check_owner (run, learner_id, error))
    return FALSE;
  change = sc_sandbox_option_change_new (run, product_id, position, name, values, error);
  if (change == NULL)
    return FALSE;

  if (!sc_sandbox_begin (database, error))
    return FALSE;
  ok = sc_sandbox_matrix_check_product (db, run, product_id, error) &&
       sc_sandbox_option_change_plan (change, db, error) &&
       sc_sandbox_record (db, sc_sandbox_matrix_tables, sc_sandbox_option_change_apply, change,
                          &changeset, error);
  if (ok && changeset != NULL)
    {
      target = g_strdup_printf ("product:%" G_GINT64_FORMAT ":option-%u", product_id, position);
      ok = sc_run_append_action (db, run, SC_SANDBOX_ACTION_SET_OPTION, target, change->before, change->after,
                                 0, changeset, out_sequence, error);
    }

  return sc_sandbox_end (database, ok, error);
}
