/* sc-policy-read.c - reading a policy file: <limit>, <category>, <phrases>
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is read like every course file (sc-content-xml.c: size cap, no
 * DOCTYPE, no network), then walked once; every problem is reported with
 * its line, and a policy with any problem is refused as a whole, so that a
 * typo never silently turns a check off.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sc-content-xml.h"
#include "sc-policy-private.h"

static const struct {
  const char *rule;
  const char *name;
  gint64      min;
  gint64      max;
} known_limits[] = {
  { "title-length", "min", 1, 100000 },
  { "title-length", "max", 1, 100000 },
  { "title-all-caps", "max-words", 0, 100000 },
  { "description-length", "min", 1, 100000 },
  { "seo-title-length", "max", 1, 100000 },
  { "seo-description-length", "max", 1, 100000 },
  { "barcode", "required", 0, 1 },
};

static const char * const known_phrases[] = { "promotional", "decorative", "stop-words" };

typedef struct
{
  const char       *file;
  ScCourseProblems *problems;
  ScPolicy         *policy;
} Reader;

/* A problem of the file at @node's line (0 for the file as a whole:
 * sc_content_node_line () of %NULL). */
#define problem(reader, node, ...) \
  sc_course_problems_add ((reader)->problems, (reader)->file, sc_content_node_line (node), \
                          __VA_ARGS__)

static char *
get_text (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *copy = g_strstrip (g_strdup (value != NULL ? (const char *) value : ""));

  xmlFree (value);

  return copy;
}

/* Every attribute of @node must be in @allowed (NULL-terminated). */
static void
check_attributes (Reader             *reader,
                  xmlNode            *node,
                  const char * const *allowed)
{
  g_autofree char *list = g_strjoinv (", ", (char **) allowed);

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      if (attr->ns == NULL && g_strv_contains (allowed, (const char *) attr->name))
        continue;

      if (allowed[0] != NULL)
        problem (reader, node, _("unknown attribute “%s” on <%s>; allowed: %s"),
                 (const char *) attr->name, (const char *) node->name, list);
      else
        problem (reader, node, _("unknown attribute “%s” on <%s>; it takes none"),
                 (const char *) attr->name, (const char *) node->name);
    }
}

static char *
required_attribute (Reader     *reader,
                    xmlNode    *node,
                    const char *name)
{
  char *value = sc_content_xml_attr (node, name);

  if (value == NULL || *value == '\0')
    {
      problem (reader, node, _("<%s> needs the attribute %s=\"…\""), (const char *) node->name, name);
      g_clear_pointer (&value, g_free);
    }

  return value;
}

static gboolean
date_is_valid (const char *text)
{
  guint year, month, day;
  char extra;

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &extra) != 3 ||
      text[4] != '-' || text[7] != '-')
    return FALSE;

  return g_date_valid_dmy (day, month, year);
}

/* A date attribute, or the policy's own date when it is not written. */
static char *
optional_date (Reader  *reader,
               xmlNode *node)
{
  char *date = sc_content_xml_attr (node, "date");

  if (date == NULL)
    return g_strdup (reader->policy->date);

  if (!date_is_valid (date))
    problem (reader, node, _("date “%s” on <%s> is not a date written YYYY-MM-DD"),
             date, (const char *) node->name);

  return date;
}

static char *
optional_source (Reader  *reader,
                 xmlNode *node)
{
  char *source = sc_content_xml_attr (node, "source");

  if (source == NULL || *source == '\0')
    {
      g_free (source);
      return g_strdup (reader->policy->source);
    }

  return source;
}

static gboolean
parse_whole_number (const char *text,
                    gint64     *out_value)
{
  char *end = NULL;
  gint64 value;

  if (text == NULL || !g_ascii_isdigit (text[0]) || strlen (text) > 12)
    return FALSE;

  value = g_ascii_strtoll (text, &end, 10);
  if (end == NULL || *end != '\0')
    return FALSE;

  *out_value = value;
  return TRUE;
}

