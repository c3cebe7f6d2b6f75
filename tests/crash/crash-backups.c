/* crash-backups.c - killed while making daily backups, backups by hand, and restoring
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A killed backup may leave a scratch file (a name starting with "."),
 * never a file with a backup's name that is not a sound Shopcraft
 * database, and it never touches the database it copies. A killed
 * restore leaves the database as it was or as the backup was, whole,
 * and every kept copy sound.
 */
#include <string.h>

#include <glib/gstdio.h>

#include "crash-writes.h"
#include "sc-backup.h"

/* Three, so that the database after N restores differs from the one
 * after N - 1, N + 1 and N + 2. */
static const char * const sources[] = { "alpha.db", "beta.db", "gamma.db" };

static const char before_names[] = "Before 1\nBefore 2\n";
static const char alpha_names[] = "Alpha 1\nAlpha 2\nAlpha 3\n";
static const char beta_names[] = "Beta 1\nBeta 2\nBeta 3\nBeta 4\n";
static const char gamma_names[] = "Gamma 1\n";
static const char * const source_names[] = { alpha_names, beta_names, gamma_names };

/* The database was only read: same bytes, same content. Returns its
 * learners' names. */
static char *
assert_untouched (const CrashCheck *check)
{
  g_autofree char *path = crash_data_path (check->dir, "shopcraft.db");
  g_autofree char *after = crash_fingerprint (path);
  g_autoptr(ScDatabase) database = NULL;
  char *names;

  g_assert_cmpstr (after, ==, check->db_before);
  database = crash_reopen (check->dir);
  names = crash_learner_names (sc_database_get_handle (database));
  crash_close (database);

  return names;
}

/* Daily backups: write N is the automatic backup of day N (from
 * 1 January 2026), which also prunes all but the newest three. */

static GDateTime *
day_time (guint day)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 1, 1, 12, 0, 0);

  return g_date_time_add_days (first, (int) day);
}

static int
day_of (GDateTime *date)
{
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_JANUARY, 2026);
  g_autoptr(GDate) that = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (date),
                                          (GDateMonth) g_date_time_get_month (date),
                                          (GDateYear) g_date_time_get_year (date));

  return g_date_days_between (first, that);
}

void
crash_daily_backup_set_up (const char *dir)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");

  /* About 300 kB: VACUUM INTO takes a few milliseconds, long enough
   * for kills to land inside it. */
  crash_make_database (path, "Learner", 10, 100);
}

gboolean
crash_daily_backup_write (CrashChild  *child,
                          guint        i,
                          GError     **error)
{
  g_autoptr(GDateTime) now = day_time (i);
  ScDatabase *database = crash_child_database (child, error);

  return database != NULL && sc_database_backup_daily (database, now, error);
}

guint
crash_daily_backup_verify (const CrashCheck *check)
{
  g_autofree char *names = assert_untouched (check);
  g_autofree char *data_dir = g_build_filename (check->dir, "data", NULL);
  g_autofree char *backups_dir = crash_data_path (check->dir, SC_BACKUP_DIR_NAME);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  gboolean present[1024] = { FALSE };
  int acked = (int) (check->start + check->n_acked);
  int newest = -1;
  guint n_present = 0;
  const char *name;

  dir = g_dir_open (backups_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GDateTime) date = sc_backup_parse_daily_name (name);
      g_autofree char *path = g_build_filename (backups_dir, name, NULL);
      g_autofree char *copy_names = NULL;
      int day;

      if (date == NULL)
        {
          if (!crash_is_scratch (backups_dir, name))
            g_test_message ("unexpected file in backups/: %s", name);
          g_assert_true (name[0] == '.');
          continue;
        }

      /* Named like a backup: it must be one, of this database. */
      copy_names = crash_copy_learner_names (path);
      g_assert_cmpstr (copy_names, ==, names);
      day = day_of (date);
      g_assert_cmpint (day, >=, 0);
      g_assert_cmpint (day, <, (int) G_N_ELEMENTS (present));
      present[day] = TRUE;
      newest = MAX (newest, day);
      n_present++;
    }

  /* The last acknowledged day is there with the two before it; the day
   * in flight may be there too. One older may remain when a kill came
   * between a backup and its pruning: the next backup prunes it. */
  if (newest != acked - 1 && newest != acked)
    g_test_message ("newest backup is day %d after %d acknowledged", newest, acked);
  g_assert_true (newest == acked - 1 || newest == acked);
  for (int day = MAX (0, newest - (SC_BACKUP_DAILY_KEEP - 1)); day <= newest; day++)
    g_assert_true (present[day]);
  for (int day = 0; day < newest - SC_BACKUP_DAILY_KEEP; day++)
    g_assert_false (present[day]);

  /* What the recovery page offers: exactly these, scratch files ignored. */
  listed = sc_backup_list (data_dir, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, n_present);

  return (guint) (newest + 1);
}

/* Backups by hand (--backup): write N copies the database into
 * out/backup-N.db. */

void
crash_backup_save_set_up (const char *dir)
{
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");
  g_autofree char *out = g_build_filename (dir, "out", NULL);

  crash_make_database (path, "Learner", 10, 50);
  g_assert_cmpint (g_mkdir_with_parents (out, 0700), ==, 0);
}

