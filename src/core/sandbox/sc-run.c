/* sc-run.c - a learner's practice store in the database
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A run belongs to one learner, who knows it by a name unique among
 * their runs; every query names the learner. Each change to a run is an
 * action in its append-only log, written in the same transaction.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-error.h"
#include "sc-run-private.h"

/* At most this many characters in a run's name. */
#define NAME_MAX_CHARS 120

G_DEFINE_BOXED_TYPE (ScRun, sc_run, sc_run_copy, sc_run_free)

ScRun *
sc_run_copy (const ScRun *self)
{
  ScRun *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->uuid = g_strdup (self->uuid);
  copy->name = g_strdup (self->name);
  copy->scenario_id = g_strdup (self->scenario_id);
  copy->registration = g_strdup (self->registration);
  copy->source_format = g_strdup (self->source_format);
  copy->created_at = g_strdup (self->created_at);

  return copy;
}

void
sc_run_free (ScRun *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->name);
  g_free (self->scenario_id);
  g_free (self->registration);
  g_free (self->source_format);
  g_free (self->created_at);
  g_free (self);
}

/* UTC with milliseconds, as statements are stamped. */
char *
sc_run_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (now) / 1000);
}

/**
 * sc_run_new_record:
 *
 * Returns: (transfer full): a run that is not stored yet, with a new
 *   uuid and registration
 */
ScRun *
sc_run_new_record (gint64            learner_id,
                   const char       *name,
                   const ScCurrency *currency)
{
  ScRun *self = g_new0 (ScRun, 1);

  self->uuid = g_uuid_string_random ();
  self->learner_id = learner_id;
  self->name = g_strstrip (g_strdup (name));
  self->currency = currency != NULL ? currency : sc_currency_get_default ();
  self->state = SC_RUN_STATE_OPEN;
  self->registration = g_uuid_string_random ();
  self->created_at = sc_run_now ();

  return self;
}

/* A failed statement, explained as the database layer explains them. */
void
sc_run_set_sqlite_error (GError  **error,
                         sqlite3  *db)
{
  const char *path = sqlite3_db_filename (db, "main");

  sc_sqlite_set_error (error, db, sqlite3_extended_errcode (db),
                       path != NULL && *path != '\0' ? path : SC_DATABASE_FILE_NAME,
                       SC_SQLITE_ROLE_DATABASE);
}

/**
 * sc_run_check_name:
 *
 * Returns: whether @name can name a run of @learner_id: not empty, not
 *   too long, and not used by another of their runs
 */
gboolean
sc_run_check_name (sqlite3     *db,
                   gint64       learner_id,
                   const char  *name,
                   GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (*clean == '\0' || !g_utf8_validate (clean, -1, NULL))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("A practice run needs a name, for example --run \"Spring catalog\"."));
      return FALSE;
    }
  if (g_utf8_strlen (clean, -1) > NAME_MAX_CHARS)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("The run name “%s” is longer than %d characters; choose a shorter one."),
                   clean, NAME_MAX_CHARS);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db, "SELECT 1 FROM sandbox_runs WHERE learner_id = ?1 AND name = ?2",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, learner_id);
      sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc == SQLITE_ROW)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("This learner already has a practice run called “%s”; choose another name."),
                   clean);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  return TRUE;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/**
 * sc_run_insert_record:
 *
 * Inserts @run into `<schema>.sandbox_runs` (or a stage's `runs`).
 */
