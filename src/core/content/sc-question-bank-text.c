/* sc-question-bank-text.c - the folded text question filters compare, and competency tags
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * questions.search_text holds a question's name and text without markup,
 * case-folded and composed, so that a filter finds "Café" from "CAFÉ"
 * with a plain instr() and no parsing.
 */
#include "config.h"

#include <string.h>

#include "sc-question-bank-private.h"

/**
 * sc_question_bank_fold:
 *
 * Returns: (transfer full): @text composed (NFC) and case-folded, with
 *   each run of white space made one space: the form search_text is
 *   stored in and queries are compared in
 */
char *
sc_question_bank_fold (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autofree char *folded = g_utf8_casefold (valid, -1);
  g_autofree char *composed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The text of @source without its markup: what is between tags, with
 * the common entities decoded. Good enough to find a word in. */
static void
append_plain (GString    *out,
              const char *source)
{
  static const struct { const char *entity; const char *text; } entities[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
    { "&#39;", "'" }, { "&nbsp;", " " },
  };
  gboolean in_tag = FALSE;

  for (const char *p = source; p != NULL && *p != '\0'; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>' && in_tag)
        {
          in_tag = FALSE;
          g_string_append_c (out, ' ');
        }
      else if (!in_tag && *p == '&')
        {
          guint i;

          for (i = 0; i < G_N_ELEMENTS (entities); i++)
            if (g_str_has_prefix (p, entities[i].entity))
              break;
          if (i < G_N_ELEMENTS (entities))
            {
              g_string_append (out, entities[i].text);
              p += strlen (entities[i].entity) - 1;
            }
          else
            g_string_append_c (out, *p);
        }
      else if (!in_tag)
        g_string_append_c (out, *p);
    }
}

/**
 * sc_question_bank_search_text:
 *
 * Returns: (transfer full): the question's name and text, folded, for
 *   questions.search_text
 */
char *
sc_question_bank_search_text (const ScQuestion *question)
{
  g_autoptr(GString) text = g_string_new (question->name);

  g_string_append_c (text, '\n');
  append_plain (text, question->stem.source);

  return sc_question_bank_fold (text->str);
}

/**
 * sc_question_bank_competency:
 *
 * Returns: (transfer full) (nullable): the competency id of a tag
 *   "competency:ID" (as sc_question_dup_competencies() reads it), or %NULL
 */
char *
sc_question_bank_competency (const char *tag)
{
  static const char prefix[] = "competency:";
  char *id;

  while (g_ascii_isspace (*tag))
    tag++;
  if (g_ascii_strncasecmp (tag, prefix, sizeof prefix - 1) != 0)
    return NULL;

  id = g_strstrip (g_strdup (tag + sizeof prefix - 1));
  if (*id == '\0')
    g_clear_pointer (&id, g_free);

  return id;
}
