/* sc-sandbox-goal.c - the goals of a practice store, and their <goals> reader
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-catalog.h"
#include "sc-content-xml.h"
#include "sc-lint.h"
#include "sc-sandbox-action.h"
#include "sc-sandbox-goal-private.h"
#include "sc-sandbox-goal.h"

#define require_attribute sc_goal_require_attribute
#define read_count sc_goal_read_count

/* A ratio has at most this many decimal places, and is at most this. */
#define RATIO_MAX_PLACES 4
#define RATIO_MAX        1000

static const char * const kind_names[] = {
  [SC_GOAL_NO_LINT_ERRORS]      = "no-lint-errors",
  [SC_GOAL_VARIANT_IDENTIFIERS] = "variant-identifiers",
  [SC_GOAL_PRICE_OVER_COST]     = "price-over-cost",
  [SC_GOAL_STATUS]              = "status",
  [SC_GOAL_PRICE_ENDING]        = "price-ending",
  [SC_GOAL_COMPARE_AT_VALID]    = "compare-at-valid",
  [SC_GOAL_SEO_FIELDS]          = "seo-fields",
  [SC_GOAL_OPTION_MATRIX]       = "option-matrix",
  [SC_GOAL_NO_LINT_FINDINGS]    = "no-lint-findings",
  [SC_GOAL_FIELD_FILLED]        = "field-filled",
  [SC_GOAL_FIELD_EQUALS]        = "field-equals",
  [SC_GOAL_FIELD_EDITED]        = "field-edited",
  [SC_GOAL_EDIT_LIMIT]          = "edit-limit",
  [SC_GOAL_ORDER_STATUS]        = "order-status",
  [SC_GOAL_NO_UNPAID_FULFILMENT] = "no-unpaid-fulfilment",
  [SC_GOAL_ORDER_REFUNDED]      = "order-refunded",
  [SC_GOAL_ORDER_CANCELLED]     = "order-cancelled",
  [SC_GOAL_FULFILLED_FIRST]     = "fulfilled-first",
  [SC_GOAL_SHIPMENTS_TRACKED]   = "shipments-tracked",
  [SC_GOAL_PURCHASE_RECEIVED]   = "purchase-received",
  [SC_GOAL_STOCK_UNAVAILABLE]   = "stock-unavailable",
  [SC_GOAL_COUNT_APPLIED]       = "count-applied",
  [SC_GOAL_NO_OVERSELL]         = "no-oversell",
  [SC_GOAL_REORDER_POINT_SUGGESTED] = "reorder-point-suggested",
  [SC_GOAL_REORDERS_PLACED]     = "reorders-placed",
  [SC_GOAL_CUSTOMERS_ANSWERED]  = "customers-answered",
};

ScGoal *
sc_goal_new (const char *id,
             ScGoalKind  kind,
             const char *handle)
{
  ScGoal *self = g_new0 (ScGoal, 1);

  self->id = g_strdup (id);
  self->kind = kind;
  self->handle = g_strdup (handle);
  self->ratio_num = 1;
  self->ratio_den = 1;
  self->financial = SC_GOAL_ANY;
  self->fulfilment = SC_GOAL_ANY;
  self->hold = SC_GOAL_ANY;
  self->state = SC_GOAL_ANY;
  self->notified = SC_GOAL_ANY;
  self->cancel_reason = SC_GOAL_ANY;
  self->restock = SC_GOAL_ANY;
  self->stock_reason = SC_GOAL_ANY;

  return self;
}

void
sc_goal_free (ScGoal *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->handle);
  g_free (self->status);
  g_free (self->ratio_text);
  g_free (self->message);
  g_free (self->ending);
  g_strfreev (self->rules);
  g_free (self->field);
  g_free (self->value);
  g_strfreev (self->orders);
  g_free (self->sku);
  g_free (self->purchase);
  g_strfreev (self->except);
  g_free (self);
}

void
sc_goal_result_free (ScGoalResult *self)
{
  if (self == NULL)
    return;
  g_free (self->goal_id);
  g_free (self->message);
  g_free (self);
}

