/* sc-sandbox-check-kinds.c - the goal kinds about prices, fields, options and the learner's edits
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each check adds one problem per product, variant or combination that
 * misses the goal, naming it and saying what to do. Money stays in whole
 * minor units; the edits a learner made are read from the action log as
 * sc_sandbox_history_load () gives them: the applied ones, undone edits
 * left out, redone ones counted again.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-lint.h"
#include "sc-sandbox-check-private.h"

static gint64
power_of_ten (guint exponent)
{
  gint64 value = 1;

  for (guint i = 0; i < exponent; i++)
    value *= 10;

  return value;
}

static void
check_price_ending (const ScGoal           *goal,
                    const ScCatalogProduct *product,
                    ScCheckProblems        *problems)
{
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);
      g_autofree char *label = sc_check_variant_label (variant, i);
      g_autofree char *price = NULL;
      g_autofree char *below = NULL;
      g_autofree char *above = NULL;
      g_autofree char *digits = NULL;
      guint exponent;
      gint64 unit;
      gint64 wanted;
      gint64 lower;

      if (!variant->has_price)
        {
          sc_check_add_problem (problems, _("%s has no price."), label);
          continue;
        }
      exponent = variant->price.currency->exponent;
      if (strlen (goal->ending) > exponent)
        {
          sc_check_add_problem (problems, _("Prices in %s have no .%s ending."), variant->price.currency->code,
                                goal->ending);
          return;
        }
      /* ".5" is .50: the ending's digits lead the minor unit. */
      digits = g_strdup_printf ("%-*s", (int) exponent, goal->ending);
      g_strdelimit (digits, " ", '0');
      wanted = g_ascii_strtoll (digits, NULL, 10);
      unit = power_of_ten (exponent);
      if (((variant->price.minor % unit) + unit) % unit == wanted)
        continue;

      lower = variant->price.minor - (((variant->price.minor - wanted) % unit) + unit) % unit;
      price = sc_money_to_string (variant->price);
      below = sc_money_to_string (sc_money_init (lower, variant->price.currency));
      above = sc_money_to_string (sc_money_init (lower + unit, variant->price.currency));
      if (lower > 0)
        sc_check_add_problem (problems, _("%s sells for %s; make it end in .%s, for example %s or %s."),
                              label, price, digits, below, above);
      else
        sc_check_add_problem (problems, _("%s sells for %s; make it end in .%s, for example %s."),
                              label, price, digits, above);
    }
}

static void
check_compare_at (const ScCatalogProduct *product,
                  ScCheckProblems        *problems)
{
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);
      g_autofree char *label = NULL;
      g_autofree char *compare_at = NULL;
      g_autofree char *price = NULL;

      if (!variant->has_compare_at)
        continue;
      label = sc_check_variant_label (variant, i);
      compare_at = sc_money_to_string (variant->compare_at);
      if (!variant->has_price)
        sc_check_add_problem (problems, _("%s has a compare-at price of %s but no price."), label, compare_at);
      else if (sc_money_compare (variant->compare_at, variant->price) <= 0)
        {
          price = sc_money_to_string (variant->price);
          sc_check_add_problem (problems, _("%s has a compare-at price of %s, which is not above its price "
                                            "of %s."),
                                label, compare_at, price);
        }
    }
}

static void
check_seo_field (const char       *text,
                 gboolean          title,
                 const ScPolicy   *policy,
                 ScCheckProblems  *problems)
{
  gint64 limit = 0;
  glong length;

  if (text == NULL || *text == '\0')
    {
      sc_check_add_problem (problems, "%s", title ? _("The SEO title is empty.")
                                                  : _("The meta description is empty."));
      return;
    }
  length = g_utf8_strlen (text, -1);
  if (policy == NULL ||
      !sc_policy_get_value (policy, title ? "seo-title-length" : "seo-description-length", "max", &limit) ||
      length <= limit)
    return;
  if (title)
    sc_check_add_problem (problems, _("The SEO title has %ld characters; “%s” shows at most %" G_GINT64_FORMAT "."),
                          length, sc_policy_get_title (policy), limit);
  else
    sc_check_add_problem (problems, _("The meta description has %ld characters; “%s” shows at most %"
                                      G_GINT64_FORMAT "."),
                          length, sc_policy_get_title (policy), limit);
}

