/* sc-course-checks.c - the checks a course passed, kept so an unchanged course is not checked twice
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two of the reader's checks give the same answer for the same bytes and
 * cost more than everything else at start-up: the RELAX NG backstop over
 * each file, and each quiz checked against its whole question bank, which
 * parses the bank (a bank's HTML included) only to count its questions.
 * On the built-in course they are about 100 million instructions, three
 * quarters of reading it, done on every start for a course that rarely
 * changes.
 *
 * So a load can be given the checks that passed before: each is a key,
 * the hash (sc-content-hash.c) of what was checked (a file's bytes; a quiz's and its bank's)
 * salted with the check's name, CHECKS_FORMAT, the version of Shopcraft
 * and the schema itself. A check whose key is known is not run again; a
 * file edited by a single byte has another key and is checked as if new.
 * The structural pass, the references and everything that builds the
 * course always run. When a load passes, the keys it used become the
 * known ones (so checks of files since removed are forgotten); when it
 * fails, the known ones stay as they were.
 *
 * This is a cache, not a trust decision: a checks file can only skip
 * checks that would have been run on files the reader parses and checks
 * structurally anyway, and it lives where the learner's own data does.
 * `shopcraft --validate-course` never uses one.
 *
 * The file is text: a first line naming the format, then one key (32
 * lowercase hexadecimal digits) per line. A file in any other shape is
 * ignored as a whole. Its errors are for the log, never shown to a
 * learner, so they are not translated.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <gio/gio.h>

#include "sc-content-hash.h"
#include "sc-content-xml.h"
#include "sc-course-checks-private.h"
#include "sc-course-schema.h"

/* Bump when a check changes what it accepts: every check runs again. */
#define CHECKS_FORMAT "shopcraft-course-checks 2"

/* A 1,000-lesson course has about 1,100 keys (36 KiB). */
#define MAX_FILE_SIZE (4 * 1024 * 1024)

#define KEY_LENGTH SC_CONTENT_HASH_HEX_LENGTH

struct _ScCourseChecks
{
  GHashTable *known;    /* key -> NULL: passed in the last load that passed */
  GHashTable *used;     /* key -> NULL: asked for in the current load */
  char       *salt;     /* (nullable): made on first use */
  guint       n_reused;
  gboolean    changed;
};

ScCourseChecks *
sc_course_checks_new (void)
{
  ScCourseChecks *self = g_new0 (ScCourseChecks, 1);

  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return self;
}

void
sc_course_checks_free (ScCourseChecks *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->known);
  g_hash_table_unref (self->used);
  g_free (self->salt);
  g_free (self);
}

static gboolean
is_key (const char *text,
        gsize       length)
{
  if (length != KEY_LENGTH)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]) && !(text[i] >= 'a' && text[i] <= 'f'))
      return FALSE;

  return TRUE;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * sc_course_checks_read_data:
 * @data: (array length=length): a file's text, not NUL-terminated
 * @name: the file's name, for @error
 *
 * sc_course_checks_read() on text in memory.
 *
 * Returns: %TRUE when @data is in the format
 */
gboolean
sc_course_checks_read_data (ScCourseChecks  *self,
                            const char      *data,
                            gsize            length,
                            const char      *name,
                            GError         **error)
{
  const char *end = data + length;
  const char *line = data;
  guint number = 1;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_hash_table_remove_all (self->known);
  self->changed = FALSE;

  if (length > MAX_FILE_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: larger than a file of course checks can be", name);
      return FALSE;
    }

  for (const char *next; line < end; line = next, number++)
    {
      const char *stop = memchr (line, '\n', (gsize) (end - line));

      if (stop == NULL)
        {
          g_hash_table_remove_all (self->known);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s:%u: the file ends inside a line", name, number);
          return FALSE;
        }
      next = stop + 1;

      if (number == 1)
        {
          if ((gsize) (stop - line) == strlen (CHECKS_FORMAT) &&
              memcmp (line, CHECKS_FORMAT, strlen (CHECKS_FORMAT)) == 0)
            continue;
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s:1: not a file of course checks of this version", name);
          return FALSE;
        }

      if (!is_key (line, (gsize) (stop - line)))
        {
          g_hash_table_remove_all (self->known);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s:%u: not a check", name, number);
          return FALSE;
        }
      g_hash_table_add (self->known, g_strndup (line, KEY_LENGTH));
    }

  if (number == 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s:1: the file is empty", name);
      return FALSE;
    }

  return TRUE;
}

/**
 * sc_course_checks_read:
 * @path: a file sc_course_checks_write() wrote
 *
 * Takes the checks passed from @path in place of those @self knew. A
 * file that is missing, unreadable or not in the format leaves @self
 * knowing none, and says why in @error: every check then runs.
 *
 * Returns: %TRUE when @path was read
 */
