/* sc-course-names.c - ids, language tags, IRIs and "did you mean" for course files
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sc-course-names.h"

/**
 * sc_course_is_language_tag:
 *
 * A light BCP 47 check: a two- or three-letter language, then subtags of
 * one to eight letters or digits ("en", "pt-BR", "zh-Hant-TW").
 */
gboolean
sc_course_is_language_tag (const char *tag)
{
  g_auto(GStrv) parts = g_strsplit (tag, "-", -1);
  gsize first = strlen (parts[0]);

  if (first < 2 || first > 3)
    return FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (len == 0 || len > 8)
        return FALSE;
      for (gsize j = 0; j < len; j++)
        if (i == 0 ? !g_ascii_isalpha (parts[i][j]) : !g_ascii_isalnum (parts[i][j]))
          return FALSE;
    }

  return TRUE;
}

/**
 * sc_course_is_iri_base:
 *
 * An absolute IRI (a scheme, a colon, no spaces) that ends in "/" or ":",
 * so that activity ids can be appended.
 */
gboolean
sc_course_is_iri_base (const char *iri)
{
  const char *colon = strchr (iri, ':');

  if (colon == NULL || colon == iri || !g_ascii_isalpha (iri[0]))
    return FALSE;
  for (const char *p = iri; p < colon; p++)
    if (!g_ascii_isalnum (*p) && *p != '+' && *p != '-' && *p != '.')
      return FALSE;
  for (const char *p = iri; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;

  return g_str_has_suffix (iri, "/") || g_str_has_suffix (iri, ":");
}

/**
 * sc_course_edit_distance:
 *
 * Returns: how many single-character insertions, deletions, substitutions
 *   or swaps of neighbours turn @a into @b, ignoring ASCII case
 */
guint
sc_course_edit_distance (const char *a,
                         const char *b)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  gsize width = lb + 1;
  g_autofree guint *d = g_new (guint, (la + 1) * width);

  for (gsize i = 0; i <= la; i++)
    d[i * width] = i;
  for (gsize j = 0; j <= lb; j++)
    d[j] = j;

  for (gsize i = 1; i <= la; i++)
    for (gsize j = 1; j <= lb; j++)
      {
        char ca = g_ascii_tolower (a[i - 1]);
        char cb = g_ascii_tolower (b[j - 1]);
        guint best = MIN (d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1);

        best = MIN (best, d[(i - 1) * width + j - 1] + (ca == cb ? 0 : 1));
        if (i > 1 && j > 1 && ca == g_ascii_tolower (b[j - 2]) &&
            g_ascii_tolower (a[i - 2]) == cb)
          best = MIN (best, d[(i - 2) * width + j - 2] + 1);
        d[i * width + j] = best;
      }

  return d[la * width + lb];
}

/**
 * sc_course_suggest:
 *
 * Returns: (nullable): the candidate closest to @word when it is close
 *   enough to be a typing mistake (at most two edits, and fewer than the
 *   word's own length)
 */
const char *
sc_course_suggest (const char         *word,
                   const char * const *candidates,
                   guint               n_candidates)
{
  const char *best = NULL;
  guint best_distance = G_MAXUINT;
  guint limit;

  g_return_val_if_fail (word != NULL, NULL);

  limit = MIN (2, MAX (1, strlen (word) / 3));
  for (guint i = 0; i < n_candidates; i++)
    {
      guint distance;

      if (candidates[i] == NULL || g_str_equal (candidates[i], word))
        continue;
      distance = sc_course_edit_distance (word, candidates[i]);
      if (distance < best_distance)
        {
          best = candidates[i];
          best_distance = distance;
        }
    }

  return best_distance <= limit ? best : NULL;
}

/**
 * sc_course_is_valid_id:
 *
 * Ids end up in IRIs and in the database: ASCII letters, digits, ".", "-"
 * and "_", starting with a letter or digit, at most 100 characters.
 */
gboolean
sc_course_is_valid_id (const char *id)
{
  gsize len;

  if (id == NULL || !g_ascii_isalnum (id[0]))
    return FALSE;

  len = strlen (id);
  if (len > 100)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '.' && id[i] != '-' && id[i] != '_')
      return FALSE;

  return TRUE;
}