/* The values of variant @variant for the first @n options, as "M / Blue". */
static char *
combination_key (const ScCatalogVariant *variant,
                 guint                   n)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (key, "%s%s", i > 0 ? " / " : "",
                            variant->option_values[i] != NULL ? variant->option_values[i] : "—");

  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
list_missing (const ScCatalogProduct *product,
              GHashTable             *seen,
              guint                   depth,
              GPtrArray              *values,
              ScCheckProblems        *problems)
{
  const ScCatalogOption *option;

  if (depth == product->options->len)
    {
      g_autofree char *key = NULL;

      g_ptr_array_add (values, NULL);
      key = g_strjoinv (" / ", (char **) values->pdata);
      g_ptr_array_remove_index (values, values->len - 1);
      if (!g_hash_table_contains (seen, key))
        sc_check_add_problem (problems, _("No variant is %s."), key);
      return;
    }

  option = g_ptr_array_index (product->options, depth);
  for (guint i = 0; i < option->values->len; i++)
    {
      g_ptr_array_add (values, g_ptr_array_index (option->values, i));
      list_missing (product, seen, depth + 1, values, problems);
      g_ptr_array_remove_index (values, values->len - 1);
    }
}

static void
check_option_matrix (const ScGoal           *goal,
                     const ScCatalogProduct *product,
                     ScCheckProblems        *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();

  if (product->options->len != goal->n_options)
    {
      sc_check_add_problem (problems, g_dngettext (GETTEXT_PACKAGE, "The product has %u option; it needs %u.",
                                                   "The product has %u options; it needs %u.",
                                                   product->options->len),
                            product->options->len, goal->n_options);
      return;
    }

  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);
      g_autofree char *label = sc_check_variant_label (variant, i);
      char *key = combination_key (variant, goal->n_options);
      gboolean known = TRUE;

      for (guint o = 0; o < goal->n_options; o++)
        known = known && sc_catalog_option_has_value (g_ptr_array_index (product->options, o),
                                                      variant->option_values[o]);
      if (!known)
        sc_check_add_problem (problems, _("%s has a value that none of the product's options offers."), label);
      else if (g_hash_table_contains (seen, key))
        sc_check_add_problem (problems, _("%s repeats the combination %s."), label, key);
      if (!variant->has_price)
        sc_check_add_problem (problems, _("%s has no price."), label);
      if (variant->sku == NULL || *variant->sku == '\0')
        sc_check_add_problem (problems, _("%s has no SKU."), label);
      g_hash_table_add (seen, key);
    }

  list_missing (product, seen, 0, values, problems);
}

static void
check_lint_findings (const ScGoal           *goal,
                     const ScCatalogProduct *product,
                     const ScCheckState     *state,
                     ScCheckProblems        *problems)
{
  g_autoptr(GPtrArray) findings = NULL;

  if (state->policy == NULL)
    {
      sc_check_add_problem (problems, _("No marketplace policy was given to check the listing against."));
      return;
    }
  findings = sc_lint_product (product, state->catalog, state->policy);
  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);
      gboolean wanted = goal->rules != NULL
                        ? g_strv_contains ((const char * const *) goal->rules, finding->rule->id)
                        : g_strcmp0 (finding->rule->field, goal->field) == 0;

      if (wanted)
        sc_check_add_problem (problems, "%s", finding->message);
    }
}

