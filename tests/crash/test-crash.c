/* test-crash.c - a writing process killed at random moments never loses an acknowledged write
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each write path registered in crash-writes.c, this test forks
 * itself into a child that makes writes one after another and writes
 * "ack" to a pipe after each COMMIT. The test sends SIGKILL at a random
 * moment: after a random number of acknowledgements, at a random fraction
 * of the next write's measured duration (so kills land in BEGIN, in the
 * middle, in COMMIT, and between COMMIT and "ack"). Then it reopens the
 * folder as Shopcraft would and asks the path to check it:
 * integrity_check is ok, every acknowledged write is there, the write in
 * flight is wholly there or wholly absent. A folder is reused for a chain
 * of runs, so recovery after a crash is itself crashed into.
 *
 * The child is a fork without exec: starting a fresh process for each
 * of up to 1,600 runs (20-40 ms each here) would cost more than the
 * writes themselves on a busy two-core machine. It holds no database
 * connection of the test (the test closes each one before it forks), and
 * it reseeds GLib's random numbers, as a new process would have its own.
 *
 * The issue asks for 200 kills: by default they are shared out over the
 * write paths (25 each for eight paths), which keeps the test near 20 s
 * on a busy two-core machine; 200 for each path (1,600) took 70 s there.
 * SHOPCRAFT_CRASH_KILLS sets the total (1600 gives 200 per path), and
 * SHOPCRAFT_CRASH_SEED (printed) makes the kill points reproducible (the
 * exact moment still depends on timing).
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "crash-writes.h"
#include "sc-course-reader.h"

#define DEFAULT_SEED   20261130
/* In all, shared out over the write paths. */
#define DEFAULT_KILLS  200
/* A child that says nothing for this long is stuck. */
#define STALL_MS       60000
/* Kills land up to this much past the write's expected duration. */
#define KILL_SPREAD    1.25
/* The first runs of a path are not killed: they measure how long a
 * write takes. */
#define CALIBRATION_RUNS 3
#define NO_KILL        G_MAXUINT

typedef struct
{
  double first_us;     /* from "ready" to the first "ack" */
  double interval_us;  /* from one "ack" to the next */
} Timing;

typedef struct
{
  pid_t    pid;
  int      fd;
  GString *pending;
  gboolean ready;
  guint    n_acked;
  gint64   ready_at;
  gint64   last_ack_at;
  gboolean eof;
  gboolean measure;    /* still reading promptly: the times are real */
  Timing   seen;
  guint    n_intervals;
} Reader;

typedef struct
{
  guint runs;
  guint kills;
  guint finished;      /* the child was done before the kill came */
  guint acked;
  guint unacked;       /* committed, killed before the acknowledgement */
  guint before_first;  /* killed before its first acknowledgement */
  gint64 child_us;     /* from fork to reaping the child, all runs */
  gint64 verify_us;    /* checking what the runs left, all runs */
  guint max_scratch;   /* most scratch files left in the folder at once */
  guint64 max_scratch_bytes;
} Stats;

static guint32 seed = DEFAULT_SEED;
static guint n_kills;  /* per write path */

/* The child */

static gboolean
say (int         fd,
     const char *line)
{
  gsize length = strlen (line);
  gssize written;

  do
    written = write (fd, line, length);
  while (written < 0 && errno == EINTR);

  return written == (gssize) length;
}

/* Runs in the forked child: writes from @start on, saying "ack" on @fd
 * after each, until killed. */
static int
child_main (const CrashWrite *path,
            const char       *dir,
            guint             start,
            int               fd)
{
  CrashChild child = { 0 };
  guint limit;

  child.dir = g_strdup (dir);
  child.data_dir = g_build_filename (dir, "data", NULL);
  child.db_path = g_build_filename (child.data_dir, SC_DATABASE_FILE_NAME, NULL);
  /* Two spare writes, so a kill aimed at the last one still finds the
   * child busy. */
  limit = path->max_writes > 1 ? path->max_writes + 2 : path->max_writes;

  if (!say (fd, "ready\n"))
    return 4;
  for (guint i = start; i < start + limit; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!path->write_one (&child, i, &error))
        {
          g_printerr ("crash child %s: write %u failed: %s\n", path->name, i,
                      error != NULL ? error->message : "(no error)");
          return 3;
        }
      if (!say (fd, "ack\n"))
        return 4;
    }

  crash_child_clear (&child);

  return 0;
}

/* The test */

