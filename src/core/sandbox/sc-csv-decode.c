/* sc-csv-decode.c - a CSV file's bytes as UTF-8 text, or advice on how to save it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spreadsheets save "CSV" in whatever the system's legacy code page is
 * (windows-1252 in most of Europe), as "Unicode text" (UTF-16LE with a
 * byte order mark), or as CSV UTF-8 with or without a BOM. Only the
 * Unicode forms can be read without guessing, so those are accepted and
 * everything else is refused with the line of the first bad byte and the
 * one step that fixes it. Guessing windows-1252 would turn a learner's
 * "€" or "é" into something else without a word.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-csv-private.h"
#include "sc-error.h"

/* Line breaks as a text editor counts them: CRLF, CR and LF each end one. */
guint
sc_csv_count_line_breaks (const char *data,
                          gsize       length)
{
  guint breaks = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '\n')
        breaks++;
      else if (data[i] == '\r' && (i + 1 >= length || data[i + 1] != '\n'))
        breaks++;
    }

  return breaks;
}

void
sc_csv_set_error (GError    **error,
                  int         code,
                  const char *display_name,
                  guint       line,
                  const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, SC_ERROR, code, "%s:%u: %s", display_name, line, message);
  else
    g_set_error (error, SC_ERROR, code, "%s: %s", display_name, message);
}

static void
set_too_large (GError    **error,
               const char *display_name,
               guint64     size,
               gsize       max_size)
{
  g_autofree char *have = g_format_size (size);
  g_autofree char *most = g_format_size (max_size);

  sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, display_name, 0,
                    _("the file is %s, more than the %s Shopcraft reads at once. Split it into smaller files and import each"),
                    have, most);
}

/**
 * sc_csv_read_file:
 *
 * Reads a regular file of at most @max_size bytes, without reading past
 * the cap (a named pipe or a huge file never fills memory).
 */
GBytes *
sc_csv_read_file (const char *path,
                  const char *display_name,
                  gsize       max_size,
                  GError    **error)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize length = 0;
  gsize capacity;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved = errno;

      sc_csv_set_error (error, SC_ERROR_IO, display_name, 0,
                        _("the file cannot be read (%s). Check its name and that you may open it"),
                        g_strerror (saved));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      sc_csv_set_error (error, SC_ERROR_IO, display_name, 0,
                        _("this is not a file. Choose the CSV file itself"));
      close (fd);
      return NULL;
    }
  if ((guint64) st.st_size > max_size)
    {
      set_too_large (error, display_name, st.st_size, max_size);
      close (fd);
      return NULL;
    }

  /* Room for the file as fstat () saw it and one byte more, so a file that
   * grew since shows; it grows up to one byte past the cap. */
  capacity = (gsize) st.st_size + 1;
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

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          sc_csv_set_error (error, SC_ERROR_IO, display_name, 0,
                            _("the file cannot be read (%s). Check its name and that you may open it"),
                            g_strerror (saved));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
    }
  close (fd);

  if (length > max_size)
    {
      set_too_large (error, display_name, length, max_size);
      return NULL;
    }

  return g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (length, 1)), length);
}

static GBytes *
decode_utf16 (const guint8 *data,
              gsize         length,
              gboolean      big_endian,
              const char   *display_name,
              GError      **error)
{
  g_autoptr(GString) out = NULL;

  if (length % 2 != 0)
    {
      sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, display_name, 0,
                        _("the file starts like UTF-16 text but ends in the middle of a character, so it was cut off. Save it again from your spreadsheet as CSV UTF-8"));
      return NULL;
    }

  out = g_string_sized_new (length / 2 + length / 4);
  for (gsize i = 0; i < length; i += 2)
    {
      gunichar unit = big_endian ? (data[i] << 8) | data[i + 1] : (data[i + 1] << 8) | data[i];
      gunichar c = unit;

      if (unit >= 0xd800 && unit <= 0xdbff && i + 3 < length)
        {
          gunichar low = big_endian ? (data[i + 2] << 8) | data[i + 3] : (data[i + 3] << 8) | data[i + 2];

          if (low >= 0xdc00 && low <= 0xdfff)
            {
              c = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
              i += 2;
            }
        }

      if (c >= 0xd800 && c <= 0xdfff)
        {
          guint line = 1 + sc_csv_count_line_breaks (out->str, out->len);

          sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, display_name, line,
                            _("the file is UTF-16 text with a damaged character here (half of a surrogate pair). Save it again from your spreadsheet as CSV UTF-8"));
          return NULL;
        }
      g_string_append_unichar (out, c);
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static gboolean
has_prefix (const guint8 *data,
            gsize         length,
            const char   *prefix,
            gsize         prefix_length)
{
  return length >= prefix_length && memcmp (data, prefix, prefix_length) == 0;
}

