/* sc-lint.h - the listing linter: named rules over a product and a policy
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule has an id, a severity, the field it points at and a one-line
 * reason (translatable: use sc_lint_rule_get_why ()). Thresholds come from
 * the policy (sc-policy.h); a rule whose threshold the policy does not set
 * finds nothing.
 *
 * Quality score, out of 100, for one product's findings:
 *
 *   score = max (0, 100 − 25 × errors − 8 × warnings − 2 × suggestions)
 *
 * so one error alone still leaves 75, and four errors reach 0.
 */
#pragma once

#include <glib.h>

#include "sc-catalog.h"
#include "sc-lint-index.h"
#include "sc-policy.h"

G_BEGIN_DECLS

#define SC_LINT_SCORE_MAX             100
#define SC_LINT_PENALTY_ERROR         25
#define SC_LINT_PENALTY_WARNING       8
#define SC_LINT_PENALTY_SUGGESTION    2

typedef enum
{
  SC_LINT_SEVERITY_ERROR,
  SC_LINT_SEVERITY_WARNING,
  SC_LINT_SEVERITY_SUGGESTION,
} ScLintSeverity;

typedef struct _ScLintContext ScLintContext;

typedef struct
{
  const char      *id;        /* "title-length" */
  ScLintSeverity   severity;
  const char      *field;     /* "title", "variants.sku", "seo-title", … */
  const char      *why;       /* N_() text; translate with sc_lint_rule_get_why () */
  void           (*check)     (ScLintContext *context);
} ScLintRule;

typedef struct
{
  const ScLintRule *rule;
  char             *handle;   /* the product's handle, as it is */
  int               variant;  /* 0-based variant index, or -1 */
  int               image;    /* 0-based image index, or -1 */
  char             *message;  /* translated, with the numbers */
  gboolean          message_inline;  /* private: @handle and @message live
                                      * in the finding's own block
                                      * (sc_lint_report () made it); FALSE
                                      * for ones allocated on their own.
                                      * Replace either with a string of its
                                      * own without freeing the old one;
                                      * sc_lint_finding_free () frees it */
} ScLintFinding;

const ScLintRule *sc_lint_get_rules          (guint                   *n_rules);
const ScLintRule *sc_lint_lookup_rule        (const char              *id);
const char       *sc_lint_rule_get_why       (const ScLintRule        *rule);
const char       *sc_lint_severity_to_string (ScLintSeverity           severity);

void              sc_lint_finding_free       (ScLintFinding           *finding);

GPtrArray        *sc_lint_product            (const ScCatalogProduct  *product,
                                              ScCatalog               *catalog,
                                              const ScPolicy          *policy);
GPtrArray        *sc_lint_product_indexed    (const ScCatalogProduct  *product,
                                              const ScLintIndex       *index,
                                              const ScPolicy          *policy);
GPtrArray        *sc_lint_catalog            (ScCatalog               *catalog,
                                              const ScPolicy          *policy);
guint             sc_lint_score              (GPtrArray               *findings);

/* The words of a description a shopper reads (tags dropped, entities
 * decoded, white space collapsed); the search preview shows it. */
char             *sc_lint_plain_text         (const char              *text,
                                              ScDescriptionFormat      format);

/* GS1 mod-10 over GTIN-8, -12, -13 and -14; exposed for the editor. */
gboolean          sc_lint_gtin_is_valid      (const char              *digits,
                                              int                     *out_expected);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScLintFinding, sc_lint_finding_free)

G_END_DECLS