const char *
sc_goal_kind_to_string (ScGoalKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

/**
 * sc_goal_kind_is_shop:
 *
 * Returns: whether goals of @kind are about the order queue and the stock
 *   sheet rather than a product
 */
gboolean
sc_goal_kind_is_shop (ScGoalKind kind)
{
  return kind >= SC_GOAL_FIRST_SHOP_KIND;
}

gboolean
sc_goal_kind_from_string (const char *text,
                          ScGoalKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (text, kind_names[i]) == 0)
      {
        *out_kind = (ScGoalKind) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * sc_goal_set_ratio:
 * @text: a positive decimal with at most four places: "1.5"
 *
 * Returns: whether @text is such a ratio; @self is unchanged otherwise
 */
gboolean
sc_goal_set_ratio (ScGoal     *self,
                   const char *text)
{
  gint64 num = 0;
  gint64 den = 1;
  gboolean point = FALSE;
  guint places = 0;
  guint digits = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '.' && !point)
        {
          point = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*p) || (point && ++places > RATIO_MAX_PLACES) || ++digits > 9)
        return FALSE;
      num = num * 10 + (*p - '0');
      if (point)
        den *= 10;
    }
  if (digits == 0 || num == 0 || num > RATIO_MAX * den)
    return FALSE;

  self->ratio_num = num;
  self->ratio_den = den;
  g_free (self->ratio_text);
  self->ratio_text = g_strdup (text);

  return TRUE;
}

typedef ScGoalReader Reader;

#define problem sc_goal_problem

char *
sc_goal_require_attribute (ScGoalReader *reader,
                           xmlNode      *node,
                           const char   *name,
                           const char   *example)
{
  char *value = sc_content_xml_attr (node, name);

  if (value == NULL || *value == '\0')
    {
      problem (reader, node, _("<%s> needs a %s attribute, for example %s=\"%s\""),
               (const char *) node->name, name, name, example);
      g_clear_pointer (&value, g_free);
    }

  return value;
}

/* The text of @node with each run of white space as one space, as the
 * course's XML wraps long messages over several indented lines. */
static char *
element_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  g_auto(GStrv) words = g_strsplit_set (content != NULL ? (const char *) content : "", " \t\r\n", -1);
  GString *text = g_string_new (NULL);

  xmlFree (content);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", words[i]);

  return g_string_free (text, FALSE);
}

/* "price" for edit-limit, "vendor" for field-equals: a field the editor writes. */
static gboolean
read_field (Reader     *reader,
            xmlNode    *node,
            ScGoal     *goal,
            gboolean    product_only)
{
  goal->field = require_attribute (reader, node, "field", "vendor");
  if (goal->field == NULL)
    return FALSE;
  if (sc_sandbox_field_is_product (goal->field) || (!product_only && sc_sandbox_field_is_variant (goal->field)))
    return TRUE;

  problem (reader, node, product_only
           ? _("field=\"%s\" is not a product field; use title, description, status, vendor, category, "
               "tags, seo-title or seo-description")
           : _("field=\"%s\" is not a field the editor writes; use a product field (title, description, "
               "status, vendor, category, tags, seo-title, seo-description) or a variant field (sku, "
               "barcode, price, compare-at, cost, quantity)"),
           goal->field);
  return FALSE;
}

gboolean
sc_goal_read_count (ScGoalReader *reader,
                    xmlNode      *node,
                    const char   *name,
                    guint         low,
                    guint         high,
                    guint        *out_value)
{
  g_autofree char *text = require_attribute (reader, node, name, "3");
  guint64 value = 0;

  if (text == NULL)
    return FALSE;
  if (!g_ascii_string_to_unsigned (text, 10, low, high, &value, NULL))
    {
      problem (reader, node, _("%s=\"%s\" must be a whole number from %u to %u"), name, text, low, high);
      return FALSE;
    }
  *out_value = (guint) value;

  return TRUE;
}

