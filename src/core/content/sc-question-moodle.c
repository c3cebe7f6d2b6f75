/* sc-question-moodle.c - Moodle's conventions: format names, category paths, grade list
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "sc-question.h"

/* Moodle's list, positive half; the negative half mirrors it. */
static const double moodle_grades[] = {
  1.0, -1.0, 0.9, -0.9, 0.8333333, -0.8333333, 0.8, -0.8, 0.75, -0.75, 0.7, -0.7,
  0.6666667, -0.6666667, 0.6, -0.6, 0.5, -0.5, 0.4, -0.4, 0.3333333, -0.3333333,
  0.3, -0.3, 0.25, -0.25, 0.2, -0.2, 0.1666667, -0.1666667, 0.1428571, -0.1428571,
  0.125, -0.125, 0.1111111, -0.1111111, 0.1, -0.1, 0.05, -0.05, 0.0,
};

const char *
sc_text_format_to_moodle (ScTextFormat format)
{
  switch (format)
    {
    case SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT:
      return "moodle_auto_format";
    case SC_TEXT_FORMAT_MARKDOWN:
      return "markdown";
    case SC_TEXT_FORMAT_PLAIN:
      return "plain_text";
    case SC_TEXT_FORMAT_WIKI_LIKE:
      return "wiki_like";
    case SC_TEXT_FORMAT_HTML:
    default:
      return "html";
    }
}

/* Unknown or missing values become html, as in Moodle's trans_format. */
ScTextFormat
sc_text_format_from_moodle (const char *string)
{
  if (g_strcmp0 (string, "moodle_auto_format") == 0)
    return SC_TEXT_FORMAT_MOODLE_AUTO_FORMAT;
  if (g_strcmp0 (string, "markdown") == 0)
    return SC_TEXT_FORMAT_MARKDOWN;
  if (g_strcmp0 (string, "plain_text") == 0)
    return SC_TEXT_FORMAT_PLAIN;
  if (g_strcmp0 (string, "wiki_like") == 0)
    return SC_TEXT_FORMAT_WIKI_LIKE;

  return SC_TEXT_FORMAT_HTML;
}

/* Category paths */

/**
 * sc_question_category_parse:
 * @path: a path as Moodle writes it, e.g. "$course$/top/Pricing//Tax"
 *
 * Splits at every "/" that has no "/" next to it; in what remains each "//"
 * becomes "/", and each component is trimmed (Moodle's
 * split_category_path). Empty components are dropped.
 *
 * Returns: (transfer full): the components, %NULL-terminated
 */
char **
sc_question_category_parse (const char *path)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) raw = g_string_new (NULL);
  const char *p;

  g_return_val_if_fail (path != NULL, NULL);

  for (p = path;; p++)
    {
      gboolean split = FALSE;

      if (*p == '/')
        {
          gsize run = 1;

          while (p[run] == '/')
            run++;
          if (run == 1)
            split = TRUE;
          else
            {
              g_string_append_len (raw, p, run);
              p += run - 1;
              continue;
            }
        }

      if (split || *p == '\0')
        {
          GString *name = g_string_new (NULL);

          for (gsize i = 0; i < raw->len; i++)
            {
              g_string_append_c (name, raw->str[i]);
              if (raw->str[i] == '/' && i + 1 < raw->len && raw->str[i + 1] == '/')
                i++;
            }
          g_strstrip (name->str);
          name->len = strlen (name->str);
          if (name->len > 0)
            g_ptr_array_add (parts, g_string_free (name, FALSE));
          else
            g_string_free (name, TRUE);
          g_string_truncate (raw, 0);

          if (*p == '\0')
            break;
          continue;
        }

      g_string_append_c (raw, *p);
    }

  g_ptr_array_add (parts, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&parts), FALSE);
}

/**
 * sc_question_category_format:
 *
 * The inverse of sc_question_category_parse(): "/" inside a component is
 * written "//", and a component that then starts or ends with "/" gets a
 * space there so the separator stays unambiguous (as Moodle's
 * assemble_category_path does).
 *
 * Returns: (transfer full): the path
 */
char *
sc_question_category_format (const char * const *components)
{
  GString *path = g_string_new (NULL);

  g_return_val_if_fail (components != NULL, NULL);

  for (guint i = 0; components[i] != NULL; i++)
    {
      const char *name = components[i];
      gsize len = strlen (name);

      if (i > 0)
        g_string_append_c (path, '/');
      if (name[0] == '/')
        g_string_append_c (path, ' ');
      for (const char *p = name; *p != '\0'; p++)
        {
          if (*p == '/')
            g_string_append_c (path, '/');
          g_string_append_c (path, *p);
        }
      if (len > 0 && name[len - 1] == '/')
        g_string_append_c (path, ' ');
    }

  return g_string_free (path, FALSE);
}

/* The grade list */

/**
 * sc_moodle_grades:
 * @n_grades: (out): the number of grades
 *
 * Returns: (array length=n_grades): Moodle's allowed fractions, each
 *   positive one followed by its negative, ending with 0
 */
const double *
sc_moodle_grades (gsize *n_grades)
{
  g_return_val_if_fail (n_grades != NULL, NULL);

  *n_grades = G_N_ELEMENTS (moodle_grades);
  return moodle_grades;
}

/**
 * sc_moodle_grade_match:
 * @fraction: a fraction from -1 to 1 (a file's percentage divided by 100)
 * @matched: (out) (optional): the grade on the list
 *
 * Whether @fraction is on Moodle's grade list, within
 * %SC_MOODLE_GRADE_TOLERANCE (Moodle's match_grade_options with
 * matchgrades=error): "33.333" matches 0.3333333, "33" does not.
 */
gboolean
sc_moodle_grade_match (double  fraction,
                       double *matched)
{
  for (gsize i = 0; i < G_N_ELEMENTS (moodle_grades); i++)
    {
      if (fabs (fraction - moodle_grades[i]) < SC_MOODLE_GRADE_TOLERANCE)
        {
          if (matched != NULL)
            *matched = moodle_grades[i];
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * sc_moodle_grade_snap:
 *
 * The grade on Moodle's list nearest to @fraction (matchgrades=nearest);
 * out-of-range values snap to 1 or -1. NaN snaps to 0.
 */
double
sc_moodle_grade_snap (double fraction)
{
  double best = 0.0;
  double best_distance = G_MAXDOUBLE;

  if (isnan (fraction))
    return 0.0;

  for (gsize i = 0; i < G_N_ELEMENTS (moodle_grades); i++)
    {
      double distance = fabs (fraction - moodle_grades[i]);

      if (distance < best_distance)
        {
          best = moodle_grades[i];
          best_distance = distance;
        }
    }

  return best;
}
