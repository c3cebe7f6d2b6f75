/* sc-sandbox-check.c - whether a practice store meets its goals, with a teaching message each
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The check reads the store as it is now (the catalog of the run) and,
 * for the goals about the learner's edits, the run's action log; each
 * failed goal says what is wrong, variant by variant, then what to do.
 * The kinds past the first four are in sc-sandbox-check-kinds.c.
 * Money is compared in whole minor units: price × den ≥ cost × num.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-database.h"
#include "sc-lint.h"
#include "sc-run-orders.h"
#include "sc-sandbox-check-private.h"
#include "sc-sandbox-goal.h"

#define MAX_LISTED SC_CHECK_MAX_LISTED

typedef ScCheckProblems Problems;

#define add_problem sc_check_add_problem
#define variant_label sc_check_variant_label

void
sc_check_add_problem (ScCheckProblems *problems,
                      const char      *format,
                      ...)
{
  va_list args;

  problems->n++;
  if (problems->n > MAX_LISTED)
    return;
  if (problems->text->len > 0)
    g_string_append (problems->text, "\n");
  g_string_append (problems->text, "• ");
  if (problems->prefix != NULL)
    g_string_append_printf (problems->text, "%s: ", problems->prefix);
  va_start (args, format);
  g_string_append_vprintf (problems->text, format, args);
  va_end (args);
}

/* "Variant 2 (Large / Blue)", as the editor lists them. */
char *
sc_check_variant_label (const ScCatalogVariant *variant,
                        guint                   index)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint i = 0; i < SC_CATALOG_MAX_OPTIONS; i++)
    if (variant->option_values[i] != NULL)
      g_ptr_array_add (values, variant->option_values[i]);
  g_ptr_array_add (values, NULL);

  if (values->len == 1)
    return g_strdup_printf (_("Variant %u"), index + 1);
  joined = g_strjoinv (" / ", (char **) values->pdata);

  return g_strdup_printf (_("Variant %u (%s)"), index + 1, joined);
}

static void
check_lint (const ScCatalogProduct *product,
            ScCatalog              *catalog,
            const ScPolicy         *policy,
            Problems               *problems)
{
  g_autoptr(GPtrArray) findings = NULL;

  if (policy == NULL)
    {
      add_problem (problems, _("No marketplace policy was given to check the listing against."));
      return;
    }
  findings = sc_lint_product (product, catalog, policy);
  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);

      if (finding->rule->severity == SC_LINT_SEVERITY_ERROR)
        add_problem (problems, "%s", finding->message);
    }
}

static guint
count_sku (ScCatalog  *catalog,
           const char *sku)
{
  guint n = 0;

  for (guint p = 0; p < sc_catalog_get_n_products (catalog); p++)
    {
      const ScCatalogProduct *product = sc_catalog_get_product (catalog, p);

      for (guint v = 0; v < product->variants->len; v++)
        {
          const ScCatalogVariant *variant = g_ptr_array_index (product->variants, v);

          if (variant->sku != NULL && g_ascii_strcasecmp (variant->sku, sku) == 0)
            n++;
        }
    }

  return n;
}

static void
check_identifiers (const ScCatalogProduct *product,
                   ScCatalog              *catalog,
                   Problems               *problems)
{
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);
      g_autofree char *label = variant_label (variant, i);

      if (variant->sku == NULL || *variant->sku == '\0')
        add_problem (problems, _("%s has no SKU."), label);
      else if (count_sku (catalog, variant->sku) > 1)
        add_problem (problems, _("%s has the SKU “%s”, which another variant of the store also has."),
                     label, variant->sku);

      if (variant->barcode == NULL || *variant->barcode == '\0')
        add_problem (problems, _("%s has no barcode."), label);
      else if (!sc_lint_gtin_is_valid (variant->barcode, NULL))
        add_problem (problems, _("%s has the barcode “%s”, which is not a valid GTIN (8, 12, 13 or 14 "
                                 "digits with the right check digit)."),
                     label, variant->barcode);
    }
}

