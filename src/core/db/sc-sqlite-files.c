/* sc-sqlite-files.c - what is checked on disk before SQLite opens a file
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite opens a truncated or random file "successfully" and fails only
 * at some later query, and it cannot tell that a folder is on a network
 * file system where its WAL is unsafe. These checks look at the folder
 * and the first bytes of the file first.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-sqlite.h"

#define SQLITE_HEADER_SIZE 100

/* statfs(2) magic numbers of network file systems, where SQLite's WAL
 * (shared memory beside the file) is not safe. */
#define NFS_SUPER_MAGIC    0x6969
#define SMB_SUPER_MAGIC    0x517B
#define CIFS_MAGIC_NUMBER  0xFF534D42
#define SMB2_MAGIC_NUMBER  0xFE534D42

static guint32 fs_magic_for_testing;

/**
 * sc_sqlite_ensure_folder:
 *
 * Creates @dir when missing and checks that it is writable: SQLite
 * creates its journal or WAL beside a database, so the folder itself must
 * be writable, not only the file.
 */
gboolean
sc_sqlite_ensure_folder (const char    *dir,
                         ScSqliteRole   role,
                         GError       **error)
{
  g_autofree char *cause = NULL;
  int saved_errno;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      saved_errno = errno;
      cause = g_strdup_printf (_("The folder %s cannot be created (%s)."), dir, g_strerror (saved_errno));
      sc_sqlite_fail (error, SC_ERROR_IO, role, cause);
      return FALSE;
    }

  if (g_access (dir, W_OK) != 0)
    {
      saved_errno = errno;
      cause = g_strdup_printf (_("The folder %s is not writable (%s)."), dir, g_strerror (saved_errno));
      sc_sqlite_fail (error, SC_ERROR_IO, role, cause);
      return FALSE;
    }

  return TRUE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static gboolean
has_nonempty_sibling (const char *path,
                      const char *suffix)
{
  g_autofree char *sibling = g_strconcat (path, suffix, NULL);
  GStatBuf st;

  return g_stat (sibling, &st) == 0 && st.st_size > 0;
}

/**
 * sc_sqlite_check_plain_file:
 *
 * Fails with %SC_ERROR_FOREIGN when @path is a symbolic link or a folder.
 * A link or a folder in the database's place is not damage: saying what
 * it is keeps anyone from restoring a backup over a file a link points
 * to. A missing path passes.
 */
gboolean
sc_sqlite_check_plain_file (const char    *path,
                            ScSqliteRole   role,
                            GError       **error)
{
  g_autofree char *cause = NULL;
  struct stat st;

  if (g_lstat (path, &st) != 0)
    return TRUE;

  if (S_ISLNK (st.st_mode))
    cause = g_strdup_printf (_("%s is a symbolic link; Shopcraft keeps its database as a plain file and never follows a link to it."),
                             path);
  else if (S_ISDIR (st.st_mode))
    cause = g_strdup_printf (_("%s is a folder, not a database file."), path);
  else
    return TRUE;

  sc_sqlite_fail (error, SC_ERROR_FOREIGN, role, cause);

  return FALSE;
}

/**
 * sc_sqlite_check_header:
 *
 * Reads the first bytes of @path before SQLite does. A missing or empty
 * file passes (it becomes a new database); a file that does not start
 * with an SQLite header, or that is shorter than its header says, fails
 * with %SC_ERROR_CORRUPT. SQLite alone would open a truncated file and
 * fail only at some later query.
 */