/* A product field as the editor shows it: NULL when empty. */
static char *
product_field_text (const ScCatalogProduct *product,
                    const char             *field)
{
  const char *text = NULL;

  if (g_str_equal (field, "title"))
    text = product->title;
  else if (g_str_equal (field, "description"))
    text = product->description;
  else if (g_str_equal (field, "status"))
    text = sc_product_status_to_string (product->status);
  else if (g_str_equal (field, "vendor"))
    text = product->vendor;
  else if (g_str_equal (field, "category"))
    text = product->category;
  else if (g_str_equal (field, "seo-title"))
    text = product->seo_title;
  else if (g_str_equal (field, "seo-description"))
    text = product->seo_description;
  else if (g_str_equal (field, "tags"))
    return product->tags[0] != NULL ? g_strjoinv (", ", product->tags) : NULL;

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static gboolean
variant_field_is_filled (const ScCatalogVariant *variant,
                         const char             *field)
{
  if (g_str_equal (field, "sku"))
    return variant->sku != NULL && *variant->sku != '\0';
  if (g_str_equal (field, "barcode"))
    return variant->barcode != NULL && *variant->barcode != '\0';
  if (g_str_equal (field, "price"))
    return variant->has_price;
  if (g_str_equal (field, "compare-at"))
    return variant->has_compare_at;
  if (g_str_equal (field, "cost"))
    return variant->has_cost;

  return variant->track_quantity;
}

static void
check_field_filled (const ScGoal           *goal,
                    const ScCatalogProduct *product,
                    ScCheckProblems        *problems)
{
  if (sc_sandbox_field_is_product (goal->field))
    {
      g_autofree char *text = product_field_text (product, goal->field);

      if (text == NULL)
        sc_check_add_problem (problems, _("The field %s is empty."), goal->field);
      return;
    }
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);

      if (!variant_field_is_filled (variant, goal->field))
        {
          g_autofree char *label = sc_check_variant_label (variant, i);

          sc_check_add_problem (problems, _("%s has no %s."), label, goal->field);
        }
    }
}

/* How many applied edits of the history have @target. */
static guint
count_edits (const ScCheckState *state,
             const char         *target)
{
  guint n = 0;

  for (guint i = 0; i < state->history->undo->len; i++)
    {
      const ScSandboxAction *action = g_ptr_array_index (state->history->undo, i);

      if (g_strcmp0 (action->target, target) == 0)
        n++;
    }

  return n;
}

static guint
count_product_edits (const ScCheckState     *state,
                     const ScCatalogProduct *product,
                     const char             *field)
{
  g_autofree char *target = g_strdup_printf ("product:%" G_GINT64_FORMAT ":%s", product->id, field);

  return count_edits (state, target);
}

static guint
count_variant_edits (const ScCheckState     *state,
                     const ScCatalogVariant *variant,
                     const char             *field)
{
  g_autofree char *target = g_strdup_printf ("variant:%" G_GINT64_FORMAT ":%s", variant->id, field);

  return count_edits (state, target);
}

static void
check_field_edited (const ScGoal           *goal,
                    const ScCatalogProduct *product,
                    const ScCheckState     *state,
                    ScCheckProblems        *problems)
{
  guint n = 0;

  if (sc_sandbox_field_is_product (goal->field))
    n = count_product_edits (state, product, goal->field);
  else
    for (guint i = 0; i < product->variants->len; i++)
      n += count_variant_edits (state, g_ptr_array_index (product->variants, i), goal->field);

  if (n == 0)
    sc_check_add_problem (problems, _("The field %s is as it came: it has not been edited yet."), goal->field);
}

static void
check_edit_limit (const ScGoal           *goal,
                  const ScCatalogProduct *product,
                  const ScCheckState     *state,
                  ScCheckProblems        *problems)
{
  guint n;

  if (sc_sandbox_field_is_product (goal->field))
    {
      n = count_product_edits (state, product, goal->field);
      if (n > goal->max_edits)
        sc_check_add_problem (problems, _("The field %s was changed %u times; at most %u changes were allowed."),
                              goal->field, n, goal->max_edits);
      return;
    }
  for (guint i = 0; i < product->variants->len; i++)
    {
      const ScCatalogVariant *variant = g_ptr_array_index (product->variants, i);

      n = count_variant_edits (state, variant, goal->field);
      if (n > goal->max_edits)
        {
          g_autofree char *label = sc_check_variant_label (variant, i);

          sc_check_add_problem (problems, _("The %s of %s was changed %u times; at most %u changes were allowed."),
                                goal->field, label, n, goal->max_edits);
        }
    }
}

gboolean
sc_check_kind_reads_log (ScGoalKind kind)
{
  return kind == SC_GOAL_FIELD_EDITED || kind == SC_GOAL_EDIT_LIMIT;
}

