/* sc-scenario.c - reading a scenario file, and starting a practice run from it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-catalog-file.h"
#include "sc-content-xml.h"
#include "sc-database.h"
#include "sc-sandbox-goal.h"
#include "sc-scenario.h"

#define MAX_PRODUCTS 50

void
sc_scenario_free (ScScenario *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->title);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_free (self->policy_id);
  g_free (self->catalog_file);
  g_clear_object (&self->catalog);
  g_strfreev (self->defect_kinds);
  g_free (self);
}

/* A whole-number attribute in [low, high], or @fallback when absent. */
static guint
read_number (xmlNode          *node,
             const char       *name,
             guint             low,
             guint             high,
             guint             fallback,
             const char       *file,
             ScCourseProblems *problems)
{
  g_autofree char *text = sc_content_xml_attr (node, name);
  guint64 value = fallback;

  if (text != NULL && !g_ascii_string_to_unsigned (text, 10, low, high, &value, NULL))
    {
      sc_course_problems_add (problems, file, sc_content_node_line (node),
                              _("%s=\"%s\" must be a whole number from %u to %u"), name, text, low, high);
      value = fallback;
    }

  return (guint) value;
}

static void
read_defects (ScScenario       *self,
              xmlNode          *node,
              const char       *file,
              ScCourseProblems *problems)
{
  g_autofree char *kinds = sc_content_xml_attr (node, "kinds");

  self->n_defects = read_number (node, "count", 1, 500, 1, file, problems);
  if (!xmlHasProp (node, (const xmlChar *) "count"))
    sc_course_problems_add (problems, file, sc_content_node_line (node),
                            _("<defects> needs a count attribute, for example count=\"50\""));
  self->defect_kinds = g_strsplit_set (kinds != NULL && *kinds != '\0' ? kinds : SC_SCENARIO_DEFECT_KINDS,
                                       " \t\n", -1);
  for (guint i = 0; self->defect_kinds[i] != NULL; i++)
    if (*self->defect_kinds[i] != '\0' && !sc_scenario_defect_kind_is_known (self->defect_kinds[i]))
      sc_course_problems_add (problems, file, sc_content_node_line (node),
                              _("“%s” is not a kind of defect; use some of: %s"),
                              self->defect_kinds[i], SC_SCENARIO_DEFECT_KINDS);
}

/* A given store: the course's product file, read now with the importer. */
static void
read_catalog (ScScenario       *self,
              xmlNode          *node,
              const char       *course_dir,
              const char       *file,
              ScCourseProblems *problems)
{
  g_autofree char *format_text = sc_content_xml_attr (node, "format");
  g_autoptr(ScCatalogProblems) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *real_path = NULL;
  ScCatalogFormat format = SC_CATALOG_FORMAT_AUTO;
  guint line = sc_content_node_line (node);

  if (format_text != NULL && !sc_catalog_format_from_string (format_text, &format))
    {
      sc_course_problems_add (problems, file, line,
                              _("format=\"%s\" is not a product file format; use shopify, woocommerce or auto"),
                              format_text);
      return;
    }
  if (course_dir == NULL)
    {
      sc_course_problems_add (problems, file, line,
                              _("catalog=\"%s\" is read from the course folder: load the scenario from it"),
                              self->catalog_file);
      return;
    }
  if (sc_content_resolve_path (course_dir, self->catalog_file, &real_path) != SC_CONTENT_PATH_OK ||
      !g_file_test (real_path, G_FILE_TEST_IS_REGULAR))
    {
      sc_course_problems_add (problems, file, line,
                              _("catalog file “%s” does not exist; add it, or name a Shopify or WooCommerce "
                                "product file inside the course folder"),
                              self->catalog_file);
      return;
    }

  found = sc_catalog_problems_new (self->catalog_file);
  self->catalog = sc_catalog_file_import (real_path, self->catalog_file, format, self->currency, found,
                                          NULL, &error);
  if (self->catalog == NULL)
    sc_course_problems_add (problems, file, line, _("catalog file “%s” cannot be read: %s"),
                            self->catalog_file, error->message);
  for (guint i = 0; i < sc_catalog_problems_get_n_items (found); i++)
    {
      const ScCatalogProblem *problem = sc_catalog_problems_get (found, i);

      sc_course_problems_add_literal (problems, self->catalog_file, problem->row, problem->message);
    }
  if (self->catalog != NULL && sc_catalog_get_n_products (self->catalog) == 0)
    sc_course_problems_add (problems, self->catalog_file, 0, _("the file has no products"));
}

