/* sc-lint-text.c - linter rules over a product's words: title, description, SEO, handle
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lengths are counted in characters (Unicode code points), as the
 * platforms' own counters do, never in bytes.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-lint-private.h"

static guint
char_count (const char *text)
{
  return sc_lint_char_count (text, -1);
}

void
sc_lint_check_title_length (ScLintContext *context)
{
  guint length = char_count (context->product->title);
  gint64 limit;

  if (sc_lint_get_limit (context, SC_LINT_LIMIT_TITLE_MAX, &limit) && length > limit)
    sc_lint_report_n (context, -1, -1,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "Title is %u character; this marketplace allows %u",
                                   "Title is %u characters; this marketplace allows %u", length),
                      length, (guint) limit);
  else if (sc_lint_get_limit (context, SC_LINT_LIMIT_TITLE_MIN, &limit) && length < limit)
    sc_lint_report_n (context, -1, -1,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "Title is %u character; this marketplace asks for at least %u",
                                   "Title is %u characters; this marketplace asks for at least %u",
                                   length),
                      length, (guint) limit);
}

static gboolean
is_emoji (gunichar c)
{
  return (c >= 0x1F000 && c <= 0x1FAFF) ||  /* pictographs, emoticons, transport, symbols */
         (c >= 0x2600 && c <= 0x27BF) ||    /* miscellaneous symbols, dingbats: ★ ✔ ❤ */
         (c >= 0x2B00 && c <= 0x2BFF) ||    /* arrows and stars: ⭐ */
         c == 0xFE0F;                       /* the emoji presentation selector */
}

static void
append_found (GString   **found,
              const char *text,
              int         length)
{
  if (*found == NULL)
    *found = g_string_new (NULL);
  g_string_append_printf (*found, "%s“%.*s”", (*found)->len > 0 ? ", " : "", length, text);
}

