/* sc-lint-private.h - what the linter's rule files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-lint.h"

G_BEGIN_DECLS

/* The policy's thresholds the rules read, looked up once a lint */
typedef enum
{
  SC_LINT_LIMIT_TITLE_MIN,
  SC_LINT_LIMIT_TITLE_MAX,
  SC_LINT_LIMIT_TITLE_ALL_CAPS,
  SC_LINT_LIMIT_DESCRIPTION_MIN,
  SC_LINT_LIMIT_SEO_TITLE_MAX,
  SC_LINT_LIMIT_SEO_DESCRIPTION_MAX,
  SC_LINT_LIMIT_BARCODE_REQUIRED,
  SC_LINT_N_LIMITS
} ScLintLimit;

typedef enum
{
  SC_LINT_PHRASES_PROMOTIONAL,
  SC_LINT_PHRASES_DECORATIVE,
  SC_LINT_PHRASES_STOP_WORDS,
  SC_LINT_N_PHRASES
} ScLintPhrases;

/* Two bytes that follow each other in a text, hashed: a phrase whose
 * first two bytes' pair is not among a title's is not in the title. */
#define SC_LINT_PAIRS 1024
#define SC_LINT_N_TITLE_PHRASES 2   /* SC_LINT_PHRASES_PROMOTIONAL and _DECORATIVE */
#define SC_LINT_PAIR(a, b) ((((guint) (guchar) (a)) * 31u + (guchar) (b)) % SC_LINT_PAIRS)

/* What every product of one lint shares: the policy's values and
 * buffers reused from product to product, so that linting a product
 * allocates little more than its findings. */
typedef struct
{
  const ScPolicy     *policy;
  gboolean            limit_set[SC_LINT_N_LIMITS];
  gint64              limit[SC_LINT_N_LIMITS];
  const char * const *phrases[SC_LINT_N_PHRASES];
  guint64             phrases_non_ascii[SC_LINT_N_PHRASES];  /* bit i: phrase i is not ASCII */
  /* For the phrases looked for in the title (promotional, decorative):
   * pair (SC_LINT_PAIR ()) → bit i: phrase i starts with that pair */
  guint64             pair_phrases[SC_LINT_N_TITLE_PHRASES][SC_LINT_PAIRS];
  guint64             phrases_short[SC_LINT_N_TITLE_PHRASES];  /* bit i: phrase i is under two bytes */
  GHashTable         *stop_words;   /* the stop-words phrases, as a set */
  GHashTable         *translations; /* message (N_ ()) → its translation */

  GString            *title_folded;
  GString            *description_plain;
  GString            *fold_a;       /* scratch for sc_lint_fold_into () */
  GString            *fold_b;
  GString            *key;          /* a variant's option values */
  GString            *pool;         /* the folded strings of a FoldedSet */
} ScLintShared;

struct _ScLintContext
{
  const ScCatalogProduct *product;
  ScCatalog              *catalog;     /* nullable: for duplicates across products */
  const ScLintIndex      *index;       /* nullable: the catalog's SKUs, counted (instead of catalog) */
  gboolean                totals;      /* index counts this product too: use its totals */
  ScLintShared           *shared;
  GHashTable             *categories;  /* nullable: category path → its policy category */
  const ScLintRule       *rule;        /* the rule being checked */
  GPtrArray              *findings;

  /* Worked out once a product, when a rule first asks (sc_lint_get_*) */
  gboolean                has_title_folded;
  gboolean                title_ascii;
  gboolean                has_description_plain;
  guint64                 title_phrases[SC_LINT_N_TITLE_PHRASES];  /* bit i: phrase i may be in the folded title */
};

void   sc_lint_report           (ScLintContext *context,
                                 int            variant,
                                 int            image,
                                 const char    *format,
                                 ...) G_GNUC_PRINTF (4, 5);
