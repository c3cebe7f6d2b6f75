/* sc-grade-text.c - typed answers: short answer and numerical
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Short answers compare in Unicode NFC with the spaces around them trimmed,
 * case-folded unless the question is case sensitive; "*" in an answer
 * matches any run of characters and "\*" a literal star. Numbers are read
 * with the decimal separator given by the caller, never the process locale,
 * so grading is the same function everywhere; units divide the number by
 * their multiplier, as in Moodle.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "sc-grade-private.h"

/* Trim Unicode white space, including no-break spaces; NULL for bad UTF-8 */
static char *
trim_dup (const char *text)
{
  const char *start = text, *end;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

static char *
comparable (const char *text,
            gboolean    case_sensitive)
{
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);

  if (nfc == NULL)
    return NULL;
  if (case_sensitive)
    return g_steal_pointer (&nfc);

  return g_utf8_casefold (nfc, -1);
}

/* Splits @pattern at runs of unescaped "*"; each piece with "\*" undone and
 * made comparable. */
static GPtrArray *
wildcard_pieces (const char *pattern,
                 gboolean    case_sensitive)
{
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) piece = g_string_new (NULL);

  for (const char *p = pattern;; p++)
    {
      if (*p == '\\' && p[1] == '*')
        {
          g_string_append_c (piece, '*');
          p++;
        }
      else if (*p == '*' || *p == '\0')
        {
          char *cmp = comparable (piece->str, case_sensitive);

          if (cmp == NULL)
            return NULL;
          g_ptr_array_add (pieces, cmp);
          g_string_truncate (piece, 0);
          if (*p == '\0')
            break;
          while (p[1] == '*')
            p++;
        }
      else
        g_string_append_c (piece, *p);
    }

  return g_steal_pointer (&pieces);
}

static gboolean
wildcard_match (const char *response,
                const char *pattern,
                gboolean    case_sensitive)
{
  g_autoptr(GPtrArray) pieces = wildcard_pieces (pattern, case_sensitive);
  const char *first, *last;
  gsize length, from, to;

  if (pieces == NULL)
    return FALSE;

  first = g_ptr_array_index (pieces, 0);
  if (pieces->len == 1)
    return strcmp (response, first) == 0;

  last = g_ptr_array_index (pieces, pieces->len - 1);
  length = strlen (response);
  from = strlen (first);
  if (from + strlen (last) > length
      || strncmp (response, first, from) != 0
      || strcmp (response + length - strlen (last), last) != 0)
    return FALSE;

  to = length - strlen (last);
  for (guint i = 1; i + 1 < pieces->len; i++)
    {
      const char *piece = g_ptr_array_index (pieces, i);
      g_autofree char *window = g_strndup (response + from, to - from);
      const char *found = strstr (window, piece);

      if (found == NULL)
        return FALSE;
      from += (found - window) + strlen (piece);
    }

  return TRUE;
}

void
sc_grade_short_answer (const GPtrArray *answers,
                       gboolean         case_sensitive,
                       const char      *text,
                       ScGradeResult   *result)
{
  g_autofree char *trimmed = trim_dup (text);
  g_autofree char *response = NULL;

  if (text != NULL && trimmed == NULL)
    {
      sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_MALFORMED);
      return;
    }
  if (trimmed == NULL || trimmed[0] == '\0')
    {
      sc_grade_set_invalid (result, SC_GRADE_UNANSWERED, SC_GRADE_REASON_EMPTY);
      return;
    }

  response = comparable (trimmed, case_sensitive);
  for (guint i = 0; i < answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index ((GPtrArray *) answers, i);
      g_autofree char *pattern = trim_dup (answer->text.source);

      if (pattern == NULL || pattern[0] == '\0')
        continue;
      if (wildcard_match (response, pattern, case_sensitive))
        {
          result->answer_index = i;
          result->feedback = &answer->feedback;
          sc_grade_set_fraction (result, answer->fraction);
          return;
        }
    }

  sc_grade_set_fraction (result, 0.0);
}

