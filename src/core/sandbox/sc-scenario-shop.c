/* sc-scenario-shop.c - reading a scenario's <orders> and <stock>
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only what can be known from the file itself is checked here: names,
 * numbers, times and amounts, each problem as FILE:LINE naming the
 * element and what to write instead. Whether the catalog has the SKUs and
 * whether the order's rules take each step is known only by building the
 * shop (sc-scenario-build.c), which the reader does next.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-scenario-private.h"

typedef struct
{
  const char       *file;
  ScCourseProblems *problems;
  const ScCurrency *currency;
} Reader;

void
sc_scenario_order_free (ScScenarioOrder *order)
{
  if (order == NULL)
    return;
  g_free (order->name);
  g_free (order->customer);
  g_clear_pointer (&order->lines, g_ptr_array_unref);
  g_clear_pointer (&order->history, g_ptr_array_unref);
  g_free (order);
}

void
sc_scenario_stock_item_free (ScScenarioStockItem *item)
{
  if (item == NULL)
    return;
  g_free (item->sku);
  g_free (item->purchase);
  g_free (item);
}

void
sc_scenario_count_free (ScScenarioCount *count)
{
  if (count == NULL)
    return;
  g_clear_pointer (&count->lines, g_ptr_array_unref);
  g_free (count);
}

static void
order_line_free (ScScenarioOrderLine *line)
{
  g_free (line->sku);
  g_free (line);
}

static void
refund_line_free (ScScenarioRefundLine *line)
{
  g_free (line->sku);
  g_free (line);
}

static void
step_free (ScScenarioStep *step)
{
  g_free (step->sku);
  g_free (step->carrier);
  g_free (step->tracking);
  g_clear_pointer (&step->refund_lines, g_ptr_array_unref);
  g_free (step);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScScenarioStep, step_free)

static void
count_line_free (ScScenarioCountLine *line)
{
  g_free (line->sku);
  g_free (line);
}

static const char *
node_name (xmlNode *node)
{
  return (const char *) node->name;
}

static guint
problem_count (Reader *reader)
{
  return sc_course_problems_count_file (reader->problems, reader->file);
}

/* Every attribute of @node is one of @allowed. */
static void
check_attributes (Reader             *reader,
                  xmlNode            *node,
                  const char * const *allowed)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      g_autofree char *list = NULL;

      if (g_strv_contains (allowed, (const char *) attr->name))
        continue;
      list = g_strjoinv (", ", (char **) allowed);
      sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                              _("<%s> has no %s attribute; it takes %s"),
                              node_name (node), (const char *) attr->name,
                              *list != '\0' ? list : _("none"));
    }
}

/* The text of a required attribute, or NULL with a problem. */
static char *
require (Reader     *reader,
         xmlNode    *node,
         const char *name,
         const char *example)
{
  char *text = sc_content_xml_attr (node, name);

  if (text == NULL || *g_strstrip (text) == '\0')
    {
      sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                              _("<%s> needs a %s attribute, for example %s=\"%s\""),
                              node_name (node), name, name, example);
      g_clear_pointer (&text, g_free);
    }

  return text;
}

/* A whole-number attribute in [low, high]; @fallback when absent. */
static gint64
read_integer (Reader     *reader,
              xmlNode    *node,
              const char *name,
              gint64      low,
              gint64      high,
              gint64      fallback,
              gboolean   *present)
{
  g_autofree char *text = sc_content_xml_attr (node, name);
  gint64 value = fallback;

  if (present != NULL)
    *present = text != NULL;
  if (text != NULL && !g_ascii_string_to_signed (text, 10, low, high, &value, NULL))
    {
      sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                              _("%s=\"%s\" of <%s> must be a whole number from %" G_GINT64_FORMAT
                                " to %" G_GINT64_FORMAT),
                              name, text, node_name (node), low, high);
      value = fallback;
    }

  return value;
}

