/* crash-sandbox.c - killed while a learner edits a practice store: every acknowledged action survives
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The folder holds one practice run with one product. Write N is one
 * action, as the listing editor makes them: every third write (N mod 3 =
 * 2) undoes the last change, the others set the product's title to
 * "Title N". After any number of writes the store and its log must agree
 * with exactly that many actions: the title, the length of the log and
 * the depth of the undo stack read back from it.
 */
#include "crash-writes.h"
#include "sc-run.h"
#include "sc-sandbox-action.h"

#define RUN_NAME       "Crash run"
#define FIRST_TITLE    "Canvas tote"

void
crash_sandbox_set_up (const char *dir)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open (path, &error);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  run = sc_run_create (database, learner->id, RUN_NAME, NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO sandbox_products (run_uuid, learner_id, position, handle, title) "
                         "VALUES ('%s', %" G_GINT64_FORMAT ", 1, 'tote', '" FIRST_TITLE "')",
                         run->uuid, learner->id);
  g_assert_true (sc_database_exec (database, sql, &error));
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

static gint64
product_id (sqlite3 *db)
{
  return crash_query_int (db, "SELECT id FROM sandbox_products WHERE handle = 'tote'");
}

gboolean
crash_sandbox_write (CrashChild  *child,
                     guint        i,
                     GError     **error)
{
  g_autoptr(ScRun) run = NULL;
  g_autofree char *title = NULL;
  ScDatabase *database;
  ScLearner *learner;

  if ((database = crash_child_database (child, error)) == NULL ||
      (learner = crash_child_learner (child, error)) == NULL)
    return FALSE;
  run = sc_run_lookup (database, learner->id, RUN_NAME, error);
  if (run == NULL)
    return FALSE;

  if (i % 3 == 2)
    return sc_sandbox_undo (database, run, learner->id, NULL, error);

  title = g_strdup_printf ("Title %u", i);

  return sc_sandbox_edit_product (database, run, learner->id, product_id (sc_database_get_handle (database)),
                                  "title", title, NULL, error);
}

/* What @n writes leave: the title, the log's length, the undo depth. */
static char *
sandbox_after (guint n)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (titles, g_strdup (FIRST_TITLE));
  for (guint i = 0; i < n; i++)
    {
      if (i % 3 == 2)
        g_ptr_array_remove_index (titles, titles->len - 1);
      else
        g_ptr_array_add (titles, g_strdup_printf ("Title %u", i));
    }

  return g_strdup_printf ("title: %s\nactions: %u\nundo: %u\n",
                          (const char *) g_ptr_array_index (titles, titles->len - 1),
                          n + 1, titles->len - 1);
}

guint
crash_sandbox_verify (const CrashCheck *check)
{
  g_autoptr(ScDatabase) database = crash_reopen (check->dir);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScSandboxHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *observed = NULL;
  sqlite3 *db = sc_database_get_handle (database);
  guint n;

  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  run = sc_run_lookup (database, learner->id, RUN_NAME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (run);
  history = sc_sandbox_history_load (db, run, learner->id, &error);
  g_assert_no_error (error);

  title = crash_dump (db, "SELECT title FROM sandbox_products WHERE handle = 'tote'");
  g_strchomp (title);
  observed = g_strdup_printf ("title: %s\nactions: %" G_GINT64_FORMAT "\nundo: %u\n",
                              title, sc_run_count_actions (db, run), history->undo->len);

  n = crash_pick_committed (check, "practice store", observed, sandbox_after);
  crash_close (database);

  return n;
}

/* Setting an option: write N (N mod 3 ≠ 2) sets the tote's Size to
 * "S" and "VN", which keeps the S variant with its SKU and adds a VN
 * variant (removing the one the last such write added); every third
 * write undoes the last change, restoring the variant it removed. The
 * option, the variants in order, the log's length and the undo depth
 * must agree with exactly that many writes. */

#define OPTIONS_RUN_NAME "Crash options run"

void
crash_sandbox_options_set_up (const char *dir)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScDatabase) database = sc_database_open (path, &error);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  run = sc_run_create (database, learner->id, OPTIONS_RUN_NAME, NULL, 0, 0, NULL, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("INSERT INTO sandbox_products (id, run_uuid, learner_id, position, handle, title, kind) "
                         "VALUES (1, '%s', %" G_GINT64_FORMAT ", 1, 'tote', '" FIRST_TITLE "', 'variable');"
                         "INSERT INTO sandbox_options (product_id, run_uuid, learner_id, position, name, "
                         "option_values) VALUES (1, '%s', %" G_GINT64_FORMAT ", 1, 'Size', '[\"S\"]');"
                         "INSERT INTO sandbox_variants (product_id, run_uuid, learner_id, position, option1, "
                         "sku, price) VALUES (1, '%s', %" G_GINT64_FORMAT ", 1, 'S', 'TOTE-S', 1200)",
                         run->uuid, learner->id, run->uuid, learner->id, run->uuid, learner->id);
  g_assert_true (sc_database_exec (database, sql, &error));
  g_assert_no_error (error);
  g_assert_true (sc_database_close (database, &error));
  g_assert_no_error (error);
}