gboolean
sc_sqlite_check_header (const char    *path,
                        ScSqliteRole   role,
                        GError       **error)
{
  static const char magic[16] = "SQLite format 3";
  guint8 header[SQLITE_HEADER_SIZE] = { 0 };
  g_autofree char *cause = NULL;
  struct stat st;
  ssize_t n_read;
  guint32 page_size;
  guint32 n_pages;
  int saved_errno;
  int fd;

  if (!sc_sqlite_check_plain_file (path, role, error))
    return FALSE;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  if (fd < 0)
    {
      saved_errno = errno;
      if (saved_errno == ENOENT)
        return TRUE;
      cause = g_strdup_printf (_("%s cannot be read (%s)."), path, g_strerror (saved_errno));
      sc_sqlite_fail (error, SC_ERROR_IO, role, cause);
      return FALSE;
    }

  if (fstat (fd, &st) != 0 || st.st_size == 0)
    {
      close (fd);
      return TRUE;
    }

  do
    n_read = read (fd, header, sizeof header);
  while (n_read < 0 && errno == EINTR);
  close (fd);

  if (n_read < (ssize_t) sizeof magic || memcmp (header, magic, sizeof magic) != 0)
    {
      cause = g_strdup_printf (_("%s is damaged or is not a database (its first bytes are not an SQLite header)."),
                               path);
      sc_sqlite_fail (error, SC_ERROR_CORRUPT, role, cause);
      return FALSE;
    }

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  n_pages = n_read == SQLITE_HEADER_SIZE ? read_be32 (header + 28) : 0;

  /* The page count in the header is only valid when the "valid for"
   * counter matches the change counter; and while a journal or a WAL
   * holds pages, the main file may legitimately be shorter. */
  if (n_read == SQLITE_HEADER_SIZE &&
      (page_size < 512 || (page_size & (page_size - 1)) != 0))
    {
      cause = g_strdup_printf (_("%s is damaged: its header gives a page size of %u bytes, which SQLite never writes."),
                               path, (guint) page_size);
      sc_sqlite_fail (error, SC_ERROR_CORRUPT, role, cause);
      return FALSE;
    }

  if (n_read < SQLITE_HEADER_SIZE ||
      (n_pages > 0 &&
       read_be32 (header + 92) == read_be32 (header + 24) &&
       (guint64) st.st_size < (guint64) n_pages * page_size &&
       !has_nonempty_sibling (path, "-wal") &&
       !has_nonempty_sibling (path, "-journal")))
    {
      cause = g_strdup_printf (_("%s is damaged: the file is shorter than its header says, so it was cut off (for example by a full disk or an interrupted copy)."),
                               path);
      sc_sqlite_fail (error, SC_ERROR_CORRUPT, role, cause);
      return FALSE;
    }

  return TRUE;
}

gboolean
sc_sqlite_fs_magic_is_network (guint32 magic)
{
  switch (magic)
    {
    case NFS_SUPER_MAGIC:
    case SMB_SUPER_MAGIC:
    case CIFS_MAGIC_NUMBER:
    case SMB2_MAGIC_NUMBER:
      return TRUE;

    default:
      return FALSE;
    }
}

/**
 * sc_sqlite_dir_is_network:
 *
 * Returns: whether @dir is on NFS or SMB/CIFS, where the WAL's shared
 *   memory file does not work between machines.
 */
gboolean
sc_sqlite_dir_is_network (const char *dir)
{
  struct statfs st;

  if (fs_magic_for_testing != 0)
    return sc_sqlite_fs_magic_is_network (fs_magic_for_testing);

  if (statfs (dir, &st) != 0)
    return FALSE;

  return sc_sqlite_fs_magic_is_network ((guint32) st.f_type);
}

/**
 * sc_sqlite_set_fs_magic_for_testing:
 * @magic: a statfs(2) magic number to pretend every folder has, or 0
 *
 * Lets tests exercise the network file system fallback on a local disk.
 */
void
sc_sqlite_set_fs_magic_for_testing (guint32 magic)
{
  fs_magic_for_testing = magic;
}

/* Scratch files are hidden copies being written (".NAME.tmp-XXXXXX" by a
 * backup or restore, ".NAME.tmp" by the daily backup), plus SQLite's
 * companions of them. */
static gboolean
is_scratch_name (const char *name)
{
  static const char * const companions[] = { "-journal", "-wal", "-shm" };
  g_autofree char *stem = g_strdup (name);
  const char *tmp;

  if (name[0] != '.')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    if (g_str_has_suffix (stem, companions[i]))
      {
        stem[strlen (stem) - strlen (companions[i])] = '\0';
        break;
      }

  if (g_str_has_suffix (stem, ".tmp"))
    return TRUE;

  tmp = g_strrstr (stem, ".tmp-");

  return tmp != NULL && strlen (tmp) == strlen (".tmp-XXXXXX");
}

/**
 * sc_sqlite_remove_stale_scratch:
 * @dir: a folder Shopcraft writes copies into
 * @max_age_seconds: scratch files younger than this are left alone, as
 *   another process may still be writing them
 *
 * Removes the hidden scratch files a killed backup or restore left
 * behind in @dir. Nothing else is touched.
 *
 * Returns: how many files were removed
 */
guint
sc_sqlite_remove_stale_scratch (const char *dir,
                                gint64      max_age_seconds)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  guint n_removed = 0;

  if (folder == NULL)
    return 0;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!is_scratch_name (name))
        continue;

      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) ||
          now - (gint64) st.st_mtime < max_age_seconds)
        continue;

      if (g_unlink (path) == 0)
        n_removed++;
    }

  return n_removed;
}