gboolean
sc_run_insert_record (sqlite3      *db,
                      const char   *table,
                      const ScRun  *run,
                      GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (uuid, learner_id, name, scenario_id, seed, "
                                          "generator_version, currency, state, registration, "
                                          "source_format, created_at) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                          table);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, run->learner_id);
      sqlite3_bind_text (stmt, 3, run->name, -1, SQLITE_TRANSIENT);
      bind_text_or_null (stmt, 4, run->scenario_id);
      sqlite3_bind_int64 (stmt, 5, (sqlite3_int64) run->seed);
      sqlite3_bind_int64 (stmt, 6, run->generator_version);
      sqlite3_bind_text (stmt, 7, run->currency->code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 8, run->state == SC_RUN_STATE_FINISHED ? "finished" : "open", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, run->registration, -1, SQLITE_TRANSIENT);
      bind_text_or_null (stmt, 10, run->source_format);
      sqlite3_bind_text (stmt, 11, run->created_at, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }

  return TRUE;
}

/**
 * sc_run_append_action:
 * @db: a connection inside the transaction making the change
 * @undo_of: the sequence of the action this one reverses, or 0
 * @changeset: (nullable): the change, as SQLite's session extension records it
 * @out_sequence: (out) (optional): the action's place in the log, from 1
 *
 * Appends an action to the log of @run, stamped with its current
 * registration and the time.
 */
gboolean
sc_run_append_action (sqlite3      *db,
                      const ScRun  *run,
                      const char   *kind,
                      const char   *target,
                      const char   *before,
                      const char   *after,
                      gint64        undo_of,
                      GBytes       *changeset,
                      gint64       *out_sequence,
                      GError      **error)
{
  g_autofree char *now = sc_run_now ();
  sqlite3_stmt *stmt = NULL;
  gint64 sequence = sc_run_count_actions (db, run) + 1;
  int rc;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (run != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO sandbox_actions (run_uuid, sequence, learner_id, registration, "
                           "time, kind, target, before, after, undo_of, changeset) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, sequence);
      sqlite3_bind_int64 (stmt, 3, run->learner_id);
      sqlite3_bind_text (stmt, 4, run->registration, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, kind, -1, SQLITE_TRANSIENT);
      bind_text_or_null (stmt, 7, target);
      bind_text_or_null (stmt, 8, before);
      bind_text_or_null (stmt, 9, after);
      if (undo_of > 0)
        sqlite3_bind_int64 (stmt, 10, undo_of);
      else
        sqlite3_bind_null (stmt, 10);
      if (changeset != NULL)
        sqlite3_bind_blob (stmt, 11, g_bytes_get_data (changeset, NULL),
                           (int) g_bytes_get_size (changeset), SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 11);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return FALSE;
    }
  if (out_sequence != NULL)
    *out_sequence = sequence;

  return TRUE;
}

/**
 * sc_run_count_actions:
 *
 * Returns: how many actions the log of @run holds (the last sequence)
 */
gint64
sc_run_count_actions (sqlite3     *db,
                      const ScRun *run)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count = 0;

  g_return_val_if_fail (db != NULL, 0);
  g_return_val_if_fail (run != NULL, 0);

  if (sqlite3_prepare_v2 (db, "SELECT COALESCE (MAX (sequence), 0) FROM sandbox_actions "
                              "WHERE run_uuid = ?1 AND learner_id = ?2",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, run->uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, run->learner_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        count = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);

  return count;
}

static gboolean
in_transaction (ScDatabase  *database,
                gboolean     ok,
                GError     **error)
{
  if (ok)
    return sc_database_exec (database, "COMMIT", error);

  sqlite3_exec (sc_database_get_handle (database), "ROLLBACK", NULL, NULL, NULL);

  return FALSE;
}

/**
 * sc_run_create:
 * @name: unique among the runs of @learner_id
 * @scenario_id: (nullable): the scenario the store comes from
 * @seed: the scenario generator's seed
 * @generator_version: the generator's version, recorded with the seed
 * @currency: (nullable): the store's currency; %NULL for the default
 *
 * Creates a run with an empty store, and its first action.
 *
 * Returns: (transfer full) (nullable): the run
 */
ScRun *
sc_run_create (ScDatabase        *database,
               gint64             learner_id,
               const char        *name,
               const char        *scenario_id,
               guint64            seed,
               guint              generator_version,
               const ScCurrency  *currency,
               GError           **error)
{
  g_autoptr(ScRun) run = NULL;
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  db = sc_database_get_handle (database);
  if (!sc_run_check_name (db, learner_id, name, error))
    return NULL;

  run = sc_run_new_record (learner_id, name, currency);
  run->scenario_id = g_strdup (scenario_id);
  run->seed = seed;
  run->generator_version = generator_version;

  if (!sc_database_exec (database, "BEGIN IMMEDIATE", error))
    return NULL;
  ok = sc_run_insert_record (db, "sandbox_runs", run, error) &&
       sc_run_append_action (db, run, SC_RUN_ACTION_CREATE, scenario_id, NULL, NULL, 0, NULL, NULL, error);
  if (!in_transaction (database, ok, error))
    return NULL;

  return g_steal_pointer (&run);
}

#define RUN_COLUMNS "uuid, learner_id, name, scenario_id, seed, generator_version, currency, " \
                    "state, registration, source_format, created_at"

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup (text) : NULL;
}

static ScRun *
read_run (sqlite3_stmt *stmt)
{
  ScRun *run = g_new0 (ScRun, 1);
  const char *currency = (const char *) sqlite3_column_text (stmt, 6);

  run->uuid = dup_column (stmt, 0);
  run->learner_id = sqlite3_column_int64 (stmt, 1);
  run->name = dup_column (stmt, 2);
  run->scenario_id = dup_column (stmt, 3);
  run->seed = (guint64) sqlite3_column_int64 (stmt, 4);
  run->generator_version = (guint) sqlite3_column_int64 (stmt, 5);
  run->currency = currency != NULL ? sc_currency_lookup (currency) : NULL;
  if (run->currency == NULL)
    run->currency = sc_currency_get_default ();
  run->state = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 7), "finished") == 0
               ? SC_RUN_STATE_FINISHED : SC_RUN_STATE_OPEN;
  run->registration = dup_column (stmt, 8);
  run->source_format = dup_column (stmt, 9);
  run->created_at = dup_column (stmt, 10);

  return run;
}

