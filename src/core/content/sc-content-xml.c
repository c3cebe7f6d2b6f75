/* sc-content-xml.c - reading course files safely: size cap, no DOCTYPE, paths kept inside
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A course may come from anyone, so every file is treated as hostile:
 *
 * - it is read into memory by us, with a size cap, and compressed data is
 *   refused (libxml2 would silently inflate a gzip or xz file it opened
 *   itself, which makes a small file a memory bomb);
 * - it must be UTF-8, and it is parsed with XML_PARSE_NONET,
 *   XML_PARSE_BIG_LINES and XML_PARSE_COMPACT (how small text is stored)
 *   only: no entity substitution, and never XML_PARSE_HUGE, which turns
 *   off libxml2's entity-amplification guard;
 * - a DOCTYPE stops the parser the moment it is seen, before an internal
 *   subset can declare a single entity: nothing in a course needs one, and
 *   "billion laughs" and external entities both start there;
 * - errors go to a handler on this parser context only, never the global
 *   one, so readers on other threads do not see them.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "sc-content-xml.h"
#include "sc-error.h"

typedef struct
{
  const char       *file;
  ScCourseProblems *problems;
  guint             doctype_line;
  gboolean          doctype;
  gboolean          failed;
} ParseState;

static gboolean
has_escaping_component (const char *relative)
{
  g_auto(GStrv) parts = NULL;

  if (*relative == '\0' || g_path_is_absolute (relative) || strchr (relative, '\\') != NULL)
    return TRUE;

  /* "https://…", "file:…": a course refers to its own files only. */
  if (strchr (relative, ':') != NULL)
    return TRUE;

  parts = g_strsplit (relative, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return TRUE;

  return FALSE;
}

/* The common case for less: @relative made of plain names, each but the
 * last a folder and the last a regular file, none a symbolic link. One
 * lstat () a name, where realpath () reads every name of the course
 * folder's own path as well (on a 1,000-lesson course, ten thousand
 * system calls). %FALSE for anything else, which goes the long way. */
static gboolean
resolve_plain (const char  *course_dir,
               const char  *relative,
               char       **real_path)
{
  g_autoptr(GString) path = g_string_new (course_dir);
  const char *name = relative;
  struct stat st;

  for (;;)
    {
      const char *slash = strchr (name, '/');
      gsize length = slash != NULL ? (gsize) (slash - name) : strlen (name);

      if (length == 0 || (length == 1 && name[0] == '.'))
        return FALSE;
      g_string_append_c (path, G_DIR_SEPARATOR);
      g_string_append_len (path, name, length);
      if (lstat (path->str, &st) != 0)
        return FALSE;
      if (slash == NULL)
        break;
      if (!S_ISDIR (st.st_mode))
        return FALSE;
      name = slash + 1;
    }

  if (!S_ISREG (st.st_mode))
    return FALSE;
  if (real_path != NULL)
    *real_path = g_string_free (g_steal_pointer (&path), FALSE);

  return TRUE;
}

/**
 * sc_content_resolve_path:
 * @course_dir: the canonical, symlink-free path of the course folder
 * @relative: a path as written in a course file
 * @real_path: (out) (optional): where it leads, when it is inside
 *
 * Confines a path to the course folder: "..", absolute paths and URIs are
 * refused as written, and what is left is resolved with realpath(), so a
 * symbolic link that leads out of the folder is refused too.
 */