void   sc_lint_report_n         (ScLintContext *context,
                                 int            variant,
                                 int            image,
                                 const char    *format,
                                 ...) G_GNUC_PRINTF (4, 5);
char  *sc_lint_fold             (const char    *text,
                                 gssize         length);
void   sc_lint_fold_into        (GString       *out,
                                 const char    *text,
                                 gssize         length);
gboolean sc_lint_is_ascii       (const char    *text,
                                 gsize          length);
gboolean sc_lint_fold_equal     (const char    *a,
                                 gsize          a_length,
                                 const char    *b,
                                 gsize          b_length,
                                 GString       *scratch_a,
                                 GString       *scratch_b);
int    sc_lint_format           (char          *out,
                                 gsize          size,
                                 const char    *format,
                                 va_list        args);
guint  sc_lint_char_count       (const char    *text,
                                 gssize         length);
gboolean sc_lint_next_word      (const char   **cursor,
                                 const char   **out_start,
                                 gsize         *out_length);
void   sc_lint_plain_text_into  (GString             *out,
                                 const char          *text,
                                 ScDescriptionFormat  format);
gboolean sc_lint_get_limit      (ScLintContext *context,
                                 ScLintLimit    limit,
                                 gint64        *out_value);
const char * const *sc_lint_get_phrases       (ScLintContext *context,
                                               ScLintPhrases  phrases);
const char         *sc_lint_get_title_folded  (ScLintContext *context);

/* Whether phrase @i of a list looked for in the title (promotional,
 * decorative) may be in the folded title: not when the title is ASCII
 * and the phrase is not, nor when the phrase's first two bytes are not a
 * pair of the title's. Call sc_lint_get_title_folded () first. */
static inline gboolean
sc_lint_phrase_may_match (const ScLintContext *context,
                          ScLintPhrases        phrases,
                          guint                i)
{
  return i >= 64 || (context->title_phrases[phrases] >> i & 1) != 0;
}
const char         *sc_lint_get_description_plain (ScLintContext *context);
const ScPolicyCategory *sc_lint_match_category (ScLintContext *context);

/* sc-lint-index.c */
ScLintIndex *sc_lint_index_new_totals    (ScCatalog         *catalog);
guint  sc_lint_index_count_total         (const ScLintIndex *self,
                                          const char        *sku);

/* sc-lint-text.c */
void   sc_lint_check_title_length        (ScLintContext *context);
void   sc_lint_check_title_decorative    (ScLintContext *context);
void   sc_lint_check_title_all_caps      (ScLintContext *context);
void   sc_lint_check_title_promotional   (ScLintContext *context);
void   sc_lint_check_title_product_words (ScLintContext *context);
void   sc_lint_check_description_length (ScLintContext *context);
void   sc_lint_check_description_copy    (ScLintContext *context);
void   sc_lint_check_category_attributes (ScLintContext *context);
void   sc_lint_check_seo_title_missing   (ScLintContext *context);
void   sc_lint_check_seo_title_length    (ScLintContext *context);
void   sc_lint_check_seo_description_missing (ScLintContext *context);
void   sc_lint_check_seo_description_length  (ScLintContext *context);
void   sc_lint_check_handle              (ScLintContext *context);

/* sc-lint-variants.c */
void   sc_lint_check_sku_missing         (ScLintContext *context);
void   sc_lint_check_sku_duplicate       (ScLintContext *context);
void   sc_lint_check_barcode_missing     (ScLintContext *context);
void   sc_lint_check_barcode_digits      (ScLintContext *context);
void   sc_lint_check_compare_at          (ScLintContext *context);
void   sc_lint_check_price_below_cost    (ScLintContext *context);
void   sc_lint_check_image_missing       (ScLintContext *context);
void   sc_lint_check_image_alt           (ScLintContext *context);
void   sc_lint_check_option_duplicates   (ScLintContext *context);
void   sc_lint_check_out_of_stock        (ScLintContext *context);

G_END_DECLS
