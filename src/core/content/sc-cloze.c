/* sc-cloze.c - reading Moodle's embedded-answer (cloze) syntax into parts
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field is "{weight:TYPE:alternatives}", the alternatives separated by "~",
 * each "=answer" (100 %), "%n%answer" or "answer" (0 %), optionally followed
 * by "#feedback"; numerical answers are "value:tolerance". A backslash
 * escapes } # ~ / " and itself.
 *
 * Moodle silently shows a field it cannot read as plain text, so a learner
 * sees raw braces. Here anything that starts like a field ("{", digits or
 * not, ":", a word, ":") must be a valid one, and a mistake is reported with
 * the character where the field starts so an author can find it. The
 * writer is in sc-cloze-write.c, the types in sc-cloze-types.c.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-cloze-private.h"
#include "sc-error.h"

#define MAX_WEIGHT 1000000
#define QUOTE_MAX  24

/* Parsing */

typedef struct
{
  const char *source;
  guint       field_at;  /* 1-based character position of the field's "{" */
} Parser;

static guint
char_position (const char *source,
               const char *at)
{
  return (guint) g_utf8_pointer_to_offset (source, at) + 1;
}

static char *
quote (const char *start,
       gsize       len)
{
  g_autofree char *text = g_strndup (start, len);
  glong n_chars = g_utf8_strlen (text, -1);

  if (n_chars <= QUOTE_MAX)
    return g_steal_pointer (&text);

  {
    g_autofree char *head = g_utf8_substring (text, 0, QUOTE_MAX - 1);

    return g_strconcat (head, "…", NULL);
  }
}

static gboolean
is_escapable (char c)
{
  return c == '}' || c == '#' || c == '~' || c == '/' || c == '"' || c == '\\';
}

static void
append_unichar (GString  *out,
                gunichar  c)
{
  char buffer[8];
  int len = g_unichar_to_utf8 (c, buffer);

  g_string_append_len (out, buffer, len);
}

/* Undoes what an HTML editor did to the field (Moodle runs
 * html_entity_decode); the common named entities and all numeric ones. */
static gsize
decode_entity (const char *p,
               GString    *out)
{
  static const struct { const char *name; gunichar c; } named[] = {
    { "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' },
    { "apos;", '\'' }, { "#39;", '\'' }, { "nbsp;", 0x00A0 },
  };

  g_assert (*p == '&');

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    {
      gsize len = strlen (named[i].name);

      if (strncmp (p + 1, named[i].name, len) == 0)
        {
          append_unichar (out, named[i].c);
          return len + 1;
        }
    }

  if (p[1] == '#')
    {
      gboolean hex = p[2] == 'x' || p[2] == 'X';
      const char *digits = p + (hex ? 3 : 2);
      const char *q = digits;
      guint64 value = 0;

      while (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q))
        {
          value = value * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (*q) : *q - '0');
          if (value > 0x10FFFF)
            break;
          q++;
        }
      if (q > digits && *q == ';' && value > 0 && g_unichar_validate ((gunichar) value))
        {
          append_unichar (out, (gunichar) value);
          return (gsize) (q - p) + 1;
        }
    }

  g_string_append_c (out, '&');
  return 1;
}

static char *
unescape (const char *start,
          const char *end)
{
  GString *out = g_string_sized_new (end - start);

  for (const char *p = start; p < end;)
    {
      if (*p == '\\' && p + 1 < end && is_escapable (p[1]))
        {
          g_string_append_c (out, p[1]);
          p += 2;
        }
      else if (*p == '&')
        p += decode_entity (p, out);
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* 1e999 is written like a number but is not one anybody can type */
static gboolean
is_finite_number (const char *start,
                  const char *end)
{
  g_autofree char *text = NULL;

  if (!sc_cloze_is_number (start, end))
    return FALSE;

  text = g_strndup (start, end - start);
  return isfinite (sc_cloze_number_value (text));
}

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, SC_ERROR, SC_ERROR_INVALID_INPUT, message);
  return FALSE;
}

