/* sc-scenario-orders.c - reading a scenario's <orders>: orders, their lines and their history
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-scenario-private.h"

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
  g_free (step->text);
  g_clear_pointer (&step->refund_lines, g_ptr_array_unref);
  g_free (step);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScScenarioStep, step_free)

static gboolean
read_refund_line (ScScenarioReader     *reader,
                  xmlNode              *node,
                  ScScenarioRefundLine *line)
{
  g_autofree char *restock = NULL;
  guint before = sc_scenario_count_problems (reader);

  line->sku = sc_scenario_require (reader, node, "sku", "CANDLE-BEES-S");
  line->quantity = sc_scenario_read_integer (reader, node, "quantity", 1, SC_ORDER_MAX_QUANTITY, 1, NULL);
  restock = sc_scenario_require (reader, node, "restock", "no-restock");
  if (restock != NULL && !sc_order_restock_from_string (restock, &line->restock))
    sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                            _("restock=\"%s\" of <%s> is not a restock type; use no-restock, cancel, "
                              "remove, return or return-damaged"),
                            restock, sc_scenario_node_name (node));

  return sc_scenario_count_problems (reader) == before;
}

static void
read_refund (ScScenarioReader *reader,
             xmlNode          *node,
             ScScenarioStep   *step)
{
  static const char * const line_attributes[] = { "sku", "quantity", "restock", NULL };
  gboolean shorthand = xmlHasProp (node, (const xmlChar *) "sku") != NULL;

  step->refund_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) refund_line_free);
  step->amount = sc_scenario_read_amount (reader, node, "shipping", NULL);
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
      if (!g_str_equal (sc_scenario_node_name (child), "line") || shorthand)
        {
          sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (child),
                                  shorthand
                                  ? _("<refund sku=…> refunds that one line and holds nothing, not this "
                                      "<%s>; to refund several lines, give each its own <line>")
                                  : _("<refund> holds <line sku quantity restock> elements, not this <%s>"),
                                  sc_scenario_node_name (child));
          continue;
        }
      sc_scenario_check_attributes (reader, child, line_attributes);
      line = g_new0 (ScScenarioRefundLine, 1);
      g_ptr_array_add (step->refund_lines, line);
      read_refund_line (reader, child, line);
    }
  if (step->refund_lines->len == 0 && step->amount == 0)
    sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                            _("<refund> needs what it refunds: sku, quantity and restock, <line> "
                              "elements, or shipping"));
}

/* A message's text as written in the file, with the file's line breaks
 * and indentation folded into spaces; a blank line starts a paragraph. */
static char *
read_message_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  g_auto(GStrv) lines = g_strsplit (content != NULL ? (const char *) content : "", "\n", -1);
  GString *text = g_string_new (NULL);
  gboolean paragraph = FALSE;

  xmlFree (content);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (lines[i], " \t\r", -1);
      gboolean blank = TRUE;

      for (guint w = 0; words[w] != NULL; w++)
        {
          if (*words[w] == '\0')
            continue;
          if (text->len > 0)
            g_string_append (text, paragraph ? "\n\n" : " ");
          g_string_append (text, words[w]);
          paragraph = FALSE;
          blank = FALSE;
        }
      if (blank && text->len > 0)
        paragraph = TRUE;
    }
  return g_string_free (text, FALSE);
}

static ScScenarioStep *
read_step (ScScenarioReader *reader,
           xmlNode          *node,
           gint64            previous)
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
  if (g_str_equal (sc_scenario_node_name (node), "customer-message"))
    {
      step->action = SC_ORDER_ACTION_NOTIFY;
      step->from_customer = TRUE;
    }
  else if (!sc_order_action_from_string (sc_scenario_node_name (node), &step->action)
           || step->action == SC_ORDER_ACTION_EDIT || step->action == SC_ORDER_ACTION_PLACE)
    {
      sc_course_problems_add (reader->problems, reader->file, line,
                              _("<history> holds the steps taken after placing: capture, mark-as-paid, "
                                "void, hold, release-hold, fulfil, cancel, refund, close, reopen, "
                                "notify or customer-message, not this <%s>"),
                              sc_scenario_node_name (node));
      return NULL;
    }

  step->at = sc_scenario_read_time (reader, node, "at", previous);
  if (step->at < previous)
    {
      g_autofree char *at = sc_content_xml_attr (node, "at");

      sc_course_problems_add (reader->problems, reader->file, line,
                              _("<%s> at=\"%s\" comes before the step or the placing before it; "
                                "an order's history goes in time order"),
                              sc_scenario_node_name (node), at);
    }

  switch (step->action)
    {
    case SC_ORDER_ACTION_CAPTURE:
      allowed = capture_attributes;
      step->amount = sc_scenario_read_amount (reader, node, "amount", &step->has_amount);
      break;
    case SC_ORDER_ACTION_HOLD:
      allowed = hold_attributes;
      reason = sc_scenario_require (reader, node, "reason", "fraud-review");
      if (reason != NULL && (!sc_order_hold_reason_from_string (reason, &step->hold_reason)
                             || step->hold_reason == SC_ORDER_HOLD_NONE))
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("reason=\"%s\" of <hold> is not a hold reason; use fraud-review, "
                                  "address-verification, awaiting-stock, customer-request or payment-issue"),
                                reason);
      break;
    case SC_ORDER_ACTION_RELEASE_HOLD:
      allowed = release_attributes;
      step->reviewed = sc_scenario_read_yes_no (reader, node, "reviewed", FALSE);
      break;
    case SC_ORDER_ACTION_FULFIL:
      allowed = fulfil_attributes;
      step->sku = sc_content_xml_attr (node, "sku");
      step->quantity = sc_scenario_read_integer (reader, node, "quantity", 1, SC_ORDER_MAX_QUANTITY, 0, NULL);
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
      reason = sc_scenario_require (reader, node, "reason", "customer");
      if (reason != NULL && !sc_order_cancel_reason_from_string (reason, &step->cancel_reason))
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("reason=\"%s\" of <cancel> is not a cancellation reason; use customer, "
                                  "fraud, inventory, declined, staff or other"),
                                reason);
      step->restock = sc_scenario_read_yes_no (reader, node, "restock", TRUE);
      break;
    case SC_ORDER_ACTION_REFUND:
      allowed = refund_attributes;
      read_refund (reader, node, step);
      break;
    case SC_ORDER_ACTION_NOTIFY:
      {
        step->text = read_message_text (node);
        if (*step->text == '\0')
          sc_course_problems_add (reader->problems, reader->file, line,
                                  step->from_customer
                                  ? _("<customer-message> holds what the customer wrote")
                                  : _("<notify> holds the message sent to the customer"));
      }
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
  sc_scenario_check_attributes (reader, node, allowed);
  if (step->action != SC_ORDER_ACTION_REFUND)
    for (xmlNode *child = node->children; child != NULL; child = child->next)
      if (child->type == XML_ELEMENT_NODE)
        sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (child),
                                _("<%s> holds nothing, not this <%s>"), sc_scenario_node_name (node), sc_scenario_node_name (child));

  return g_steal_pointer (&step);
}