/**
 * sc_check_kind_product:
 *
 * Checks one product against a goal of a kind past the first four.
 */
void
sc_check_kind_product (const ScGoal           *goal,
                       const ScCatalogProduct *product,
                       const ScCheckState     *state,
                       ScCheckProblems        *problems)
{
  switch (goal->kind)
    {
    case SC_GOAL_PRICE_ENDING:
      check_price_ending (goal, product, problems);
      break;
    case SC_GOAL_COMPARE_AT_VALID:
      check_compare_at (product, problems);
      break;
    case SC_GOAL_SEO_FIELDS:
      check_seo_field (product->seo_title, TRUE, state->policy, problems);
      check_seo_field (product->seo_description, FALSE, state->policy, problems);
      break;
    case SC_GOAL_OPTION_MATRIX:
      check_option_matrix (goal, product, problems);
      break;
    case SC_GOAL_NO_LINT_FINDINGS:
      check_lint_findings (goal, product, state, problems);
      break;
    case SC_GOAL_FIELD_FILLED:
      check_field_filled (goal, product, problems);
      break;
    case SC_GOAL_FIELD_EQUALS:
      {
        g_autofree char *text = product_field_text (product, goal->field);

        if (g_strcmp0 (text != NULL ? text : "", goal->value) != 0)
          sc_check_add_problem (problems, _("The field %s is “%s”, not “%s”."), goal->field,
                                text != NULL ? text : "", goal->value);
      }
      break;
    case SC_GOAL_FIELD_EDITED:
      check_field_edited (goal, product, state, problems);
      break;
    case SC_GOAL_EDIT_LIMIT:
      check_edit_limit (goal, product, state, problems);
      break;
    case SC_GOAL_NO_LINT_ERRORS:
    case SC_GOAL_VARIANT_IDENTIFIERS:
    case SC_GOAL_PRICE_OVER_COST:
    case SC_GOAL_STATUS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * sc_check_kind_lesson:
 *
 * Returns: what a failed goal of a kind past the first four teaches,
 *   when the course gives no <message>
 */
const char *
sc_check_kind_lesson (const ScGoal *goal)
{
  switch (goal->kind)
    {
    case SC_GOAL_PRICE_ENDING:
      return _("Prices that end the same way across a range look deliberate: round each one to the ending "
               "the shop uses, keeping it above the margin you need.");
    case SC_GOAL_COMPARE_AT_VALID:
      return _("A compare-at price tells shoppers what the item sold for before: leave it empty, or make it "
               "the genuine earlier price, which is above today's. A compare-at at or below the price is "
               "misleading, and marketplaces remove such offers.");
    case SC_GOAL_SEO_FIELDS:
      return _("Search engines show the SEO title and meta description in their results: write both, short "
               "enough to be shown whole, naming the product and what makes it worth the click.");
    case SC_GOAL_OPTION_MATRIX:
      return _("Every combination of the options a product is made in needs its own variant, with a price "
               "and a SKU, so that shoppers can pick it and orders name the right item.");
    case SC_GOAL_NO_LINT_FINDINGS:
      return _("The listing checker explains each finding: open the field it points at and fix it there.");
    case SC_GOAL_FIELD_FILLED:
      return _("An empty field leaves a gap in the listing, in filters and in reports: fill it in.");
    case SC_GOAL_FIELD_EQUALS:
      return _("Enter the value exactly as the brief gives it, so the listing matches the shop's records.");
    case SC_GOAL_FIELD_EDITED:
      return _("Text that came with an import is rarely right for the shop: rewrite this field in your own "
               "words.");
    case SC_GOAL_EDIT_LIMIT:
      return _("Work the right value out before you enter it: a price or a text that changes again and "
               "again confuses buyers and can count as a fake discount.");
    case SC_GOAL_NO_LINT_ERRORS:
    case SC_GOAL_VARIANT_IDENTIFIERS:
    case SC_GOAL_PRICE_OVER_COST:
    case SC_GOAL_STATUS:
    default:
      g_assert_not_reached ();
    }
}