static gboolean
read_lint_target (Reader  *reader,
                  xmlNode *node,
                  ScGoal  *goal)
{
  g_autofree char *rules = sc_content_xml_attr (node, "rule");
  guint n_rules = 0;
  const ScLintRule *table = sc_lint_get_rules (&n_rules);
  gboolean ok = TRUE;

  goal->field = sc_content_xml_attr (node, "field");
  if ((rules == NULL) == (goal->field == NULL))
    {
      problem (reader, node, _("a no-lint-findings goal needs either rule (for example rule=\"title-promotional\") "
                               "or field (for example field=\"title\"), not both"));
      return FALSE;
    }
  if (rules != NULL)
    {
      goal->rules = g_strsplit_set (rules, " \t\n", -1);
      for (guint i = 0; goal->rules[i] != NULL; i++)
        if (*goal->rules[i] != '\0' && sc_lint_lookup_rule (goal->rules[i]) == NULL)
          {
            problem (reader, node, _("rule=\"%s\" is not a rule of the listing checker"), goal->rules[i]);
            ok = FALSE;
          }
      return ok;
    }
  for (guint i = 0; i < n_rules; i++)
    if (g_strcmp0 (table[i].field, goal->field) == 0)
      return TRUE;
  problem (reader, node, _("field=\"%s\" is not a field the listing checker points at; use one such as title, "
                           "description, variants.sku or seo-title"), goal->field);

  return FALSE;
}

/* The attributes of the kinds past the first four. */
static gboolean
read_kind_attributes (Reader  *reader,
                      xmlNode *node,
                      ScGoal  *goal)
{
  switch (goal->kind)
    {
    case SC_GOAL_PRICE_ENDING:
      {
        g_autofree char *ending = require_attribute (reader, node, "ending", ".95");
        const char *digits = ending != NULL && ending[0] == '.' ? ending + 1 : ending;

        if (ending == NULL)
          return FALSE;
        if (*digits == '\0' || strlen (digits) > 3 || strspn (digits, "0123456789") != strlen (digits))
          {
            problem (reader, node, _("ending=\"%s\" is not a price ending; write the last digits of the "
                                     "cents, such as .95 or .99"), ending);
            return FALSE;
          }
        goal->ending = g_strdup (digits);
        return TRUE;
      }
    case SC_GOAL_OPTION_MATRIX:
      return read_count (reader, node, "options", 1, 3, &goal->n_options);
    case SC_GOAL_NO_LINT_FINDINGS:
      return read_lint_target (reader, node, goal);
    case SC_GOAL_FIELD_FILLED:
    case SC_GOAL_FIELD_EDITED:
      return read_field (reader, node, goal, FALSE);
    case SC_GOAL_FIELD_EQUALS:
      if (!read_field (reader, node, goal, TRUE))
        return FALSE;
      goal->value = sc_content_xml_attr (node, "value");
      if (goal->value == NULL)
        problem (reader, node, _("<goal> needs a value attribute, for example value=\"active\""));
      return goal->value != NULL;
    case SC_GOAL_EDIT_LIMIT:
      return read_field (reader, node, goal, FALSE) && read_count (reader, node, "max", 1, 1000, &goal->max_edits);
    case SC_GOAL_NO_LINT_ERRORS:
    case SC_GOAL_VARIANT_IDENTIFIERS:
    case SC_GOAL_PRICE_OVER_COST:
    case SC_GOAL_STATUS:
    case SC_GOAL_COMPARE_AT_VALID:
    case SC_GOAL_SEO_FIELDS:
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

static ScGoal *
read_goal (Reader  *reader,
           xmlNode *node)
{
  g_autofree char *id = require_attribute (reader, node, "id", "publish-tote");
  g_autofree char *type = require_attribute (reader, node, "type", "status");
  g_autofree char *handle = NULL;
  g_autoptr(ScGoal) goal = NULL;
  ScGoalKind kind = SC_GOAL_STATUS;
  gboolean ok = id != NULL && type != NULL;

  if (type != NULL && !sc_goal_kind_from_string (type, &kind))
    {
      problem (reader, node, _("“%s” is not a goal type; use no-lint-errors, variant-identifiers, "
                               "price-over-cost, status, price-ending, compare-at-valid, seo-fields, "
                               "option-matrix, no-lint-findings, field-filled, field-equals, field-edited "
                               "or edit-limit for a product, order-status, no-unpaid-fulfilment, "
                               "order-refunded, order-cancelled, fulfilled-first, shipments-tracked or "
                               "customers-answered for the orders, purchase-received, stock-unavailable, count-applied, "
                               "no-oversell, reorder-point-suggested or reorders-placed for the stock"), type);
      ok = FALSE;
    }
  /* An unknown type is taken for a product's, whose attribute is then checked too. */
  if (!sc_goal_kind_is_shop (kind))
    {
      handle = require_attribute (reader, node, "product", "canvas-tote");
      ok = ok && handle != NULL;
    }
  else if (xmlHasProp (node, BAD_CAST "product") != NULL)
    {
      problem (reader, node, _("a goal of type %s is about the orders or the stock, not a product; "
                               "remove its product attribute"), type);
      ok = FALSE;
    }
  goal = sc_goal_new (id, kind, handle);

  if (ok && kind == SC_GOAL_PRICE_OVER_COST)
    {
      g_autofree char *ratio = require_attribute (reader, node, "ratio", "1.5");

      if (ratio != NULL && !sc_goal_set_ratio (goal, ratio))
        problem (reader, node, _("ratio=\"%s\" is not a ratio; write a positive decimal with at most "
                                 "four places, such as 1.5"), ratio);
      ok = ratio != NULL && goal->ratio_text != NULL;
    }
  if (ok && kind == SC_GOAL_STATUS)
    {
      goal->status = require_attribute (reader, node, "status", "active");
      if (goal->status != NULL && g_strcmp0 (goal->status, "active") != 0 &&
          g_strcmp0 (goal->status, "draft") != 0 && g_strcmp0 (goal->status, "archived") != 0)
        {
          problem (reader, node, _("status=\"%s\" is not a product status; use active, draft or archived"),
                   goal->status);
          ok = FALSE;
        }
      ok = ok && goal->status != NULL;
    }

  if (ok)
    ok = sc_goal_kind_is_shop (kind) ? sc_goal_read_shop_attributes (reader, node, goal)
                                     : read_kind_attributes (reader, node, goal);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_strcmp0 ((const char *) child->name, "message") == 0 && goal->message == NULL)
        goal->message = element_text (child);
      else
        {
          problem (reader, child, _("<goal> may hold one <message>, not <%s>"), (const char *) child->name);
          ok = FALSE;
        }
    }

  return ok ? g_steal_pointer (&goal) : NULL;
}

