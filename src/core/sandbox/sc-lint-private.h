/* sc-lint-private.h - what the linter's rule files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-lint.h"

G_BEGIN_DECLS

struct _ScLintContext
{
  const ScCatalogProduct *product;
  ScCatalog              *catalog;     /* nullable: for duplicates across products */
  GHashTable             *sku_counts;  /* nullable: SKU → products' variants using it */
  const ScLintIndex      *index;       /* nullable: the catalog's SKUs, counted (instead of catalog) */
  const ScPolicy         *policy;
  GHashTable             *categories;  /* nullable: category path → its policy category */
  const ScLintRule       *rule;        /* the rule being checked */
  GPtrArray              *findings;

  /* Worked out once a product, when a rule first asks (sc_lint_get_*) */
  char                   *title_folded;
  GStrv                   title_words;
  char                   *description_plain;
};

void   sc_lint_report           (ScLintContext *context,
                                 int            variant,
                                 int            image,
                                 const char    *format,
                                 ...) G_GNUC_PRINTF (4, 5);
GStrv  sc_lint_split_words      (const char    *text);
char  *sc_lint_fold             (const char    *text,
                                 gssize         length);
const char         *sc_lint_get_title_folded      (ScLintContext *context);
const char * const *sc_lint_get_title_words       (ScLintContext *context);
const char         *sc_lint_get_description_plain (ScLintContext *context);
const ScPolicyCategory *sc_lint_match_category    (ScLintContext *context);

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