void
sc_lint_check_title_decorative (ScLintContext *context)
{
  const char *title = context->product->title;
  const char * const *banned = sc_lint_get_phrases (context, SC_LINT_PHRASES_DECORATIVE);
  const char *folded;
  GString *found = NULL;

  if (title == NULL)
    return;

  folded = sc_lint_get_title_folded (context);
  for (guint i = 0; banned[i] != NULL; i++)
    if (sc_lint_phrase_may_match (context, SC_LINT_PHRASES_DECORATIVE, i) &&
        strstr (folded, banned[i]) != NULL)
      append_found (&found, banned[i], -1);

  /* Emoji are banned everywhere; name the first one the policy did not.
   * They are never ASCII. */
  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    if ((guchar) *p >= 0x80 && is_emoji (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0xFE0F)
      {
        g_autofree char *quoted = g_strdup_printf ("“%.*s”", (int) (g_utf8_next_char (p) - p), p);

        if (found == NULL || strstr (found->str, quoted) == NULL)
          {
            append_found (&found, p, (int) (g_utf8_next_char (p) - p));
            break;
          }
      }

  if (found != NULL && found->len > 0)
    sc_lint_report (context, -1, -1, N_("Title contains decorative characters: %s"), found->str);
  if (found != NULL)
    g_string_free (found, TRUE);
}

/* g_unichar_isspace () of the character at @p, without decoding ASCII. */
static inline gboolean
is_space_at (const char *p)
{
  guchar b = (guchar) *p;

  if (b < 0x80)
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';

  return g_unichar_isspace (g_utf8_get_char (p));
}

void
sc_lint_check_title_all_caps (ScLintContext *context)
{
  const char *title = context->product->title;
  g_autoptr(GString) words = NULL;
  guint count = 0;
  gint64 limit;

  if (title == NULL || !sc_lint_get_limit (context, SC_LINT_LIMIT_TITLE_ALL_CAPS, &limit))
    return;

  for (const char *p = title; *p != '\0';)
    {
      const char *start = p;
      guint letters = 0;
      gboolean lower = FALSE;

      while (*p != '\0' && !is_space_at (p))
        {
          gunichar c;

          /* ASCII letters are upper or lower case, nothing else. */
          if ((guchar) *p < 0x80)
            {
              char b = *p;

              letters += (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ? 1 : 0;
              lower = lower || (b >= 'a' && b <= 'z');
              p++;
              continue;
            }
          c = g_utf8_get_char (p);
          if (g_unichar_isalpha (c))
            letters++;
          if (g_unichar_islower (c) || (g_unichar_isalpha (c) && !g_unichar_isupper (c)))
            lower = TRUE;
          p = g_utf8_next_char (p);
        }

      if (letters >= 2 && !lower)
        {
          count++;
          if (words == NULL)
            words = g_string_new (NULL);
          g_string_append_printf (words, "%s%.*s", words->len > 0 ? ", " : "",
                                  (int) (p - start), start);
        }

      while (*p != '\0' && is_space_at (p))
        p = g_utf8_next_char (p);
    }

  if (count > limit)
    sc_lint_report_n (context, -1, -1,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "Title has %u word in capitals (%s); this marketplace allows %u",
                                 "Title has %u words in capitals (%s); this marketplace allows %u",
                                 count),
                    count, words != NULL ? words->str : "", (guint) limit);
}

static gboolean
is_word_char (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return g_unichar_isalnum (c);
}

/* @phrase inside @text with no letter or digit touching either end. */
static gboolean
contains_phrase (const char *text,
                 const char *phrase)
{
  gsize length = strlen (phrase);

  for (const char *hit = strstr (text, phrase); hit != NULL; hit = strstr (hit + 1, phrase))
    {
      gboolean before = hit > text && is_word_char (g_utf8_find_prev_char (text, hit));
      gboolean after = hit[length] != '\0' && is_word_char (hit + length);

      if (!before && !after)
        return TRUE;
    }

  return FALSE;
}

void
sc_lint_check_title_promotional (ScLintContext *context)
{
  const char * const *phrases = sc_lint_get_phrases (context, SC_LINT_PHRASES_PROMOTIONAL);
  const char *folded;
  g_autoptr(GString) found = NULL;

  if (context->product->title == NULL || phrases[0] == NULL)
    return;

  folded = sc_lint_get_title_folded (context);
  for (guint i = 0; phrases[i] != NULL; i++)
    if (sc_lint_phrase_may_match (context, SC_LINT_PHRASES_PROMOTIONAL, i) &&
        contains_phrase (folded, phrases[i]))
      {
        if (found == NULL)
          found = g_string_new (NULL);
        g_string_append_printf (found, "%s“%s”", found->len > 0 ? ", " : "", phrases[i]);
      }

  if (found != NULL && found->len > 0)
    sc_lint_report (context, -1, -1, N_("Title contains promotional wording: %s"), found->str);
}

/* Letters (g_unichar_isalpha ()) in @folded. */
static guint
count_letters (const GString *folded)
{
  guint letters = 0;

  if (sc_lint_is_ascii (folded->str, folded->len))
    {
      for (gsize i = 0; i < folded->len; i++)
        letters += g_ascii_isalpha (folded->str[i]) ? 1 : 0;
      return letters;
    }

  for (const char *p = folded->str; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      letters++;

  return letters;
}

/* Whether @word, case-folded, is one of @text's words, case-folded. */
static gboolean
has_word (const char   *text,
          const char   *word,
          gsize         word_length,
          ScLintShared *shared)
{
  const char *cursor = text;
  const char *start;
  gsize length;

  while (sc_lint_next_word (&cursor, &start, &length))
    if (sc_lint_fold_equal (start, length, word, word_length, shared->fold_b, shared->key))
      return TRUE;

  return FALSE;
}

void
sc_lint_check_title_product_words (ScLintContext *context)
{
  GHashTable *stop_words = context->shared->stop_words;
  GString *word = context->shared->fold_a;
  const char *cursor = context->product->title;
  const char *start;
  gsize length;
  gboolean any = FALSE;

  if (context->product->title == NULL)
    return;

  while (sc_lint_next_word (&cursor, &start, &length))
    {
      any = TRUE;
      sc_lint_fold_into (word, start, length);
      if (count_letters (word) >= 2 && !g_hash_table_contains (stop_words, word->str) &&
          !has_word (context->product->vendor, start, length, context->shared))
        return;
    }
  if (!any)
    return;

  sc_lint_report (context, -1, -1,
                  N_("Title “%s” has only brand names and filler words; say what the product is"),
                  context->product->title);
}

void
sc_lint_check_description_length (ScLintContext *context)
{
  guint length;
  gint64 limit;

  if (!sc_lint_get_limit (context, SC_LINT_LIMIT_DESCRIPTION_MIN, &limit))
    return;

  sc_lint_get_description_plain (context);
  length = sc_lint_char_count (context->shared->description_plain->str,
                               context->shared->description_plain->len);
  if (length < limit)
    sc_lint_report_n (context, -1, -1,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "Description is %u character; write at least %u",
                                   "Description is %u characters; write at least %u", length),
                      length, (guint) limit);
}

/* Whether @text has words and they are the words of @title, case-folded
 * as sc_lint_fold () folds them; stops at the first word that differs,
 * so a long description is not folded whole. */
static gboolean
same_words (const char *text,
            const char *title,
            GString    *scratch_a,
            GString    *scratch_b)
{
  const char *text_cursor = text;
  const char *title_cursor = title;
  const char *start;
  const char *title_start;
  gsize length;
  gsize title_length;
  guint n = 0;

  while (sc_lint_next_word (&text_cursor, &start, &length))
    {
      if (!sc_lint_next_word (&title_cursor, &title_start, &title_length) ||
          !sc_lint_fold_equal (start, length, title_start, title_length, scratch_a, scratch_b))
        return FALSE;
      n++;
    }

  return n > 0 && !sc_lint_next_word (&title_cursor, &title_start, &title_length);
}

void
sc_lint_check_description_copy (ScLintContext *context)
{
  if (context->product->title == NULL || context->product->description == NULL)
    return;

  if (same_words (sc_lint_get_description_plain (context), context->product->title,
                  context->shared->fold_a, context->shared->fold_b))
    sc_lint_report (context, -1, -1,
                    N_("Description only repeats the title; describe materials, size and use"));
}

void
sc_lint_check_category_attributes (ScLintContext *context)
{
  const ScCatalogProduct *product = context->product;
  const ScPolicyCategory *category;

  category = sc_lint_match_category (context);
  if (category == NULL)
    return;

  for (guint i = 0; category->attributes[i] != NULL; i++)
    {
      GString *wanted = context->shared->fold_a;
      GString *name = context->shared->fold_b;
      gboolean found = FALSE;

      sc_lint_fold_into (wanted, category->attributes[i], -1);
      for (guint o = 0; o < product->options->len && !found; o++)
        {
          ScCatalogOption *option = g_ptr_array_index (product->options, o);

          sc_lint_fold_into (name, option->name != NULL ? option->name : "", -1);
          found = g_str_equal (name->str, wanted->str);
        }

      if (!found)
        sc_lint_report (context, -1, -1,
                        N_("Category “%s” needs a “%s” option; add it under Options"),
                        category->path, category->attributes[i]);
    }
}

void
sc_lint_check_seo_title_missing (ScLintContext *context)
{
  if (context->product->seo_title == NULL)
    sc_lint_report (context, -1, -1,
                    N_("No SEO title; search engines will show the product title as it is"));
}

void
sc_lint_check_seo_title_length (ScLintContext *context)
{
  guint length = char_count (context->product->seo_title);
  gint64 limit;

  if (sc_lint_get_limit (context, SC_LINT_LIMIT_SEO_TITLE_MAX, &limit) && length > limit)
    sc_lint_report_n (context, -1, -1,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "SEO title is %u character; search results show %u",
                                   "SEO title is %u characters; search results show %u", length),
                      length, (guint) limit);
}