/**
 * sc_goals_read_element:
 * @goals: a <goals> element, as a scenario holds it
 * @file: the file's name in problems, relative to the course folder
 *
 * Returns: (transfer full) (element-type ScGoal) (nullable): the goals,
 *   or %NULL with every problem added to @problems
 */
GPtrArray *
sc_goals_read_element (xmlNode          *goals,
                       const char       *file,
                       ScCourseProblems *problems)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_goal_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  Reader reader = { file, problems };
  guint before;

  g_return_val_if_fail (goals != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  before = sc_course_problems_count_file (problems, file);
  if (g_strcmp0 ((const char *) goals->name, "goals") != 0)
    problem (&reader, goals, _("expected <goals>, found <%s>"), (const char *) goals->name);

  for (xmlNode *child = goals->children; child != NULL; child = child->next)
    {
      ScGoal *goal;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_strcmp0 ((const char *) child->name, "goal") != 0)
        {
          problem (&reader, child, _("<goals> holds only <goal> elements, not <%s>"), (const char *) child->name);
          continue;
        }
      goal = read_goal (&reader, child);
      if (goal == NULL)
        continue;
      if (g_hash_table_contains (ids, goal->id))
        {
          problem (&reader, child, _("a goal with id=\"%s\" is already in these goals; give each its own id"),
                   goal->id);
          sc_goal_free (goal);
          continue;
        }
      g_ptr_array_add (result, goal);
      g_hash_table_add (ids, goal->id);
    }

  if (sc_course_problems_count_file (problems, file) != before)
    return NULL;

  return g_steal_pointer (&result);
}

/**
 * sc_goals_parse:
 * @data: a file whose root element is <goals>
 *
 * Returns: (transfer full) (element-type ScGoal) (nullable): the goals,
 *   or %NULL with every problem added to @problems
 */
GPtrArray *
sc_goals_parse (const char       *data,
                gsize             length,
                const char       *file,
                ScCourseProblems *problems)
{
  g_autoptr(xmlDoc) doc = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  doc = sc_content_parse (data, length, file, problems);
  if (doc == NULL)
    return NULL;

  return sc_goals_read_element (xmlDocGetRootElement (doc), file, problems);
}