ScContentPath
sc_content_resolve_path (const char  *course_dir,
                         const char  *relative,
                         char       **real_path)
{
  g_autofree char *joined = NULL;
  g_autofree char *prefix = NULL;
  char *resolved;
  struct stat st;
  ScContentPath result;

  g_return_val_if_fail (course_dir != NULL, SC_CONTENT_PATH_ESCAPES);
  g_return_val_if_fail (relative != NULL, SC_CONTENT_PATH_ESCAPES);

  if (real_path != NULL)
    *real_path = NULL;

  if (has_escaping_component (relative))
    return SC_CONTENT_PATH_ESCAPES;
  if (resolve_plain (course_dir, relative, real_path))
    return SC_CONTENT_PATH_OK;

  joined = g_build_filename (course_dir, relative, NULL);
  resolved = realpath (joined, NULL);
  if (resolved == NULL)
    {
      /* A link pointing out of the folder at nothing is still a link out. */
      if (lstat (joined, &st) == 0 && S_ISLNK (st.st_mode))
        {
          g_autofree char *target = g_file_read_link (joined, NULL);

          if (target != NULL && g_path_is_absolute (target) &&
              !g_str_has_prefix (target, course_dir))
            return SC_CONTENT_PATH_OUTSIDE;
        }
      return SC_CONTENT_PATH_MISSING;
    }

  prefix = g_strconcat (course_dir, G_DIR_SEPARATOR_S, NULL);
  if (!g_str_has_prefix (resolved, prefix))
    result = SC_CONTENT_PATH_OUTSIDE;
  else if (stat (resolved, &st) != 0 || !S_ISREG (st.st_mode))
    result = SC_CONTENT_PATH_NOT_FILE;
  else
    result = SC_CONTENT_PATH_OK;

  if (result == SC_CONTENT_PATH_OK && real_path != NULL)
    *real_path = g_strdup (resolved);
  free (resolved);

  return result;
}

typedef enum
{
  READ_OK,
  READ_FAILED,     /* errno in *saved */
  READ_NOT_FILE,
  READ_TOO_LARGE,
} ReadResult;

/* Reads at most @max_size bytes of a regular file; one byte more than
 * the cap is enough to tell that a file is too large. */
static ReadResult
read_capped (const char  *path,
             gsize        max_size,
             GBytes     **bytes,
             int         *saved)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize capacity;
  gsize length = 0;
  int fd;

  g_assert (max_size > 0 && max_size < G_MAXSIZE);

  *saved = 0;
  /* O_NONBLOCK: a named pipe must not hang the reader. */
  fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0)
    {
      *saved = errno;
      return READ_FAILED;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return READ_NOT_FILE;
    }

  /* The size may change while we read: it is a first guess, the cap is
   * enforced on what is actually read. */
  capacity = CLAMP ((gsize) MAX (st.st_size, 0) + 1, 4096, max_size + 1);
  buffer = g_malloc (capacity);
  while (length <= max_size)
    {
      gssize n;

      if (length == capacity)
        {
          capacity = MIN (capacity * 2, max_size + 1);
          buffer = g_realloc (buffer, capacity);
        }

      n = read (fd, buffer + length, capacity - length);
      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n < 0)
        {
          *saved = errno;
          break;
        }
      if (n == 0)
        break;
      length += n;
    }
  close (fd);

  if (*saved != 0)
    return READ_FAILED;

  if (length > max_size)
    return READ_TOO_LARGE;

  *bytes = g_bytes_new_take (g_steal_pointer (&buffer), length);

  return READ_OK;
}

/**
 * sc_content_read_file:
 * @real_path: a path from sc_content_resolve_path()
 * @file: the name to report problems under
 *
 * Returns: (transfer full) (nullable): the bytes, at most
 *   %SC_CONTENT_MAX_FILE_SIZE of them, or %NULL with the problem added
 */