/**
 * sc_run_lookup:
 * @name_or_uuid: the run's name, or its uuid
 *
 * Returns: (transfer full) (nullable): the run of @learner_id, or %NULL
 *   (without an error) when they have none by that name
 */
ScRun *
sc_run_lookup (ScDatabase  *database,
               gint64       learner_id,
               const char  *name_or_uuid,
               GError     **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  ScRun *run = NULL;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (name_or_uuid != NULL, NULL);

  db = sc_database_get_handle (database);
  clean = g_strstrip (g_strdup (name_or_uuid));
  rc = sqlite3_prepare_v2 (db,
                           "SELECT " RUN_COLUMNS " FROM sandbox_runs "
                           "WHERE learner_id = ?1 AND (name = ?2 OR uuid = ?2) "
                           "ORDER BY name = ?2 DESC LIMIT 1",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, learner_id);
      sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        run = read_run (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    sc_run_set_sqlite_error (error, db);

  return run;
}

/**
 * sc_run_list:
 *
 * Returns: (transfer full) (element-type ScRun) (nullable): the runs of
 *   @learner_id, oldest first
 */
GPtrArray *
sc_run_list (ScDatabase  *database,
             gint64       learner_id,
             GError     **error)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_run_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  db = sc_database_get_handle (database);
  rc = sqlite3_prepare_v2 (db,
                           "SELECT " RUN_COLUMNS " FROM sandbox_runs WHERE learner_id = ?1 "
                           "ORDER BY created_at, name",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, learner_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (runs, read_run (stmt));
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      sc_run_set_sqlite_error (error, db);
      return NULL;
    }

  return g_steal_pointer (&runs);
}

/**
 * sc_run_make_name:
 * @base: the wanted name, such as a file's name
 *
 * Returns: (transfer full) (nullable): @base, or "@base 2", "@base 3", …:
 *   the first that no run of @learner_id has
 */
char *
sc_run_make_name (ScDatabase  *database,
                  gint64       learner_id,
                  const char  *base,
                  GError     **error)
{
  g_autofree char *clean = NULL;
  sqlite3 *db;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);

  db = sc_database_get_handle (database);
  clean = g_strstrip (g_strdup (base != NULL ? base : ""));
  if (*clean == '\0')
    {
      g_free (clean);
      clean = g_strdup (_("Practice store"));
    }
  if (g_utf8_strlen (clean, -1) > NAME_MAX_CHARS - 8)
    {
      char *cut = g_utf8_offset_to_pointer (clean, NAME_MAX_CHARS - 8);

      *cut = '\0';
    }

  for (guint n = 1; n < G_MAXUINT; n++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *name = n == 1 ? g_strdup (clean) : g_strdup_printf ("%s %u", clean, n);

      if (sc_run_check_name (db, learner_id, name, &local_error))
        return g_steal_pointer (&name);
      if (!g_error_matches (local_error, SC_ERROR, SC_ERROR_INVALID_INPUT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_assert_not_reached ();
}
