/* sc-cloze-write.c - writing cloze fields back in Moodle's embedded-answer syntax
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is written reads back as the same parts: grades as they were
 * written when they still hold, a backslash before } # ~ and itself, "&"
 * as "&amp;" (the reader decodes HTML entities), and a leading "=" or "%"
 * as an entity so it does not read as a grade.
 */
#include <math.h>
#include <string.h>

#include "sc-cloze-private.h"

static void
append_escaped (GString    *out,
                const char *text,
                gboolean    plain)
{
  gsize start = out->len;

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': case '}': case '#': case '~':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, plain ? "&lt;" : "<");
          break;
        case '>':
          g_string_append (out, plain ? "&gt;" : ">");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }

  /* A leading "=" or "%" would read as a grade */
  if (out->len > start && (out->str[start] == '=' || out->str[start] == '%'))
    {
      char first = out->str[start];

      g_string_erase (out, start, 1);
      g_string_insert (out, start, first == '=' ? "&#61;" : "&#37;");
    }
}

static void
append_percentage (GString *out,
                   double   fraction)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double percent = round (fraction * 100.0 * 100000.0) / 100000.0;

  g_string_append_c (out, '%');
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.7g", percent));
  g_string_append_c (out, '%');
}

/* The grade as written when it still says the same thing; otherwise one
 * written from the fraction. A multiple-response part keeps what was
 * written because its fractions were scaled after reading. */
static void
append_grade (GString                *out,
              const ScClozePart      *part,
              const ScQuestionAnswer *answer)
{
  const char *source = answer->fraction_source;
  gboolean multi = sc_cloze_type_get_kind (part->type) == SC_CLOZE_KIND_MULTI_RESPONSE;

  if (source != NULL && strcmp (source, "=") == 0)
    {
      if (multi || fabs (answer->fraction - 1.0) < SC_MOODLE_GRADE_TOLERANCE)
        {
          g_string_append_c (out, '=');
          return;
        }
    }
  else if (source != NULL && sc_cloze_is_percentage (source, source + strlen (source))
           && (multi || fabs (sc_cloze_number_value (source) / 100.0 - answer->fraction)
                        < SC_MOODLE_GRADE_TOLERANCE))
    {
      g_string_append_printf (out, "%%%s%%", source);
      return;
    }
  else if (source == NULL && multi && answer->fraction <= 0)
    return;

  if (fabs (answer->fraction - 1.0) < SC_MOODLE_GRADE_TOLERANCE)
    g_string_append_c (out, '=');
  else if (fabs (answer->fraction) >= SC_MOODLE_GRADE_TOLERANCE)
    append_percentage (out, answer->fraction);
}

/**
 * sc_cloze_part_write:
 *
 * Writes @part back in Moodle's syntax, "{weight:TYPE:…}", with the type
 * spelled as it was read. sc_cloze_parse() of the result gives @part again.
 *
 * Returns: (transfer full): the field
 */
char *
sc_cloze_part_write (const ScClozePart *part)
{
  GString *out;
  ScClozeType spelled;
  ScClozeKind kind;

  g_return_val_if_fail (part != NULL, NULL);
  g_return_val_if_fail (sc_cloze_type_to_string (part->type) != NULL, NULL);

  kind = sc_cloze_type_get_kind (part->type);
  out = g_string_new (NULL);
  g_string_append_printf (out, "{%u:", part->weight);
  if (part->type_source != NULL
      && sc_cloze_type_from_string (part->type_source, &spelled)
      && spelled == part->type)
    g_string_append (out, part->type_source);
  else
    g_string_append (out, sc_cloze_type_to_string (part->type));
  g_string_append_c (out, ':');

  for (guint i = 0; i < part->answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index (part->answers, i);
      const char *text = answer->text.source != NULL ? answer->text.source : "";

      if (i > 0)
        g_string_append_c (out, '~');
      append_grade (out, part, answer);

      if (kind == SC_CLOZE_KIND_NUMERICAL && (sc_cloze_is_number (text, text + strlen (text))
                                              || strcmp (text, "*") == 0))
        {
          g_string_append (out, text);
          if (answer->tolerance_source != NULL
              && sc_cloze_is_number (answer->tolerance_source,
                            answer->tolerance_source + strlen (answer->tolerance_source))
              && fabs (sc_cloze_number_value (answer->tolerance_source)) == answer->tolerance)
            g_string_append_printf (out, ":%s", answer->tolerance_source);
          else if (answer->tolerance != 0)
            {
              char buffer[G_ASCII_DTOSTR_BUF_SIZE];

              g_string_append_printf (out, ":%s",
                                      g_ascii_formatd (buffer, sizeof buffer, "%.15g",
                                                       fabs (answer->tolerance)));
            }
        }
      else
        append_escaped (out, text, kind != SC_CLOZE_KIND_CHOICE
                                   && kind != SC_CLOZE_KIND_MULTI_RESPONSE);

      if (answer->feedback.source != NULL)
        {
          g_string_append_c (out, '#');
          append_escaped (out, answer->feedback.source, FALSE);
        }
    }

  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

/**
 * sc_cloze_write:
 * @source: the text @parts were parsed from
 * @parts: (element-type ScClozePart): fields in order, each with the byte
 *   range it covers in @source
 *
 * Rebuilds @source with every field written by sc_cloze_part_write(), for
 * a question whose answers were edited.
 *
 * Returns: (transfer full): the new text
 */
char *
sc_cloze_write (const char      *source,
                const GPtrArray *parts)
{
  GString *out;
  gsize length, at = 0;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (parts != NULL, NULL);

  length = strlen (source);
  out = g_string_sized_new (length);

  for (guint i = 0; i < parts->len; i++)
    {
      const ScClozePart *part = g_ptr_array_index ((GPtrArray *) parts, i);
      g_autofree char *field = NULL;

      if (part->start < at || part->end < part->start || part->end > length)
        {
          g_critical ("%s: cloze part %u does not fit its text", G_STRFUNC, i);
          break;
        }

      g_string_append_len (out, source + at, part->start - at);
      field = sc_cloze_part_write (part);
      g_string_append (out, field);
      at = part->end;
    }

  g_string_append (out, source + at);
  return g_string_free (out, FALSE);
}