gboolean
crash_sandbox_options_write (CrashChild  *child,
                             guint        i,
                             GError     **error)
{
  g_autoptr(ScRun) run = NULL;
  g_autofree char *value = NULL;
  const char *values[3] = { "S", NULL, NULL };
  ScDatabase *database;
  ScLearner *learner;

  if ((database = crash_child_database (child, error)) == NULL ||
      (learner = crash_child_learner (child, error)) == NULL)
    return FALSE;
  run = sc_run_lookup (database, learner->id, OPTIONS_RUN_NAME, error);
  if (run == NULL)
    return FALSE;

  if (i % 3 == 2)
    return sc_sandbox_undo (database, run, learner->id, NULL, error);

  value = g_strdup_printf ("V%u", i);
  values[1] = value;

  return sc_sandbox_set_option (database, run, learner->id, 1, 1, "Size", values, NULL, error);
}

/* What @n writes leave: the option, the variants, the log, the undo depth. */
static char *
options_after (guint n)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_free);
  const char *top;

  g_ptr_array_add (added, NULL);
  for (guint i = 0; i < n; i++)
    {
      if (i % 3 == 2)
        g_ptr_array_remove_index (added, added->len - 1);
      else
        g_ptr_array_add (added, g_strdup_printf ("V%u", i));
    }
  top = g_ptr_array_index (added, added->len - 1);

  if (top == NULL)
    return g_strdup_printf ("option: [\"S\"]\nvariants:\n1|S|TOTE-S\nactions: %u\nundo: %u\n",
                            n + 1, added->len - 1);

  return g_strdup_printf ("option: [\"S\",\"%s\"]\nvariants:\n1|S|TOTE-S\n2|%s|NULL\nactions: %u\nundo: %u\n",
                          top, top, n + 1, added->len - 1);
}

guint
crash_sandbox_options_verify (const CrashCheck *check)
{
  g_autoptr(ScDatabase) database = crash_reopen (check->dir);
  g_autoptr(ScLearner) learner = NULL;
  g_autoptr(ScRun) run = NULL;
  g_autoptr(ScSandboxHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *option = NULL;
  g_autofree char *variants = NULL;
  g_autofree char *observed = NULL;
  sqlite3 *db = sc_database_get_handle (database);
  guint n;

  learner = sc_learner_ensure_default (database, &error);
  g_assert_no_error (error);
  run = sc_run_lookup (database, learner->id, OPTIONS_RUN_NAME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (run);
  history = sc_sandbox_history_load (db, run, learner->id, &error);
  g_assert_no_error (error);

  option = crash_dump (db, "SELECT option_values FROM sandbox_options WHERE product_id = 1");
  g_strchomp (option);
  variants = crash_dump (db, "SELECT position, option1, sku FROM sandbox_variants WHERE product_id = 1 "
                         "ORDER BY position");
  observed = g_strdup_printf ("option: %s\nvariants:\n%sactions: %" G_GINT64_FORMAT "\nundo: %u\n",
                              option, variants, sc_run_count_actions (db, run), history->undo->len);

  n = crash_pick_committed (check, "practice store options", observed, options_after);
  crash_close (database);

  return n;
}
