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
  return text != NULL ? (guint) g_utf8_strlen (text, -1) : 0;
}

void
sc_lint_check_title_length (ScLintContext *context)
{
  guint length = char_count (context->product->title);
  gint64 limit;

  if (sc_policy_get_value (context->policy, "title-length", "max", &limit) && length > limit)
    sc_lint_report (context, -1, -1,
                    g_dngettext (GETTEXT_PACKAGE,
                                 "Title is %u character; this marketplace allows %u",
                                 "Title is %u characters; this marketplace allows %u", length),
                    length, (guint) limit);
  else if (sc_policy_get_value (context->policy, "title-length", "min", &limit) && length < limit)
    sc_lint_report (context, -1, -1,
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

void
sc_lint_check_title_decorative (ScLintContext *context)
{
  const char *title = context->product->title;
  const char * const *banned = sc_policy_get_phrases (context->policy, "decorative");
  const char *folded;
  GString *found;

  if (title == NULL)
    return;

  found = g_string_new (NULL);
  folded = sc_lint_get_title_folded (context);
  for (guint i = 0; banned[i] != NULL; i++)
    if (strstr (folded, banned[i]) != NULL)
      g_string_append_printf (found, "%s“%s”", found->len > 0 ? ", " : "", banned[i]);

  /* Emoji are banned everywhere; name the first one the policy did not. */
  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    if (is_emoji (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0xFE0F)
      {
        g_autofree char *quoted = g_strdup_printf ("“%.*s”", (int) (g_utf8_next_char (p) - p), p);

        if (strstr (found->str, quoted) == NULL)
          {
            g_string_append_printf (found, "%s%s", found->len > 0 ? ", " : "", quoted);
            break;
          }
      }

  if (found->len > 0)
    sc_lint_report (context, -1, -1, _("Title contains decorative characters: %s"), found->str);
  g_string_free (found, TRUE);
}

void
sc_lint_check_title_all_caps (ScLintContext *context)
{
  const char *title = context->product->title;
  g_autoptr(GString) words = g_string_new (NULL);
  guint count = 0;
  gint64 limit;

  if (title == NULL || !sc_policy_get_value (context->policy, "title-all-caps", "max-words", &limit))
    return;

  for (const char *p = title; *p != '\0';)
    {
      const char *start = p;
      guint letters = 0;
      gboolean lower = FALSE;

      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        {
          gunichar c = g_utf8_get_char (p);

          /* ASCII letters are upper or lower case, nothing else. */
          if (c < 0x80)
            {
              letters += g_ascii_isalpha (c) ? 1 : 0;
              lower = lower || g_ascii_islower (c);
              p++;
              continue;
            }
          if (g_unichar_isalpha (c))
            letters++;
          if (g_unichar_islower (c) || (g_unichar_isalpha (c) && !g_unichar_isupper (c)))
            lower = TRUE;
          p = g_utf8_next_char (p);
        }

      if (letters >= 2 && !lower)
        {
          count++;
          g_string_append_printf (words, "%s%.*s", words->len > 0 ? ", " : "",
                                  (int) (p - start), start);
        }

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
    }

  if (count > limit)
    sc_lint_report (context, -1, -1,
                    g_dngettext (GETTEXT_PACKAGE,
                                 "Title has %u word in capitals (%s); this marketplace allows %u",
                                 "Title has %u words in capitals (%s); this marketplace allows %u",
                                 count),
                    count, words->str, (guint) limit);
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
  const char * const *phrases = sc_policy_get_phrases (context->policy, "promotional");
  const char *folded;
  g_autoptr(GString) found = NULL;

  if (context->product->title == NULL || phrases[0] == NULL)
    return;

  found = g_string_new (NULL);
  folded = sc_lint_get_title_folded (context);
  for (guint i = 0; phrases[i] != NULL; i++)
    if (contains_phrase (folded, phrases[i]))
      g_string_append_printf (found, "%s“%s”", found->len > 0 ? ", " : "", phrases[i]);

  if (found->len > 0)
    sc_lint_report (context, -1, -1, _("Title contains promotional wording: %s"), found->str);
}

void
sc_lint_check_title_product_words (ScLintContext *context)
{
  const char * const *stop_words = sc_policy_get_phrases (context->policy, "stop-words");
  const char * const *words;
  g_auto(GStrv) brand = NULL;

  if (context->product->title == NULL)
    return;

  words = sc_lint_get_title_words (context);
  if (words[0] == NULL)
    return;
  brand = sc_lint_split_words (context->product->vendor);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint letters = 0;

      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        if (g_unichar_isalpha (g_utf8_get_char (p)))
          letters++;

      if (letters >= 2 && !g_strv_contains (stop_words, words[i]) &&
          !g_strv_contains ((const char * const *) brand, words[i]))
        return;
    }

  sc_lint_report (context, -1, -1,
                  _("Title “%s” has only brand names and filler words; say what the product is"),
                  context->product->title);
}

void
sc_lint_check_description_length (ScLintContext *context)
{
  guint length;
  gint64 limit;

  if (!sc_policy_get_value (context->policy, "description-length", "min", &limit))
    return;

  length = char_count (sc_lint_get_description_plain (context));
  if (length < limit)
    sc_lint_report (context, -1, -1,
                    g_dngettext (GETTEXT_PACKAGE,
                                 "Description is %u character; write at least %u",
                                 "Description is %u characters; write at least %u", length),
                    length, (guint) limit);
}

/* Whether @text has words and they are @words, as sc_lint_split_words ()
 * splits and folds them; stops at the first word that differs, so a long
 * description is not folded whole. */
static gboolean
same_words (const char         *text,
            const char * const *words)
{
  const char *start = NULL;
  guint n = 0;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      gboolean inside = c != 0 && (c == '\'' ||
                                   (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c)));

      if (inside && start == NULL)
        start = p;
      else if (!inside && start != NULL)
        {
          g_autofree char *word = NULL;

          if (words[n] == NULL)
            return FALSE;
          word = sc_lint_fold (start, p - start);
          if (!g_str_equal (word, words[n]))
            return FALSE;
          n++;
          start = NULL;
        }
      if (c == 0)
        break;
    }

  return n > 0 && words[n] == NULL;
}