/* "0", "-14h", "-2d", "-1d6h30m": days, hours and minutes before the start. */
static gboolean
parse_offset (const char *text,
              gint64     *seconds,
              gboolean   *too_far)
{
  const char *p = text;
  gboolean negative = FALSE;
  gint64 total = 0;

  *too_far = FALSE;
  if (g_strcmp0 (text, "0") == 0)
    {
      *seconds = 0;
      return TRUE;
    }
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  if (*p == '\0')
    return FALSE;
  while (*p != '\0')
    {
      const char *digits = p;
      gint64 n = 0;

      for (; g_ascii_isdigit (*p); p++)
        {
          n = n * 10 + (*p - '0');
          if (n > SC_SCENARIO_MAX_PAST_SECONDS)
            {
              *too_far = TRUE;
              return FALSE;
            }
        }
      if (p == digits)
        return FALSE;
      switch (*p++)
        {
        case 'd':
          n *= 24 * 3600;
          break;
        case 'h':
          n *= 3600;
          break;
        case 'm':
          n *= 60;
          break;
        default:
          return FALSE;
        }
      total += n;
      if (total > SC_SCENARIO_MAX_PAST_SECONDS)
        {
          *too_far = TRUE;
          return FALSE;
        }
    }

  *seconds = negative ? -total : total;
  return TRUE;
}

/* A time attribute relative to the run's start, at or before it. */
static gint64
read_time (Reader     *reader,
           xmlNode    *node,
           const char *name,
           gint64      fallback)
{
  g_autofree char *text = sc_content_xml_attr (node, name);
  guint line = sc_content_node_line (node);
  gboolean too_far = FALSE;
  gint64 seconds = fallback;

  if (text == NULL)
    return fallback;
  if (!parse_offset (text, &seconds, &too_far))
    {
      if (too_far)
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("%s=\"%s\" of <%s> is more than 366 days before the run's start; "
                                  "use a later time"),
                                name, text, node_name (node));
      else
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("%s=\"%s\" of <%s> is not a time relative to the run's start; "
                                  "write days, hours or minutes before it, such as -14h, -2d or -1d6h"),
                                name, text, node_name (node));
      return fallback;
    }
  if (seconds > 0)
    {
      sc_course_problems_add (reader->problems, reader->file, line,
                              _("%s=\"%s\" of <%s> is after the run's start; orders and their steps "
                                "happen before the learner arrives: use 0 or an earlier time, such as -2h"),
                              name, text, node_name (node));
      return fallback;
    }

  return seconds;
}

/* An amount >= 0 in the scenario's currency, from @text. */
static gint64
parse_amount (Reader     *reader,
              xmlNode    *node,
              const char *what,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  ScMoney money;

  if (!sc_money_parse (text, reader->currency, '.', 0, &money, &error))
    {
      sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                              _("%s: %s; write an amount such as 4.90"), what, error->message);
      return 0;
    }
  if (money.minor < 0)
    {
      sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                              _("%s cannot be negative"), what);
      return 0;
    }

  return money.minor;
}

static gint64
read_amount (Reader     *reader,
             xmlNode    *node,
             const char *name,
             gboolean   *present)
{
  g_autofree char *text = sc_content_xml_attr (node, name);
  g_autofree char *what = g_strdup_printf ("%s=\"%s\" of <%s>", name, text != NULL ? text : "",
                                           node_name (node));

  if (present != NULL)
    *present = text != NULL;
  if (text == NULL)
    return 0;

  return parse_amount (reader, node, what, text);
}

/* yes or no; @fallback when absent. */
static gboolean
read_yes_no (Reader     *reader,
             xmlNode    *node,
             const char *name,
             gboolean    fallback)
{
  g_autofree char *text = sc_content_xml_attr (node, name);

  if (text == NULL)
    return fallback;
  if (g_str_equal (text, "yes"))
    return TRUE;
  if (g_str_equal (text, "no"))
    return FALSE;
  sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                          _("%s=\"%s\" of <%s> must be yes or no"), name, text, node_name (node));

  return fallback;
}

/* Order steps */

static gboolean
read_refund_line (Reader                *reader,
                  xmlNode               *node,
                  ScScenarioRefundLine  *line)
{
  g_autofree char *restock = NULL;
  guint before = problem_count (reader);

  line->sku = require (reader, node, "sku", "CANDLE-BEES-S");
  line->quantity = read_integer (reader, node, "quantity", 1, SC_ORDER_MAX_QUANTITY, 1, NULL);
  restock = require (reader, node, "restock", "no-restock");
  if (restock != NULL && !sc_order_restock_from_string (restock, &line->restock))
    sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                            _("restock=\"%s\" of <%s> is not a restock type; use no-restock, cancel, "
                              "remove, return or return-damaged"),
                            restock, node_name (node));

  return problem_count (reader) == before;
}