/* Reads what the child printed, waiting at most @timeout_ms. */
static void
reader_read (Reader *reader,
             int     timeout_ms)
{
  struct pollfd pfd = { reader->fd, POLLIN, 0 };
  char buffer[256];
  gssize n;
  char *newline;
  int rc;

  do
    rc = poll (&pfd, 1, timeout_ms);
  while (rc < 0 && errno == EINTR);
  g_assert_cmpint (rc, >=, 0);
  if (rc == 0)
    {
      kill (reader->pid, SIGKILL);
      g_error ("the crash child said nothing for %d ms", timeout_ms);
    }

  do
    n = read (reader->fd, buffer, sizeof buffer);
  while (n < 0 && errno == EINTR);
  g_assert_cmpint (n, >=, 0);
  if (n == 0)
    {
      reader->eof = TRUE;
      return;
    }
  g_string_append_len (reader->pending, buffer, n);

  while ((newline = strchr (reader->pending->str, '\n')) != NULL)
    {
      gsize length = newline - reader->pending->str;
      gint64 now = g_get_monotonic_time ();

      if (length == 5 && strncmp (reader->pending->str, "ready", 5) == 0)
        {
          reader->ready = TRUE;
          reader->ready_at = now;
        }
      else if (length == 3 && strncmp (reader->pending->str, "ack", 3) == 0)
        {
          if (reader->measure && reader->n_acked == 0)
            reader->seen.first_us = now - reader->ready_at;
          else if (reader->measure)
            {
              reader->seen.interval_us += now - reader->last_ack_at;
              reader->n_intervals++;
            }
          reader->n_acked++;
          reader->last_ack_at = now;
        }
      else
        g_error ("the crash child printed an unknown line: %.*s", (int) length, reader->pending->str);
      g_string_erase (reader->pending, 0, length + 1);
    }
}

static void
update (double *estimate,
        double  seen)
{
  *estimate = 0.7 * *estimate + 0.3 * seen;
}

/* Runs one child from write @start and kills it during write
 * @start + @target, at @fraction of that write's expected duration.
 * Returns the writes it acknowledged. */
static guint
run_child (const CrashWrite *path,
           const char       *dir,
           guint             start,
           guint             target,
           double            fraction,
           Timing           *timing,
           Stats            *stats)
{
  Reader reader = { 0 };
  int fds[2];
  pid_t pid;
  int status = 0;
  double delay;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      /* A new process would draw new UUIDs: so must a fork. */
      g_random_set_seed ((guint32) getpid () ^ (guint32) g_get_real_time ());
      /* _exit: nothing of the test (its output buffers, its checks at
       * exit) runs twice. */
      _exit (child_main (path, dir, start, fds[1]));
    }
  close (fds[1]);
  reader.pid = pid;
  reader.fd = fds[0];
  reader.pending = g_string_new (NULL);
  reader.measure = TRUE;

  while (!reader.eof && !(reader.ready && reader.n_acked >= target))
    reader_read (&reader, STALL_MS);
  /* The fastest calibration run: the first one meets cold caches. */
  if (target == NO_KILL && (stats->runs == 0 || reader.seen.first_us < timing->first_us))
    timing->first_us = reader.seen.first_us;

  if (!reader.eof)
    {
      delay = fraction * KILL_SPREAD * (target == 0 ? timing->first_us : timing->interval_us);
      reader.measure = FALSE;
      g_usleep ((gulong) delay);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
    }
  while (!reader.eof)
    reader_read (&reader, STALL_MS);
  close (reader.fd);
  g_string_free (reader.pending, TRUE);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

  if (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL)
    stats->kills++;
  else if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
    stats->finished++;
  else
    g_error ("the crash child of %s failed (wait status %d); its message is above", path->name, status);

  if (target > 0 && target != NO_KILL)
    update (&timing->first_us, reader.seen.first_us);
  /* A kill aimed at the first write learns nothing of its length: it
   * only finds the write still running, or already done. Nudge the
   * estimate so that about a fifth of these kills come too late, and
   * most land inside the write. */
  if (target == 0 && reader.n_acked > 0)
    timing->first_us *= 0.9;
  else if (target == 0)
    timing->first_us *= 1.03;
  if (reader.n_intervals > 0)
    update (&timing->interval_us, reader.seen.interval_us / reader.n_intervals);

  return reader.n_acked;
}