static gboolean
parse_alternative (Parser       *parser,
                   ScClozePart  *part,
                   const char   *start,
                   const char   *end,
                   gboolean     *specific,
                   GError      **error)
{
  ScClozeKind kind = sc_cloze_type_get_kind (part->type);
  g_autoptr(ScQuestionAnswer) answer = NULL;
  g_autofree char *fraction_source = NULL;
  g_autofree char *text = NULL;
  const char *p = start;
  const char *answer_end;
  double fraction = 0.0;

  if (p < end && *p == '=')
    {
      fraction = 1.0;
      fraction_source = g_strdup ("=");
      p++;
    }
  else if (p < end && *p == '%')
    {
      const char *close = memchr (p + 1, '%', end - p - 1);
      g_autofree char *number = NULL;

      if (close == NULL || !sc_cloze_is_percentage (p + 1, close))
        {
          gsize len = close != NULL ? (gsize) (close - p) + 1 : (gsize) (end - p);
          g_autofree char *bad = quote (p, len);

          return fail (error,
                       _("Cloze field at character %u has a bad percentage “%s” at character "
                         "%u: write a number from -100 to 100 between two percent signs, such "
                         "as %%50%%."),
                       parser->field_at, bad, char_position (parser->source, p));
        }

      number = g_strndup (p + 1, close - p - 1);
      fraction = sc_cloze_number_value (number) / 100.0;
      if (fraction > 1.0 || fraction < -1.0)
        return fail (error,
                     _("Cloze field at character %u has a bad percentage “%%%s%%” at character "
                       "%u: write a number from -100 to 100 between two percent signs, such "
                       "as %%50%%."),
                     parser->field_at, number, char_position (parser->source, p));

      /* Moodle reads "%0%" as no percentage at all (PHP's "0" is false),
       * which matters for how a multiple-response part is scaled. */
      if (strcmp (number, "0") != 0)
        *specific = TRUE;
      fraction_source = g_steal_pointer (&number);
      p = close + 1;
    }

  /* The answer ends at an unescaped "#"; "&#" starts an HTML entity. */
  for (answer_end = p; answer_end < end; answer_end++)
    {
      if (*answer_end == '\\' && answer_end + 1 < end)
        answer_end++;
      else if (*answer_end == '#' && !(answer_end > p && answer_end[-1] == '&'))
        break;
    }

  if (answer_end == p)
    return fail (error,
                 _("Cloze field at character %u has an empty answer at character %u: "
                   "write the answer after “=”, the percentage or “~”, or remove the extra “~”."),
                 parser->field_at, char_position (parser->source, p));

  if (kind == SC_CLOZE_KIND_NUMERICAL)
    {
      const char *colon = memchr (p, ':', answer_end - p);
      const char *value_end = colon != NULL ? colon : answer_end;
      gboolean wildcard = value_end - p == 1 && *p == '*' && colon == NULL;

      if (!wildcard && (!is_finite_number (p, value_end)
                        || (colon != NULL && !is_finite_number (colon + 1, answer_end))))
        {
          g_autofree char *bad = quote (p, answer_end - p);

          return fail (error,
                       _("Cloze field at character %u has the numerical answer “%s”, which is "
                         "not a number: write it like 3.14 or, with a tolerance, 3.14:0.01."),
                       parser->field_at, bad);
        }

      text = g_strndup (p, value_end - p);
      answer = sc_question_answer_new (text, SC_TEXT_FORMAT_PLAIN, fraction);
      if (colon != NULL)
        {
          answer->tolerance_source = g_strndup (colon + 1, answer_end - colon - 1);
          answer->tolerance = fabs (sc_cloze_number_value (answer->tolerance_source));
        }
    }
  else
    {
      gboolean plain = kind == SC_CLOZE_KIND_SHORT_ANSWER;

      text = unescape (p, answer_end);
      answer = sc_question_answer_new (text, plain ? SC_TEXT_FORMAT_PLAIN : SC_TEXT_FORMAT_HTML,
                                       fraction);
    }

  answer->fraction_source = g_steal_pointer (&fraction_source);
  if (answer_end < end)
    {
      g_autofree char *feedback = unescape (answer_end + 1, end);

      sc_question_text_set (&answer->feedback, feedback, SC_TEXT_FORMAT_HTML);
    }

  g_ptr_array_add (part->answers, g_steal_pointer (&answer));
  return TRUE;
}