static void
read_refund (Reader         *reader,
             xmlNode        *node,
             ScScenarioStep *step)
{
  static const char * const line_attributes[] = { "sku", "quantity", "restock", NULL };
  gboolean shorthand = xmlHasProp (node, (const xmlChar *) "sku") != NULL;

  step->refund_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) refund_line_free);
  step->amount = read_amount (reader, node, "shipping", NULL);
  if (shorthand)
    {
      ScScenarioRefundLine *line = g_new0 (ScScenarioRefundLine, 1);

      g_ptr_array_add (step->refund_lines, line);
      read_refund_line (reader, node, line);
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScScenarioRefundLine *line;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!g_str_equal (node_name (child), "line") || shorthand)
        {
          sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (child),
                                  shorthand
                                  ? _("<refund sku=…> refunds that one line and holds nothing, not this "
                                      "<%s>; to refund several lines, give each its own <line>")
                                  : _("<refund> holds <line sku quantity restock> elements, not this <%s>"),
                                  node_name (child));
          continue;
        }
      check_attributes (reader, child, line_attributes);
      line = g_new0 (ScScenarioRefundLine, 1);
      g_ptr_array_add (step->refund_lines, line);
      read_refund_line (reader, child, line);
    }
  if (step->refund_lines->len == 0 && step->amount == 0)
    sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                            _("<refund> needs what it refunds: sku, quantity and restock, <line> "
                              "elements, or shipping"));
}

static ScScenarioStep *
read_step (Reader     *reader,
           xmlNode    *node,
           gint64      previous)
{
  static const char * const time_only[] = { "at", NULL };
  static const char * const capture_attributes[] = { "at", "amount", NULL };
  static const char * const hold_attributes[] = { "at", "reason", NULL };
  static const char * const release_attributes[] = { "at", "reviewed", NULL };
  static const char * const fulfil_attributes[] = { "at", "sku", "quantity", "carrier", "tracking", NULL };
  static const char * const cancel_attributes[] = { "at", "reason", "restock", NULL };
  static const char * const refund_attributes[] = { "at", "shipping", "sku", "quantity", "restock", NULL };
  g_autoptr(ScScenarioStep) step = g_new0 (ScScenarioStep, 1);
  g_autofree char *reason = NULL;
  const char * const *allowed = time_only;
  guint line = sc_content_node_line (node);

  step->line = line;
  if (!sc_order_action_from_string (node_name (node), &step->action)
      || step->action == SC_ORDER_ACTION_EDIT || step->action == SC_ORDER_ACTION_PLACE)
    {
      sc_course_problems_add (reader->problems, reader->file, line,
                              _("<history> holds the steps taken after placing: capture, mark-as-paid, "
                                "void, hold, release-hold, fulfil, cancel, refund, close or reopen, "
                                "not this <%s>"),
                              node_name (node));
      return NULL;
    }

  step->at = read_time (reader, node, "at", previous);
  if (step->at < previous)
    {
      g_autofree char *at = sc_content_xml_attr (node, "at");

      sc_course_problems_add (reader->problems, reader->file, line,
                              _("<%s> at=\"%s\" comes before the step or the placing before it; "
                                "an order's history goes in time order"),
                              node_name (node), at);
    }

  switch (step->action)
    {
    case SC_ORDER_ACTION_CAPTURE:
      allowed = capture_attributes;
      step->amount = read_amount (reader, node, "amount", &step->has_amount);
      break;
    case SC_ORDER_ACTION_HOLD:
      allowed = hold_attributes;
      reason = require (reader, node, "reason", "fraud-review");
      if (reason != NULL && (!sc_order_hold_reason_from_string (reason, &step->hold_reason)
                             || step->hold_reason == SC_ORDER_HOLD_NONE))
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("reason=\"%s\" of <hold> is not a hold reason; use fraud-review, "
                                  "address-verification, awaiting-stock, customer-request or payment-issue"),
                                reason);
      break;
    case SC_ORDER_ACTION_RELEASE_HOLD:
      allowed = release_attributes;
      step->reviewed = read_yes_no (reader, node, "reviewed", FALSE);
      break;
    case SC_ORDER_ACTION_FULFIL:
      allowed = fulfil_attributes;
      step->sku = sc_content_xml_attr (node, "sku");
      step->quantity = read_integer (reader, node, "quantity", 1, SC_ORDER_MAX_QUANTITY, 0, NULL);
      if (step->sku == NULL && step->quantity != 0)
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("quantity of <fulfil> needs the sku it ships; without sku, <fulfil> "
                                  "ships everything left"));
      step->carrier = sc_content_xml_attr (node, "carrier");
      step->tracking = sc_content_xml_attr (node, "tracking");
      if ((step->carrier == NULL) != (step->tracking == NULL))
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("<fulfil> gives a carrier and a tracking number together, or neither"));
      break;
    case SC_ORDER_ACTION_CANCEL:
      allowed = cancel_attributes;
      reason = require (reader, node, "reason", "customer");
      if (reason != NULL && !sc_order_cancel_reason_from_string (reason, &step->cancel_reason))
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("reason=\"%s\" of <cancel> is not a cancellation reason; use customer, "
                                  "fraud, inventory, declined, staff or other"),
                                reason);
      step->restock = read_yes_no (reader, node, "restock", TRUE);
      break;
    case SC_ORDER_ACTION_REFUND:
      allowed = refund_attributes;
      read_refund (reader, node, step);
      break;
    case SC_ORDER_ACTION_MARK_AS_PAID:
    case SC_ORDER_ACTION_VOID:
    case SC_ORDER_ACTION_CLOSE:
    case SC_ORDER_ACTION_REOPEN:
    case SC_ORDER_ACTION_EDIT:
    case SC_ORDER_ACTION_PLACE:
    default:
      break;
    }
  check_attributes (reader, node, allowed);
  if (step->action != SC_ORDER_ACTION_REFUND)
    for (xmlNode *child = node->children; child != NULL; child = child->next)
      if (child->type == XML_ELEMENT_NODE)
        sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (child),
                                _("<%s> holds nothing, not this <%s>"), node_name (node), node_name (child));

  return g_steal_pointer (&step);
}

