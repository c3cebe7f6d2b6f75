/* sc-lint.c - the listing linter: the rule table, findings and the quality score
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules run in table order, so findings come out in the same order for
 * the same product. Linting a whole catalog counts SKUs once up front; a
 * product linted alone against its catalog scans the catalog for its SKUs,
 * and one linted against an ScLintIndex of the catalog looks them up.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-lint-private.h"

static const ScLintRule rules[] = {
  { "title-length", SC_LINT_SEVERITY_ERROR, "title",
    N_("Marketplaces cut or refuse titles outside their length limits."),
    sc_lint_check_title_length },
  { "title-decorative-characters", SC_LINT_SEVERITY_WARNING, "title",
    N_("Symbols and emoji in titles look like spam and break search matching."),
    sc_lint_check_title_decorative },
  { "title-all-caps", SC_LINT_SEVERITY_WARNING, "title",
    N_("Words in capitals read as shouting; keep them for real acronyms."),
    sc_lint_check_title_all_caps },
  { "title-promotional", SC_LINT_SEVERITY_ERROR, "title",
    N_("Offers belong in the price and promotions, not in the product's name."),
    sc_lint_check_title_promotional },
  { "title-product-words", SC_LINT_SEVERITY_WARNING, "title",
    N_("Shoppers search for what a product is; a title needs words that say it."),
    sc_lint_check_title_product_words },
  { "description-length", SC_LINT_SEVERITY_WARNING, "description",
    N_("A short description leaves shoppers' questions unanswered."),
    sc_lint_check_description_length },
  { "description-copies-title", SC_LINT_SEVERITY_WARNING, "description",
    N_("A description that repeats the title tells the shopper nothing new."),
    sc_lint_check_description_copy },
  { "category-attributes", SC_LINT_SEVERITY_ERROR, "options",
    N_("The marketplace needs these attributes to list a product in its category."),
    sc_lint_check_category_attributes },
  { "sku-missing", SC_LINT_SEVERITY_WARNING, "variants.sku",
    N_("Without a SKU a variant cannot be picked, counted or reordered reliably."),
    sc_lint_check_sku_missing },
  { "sku-duplicate", SC_LINT_SEVERITY_ERROR, "variants.sku",
    N_("Two variants sharing a SKU mix up their stock and their orders."),
    sc_lint_check_sku_duplicate },
  { "barcode-missing", SC_LINT_SEVERITY_ERROR, "variants.barcode",
    N_("This marketplace matches listings by GTIN and refuses products without one."),
    sc_lint_check_barcode_missing },
  { "barcode-check-digit", SC_LINT_SEVERITY_ERROR, "variants.barcode",
    N_("A GTIN with a wrong check digit is mistyped and matches no product."),
    sc_lint_check_barcode_digits },
  { "compare-at-price", SC_LINT_SEVERITY_ERROR, "variants.compare-at-price",
    N_("A compare-at price that is not above the price shows a fake discount."),
    sc_lint_check_compare_at },
  { "price-below-cost", SC_LINT_SEVERITY_ERROR, "variants.price",
    N_("Selling below cost loses money on every sale."),
    sc_lint_check_price_below_cost },
  { "image-missing", SC_LINT_SEVERITY_ERROR, "media",
    N_("Listings without an image are hidden from search on most marketplaces."),
    sc_lint_check_image_missing },
  { "image-alt-missing", SC_LINT_SEVERITY_WARNING, "media.alt",
    N_("Alt text describes the image to screen readers and to image search."),
    sc_lint_check_image_alt },
  { "seo-title-missing", SC_LINT_SEVERITY_SUGGESTION, "seo-title",
    N_("A search-engine title written for search brings more visitors than the default."),
    sc_lint_check_seo_title_missing },
  { "seo-title-length", SC_LINT_SEVERITY_WARNING, "seo-title",
    N_("Search engines cut titles past their length limit."),
    sc_lint_check_seo_title_length },
  { "seo-description-missing", SC_LINT_SEVERITY_SUGGESTION, "seo-description",
    N_("Without a meta description search engines show a random snippet."),
    sc_lint_check_seo_description_missing },
  { "seo-description-length", SC_LINT_SEVERITY_WARNING, "seo-description",
    N_("Search engines cut meta descriptions past their length limit."),
    sc_lint_check_seo_description_length },
  { "handle-invalid", SC_LINT_SEVERITY_ERROR, "handle",
    N_("A URL handle may hold only lower-case letters, digits and single dashes."),
    sc_lint_check_handle },
  { "option-values-duplicate", SC_LINT_SEVERITY_ERROR, "options",
    N_("Two variants with the same option values cannot be told apart by a shopper."),
    sc_lint_check_option_duplicates },
  { "active-out-of-stock", SC_LINT_SEVERITY_WARNING, "variants.quantity",
    N_("An active product that cannot be sold wastes the shopper's visit."),
    sc_lint_check_out_of_stock },
};

/**
 * sc_lint_get_rules:
 *
 * Returns: (transfer none) (array length=n_rules): every rule, in the order they run
 */