gboolean
crash_backup_save_write (CrashChild  *child,
                         guint        i,
                         GError     **error)
{
  g_autofree char *name = g_strdup_printf ("backup-%03u.db", i);
  g_autofree char *dest = g_build_filename (child->dir, "out", name, NULL);

  return sc_backup_save (child->db_path, dest, error);
}

guint
crash_backup_save_verify (const CrashCheck *check)
{
  g_autofree char *names = assert_untouched (check);
  g_autofree char *out = g_build_filename (check->dir, "out", NULL);
  g_autoptr(GDir) dir = g_dir_open (out, 0, NULL);
  guint acked = check->start + check->n_acked;
  guint n_named = 0;
  guint highest = 0;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (out, name, NULL);
      g_autofree char *copy_names = NULL;
      g_autofree char *digits = NULL;
      guint64 index;

      if (crash_is_scratch (out, name))
        continue;
      g_assert_true (g_str_has_prefix (name, "backup-") && g_str_has_suffix (name, ".db"));
      digits = g_strndup (name + strlen ("backup-"), strlen (name) - strlen ("backup-.db"));
      g_assert_true (g_ascii_string_to_unsigned (digits, 10, 0, 999, &index, NULL));
      copy_names = crash_copy_learner_names (path);
      g_assert_cmpstr (copy_names, ==, names);
      n_named++;
      highest = MAX (highest, (guint) index + 1);
    }

  /* backup-0 … backup-(N-1), no gap, N acknowledged or one more. */
  g_assert_cmpuint (n_named, ==, highest);
  g_assert_true (n_named == acked || n_named == acked + 1);

  return n_named;
}

/* Restoring (--restore): write N restores alpha.db, beta.db or
 * gamma.db in turn over the database (at first "Before"). */

void
crash_restore_set_up (const char *dir)
{
  static const char * const prefixes[] = { "Alpha", "Beta", "Gamma" };
  static const guint n_learners[] = { 3, 4, 1 };
  g_autofree char *path = crash_data_path (dir, "shopcraft.db");

  crash_make_database (path, "Before", 2, 50);
  for (guint k = 0; k < G_N_ELEMENTS (sources); k++)
    {
      g_autofree char *source = g_build_filename (dir, "sources", sources[k], NULL);

      crash_make_database (source, prefixes[k], n_learners[k], 50);
    }
}

gboolean
crash_restore_write (CrashChild  *child,
                     guint        i,
                     GError     **error)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 1, 1, 12, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_add_seconds (first, i);
  g_autofree char *source = g_build_filename (child->dir, "sources", sources[i % G_N_ELEMENTS (sources)], NULL);
  g_autofree char *kept = NULL;

  return sc_backup_restore (source, child->data_dir, now, &kept, error);
}

static char *
restored_after (guint n)
{
  if (n == 0)
    return g_strdup (before_names);

  return g_strdup (source_names[(n - 1) % G_N_ELEMENTS (sources)]);
}

static char *
sha256_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guint8 *) contents, length);
}

static gboolean
journal_is_live (const char *path)
{
  static const guint8 magic[8] = { 0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7 };
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  return length >= sizeof magic && memcmp (contents, magic, sizeof magic) == 0;
}

guint
crash_restore_verify (const CrashCheck *check)
{
  g_autofree char *data_dir = g_build_filename (check->dir, "data", NULL);
  g_autoptr(ScDatabase) database = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_kept = 0;
  const char *name;
  guint n;

  /* The backups offered were only read. */
  for (guint k = 0; k < G_N_ELEMENTS (sources); k++)
    {
      g_autofree char *path = g_build_filename (check->dir, "sources", sources[k], NULL);
      g_autofree char *original = g_build_filename (check->template_dir, "sources", sources[k], NULL);
      g_autofree char *now = sha256_of (path);
      g_autofree char *then = sha256_of (original);

      g_assert_cmpstr (now, ==, then);
    }

  database = crash_reopen (check->dir);
  names = crash_learner_names (sc_database_get_handle (database));
  n = crash_pick_committed (check, "restored database", names, restored_after);
  crash_close (database);

  dir = g_dir_open (data_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (data_dir, name, NULL);

      if (g_str_has_prefix (name, "shopcraft-before-restore-"))
        {
          g_autofree char *kept_names = crash_copy_learner_names (path);

          g_assert_true (g_str_equal (kept_names, before_names) ||
                         g_str_equal (kept_names, alpha_names) ||
                         g_str_equal (kept_names, beta_names) ||
                         g_str_equal (kept_names, gamma_names));
          n_kept++;
        }
      else if (g_str_equal (name, "shopcraft.db-journal"))
        {
          /* Killed after the copy committed but before its connection
           * closed: in exclusive locking mode SQLite ends a transaction
           * by zeroing the journal's header rather than deleting it. A
           * journal that could still be played back would be a bug. */
          g_assert_false (journal_is_live (path));
        }
      else if (!crash_is_scratch (data_dir, name) &&
               !g_str_equal (name, "shopcraft.db") &&
               !g_str_equal (name, "shopcraft.db-wal") &&
               !g_str_equal (name, "shopcraft.db-shm"))
        {
          g_test_message ("unexpected file in the data folder: %s", name);
          g_assert_not_reached ();
        }
    }

  /* Every restore that happened kept what it replaced. */
  g_assert_cmpuint (n_kept, >=, n);

  return n;
}