GBytes *
sc_content_read_file (const char       *real_path,
                      const char       *file,
                      ScCourseProblems *problems)
{
  GBytes *bytes = NULL;
  int saved = 0;

  g_return_val_if_fail (real_path != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  switch (read_capped (real_path, SC_CONTENT_MAX_FILE_SIZE, &bytes, &saved))
    {
    case READ_OK:
      return bytes;

    case READ_FAILED:
      sc_course_problems_add (problems, file, 0, _("cannot be read: %s"), g_strerror (saved));
      break;

    case READ_NOT_FILE:
      sc_course_problems_add_literal (problems, file, 0, _("is not a regular file"));
      break;

    case READ_TOO_LARGE:
    default:
      sc_course_problems_add (problems, file, 0,
                              _("is larger than %d MiB; split it into smaller files"),
                              SC_CONTENT_MAX_FILE_SIZE / (1024 * 1024));
      break;
    }

  return NULL;
}

/**
 * sc_content_read_file_capped:
 * @path: the file to read
 * @file: the name to report problems under
 * @max_size: the most bytes the file may hold, or 0 for
 *   %SC_CONTENT_MAX_FILE_SIZE
 * @error: set in the %SC_ERROR domain (%SC_ERROR_INVALID_INPUT), its
 *   message naming @file and, when the file is too large, the cap
 *
 * Like sc_content_read_file(), for readers that report a #GError rather
 * than a list of problems, such as a question bank chosen by the user.
 *
 * Returns: (transfer full) (nullable): the bytes, at most @max_size of them
 */
GBytes *
sc_content_read_file_capped (const char  *path,
                             const char  *file,
                             gsize        max_size,
                             GError     **error)
{
  g_autofree char *cap = NULL;
  GBytes *bytes = NULL;
  int saved = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (max_size < G_MAXSIZE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (max_size == 0)
    max_size = SC_CONTENT_MAX_FILE_SIZE;

  switch (read_capped (path, max_size, &bytes, &saved))
    {
    case READ_OK:
      return bytes;

    case READ_FAILED:
      /* Translators: the first %s is a file name, the second why it cannot be read */
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT, _("%s: cannot be read: %s"),
                   file, g_strerror (saved));
      break;

    case READ_NOT_FILE:
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("%s: is not a regular file; choose a file, not a folder or a device"),
                   file);
      break;

    case READ_TOO_LARGE:
    default:
      cap = max_size % (1024 * 1024) == 0
            /* Translators: a size cap: "64 MiB" */
            ? g_strdup_printf (_("%u MiB"), (guint) (max_size / (1024 * 1024)))
            : g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);
      /* Translators: the first %s is a file name, the second the most it
       * may hold: "bank.xml: is larger than 64 MiB; split it into smaller files" */
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("%s: is larger than %s; split it into smaller files"), file, cap);
      break;
    }

  return NULL;
}

/**
 * sc_content_compression_name:
 *
 * Returns: (nullable): the compressed format @data starts like ("gzip",
 *   "zip", …), so a reader can say so instead of "not well-formed"
 */