/* Orders */

static void
read_risk (Reader          *reader,
           xmlNode         *node,
           ScScenarioOrder *order)
{
  g_autofree char *text = sc_content_xml_attr (node, "risk");
  g_auto(GStrv) names = NULL;

  if (text == NULL)
    return;
  names = g_strsplit_set (text, " \t\n", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      ScOrderRiskSignals signal;

      if (*names[i] == '\0')
        continue;
      if (sc_order_risk_signal_from_string (names[i], &signal))
        order->risk |= signal;
      else
        sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                                _("“%s” is not a risk signal; use some of: country-mismatch "
                                  "avs-mismatch cvv-mismatch many-payment-attempts "
                                  "high-value-first-order anonymous-ip"),
                                names[i]);
    }
}

static void
read_order_line (Reader          *reader,
                 xmlNode         *node,
                 ScScenarioOrder *order)
{
  static const char * const allowed[] = { "sku", "quantity", "price", NULL };
  ScScenarioOrderLine *line = g_new0 (ScScenarioOrderLine, 1);

  g_ptr_array_add (order->lines, line);
  line->line = sc_content_node_line (node);
  check_attributes (reader, node, allowed);
  line->sku = require (reader, node, "sku", "CANDLE-BEES-S");
  line->quantity = read_integer (reader, node, "quantity", 1, SC_ORDER_MAX_QUANTITY, 1, NULL);
  if (!xmlHasProp (node, (const xmlChar *) "quantity"))
    sc_course_problems_add (reader->problems, reader->file, line->line,
                            _("<line> needs a quantity attribute, for example quantity=\"2\""));
  line->price = read_amount (reader, node, "price", &line->has_price);
}