/* Orders */

static void
read_risk (ScScenarioReader *reader,
           xmlNode          *node,
           ScScenarioOrder  *order)
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
read_order_line (ScScenarioReader *reader,
                 xmlNode          *node,
                 ScScenarioOrder  *order)
{
  static const char * const allowed[] = { "sku", "quantity", "price", NULL };
  ScScenarioOrderLine *line = g_new0 (ScScenarioOrderLine, 1);

  g_ptr_array_add (order->lines, line);
  line->line = sc_content_node_line (node);
  sc_scenario_check_attributes (reader, node, allowed);
  line->sku = sc_scenario_require (reader, node, "sku", "CANDLE-BEES-S");
  line->quantity = sc_scenario_read_integer (reader, node, "quantity", 1, SC_ORDER_MAX_QUANTITY, 1, NULL);
  if (!xmlHasProp (node, (const xmlChar *) "quantity"))
    sc_course_problems_add (reader->problems, reader->file, line->line,
                            _("<line> needs a quantity attribute, for example quantity=\"2\""));
  line->price = sc_scenario_read_amount (reader, node, "price", &line->has_price);
}

static void
read_history (ScScenarioReader *reader,
              xmlNode          *node,
              ScScenarioOrder  *order)
{
  gint64 previous = order->placed;

  sc_scenario_check_attributes (reader, node, (const char * const[]) { NULL });
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
read_order (ScScenarioReader *reader,
            xmlNode          *node)
{
  static const char * const allowed[] = {
    "name", "customer", "placed", "payment", "handling-hours", "risk", NULL,
  };
  ScScenarioOrder *order = g_new0 (ScScenarioOrder, 1);
  g_autofree char *payment = sc_content_xml_attr (node, "payment");
  gboolean has_shipping = FALSE;
  gboolean has_tax = FALSE;
  gboolean has_history = FALSE;
  guint before = sc_scenario_count_problems (reader);

  order->line = sc_content_node_line (node);
  order->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) order_line_free);
  order->history = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  sc_scenario_check_attributes (reader, node, allowed);
  order->name = sc_scenario_require (reader, node, "name", "#1001");
  order->customer = sc_scenario_require (reader, node, "customer", "Maya Fischer");
  order->placed = sc_scenario_read_time (reader, node, "placed", 0);
  order->payment = SC_ORDER_PAYMENT_AUTOMATIC;
  if (payment != NULL && !sc_order_payment_from_string (payment, &order->payment))
    sc_course_problems_add (reader->problems, reader->file, order->line,
                            _("payment=\"%s\" of <order> is not a way to pay; use automatic (card "
                              "captured at checkout), authorize (card captured later) or manual "
                              "(bank transfer, cash on delivery)"),
                            payment);
  order->handling_hours = sc_scenario_read_integer (reader, node, "handling-hours", 1, SC_ORDER_MAX_HANDLING_HOURS,
                                                    SC_ORDER_DEFAULT_HANDLING_HOURS, NULL);
  read_risk (reader, node, order);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const char *name = sc_scenario_node_name (child);

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal (name, "line") && !has_shipping && !has_tax && !has_history)
        read_order_line (reader, child, order);
      else if ((g_str_equal (name, "shipping") && !has_shipping) || (g_str_equal (name, "tax") && !has_tax))
        {
          xmlChar *content = xmlNodeGetContent (child);
          g_autofree char *text = g_strstrip (g_strdup ((const char *) content));
          g_autofree char *what = g_strdup_printf ("<%s>%s</%s>", name, text, name);
          gint64 amount = sc_scenario_parse_amount (reader, child, what, text);

          xmlFree (content);
          sc_scenario_check_attributes (reader, child, (const char * const[]) { NULL });
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

  order->broken = sc_scenario_count_problems (reader) != before;

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
  ScScenarioReader reader = { file, problems, self->currency };
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  sc_scenario_check_attributes (&reader, node, (const char * const[]) { NULL });
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScScenarioOrder *order;
      ScScenarioOrder *first;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!g_str_equal (sc_scenario_node_name (child), "order"))
        {
          sc_course_problems_add (problems, file, sc_content_node_line (child),
                                  _("<orders> holds <order> elements, not this <%s>"), sc_scenario_node_name (child));
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