const char *
sc_content_compression_name (const guchar *data,
                             gsize         length)
{
  static const struct {
    const char *name;
    const char *magic;
    gsize       length;
  } formats[] = {
    { "gzip", "\x1f\x8b", 2 },
    { "xz", "\xfd" "7zXZ\x00", 6 },
    { "bzip2", "BZh", 3 },
    { "zstd", "\x28\xb5\x2f\xfd", 4 },
    { "zip", "PK\x03\x04", 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (length >= formats[i].length && memcmp (data, formats[i].magic, formats[i].length) == 0)
      return formats[i].name;

  return NULL;
}

/**
 * sc_content_utf8_validate:
 * @end: (out) (optional): where the first invalid byte is
 *
 * g_utf8_validate_len() with the same answer (a NUL byte is invalid
 * too), quicker on text that is mostly ASCII, as course and question
 * files are: eight ASCII bytes are checked at a time, and only the runs
 * of bytes above 0x7F, which are whole UTF-8 sequences when the text is
 * valid, go through GLib's validator.
 */
gboolean
sc_content_utf8_validate (const char  *data,
                          gsize        length,
                          const char **end)
{
  const guchar *p = (const guchar *) data;
  const guchar *stop = p + length;

  while (p < stop)
    {
      const guchar *run;

      while (stop - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          /* Any byte above 0x7F, or any zero byte. */
          if (((word | (word - G_GUINT64_CONSTANT (0x0101010101010101))) &
               G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
            break;
          p += 8;
        }
      while (p < stop && *p != 0 && *p < 0x80)
        p++;
      if (p == stop)
        break;
      if (*p == 0)
        {
          if (end != NULL)
            *end = (const char *) p;
          return FALSE;
        }

      run = p;
      while (p < stop && *p >= 0x80)
        p++;
      if (!g_utf8_validate_len ((const char *) run, p - run, end))
        return FALSE;
    }

  if (end != NULL)
    *end = (const char *) stop;

  return TRUE;
}

/* The line (from 1) that byte @offset of @data is on. */
guint
sc_content_line_of_offset (const char *data,
                           gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;

  return line;
}

static void
on_parse_error (void        *user_data,
                xmlErrorPtr  error)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  /* After a DOCTYPE the parser is stopped; anything it says is noise. */
  if (state->doctype || error->message == NULL)
    return;

  state->failed = TRUE;
  sc_course_problems_add_literal (state->problems, state->file, MAX (error->line, 0),
                                  error->message);
}

static void
on_internal_subset (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  state->doctype = TRUE;
  state->doctype_line = ctxt->input != NULL ? MAX (ctxt->input->line, 1) : 1;
  xmlStopParser (ctxt);
}

/**
 * sc_content_parse:
 * @file: the name to report problems under
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with every
 *   problem libxml2 found added
 */
xmlDoc *
sc_content_parse (const char       *data,
                  gsize             length,
                  const char       *file,
                  ScCourseProblems *problems)
{
  ParseState state = { file, problems, 0, FALSE, FALSE };
  const char *compression;
  const char *end = NULL;
  xmlParserCtxtPtr ctxt;
  xmlDoc *doc;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  compression = sc_content_compression_name ((const guchar *) data, length);
  if (compression != NULL)
    {
      /* TRANSLATORS: %s is a compression format such as "gzip" */
      sc_course_problems_add (problems, file, 0,
                              _("is compressed (%s); course files must be plain XML"),
                              compression);
      return NULL;
    }

  if (length >= 2 && ((guchar) data[0] == 0xff || (guchar) data[0] == 0xfe) &&
      ((guchar) data[1] == 0xff || (guchar) data[1] == 0xfe) && data[0] != data[1])
    {
      sc_course_problems_add_literal (problems, file, 0,
                                      _("is saved as UTF-16; save it as UTF-8"));
      return NULL;
    }

  if (length > G_MAXINT)
    {
      sc_course_problems_add_literal (problems, file, 0, _("is too large"));
      return NULL;
    }

  if (!sc_content_utf8_validate (data, length, &end))
    {
      guint line = sc_content_line_of_offset (data, end - data);

      if (*end == '\0')
        sc_course_problems_add_literal (problems, file, line,
                                        _("contains a NUL byte; is this really a text file?"));
      else
        sc_course_problems_add (problems, file, line,
                                _("the text is not valid UTF-8 (byte 0x%02X); save the file as UTF-8"),
                                (guchar) *end);
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      sc_course_problems_add_literal (problems, file, 0, _("cannot be read: out of memory"));
      return NULL;
    }

  ctxt->_private = &state;
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->internalSubset = on_internal_subset;

  /* XML_PARSE_COMPACT keeps a text node of a few bytes (most are the
   * indentation between elements) inside the node instead of in an
   * allocation of its own. Its price is that the tree must not be edited,
   * and nothing edits a course file's tree. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, file, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT);

  if (state.doctype)
    sc_course_problems_add_literal (problems, file, state.doctype_line,
                                    _("a DOCTYPE is not allowed in course files; "
                                      "remove the <!DOCTYPE …> declaration"));
  else if (doc == NULL && !state.failed)
    sc_course_problems_add_literal (problems, file, 0, _("is not a well-formed XML file"));

  xmlFreeParserCtxt (ctxt);

  if (doc != NULL && (state.doctype || state.failed))
    g_clear_pointer (&doc, xmlFreeDoc);

  return doc;
}

/**
 * sc_content_node_line:
 * @node: (nullable): an element
 *
 * Returns: the line @node starts on, past 65,535 too; 0 for %NULL
 */
guint
sc_content_node_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint) line : 0;
}

/**
 * sc_content_xml_attr:
 *
 * Returns: (transfer full) (nullable): attribute @name of @node without
 *   leading and trailing white space, or %NULL when @node has none
 */
char *
sc_content_xml_attr (xmlNode    *node,
                     const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);

  return copy;
}
