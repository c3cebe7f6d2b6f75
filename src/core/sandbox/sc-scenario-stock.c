/* sc-scenario-stock.c - reading a scenario's <stock>: items and counts
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-scenario-private.h"

static void
count_line_free (ScScenarioCountLine *line)
{
  g_free (line->sku);
  g_free (line);
}

static void
read_demand (ScScenarioReader    *reader,
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
read_stock_item (ScScenarioReader *reader,
                 xmlNode          *node)
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
  guint before = sc_scenario_count_problems (reader);
  guint line = sc_content_node_line (node);

  item->line = line;
  sc_scenario_check_attributes (reader, node, allowed);
  item->sku = sc_scenario_require (reader, node, "sku", "CANDLE-BEES-S");
  item->available = sc_scenario_read_integer (reader, node, "available", 0, SC_ORDER_MAX_QUANTITY, 0,
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
  item->unavailable = sc_scenario_read_integer (reader, node, "unavailable", 0, SC_ORDER_MAX_QUANTITY, 0, NULL);
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
  item->incoming = sc_scenario_read_integer (reader, node, "incoming", 0, SC_ORDER_MAX_QUANTITY, 0, NULL);
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
  item->reorder_point = sc_scenario_read_integer (reader, node, "reorder-point", 0, SC_ORDER_MAX_QUANTITY, 0,
                                                  &has_point);
  item->reorder_quantity = sc_scenario_read_integer (reader, node, "reorder-quantity", 1, SC_ORDER_MAX_QUANTITY, 1,
                                                     &has_quantity);
  if (has_point != has_quantity)
    sc_course_problems_add (reader->problems, reader->file, line,
                            _("<item> gives reorder-point and reorder-quantity together, or neither"));
  item->has_reorder = has_point && has_quantity;
  read_demand (reader, node, item);
  item->lead_time_days = sc_scenario_read_integer (reader, node, "lead-days", 0, 366, 0, &item->has_lead_time);
  item->safety_stock = sc_scenario_read_integer (reader, node, "safety-stock", 0, SC_ORDER_MAX_QUANTITY, 0, NULL);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (child),
                              _("<item> holds nothing, not this <%s>"), sc_scenario_node_name (child));

  item->broken = sc_scenario_count_problems (reader) != before;

  return item;
}

static ScScenarioCount *
read_count (ScScenarioReader *reader,
            xmlNode          *node)
{
  static const char * const allowed[] = { "sku", "counted", NULL };
  ScScenarioCount *count = g_new0 (ScScenarioCount, 1);
  g_autoptr(GHashTable) skus = g_hash_table_new (g_str_hash, g_str_equal);
  guint before = sc_scenario_count_problems (reader);

  count->line = sc_content_node_line (node);
  count->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) count_line_free);
  sc_scenario_check_attributes (reader, node, (const char * const[]) { "at", NULL });
  count->at = sc_scenario_read_time (reader, node, "at", 0);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScScenarioCountLine *line;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!g_str_equal (sc_scenario_node_name (child), "line"))
        {
          sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (child),
                                  _("<count> holds <line sku counted> elements, not this <%s>"),
                                  sc_scenario_node_name (child));
          continue;
        }
      line = g_new0 (ScScenarioCountLine, 1);
      g_ptr_array_add (count->lines, line);
      line->line = sc_content_node_line (child);
      sc_scenario_check_attributes (reader, child, allowed);
      line->sku = sc_scenario_require (reader, child, "sku", "CANDLE-BEES-S");
      line->counted = sc_scenario_read_integer (reader, child, "counted", 0, SC_ORDER_MAX_QUANTITY, 0,
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

  count->broken = sc_scenario_count_problems (reader) != before;

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
  ScScenarioReader reader = { file, problems, self->currency };
  g_autoptr(GHashTable) skus = g_hash_table_new (g_str_hash, g_str_equal);

  sc_scenario_check_attributes (&reader, node, (const char * const[]) { NULL });
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ScScenarioStockItem *item;
      ScScenarioStockItem *first;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal (sc_scenario_node_name (child), "count"))
        {
          g_ptr_array_add (self->counts, read_count (&reader, child));
          continue;
        }
      if (!g_str_equal (sc_scenario_node_name (child), "item") || self->counts->len > 0)
        {
          sc_course_problems_add (problems, file, sc_content_node_line (child),
                                  _("<stock> holds <item> elements, then <count> elements, not this <%s>"),
                                  sc_scenario_node_name (child));
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