static void
read_limit (Reader  *reader,
            xmlNode *node)
{
  static const char * const allowed[] = { "rule", "name", "value", "source", "date", NULL };
  g_autofree char *rule = NULL;
  g_autofree char *name = NULL;
  g_autofree char *value = NULL;
  ScPolicyLimit *limit;
  gint64 number = 0;
  guint known = G_N_ELEMENTS (known_limits);

  check_attributes (reader, node, allowed);
  rule = required_attribute (reader, node, "rule");
  name = required_attribute (reader, node, "name");
  value = required_attribute (reader, node, "value");
  if (rule == NULL || name == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (known_limits); i++)
    if (g_str_equal (known_limits[i].rule, rule) && g_str_equal (known_limits[i].name, name))
      known = i;

  if (known == G_N_ELEMENTS (known_limits))
    {
      GString *list = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (known_limits); i++)
        g_string_append_printf (list, "%s%s/%s", i > 0 ? ", " : "",
                                known_limits[i].rule, known_limits[i].name);
      problem (reader, node, _("unknown limit %s/%s; known limits: %s"), rule, name, list->str);
      g_string_free (list, TRUE);
      return;
    }

  if (value == NULL)
    return;

  if (!parse_whole_number (value, &number))
    {
      problem (reader, node, _("value “%s” of limit %s/%s is not a whole number"),
               value, rule, name);
      return;
    }

  if (number < known_limits[known].min || number > known_limits[known].max)
    {
      problem (reader, node, _("value %s of limit %s/%s is out of range; use %"
                               G_GINT64_FORMAT "–%" G_GINT64_FORMAT),
               value, rule, name, known_limits[known].min, known_limits[known].max);
      return;
    }

  if (sc_policy_get_limit (reader->policy, rule, name) != NULL)
    {
      problem (reader, node, _("limit %s/%s is set twice; keep one"), rule, name);
      return;
    }

  limit = g_new0 (ScPolicyLimit, 1);
  limit->rule = g_steal_pointer (&rule);
  limit->name = g_steal_pointer (&name);
  limit->value = number;
  limit->source = optional_source (reader, node);
  limit->date = optional_date (reader, node);
  g_ptr_array_add (reader->policy->limits, limit);
}

static void
read_category (Reader  *reader,
               xmlNode *node)
{
  static const char * const allowed[] = { "id", "path", "source", "date", NULL };
  static const char * const requires_allowed[] = { "attribute", NULL };
  g_autoptr(GPtrArray) attributes = g_ptr_array_new_with_free_func (g_free);
  ScPolicyCategory *category;
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;

  check_attributes (reader, node, allowed);
  id = required_attribute (reader, node, "id");
  path = required_attribute (reader, node, "path");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      char *attribute;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!g_str_equal ((const char *) child->name, "requires"))
        {
          problem (reader, child, _("unknown element <%s> in <category>; expected <requires>"),
                   (const char *) child->name);
          continue;
        }
      check_attributes (reader, child, requires_allowed);
      attribute = required_attribute (reader, child, "attribute");
      if (attribute != NULL)
        g_ptr_array_add (attributes, attribute);
    }

  if (id == NULL || path == NULL)
    return;

  for (guint i = 0; i < reader->policy->categories->len; i++)
    {
      ScPolicyCategory *other = g_ptr_array_index (reader->policy->categories, i);

      if (g_str_equal (other->id, id))
        {
          problem (reader, node, _("category “%s” is defined twice; keep one"), id);
          return;
        }
    }

  if (attributes->len == 0)
    problem (reader, node, _("category “%s” requires nothing; add <requires attribute=\"…\"/>"),
             id);

  g_ptr_array_add (attributes, NULL);
  category = g_new0 (ScPolicyCategory, 1);
  category->id = g_steal_pointer (&id);
  category->path = g_steal_pointer (&path);
  category->attributes = (GStrv) g_ptr_array_free (g_steal_pointer (&attributes), FALSE);
  category->source = optional_source (reader, node);
  category->date = optional_date (reader, node);
  g_ptr_array_add (reader->policy->categories, category);
}

static void
read_phrases (Reader  *reader,
              xmlNode *node)
{
  static const char * const allowed[] = { "rule", "source", "date", NULL };
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *rule = NULL;
  g_autofree char *text = NULL;
  g_autofree char *source = NULL;
  g_autofree char *date = NULL;
  g_auto(GStrv) parts = NULL;

  check_attributes (reader, node, allowed);
  rule = required_attribute (reader, node, "rule");
  source = optional_source (reader, node);
  date = optional_date (reader, node);
  if (rule == NULL)
    return;

  if (!g_strv_contains (known_phrases, rule))
    {
      problem (reader, node, _("unknown phrase list “%s”; known lists: promotional, decorative, stop-words"),
               rule);
      return;
    }
  if (g_hash_table_contains (reader->policy->phrases, rule))
    {
      problem (reader, node, _("phrase list “%s” is given twice; merge them"), rule);
      return;
    }

  text = get_text (node);
  parts = g_strsplit (text, "|", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *phrase = g_strstrip (parts[i]);

      if (*phrase != '\0')
        g_ptr_array_add (list, g_utf8_casefold (phrase, -1));
    }

  if (list->len == 0)
    {
      problem (reader, node, _("phrase list “%s” is empty; write phrases separated by |"), rule);
      return;
    }

  g_ptr_array_add (list, NULL);
  g_hash_table_insert (reader->policy->phrases, g_steal_pointer (&rule),
                       g_ptr_array_free (g_steal_pointer (&list), FALSE));
}