/* Moodle scales a multiple-response part so that its positive answers add
 * up to 1; when no answer has its own percentage, each wrong one cancels
 * one right one. */
static void
scale_multi_response (ScClozePart *part,
                      gboolean     specific)
{
  double total = 0.0;

  for (guint i = 0; i < part->answers->len; i++)
    {
      ScQuestionAnswer *answer = g_ptr_array_index (part->answers, i);

      if (answer->fraction > 0)
        total += answer->fraction;
    }

  if (total <= 0)
    return;

  for (guint i = 0; i < part->answers->len; i++)
    {
      ScQuestionAnswer *answer = g_ptr_array_index (part->answers, i);

      if (answer->fraction > 0)
        answer->fraction /= total;
      else if (!specific)
        answer->fraction = -1.0 / total;
    }
}

static gboolean
check_part (Parser       *parser,
            ScClozePart  *part,
            GError      **error)
{
  ScClozeKind kind = sc_cloze_type_get_kind (part->type);
  gboolean has_correct = FALSE;

  for (guint i = 0; i < part->answers->len; i++)
    {
      ScQuestionAnswer *answer = g_ptr_array_index (part->answers, i);

      if (kind == SC_CLOZE_KIND_MULTI_RESPONSE)
        has_correct |= answer->fraction > 0;
      else
        has_correct |= answer->fraction >= 1.0 - SC_MOODLE_GRADE_TOLERANCE;
    }

  if ((kind == SC_CLOZE_KIND_CHOICE || kind == SC_CLOZE_KIND_MULTI_RESPONSE)
      && part->answers->len < 2)
    return fail (error,
                 _("Cloze field at character %u offers only one choice: a multiple-choice field "
                   "needs at least two, separated by “~”."),
                 parser->field_at);

  if (!has_correct)
    return fail (error,
                 kind == SC_CLOZE_KIND_MULTI_RESPONSE
                   ? _("Cloze field at character %u has no correct answer: mark at least one "
                       "with “=” or a positive percentage such as %%50%%.")
                   : _("Cloze field at character %u has no correct answer: mark one with “=” "
                       "or %%100%%."),
                 parser->field_at);

  return TRUE;
}

/* Whether "{" at @brace starts something shaped like a field: optional
 * weight, ":", a word, ":". Anything else is ordinary text. */
static gboolean
looks_like_field (const char  *brace,
                  const char **weight_end,
                  const char **type_end)
{
  const char *p = brace + 1;
  const char *type_start;

  while (*p != '\0' && *p != ':' && p - brace <= 16
         && strchr ("{}~#%=\\", *p) == NULL && !g_ascii_isspace (*p))
    p++;
  if (*p != ':')
    return FALSE;
  *weight_end = p;

  type_start = ++p;
  while (g_ascii_isalpha (*p) || *p == '_')
    p++;
  if (p == type_start || *p != ':')
    return FALSE;
  *type_end = p;

  return TRUE;
}