static void
read_history (Reader          *reader,
              xmlNode         *node,
              ScScenarioOrder *order)
{
  gint64 previous = order->placed;

  check_attributes (reader, node, (const char * const[]) { NULL });
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScScenarioStep *step;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      step = read_step (reader, child, previous);
      if (step == NULL)
        continue;
      previous = MAX (previous, step->at);
      g_ptr_array_add (order->history, step);
    }
}

static ScScenarioOrder *
read_order (Reader  *reader,
            xmlNode *node)
{
  static const char * const allowed[] = {
    "name", "customer", "placed", "payment", "handling-hours", "risk", NULL,
  };
  ScScenarioOrder *order = g_new0 (ScScenarioOrder, 1);
  g_autofree char *payment = sc_content_xml_attr (node, "payment");
  gboolean has_shipping = FALSE;
  gboolean has_tax = FALSE;
  gboolean has_history = FALSE;
  guint before = problem_count (reader);

  order->line = sc_content_node_line (node);
  order->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) order_line_free);
  order->history = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  check_attributes (reader, node, allowed);
  order->name = require (reader, node, "name", "#1001");
  order->customer = require (reader, node, "customer", "Maya Fischer");
  order->placed = read_time (reader, node, "placed", 0);
  order->payment = SC_ORDER_PAYMENT_AUTOMATIC;
  if (payment != NULL && !sc_order_payment_from_string (payment, &order->payment))
    sc_course_problems_add (reader->problems, reader->file, order->line,
                            _("payment=\"%s\" of <order> is not a way to pay; use automatic (card "
                              "captured at checkout), authorize (card captured later) or manual "
                              "(bank transfer, cash on delivery)"),
                            payment);
  order->handling_hours = read_integer (reader, node, "handling-hours", 1, SC_ORDER_MAX_HANDLING_HOURS,
                                        SC_ORDER_DEFAULT_HANDLING_HOURS, NULL);
  read_risk (reader, node, order);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const char *name = node_name (child);

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal (name, "line") && !has_shipping && !has_tax && !has_history)
        read_order_line (reader, child, order);
      else if ((g_str_equal (name, "shipping") && !has_shipping) || (g_str_equal (name, "tax") && !has_tax))
        {
          xmlChar *content = xmlNodeGetContent (child);
          g_autofree char *text = g_strstrip (g_strdup ((const char *) content));
          g_autofree char *what = g_strdup_printf ("<%s>%s</%s>", name, text, name);
          gint64 amount = parse_amount (reader, child, what, text);

          xmlFree (content);
          check_attributes (reader, child, (const char * const[]) { NULL });
          if (g_str_equal (name, "shipping"))
            {
              order->shipping = amount;
              has_shipping = TRUE;
            }
          else
            {
              order->tax = amount;
              has_tax = TRUE;
            }
        }
      else if (g_str_equal (name, "history") && !has_history)
        {
          read_history (reader, child, order);
          has_history = TRUE;
        }
      else
        sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (child),
                                _("<order> holds <line> elements, then at most one <shipping>, one <tax> "
                                  "and one <history>, in that order, not this <%s>"),
                                name);
    }
  if (order->lines->len == 0)
    sc_course_problems_add (reader->problems, reader->file, order->line,
                            _("<order> needs at least one <line sku=\"…\" quantity=\"…\"/>"));

  order->broken = problem_count (reader) != before;

  return order;
}

/**
 * sc_scenario_read_orders:
 * @node: the <orders> element
 *
 * Adds each <order> to @self->orders, those with problems marked broken.
 */
void
sc_scenario_read_orders (ScScenario       *self,
                         xmlNode          *node,
                         const char       *file,
                         ScCourseProblems *problems)
{
  Reader reader = { file, problems, self->currency };
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  check_attributes (&reader, node, (const char * const[]) { NULL });
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScScenarioOrder *order;
      ScScenarioOrder *first;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!g_str_equal (node_name (child), "order"))
        {
          sc_course_problems_add (problems, file, sc_content_node_line (child),
                                  _("<orders> holds <order> elements, not this <%s>"), node_name (child));
          continue;
        }
      order = read_order (&reader, child);
      g_ptr_array_add (self->orders, order);
      if (order->name == NULL)
        continue;
      first = g_hash_table_lookup (names, order->name);
      if (first != NULL)
        {
          sc_course_problems_add (problems, file, order->line,
                                  _("order name “%s” is taken already by the order at line %u; give "
                                    "each order its own name"),
                                  order->name, first->line);
          order->broken = TRUE;
        }
      else
        g_hash_table_insert (names, order->name, order);
    }
}