/* <title>, <source> and <date> must come first: the others inherit. */
static void
read_header (Reader  *reader,
             xmlNode *root)
{
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      const char *name = (const char *) child->name;
      char **slot = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (g_str_equal (name, "title"))
        slot = &reader->policy->title;
      else if (g_str_equal (name, "source"))
        slot = &reader->policy->source;
      else if (g_str_equal (name, "date"))
        slot = &reader->policy->date;
      else
        continue;

      if (child->properties != NULL)
        check_attributes (reader, child, (const char * const[]) { NULL });
      if (*slot != NULL)
        {
          problem (reader, child, _("<%s> is given twice; keep one"), name);
          continue;
        }
      *slot = get_text (child);
      if (**slot == '\0')
        problem (reader, child, _("<%s> is empty"), name);
      else if (slot == &reader->policy->date && !date_is_valid (*slot))
        problem (reader, child, _("date “%s” is not a date written YYYY-MM-DD"), *slot);
    }

  if (reader->policy->title == NULL)
    problem (reader, root, _("<policy> needs a <title>"));
  if (reader->policy->source == NULL)
    problem (reader, root, _("<policy> needs a <source> saying where its numbers come from"));
  if (reader->policy->date == NULL)
    problem (reader, root, _("<policy> needs a <date> (YYYY-MM-DD)"));
}

/* libxml2 gives a text node the line it ends on; this is the line its
 * first visible character is on. */
static guint
text_line (xmlNode *node)
{
  const char *content = (const char *) node->content;
  guint line = sc_content_node_line (node);

  if (content == NULL)
    return line;

  while (*content != '\0' && g_ascii_isspace (*content))
    content++;
  for (; *content != '\0' && line > 1; content++)
    if (*content == '\n')
      line--;

  return line;
}

static void
read_policy (Reader  *reader,
             xmlNode *root)
{
  static const char * const allowed[] = { "id", NULL };

  if (root == NULL || !g_str_equal ((const char *) root->name, "policy") || root->ns != NULL)
    {
      problem (reader, root, _("the root element must be <policy>"));
      return;
    }

  check_attributes (reader, root, allowed);
  reader->policy->id = required_attribute (reader, root, "id");
  read_header (reader, root);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      const char *name = (const char *) child->name;

      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          g_autofree char *text = get_text (child);

          if (*text != '\0')
            sc_course_problems_add (reader->problems, reader->file, text_line (child),
                                    _("text “%s” outside an element in <policy>"), text);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (g_str_equal (name, "limit"))
        read_limit (reader, child);
      else if (g_str_equal (name, "category"))
        read_category (reader, child);
      else if (g_str_equal (name, "phrases"))
        read_phrases (reader, child);
      else if (!g_str_equal (name, "title") && !g_str_equal (name, "source") &&
               !g_str_equal (name, "date"))
        problem (reader, child,
                 _("unknown element <%s> in <policy>; expected <title>, <source>, <date>, "
                   "<limit>, <category> or <phrases>"), name);
    }
}

/**
 * sc_policy_parse:
 * @file: the name to report problems under ("policies/strict-marketplace.xml")
 *
 * Returns: (transfer full) (nullable): the policy, or %NULL with every
 *   problem added to @problems
 */
ScPolicy *
sc_policy_parse (const char       *data,
                 gsize             length,
                 const char       *file,
                 ScCourseProblems *problems)
{
  g_autoptr(ScPolicy) policy = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  Reader reader;
  guint before;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  before = sc_course_problems_count_file (problems, file);
  doc = sc_content_parse (data, length, file, problems);
  if (doc == NULL)
    return NULL;

  policy = sc_policy_new_empty ();
  reader.file = file;
  reader.problems = problems;
  reader.policy = policy;
  read_policy (&reader, xmlDocGetRootElement (doc));

  if (sc_course_problems_count_file (problems, file) != before)
    return NULL;

  return g_steal_pointer (&policy);
}