static void
check_price (const ScCatalogProduct *product,
             const ScGoal           *goal,
             Problems               *problems)
{
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);
      g_autofree char *label = variant_label (variant, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *price = NULL;
      g_autofree char *floor = NULL;
      ScMoney scaled_price;
      ScMoney scaled_cost;
      ScMoney lowest;

      if (!variant->has_price)
        {
          add_problem (problems, _("%s has no price."), label);
          continue;
        }
      if (!variant->has_cost)
        {
          add_problem (problems, _("%s has no cost, so its margin cannot be known."), label);
          continue;
        }
      if (!sc_money_multiply (variant->price, goal->ratio_den, &scaled_price, &error) ||
          !sc_money_multiply (variant->cost, goal->ratio_num, &scaled_cost, &error))
        {
          add_problem (problems, "%s: %s", label, error->message);
          continue;
        }
      if (sc_money_compare (scaled_price, scaled_cost) >= 0)
        continue;

      /* The lowest price that passes: cost × num / den, rounded up. */
      lowest = sc_money_init (scaled_cost.minor / goal->ratio_den +
                              (scaled_cost.minor % goal->ratio_den > 0 ? 1 : 0),
                              variant->cost.currency);
      price = sc_money_to_string (variant->price);
      floor = sc_money_to_string (lowest);
      add_problem (problems, _("%s sells for %s; at %s × its cost it should sell for at least %s."),
                   label, price, goal->ratio_text, floor);
    }
}

static const char *
default_lesson (const ScGoal *goal)
{
  switch (goal->kind)
    {
    case SC_GOAL_NO_LINT_ERRORS:
      return _("A marketplace refuses or hides a listing with errors: fix each one the listing checker shows.");
    case SC_GOAL_VARIANT_IDENTIFIERS:
      return _("Give every variant its own SKU, so that orders and stock counts name the right item, and "
               "the GTIN printed on its packaging as barcode, so that marketplaces can match it.");
    case SC_GOAL_PRICE_OVER_COST:
      return _("A price too close to the cost leaves nothing for fees, shipping and returns: raise the "
               "price, or check the cost you entered.");
    case SC_GOAL_STATUS:
      return _("Customers only see products whose status is active; a draft stays in the back office.");
    default:
      return sc_goal_kind_is_shop (goal->kind) ? sc_check_shop_lesson (goal) : sc_check_kind_lesson (goal);
    }
}

const char *
sc_check_product_name (const ScCatalogProduct *product)
{
  return product->title != NULL ? product->title : product->handle;
}

static void
check_product (const ScGoal           *goal,
               const ScCatalogProduct *product,
               const ScCheckState     *state,
               Problems               *problems)
{
  ScCatalog *catalog = state->catalog;
  const ScPolicy *policy = state->policy;

  switch (goal->kind)
    {
    case SC_GOAL_NO_LINT_ERRORS:
      check_lint (product, catalog, policy, problems);
      break;
    case SC_GOAL_VARIANT_IDENTIFIERS:
      check_identifiers (product, catalog, problems);
      break;
    case SC_GOAL_PRICE_OVER_COST:
      check_price (product, goal, problems);
      break;
    case SC_GOAL_STATUS:
      if (g_strcmp0 (sc_product_status_to_string (product->status), goal->status) != 0)
        add_problem (problems, _("“%s” is %s, not %s."),
                     product->title != NULL ? product->title : product->handle,
                     sc_product_status_to_string (product->status), goal->status);
      break;
    default:
      sc_check_kind_product (goal, product, state, problems);
    }
}