/**
 * sc_grade_parse_number:
 * @text: what the learner typed
 * @decimal_separator: ',' to accept "2,5" (and "2.5"), anything else for
 *   a point only
 * @value: (out) (optional): the number
 * @rest: (out) (optional) (transfer full): what follows it, trimmed (a unit)
 *
 * Reads "-2.5e3 km", "+7", "−3" (with a Unicode minus) and ".5".
 *
 * Returns: %SC_GRADE_REASON_NONE when a number was read, otherwise
 *   EMPTY, MALFORMED or DECIMAL_COMMA
 */
ScGradeReason
sc_grade_parse_number (const char  *text,
                       char         decimal_separator,
                       double      *value,
                       char       **rest)
{
  g_autofree char *trimmed = trim_dup (text);
  g_autoptr(GString) number = g_string_new (NULL);
  const char *p;
  gsize int_digits = 0, frac_digits = 0;

  if (text != NULL && trimmed == NULL)
    return SC_GRADE_REASON_MALFORMED;
  if (trimmed == NULL || trimmed[0] == '\0')
    return SC_GRADE_REASON_EMPTY;

  p = trimmed;
  if (*p == '-' || *p == '+')
    g_string_append_c (number, *p++);
  else if (g_str_has_prefix (p, "\xe2\x88\x92"))  /* U+2212 MINUS SIGN */
    {
      g_string_append_c (number, '-');
      p += 3;
    }

  for (; g_ascii_isdigit (*p); p++, int_digits++)
    g_string_append_c (number, *p);

  if (*p == ',' && decimal_separator != ',' && g_ascii_isdigit (p[1]))
    return SC_GRADE_REASON_DECIMAL_COMMA;
  if (*p == '.' || (*p == ',' && decimal_separator == ','))
    {
      g_string_append_c (number, '.');
      for (p++; g_ascii_isdigit (*p); p++, frac_digits++)
        g_string_append_c (number, *p);
    }
  if (int_digits == 0 && frac_digits == 0)
    return SC_GRADE_REASON_MALFORMED;

  if ((*p == 'e' || *p == 'E')
      && (g_ascii_isdigit (p[1]) || ((p[1] == '-' || p[1] == '+') && g_ascii_isdigit (p[2]))))
    {
      g_string_append_c (number, *p++);
      if (*p == '-' || *p == '+')
        g_string_append_c (number, *p++);
      for (; g_ascii_isdigit (*p); p++)
        g_string_append_c (number, *p);
    }

  /* "2.5.1" or "2,5,1" is not a number followed by a unit */
  if (*p == '.' || *p == ',' || g_ascii_isdigit (*p))
    return SC_GRADE_REASON_MALFORMED;

  if (value != NULL)
    *value = g_ascii_strtod (number->str, NULL);
  if (rest != NULL)
    *rest = trim_dup (p);

  return SC_GRADE_REASON_NONE;
}

static gboolean
answer_value (const ScQuestionAnswer *answer,
              double                 *value)
{
  g_autofree char *rest = NULL;

  if (sc_grade_parse_number (answer->text.source, ',', value, &rest) != SC_GRADE_REASON_NONE)
    return FALSE;

  return rest[0] == '\0' && isfinite (*value);
}

static gboolean
within_tolerance (const ScQuestionAnswer *answer,
                  double                  expected,
                  double                  value)
{
  double tolerance = fabs (answer->tolerance);
  /* Decimal answers are not exact in binary: 0.3 ± 0.1 must accept 0.4 */
  double slack = 1e-12 * MAX (1.0, MAX (fabs (expected), tolerance));
  double low, high;

  switch (answer->tolerance_type)
    {
    case SC_TOLERANCE_RELATIVE:
      low = expected - fabs (expected) * tolerance;
      high = expected + fabs (expected) * tolerance;
      break;
    case SC_TOLERANCE_GEOMETRIC:
      low = MIN (expected / (1.0 + tolerance), expected * (1.0 + tolerance));
      high = MAX (expected / (1.0 + tolerance), expected * (1.0 + tolerance));
      break;
    case SC_TOLERANCE_NOMINAL:
    default:
      low = expected - tolerance;
      high = expected + tolerance;
      break;
    }

  return value >= low - slack && value <= high + slack;
}