static void
test_write_path (gconstpointer data)
{
  const CrashWrite *path = data;
  guint index = (guint) (path - crash_writes);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + index * 7919);
  g_autoptr(GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("shopcraft-crash-XXXXXX", &error);
  g_autofree char *template_dir = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  Timing timing = { 20000, 2000 };
  Stats stats = { 0 };
  gint64 started = g_get_monotonic_time ();
  guint start = 0;

  g_assert_no_error (error);
  template_dir = g_build_filename (root, "template", NULL);
  dir = g_build_filename (root, "run", NULL);
  db_path = crash_data_path (dir, SC_DATABASE_FILE_NAME);
  g_assert_cmpint (g_mkdir (template_dir, 0700), ==, 0);
  path->set_up (template_dir);

  for (stats.runs = 0; stats.kills < n_kills && stats.runs < 2 * n_kills + CALIBRATION_RUNS; stats.runs++)
    {
      g_autofree char *db_before = NULL;
      CrashCheck check = { 0 };
      guint64 scratch_bytes;
      guint n_scratch;
      gint64 t0, t1;
      guint target;
      double fraction;
      guint n;

      if (stats.runs % path->chain == 0)
        {
          crash_remove_tree (dir);
          crash_copy_tree (template_dir, dir);
          start = 0;
        }

      target = (guint) g_rand_int_range (rand, 0, (gint32) path->max_writes);
      fraction = g_rand_double (rand);
      if (stats.runs < CALIBRATION_RUNS)
        target = NO_KILL;
      db_before = crash_fingerprint (db_path);

      check.dir = dir;
      check.template_dir = template_dir;
      check.db_before = db_before;
      check.start = start;
      t0 = g_get_monotonic_time ();
      check.n_acked = run_child (path, dir, start, target, fraction, &timing, &stats);
      t1 = g_get_monotonic_time ();
      if (target == NO_KILL)
        g_test_message ("%s run %u: writes from %u, not killed: %u acknowledged",
                        path->name, stats.runs, start, check.n_acked);
      else
        g_test_message ("%s run %u: writes from %u, kill aimed at write %u, %.2f of its time in:"
                        " %u acknowledged",
                        path->name, stats.runs, start, start + target, fraction * KILL_SPREAD,
                        check.n_acked);

      n = path->verify (&check);
      stats.child_us += t1 - t0;
      stats.verify_us += g_get_monotonic_time () - t1;
      g_assert_true (n == start + check.n_acked || n == start + check.n_acked + 1);
      stats.acked += check.n_acked;
      stats.unacked += n - start - check.n_acked;
      stats.before_first += check.n_acked == 0;
      n_scratch = crash_take_scratch (&scratch_bytes);
      stats.max_scratch = MAX (stats.max_scratch, n_scratch);
      stats.max_scratch_bytes = MAX (stats.max_scratch_bytes, scratch_bytes);
      start = n;
    }

  g_test_message ("%s: %u kills in %u runs (%u finished first); %u writes acknowledged, %u committed"
                  " but killed before the acknowledgement, %u runs killed before their first;"
                  " a write took about %.0f us (the first %.0f us); at most %u scratch files"
                  " (%" G_GUINT64_FORMAT " kB) left in one folder; %.1f s (children %.1f s,"
                  " checks %.1f s)",
                  path->name, stats.kills, stats.runs, stats.finished, stats.acked, stats.unacked,
                  stats.before_first, timing.interval_us, timing.first_us, stats.max_scratch,
                  stats.max_scratch_bytes / 1024,
                  (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC,
                  stats.child_us / (double) G_USEC_PER_SEC, stats.verify_us / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (stats.kills, ==, n_kills);

  crash_remove_tree (root);
}

int
main (int   argc,
      char *argv[])
{
  const char *env;
  guint64 value;

  g_test_init (&argc, &argv, NULL);
  sc_course_reader_init ();

  env = g_getenv ("SHOPCRAFT_CRASH_SEED");
  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 0, G_MAXUINT32, &value, NULL))
    seed = (guint32) value;
  value = DEFAULT_KILLS;
  env = g_getenv ("SHOPCRAFT_CRASH_KILLS");
  if (env != NULL && !g_ascii_string_to_unsigned (env, 10, 1, 1000000, &value, NULL))
    value = DEFAULT_KILLS;
  n_kills = ((guint) value + crash_n_writes - 1) / crash_n_writes;
  g_test_message ("seed %u; %u kills for each of %u write paths (%u in all);"
                  " rerun with SHOPCRAFT_CRASH_SEED=%u SHOPCRAFT_CRASH_KILLS=%u",
                  seed, n_kills, crash_n_writes, n_kills * crash_n_writes, seed, (guint) value);

  for (guint i = 0; i < crash_n_writes; i++)
    {
      g_autofree char *name = g_strconcat ("/crash/", crash_writes[i].name, NULL);

      g_test_add_data_func (name, &crash_writes[i], test_write_path);
    }

  /* Loaded once here, so every forked child has it already. */
  crash_example_course ();

  return g_test_run ();
}
