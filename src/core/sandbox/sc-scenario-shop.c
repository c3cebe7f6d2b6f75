/* sc-scenario-shop.c - what the readers of a scenario's <orders> and <stock> share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The readers (sc-scenario-orders.c, sc-scenario-stock.c) check only what
 * can be known from the file itself: names, numbers, times and amounts,
 * each problem as FILE:LINE naming the element and what to write
 * instead. Whether the catalog has the SKUs and whether the order's rules
 * take each step is known only by building the shop (sc-scenario-build.c),
 * which the scenario reader does next. Here: freeing what they read, and
 * the attribute readers they share.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-scenario-private.h"

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

const char *
sc_scenario_node_name (xmlNode *node)
{
  return (const char *) node->name;
}

guint
sc_scenario_count_problems (ScScenarioReader *reader)
{
  return sc_course_problems_count_file (reader->problems, reader->file);
}

/* Every attribute of @node is one of @allowed. */
void
sc_scenario_check_attributes (ScScenarioReader   *reader,
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
                              sc_scenario_node_name (node), (const char *) attr->name,
                              *list != '\0' ? list : _("none"));
    }
}

/* The text of a required attribute, or NULL with a problem. */
char *
sc_scenario_require (ScScenarioReader *reader,
                     xmlNode          *node,
                     const char       *name,
                     const char       *example)
{
  char *text = sc_content_xml_attr (node, name);

  if (text == NULL || *g_strstrip (text) == '\0')
    {
      sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                              _("<%s> needs a %s attribute, for example %s=\"%s\""),
                              sc_scenario_node_name (node), name, name, example);
      g_clear_pointer (&text, g_free);
    }

  return text;
}

/* A whole-number attribute in [low, high]; @fallback when absent. */
gint64
sc_scenario_read_integer (ScScenarioReader *reader,
                          xmlNode          *node,
                          const char       *name,
                          gint64            low,
                          gint64            high,
                          gint64            fallback,
                          gboolean         *present)
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
                              name, text, sc_scenario_node_name (node), low, high);
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
gint64
sc_scenario_read_time (ScScenarioReader *reader,
                       xmlNode          *node,
                       const char       *name,
                       gint64            fallback)
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
                                name, text, sc_scenario_node_name (node));
      else
        sc_course_problems_add (reader->problems, reader->file, line,
                                _("%s=\"%s\" of <%s> is not a time relative to the run's start; "
                                  "write days, hours or minutes before it, such as -14h, -2d or -1d6h"),
                                name, text, sc_scenario_node_name (node));
      return fallback;
    }
  if (seconds > 0)
    {
      sc_course_problems_add (reader->problems, reader->file, line,
                              _("%s=\"%s\" of <%s> is after the run's start; orders and their steps "
                                "happen before the learner arrives: use 0 or an earlier time, such as -2h"),
                              name, text, sc_scenario_node_name (node));
      return fallback;
    }

  return seconds;
}

/* An amount >= 0 in the scenario's currency, from @text. */
gint64
sc_scenario_parse_amount (ScScenarioReader *reader,
                          xmlNode          *node,
                          const char       *what,
                          const char       *text)
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

gint64
sc_scenario_read_amount (ScScenarioReader *reader,
                         xmlNode          *node,
                         const char       *name,
                         gboolean         *present)
{
  g_autofree char *text = sc_content_xml_attr (node, name);
  g_autofree char *what = g_strdup_printf ("%s=\"%s\" of <%s>", name, text != NULL ? text : "",
                                           sc_scenario_node_name (node));

  if (present != NULL)
    *present = text != NULL;
  if (text == NULL)
    return 0;

  return sc_scenario_parse_amount (reader, node, what, text);
}

/* yes or no; @fallback when absent. */
gboolean
sc_scenario_read_yes_no (ScScenarioReader *reader,
                         xmlNode          *node,
                         const char       *name,
                         gboolean          fallback)
{
  g_autofree char *text = sc_content_xml_attr (node, name);

  if (text == NULL)
    return fallback;
  if (g_str_equal (text, "yes"))
    return TRUE;
  if (g_str_equal (text, "no"))
    return FALSE;
  sc_course_problems_add (reader->problems, reader->file, sc_content_node_line (node),
                          _("%s=\"%s\" of <%s> must be yes or no"), name, text, sc_scenario_node_name (node));

  return fallback;
}