void
sc_lint_check_seo_description_missing (ScLintContext *context)
{
  if (context->product->seo_description == NULL)
    sc_lint_report (context, -1, -1,
                    N_("No meta description; search engines will pick a snippet themselves"));
}

void
sc_lint_check_seo_description_length (ScLintContext *context)
{
  guint length = char_count (context->product->seo_description);
  gint64 limit;

  if (sc_lint_get_limit (context, SC_LINT_LIMIT_SEO_DESCRIPTION_MAX, &limit) && length > limit)
    sc_lint_report_n (context, -1, -1,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "Meta description is %u character; search results show %u",
                                   "Meta description is %u characters; search results show %u",
                                   length),
                      length, (guint) limit);
}

void
sc_lint_check_handle (ScLintContext *context)
{
  const char *handle = context->product->handle;

  if (sc_catalog_handle_is_valid (handle))
    return;

  if (handle == NULL || *handle == '\0')
    {
      sc_lint_report (context, -1, -1, N_("The product has no URL handle"));
      return;
    }

  if (g_utf8_validate (handle, -1, NULL))
    for (const char *p = handle; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c != '-' && (!g_unichar_isalnum (c) || g_unichar_isupper (c)))
          {
            sc_lint_report (context, -1, -1,
                            N_("URL handle “%s” contains “%.*s”; use lower-case letters, "
                              "digits and single dashes"),
                            handle, (int) (g_utf8_next_char (p) - p), p);
            return;
          }
      }

  sc_lint_report (context, -1, -1,
                  N_("URL handle “%s” starts or ends with a dash or has two in a row"), handle);
}