/* Stock */

static void
read_demand (Reader              *reader,
             xmlNode             *node,
             ScScenarioStockItem *item)
{
  g_autofree char *text = sc_content_xml_attr (node, "demand");
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return;
  parts = g_strsplit (text, "/", 3);
  if (g_strv_length (parts) != 2
      || !g_ascii_string_to_signed (parts[0], 10, 0, SC_ORDER_MAX_QUANTITY, &item->demand, NULL)
      || !g_ascii_string_to_signed (parts[1], 10, 1, 366, &item->demand_days, NULL))
    {
      sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                              _("demand=\"%s\" of <item> is the units sold over a number of days (1–366), "
                                "such as 45/30 for 45 units in 30 days"),
                              text);
      return;
    }
  item->has_demand = TRUE;
}

static ScScenarioStockItem *
read_stock_item (Reader  *reader,
                 xmlNode *node)
{
  static const char * const allowed[] = {
    "sku", "available", "policy", "unavailable", "reason", "incoming", "purchase",
    "reorder-point", "reorder-quantity", "demand", "lead-days", "safety-stock", NULL,
  };
  ScScenarioStockItem *item = g_new0 (ScScenarioStockItem, 1);
  g_autofree char *policy = sc_content_xml_attr (node, "policy");
  g_autofree char *reason = sc_content_xml_attr (node, "reason");
  gboolean has_point = FALSE;
  gboolean has_quantity = FALSE;
  guint before = problem_count (reader);
  guint line = sc_content_node_line (node);

  item->line = line;
  check_attributes (reader, node, allowed);
  item->sku = require (reader, node, "sku", "CANDLE-BEES-S");
  item->available = read_integer (reader, node, "available", 0, SC_ORDER_MAX_QUANTITY, 0,
                                  &item->has_available);
  if (policy != NULL)
    {
      item->has_policy = sc_inventory_policy_from_string (policy, &item->policy);
      if (!item->has_policy)
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("policy=\"%s\" of <item> is not an inventory policy; use deny (stop "
                                  "selling when out of stock) or continue (keep selling)"),
                                policy);
    }
  item->unavailable = read_integer (reader, node, "unavailable", 0, SC_ORDER_MAX_QUANTITY, 0, NULL);
  item->unavailable_reason = SC_STOCK_REASON_DAMAGED;
  if (reason != NULL)
    {
      if (item->unavailable == 0)
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("reason=\"%s\" of <item> says why units are unavailable: give "
                                  "unavailable=\"…\" too, or leave it out"),
                                reason);
      else if (!sc_stock_reason_from_string (reason, &item->unavailable_reason)
               || (item->unavailable_reason != SC_STOCK_REASON_DAMAGED
                   && item->unavailable_reason != SC_STOCK_REASON_QUALITY_CONTROL
                   && item->unavailable_reason != SC_STOCK_REASON_SAFETY_STOCK))
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("reason=\"%s\" of <item> is not a reason to hold units unavailable; "
                                  "use damaged, quality-control or safety-stock"),
                                reason);
    }
  item->incoming = read_integer (reader, node, "incoming", 0, SC_ORDER_MAX_QUANTITY, 0, NULL);
  item->purchase = sc_content_xml_attr (node, "purchase");
  if (item->incoming > 0 && (item->purchase == NULL || *item->purchase == '\0'))
    sc_course_problems_add (reader->problems, reader->file, line,
                            _("incoming=\"%" G_GINT64_FORMAT "\" of <item> comes on a purchase order: "
                              "name it, for example purchase=\"PO-7\""),
                            item->incoming);
  if (item->purchase != NULL && item->incoming == 0)
    sc_course_problems_add (reader->problems, reader->file, line,
                            _("purchase=\"%s\" of <item> needs the units still to come on it, for "
                              "example incoming=\"12\""),
                            item->purchase);
  item->reorder_point = read_integer (reader, node, "reorder-point", 0, SC_ORDER_MAX_QUANTITY, 0,
                                      &has_point);
  item->reorder_quantity = read_integer (reader, node, "reorder-quantity", 1, SC_ORDER_MAX_QUANTITY, 1,
                                         &has_quantity);
  if (has_point != has_quantity)
    sc_course_problems_add (reader->problems, reader->file, line,
                            _("<item> gives reorder-point and reorder-quantity together, or neither"));
  item->has_reorder = has_point && has_quantity;
  read_demand (reader, node, item);
  item->lead_time_days = read_integer (reader, node, "lead-days", 0, 366, 0, &item->has_lead_time);
  item->safety_stock = read_integer (reader, node, "safety-stock", 0, SC_ORDER_MAX_QUANTITY, 0, NULL);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (child),
                              _("<item> holds nothing, not this <%s>"), node_name (child));

  item->broken = problem_count (reader) != before;

  return item;
}