static ScGoalResult *
check_goal (const ScGoal       *goal,
            const ScCheckState *state)
{
  ScCatalog *catalog = state->catalog;
  ScGoalResult *result = g_new0 (ScGoalResult, 1);
  Problems problems = { g_string_new (NULL), 0, NULL };

  result->goal_id = g_strdup (goal->id);
  result->kind = goal->kind;

  if (sc_goal_kind_is_shop (goal->kind))
    sc_check_shop (goal, state, &problems);
  else if (g_strcmp0 (goal->handle, SC_GOAL_EVERY_PRODUCT) == 0)
    for (guint i = 0; i < sc_catalog_get_n_products (catalog); i++)
      {
        const ScCatalogProduct *product = sc_catalog_get_product (catalog, i);

        problems.prefix = goal->kind != SC_GOAL_STATUS
                          ? (product->title != NULL ? product->title : product->handle) : NULL;
        check_product (goal, product, state, &problems);
      }
  else if (sc_catalog_lookup_product (catalog, goal->handle) == NULL)
    add_problem (&problems, _("The store has no product with the handle “%s”."), goal->handle);
  else
    check_product (goal, sc_catalog_lookup_product (catalog, goal->handle), state, &problems);

  result->passed = problems.n == 0;
  if (!result->passed)
    {
      if (problems.n > MAX_LISTED)
        {
          g_string_append (problems.text, "\n• ");
          g_string_append_printf (problems.text,
                                  g_dngettext (GETTEXT_PACKAGE, "and %u more problem", "and %u more problems",
                                               problems.n - MAX_LISTED),
                                  problems.n - MAX_LISTED);
        }
      g_string_append_printf (problems.text, "\n%s",
                              goal->message != NULL ? goal->message : default_lesson (goal));
    }
  result->message = g_string_free (problems.text, result->passed);

  return result;
}

/**
 * sc_sandbox_check:
 * @goals: (element-type ScGoal): what the store should reach
 * @policy: (nullable): the marketplace policy of no-lint-errors goals
 *
 * Returns: (transfer full) (element-type ScGoalResult) (nullable): one
 *   result for each goal, in order
 */
GPtrArray *
sc_sandbox_check (ScDatabase      *database,
                  const ScRun     *run,
                  GPtrArray       *goals,
                  const ScPolicy  *policy,
                  GError         **error)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(ScCatalog) catalog = NULL;
  g_autoptr(ScSandboxHistory) history = NULL;
  g_autoptr(GPtrArray) orders = NULL;
  g_autoptr(ScInventory) stock = NULL;
  g_autoptr(GPtrArray) log = NULL;
  ScCheckState state = { NULL, policy, NULL, NULL, NULL, NULL };
  sqlite3 *db;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (run != NULL, NULL);
  g_return_val_if_fail (goals != NULL, NULL);

  db = sc_database_get_handle (database);
  catalog = sc_run_load_catalog (db, run, error);
  if (catalog == NULL)
    return NULL;
  for (guint i = 0; i < goals->len; i++)
    {
      ScGoalKind kind = ((const ScGoal *) g_ptr_array_index (goals, i))->kind;

      if (history == NULL && sc_check_kind_reads_log (kind) &&
          (history = sc_sandbox_history_load (db, run, run->learner_id, error)) == NULL)
        return NULL;
      if (orders == NULL && sc_goal_kind_is_shop (kind) &&
          ((orders = sc_run_load_orders (db, run, error)) == NULL ||
           (stock = sc_run_load_inventory (db, run, error)) == NULL))
        return NULL;
      if (log == NULL && sc_goal_kind_is_shop (kind) && sc_check_shop_reads_log (kind) &&
          (log = sc_sandbox_log_load (db, run, run->learner_id, error)) == NULL)
        return NULL;
    }
  state.catalog = catalog;
  state.history = history;
  state.orders = orders;
  state.stock = stock;
  state.log = log;

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_goal_result_free);
  for (guint i = 0; i < goals->len; i++)
    g_ptr_array_add (results, check_goal (g_ptr_array_index (goals, i), &state));

  return g_steal_pointer (&results);
}