static ScClozePart *
parse_field (Parser      *parser,
             const char  *brace,
             const char **next,
             GError     **error)
{
  g_autoptr(ScClozePart) part = NULL;
  g_autofree char *type_name = NULL;
  const char *weight_end, *type_end, *alternatives, *p;
  guint64 weight = 1;
  gboolean specific = FALSE;
  ScClozeType type;

  if (!looks_like_field (brace, &weight_end, &type_end))
    return NULL;

  parser->field_at = char_position (parser->source, brace);

  if (weight_end > brace + 1)
    {
      g_autofree char *digits = g_strndup (brace + 1, weight_end - brace - 1);

      if (!g_ascii_string_to_unsigned (digits, 10, 0, MAX_WEIGHT, &weight, NULL))
        {
          fail (error,
                _("Cloze field at character %u has the weight “%s”: write a whole number from "
                  "0 to %d, such as {2:SA:…}, or leave it out for 1."),
                parser->field_at, digits, MAX_WEIGHT);
          return NULL;
        }
    }

  type_name = g_strndup (weight_end + 1, type_end - weight_end - 1);
  if (!sc_cloze_type_from_string (type_name, &type))
    {
      g_autofree char *upper = g_ascii_strup (type_name, -1);

      if (sc_cloze_type_from_string (upper, &type))
        fail (error,
              _("Cloze field at character %u has the type “%s” in lower case: write it in "
                "capitals, “%s”."),
              parser->field_at, type_name, upper);
      else
        fail (error,
              _("Cloze field at character %u has an unknown type “%s”: use SHORTANSWER (SA), "
                "SHORTANSWER_C (SAC), NUMERICAL (NM), MULTICHOICE (MC, MCV, MCH, MCS, MCVS, "
                "MCHS) or MULTIRESPONSE (MR, MRH, MRS, MRHS)."),
              parser->field_at, type_name);
      return NULL;
    }

  part = sc_cloze_part_new (type, (guint) weight);
  part->type_source = g_steal_pointer (&type_name);
  part->start = brace - parser->source;

  alternatives = type_end + 1;
  for (p = alternatives;; p++)
    {
      if (*p == '\0')
        {
          fail (error,
                _("Cloze field at character %u has no closing “}”: end the field after its last "
                  "answer, and write “\\}” for a brace inside an answer."),
                parser->field_at);
          return NULL;
        }
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          continue;
        }
      if (*p == '~' || *p == '}')
        {
          if (!parse_alternative (parser, part, alternatives, p, &specific, error))
            return NULL;
          alternatives = p + 1;
          if (*p == '}')
            break;
        }
    }

  part->end = (p + 1) - parser->source;
  *next = p + 1;

  if (sc_cloze_type_get_kind (type) == SC_CLOZE_KIND_MULTI_RESPONSE)
    scale_multi_response (part, specific);
  if (!check_part (parser, part, error))
    return NULL;

  return g_steal_pointer (&part);
}

/**
 * sc_cloze_parse:
 * @source: a question text with embedded fields
 *
 * Returns: (transfer full) (element-type ScClozePart): the fields in order
 *   (empty when the text has none), or %NULL with @error naming the
 *   character where the broken field starts
 */
GPtrArray *
sc_cloze_parse (const char  *source,
                GError     **error)
{
  g_autoptr(GPtrArray) parts = NULL;
  Parser parser = { source, 0 };
  const char *p = source;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (source, -1, NULL))
    {
      fail (error,
            _("The cloze text is not valid UTF-8: save the file as UTF-8 and import it again."));
      return NULL;
    }

  parts = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_cloze_part_free);

  while ((p = strchr (p, '{')) != NULL)
    {
      g_autoptr(GError) local_error = NULL;
      const char *next = NULL;
      ScClozePart *part = parse_field (&parser, p, &next, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (part == NULL)
        {
          p++;
          continue;
        }

      g_ptr_array_add (parts, part);
      p = next;
    }

  return g_steal_pointer (&parts);
}

/**
 * sc_cloze_parse_question:
 *
 * Parses @question's stem into its cloze_parts and sets its default mark to
 * the sum of their weights, as Moodle does. On error @question is
 * unchanged.
 */
gboolean
sc_cloze_parse_question (ScQuestion  *question,
                         GError     **error)
{
  g_autoptr(GPtrArray) parts = NULL;
  guint total = 0;

  g_return_val_if_fail (question != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  parts = sc_cloze_parse (question->stem.source != NULL ? question->stem.source : "", error);
  if (parts == NULL)
    return FALSE;

  if (parts->len == 0)
    return fail (error,
                 _("The cloze question has no embedded answers: add one such as "
                   "{1:SHORTANSWER:=answer}."));

  for (guint i = 0; i < parts->len; i++)
    total += ((ScClozePart *) g_ptr_array_index (parts, i))->weight;

  g_ptr_array_unref (question->cloze_parts);
  question->cloze_parts = g_steal_pointer (&parts);
  question->default_mark = total;

  return TRUE;
}