static ScScenarioCount *
read_count (Reader  *reader,
            xmlNode *node)
{
  static const char * const allowed[] = { "sku", "counted", NULL };
  ScScenarioCount *count = g_new0 (ScScenarioCount, 1);
  g_autoptr(GHashTable) skus = g_hash_table_new (g_str_hash, g_str_equal);
  guint before = problem_count (reader);

  count->line = sc_content_node_line (node);
  count->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) count_line_free);
  check_attributes (reader, node, (const char * const[]) { "at", NULL });
  count->at = read_time (reader, node, "at", 0);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScScenarioCountLine *line;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!g_str_equal (node_name (child), "line"))
        {
          sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (child),
                                  _("<count> holds <line sku counted> elements, not this <%s>"),
                                  node_name (child));
          continue;
        }
      line = g_new0 (ScScenarioCountLine, 1);
      g_ptr_array_add (count->lines, line);
      line->line = sc_content_node_line (child);
      check_attributes (reader, child, allowed);
      line->sku = require (reader, child, "sku", "CANDLE-BEES-S");
      line->counted = read_integer (reader, child, "counted", 0, SC_ORDER_MAX_QUANTITY, 0,
                                    &line->has_counted);
      if (line->sku == NULL)
        continue;
      if (g_hash_table_contains (skus, line->sku))
        sc_course_problems_add (reader->problems, reader->file, line->line,
                                _("SKU %s is in this <count> already; count each SKU once"), line->sku);
      g_hash_table_add (skus, line->sku);
    }
  if (count->lines->len == 0)
    sc_course_problems_add (reader->problems, reader->file, count->line,
                            _("<count> needs at least one <line sku=\"…\"/> to count"));

  count->broken = problem_count (reader) != before;

  return count;
}

/**
 * sc_scenario_read_stock:
 * @node: the <stock> element
 *
 * Adds each <item> to @self->stock and each <count> to @self->counts,
 * those with problems marked broken.
 */
void
sc_scenario_read_stock (ScScenario       *self,
                        xmlNode          *node,
                        const char       *file,
                        ScCourseProblems *problems)
{
  Reader reader = { file, problems, self->currency };
  g_autoptr(GHashTable) skus = g_hash_table_new (g_str_hash, g_str_equal);

  check_attributes (&reader, node, (const char * const[]) { NULL });
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScScenarioStockItem *item;
      ScScenarioStockItem *first;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal (node_name (child), "count"))
        {
          g_ptr_array_add (self->counts, read_count (&reader, child));
          continue;
        }
      if (!g_str_equal (node_name (child), "item") || self->counts->len > 0)
        {
          sc_course_problems_add (problems, file, sc_content_node_line (child),
                                  _("<stock> holds <item> elements, then <count> elements, not this <%s>"),
                                  node_name (child));
          continue;
        }
      item = read_stock_item (&reader, child);
      g_ptr_array_add (self->stock, item);
      if (item->sku == NULL)
        continue;
      first = g_hash_table_lookup (skus, item->sku);
      if (first != NULL)
        {
          sc_course_problems_add (problems, file, item->line,
                                  _("SKU %s has an <item> already at line %u; say everything about a SKU "
                                    "in one <item>"),
                                  item->sku, first->line);
          item->broken = TRUE;
        }
      else
        g_hash_table_insert (skus, item->sku, item);
    }
}
