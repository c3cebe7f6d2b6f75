/* sc-sandbox-goal.h - what a practice store should reach, and checking it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Goals are declarative; a scenario lists them in a <goals> element:
 *
 *   <goals>
 *     <goal id="clean" type="no-lint-errors" product="tote"/>
 *     <goal id="ids" type="variant-identifiers" product="tote"/>
 *     <goal id="margin" type="price-over-cost" product="tote" ratio="1.5">
 *       <message>Price the tote for the fees and returns too.</message>
 *     </goal>
 *     <goal id="live" type="status" product="tote" status="active"/>
 *   </goals>
 *
 * - no-lint-errors: the product has no error-level finding of the listing
 *   linter under the policy given to the check.
 * - variant-identifiers: every variant has a SKU no other variant of the
 *   store uses (letter case aside), and a barcode that is a valid GTIN.
 * - price-over-cost: every variant has a price and a cost, and
 *   price ≥ cost × ratio, compared exactly in minor units; the ratio is a
 *   decimal with at most four places ("1.5", "2", "1.3333").
 * - status: the product's status is the given one (active, draft, archived).
 * - price-ending ending=".95": every variant's price ends in those digits
 *   of the minor unit (".95", "95" and ".5" mean the last 2 or 1 digits).
 * - compare-at-valid: every variant's compare-at price is empty or above
 *   its price.
 * - seo-fields: the SEO title and meta description are filled in and
 *   within the policy's seo-title-length/max and seo-description-length/max.
 * - option-matrix options="3": the product has exactly that many options,
 *   one variant for every combination of their values and no other, and
 *   every variant has a price and a SKU.
 * - no-lint-findings rule="title-promotional" or field="title": the
 *   product has no finding, of any severity, of that rule (several rules
 *   may be given, space-separated) or of the rules pointing at that field.
 * - field-filled field="vendor": the product's field, or every variant's
 *   when it is a variant field (sku, barcode, price, compare-at, cost,
 *   quantity), is not empty.
 * - field-equals field="vendor" value="Harbor &amp; Pine": the product
 *   field is exactly that text (tags: comma-separated, as the editor
 *   shows them).
 * - field-edited field="description": the learner's log has an edit of
 *   that field of the product (or of any of its variants) that is not
 *   undone: the field was written, not left as it came.
 * - edit-limit field="price" max="2": that field of the product (of each
 *   variant, for a variant field) was changed at most max times, undone
 *   edits aside: a price that moves every day loses buyers' trust.
 *
 * Fields are named as sc_sandbox_edit_product () and
 * sc_sandbox_edit_variant () name them.
 *
 * product="*" makes a goal about every product of the store (a generated
 * store's handles depend on its seed).
 *
 * Every goal has an id unique in its <goals>, and may carry a <message>
 * that teaches what to do; without one a built-in message does. Problems
 * are reported as FILE:LINE: message, all of them; goals with any
 * problem are not loaded.
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

#include "sc-course-problems.h"
#include "sc-policy.h"
#include "sc-run.h"
#include "sc-types.h"

G_BEGIN_DECLS

/* The product attribute of a goal about every product. */
#define SC_GOAL_EVERY_PRODUCT "*"

typedef enum
{
  SC_GOAL_NO_LINT_ERRORS,
  SC_GOAL_VARIANT_IDENTIFIERS,
  SC_GOAL_PRICE_OVER_COST,
  SC_GOAL_STATUS,
  SC_GOAL_PRICE_ENDING,
  SC_GOAL_COMPARE_AT_VALID,
  SC_GOAL_SEO_FIELDS,
  SC_GOAL_OPTION_MATRIX,
  SC_GOAL_NO_LINT_FINDINGS,
  SC_GOAL_FIELD_FILLED,
  SC_GOAL_FIELD_EQUALS,
  SC_GOAL_FIELD_EDITED,
  SC_GOAL_EDIT_LIMIT,
} ScGoalKind;

typedef struct
{
  char       *id;
  ScGoalKind  kind;
  char       *handle;       /* the product the goal is about */
  char       *status;       /* SC_GOAL_STATUS: "active", "draft" or "archived" */
  gint64      ratio_num;    /* SC_GOAL_PRICE_OVER_COST: ratio = ratio_num / ratio_den */
  gint64      ratio_den;
  char       *ratio_text;   /* the ratio as written, for messages */
  char       *message;      /* the course's teaching message, or NULL */
  char       *ending;       /* SC_GOAL_PRICE_ENDING: the digits, "95" */
  guint       n_options;    /* SC_GOAL_OPTION_MATRIX */
  GStrv       rules;        /* SC_GOAL_NO_LINT_FINDINGS: rule ids, or NULL for a field */
  char       *field;        /* SC_GOAL_NO_LINT_FINDINGS (lint field), SC_GOAL_FIELD_… , SC_GOAL_EDIT_LIMIT */
  char       *value;        /* SC_GOAL_FIELD_EQUALS */
  guint       max_edits;    /* SC_GOAL_EDIT_LIMIT */
} ScGoal;

typedef struct
{
  char       *goal_id;
  ScGoalKind  kind;
  gboolean    passed;
  char        *message;     /* what is wrong and what to do; NULL when passed */
} ScGoalResult;

ScGoal       *sc_goal_new               (const char        *id,
                                         ScGoalKind         kind,
                                         const char        *handle);
void          sc_goal_free              (ScGoal            *self);
const char   *sc_goal_kind_to_string    (ScGoalKind         kind);
gboolean      sc_goal_kind_from_string  (const char        *text,
                                         ScGoalKind        *out_kind);
gboolean      sc_goal_set_ratio         (ScGoal            *self,
                                         const char        *text);

GPtrArray    *sc_goals_read_element     (xmlNode           *goals,
                                         const char        *file,
                                         ScCourseProblems  *problems);
GPtrArray    *sc_goals_parse            (const char        *data,
                                         gsize              length,
                                         const char        *file,
                                         ScCourseProblems  *problems);

void          sc_goal_result_free       (ScGoalResult      *self);
GPtrArray    *sc_sandbox_check          (ScDatabase        *database,
                                         const ScRun       *run,
                                         GPtrArray         *goals,
                                         const ScPolicy    *policy,
                                         GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScGoal, sc_goal_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScGoalResult, sc_goal_result_free)

G_END_DECLS