void
sc_lint_check_description_copy (ScLintContext *context)
{
  if (context->product->title == NULL || context->product->description == NULL)
    return;

  if (same_words (sc_lint_get_description_plain (context), sc_lint_get_title_words (context)))
    sc_lint_report (context, -1, -1,
                    _("Description only repeats the title; describe materials, size and use"));
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
      g_autofree char *wanted = sc_lint_fold (category->attributes[i], -1);
      gboolean found = FALSE;

      for (guint o = 0; o < product->options->len && !found; o++)
        {
          ScCatalogOption *option = g_ptr_array_index (product->options, o);
          g_autofree char *name = sc_lint_fold (option->name != NULL ? option->name : "", -1);

          found = g_str_equal (name, wanted);
        }

      if (!found)
        sc_lint_report (context, -1, -1,
                        _("Category “%s” needs a “%s” option; add it under Options"),
                        category->path, category->attributes[i]);
    }
}

void
sc_lint_check_seo_title_missing (ScLintContext *context)
{
  if (context->product->seo_title == NULL)
    sc_lint_report (context, -1, -1,
                    _("No SEO title; search engines will show the product title as it is"));
}

void
sc_lint_check_seo_title_length (ScLintContext *context)
{
  guint length = char_count (context->product->seo_title);
  gint64 limit;

  if (sc_policy_get_value (context->policy, "seo-title-length", "max", &limit) && length > limit)
    sc_lint_report (context, -1, -1,
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
                    _("No meta description; search engines will pick a snippet themselves"));
}

void
sc_lint_check_seo_description_length (ScLintContext *context)
{
  guint length = char_count (context->product->seo_description);
  gint64 limit;

  if (sc_policy_get_value (context->policy, "seo-description-length", "max", &limit) &&
      length > limit)
    sc_lint_report (context, -1, -1,
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
      sc_lint_report (context, -1, -1, _("The product has no URL handle"));
      return;
    }

  if (g_utf8_validate (handle, -1, NULL))
    for (const char *p = handle; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c != '-' && (!g_unichar_isalnum (c) || g_unichar_isupper (c)))
          {
            sc_lint_report (context, -1, -1,
                            _("URL handle “%s” contains “%.*s”; use lower-case letters, "
                              "digits and single dashes"),
                            handle, (int) (g_utf8_next_char (p) - p), p);
            return;
          }
      }

  sc_lint_report (context, -1, -1,
                  _("URL handle “%s” starts or ends with a dash or has two in a row"), handle);
}
