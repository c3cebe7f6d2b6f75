/* sc-dump.c - what the canonical text dumps of the sandbox share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sc-dump.h"

/**
 * sc_dump_append_quoted:
 * @text: (nullable): appended in double quotes, with quotes, backslashes
 *   and control characters escaped, so no value can fake a line of a dump
 */
void
sc_dump_append_quoted (GString    *out,
                       const char *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) (text != NULL ? text : ""); *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20 || *p == 0x7f)
            g_string_append_printf (out, "\\x%02x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}
