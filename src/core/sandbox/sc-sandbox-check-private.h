/* sc-sandbox-check-private.h - what the checks of each goal kind share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-catalog.h"
#include "sc-inventory.h"
#include "sc-policy.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-goal.h"

G_BEGIN_DECLS

/* The first problems a message lists; the rest are counted. */
#define SC_CHECK_MAX_LISTED 5

typedef struct
{
  GString    *text;
  guint       n;
  const char *prefix;  /* the product's name, when a goal is about every product */
} ScCheckProblems;

/* What a check reads: the store now, and the learner's applied edits. */
typedef struct
{
  ScCatalog        *catalog;
  const ScPolicy   *policy;
  ScSandboxHistory *history;  /* NULL unless a goal reads the log */
  GPtrArray        *orders;   /* (element-type ScOrder) NULL unless a goal is about the shop */
  ScInventory      *stock;    /* NULL unless a goal is about the shop */
  GPtrArray        *log;      /* (element-type ScSandboxAction) every action since the store was made;
                                 NULL unless a goal reads it */
} ScCheckState;

void  sc_check_add_problem      (ScCheckProblems        *problems,
                                 const char             *format,
                                 ...) G_GNUC_PRINTF (2, 3);
char *sc_check_variant_label    (const ScCatalogVariant *variant,
                                 guint                   index);
const char *sc_check_product_name (const ScCatalogProduct *product);

gboolean    sc_check_kind_reads_log (ScGoalKind            kind);
const char *sc_check_kind_lesson  (const ScGoal           *goal);
void        sc_check_kind_product (const ScGoal           *goal,
                                   const ScCatalogProduct *product,
                                   const ScCheckState     *state,
                                   ScCheckProblems        *problems);

/* The order queue and the stock sheet (sc-sandbox-check-shop.c) */
gboolean    sc_check_shop_reads_log (ScGoalKind          kind);
const char *sc_check_shop_lesson  (const ScGoal           *goal);
void        sc_check_shop         (const ScGoal           *goal,
                                   const ScCheckState     *state,
                                   ScCheckProblems        *problems);

G_END_DECLS