gboolean
sc_course_checks_read (ScCourseChecks  *self,
                       const char      *path,
                       GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_hash_table_remove_all (self->known);
  self->changed = FALSE;

  /* The first start: nothing to say but that. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s: no such file", path);
      return FALSE;
    }

  /* The content reader's capped read (a pipe or a folder at @path is
   * refused, not waited on); one byte over the cap, so that
   * sc_course_checks_read_data () says the file is too large. */
  bytes = sc_content_read_file_capped (path, path, MAX_FILE_SIZE + 1, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return sc_course_checks_read_data (self, data != NULL ? data : "", length, path, error);
}

/**
 * sc_course_checks_to_data:
 *
 * Returns: (transfer full): the text sc_course_checks_write() writes
 */
char *
sc_course_checks_to_data (ScCourseChecks *self)
{
  GString *text = g_string_new (CHECKS_FORMAT "\n");
  g_autofree gpointer *keys = NULL;
  guint n = 0;

  g_return_val_if_fail (self != NULL, NULL);

  /* Sorted, so the same checks make the same file. */
  keys = g_hash_table_get_keys_as_array (self->known, &n);
  qsort (keys, n, sizeof (gpointer), compare_keys);
  for (guint i = 0; i < n; i++)
    {
      g_string_append (text, keys[i]);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/**
 * sc_course_checks_write:
 * @path: where to keep the checks; its folder is made if need be
 *
 * Writes the checks of the last load that passed, replacing @path as a
 * whole (never half written).
 *
 * Returns: %TRUE when written
 */
gboolean
sc_course_checks_write (ScCourseChecks  *self,
                        const char      *path,
                        GError         **error)
{
  g_autofree char *text = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", dir,
                   g_strerror (saved));
      return FALSE;
    }

  text = sc_course_checks_to_data (self);
  if (!g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  self->changed = FALSE;
  return TRUE;
}

/**
 * sc_course_checks_get_changed:
 *
 * Returns: whether the last load that passed used other checks than
 *   those read or written last: then they are worth writing
 */
gboolean
sc_course_checks_get_changed (ScCourseChecks *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->changed;
}

/**
 * sc_course_checks_get_n_passed:
 *
 * Returns: how many checks are known to have passed
 */
guint
sc_course_checks_get_n_passed (ScCourseChecks *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_hash_table_size (self->known);
}

/**
 * sc_course_checks_get_n_reused:
 *
 * Returns: how many checks (each counted once) the last load did not
 *   run because they had passed before
 */
guint
sc_course_checks_get_n_reused (ScCourseChecks *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_reused;
}

/* What every key is salted with: the format, this version and the
 * schema's own bytes, so a new schema or a new Shopcraft checks again. */
static const char *
get_salt (ScCourseChecks *self)
{
  g_autoptr(GBytes) schema = NULL;
  ScContentHash hash;
  char hex[SC_CONTENT_HASH_HEX_LENGTH + 1];

  if (self->salt != NULL)
    return self->salt;

  sc_content_hash_init (&hash);
  sc_content_hash_update (&hash, CHECKS_FORMAT, sizeof CHECKS_FORMAT);
  sc_content_hash_update (&hash, PACKAGE_VERSION, sizeof PACKAGE_VERSION);
  schema = g_resources_lookup_data (RESOURCE_BASE_PATH SC_COURSE_SCHEMA_RESOURCE,
                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (schema != NULL)
    sc_content_hash_update (&hash, g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));
  sc_content_hash_finish (&hash, hex);
  self->salt = g_strdup (hex);

  return self->salt;
}

static void
update_bytes (ScContentHash *hash,
              GBytes        *bytes)
{
  gsize size = bytes != NULL ? g_bytes_get_size (bytes) : 0;
  char length[32];

  /* The length first, so two parts can never run into each other. */
  g_snprintf (length, sizeof length, "%" G_GSIZE_FORMAT ":", size);
  sc_content_hash_update (hash, length, strlen (length));
  if (size > 0)
    sc_content_hash_update (hash, g_bytes_get_data (bytes, NULL), size);
}

/**
 * sc_course_checks_begin:
 *
 * Starts a load: no check is used in it yet.
 */
void
sc_course_checks_begin (ScCourseChecks *self)
{
  g_return_if_fail (self != NULL);

  g_hash_table_remove_all (self->used);
  self->n_reused = 0;
}

/**
 * sc_course_checks_key:
 * @check: the check's name, such as "schema"
 * @first: what it checks
 * @second: (nullable): what else its answer depends on
 *
 * Returns: (transfer full): the key of running @check on these bytes
 */
char *
sc_course_checks_key (ScCourseChecks *self,
                      const char     *check,
                      GBytes         *first,
                      GBytes         *second)
{
  ScContentHash hash;
  char hex[SC_CONTENT_HASH_HEX_LENGTH + 1];

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (check != NULL, NULL);

  sc_content_hash_init (&hash);
  sc_content_hash_update (&hash, get_salt (self), KEY_LENGTH);
  sc_content_hash_update (&hash, check, strlen (check) + 1);
  update_bytes (&hash, first);
  update_bytes (&hash, second);
  sc_content_hash_finish (&hash, hex);

  return g_strdup (hex);
}

/**
 * sc_course_checks_reuse:
 * @key: from sc_course_checks_key()
 *
 * Notes that the current load uses the check @key (run or not).
 *
 * Returns: %TRUE when it passed before, so it need not run
 */
gboolean
sc_course_checks_reuse (ScCourseChecks *self,
                        const char     *key)
{
  gboolean known;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  known = g_hash_table_contains (self->known, key);
  if (g_hash_table_add (self->used, g_strdup (key)) && known)
    self->n_reused++;

  return known;
}

/**
 * sc_course_checks_finish:
 * @passed: whether the load found no problem
 *
 * Ends a load. When it passed, every check it used passed: they are the
 * known ones from now on. Otherwise the known ones stay.
 */
void
sc_course_checks_finish (ScCourseChecks *self,
                         gboolean        passed)
{
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (self != NULL);

  if (!passed)
    {
      g_hash_table_remove_all (self->used);
      return;
    }

  if (g_hash_table_size (self->used) != g_hash_table_size (self->known))
    self->changed = TRUE;
  g_hash_table_iter_init (&iter, self->used);
  while (!self->changed && g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (self->known, key))
      self->changed = TRUE;

  g_hash_table_unref (self->known);
  self->known = g_steal_pointer (&self->used);
  self->used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
