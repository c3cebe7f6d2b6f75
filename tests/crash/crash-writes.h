/* crash-writes.h - the write paths test-crash kills, and what their checks share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A write path is one line of crash_writes[] in crash-writes.c:
 *
 *   { "name", set_up, write_one, verify, max_writes, chain },
 *
 * set_up (in the test, once) fills an empty folder with what every run
 * starts from, usually FOLDER/data/shopcraft.db. write_one (in a child
 * process) makes write number i and returns once it is committed; the
 * child then acknowledges it. verify (in the test, after the child was
 * killed) checks the folder as the child left it and returns how many
 * writes it finds committed: the acknowledged ones, or one more when the
 * kill came between a COMMIT and its acknowledgement. Writes are numbered
 * on across the `chain` runs that share one folder, so each write_one and
 * verify must work from the number alone (look rows up by name, not by a
 * pointer kept from an earlier call).
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "sc-course.h"
#include "sc-database.h"
#include "sc-learner.h"

G_BEGIN_DECLS

/* What a child keeps between its writes; each is made on first use. */
typedef struct
{
  char       *dir;        /* the run's folder */
  char       *data_dir;   /* dir/data */
  char       *db_path;    /* dir/data/shopcraft.db */
  ScDatabase *database;
  ScCourse   *course;     /* crash_example_course () */
  ScLearner  *learner;    /* the default learner */
} CrashChild;

/* What verify is given. */
typedef struct
{
  const char *dir;           /* the run's folder, as the killed child left it */
  const char *template_dir;  /* the folder set_up filled */
  const char *db_before;     /* crash_fingerprint() of data/shopcraft.db before the child ran */
  guint       start;         /* this run's first write: all before it are committed */
  guint       n_acked;       /* writes this run acknowledged */
} CrashCheck;

typedef void     (*CrashSetUpFunc)  (const char        *dir);
typedef gboolean (*CrashWriteFunc)  (CrashChild        *child,
                                     guint              i,
                                     GError           **error);
typedef guint    (*CrashVerifyFunc) (const CrashCheck  *check);

typedef struct
{
  const char      *name;
  CrashSetUpFunc   set_up;
  CrashWriteFunc   write_one;
  CrashVerifyFunc  verify;
  guint            max_writes;  /* a run is killed during one of its first max_writes writes */
  guint            chain;       /* runs in a row on one folder before a fresh copy */
} CrashWrite;

extern const CrashWrite crash_writes[];
extern const guint      crash_n_writes;

/* In the child (crash-writes.c) */
ScDatabase *crash_child_database   (CrashChild   *child,
                                    GError      **error);
ScCourse   *crash_child_course     (CrashChild   *child,
                                    GError      **error);
ScLearner  *crash_child_learner    (CrashChild   *child,
                                    GError      **error);
void        crash_child_clear      (CrashChild   *child);

/* In the test (crash-writes.c) */
ScCourse   *crash_example_course   (void);
void        crash_close            (ScDatabase   *database);
gboolean    crash_is_scratch       (const char   *dir,
                                    const char   *name);
guint       crash_take_scratch     (guint64      *out_bytes);
char       *crash_data_path        (const char   *dir,
                                    const char   *name);
ScDatabase *crash_reopen           (const char   *dir);
void        crash_assert_sound     (sqlite3      *db,
                                    const char   *what);
char       *crash_learner_names    (sqlite3      *db);
char       *crash_copy_learner_names (const char *path);
void        crash_make_database    (const char   *path,
                                    const char   *name_prefix,
                                    guint         n_learners,
                                    guint         n_statements);
char       *crash_fingerprint      (const char   *path);
int         crash_query_int        (sqlite3      *db,
                                    const char   *sql);
char       *crash_dump             (sqlite3      *db,
                                    const char   *sql);
void        crash_copy_tree        (const char   *from,
                                    const char   *to);
void        crash_remove_tree      (const char   *path);
guint       crash_pick_committed   (const CrashCheck *check,
                                    const char   *what,
                                    const char   *observed,
                                    char       *(*expected_after) (guint n));

/* The write paths: a set-up, a write and a check each */
void     crash_learners_set_up        (const char *dir);
gboolean crash_learners_write         (CrashChild *child, guint i, GError **error);
guint    crash_learners_verify        (const CrashCheck *check);
void     crash_progress_set_up        (const char *dir);
gboolean crash_progress_write         (CrashChild *child, guint i, GError **error);
guint    crash_progress_verify        (const CrashCheck *check);
void     crash_sessions_set_up        (const char *dir);
gboolean crash_sessions_write         (CrashChild *child, guint i, GError **error);
guint    crash_sessions_verify        (const CrashCheck *check);
void     crash_daily_backup_set_up    (const char *dir);
gboolean crash_daily_backup_write     (CrashChild *child, guint i, GError **error);
guint    crash_daily_backup_verify    (const CrashCheck *check);
void     crash_backup_save_set_up     (const char *dir);
gboolean crash_backup_save_write      (CrashChild *child, guint i, GError **error);
guint    crash_backup_save_verify     (const CrashCheck *check);
void     crash_restore_set_up         (const char *dir);
gboolean crash_restore_write          (CrashChild *child, guint i, GError **error);
guint    crash_restore_verify         (const CrashCheck *check);
void     crash_migrate_fresh_set_up   (const char *dir);
void     crash_migrate_upgrade_set_up (const char *dir);
gboolean crash_migrate_write          (CrashChild *child, guint i, GError **error);
guint    crash_migrate_fresh_verify   (const CrashCheck *check);
guint    crash_migrate_upgrade_verify (const CrashCheck *check);
void     crash_attempt_set_up         (const char *dir);
gboolean crash_attempt_write          (CrashChild *child, guint i, GError **error);
guint    crash_attempt_verify         (const CrashCheck *check);
void     crash_sandbox_set_up         (const char *dir);
gboolean crash_sandbox_write          (CrashChild *child, guint i, GError **error);
guint    crash_sandbox_verify         (const CrashCheck *check);
void     crash_scenario_run_set_up    (const char *dir);
gboolean crash_scenario_run_write     (CrashChild *child, guint i, GError **error);
guint    crash_scenario_run_verify    (const CrashCheck *check);
void     crash_grading_set_up         (const char *dir);
gboolean crash_grading_write          (CrashChild *child, guint i, GError **error);
guint    crash_grading_verify         (const CrashCheck *check);
void     crash_sandbox_options_set_up (const char *dir);
gboolean crash_sandbox_options_write  (CrashChild *child, guint i, GError **error);
guint    crash_sandbox_options_verify (const CrashCheck *check);

G_END_DECLS
