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
 * The kinds about the order queue and the stock sheet have no product
 * attribute; they read the run's orders and stock (sc-run-orders.h), and
 * those marked (log) read the run's action log since its last start, undone
 * steps included: a parcel that left the warehouse stays sent whatever
 * the records say afterwards, so an undone mistake still fails the goal.
 * Order names are written as the queue shows them ("#1004"); a list is
 * space-separated.
 *
 * - order-status order="#1004" financial="authorized" hold="fraud-review"
 *   fulfilment="partially-fulfilled" state="open" notified="yes": the
 *   order has each status given (at least one); notified="yes" means the
 *   customer was sent a message about it.
 * - no-unpaid-fulfilment (log): no order was fulfilled while its payment
 *   was pending or only authorized.
 * - order-refunded order="#1009" sku="HW-FIG-220" quantity="1"
 *   restock="no-restock": exactly that many units of the line were
 *   refunded that way (no-restock: refunded, kept by the customer and
 *   none of the line put back in stock; return, return-damaged: back in
 *   stock as sellable or not; cancel, remove: taken off before shipping,
 *   restocked or not).
 * - order-cancelled orders="#1001 #1007" reason="customer": those
 *   orders are cancelled, with that reason when one is given, and no
 *   cancelled order of the queue has the reason "other".
 * - fulfilled-first orders="#2001 #2002" (log): those orders are
 *   fulfilled, and no other order was fulfilled before all of them were.
 * - shipments-tracked, optionally orders="#2001 #2002": something was
 *   shipped, and every shipment (of those orders) has a carrier and a
 *   tracking number.
 * - customers-answered, optionally orders="#3001 #3004": a customer
 *   wrote about some order (about each of those), and every customer who
 *   wrote was sent a message after their last one.
 * - purchase-received purchase="PO-1042": everything the purchase order
 *   brings was received against it; nothing is still to come.
 * - stock-unavailable sku="HW-FIG-220" quantity="2" reason="damaged":
 *   at least that many units of the SKU are unavailable, moved there with
 *   that reason when one is given.
 * - count-applied, optionally count="1": that count (every count without
 *   one) is applied, so its differences are in the ledger with the reason
 *   cycle-count, and none of its SKUs was adjusted by hand with another
 *   reason (received, correction, shrinkage) once the count began.
 * - no-oversell, optionally except="HW-ADVENT": no item keeps selling
 *   when out of stock, but those listed (pre-orders).
 * - reorder-point-suggested sku="KL-HOUSE-250" or sku="*": the item's
 *   (every item's with demand and lead time) reorder point is demand
 *   during lead time plus safety stock.
 * - reorders-placed: no item is at or below its reorder point counting
 *   what is available and incoming; the point is the suggested one when
 *   the item has demand and lead time, its own otherwise.
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
  SC_GOAL_ORDER_STATUS,
  SC_GOAL_NO_UNPAID_FULFILMENT,
  SC_GOAL_ORDER_REFUNDED,
  SC_GOAL_ORDER_CANCELLED,
  SC_GOAL_FULFILLED_FIRST,
  SC_GOAL_SHIPMENTS_TRACKED,
  SC_GOAL_PURCHASE_RECEIVED,
  SC_GOAL_STOCK_UNAVAILABLE,
  SC_GOAL_COUNT_APPLIED,
  SC_GOAL_NO_OVERSELL,
  SC_GOAL_REORDER_POINT_SUGGESTED,
  SC_GOAL_REORDERS_PLACED,
  SC_GOAL_CUSTOMERS_ANSWERED,
} ScGoalKind;

/* The first kind about the order queue and the stock sheet. */
#define SC_GOAL_FIRST_SHOP_KIND SC_GOAL_ORDER_STATUS

/* An order-status attribute not given. */
#define SC_GOAL_ANY (-1)

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
  /* The order queue and the stock sheet; a status of an enum is SC_GOAL_ANY when not given */
  GStrv       orders;       /* order names: one for the order-… kinds, a list (or NULL) otherwise */
  char       *sku;          /* a SKU, or SC_GOAL_EVERY_PRODUCT for every item */
  char       *purchase;     /* SC_GOAL_PURCHASE_RECEIVED: "PO-1042" */
  GStrv       except;       /* SC_GOAL_NO_OVERSELL: SKUs allowed to oversell, or NULL */
  int         financial;    /* ScOrderFinancialStatus */
  int         fulfilment;   /* ScOrderFulfilmentStatus */
  int         hold;         /* ScOrderHoldReason */
  int         state;        /* ScOrderState */
  int         notified;     /* 0 or 1 */
  int         cancel_reason; /* ScOrderCancelReason */
  int         restock;      /* ScOrderRestock */
  int         stock_reason; /* ScStockReason */
  gint64      quantity;     /* SC_GOAL_ORDER_REFUNDED, SC_GOAL_STOCK_UNAVAILABLE */
  guint       count;        /* SC_GOAL_COUNT_APPLIED: the count's number, 0 for every count */
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
gboolean      sc_goal_kind_is_shop      (ScGoalKind         kind);
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