/* A spreadsheet's own format saved under a .csv name: say so, rather
 * than complain about its bytes. */
static gboolean
is_workbook (const guint8 *data,
             gsize         length,
             const char   *display_name,
             GError      **error)
{
  if (has_prefix (data, length, "PK\3\4", 4))
    {
      sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, display_name, 0,
                        _("this is a spreadsheet workbook (such as .xlsx or .ods), not a CSV file. Open it in your spreadsheet and save it as CSV UTF-8"));
      return TRUE;
    }
  if (has_prefix (data, length, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8))
    {
      sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, display_name, 0,
                        _("this is an old Excel workbook (.xls), not a CSV file. Open it in your spreadsheet and save it as CSV UTF-8"));
      return TRUE;
    }

  return FALSE;
}

/**
 * sc_csv_decode:
 * @raw: the file as stored
 * @max_size: the cap on @raw
 * @encoding: (out): what it was
 *
 * Returns: (transfer full): the text as valid UTF-8 without a byte order
 *   mark or NUL bytes, or %NULL with an error saying how to save the file
 */
GBytes *
sc_csv_decode (GBytes        *raw,
               const char    *display_name,
               gsize          max_size,
               ScCsvEncoding *encoding,
               GError       **error)
{
  g_autoptr(GBytes) text = NULL;
  const guint8 *data;
  const char *chars;
  const char *nul;
  const char *bad = NULL;
  gboolean valid;
  gsize length;

  data = g_bytes_get_data (raw, &length);
  if (length > max_size)
    {
      set_too_large (error, display_name, length, max_size);
      return NULL;
    }

  if (has_prefix (data, length, "\xef\xbb\xbf", 3))
    {
      *encoding = SC_CSV_ENCODING_UTF8_BOM;
      text = g_bytes_new_from_bytes (raw, 3, length - 3);
    }
  else if (has_prefix (data, length, "\xff\xfe", 2) || has_prefix (data, length, "\xfe\xff", 2))
    {
      gboolean big_endian = data[0] == 0xfe;

      *encoding = big_endian ? SC_CSV_ENCODING_UTF16BE : SC_CSV_ENCODING_UTF16LE;
      text = decode_utf16 (data + 2, length - 2, big_endian, display_name, error);
      if (text == NULL)
        return NULL;
    }
  else
    {
      *encoding = SC_CSV_ENCODING_UTF8;
      text = g_bytes_ref (raw);
    }

  chars = g_bytes_get_data (text, &length);
  if (length == 0)
    {
      sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, display_name, 0,
                        _("the file is empty. Export the products again, with the header row"));
      return NULL;
    }

  nul = memchr (chars, '\0', length);
  valid = nul == NULL && g_utf8_validate_len (chars, length, &bad);

  /* A workbook's signature only counts in a file that is not text: a
   * text cell may start with these letters. */
  if (!valid && is_workbook (data, g_bytes_get_size (raw), display_name, error))
    return NULL;

  if (nul != NULL)
    {
      sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, display_name,
                        1 + sc_csv_count_line_breaks (chars, nul - chars),
                        _("the file holds NUL bytes, so it is not CSV text: it may be UTF-16 without a byte order mark, or a spreadsheet’s own format. Save it as CSV UTF-8 from your spreadsheet and import it again"));
      return NULL;
    }

  if (!valid)
    {
      sc_csv_set_error (error, SC_ERROR_INVALID_INPUT, display_name,
                        1 + sc_csv_count_line_breaks (chars, bad - chars),
                        _("the file is not UTF-8 text (byte 0x%02X cannot appear here); it was probably saved as windows-1252 or another legacy encoding. Save it as CSV UTF-8 from your spreadsheet and import it again"),
                        (guint) (guint8) *bad);
      return NULL;
    }

  return g_steal_pointer (&text);
}