static void
read_store (ScScenario       *self,
            xmlNode          *node,
            const char       *course_dir,
            const char       *file,
            ScCourseProblems *problems)
{
  g_autofree char *currency = sc_content_xml_attr (node, "currency");
  xmlNode *defects = NULL;

  self->currency = sc_currency_lookup (currency != NULL ? currency : "EUR");
  if (self->currency == NULL)
    {
      sc_course_problems_add (problems, file, sc_content_node_line (node),
                              _("currency=\"%s\" is not an ISO 4217 code Shopcraft knows; use one such as EUR or USD"),
                              currency);
      self->currency = sc_currency_get_default ();
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_strcmp0 ((const char *) child->name, "defects") == 0 && defects == NULL)
        {
          defects = child;
          read_defects (self, child, file, problems);
        }
      else
        sc_course_problems_add (problems, file, sc_content_node_line (child),
                                _("<store> may hold one <defects>, not this <%s>"), (const char *) child->name);
    }

  self->catalog_file = sc_content_xml_attr (node, "catalog");
  if (self->catalog_file != NULL)
    {
      if (xmlHasProp (node, (const xmlChar *) "products") || xmlHasProp (node, (const xmlChar *) "variants") ||
          xmlHasProp (node, (const xmlChar *) "missing-skus"))
        sc_course_problems_add (problems, file, sc_content_node_line (node),
                                _("a <store> with a catalog file is not generated: remove products, variants "
                                  "and missing-skus"));
      read_catalog (self, node, course_dir, file, problems);
      if (self->catalog != NULL && defects != NULL &&
          sc_scenario_count_defect_room (self->catalog, self->defect_kinds) < self->n_defects)
        {
          guint room = sc_scenario_count_defect_room (self->catalog, self->defect_kinds);

          sc_course_problems_add (problems, file, sc_content_node_line (defects),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "the store has room for %u defect of these kinds, not %u; lower "
                                               "count or allow more kinds",
                                               "the store has room for %u defects of these kinds, not %u; lower "
                                               "count or allow more kinds",
                                               room),
                                  room, self->n_defects);
        }
      return;
    }

  self->n_products = read_number (node, "products", 1, MAX_PRODUCTS, 1, file, problems);
  if (!xmlHasProp (node, (const xmlChar *) "products"))
    sc_course_problems_add (problems, file, sc_content_node_line (node),
                            _("<store> needs a products attribute, for example products=\"4\""));
  self->max_variants = read_number (node, "variants", 1, 3, 1, file, problems);
  self->missing_sku_percent = read_number (node, "missing-skus", 0, 100, 0, file, problems);
}