const ScLintRule *
sc_lint_get_rules (guint *n_rules)
{
  if (n_rules != NULL)
    *n_rules = G_N_ELEMENTS (rules);

  return rules;
}

const ScLintRule *
sc_lint_lookup_rule (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_str_equal (rules[i].id, id))
      return &rules[i];

  return NULL;
}

const char *
sc_lint_rule_get_why (const ScLintRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return _(rule->why);
}

const char *
sc_lint_severity_to_string (ScLintSeverity severity)
{
  switch (severity)
    {
    case SC_LINT_SEVERITY_ERROR:
      return "error";
    case SC_LINT_SEVERITY_WARNING:
      return "warning";
    case SC_LINT_SEVERITY_SUGGESTION:
      return "suggestion";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* A finding sc_lint_report () made holds its handle and then its message
 * in the same block, right after the struct, and says so
 * (message_inline); one made elsewhere has them allocated on its own, and
 * either may have been replaced by one allocated on its own since. The
 * handle's bytes in the block are never written after, so the message's
 * place in it can be found again. */
static inline char *
inline_handle (const ScLintFinding *finding)
{
  return (char *) (finding + 1);
}

static inline char *
inline_message (const ScLintFinding *finding)
{
  const char *handle = inline_handle (finding);

  return (char *) handle + strlen (handle) + 1;
}

void
sc_lint_finding_free (ScLintFinding *finding)
{
  if (finding == NULL)
    return;

  if (!finding->message_inline || finding->handle != inline_handle (finding))
    g_free (finding->handle);
  if (!finding->message_inline || finding->message != inline_message (finding))
    g_free (finding->message);
  g_free (finding);
}

static void
report_valist (ScLintContext *context,
               int            variant,
               int            image,
               const char    *format,
               va_list        args)
{
  g_autofree char *long_message = NULL;
  const char *message = format;
  ScLintFinding *finding;
  char buffer[256];
  gsize message_length;
  gsize handle_length;
  va_list again;
  int length;

  /* Half the findings are messages without numbers or names; most of
   * the others fit the buffer. */
  if (strchr (format, '%') == NULL)
    message_length = strlen (message);
  else
    {
      /* Formatted here when the format allows (numbers and names);
       * else by GLib. */
      G_VA_COPY (again, args);
      length = sc_lint_format (buffer, sizeof buffer, format, again);
      va_end (again);
      if (length < 0)
        {
          G_VA_COPY (again, args);
          /* @format is a rule's N_() message, checked against its
           * arguments where sc_lint_report () is called (G_GNUC_PRINTF),
           * or its translation. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          length = g_vsnprintf (buffer, sizeof buffer, format, args);
          if (length < 0 || (gsize) length >= sizeof buffer)
            {
              long_message = g_strdup_vprintf (format, again);
              length = (int) strlen (long_message);
            }
#pragma GCC diagnostic pop
          va_end (again);
        }
      message = long_message != NULL ? long_message : buffer;
      message_length = (gsize) length;
    }

  /* One allocation for the struct, its handle and its message. */
  handle_length = context->product->handle != NULL ? strlen (context->product->handle) : 0;
  finding = g_malloc (sizeof (ScLintFinding) + handle_length + 1 + message_length + 1);
  finding->handle = inline_handle (finding);
  if (handle_length > 0)
    memcpy (finding->handle, context->product->handle, handle_length);
  finding->handle[handle_length] = '\0';
  finding->message = finding->handle + handle_length + 1;
  memcpy (finding->message, message, message_length + 1);
  if (context->product->handle == NULL)
    finding->handle = NULL;
  finding->message_inline = TRUE;
  finding->rule = context->rule;
  finding->variant = variant;
  finding->image = image;
  g_ptr_array_add (context->findings, finding);
}

/**
 * sc_lint_report:
 * @format: the message, untranslated (N_ ()): translated here, once a
 *   lint for each message
 */
void
sc_lint_report (ScLintContext *context,
                int            variant,
                int            image,
                const char    *format,
                ...)
{
  GHashTable *translations = context->shared->translations;
  const char *translated = g_hash_table_lookup (translations, format);
  va_list args;

  if (translated == NULL)
    {
      translated = _(format);
      g_hash_table_insert (translations, (gpointer) format, (gpointer) translated);
    }

  va_start (args, format);
  report_valist (context, variant, image, translated, args);
  va_end (args);
}

/**
 * sc_lint_report_n:
 * @format: the message, translated (a plural form from g_dngettext ())
 */
void
sc_lint_report_n (ScLintContext *context,
                  int            variant,
                  int            image,
                  const char    *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  report_valist (context, variant, image, format, args);
  va_end (args);
}

gboolean
sc_lint_get_limit (ScLintContext *context,
                   ScLintLimit    limit,
                   gint64        *out_value)
{
  if (!context->shared->limit_set[limit])
    return FALSE;

  *out_value = context->shared->limit[limit];
  return TRUE;
}

const char * const *
sc_lint_get_phrases (ScLintContext *context,
                     ScLintPhrases  phrases)
{
  return context->shared->phrases[phrases];
}

const char *
sc_lint_get_title_folded (ScLintContext *context)
{
  if (context->product->title == NULL)
    return NULL;

  if (!context->has_title_folded)
    {
      const ScLintShared *shared = context->shared;
      const GString *folded = shared->title_folded;
      guint64 promotional = 0;
      guint64 decorative = 0;
      guchar any = 0;

      sc_lint_fold_into (context->shared->title_folded, context->product->title, -1);

      /* One pass: whether it is ASCII, and which phrases start with a
       * pair of bytes in it. */
      for (gsize i = 0; i < folded->len; i++)
        {
          guint pair = SC_LINT_PAIR (folded->str[i], folded->str[i + 1]);

          any |= (guchar) folded->str[i];
          promotional |= shared->pair_phrases[SC_LINT_PHRASES_PROMOTIONAL][pair];
          decorative |= shared->pair_phrases[SC_LINT_PHRASES_DECORATIVE][pair];
        }
      context->title_ascii = any < 0x80;
      context->title_phrases[SC_LINT_PHRASES_PROMOTIONAL] =
        promotional | shared->phrases_short[SC_LINT_PHRASES_PROMOTIONAL];
      context->title_phrases[SC_LINT_PHRASES_DECORATIVE] =
        decorative | shared->phrases_short[SC_LINT_PHRASES_DECORATIVE];
      if (context->title_ascii)
        for (guint l = 0; l < SC_LINT_N_TITLE_PHRASES; l++)
          context->title_phrases[l] &= ~shared->phrases_non_ascii[l];
      context->has_title_folded = TRUE;
    }

  return context->shared->title_folded->str;
}

const char *
sc_lint_get_description_plain (ScLintContext *context)
{
  if (!context->has_description_plain)
    {
      sc_lint_plain_text_into (context->shared->description_plain,
                               context->product->description,
                               context->product->description_format);
      context->has_description_plain = TRUE;
    }

  return context->shared->description_plain->str;
}

/* A catalog's products share a handful of category paths: each is matched
 * against the policy (case-folded, step by step) once a lint. */
const ScPolicyCategory *
sc_lint_match_category (ScLintContext *context)
{
  static const ScPolicyCategory none;
  const char *path = context->product->category;
  const ScPolicyCategory *category;

  if (context->categories == NULL || path == NULL)
    return sc_policy_match_category (context->shared->policy, path);

  category = g_hash_table_lookup (context->categories, path);
  if (category == NULL)
    {
      category = sc_policy_match_category (context->shared->policy, path);
      g_hash_table_insert (context->categories, (gpointer) path,
                           (gpointer) (category != NULL ? category : &none));
    }

  return category != &none ? category : NULL;
}

static void
shared_init (ScLintShared   *shared,
             const ScPolicy *policy)
{
  static const struct { const char *rule; const char *name; } limits[SC_LINT_N_LIMITS] = {
    [SC_LINT_LIMIT_TITLE_MIN] = { "title-length", "min" },
    [SC_LINT_LIMIT_TITLE_MAX] = { "title-length", "max" },
    [SC_LINT_LIMIT_TITLE_ALL_CAPS] = { "title-all-caps", "max-words" },
    [SC_LINT_LIMIT_DESCRIPTION_MIN] = { "description-length", "min" },
    [SC_LINT_LIMIT_SEO_TITLE_MAX] = { "seo-title-length", "max" },
    [SC_LINT_LIMIT_SEO_DESCRIPTION_MAX] = { "seo-description-length", "max" },
    [SC_LINT_LIMIT_BARCODE_REQUIRED] = { "barcode", "required" },
  };
  static const char * const phrases[SC_LINT_N_PHRASES] = {
    [SC_LINT_PHRASES_PROMOTIONAL] = "promotional",
    [SC_LINT_PHRASES_DECORATIVE] = "decorative",
    [SC_LINT_PHRASES_STOP_WORDS] = "stop-words",
  };

  G_STATIC_ASSERT (SC_LINT_PHRASES_PROMOTIONAL < SC_LINT_N_TITLE_PHRASES &&
                   SC_LINT_PHRASES_DECORATIVE < SC_LINT_N_TITLE_PHRASES);

  shared->policy = policy;
  memset (shared->pair_phrases, 0, sizeof shared->pair_phrases);
  memset (shared->phrases_short, 0, sizeof shared->phrases_short);
  for (guint i = 0; i < SC_LINT_N_LIMITS; i++)
    shared->limit_set[i] = sc_policy_get_value (policy, limits[i].rule, limits[i].name,
                                                &shared->limit[i]);
  for (guint i = 0; i < SC_LINT_N_PHRASES; i++)
    {
      shared->phrases[i] = sc_policy_get_phrases (policy, phrases[i]);
      shared->phrases_non_ascii[i] = 0;
      for (guint p = 0; p < 64 && shared->phrases[i][p] != NULL; p++)
        {
          const char *phrase = shared->phrases[i][p];

          if (!sc_lint_is_ascii (phrase, strlen (phrase)))
            shared->phrases_non_ascii[i] |= G_GUINT64_CONSTANT (1) << p;
          if (i >= SC_LINT_N_TITLE_PHRASES)
            continue;
          if (phrase[0] != '\0' && phrase[1] != '\0')
            shared->pair_phrases[i][SC_LINT_PAIR (phrase[0], phrase[1])] |=
              G_GUINT64_CONSTANT (1) << p;
          else
            shared->phrases_short[i] |= G_GUINT64_CONSTANT (1) << p;
        }
    }

  shared->translations = g_hash_table_new (NULL, NULL);
  shared->stop_words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint p = 0; shared->phrases[SC_LINT_PHRASES_STOP_WORDS][p] != NULL; p++)
    g_hash_table_add (shared->stop_words,
                      (gpointer) shared->phrases[SC_LINT_PHRASES_STOP_WORDS][p]);

  shared->title_folded = g_string_new (NULL);
  shared->description_plain = g_string_new (NULL);
  shared->fold_a = g_string_new (NULL);
  shared->fold_b = g_string_new (NULL);
  shared->key = g_string_new (NULL);
  shared->pool = g_string_new (NULL);
}

static void
shared_clear (ScLintShared *shared)
{
  g_hash_table_unref (shared->translations);
  g_hash_table_unref (shared->stop_words);
  g_string_free (shared->title_folded, TRUE);
  g_string_free (shared->description_plain, TRUE);
  g_string_free (shared->fold_a, TRUE);
  g_string_free (shared->fold_b, TRUE);
  g_string_free (shared->key, TRUE);
  g_string_free (shared->pool, TRUE);
}

/* Appends @product's findings to @findings. */
static void
lint (const ScCatalogProduct *product,
      ScCatalog              *catalog,
      const ScLintIndex      *index,
      gboolean                totals,
      GHashTable             *categories,
      ScLintShared           *shared,
      GPtrArray              *findings)
{
  ScLintContext context = { product, catalog, index, totals, shared, categories, NULL,
                            findings, FALSE, FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      context.rule = &rules[i];
      rules[i].check (&context);
    }
}

/**
 * sc_lint_product:
 * @catalog: (nullable): the catalog it belongs to, for SKUs used by other products
 *
 * Returns: (transfer full) (element-type ScLintFinding): the findings, in rule order
 */
GPtrArray *
sc_lint_product (const ScCatalogProduct *product,
                 ScCatalog              *catalog,
                 const ScPolicy         *policy)
{
  ScLintShared shared;
  GPtrArray *findings;

  g_return_val_if_fail (product != NULL, NULL);
  g_return_val_if_fail (catalog == NULL || SC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (policy != NULL, NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_lint_finding_free);
  shared_init (&shared, policy);
  lint (product, catalog, NULL, FALSE, NULL, &shared, findings);
  shared_clear (&shared);

  return findings;
}

/**
 * sc_lint_product_indexed:
 * @index: (nullable): the SKUs of the catalog @product belongs to (see
 *   sc-lint-index.h); %NULL lints @product alone
 *
 * Finds what sc_lint_product () finds against the catalog @index was
 * built from, in time proportional to @product alone: what the product
 * page calls on every keystroke.
 *
 * Returns: (transfer full) (element-type ScLintFinding): the findings, in rule order
 */
GPtrArray *
sc_lint_product_indexed (const ScCatalogProduct *product,
                         const ScLintIndex      *index,
                         const ScPolicy         *policy)
{
  ScLintShared shared;
  GPtrArray *findings;

  g_return_val_if_fail (product != NULL, NULL);
  g_return_val_if_fail (policy != NULL, NULL);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_lint_finding_free);
  shared_init (&shared, policy);
  lint (product, NULL, index, FALSE, NULL, &shared, findings);
  shared_clear (&shared);

  return findings;
}

/**
 * sc_lint_catalog:
 *
 * Returns: (transfer full) (element-type ScLintFinding): the findings of
 *   every product, in catalog order
 */
GPtrArray *
sc_lint_catalog (ScCatalog      *catalog,
                 const ScPolicy *policy)
{
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(ScLintIndex) index = NULL;
  ScLintShared shared;
  GPtrArray *findings;
  guint n;

  g_return_val_if_fail (SC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (policy != NULL, NULL);

  /* Every SKU counted once; a product's duplicates are then the SKUs
   * the whole catalog uses more than once. */
  index = sc_lint_index_new_totals (catalog);

  n = sc_catalog_get_n_products (catalog);
  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_lint_finding_free);
  shared_init (&shared, policy);
  for (guint i = 0; i < n; i++)
    lint (sc_catalog_get_product (catalog, i), catalog, index, TRUE, categories, &shared,
          findings);
  shared_clear (&shared);

  return findings;
}

/**
 * sc_lint_score:
 * @findings: (element-type ScLintFinding): one product's findings
 *
 * Returns: max (0, 100 − 25 × errors − 8 × warnings − 2 × suggestions)
 */
guint
sc_lint_score (GPtrArray *findings)
{
  gint64 score = SC_LINT_SCORE_MAX;

  g_return_val_if_fail (findings != NULL, 0);

  for (guint i = 0; i < findings->len && score > 0; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);

      switch (finding->rule->severity)
        {
        case SC_LINT_SEVERITY_ERROR:
          score -= SC_LINT_PENALTY_ERROR;
          break;
        case SC_LINT_SEVERITY_WARNING:
          score -= SC_LINT_PENALTY_WARNING;
          break;
        case SC_LINT_SEVERITY_SUGGESTION:
        default:
          score -= SC_LINT_PENALTY_SUGGESTION;
          break;
        }
    }

  return (guint) MAX (score, 0);
}

/**
 * sc_lint_gtin_is_valid:
 * @digits: the barcode as written
 * @out_expected: (out) (optional): the check digit GS1's mod-10 gives, or -1
 *   when @digits is not 8, 12, 13 or 14 digits
 *
 * GS1 mod-10: from the digit left of the check digit leftwards, weights
 * 3, 1, 3, 1…; the check digit brings the sum up to a multiple of ten.
 *
 * Returns: whether @digits is a GTIN with a correct check digit
 */
gboolean
sc_lint_gtin_is_valid (const char *digits,
                       int        *out_expected)
{
  gsize length = digits != NULL ? strlen (digits) : 0;
  guint weight = 3;
  guint sum = 0;
  int expected;

  if (out_expected != NULL)
    *out_expected = -1;

  if (length != 8 && length != 12 && length != 13 && length != 14)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (digits[i] < '0' || digits[i] > '9')
      return FALSE;

  for (gsize i = length - 1; i-- > 0; weight = 4 - weight)
    sum += (guint) (digits[i] - '0') * weight;

  expected = (10 - (sum % 10)) % 10;
  if (out_expected != NULL)
    *out_expected = expected;

  return digits[length - 1] - '0' == expected;
}