static const ScQuestionUnit *
find_unit (const GPtrArray *units,
           const char      *name)
{
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      const ScQuestionUnit *unit = g_ptr_array_index ((GPtrArray *) units, i);

      if (g_strcmp0 (unit->name, name) == 0)
        return unit;
    }

  return NULL;
}

/* "$ 12" when units go on the left: the unit is peeled off first. */
static const char *
strip_left_unit (const GPtrArray       *units,
                 const char            *text,
                 const ScQuestionUnit **found)
{
  while (g_unichar_isspace (g_utf8_get_char (text)))
    text = g_utf8_next_char (text);

  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      const ScQuestionUnit *unit = g_ptr_array_index ((GPtrArray *) units, i);

      if (unit->name != NULL && unit->name[0] != '\0' && g_str_has_prefix (text, unit->name))
        {
          *found = unit;
          return text + strlen (unit->name);
        }
    }

  return text;
}

void
sc_grade_numerical (const GPtrArray          *answers,
                    const GPtrArray          *units,
                    const ScNumericalOptions *options,
                    const char               *text,
                    char                      decimal_separator,
                    ScGradeResult            *result)
{
  g_autofree char *rest = NULL;
  const ScQuestionUnit *unit = NULL;
  /* showunits 3: the question asks for no unit */
  gboolean has_units = units != NULL && units->len > 0
                       && (options == NULL || options->show_units != 3);
  gboolean units_left = has_units && options != NULL && options->units_left;
  const char *number_text = text;
  ScGradeReason reason;
  double value = 0.0;

  if (units_left && text != NULL && g_utf8_validate (text, -1, NULL))
    number_text = strip_left_unit (units, text, &unit);

  reason = sc_grade_parse_number (number_text, decimal_separator, &value, &rest);
  if (reason == SC_GRADE_REASON_EMPTY && unit == NULL)
    {
      sc_grade_set_invalid (result, SC_GRADE_UNANSWERED, reason);
      return;
    }
  if (reason != SC_GRADE_REASON_NONE)
    {
      sc_grade_set_invalid (result, SC_GRADE_INVALID,
                            reason == SC_GRADE_REASON_EMPTY ? SC_GRADE_REASON_MALFORMED : reason);
      return;
    }

  if (rest[0] != '\0')
    {
      if (!has_units || units_left)
        {
          sc_grade_set_invalid (result, SC_GRADE_INVALID,
                                has_units ? SC_GRADE_REASON_UNKNOWN_UNIT
                                          : SC_GRADE_REASON_MALFORMED);
          return;
        }
      unit = find_unit (units, rest);
      if (unit == NULL)
        {
          sc_grade_set_invalid (result, SC_GRADE_INVALID, SC_GRADE_REASON_UNKNOWN_UNIT);
          return;
        }
    }
  if (unit != NULL && unit->multiplier != 0.0)
    value /= unit->multiplier;

  for (guint i = 0; i < answers->len; i++)
    {
      const ScQuestionAnswer *answer = g_ptr_array_index ((GPtrArray *) answers, i);
      double expected, fraction;
      gboolean wildcard = g_strcmp0 (answer->text.source, "*") == 0;

      if (!wildcard && (!answer_value (answer, &expected)
                        || !within_tolerance (answer, expected, value)))
        continue;

      result->answer_index = i;
      result->feedback = &answer->feedback;
      fraction = CLAMP (answer->fraction, 0.0, 1.0);

      /* Moodle's unit penalty when units are graded and none was given */
      if (has_units && unit == NULL && options != NULL)
        {
          if (options->unit_grading_type == 1)
            fraction -= options->unit_penalty * fraction;
          else if (options->unit_grading_type == 2)
            fraction -= options->unit_penalty;
        }
      sc_grade_set_fraction (result, fraction);
      return;
    }

  sc_grade_set_fraction (result, 0.0);
}

/**
 * sc_grade_locale_decimal_separator:
 *
 * Returns: ',' when the current locale writes decimals with a comma,
 *   otherwise '.'; pass it in ScResponse.decimal_separator
 */
char
sc_grade_locale_decimal_separator (void)
{
  const struct lconv *conv = localeconv ();

  if (conv != NULL && conv->decimal_point != NULL && conv->decimal_point[0] == ',')
    return ',';

  return '.';
}
