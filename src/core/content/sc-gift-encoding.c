/* sc-gift-encoding.c - a GIFT file's bytes as UTF-8 text, or a clear refusal
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GIFT files are meant to be UTF-8, but teachers write them in Notepad and
 * older Windows editors save Windows-1252 ("ANSI"). Bytes that are not
 * valid UTF-8 but are all defined in Windows-1252 are read as that, with a
 * warning; UTF-16 (Notepad's "Unicode"), binary files and anything else
 * are refused with what to do instead. A UTF-8 byte order mark is dropped.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-error.h"
#include "sc-gift-reader.h"

/* Windows-1252's bytes 0x80-0x9F; 0 marks the five it leaves undefined.
 * 0xA0-0xFF are the same code points in Unicode. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static guint
line_of (const guchar *data,
         gsize         offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;

  return line;
}

/* UTF-16 without a byte order mark shows as a zero in every other byte of
 * mostly-ASCII text. */
static gboolean
looks_like_utf16 (const guchar *data,
                  gsize         size)
{
  gsize n = MIN (size, 256) & ~(gsize) 1;
  guint even = 0, odd = 0;

  for (gsize i = 0; i < n; i += 2)
    {
      even += data[i] == 0;
      odd += data[i + 1] == 0;
    }

  return n >= 2 && (even >= n / 4 || odd >= n / 4) && (even == 0 || odd == 0);
}

static char *
from_cp1252 (const guchar *data,
             gsize         size)
{
  GString *out = g_string_sized_new (size + size / 8);

  for (gsize i = 0; i < size; i++)
    {
      if (data[i] < 0x80)
        g_string_append_c (out, (char) data[i]);
      else if (data[i] < 0xA0)
        g_string_append_unichar (out, cp1252_high[data[i] - 0x80]);
      else
        g_string_append_unichar (out, data[i]);
    }

  return g_string_free (out, FALSE);
}

/**
 * sc_gift_decode:
 * @file_name: the file as the user named it, for messages
 * @problems: receives the warning when the file was read as Windows-1252
 *
 * Returns: (transfer full) (nullable): the text as UTF-8 without a byte
 *   order mark, or %NULL with @error set when the file cannot be text
 */
char *
sc_gift_decode (const char        *data,
                gsize              size,
                const char        *file_name,
                ScCourseProblems  *problems,
                GError           **error)
{
  const guchar *bytes = (const guchar *) data;
  const guchar *zero;
  const char *end = NULL;

  g_return_val_if_fail (data != NULL || size == 0, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if ((size >= 4 && memcmp (bytes, "\xff\xfe\0\0", 4) == 0) ||
      (size >= 4 && memcmp (bytes, "\0\0\xfe\xff", 4) == 0))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   /* TRANSLATORS: %s is a file name, the second an encoding such as "UTF-16" */
                   _("%s: is saved as %s; save it as UTF-8 (in a text editor: Save As, "
                     "encoding UTF-8) and import it again"),
                   file_name, "UTF-32");
      return NULL;
    }

  zero = memchr (bytes, '\0', size);
  if ((size >= 2 && (memcmp (bytes, "\xff\xfe", 2) == 0 || memcmp (bytes, "\xfe\xff", 2) == 0)) ||
      (zero != NULL && looks_like_utf16 (bytes, size)))
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   _("%s: is saved as %s; save it as UTF-8 (in a text editor: Save As, "
                     "encoding UTF-8) and import it again"),
                   file_name, "UTF-16");
      return NULL;
    }
  if (zero != NULL)
    {
      g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                   /* TRANSLATORS: %s:%u is a file name and line */
                   _("%s:%u: contains a NUL byte, so it is not text; is this really a GIFT "
                     "file?"),
                   file_name, line_of (bytes, (gsize) (zero - bytes)));
      return NULL;
    }

  if (size >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
    {
      bytes += 3;
      size -= 3;
    }

  if (g_utf8_validate_len ((const char *) bytes, size, &end))
    return g_strndup ((const char *) bytes, size);

  for (gsize i = 0; i < size; i++)
    {
      if (bytes[i] >= 0x80 && bytes[i] < 0xA0 && cp1252_high[bytes[i] - 0x80] == 0)
        {
          g_set_error (error, SC_ERROR, SC_ERROR_INVALID_INPUT,
                       /* TRANSLATORS: %s:%u is a file name and line, 0x%02X a byte */
                       _("%s:%u: the text is neither UTF-8 nor Windows-1252 (byte 0x%02X means "
                         "nothing in either); save the file as UTF-8 and import it again"),
                       file_name, line_of (bytes, i), bytes[i]);
          return NULL;
        }
    }

  sc_course_problems_add (problems, file_name,
                          line_of (bytes, (gsize) ((const guchar *) end - bytes)),
                          _("the file is not UTF-8, so it was read as Windows-1252 (Western "
                            "European); check accented letters, and save the file as UTF-8 to "
                            "stop this warning"));

  return from_cp1252 (bytes, size);
}