static ScScenario *
parse_in (const char       *data,
          gsize             length,
          const char       *file,
          const char       *course_dir,
          ScCourseProblems *problems)
{
  g_autoptr(ScScenario) self = g_new0 (ScScenario, 1);
  g_autoptr(xmlDoc) doc = NULL;
  gboolean has_store = FALSE;
  xmlNode *root;
  guint before;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  before = sc_course_problems_count_file (problems, file);
  doc = sc_content_parse (data, length, file, problems);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (g_strcmp0 ((const char *) root->name, "scenario") != 0)
    {
      sc_course_problems_add (problems, file, sc_content_node_line (root),
                              _("expected <scenario>, found <%s>"), (const char *) root->name);
      return NULL;
    }
  self->id = sc_content_xml_attr (root, "id");
  if (self->id == NULL || *self->id == '\0')
    sc_course_problems_add (problems, file, sc_content_node_line (root),
                            _("<scenario> needs an id attribute, for example id=\"price-the-range\""));
  self->policy_id = sc_content_xml_attr (root, "policy");
  if (self->policy_id == NULL || *self->policy_id == '\0')
    {
      g_free (self->policy_id);
      self->policy_id = g_strdup (SC_SCENARIO_DEFAULT_POLICY);
    }

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      const char *name = (const char *) child->name;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (g_strcmp0 (name, "title") == 0 && self->title == NULL)
        {
          xmlChar *content = xmlNodeGetContent (child);

          self->title = g_strstrip (g_strdup ((const char *) content));
          xmlFree (content);
        }
      else if (g_strcmp0 (name, "store") == 0 && !has_store)
        {
          read_store (self, child, course_dir, file, problems);
          has_store = TRUE;
        }
      else if (g_strcmp0 (name, "goals") == 0 && self->goals == NULL)
        self->goals = sc_goals_read_element (child, file, problems);
      else
        sc_course_problems_add (problems, file, sc_content_node_line (child),
                                _("<scenario> holds one <title>, one <store> and one <goals>, not this <%s>"),
                                name);
    }

  if (self->title == NULL)
    sc_course_problems_add (problems, file, sc_content_node_line (root), _("<scenario> needs a <title>"));
  if (!has_store)
    sc_course_problems_add (problems, file, sc_content_node_line (root),
                            _("<scenario> needs a <store>, for example <store products=\"4\"/>"));
  if (self->goals == NULL)
    self->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) sc_goal_free);

  if (sc_course_problems_count_file (problems, file) != before)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * sc_scenario_parse:
 * @file: the file's name in problems: "scenarios/price-the-range.xml"
 *
 * Parses a scenario without its course folder: a <store> with a catalog
 * file is a problem here (use sc_scenario_load ()).
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with every
 *   problem added to @problems
 */
ScScenario *
sc_scenario_parse (const char       *data,
                   gsize             length,
                   const char       *file,
                   ScCourseProblems *problems)
{
  return parse_in (data, length, file, NULL, problems);
}

/**
 * sc_scenario_load:
 * @course_dir: the canonical path of the course folder
 * @relative: "scenarios/price-the-range.xml"
 *
 * Returns: (transfer full) (nullable): the scenario, or %NULL with its problems added
 */
ScScenario *
sc_scenario_load (const char       *course_dir,
                  const char       *relative,
                  ScCourseProblems *problems)
{
  g_autofree char *real_path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (course_dir != NULL, NULL);
  g_return_val_if_fail (relative != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if (sc_content_resolve_path (course_dir, relative, &real_path) != SC_CONTENT_PATH_OK)
    {
      sc_course_problems_add_literal (problems, relative, 0,
                                      _("is missing or lies outside the course folder"));
      return NULL;
    }
  bytes = sc_content_read_file (real_path, relative, problems);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);

  return parse_in (data != NULL ? data : "", length, relative, course_dir, problems);
}

/**
 * sc_scenario_start:
 * @name: the run's name, unique among the learner's runs
 *
 * Creates a run of @learner_id recording the scenario, @seed and the
 * generator version, with the store they give, in one transaction.
 *
 * Returns: (transfer full) (nullable): the run
 */
ScRun *
sc_scenario_start (ScDatabase        *database,
                   gint64             learner_id,
                   const ScScenario  *self,
                   guint64            seed,
                   const char        *name,
                   GError           **error)
{
  g_autoptr(ScCatalog) catalog = NULL;

  g_return_val_if_fail (SC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (self != NULL, NULL);

  catalog = sc_scenario_generate (self, seed);

  return sc_run_create_with_catalog (database, learner_id, name, self->id, seed,
                                     SC_SCENARIO_GENERATOR_VERSION, catalog, error);
}
